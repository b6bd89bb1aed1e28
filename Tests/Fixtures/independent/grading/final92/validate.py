#!/usr/bin/env python3
"""Checks the final92 corpus.

For every set: key.yaml agrees with what answers.py prints; labels.yaml labels every key part for
every transcript exactly once (and nothing else); verdicts are valid; each evidence string is a
substring of one line of the graded assistant text; a 'correct' label's answer matches the key and
an 'incorrect' one does not. Exits non-zero on any problem.
"""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ graded assistant text
def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while node is not None:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    return list(reversed(chain))


def chatgpt_text(conv):
    out = []
    for n in chatgpt_branch(conv):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") == "text":
            out.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return "\n".join(out)


def claude_text(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        out.extend(b["text"] for b in m.get("content", []) if b.get("type") == "text")
    return "\n".join(out)


USER = re.compile(r"^\s*(User:|\*\*User:\*\*|\*\*You:\*\*|You:|#### You:|You said:|Human:|## 👤|Q\d+:)")
ASSIST = re.compile(r"^\s*(Assistant:|\*\*Assistant:\*\*|\*\*ChatGPT:\*\*|ChatGPT:|#### ChatGPT:|ChatGPT said:|Claude:|## 🤖|A\d+:)")


def plain_text(raw):
    lines = raw.splitlines()
    if not any(USER.match(l) or ASSIST.match(l) for l in lines):
        return "\n".join(l for l in lines if not l.lstrip().startswith(">"))
    role, out = None, []
    for l in lines:
        if USER.match(l):
            role = "user"
        elif ASSIST.match(l):
            role = "assistant"
        if role == "assistant" and not l.lstrip().startswith(">"):
            out.append(l)
    return "\n".join(out)


def graded_text(path, conversation):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".json"):
        return plain_text(raw)
    data = json.loads(raw)
    convs = [c for c in data if (c.get("title") or c.get("name")) == conversation]
    if conversation is None or len(convs) != 1:
        err(f"{path}: conversation {conversation!r} not found exactly once")
        return ""
    c = convs[0]
    return chatgpt_text(c) if "mapping" in c else claude_text(c)


# ------------------------------------------------------------ value comparison
def num(s):
    return float(str(s).replace(",", "").replace("−", "-"))


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def matches(key, ans):
    """Does a label's canonical answer equal the key part?"""
    if "choice" in key:
        return str(ans).strip().upper() == str(key["choice"]).upper()
    if "text" in key:
        return str(ans).strip().lower() == str(key["text"]).lower()
    k = key["answer"]
    tol = key.get("tolerance", 0)
    if isinstance(k, list):
        vals = [v for v in re.split(r"[(),\s]+", str(ans)) if v]
        return len(vals) == len(k) and all(
            abs(num(v) - kk) <= max(tol, 0.5 * 10 ** -decimals(v)) + 1e-9 for v, kk in zip(vals, k))
    return abs(num(ans) - k) <= max(tol, 0.5 * 10 ** -decimals(ans)) + 1e-9


def key_numbers_agree(key_parts, computed):
    for pid, kp in key_parts.items():
        if "answer" not in kp:
            continue
        if pid not in computed:
            err(f"answers.py does not compute {pid}")
            continue
        k, c, tol = kp["answer"], computed[pid], kp.get("tolerance", 1e-9)
        ks, cs = (k, c) if isinstance(k, list) else ([k], [c])
        if len(ks) != len(cs) or any(abs(a - b) > tol + 1e-9 for a, b in zip(ks, cs)):
            err(f"key {pid}={k} disagrees with answers.py {c}")


# ------------------------------------------------------------ main
counts = {v: 0 for v in VERDICTS}
sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
for s in sets:
    d = os.path.join(HERE, s)
    key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    out = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True, check=True).stdout
    key_numbers_agree(key, json.loads(out))
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(d, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{s}: labelled {sorted(labels)} vs transcripts {files}")
    for tname, entry in labels.items():
        path = os.path.join(tdir, tname)
        if not os.path.exists(path):
            continue
        parts = {str(k): v for k, v in entry["parts"].items()}
        if len(parts) != len(entry["parts"]) or set(parts) != set(key):
            err(f"{s}/{tname}: parts {sorted(parts)} != key {sorted(key)}")
        text_lines = graded_text(path, entry.get("conversation")).splitlines()
        for pid, lab in parts.items():
            where = f"{s}/{tname}/{pid}"
            v = lab.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] += 1
            ev, ans = lab.get("evidence"), lab.get("answer")
            if v == "missing":
                if ans is not None:
                    err(f"{where}: missing with an answer")
            elif ev is None or not any(ev in l for l in text_lines):
                err(f"{where}: evidence not on one line of graded assistant text: {ev!r}")
            if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                err(f"{where}: unclear needs a list of candidates")
            if v == "correct" and pid in key and not matches(key[pid], ans):
                err(f"{where}: labelled correct but {ans!r} != key {key[pid]}")
            if v == "incorrect" and pid in key and matches(key[pid], ans):
                err(f"{where}: labelled incorrect but {ans!r} matches key")
            if v == "unclear" and pid in key and not any(matches(key[pid], a) for a in ans):
                pass  # allowed: both candidates may be wrong

total = sum(counts.values())
print(f"sets: {len(sets)}  labels: {total}  " + "  ".join(f"{k}={counts[k]}" for k in sorted(counts)))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
