#!/usr/bin/env python3
"""Checks labels.yaml of every set: valid verdicts, every key part labelled for every transcript,
and each evidence string is a substring of one line of the graded assistant text."""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["thermo-cycles", "dft-basics", "counting"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Plain transcripts: (start role, [(regex on a line, role the line starts)]). The marker line belongs to the new role.
# "quote" mode: lines starting with '>' are user text, all other lines assistant text.
PLAIN = {
    "thermo-cycles/pdf-print.txt": ("none", [(r"^You said:", "user"), (r"^ChatGPT said:", "assistant")]),
    "thermo-cycles/user-assistant.md": ("none", [(r"^User:", "user"), (r"^Assistant:", "assistant")]),
    "thermo-cycles/exporter-ext.md": ("none", [(r"^#### You:", "user"), (r"^#### ChatGPT:", "assistant")]),
    "thermo-cycles/student-q-a.txt": ("none", [(r"^Q\d+:", "user"), (r"^A\d+:", "assistant")]),
    "dft-basics/you-said.md": ("none", [(r"^You said:", "user"), (r"^ChatGPT said:", "assistant")]),
    "dft-basics/emoji-headings.md": ("none", [(r"^## 👤 User", "user"), (r"^## 🤖 Assistant", "assistant")]),
    "dft-basics/bare-answer.txt": ("assistant", []),
    "counting/human-claude.txt": ("none", [(r"^Human:", "user"), (r"^Claude:", "assistant")]),
    "counting/quoted-user.md": "quote",
    "counting/bold-you.md": ("none", [(r"^\*\*You:\*\*", "user"), (r"^\*\*ChatGPT:\*\*", "assistant")]),
    "counting/pdf-print.txt": ("none", [(r"^Worksheet 3 counting$", "user"), (r"^I'll go exercise by exercise", "assistant")]),
}


def plain_lines(rel, text):
    rule = PLAIN[rel]
    lines = text.split("\n")
    if rule == "quote":
        return [l for l in lines if not l.startswith(">")]
    role, markers = rule
    out = []
    for l in lines:
        for rx, r in markers:
            if re.search(rx, l):
                role = r
                break
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_lines(conv):
    m = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        has_child = {n["parent"] for n in m.values() if n.get("parent")}
        leaves = [k for k, n in m.items() if k not in has_child and n.get("message")]
        cur = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    out = []
    while cur is not None:
        node = m[cur]
        msg = node.get("message")
        if msg and msg["author"]["role"] == "assistant" and msg.get("recipient", "all") == "all" \
                and msg["content"].get("content_type") == "text":
            for p in msg["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        cur = node.get("parent")
    return out


def claude_lines(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in msg.get("content", []) if b.get("type") == "text"] or [msg.get("text", "")]
        for b in blocks:
            out.extend(b.split("\n"))
    return out


def export_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    def name(c):
        return c.get("title", c.get("name"))
    if conv_name is None:
        if len(data) != 1:
            raise ValueError("several conversations but no 'conversation' label")
        conv = data[0]
    else:
        matches = [c for c in data if name(c) == conv_name]
        if len(matches) != 1:
            raise ValueError("conversation %r not found exactly once" % conv_name)
        conv = matches[0]
    return chatgpt_lines(conv) if "mapping" in conv else claude_lines(conv)


def main():
    errors, counts = [], {}
    for s in SETS:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml"), encoding="utf-8"))["parts"]
        key_ids = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = set(os.listdir(tdir))
        if files != set(labels):
            errors.append("%s: transcripts %s vs labels %s" % (s, sorted(files), sorted(labels)))
        for fname, lab in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                continue
            if fname.endswith(".json"):
                lines = export_lines(path, lab.get("conversation"))
            else:
                lines = plain_lines("%s/%s" % (s, fname), open(path, encoding="utf-8").read())
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != key_ids:
                errors.append("%s/%s: parts %s != key %s" % (s, fname, sorted(parts), sorted(key_ids)))
            for pid, p in parts.items():
                where = "%s/%s %s" % (s, fname, pid)
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append("%s: bad verdict %r" % (where, v)); continue
                counts[v] = counts.get(v, 0) + 1
                a = p.get("answer", "<absent>")
                if v == "missing" and a is not None:
                    errors.append("%s: missing needs answer null" % where)
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append("%s: unclear needs a list of candidates" % where)
                if v in ("correct", "incorrect") and not isinstance(a, str):
                    errors.append("%s: answer should be a string" % where)
                ev = p.get("evidence", "<absent>")
                if ev == "<absent>":
                    errors.append("%s: evidence key absent" % where)
                elif ev is not None and not any(ev in l for l in lines):
                    errors.append("%s: evidence not in graded assistant text: %r" % (where, ev))
    for e in errors:
        print("ERROR", e)
    print("labels by verdict:", counts, "total", sum(counts.values()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
