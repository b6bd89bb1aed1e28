#!/usr/bin/env python3
"""Validate the corpus: labels vs key vs transcripts, answers.py vs key, generator reproducibility.

Usage: python3 validate.py        (exit status 0 when clean)
"""
import hashlib
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(User:|#### You:|You said:|## 👤 User|Human:|\*\*You:\*\*|You:|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|#### ChatGPT:|ChatGPT said:|## 🤖 Assistant|Claude:|\*\*ChatGPT:\*\*|ChatGPT:|A\d+:)")
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ graded assistant text
def chatgpt_text(convs, title):
    if title is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' label")
        conv = convs[0]
    else:
        match = [c for c in convs if c.get("title") == title]
        if len(match) != 1:
            raise ValueError(f"conversation {title!r} not found exactly once")
        conv = match[0]
    mp = conv["mapping"]
    node = conv.get("current_node")
    if node is None:  # latest leaf by create_time
        leaves = [k for k, v in mp.items() if not v.get("children") and v.get("message")]
        node = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while node is not None:
        chain.append(mp[node])
        node = mp[node].get("parent")
    lines = []
    for n in reversed(chain):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant" or m.get("recipient", "all") != "all":
            continue
        c = m["content"]
        if c.get("content_type") == "text":
            for p in c.get("parts", []):
                if isinstance(p, str):
                    lines += p.split("\n")
    return lines


def claude_text(convs, name):
    if name is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' label")
        conv = convs[0]
    else:
        match = [c for c in convs if c.get("name") == name]
        if len(match) != 1:
            raise ValueError(f"conversation {name!r} not found exactly once")
        conv = match[0]
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines += b["text"].split("\n")
    return lines


def plain_text(raw):
    lines = raw.split("\n")
    has_markers = any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines)
    if not has_markers:
        return lines                     # bare assistant text
    out, state = [], None
    for l in lines:
        if ASSIST_RE.match(l):
            state = "assistant"
            rest = ASSIST_RE.sub("", l, count=1).strip()
            if rest:
                out.append(rest)
            continue
        if USER_RE.match(l):
            state = "user"
            continue
        if state == "assistant" and not l.startswith(">"):
            out.append(l)
    return out


def graded_lines(path, conv):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        data = json.loads(raw)
        if data and "mapping" in data[0]:
            return chatgpt_text(data, conv)
        return claude_text(data, conv)
    return plain_text(raw)


# ------------------------------------------------------------ key values
def to_num(x):
    if isinstance(x, str):
        return float(Fraction(x))
    return float(x)


def check_answers_py(setdir, key):
    out = subprocess.run([sys.executable, "answers.py"], cwd=setdir, capture_output=True, text=True, check=True).stdout
    got = {}
    for line in out.splitlines():
        pid, _, val = line.partition(" ")
        got[pid] = val.strip()
    for pid, spec in key.items():
        if pid not in got:
            err(f"{setdir}: answers.py prints nothing for {pid}")
            continue
        val = got[pid]
        if "answer" in spec:
            want = spec["answer"]
            tol = spec.get("tolerance", 1e-6)  # answers.py prints 6 significant figures
            try:
                computed = eval(val, {"__builtins__": {}}, {})  # noqa: S307 - our own output
            except Exception:
                computed = val
            flat_w = json.loads(json.dumps(want))
            def flat(v):
                if isinstance(v, (list, tuple)):
                    return [y for e in v for y in flat(e)]
                return [v]
            fw, fc = flat(flat_w), flat(computed)
            if len(fw) != len(fc) or any(abs(to_num(a) - to_num(b)) > tol + 1e-6 * abs(to_num(a)) for a, b in zip(fw, fc)):
                err(f"{setdir}: key {pid}={want} but answers.py gives {val}")
        elif "choice" in spec:
            if not val.startswith(spec["choice"]):
                err(f"{setdir}: key {pid} choice {spec['choice']} but answers.py gives {val}")
        elif "text" in spec:
            if not val.startswith(spec["text"]):
                err(f"{setdir}: key {pid} text {spec['text']} but answers.py gives {val}")


# ------------------------------------------------------------ main
def main():
    counts = {v: 0 for v in VERDICTS}
    total = 0
    sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        check_answers_py(sd, key)
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        tdir = os.path.join(sd, "transcripts")
        files = sorted(os.listdir(tdir))
        if len(files) != 5:
            err(f"{s}: expected 5 transcripts, found {len(files)}")
        for f in files:
            if f not in labels:
                err(f"{s}: transcript {f} has no labels")
        for f, lab in labels.items():
            path = os.path.join(tdir, f)
            if not os.path.exists(path):
                err(f"{s}: labels for missing transcript {f}")
                continue
            try:
                lines = graded_lines(path, lab.get("conversation"))
            except ValueError as e:
                err(f"{s}/{f}: {e}")
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                err(f"{s}/{f}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
            for pid, p in parts.items():
                v = p.get("verdict")
                if v not in VERDICTS:
                    err(f"{s}/{f} {pid}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                total += 1
                ans, ev = p.get("answer"), p.get("evidence")
                if v == "missing":
                    if ans is not None:
                        err(f"{s}/{f} {pid}: missing verdict with an answer")
                elif v == "unclear":
                    if not (isinstance(ans, list) and len(ans) >= 2):
                        err(f"{s}/{f} {pid}: unclear needs a list of candidates")
                elif ans is None or isinstance(ans, list):
                    err(f"{s}/{f} {pid}: {v} needs a single answer")
                if v != "missing" and not ev:
                    err(f"{s}/{f} {pid}: {v} without evidence")
                if ev is not None and not any(ev in l for l in lines):
                    err(f"{s}/{f} {pid}: evidence not in one graded assistant line: {ev!r}")
    # generator reproducibility
    gen = os.path.join(HERE, "generators", "make_exports.py")
    jsons = sorted(os.path.join(dp, fn) for dp, _, fns in os.walk(HERE) for fn in fns if fn.endswith(".json"))
    before = {p: hashlib.sha256(open(p, "rb").read()).hexdigest() for p in jsons}
    subprocess.run([sys.executable, gen], check=True, capture_output=True)
    for p in jsons:
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != before[p]:
            err(f"generator output differs for {os.path.relpath(p, HERE)}")
    print(f"labels: {total}  " + "  ".join(f"{k}: {counts[k]}" for k in sorted(counts)))
    for e in errors:
        print("ERROR:", e)
    print("clean" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
