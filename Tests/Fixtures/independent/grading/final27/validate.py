#!/usr/bin/env python3
"""Validate the final27 grading corpus.

Checks, for every set:
  * key.yaml parses; labels.yaml parses and every label has a valid verdict;
  * every transcript file has labels and every labelled transcript exists;
  * every key part is labelled for every transcript and no extra parts are labelled;
  * answer is null iff the verdict is missing, a list (>= 2 candidates) iff unclear;
  * each evidence string is a substring of ONE line of the graded assistant text
    (plain copies: assistant turns split by the file's turn markers; ChatGPT exports:
    assistant text messages on the graded branch = current_node's, else the leaf with the
    latest create_time; Claude exports: assistant text blocks of the named conversation);
  * evidence is null only for missing verdicts;
  * where the label answer and the key can both be parsed, "correct" labels agree with the
    key and "incorrect" labels do not (a consistency check on the hand labels);
  * answers.py runs and prints every numeric key value (compared with key.yaml).
Exit status 1 on any problem.
"""
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["stats-markov", "dft-filters", "svm-nb-dropout"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Turn markers of the plain transcripts: (user-turn regex, assistant-turn regex).
# Text after the marker on the same line belongs to the turn. Lines before the first
# marker belong to neither. None = whole file is assistant text.
MARKERS = {
    "you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "printed-pdf.txt": (r"^You said:", r"^ChatGPT said:"),
    "user-assistant.md": (r"^User:", r"^Assistant:"),
    "q-a-labels.txt": (r"^Q\d+:", r"^A\d+:"),
    "exporter-extension.md": (r"^#### You:", r"^#### ChatGPT:"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "bare-answer.md": None,
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "you-chatgpt.txt": (r"^You:", r"^ChatGPT:"),
    "bold-user.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "quoted-user.md": "quoted",
}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------
# graded assistant text
# ---------------------------------------------------------------------------

def plain_assistant_text(name, raw):
    spec = MARKERS.get(name, "missing")
    if spec == "missing":
        err(f"{name}: no turn-marker spec in validate.py")
        return ""
    if spec is None:
        return raw
    if spec == "quoted":
        return "\n".join(l for l in raw.splitlines() if not l.startswith(">"))
    ure, are = (re.compile(p) for p in spec)
    out, state = [], None
    for line in raw.splitlines():
        mu, ma = ure.match(line), are.match(line)
        if mu:
            state = "user"
            continue
        if ma:
            state = "assistant"
            rest = line[ma.end():].strip()
            if rest:
                out.append(rest)
            continue
        if state == "assistant":
            out.append(line)
    return "\n".join(out)


def chatgpt_branch_text(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [n for n in mapping.values() if not n.get("children")]
        def t(n):
            m = n.get("message") or {}
            return m.get("create_time") or 0
        cur = max(leaves, key=t)["id"]
    chain = []
    while cur is not None:
        node = mapping[cur]
        chain.append(node)
        cur = node.get("parent")
    chain.reverse()
    texts = []
    for node in chain:
        m = node.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text":
            continue
        texts.append("\n".join(p for p in c.get("parts", []) if isinstance(p, str)))
    return "\n".join(texts)


def claude_text(conv):
    texts = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in msg.get("content", []) if b.get("type") == "text"]
        texts.append("\n".join(blocks) if blocks else msg.get("text", ""))
    return "\n".join(texts)


def export_text(name, data, conv_title):
    if not isinstance(data, list) or not data:
        err(f"{name}: export is not a non-empty JSON list")
        return ""
    kind = "chatgpt" if "mapping" in data[0] else "claude" if "chat_messages" in data[0] else None
    title_key = "title" if kind == "chatgpt" else "name"
    if kind is None:
        err(f"{name}: unknown export shape")
        return ""
    if len(data) > 1 and conv_title is None:
        err(f"{name}: several conversations but no 'conversation' label")
        return ""
    if conv_title is None:
        conv = data[0]
    else:
        hits = [c for c in data if c.get(title_key) == conv_title]
        if len(hits) != 1:
            err(f"{name}: conversation {conv_title!r} found {len(hits)} times")
            return ""
        conv = hits[0]
    return chatgpt_branch_text(conv) if kind == "chatgpt" else claude_text(conv)


# ---------------------------------------------------------------------------
# label/key consistency (best effort)
# ---------------------------------------------------------------------------

def norm(s):
    return (str(s).replace("−", "-").replace("×", "x").replace(" ", "")
            .replace("*", "").lower())


def parse_num(s):
    s = norm(s)
    try:
        if "/" in s:
            a, b = s.split("/")
            return Fraction(a) / Fraction(b), None
        dec = len(s.split(".")[1]) if "." in s else 0
        return Fraction(s), dec
    except Exception:
        return None, None


def parse_vec(s):
    s = norm(s).strip("[]()")
    vals = [parse_num(x) for x in s.split(",")]
    if any(v[0] is None for v in vals):
        return None
    return vals


def num_match(label_val, dec, key_val, tol):
    key_val = Fraction(str(key_val)) if not isinstance(key_val, str) else parse_num(key_val)[0]
    if tol is not None:
        return abs(label_val - key_val) <= Fraction(str(tol))
    if dec is None:  # exact fraction given
        return label_val == key_val
    # decimal: equal to the key rounded to the shown precision, >= 3 significant figures
    # (or exact)
    if label_val == key_val:
        return True
    sig_ok = len(re.sub(r"^[-0.]+", "", format(float(label_val), f".{dec}f")).replace(".", "")) >= 3
    return sig_ok and round(float(key_val), dec) == float(label_val)


def check_consistency(where, spec, verdict, ans):
    if verdict not in ("correct", "incorrect") or ans is None:
        return
    ok = None
    if "answer" in spec:
        k = spec["answer"]
        tol = spec.get("tolerance")
        if isinstance(k, list):
            v = parse_vec(ans)
            if v is not None and len(v) == len(k):
                ok = all(num_match(a, d, kk, None) for (a, d), kk in zip(v, k))
            elif v is not None:
                ok = False
        else:
            a, d = parse_num(ans)
            if a is not None:
                ok = num_match(a, d, k, tol)
    elif "shape" in spec:
        ok = norm(ans) == "x".join(str(x) for x in spec["shape"])
    elif "choice" in spec:
        ok = norm(ans) == spec["choice"].lower()
    elif "text" in spec:
        ok = norm(ans) == spec["text"].lower()
    elif "expression" in spec:
        ok = norm(ans) == norm(spec["expression"])
    if ok is None:
        return
    if verdict == "correct" and not ok:
        err(f"{where}: labelled correct but {ans!r} does not match key {spec}")
    if verdict == "incorrect" and ok:
        err(f"{where}: labelled incorrect but {ans!r} matches key {spec}")


# ---------------------------------------------------------------------------

def check_answers_py(set_dir, key):
    out = subprocess.run([sys.executable, os.path.join(set_dir, "answers.py")],
                         capture_output=True, text=True, check=True).stdout
    printed = {}
    for line in out.splitlines():
        pid, _, rest = line.partition(" ")
        printed[pid] = rest
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in printed:
            err(f"{set_dir}: answers.py does not print {pid}")
            continue
        got = printed[pid]
        if "answer" in spec:
            k = spec["answer"]
            if isinstance(k, list):
                if isinstance(k[0], str):
                    ok = got.split() == k
                else:
                    vals = json.loads(got.split(" (")[0])
                    ok = len(vals) == len(k) and all(abs(a - b) < 1e-9 for a, b in zip(vals, k))
            else:
                first = got.split()[0]
                kv = parse_num(str(k))[0]
                gv = parse_num(first)[0]
                tol = spec.get("tolerance")
                if tol is not None:
                    # answers.py prints the exact value then the rounded one
                    gv = parse_num(got.split()[-1])[0]
                ok = gv is not None and abs(float(gv) - float(kv)) < 1e-9
        elif "shape" in spec:
            ok = got.strip() == "x".join(str(x) for x in spec["shape"])
        elif "text" in spec:
            ok = got.strip() == spec["text"]
        elif "choice" in spec:
            ok = got.strip() == spec["choice"]
        elif "expression" in spec:
            ok = norm(got) == norm(spec["expression"])
        else:
            ok = False
        if not ok:
            err(f"{set_dir}: answers.py prints {pid} = {got!r}, key says {spec}")


def main():
    counts = {v: 0 for v in VERDICTS}
    nparts = 0
    for s in SETS:
        set_dir = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(set_dir, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        check_answers_py(set_dir, key)
        labels = yaml.safe_load(open(os.path.join(set_dir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(set_dir, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err(f"{s}/{f}: transcript has no labels")
        for tname, lab in labels.items():
            path = os.path.join(tdir, tname)
            if not os.path.exists(path):
                err(f"{s}/{tname}: labelled but missing")
                continue
            raw = open(path, encoding="utf-8").read()
            if tname.endswith(".json"):
                text = export_text(f"{s}/{tname}", json.loads(raw), lab.get("conversation"))
            else:
                if "conversation" in lab:
                    err(f"{s}/{tname}: 'conversation' only for exports")
                text = plain_assistant_text(tname, raw)
            lines = text.splitlines()
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                err(f"{s}/{tname}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
            for pid, p in parts.items():
                where = f"{s}/{tname}/{pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                nparts += 1
                ans, ev = p.get("answer", "ABSENT"), p.get("evidence", "ABSENT")
                if ans == "ABSENT" or ev == "ABSENT":
                    err(f"{where}: answer and evidence fields are required")
                if v == "missing" and ans is not None:
                    err(f"{where}: missing must have answer null")
                if v != "missing" and ans is None:
                    err(f"{where}: answer null but verdict {v}")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    err(f"{where}: answer should be a string")
                if ev is None:
                    if v != "missing":
                        err(f"{where}: evidence null but verdict {v}")
                elif isinstance(ev, str):
                    if not any(ev in line for line in lines):
                        err(f"{where}: evidence not on one line of graded assistant text: {ev!r}")
                else:
                    err(f"{where}: evidence must be a string or null")
                if pid in key:
                    check_consistency(where, key[pid], v, ans)
    for e in errors:
        print("ERROR:", e)
    print(f"{nparts} labelled parts:", ", ".join(f"{k} {counts[k]}" for k in
                                                 ("correct", "incorrect", "missing", "unclear")))
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
