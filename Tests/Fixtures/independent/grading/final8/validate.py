#!/usr/bin/env python3
"""Checks the final8 corpus: labels complete and well-formed, evidence quoted verbatim
from graded assistant text (plain copies: assistant turns; exports: assistant text
messages of the graded branch / conversation only)."""
import json, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# plain transcripts: (user-turn marker, assistant-turn marker, mode before the first marker)
PLAIN = {
    "stat-ml-hw3/chatgpt-page-copy.md": (r"^You said:", r"^ChatGPT said:", "user"),
    "stat-ml-hw3/printed-chat.txt": (r"^You said:", r"^ChatGPT said:", "user"),
    "stat-ml-hw3/claude-copy.txt": (r"^Human:", r"^Claude:", "user"),
    "stat-ml-hw3/student-notes-q-a.txt": (r"^Q\d+:", r"^A\d+:", "user"),
    "dl-practice-midterm/exporter-extension.md": (r"^#### You:", r"^#### ChatGPT:", "user"),
    "dl-practice-midterm/emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant", "user"),
    "dl-practice-midterm/answers-only.md": (None, None, "assistant"),
    # printed chat without turn labels: the user's message runs up to the first heading of the answer
    "linalg-ex3/print-to-pdf.txt": (None, r"^Exercise 3\.1$", "user"),
    "linalg-ex3/quoted-user-turns.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*", "user"),
    "linalg-ex3/bold-you-chatgpt.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "user"),
}


def plain_lines(rel, path):
    user_re, asst_re, mode = PLAIN[rel]
    out = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if user_re and re.match(user_re, line):
            mode = "user"
        elif asst_re and re.match(asst_re, line):
            mode = "assistant"
        if mode == "assistant":
            out.append(line)
    return out


def pick(convs, title_field, wanted, errs, where):
    if wanted is None:
        if len(convs) != 1:
            errs.append(f"{where}: {len(convs)} conversations but no 'conversation' label")
            return None
        return convs[0]
    hits = [c for c in convs if c.get(title_field) == wanted]
    if len(hits) != 1:
        errs.append(f"{where}: conversation {wanted!r} found {len(hits)} times")
        return None
    return hits[0]


def chatgpt_lines(conv):
    m = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        parents = {n.get("parent") for n in m.values()}
        leaves = [k for k, n in m.items() if k not in parents and n.get("message")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    out, node = [], leaf
    while node is not None:
        msg = m[node].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"]["content_type"] == "text":
            for part in msg["content"]["parts"]:
                if isinstance(part, str):
                    out.extend(part.split("\n"))
        node = m[node].get("parent")
    return out


def claude_lines(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        blocks = msg.get("content") or [{"type": "text", "text": msg.get("text", "")}]
        for b in blocks:
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def main():
    errs, n_labels, counts = [], 0, {}
    sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        key = yaml.safe_load(open(os.path.join(HERE, s, "key.yaml")))["parts"]
        labels = yaml.safe_load(open(os.path.join(HERE, s, "labels.yaml")))
        tdir = os.path.join(HERE, s, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errs.append(f"{s}: labelled {sorted(labels)} vs files {files}")
        for f in files:
            where = f"{s}/{f}"
            lab = labels.get(f)
            if not lab:
                continue
            path = os.path.join(tdir, f)
            if f.endswith(".json"):
                data = json.load(open(path, encoding="utf-8"))
                if "mapping" in data[0]:
                    conv = pick(data, "title", lab.get("conversation"), errs, where)
                    lines = chatgpt_lines(conv) if conv else []
                else:
                    conv = pick(data, "name", lab.get("conversation"), errs, where)
                    lines = claude_lines(conv) if conv else []
            else:
                if where not in PLAIN:
                    errs.append(f"{where}: no turn-marker config")
                    continue
                if "conversation" in lab:
                    errs.append(f"{where}: 'conversation' given for a plain copy")
                lines = plain_lines(where, path)
            parts = lab.get("parts") or {}
            if set(map(str, parts)) != set(map(str, key)):
                errs.append(f"{where}: parts {sorted(map(str, parts))} != key {sorted(map(str, key))}")
            for pid, p in parts.items():
                w = f"{where}:{pid}"
                n_labels += 1
                v = p.get("verdict")
                counts[v] = counts.get(v, 0) + 1
                if v not in VERDICTS:
                    errs.append(f"{w}: bad verdict {v!r}")
                extra = set(p) - {"verdict", "answer", "evidence", "note"}
                if extra:
                    errs.append(f"{w}: unknown fields {extra}")
                a, ev = p.get("answer"), p.get("evidence")
                if v == "missing":
                    if a is not None:
                        errs.append(f"{w}: missing but answer given")
                elif v == "unclear":
                    if not (isinstance(a, list) and len(a) >= 2 and len(set(map(str, a))) == len(a)):
                        errs.append(f"{w}: unclear needs a list of >=2 distinct candidates")
                else:
                    if not isinstance(a, str) or not a:
                        errs.append(f"{w}: answer must be a non-empty string")
                if v != "missing" and not ev:
                    errs.append(f"{w}: evidence required")
                if ev is not None:
                    if not isinstance(ev, str) or not any(ev in line for line in lines):
                        errs.append(f"{w}: evidence not found in one line of graded assistant text: {ev!r}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(sets)} sets, {n_labels} labels, verdicts {dict(sorted(counts.items()))}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
