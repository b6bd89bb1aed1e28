#!/usr/bin/env python3
"""Check the corpus: labels complete and well-formed, evidence quoted from graded assistant text.

Usage: python3 validate.py   (from anywhere; paths are relative to this file)
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["pk-dosing", "mm1-helpdesk", "hardy-weinberg"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# How to find the assistant text in each plain-text transcript.
#   ("markers", user_regex, assistant_regex): a line matching a regex starts that speaker's turn;
#       text after the marker on the same line belongs to the turn; text before any marker is preamble.
#   ("quoted",): lines starting with '>' are user text; other lines after the first quote are assistant.
#   ("bare",): the whole file is assistant text.
TEXT_FORMATS = {
    "pk-dosing/pk-ps3-exporter.md": ("markers", r"^#### You:", r"^#### ChatGPT:"),
    "pk-dosing/pk-ps3-printed.txt": ("markers", r"^You said:", r"^ChatGPT said:"),
    "pk-dosing/pk-ps3-notes.md": ("markers", r"^Q\d+:", r"^A\d+:"),
    "mm1-helpdesk/hw4-claude-copy.txt": ("markers", r"^Human:", r"^Claude:"),
    "mm1-helpdesk/hw4-chatgpt-page.md": ("markers", r"^You said:", r"^ChatGPT said:"),
    "mm1-helpdesk/hw4-emoji-export.md": ("markers", r"^## 👤 User", r"^## 🤖 Assistant"),
    "mm1-helpdesk/hw4-answers-only.txt": ("bare",),
    "hardy-weinberg/ps2-chat.md": ("markers", r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "hardy-weinberg/ps2-quoted.md": ("quoted",),
    "hardy-weinberg/ps2-printed.txt": ("markers", r"^You said:", r"^ChatGPT said:"),
}

errors = []


def err(msg):
    errors.append(msg)


def text_assistant_lines(path, fmt):
    lines = open(path, encoding="utf-8").read().split("\n")
    if fmt[0] == "bare":
        return lines
    out = []
    if fmt[0] == "quoted":
        started = False
        for ln in lines:
            if ln.startswith(">"):
                started = True
                continue
            if started:
                out.append(ln)
        return out
    ure, are = re.compile(fmt[1]), re.compile(fmt[2])
    who = None
    for ln in lines:
        m = ure.match(ln)
        if m:
            who = "user"
            continue
        m = are.match(ln)
        if m:
            who = "assistant"
            out.append(ln[m.end():])
            continue
        if who == "assistant":
            out.append(ln)
    return out


def pick_conversation(convs, title, titlekey):
    if title is None:
        if len(convs) != 1:
            raise ValueError(f"{len(convs)} conversations but no 'conversation' given")
        return convs[0]
    hits = [c for c in convs if c.get(titlekey) == title]
    if len(hits) != 1:
        raise ValueError(f"conversation {title!r} matched {len(hits)} times")
    return hits[0]


def chatgpt_assistant_lines(data, title):
    conv = pick_conversation(data, title, "title")
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values()
                  if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    out = []
    for n in reversed(chain):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text" or m.get("recipient", "all") != "all":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_assistant_lines(data, title):
    conv = pick_conversation(data, title, "name")
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b for b in m.get("content", []) if b.get("type") == "text"]
        texts = [b["text"] for b in blocks] if blocks else [m.get("text", "")]
        for t in texts:
            out.extend(t.split("\n"))
    return out


def assistant_lines(setname, fname, conv_title):
    path = os.path.join(ROOT, setname, "transcripts", fname)
    if fname.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if data and "chat_messages" in data[0]:
            return claude_assistant_lines(data, conv_title)
        return chatgpt_assistant_lines(data, conv_title)
    fmt = TEXT_FORMATS.get(f"{setname}/{fname}")
    if fmt is None:
        raise ValueError("no text format registered")
    return text_assistant_lines(path, fmt)


counts = {v: 0 for v in VERDICTS}
total = 0
for s in SETS:
    sdir = os.path.join(ROOT, s)
    key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
    key_ids = {str(k) for k in key}
    labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(sdir, "transcripts")))
    if sorted(labels) != files:
        err(f"{s}: labelled files {sorted(labels)} != transcripts {files}")
    if len(files) != 5:
        err(f"{s}: expected 5 transcripts, found {len(files)}")
    for fname, lab in labels.items():
        where = f"{s}/{fname}"
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        if set(parts) != key_ids:
            err(f"{where}: parts {sorted(parts)} != key {sorted(key_ids)}")
        try:
            lines = assistant_lines(s, fname, lab.get("conversation"))
        except Exception as e:  # noqa: BLE001
            err(f"{where}: cannot read assistant text: {e}")
            lines = []
        for pid, v in parts.items():
            w = f"{where} [{pid}]"
            verdict = v.get("verdict")
            if verdict not in VERDICTS:
                err(f"{w}: bad verdict {verdict!r}")
                continue
            counts[verdict] += 1
            total += 1
            ans = v.get("answer", "MISSINGKEY")
            if verdict == "missing" and ans is not None:
                err(f"{w}: missing verdict needs answer null")
            if verdict == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{w}: unclear verdict needs a list of candidates")
            if verdict in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{w}: answer should be a string, got {ans!r}")
            ev = v.get("evidence", "MISSINGKEY")
            if ev == "MISSINGKEY":
                err(f"{w}: no evidence field")
            elif ev is None:
                if verdict != "missing":
                    err(f"{w}: evidence null for a non-missing verdict")
            elif not any(ev in ln for ln in lines):
                err(f"{w}: evidence not found in one line of graded assistant text: {ev!r}")
            extra = set(v) - {"verdict", "answer", "evidence", "note"}
            if extra:
                err(f"{w}: unexpected fields {extra}")

for e in errors:
    print("ERROR", e)
print(f"{total} labels:", ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
sys.exit(1 if errors else 0)
