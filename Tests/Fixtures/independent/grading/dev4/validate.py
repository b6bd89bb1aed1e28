#!/usr/bin/env python3
"""Validate the dev4 hand-labelled grading corpus.

Checks, for every set directory (one holding key.yaml):
  * every transcript in transcripts/ has labels, and every labelled transcript exists;
  * every key part is labelled for every transcript, and no unknown part is labelled;
  * every verdict is one of correct / incorrect / missing / unclear;
  * answer is null for missing, a list of >= 2 candidates for unclear, a value otherwise;
  * each evidence string is a substring of one line of the graded assistant text
    (exports: assistant text messages of the graded branch / conversation only);
  * exports holding several conversations name the graded one in `conversation`;
  * for numeric keys, "correct" answers match the key and "incorrect" ones do not
    (within the key's tolerance, else exactly).
Prints counts by verdict and exits non-zero on any problem.
"""
import json
import os
import re
import sys
from collections import Counter

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Turn markers of the plain-text transcripts: (user marker regex, assistant marker regex).
# Text after a marker on the same line belongs to that turn. "quoted" = '>' lines are the user.
MARKERS = {
    "chatgpt-copy.md": (r"^#### You:", r"^#### ChatGPT:"),
    "printed-pdf.txt": (r"^You said:", r"^ChatGPT said:"),
    "student-notes.md": (r"^Q\d+:", r"^A\d+:"),
    "chat.md": (r"^User:", r"^Assistant:"),
    "claude-copy.txt": (r"^Human:", r"^Claude:"),
    "chat-you.txt": (r"^You:", r"^ChatGPT:"),
    "emoji-dated.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "quoted.md": "quoted",
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    spec = MARKERS.get(name)
    if spec is None:
        err(f"{path}: no turn-marker config in validate.py")
        return []
    out = []
    if spec == "quoted":
        for ln in lines:
            if ln.startswith(">") or not ln.strip():
                continue
            out.append(ln)
        return out
    ure, are = spec
    mode = None
    for ln in lines:
        if re.match(ure, ln):
            mode = "user"
            continue
        m = re.match(are, ln)
        if m:
            mode = "assistant"
            rest = ln[m.end():]
            if rest.strip():
                out.append(rest)
            continue
        if mode == "assistant":
            out.append(ln)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:
        parents = {n.get("parent") for n in mapping.values()}
        leaves = [k for k, n in mapping.items() if k not in parents and n.get("message")]
        cur = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    chain = []
    while cur:
        chain.append(mapping[cur])
        cur = mapping[cur].get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, label):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{path}: export is not a non-empty list")
        return []
    is_claude = "chat_messages" in data[0]
    namekey = "name" if is_claude else "title"
    want = label.get("conversation")
    if len(data) > 1 and not want:
        err(f"{path}: several conversations but label has no `conversation`")
        return []
    convs = [c for c in data if c.get(namekey) == want] if want else data
    if len(convs) != 1:
        err(f"{path}: conversation {want!r} matched {len(convs)} conversations")
        return []
    conv = convs[0]
    texts = []
    if is_claude:
        for m in conv["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m["content"]:
                if b.get("type") == "text":
                    texts.append(b["text"])
    else:
        for node in chatgpt_branch(conv):
            msg = node.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            if msg.get("recipient", "all") != "all":
                continue
            c = msg["content"]
            if c.get("content_type") != "text":
                continue
            texts.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return "\n".join(texts).split("\n")


NUM = re.compile(r"[-−]?\d+(?:\.\d+)?(?:/\d+)?")


def parse_num(tok):
    tok = tok.replace("−", "-")
    if "/" in tok:
        a, b = tok.split("/")
        return float(a) / float(b)
    return float(tok)


def numbers_in(s):
    return [parse_num(t) for t in NUM.findall(str(s))]


def flatten(v):
    if isinstance(v, list):
        return [x for item in v for x in flatten(item)]
    return [v]


def numeric_match(key, answer):
    """True/False if comparable, None if the key is not numeric."""
    if "answer" not in key:
        return None
    kv = key["answer"]
    kvals = [parse_num(kv)] if isinstance(kv, str) else [float(x) for x in flatten(kv)]
    avals = numbers_in(answer)
    if len(avals) != len(kvals):
        return False
    tol = key.get("tolerance")
    for a, k in zip(avals, kvals):
        if tol is not None:
            if abs(a - k) > tol + 1e-12:
                return False
        elif abs(a - k) > 1e-9 * max(1, abs(k)):
            # exact keys: allow fractions given as decimals to >= 3 significant figures
            # (at least 3 significant figures, as the verdict rules require)
            digits = len(str(a).split(".")[-1]) if "." in str(a) else 0
            sig = len(str(abs(a)).replace(".", "").lstrip("0"))
            if abs(a - k) > 0.5 * 10 ** (-digits) + 1e-12 or digits == 0 or sig < 3:
                return False
    return True


def check_set(setdir):
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    counts = Counter()
    for f in files:
        if f not in labels:
            err(f"{setdir}: transcript {f} has no labels")
    for f, lab in labels.items():
        path = os.path.join(tdir, f)
        if not os.path.exists(path):
            err(f"{setdir}: labels for missing transcript {f}")
            continue
        if f.endswith(".json"):
            lines = export_assistant_lines(path, lab)
        else:
            if lab.get("conversation"):
                err(f"{path}: `conversation` given for a non-export")
            lines = plain_assistant_lines(path, f)
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        for pid in key:
            if pid not in parts:
                err(f"{path}: part {pid} not labelled")
        for pid, pl in parts.items():
            where = f"{path} [{pid}]"
            if pid not in key:
                err(f"{where}: part not in key")
                continue
            v = pl.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] += 1
            ans = pl.get("answer", "__absent__")
            if ans == "__absent__":
                err(f"{where}: no answer field")
            elif v == "missing" and ans is not None:
                err(f"{where}: missing but answer is not null")
            elif v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{where}: unclear needs a list of >= 2 candidates")
            elif v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                err(f"{where}: {v} needs a single answer string")
            ev = pl.get("evidence", "__absent__")
            if ev == "__absent__":
                err(f"{where}: no evidence field")
            elif ev is not None:
                if not any(ev in ln for ln in lines):
                    err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
            elif v in ("correct", "incorrect", "unclear"):
                err(f"{where}: {v} without evidence")
            if v in ("correct", "incorrect"):
                m = numeric_match(key[pid], ans)
                if m is not None and m != (v == "correct"):
                    err(f"{where}: verdict {v} but answer {ans!r} vs key {key[pid]['answer']!r} says otherwise")
                if m is None:
                    k = key[pid]
                    kk = str(k.get("choice") or k.get("text") or k.get("expression") or "").lower().replace(" ", "")
                    aa = str(ans).lower().replace(" ", "").replace("−", "-")
                    if (kk == aa) != (v == "correct"):
                        err(f"{where}: verdict {v} but answer {ans!r} vs key {kk!r} says otherwise")
    return counts


def main():
    total = Counter()
    for d in sorted(os.listdir(ROOT)):
        sd = os.path.join(ROOT, d)
        if os.path.isfile(os.path.join(sd, "key.yaml")):
            c = check_set(sd)
            print(f"{d:18s} " + "  ".join(f"{k}={c[k]}" for k in sorted(VERDICTS)) + f"  total={sum(c.values())}")
            total += c
    print(f"{'ALL':18s} " + "  ".join(f"{k}={total[k]}" for k in sorted(VERDICTS)) + f"  total={sum(total.values())}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
