#!/usr/bin/env python3
"""Self-check for the final35 corpus.

For every set: key.yaml and labels.yaml parse; every transcript in transcripts/ is labelled
and every labelled transcript exists; every key part is labelled for every transcript (and no
other part); verdicts are valid; answers have the right shape for the verdict; every evidence
string is a substring of one line of the graded assistant text.

Graded assistant text:
  ChatGPT export  the conversation named by `conversation` (or the only one); the branch from
                  current_node (or, without current_node, from the leaf with the latest
                  create_time) up through parent links; assistant messages with content_type
                  "text" only (no thoughts, reasoning_recap, code, tool output).
  Claude export   the conversation named by `conversation` (or the only one); text blocks of
                  messages whose sender is "assistant" (no thinking, tool_use, tool_result).
  .md / .txt      lines of assistant turns; user turns start at a user marker and run to the
                  next assistant marker; lines quoted with "> " are user text; text before the
                  first marker is a title. A file without markers is all assistant text.
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_MARK = re.compile(r"^(#### You:|\*\*You:\*\*|You said:|User:|Human:|## 👤 User\b.*$|Q\d+:)")
ASSISTANT_MARK = re.compile(r"^(#### ChatGPT:|\*\*ChatGPT:\*\*|ChatGPT said:|Assistant:|Claude:|## 🤖 Assistant\b.*$|A\d+:)")


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    start = conv.get("current_node")
    if not start:
        children = {k: [] for k in mapping}
        for k, n in mapping.items():
            if n.get("parent") in children:
                children[n["parent"]].append(k)
        leaves = [k for k in mapping if not children[k] and mapping[k].get("message")]
        start = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    lines = []
    node = start
    chain = []
    while node is not None:
        chain.append(node)
        node = mapping[node].get("parent")
    for nid in reversed(chain):
        m = mapping[nid].get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                lines.extend(p.split("\n"))
    return lines


def claude_lines(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines.extend(b["text"].split("\n"))
    return lines


def export_lines(path, label):
    data = json.load(open(path, encoding="utf-8"))
    assert isinstance(data, list) and data, f"{path}: export must be a non-empty list"
    title = label.get("conversation")
    if len(data) > 1:
        assert title, f"{path}: several conversations, label needs `conversation`"
    if title:
        convs = [c for c in data if c.get("title", c.get("name")) == title]
        assert len(convs) == 1, f"{path}: conversation {title!r} found {len(convs)} times"
        conv = convs[0]
    else:
        conv = data[0]
    if "mapping" in conv:
        return chatgpt_lines(conv)
    if "chat_messages" in conv:
        return claude_lines(conv)
    raise AssertionError(f"{path}: unknown export shape")


def text_lines(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    has_marks = any(USER_MARK.match(l) or ASSISTANT_MARK.match(l) for l in raw)
    state = "title" if has_marks else "assistant"
    out = []
    for l in raw:
        mu, ma = USER_MARK.match(l), ASSISTANT_MARK.match(l)
        if mu:
            state = "user"
            continue
        if ma:
            state = "assistant"
            rest = l[ma.end():].strip()
            if rest:
                out.append(rest)
            continue
        if l.startswith(">"):
            continue
        if state == "assistant":
            out.append(l)
    return out


def main():
    problems = 0
    counts = {}
    total = 0
    for set_name in sorted(os.listdir(ROOT)):
        sdir = os.path.join(ROOT, set_name)
        if not os.path.isfile(os.path.join(sdir, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
        key_ids = {str(k) for k in key}
        for k, v in key.items():
            kinds = set(v) - {"tolerance", "layout"}
            if len(kinds) != 1 or not kinds <= {"answer", "shape", "choice", "text", "expression"}:
                print(f"{set_name}: key part {k} has bad fields {sorted(v)}"); problems += 1
        labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
        files = set(os.listdir(os.path.join(sdir, "transcripts")))
        if files != set(labels):
            print(f"{set_name}: transcripts {sorted(files)} vs labelled {sorted(labels)}"); problems += 1
        for fname, lab in labels.items():
            fpath = os.path.join(sdir, "transcripts", fname)
            if not os.path.exists(fpath):
                continue
            try:
                lines = export_lines(fpath, lab) if fname.endswith(".json") else text_lines(fpath)
            except AssertionError as e:
                print(e); problems += 1; continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != key_ids:
                print(f"{set_name}/{fname}: parts {sorted(parts)} != key {sorted(key_ids)}"); problems += 1
            for pid, p in parts.items():
                total += 1
                v = p.get("verdict")
                counts[v] = counts.get(v, 0) + 1
                where = f"{set_name}/{fname} {pid}"
                if v not in VERDICTS:
                    print(f"{where}: bad verdict {v!r}"); problems += 1
                ans = p.get("answer", "absent")
                if v == "missing" and ans is not None:
                    print(f"{where}: missing needs answer null"); problems += 1
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    print(f"{where}: unclear needs a list of candidates"); problems += 1
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    print(f"{where}: answer should be a string"); problems += 1
                ev = p.get("evidence", "absent")
                if ev == "absent":
                    print(f"{where}: evidence field absent"); problems += 1
                elif ev is None:
                    if v != "missing":
                        print(f"{where}: evidence null but verdict {v}"); problems += 1
                elif not any(ev in l for l in lines):
                    print(f"{where}: evidence not in graded assistant text: {ev!r}"); problems += 1
                extra = set(p) - {"verdict", "answer", "evidence", "note"}
                if extra:
                    print(f"{where}: unknown fields {sorted(extra)}"); problems += 1
    print(f"{total} labels: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    if problems:
        print(f"{problems} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
