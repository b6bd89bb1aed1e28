#!/usr/bin/env python3
"""Check the corpus: labels vs keys vs transcripts.

For every set: every transcript file is labelled and every labelled file exists; every key part
is labelled for every transcript and no label names a part missing from the key; verdicts are
valid; answer is null exactly when missing and a list (>= 2 candidates) when unclear; every
evidence string is a substring of one line of the graded assistant text:
  * ChatGPT export: assistant messages with content_type "text" on the graded branch
    (current_node, or, without current_node, the leaf with the latest create_time, followed up
    by parent links) of the conversation named by `conversation` (or the only one);
  * Claude export: `text` content blocks of assistant messages of the named conversation;
  * text transcripts: lines inside assistant turns (turn markers per file below).
Exit status 0 when clean.
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn start regex, assistant-turn start regex, initial state) per text transcript
TEXT_TURNS = {
    "you-said.txt": (r"^You said:", r"^ChatGPT said:", None),
    "pdf-print.txt": (r"^  Can you solve", r"^Absolutely", None),
    "student-q-a.md": (r"^\*\*Q\d+:\*\*", r"^\*\*A\d+:\*\*", None),
    "extension-export.md": (r"^#### You:", r"^#### ChatGPT:", None),
    "emoji-dated.md": (r"^## 👤 User", r"^## 🤖 Assistant", None),
    "human-claude.txt": (r"^Human:", r"^Claude:", None),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", None),
    "user-assistant.md": (r"^User:", r"^Assistant:", None),
    "bare-answer.txt": (None, None, "assistant"),
    "quoted-turns.md": (r"^You:", r"^ChatGPT:", None),
}

errors = []


def err(msg):
    errors.append(msg)


def text_assistant_lines(path, name):
    if name not in TEXT_TURNS:
        err(f"{path}: no turn-marker rule in validate.py")
        return []
    ure, are, state = TEXT_TURNS[name]
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if ure and re.match(ure, line):
            state = "user"
            continue
        if are and re.match(are, line):
            state = "assistant"
            line = re.sub(are, "", line)
        if state == "assistant":
            out.append(line)
    return out


def pick(convs, field, wanted, path):
    if wanted is None:
        if len(convs) != 1:
            err(f"{path}: {len(convs)} conversations but no `conversation` label")
            return None
        return convs[0]
    hits = [c for c in convs if c.get(field) == wanted]
    if len(hits) != 1:
        err(f"{path}: conversation {wanted!r} found {len(hits)} times")
        return None
    return hits[0]


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        parents = {n.get("parent") for n in mapping.values()}
        leaves = [k for k in mapping if k not in parents and mapping[k].get("message")]
        cur = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    out = []
    while cur is not None:
        node = mapping[cur]
        m = node.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            for p in m["content"].get("parts", []):
                if isinstance(p, str):
                    out.extend(p.splitlines())
        cur = node.get("parent")
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = m.get("content") or []
        if blocks:
            for b in blocks:
                if b.get("type") == "text":
                    out.extend(b["text"].splitlines())
        else:
            out.extend(m.get("text", "").splitlines())
    return out


def graded_lines(path, name, label):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if not isinstance(data, list) or not data:
            err(f"{path}: export is not a non-empty list")
            return []
        if "mapping" in data[0]:
            conv = pick(data, "title", label.get("conversation"), path)
            return chatgpt_lines(conv) if conv else []
        if "chat_messages" in data[0]:
            conv = pick(data, "name", label.get("conversation"), path)
            return claude_lines(conv) if conv else []
        err(f"{path}: unknown export shape")
        return []
    return text_assistant_lines(path, name)


def main():
    sets = sorted(d for d in os.listdir(ROOT)
                  if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    counts = {}
    total = 0
    for s in sets:
        sd = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
        keyparts = {str(k) for k in key}
        for k, v in key.items():
            if not isinstance(k, str):
                err(f"{s}/key.yaml: part id {k!r} is not a string (quote it)")
            kinds = set(v) - {"tolerance", "layout"}
            if len(kinds) != 1 or not kinds <= {"answer", "shape", "choice", "text", "expression"}:
                err(f"{s}/key.yaml: part {k} has bad kind {sorted(v)}")
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
        files = sorted(os.listdir(os.path.join(sd, "transcripts")))
        if sorted(labels) != files:
            err(f"{s}: labelled {sorted(labels)} vs files {files}")
        for name, lab in labels.items():
            path = os.path.join(sd, "transcripts", name)
            if not os.path.exists(path):
                continue
            parts = lab.get("parts", {})
            for p in parts:
                if not isinstance(p, str):
                    err(f"{s}/{name}: part id {p!r} is not a string")
            got = {str(p) for p in parts}
            if got != keyparts:
                err(f"{s}/{name}: parts {sorted(got)} != key {sorted(keyparts)}")
            lines = graded_lines(path, name, lab)
            for p, L in parts.items():
                v = L.get("verdict")
                total += 1
                counts[v] = counts.get(v, 0) + 1
                where = f"{s}/{name} {p}"
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                a = L.get("answer", "ABSENT")
                if a == "ABSENT":
                    err(f"{where}: no answer field")
                if v == "missing" and a is not None:
                    err(f"{where}: missing but answer {a!r}")
                if v != "missing" and a is None:
                    err(f"{where}: {v} with null answer")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    err(f"{where}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and isinstance(a, list):
                    err(f"{where}: {v} with a list answer")
                ev = L.get("evidence", "ABSENT")
                if ev == "ABSENT":
                    err(f"{where}: no evidence field")
                elif ev is None:
                    if v != "missing":
                        err(f"{where}: null evidence for {v}")
                elif not any(ev in line for line in lines):
                    err(f"{where}: evidence not found in graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(sets)} sets, {total} labels, by verdict: {dict(sorted(counts.items()))}")
    print("CLEAN" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
