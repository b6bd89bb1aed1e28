#!/usr/bin/env python3
"""Validate the final61 corpus.

Checks, for every set folder (one containing key.yaml):
  * labels.yaml labels every transcript in transcripts/ (and nothing else) for every key part (and no other part);
  * verdicts are only correct / incorrect / missing / unclear; `answer` is null exactly for missing,
    a list of >= 2 candidates exactly for unclear;
  * every evidence string is a substring of one line of the graded assistant text
    (exports: assistant text messages of the graded branch / conversation only;
     plain transcripts: assistant turns as delimited by the file's turn markers);
  * labelled answers are consistent with the verdict (correct -> matches key, incorrect -> differs);
  * answers.py runs and every value it prints agrees with key.yaml;
and that generators/make_exports.py reproduces every JSON transcript byte-identically.
Exit status 0 when clean.  Usage: python3 validate.py
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# ----------------------------------------------------------------------------- graded assistant text
# Turn markers of the plain transcripts: (regex, role). A matching line switches the role; the text after
# the marker on the same line belongs to the new turn. Files not listed are bare assistant text.
MARKERS = {
    "hw5-chat-export.md": [(r"^#### You:\s*", "user"), (r"^#### ChatGPT:\s*", "assistant")],
    "claude-copy.txt": [(r"^Human:\s*", "user"), (r"^Claude:\s*", "assistant")],
    "student-notes.txt": [(r"^Q\d+:\s*", "user"), (r"^A\d+:\s*", "assistant")],
    "printed-chat.txt": [(r"^You said:\s*", "user"), (r"^ChatGPT said:\s*", "assistant")],
    "copied-page.md": [(r"^You said:\s*", "user"), (r"^ChatGPT said:\s*", "assistant")],
    "svd-sheet4-chat.md": [(r"^## 👤 User · .*", "user"), (r"^## 🤖 Assistant · .*", "assistant")],
    "quick-answers.md": [(r"^\*\*You:\*\*\s*", "user"), (r"^\*\*ChatGPT:\*\*\s*", "assistant")],
    "assignment2-thread.md": [(r"^User:\s*", "user"), (r"^Assistant:\s*", "assistant")],
    "wordvec-help.md": [(r"^\*\*User:\*\*\s*", "user"), (r"^\*\*Assistant:\*\*\s*", "assistant")],
    "chatgpt-copy.txt": [(r"^You:\s*", "user"), (r"^ChatGPT:\s*", "assistant")],
}
START_ROLE = {"student-notes.txt": "preamble", "svd-sheet4-chat.md": "preamble"}


def plain_assistant_lines(name, text):
    markers = MARKERS.get(name)
    if markers is None:
        return text.splitlines()
    role = START_ROLE.get(name, "preamble")
    out = []
    for line in text.splitlines():
        for rx, r in markers:
            m = re.match(rx, line)
            if m:
                role = r
                line = line[m.end():]
                break
        if role == "assistant":
            out.append(line)
    return out


def chatgpt_branch_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    lines = []
    chain = []
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    for n in reversed(chain):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text" or m.get("recipient", "all") != "all":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                lines.extend(p.splitlines())
    return lines


def claude_lines(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b for b in m.get("content", []) if b.get("type") == "text"]
        if blocks:
            for b in blocks:
                lines.extend(b["text"].splitlines())
        else:
            lines.extend(m.get("text", "").splitlines())
    return lines


def graded_lines(path, label):
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if not name.endswith(".json"):
        if label.get("conversation"):
            err(f"{path}: 'conversation' given for a non-export transcript")
        return plain_assistant_lines(name, raw)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        err(f"{path}: invalid JSON: {e}")
        return []
    if not isinstance(data, list):
        err(f"{path}: export is not a JSON list")
        return []
    title_key = "title" if data and "mapping" in data[0] else "name"
    if len(data) > 1:
        want = label.get("conversation")
        convs = [c for c in data if c.get(title_key) == want]
        if len(convs) != 1:
            err(f"{path}: conversation {want!r} not found exactly once")
            return []
        conv = convs[0]
    else:
        conv = data[0]
    return chatgpt_branch_lines(conv) if title_key == "title" else claude_lines(conv)


# ----------------------------------------------------------------------------- value parsing / comparison
def to_num(x):
    if isinstance(x, bool):
        raise ValueError(x)
    if isinstance(x, (int, float)):
        return float(x)
    s = str(x).strip().replace("−", "-").replace(",", "")
    if "/" in s:
        return float(Fraction(s))
    return float(s)


def flat(x):
    if isinstance(x, list):
        r = []
        for v in x:
            r.extend(flat(v))
        return r
    return [x]


def shape_of(x):
    if isinstance(x, list):
        return [len(x)] + (shape_of(x[0]) if x else [])
    return []


def parse_label_answer(s):
    """Parse a label's canonical answer string into a python value."""
    t = str(s).strip().replace("−", "-")
    if re.fullmatch(r"\d+x\d+(x\d+)*", t):
        return [int(v) for v in t.split("x")]
    if t.startswith("(") and t.endswith(")"):
        t = "[" + t[1:-1] + "]"
    if t.startswith("["):
        t2 = re.sub(r"(-?\d+/\d+)", r'"\1"', t)
        return json.loads(t2)
    return t


