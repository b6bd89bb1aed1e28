#!/usr/bin/env python3
"""Consistency checks for the final55 corpus.

  * every set has problems.*, answers.py, key.yaml, labels.yaml, transcripts/
  * answers.py runs and every numeric / choice / text / shape key value agrees with its output
  * every transcript file is labelled and every label names an existing transcript
  * every transcript is labelled for exactly the key's parts (no extra, none missing)
  * verdicts are valid; answer is null iff missing; unclear answers list >= 2 candidates
  * evidence (when not null) is a substring of ONE line of the graded assistant text:
      - text transcripts: assistant turns only (turn markers declared per file below)
      - ChatGPT exports: assistant text messages on the graded branch (current_node, else the
        leaf with the latest create_time, followed up by parent links); thoughts,
        reasoning_recap, code and tool messages excluded
      - Claude exports: text blocks of assistant messages
  * exports with several conversations name the graded one in `conversation`
  * generators/make_exports.py reproduces the JSON exports byte for byte
Usage: python3 validate.py     (exit status 0 when clean)
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
SETS = ["normlayers", "kmeans", "attention"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text transcripts
TEXT_SPECS = {
    "normlayers/chatgpt-exporter.md": [("user", r"^## User\s*$"), ("assistant", r"^## ChatGPT\s*$")],
    "normlayers/user-assistant.txt": [("user", r"^User:"), ("assistant", r"^Assistant:")],
    "normlayers/print-pdf.txt": [("user", r"^You said:"), ("assistant", r"^ChatGPT said:")],
    "normlayers/student-q-a.md": [("user", r"^Q\d+:"), ("assistant", r"^A\d+:")],
    "kmeans/you-said.md": [("user", r"^You said:"), ("assistant", r"^ChatGPT said:")],
    "kmeans/emoji-headings.md": [("user", r"^## 👤 User"), ("assistant", r"^## 🤖 Assistant")],
    "kmeans/bare-answer.txt": "bare",
    "attention/human-claude.txt": [("user", r"^Human:"), ("assistant", r"^Claude:")],
    "attention/bold-turns.md": [("user", r"^\*\*You:\*\*"), ("assistant", r"^\*\*ChatGPT:\*\*")],
    "attention/quoted-turns.md": "quoted",
}


def text_assistant_lines(rel, text):
    spec = TEXT_SPECS.get(rel)
    if spec is None:
        err(f"{rel}: no turn spec in validate.py")
        return []
    lines = text.split("\n")
    if spec == "bare":
        return lines
    if spec == "quoted":
        return [l for l in lines if not l.startswith(">")]
    out, role = [], None
    for line in lines:
        for r, pat in spec:
            m = re.match(pat, line)
            if m:
                role = r
                line = line[m.end():]
                break
        if role == "assistant":
            out.append(line)
    return out


# ------------------------------------------------------------------ exports
def is_chatgpt(data):
    return isinstance(data, list) and data and "mapping" in data[0]


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    path = []
    while leaf:
        path.append(mapping[leaf])
        leaf = mapping[leaf].get("parent")
    return list(reversed(path))


def chatgpt_assistant_lines(conv):
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


def claude_assistant_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def export_lines(rel, data, label):
    convs = data
    name_key = "title" if is_chatgpt(data) else "name"
    want = label.get("conversation")
    if len(convs) > 1 and not want:
        err(f"{rel}: export has {len(convs)} conversations but the label has no `conversation`")
        return []
    if want:
        convs = [c for c in data if c.get(name_key) == want]
        if len(convs) != 1:
            err(f"{rel}: conversation {want!r} found {len(convs)} times")
            return []
    conv = convs[0]
    return chatgpt_assistant_lines(conv) if is_chatgpt(data) else claude_assistant_lines(conv)


# ------------------------------------------------------------------ key vs answers.py
NUM = re.compile(r"Fraction\((-?\d+),\s*(-?\d+)\)|(-?\d+)/(\d+)\b|-?\d+(?:\.\d+)?(?:e-?\d+)?")


def numbers(s):
    out = []
    for m in NUM.finditer(s):
        if m.group(1):
            out.append(float(Fraction(int(m.group(1)), int(m.group(2)))))
        elif m.group(3):
            out.append(float(Fraction(int(m.group(3)), int(m.group(4)))))
        else:
            out.append(float(m.group(0)))
    return out


def as_float(v):
    if isinstance(v, str):
        return float(Fraction(v))
    return float(v)


def flat(v):
    if isinstance(v, list):
        r = []
        for x in v:
            r.extend(flat(x))
        return r
    return [as_float(v)]


def check_key(setname, key):
    out = subprocess.run([sys.executable, os.path.join(HERE, setname, "answers.py")],
                         capture_output=True, text=True)
    if out.returncode != 0:
        err(f"{setname}: answers.py failed: {out.stderr}")
        return
    lines = {}
    for line in out.stdout.splitlines():
        tok = line.split()
        if tok and tok[0] not in lines:
            lines[tok[0]] = line[len(tok[0]):]
    for pid, spec in key["parts"].items():
        pid = str(pid)
        if pid not in lines:
            err(f"{setname}: answers.py prints no line for {pid}")
            continue
        rest = lines[pid]
        if "answer" in spec or "shape" in spec:
            want = flat(spec.get("answer", spec.get("shape")))
            got = numbers(rest)
            tol = spec.get("tolerance", 0)
            ok = len(got) >= len(want) and all(
                abs(g - w) <= max(tol, 1e-9 * max(1, abs(w))) for g, w in zip(got, want))
            if not ok:
                err(f"{setname}: key {pid}={want} disagrees with answers.py: {rest.strip()}")
        elif "choice" in spec:
            if rest.split()[0] != spec["choice"]:
                err(f"{setname}: key {pid} choice {spec['choice']} vs answers.py {rest.strip()}")
        elif "text" in spec:
            if rest.split()[0].lower() != str(spec["text"]).lower():
                err(f"{setname}: key {pid} text {spec['text']} vs answers.py {rest.strip()}")
        else:
            err(f"{setname}: key {pid} has no answer/choice/text/shape")


# ------------------------------------------------------------------ main
def main():
    counts = {v: 0 for v in VERDICTS}
    total = 0
    for s in SETS:
        d = os.path.join(HERE, s)
        probs = [f for f in os.listdir(d) if f.startswith("problems.")]
        if len(probs) != 1:
            err(f"{s}: expected one problems.* file, found {probs}")
        key = yaml.safe_load(open(os.path.join(d, "key.yaml"), encoding="utf-8"))
        labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
        check_key(s, key)
        key_parts = {str(p) for p in key["parts"]}
        tdir = os.path.join(d, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err(f"{s}: transcript {f} is not labelled")
        for f, lab in labels.items():
            rel = f"{s}/{f}"
            path = os.path.join(tdir, f)
            if not os.path.exists(path):
                err(f"{rel}: labelled but no such transcript")
                continue
            raw = open(path, encoding="utf-8").read()
            if f.endswith(".json"):
                alines = export_lines(rel, json.loads(raw), lab)
            else:
                if "conversation" in lab:
                    err(f"{rel}: `conversation` is only for exports")
                alines = text_assistant_lines(rel, raw)
            parts = {str(p): v for p, v in (lab.get("parts") or {}).items()}
            if set(parts) != key_parts:
                err(f"{rel}: labelled parts {sorted(parts)} != key parts {sorted(key_parts)}")
            for pid, v in parts.items():
                total += 1
                verdict = v.get("verdict")
                if verdict not in VERDICTS:
                    err(f"{rel} {pid}: bad verdict {verdict!r}")
                    continue
                counts[verdict] += 1
                ans, ev = v.get("answer"), v.get("evidence")
                if verdict == "missing" and ans is not None:
                    err(f"{rel} {pid}: missing must have answer null")
                if verdict != "missing" and ans is None:
                    err(f"{rel} {pid}: {verdict} needs an answer")
                if verdict == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{rel} {pid}: unclear needs a list of >= 2 candidates")
                if verdict in ("correct", "incorrect") and isinstance(ans, list):
                    err(f"{rel} {pid}: {verdict} answer should be a single canonical string")
                if verdict != "missing" and ev is None:
                    err(f"{rel} {pid}: {verdict} needs evidence")
                if ev is not None and not any(ev in line for line in alines):
                    err(f"{rel} {pid}: evidence not on one graded assistant line: {ev!r}")
                for k in v:
                    if k not in ("verdict", "answer", "evidence", "note"):
                        err(f"{rel} {pid}: unknown field {k}")
    # generator reproducibility
    exports = [os.path.join(HERE, s, "transcripts", f) for s in SETS
               for f in sorted(os.listdir(os.path.join(HERE, s, "transcripts"))) if f.endswith(".json")]
    before = {p: hashlib.sha256(open(p, "rb").read()).hexdigest() for p in exports}
    r = subprocess.run([sys.executable, os.path.join(HERE, "generators", "make_exports.py")],
                       capture_output=True, text=True)
    if r.returncode != 0:
        err(f"generator failed: {r.stderr}")
    for p, h in before.items():
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != h:
            err(f"{os.path.relpath(p, HERE)}: generator output differs from the committed file")
    for e in errors:
        print("ERROR:", e)
    print(f"{total} labels: " + ", ".join(f"{k} {counts[k]}" for k in ("correct", "incorrect", "missing", "unclear")))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
