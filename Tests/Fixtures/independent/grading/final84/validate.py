#!/usr/bin/env python3
"""Validate the final84 grading corpus.

Checks, for every set folder (one containing key.yaml):
  * key.yaml parses; each numeric key value is reproduced by the set's answers.py output;
  * labels.yaml labels every transcript in transcripts/ and no other file;
  * every transcript is labelled for every key part and for no other part;
  * each verdict is one of correct/incorrect/missing/unclear, with answer null iff missing,
    answer a list of >= 2 candidates iff unclear;
  * each non-null evidence string is a substring of ONE line of the graded assistant text:
      - ChatGPT export: assistant messages with content_type "text" on the graded branch
        (current_node's ancestors; without current_node the leaf with the latest create_time);
      - Claude export: "text" blocks of assistant messages;
      - plain transcripts: lines inside assistant turns (turn markers per file, below);
  * exports holding several conversations name the graded one with `conversation`.
Prints verdict counts and exits non-zero on any problem.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn start regex, assistant-turn start regex); None = whole file is assistant text;
# "quoted" = lines starting with "> " are user text, everything else assistant text.
MARKERS = {
    "pk-you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "pk-printed.txt": (r"^You$", r"^ChatGPT$"),
    "pk-emoji.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "pk-q1a1.md": (r"^Q\d+:", r"^A\d+:"),
    "mm-user-assistant.md": (r"^User:", r"^Assistant:"),
    "mm-hash-you.md": (r"^#### You:", r"^#### ChatGPT:"),
    "mm-quoted.md": "quoted",
    "mm-bare.txt": None,
    "st-human-claude.txt": (r"^Human:", r"^Claude:"),
    "st-bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "st-user-bold.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "st-you-chatgpt.txt": (r"^You:", r"^ChatGPT:"),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(path, name):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if name not in MARKERS:
        err(f"{path}: no turn-marker rule in validate.py")
        return []
    rule = MARKERS[name]
    if rule is None:
        return lines
    if rule == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = rule
    out, state = [], None
    for l in lines:
        if re.match(ure, l):
            state = "user"
        elif re.match(are, l):
            state = "assistant"
        if state == "assistant":
            out.append(l)
    return out


def chatgpt_branch_text(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    texts = []
    while cur:
        node = mapping[cur]
        m = node.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        cur = node.get("parent")
    return list(reversed(texts))


def claude_text(conv):
    texts = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = m.get("content") or []
        if blocks:
            texts += [b["text"] for b in blocks if b.get("type") == "text"]
        else:
            texts.append(m.get("text", ""))
    return texts


def export_lines(path, label):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list) or not data:
        err(f"{path}: export is not a non-empty JSON list")
        return []
    want = label.get("conversation")
    if len(data) > 1 and not want:
        err(f"{path}: several conversations but label has no `conversation`")
        return []
    def title(c):
        return c.get("title") if "mapping" in c else c.get("name")
    convs = [c for c in data if want is None or title(c) == want]
    if len(convs) != 1:
        err(f"{path}: conversation {want!r} found {len(convs)} times")
        return []
    c = convs[0]
    texts = chatgpt_branch_text(c) if "mapping" in c else claude_text(c)
    return [l for t in texts for l in t.split("\n")]


def numbers(s):
    out = []
    for m in re.finditer(r"-?\d+(?:\.\d+)?(?:/\d+)?", s):
        t = m.group(0)
        out.append(float(Fraction(t)) if "/" in t else float(t))
    return out


def key_numbers(v):
    if isinstance(v, list):
        return [x for e in v for x in key_numbers(e)]
    if isinstance(v, str):
        return [float(Fraction(v))]
    return [float(v)]


def check_answers_py(setdir, key):
    try:
        out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")],
                             capture_output=True, text=True, check=True).stdout
    except subprocess.CalledProcessError as e:
        err(f"{setdir}/answers.py failed: {e.stderr.strip()}")
        return
    lines = {}
    for l in out.splitlines():
        if "=" in l:
            lines[l.split()[0]] = l.split("=", 1)[1]
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in lines:
            err(f"{setdir}: answers.py prints nothing for {pid}")
            continue
        got = lines[pid]
        if "answer" in spec:
            tol = float(spec.get("tolerance", 0)) + 1e-9
            have = numbers(got)
            for k in key_numbers(spec["answer"]):
                if not any(abs(k - h) <= tol for h in have):
                    err(f"{setdir}: key {pid}={spec['answer']} not matched by answers.py output {got.strip()!r}")
        elif "choice" in spec:
            if not re.search(r"\b" + re.escape(spec["choice"]) + r"\b", got):
                err(f"{setdir}: key {pid} choice {spec['choice']} not in answers.py output")
        elif "text" in spec:
            if spec["text"].lower() not in got.lower():
                err(f"{setdir}: key {pid} text {spec['text']} not in answers.py output")


def main():
    total = Counter()
    per_set = {}
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        check_answers_py(sd, key)
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(sd, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            err(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
        c = Counter()
        for name, lab in labels.items():
            path = os.path.join(tdir, name)
            if not os.path.exists(path):
                continue
            if name.endswith(".json"):
                lines = export_lines(path, lab)
            else:
                lines = plain_assistant_lines(path, name)
            parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
            if set(parts) != set(key):
                err(f"{s}/{name}: parts {sorted(parts)} != key parts {sorted(key)}")
            for pid, p in parts.items():
                where = f"{s}/{name}/{pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                c[v] += 1
                ans = p.get("answer", "<absent>")
                if v == "missing" and ans is not None:
                    err(f"{where}: missing but answer {ans!r}")
                if v != "missing" and ans is None:
                    err(f"{where}: {v} but answer is null")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{where}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    err(f"{where}: answer should be a plain string")
                ev = p.get("evidence", "<absent>")
                if ev == "<absent>":
                    err(f"{where}: evidence key absent")
                elif ev is not None:
                    if not any(ev in l for l in lines):
                        err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
                elif v != "missing":
                    err(f"{where}: {v} without evidence")
        per_set[s] = c
        total += c
    for s, c in per_set.items():
        print(f"{s:15s} " + "  ".join(f"{k}={c[k]}" for k in sorted(VERDICTS)))
    n = sum(total.values())
    print(f"{'TOTAL':15s} " + "  ".join(f"{k}={total[k]} ({100*total[k]/n:.0f}%)" for k in sorted(VERDICTS)) + f"  n={n}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
