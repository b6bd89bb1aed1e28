#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

- every label has a valid verdict and the fields the verdict needs;
- every key part is labelled for every transcript, and no unknown part is labelled;
- every transcript file has labels and every label has a transcript file;
- each evidence string is a substring of one line of the graded assistant text
  (exports: assistant text messages of the graded branch only; plain copies: assistant turns only);
- `conversation` is given exactly for exports that hold several conversations.
Exit status 0 when clean.
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["dsp-hw6", "econ-ps3", "infotheory-hw2"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Plain transcripts: (regex starting an assistant turn, regex starting a user turn). None = special.
PLAIN = {
    "exporter-style.md": (r"^#### ChatGPT:", r"^#### You:"),
    "pdf-print.txt": (r"^ChatGPT said:", r"^You said:"),
    "student-qa.txt": (r"^A\d+:", r"^Q\d+:"),
    "you-said.md": (r"^ChatGPT said:", r"^You said:"),
    "human-claude.txt": (r"^Claude:", r"^Human:"),
    "emoji-dated.md": (r"^## 🤖 Assistant", r"^## 👤 User"),
    "bare-answer.md": "ALL",
    "user-assistant.txt": (r"^Assistant:", r"^User:"),
    "bold-you.md": (r"^\*\*ChatGPT:\*\*", r"^\*\*You:\*\*"),
    "quoted-user.md": "QUOTED",
    "you-chatgpt-plain.md": (r"^ChatGPT:", r"^You:"),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(name, text):
    mode = PLAIN[name]
    lines = text.split("\n")
    if mode == "ALL":
        return lines
    if mode == "QUOTED":
        return [l for l in lines if not l.startswith(">")]
    a_re, u_re = re.compile(mode[0]), re.compile(mode[1])
    out, state = [], None
    for l in lines:
        if a_re.match(l):
            state = "a"
            out.append(a_re.sub("", l, count=1))
            continue
        if u_re.match(l):
            state = "u"
            continue
        if state == "a":
            out.append(l)
    return out


def chatgpt_graded_texts(conv):
    m = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        leaves = [k for k, v in m.items() if not v.get("children") and v.get("message")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    chain = []
    node = leaf
    while node is not None:
        chain.append(m[node])
        node = m[node].get("parent")
    texts = []
    for n in reversed(chain):
        msg = n.get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        c = msg["content"]
        if c.get("content_type") != "text" or msg.get("recipient", "all") != "all":
            continue
        texts.append("\n".join(p for p in c.get("parts", []) if isinstance(p, str)))
    return texts


def claude_graded_texts(conv):
    texts = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in msg.get("content", []) if b.get("type") == "text"]
        texts.extend(blocks if blocks else [msg.get("text", "")])
    return texts


def export_lines(path, label):
    data = json.load(open(path, encoding="utf-8"))
    is_claude = "chat_messages" in data[0]
    title_key = "name" if is_claude else "title"
    if len(data) > 1:
        if "conversation" not in label:
            err(f"{path}: several conversations but no 'conversation' in labels")
            return []
        convs = [c for c in data if c[title_key] == label["conversation"]]
        if len(convs) != 1:
            err(f"{path}: conversation {label['conversation']!r} not found exactly once")
            return []
        conv = convs[0]
    else:
        if "conversation" in label:
            err(f"{path}: single conversation but 'conversation' given")
        conv = data[0]
    texts = claude_graded_texts(conv) if is_claude else chatgpt_graded_texts(conv)
    return [l for t in texts for l in t.split("\n")]


counts = {}
for s in SETS:
    sdir = os.path.join(ROOT, s)
    key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
    key_ids = {str(k) for k in key}
    labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(sdir, "transcripts")))
    if set(files) != set(labels):
        err(f"{s}: transcripts {files} vs labelled {sorted(labels)}")
    for fname, lab in labels.items():
        path = os.path.join(sdir, "transcripts", fname)
        if not os.path.exists(path):
            continue
        if fname.endswith(".json"):
            lines = export_lines(path, lab)
        else:
            if fname not in PLAIN:
                err(f"{s}/{fname}: no turn-marker rule in validate.py")
                continue
            if "conversation" in lab:
                err(f"{s}/{fname}: 'conversation' only for exports")
            lines = plain_assistant_lines(fname, open(path, encoding="utf-8").read())
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != key_ids:
            err(f"{s}/{fname}: labelled parts {sorted(parts)} != key parts {sorted(key_ids)}")
        for pid, p in parts.items():
            where = f"{s}/{fname}:{pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            if "answer" not in p or "evidence" not in p:
                err(f"{where}: needs answer and evidence keys")
            ans = p.get("answer")
            if v == "missing" and ans is not None:
                err(f"{where}: missing must have answer null")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{where}: unclear needs a list of candidates")
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{where}: answer should be a plain string")
            ev = p.get("evidence")
            if ev is None:
                if v != "missing":
                    err(f"{where}: evidence null for a {v} label")
                continue
            if not any(ev in l for l in lines):
                err(f"{where}: evidence not in one line of graded assistant text: {ev!r}")

for e in errors:
    print("ERROR", e)
print("verdict counts:", dict(sorted(counts.items())), "total", sum(counts.values()))
sys.exit(1 if errors else 0)
