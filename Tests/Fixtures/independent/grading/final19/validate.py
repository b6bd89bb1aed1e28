#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

- every key part is labelled for every transcript, and no extra parts;
- every verdict is valid; answer null iff missing, a list iff unclear;
- every evidence string is a substring of one line of the graded assistant text
  (exports: assistant text messages of the graded branch only; plain copies: the
  assistant turns, found with per-file turn markers).
Exit status 0 when clean.
"""
import json
import os
import re
import sys
from collections import Counter

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["em-exam", "orgchem-stoich", "game-theory"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn marker, assistant-turn marker) regexes matched at the start of a line.
MARKERS = {
    "pdf-print.txt": (r"You said:", r"ChatGPT said:"),
    "exporter-copy.md": (r"#### You:", r"#### ChatGPT:"),
    "claude-chat.txt": (r"Human:", r"Claude:"),
    "student-q-a.md": (r"Q\d+:", r"A\d+:"),
    "you-said-copy.md": (r"You said:", r"ChatGPT said:"),
    "emoji-headings.md": (r"## 👤 User", r"## 🤖 Assistant"),
    "user-assistant.txt": (r"User:", r"Assistant:"),
    "bold-you.md": (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*"),
    "quoted-user.md": (r">", None),      # quoted lines are the user; everything else assistant
    "bare-assistant.txt": (None, None),  # assistant text only
}


def plain_assistant_text(name, raw):
    um, am = MARKERS[name]
    if um is None and am is None:
        return raw
    if am is None:
        return "\n".join(l for l in raw.splitlines() if not re.match(um, l))
    out, who = [], None
    for line in raw.splitlines():
        if re.match(um, line):
            who = "user"
            continue
        m = re.match(am, line)
        if m:
            who = "assistant"
            rest = line[m.end():]
            if rest.strip():
                out.append(rest)
            continue
        if who == "assistant":
            out.append(line)
    return "\n".join(out)


def chatgpt_text(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:
        parents = {n.get("parent") for n in mapping.values()}
        leaves = [k for k, n in mapping.items() if k not in parents and n.get("message")]
        cur = max(leaves, key=lambda k: mapping[k]["message"]["create_time"] or 0)
    texts = []
    while cur:
        node = mapping[cur]
        m = node.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        cur = node.get("parent")
    return "\n".join(reversed(texts))


def claude_text(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content") or []:
            if b.get("type") == "text":
                out.append(b["text"])
    return "\n".join(out)


def export_text(path, conv_name, errors, tname):
    data = json.load(open(path, encoding="utf-8"))
    if conv_name is None:
        if len(data) != 1:
            errors.append("%s: several conversations but no 'conversation' label" % tname)
            return ""
        conv = data[0]
    else:
        hits = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(hits) != 1:
            errors.append("%s: conversation %r not found exactly once" % (tname, conv_name))
            return ""
        conv = hits[0]
    return chatgpt_text(conv) if "mapping" in conv else claude_text(conv)


def main():
    errors = []
    tally, kinds, total = Counter(), Counter(), 0
    for s in SETS:
        d = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(d, "labels.yaml")))
        files = sorted(os.listdir(os.path.join(d, "transcripts")))
        if sorted(labels) != files:
            errors.append("%s: labelled %s vs files %s" % (s, sorted(labels), files))
        for tname, lab in labels.items():
            path = os.path.join(d, "transcripts", tname)
            if not os.path.exists(path):
                continue
            if tname.endswith(".json"):
                text = export_text(path, lab.get("conversation"), errors, tname)
            else:
                if tname not in MARKERS:
                    errors.append("%s: no turn markers configured" % tname)
                    continue
                text = plain_assistant_text(tname, open(path, encoding="utf-8").read())
            lines = text.splitlines()
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append("%s/%s: parts %s != key %s" % (s, tname, sorted(parts), sorted(key)))
            for pid, p in parts.items():
                total += 1
                v = p.get("verdict")
                tally[v] += 1
                kinds[next(iter(k for k in key.get(pid, {}) if k != "tolerance"), "?")] += 1
                where = "%s/%s %s" % (s, tname, pid)
                if v not in VERDICTS:
                    errors.append("%s: bad verdict %r" % (where, v))
                if (v == "missing") != (p.get("answer") is None):
                    errors.append("%s: answer must be null exactly when missing" % where)
                if (v == "unclear") != isinstance(p.get("answer"), list):
                    errors.append("%s: answer must be a list exactly when unclear" % where)
                ev = p.get("evidence")
                if ev is not None and not any(ev in l for l in lines):
                    errors.append("%s: evidence not in one assistant line: %r" % (where, ev))
                if ev is None and v != "missing":
                    errors.append("%s: evidence null on a non-missing label" % where)
    for e in errors:
        print("ERROR", e)
    print("labels:", total, dict(tally))
    print("by answer kind:", dict(kinds))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
