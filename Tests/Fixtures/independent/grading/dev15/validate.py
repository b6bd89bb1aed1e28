#!/usr/bin/env python3
"""Checks the labels of this corpus.

- every transcript in <set>/transcripts has labels, and every key part is labelled for it;
- verdicts are valid and the answer field has the right form for the verdict;
- correct/incorrect numeric answers agree/disagree with the key (within its tolerance);
- each evidence string is a substring of one line of the graded assistant text
  (exports: assistant text messages on the graded branch only).
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["orbital-mechanics", "corporate-finance", "enzyme-kinetics"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# plain transcripts: (user-turn regex, assistant-turn regex, role at start of file)
PLAIN = {
    "exporter-extension.md": (r"^#### You:", r"^#### ChatGPT:", "none"),
    "printed-chat.txt": (r"^You said:", r"^ChatGPT said:", "none"),
    "claude-copy.txt": (r"^Human:", r"^Claude:", "none"),
    "student-notes.txt": (r"^(Q\d+:|\(I didn't)", r"^A\d+:", "none"),
    "you-said.md": (r"^You said:", r"^ChatGPT said:", "none"),
    "emoji-log.md": (r"^## 👤 User", r"^## 🤖 Assistant", "none"),
    "bare-answer.txt": (None, None, "assistant"),
    "user-assistant.txt": (r"^User:", r"^Assistant:", "none"),
    "quoted-turns.md": (r"^>", r"^(?!>)", "none"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "none"),
    "you-chatgpt.txt": (r"^You:", r"^ChatGPT:", "none"),
}


def plain_assistant_lines(path, name):
    user_re, asst_re, role = PLAIN[name]
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if name == "quoted-turns.md":
            role = "user" if line.startswith(">") else "assistant"
        else:
            if user_re and re.match(user_re, line):
                role = "user"
            elif asst_re and re.match(asst_re, line):
                role = "assistant"
        if role == "assistant":
            out.append(line)
    return out


def chatgpt_branch_texts(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    texts = []
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return list(reversed(texts))


def export_assistant_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if conv_name is None:
        if len(data) != 1:
            raise ValueError(f"{path}: several conversations but no 'conversation' in labels")
        conv = data[0]
    else:
        hits = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(hits) != 1:
            raise ValueError(f"{path}: conversation {conv_name!r} not found exactly once")
        conv = hits[0]
    if "mapping" in conv:
        texts = chatgpt_branch_texts(conv)
    else:
        texts = []
        for m in conv["chat_messages"]:
            if m["sender"] == "assistant":
                texts += [b["text"] for b in m["content"] if b.get("type") == "text"]
    return [line for t in texts for line in t.splitlines()]


def num(s):
    return float(str(s).replace(",", ""))


def main():
    errors = []
    counts = {}
    total = 0
    for s in SETS:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml")))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} vs files {files}")
        for name, lab in labels.items():
            path = os.path.join(tdir, name)
            if not os.path.exists(path):
                continue
            if name.endswith(".json"):
                lines = export_assistant_lines(path, lab.get("conversation"))
            else:
                lines = plain_assistant_lines(path, name)
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append(f"{s}/{name}: parts {sorted(parts)} != key {sorted(key)}")
            for pid, p in parts.items():
                total += 1
                v = p.get("verdict")
                counts[v] = counts.get(v, 0) + 1
                where = f"{s}/{name} {pid}"
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                ans, ev = p.get("answer"), p.get("evidence")
                if v == "missing" and ans is not None:
                    errors.append(f"{where}: missing but answer {ans!r}")
                if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                    errors.append(f"{where}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    errors.append(f"{where}: answer should be a string")
                if v in ("correct", "incorrect") and ev is None:
                    errors.append(f"{where}: evidence required")
                if ev is not None and not any(ev in line for line in lines):
                    errors.append(f"{where}: evidence not in graded assistant text: {ev!r}")
                k = key.get(pid, {})
                if v in ("correct", "incorrect") and isinstance(ans, str):
                    if "answer" in k:
                        tol = k.get("tolerance", 1e-9)
                        same = abs(num(ans) - float(k["answer"])) <= tol + 1e-12
                    elif "choice" in k:
                        same = ans.strip().upper() == k["choice"]
                    elif "text" in k:
                        same = ans.strip().lower() == k["text"]
                    else:
                        same = ans.replace(" ", "") == k["expression"].replace(" ", "")
                    if same != (v == "correct"):
                        errors.append(f"{where}: verdict {v} but answer {ans!r} vs key {k}")
    for e in errors:
        print("ERROR", e)
    print(f"{total} labels; " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
