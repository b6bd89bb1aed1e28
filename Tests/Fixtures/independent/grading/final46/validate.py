#!/usr/bin/env python3
"""Validate the final46 corpus.

Checks, for every set:
  * key.yaml and labels.yaml parse; every transcript in transcripts/ is labelled and every
    label file entry names an existing transcript;
  * every key part is labelled for every transcript, and no label names a part not in the key;
  * verdicts are valid; answer is null iff missing; unclear answers are lists of >= 2;
  * each evidence string is a substring of ONE line of the graded assistant text
    (text transcripts: assistant turns by the per-file turn markers below; ChatGPT exports:
    assistant text messages on the graded branch = current_node's branch, or the branch of the
    leaf with the latest create_time when current_node is absent; Claude exports: text blocks
    of assistant messages in the named conversation);
  * the label's answer agrees with its verdict when compared to the key (correct -> matches,
    incorrect -> does not);
  * answers.py runs and prints values that agree with key.yaml.
Exit status 0 when clean.
"""
import json
import os
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["econ-tax-incidence", "decay-dosimetry", "orbit-transfers"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# text transcripts: (user-turn regex, assistant-turn regex); None = every line is assistant text
TEXT_TURNS = {
    "chat-copy.md": (r"^User:", r"^Assistant:"),
    "exporter.md": (r"^#### You:", r"^#### ChatGPT:"),
    "printed.txt": (r"^You said:", r"^ChatGPT said:"),
    "emoji-chat.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "my-notes.txt": (r"^Q\d+:", r"^A\d+:"),
    "bold-copy.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "claude-copy.txt": (r"^Human:", r"^Claude:"),
    "quoted.md": ("QUOTED", None),
    "answer-only.txt": None,
    "you-chatgpt.txt": (r"^You:", r"^ChatGPT:"),
}

errors = []


def err(msg):
    errors.append(msg)


def text_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    spec = TEXT_TURNS[name]
    if spec is None:
        return lines
    if spec[0] == "QUOTED":
        return [l for l in lines if not l.startswith(">")]
    ure, are = spec
    out, mode = [], None
    for l in lines:
        if re.match(ure, l):
            mode = "user"
        elif re.match(are, l):
            mode = "assistant"
        if mode == "assistant":
            out.append(l)
    return out


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        leaves = [n for n in mapping.values()
                  if not n.get("children") and n.get("message") and n["message"].get("create_time") is not None]
        leaf = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    node = leaf
    chain = []
    while node is not None:
        chain.append(mapping[node])
        node = mapping[node]["parent"]
    for n in reversed(chain):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        if m["content"]["content_type"] != "text" or m.get("recipient", "all") != "all":
            continue
        for p in m["content"].get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m["content"]:
            if b["type"] == "text":
                out.extend(b["text"].split("\n"))
    return out


def export_lines(path, label):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{path}: export is not a non-empty list")
        return []
    is_claude = "chat_messages" in data[0]
    namekey = "name" if is_claude else "title"
    if len(data) > 1 or label.get("conversation"):
        want = label.get("conversation")
        if want is None:
            err(f"{path}: several conversations but no 'conversation' in label")
            return []
        convs = [c for c in data if c[namekey] == want]
        if len(convs) != 1:
            err(f"{path}: conversation {want!r} found {len(convs)} times")
            return []
        conv = convs[0]
    else:
        conv = data[0]
    return claude_lines(conv) if is_claude else chatgpt_lines(conv)


def num(s):
    s = str(s).strip()
    if "/" in s:
        return float(Fraction(s))
    return float(s)


def parse_vec(s):
    s = str(s).strip().strip("()[]")
    return [float(x) for x in s.split(",")]


def matches(keyspec, ans):
    if "choice" in keyspec:
        return str(ans).strip().upper() == str(keyspec["choice"]).upper()
    if "text" in keyspec:
        return str(ans).strip().lower() == str(keyspec["text"]).lower()
    if "expression" in keyspec:
        norm = lambda e: re.sub(r"\s+", "", str(e))
        return norm(ans) == norm(keyspec["expression"])
    k = keyspec["answer"]
    tol = float(keyspec.get("tolerance", 0.0))
    if isinstance(k, list):
        v = parse_vec(ans)
        return len(v) == len(k) and all(abs(a - float(b)) <= tol + 1e-9 for a, b in zip(v, k))
    kv = num(k)
    if tol and "/" not in str(ans):
        # rounding allowed: the answer must equal the key rounded to the precision shown,
        # with at least 3 significant figures
        d = Decimal(str(ans).strip())
        digits = d.as_tuple().digits
        sig = len("".join(map(str, digits)).lstrip("0"))
        rounded = Decimal(repr(kv)).quantize(Decimal(1).scaleb(d.as_tuple().exponent), rounding=ROUND_HALF_UP)
        return sig >= 3 and rounded == d
    return abs(num(ans) - kv) <= tol + 1e-9 * max(1.0, abs(kv))


def check_answers_py(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True,
                         text=True, check=True).stdout
    printed = {}
    for line in out.strip().split("\n"):
        pid, rest = line.split(" ", 1)
        printed[pid] = rest
    for pid, spec in key.items():
        if pid not in printed:
            err(f"{setdir}: answers.py does not print {pid}")
            continue
        val = printed[pid]
        if "answer" in spec:
            k = spec["answer"]
            tol = float(spec.get("tolerance", 0.0))
            if isinstance(k, list):
                got = json.loads(val)
                ok = all(abs(a - b) <= tol + 1e-9 for a, b in zip(got, k))
            else:
                first = val.split()[0]
                ok = abs(num(first) - num(k)) <= max(tol, 1e-9 * max(1.0, abs(num(k))))
            if not ok:
                err(f"{setdir}: answers.py {pid} = {val} disagrees with key {k}")
        elif "choice" in spec:
            if val.strip() != spec["choice"]:
                err(f"{setdir}: answers.py {pid} = {val} vs key {spec['choice']}")
        elif "text" in spec:
            if val.strip() != spec["text"]:
                err(f"{setdir}: answers.py {pid} = {val} vs key {spec['text']}")
        elif "expression" in spec:
            if not val.replace(" ", "").startswith(spec["expression"]):
                err(f"{setdir}: answers.py {pid} = {val} vs key {spec['expression']}")


def main():
    counts = {}
    total = 0
    for s in SETS:
        setdir = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        check_answers_py(setdir, key)
        labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(setdir, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err(f"{s}: transcript {f} not labelled")
        for f, lab in labels.items():
            path = os.path.join(tdir, f)
            if not os.path.exists(path):
                err(f"{s}: label for missing transcript {f}")
                continue
            if f.endswith(".json"):
                lines = export_lines(path, lab)
            else:
                if f not in TEXT_TURNS:
                    err(f"{s}: no turn spec for {f}")
                    continue
                lines = text_assistant_lines(path, f)
            parts = {str(k): v for k, v in lab["parts"].items()}
            for pid in key:
                if pid not in parts:
                    err(f"{s}/{f}: part {pid} not labelled")
            for pid, pl in parts.items():
                where = f"{s}/{f} {pid}"
                if pid not in key:
                    err(f"{where}: not a key part")
                    continue
                v = pl.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                total += 1
                ans = pl.get("answer")
                ev = pl.get("evidence")
                if v == "missing":
                    if ans is not None:
                        err(f"{where}: missing but answer given")
                elif v == "unclear":
                    if not isinstance(ans, list) or len(ans) < 2:
                        err(f"{where}: unclear needs a list of candidates")
                    elif not any(matches(key[pid], a) for a in ans) and False:
                        pass
                else:
                    if ans is None or isinstance(ans, list):
                        err(f"{where}: {v} needs a single answer")
                    else:
                        m = matches(key[pid], ans)
                        if v == "correct" and not m:
                            err(f"{where}: labelled correct but {ans!r} does not match key")
                        if v == "incorrect" and m:
                            err(f"{where}: labelled incorrect but {ans!r} matches key")
                if ev is not None:
                    if not any(ev in l for l in lines):
                        err(f"{where}: evidence not found in graded assistant text: {ev!r}")
                elif v != "missing":
                    err(f"{where}: evidence null for a non-missing verdict")
    for e in errors:
        print("ERROR:", e)
    print(f"{total} labels:", ", ".join(f"{k} {counts.get(k, 0)}" for k in ["correct", "incorrect", "missing", "unclear"]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
