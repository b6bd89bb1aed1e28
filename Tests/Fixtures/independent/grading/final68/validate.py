#!/usr/bin/env python3
"""Validates the final68 grading corpus.

Checks, for every set folder (one holding key.yaml):
  * key.yaml: every part has exactly one answer kind (answer | shape | choice | text |
    expression); `tolerance` only next to `answer`; `layout` only next to `shape`.
  * answers.py runs and every value it prints for a part agrees with the key.
  * labels.yaml: every transcript file is labelled, every key part is labelled for every
    transcript (and no others), verdicts are valid, answers have the right form
    (null iff missing, a list of >= 2 candidates iff unclear).
  * every evidence string is a substring of one line of the graded assistant text:
      - ChatGPT export: assistant messages with content_type "text" on the branch ending at
        current_node (or, without current_node, at the leaf with the latest create_time);
      - Claude export: "text" content blocks of assistant messages;
      - plain transcripts: lines of assistant turns, split with the per-file turn markers
        in TURNS below ("bare" = whole file is assistant text, "quoted" = lines starting
        with '>' are the user's).
  * the generators are deterministic (re-running make_exports.py reproduces the exports).
Usage: python3 validate.py        (exit status 0 when clean)
"""
import ast
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import shutil

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"answer", "shape", "choice", "text", "expression"}
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

