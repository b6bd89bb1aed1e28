#!/usr/bin/env python3
"""Checks this corpus: labels complete and well-formed, evidence quoted from graded assistant text,
answer keys agree with answers.py, exports regenerate byte-identically.

Run: python3 validate.py     (exit status 0 when clean)
"""
import collections
import hashlib
import json
import os
import re
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(User:|Human:|You said:|#### You:|\*\*You:\*\*|## 👤|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|Claude:|ChatGPT said:|#### ChatGPT:|\*\*ChatGPT:\*\*|## 🤖|A\d+:)")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ graded assistant text
def plain_assistant_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if not any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines):
        return lines  # bare assistant text
    out, state = [], None
    for l in lines:
        if USER_RE.match(l):
            state = "user"
        elif ASSIST_RE.match(l):
            state = "assistant"
        if state == "assistant":
            out.append(l)
    return out


def chatgpt_branch_text(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        parents = {n.get("parent") for n in mapping.values()}
        leaves = [k for k, n in mapping.items() if k not in parents and n.get("message")]
        leaf = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    texts, node = [], leaf
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return "\n".join(reversed(texts)).split("\n")


def claude_text(conv):
    texts = []
    for m in conv["chat_messages"]:
        if m["sender"] == "assistant":
            for b in m["content"]:
                if b["type"] == "text":
                    texts.append(b["text"])
    return "\n".join(texts).split("\n")


def export_text(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{path}: export is not a non-empty list")
        return [], 0
    is_gpt = "mapping" in data[0]
    title_field = "title" if is_gpt else "name"
    if conv_name is None:
        if len(data) != 1:
            err(f"{path}: {len(data)} conversations but no 'conversation' in labels")
            return [], len(data)
        conv = data[0]
    else:
        hits = [c for c in data if c[title_field] == conv_name]
        if len(hits) != 1:
            err(f"{path}: conversation {conv_name!r} matched {len(hits)} times")
            return [], len(data)
        conv = hits[0]
    return (chatgpt_branch_text(conv) if is_gpt else claude_text(conv)), len(data)


# ------------------------------------------------------------ per set
totals = collections.Counter()
kinds = collections.Counter()
n_labels = 0
export_kinds = collections.Counter()
sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
for s in sets:
    sd = os.path.join(ROOT, s)
    key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
    for pid in key:
        if not isinstance(pid, str):
            err(f"{s}: key id {pid!r} is not a string")
        kinds[next(k for k in ("answer", "shape", "choice", "text", "expression") if k in key[pid])] += 5
    labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(sd, "transcripts")
    files = sorted(os.listdir(tdir))
    if set(files) != set(labels):
        err(f"{s}: transcripts {sorted(set(files) - set(labels))} unlabelled, labels {sorted(set(labels) - set(files))} without file")
    for fname, lab in labels.items():
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        if fname.endswith(".json"):
            lines, nconv = export_text(path, lab.get("conversation"))
            export_kinds["chatgpt" if "mapping" in json.load(open(path))[0] else "claude"] += 1
        else:
            lines = plain_assistant_text(path)
            if "conversation" in lab:
                err(f"{s}/{fname}: 'conversation' given for a non-export")
        if not lines:
            err(f"{s}/{fname}: no graded assistant text found")
        parts = lab.get("parts") or {}
        if set(map(str, parts)) != set(map(str, key)):
            err(f"{s}/{fname}: labelled parts {sorted(map(str, parts))} != key parts {sorted(map(str, key))}")
        for pid, pl in parts.items():
            where = f"{s}/{fname}/{pid}"
            v = pl.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            totals[v] += 1
            n_labels += 1
            ans = pl.get("answer", "ABSENT")
            if ans == "ABSENT":
                err(f"{where}: no answer field")
            elif v == "missing" and ans is not None:
                err(f"{where}: missing but answer given")
            elif v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                err(f"{where}: unclear needs a list of >= 2 candidates")
            elif v in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{where}: answer should be a string")
            ev = pl.get("evidence", "ABSENT")
            if ev == "ABSENT":
                err(f"{where}: no evidence field")
            elif ev is None:
                if v != "missing":
                    err(f"{where}: evidence null for a non-missing verdict")
            elif not any(ev in line for line in lines):
                err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
    # answers.py must agree with the key
    r = subprocess.run([sys.executable, os.path.join(sd, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0 or "key agrees" not in r.stdout:
        err(f"{s}: answers.py failed: {r.stderr.strip()[-300:]}")

# exports regenerate byte-identically
def digests():
    out = {}
    for s in sets:
        for f in sorted(os.listdir(os.path.join(ROOT, s, "transcripts"))):
            if f.endswith(".json"):
                p = os.path.join(ROOT, s, "transcripts", f)
                out[p] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return out

before = digests()
r = subprocess.run([sys.executable, os.path.join(ROOT, "generators", "make_exports.py")], capture_output=True, text=True)
if r.returncode != 0:
    err("generator failed: " + r.stderr[-300:])
elif digests() != before:
    err("generator output differs from the stored exports")
if export_kinds["chatgpt"] < 4 or export_kinds["claude"] < 2:
    err(f"export counts {dict(export_kinds)} below 4 ChatGPT / 2 Claude")

print(f"sets: {len(sets)}; labels: {n_labels}; verdicts: {dict(sorted(totals.items()))}; "
      f"key kinds x5: {dict(kinds)}; exports: {dict(export_kinds)}")
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("clean")
