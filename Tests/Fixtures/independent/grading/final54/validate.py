#!/usr/bin/env python3
"""Checks the final54 corpus.

For every set: key.yaml parses and has parts; labels.yaml labels every transcript in transcripts/ for
every key part, with a valid verdict; answer is null exactly when the verdict is missing and a list of
>= 2 candidates when it is unclear; each evidence string is a substring of ONE line of the graded
assistant text (exports: text messages of the assistant on the graded branch / graded conversation).
Also runs each answers.py and checks that every number in the key appears in its output.
Usage: python3 validate.py   (exit status 1 on any problem)
"""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["lp-by-hand", "spring-mass", "traffic-flow"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# turn markers of the plain transcripts: (regex at line start, role); the rest of a marker line belongs to that turn
TEXT_MARKERS = {
    "copy-you-said.md": [(r"^You said:", "user"), (r"^ChatGPT said:", "assistant")],
    "pdf-print.txt": [(r"^You said:", "user"), (r"^ChatGPT said:", "assistant")],
    "student-q-a.txt": [(r"^Q\d+:", "user"), (r"^A\d+:", "assistant")],
    "exporter-headings.md": [(r"^#### You:", "user"), (r"^#### ChatGPT:", "assistant")],
    "emoji-dated.md": [(r"^## 👤 User", "user"), (r"^## 🤖 Assistant", "assistant")],
    "human-claude.txt": [(r"^Human:", "user"), (r"^Claude:", "assistant")],
    "user-assistant.md": [(r"^\*\*User:\*\*", "user"), (r"^\*\*Assistant:\*\*", "assistant")],
}
QUOTED_USER = {"quoted-turns.md"}      # lines starting with '>' are the user's, all others the assistant's
ALL_ASSISTANT = {"bare-answers.txt"}   # only the assistant's text was pasted


def text_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().splitlines()
    if name in ALL_ASSISTANT:
        return lines
    if name in QUOTED_USER:
        return [l for l in lines if not l.lstrip().startswith(">")]
    markers = TEXT_MARKERS[name]
    role, out = None, []
    for l in lines:
        for rx, r in markers:
            m = re.match(rx, l)
            if m:
                role = r
                l = l[m.end():]
                break
        if role == "assistant":
            out.append(l)
    return out


def pick(convs, title, field):
    if title is None:
        if len(convs) != 1:
            raise ValueError(f"{len(convs)} conversations but no 'conversation' given")
        return convs[0]
    hits = [c for c in convs if c[field] == title]
    if len(hits) != 1:
        raise ValueError(f"conversation {title!r} matched {len(hits)}")
    return hits[0]


def chatgpt_assistant_lines(data, title):
    conv = pick(data, title, "title")
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:  # latest leaf by create_time
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"]["create_time"] or 0)["id"]
    out = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text" \
                and m.get("recipient", "all") == "all":
            text = "\n".join(p for p in m["content"]["parts"] if isinstance(p, str))
            out = text.splitlines() + out
        node = n.get("parent")
    return out


def claude_assistant_lines(data, title):
    conv = pick(data, title, "name")
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] == "assistant":
            for b in m["content"]:
                if b["type"] == "text":
                    out += b["text"].splitlines()
    return out


def assistant_lines(path, name, title):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if "chat_messages" in data[0]:
            return claude_assistant_lines(data, title)
        return chatgpt_assistant_lines(data, title)
    return text_assistant_lines(path, name)


def numbers_in(obj):
    if isinstance(obj, bool):
        return []
    if isinstance(obj, (int, float)):
        return [obj]
    if isinstance(obj, list):
        return [x for o in obj for x in numbers_in(o)]
    return []


def main():
    errors = []
    counts = {}
    for s in SETS:
        d = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        # answers.py must print every numeric key value
        outp = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True, check=True).stdout
        printed = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", outp)]
        for pid, spec in key.items():
            for v in numbers_in(spec.get("answer")):
                tol = spec.get("tolerance", 1e-9)
                if not any(abs(p - v) <= tol + 1e-12 for p in printed):
                    errors.append(f"{s}: key {pid} value {v} not printed by answers.py")
        labels = yaml.safe_load(open(os.path.join(d, "labels.yaml")))
        tdir = os.path.join(d, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
        for name in files:
            lab = labels.get(name) or {}
            parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
            if set(parts) != set(key):
                errors.append(f"{s}/{name}: parts {sorted(parts)} != key {sorted(key)}")
            try:
                lines = assistant_lines(os.path.join(tdir, name), name, lab.get("conversation"))
            except Exception as e:  # noqa: BLE001
                errors.append(f"{s}/{name}: cannot read assistant text: {e}")
                continue
            for pid, p in parts.items():
                v = p.get("verdict")
                where = f"{s}/{name} {pid}"
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                ans = p.get("answer")
                if v == "missing" and ans is not None:
                    errors.append(f"{where}: missing but answer {ans!r}")
                if v != "missing" and ans is None:
                    errors.append(f"{where}: {v} without answer")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{where}: unclear needs a list of >= 2 candidates")
                ev = p.get("evidence")
                if ev is None:
                    if v != "missing":
                        errors.append(f"{where}: {v} without evidence")
                    continue
                if not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not on one assistant line: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print("labels by verdict:", dict(sorted(counts.items())), "total", sum(counts.values()))
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
