#!/usr/bin/env python3
"""Checks labels.yaml against key.yaml and the transcripts of every set in this folder."""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER = re.compile(r"^(#### You:|You said:|Human:|User:|\*\*You:\*\*|## 👤|Q\d+:|>)")
ASSIST = re.compile(r"^(#### ChatGPT:|ChatGPT said:|Claude:|Assistant:|\*\*ChatGPT:\*\*|## 🤖|A\d+:)")

def plain_assistant(text):
    lines = text.splitlines()
    has_markers = any(ASSIST.match(l) for l in lines)
    out, state = [], (None if has_markers else "a")
    for l in lines:
        if ASSIST.match(l):
            state = "a"
        elif USER.match(l):
            state = "u" if not l.startswith(">") else state
            if l.startswith(">"):
                continue
        if state == "a":
            out.append(l)
    return out

def chatgpt_assistant(conv):
    m = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [k for k, n in m.items() if not n.get("children") and n.get("message")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    out, k = [], leaf
    while k:
        msg = m[k].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"].get("content_type") == "text":
            for p in msg["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.splitlines())
        k = m[k].get("parent")
    return out

def claude_assistant(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] == "assistant":
            for b in msg["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].splitlines())
    return out

def graded_lines(path, entry, errs):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not path.endswith(".json"):
        return plain_assistant(text)
    data = json.loads(text)
    name = entry.get("conversation")
    if len(data) > 1 and not name:
        errs.append(f"{path}: several conversations but no 'conversation'")
    def title(c): return c.get("title", c.get("name"))
    convs = [c for c in data if name is None or title(c) == name]
    if len(convs) != 1:
        errs.append(f"{path}: conversation {name!r} not found uniquely"); return []
    c = convs[0]
    return chatgpt_assistant(c) if "mapping" in c else claude_assistant(c)

def main():
    errs, counts, n = [], {}, 0
    for s in sorted(os.listdir(ROOT)):
        d = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(d, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
        labels = yaml.safe_load(open(os.path.join(d, "labels.yaml")))
        files = sorted(os.listdir(os.path.join(d, "transcripts")))
        if sorted(labels) != files:
            errs.append(f"{s}: labelled {sorted(labels)} vs files {files}")
        for t, entry in labels.items():
            p = os.path.join(d, "transcripts", t)
            if not os.path.exists(p):
                continue
            lines = graded_lines(p, entry, errs)
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != {str(k) for k in key}:
                errs.append(f"{s}/{t}: parts {sorted(parts)} vs key {sorted(map(str, key))}")
            for pid, lab in parts.items():
                n += 1
                v = lab.get("verdict")
                if v not in VERDICTS:
                    errs.append(f"{s}/{t}/{pid}: bad verdict {v!r}")
                counts[v] = counts.get(v, 0) + 1
                if v == "missing" and lab.get("answer") is not None:
                    errs.append(f"{s}/{t}/{pid}: missing with an answer")
                if v == "unclear" and not isinstance(lab.get("answer"), list):
                    errs.append(f"{s}/{t}/{pid}: unclear needs a list of candidates")
                ev = lab.get("evidence")
                if ev is not None and not any(ev in l for l in lines):
                    errs.append(f"{s}/{t}/{pid}: evidence not in graded assistant text: {ev[:60]!r}")
    for e in errs:
        print("ERROR", e)
    print(n, "labels", counts)
    sys.exit(1 if errs else 0)

main()
