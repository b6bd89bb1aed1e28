#!/usr/bin/env python3
"""Validate the final31 corpus.

Checks, for every set folder (one that holds key.yaml):
  * answers.py runs cleanly (it asserts that key.yaml agrees with the computed values);
  * every transcript in transcripts/ has labels and every label names an existing transcript;
  * every key part is labelled for every transcript, and no extra parts are labelled;
  * verdicts are valid; answer/evidence are null exactly when the verdict is missing;
    unclear answers are lists of >= 2 candidates;
  * each evidence string is a substring of ONE line of the graded assistant text
    (exports: assistant text messages of the graded branch only; other transcripts:
    lines outside user turns);
  * exports holding several conversations name the graded one (`conversation`);
  * sanity: labelled answers of `correct` parts match the key, those of `incorrect`
    parts do not (numbers, vectors, matrices, fractions, choices, true/false, expressions).
Exit status 0 when clean.
"""
import json
import math
import os
import random
import re
import subprocess
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- exports
def chatgpt_branch_text(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [n for n in mapping.values()
                  if not n.get("children") and n.get("message") is not None]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    texts = []
    node = leaf
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text" \
                and m.get("recipient", "all") == "all":
            texts.append("".join(p for p in m["content"].get("parts", []) if isinstance(p, str)))
        node = n.get("parent")
    return list(reversed(texts))


def claude_text(conv):
    texts = []
    for m in conv["chat_messages"]:
        if m.get("sender") != "assistant":
            continue
        blocks = [b["text"] for b in m.get("content") or [] if b.get("type") == "text"]
        texts.extend(blocks if blocks else [m.get("text", "")])
    return texts


def export_lines(path, conv_name):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list):
        data = [data]
    titles = [c.get("title", c.get("name")) for c in data]
    if len(data) > 1 and conv_name is None:
        err(f"{path}: several conversations but the label has no `conversation`")
        return []
    if conv_name is None:
        conv = data[0]
    else:
        matches = [c for c, t in zip(data, titles) if t == conv_name]
        if len(matches) != 1:
            err(f"{path}: conversation {conv_name!r} found {len(matches)} times in {titles}")
            return []
        conv = matches[0]
    texts = chatgpt_branch_text(conv) if "mapping" in conv else claude_text(conv)
    return [ln for t in texts for ln in t.split("\n")]


# ---------------------------------------------------------------- plain transcripts
MARKERS = [
    (re.compile(r"^(Human|User):"), "user"),
    (re.compile(r"^(Claude|Assistant):"), "assistant"),
    (re.compile(r"^#### You:"), "user"),
    (re.compile(r"^#### ChatGPT:"), "assistant"),
    (re.compile(r"^## 👤 User"), "user"),
    (re.compile(r"^## 🤖 Assistant"), "assistant"),
    (re.compile(r"^You said:"), "user"),
    (re.compile(r"^ChatGPT said:"), "assistant"),
    (re.compile(r"^\*\*You:\*\*"), "user"),
    (re.compile(r"^\*\*ChatGPT:\*\*"), "assistant"),
    (re.compile(r"^\*\*Q\d+:\*\*"), "user"),
    (re.compile(r"^\*\*A\d+:\*\*"), "assistant"),
]
# files whose user turn has no marker: the user text runs up to (not including) this line
PREAMBLE_USER_UNTIL = {
    "stat-estimation/transcripts/pdf-print.txt": "Sure — here's a full worked solution.",
}


def plain_lines(path, rel):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    has_markers = any(rx.match(ln) for ln in lines for rx, _ in MARKERS)
    role = "other" if has_markers else "assistant"
    until = PREAMBLE_USER_UNTIL.get(rel)
    if until is not None:
        if until not in lines:
            err(f"{rel}: preamble end line not found")
        role = "user"
    out = []
    for ln in lines:
        if until is not None and ln == until:
            role = "assistant"
        for rx, r in MARKERS:
            if rx.match(ln):
                role = r
                break
        if ln.startswith(">"):
            continue  # quoted user turn
        if role == "assistant":
            out.append(ln)
    return out


# ---------------------------------------------------------------- answer sanity
def parse_value(s):
    """Parse a canonical label answer into a float / nested list, or None."""
    if s is None:
        return None
    s = str(s).replace("−", "-")
    if "≈" in s:
        s = s.split("≈")[-1]
    s = s.strip()
    if s[:1] in "([":
        try:
            return json.loads(s.replace("(", "[").replace(")", "]"))
        except ValueError:
            return None
    try:
        return float(Fraction(s))
    except (ValueError, ZeroDivisionError):
        pass
    try:
        return float(eval(s.replace("sqrt", "math.sqrt"), {"math": math}))
    except Exception:
        return None


