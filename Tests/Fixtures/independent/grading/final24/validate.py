#!/usr/bin/env python3
"""Checks labels.yaml of every set: valid verdicts, every key part labelled for every transcript,
and every evidence string is a substring of one line of the graded assistant text."""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(#### You:|User:|You said:|Human:|## 👤 User|Q\d+:|> |\*\*You:\*\*)")
ASSIST_RE = re.compile(r"^(#### ChatGPT:|Assistant:|ChatGPT said:|Claude:|## 🤖 Assistant|A\d+:|\*\*ChatGPT:\*\*)")


def plain_assistant_text(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    name = os.path.basename(path)
    if name == "printed-chat.txt":      # PDF print: the user's turn is the first paragraph after the header
        start = next(i for i, l in enumerate(lines) if l.startswith("Absolutely."))
        return lines[start:]
    if name == "quoted-user.md":        # quoted user turns; everything else is the assistant
        return [l for l in lines if not l.startswith(">")]
    if not any(USER_RE.match(l) for l in lines):
        return lines                    # bare assistant text
    out, role = [], None
    for l in lines:
        if USER_RE.match(l):
            role = "user"; continue
        m = ASSIST_RE.match(l)
        if m:
            role = "assistant"; l = l[m.end():].strip()
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [k for k, v in mapping.items() if v.get("message") and not v.get("children")]
        node = max(leaves, key=lambda k: mapping[k]["message"]["create_time"] or 0)
    chain = []
    while node:
        chain.append(mapping[node]); node = mapping[node].get("parent")
    return list(reversed(chain))


def export_assistant_text(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if "mapping" in data[0]:
        convs = [c for c in data if conv_name is None or c["title"] == conv_name]
        assert len(convs) == 1, (path, conv_name)
        lines = []
        for n in chatgpt_branch(convs[0]):
            m = n.get("message")
            if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
                for p in m["content"]["parts"]:
                    lines += p.splitlines()
        return lines
    convs = [c for c in data if conv_name is None or c["name"] == conv_name]
    assert len(convs) == 1, (path, conv_name)
    lines = []
    for msg in convs[0]["chat_messages"]:
        if msg["sender"] == "assistant":
            for b in msg["content"]:
                if b["type"] == "text":
                    lines += b["text"].splitlines()
    return lines


def main():
    errors, counts = [], {}
    for s in sorted(os.listdir(ROOT)):
        sd = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(sd, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        files = sorted(os.listdir(os.path.join(sd, "transcripts")))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} vs files {files}")
        for tname, lab in labels.items():
            path = os.path.join(sd, "transcripts", tname)
            if tname.endswith(".json"):
                text = export_assistant_text(path, lab.get("conversation"))
            else:
                text = plain_assistant_text(path)
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append(f"{s}/{tname}: parts {sorted(parts)} != key {sorted(key)}")
            for pid, p in parts.items():
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{s}/{tname}/{pid}: bad verdict {v}")
                counts[v] = counts.get(v, 0) + 1
                if v == "missing" and p.get("answer") is not None:
                    errors.append(f"{s}/{tname}/{pid}: missing with an answer")
                if v == "unclear" and not isinstance(p.get("answer"), list):
                    errors.append(f"{s}/{tname}/{pid}: unclear needs a candidate list")
                ev = p.get("evidence")
                if ev is not None and not any(ev in line for line in text):
                    errors.append(f"{s}/{tname}/{pid}: evidence not found: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print("counts:", counts, "total:", sum(counts.values()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
