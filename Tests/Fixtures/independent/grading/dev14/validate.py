#!/usr/bin/env python3
"""Checks labels.yaml of every set: valid verdicts, every key part labelled for every transcript,
answer fields consistent with the verdict and the key, and every evidence string a substring of
one line of the graded assistant text (exports: assistant text messages of the graded branch)."""
import json, os, re, sys
from fractions import Fraction
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(User:|Human:|You:|You said:|#### You:|\*\*You:\*\*|## 👤|Q\d+:)")
ASST_RE = re.compile(r"^(Assistant:|Claude:|ChatGPT:|ChatGPT said:|#### ChatGPT:|\*\*ChatGPT:\*\*|## 🤖|A\d+:)")

def plain_assistant_lines(text):
    lines = text.split("\n")
    has_markers = any(USER_RE.match(l) or ASST_RE.match(l) for l in lines)
    role = "assistant" if not has_markers else None
    out = []
    for l in lines:
        if USER_RE.match(l): role = "user"
        elif ASST_RE.match(l): role = "assistant"
        if role == "assistant" and not l.startswith(">"):
            out.append(l)
    return out

def chatgpt_lines(convs, title):
    if title is None:
        assert len(convs) == 1, "several conversations but no 'conversation' in labels"
        conv = convs[0]
    else:
        [conv] = [c for c in convs if c.get("title") == title]
    m = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [k for k, v in m.items() if v.get("message") and not v.get("children")]
        node = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    out = []
    while node:
        msg = m[node].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"].get("content_type") == "text":
            for p in msg["content"].get("parts", []):
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        node = m[node].get("parent")
    return out

def claude_lines(convs, name):
    if name is None:
        assert len(convs) == 1
        conv = convs[0]
    else:
        [conv] = [c for c in convs if c.get("name") == name]
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] == "assistant":
            for b in msg.get("content", []):
                if b.get("type") == "text":
                    out.extend(b["text"].split("\n"))
    return out

def num(s):
    s = str(s).replace("−", "-")
    return float(Fraction(s)) if "/" in s else float(s)

def matches_key(ans, key):
    if "choice" in key: return str(ans).strip().upper() == key["choice"].upper()
    if "text" in key: return str(ans).strip().lower() == key["text"].lower()
    tol = key.get("tolerance", 1e-9)
    return abs(num(ans) - num(key["answer"])) <= tol + 1e-12

errors = []; counts = {}; total = 0
for s in sorted(os.listdir(ROOT)):
    kp = os.path.join(ROOT, s, "key.yaml")
    if not os.path.isfile(kp): continue
    key = yaml.safe_load(open(kp, encoding="utf-8"))["parts"]
    labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(ROOT, s, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        errors.append(f"{s}: labelled {sorted(labels)} vs files {files}")
    for fn, lab in labels.items():
        path = os.path.join(tdir, fn)
        if not os.path.exists(path): continue
        if fn.endswith(".json"):
            data = json.load(open(path, encoding="utf-8"))
            if "mapping" in data[0]: lines = chatgpt_lines(data, lab.get("conversation"))
            else: lines = claude_lines(data, lab.get("conversation"))
        else:
            lines = plain_assistant_lines(open(path, encoding="utf-8").read())
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(map(str, key)):
            errors.append(f"{s}/{fn}: parts {sorted(parts)} != key {sorted(map(str, key))}")
        for pid, L in parts.items():
            where = f"{s}/{fn}:{pid}"
            v = L.get("verdict"); total += 1
            counts[v] = counts.get(v, 0) + 1
            if v not in VERDICTS: errors.append(f"{where}: bad verdict {v}"); continue
            ans, ev = L.get("answer"), L.get("evidence")
            if v == "missing":
                if ans is not None: errors.append(f"{where}: missing with answer")
            elif ev is None:
                errors.append(f"{where}: no evidence")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                errors.append(f"{where}: unclear needs candidate list")
            if v in ("correct", "incorrect") and pid in map(str, key):
                k = key[pid] if pid in key else key[type(list(key)[0])(pid)]
                ok = matches_key(ans, k)
                if (v == "correct") != ok:
                    errors.append(f"{where}: answer {ans!r} vs key {k} inconsistent with {v}")
            if ev is not None and not any(ev in l for l in lines):
                errors.append(f"{where}: evidence not found in graded assistant text: {ev!r}")
for e in errors: print("ERROR", e)
print("labels:", total, counts)
sys.exit(1 if errors else 0)
