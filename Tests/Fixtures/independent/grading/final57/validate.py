#!/usr/bin/env python3
"""Check the labels of this corpus against the keys and the transcripts.

For every set (a folder holding key.yaml, labels.yaml and transcripts/):
  * every transcript file is labelled, and every label names an existing file;
  * every key part is labelled for every transcript, and no label names an unknown part;
  * each verdict is one of correct / incorrect / missing / unclear;
  * answer is null for missing, a list of >= 2 candidates for unclear, a scalar otherwise;
  * evidence (when not null) is a substring of one line of the graded assistant text:
      - ChatGPT export: assistant messages with content_type "text" on the graded branch
        (current_node's branch, or, without current_node, the branch of the leaf with the
        latest create_time) of the conversation named by `conversation`;
      - Claude export: the `text` content blocks of assistant messages of that conversation;
      - plain transcripts: the assistant turns, split with the turn markers listed in
        TURN_MARKERS below (a file not listed there is all assistant text);
  * `conversation` is given exactly when an export holds several conversations;
  * each answers.py runs and its own key check passes.
Exit status 0 when clean.  Needs python3 + PyYAML (+ numpy for answers.py).
"""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# file name -> (user-turn regex, assistant-turn regex); both matched at line start.
# "quoted" means: lines starting with ">" are the user, everything else the assistant.
TURN_MARKERS = {
    "dt-exporter-extension.md": (r"#### You:", r"#### ChatGPT:"),
    "dt-pdf-print.txt": (r"You said:", r"ChatGPT said:"),
    "dt-student-qa.txt": (r"Q\d+:", r"A\d+:"),
    "dt-claude-copy.md": (r"Human:", r"Claude:"),
    "pgs-chatgpt-copy.md": (r"You said:", r"ChatGPT said:"),
    "pgs-emoji-headings.md": (r"## 👤 User", r"## 🤖 Assistant"),
    "pgs-bold-markers.md": (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*"),
    "pgs-bare-answer.txt": None,
    "nbk-quoted-user.md": "quoted",
    "nbk-you-chatgpt.md": (r"You:\s*$", r"ChatGPT:\s*$"),
    "nbk-terse.md": (r"\*\*User:\*\*", r"\*\*Assistant:\*\*"),
    "nbk-user-assistant.txt": (r"User:", r"Assistant:"),
}


def plain_assistant_lines(name, text):
    spec = TURN_MARKERS.get(name)
    lines = text.split("\n")
    if spec is None:
        return lines
    if spec == "quoted":
        return [ln for ln in lines if not ln.startswith(">")]
    user_re, asst_re = (re.compile(r) for r in spec)
    out, who = [], None
    for ln in lines:
        mu, ma = user_re.match(ln), asst_re.match(ln)
        if mu:
            who = "user"
            ln = ln[mu.end():]
        elif ma:
            who = "assistant"
            ln = ln[ma.end():]
        if who == "assistant":
            out.append(ln)
    if not out:
        raise ValueError(f"{name}: no assistant turns found with markers {spec}")
    return out


def chatgpt_branch_texts(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        # leaf with the latest create_time
        leaves = [n for n in mapping.values() if not n.get("children")]
        leaf = max(leaves, key=lambda n: (n["message"] or {}).get("create_time") or 0)["id"]
    chain = []
    node = mapping[leaf]
    while node is not None:
        chain.append(node)
        node = mapping.get(node["parent"]) if node.get("parent") else None
    chain.reverse()
    texts = []
    for n in chain:
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        if m["content"].get("content_type") != "text":
            continue
        texts.extend(p for p in m["content"]["parts"] if isinstance(p, str))
    return texts


def claude_texts(conv):
    texts = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                texts.append(b["text"])
    return texts


def export_lines(path, conversation, errors, label_name):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        data = [data]

    def conv_name(c):
        return c.get("title") if "mapping" in c else c.get("name")

    if len(data) > 1 and conversation is None:
        errors.append(f"{label_name}: export holds {len(data)} conversations but no `conversation` given")
        return []
    if len(data) == 1 and conversation is not None and conv_name(data[0]) != conversation:
        errors.append(f"{label_name}: conversation {conversation!r} not found")
        return []
    if conversation is None:
        conv = data[0]
    else:
        found = [c for c in data if conv_name(c) == conversation]
        if len(found) != 1:
            errors.append(f"{label_name}: conversation {conversation!r} found {len(found)} times")
            return []
        conv = found[0]
    texts = chatgpt_branch_texts(conv) if "mapping" in conv else claude_texts(conv)
    lines = []
    for t in texts:
        lines.extend(t.split("\n"))
    return lines


def check_set(set_dir, errors, counts):
    with open(os.path.join(set_dir, "key.yaml"), encoding="utf-8") as f:
        key = yaml.safe_load(f)["parts"]
    with open(os.path.join(set_dir, "labels.yaml"), encoding="utf-8") as f:
        labels = yaml.safe_load(f)
    key_ids = {str(k) for k in key}
    tdir = os.path.join(set_dir, "transcripts")
    files = sorted(os.listdir(tdir))
    sname = os.path.basename(set_dir)
    for fn in files:
        if fn not in labels:
            errors.append(f"{sname}: transcript {fn} has no labels")
    for fn, entry in labels.items():
        where = f"{sname}/{fn}"
        path = os.path.join(tdir, fn)
        if not os.path.exists(path):
            errors.append(f"{where}: labelled but no such transcript")
            continue
        parts = {str(k): v for k, v in (entry.get("parts") or {}).items()}
        if set(parts) != key_ids:
            errors.append(f"{where}: parts {sorted(parts)} != key parts {sorted(key_ids)}")
        if fn.endswith(".json"):
            lines = export_lines(path, entry.get("conversation"), errors, where)
        else:
            if "conversation" in entry:
                errors.append(f"{where}: `conversation` given for a plain transcript")
            with open(path, encoding="utf-8") as f:
                lines = plain_assistant_lines(fn, f.read())
        for pid, lab in parts.items():
            w = f"{where} {pid}"
            v = lab.get("verdict")
            if v not in VERDICTS:
                errors.append(f"{w}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans = lab.get("answer", "<absent>")
            if ans == "<absent>":
                errors.append(f"{w}: no answer field")
            elif v == "missing" and ans is not None:
                errors.append(f"{w}: missing but answer {ans!r}")
            elif v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                errors.append(f"{w}: unclear needs a list of >= 2 candidates")
            elif v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                errors.append(f"{w}: {v} needs one answer")
            ev = lab.get("evidence", "<absent>")
            if ev == "<absent>":
                errors.append(f"{w}: no evidence field")
            elif ev is None:
                if v != "missing":
                    errors.append(f"{w}: evidence null for a {v} verdict")
            elif not any(ev in ln for ln in lines):
                errors.append(f"{w}: evidence not found in one line of the graded assistant text: {ev!r}")


def main():
    errors, counts = [], {}
    sets = sorted(d for d in os.listdir(HERE)
                  if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        check_set(os.path.join(HERE, s), errors, counts)
        r = subprocess.run([sys.executable, "answers.py", "--check"], cwd=os.path.join(HERE, s),
                           capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"{s}: answers.py --check failed:\n{r.stdout}{r.stderr}")
    for e in errors:
        print("ERROR", e)
    total = sum(counts.values())
    print(f"{len(sets)} sets, {total} labels:",
          ", ".join(f"{k} {counts.get(k, 0)}" for k in ("correct", "incorrect", "missing", "unclear")))
    print("clean" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
