#!/usr/bin/env python3
"""Checks the final63 corpus: labels complete and well-formed, evidence quoted verbatim from
graded assistant text, and each label's answer consistent with the key for its verdict."""
import json, os, re, sys
from fractions import Fraction
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["control-hw3", "numla-ps2", "epi-ch4"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Turn markers of the plain transcripts: (user-turn regex, assistant-turn regex).
# None = the whole file is assistant text.  "pdf" = handled specially.
PLAIN = {
    "control-hw3/chatgpt-exporter-ext.md": (r"^#### You:", r"^#### ChatGPT:"),
    "control-hw3/claude-human-colon.txt": (r"^Human:", r"^Claude:"),
    "control-hw3/student-q-a-labels.txt": (r"^Q\d+:", r"^A\d+:"),
    "control-hw3/chat-printed-to-pdf.txt": "pdf",
    "numla-ps2/you-said-chatgpt-said.md": (r"^You said:", r"^ChatGPT said:"),
    "numla-ps2/user-assistant.txt": (r"^User:", r"^Assistant:"),
    "numla-ps2/emoji-dated-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "numla-ps2/bare-assistant-text.txt": None,
    "epi-ch4/user-assistant.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "epi-ch4/quoted-user-turns.md": "quoted",
    "epi-ch4/bold-you-chatgpt.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "epi-ch4/you-chatgpt-plain.txt": (r"^You:", r"^ChatGPT:"),
}
# Printed chat: the user's pasted message runs from the top to this line; plus single user lines.
PDF_ASSISTANT_START = "Let’s go through it step by step."
PDF_USER_LINES = {"thank you!!"}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(rel, text):
    cfg = PLAIN[rel]
    lines = text.split("\n")
    if cfg is None:
        return lines
    if cfg == "quoted":
        return [l for l in lines if not l.startswith(">")]
    if cfg == "pdf":
        i = lines.index(PDF_ASSISTANT_START)
        return [l for l in lines[i:] if l not in PDF_USER_LINES]
    ure, are = cfg
    out, mode = [], None
    for l in lines:
        if re.match(ure, l):
            mode = "user"
        elif re.match(are, l):
            mode = "assistant"
        if mode == "assistant":
            out.append(l)
    return out


def chatgpt_lines(data, title):
    convs = [c for c in data if c.get("title") == title]
    if len(convs) != 1:
        err(f"conversation {title!r} found {len(convs)} times")
        return [], None
    c = convs[0]
    m = c["mapping"]
    leaf = c.get("current_node")
    if leaf is None:  # latest leaf by create_time
        leaves = [k for k, n in m.items() if not n.get("children") and n.get("message")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    out, node = [], leaf
    chain = []
    while node is not None:
        chain.append(node)
        node = m[node]["parent"]
    for k in reversed(chain):
        msg = m[k]["message"]
        if not msg or msg["author"]["role"] != "assistant":
            continue
        ct = msg["content"]
        if ct.get("content_type") == "text" and msg.get("recipient", "all") == "all":
            for p in ct["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
    return out, leaf


def claude_lines(data, name):
    convs = [c for c in data if c.get("name") == name]
    if len(convs) != 1:
        err(f"conversation {name!r} found {len(convs)} times")
        return []
    out = []
    for msg in convs[0]["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg["content"]:
            if b["type"] == "text":
                out.extend(b["text"].split("\n"))
    return out


NUM = r"[-+]?\d+(?:\.\d+)?(?:/\d+)?"


def to_num(s):
    s = str(s).strip().replace("−", "-")
    return Fraction(s)


def parse_vals(s):
    return [to_num(x) for x in re.findall(NUM, str(s).replace("−", "-"))]


def flat(x):
    if isinstance(x, list):
        r = []
        for y in x:
            r.extend(flat(y))
        return r
    return [Fraction(str(x))]


def matches_key(ans, key):
    """True/False if decidable, None for expressions."""
    if "choice" in key:
        return str(ans).strip().upper() == key["choice"]
    if "text" in key:
        return str(ans).strip().lower() == key["text"]
    if "expression" in key:
        return None
    kv = key["answer"]
    if isinstance(kv, list):
        return parse_vals(ans) == flat(kv)
    a = str(ans).strip()
    if not re.fullmatch(NUM, a.replace("−", "-")):
        return False
    av, k = to_num(a), Fraction(str(kv))
    tol = Fraction(str(key.get("tolerance", 0)))
    if abs(av - k) <= tol:
        return True
    sig = len(a.replace("-", "").replace(".", "").lstrip("0"))
    if "." in a and "tolerance" not in key and sig >= 3:  # key rounded to the precision shown
        d = len(a.split(".")[1])
        return round(k, d) == av
    return False


EXPR_OK = {"(s+1)/(s^2+3s+2)", "1/(s+2)"}

counts = {}
kinds = {}
for s in SETS:
    key = yaml.safe_load(open(os.path.join(HERE, s, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load(open(os.path.join(HERE, s, "labels.yaml")))
    tdir = os.path.join(HERE, s, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{s}: labelled {sorted(labels)} vs files {files}")
    for fn, lab in labels.items():
        rel = f"{s}/{fn}"
        path = os.path.join(tdir, fn)
        if not os.path.exists(path):
            continue
        if fn.endswith(".json"):
            data = json.load(open(path, encoding="utf-8"))
            conv = lab.get("conversation")
            if conv is None:
                err(f"{rel}: export needs 'conversation'")
                continue
            if "mapping" in data[0]:
                lines, _ = chatgpt_lines(data, conv)
            else:
                lines = claude_lines(data, conv)
        else:
            lines = plain_assistant_lines(rel, open(path, encoding="utf-8").read())
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            err(f"{rel}: parts {sorted(parts)} vs key {sorted(key)}")
        for pid, p in parts.items():
            v = p.get("verdict")
            where = f"{rel} {pid}"
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            kind = next(k for k in ("answer", "choice", "text", "expression", "shape") if k in key.get(pid, {}))
            if kind == "answer":
                kind = "matrix" if isinstance(key[pid]["answer"], list) and isinstance(key[pid]["answer"][0], list) else \
                       "vector" if isinstance(key[pid]["answer"], list) else "number"
            kinds[kind] = kinds.get(kind, 0) + 1
            ans, ev = p.get("answer"), p.get("evidence")
            if v == "missing":
                if ans is not None:
                    err(f"{where}: missing needs answer null")
            elif v == "unclear":
                if not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{where}: unclear needs a list of candidates")
            else:
                if ans is None or isinstance(ans, list):
                    err(f"{where}: {v} needs one answer")
                elif pid in key:
                    m = matches_key(ans, key[pid])
                    if m is None:
                        m = ans.replace(" ", "") in EXPR_OK
                    if (v == "correct") != m:
                        err(f"{where}: verdict {v} but answer {ans!r} vs key {key[pid]}")
            if v == "unclear" and isinstance(ans, list) and pid in key:
                ok = [matches_key(a, key[pid]) for a in ans]
                if len(set(map(str, ans))) < 2:
                    err(f"{where}: unclear candidates not different")
            if ev is None:
                if v != "missing":
                    err(f"{where}: evidence null for {v}")
            elif not any(ev in l for l in lines):
                err(f"{where}: evidence not found in graded assistant text: {ev!r}")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
total = sum(counts.values())
print("OK:", total, "labels;", ", ".join(f"{k} {counts[k]} ({100*counts[k]/total:.1f}%)" for k in sorted(counts)))
print("by key kind:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
