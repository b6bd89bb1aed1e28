#!/usr/bin/env python3
"""Checks this corpus.

* every key part is labelled for every transcript, and every transcript is labelled;
* verdicts are valid; answer is null iff missing, a list of >= 2 candidates iff unclear;
* evidence is null only when missing, otherwise a substring of ONE line of the graded
  assistant text (exports: text messages of the graded branch only; plain copies: the
  assistant turns, split by the per-file turn markers below);
* `conversation` is given (and exists) for exports holding several conversations;
* answers.py runs and every value it prints agrees with key.yaml; every numeric/shape key
  is covered by answers.py.
Run: python3 validate.py     (exit status 1 on any problem)
"""
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["opt-convexity", "transformer-arith", "stats-inference"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# plain transcripts: (user-turn marker, assistant-turn marker); text on the marker line
# after the marker belongs to that turn.  "quoted" = lines starting with '>' are the user.
MARKERS = {
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "printed.txt": (r"^You said:", r"^ChatGPT said:"),
    "chat-user-assistant.md": (r"^User:", r"^Assistant:"),
    "student-notes.md": (r"^Q\d+:", r"^A\d+:"),
    "extension-export.md": (r"^#### You:", r"^#### ChatGPT:"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "emoji-dated.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "quoted-bare.md": "quoted",
}

problems = []


def err(msg):
    problems.append(msg)


# ------------------------------------------------------------------ transcripts
def plain_assistant_lines(path, name):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    spec = MARKERS.get(name)
    if spec is None:
        err(f"{path}: no turn-marker spec in validate.py")
        return []
    out = []
    if spec == "quoted":
        return [l for l in lines if not l.startswith(">")]
    user_re, asst_re = re.compile(spec[0]), re.compile(spec[1])
    who = None
    for l in lines:
        mu, ma = user_re.match(l), asst_re.match(l)
        if mu:
            who = "user"
            continue
        if ma:
            who = "assistant"
            out.append(l[ma.end():])
            continue
        if who == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while cur is not None:
        node = mapping[cur]
        chain.append(node)
        cur = node.get("parent")
    return list(reversed(chain))


def chatgpt_lines(conv):
    out = []
    for node in chatgpt_branch(conv):
        m = node.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text" or m.get("recipient", "all") != "all":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_lines(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def export_lines(path, label):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list) or not data:
        err(f"{path}: export is not a non-empty list")
        return []
    is_claude = "chat_messages" in data[0]
    titles = [c.get("name") if is_claude else c.get("title") for c in data]
    want = label.get("conversation")
    if len(data) > 1:
        if want is None:
            err(f"{path}: several conversations but no `conversation` in labels")
            return []
        if titles.count(want) != 1:
            err(f"{path}: conversation {want!r} not found exactly once in {titles}")
            return []
        conv = data[titles.index(want)]
    else:
        conv = data[0]
        if want is not None and want != titles[0]:
            err(f"{path}: conversation {want!r} != {titles[0]!r}")
    return claude_lines(conv) if is_claude else chatgpt_lines(conv)


# ------------------------------------------------------------------ key vs answers.py
def to_num(v):
    if isinstance(v, str) and "/" in v:
        return Fraction(v)
    return v


def close(a, b, tol):
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and \
            all(close(x, y, tol) for x, y in zip(a, b))
    try:
        return abs(float(to_num(a)) - float(to_num(b))) <= tol
    except (TypeError, ValueError):
        return str(a).strip().lower() == str(b).strip().lower()


def check_answers(setdir, key):
    r = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")],
                       capture_output=True, text=True)
    if r.returncode != 0:
        err(f"{setdir}/answers.py failed: {r.stderr.strip()}")
        return
    seen = set()
    for line in r.stdout.strip().split("\n"):
        pid, _, rest = line.partition(" ")
        try:
            val = json.loads(rest)
        except json.JSONDecodeError:
            val = rest.split()[0]
        if pid not in key:
            err(f"{setdir}: answers.py prints {pid}, not in key")
            continue
        seen.add(pid)
        k = key[pid]
        if "answer" in k:
            tol = k.get("tolerance", 1e-9)
            if not close(k["answer"], val, tol):
                err(f"{setdir}: key {pid}={k['answer']} but answers.py gives {val}")
        elif "shape" in k:
            if list(k["shape"]) != val:
                err(f"{setdir}: key {pid} shape {k['shape']} but answers.py gives {val}")
        elif "text" in k:
            if str(k["text"]).lower() != str(val).lower():
                err(f"{setdir}: key {pid} text {k['text']} but answers.py gives {val}")
        elif "choice" in k:
            if str(k["choice"]) != str(val):
                err(f"{setdir}: key {pid} choice {k['choice']} but answers.py gives {val}")
    for pid, k in key.items():
        if ("answer" in k or "shape" in k) and pid not in seen:
            err(f"{setdir}: numeric key {pid} not computed by answers.py")


# ------------------------------------------------------------------ labels
def main():
    counts = {v: 0 for v in VERDICTS}
    for s in SETS:
        setdir = os.path.join(ROOT, s)
        with open(os.path.join(setdir, "key.yaml"), encoding="utf-8") as fh:
            key = {str(k): v for k, v in yaml.safe_load(fh)["parts"].items()}
        check_answers(setdir, key)
        with open(os.path.join(setdir, "labels.yaml"), encoding="utf-8") as fh:
            labels = yaml.safe_load(fh)
        tdir = os.path.join(setdir, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err(f"{s}: transcript {f} not labelled")
        for f, lab in labels.items():
            path = os.path.join(tdir, f)
            if not os.path.exists(path):
                err(f"{s}: labels for missing transcript {f}")
                continue
            lines = export_lines(path, lab) if f.endswith(".json") else plain_assistant_lines(path, f)
            parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
            for pid in key:
                if pid not in parts:
                    err(f"{s}/{f}: part {pid} not labelled")
            for pid, p in parts.items():
                where = f"{s}/{f} {pid}"
                if pid not in key:
                    err(f"{where}: not a key part")
                v = p.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                a, ev = p.get("answer"), p.get("evidence")
                if v == "missing":
                    if a is not None:
                        err(f"{where}: missing but answer given")
                elif v == "unclear":
                    if not (isinstance(a, list) and len(a) >= 2 and len(set(a)) == len(a)):
                        err(f"{where}: unclear needs a list of >= 2 distinct candidates")
                else:
                    if not isinstance(a, str) or not a:
                        err(f"{where}: answer must be a non-empty string")
                if v != "missing" and not ev:
                    err(f"{where}: evidence required for {v}")
                if ev is not None:
                    if "\n" in ev or not any(ev in l for l in lines):
                        err(f"{where}: evidence not found on one line of graded assistant text: {ev!r}")
    for p in problems:
        print("PROBLEM:", p)
    total = sum(counts.values())
    print(f"labels: {total}  " + "  ".join(f"{k}={counts[k]}" for k in sorted(counts)))
    print("clean" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
