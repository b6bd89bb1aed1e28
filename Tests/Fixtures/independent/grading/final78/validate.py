#!/usr/bin/env python3
"""Checks the hand labels of this corpus. Prints OK when everything is consistent.

- every label has a valid verdict; answer is null exactly when missing; unclear has a list
- every transcript in <set>/transcripts is labelled for every key part, and nothing extra
- each evidence string is a substring of one line of the graded assistant text
  (plain copies: lines inside assistant turns; exports: assistant text messages of the graded branch)
- labelled answers agree with the key for `correct` and disagree for `incorrect`
- answers.py prints the same values as key.yaml
"""
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []

USER_RE = re.compile(r"^(User:|\*\*User:\*\*|\*\*You:\*\*|You:|#### You:|## 👤|Human:|You said:|### User\b|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|\*\*Assistant:\*\*|\*\*ChatGPT:\*\*|ChatGPT:|#### ChatGPT:|## 🤖|Claude:|ChatGPT said:|### Assistant\b|A\d+:)")


def plain_assistant_lines(text):
    lines = text.split("\n")
    marked = any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines)
    state = None if marked else "assistant"
    out = []
    for line in lines:
        if USER_RE.match(line):
            state = "user"
            continue
        m = ASSIST_RE.match(line)
        if m:
            state = "assistant"
            rest = line[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if not marked and line.startswith(">"):
            continue  # quoted user turn
        if state == "assistant":
            out.append(line)
    return out


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    out = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text" \
                and m.get("recipient", "all") == "all":
            for p in m["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        node = n.get("parent")
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m["content"]:
            if b["type"] == "text":
                out.extend(b["text"].split("\n"))
    return out


def graded_lines(path, label):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".json"):
        return plain_assistant_lines(raw)
    data = json.loads(raw)
    convs = data if isinstance(data, list) else [data]
    if len(convs) > 1 and "conversation" not in label:
        errors.append(f"{path}: several conversations but no `conversation` in label")
        return []
    name = label.get("conversation")
    for c in convs:
        title = c.get("title", c.get("name"))
        if name is None or title == name:
            return chatgpt_lines(c) if "mapping" in c else claude_lines(c)
    errors.append(f"{path}: conversation {name!r} not found")
    return []


def num(x):
    if isinstance(x, str) and "/" in x:
        return Fraction(x)
    return Fraction(str(x))


def agrees(spec, ans):
    if "answer" in spec:
        try:
            a = num(ans)
        except Exception:
            return False
        tol = Fraction(str(spec.get("tolerance", 0)))
        return abs(a - num(spec["answer"])) <= tol
    if "choice" in spec:
        return str(ans).strip().upper() == spec["choice"].upper()
    if "text" in spec:
        return str(ans).strip().lower() == spec["text"].lower()
    if "expression" in spec:
        import random
        rnd = random.Random(0)
        for _ in range(5):
            env = {v: rnd.uniform(1, 9) for v in "abcdefghijklmnopqrstuvwxyz"}
            try:
                if abs(eval(spec["expression"], {}, env) - eval(str(ans), {}, env)) > 1e-9:
                    return False
            except Exception:
                return False
        return True
    if "shape" in spec:
        return str(ans) == "x".join(map(str, spec["shape"]))
    return False


def check_answers_py(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True, check=True).stdout
    printed = {}
    for line in out.splitlines():
        pid, val = line.split(None, 1)
        printed[pid] = val.strip()
    for pid, spec in key.items():
        if pid not in printed:
            errors.append(f"{setdir}: answers.py does not print {pid}")
            continue
        if not agrees(spec, printed[pid]) and not ("answer" in spec and abs(float(num(printed[pid])) - float(num(spec["answer"]))) < 1e-9):
            errors.append(f"{setdir}: answers.py {pid}={printed[pid]} disagrees with key {spec}")


counts = {v: 0 for v in VERDICTS}
for setname in sorted(os.listdir(ROOT)):
    setdir = os.path.join(ROOT, setname)
    if not os.path.isfile(os.path.join(setdir, "key.yaml")):
        continue
    key = {str(k): v for k, v in yaml.safe_load(open(os.path.join(setdir, "key.yaml")))["parts"].items()}
    check_answers_py(setdir, key)
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml")))
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        errors.append(f"{setname}: labelled {sorted(labels)} but transcripts are {files}")
    for fname, lab in labels.items():
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        lines = graded_lines(path, lab)
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            errors.append(f"{setname}/{fname}: parts {sorted(parts)} != key {sorted(key)}")
        for pid, p in parts.items():
            where = f"{setname}/{fname} {pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                errors.append(f"{where}: bad verdict {v!r}")
                continue
            counts[v] += 1
            ans = p.get("answer")
            if (v == "missing") != (ans is None):
                errors.append(f"{where}: answer must be null exactly when missing")
            if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                errors.append(f"{where}: unclear needs a list of 2+ different candidates")
            if v == "correct" and not agrees(key[pid], ans):
                errors.append(f"{where}: labelled correct but {ans!r} disagrees with key")
            if v == "incorrect" and agrees(key[pid], ans):
                errors.append(f"{where}: labelled incorrect but {ans!r} agrees with key")
            ev = p.get("evidence")
            if ev is not None and not any(ev in line for line in lines):
                errors.append(f"{where}: evidence not found in graded assistant text: {ev!r}")
            if v != "missing" and ev is None:
                errors.append(f"{where}: evidence required for an answer")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK", sum(counts.values()), "labels", dict(sorted(counts.items())))