TURNS = {
    "interp-newton/interp-chat.md": (r"^#### You:", r"^#### ChatGPT:"),
    "interp-newton/print-to-pdf.txt": (r"^You said:", r"^ChatGPT said:"),
    "interp-newton/claude-chat.txt": (r"^Human:", r"^Claude:"),
    "interp-newton/student-notes.md": (r"^Q\d+:", r"^A\d+:"),
    "gmm-em/gmm-you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "gmm-em/gmm-emoji-log.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "gmm-em/gmm-bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "gmm-em/gmm-answers-only.md": "bare",
    "bloom-hashing/bloom-quoted.md": "quoted",
    "bloom-hashing/bloom-user-assistant.txt": (r"^User:", r"^Assistant:"),
    "bloom-hashing/bloom-you-chatgpt.md": (r"^You:", r"^ChatGPT:"),
    "bloom-hashing/bloom-bold-user.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ assistant text
def chatgpt_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    texts = []
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return [l for t in reversed(texts) for l in t.split("\n")]


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = m.get("content") or [{"type": "text", "text": m.get("text", "")}]
        for b in blocks:
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def export_lines(path, conv_name, where):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{where}: export is not a non-empty list")
        return []
    if len(data) > 1 and not conv_name:
        err(f"{where}: export has {len(data)} conversations but the label names none")
        return []
    if conv_name:
        convs = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(convs) != 1:
            err(f"{where}: conversation {conv_name!r} found {len(convs)} times")
            return []
        conv = convs[0]
    else:
        conv = data[0]
    if "mapping" in conv:
        return chatgpt_lines(conv)
    if "chat_messages" in conv:
        return claude_lines(conv)
    err(f"{where}: unknown export shape")
    return []


def plain_lines(path, spec):
    lines = open(path, encoding="utf-8").read().split("\n")
    if spec == "bare":
        return lines
    if spec == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = re.compile(spec[0]), re.compile(spec[1])
    role, out = None, []
    for l in lines:
        mu, ma = ure.match(l), are.match(l)
        if mu:
            role = "user"
            continue
        if ma:
            role = "assistant"
            rest = l[ma.end():].strip()
            if rest:
                out.append(rest)
            continue
        if role == "assistant":
            out.append(l)
    return out


# ------------------------------------------------------------------ answers.py vs key
def parse_answers(setdir):
    r = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0:
        err(f"{setdir}: answers.py failed: {r.stderr.strip()[-300:]}")
        return {}
    vals = {}
    for line in r.stdout.splitlines():
        m = re.match(r"^(\S+):\s+(.*?)(\s{2,}\(.*\)|\s+\(.*\))?\s*$", line)
        if not m:
            continue
        pid, raw = m.group(1), m.group(2).strip()
        try:
            vals[pid] = ast.literal_eval(raw)
        except Exception:
            vals[pid] = raw.split()[0] if raw else raw
    return vals


def close(a, b, tol):
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(close(x, y, tol) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= tol + 1e-12
    return False


def check_key(setname, setdir, key):
    parts = key.get("parts") or {}
    if not parts:
        err(f"{setname}: key has no parts")
    vals = parse_answers(setdir)
    for pid, entry in parts.items():
        pid = str(pid)
        kinds = KINDS & set(entry)
        if len(kinds) != 1:
            err(f"{setname}/key {pid}: needs exactly one answer kind, has {sorted(kinds)}")
            continue
        extra = set(entry) - kinds - {"tolerance", "layout"}
        if extra:
            err(f"{setname}/key {pid}: unknown fields {sorted(extra)}")
        if "tolerance" in entry and "answer" not in entry:
            err(f"{setname}/key {pid}: tolerance without answer")
        if "layout" in entry and "shape" not in entry:
            err(f"{setname}/key {pid}: layout without shape")
        if pid not in vals:
            err(f"{setname}/key {pid}: answers.py prints nothing for this part")
            continue
        v = vals[pid]
        if "answer" in entry:
            if not close(entry["answer"], v, float(entry.get("tolerance", 0))):
                err(f"{setname}/key {pid}: key {entry['answer']!r} != answers.py {v!r}")
        elif "shape" in entry:
            if list(entry["shape"]) != list(v):
                err(f"{setname}/key {pid}: shape {entry['shape']} != answers.py {v!r}")
        elif "choice" in entry or "text" in entry:
            k = str(entry.get("choice", entry.get("text")))
            if k.lower() != str(v).lower():
                err(f"{setname}/key {pid}: key {k!r} != answers.py {v!r}")
        elif "expression" in entry:
            if str(v).replace(" ", "") != str(entry["expression"]).replace(" ", ""):
                err(f"{setname}/key {pid}: expression mismatch")
    return [str(p) for p in parts]


# ------------------------------------------------------------------ labels
def check_labels(setname, setdir, partids):
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8")) or {}
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            err(f"{setname}: transcript {f} not labelled")
    counts = {}
    for fname, lab in labels.items():
        where = f"{setname}/{fname}"
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            err(f"{where}: labelled transcript does not exist")
            continue
        if fname.endswith(".json"):
            lines = export_lines(path, lab.get("conversation"), where)
        else:
            spec = TURNS.get(f"{setname}/{fname}")
            if spec is None:
                err(f"{where}: no turn-marker spec in TURNS")
                continue
            lines = plain_lines(path, spec)
        if not lines:
            err(f"{where}: no assistant text found")
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        if set(parts) != set(partids):
            err(f"{where}: labelled parts {sorted(parts)} != key parts {sorted(partids)}")
        for pid, p in parts.items():
            w = f"{where} {pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{w}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            a = p.get("answer", "<absent>")
            if v == "missing" and a is not None:
                err(f"{w}: missing needs answer null")
            if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                err(f"{w}: unclear needs a list of >= 2 candidates")
            if v in ("correct", "incorrect") and (a is None or isinstance(a, list) or a == "<absent>"):
                err(f"{w}: {v} needs a single answer")
            ev = p.get("evidence", "<absent>")
            if ev == "<absent>":
                err(f"{w}: evidence field absent")
            elif ev is None:
                if v != "missing":
                    err(f"{w}: evidence null for a {v} label")
            elif not any(ev in l for l in lines):
                err(f"{w}: evidence not found in one line of graded assistant text: {ev!r}")
    return counts


def check_generators():
    gen = os.path.join(HERE, "generators", "make_exports.py")
    outs = ["interp-newton/transcripts/conversations.json",
            "gmm-em/transcripts/claude-conversations.json",
            "bloom-hashing/transcripts/export-2025-03-conversations.json"]
    before = {o: hashlib.sha256(open(os.path.join(HERE, o), "rb").read()).hexdigest() for o in outs}
    tmp = tempfile.mkdtemp()
    try:
        # run a copy of the corpus so the committed files are never touched
        for d in ("generators", "interp-newton", "gmm-em", "bloom-hashing"):
            shutil.copytree(os.path.join(HERE, d), os.path.join(tmp, d))
        r = subprocess.run([sys.executable, os.path.join(tmp, "generators", "make_exports.py")], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"generator failed: {r.stderr[-300:]}")
            return
        for o in outs:
            h = hashlib.sha256(open(os.path.join(tmp, o), "rb").read()).hexdigest()
            if h != before[o]:
                err(f"generator output differs from committed {o}")
    finally:
        shutil.rmtree(tmp)


def main():
    total = {}
    sets = sorted(d for d in os.listdir(HERE) if os.path.exists(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        setdir = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))
        partids = check_key(s, setdir, key)
        c = check_labels(s, setdir, partids)
        n = sum(c.values())
        print(f"{s}: {len(partids)} key parts, {len(os.listdir(os.path.join(setdir, 'transcripts')))} transcripts, {n} labels {dict(sorted(c.items()))}")
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    check_generators()
    n = sum(total.values())
    print("total:", n, "labels", {k: f"{v} ({100 * v / n:.1f}%)" for k, v in sorted(total.items())})
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
