#!/usr/bin/env python3
"""Check the corpus: keys vs answers.py, labels cover every key part exactly once, evidence is quoted verbatim.

Usage: python3 validate.py   (exit status 0 when clean)
"""
import collections, json, os, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []
counts = collections.Counter()


def err(msg):
    errors.append(msg)


def chatgpt_branch_text(convs, title):
    conv = [c for c in convs if c.get("title") == title]
    if len(conv) != 1:
        err(f"conversation {title!r} found {len(conv)} times")
        return []
    m = conv[0]["mapping"]
    node = conv[0].get("current_node")
    if node is None:  # latest leaf by create_time
        parents = {n.get("parent") for n in m.values()}
        leaves = [k for k in m if k not in parents and m[k].get("message")]
        node = max(leaves, key=lambda k: m[k]["message"]["create_time"] or 0)
    out = []
    while node is not None:
        msg = m[node].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"].get("content_type") == "text":
            out.append("".join(p for p in msg["content"]["parts"] if isinstance(p, str)))
        node = m[node].get("parent")
    return out[::-1]


def claude_text(convs, name):
    conv = [c for c in convs if c.get("name") == name]
    if len(conv) != 1:
        err(f"conversation {name!r} found {len(conv)} times")
        return []
    return ["".join(b["text"] for b in msg["content"] if b.get("type") == "text")
            for msg in conv[0]["chat_messages"] if msg["sender"] == "assistant"]


def graded_lines(path, label):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        data = json.loads(raw)
        title = label.get("conversation")
        if not title:
            err(f"{path}: export label needs 'conversation'")
            return []
        texts = chatgpt_branch_text(data, title) if "mapping" in data[0] else claude_text(data, title)
        return [ln for t in texts for ln in t.splitlines()]
    return raw.splitlines()  # plain copies: every line of the file (evidence chosen from assistant turns)


def close(a, b, tol):
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and all(close(x, y, tol) for x, y in zip(a, b))
    return abs(float(a) - float(b)) <= tol + 1e-9


for s in sorted(os.listdir(ROOT)):
    sdir = os.path.join(ROOT, s)
    if not os.path.isfile(os.path.join(sdir, "key.yaml")):
        continue
    key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    # answers.py agrees with key.yaml
    res = subprocess.run([sys.executable, "answers.py"], cwd=sdir, capture_output=True, text=True)
    if res.returncode:
        err(f"{s}: answers.py failed: {res.stderr}")
        computed = {}
    else:
        computed = json.loads(res.stdout.strip().splitlines()[-1])
    for pid, spec in key.items():
        if "answer" in spec and pid not in computed:
            err(f"{s}: numeric key part {pid} not computed by answers.py")
    for pid, val in computed.items():
        if pid not in key or "answer" not in key[pid]:
            err(f"{s}: answers.py part {pid} has no numeric key entry")
        elif not close(val, key[pid]["answer"], key[pid].get("tolerance", 0)):
            err(f"{s}: {pid} key {key[pid]['answer']} != computed {val}")
    # labels
    labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(sdir, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{s}: labelled {sorted(labels)} vs transcripts {files}")
    for fname, lab in labels.items():
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        parts = {str(k): v for k, v in lab["parts"].items()}
        if len(parts) != len(lab["parts"]):
            err(f"{s}/{fname}: duplicate part ids after str()")
        if set(parts) != set(key):
            err(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(key)}")
        lines = graded_lines(path, lab)
        for pid, p in parts.items():
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{s}/{fname}/{pid}: bad verdict {v!r}")
                continue
            counts[v] += 1
            ans = p.get("answer")
            if v == "missing" and ans is not None:
                err(f"{s}/{fname}/{pid}: missing but answer given")
            if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                err(f"{s}/{fname}/{pid}: unclear needs a list of >= 2 candidates")
            if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                err(f"{s}/{fname}/{pid}: {v} needs a single answer")
            ev = p.get("evidence")
            if ev is not None and not any(ev in ln for ln in lines):
                err(f"{s}/{fname}/{pid}: evidence not found verbatim: {ev!r}")
            if v != "missing" and ev is None:
                err(f"{s}/{fname}/{pid}: evidence required")

# no build by-products in the corpus
for dp, dn, fn in os.walk(ROOT):
    for f in fn:
        if f.endswith((".pdf", ".aux", ".log")):
            err(f"stray build file {os.path.join(dp, f)}")

total = sum(counts.values())
print("labels:", total, dict(sorted(counts.items())))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
