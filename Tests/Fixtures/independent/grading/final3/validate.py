#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

- every label has a valid verdict (correct / incorrect / missing / unclear);
- every key part is labelled for every transcript, and no unknown part is labelled;
- answer is null exactly when the verdict is missing, a list when unclear;
- each evidence string is a substring of one line of the graded assistant text
  (for exports: the assistant text messages of the graded branch only);
- every transcript file has labels and every labelled file exists;
- each set's answers.py runs cleanly (it recomputes every numeric key value and exits 1
  if key.yaml disagrees).
Exit status 1 on any problem.
"""
import json
import os
import re
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# How the assistant turns of each plain-text transcript are delimited.
#   ("markers", user_regex, assistant_regex): a line matching starts a turn (rest of line belongs to it)
#   ("after", regex): everything after the first line matching regex is assistant text (inclusive)
#   ("quoted",): lines starting with '>' are the user's, all others the assistant's
#   ("bare",): the whole file is assistant text
PLAIN = {
    "bayes-entropy-exam/chatgpt-exporter-hw3.md": ("markers", r"^#### You:", r"^#### ChatGPT:"),
    "bayes-entropy-exam/pdf-print-hw3.txt": ("after", r"^I'll work through each of these\."),
    "bayes-entropy-exam/human-claude-copy.txt": ("markers", r"^Human:", r"^Claude:"),
    "attention-course-page/bold-you-copy.md": ("markers", r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "attention-course-page/emoji-headings.md": ("markers", r"^## 👤 User", r"^## 🤖 Assistant"),
    "attention-course-page/bare-answer.md": ("bare",),
    "attention-course-page/you-said-copy.txt": ("markers", r"^You said:", r"^ChatGPT said:"),
    "optim-article/user-assistant.md": ("markers", r"^User:", r"^Assistant:"),
    "optim-article/student-q-a-labels.txt": ("markers", r"^Q\d+:", r"^A\d+:"),
    "optim-article/quoted-user-turns.md": ("quoted",),
    "sequence-models-exercises/you-chatgpt.md": ("markers", r"^You:", r"^ChatGPT:"),
    "sequence-models-exercises/pdf-print-ch4.txt": ("after", r"^Here are worked solutions"),
    "sequence-models-exercises/bold-user-assistant.md": ("markers", r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "sequence-models-exercises/human-assistant.txt": ("markers", r"^Human:", r"^Assistant:"),
}


def plain_assistant_lines(path, rule):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    kind = rule[0]
    if kind == "bare":
        return lines
    if kind == "quoted":
        return [l for l in lines if not l.lstrip().startswith(">")]
    if kind == "after":
        on = False
        for l in lines:
            if not on and re.search(rule[1], l):
                on = True
            if on:
                out.append(l)
        return out
    _, ure, are = rule
    role = None
    for l in lines:
        if re.search(ure, l):
            role = "user"
            continue
        if re.search(are, l):
            role = "assistant"
            rest = re.sub(are, "", l).strip()
            if rest:
                out.append(rest)
            continue
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        # leaf with the latest create_time
        leaves = [k for k, v in mapping.items() if not v.get("children")]
        node = max(leaves, key=lambda k: (mapping[k]["message"] or {}).get("create_time") or 0)
    branch = []
    while node:
        branch.append(mapping[node])
        node = mapping[node]["parent"]
    return list(reversed(branch))


def export_assistant_lines(path, conversation):
    data = json.load(open(path, encoding="utf-8"))
    if len(data) > 1 and conversation is None:
        raise ValueError("several conversations but no 'conversation' in labels")
    if conversation is None:
        conv = data[0]
    else:
        matches = [c for c in data if c.get("title", c.get("name")) == conversation]
        if len(matches) != 1:
            raise ValueError(f"conversation {conversation!r} found {len(matches)} times")
        conv = matches[0]
    lines = []
    if "mapping" in conv:
        for n in chatgpt_branch(conv):
            m = n["message"]
            if not m or m["author"]["role"] != "assistant":
                continue
            if m["content"].get("content_type") != "text":
                continue
            for p in m["content"].get("parts", []):
                if isinstance(p, str):
                    lines.extend(p.split("\n"))
    else:
        for m in conv["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m["content"]:
                if b.get("type") == "text":
                    lines.extend(b["text"].split("\n"))
    return lines


def main():
    problems = []
    sets = sorted(d for d in os.listdir(ROOT)
                  if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    total = {v: 0 for v in VERDICTS}
    for s in sets:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml")))["parts"]
        key_ids = {str(k) for k in key}
        lpath = os.path.join(ROOT, s, "labels.yaml")
        if not os.path.exists(lpath):
            problems.append(f"{s}: no labels.yaml")
            continue
        labels = yaml.safe_load(open(lpath, encoding="utf-8"))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = set(os.listdir(tdir))
        if set(labels) != files:
            problems.append(f"{s}: labelled {sorted(set(labels) - files)} missing files; "
                            f"unlabelled files {sorted(files - set(labels))}")
        for fname, entry in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                continue
            try:
                if fname.endswith(".json"):
                    alines = export_assistant_lines(path, entry.get("conversation"))
                else:
                    alines = plain_assistant_lines(path, PLAIN[f"{s}/{fname}"])
            except Exception as e:  # noqa
                problems.append(f"{s}/{fname}: cannot read assistant text: {e}")
                continue
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != key_ids:
                problems.append(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(key_ids)}")
            for pid, lab in parts.items():
                where = f"{s}/{fname} {pid}"
                v = lab.get("verdict")
                if v not in VERDICTS:
                    problems.append(f"{where}: bad verdict {v!r}")
                    continue
                total[v] += 1
                ans = lab.get("answer", "absent")
                if ans == "absent":
                    problems.append(f"{where}: no answer field")
                if v == "missing" and ans is not None:
                    problems.append(f"{where}: missing but answer {ans!r}")
                if v != "missing" and ans is None:
                    problems.append(f"{where}: {v} but answer null")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    problems.append(f"{where}: unclear needs a list of candidates")
                ev = lab.get("evidence", "absent")
                if ev == "absent":
                    problems.append(f"{where}: no evidence field")
                elif ev is not None:
                    if not any(ev in line for line in alines):
                        problems.append(f"{where}: evidence not found on one assistant line: {ev!r}")
                elif v != "missing":
                    problems.append(f"{where}: {v} needs evidence")
    for s in sets:
        r = subprocess.run([sys.executable, os.path.join(ROOT, s, "answers.py")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{s}: answers.py disagrees with key.yaml\n{r.stdout}{r.stderr}")
    for p in problems:
        print("PROBLEM", p)
    print("verdicts:", total, "total", sum(total.values()))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
