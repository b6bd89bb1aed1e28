#!/usr/bin/env python3
"""Validate the final71 grading corpus.

Checks
  1. key.yaml: only documented fields, exactly one answer kind per entry.
  2. every numeric/choice/text key agrees with the set's answers.py.
  3. labels.yaml: every transcript labelled, every key part labelled (no extras), verdicts valid,
     answer form matches the verdict (null iff missing, list of >=2 candidates iff unclear),
     and correct/incorrect answers agree/disagree with the key.
  4. every evidence string is a substring of one line of the graded assistant text
     (exports: assistant text messages of the graded branch only).
  5. generators are deterministic: make_exports.py re-run into a temp dir gives byte-identical
     files; the browser-print transcript is rebuilt too when pdflatex and pdftotext exist.
Exit status 0 when everything passes.
"""
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from fractions import Fraction

import yaml

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["photoelectric", "reliability", "boolean-logic"]
KINDS = {"answer", "shape", "choice", "text", "expression"}
ALLOWED = KINDS | {"tolerance", "layout"}
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ numbers
def to_number(v):
    """Float from a key/label value: int, float, '15/16', '4.29e-19'. None if not numeric."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        s = v.strip().replace("−", "-")
        if re.fullmatch(r"-?\d+/\d+", s):
            return float(Fraction(s))
        try:
            return float(s)
        except ValueError:
            return None
    return None


def num_equal(a, b, tol):
    a, b = to_number(a), to_number(b)
    if a is None or b is None:
        return False
    if tol is not None:
        return abs(a - b) <= float(tol) * (1 + 1e-9)
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def parse_structured(s):
    if isinstance(s, str) and s.strip().startswith("["):
        return json.loads(s)
    return s


def label_matches_key(ans, entry):
    if "answer" in entry:
        kv = entry["answer"]
        if isinstance(kv, list):
            return parse_structured(ans) == kv
        return num_equal(ans, kv, entry.get("tolerance"))
    if "choice" in entry:
        return str(ans).strip().upper() == str(entry["choice"]).upper()
    if "text" in entry:
        return str(ans).strip().lower() == str(entry["text"]).lower()
    return False


# ------------------------------------------------------------------ transcripts
PLAIN = {
    "photoelectric/browser-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "photoelectric/chatgpt-exporter.md": (r"^#### You:", r"^#### ChatGPT:"),
    "photoelectric/claude-copy.txt": (r"^Human:", r"^Claude:"),
    "photoelectric/student-notes.txt": (r"^Q\d+:", r"^A\d+:"),
    "reliability/you-said.md": (r"^You said:", r"^ChatGPT said:"),
    "reliability/emoji-log.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "reliability/bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "reliability/bare-answer.txt": None,  # bare assistant text
    "boolean-logic/quoted-user.md": (r"^User:", r"^Assistant:"),
    "boolean-logic/you-chatgpt.md": (r"^You:", r"^ChatGPT:"),
    "boolean-logic/bold-user.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "boolean-logic/human-claude.md": (r"^Human:", r"^Claude:"),
}


def plain_assistant_lines(rel, text):
    spec = PLAIN[rel]
    lines = text.split("\n")
    if spec is None:
        return lines
    user_re, asst_re = (re.compile(x) for x in spec)
    out, state = [], None
    for ln in lines:
        if user_re.match(ln):
            state = "user"
        elif asst_re.match(ln):
            state = "assistant"
        if state == "assistant" and not ln.startswith(">"):
            out.append(ln)
    return out


def chatgpt_assistant_lines(data, title):
    convs = [c for c in data if c.get("title") == title]
    if len(convs) != 1:
        err(f"conversation {title!r}: found {len(convs)} matches")
        return []
    conv = convs[0]
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    out = []
    for n in reversed(chain):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        if m["content"].get("content_type") != "text":
            continue
        for p in m["content"].get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_assistant_lines(data, name):
    convs = [c for c in data if c.get("name") == name]
    if len(convs) != 1:
        err(f"conversation {name!r}: found {len(convs)} matches")
        return []
    out = []
    for m in convs[0]["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def assistant_lines(setname, fname, conversation):
    path = os.path.join(HERE, setname, "transcripts", fname)
    raw = open(path, encoding="utf-8").read()
    if fname.endswith(".json"):
        data = json.loads(raw)
        if not conversation:
            err(f"{setname}/{fname}: export label needs 'conversation'")
            return []
        if data and "chat_messages" in data[0]:
            return claude_assistant_lines(data, conversation)
        return chatgpt_assistant_lines(data, conversation)
    return plain_assistant_lines(f"{setname}/{fname}", raw)


# ------------------------------------------------------------------ checks
def load_answers(setname):
    path = os.path.join(HERE, setname, "answers.py")
    spec = importlib.util.spec_from_file_location(f"answers_{setname.replace('-', '_')}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


counts = {v: 0 for v in VERDICTS}
kind_counts = {}
for setname in SETS:
    key = yaml.safe_load(open(os.path.join(HERE, setname, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    mod = load_answers(setname)
    computed = getattr(mod, "ANSWERS", {})
    choices = getattr(mod, "CHOICES", {})
    texts = getattr(mod, "TEXTS", {})
    # 1 + 2: key form and agreement with answers.py
    for pid, entry in key.items():
        extra = set(entry) - ALLOWED
        kinds = set(entry) & KINDS
        if extra:
            err(f"{setname} key {pid}: undocumented fields {sorted(extra)}")
        if len(kinds) != 1:
            err(f"{setname} key {pid}: must have exactly one answer kind, has {sorted(kinds)}")
        if "tolerance" in entry and "answer" not in entry:
            err(f"{setname} key {pid}: tolerance without answer")
        kind = next(iter(kinds)) if kinds else None
        kind_counts[kind] = kind_counts.get(kind, 0) + 1
        if kind == "answer" and isinstance(entry["answer"], str) and not re.fullmatch(r"-?\d+/\d+", entry["answer"]):
            err(f"{setname} key {pid}: answer parsed as a string {entry['answer']!r}; write a YAML number")
        if "tolerance" in entry and not isinstance(entry["tolerance"], (int, float)):
            err(f"{setname} key {pid}: tolerance parsed as {type(entry['tolerance']).__name__}")
        if kind == "answer":
            if pid not in computed:
                err(f"{setname} key {pid}: numeric key not computed by answers.py")
                continue
            kv, cv = entry["answer"], computed[pid]
            if isinstance(kv, list):
                if kv != cv:
                    err(f"{setname} key {pid}: key {kv} != answers.py {cv}")
            else:
                tol = entry.get("tolerance")
                if not num_equal(cv, kv, tol if tol is not None else None):
                    err(f"{setname} key {pid}: key {kv} != answers.py {cv} (tol {tol})")
        elif kind == "choice":
            if choices.get(pid) != entry["choice"]:
                err(f"{setname} key {pid}: choice {entry['choice']} != answers.py {choices.get(pid)}")
        elif kind == "text":
            if texts.get(pid) != entry["text"]:
                err(f"{setname} key {pid}: text {entry['text']} != answers.py {texts.get(pid)}")
    # 3 + 4: labels
    labels = yaml.safe_load(open(os.path.join(HERE, setname, "labels.yaml"), encoding="utf-8"))
    on_disk = sorted(os.listdir(os.path.join(HERE, setname, "transcripts")))
    if sorted(labels) != on_disk:
        err(f"{setname}: labelled {sorted(labels)} but transcripts are {on_disk}")
    for fname, lab in labels.items():
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        if set(parts) != set(key):
            err(f"{setname}/{fname}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
        try:
            lines = assistant_lines(setname, fname, lab.get("conversation"))
        except FileNotFoundError:
            err(f"{setname}/{fname}: transcript missing")
            continue
        if not any(l.strip() for l in lines):
            err(f"{setname}/{fname}: no assistant text found")
        for pid, p in parts.items():
            where = f"{setname}/{fname} {pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] += 1
            ans, ev = p.get("answer"), p.get("evidence")
            if v == "missing" and ans is not None:
                err(f"{where}: missing must have answer null")
            if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                err(f"{where}: unclear needs a list of >= 2 candidates")
            if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                err(f"{where}: {v} needs a single answer")
            if pid in key and v in ("correct", "incorrect"):
                m = label_matches_key(ans, key[pid])
                if v == "correct" and not m:
                    err(f"{where}: labelled correct but {ans!r} does not match key {key[pid]}")
                if v == "incorrect" and m:
                    err(f"{where}: labelled incorrect but {ans!r} matches key {key[pid]}")
            if v != "missing" and ev is None:
                err(f"{where}: evidence required unless missing")
            if ev is not None:
                if not isinstance(ev, str) or "\n" in ev:
                    err(f"{where}: evidence must be a one-line string")
                elif not any(ev in l for l in lines):
                    err(f"{where}: evidence not found on one line of graded assistant text: {ev!r}")


# 5: determinism
def check_exports():
    gen = os.path.join(HERE, "generators", "make_exports.py")
    targets = ["photoelectric/transcripts/chatgpt-export.json",
               "reliability/transcripts/claude-export.json",
               "boolean-logic/transcripts/conversations.json"]
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(2):
            subprocess.run([sys.executable, gen, tmp], check=True, stdout=subprocess.DEVNULL)
            for t in targets:
                a = open(os.path.join(tmp, t), "rb").read()
                b = open(os.path.join(HERE, t), "rb").read()
                if a != b:
                    err(f"generator output differs from committed {t}")


def check_print():
    if not (shutil.which("pdflatex") and shutil.which("pdftotext")):
        print("note: pdflatex/pdftotext not found; browser-print rebuild skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(HERE, "generators", "print", "chat_print.tex")
        shutil.copy(src, tmp)
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "chat_print.tex"], cwd=tmp,
                           check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["pdftotext", "chat_print.pdf"], cwd=tmp, check=True)
        a = open(os.path.join(tmp, "chat_print.txt"), "rb").read()
        b = open(os.path.join(HERE, "photoelectric", "transcripts", "browser-print.txt"), "rb").read()
        if a != b:
            err("browser-print.txt differs from a fresh pdflatex + pdftotext build")


check_exports()
check_print()

total = sum(counts.values())
print("labels by verdict:", {k: counts[k] for k in ("correct", "incorrect", "missing", "unclear")}, "total", total)
print("key entries by kind:", kind_counts)
if total and counts["correct"] / total > 0.70:
    err(f"too many correct labels: {counts['correct']}/{total}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("PASS")
