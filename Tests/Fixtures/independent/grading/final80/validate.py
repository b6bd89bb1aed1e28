#!/usr/bin/env python3
"""Checks the hand labels of this corpus against the keys and the transcripts.

For every set: every transcript has a label for every key part; verdicts are valid; the answer
field fits the verdict; every evidence string is a substring of one line of the graded
assistant text (exports: assistant text messages of the graded branch only; plain copies:
lines inside assistant turns, found with the turn markers listed in FORMATS).
Prints OK when clean, otherwise the problems, and exits non-zero.
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["ocean-waves", "radiocarbon", "subnetting"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KEY_FIELDS = {"answer", "tolerance", "shape", "layout", "choice", "text", "expression"}

# file -> (regex opening a user turn, regex opening an assistant turn); None = whole file is assistant text.
# If the file starts before any marker, those lines belong to `first`.
FORMATS = {
    "ocean-waves/chat-copy-exporter.md": (r"^#### You:", r"^#### ChatGPT:", "none"),
    "ocean-waves/user-assistant.txt": (r"^User:", r"^Assistant:", "none"),
    "ocean-waves/bare-answer.md": None,
    "ocean-waves/you-said.md": (r"^You said:", r"^ChatGPT said:", "none"),
    "radiocarbon/human-claude.md": (r"^Human:", r"^Claude:", "none"),
    "radiocarbon/emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant", "none"),
    "radiocarbon/bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "none"),
    "radiocarbon/printed-chat.txt": (r"^You said:", r"^ChatGPT said:", "none"),
    "subnetting/q-and-a-labels.txt": (r"^Q\d+:", r"^A\d+:", "none"),
    "subnetting/you-chatgpt.txt": (r"^You:", r"^ChatGPT:", "none"),
    "subnetting/bold-user.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*", "none"),
    "subnetting/quoted-user.md": ("QUOTED", None, None),
}


def plain_assistant_lines(rel, path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fmt = FORMATS[rel]
    if fmt is None:
        return lines
    if fmt[0] == "QUOTED":
        return [ln for ln in lines if not ln.startswith(">")]
    ure, are, first = fmt
    who, out = first, []
    for ln in lines:
        if re.match(ure, ln):
            who = "user"
            continue
        if re.match(are, ln):
            who = "assistant"
        if who == "assistant":
            out.append(ln)
    return out


def chatgpt_branch(conv):
    mp = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mp.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while node is not None:
        chain.append(mp[node])
        node = mp[node].get("parent")
    return list(reversed(chain))


def export_assistant_lines(data, title):
    if title is None:
        if len(data) != 1:
            raise ValueError("export has several conversations but no `conversation` label")
        conv = data[0]
    else:
        matches = [c for c in data if c.get("title", c.get("name")) == title]
        if len(matches) != 1:
            raise ValueError(f"conversation {title!r} not found exactly once")
        conv = matches[0]
    out = []
    if "mapping" in conv:
        for node in chatgpt_branch(conv):
            m = node.get("message")
            if not m or m["author"]["role"] != "assistant":
                continue
            if m["content"].get("content_type") != "text" or m.get("recipient", "all") != "all":
                continue
            for p in m["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
    else:
        for m in conv["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].split("\n"))
    return out


def main():
    errors = []
    counts = {}
    for s in SETS:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        for pid, spec in key.items():
            bad = set(spec) - KEY_FIELDS
            if bad:
                errors.append(f"{s}: key part {pid} has undocumented fields {bad}")
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled files {sorted(labels)} != transcripts {files}")
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                continue
            rel = f"{s}/{fname}"
            try:
                if fname.endswith(".json"):
                    lines = export_assistant_lines(json.load(open(path, encoding="utf-8")), lab.get("conversation"))
                else:
                    lines = plain_assistant_lines(rel, path)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{rel}: {e}")
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append(f"{rel}: parts {sorted(parts)} != key {sorted(key)}")
            for pid, p in parts.items():
                v = p.get("verdict")
                counts[v] = counts.get(v, 0) + 1
                if v not in VERDICTS:
                    errors.append(f"{rel} {pid}: bad verdict {v!r}")
                    continue
                ans, ev = p.get("answer", "<absent>"), p.get("evidence", "<absent>")
                if ans == "<absent>" or ev == "<absent>":
                    errors.append(f"{rel} {pid}: answer and evidence fields are required")
                    continue
                if v == "missing" and ans is not None:
                    errors.append(f"{rel} {pid}: missing but answer is not null")
                if v != "missing" and ans is None:
                    errors.append(f"{rel} {pid}: {v} but answer is null")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{rel} {pid}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and isinstance(ans, list):
                    errors.append(f"{rel} {pid}: {v} needs a single answer")
                if v != "missing" and not ev:
                    errors.append(f"{rel} {pid}: evidence required")
                if ev and not any(ev in ln for ln in lines):
                    errors.append(f"{rel} {pid}: evidence not in graded assistant text: {ev!r}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("counts:", dict(sorted(counts.items())), "total", sum(counts.values()))
    print("OK")


if __name__ == "__main__":
    main()
