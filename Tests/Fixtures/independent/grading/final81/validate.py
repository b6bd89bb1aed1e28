#!/usr/bin/env python3
"""Validate this corpus: verdicts, coverage of key parts, evidence quoted from graded assistant text.

Usage: python3 validate.py   (exit status 0 when clean)
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["chem-gas-stoich", "stats-binomial-ci", "circuits-thevenin-rc"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Plain-text transcripts: (user-turn marker, assistant-turn marker, state at top of file).
# A marker line switches the speaker; "quote" means user turns are the lines starting with '>'.
MARKERS = {
    "pdf-print.txt": (r"^\s*You said:", r"^\s*ChatGPT said:", "user"),
    "exporter-you-chatgpt.md": (r"^#### You:", r"^#### ChatGPT:", "user"),
    "student-q-a.txt": (r"^Q\d+:", r"^A\d+:", "user"),
    "human-claude.md": (r"^Human:", r"^Claude:", "user"),
    "you-said-chatgpt-said.md": (r"^You said:", r"^ChatGPT said:", "user"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant", "user"),
    "bare-assistant.txt": (None, None, "assistant"),
    "user-assistant.txt": (r"^User:", r"^Assistant:", "user"),
    "bold-you-chatgpt.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "user"),
    "quoted-user.md": ("quote", None, "assistant"),
    "you-chatgpt-plain.txt": (r"^You:", r"^ChatGPT:", "user"),
}


def plain_assistant_lines(path, name):
    user_re, asst_re, state = MARKERS[name]
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if user_re == "quote":
            if not line.startswith(">"):
                out.append(line)
            continue
        if user_re and re.match(user_re, line):
            state = "user"
            line = re.sub(user_re, "", line)
        elif asst_re and re.match(asst_re, line):
            state = "assistant"
            line = re.sub(asst_re, "", line)
        if state == "assistant":
            out.append(line)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:  # latest leaf by create_time
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if conv_name is None:
        if len(data) != 1:
            raise ValueError("export with several conversations needs 'conversation'")
        conv = data[0]
    else:
        found = [c for c in data if (c.get("title") or c.get("name")) == conv_name]
        if len(found) != 1:
            raise ValueError(f"conversation {conv_name!r} not found exactly once")
        conv = found[0]
    lines = []
    if "mapping" in conv:
        for n in chatgpt_branch(conv):
            m = n.get("message")
            if not m or m["author"]["role"] != "assistant":
                continue
            c = m["content"]
            if c.get("content_type") != "text":
                continue
            for p in c.get("parts", []):
                if isinstance(p, str):
                    lines.extend(p.splitlines())
    else:
        for m in conv["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m["content"]:
                if b["type"] == "text":
                    lines.extend(b["text"].splitlines())
    return lines


def main():
    errors = []
    counts = {v: 0 for v in VERDICTS}
    total = 0
    for s in SETS:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml"), encoding="utf-8"))["parts"]
        keyparts = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled files {sorted(labels)} != transcripts {files}")
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                errors.append(f"{s}/{fname}: transcript missing")
                continue
            try:
                if fname.endswith(".json"):
                    alines = export_assistant_lines(path, lab.get("conversation"))
                else:
                    alines = plain_assistant_lines(path, fname)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{s}/{fname}: {e}")
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != keyparts:
                errors.append(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(keyparts)}")
            for pid, p in parts.items():
                total += 1
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{s}/{fname} {pid}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                ans, ev = p.get("answer", "ABSENT"), p.get("evidence", "ABSENT")
                if v == "missing":
                    if ans is not None:
                        errors.append(f"{s}/{fname} {pid}: missing needs answer null")
                elif v == "unclear":
                    if not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                        errors.append(f"{s}/{fname} {pid}: unclear needs >= 2 candidates")
                elif not isinstance(ans, str) or not ans:
                    errors.append(f"{s}/{fname} {pid}: answer must be a string")
                if ev is None:
                    if v != "missing":
                        errors.append(f"{s}/{fname} {pid}: evidence null for {v}")
                elif not isinstance(ev, str) or not any(ev in line for line in alines):
                    errors.append(f"{s}/{fname} {pid}: evidence not in one assistant line: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"labels: {total}  " + "  ".join(f"{k}: {counts[k]}" for k in sorted(counts)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