def num_equal(a, b, tol):
    a, b = flat(a), flat(b)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        x, y = to_num(x), to_num(y)
        lim = tol if tol is not None else 1e-9 * max(1.0, abs(y))
        if abs(x - y) > lim + 1e-12:
            return False
    return True


def eval_expr(expr, s):
    ns = {"exp": math.exp, "log": math.log, "sigma": lambda z: 1 / (1 + math.exp(-z)), "s": s}
    e = expr.replace("−", "-").replace("σ", "sigma").replace("s₊", "s")
    return eval(e, {"__builtins__": {}}, ns)


def matches_key(spec, ans):
    if "answer" in spec:
        v = parse_label_answer(ans)
        key = spec["answer"]
        if shape_of(key) != shape_of(v):
            return False
        return num_equal(v, key, spec.get("tolerance"))
    if "choice" in spec:
        return str(ans).strip().upper() == str(spec["choice"]).upper()
    if "text" in spec:
        return str(ans).strip().lower() == str(spec["text"]).lower()
    if "shape" in spec:
        return parse_label_answer(ans) == list(spec["shape"])
    if "expression" in spec:
        pts = (-1.3, 0.0, 0.7, 2.0)
        return all(abs(eval_expr(ans, p) - eval_expr(spec["expression"], p)) < 1e-9 for p in pts)
    raise ValueError(f"unknown key kind {spec}")


def kind(spec):
    if "answer" in spec:
        a = spec["answer"]
        return {0: "number", 1: "vector", 2: "matrix"}[len(shape_of(a))]
    for k in ("choice", "text", "shape", "expression"):
        if k in spec:
            return {"text": "true/false"}.get(k, k)
    return "?"


# ----------------------------------------------------------------------------- per-set checks
def check_answers_py(setdir, key):
    p = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True)
    if p.returncode != 0:
        err(f"{setdir}/answers.py failed: {p.stderr.strip()}")
        return
    got = {}
    for line in p.stdout.splitlines():
        k, _, v = line.partition(": ")
        got[k.strip()] = json.loads(v)
    if set(got) != set(key):
        err(f"{setdir}: answers.py parts {sorted(got)} != key parts {sorted(key)}")
    for part, spec in key.items():
        if part not in got:
            continue
        v = got[part]
        if "answer" in spec:
            tol = spec.get("tolerance")
            ok = shape_of(v) == shape_of(spec["answer"]) and num_equal(
                v, spec["answer"], (tol / 100.0) if tol else 1e-9)
        elif "shape" in spec:
            ok = list(v) == list(spec["shape"])
        elif "choice" in spec:
            ok = str(v).upper() == str(spec["choice"]).upper()
        elif "text" in spec:
            ok = str(v).lower() == str(spec["text"]).lower()
        else:
            ok = matches_key(spec, v)
        if not ok:
            err(f"{setdir}: answers.py {part} = {v!r} disagrees with key {spec}")


