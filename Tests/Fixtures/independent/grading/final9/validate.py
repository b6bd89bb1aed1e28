#!/usr/bin/env python3
"""Check the hand-labelled grading corpus in this folder.

For every set (a folder with key.yaml): every transcript has labels, every key part is
labelled for every transcript, verdicts are valid, answers have the right form, and every
evidence string is a substring of one line of the graded assistant text.

Graded assistant text:
  * ChatGPT export: assistant messages with content_type "text" on the branch that ends at
    current_node (or, without current_node, at the leaf with the latest create_time),
    in the conversation named by the label's `conversation` (required if there are several).
  * Claude export: `text` content blocks of messages with sender "assistant".
  * Plain copies: the assistant turns, found from the turn markers below; a file without any
    marker is all assistant text; a file whose only markers are "> " quotes has the quoted
    lines as user turns.
"""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(User:|\*\*You:\*\*|#### You:|You said:|Human:|## 👤|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|\*\*ChatGPT:\*\*|#### ChatGPT:|ChatGPT said:|Claude:|## 🤖|A\d+:)")

errors = []


def err(msg):
    errors.append(msg)


def gpt_branch_text(conv):
    mp = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        parents = {n.get("parent") for n in mp.values()}
        leaves = [k for k, n in mp.items() if not n.get("children") and k not in parents]
        node = max(leaves, key=lambda k: (mp[k]["message"] or {}).get("create_time") or 0)
    chain = []
    while node:
        chain.append(node)
        node = mp[node].get("parent")
    out = []
    for k in reversed(chain):
        m = mp[k]["message"]
        if not m or m["author"]["role"] != "assistant":
            continue
        if m["content"].get("content_type") != "text":
            continue
        out.extend(p for p in m["content"].get("parts", []) if isinstance(p, str))
    return "\n".join(out)


def claude_text(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b["text"] for b in m.get("content") or [] if b.get("type") == "text"]
        out.extend(blocks if m.get("content") else [m.get("text", "")])
    return "\n".join(out)


def export_text(path, conversation):
    data = json.load(open(path, encoding="utf-8"))
    title_of = (lambda c: c.get("title")) if "mapping" in data[0] else (lambda c: c.get("name"))
    if conversation is None:
        if len(data) != 1:
            err(f"{path}: several conversations but the label names none")
            return ""
        conv = data[0]
    else:
        hits = [c for c in data if title_of(c) == conversation]
        if len(hits) != 1:
            err(f"{path}: conversation {conversation!r} found {len(hits)} times")
            return ""
        conv = hits[0]
        if len(data) == 1:
            err(f"{path}: `conversation` given for a single-conversation export")
    return gpt_branch_text(conv) if "mapping" in conv else claude_text(conv)


def plain_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    has_markers = any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines)
    if not has_markers:
        if any(l.startswith(">") for l in lines):
            return "\n".join(l for l in lines if not l.startswith(">"))
        return "\n".join(lines)
    out, state = [], None
    for l in lines:
        if USER_RE.match(l):
            state = "user"
            continue
        if ASSIST_RE.match(l):
            state = "assistant"
            rest = ASSIST_RE.sub("", l, count=1)
            if rest.strip():
                out.append(rest)
            continue
        if state == "assistant":
            out.append(l)
    return "\n".join(out)


def check_answer(where, lab):
    v = lab.get("verdict")
    if v not in VERDICTS:
        err(f"{where}: bad verdict {v!r}")
        return
    ans = lab.get("answer", "<absent>")
    if ans == "<absent>":
        err(f"{where}: no `answer` field")
    if v == "missing" and ans is not None:
        err(f"{where}: missing must have answer null")
    if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
        err(f"{where}: {v} needs one answer")
    if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
        err(f"{where}: unclear needs a list of >= 2 candidates")
    ev = lab.get("evidence", "<absent>")
    if ev == "<absent>":
        err(f"{where}: no `evidence` field")
    if v in ("correct", "incorrect", "unclear") and not ev:
        err(f"{where}: {v} needs evidence")
    extra = set(lab) - {"verdict", "answer", "evidence", "note"}
    if extra:
        err(f"{where}: unknown fields {sorted(extra)}")


def main():
    counts = {}
    nlab = 0
    sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        keyids = [str(k) for k in key]
        if not os.path.isfile(os.path.join(sd, "labels.yaml")):
            err(f"{s}: no labels.yaml")
            continue
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        tdir = os.path.join(sd, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err(f"{s}/{f}: transcript not labelled")
        for f, entry in labels.items():
            path = os.path.join(tdir, f)
            if not os.path.isfile(path):
                err(f"{s}: labels for absent transcript {f}")
                continue
            if set(entry) - {"conversation", "parts"}:
                err(f"{s}/{f}: unknown fields {sorted(set(entry) - {'conversation', 'parts'})}")
            parts = {str(k): v for k, v in (entry.get("parts") or {}).items()}
            if f.endswith(".json"):
                text = export_text(path, entry.get("conversation"))
            else:
                if "conversation" in entry:
                    err(f"{s}/{f}: `conversation` only for exports")
                text = plain_text(path)
            lines = text.split("\n")
            for pid in keyids:
                if pid not in parts:
                    err(f"{s}/{f}: part {pid} not labelled")
            for pid, lab in parts.items():
                where = f"{s}/{f}:{pid}"
                if pid not in keyids:
                    err(f"{where}: not a key part")
                    continue
                check_answer(where, lab)
                ev = lab.get("evidence")
                if ev and not any(ev in l for l in lines):
                    err(f"{where}: evidence not on one line of graded assistant text: {ev!r}")
                counts[lab.get("verdict")] = counts.get(lab.get("verdict"), 0) + 1
                nlab += 1
    for e in errors:
        print("ERROR", e)
    print(f"sets {len(sets)}, labels {nlab}, verdicts {dict(sorted(counts.items()))}")
    print("CLEAN" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
