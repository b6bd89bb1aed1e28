#!/usr/bin/env python3
"""Checks the final30 corpus.

1. every label has a valid verdict and the answer field has the right form for it;
2. every key part is labelled for every transcript, and no label names a part outside the key;
3. every evidence string is a substring of one line of the graded assistant text
   (exports: assistant text messages of the graded branch / conversation only);
4. every key value agrees with the "KEY" lines printed by the set's answers.py.

Run:  python3 validate.py      (exit status 0 when clean)
"""
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["lstm-trees", "adam-pca", "exercises-ch4"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ graded assistant text
# Turn markers of the plain transcripts: (regex for a user turn, regex for an assistant turn).
# Text after the marker on the same line belongs to that turn. None = no markers.
MARKERS = {
    "you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "student-q-a.md": (r"^Q\d+:", r"^A\d+:"),
    "terse.md": (r"^\*\*You:\*\*", r"^\*\*Assistant:\*\*"),
    "exporter-ext.md": (r"^#### You:", r"^#### ChatGPT:"),
    "emoji-dated.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "user-assistant.txt": (r"^User:", r"^Assistant:"),
}


def text_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    if name == "bare-answer.md":
        return lines
    if name == "quoted-user.md":
        return [l for l in lines if not l.startswith(">")]
    user_re, asst_re = MARKERS[name]
    role, out = None, []
    for line in lines:
        mu, ma = re.match(user_re, line), re.match(asst_re, line)
        if mu:
            role, line = "user", line[mu.end():]
        elif ma:
            role, line = "assistant", line[ma.end():]
        if role == "assistant":
            out.append(line)
    return out


def chatgpt_lines(data, conv_title):
    convs = data if conv_title is None else [c for c in data if c["title"] == conv_title]
    if len(convs) != 1:
        err(f"  chatgpt export: cannot pick conversation {conv_title!r} (found {len(convs)})")
        return []
    conv = convs[0]
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:  # latest leaf by create_time
        leaves = [n for n in mapping.values() if not n.get("children") and n["message"]]
        node = max(leaves, key=lambda n: n["message"]["create_time"] or 0)["id"]
    out = []
    while node is not None:
        n = mapping[node]
        m = n["message"]
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            out = "\n".join(p for p in m["content"]["parts"] if isinstance(p, str)).split("\n") + out
        node = n["parent"]
    return out


def claude_lines(data, conv_name):
    convs = data if conv_name is None else [c for c in data if c["name"] == conv_name]
    if len(convs) != 1:
        err(f"  claude export: cannot pick conversation {conv_name!r} (found {len(convs)})")
        return []
    out = []
    for m in convs[0]["chat_messages"]:
        if m["sender"] == "assistant":
            for b in m["content"]:
                if b["type"] == "text":
                    out += b["text"].split("\n")
    return out


def assistant_lines(path, name, conversation):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if len(data) > 1 and conversation is None:
            err(f"  {name}: export has {len(data)} conversations but the label names none")
        if "mapping" in data[0]:
            return chatgpt_lines(data, conversation)
        return claude_lines(data, conversation)
    return text_assistant_lines(path, name)


# ------------------------------------------------------------ key values vs answers.py
def to_num(x):
    if isinstance(x, str):
        return float(Fraction(x))
    return float(x)


def close(key_val, computed, tol):
    if isinstance(key_val, list):
        return (isinstance(computed, list) and len(key_val) == len(computed)
                and all(close(k, c, tol) for k, c in zip(key_val, computed)))
    return abs(to_num(key_val) - float(computed)) <= tol


def check_key(set_dir, key):
    out = subprocess.run([sys.executable, os.path.join(set_dir, "answers.py")],
                         capture_output=True, text=True, check=True).stdout
    computed = {}
    for line in out.splitlines():
        if line.startswith("KEY "):
            _, pid, val = line.split(" ", 2)
            computed[pid] = json.loads(val)
    for pid, spec in key.items():
        if pid not in computed:
            err(f"{set_dir}: key part {pid} not computed by answers.py")
            continue
        c = computed[pid]
        if "answer" in spec:
            tol = spec.get("tolerance", 1e-6)
            if not close(spec["answer"], c, tol):
                err(f"{set_dir}: key {pid} = {spec['answer']} but answers.py gives {c}")
        elif "shape" in spec:
            if list(spec["shape"]) != c:
                err(f"{set_dir}: key {pid} shape {spec['shape']} but answers.py gives {c}")
        elif "choice" in spec:
            if spec["choice"] != c:
                err(f"{set_dir}: key {pid} choice {spec['choice']} but answers.py gives {c}")
        elif "expression" in spec:
            if spec["expression"] != c:
                err(f"{set_dir}: key {pid} expression {spec['expression']} but answers.py gives {c}")
        elif "text" in spec:
            if spec["text"] != c:
                err(f"{set_dir}: key {pid} text {spec['text']} but answers.py gives {c}")
        else:
            err(f"{set_dir}: key {pid} has no answer/shape/choice/text")


# ------------------------------------------------------------ main
def main():
    totals = {}
    for s in SETS:
        set_dir = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(set_dir, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        check_key(set_dir, key)
        labels = yaml.safe_load(open(os.path.join(set_dir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(set_dir, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            err(f"{s}: labelled transcripts {sorted(labels)} != files {files}")
        for name, entry in labels.items():
            path = os.path.join(tdir, name)
            if not os.path.exists(path):
                err(f"{s}/{name}: no such transcript")
                continue
            lines = assistant_lines(path, name, entry.get("conversation"))
            if not lines:
                err(f"{s}/{name}: no graded assistant text found")
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != set(key):
                err(f"{s}/{name}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
            for pid, lab in parts.items():
                where = f"{s}/{name} {pid}"
                v = lab.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                totals[v] = totals.get(v, 0) + 1
                ans, ev = lab.get("answer", "MISSINGFIELD"), lab.get("evidence", "MISSINGFIELD")
                if ans == "MISSINGFIELD" or ev == "MISSINGFIELD":
                    err(f"{where}: answer and evidence fields are required")
                    continue
                if v == "missing" and ans is not None:
                    err(f"{where}: missing needs answer: null")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 candidate answers")
                if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                    err(f"{where}: {v} needs a single answer string")
                if v != "missing" and ev is None:
                    err(f"{where}: {v} needs evidence")
                if ev is not None and not any(ev in line for line in lines):
                    err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    n = sum(totals.values())
    print(f"{n} labels:", ", ".join(f"{k} {totals.get(k, 0)}" for k in sorted(VERDICTS)))
    print("CLEAN" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
