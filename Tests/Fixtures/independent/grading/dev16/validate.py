#!/usr/bin/env python3
"""Checks labels.yaml against key.yaml and the transcripts of every set in this folder."""
import json, os, re, sys, yaml
ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(You said:|User:|\*\*You:\*\*|\*\*User:\*\*|#### You:|## 👤|Human:|Q\d+:)")
ASST_RE = re.compile(r"^(ChatGPT said:|Assistant:|\*\*ChatGPT:\*\*|\*\*Assistant:\*\*|#### ChatGPT:|## 🤖|Claude:|A\d+:)")

def text_assistant(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    has_markers = any(USER_RE.match(l) or ASST_RE.match(l) for l in lines)
    has_quotes = any(l.startswith("> ") for l in lines)
    state = "assistant" if not has_markers else "other"
    out = []
    for l in lines:
        if USER_RE.match(l): state = "user"; continue
        m = ASST_RE.match(l)
        if m: state = "assistant"; out.append(l[m.end():]); continue
        if has_quotes and l.startswith(">"): state = "user_q"; continue
        if state == "user_q" and l.strip(): state = "assistant"
        if state == "assistant": out.append(l)
    return out

def chatgpt_assistant(convs, title):
    cands = [c for c in convs if title is None or c["title"] == title]
    if len(cands) != 1: raise ValueError(f"conversation {title!r}: {len(cands)} matches")
    c = cands[0]; mp = c["mapping"]
    node = c.get("current_node")
    if not node:
        msgs = [n for n in mp.values() if n["message"] and not n.get("children")]
        node = max(msgs, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    while node:
        n = mp[node]; m = n["message"]
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            for p in m["content"]["parts"]:
                if isinstance(p, str): out[:0] = p.splitlines()
        node = n.get("parent")
    return out

def claude_assistant(convs, name):
    cands = [c for c in convs if name is None or c["name"] == name]
    if len(cands) != 1: raise ValueError(f"conversation {name!r}: {len(cands)} matches")
    out = []
    for m in cands[0]["chat_messages"]:
        if m["sender"] == "assistant":
            for b in m["content"]:
                if b["type"] == "text": out += b["text"].splitlines()
    return out

def assistant_lines(path, conv):
    if path.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        return claude_assistant(data, conv) if "chat_messages" in data[0] else chatgpt_assistant(data, conv)
    return text_assistant(path)

errors = 0; counts = {}; n = 0
def err(msg):
    global errors; errors += 1; print("ERROR", msg)
for s in sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml"))):
    key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml")))["parts"]
    labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml")))
    tdir = os.path.join(ROOT, s, "transcripts")
    files = sorted(os.listdir(tdir))
    if set(files) != set(labels): err(f"{s}: transcripts {files} vs labelled {sorted(labels)}")
    for t, lab in labels.items():
        path = os.path.join(tdir, t)
        try: lines = assistant_lines(path, lab.get("conversation"))
        except Exception as e: err(f"{s}/{t}: {e}"); continue
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != {str(k) for k in key}: err(f"{s}/{t}: parts {sorted(parts)} vs key {sorted(map(str, key))}")
        for pid, v in parts.items():
            n += 1; vd = v.get("verdict"); counts[vd] = counts.get(vd, 0) + 1
            if vd not in VERDICTS: err(f"{s}/{t}/{pid}: bad verdict {vd!r}")
            if vd == "missing" and v.get("answer") is not None: err(f"{s}/{t}/{pid}: missing with an answer")
            if vd == "unclear" and not (isinstance(v.get("answer"), list) and len(v["answer"]) >= 2): err(f"{s}/{t}/{pid}: unclear needs candidate list")
            if vd in ("correct", "incorrect") and v.get("answer") is None: err(f"{s}/{t}/{pid}: answer required")
            ev = v.get("evidence")
            if vd != "missing" and not ev: err(f"{s}/{t}/{pid}: evidence required")
            if ev and not any(ev in l for l in lines): err(f"{s}/{t}/{pid}: evidence not in graded assistant text: {ev!r}")
print(f"{n} labels", counts)
sys.exit(1 if errors else 0)
