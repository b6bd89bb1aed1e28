#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

For every set folder (one holding key.yaml):
  * key.yaml and labels.yaml parse; every key part has exactly one answer kind;
  * every transcript in transcripts/ is labelled, and every labelled transcript exists;
  * every transcript is labelled for every key part, and for no other part;
  * verdicts are valid; answer is null for missing, a list of >= 2 candidates for unclear,
    and a non-null scalar otherwise;
  * each evidence string is a substring of one line of the graded assistant text:
      - ChatGPT exports: text messages by the assistant on the graded branch (current_node's
        branch, or, without current_node, the branch of the leaf with the latest create_time);
      - Claude exports: text blocks of assistant messages of the graded conversation;
      - copied text: the lines inside assistant turns (turn markers recognised below; a file
        without any marker is bare assistant text).
Exit status 0 when clean.  Usage: python3 validate.py
"""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KINDS = {"answer", "shape", "choice", "text", "expression"}

USER_MARKERS = [r"User:", r"You said:", r"Human:", r"#### You:", r"## 👤", r"\*\*You:\*\*", r"Q\d+:"]
ASSISTANT_MARKERS = [r"Assistant:", r"ChatGPT said:", r"Claude:", r"#### ChatGPT:", r"## 🤖", r"\*\*ChatGPT:\*\*", r"A\d+:"]
MARK_RE = re.compile(r"^(?:(?P<u>" + "|".join(USER_MARKERS) + r")|(?P<a>" + "|".join(ASSISTANT_MARKERS) + r"))")

errors = []


def err(msg):
    errors.append(msg)


def text_assistant_lines(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not any(MARK_RE.match(l) for l in lines):
        return lines
    role, out = None, []
    for l in lines:
        m = MARK_RE.match(l)
        if m:
            role = "user" if m.group("u") else "assistant"
            rest = l[m.end():]
            if role == "assistant" and rest.strip():
                out.append(rest)
            continue
        if role == "assistant":
            out.append(l)
    return out


def pick_conversation(convs, wanted, fname, key):
    if wanted is None:
        if len(convs) != 1:
            err(f"{fname}: {len(convs)} conversations but no 'conversation' label")
            return None
        return convs[0]
    hits = [c for c in convs if c.get(key) == wanted]
    if len(hits) != 1:
        err(f"{fname}: conversation {wanted!r} found {len(hits)} times")
        return None
    return hits[0]


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values()
                  if not n.get("children") and n.get("message") and n["message"].get("create_time") is not None]
        node = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text" \
                and m.get("recipient", "all") == "all":
            for p in m["content"].get("parts", []):
                if isinstance(p, str):
                    out.extend(p.splitlines())
        node = n.get("parent")
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].splitlines())
    return out


def graded_lines(path, label):
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if not isinstance(data, list):
            err(f"{path}: export is not a JSON list")
            return []
        if data and "mapping" in data[0]:
            conv = pick_conversation(data, label.get("conversation"), path, "title")
            return chatgpt_lines(conv) if conv else []
        conv = pick_conversation(data, label.get("conversation"), path, "name")
        return claude_lines(conv) if conv else []
    return text_assistant_lines(path)


def check_set(d):
    name = os.path.basename(d)
    with open(os.path.join(d, "key.yaml"), encoding="utf-8") as f:
        key = yaml.safe_load(f)["parts"]
    for pid, spec in key.items():
        if not isinstance(pid, str):
            err(f"{name}: key part id {pid!r} is not a string (quote it)")
        kinds = [k for k in spec if k in KINDS]
        if len(kinds) != 1:
            err(f"{name}: key part {pid} has kinds {kinds}")
    with open(os.path.join(d, "labels.yaml"), encoding="utf-8") as f:
        labels = yaml.safe_load(f)
    tdir = os.path.join(d, "transcripts")
    files = sorted(os.listdir(tdir))
    for fn in files:
        if fn not in labels:
            err(f"{name}: transcript {fn} not labelled")
    counts = {}
    for fn, lab in labels.items():
        path = os.path.join(tdir, fn)
        if not os.path.exists(path):
            err(f"{name}: labelled transcript {fn} does not exist")
            continue
        parts = lab.get("parts", {})
        if set(map(str, parts)) != set(map(str, key)):
            err(f"{name}/{fn}: parts {sorted(map(str, parts))} != key parts {sorted(map(str, key))}")
        lines = graded_lines(path, lab)
        if not lines:
            err(f"{name}/{fn}: no graded assistant text found")
        for pid, p in parts.items():
            where = f"{name}/{fn}/{pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            a = p.get("answer", "absent")
            if v == "missing" and a is not None:
                err(f"{where}: missing but answer {a!r}")
            if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                err(f"{where}: unclear needs a list of candidates")
            if v in ("correct", "incorrect") and (a is None or a == "absent" or isinstance(a, list)):
                err(f"{where}: {v} needs a single answer")
            ev = p.get("evidence", "absent")
            if ev == "absent":
                err(f"{where}: evidence key absent")
            elif ev is None:
                if v != "missing":
                    err(f"{where}: evidence null for a {v} label")
            elif not any(ev in l for l in lines):
                err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
    return counts


def main():
    total = {}
    sets = sorted(e for e in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, e, "key.yaml")))
    for s in sets:
        c = check_set(os.path.join(HERE, s))
        print(f"{s}: " + ", ".join(f"{k} {c.get(k, 0)}" for k in ("correct", "incorrect", "missing", "unclear")))
        for k, n in c.items():
            total[k] = total.get(k, 0) + n
    print("total: " + ", ".join(f"{k} {total.get(k, 0)}" for k in ("correct", "incorrect", "missing", "unclear"))
          + f" = {sum(total.values())}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        sys.exit(1)
    print("clean")


if __name__ == "__main__":
    main()
