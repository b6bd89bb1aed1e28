#!/usr/bin/env python3
"""Checks the final86 corpus: labels complete and well-formed, evidence quoted verbatim from
the graded assistant text (exports: assistant text messages of the graded branch only).
Usage: python3 validate.py   (exit status 0 when clean)"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(User:|\*\*User:\*\*|You:|\*\*You:\*\*|#### You:|## 👤|Human:|You said:|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|\*\*Assistant:\*\*|ChatGPT:|\*\*ChatGPT:\*\*|#### ChatGPT:|## 🤖|Claude:|ChatGPT said:|A\d+:)")


def plain_assistant_text(raw):
    lines = raw.splitlines()
    if not any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines):
        # bare assistant text, or a chat whose user turns are `> ` quotes
        return "\n".join(l for l in lines if not l.startswith(">"))
    out, who = [], None
    for l in lines:
        m = USER_RE.match(l)
        if m:
            who = "user"
            continue
        m = ASSIST_RE.match(l)
        if m:
            who = "assistant"
            l = l[m.end():]
        if who == "assistant":
            out.append(l)
    return "\n".join(out)


def chatgpt_branch(conv):
    mp = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [k for k, v in mp.items() if v.get("message") and not v.get("children")]
        node = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while node:
        chain.append(mp[node])
        node = mp[node].get("parent")
    texts = []
    for n in reversed(chain):
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            texts.extend(p for p in m["content"]["parts"] if isinstance(p, str))
    return "\n".join(texts)


def claude_text(conv):
    return "\n".join(b["text"] for m in conv["chat_messages"] if m["sender"] == "assistant"
                     for b in m["content"] if b["type"] == "text")


def export_assistant_text(data, title, errs, where):
    key = "title" if data and "mapping" in data[0] else "name"
    if len(data) > 1 and title is None:
        errs.append(f"{where}: several conversations but no `conversation:`")
        return ""
    convs = [c for c in data if title is None or c.get(key) == title]
    if len(convs) != 1:
        errs.append(f"{where}: conversation {title!r} not found exactly once")
        return ""
    c = convs[0]
    return chatgpt_branch(c) if key == "title" else claude_text(c)


def main():
    errs, counts, n = [], {}, 0
    for s in sorted(os.listdir(ROOT)):
        sd = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(sd, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        if not os.path.isfile(os.path.join(sd, "labels.yaml")):
            errs.append(f"{s}: no labels.yaml")
            continue
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(sd, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errs.append(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
        for fname, lab in labels.items():
            where = f"{s}/{fname}"
            path = os.path.join(tdir, fname)
            if not os.path.exists(path):
                errs.append(f"{where}: no such transcript")
                continue
            raw = open(path, encoding="utf-8").read()
            if fname.endswith(".json"):
                text = export_assistant_text(json.loads(raw), lab.get("conversation"), errs, where)
            else:
                if "conversation" in lab:
                    errs.append(f"{where}: `conversation` only for exports")
                text = plain_assistant_text(raw)
            lines = text.splitlines()
            parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
            if set(parts) != set(key):
                errs.append(f"{where}: parts {sorted(parts)} != key {sorted(key)}")
            for pid, p in parts.items():
                w = f"{where} {pid}"
                n += 1
                v = p.get("verdict")
                counts[v] = counts.get(v, 0) + 1
                if v not in VERDICTS:
                    errs.append(f"{w}: bad verdict {v!r}")
                if set(p) - {"verdict", "answer", "evidence", "note"}:
                    errs.append(f"{w}: unknown fields {set(p) - {'verdict', 'answer', 'evidence', 'note'}}")
                a, e = p.get("answer", "absent"), p.get("evidence", "absent")
                if a == "absent" or e == "absent":
                    errs.append(f"{w}: answer and evidence must both be present")
                if v == "missing" and a is not None:
                    errs.append(f"{w}: missing needs answer null")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errs.append(f"{w}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and (a is None or isinstance(a, list)):
                    errs.append(f"{w}: {v} needs a single answer string")
                if v in ("correct", "incorrect", "unclear") and not e:
                    errs.append(f"{w}: {v} needs evidence")
                if e and e != "absent" and not any(e in l for l in lines):
                    errs.append(f"{w}: evidence not on one line of graded assistant text: {e!r}")
    for e in errs:
        print("ERROR", e)
    print(f"{n} labels; " + ", ".join(f"{k}: {counts[k]}" for k in sorted(counts, key=str)))
    print("clean" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
