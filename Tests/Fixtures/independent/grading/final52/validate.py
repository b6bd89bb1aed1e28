#!/usr/bin/env python3
"""Check the final52 grading corpus.

For every set (a folder with key.yaml):
  * every answers.py runs and exits 0 (it checks its own numbers against key.yaml);
  * labels.yaml labels exactly the files in transcripts/, and every key part for each of them;
  * each verdict is one of correct / incorrect / missing / unclear;
  * answer is null for missing, a list of >= 2 candidates for unclear, a string otherwise;
  * each evidence string (when not null) is a substring of one line of the graded assistant text:
      - plain transcripts: lines of assistant turns, split with the turn markers in STYLES below;
      - ChatGPT exports: text messages by the assistant on the graded branch (current_node's branch, or,
        without current_node, the branch of the leaf with the latest create_time);
      - Claude exports: text blocks of assistant messages of the named conversation;
  * exports with several conversations name the graded one in `conversation`.
Usage: python3 validate.py   (exit status 0 when clean)
"""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn regex, assistant-turn regex) applied to the start of a line; or a special style.
STYLES = {
    "optim-steps/chatgpt-export.json": "chatgpt",
    "optim-steps/extension-copy.md": (r"#### You:", r"#### ChatGPT:"),
    "optim-steps/printed-pdf.txt": (r"You said:", r"ChatGPT said:"),
    "optim-steps/user-assistant.txt": (r"User:", r"Assistant:"),
    "optim-steps/student-q-labels.md": (r"Q\d+:", r"A\d+:"),
    "relativity-ex4/claude-export.json": "claude",
    "relativity-ex4/chatgpt-export-nocurrent.json": "chatgpt",
    "relativity-ex4/you-said.md": (r"You said:", r"ChatGPT said:"),
    "relativity-ex4/emoji-dated.md": (r"## 👤 User", r"## 🤖 Assistant"),
    "relativity-ex4/bold-you.md": (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*"),
    "committees/human-claude.txt": (r"Human:", r"Claude:"),
    "committees/quoted-user.md": "quoted",
    "committees/bare-answer.md": "bare",
    "committees/bold-user-table.md": (r"\*\*User:\*\*", r"\*\*Assistant:\*\*"),
    "committees/you-chatgpt.txt": (r"You:", r"ChatGPT:"),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(text, style):
    lines = text.split("\n")
    if style == "bare":
        return lines
    if style == "quoted":
        return [l for l in lines if not l.startswith(">")]
    user_re, asst_re = (re.compile("^" + r) for r in style)
    role, out = None, []
    for line in lines:
        if user_re.match(line):
            role = "user"
            continue
        m = asst_re.match(line)
        if m:
            role = "assistant"
            rest = line[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if role == "assistant":
            out.append(line)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    branch = []
    while node is not None:
        branch.append(mapping[node])
        node = mapping[node].get("parent")
    return list(reversed(branch))


def chatgpt_lines(convs, title, fname):
    conv = pick(convs, "title", title, fname)
    if conv is None:
        return []
    out = []
    for n in chatgpt_branch(conv):
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant" or m.get("recipient", "all") != "all":
            continue
        if m["content"].get("content_type") != "text":
            continue
        for p in m["content"].get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_lines(convs, name, fname):
    conv = pick(convs, "name", name, fname)
    if conv is None:
        return []
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        blocks = msg.get("content") or [{"type": "text", "text": msg.get("text", "")}]
        for b in blocks:
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def pick(convs, field, wanted, fname):
    if len(convs) > 1 and wanted is None:
        err(f"{fname}: export has {len(convs)} conversations but the label names none")
        return None
    if wanted is None:
        return convs[0]
    hits = [c for c in convs if c.get(field) == wanted]
    if len(hits) != 1:
        err(f"{fname}: conversation {wanted!r} matches {len(hits)} conversations")
        return None
    return hits[0]


def check_set(setdir):
    name = os.path.basename(setdir)
    r = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0:
        err(f"{name}: answers.py failed:\n{r.stdout}{r.stderr}")
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
    key_parts = {str(k) for k in key}
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(setdir, "transcripts")
    files = set(os.listdir(tdir))
    if set(labels) != files:
        err(f"{name}: labelled {sorted(set(labels) - files)} not present; unlabelled {sorted(files - set(labels))}")
    counts = {}
    for fname, lab in labels.items():
        if fname not in files:
            continue
        sid = f"{name}/{fname}"
        style = STYLES.get(sid)
        if style is None:
            err(f"{sid}: no style registered in validate.py")
            continue
        raw = open(os.path.join(tdir, fname), encoding="utf-8").read()
        if style == "chatgpt":
            lines = chatgpt_lines(json.loads(raw), lab.get("conversation"), sid)
        elif style == "claude":
            lines = claude_lines(json.loads(raw), lab.get("conversation"), sid)
        else:
            lines = plain_assistant_lines(raw, style)
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        if set(parts) != key_parts:
            err(f"{sid}: parts {sorted(set(parts) ^ key_parts)} differ from key")
        for pid, p in parts.items():
            where = f"{sid} [{pid}]"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            a = p.get("answer", "MISSING-FIELD")
            if v == "missing" and a is not None:
                err(f"{where}: missing needs answer: null")
            if v == "unclear" and not (isinstance(a, list) and len(a) >= 2 and len(set(map(str, a))) == len(a)):
                err(f"{where}: unclear needs a list of >= 2 distinct candidates")
            if v in ("correct", "incorrect") and not isinstance(a, str):
                err(f"{where}: answer should be a string, got {a!r}")
            if "evidence" not in p:
                err(f"{where}: no evidence field")
            ev = p.get("evidence")
            if ev is not None:
                if not isinstance(ev, str) or "\n" in ev:
                    err(f"{where}: evidence must be a one-line string")
                elif not any(ev in line for line in lines):
                    err(f"{where}: evidence not found in graded assistant text: {ev!r}")
            extra = set(p) - {"verdict", "answer", "evidence", "note"}
            if extra:
                err(f"{where}: unknown fields {sorted(extra)}")
    return counts


def main():
    total = {}
    for d in sorted(os.listdir(HERE)):
        setdir = os.path.join(HERE, d)
        if os.path.isfile(os.path.join(setdir, "key.yaml")):
            c = check_set(setdir)
            print(f"{d}: " + ", ".join(f"{k} {c[k]}" for k in sorted(c)))
            for k, n in c.items():
                total[k] = total.get(k, 0) + n
    print("total: " + ", ".join(f"{k} {total[k]}" for k in sorted(total)) + f"  ({sum(total.values())} labelled parts)")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
