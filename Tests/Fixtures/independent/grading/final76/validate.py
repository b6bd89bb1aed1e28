#!/usr/bin/env python3
"""Check the final76 corpus: well-formed keys/labels, complete labelling, evidence quoted
verbatim from the graded assistant text, and count labels by verdict.

Usage: python3 validate.py          (exit status 0 when clean)
"""
import collections
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KEY_FIELDS = {"answer", "tolerance", "choice", "text", "shape", "layout", "expression"}
LABEL_FIELDS = {"verdict", "answer", "evidence", "note"}

USER_RE = re.compile(r"^(You said:|User:|\*\*User:\*\*|\*\*You:\*\*|#### You:|Human:|## 👤 User|Q\d+:)")
ASSISTANT_RE = re.compile(r"^(ChatGPT said:|Assistant:|\*\*Assistant:\*\*|\*\*ChatGPT:\*\*|#### ChatGPT:|Claude:|## 🤖 Assistant|A\d+:|ChatGPT\s*$)")
QUOTE_RE = re.compile(r"^>")

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- graded assistant text
def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        parents = {v.get("parent") for v in mapping.values()}
        leaves = [k for k in mapping if k not in parents and mapping[k].get("message")]
        node = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    chain = []
    while node is not None:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    chain.reverse()
    out = []
    for n in chain:
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") == "text" and m.get("recipient", "all") == "all":
            out.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return out


def claude_texts(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        out.extend(b["text"] for b in m["content"] if b.get("type") == "text")
    return out


def export_assistant_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{path}: export is not a non-empty list")
        return []
    if len(data) > 1 and not conv_name:
        err(f"{path}: several conversations but label has no 'conversation'")
        return []
    if conv_name:
        convs = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(convs) != 1:
            err(f"{path}: conversation {conv_name!r} not found exactly once")
            return []
        conv = convs[0]
    else:
        conv = data[0]
    texts = chatgpt_branch(conv) if "mapping" in conv else claude_texts(conv)
    return [line for t in texts for line in t.split("\n")]


def text_assistant_lines(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    has_markers = any(USER_RE.match(l) or ASSISTANT_RE.match(l) for l in lines)
    quote_mode = any(QUOTE_RE.match(l) for l in lines) and not has_markers
    state = "assistant" if not has_markers else "none"
    out = []
    for l in lines:
        if quote_mode and QUOTE_RE.match(l):
            continue                       # quoted user turn; the following text is the reply
        if USER_RE.match(l):
            state = "user"
            continue
        if ASSISTANT_RE.match(l):
            state = "assistant"
        if state == "assistant":
            out.append(l)
    return out


# ---------------------------------------------------------------- checks
def check_key(setdir):
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))
    parts = key.get("parts") if isinstance(key, dict) else None
    if not isinstance(parts, dict) or not parts:
        err(f"{setdir}: key.yaml has no parts")
        return {}
    for pid, e in parts.items():
        if not isinstance(pid, str):
            err(f"{setdir}: part id {pid!r} is not a string (quote it)")
        if not isinstance(e, dict) or not e or set(e) - KEY_FIELDS:
            err(f"{setdir}: key part {pid} has bad fields {e}")
            continue
        kinds = {"answer", "choice", "text", "shape", "expression"} & set(e)
        if len(kinds) != 1:
            err(f"{setdir}: key part {pid} needs exactly one answer kind")
        if "answer" in e and not isinstance(e["answer"], (int, float, list, str)):
            err(f"{setdir}: key part {pid} answer has odd type")
    return parts


def main():
    counts = collections.Counter()
    per_set = {}
    n_transcripts = 0
    sets = sorted(d for d in os.listdir(HERE)
                  if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        setdir = os.path.join(HERE, s)
        parts = check_key(setdir)
        labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(setdir, "transcripts")
        files = sorted(os.listdir(tdir))
        n_transcripts += len(files)
        if set(files) != set(labels):
            err(f"{s}: transcripts {sorted(set(files) ^ set(labels))} not matched by labels")
        c_set = collections.Counter()
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                continue
            if set(lab) - {"conversation", "parts"}:
                err(f"{s}/{fname}: unknown fields {set(lab)}")
            if fname.endswith(".json"):
                lines = export_assistant_lines(path, lab.get("conversation"))
            else:
                lines = text_assistant_lines(path)
            lp = lab.get("parts") or {}
            if set(lp) != set(parts):
                err(f"{s}/{fname}: labelled parts {sorted(map(str, lp))} != key parts {sorted(parts)}")
            for pid, l in lp.items():
                where = f"{s}/{fname}/{pid}"
                if set(l) - LABEL_FIELDS or "verdict" not in l:
                    err(f"{where}: bad label fields {set(l)}")
                    continue
                v = l["verdict"]
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v}")
                a = l.get("answer")
                if v == "missing" and a is not None:
                    err(f"{where}: missing must have answer null")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    err(f"{where}: unclear needs a list of >=2 candidates")
                if v in ("correct", "incorrect") and (a is None or isinstance(a, list)):
                    err(f"{where}: {v} needs a single answer")
                ev = l.get("evidence")
                if v != "missing" and not ev:
                    err(f"{where}: evidence required")
                if ev is not None and not any(ev in line for line in lines):
                    err(f"{where}: evidence not found in graded assistant text: {ev!r}")
                counts[v] += 1
                c_set[v] += 1
        per_set[s] = c_set
    for s, c in per_set.items():
        print(f"{s:22s} " + "  ".join(f"{k}={c[k]}" for k in sorted(VERDICTS)) + f"  total={sum(c.values())}")
    total = sum(counts.values())
    print(f"{'ALL':22s} " + "  ".join(f"{k}={counts[k]}" for k in sorted(VERDICTS)) + f"  total={total}"
          f"  transcripts={n_transcripts}  correct%={100 * counts['correct'] / max(total, 1):.1f}")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
