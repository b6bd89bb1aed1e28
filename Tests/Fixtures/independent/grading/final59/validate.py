#!/usr/bin/env python3
"""Checks the final59 corpus.

- every set has problems.*, answers.py, key.yaml, labels.yaml, transcripts/
- every numeric key value agrees with what answers.py prints
- labels.yaml: every transcript x every key part labelled, valid verdicts, answer shape
  matches the verdict (null for missing, a list for unclear)
- every evidence string is a substring of one line of the graded assistant text
  (exports: assistant text messages of the graded branch / graded conversation only)
Run: python3 validate.py   (exit status 0 when clean)
"""
import ast
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["rl-bellman", "ensembles", "gnn-message-passing"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# ----------------------------------------------------------- graded assistant text
USER_MARK = re.compile(r"^(User:|Human:|You said:|#### You:|\*\*You:\*\*|\*\*User:\*\*|## 👤 User|Q\d+:)")
ASSIST_MARK = re.compile(r"^(Assistant:|Claude:|ChatGPT said:|#### ChatGPT:|\*\*ChatGPT:\*\*|\*\*Assistant:\*\*|## 🤖 Assistant|A\d+:)")


def text_assistant_lines(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    has_marks = any(USER_MARK.match(l) or ASSIST_MARK.match(l) for l in lines)
    out = []
    if not has_marks:
        # quoted user turns ("> ..."), everything else is assistant text
        for l in lines:
            if not l.startswith(">"):
                out.append(l)
        return out
    role = None
    for l in lines:
        if USER_MARK.match(l):
            role = "user"
            continue
        if ASSIST_MARK.match(l):
            role = "assistant"
            out.append(l)
            continue
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:
        parents = {n.get("parent") for n in mapping.values()}
        leaves = [nid for nid in mapping if nid not in parents]
        leaves = [nid for nid in leaves if mapping[nid].get("message")]
        cur = max(leaves, key=lambda nid: mapping[nid]["message"].get("create_time") or 0)
    chain = []
    while cur:
        chain.append(mapping[cur])
        cur = mapping[cur].get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if conv_name is None:
        if len(data) != 1:
            err(f"{path}: several conversations but no 'conversation' label")
            return []
        conv = data[0]
    else:
        found = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(found) != 1:
            err(f"{path}: conversation {conv_name!r} found {len(found)} times")
            return []
        conv = found[0]
    out = []
    if "mapping" in conv:
        for node in chatgpt_branch(conv):
            m = node.get("message")
            if not m or m["author"]["role"] != "assistant":
                continue
            if m["content"].get("content_type") != "text":
                continue
            for p in m["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.splitlines())
    elif "chat_messages" in conv:
        for m in conv["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].splitlines())
    else:
        err(f"{path}: unknown export shape")
    return out


# ------------------------------------------------------------------ key checks
def num(v):
    if isinstance(v, str) and "/" in v:
        return float(Fraction(v))
    return float(v)


def close(a, b, tol):
    return abs(a - b) <= tol + 1e-12


def check_key(setname, key):
    res = subprocess.run([sys.executable, os.path.join(ROOT, setname, "answers.py")],
                         capture_output=True, text=True, check=True).stdout
    printed = {}
    for line in res.splitlines():
        pid, _, val = line.partition(" ")
        printed[pid] = val.strip()
    for pid, spec in key["parts"].items():
        pid = str(pid)
        if pid not in printed:
            err(f"{setname}: answers.py prints nothing for key part {pid}")
            continue
        raw = printed[pid]
        if "answer" in spec:
            tol = spec.get("tolerance", 1e-9)
            want = spec["answer"]
            got = ast.literal_eval(raw)
            if isinstance(want, list):
                ok = len(want) == len(got) and all(close(num(w), float(g), max(tol, 1e-9)) for w, g in zip(want, got))
            else:
                ok = close(num(want), float(got), tol)
            if not ok:
                err(f"{setname}: key {pid}={want} but answers.py prints {raw}")
        elif "shape" in spec:
            if list(ast.literal_eval(raw)) != spec["shape"]:
                err(f"{setname}: key shape {pid}={spec['shape']} but answers.py prints {raw}")
        elif "text" in spec:
            if raw.lower() != str(spec["text"]).lower():
                err(f"{setname}: key text {pid}={spec['text']} but answers.py prints {raw}")
        elif "choice" in spec:
            if not raw.endswith("choice " + spec["choice"]):
                err(f"{setname}: key choice {pid}={spec['choice']} but answers.py prints {raw}")
        else:
            err(f"{setname}: key part {pid} has no answer/shape/text/choice")


# ---------------------------------------------------------------- label checks
def main():
    counts = {v: 0 for v in VERDICTS}
    total = 0
    for s in SETS:
        d = os.path.join(ROOT, s)
        for f in ["answers.py", "key.yaml", "labels.yaml", "transcripts"]:
            if not os.path.exists(os.path.join(d, f)):
                err(f"{s}: missing {f}")
        if not any(os.path.exists(os.path.join(d, p)) for p in ["problems.tex", "problems.md"]):
            err(f"{s}: missing problems.tex/.md")
        key = yaml.safe_load(open(os.path.join(d, "key.yaml"), encoding="utf-8"))
        check_key(s, key)
        kparts = [str(k) for k in key["parts"]]
        labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(d, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            err(f"{s}: labelled {sorted(labels)} vs transcripts {files}")
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                continue
            if fname.endswith(".json"):
                lines = export_assistant_lines(path, lab.get("conversation"))
            else:
                if "conversation" in lab:
                    err(f"{s}/{fname}: 'conversation' only for exports")
                lines = text_assistant_lines(path)
            if not lines:
                err(f"{s}/{fname}: no assistant text found")
            parts = {str(k): v for k, v in lab["parts"].items()}
            if sorted(parts) != sorted(kparts):
                err(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(kparts)}")
            for pid, p in parts.items():
                v = p.get("verdict")
                where = f"{s}/{fname}/{pid}"
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                total += 1
                a = p.get("answer", "MISSINGKEY")
                if a == "MISSINGKEY":
                    err(f"{where}: no 'answer' field")
                if v == "missing" and a is not None:
                    err(f"{where}: missing must have answer null")
                if v == "unclear" and not (isinstance(a, list) and len(set(map(str, a))) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 different candidates")
                if v in ("correct", "incorrect") and not isinstance(a, str):
                    err(f"{where}: answer should be a string")
                ev = p.get("evidence", "MISSINGKEY")
                if ev == "MISSINGKEY":
                    err(f"{where}: no 'evidence' field")
                elif ev is not None:
                    if not any(ev in line for line in lines):
                        err(f"{where}: evidence not found in one assistant line: {ev!r}")
                elif v != "missing":
                    err(f"{where}: evidence null but verdict {v}")
    for e in errors:
        print("ERROR", e)
    print(f"labels: {total}  " + "  ".join(f"{k}: {counts[k]}" for k in sorted(counts)))
    print("clean" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
