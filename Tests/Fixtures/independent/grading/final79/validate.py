#!/usr/bin/env python3
"""Checks the final79 corpus: labels complete and well-formed, evidence quoted from graded
assistant text, and every key value reproduced by the set's answers.py. Prints OK when clean."""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn marker, assistant-turn marker) for plain transcripts; "bare" = all assistant,
# "quoted" = lines starting with '>' are the user, everything else the assistant.
MARKERS = {
    "chat-copy.md": (r"^User:", r"^Assistant:"),
    "exporter-you-chatgpt.md": (r"^#### You:", r"^#### ChatGPT:"),
    "printed-chat.txt": (r"^You said:", r"^ChatGPT said:"),
    "answer-only.md": "bare",
    "you-said.md": (r"^You said:", r"^ChatGPT said:"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "student-q-a.txt": (r"^Q\d+:", r"^A\d+:"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "human-claude.md": (r"^Human:", r"^Claude:"),
    "quoted-user.md": "quoted",
    "you-chatgpt.txt": (r"^You:", r"^ChatGPT:"),
    "bold-user-assistant.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
}


def plain_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    mode = MARKERS[name]
    if mode == "bare":
        return lines
    if mode == "quoted":
        return [l for l in lines if not l.startswith(">")]
    user_re, asst_re = mode
    out, who = [], None
    for l in lines:
        if re.match(user_re, l):
            who = "user"
        elif re.match(asst_re, l):
            who = "assistant"
        if who == "assistant":
            out.append(l)
    return out


def pick_conversation(convs, title, key):
    if title is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' label")
        return convs[0]
    found = [c for c in convs if c.get(key) == title]
    if len(found) != 1:
        raise ValueError("conversation %r not found exactly once" % title)
    return found[0]


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        parents = {n.get("parent") for n in mapping.values()}
        leaves = [n for n in mapping.values() if n["id"] not in parents and n.get("message")]
        node = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            for p in m["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        node = n.get("parent")
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m["content"]:
            if b["type"] == "text":
                out.extend(b["text"].split("\n"))
    return out


def assistant_lines(path, name, conv_title):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if "chat_messages" in data[0]:
            return claude_lines(pick_conversation(data, conv_title, "name"))
        return chatgpt_lines(pick_conversation(data, conv_title, "title"))
    return plain_assistant_lines(path, name)


def check_answers_py(setdir, key, errors):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True,
                         text=True, check=True).stdout
    got = {}
    for line in out.splitlines():
        parts = line.split()
        got[parts[0]] = parts[1]
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in got:
            errors.append("%s: answers.py does not print %s" % (setdir, pid))
            continue
        v = got[pid]
        if "answer" in spec:
            if abs(float(v) - float(spec["answer"])) > 1e-9:
                errors.append("%s %s: key %s but answers.py %s" % (setdir, pid, spec["answer"], v))
        else:
            want = spec.get("choice", spec.get("text", spec.get("expression")))
            if str(want) != v:
                errors.append("%s %s: key %s but answers.py %s" % (setdir, pid, want, v))


def main():
    errors = []
    counts = {}
    sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        allowed = {"answer", "tolerance", "shape", "layout", "choice", "text", "expression"}
        for pid, spec in key.items():
            if not set(spec) <= allowed:
                errors.append("%s %s: unknown key fields %s" % (s, pid, set(spec) - allowed))
        check_answers_py(sd, key, errors)
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(sd, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append("%s: labelled files %s != transcripts %s" % (s, sorted(labels), files))
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                continue
            lines = assistant_lines(path, fname, lab.get("conversation"))
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append("%s/%s: parts %s != key %s" % (s, fname, sorted(parts), sorted(key)))
            for pid, p in parts.items():
                v = p.get("verdict")
                where = "%s/%s %s" % (s, fname, pid)
                if v not in VERDICTS:
                    errors.append("%s: bad verdict %r" % (where, v))
                    continue
                counts[v] = counts.get(v, 0) + 1
                a = p.get("answer", "MISSINGFIELD")
                if v == "missing" and a is not None:
                    errors.append("%s: missing must have answer null" % where)
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append("%s: unclear needs a list of candidates" % where)
                if v in ("correct", "incorrect") and not isinstance(a, str):
                    errors.append("%s: answer should be a string" % where)
                ev = p.get("evidence", "MISSINGFIELD")
                if ev == "MISSINGFIELD":
                    errors.append("%s: no evidence field" % where)
                elif ev is not None and not any(ev in l for l in lines):
                    errors.append("%s: evidence not found in graded assistant text: %r" % (where, ev))
                if v in ("correct", "incorrect", "unclear") and ev is None:
                    errors.append("%s: answer without evidence" % where)
    total = sum(counts.values())
    if errors:
        print("\n".join(errors))
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("labels: %d  %s" % (total, ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts))))
    print("OK")


if __name__ == "__main__":
    main()
