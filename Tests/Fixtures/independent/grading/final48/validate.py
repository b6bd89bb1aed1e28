#!/usr/bin/env python3
"""Checks the final48 corpus.

- every key.yaml / labels.yaml / JSON export parses;
- every transcript file is labelled, for exactly the key's parts;
- verdicts are valid, answers/evidence have the right shape for the verdict;
- every evidence string is a substring of ONE line of the graded assistant text
  (exports: text messages of the graded branch / assistant text blocks only);
- label answers agree with the key for `correct` and disagree for `incorrect`;
- answers.py values agree with key.yaml.
Run: python3 validate.py   (exit status 0 when clean)
"""
import json, os, re, runpy, sys, io, contextlib
from fractions import Fraction
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []

def err(msg):
    errors.append(msg)

# ------------------------------------------------------------------ transcript styles
# (regex, role) -- a line matching starts a turn; the text after the marker belongs to the turn
STYLES = {
    "info-theory-coding/chat-copy.md": [(r"^#### You:", "user"), (r"^#### ChatGPT:", "assistant")],
    "info-theory-coding/pdf-print.txt": [(r"^You said:", "user"), (r"^ChatGPT said:", "assistant")],
    "info-theory-coding/qa-notes.txt": [(r"^Q\d+:", "user"), (r"^A\d+:", "assistant")],
    "sampling-dft/you-said.md": [(r"^You said:", "user"), (r"^ChatGPT said:", "assistant")],
    "sampling-dft/emoji-headings.md": [(r"^## 👤 User", "user"), (r"^## 🤖 Assistant", "assistant")],
    "sampling-dft/human-claude.txt": [(r"^Human:", "user"), (r"^Claude:", "assistant")],
    "sampling-dft/quoted-replies.md": "quoted",
    "game-theory-equilibria/user-assistant.txt": [(r"^User:", "user"), (r"^Assistant:", "assistant")],
    "game-theory-equilibria/bold-you.md": [(r"^\*\*You:\*\*", "user"), (r"^\*\*ChatGPT:\*\*", "assistant")],
    "game-theory-equilibria/bare-answer.md": "bare",
}

def text_assistant_lines(rel, text):
    style = STYLES[rel]
    lines = text.split("\n")
    if style == "bare":
        return lines
    if style == "quoted":
        out, started = [], False
        for ln in lines:
            if ln.startswith(">"):
                started = True
                continue
            if started:
                out.append(ln)
        return out
    out, role = [], None
    for ln in lines:
        for rx, r in style:
            m = re.match(rx, ln)
            if m:
                role = r
                ln = ln[m.end():].strip()
                break
        if role == "assistant":
            out.append(ln)
    return out

def chatgpt_graded(conv):
    mp = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [k for k, v in mp.items() if not v.get("children") and v.get("message")]
        node = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while node:
        chain.append(node)
        node = mp[node].get("parent")
    lines = []
    for nid in reversed(chain):
        m = mp[nid].get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") not in ("text", "multimodal_text") or m.get("recipient", "all") != "all":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                lines.extend(p.split("\n"))
    return lines

