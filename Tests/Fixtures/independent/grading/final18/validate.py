#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

- every label has a valid verdict, answer shape matches verdict;
- every key part is labelled for every transcript, and no extra parts;
- each evidence string is a substring of one line of the graded assistant text
  (exports: assistant text messages on the graded branch only);
- each numeric key value agrees with the set's answers.py;
- 'correct' answers agree with the key and 'incorrect' answers do not (numerically).
"""
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["infotheory-hw3", "numerics-ps2", "crypto-ch4"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# speaker markers for the plain-text transcripts: (user regex, assistant regex, default speaker)
MARKERS = {
    "extension-export.md": (r"^#### You:", r"^#### ChatGPT:", None),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:", None),
    "claude-copy.txt": (r"^Human:", r"^Claude:", None),
    "student-notes.md": (r"^Q\d+:", r"^A\d+:", None),
    "you-said.md": (r"^You said:", r"^ChatGPT said:", None),
    "dated-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant", None),
    "bare-answer.txt": (r"^\Z(?!x)x", r"^\Z(?!x)x", "assistant"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", None),
    "quoted-turns.md": ("QUOTED", "QUOTED", "assistant"),
    "you-chatgpt.txt": (r"^You:", r"^ChatGPT:", None),
    "bold-user.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*", None),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(path, name):
    user_re, asst_re, state = MARKERS[name]
    out = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if user_re == "QUOTED":
            if not line.startswith(">"):
                out.append(line)
            continue
        m_u, m_a = re.match(user_re, line), re.match(asst_re, line)
        if m_u:
            state, line = "user", line[m_u.end():]
        elif m_a:
            state, line = "assistant", line[m_a.end():]
        if state == "assistant":
            out.append(line)
    return out


def chatgpt_lines(conv):
    mp = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mp.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    while node is not None:
        n = mp[node]
        msg = n.get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"]["content_type"] in ("text", "multimodal_text"):
            for p in msg["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        node = n.get("parent")
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] == "assistant":
            for b in m["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].split("\n"))
    return out


def export_lines(path, lab):
    data = json.load(open(path, encoding="utf-8"))
    title = lab.get("conversation")
    if len(data) > 1 and not title:
        err(f"{path}: several conversations but no 'conversation' in labels")
    for conv in data:
        name = conv.get("title", conv.get("name"))
        if title and name != title and len(data) > 1:
            continue
        if title and name != title:
            err(f"{path}: conversation title {title!r} not found")
        return chatgpt_lines(conv) if "mapping" in conv else claude_lines(conv)
    err(f"{path}: conversation {title!r} not found")
    return []


def numbers(s, with_places=False):
    """All numbers in a string, fractions a/b as Fractions; optionally with decimal places shown."""
    s = str(s).replace("−", "-")
    out = []
    for m in re.findall(r"-?\d+(?:\.\d+)?(?:/\d+)?", s):
        places = len(m.split(".")[1]) if "." in m and "/" not in m else None
        out.append((Fraction(m), places))
    return out if with_places else [v for v, _ in out]


def flat(v):
    if isinstance(v, list):
        return [x for e in v for x in flat(e)]
    return [Fraction(str(v))]


def matches(got, want, tol):
    """got: [(value, decimal places or None)]; decimals are compared after rounding the key."""
    if len(got) != len(want):
        return False
    for (g, places), w in zip(got, want):
        t = Fraction(str(tol)) if tol else Fraction(0)
        if places is not None:
            t = max(t, Fraction(1, 2 * 10 ** places))
        if abs(g - w) > t + Fraction(1, 10 ** 12):
            return False
    return True


def check_key_against_answers(s, key):
    out = subprocess.run([sys.executable, os.path.join(ROOT, s, "answers.py")], capture_output=True, text=True, check=True).stdout
    computed = {}
    for line in out.splitlines():
        k, _, v = line.partition(" ")
        if k in key:
            computed[k] = v
    for pid, spec in key.items():
        if pid not in computed:
            err(f"{s}: answers.py does not print {pid}")
            continue
        v = computed[pid].strip()
        if "choice" in spec:
            if v != spec["choice"]:
                err(f"{s} {pid}: answers.py {v} != key {spec['choice']}")
            continue
        want = flat(spec["answer"]) if not isinstance(spec["answer"], str) else [Fraction(spec["answer"])]
        got = numbers(v.split(" ")[0] if not v.startswith("[") else v)
        tol = spec.get("tolerance", 0)
        if len(got) != len(want) or any(abs(g - w) > Fraction(str(tol)) + Fraction(1, 10 ** 9) for g, w in zip(got, want)):
            err(f"{s} {pid}: answers.py gives {v}, key {spec['answer']}")


counts = {}
for s in SETS:
    key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    check_key_against_answers(s, key)
    labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml")))
    tdir = os.path.join(ROOT, s, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
    for name, lab in labels.items():
        path = os.path.join(tdir, name)
        if not os.path.exists(path):
            continue
        lines = export_lines(path, lab) if name.endswith(".json") else plain_assistant_lines(path, name)
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            err(f"{s}/{name}: parts {sorted(parts)} != key {sorted(key)}")
        for pid, p in parts.items():
            v = p.get("verdict")
            counts[v] = counts.get(v, 0) + 1
            where = f"{s}/{name} {pid}"
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            ans, ev = p.get("answer"), p.get("evidence")
            if v == "missing" and ans is not None:
                err(f"{where}: missing with an answer")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{where}: unclear needs a list of candidates")
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{where}: answer should be a string")
            if v in ("correct", "incorrect", "unclear") and not ev:
                err(f"{where}: evidence required")
            if ev is not None and not any(ev in line for line in lines):
                err(f"{where}: evidence not in one line of graded assistant text: {ev!r}")
            if v in ("correct", "incorrect") and pid in key:
                spec = key[pid]
                if "choice" in spec:
                    ok = ans.strip("() ").upper() == spec["choice"]
                else:
                    want = flat(spec["answer"]) if not isinstance(spec["answer"], str) else [Fraction(spec["answer"])]
                    ok = matches(numbers(ans, with_places=True), want, spec.get("tolerance"))
                if ok != (v == "correct"):
                    err(f"{where}: verdict {v} but answer {ans!r} vs key {spec}")

for e in errors:
    print("ERROR", e)
print("labels by verdict:", counts, "total", sum(counts.values()))
sys.exit(1 if errors else 0)
