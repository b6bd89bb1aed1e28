#!/usr/bin/env python3
"""Validate the final45 grading corpus.

Checks, for every set directory (one holding key.yaml):
  * key.yaml, labels.yaml and every JSON transcript parse;
  * every transcript is labelled, every label refers to an existing transcript;
  * every key part is labelled for every transcript and no label names an unknown part;
  * every verdict is one of correct/incorrect/missing/unclear, answers have the right shape
    (null for missing, a list of >= 2 candidates for unclear, a scalar string otherwise);
  * exports with several conversations name the graded conversation, and it exists;
  * every evidence string is a substring of one line of the graded assistant text
    (for exports: assistant text messages on the graded branch only);
  * answers.py runs and reports that the key agrees.
Exit status 0 when clean.
"""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Turn markers of the plain-text transcripts: (user-turn regex, assistant-turn regex).
# "quoted": lines starting with '>' are the user, the rest after the first quote is the assistant.
# "bare": the whole file is assistant text.
TEXT_FORMATS = {
    "chatgpt-extension.md": (r"^#### You:", r"^#### ChatGPT:"),
    "printed-chat.txt": (r"^You said:", r"^ChatGPT said:"),
    "student-qa-notes.txt": (r"^Q\d+:", r"^A\d+:"),
    "claude-copy.md": (r"^Human:", r"^Claude:"),
    "you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "user-assistant.txt": (r"^User:", r"^Assistant:"),
    "bare-answer.md": "bare",
    "chatgpt-bold.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "notes-quoted.md": "quoted",
    "print-pdf.txt": (r"^You said:", r"^ChatGPT said:"),
    "user-assistant-table.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
}

errors = []


def err(msg):
    errors.append(msg)


def text_assistant_lines(path, fmt):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if fmt == "bare":
        return lines
    if fmt == "quoted":
        out, started = [], False
        for ln in lines:
            if ln.startswith(">"):
                started = True
            elif started:
                out.append(ln)
        return out
    user_re, asst_re = (re.compile(x) for x in fmt)
    out, mode = [], None
    for ln in lines:
        if user_re.match(ln):
            mode = "user"
            continue
        m = asst_re.match(ln)
        if m:
            mode = "assistant"
            rest = ln[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if mode == "assistant":
            out.append(ln)
    return out


def chatgpt_graded(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        # leaf with the latest create_time
        leaves = [k for k, v in mapping.items() if not v.get("children")]
        def t(k):
            m = mapping[k].get("message") or {}
            return m.get("create_time") or 0
        node = max(leaves, key=t)
    chain = []
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    chain.reverse()
    texts = []
    for n in chain:
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                texts.append(p)
    return texts


def claude_graded(conv):
    texts = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg.get("content", []):
            if b.get("type") == "text":
                texts.append(b["text"])
    return texts


def export_lines(path, entry, fname):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list) or not data:
        err(f"{fname}: export is not a non-empty list")
        return []
    name_key = "title" if "mapping" in data[0] else "name"
    if len(data) > 1:
        want = entry.get("conversation")
        if not want:
            err(f"{fname}: several conversations but no 'conversation' in labels")
            return []
        convs = [c for c in data if c.get(name_key) == want]
        if len(convs) != 1:
            err(f"{fname}: conversation {want!r} found {len(convs)} times")
            return []
        conv = convs[0]
    else:
        conv = data[0]
    texts = chatgpt_graded(conv) if name_key == "title" else claude_graded(conv)
    lines = []
    for t in texts:
        lines.extend(t.splitlines())
    return lines


def check_set(sdir):
    name = os.path.basename(sdir)
    key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
    key_parts = {str(k) for k in key}
    for k, v in key.items():
        if not isinstance(k, str):
            err(f"{name}/key.yaml: part id {k!r} is not a string (quote it)")
        if not isinstance(v, dict) or not ({"answer", "choice", "text", "expression", "shape"} & set(v)):
            err(f"{name}/key.yaml: part {k} has no answer field")
    labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(sdir, "transcripts")
    files = sorted(os.listdir(tdir))
    for fn in files:
        if fn not in labels:
            err(f"{name}: transcript {fn} has no labels")
    counts = {}
    for fn, entry in labels.items():
        path = os.path.join(tdir, fn)
        if not os.path.exists(path):
            err(f"{name}: labels for missing transcript {fn}")
            continue
        if fn.endswith(".json"):
            lines = export_lines(path, entry, f"{name}/{fn}")
        else:
            fmt = TEXT_FORMATS.get(fn)
            if fmt is None:
                err(f"{name}/{fn}: no turn-marker format registered")
                continue
            lines = text_assistant_lines(path, fmt)
            if not lines:
                err(f"{name}/{fn}: no assistant text found")
        parts = {str(k): v for k, v in entry["parts"].items()}
        for k in entry["parts"]:
            if not isinstance(k, str):
                err(f"{name}/{fn}: part id {k!r} is not a string")
        if set(parts) != key_parts:
            err(f"{name}/{fn}: labelled parts {sorted(parts)} != key parts {sorted(key_parts)}")
        for pid, lab in parts.items():
            where = f"{name}/{fn}/{pid}"
            v = lab.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans = lab.get("answer", "MISSING-FIELD")
            if ans == "MISSING-FIELD":
                err(f"{where}: no answer field")
            elif v == "missing" and ans is not None:
                err(f"{where}: missing verdict needs answer null")
            elif v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{where}: unclear verdict needs a list of >= 2 candidates")
            elif v in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{where}: answer should be a plain string")
            ev = lab.get("evidence", "MISSING-FIELD")
            if ev == "MISSING-FIELD":
                err(f"{where}: no evidence field")
            elif ev is None:
                if v != "missing":
                    err(f"{where}: evidence null for a non-missing verdict")
            elif not any(ev in ln for ln in lines):
                err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
    # answers.py
    r = subprocess.run([sys.executable, os.path.join(sdir, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0 or "key agrees" not in r.stdout:
        err(f"{name}/answers.py failed: {r.stderr.strip()[-300:]}")
    return len(files), counts


def main():
    total = {}
    ntrans = 0
    sets = sorted(d for d in os.listdir(HERE) if os.path.exists(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        n, counts = check_set(os.path.join(HERE, s))
        ntrans += n
        print(f"{s}: {n} transcripts, " + ", ".join(f"{k} {counts.get(k, 0)}" for k in sorted(VERDICTS)))
        for k, c in counts.items():
            total[k] = total.get(k, 0) + c
    print(f"TOTAL: {len(sets)} sets, {ntrans} transcripts, {sum(total.values())} labels: "
          + ", ".join(f"{k} {total.get(k, 0)}" for k in sorted(VERDICTS)))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("clean")


if __name__ == "__main__":
    main()
