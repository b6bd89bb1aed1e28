#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

- every label has a valid verdict; answer is null iff missing; unclear lists >= 2 candidates
- every key part is labelled for every transcript, and no extra parts are labelled
- every transcript file has labels and every label has a transcript file
- each evidence string is a substring of one line of the graded assistant text:
  ChatGPT export: assistant text messages on the branch ending at current_node (or, without
  current_node, the leaf with the latest create_time), walked up by parent links;
  Claude export: text blocks of assistant messages of the named conversation;
  plain copies: lines of assistant turns, split by each file's turn markers.
Prints counts by verdict and by answer kind; exits 1 on any problem.
"""
import collections
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# file name -> (user-turn regex, assistant-turn regex); "bare" = whole file is assistant text;
# "quoted" = lines starting with '>' are the user's, everything else the assistant's
MARKERS = {
    "thermo-chatgpt-copy.md": (r"^#### You:", r"^#### ChatGPT:"),
    "thermo-pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "thermo-claude-copy.txt": (r"^Human:", r"^Claude:"),
    "thermo-student-notes.txt": (r"^Q\d+:", r"^A\d+:"),
    "combi-you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "combi-emoji.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "combi-correction.md": (r"^\*\*You:\*\*", r"^\*\*Assistant:\*\*"),
    "queue-user-assistant.txt": (r"^User:", r"^Assistant:"),
    "queue-bare.md": "bare",
    "queue-quoted.md": "quoted",
    "queue-bold-markers.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
}


def plain_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    mode = MARKERS[name]
    if mode == "bare":
        return lines
    if mode == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = (re.compile(m) for m in mode)
    out, who = [], None
    for l in lines:
        mu, ma = ure.match(l), are.match(l)
        if mu:
            who, l = "user", l[mu.end():]
        elif ma:
            who, l = "assistant", l[ma.end():]
        if who == "assistant":
            out.append(l)
    return out


def pick_conv(data, title, key):
    if title is None:
        if len(data) != 1:
            raise ValueError("export holds several conversations but the label names none")
        return data[0]
    hits = [c for c in data if c.get(key) == title]
    if len(hits) != 1:
        raise ValueError(f"conversation {title!r} not found exactly once")
    return hits[0]


def chatgpt_lines(conv):
    m = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in m.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    while node:
        n = m[node]
        msg = n.get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"]["content_type"] == "text":
            for p in msg["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        node = n.get("parent")
    return out


def claude_lines(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def graded_lines(path, name, conversation):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if "mapping" in data[0]:
            return chatgpt_lines(pick_conv(data, conversation, "title"))
        return claude_lines(pick_conv(data, conversation, "name"))
    return plain_assistant_lines(path, name)


def kind(spec):
    if "choice" in spec:
        return "choice"
    if "shape" in spec:
        return "shape"
    if "text" in spec:
        return "true/false"
    if "expression" in spec:
        return "expression"
    a = spec["answer"]
    if isinstance(a, list):
        return "matrix" if a and isinstance(a[0], list) else "vector"
    if isinstance(a, str):
        return "fraction"
    return "decimal" if isinstance(a, float) else "integer"


def main():
    errors = []
    by_verdict, by_kind, by_set = collections.Counter(), collections.Counter(), collections.Counter()
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml")))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = set(os.listdir(tdir))
        if files != set(labels):
            errors.append(f"{s}: transcripts {sorted(files ^ set(labels))} labelled/present mismatch")
        for tname, lab in labels.items():
            path = os.path.join(tdir, tname)
            if not os.path.exists(path):
                continue
            try:
                lines = graded_lines(path, tname, lab.get("conversation"))
            except Exception as e:  # noqa: BLE001
                errors.append(f"{s}/{tname}: {e}")
                lines = []
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append(f"{s}/{tname}: parts {sorted(set(parts) ^ set(key))} mismatch with key")
            for pid, p in parts.items():
                where = f"{s}/{tname}/{pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                by_verdict[v] += 1
                by_set[s] += 1
                if pid in key:
                    by_kind[kind(key[pid])] += 1
                ans = p.get("answer")
                if (v == "missing") != (ans is None):
                    errors.append(f"{where}: answer must be null exactly when missing")
                if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                    errors.append(f"{where}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    errors.append(f"{where}: answer should be a plain string")
                ev = p.get("evidence")
                if ev is None:
                    if v != "missing":
                        errors.append(f"{where}: evidence is null for a non-missing verdict")
                    continue
                if not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not on any graded assistant line: {ev!r}")
    n = sum(by_verdict.values())
    print(f"{n} labels in {len(sets)} sets:", dict(by_set))
    print("by verdict:", {k: f"{c} ({100 * c / n:.0f}%)" for k, c in sorted(by_verdict.items())})
    print("by answer kind:", dict(sorted(by_kind.items())))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