def decimals_shown(s):
    s = str(s).split("≈")[-1]
    nums = re.findall(r"-?\d+(?:\.(\d+))?", s)
    return min((len(d) for d in nums), default=0) if nums else 0


def sig_figs(s):
    s = str(s).split("≈")[-1].strip().replace("−", "-").lstrip("-")
    m = re.search(r"\d+(?:\.\d+)?", s)
    if not m:
        return 0
    digits = m.group(0).replace(".", "").lstrip("0")
    return len(digits)


def matches_key(entry, ans):
    if "choice" in entry:
        return str(ans).strip().upper() == str(entry["choice"]).upper()
    if "text" in entry:
        return str(ans).strip().lower() == str(entry["text"]).lower()
    if "expression" in entry:
        f = lambda e: eval(e.replace("lambda", "lam").replace("−", "-"), {}, env)
        rnd = random.Random(7)
        for _ in range(5):
            env = {"x": rnd.uniform(0.5, 3), "lam": rnd.uniform(0.5, 3)}
            if abs(f(str(ans)) - f(entry["expression"])) > 1e-9:
                return False
        return True
    kv = entry["answer"]
    if isinstance(kv, str):
        kv = float(Fraction(kv))
    v = parse_value(ans)
    if v is None:
        return None
    tol = entry.get("tolerance", 0.0)
    if isinstance(v, float):
        if "tolerance" in entry and sig_figs(ans) < 3:
            return False  # verdict rule: at least 3 significant figures
        tol = max(tol, 0.5 * 10 ** (-decimals_shown(ans)) + 1e-12) if "tolerance" in entry else 1e-9
    try:
        import numpy as np
        a, b = np.array(v, dtype=float), np.array(kv, dtype=float)
    except Exception:
        return False
    if a.shape != b.shape:
        return False
    return bool(np.all(np.abs(a - b) <= tol + 1e-9))


# ---------------------------------------------------------------- main
counts = {}
for set_name in sorted(os.listdir(HERE)):
    sdir = os.path.join(HERE, set_name)
    if not os.path.isfile(os.path.join(sdir, "key.yaml")):
        continue
    r = subprocess.run([sys.executable, os.path.join(sdir, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0:
        err(f"{set_name}/answers.py failed:\n{r.stderr}")
    key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(sdir, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            err(f"{set_name}: transcript {f} has no labels")
    for f, lab in labels.items():
        path = os.path.join(tdir, f)
        rel = f"{set_name}/transcripts/{f}"
        if not os.path.isfile(path):
            err(f"{rel}: labelled but missing")
            continue
        if f.endswith(".json"):
            lines = export_lines(path, lab.get("conversation"))
        else:
            if "conversation" in lab:
                err(f"{rel}: `conversation` on a non-export")
            lines = plain_lines(path, rel)
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            err(f"{rel}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
        for pid, p in parts.items():
            where = f"{rel} [{pid}]"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = p.get("answer"), p.get("evidence")
            if v == "missing":
                if ans is not None:
                    err(f"{where}: missing but answer is {ans!r}")
                if ev is not None:
                    err(f"{where}: missing but evidence is set")
                continue
            if ans is None:
                err(f"{where}: {v} without answer")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{where}: unclear needs a list of >= 2 candidates")
            if ev is None:
                err(f"{where}: {v} without evidence")
            else:
                hits = [ln for ln in lines if ev in ln]
                if not hits:
                    err(f"{where}: evidence not on any graded assistant line: {ev!r}")
            if pid in key:
                if v in ("correct", "incorrect"):
                    m = matches_key(key[pid], ans)
                    if m is None:
                        err(f"{where}: could not parse answer {ans!r}")
                    elif m != (v == "correct"):
                        err(f"{where}: label {v} but answer {ans!r} {'matches' if m else 'does not match'} the key")
                elif v == "unclear":
                    ms = [matches_key(key[pid], a) for a in ans]
                    if len(set(map(str, ans))) < 2:
                        err(f"{where}: unclear candidates are not different")

if errors:
    print("\n".join(errors))
    print(f"\n{len(errors)} problem(s)")
    sys.exit(1)
print("OK", dict(sorted(counts.items())), "total", sum(counts.values()))
