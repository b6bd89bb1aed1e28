#!/usr/bin/env python3
"""Checks the final20 corpus: verdicts valid, every key part labelled for every transcript, and
every evidence string a substring of one line of the graded assistant text."""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
# (user-turn start, assistant-turn start) per plain transcript; None = whole file is assistant text
MARKERS = {
    "user-assistant-copy.txt": (r"^User:", r"^Assistant:"),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "exporter-extension.md": (r"^#### You:", r"^#### ChatGPT:"),
    "claude-copy.md": (r"^Human:", r"^Claude:"),
    "you-said-copy.md": (r"^You said:", r"^ChatGPT said:"),
    "emoji-headings.md": (r"^## 👤", r"^## 🤖"),
    "student-qa-labels.txt": (r"^Q\d+:", r"^A\d+:"),
    "bold-you-table.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "user-assistant-correction.txt": (r"^User:", r"^Assistant:"),
    "quoted-user.md": "quoted",
    "bare-assistant.md": None,
}


def plain_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().splitlines()
    spec = MARKERS[name]
    if spec is None:
        return lines
    if spec == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = spec
    out, who = [], None
    for l in lines:
        if re.match(ure, l):
            who = "user"
        elif re.match(are, l):
            who = "assistant"
        if who == "assistant":
            out.append(l)
    return out


def chatgpt_lines(data, title):
    convs = [c for c in data if title is None or c["title"] == title]
    assert len(convs) == 1, "conversation not found / ambiguous: %r" % title
    m = convs[0]["mapping"]
    leaf = convs[0].get("current_node")
    if leaf is None:
        parents = {n.get("parent") for n in m.values()}
        leaves = [k for k, n in m.items() if k not in parents and n.get("message")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    out, k = [], leaf
    while k is not None:
        msg = m[k].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"]["content_type"] == "text":
            for p in msg["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.splitlines())
        k = m[k].get("parent")
    return out


def claude_lines(data, name):
    convs = [c for c in data if name is None or c["name"] == name]
    assert len(convs) == 1, "conversation not found / ambiguous: %r" % name
    out = []
    for msg in convs[0]["chat_messages"]:
        if msg["sender"] == "assistant":
            for b in msg["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].splitlines())
    return out


def main():
    errors, counts = [], {}
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    total = 0
    for s in sets:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml")))["parts"]
        keyparts = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml")))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = set(os.listdir(tdir))
        if files != set(labels):
            errors.append("%s: transcripts %s vs labelled %s" % (s, sorted(files), sorted(labels)))
        for name, lab in labels.items():
            path = os.path.join(tdir, name)
            if not os.path.exists(path):
                continue
            conv = lab.get("conversation")
            if name.endswith(".json"):
                data = json.load(open(path, encoding="utf-8"))
                if len(data) > 1 and conv is None:
                    errors.append("%s/%s: several conversations but no `conversation`" % (s, name))
                lines = claude_lines(data, conv) if "chat_messages" in data[0] else chatgpt_lines(data, conv)
            else:
                lines = plain_assistant_lines(path, name)
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != keyparts:
                errors.append("%s/%s: parts %s vs key %s" % (s, name, sorted(parts), sorted(keyparts)))
            for pid, v in parts.items():
                total += 1
                verdict = v.get("verdict")
                counts[verdict] = counts.get(verdict, 0) + 1
                where = "%s/%s %s" % (s, name, pid)
                if verdict not in VERDICTS:
                    errors.append(where + ": bad verdict %r" % verdict)
                if verdict == "missing" and v.get("answer") is not None:
                    errors.append(where + ": missing with an answer")
                if verdict == "unclear" and not (isinstance(v.get("answer"), list) and len(v["answer"]) >= 2):
                    errors.append(where + ": unclear needs a list of candidates")
                if verdict in ("correct", "incorrect") and not isinstance(v.get("answer"), str):
                    errors.append(where + ": answer should be a string")
                ev = v.get("evidence")
                if ev is None:
                    if verdict != "missing":
                        errors.append(where + ": evidence required")
                elif not any(ev in l for l in lines):
                    errors.append(where + ": evidence not on one line of graded assistant text: %r" % ev)
    for e in errors:
        print("ERROR", e)
    print("labels:", total, counts)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
