#!/usr/bin/env python3
"""Checks the hand labels of every set in this folder.

- every transcript in <set>/transcripts has labels, and every labelled file exists;
- every key part is labelled for every transcript, with no extra parts;
- verdicts are valid; answer is null for missing, a list for unclear, a scalar otherwise;
- every evidence string is a substring of one line of the graded assistant text
  (exports: the assistant text messages of the graded branch / conversation only).
"""
import json, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

USER = re.compile(r"^(You said:|User:|\*\*You:\*\*|#### You:|## 👤 User|Human:|Q\d+:|> )")
ASSISTANT = re.compile(r"^(ChatGPT said:|Assistant:|\*\*ChatGPT:\*\*|#### ChatGPT:|## 🤖 Assistant|Claude:|A\d+:)")


def text_assistant_lines(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    has_markers = any(ASSISTANT.match(l) for l in lines)
    speaker = "header" if has_markers else "assistant"
    out = []
    for l in lines:
        if l.startswith("> "):
            continue  # quoted user text
        if USER.match(l):
            speaker = "user"
            continue
        if ASSISTANT.match(l):
            speaker = "assistant"
        if speaker == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    m = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:
        parents = {v.get("parent") for v in m.values()}
        leaves = [k for k, v in m.items() if k not in parents and v.get("message")]
        cur = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    path = []
    while cur:
        path.append(m[cur])
        cur = m[cur].get("parent")
    out = []
    for node in reversed(path):
        msg = node.get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        c = msg["content"]
        if c.get("content_type") == "text":
            for p in c.get("parts", []):
                if isinstance(p, str):
                    out.extend(p.splitlines())
    return out


def claude_lines(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].splitlines())
    return out


def json_assistant_lines(path, title):
    data = json.load(open(path, encoding="utf-8"))
    if title is None:
        assert len(data) == 1, f"{path}: several conversations but no 'conversation' label"
        conv = data[0]
    else:
        hits = [c for c in data if c.get("title", c.get("name")) == title]
        assert len(hits) == 1, f"{path}: conversation {title!r} not found exactly once"
        conv = hits[0]
    return chatgpt_branch(conv) if "mapping" in conv else claude_lines(conv)


def main():
    errors, counts = [], {}
    sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        key = yaml.safe_load(open(os.path.join(HERE, s, "key.yaml")))["parts"]
        labels = yaml.safe_load(open(os.path.join(HERE, s, "labels.yaml")))
        tdir = os.path.join(HERE, s, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} vs files {files}")
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                continue
            if fname.endswith(".json"):
                lines = json_assistant_lines(path, lab.get("conversation"))
            else:
                lines = text_assistant_lines(path)
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != {str(k) for k in key}:
                errors.append(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(map(str, key))}")
            for pid, p in parts.items():
                where = f"{s}/{fname}:{pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                a = p.get("answer")
                if v == "missing" and a is not None:
                    errors.append(f"{where}: missing with an answer")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append(f"{where}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and (a is None or isinstance(a, list)):
                    errors.append(f"{where}: {v} needs one answer")
                ev = p.get("evidence")
                if ev is not None and not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not found in graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    total = sum(counts.values())
    print("labels:", total, {k: counts[k] for k in sorted(counts)})
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
