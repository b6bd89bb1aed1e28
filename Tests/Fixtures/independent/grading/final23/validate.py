#!/usr/bin/env python3
"""Checks labels against keys and transcripts, and keys against answers.py output."""
import json, os, sys, subprocess, ast, yaml
ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []

def chatgpt_text(convs, title):
    if title is not None:
        convs = [c for c in convs if c.get("title") == title]
    if len(convs) != 1:
        raise ValueError("conversation not unique: %r" % title)
    m = convs[0]["mapping"]
    node = convs[0].get("current_node")
    if node is None:
        parents = {n["parent"] for n in m.values() if n.get("parent")}
        leaves = [k for k, n in m.items() if k not in parents and n.get("message")]
        node = max(leaves, key=lambda k: m[k]["message"]["create_time"] or 0)
    out = []
    while node:
        msg = m[node].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"]["content_type"] == "text":
            out.extend(p for p in msg["content"]["parts"] if isinstance(p, str))
        node = m[node].get("parent")
    return out

def claude_text(convs, name):
    if name is not None:
        convs = [c for c in convs if c.get("name") == name]
    if len(convs) != 1:
        raise ValueError("conversation not unique: %r" % name)
    out = []
    for msg in convs[0]["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in msg.get("content", []) if b.get("type") == "text"]
        out.extend(blocks or [msg.get("text", "")])
    return out

def graded_lines(path, conv):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        data = json.loads(raw)
        texts = claude_text(data, conv) if "chat_messages" in data[0] else chatgpt_text(data, conv)
        raw = "\n".join(texts)
    return raw.splitlines()

counts = {}
for s in sorted(os.listdir(ROOT)):
    sd = os.path.join(ROOT, s)
    if not os.path.isfile(os.path.join(sd, "key.yaml")):
        continue
    key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    # key vs answers.py
    out = subprocess.run([sys.executable, os.path.join(sd, "answers.py")], capture_output=True, text=True, check=True).stdout
    printed = {}
    for line in out.splitlines():
        pid, _, val = line.partition(" ")
        printed[pid] = val.split(" (")[0].split(" exact")[0]
    for pid, spec in key.items():
        if pid not in printed:
            errors.append(f"{s}: answers.py does not print {pid}"); continue
        v = printed[pid]
        if "answer" in spec:
            a = spec["answer"]; tol = spec.get("tolerance", 1e-9)
            got = ast.literal_eval(v)
            if isinstance(a, list):
                ok = len(a) == len(got) and all(abs(x - y) <= tol for x, y in zip(a, got))
            else:
                ok = abs(float(got) - a) <= tol
        else:
            want = spec.get("choice") or spec.get("text")
            ok = v.strip() == str(want)
        if not ok:
            errors.append(f"{s}: key {pid}={spec} but answers.py prints {v}")
    labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
    tdir = os.path.join(sd, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        errors.append(f"{s}: labelled {sorted(labels)} vs files {files}")
    for fn, lab in labels.items():
        path = os.path.join(tdir, fn)
        if not os.path.exists(path):
            continue
        lines = graded_lines(path, lab.get("conversation"))
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            errors.append(f"{s}/{fn}: parts {sorted(parts)} vs key {sorted(key)}")
        for pid, p in parts.items():
            v = p.get("verdict")
            counts[v] = counts.get(v, 0) + 1
            if v not in VERDICTS:
                errors.append(f"{s}/{fn} {pid}: bad verdict {v}")
            if v == "missing" and p.get("answer") is not None:
                errors.append(f"{s}/{fn} {pid}: missing with an answer")
            if v == "unclear" and not isinstance(p.get("answer"), list):
                errors.append(f"{s}/{fn} {pid}: unclear needs a list of candidates")
            if v in ("correct", "incorrect") and p.get("evidence") is None:
                errors.append(f"{s}/{fn} {pid}: no evidence")
            ev = p.get("evidence")
            if ev is not None and not any(ev in line for line in lines):
                errors.append(f"{s}/{fn} {pid}: evidence not found: {ev!r}")
print("verdicts:", counts, "total", sum(counts.values()))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
