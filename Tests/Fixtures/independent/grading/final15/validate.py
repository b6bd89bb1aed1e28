#!/usr/bin/env python3
"""Checks the corpus: labels cover every key part of every transcript, verdicts are valid,
evidence is a substring of one line of graded assistant text, and answers.py agrees with key.yaml."""
import ast
import json
import os
import re
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []

USER_MARK = re.compile(r"^(User:|\*\*You:\*\*|#### You:|You said:|Human:|## 👤|Q\d+:)")
ASSIST_MARK = re.compile(r"^(Assistant:|\*\*ChatGPT:\*\*|#### ChatGPT:|ChatGPT said:|Claude:|## 🤖|A\d+:)")


def plain_assistant_lines(text):
    lines = text.split("\n")
    has_marks = any(USER_MARK.match(l) or ASSIST_MARK.match(l) for l in lines)
    out = []
    if not has_marks:
        # bare assistant text, or user turns only as "> " quotes
        return [l for l in lines if not l.startswith(">")]
    who = None
    for l in lines:
        m = USER_MARK.match(l)
        if m:
            who = "user"
            continue
        m = ASSIST_MARK.match(l)
        if m:
            who = "assistant"
            rest = l[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if who == "assistant":
            out.append(l)
    return out


def chatgpt_lines(convs, title):
    if title is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' label")
        conv = convs[0]
    else:
        matches = [c for c in convs if c.get("title") == title]
        if len(matches) != 1:
            raise ValueError("conversation %r not found exactly once" % title)
        conv = matches[0]
    mp = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mp.values() if not n.get("children") and n.get("message")
                  and n["message"].get("create_time") is not None]
        node = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    chain = []
    while node is not None:
        chain.append(mp[node])
        node = mp[node].get("parent")
    out = []
    for n in reversed(chain):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text":
            continue
        for part in c.get("parts", []):
            if isinstance(part, str):
                out.extend(part.split("\n"))
    return out


def claude_lines(convs, title):
    if title is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' label")
        conv = convs[0]
    else:
        conv = [c for c in convs if c.get("name") == title][0]
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in m.get("content", []) if b.get("type") == "text"]
        if not blocks and m.get("text"):
            blocks = [m["text"]]
        for b in blocks:
            out.extend(b.split("\n"))
    return out


def assistant_lines(path, title):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        data = json.loads(text)
        if data and "mapping" in data[0]:
            return chatgpt_lines(data, title)
        if data and "chat_messages" in data[0]:
            return claude_lines(data, title)
        raise ValueError("unknown export shape")
    if title is not None:
        raise ValueError("'conversation' given for a plain transcript")
    return plain_assistant_lines(text)


def check_answers(setdir, key):
    res = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True, check=True)
    got = {}
    for line in res.stdout.strip().split("\n"):
        pid, val = line.split(" ", 1)
        try:
            got[pid] = ast.literal_eval(val)
        except (ValueError, SyntaxError):
            got[pid] = val
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in got:
            errors.append("%s: answers.py does not print %s" % (setdir, pid))
            continue
        g = got[pid]
        tol = spec.get("tolerance", 1e-9)
        if "answer" in spec or "shape" in spec:
            want = spec.get("answer", spec.get("shape"))
            if isinstance(want, str) and "/" in want:
                a, b = want.split("/")
                want = float(a) / float(b)
            flat = lambda v: [x for r in v for x in (r if isinstance(r, list) else [r])] if isinstance(v, list) else [v]
            fw, fg = flat(want), flat(g)
            if len(fw) != len(fg) or any(abs(float(a) - float(b)) > tol for a, b in zip(fw, fg)):
                errors.append("%s %s: key %r vs answers.py %r" % (os.path.basename(setdir), pid, want, g))
        elif "choice" in spec:
            if spec["choice"] != g:
                errors.append("%s %s: key %r vs answers.py %r" % (os.path.basename(setdir), pid, spec["choice"], g))
        elif "text" in spec:
            if str(spec["text"]).lower() != str(g).lower():
                errors.append("%s %s: key %r vs answers.py %r" % (os.path.basename(setdir), pid, spec["text"], g))


counts = {v: 0 for v in VERDICTS}
total = 0
for setname in sorted(os.listdir(ROOT)):
    setdir = os.path.join(ROOT, setname)
    if not os.path.isfile(os.path.join(setdir, "key.yaml")):
        continue
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    check_answers(setdir, key)
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        errors.append("%s: labelled %s vs files %s" % (setname, sorted(labels), files))
    for fname, lab in labels.items():
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        try:
            lines = assistant_lines(path, lab.get("conversation"))
        except Exception as e:  # noqa
            errors.append("%s/%s: %s" % (setname, fname, e))
            continue
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            errors.append("%s/%s: parts %s vs key %s" % (setname, fname, sorted(parts), sorted(key)))
        for pid, p in parts.items():
            total += 1
            v = p.get("verdict")
            if v not in VERDICTS:
                errors.append("%s/%s %s: bad verdict %r" % (setname, fname, pid, v))
                continue
            counts[v] += 1
            ans = p.get("answer", "absent")
            if v == "missing" and ans is not None:
                errors.append("%s/%s %s: missing needs answer null" % (setname, fname, pid))
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                errors.append("%s/%s %s: unclear needs a list of candidates" % (setname, fname, pid))
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                errors.append("%s/%s %s: answer must be a string" % (setname, fname, pid))
            if v != "missing" and p.get("evidence") is None:
                errors.append("%s/%s %s: evidence required" % (setname, fname, pid))
            ev = p.get("evidence")
            if ev is not None and not any(ev in l for l in lines):
                errors.append("%s/%s %s: evidence not in graded assistant text: %r" % (setname, fname, pid, ev))

for e in errors:
    print("ERROR", e)
print("labels:", total, "by verdict:", dict(sorted(counts.items())))
sys.exit(1 if errors else 0)
