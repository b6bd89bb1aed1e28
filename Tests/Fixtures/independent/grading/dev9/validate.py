#!/usr/bin/env python3
"""Check the dev9 labels.

* every label has a valid verdict, and answer/evidence fit the verdict
* every transcript file is labelled, and for every part of its set's key.yaml
* every evidence string is a substring of one line of the graded assistant text
  (plain copies: assistant turns found by each file's turn markers; exports: the assistant
  text messages of the graded branch / graded conversation only)
Prints counts by verdict and by answer kind.  Exit status 1 on any problem.
"""
import collections
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["rl-exam", "hypothesis-tests", "cache-pipeline"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn regex, assistant-turn regex) for plain copies; text after the marker on the
# same line belongs to the turn.  "ALL" = the whole file is assistant text; "QUOTED" = lines
# starting with "> " are the user's, the rest the assistant's.
MARKERS = {
    "rl-chatgpt-copy.md": (r"^#### You:", r"^#### ChatGPT:"),
    "rl-claude-copy.txt": (r"^Human:", r"^Claude:"),
    "rl-pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "rl-student-notes.md": (r"^Q\d+:", r"^A\d+:"),
    "stats-you-said.md": (r"^You said:", r"^ChatGPT said:"),
    "stats-emoji.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "stats-bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "arch-user-assistant.md": (r"^User:", r"^Assistant:"),
    "arch-bare.txt": "ALL",
    "arch-quoted.md": "QUOTED",
}


def plain_assistant_lines(path, name):
    text = open(path, encoding="utf-8").read()
    spec = MARKERS[name]
    lines = text.split("\n")
    if spec == "ALL":
        return lines
    if spec == "QUOTED":
        return [l for l in lines if not l.startswith(">")]
    ure, are = spec
    out, role = [], None
    for l in lines:
        m_u, m_a = re.match(ure, l), re.match(are, l)
        if m_u:
            role, l = "user", l[m_u.end():]
        elif m_a:
            role, l = "assistant", l[m_a.end():]
        if role == "assistant":
            out.append(l.strip() if (m_a) else l)
    return out


def chatgpt_lines(convs, title):
    if title is None:
        assert len(convs) == 1, "several conversations but no 'conversation' in labels"
        conv = convs[0]
    else:
        found = [c for c in convs if c.get("title") == title]
        assert len(found) == 1, f"conversation {title!r} not found once"
        conv = found[0]
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:  # latest create_time among leaves
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    lines, node = [], leaf
    branch = []
    while node is not None:
        branch.append(mapping[node])
        node = mapping[node]["parent"]
    for n in reversed(branch):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text" or m.get("recipient", "all") != "all":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                lines.extend(p.split("\n"))
    return lines


def claude_lines(convs, name):
    if name is None:
        assert len(convs) == 1, "several conversations but no 'conversation' in labels"
        conv = convs[0]
    else:
        found = [c for c in convs if c.get("name") == name]
        assert len(found) == 1, f"conversation {name!r} not found once"
        conv = found[0]
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b for b in m.get("content", []) if b.get("type") == "text"]
        if blocks:
            for b in blocks:
                lines.extend(b["text"].split("\n"))
        else:
            lines.extend(m.get("text", "").split("\n"))
    return lines


def assistant_lines(path, name, conversation):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if data and "mapping" in data[0]:
            return chatgpt_lines(data, conversation)
        return claude_lines(data, conversation)
    return plain_assistant_lines(path, name)


def kind(spec):
    if "choice" in spec:
        return "choice"
    if "text" in spec:
        return "true/false" if spec["text"] in ("true", "false") else "text"
    if "shape" in spec:
        return "shape"
    if "expression" in spec:
        return "expression"
    a = spec["answer"]
    if isinstance(a, list):
        return "matrix" if a and isinstance(a[0], list) else "vector/interval"
    if isinstance(a, str) and "/" in a:
        return "fraction"
    if isinstance(a, int):
        return "integer"
    return "decimal"


def main():
    errors = []
    by_verdict = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    per_set = {}
    for s in SETS:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
        cnt = collections.Counter()
        for name, lab in labels.items():
            path = os.path.join(tdir, name)
            if not os.path.exists(path):
                continue
            try:
                lines = assistant_lines(path, name, lab.get("conversation"))
            except AssertionError as e:
                errors.append(f"{s}/{name}: {e}")
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append(f"{s}/{name}: parts {sorted(parts)} != key {sorted(key)}")
            for pid, p in parts.items():
                where = f"{s}/{name} {pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                by_verdict[v] += 1
                cnt[v] += 1
                if pid in key:
                    by_kind[kind(key[pid])][v] += 1
                ans = p.get("answer", "<absent>")
                if v == "missing" and ans is not None:
                    errors.append(f"{where}: missing needs answer null")
                if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                    errors.append(f"{where}: unclear needs a list of >= 2 different candidates")
                if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                    errors.append(f"{where}: {v} needs a single answer")
                ev = p.get("evidence", "<absent>")
                if ev == "<absent>":
                    errors.append(f"{where}: evidence key absent")
                elif ev is not None and not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not on one assistant line: {ev!r}")
                elif ev is None and v != "missing":
                    errors.append(f"{where}: evidence null for a {v} label")
        per_set[s] = (len(files), sum(cnt.values()), dict(cnt))
    for s, (nf, nl, c) in per_set.items():
        print(f"{s:18s} transcripts={nf} labels={nl} {c}")
    print("total labels", sum(by_verdict.values()), dict(by_verdict))
    for k, c in sorted(by_kind.items()):
        print(f"  {k:16s} {sum(c.values()):3d} {dict(c)}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