def check_set(setdir, counts, kinds):
    try:
        with open(os.path.join(setdir, "key.yaml"), encoding="utf-8") as f:
            key = {str(k): v for k, v in yaml.safe_load(f)["parts"].items()}
    except (yaml.YAMLError, KeyError, AttributeError) as e:
        err(f"{setdir}/key.yaml: unreadable: {e}")
        return
    try:
        with open(os.path.join(setdir, "labels.yaml"), encoding="utf-8") as f:
            labels = yaml.safe_load(f)
    except yaml.YAMLError as e:
        err(f"{setdir}/labels.yaml: invalid YAML: {e}")
        return
    check_answers_py(setdir, key)
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    if set(files) != set(labels):
        err(f"{setdir}: transcripts {files} vs labelled {sorted(labels)}")
    for name in files:
        lab = labels.get(name) or {}
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        if set(parts) != set(key):
            err(f"{setdir}/{name}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
        lines = graded_lines(os.path.join(tdir, name), lab)
        if not lines:
            err(f"{setdir}/{name}: no graded assistant text found")
        for part, L in parts.items():
            where = f"{os.path.basename(setdir)}/{name} {part}"
            v = L.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            if part in key:
                kk = kind(key[part])
                kinds.setdefault(kk, {}).setdefault(v, 0)
                kinds[kk][v] += 1
            ans, ev = L.get("answer"), L.get("evidence")
            if v == "missing":
                if ans is not None:
                    err(f"{where}: missing but answer {ans!r}")
            elif v == "unclear":
                if not isinstance(ans, list) or len(ans) < 2:
                    err(f"{where}: unclear needs a list of >= 2 candidates")
                elif part in key and not any(matches_key(key[part], a) is False for a in ans):
                    err(f"{where}: unclear but no candidate differs from the key")
            else:
                if ans is None or isinstance(ans, list):
                    err(f"{where}: {v} needs a single answer")
                elif part in key:
                    try:
                        m = matches_key(key[part], ans)
                    except Exception as e:  # noqa: BLE001
                        err(f"{where}: cannot compare answer {ans!r}: {e}")
                        m = None
                    if m is not None and m != (v == "correct"):
                        err(f"{where}: verdict {v} but answer {ans!r} {'matches' if m else 'differs from'} key")
                if not ev:
                    err(f"{where}: {v} label needs evidence")
            if ev is not None and not any(ev in line for line in lines):
                err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")


def check_generators():
    gen = os.path.join(ROOT, "generators", "make_exports.py")
    with tempfile.TemporaryDirectory() as tmp:
        for i in (1, 2):
            d = os.path.join(tmp, f"run{i}")
            p = subprocess.run([sys.executable, gen, d], capture_output=True, text=True)
            if p.returncode != 0:
                err(f"generator failed: {p.stderr.strip()}")
                return
        produced = set()
        for dp, _, fs in os.walk(os.path.join(tmp, "run1")):
            for fn in fs:
                rel = os.path.relpath(os.path.join(dp, fn), os.path.join(tmp, "run1"))
                produced.add(rel)
                with open(os.path.join(dp, fn), "rb") as a, open(os.path.join(tmp, "run2", rel), "rb") as b2:
                    ra = a.read()
                    if ra != b2.read():
                        err(f"generator not deterministic for {rel}")
                target = os.path.join(ROOT, rel)
                if not os.path.exists(target):
                    err(f"generated {rel} missing from corpus")
                    continue
                with open(target, "rb") as t:
                    if t.read() != ra:
                        err(f"{rel} differs from generator output")
        for dp, _, fs in os.walk(ROOT):
            for fn in fs:
                if fn.endswith(".json"):
                    rel = os.path.relpath(os.path.join(dp, fn), ROOT)
                    if rel not in produced:
                        err(f"{rel} is not produced by the generator")


def main():
    counts, kinds = {}, {}
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    n_tr = 0
    for s in sets:
        check_set(os.path.join(ROOT, s), counts, kinds)
        n_tr += len(os.listdir(os.path.join(ROOT, s, "transcripts")))
    check_generators()
    total = sum(counts.values())
    print(f"sets: {len(sets)}  transcripts: {n_tr}  labels: {total}")
    for v in ("correct", "incorrect", "missing", "unclear"):
        c = counts.get(v, 0)
        print(f"  {v:<10} {c:4d}  {100.0 * c / max(total, 1):5.1f} %")
    print("by answer kind:")
    for k in sorted(kinds):
        print(f"  {k:<11} " + "  ".join(f"{v}={kinds[k].get(v, 0)}" for v in ("correct", "incorrect", "missing", "unclear")))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
