#!/usr/bin/env python3
"""Validate the final43 corpus: labels complete and well-formed, evidence quoted from graded assistant text.

For every set folder (one holding key.yaml):
  * every transcript in transcripts/ has an entry in labels.yaml and vice versa;
  * every key part is labelled for every transcript, and no extra parts are labelled;
  * verdict is one of correct/incorrect/missing/unclear; answer is null iff missing, a list (>= 2) iff unclear;
  * evidence (when not null) is a substring of one line of the graded assistant text:
      - ChatGPT export: the conversation named by `conversation` (or the only one); branch = current_node,
        or, when absent, the leaf with the latest create_time, followed up by parent links;
        assistant messages with content_type "text" only (no thoughts, recaps, code, tool output);
      - Claude export: the named (or only) conversation; assistant messages' text content blocks;
      - plain text: lines inside assistant turns, found from the turn markers below
        (a file with no markers at all is bare assistant text).
Also runs each set's answers.py (it exits non-zero if the key disagrees).
Exit status 0 when clean.
"""
import json, os, re, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_MARK = re.compile(r"^(User:|Human:|You said:|\*\*You:\*\*|#### You:|## 👤|Q\d+:)")
ASST_MARK = re.compile(r"^(Assistant:|Claude:|ChatGPT said:|\*\*ChatGPT:\*\*|#### ChatGPT:|## 🤖|A\d+:)")
PARA_USER_MARK = re.compile(r"^(> |JR\s)")   # quoted user lines / printed avatar initials: user until a blank line


def chatgpt_text(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while leaf:
        chain.append(mapping[leaf])
        leaf = mapping[leaf].get("parent")
    texts = []
    for node in reversed(chain):
        m = node.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") == "text":
            texts.append("\n".join(p for p in c.get("parts", []) if isinstance(p, str)))
    return "\n".join(texts)


def claude_text(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in m.get("content", []) if b.get("type") == "text"]
        out.append("\n".join(blocks) if blocks else m.get("text", ""))
    return "\n".join(out)


def export_text(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if isinstance(data, dict):
        data = [data]
    def name(c):
        return c.get("title") if "mapping" in c else c.get("name")
    if conv_name is None:
        if len(data) != 1:
            raise ValueError(f"{path}: {len(data)} conversations but no `conversation` in labels")
        conv = data[0]
    else:
        hits = [c for c in data if name(c) == conv_name]
        if len(hits) != 1:
            raise ValueError(f"{path}: conversation {conv_name!r} found {len(hits)} times")
        conv = hits[0]
    return chatgpt_text(conv) if "mapping" in conv else claude_text(conv)


def plain_text(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    has_marks = any(USER_MARK.match(l) or ASST_MARK.match(l) or PARA_USER_MARK.match(l) for l in lines)
    if not has_marks:
        return "\n".join(lines)
    mode, para_user, out = None, False, []
    for l in lines:
        if USER_MARK.match(l):
            mode, para_user = "user", False
        elif ASST_MARK.match(l):
            mode, para_user = "assistant", False
        elif PARA_USER_MARK.match(l):
            mode, para_user = "user", True
        elif para_user and not l.strip():
            mode, para_user = "assistant", False
        if mode == "assistant":
            out.append(l)
    return "\n".join(out)


def main():
    errors, counts, nparts = [], {}, 0
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        sdir = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
        key_ids = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(sdir, "transcripts")
        files = set(os.listdir(tdir))
        for f in sorted(files - set(labels)):
            errors.append(f"{s}: transcript {f} has no labels")
        for f in sorted(set(labels) - files):
            errors.append(f"{s}: labels for missing transcript {f}")
        for f, entry in labels.items():
            if f not in files:
                continue
            path = os.path.join(tdir, f)
            try:
                text = export_text(path, entry.get("conversation")) if f.endswith(".json") else plain_text(path)
            except Exception as e:  # noqa
                errors.append(f"{s}/{f}: {e}")
                continue
            tlines = text.splitlines()
            parts = {str(k): v for k, v in entry["parts"].items()}
            for k in sorted(key_ids - set(parts)):
                errors.append(f"{s}/{f}: part {k} not labelled")
            for k in sorted(set(parts) - key_ids):
                errors.append(f"{s}/{f}: part {k} not in key")
            for k, lab in parts.items():
                nparts += 1
                v = lab.get("verdict")
                where = f"{s}/{f} {k}"
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                a = lab.get("answer", "MISSINGFIELD")
                if a == "MISSINGFIELD":
                    errors.append(f"{where}: no answer field")
                elif v == "missing" and a is not None:
                    errors.append(f"{where}: missing but answer is not null")
                elif v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append(f"{where}: unclear needs a list of >= 2 candidates")
                elif v in ("correct", "incorrect") and (a is None or isinstance(a, list)):
                    errors.append(f"{where}: {v} needs a single answer")
                if "evidence" not in lab:
                    errors.append(f"{where}: no evidence field")
                    continue
                e = lab["evidence"]
                if e is None:
                    if v != "missing":
                        errors.append(f"{where}: null evidence for a {v} label")
                    continue
                if "\n" in e or not any(e in line for line in tlines):
                    errors.append(f"{where}: evidence not found in graded assistant text: {e!r}")
        r = subprocess.run([sys.executable, os.path.join(sdir, "answers.py")], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"{s}: answers.py disagrees with key.yaml:\n{r.stdout}{r.stderr}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(sets)} sets, {nparts} labels: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in sorted(VERDICTS)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
