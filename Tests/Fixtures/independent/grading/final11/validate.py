#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

For every set: every transcript in transcripts/ is labelled, every key part is labelled for every
transcript (and nothing else), verdicts are valid, answers are consistent with verdicts, and each
evidence string is a substring of one line of the graded assistant text:
  * plain transcripts: lines inside assistant turns (per-file turn markers below);
  * ChatGPT exports: text messages by role 'assistant' on the graded branch (current_node, or the
    leaf with the latest create_time when current_node is absent), followed by parent links;
  * Claude exports: content blocks of type 'text' in messages with sender 'assistant'.
Also re-runs each answers.py (which asserts key.yaml agreement).
Usage: python3 validate.py
"""
import json, os, re, subprocess, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["prob-bayes-exam", "linalg-lsq-course", "dl-layers-adam"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# turn markers: (regex matched at line start, role).  Text after the marker on the same line keeps the role.
MARKERS = {
    "you-said-copy.md": [(r"You said:", "user"), (r"ChatGPT said:", "assistant")],
    "pdf-print.txt": [(r"You said:", "user"), (r"ChatGPT said:", "assistant")],
    "claude-copy.txt": [(r"Human:", "user"), (r"Claude:", "assistant")],
    "student-notes.md": [(r"Q\d+:", "user"), (r"A\d+:", "assistant")],
    "chatgpt-exporter.md": [(r"#### You:", "user"), (r"#### ChatGPT:", "assistant")],
    "emoji-headings.md": [(r"## 👤 User", "user"), (r"## 🤖 Assistant", "assistant")],
    "user-assistant.txt": [(r"User:", "user"), (r"Assistant:", "assistant")],
    "you-chatgpt-bold.md": [(r"\*\*You:\*\*", "user"), (r"\*\*ChatGPT:\*\*", "assistant")],
}
QUOTED = {"quoted-user.md"}      # '> ' lines are the user, everything else the assistant
BARE = {"bare-answers.txt"}      # assistant text only


def plain_assistant_lines(name, text):
    lines = text.splitlines()
    if name in BARE:
        return lines
    if name in QUOTED:
        return [l for l in lines if not l.lstrip().startswith(">")]
    marks = [(re.compile(r"^\s*" + rx), role) for rx, role in MARKERS[name]]
    role, out = "user", []
    for l in lines:
        for rx, r in marks:
            m = rx.match(l)
            if m:
                role, l = r, l[m.end():]
                break
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mp = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [k for k, n in mp.items() if not n.get("children") and n.get("message")]
        cur = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while cur is not None:
        chain.append(mp[cur])
        cur = mp[cur].get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, conversation):
    data = json.load(open(path, encoding="utf-8"))
    if len(data) > 1 and not conversation:
        raise ValueError("export with several conversations needs a 'conversation' label")
    def title(c): return c.get("title", c.get("name"))
    convs = [c for c in data if conversation is None or title(c) == conversation]
    if len(convs) != 1:
        raise ValueError(f"conversation {conversation!r} not found exactly once")
    c = convs[0]
    out = []
    if "mapping" in c:
        for node in chatgpt_branch(c):
            m = node.get("message")
            if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
                for p in m["content"]["parts"]:
                    if isinstance(p, str):
                        out.extend(p.splitlines())
    else:
        for m in c["chat_messages"]:
            if m["sender"] == "assistant":
                for b in m["content"]:
                    if b["type"] == "text":
                        out.extend(b["text"].splitlines())
    return out


def main():
    errors, counts, total = [], {v: 0 for v in VERDICTS}, 0
    for s in SETS:
        d = os.path.join(HERE, s)
        r = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"{s}: answers.py failed: {r.stderr.strip()[-300:]}")
        key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
        keyparts = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(d, "labels.yaml")))
        files = sorted(os.listdir(os.path.join(d, "transcripts")))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} vs files {files}")
        for fname, lab in labels.items():
            path = os.path.join(d, "transcripts", fname)
            if not os.path.exists(path):
                continue
            try:
                if fname.endswith(".json"):
                    lines = export_assistant_lines(path, lab.get("conversation"))
                else:
                    lines = plain_assistant_lines(fname, open(path, encoding="utf-8").read())
            except Exception as e:
                errors.append(f"{s}/{fname}: {e}")
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != keyparts:
                errors.append(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(keyparts)}")
            for pid, p in parts.items():
                where = f"{s}/{fname}/{pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                total += 1
                a = p.get("answer", "absent")
                if v == "missing" and a is not None:
                    errors.append(f"{where}: missing needs answer null")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append(f"{where}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and not isinstance(a, str):
                    errors.append(f"{where}: answer should be a string")
                ev = p.get("evidence", "absent")
                if ev == "absent":
                    errors.append(f"{where}: no evidence field")
                elif ev is not None and not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not found in graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{total} labels:", ", ".join(f"{k} {counts[k]}" for k in ("correct", "incorrect", "missing", "unclear")))
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
