#!/usr/bin/env python3
"""Check the hand-labelled grading corpus in this folder.

    python3 validate.py            # from anywhere

For every set (a folder with key.yaml):
  * answers.py runs and agrees with key.yaml (exit status 0);
  * every transcript in transcripts/ has labels, and every label belongs to a transcript;
  * every key part is labelled for every transcript, and no label names a part not in the key;
  * each verdict is one of correct / incorrect / missing / unclear, with a matching answer shape
    (null when missing, a list of at least two candidates when unclear, a scalar otherwise);
  * each evidence string is a substring of ONE line of the graded assistant text:
      - plain copies (.md/.txt): text inside assistant turns, found by turn markers
        (or the whole file when it has no markers; '>' lines are user turns in quoted style);
      - ChatGPT exports: assistant messages with content_type "text" on the graded branch
        (current_node's branch, or the branch of the leaf with the latest create_time);
      - Claude exports: "text" content blocks of assistant messages;
  * exports with several conversations name the graded one in `conversation`.
Prints counts by verdict and answer kind. Exit status 1 on any problem.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

USER_MARKERS = [
    r"^User:", r"^\*\*You:\*\*", r"^#### You:", r"^You said:", r"^Human:", r"^## 👤 User",
    r"^\*\*User:\*\*", r"^### User\s*$", r"^You:", r"^Q\d+:", r"^User\s*$",
]
ASSISTANT_MARKERS = [
    r"^Assistant:", r"^\*\*ChatGPT:\*\*", r"^#### ChatGPT:", r"^ChatGPT said:", r"^Claude:",
    r"^## 🤖 Assistant", r"^\*\*Assistant:\*\*", r"^### Assistant\s*$", r"^ChatGPT:", r"^A\d+:",
    r"^ChatGPT\s*$",
]
USER_RE = re.compile("|".join(USER_MARKERS))
ASSISTANT_RE = re.compile("|".join(ASSISTANT_MARKERS))

problems = []


def problem(msg):
    problems.append(msg)
    print("  PROBLEM:", msg)


# --------------------------------------------------------------------------- text extraction

def plain_assistant_lines(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    has_markers = any(USER_RE.match(l) or ASSISTANT_RE.match(l) for l in lines)
    if not has_markers:
        if any(l.startswith(">") for l in lines):
            return "quoted", [l for l in lines if not l.startswith(">")]
        return "bare", lines
    role = None
    out = []
    for l in lines:
        if USER_RE.match(l):
            role = "user"
            continue  # the marker line (and any text after the marker) is user text
        m = ASSISTANT_RE.match(l)
        if m:
            role = "assistant"
            rest = l[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if role == "assistant":
            out.append(l)
    return "markers", out


def chatgpt_graded_branch(conv):
    mapping = conv["mapping"]
    if conv.get("current_node"):
        node_id = conv["current_node"]
        how = "current_node"
    else:
        leaves = [n for n in mapping.values()
                  if not n.get("children") and n.get("message")
                  and n["message"].get("create_time") is not None]
        node_id = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
        how = "latest leaf"
    branch = []
    while node_id:
        node = mapping[node_id]
        branch.append(node)
        node_id = node.get("parent")
    return how, list(reversed(branch))


def chatgpt_assistant_lines(conv):
    how, branch = chatgpt_graded_branch(conv)
    out = []
    for node in branch:
        msg = node.get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        content = msg["content"]
        if content.get("content_type") != "text":
            continue
        for part in content.get("parts", []):
            if isinstance(part, str):
                out.extend(part.split("\n"))
    return how, out


def claude_assistant_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for block in m["content"]:
            if block.get("type") == "text":
                out.extend(block["text"].split("\n"))
    return out


def export_assistant_lines(path, conversation):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list) or not data:
        problem(f"{path}: export is not a non-empty JSON list")
        return "?", []
    kind = "chatgpt" if "mapping" in data[0] else "claude"
    title_key = "title" if kind == "chatgpt" else "name"
    if len(data) > 1 and not conversation:
        problem(f"{path}: {len(data)} conversations but the labels name none")
        return kind, []
    if conversation:
        convs = [c for c in data if c.get(title_key) == conversation]
        if len(convs) != 1:
            problem(f"{path}: conversation {conversation!r} found {len(convs)} times")
            return kind, []
        conv = convs[0]
    else:
        conv = data[0]
    if kind == "chatgpt":
        how, lines = chatgpt_assistant_lines(conv)
        return f"chatgpt export ({how})", lines
    return "claude export", claude_assistant_lines(conv)


# --------------------------------------------------------------------------- answer kinds

def answer_kind(entry):
    if "shape" in entry:
        return "shape"
    if "choice" in entry:
        return "choice"
    if "text" in entry:
        return "true/false" if str(entry["text"]).lower() in ("true", "false") else "text"
    if "expression" in entry:
        return "expression"
    a = entry.get("answer")
    if isinstance(a, list):
        return "matrix" if a and isinstance(a[0], list) else "vector"
    if isinstance(a, str) and "/" in a:
        return "fraction"
    if isinstance(a, int) or (isinstance(a, float) and a.is_integer() and "tolerance" not in entry):
        return "integer"
    return "decimal"


# --------------------------------------------------------------------------- main

def check_set(set_dir, totals, kinds, by_set):
    name = os.path.basename(set_dir)
    print(f"== {name}")
    r = subprocess.run([sys.executable, os.path.join(set_dir, "answers.py")],
                       capture_output=True, text=True)
    if r.returncode != 0:
        problem(f"{name}: answers.py failed:\n{r.stdout}{r.stderr}")
    else:
        print("  answers.py agrees with key.yaml")
    with open(os.path.join(set_dir, "key.yaml"), encoding="utf-8") as fh:
        key = yaml.safe_load(fh)["parts"]
    for pid in key:
        if not isinstance(pid, str):
            problem(f"{name}: key part id {pid!r} is not a string (quote it)")
    key_ids = [str(k) for k in key]
    with open(os.path.join(set_dir, "labels.yaml"), encoding="utf-8") as fh:
        labels = yaml.safe_load(fh)
    tdir = os.path.join(set_dir, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            problem(f"{name}: transcript {f} has no labels")
    for f in labels:
        if f not in files:
            problem(f"{name}: labels for {f}, which is not in transcripts/")
    counts = Counter()
    for f in files:
        if f not in labels:
            continue
        lab = labels[f]
        path = os.path.join(tdir, f)
        if f.endswith(".json"):
            mode, lines = export_assistant_lines(path, lab.get("conversation"))
        else:
            mode, lines = plain_assistant_lines(path)
            if lab.get("conversation"):
                problem(f"{name}/{f}: `conversation` is only for exports")
        parts = lab.get("parts") or {}
        for pid in parts:
            if not isinstance(pid, str):
                problem(f"{name}/{f}: part id {pid!r} is not a string (quote it)")
        pids = {str(p): v for p, v in parts.items()}
        for pid in key_ids:
            if pid not in pids:
                problem(f"{name}/{f}: part {pid} not labelled")
        for pid in pids:
            if pid not in key_ids:
                problem(f"{name}/{f}: labelled part {pid} is not in the key")
        for pid, lv in pids.items():
            where = f"{name}/{f} [{pid}]"
            v = lv.get("verdict")
            if v not in VERDICTS:
                problem(f"{where}: bad verdict {v!r}")
                continue
            ans = lv.get("answer", "<absent>")
            if ans == "<absent>":
                problem(f"{where}: no `answer` field")
            elif v == "missing" and ans is not None:
                problem(f"{where}: missing but answer is {ans!r}")
            elif v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                problem(f"{where}: unclear needs a list of >= 2 candidates")
            elif v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                problem(f"{where}: {v} needs a single answer string")
            ev = lv.get("evidence", "<absent>")
            if ev == "<absent>":
                problem(f"{where}: no `evidence` field")
            elif ev is None:
                if v != "missing":
                    problem(f"{where}: evidence is null but verdict is {v}")
            elif not any(ev in line for line in lines):
                problem(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
            extra = set(lv) - {"verdict", "answer", "evidence", "note"}
            if extra:
                problem(f"{where}: unknown fields {sorted(extra)}")
            counts[v] += 1
            totals[v] += 1
            kinds[answer_kind(key[pid] if pid in key else key[int(pid)])][v] += 1
        print(f"  {f:32s} {mode:30s} " + " ".join(f"{k}={counts_file}" for k, counts_file in
                                                    sorted(Counter(str(x.get('verdict')) for x in pids.values()).items())))
    by_set[name] = counts


def main():
    sets = sorted(d for d in os.listdir(HERE)
                  if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    totals, kinds, by_set = Counter(), {}, {}
    from collections import defaultdict
    kinds = defaultdict(Counter)
    for s in sets:
        check_set(os.path.join(HERE, s), totals, kinds, by_set)
    print()
    n = sum(totals.values())
    print(f"{len(sets)} sets, {n} labels")
    for v in ("correct", "incorrect", "missing", "unclear"):
        print(f"  {v:10s} {totals[v]:4d}  ({100 * totals[v] / max(n, 1):.1f} %)")
    print("by set:")
    for s, c in by_set.items():
        print(f"  {s:24s} " + "  ".join(f"{v}={c[v]}" for v in ("correct", "incorrect", "missing", "unclear")))
    print("by answer kind (labels):")
    for k in sorted(kinds):
        c = kinds[k]
        print(f"  {k:12s} {sum(c.values()):4d}   " + "  ".join(f"{v}={c[v]}" for v in ("correct", "incorrect", "missing", "unclear")))
    if problems:
        print(f"\n{len(problems)} problem(s)")
        sys.exit(1)
    print("\nclean")


if __name__ == "__main__":
    main()
