#!/usr/bin/env python3
"""Check the hand labels of this corpus.

For every set: every transcript has labels for every key part, verdicts are valid, answer
fields have the right form, and each evidence string is a substring of one line of the graded
assistant text (for exports: assistant text messages on the graded branch only).
Also re-runs answers.py for each set.  Exit status 1 on any problem."""
import json
import os
import re
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

USER_MARKERS = [r"^User:", r"^\*\*User:\*\*", r"^\*\*You:\*\*", r"^#### You:", r"^You said:",
                r"^Human:", r"^## 👤", r"^Q\d+:", r"^You:", r"^You$"]
ASSISTANT_MARKERS = [r"^Assistant:", r"^\*\*Assistant:\*\*", r"^\*\*ChatGPT:\*\*", r"^#### ChatGPT:",
                     r"^ChatGPT said:", r"^Claude:", r"^## 🤖", r"^A\d+:", r"^ChatGPT:", r"^ChatGPT$"]


def plain_assistant_lines(text):
    lines = text.splitlines()
    has_markers = any(re.match(p, l) for l in lines for p in USER_MARKERS + ASSISTANT_MARKERS)
    if not has_markers:
        if any(l.startswith(">") for l in lines):
            # quoted user turns: everything not quoted is assistant text
            return [l for l in lines if not l.startswith(">")]
        return lines  # bare assistant text
    out, role = [], None
    for l in lines:
        if any(re.match(p, l) for p in USER_MARKERS):
            role = "user"
            continue
        if any(re.match(p, l) for p in ASSISTANT_MARKERS):
            role = "assistant"
            rest = re.sub(r"^(\*\*Assistant:\*\*|Assistant:|Claude:|ChatGPT:|A\d+:)\s*", "", l)
            if rest != l and rest:
                out.append(rest)
            continue
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        children = {k: [] for k in mapping}
        for k, v in mapping.items():
            if v.get("parent"):
                children[v["parent"]].append(k)
        leaves = [k for k in mapping if not children[k] and mapping[k].get("message")]
        node = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    chain = []
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    return list(reversed(chain))


def export_assistant_lines(data, conversation):
    if isinstance(data, list) and data and "mapping" in data[0]:
        convs = data if conversation is None else [c for c in data if c.get("title") == conversation]
        assert len(convs) == 1, f"graded conversation not unique: {conversation!r}"
        lines = []
        for n in chatgpt_branch(convs[0]):
            m = n.get("message")
            if not m or m["author"]["role"] != "assistant":
                continue
            if m["content"].get("content_type") != "text":
                continue
            for p in m["content"]["parts"]:
                if isinstance(p, str):
                    lines.extend(p.splitlines())
        return lines
    if isinstance(data, list) and data and "chat_messages" in data[0]:
        convs = data if conversation is None else [c for c in data if c.get("name") == conversation]
        assert len(convs) == 1, f"graded conversation not unique: {conversation!r}"
        lines = []
        for m in convs[0]["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m["content"]:
                if b["type"] == "text":
                    lines.extend(b["text"].splitlines())
        return lines
    raise ValueError("unknown export shape")


def check_set(d, problems):
    key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml")))
    tdir = os.path.join(d, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            problems.append(f"{d}: {f} has no labels")
    counts = {}
    for f, lab in labels.items():
        path = os.path.join(tdir, f)
        if not os.path.exists(path):
            problems.append(f"{d}: labels for missing transcript {f}")
            continue
        conv = lab.get("conversation")
        if f.endswith(".json"):
            data = json.load(open(path, encoding="utf-8"))
            if len(data) > 1 and conv is None:
                problems.append(f"{f}: several conversations but no 'conversation'")
            lines = export_assistant_lines(data, conv)
        else:
            lines = plain_assistant_lines(open(path, encoding="utf-8").read())
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            problems.append(f"{f}: parts {sorted(parts)} != key {sorted(key)}")
        for pid, v in parts.items():
            verdict = v.get("verdict")
            if verdict not in VERDICTS:
                problems.append(f"{f} {pid}: bad verdict {verdict!r}")
                continue
            counts[verdict] = counts.get(verdict, 0) + 1
            ans = v.get("answer", "<absent>")
            if ans == "<absent>":
                problems.append(f"{f} {pid}: no answer field")
            if verdict == "missing" and ans is not None:
                problems.append(f"{f} {pid}: missing but answer is {ans!r}")
            if verdict == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                problems.append(f"{f} {pid}: unclear needs a list of candidates")
            if verdict in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                problems.append(f"{f} {pid}: {verdict} needs a single answer")
            ev = v.get("evidence", "<absent>")
            if ev == "<absent>":
                problems.append(f"{f} {pid}: no evidence field")
            elif ev is None:
                if verdict != "missing":
                    problems.append(f"{f} {pid}: evidence null for {verdict}")
            elif not any(ev in l for l in lines):
                problems.append(f"{f} {pid}: evidence not in graded assistant text: {ev!r}")
    return counts


def main():
    problems = []
    total = {}
    for s in sorted(os.listdir(ROOT)):
        d = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(d, "key.yaml")):
            continue
        r = subprocess.run([sys.executable, "answers.py"], cwd=d, capture_output=True, text=True)
        if r.returncode:
            problems.append(f"{s}: answers.py failed: {r.stderr}")
        c = check_set(d, problems)
        print(f"{s}: {c}")
        for k, n in c.items():
            total[k] = total.get(k, 0) + n
    print("total:", total, "labels:", sum(total.values()))
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
