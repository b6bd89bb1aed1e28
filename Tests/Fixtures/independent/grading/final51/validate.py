#!/usr/bin/env python3
"""Validate this hand-labelled grading corpus.

Checks, for every set folder (one holding key.yaml):
  * key.yaml parses and every part has exactly one of answer/shape/choice/text/expression;
  * answers.py runs and its printed line for each part agrees with the key (numeric, fraction,
    vector/matrix, choice and true/false values);
  * labels.yaml covers every transcript in transcripts/ and every key part for each transcript,
    with a valid verdict, answer null exactly when missing, a list of candidates when unclear;
  * each evidence string is a substring of one line of the graded assistant text.
    Graded assistant text: for ChatGPT exports, the text messages by the assistant on the
    branch ending at current_node (or, without current_node, at the leaf with the latest
    create_time, followed up by parent links); for Claude exports, the text blocks of the
    assistant messages of the labelled conversation; for chat copies, the assistant turns as
    delimited by the turn markers listed in TURN_STYLES below.
Usage: python3 validate.py   (exit status 0 when clean)
"""
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KEY_KINDS = {"answer", "shape", "choice", "text", "expression"}

# Turn markers for the chat copies: (user-turn regex, assistant-turn regex), matched at line start.
# The marker itself is removed; the rest of the marker line belongs to the turn.
TURN_STYLES = {
    "rootfinding-exercises/sheet3-chatgpt-exporter.md": (r"#### You:", r"#### ChatGPT:"),
    "rootfinding-exercises/printed-chat-pdf.txt": (r"You said:", r"ChatGPT said:"),
    "rootfinding-exercises/claude-copy.txt": (r"Human:", r"Claude:"),
    "rootfinding-exercises/student-q-a-labels.txt": (r"Q\d+:", r"A\d+:"),
    "regression-course-page/chatgpt-you-said.md": (r"You said:", r"ChatGPT said:"),
    "regression-course-page/emoji-headings-export.md": (r"## 👤 User", r"## 🤖 Assistant"),
    "regression-course-page/bold-you-chatgpt.md": (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*"),
    "regression-course-page/bare-answer-only.md": None,          # bare assistant text
    "hamming-codes-exam/quoted-user-turns.md": "quoted",           # '> ' lines are the user
    "hamming-codes-exam/user-assistant-plain.txt": (r"User:", r"Assistant:"),
    "hamming-codes-exam/bold-user-assistant.md": (r"\*\*User:\*\*", r"\*\*Assistant:\*\*"),
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ graded assistant text
def chat_copy_text(rel, path):
    text = open(path, encoding="utf-8").read()
    style = TURN_STYLES.get(rel, "missing-style")
    if style == "missing-style":
        err(f"{rel}: no turn style registered in validate.py")
        return ""
    if style is None:
        return text
    if style == "quoted":
        return "\n".join(l for l in text.splitlines() if not l.startswith(">"))
    user_re, asst_re = (re.compile(p) for p in style)
    role, out = None, []
    for line in text.splitlines():
        mu, ma = user_re.match(line), asst_re.match(line)
        if mu:
            role, line = "user", line[mu.end():]
        elif ma:
            role, line = "assistant", line[ma.end():]
        if role == "assistant":
            out.append(line)
    if not out:
        err(f"{rel}: no assistant turns found")
    return "\n".join(out)


def chatgpt_text(rel, conv):
    mapping = conv["mapping"]
    # children may be absent in some exports: rebuild from parent links
    children = {k: [] for k in mapping}
    for k, node in mapping.items():
        if node.get("parent") in children:
            children[node["parent"]].append(k)
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [k for k in mapping if not children[k] and mapping[k].get("message")]
        leaf = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    chain = []
    while leaf:
        chain.append(leaf)
        leaf = mapping[leaf].get("parent")
    parts = []
    for k in reversed(chain):
        msg = mapping[k].get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        c = msg["content"]
        if c.get("content_type") != "text":
            continue
        parts.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return "\n".join(parts)


def claude_text(rel, conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = m.get("content") or []
        texts = [b["text"] for b in blocks if b.get("type") == "text"]
        out.extend(texts if texts else [m.get("text", "")])
    return "\n".join(out)


def export_text(rel, path, label):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{rel}: export is not a non-empty JSON list")
        return ""
    kind = "chatgpt" if "mapping" in data[0] else "claude" if "chat_messages" in data[0] else None
    if kind is None:
        err(f"{rel}: unknown export shape")
        return ""
    title_key = "title" if kind == "chatgpt" else "name"
    want = label.get("conversation")
    if want is None:
        if len(data) > 1:
            err(f"{rel}: several conversations but no 'conversation' label")
            return ""
        conv = data[0]
    else:
        hits = [c for c in data if c.get(title_key) == want]
        if len(hits) != 1:
            err(f"{rel}: conversation {want!r} found {len(hits)} times")
            return ""
        conv = hits[0]
    return chatgpt_text(rel, conv) if kind == "chatgpt" else claude_text(rel, conv)


# ------------------------------------------------------------------ key vs answers.py
NUM = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def flatten(v):
    if isinstance(v, list):
        return [x for item in v for x in flatten(item)]
    return [v]


def as_number(v):
    if isinstance(v, str) and re.fullmatch(r"-?\d+/\d+", v.strip()):
        return float(Fraction(v.strip()))
    return float(v)


def check_key_against_answers(setdir, key):
    rel = os.path.basename(setdir)
    try:
        out = subprocess.run([sys.executable, "answers.py"], cwd=setdir, capture_output=True,
                             text=True, timeout=120, check=True).stdout
    except Exception as e:  # noqa: BLE001
        err(f"{rel}: answers.py failed: {e}")
        return
    lines = {}
    for line in out.splitlines():
        if line.strip():
            head, _, rest = line.partition(" ")
            lines.setdefault(head, rest)
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in lines:
            err(f"{rel}: answers.py prints no line for part {pid}")
            continue
        rest = lines[pid]
        if "choice" in spec or "text" in spec:
            val = str(spec.get("choice", spec.get("text")))
            if not re.search(r"\b" + re.escape(val) + r"\b", rest, re.I):
                err(f"{rel} {pid}: key {val!r} not in answers.py line {rest!r}")
            continue
        if "answer" not in spec:
            continue
        want = [as_number(x) for x in flatten(spec["answer"])]
        tol = float(spec.get("tolerance", 0)) + 1e-9
        nums = [float(x) for x in NUM.findall(rest)]
        fracs = [float(Fraction(x)) for x in re.findall(r"-?\d+/\d+", rest)]
        ok = False
        if len(want) == 1:
            ok = any(abs(n - want[0]) <= max(tol, 1e-12 * abs(want[0])) for n in nums + fracs)
        else:
            for i in range(len(nums) - len(want) + 1):
                if all(abs(nums[i + j] - want[j]) <= tol for j in range(len(want))):
                    ok = True
                    break
        if not ok:
            err(f"{rel} {pid}: key {spec['answer']!r} does not match answers.py line {rest!r}")


# ------------------------------------------------------------------ labels
def check_set(setdir, counts):
    rel = os.path.basename(setdir)
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
    for pid, spec in key.items():
        if not isinstance(pid, str):
            err(f"{rel}: key part id {pid!r} is not a string (quote it)")
        if not isinstance(spec, dict) or len(KEY_KINDS & set(spec)) != 1:
            err(f"{rel}: key part {pid} must have exactly one of {sorted(KEY_KINDS)}")
    check_key_against_answers(setdir, key)
    lpath = os.path.join(setdir, "labels.yaml")
    if not os.path.exists(lpath):
        err(f"{rel}: no labels.yaml")
        return
    labels = yaml.safe_load(open(lpath, encoding="utf-8")) or {}
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            err(f"{rel}: transcript {f} has no labels")
    for f, lab in labels.items():
        path = os.path.join(tdir, f)
        if not os.path.exists(path):
            err(f"{rel}: labels for missing transcript {f}")
            continue
        if f.endswith(".json"):
            text = export_text(f"{rel}/{f}", path, lab)
        else:
            if "conversation" in lab:
                err(f"{rel}/{f}: 'conversation' only belongs to exports")
            text = chat_copy_text(f"{rel}/{f}", path)
        lines = text.splitlines()
        parts = lab.get("parts") or {}
        for pid in parts:
            if pid not in key:
                err(f"{rel}/{f}: labelled part {pid!r} is not in the key")
        for pid in key:
            if pid not in parts:
                err(f"{rel}/{f}: key part {pid} not labelled")
                continue
            p = parts[pid]
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{rel}/{f} {pid}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans = p.get("answer", "absent")
            if ans == "absent":
                err(f"{rel}/{f} {pid}: no 'answer' field")
            elif v == "missing" and ans is not None:
                err(f"{rel}/{f} {pid}: missing but answer is not null")
            elif v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{rel}/{f} {pid}: unclear needs a list of >= 2 candidates")
            elif v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                err(f"{rel}/{f} {pid}: {v} needs a single answer")
            ev = p.get("evidence", "absent")
            if ev == "absent":
                err(f"{rel}/{f} {pid}: no 'evidence' field")
            elif ev is not None:
                if not isinstance(ev, str) or not ev.strip():
                    err(f"{rel}/{f} {pid}: evidence must be a non-empty string or null")
                elif "\n" in ev or not any(ev in line for line in lines):
                    err(f"{rel}/{f} {pid}: evidence not on one line of the graded assistant text: {ev!r}")
            elif v != "missing":
                err(f"{rel}/{f} {pid}: evidence null although verdict is {v}")


def main():
    counts = {}
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    if not sets:
        err("no sets found")
    for s in sets:
        check_set(os.path.join(ROOT, s), counts)
    for e in errors:
        print("ERROR:", e)
    total = sum(counts.values())
    print(f"{len(sets)} sets, {total} labelled parts:",
          ", ".join(f"{k} {counts.get(k, 0)}" for k in ("correct", "incorrect", "missing", "unclear")))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
