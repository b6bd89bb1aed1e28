#!/usr/bin/env python3
"""Consistency checks for this hand-labelled grading corpus.

For every problem-set folder (one holding key.yaml):
  * labels.yaml labels exactly the transcripts in transcripts/, and every transcript for exactly
    the parts of key.yaml;
  * every verdict is one of correct / incorrect / missing / unclear, and the `answer` field has
    the matching form (null for missing, a list of >= 2 distinct candidates for unclear);
  * labelled answers agree with the key: a `correct` answer matches it, an `incorrect` one does
    not (numbers, vectors, fractions, shapes, choices, true/false and, by numeric evaluation,
    expressions in sigma(z));
  * every evidence string is a substring of one line of the graded assistant text:
      - plain transcripts: assistant turns found by their turn markers (user turns, quoted
        `>` user lines and the pasted preamble are excluded);
      - ChatGPT exports: text messages by the assistant on the graded branch (current_node, or,
        when absent, the leaf with the latest create_time, followed up by parent links);
      - Claude exports: `text` content blocks of assistant messages;
    multi-conversation exports must name the conversation.
Exit status 0 when everything is clean.
"""
import json, math, os, re, sys
from fractions import Fraction
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ assistant text extraction
MARKERS = [
    (re.compile(r"^You said:\s*"), "user"), (re.compile(r"^ChatGPT said:\s*"), "assistant"),
    (re.compile(r"^#### You:\s*"), "user"), (re.compile(r"^#### ChatGPT:\s*"), "assistant"),
    (re.compile(r"^## 👤 User\b.*$"), "user"), (re.compile(r"^## 🤖 Assistant\b.*$"), "assistant"),
    (re.compile(r"^\*\*(?:You|User):\*\*\s*"), "user"), (re.compile(r"^\*\*(?:ChatGPT|Assistant):\*\*\s*"), "assistant"),
    (re.compile(r"^(?:User|Human|You):\s*"), "user"), (re.compile(r"^(?:Assistant|Claude|ChatGPT):\s*"), "assistant"),
    (re.compile(r"^Q\d+:\s*"), "user"), (re.compile(r"^A\d+:\s*"), "assistant"),
]

# PDF prints carry no turn markers: user bubbles are given as (first-line prefix, last-line suffix).
PDF_USER_BLOCKS = {
    "dropout-weight-decay/transcripts/pdf-print.txt": [
        ("can you solve this regularisation homework?", "4/3, D 2.5"),
        ("thanks!! what happens in 3(b)", "instead?"),
    ],
}


def plain_assistant_lines(rel, text):
    lines = text.splitlines()
    if rel in PDF_USER_BLOCKS:
        out, inside = [], None
        blocks = PDF_USER_BLOCKS[rel]
        for ln in lines:
            if inside is None:
                for b in blocks:
                    if ln.startswith(b[0]):
                        inside = b
                        break
            if inside is not None:
                if ln.endswith(inside[1]):
                    inside = None
                continue
            out.append(ln)
        return out
    has_markers = any(rx.match(ln) for ln in lines for rx, _ in MARKERS)
    if not has_markers:  # bare assistant text (quoted lines would be the user's)
        return [ln for ln in lines if not ln.startswith(">")]
    out, role = [], None
    for ln in lines:
        for rx, r in MARKERS:
            m = rx.match(ln)
            if m:
                role = r
                ln = ln[m.end():]
                break
        if role == "assistant" and not ln.startswith(">"):
            out.append(ln)
    return out


def chatgpt_assistant_lines(conv):
    mp = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        leaves = [k for k, v in mp.items() if not v.get("children") and v.get("message")]
        leaf = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    out, node = [], leaf
    chain = []
    while node is not None:
        chain.append(node)
        node = mp[node].get("parent")
    for nid in reversed(chain):
        msg = mp[nid].get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        c = msg["content"]
        if c.get("content_type") != "text":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                out.extend(p.splitlines())
    return out


def claude_assistant_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].splitlines())
    return out


def export_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if len(data) > 1 and not conv_name:
        err(f"{path}: export holds {len(data)} conversations but the label names none")
        return []
    if conv_name:
        cands = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(cands) != 1:
            err(f"{path}: conversation {conv_name!r} found {len(cands)} times")
            return []
        conv = cands[0]
    else:
        conv = data[0]
    return chatgpt_assistant_lines(conv) if "mapping" in conv else claude_assistant_lines(conv)


