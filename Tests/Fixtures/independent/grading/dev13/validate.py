#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

- every transcript file has labels and every label file entry has a transcript;
- every key part is labelled for every transcript, and no extra parts are labelled;
- verdicts are valid; answer is null exactly for `missing`, a list of >= 2 for `unclear`;
- each evidence string is a substring of one line of the graded assistant text
  (exports: assistant text messages of the graded branch only; chat copies: assistant turns);
- exports with several conversations name the graded one.
Run: python3 validate.py   (exit status 1 on any problem)
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

USER_MARK = [r"^#### You:", r"^## 👤", r"^You said:", r"^Human:", r"^User:", r"^\*\*You:\*\*", r"^Q\d+:"]
ASSIST_MARK = [r"^#### ChatGPT:", r"^## 🤖", r"^ChatGPT said:", r"^Claude:", r"^Assistant:", r"^\*\*ChatGPT:\*\*", r"^A\d+:"]


def plain_assistant_lines(text):
    lines = text.split("\n")
    has_marker = any(re.match(p, l) for l in lines for p in USER_MARK + ASSIST_MARK)
    if not has_marker:
        return lines                      # bare assistant text
    role, out = None, []
    for l in lines:
        if any(re.match(p, l) for p in USER_MARK):
            role = "user"
        elif any(re.match(p, l) for p in ASSIST_MARK):
            role = "assistant"
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_graded_texts(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    texts = []
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text" \
                and m.get("recipient", "all") == "all":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return texts[::-1]


def claude_graded_texts(conv):
    texts = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                texts.append(b["text"])
    return texts


def graded_lines(path, conv_name, errors):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".json"):
        return plain_assistant_lines(raw)
    data = json.loads(raw)
    if len(data) > 1 and not conv_name:
        errors.append(f"{path}: export has {len(data)} conversations but no `conversation` label")
        return []
    if conv_name:
        convs = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(convs) != 1:
            errors.append(f"{path}: conversation {conv_name!r} not found exactly once")
            return []
        conv = convs[0]
    else:
        conv = data[0]
    texts = chatgpt_graded_texts(conv) if "mapping" in conv else claude_graded_texts(conv)
    return [l for t in texts for l in t.split("\n")]


def main():
    errors = []
    counts = {}
    total = 0
    for s in sorted(os.listdir(ROOT)):
        sdir = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(sdir, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
        key_ids = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(sdir, "transcripts")
        files = set(os.listdir(tdir))
        for f in files - set(labels):
            errors.append(f"{s}: transcript {f} has no labels")
        for f in set(labels) - files:
            errors.append(f"{s}: labels for missing transcript {f}")
        for f, entry in labels.items():
            if f not in files:
                continue
            extra = set(entry) - {"conversation", "parts"}
            if extra:
                errors.append(f"{s}/{f}: unexpected keys {extra}")
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != key_ids:
                errors.append(f"{s}/{f}: parts {sorted(parts)} != key {sorted(key_ids)}")
            lines = graded_lines(os.path.join(tdir, f), entry.get("conversation"), errors)
            for pid, lab in parts.items():
                v = lab.get("verdict")
                where = f"{s}/{f}/{pid}"
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                total += 1
                a = lab.get("answer", "MISSINGKEY")
                if a == "MISSINGKEY":
                    errors.append(f"{where}: no answer field")
                elif v == "missing" and a is not None:
                    errors.append(f"{where}: missing verdict with non-null answer")
                elif v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append(f"{where}: unclear needs a list of candidates")
                elif v in ("correct", "incorrect") and (a is None or isinstance(a, list)):
                    errors.append(f"{where}: {v} needs a single answer")
                ev = lab.get("evidence", "MISSINGKEY")
                if ev == "MISSINGKEY":
                    errors.append(f"{where}: no evidence field")
                elif ev is not None and not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not found in graded assistant text: {ev!r}")
                if v != "missing" and ev is None:
                    errors.append(f"{where}: {v} without evidence")
    for e in errors:
        print("ERROR", e)
    print(f"{total} labels:", ", ".join(f"{k} {counts.get(k, 0)}" for k in sorted(VERDICTS)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