def claude_graded(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines.extend(b["text"].split("\n"))
    return lines

def export_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{path}: export is not a non-empty list"); return []
    kind = "chatgpt" if "mapping" in data[0] else "claude"
    namekey = "title" if kind == "chatgpt" else "name"
    if len(data) > 1 and not conv_name:
        err(f"{path}: several conversations but label has no 'conversation'"); return []
    convs = [c for c in data if (not conv_name) or c[namekey] == conv_name]
    if len(convs) != 1:
        err(f"{path}: conversation {conv_name!r} matches {len(convs)} conversations"); return []
    return chatgpt_graded(convs[0]) if kind == "chatgpt" else claude_graded(convs[0])

# ------------------------------------------------------------------ answer comparison
def parse_value(s):
    """label answer / key answer -> Fraction, list of Fractions, or lowercase string"""
    if isinstance(s, (int, float)):
        return Fraction(str(s))
    if isinstance(s, list):
        return [parse_value(x) for x in s]
    s = str(s).strip()
    if re.fullmatch(r"[\[(].*[\])]", s):
        return [parse_value(x) for x in s[1:-1].split(",")]
    try:
        return Fraction(s)
    except ValueError:
        return s.lower()

def decimals_shown(s):
    s = str(s)
    return len(s.split(".")[1]) if re.fullmatch(r"-?\d+\.\d+", s.strip()) else None

def same(label_ans, spec):
    if "choice" in spec:
        return str(label_ans).strip().upper() == spec["choice"]
    if "text" in spec:
        return str(label_ans).strip().lower() == spec["text"]
    key = parse_value(spec["answer"])
    got = parse_value(label_ans)
    if isinstance(key, list):
        return isinstance(got, list) and len(got) == len(key) and all(
            abs(g - k) <= Fraction(1, 1000) for g, k in zip(got, key))
    if not isinstance(got, Fraction):
        return False
    if "tolerance" in spec:
        return abs(got - key) <= Fraction(str(spec["tolerance"]))
    d = decimals_shown(label_ans)
    if d is not None:   # rounding to the precision shown
        return abs(got - key) <= Fraction(1, 2 * 10 ** d)
    return got == key

# ------------------------------------------------------------------ answers.py vs key
ANSWERS_CHECK = {
    "info-theory-coding": {"1a": "H", "1b": "L", "1c": "H / L", "1d": "kraft", "2a": "C", "2b": "I"},
    "sampling-dft": {"1a": "nyquist_rate", "1b.i": "alias_3100", "1c": "delta_mV", "1d": "sqnr_formula",
                     "2a": "list(energy)", "2b": "df", "2c": "k"},
    "game-theory-equilibria": {"4.1a": "len(pure)", "4.1b": "p", "4.1c": "q", "4.1d": "row_payoff",
                               "4.2a": "v", "4.2b": "[x1, 1 - x1]"},
}

def check_answers_py(setdir, key):
    with contextlib.redirect_stdout(io.StringIO()):
        g = runpy.run_path(os.path.join(HERE, setdir, "answers.py"))
    for part, expr in ANSWERS_CHECK[setdir].items():
        val = eval(expr, g)
        spec = key[part]
        kv = spec["answer"]
        if isinstance(kv, list):
            ok = len(val) == len(kv) and all(abs(float(a) - float(b)) < 1e-6 for a, b in zip(val, kv))
        else:
            kf = float(Fraction(kv)) if isinstance(kv, str) else float(kv)
            ok = abs(float(val) - kf) <= 5e-6   # key values are stored to >= 6 decimals
        if not ok:
            err(f"{setdir}: answers.py {expr} = {val} disagrees with key {part} = {kv}")

# ------------------------------------------------------------------ main
counts = {v: 0 for v in VERDICTS}
total = 0
for setdir in sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml"))):
    key = yaml.safe_load(open(os.path.join(HERE, setdir, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    check_answers_py(setdir, key)
    labels = yaml.safe_load(open(os.path.join(HERE, setdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(HERE, setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{setdir}: labelled {sorted(labels)} but transcripts are {files}")
    for fname, lab in labels.items():
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        if fname.endswith(".json"):
            lines = export_lines(path, lab.get("conversation"))
        else:
            lines = text_assistant_lines(f"{setdir}/{fname}", open(path, encoding="utf-8").read())
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            err(f"{setdir}/{fname}: parts {sorted(parts)} != key parts {sorted(key)}")
        for pid, L in parts.items():
            where = f"{setdir}/{fname} [{pid}]"
            v = L.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}"); continue
            counts[v] += 1; total += 1
            ans, ev = L.get("answer", "MISSING-FIELD"), L.get("evidence", "MISSING-FIELD")
            if v == "missing":
                if ans is not None:
                    err(f"{where}: missing verdict needs answer: null")
            elif v == "unclear":
                if not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 candidates")
                elif pid in key and sum(same(a, key[pid]) for a in ans) > 1:
                    err(f"{where}: unclear candidates are not different answers")
            elif not isinstance(ans, str):
                err(f"{where}: answer should be a string")
            elif pid in key:
                if v == "correct" and not same(ans, key[pid]):
                    err(f"{where}: labelled correct but {ans!r} != key {key[pid]}")
                if v == "incorrect" and same(ans, key[pid]):
                    err(f"{where}: labelled incorrect but {ans!r} matches key {key[pid]}")
            if v != "missing" and not ev:
                err(f"{where}: evidence required")
            if ev and not any(ev in ln for ln in lines):
                err(f"{where}: evidence not found on one line of graded assistant text: {ev!r}")

for e in errors:
    print("ERROR", e)
print(f"{total} labels: " + ", ".join(f"{k} {counts[k]}" for k in ("correct", "incorrect", "missing", "unclear")))
print("clean" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
