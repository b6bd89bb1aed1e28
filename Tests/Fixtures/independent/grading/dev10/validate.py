#!/usr/bin/env python3
"""Checks the hand labels of this corpus: verdicts, coverage of every key part for every
transcript, and that each evidence string is a substring of one line of the graded
assistant text (for exports: assistant text messages on the graded branch only).
Also runs each set's answers.py, which asserts that the key agrees with the computation."""
import json, os, re, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(User:|\*\*You:\*\*|#### You:|You said:|Human:|## 👤|Q\d+:)")
ASST_RE = re.compile(r"^(Assistant:|\*\*ChatGPT:\*\*|#### ChatGPT:|ChatGPT said:|Claude:|## 🤖|A\d+:)")
errors = []


def err(msg):
    errors.append(msg)


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        children = {k: [] for k in mapping}
        for k, v in mapping.items():
            if v.get("parent"):
                children[v["parent"]].append(k)
        leaves = [k for k in mapping if not children[k] and mapping[k].get("message")]
        node = max(leaves, key=lambda k: mapping[k]["message"]["create_time"] or 0)
    texts = []
    while node:
        m = mapping[node].get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text" \
                and m.get("recipient", "all") == "all":
            texts.append("".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = mapping[node].get("parent")
    return texts[::-1]


def export_text(path, conversation):
    data = json.load(open(path, encoding="utf-8"))
    title_key = "title" if "mapping" in data[0] else "name"
    if conversation is None:
        if len(data) != 1:
            err(f"{path}: several conversations but no 'conversation' in labels")
            return []
        conv = data[0]
    else:
        found = [c for c in data if c[title_key] == conversation]
        if len(found) != 1:
            err(f"{path}: conversation {conversation!r} found {len(found)} times")
            return []
        conv = found[0]
    if title_key == "title":
        texts = chatgpt_branch(conv)
    else:
        texts = [b["text"] for m in conv["chat_messages"] if m["sender"] == "assistant"
                 for b in m["content"] if b["type"] == "text"]
    return [ln for t in texts for ln in t.split("\n")]


def plain_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    has_markers = any(USER_RE.match(l) or ASST_RE.match(l) for l in lines)
    out, in_asst = [], not has_markers
    for l in lines:
        if USER_RE.match(l):
            in_asst = False
            continue
        m = ASST_RE.match(l)
        if m:
            in_asst = True
            out.append(l[m.end():])
            continue
        if in_asst and not l.startswith(">"):
            out.append(l)
    return out


def check_set(d):
    key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
    key_ids = {str(k) for k in key}
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml")))
    tdir = os.path.join(d, "transcripts")
    files = set(os.listdir(tdir))
    if files != set(labels):
        err(f"{d}: transcripts {sorted(files)} vs labelled {sorted(labels)}")
    counts = {}
    r = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0:
        err(f"{d}/answers.py failed: {r.stderr.strip()}")
    for fname, lab in labels.items():
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        lines = export_text(path, lab.get("conversation")) if fname.endswith(".json") else plain_text(path)
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != key_ids:
            err(f"{d}/{fname}: labelled parts {sorted(parts)} vs key {sorted(key_ids)}")
        for pid, p in parts.items():
            where = f"{os.path.basename(d)}/{fname} {pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = p.get("answer"), p.get("evidence")
            if v == "missing" and ans is not None:
                err(f"{where}: missing but answer given")
            if v != "missing" and ans is None:
                err(f"{where}: answer is null")
            if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                err(f"{where}: unclear needs a list of 2+ candidates")
            if v != "missing" and ev is None:
                err(f"{where}: no evidence")
            if ev is not None and not any(ev in ln for ln in lines):
                err(f"{where}: evidence not found in graded assistant text: {ev!r}")
    return counts


total = {}
for name in sorted(os.listdir(ROOT)):
    d = os.path.join(ROOT, name)
    if os.path.isfile(os.path.join(d, "key.yaml")):
        c = check_set(d)
        print(f"{name}: {sum(c.values())} labels {dict(sorted(c.items()))}")
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
print(f"total: {sum(total.values())} labels {dict(sorted(total.items()))}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
