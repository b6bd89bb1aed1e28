#!/usr/bin/env python3
"""Check the final49 corpus.

For every set: every transcript in transcripts/ is labelled, every key part is labelled for
every transcript (and no extra parts), verdicts are valid, answer fields have the right shape,
and each evidence string is a substring of one line of the graded assistant text
(for exports: assistant text messages of the graded branch only).
Also runs answers.py for each set and prints it, so the key can be compared by eye.
Usage: python3 validate.py [--no-answers]
"""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# How to find assistant text in plain-text transcripts: (user-turn regex, assistant-turn regex).
# A line matching a regex starts that turn; the rest of the line after the marker belongs to it.
# None for both means the whole file is assistant text. "quoted" means lines starting with '>'
# are user text and everything else is assistant text.
TURNS = {
    "exporter-you-chatgpt.md": (r"^#### You:\s*", r"^#### ChatGPT:\s*"),
    "pdf-print.txt": (None, None),
    "student-q-a-notes.txt": (r"^Q\d+:\s*", r"^A\d+:\s*"),
    "you-said-chatgpt-said.md": (r"^You said:\s*", r"^ChatGPT said:\s*"),
    "human-claude.txt": (r"^Human:\s*", r"^Claude:\s*"),
    "emoji-dated.md": (r"^## 👤 User\b.*", r"^## 🤖 Assistant\b.*"),
    "bare-answer.txt": (None, None),
    "bold-user-assistant.md": (r"^\*\*User:\*\*\s*", r"^\*\*Assistant:\*\*\s*"),
    "quoted-user.md": "quoted",
    "user-assistant-table.md": (r"^User:\s*", r"^Assistant:\s*"),
}


def plain_assistant_lines(name, text):
    rule = TURNS.get(name)
    lines = text.split("\n")
    if rule is None:
        raise SystemExit(f"no turn rule for {name}")
    if rule == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = rule
    if ure is None:
        return lines
    out, mode = [], None  # lines before the first marker are headers (neither turn)
    for l in lines:
        m_u, m_a = re.match(ure, l), re.match(are, l)
        if m_u:
            mode = "user"
            continue
        if m_a:
            mode = "assistant"
            rest = l[m_a.end():]
            if rest:
                out.append(rest)
            continue
        if mode == "assistant":
            out.append(l)
    return out


def chatgpt_branch_text(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        # no current_node: the leaf with the latest create_time
        has_child = {n.get("parent") for n in mapping.values()}
        leaves = [k for k, n in mapping.items() if k not in has_child and n.get("message")]
        leaf = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    texts, node = [], leaf
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            texts.append("\n".join(p for p in m["content"].get("parts", []) if isinstance(p, str)))
        node = n.get("parent")
    return "\n".join(reversed(texts))


def claude_text(conv):
    texts = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg.get("content", []):
            if b.get("type") == "text":
                texts.append(b["text"])
    return "\n".join(texts)


def export_lines(path, conversation):
    data = json.load(open(path, encoding="utf-8"))
    if len(data) > 1 and not conversation:
        raise ValueError("export has several conversations but the label names none")
    if conversation:
        conv = [c for c in data if c.get("title", c.get("name")) == conversation]
        if len(conv) != 1:
            raise ValueError(f"conversation {conversation!r} not found exactly once")
        conv = conv[0]
    else:
        conv = data[0]
    text = chatgpt_branch_text(conv) if "mapping" in conv else claude_text(conv)
    return text.split("\n")


def main():
    run_answers = "--no-answers" not in sys.argv
    errors, counts, total = [], {}, 0
    sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
        key_ids = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
        files = sorted(os.listdir(os.path.join(sd, "transcripts")))
        if set(files) != set(labels):
            errors.append(f"{s}: transcripts {sorted(set(files) ^ set(labels))} not matched between folder and labels")
        for fname, lab in labels.items():
            path = os.path.join(sd, "transcripts", fname)
            if not os.path.exists(path):
                continue
            try:
                if fname.endswith(".json"):
                    lines = export_lines(path, lab.get("conversation"))
                else:
                    lines = plain_assistant_lines(fname, open(path, encoding="utf-8").read())
            except Exception as e:  # noqa: BLE001
                errors.append(f"{s}/{fname}: {e}")
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != key_ids:
                errors.append(f"{s}/{fname}: parts {sorted(set(parts) ^ key_ids)} differ from key")
            for pid, p in parts.items():
                where = f"{s}/{fname}/{pid}"
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                total += 1
                counts[v] = counts.get(v, 0) + 1
                ans = p.get("answer", "MISSING-FIELD")
                if v == "missing" and ans is not None:
                    errors.append(f"{where}: missing needs answer null")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{where}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    errors.append(f"{where}: answer should be a string")
                ev = p.get("evidence", "MISSING-FIELD")
                if ev == "MISSING-FIELD":
                    errors.append(f"{where}: no evidence field")
                elif ev is None:
                    if v != "missing":
                        errors.append(f"{where}: evidence null but verdict {v}")
                elif not any(ev in line for line in lines):
                    errors.append(f"{where}: evidence not found in one line of graded assistant text: {ev[:70]!r}")
        if run_answers:
            out = subprocess.run([sys.executable, os.path.join(sd, "answers.py")], capture_output=True, text=True)
            print(f"--- {s}/answers.py (rc={out.returncode})\n{out.stdout.rstrip()}")
            if out.returncode:
                errors.append(f"{s}: answers.py failed: {out.stderr}")
    print(f"\n{len(sets)} sets, {total} labels: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in sorted(VERDICTS)))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
