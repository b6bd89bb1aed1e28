#!/usr/bin/env python3
"""Check the final36 corpus: labels complete and well-formed, evidence quoted verbatim from the
graded assistant text, and correct/incorrect verdicts consistent with key.yaml.

usage: python3 validate.py            (from anywhere; exits 1 on any problem)
"""
import json
import math
import os
import re
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(User:|Human:|You said:|#### You:|\*\*You:\*\*|## 👤|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|Claude:|ChatGPT said:|#### ChatGPT:|\*\*ChatGPT:\*\*|## 🤖|A\d+:)")

problems = []


def err(msg):
    problems.append(msg)


# ------------------------------------------------------------------ graded assistant text
def chatgpt_text(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            out.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return list(reversed(out))


def claude_text(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in m.get("content", []) if b.get("type") == "text"]
        out.append("\n".join(blocks) if blocks else m.get("text", ""))
    return out


def export_text(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError("export is not a JSON list")
    if conv_name is None:
        if len(data) != 1:
            raise ValueError("several conversations but no 'conversation' label")
        conv = data[0]
    else:
        hits = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(hits) != 1:
            raise ValueError(f"conversation {conv_name!r} found {len(hits)} times")
        conv = hits[0]
    return chatgpt_text(conv) if "mapping" in conv else claude_text(conv)


def text_transcript(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if not any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines):
        return ["\n".join(lines)]            # bare assistant text
    out, cur, who = [], [], None
    for l in lines:
        if USER_RE.match(l):
            if who == "a":
                out.append("\n".join(cur))
            who, cur = "u", []
        elif ASSIST_RE.match(l):
            if who == "a":
                out.append("\n".join(cur))
            who, cur = "a", [l]
        elif who == "a":
            cur.append(l)
    if who == "a":
        out.append("\n".join(cur))
    return out


# ------------------------------------------------------------------ key comparison
def num(s):
    s = str(s).strip().replace("−", "-")
    if "/" in s:
        return float(Fraction(s))
    return float(s)


def parse_seq(s):
    s = str(s).strip().replace("−", "-")
    if s.startswith("[["):
        return [[num(x) for x in row.split(",")] for row in re.findall(r"\[([^\[\]]+)\]", s)]
    return [num(x) for x in s.strip("()[]").split(",")]


def close(a, b, tol):
    if isinstance(b, list):
        return isinstance(a, list) and len(a) == len(b) and all(close(x, y, tol) for x, y in zip(a, b))
    if isinstance(a, list):
        return False
    return abs(a - b) <= tol + 1e-9 * max(1.0, abs(b))


def expr_eval(e, t):
    e = e.replace("^", "**").replace("−", "-")
    return eval(e, {"__builtins__": {}}, {"exp": math.exp, "t": t})


def matches(key, ans):
    if "choice" in key:
        return str(ans).strip().upper() == str(key["choice"]).upper()
    if "text" in key:
        return str(ans).strip().lower() == str(key["text"]).lower()
    if "expression" in key:
        return all(abs(expr_eval(ans, t) - expr_eval(key["expression"], t)) < 1e-9 for t in (0, 0.3, 1, 2.5))
    if "shape" in key:
        return str(ans).replace(" ", "") == "x".join(map(str, key["shape"]))
    tol = float(key.get("tolerance", 0))
    kv = key["answer"]
    if isinstance(kv, list):
        kv = [[num(x) for x in r] if isinstance(r, list) else num(r) for r in kv]
        return close(parse_seq(ans), kv, tol)
    return close(num(ans), num(kv), tol)


# ------------------------------------------------------------------ main
counts = {}
total = 0
for set_name in sorted(os.listdir(ROOT)):
    sdir = os.path.join(ROOT, set_name)
    if not os.path.isfile(os.path.join(sdir, "key.yaml")):
        continue
    key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(sdir, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            err(f"{set_name}/{f}: transcript has no labels")
    for f, entry in labels.items():
        where = f"{set_name}/{f}"
        path = os.path.join(tdir, f)
        if not os.path.isfile(path):
            err(f"{where}: labelled but no such transcript")
            continue
        try:
            if f.endswith(".json"):
                texts = export_text(path, entry.get("conversation"))
            else:
                texts = text_transcript(path)
        except Exception as e:  # noqa: BLE001
            err(f"{where}: cannot read graded text: {e}")
            continue
        assistant_lines = [l for t in texts for l in t.split("\n")]
        parts = {str(k): v for k, v in entry["parts"].items()}
        for k in key:
            if k not in parts:
                err(f"{where}: part {k} not labelled")
        for k, lab in parts.items():
            w = f"{where} {k}"
            if k not in key:
                err(f"{w}: not a key part")
                continue
            v = lab.get("verdict")
            if v not in VERDICTS:
                err(f"{w}: bad verdict {v!r}")
                continue
            total += 1
            counts[v] = counts.get(v, 0) + 1
            ans, ev = lab.get("answer"), lab.get("evidence")
            if v == "missing":
                if ans is not None:
                    err(f"{w}: missing but answer given")
            elif v == "unclear":
                if not isinstance(ans, list) or len(ans) < 2:
                    err(f"{w}: unclear needs a list of candidates")
                if ev is None:
                    err(f"{w}: unclear needs evidence")
            else:
                if ans is None or ev is None:
                    err(f"{w}: {v} needs answer and evidence")
                else:
                    try:
                        ok = matches(key[k], ans)
                    except Exception as e:  # noqa: BLE001
                        err(f"{w}: cannot compare answer {ans!r}: {e}")
                    else:
                        if ok != (v == "correct"):
                            err(f"{w}: verdict {v} but answer {ans!r} {'matches' if ok else 'does not match'} key")
            if ev is not None and not any(ev in l for l in assistant_lines):
                err(f"{w}: evidence not found on one line of graded assistant text: {ev!r}")

for p in problems:
    print("PROBLEM:", p)
print(f"{total} labels:", ", ".join(f"{k} {counts.get(k, 0)}" for k in ("correct", "incorrect", "missing", "unclear")))
sys.exit(1 if problems else 0)
