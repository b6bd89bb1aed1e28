#!/usr/bin/env python3
"""Validate the final50 corpus.

Checks, for every set directory:
  * key.yaml agrees with the values printed by answers.py (numbers within tolerance,
    vectors element-wise, choices/text/fractions exactly);
  * labels.yaml labels every transcript in transcripts/ for every key part, with a valid verdict,
    answer null for missing, a list of >= 2 candidates for unclear, a string otherwise;
  * each evidence string is a substring of one line of the graded assistant text:
      - ChatGPT exports: assistant messages with content_type "text" on the branch ending at
        current_node (or, without current_node, at the leaf with the latest create_time);
      - Claude exports: "text" content blocks of assistant messages;
      - copied chats: the assistant turns, split by the turn markers listed in MARKERS.
Usage: python3 validate.py   (exit status 1 on any problem)
"""
import json, os, re, subprocess, sys
from fractions import Fraction
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn start regex, assistant-turn start regex) for copied chats; None = whole file is assistant
MARKERS = {
    "a1-exporter.md": (r"^#### You:", r"^#### ChatGPT:"),
    "a3-pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "a4-student-notes.txt": (r"^Q\d+:", r"^A\d+:"),
    "b1-you-said.md": (r"^You said:", r"^ChatGPT said:"),
    "b3-user-assistant.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "b4-emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "b5-bare-answer.txt": None,
    "c1-human-claude.md": (r"^Human:", r"^Claude:"),
    "c4-bold-you-table.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "c5-you-chatgpt.txt": (r"^You:", r"^ChatGPT:"),
}

errors = []


def err(msg):
    errors.append(msg)


def chat_assistant_lines(path, name):
    text = open(path, encoding="utf-8").read()
    if name not in MARKERS:
        err(f"{name}: no turn-marker rule in validate.py")
        return []
    rule = MARKERS[name]
    if rule is None:
        return text.splitlines()
    u, a = re.compile(rule[0]), re.compile(rule[1])
    out, state = [], None
    for line in text.splitlines():
        if u.match(line):
            state = "user"; continue
        if a.match(line):
            state = "assistant"
            line = a.sub("", line)  # text after the marker on the same line
        if state == "assistant":
            out.append(line)
    return out


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    lines, node = [], mapping[cur]
    chain = []
    while node is not None:
        chain.append(node)
        node = mapping.get(node["parent"]) if node.get("parent") else None
    for node in reversed(chain):
        m = node.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                lines.extend(p.splitlines())
    return lines


def claude_lines(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines.extend(b["text"].splitlines())
    return lines


def export_lines(path, name, title):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{name}: export is not a non-empty JSON list"); return []
    if len(data) > 1 and title is None:
        err(f"{name}: several conversations but no 'conversation' in labels"); return []
    def conv_title(c):
        return c.get("title", c.get("name"))
    convs = [c for c in data if title is None or conv_title(c) == title]
    if len(convs) != 1:
        err(f"{name}: conversation {title!r} found {len(convs)} times"); return []
    conv = convs[0]
    if "mapping" in conv:
        return chatgpt_lines(conv)
    if "chat_messages" in conv:
        return claude_lines(conv)
    err(f"{name}: unknown export shape"); return []


def parse_answers(setdir):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")],
                         capture_output=True, text=True, check=True).stdout
    vals = {}
    for line in out.splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        pid, rest = line.split(" ", 1)
        vals[pid] = rest
    return vals


def num(s):
    return float(Fraction(s)) if "/" in str(s) else float(s)


def check_key(setname, key, computed):
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in computed:
            err(f"{setname}: answers.py prints nothing for {pid}"); continue
        got = computed[pid]
        first = got.split(" (")[0].strip()
        if "answer" in spec:
            a = spec["answer"]; tol = spec.get("tolerance", 1e-9)
            if isinstance(a, list):
                vec = json.loads(first)
                if len(vec) != len(a) or any(abs(x - y) > tol for x, y in zip(vec, a)):
                    err(f"{setname} {pid}: key {a} vs answers.py {vec}")
            else:
                g = num(first.split()[0])
                if abs(num(a) - g) > tol + 1e-12:
                    err(f"{setname} {pid}: key {a} vs answers.py {g}")
        elif "choice" in spec:
            if f"['{spec['choice']}']" != first:
                err(f"{setname} {pid}: key choice {spec['choice']} vs answers.py {first}")
        elif "text" in spec:
            if first.split()[0] != spec["text"]:
                err(f"{setname} {pid}: key text {spec['text']} vs answers.py {first}")
        else:
            err(f"{setname} {pid}: unknown key kind {spec}")


def main():
    sets = sorted(d for d in os.listdir(ROOT)
                  if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    counts, nlabels = {v: 0 for v in VERDICTS}, 0
    for s in sets:
        sd = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        check_key(s, key, parse_answers(sd))
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        files = sorted(os.listdir(os.path.join(sd, "transcripts")))
        for f in files:
            if f not in labels:
                err(f"{s}: transcript {f} has no labels")
        for f, entry in labels.items():
            path = os.path.join(sd, "transcripts", f)
            if not os.path.isfile(path):
                err(f"{s}: labels for missing file {f}"); continue
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != set(key):
                err(f"{s}/{f}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
            if f.endswith(".json"):
                lines = export_lines(path, f, entry.get("conversation"))
            else:
                lines = chat_assistant_lines(path, f)
            for pid, lab in parts.items():
                nlabels += 1
                v = lab.get("verdict")
                if v not in VERDICTS:
                    err(f"{s}/{f} {pid}: bad verdict {v!r}"); continue
                counts[v] += 1
                ans = lab.get("answer", "ABSENT")
                if v == "missing" and ans is not None:
                    err(f"{s}/{f} {pid}: missing must have answer null")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{s}/{f} {pid}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    err(f"{s}/{f} {pid}: answer should be a string, got {ans!r}")
                ev = lab.get("evidence", "ABSENT")
                if ev == "ABSENT":
                    err(f"{s}/{f} {pid}: evidence key absent")
                elif ev is None:
                    if v != "missing":
                        err(f"{s}/{f} {pid}: null evidence only allowed for missing")
                elif not any(ev in line for line in lines):
                    err(f"{s}/{f} {pid}: evidence not in one line of graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"sets={len(sets)} labels={nlabels} " + " ".join(f"{k}={counts[k]}" for k in sorted(counts)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
