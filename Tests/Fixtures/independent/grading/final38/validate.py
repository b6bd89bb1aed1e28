#!/usr/bin/env python3
"""Validate the final38 corpus.

Checks, for every set directory (one containing key.yaml):
  * key.yaml, labels.yaml and every JSON transcript parse;
  * every numeric / choice / text key value agrees with what answers.py prints;
  * every transcript file is labelled, every label file entry is a transcript;
  * every transcript is labelled for exactly the key's parts;
  * verdicts are valid; answer is null for missing, a list (2+) for unclear, a scalar otherwise;
  * each non-null evidence string is a substring of one line of the graded assistant text
    (exports: assistant text messages of the graded branch / conversation only);
  * exports with several conversations name the graded one in `conversation`.
Exit status 0 when clean.
"""
import ast
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# turn markers for the plain-text transcripts: (assistant-turn regex, user-turn regex)
TEXT_MARKERS = {
    "chat-copy.md": (r"^#### ChatGPT:\s*$", r"^#### You:\s*$"),
    "pdf-print.txt": (r"^ChatGPT said:\s*$", r"^You said:\s*$"),
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ graded assistant text
def text_assistant_lines(path, name):
    a_re, u_re = (re.compile(p) for p in TEXT_MARKERS[name])
    lines, mode = [], None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if a_re.match(line):
                mode = "a"
                continue
            if u_re.match(line):
                mode = "u"
                continue
            if mode == "a":
                lines.append(line)
    return lines


def chatgpt_branch_texts(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    texts, nid = [], leaf
    while nid is not None:
        node = mapping[nid]
        m = node.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        nid = node.get("parent")
    return list(reversed(texts))


def claude_texts(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.append(b["text"])
    return out


def export_assistant_lines(path, label):
    data = json.load(open(path, encoding="utf-8"))
    assert isinstance(data, list), "export must be a list of conversations"
    title_of = lambda c: c.get("title", c.get("name"))
    wanted = label.get("conversation")
    if len(data) > 1 and not wanted:
        err(f"{path}: several conversations but no `conversation` in labels")
        return []
    conv = data[0] if not wanted else next((c for c in data if title_of(c) == wanted), None)
    if conv is None:
        err(f"{path}: conversation {wanted!r} not found")
        return []
    texts = chatgpt_branch_texts(conv) if "mapping" in conv else claude_texts(conv)
    return [ln for t in texts for ln in t.split("\n")]


# ------------------------------------------------------------------ key vs answers.py
def to_num(x):
    if isinstance(x, str) and re.fullmatch(r"-?\d+/\d+", x.strip()):
        return float(Fraction(x.strip()))
    return float(x)


def close(k, v, tol):
    if isinstance(k, list):
        return isinstance(v, list) and len(k) == len(v) and all(close(a, b, tol) for a, b in zip(k, v))
    k, v = to_num(k), to_num(v)
    return abs(k - v) <= (tol if tol else 1e-6 * max(1.0, abs(v))) + 1e-12


def check_key(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True, check=True).stdout
    vals = {}
    for line in out.splitlines():
        pid, _, rest = line.partition(": ")
        try:
            vals[pid] = ast.literal_eval(rest)
        except (ValueError, SyntaxError):
            vals[pid] = rest.strip()
    for pid, spec in key["parts"].items():
        pid = str(pid)
        if pid not in vals:
            err(f"{setdir}: answers.py prints no value for {pid}")
            continue
        v = vals[pid]
        if "answer" in spec:
            if not close(spec["answer"], v, spec.get("tolerance")):
                err(f"{setdir}: key {pid}={spec['answer']} but answers.py gives {v}")
        elif "choice" in spec:
            got = v if isinstance(v, str) else (v[0] if len(v) == 1 else v)
            if got != spec["choice"]:
                err(f"{setdir}: key {pid} choice {spec['choice']} but answers.py gives {v}")
        elif "text" in spec:
            if str(v).lower() != spec["text"].lower():
                err(f"{setdir}: key {pid} text {spec['text']} but answers.py gives {v}")
        else:
            err(f"{setdir}: key {pid} has no answer/choice/text")


# ------------------------------------------------------------------ labels
def check_set(setdir):
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))
    check_key(setdir, key)
    parts = [str(p) for p in key["parts"]]
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    counts = {}
    for f in files:
        if f not in labels:
            err(f"{setdir}: transcript {f} has no labels")
    for name, lab in labels.items():
        path = os.path.join(tdir, name)
        if not os.path.exists(path):
            err(f"{setdir}: labels for missing transcript {name}")
            continue
        if name.endswith(".json"):
            lines = export_assistant_lines(path, lab)
        else:
            if "conversation" in lab:
                err(f"{name}: `conversation` only for exports")
            lines = text_assistant_lines(path, name)
        got = [str(p) for p in lab["parts"]]
        if sorted(got) != sorted(parts):
            err(f"{name}: labelled parts {sorted(set(got) ^ set(parts))} differ from key")
        for pid, L in lab["parts"].items():
            v = L.get("verdict")
            if v not in VERDICTS:
                err(f"{name} {pid}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans = L.get("answer", "ABSENT")
            if ans == "ABSENT":
                err(f"{name} {pid}: no answer field")
            elif v == "missing" and ans is not None:
                err(f"{name} {pid}: missing but answer {ans!r}")
            elif v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{name} {pid}: unclear needs a list of candidates")
            elif v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                err(f"{name} {pid}: {v} needs a single answer")
            ev = L.get("evidence", "ABSENT")
            if ev == "ABSENT":
                err(f"{name} {pid}: no evidence field")
            elif ev is not None:
                if not any(ev in ln for ln in lines):
                    err(f"{name} {pid}: evidence not found in one assistant line: {ev!r}")
            elif v != "missing":
                err(f"{name} {pid}: evidence null for a {v} label")
        print(f"  {os.path.basename(setdir)}/{name}: {len(got)} parts {dict(sorted(counts.items()))}")
        counts = {}


def main():
    sets = sorted(d for d in os.listdir(HERE) if os.path.exists(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        check_set(os.path.join(HERE, s))
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        return 1
    print("clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