# ------------------------------------------------------------------ answer comparison
def num(s):
    s = str(s).strip().replace("−", "-")
    if "/" in s:
        return float(Fraction(s))
    return float(s)


def decimals(s):
    s = str(s).strip().replace("−", "-")
    if "/" in s or "." not in s:
        return None
    return len(s.split(".")[1])


def sigfigs(s):
    digits = re.sub(r"[^0-9]", "", str(s).split("/")[0]).lstrip("0")
    return len(digits)


def scalar_matches(a, k, tol):
    av, kv = num(a), num(k)
    if abs(av - kv) <= tol + 1e-12:
        return True
    d = decimals(a)
    if d is not None and abs(round(kv, d) - av) < 1e-12 and sigfigs(a) >= 3:
        return True
    return False


def split_vec(s):
    return [x.strip() for x in str(s).strip("()[] ").split(",")]


def expr_value(e, z):
    sig = lambda t: 1 / (1 + math.exp(-t))
    return eval(e.replace("^", "**"), {"__builtins__": {}}, {"sigma": sig, "z": z, "exp": math.exp})


def matches_key(ans, key):
    if "choice" in key:
        return str(ans).strip().upper() == key["choice"].upper()
    if "text" in key:
        return str(ans).strip().lower() == str(key["text"]).lower()
    if "shape" in key:
        return [int(x) for x in str(ans).lower().split("x")] == list(key["shape"])
    if "expression" in key:
        return all(abs(expr_value(ans, z) - expr_value(key["expression"], z)) < 1e-9 for z in (-1.3, 0.2, 2.5))
    k = key["answer"]
    tol = key.get("tolerance", 1e-9)
    if isinstance(k, list):
        av = split_vec(ans)
        return len(av) == len(k) and all(scalar_matches(a, kk, tol) for a, kk in zip(av, k))
    return scalar_matches(ans, k, tol)


# ------------------------------------------------------------------ main
def check_set(setdir):
    name = os.path.basename(setdir)
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    for pid, v in key.items():
        kinds = [x for x in ("answer", "shape", "choice", "text", "expression") if x in v]
        if len(kinds) != 1:
            err(f"{name}/key.yaml {pid}: expected one answer kind, got {kinds}")
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml")))
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{name}: labelled {sorted(labels)} but transcripts are {files}")
    counts = {}
    for fname, lab in labels.items():
        rel = f"{name}/transcripts/{fname}"
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            err(f"{rel}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
        if fname.endswith(".json"):
            lines = export_lines(path, lab.get("conversation"))
        else:
            lines = plain_assistant_lines(rel, open(path, encoding="utf-8").read())
        for pid, l in parts.items():
            where = f"{rel} {pid}"
            v = l.get("verdict")
            counts[v] = counts.get(v, 0) + 1
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            ans, ev = l.get("answer"), l.get("evidence")
            if v == "missing":
                if ans is not None:
                    err(f"{where}: missing but answer {ans!r}")
            elif v == "unclear":
                if not isinstance(ans, list) or len(ans) < 2 or len(set(map(str, ans))) != len(ans):
                    err(f"{where}: unclear needs >= 2 distinct candidates, got {ans!r}")
            else:
                if ans is None or isinstance(ans, list):
                    err(f"{where}: {v} needs one answer, got {ans!r}")
                elif pid in key:
                    try:
                        ok = matches_key(ans, key[pid])
                    except Exception as e:  # noqa: BLE001
                        err(f"{where}: cannot compare {ans!r} with key: {e}")
                        ok = None
                    if ok is not None and ok != (v == "correct"):
                        err(f"{where}: verdict {v} but answer {ans!r} {'matches' if ok else 'differs from'} the key")
            if ev is None:
                if v != "missing":
                    err(f"{where}: {v} without evidence")
            elif not any(ev in ln for ln in lines):
                err(f"{where}: evidence not found in one line of the graded assistant text: {ev!r}")
    return counts


def main():
    total = {}
    sets = sorted(d for d in os.listdir(HERE) if os.path.exists(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        c = check_set(os.path.join(HERE, s))
        n = sum(c.values())
        print(f"{s:24} {n:3} labels  " + "  ".join(f"{k}={c.get(k, 0)}" for k in sorted(VERDICTS)))
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    print(f"{'TOTAL':24} {sum(total.values()):3} labels  " + "  ".join(f"{k}={total.get(k, 0)}" for k in sorted(VERDICTS)))
    for e in errors:
        print("ERROR:", e)
    print("clean" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
