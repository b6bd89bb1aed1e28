#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

For every set: every transcript file is labelled, every key part is labelled for every
transcript, verdicts are valid, answer shapes fit the verdict, and each evidence string is a
substring of one line of the graded assistant text (exports: assistant text messages of the
graded branch only; plain copies: assistant turns as split by the file's turn markers).
Also re-runs answers.py and checks numeric key values against its output.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["s1-bayes-trees", "s2-optim-backprop", "s3-linalg-pca"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Plain transcripts: (user-turn marker regex, assistant-turn marker regex, initial mode).
# None for both markers = the whole file is assistant text.
PLAIN = {
    "chat-copy.md": (r"^User:", r"^Assistant:", "user"),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:", "user"),
    "exporter-extension.md": (r"^#### You:", r"^#### ChatGPT:", "user"),
    "student-qa.txt": (r"^Q\d+:", r"^A\d+:", "user"),
    "you-said.txt": (r"^You said:", r"^ChatGPT said:", "user"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant", "user"),
    "bare-answers.txt": (None, None, "assistant"),
    "human-claude.txt": (r"^Human:", r"^Claude:", "user"),
    "you-bold.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "user"),
    "quoted-user.md": ("QUOTE", None, "assistant"),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(path, name):
    umark, amark, mode = PLAIN[name]
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if umark == "QUOTE":
            if not line.startswith(">"):
                out.append(line)
            continue
        if umark and re.match(umark, line):
            mode = "user"
            continue
        if amark and re.match(amark, line):
            mode = "assistant"
            rest = re.sub(amark, "", line).strip()
            if rest:
                out.append(rest)
            continue
        if mode == "assistant":
            out.append(line)
    return out


def pick(convs, title_field, title, fname):
    if title is None:
        if len(convs) != 1:
            err(f"{fname}: several conversations but no 'conversation' label")
            return None
        return convs[0]
    hits = [c for c in convs if c.get(title_field) == title]
    if len(hits) != 1:
        err(f"{fname}: conversation {title!r} found {len(hits)} times")
        return None
    return hits[0]


def chatgpt_lines(convs, title, fname):
    c = pick(convs, "title", title, fname)
    if c is None:
        return []
    m = c["mapping"]
    node = c.get("current_node")
    if node is None:  # latest leaf by create_time
        leaves = [k for k, v in m.items() if not v.get("children") and v.get("message")]
        node = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    lines = []
    chain = []
    while node is not None:
        chain.append(node)
        node = m[node]["parent"]
    for k in reversed(chain):
        msg = m[k]["message"]
        if not msg or msg["author"]["role"] != "assistant":
            continue
        if msg["content"]["content_type"] != "text":
            continue
        for p in msg["content"]["parts"]:
            if isinstance(p, str):
                lines.extend(p.splitlines())
    return lines


def claude_lines(convs, title, fname):
    c = pick(convs, "name", title, fname)
    if c is None:
        return []
    lines = []
    for msg in c["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg["content"]:
            if b["type"] == "text":
                lines.extend(b["text"].splitlines())
    return lines


def assistant_lines(path, fname, title):
    if fname.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if data and "mapping" in data[0]:
            return chatgpt_lines(data, title, fname)
        return claude_lines(data, title, fname)
    if fname not in PLAIN:
        err(f"{fname}: no turn-marker config in validate.py")
        return []
    return plain_assistant_lines(path, fname)


def check_numeric_key(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")],
                         capture_output=True, text=True, check=True).stdout
    printed = {}
    for line in out.splitlines():
        pid, _, rest = line.partition(" ")
        printed[pid] = rest
    for pid, spec in key.items():
        if "answer" not in spec:
            continue
        if str(pid) not in printed:
            err(f"{setdir}: answers.py prints nothing for {pid}")
            continue
        nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", printed[str(pid)])]
        want = spec["answer"]
        if isinstance(want, str) and "/" in want:
            a, b = want.split("/")
            want = float(a) / float(b)
        flat = []
        def walk(x):
            if isinstance(x, list):
                for y in x:
                    walk(y)
            else:
                flat.append(float(x))
        walk(want)
        tol = spec.get("tolerance", 1e-9)
        # compare against the first len(flat) printed numbers (or any window for scalars)
        ok = False
        for i in range(len(nums) - len(flat) + 1):
            if all(abs(nums[i + j] - flat[j]) <= tol + 1e-9 for j in range(len(flat))):
                ok = True
                break
        if not ok:
            err(f"{setdir}: key {pid}={spec['answer']} not matched by answers.py output {printed[str(pid)]!r}")


def main():
    by_verdict = Counter()
    per_set = {}
    for s in SETS:
        setdir = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(setdir, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        check_numeric_key(setdir, key)
        labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml")))
        tdir = os.path.join(setdir, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            err(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
        cnt = Counter()
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                err(f"{s}/{fname}: no such transcript")
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                err(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(key)}")
            lines = assistant_lines(path, fname, lab.get("conversation"))
            if not lines:
                err(f"{s}/{fname}: no assistant text found")
            for pid, p in parts.items():
                v = p.get("verdict")
                where = f"{s}/{fname} {pid}"
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                cnt[v] += 1
                ans = p.get("answer")
                if v == "missing" and ans is not None:
                    err(f"{where}: missing but answer given")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    err(f"{where}: {v} needs a single answer string")
                if v == "unclear" and not (isinstance(ans, list) and len(set(ans)) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 candidates")
                ev = p.get("evidence")
                if ev is None:
                    if v != "missing":
                        err(f"{where}: evidence null for a {v} label")
                    continue
                if not any(ev in line for line in lines):
                    err(f"{where}: evidence not found in graded assistant text: {ev!r}")
        per_set[s] = cnt
        by_verdict.update(cnt)
    for s, c in per_set.items():
        print(f"{s}: {dict(sorted(c.items()))}  total {sum(c.values())}")
    print(f"ALL: {dict(sorted(by_verdict.items()))}  total {sum(by_verdict.values())}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("clean")


if __name__ == "__main__":
    main()
