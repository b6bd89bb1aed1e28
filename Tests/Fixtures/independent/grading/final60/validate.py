#!/usr/bin/env python3
"""Check the final60 grading corpus.

For every set: every key part is labelled for every transcript (and nothing extra),
every verdict is valid, answer/evidence fields are consistent with the verdict, and each
evidence string is a substring of one line of the graded assistant text:
  * ChatGPT exports: text messages (content_type "text", author assistant) on the graded
    branch -- current_node's branch, or, without current_node, the branch of the leaf
    with the latest create_time;
  * Claude exports: "text" content blocks of assistant messages of the named conversation;
  * chat copies: the assistant turns, split with the turn markers declared in STYLES.
Also re-runs each answers.py and requires "key agrees", and checks the generators
reproduce the committed JSON exports byte for byte.
"""
import json
import os
import re
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["pca-exam", "vae-exercises", "poisson-article"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# transcript -> (user-turn regex, assistant-turn regex); None = whole file is assistant text;
# "quoted" = lines starting with '>' are user text, the rest is assistant text.
STYLES = {
    "exporter-pca.md": (r"^#### You:\s*$", r"^#### ChatGPT:\s*$"),
    "pdf-print-pca.txt": (r"^You said:\s*$", r"^ChatGPT said:\s*$"),
    "you-said-pca.md": (r"^You said:\s*$", r"^ChatGPT said:\s*$"),
    "student-notes-pca.txt": (r"^Q\d+:", r"^A\d+:"),
    "chat-vae.md": (r"^User:", r"^Assistant:"),
    "export-vae.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "claude-copy-vae.txt": (r"^Human:", r"^Claude:"),
    "answer-only-vae.md": None,
    "copy-poisson.md": (r"^\*\*You:\*\*\s*$", r"^\*\*ChatGPT:\*\*\s*$"),
    "quoted-poisson.md": "quoted",
    "candidates-poisson.md": (r"^User:", r"^Assistant:"),
    "chat-poisson.txt": (r"^You:\s*$", r"^ChatGPT:\s*$"),
}

errors = []


def err(msg):
    errors.append(msg)


def copy_assistant_lines(name, text):
    style = STYLES.get(name, "missing-style")
    lines = text.split("\n")
    if style == "missing-style":
        err("%s: no turn style declared" % name)
        return []
    if style is None:
        return lines
    if style == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = (re.compile(p) for p in style)
    out, who = [], None
    for l in lines:
        if ure.match(l):
            who = "user"
            continue
        if are.match(l):
            who = "assistant"
            rest = are.sub("", l, count=1)
            if rest.strip():
                out.append(rest)
            continue
        if who == "assistant":
            out.append(l)
    if not out:
        err("%s: no assistant text found" % name)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [n for n in mapping.values()
                  if n.get("message") and not n.get("children")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while cur is not None:
        node = mapping[cur]
        chain.append(node)
        cur = node.get("parent")
    return list(reversed(chain))


def export_assistant_lines(name, data, conv_title):
    if isinstance(data, list) and data and "mapping" in data[0]:
        convs = [c for c in data if c.get("title") == conv_title] if conv_title else data
        if len(data) > 1 and not conv_title:
            err("%s: several conversations but no 'conversation' given" % name)
        if len(convs) != 1:
            err("%s: conversation %r not found exactly once" % (name, conv_title))
            return []
        out = []
        for node in chatgpt_branch(convs[0]):
            m = node.get("message")
            if not m or m["author"]["role"] != "assistant":
                continue
            if m["content"].get("content_type") != "text" or m.get("recipient", "all") != "all":
                continue
            for p in m["content"].get("parts", []):
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        return out
    if isinstance(data, list) and data and "chat_messages" in data[0]:
        convs = [c for c in data if c.get("name") == conv_title] if conv_title else data
        if len(data) > 1 and not conv_title:
            err("%s: several conversations but no 'conversation' given" % name)
        if len(convs) != 1:
            err("%s: conversation %r not found exactly once" % (name, conv_title))
            return []
        out = []
        for m in convs[0]["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m.get("content", []):
                if b.get("type") == "text":
                    out.extend(b["text"].split("\n"))
        return out
    err("%s: unknown export shape" % name)
    return []


def check_set(s):
    d = os.path.join(ROOT, s)
    for f in ["key.yaml", "labels.yaml", "answers.py"]:
        if not os.path.exists(os.path.join(d, f)):
            err("%s: missing %s" % (s, f))
    if not (os.path.exists(os.path.join(d, "problems.tex")) or os.path.exists(os.path.join(d, "problems.md"))):
        err("%s: no problems.tex/md" % s)
    key = yaml.safe_load(open(os.path.join(d, "key.yaml"), encoding="utf-8"))["parts"]
    key_ids = [str(k) for k in key]
    for k, v in key.items():
        if not isinstance(k, str):
            err("%s: key id %r is not a string" % (s, k))
        kinds = set(v) & {"answer", "shape", "choice", "text", "expression"}
        if len(kinds) != 1:
            err("%s: key part %s needs exactly one answer kind" % (s, k))
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(d, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err("%s: labelled transcripts %s != files %s" % (s, sorted(labels), files))
    counts = {}
    for name in files:
        lab = labels.get(name)
        if lab is None:
            continue
        path = os.path.join(tdir, name)
        raw = open(path, encoding="utf-8").read()
        if name.endswith(".json"):
            data = json.loads(raw)
            lines = export_assistant_lines(name, data, lab.get("conversation"))
        else:
            if "conversation" in lab:
                err("%s/%s: 'conversation' only for exports" % (s, name))
            lines = copy_assistant_lines(name, raw)
        parts = lab.get("parts", {})
        got = [str(p) for p in parts]
        if sorted(got) != sorted(key_ids):
            err("%s/%s: labelled parts %s != key parts %s" % (s, name, got, key_ids))
        for pid, e in parts.items():
            where = "%s/%s/%s" % (s, name, pid)
            if not isinstance(pid, str):
                err("%s: part id is not a string" % where)
            v = e.get("verdict")
            if v not in VERDICTS:
                err("%s: bad verdict %r" % (where, v))
                continue
            counts[v] = counts.get(v, 0) + 1
            ans = e.get("answer", "absent")
            if ans == "absent":
                err("%s: no answer field" % where)
            if v == "missing" and ans is not None:
                err("%s: missing needs answer null" % where)
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err("%s: unclear needs a list of >= 2 candidates" % where)
            if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list) and not ans):
                err("%s: %s needs an answer" % (where, v))
            ev = e.get("evidence", "absent")
            if ev == "absent":
                err("%s: no evidence field" % where)
            elif ev is None:
                if v != "missing":
                    err("%s: evidence null but verdict %s" % (where, v))
            elif not any(ev in l for l in lines):
                err("%s: evidence not found in one assistant line: %r" % (where, ev))
    return counts


def check_answers(s):
    out = subprocess.run([sys.executable, os.path.join(ROOT, s, "answers.py")], capture_output=True, text=True)
    if out.returncode != 0 or "key agrees" not in out.stdout:
        err("%s: answers.py does not agree with key:\n%s%s" % (s, out.stdout, out.stderr))


def check_generators():
    targets = {
        "chatgpt_exports.py": ["pca-exam/transcripts/chatgpt-export-pca.json",
                               "poisson-article/transcripts/chatgpt-export-poisson.json"],
        "claude_export.py": ["vae-exercises/transcripts/claude-export-vae.json"],
    }
    for gen, files in targets.items():
        before = {f: open(os.path.join(ROOT, f), "rb").read() for f in files}
        subprocess.run([sys.executable, os.path.join(ROOT, "generators", gen)], check=True)
        for f in files:
            if open(os.path.join(ROOT, f), "rb").read() != before[f]:
                err("generator %s does not reproduce %s byte for byte" % (gen, f))


if __name__ == "__main__":
    total = {}
    for s in SETS:
        c = check_set(s)
        check_answers(s)
        print("%-16s %s" % (s, dict(sorted(c.items()))))
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    check_generators()
    n = sum(total.values())
    print("total %d labels: %s" % (n, ", ".join("%s %d (%.1f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(total.items()))))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("clean")
