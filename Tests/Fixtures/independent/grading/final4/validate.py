#!/usr/bin/env python3
"""Check the hand-labelled corpus in this folder.

For every set: every key part is labelled for every transcript, every verdict is valid,
answers are consistent with verdicts, each evidence string is a substring of one line of the
graded assistant text, and every key value agrees with the output of the set's answers.py.
"""
import ast
import json
import math
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn marker, assistant-turn marker) for plain transcripts; matched at line start
MARKERS = [
    (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*"),
    (r"#### You:", r"#### ChatGPT:"),
    (r"You said:", r"ChatGPT said:"),
    (r"## 👤 User", r"## 🤖 Assistant"),
    (r"Human:", r"Claude:"),
    (r"User:", r"Assistant:"),
    (r"Q\d+:", r"A\d+:"),
]

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(text):
    lines = text.split("\n")
    for ure, are in MARKERS:
        if any(re.match(are, l) for l in lines) and any(re.match(ure, l) for l in lines):
            out, role = [], None
            for l in lines:
                if re.match(ure, l):
                    role = "user"
                    continue
                m = re.match(are, l)
                if m:
                    role = "assistant"
                    l = l[m.end():]
                if role == "assistant":
                    out.append(l)
            return out
    if any(l.startswith(">") for l in lines):
        return [l for l in lines if not l.startswith(">")]
    return lines  # bare assistant text


def chatgpt_lines(convs, title):
    cands = [c for c in convs if title is None or c.get("title") == title]
    if len(cands) != 1:
        err(f"conversation {title!r}: {len(cands)} matches")
        return []
    c = cands[0]
    mp = c["mapping"]
    node = c.get("current_node")
    if node is None:
        leaves = [k for k, v in mp.items() if not v.get("children") and v.get("message")]
        node = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while node is not None:
        chain.append(node)
        node = mp[node].get("parent")
    out = []
    for k in reversed(chain):
        m = mp[k].get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        if m["content"].get("content_type") != "text":
            continue
        for p in m["content"].get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_lines(convs, name):
    cands = [c for c in convs if name is None or c.get("name") == name]
    if len(cands) != 1:
        err(f"conversation {name!r}: {len(cands)} matches")
        return []
    out = []
    for m in cands[0]["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in m.get("content", []) if b.get("type") == "text"]
        if not blocks:
            blocks = [m.get("text", "")]
        for t in blocks:
            out.extend(t.split("\n"))
    return out


def graded_lines(path, conversation):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        data = json.loads(raw)
        if data and "mapping" in data[0]:
            if conversation is None and len(data) > 1:
                err(f"{path}: several conversations but no 'conversation' label")
            return chatgpt_lines(data, conversation)
        return claude_lines(data, conversation)
    return plain_assistant_lines(raw)


def numbers(line):
    out = []
    for m in re.finditer(r"-?\d+(?:\.\d+)?(?:e-?\d+)?(?:/\d+)?", line):
        s = m.group(0)
        out.append(float(Fraction(s)) if "/" in s else float(s))
    return out


def flat(v):
    if isinstance(v, list):
        return [x for e in v for x in flat(e)]
    if isinstance(v, str):
        return [float(Fraction(v))]
    return [float(v)]


def check_key(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True,
                         text=True, check=True).stdout
    rows = {}
    for l in out.splitlines():
        pid, _, rest = l.partition(" ")
        rows[pid] = rest
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in rows:
            err(f"{setdir}: answers.py prints nothing for {pid}")
            continue
        rest = rows[pid]
        if "answer" in spec:
            want = flat(spec["answer"])
            tol = spec.get("tolerance", 1e-9)
            got = numbers(rest)
            ok = any(all(abs(got[i + j] - w) <= tol + 1e-12 for j, w in enumerate(want))
                     for i in range(len(got) - len(want) + 1))
            if not ok:
                err(f"{setdir}: key {pid}={spec['answer']} disagrees with answers.py: {rest}")
        else:
            val = spec.get("choice") or spec.get("text") or spec.get("expression")
            if str(val).lower() not in rest.lower():
                err(f"{setdir}: key {pid}={val} not in answers.py output: {rest}")


def main():
    counts = {}
    total = 0
    for setname in sorted(os.listdir(ROOT)):
        setdir = os.path.join(ROOT, setname)
        if not os.path.isfile(os.path.join(setdir, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        check_key(setdir, key)
        labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(setdir, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            err(f"{setname}: labelled {sorted(labels)} but transcripts are {files}")
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.isfile(path):
                continue
            lines = graded_lines(path, lab.get("conversation"))
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                err(f"{setname}/{fname}: parts {sorted(parts)} != key {sorted(key)}")
            for pid, p in parts.items():
                where = f"{setname}/{fname}/{pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                total += 1
                a = p.get("answer", "ABSENT")
                if v == "missing" and a is not None:
                    err(f"{where}: missing needs answer null")
                if v == "unclear" and not (isinstance(a, list) and len(set(map(str, a))) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and not isinstance(a, str):
                    err(f"{where}: answer should be a string")
                ev = p.get("evidence", "ABSENT")
                if ev == "ABSENT":
                    err(f"{where}: no evidence key")
                elif ev is not None and not any(ev in l for l in lines):
                    err(f"{where}: evidence not found in graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{total} labels:", ", ".join(f"{k} {counts.get(k, 0)}" for k in sorted(VERDICTS)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
