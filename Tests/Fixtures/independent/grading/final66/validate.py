#!/usr/bin/env python3
"""Validate the final66 grading corpus.

Checks, for every set folder (one containing key.yaml):
  * key.yaml parses and every part has exactly one of answer/choice/text/shape/expression;
  * every numeric / choice / text key value agrees with the output of the set's answers.py;
  * labels.yaml labels every transcript in transcripts/ (and nothing else) for every key part, and no extra parts;
  * each verdict is correct / incorrect / missing / unclear; answer is null iff missing; unclear answers are lists of >= 2;
  * each evidence string (when not null) is a substring of ONE line of the graded assistant text:
      - ChatGPT exports: text messages (content_type "text") by role "assistant" on the graded branch
        (current_node, or the leaf with the latest create_time when current_node is absent, followed up by parent links);
      - Claude exports: "text" content blocks of assistant messages (thinking / tool_use / tool_result excluded);
      - plain transcripts: lines belonging to assistant turns (see split_plain); user turns and preambles excluded;
  * for exports holding several conversations, the label names the graded conversation, and it exists.
Exit status 0 when clean.  Prints verdict counts.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KINDS = ("answer", "choice", "text", "shape", "expression")
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ transcripts
USER_MARK = re.compile(r"^(#### You:|You said:|User:|\*\*You:\*\*|\*\*User:\*\*|Human:|## 👤 User|Q\d+:)")
ASSIST_MARK = re.compile(r"^(#### ChatGPT:|ChatGPT said:|Assistant:|\*\*ChatGPT:\*\*|\*\*Assistant:\*\*|Claude:|## 🤖 Assistant|A\d+:)")


def split_plain(text):
    """Return the assistant lines of a plain transcript.

    Turn markers start a turn (the rest of the marker line belongs to it). Text before the first
    marker is a title/preamble and is not assistant text. A file with no markers at all is bare
    assistant text. Lines starting with '>' are quoted user turns in any file.
    """
    lines = text.split("\n")
    has_marker = any(USER_MARK.match(l) or ASSIST_MARK.match(l) for l in lines)
    role = "assistant" if not has_marker else "preamble"
    out = []
    for l in lines:
        if l.startswith(">"):
            continue
        m = USER_MARK.match(l)
        if m:
            role = "user"
            continue
        m = ASSIST_MARK.match(l)
        if m:
            role = "assistant"
            l = l[m.end():]
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    return list(reversed(chain))


def chatgpt_lines(conv):
    out = []
    for n in chatgpt_branch(conv):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = m.get("content") or []
        if blocks:
            for b in blocks:
                if b.get("type") == "text":
                    out.extend(b["text"].split("\n"))
        else:
            out.extend(m.get("text", "").split("\n"))
    return out


def assistant_lines(path, label):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".json"):
        return split_plain(raw)
    data = json.loads(raw)
    convs = data if isinstance(data, list) else [data]
    title_of = lambda c: c.get("title", c.get("name"))
    want = label.get("conversation")
    if len(convs) > 1 and not want:
        err(f"{path}: export has {len(convs)} conversations but label names none")
        return []
    if want:
        hits = [c for c in convs if title_of(c) == want]
        if len(hits) != 1:
            err(f"{path}: conversation {want!r} found {len(hits)} times")
            return []
        conv = hits[0]
    else:
        conv = convs[0]
    return chatgpt_lines(conv) if "mapping" in conv else claude_lines(conv)


# ------------------------------------------------------------------ key vs answers.py
NUM = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?", re.I)


def check_key(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True, check=True).stdout
    printed = {}
    for line in out.splitlines():
        if line.strip():
            pid, _, rest = line.partition(" ")
            printed[pid] = rest
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in printed:
            err(f"{setdir}: answers.py prints nothing for {pid}")
            continue
        line = printed[pid]
        nums = [float(x) for x in NUM.findall(line)]
        if "answer" in spec:
            a = spec["answer"]
            tol = float(spec.get("tolerance", 0)) + 1e-12
            if isinstance(a, str) and "/" in a:
                if a not in line:
                    err(f"{setdir} {pid}: fraction {a} not printed ({line})")
                continue
            flat = []
            stack = [a]
            while stack:
                x = stack.pop(0)
                if isinstance(x, list):
                    stack = x + stack
                else:
                    flat.append(float(x))
            # the expected values must occur, in order, within the printed numbers
            i = 0
            for v in flat:
                while i < len(nums) and abs(nums[i] - v) > max(tol, 1e-9 * abs(v)):
                    i += 1
                if i == len(nums):
                    err(f"{setdir} {pid}: key {a} not matched by answers.py: {line}")
                    break
                i += 1
        elif "choice" in spec:
            if not re.search(r"\b%s\b" % re.escape(spec["choice"]), line):
                err(f"{setdir} {pid}: choice {spec['choice']} not in answers.py output: {line}")
        elif "text" in spec:
            if spec["text"].lower() not in line.lower():
                err(f"{setdir} {pid}: text {spec['text']} not in answers.py output: {line}")


# ------------------------------------------------------------------ main
def main():
    total = Counter()
    per_set = {}
    nlabels = 0
    for name in sorted(os.listdir(ROOT)):
        setdir = os.path.join(ROOT, name)
        if not os.path.isfile(os.path.join(setdir, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        for pid, spec in key.items():
            kinds = [k for k in KINDS if k in spec]
            if len(kinds) != 1:
                err(f"{name}: key part {pid} has kinds {kinds}")
        check_key(setdir, key)
        labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(setdir, "transcripts")
        files = sorted(f for f in os.listdir(tdir) if not f.startswith("."))
        if sorted(labels) != files:
            err(f"{name}: labelled {sorted(labels)} but transcripts are {files}")
        c = Counter()
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.isfile(path):
                continue
            lines = assistant_lines(path, lab)
            parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
            if set(parts) != set(key):
                err(f"{name}/{fname}: parts {sorted(parts)} != key {sorted(key)}")
            for pid, p in parts.items():
                where = f"{name}/{fname} {pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                c[v] += 1
                nlabels += 1
                ans = p.get("answer", "absent")
                if ans == "absent":
                    err(f"{where}: no answer field")
                if v == "missing" and ans is not None:
                    err(f"{where}: missing but answer {ans!r}")
                if v != "missing" and ans is None:
                    err(f"{where}: {v} but answer is null")
                if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and isinstance(ans, list):
                    err(f"{where}: {v} answer should be one value")
                if "evidence" not in p:
                    err(f"{where}: no evidence field")
                ev = p.get("evidence")
                if ev is None:
                    if v != "missing":
                        err(f"{where}: evidence null for a {v} label")
                elif not any(ev in l for l in lines):
                    err(f"{where}: evidence not found in one assistant line: {ev!r}")
        per_set[name] = c
        total += c
    for name, c in per_set.items():
        print(f"{name:20s} " + "  ".join(f"{k} {c[k]}" for k in sorted(VERDICTS)))
    print(f"{'TOTAL':20s} " + "  ".join(f"{k} {total[k]}" for k in sorted(VERDICTS)) + f"  (labels {nlabels})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
