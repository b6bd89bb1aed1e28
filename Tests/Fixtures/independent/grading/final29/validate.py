#!/usr/bin/env python3
"""Checks the final29 corpus: key/labels agreement, verdicts, evidence quotes.

For every set: every transcript in transcripts/ is labelled, every key part is labelled for
every transcript (and nothing else), verdicts are valid, answer/evidence shapes fit the verdict,
and every evidence string is a substring of one line of the graded assistant text:
  - plain copies: the assistant turns, split with the per-file turn markers below;
  - ChatGPT exports: text messages by the assistant on the graded branch (current_node, or the
    leaf with the latest create_time when current_node is absent), followed by parent links;
  - Claude exports: text blocks of assistant messages in the named conversation.
Run: python3 validate.py   (exit 0 when clean)
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["markov-entropy", "transformer-shapes", "numerics-sheet4"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn regex, assistant-turn regex); None = the whole file is assistant text;
# "quoted" = lines starting with '>' are the user's, all others the assistant's.
TURNS = {
    "exporter-hw6.md": (r"^#### You:", r"^#### ChatGPT:"),
    "terse-user-assistant.txt": (r"^User:", r"^Assistant:"),
    "printed-chat.txt": (r"^You said:", r"^ChatGPT said:"),
    "student-q-a-notes.md": (r"^Q\d+:", r"^A\d+:"),
    "you-said-chatgpt.md": (r"^You said:", r"^ChatGPT said:"),
    "emoji-log.md": (r"^## 👤", r"^## 🤖"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "bare-answer.txt": None,
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "quoted-user.md": "quoted",
    "multi-turn.txt": (r"^User:", r"^Assistant:"),
    "bold-user-assistant.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().splitlines()
    spec = TURNS.get(name, "MISSING")
    if spec == "MISSING":
        err(f"{name}: no turn markers configured in validate.py")
        return []
    if spec is None:
        return lines
    if spec == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = spec
    who, out, nu, na = None, [], 0, 0
    for l in lines:
        if re.match(ure, l):
            who = "user"; nu += 1
        elif re.match(are, l):
            who = "assistant"; na += 1
        if who == "assistant":
            out.append(l)
    if nu == 0 or na == 0:
        err(f"{name}: turn markers found user={nu} assistant={na}")
    return out


def chatgpt_branch(conv):
    m = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        has_child = {n["parent"] for n in m.values() if n.get("parent")}
        leaves = [k for k in m if k not in has_child and m[k].get("message")]
        cur = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    chain = []
    while cur is not None:
        chain.append(cur)
        cur = m[cur].get("parent")
    return [m[k] for k in reversed(chain)]


def export_assistant_lines(path, name, conv_title):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list):
        err(f"{name}: export is not a list"); return []
    key = "mapping" if data and "mapping" in data[0] else "chat_messages"
    title_field = "title" if key == "mapping" else "name"
    if len(data) > 1 and not conv_title:
        err(f"{name}: several conversations but no 'conversation' in labels")
        return []
    convs = [c for c in data if c.get(title_field) == conv_title] if conv_title else data
    if len(convs) != 1:
        err(f"{name}: conversation {conv_title!r} matched {len(convs)} conversations")
        return []
    conv = convs[0]
    out = []
    if key == "mapping":
        for node in chatgpt_branch(conv):
            msg = node.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            c = msg["content"]
            if c.get("content_type") != "text":
                continue
            for p in c.get("parts", []):
                if isinstance(p, str):
                    out.extend(p.splitlines())
    else:
        for msg in conv["chat_messages"]:
            if msg["sender"] != "assistant":
                continue
            for b in msg.get("content", []):
                if b.get("type") == "text":
                    out.extend(b["text"].splitlines())
    return out


def check_set(s):
    d = os.path.join(ROOT, s)
    key = yaml.safe_load(open(os.path.join(d, "key.yaml"), encoding="utf-8"))["parts"]
    key_ids = {str(k) for k in key}
    for k, v in key.items():
        if not isinstance(k, str):
            err(f"{s}/key.yaml: part id {k!r} is not a string (quote it)")
        kinds = {"answer", "shape", "choice", "text", "expression"} & set(v)
        if len(kinds) != 1:
            err(f"{s}/key.yaml: {k} has kinds {kinds}")
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(d, "transcripts")))
    if sorted(labels) != files:
        err(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
    counts = {}
    for fname, lab in labels.items():
        path = os.path.join(d, "transcripts", fname)
        if not os.path.exists(path):
            continue
        if fname.endswith(".json"):
            lines = export_assistant_lines(path, fname, lab.get("conversation"))
        else:
            if "conversation" in lab:
                err(f"{s}/{fname}: 'conversation' on a plain copy")
            lines = plain_assistant_lines(path, fname)
        parts = lab.get("parts") or {}
        got = {str(p) for p in parts}
        for p in parts:
            if not isinstance(p, str):
                err(f"{s}/{fname}: part id {p!r} is not a string")
        if got != key_ids:
            err(f"{s}/{fname}: parts {sorted(got)} != key {sorted(key_ids)}")
        for pid, L in parts.items():
            where = f"{s}/{fname}/{pid}"
            v = L.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}"); continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = L.get("answer", "ABSENT"), L.get("evidence", "ABSENT")
            if ans == "ABSENT" or ev == "ABSENT":
                err(f"{where}: answer and evidence keys are required")
            if v == "missing" and ans is not None:
                err(f"{where}: missing must have answer null")
            if v in ("correct", "incorrect"):
                if ans is None or isinstance(ans, list):
                    err(f"{where}: {v} needs one answer")
                if not ev:
                    err(f"{where}: {v} needs evidence")
            if v == "unclear" and (not isinstance(ans, list) or len(ans) < 2):
                err(f"{where}: unclear needs a list of >= 2 candidates")
            if ev and ev != "ABSENT":
                if not any(ev in line for line in lines):
                    err(f"{where}: evidence not found in one line of the graded assistant text: {ev!r}")
            extra = set(L) - {"verdict", "answer", "evidence", "note"}
            if extra:
                err(f"{where}: unknown fields {extra}")
    return counts


total = {}
for s in SETS:
    c = check_set(s)
    print(f"{s:20} {c}")
    for k, v in c.items():
        total[k] = total.get(k, 0) + v
print("total", total, "labels", sum(total.values()))
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("clean")
