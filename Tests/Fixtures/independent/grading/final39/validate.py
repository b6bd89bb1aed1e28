#!/usr/bin/env python3
"""Validate this hand-labelled grading corpus.

Checks, for every set (a folder with key.yaml):
  * key.yaml, labels.yaml and every JSON transcript parse;
  * every transcript in transcripts/ is labelled, and every label names an existing transcript;
  * every key part is labelled for every transcript, and no label names a part missing from the key;
  * verdicts are one of correct/incorrect/missing/unclear; answer is null exactly when missing,
    a list of >= 2 candidates when unclear;
  * every non-null evidence string is a substring of one line of the graded assistant text
    (exports: assistant text messages of the graded branch only; copies: assistant turns only);
  * exports with several conversations name the graded one with `conversation`;
  * answers.py runs and reports that the key agrees.
Exit status 0 when clean.
"""
import json, os, re, subprocess, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_MARK = re.compile(r"^(#### You:|You said:|User:|\*\*You:\*\*|Human:)\s*$")
ASST_MARK = re.compile(r"^(#### ChatGPT:|ChatGPT said:|Assistant:|\*\*ChatGPT:\*\*|Claude:)\s*$")
errors = []


def err(msg):
    errors.append(msg)


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        parents = {n.get("parent") for n in mapping.values()}
        leaves = [k for k in mapping if k not in parents and mapping[k].get("message")]
        node = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    chain = []
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    texts = []
    for n in reversed(chain):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") == "text" and m.get("recipient", "all") == "all":
            texts.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return texts


def claude_texts(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content") or []:
            if b.get("type") == "text":
                out.append(b["text"])
    return out


def assistant_lines(path, conversation):
    if path.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if len(data) > 1 and not conversation:
            err(f"{path}: several conversations but no `conversation` in labels")
        convs = [c for c in data if (c.get("title") or c.get("name")) == conversation] if conversation else data[:1]
        if len(convs) != 1:
            err(f"{path}: conversation {conversation!r} not found exactly once")
            return []
        conv = convs[0]
        texts = chatgpt_branch(conv) if "mapping" in conv else claude_texts(conv)
        return [ln for t in texts for ln in t.split("\n")]
    lines, role = [], None
    for ln in open(path, encoding="utf-8").read().split("\n"):
        if USER_MARK.match(ln.strip()):
            role = "user"; continue
        if ASST_MARK.match(ln.strip()):
            role = "assistant"; continue
        if role == "assistant":
            lines.append(ln)
    if not lines:
        err(f"{path}: no assistant text found")
    return lines


counts = {v: 0 for v in VERDICTS}
total = 0
sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
for s in sets:
    sd = os.path.join(HERE, s)
    key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
    key_ids = {str(k) for k in key}
    labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(sd, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            err(f"{s}: transcript {f} has no labels")
    for f, lab in labels.items():
        path = os.path.join(tdir, f)
        if not os.path.isfile(path):
            err(f"{s}: labels for missing transcript {f}"); continue
        lines = assistant_lines(path, lab.get("conversation"))
        parts = {str(k): v for k, v in lab["parts"].items()}
        for pid in key_ids - parts.keys():
            err(f"{s}/{f}: key part {pid} not labelled")
        for pid in parts.keys() - key_ids:
            err(f"{s}/{f}: labelled part {pid} not in key")
        for pid, p in parts.items():
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{s}/{f}/{pid}: bad verdict {v!r}"); continue
            counts[v] += 1; total += 1
            a = p.get("answer", "absent")
            if v == "missing" and a is not None:
                err(f"{s}/{f}/{pid}: missing verdict needs answer null")
            if v != "missing" and a is None:
                err(f"{s}/{f}/{pid}: {v} verdict needs an answer")
            if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                err(f"{s}/{f}/{pid}: unclear verdict needs a list of candidates")
            ev = p.get("evidence", "absent")
            if ev == "absent":
                err(f"{s}/{f}/{pid}: evidence key absent")
            elif ev is not None and not any(ev in ln for ln in lines):
                err(f"{s}/{f}/{pid}: evidence not found on one assistant line: {ev!r}")
    r = subprocess.run([sys.executable, os.path.join(sd, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0 or "key agrees" not in r.stdout:
        err(f"{s}: answers.py disagrees with key.yaml:\n{r.stdout}{r.stderr}")

for e in errors:
    print("ERROR:", e)
print(f"{len(sets)} sets, {total} labels: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
print("clean" if not errors else f"{len(errors)} problems")
sys.exit(1 if errors else 0)
