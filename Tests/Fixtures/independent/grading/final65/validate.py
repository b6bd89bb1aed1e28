#!/usr/bin/env python3
"""Checks labels.yaml of every set in this corpus.

- every key part is labelled for every transcript, and no unknown parts are labelled
- verdicts are valid; missing -> answer null; unclear -> list of >= 2 candidates
- every evidence string is a substring of ONE line of the graded assistant text
  (text files: assistant turns found by turn markers; exports: assistant text messages
  of the graded branch / graded conversation only)
Run: python3 validate.py   (exit status 0 when clean)
"""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

USER_RE = re.compile(r"^\s*(User:|Human:|You:|#### You:|\*\*You:\*\*|\*\*User:\*\*|## 👤 User|You said:|Q\d+:|## Prompt:)")
ASSIST_RE = re.compile(r"^\s*(Assistant:|Claude:|ChatGPT:|#### ChatGPT:|\*\*ChatGPT:\*\*|\*\*Assistant:\*\*|## 🤖 Assistant|ChatGPT said:|A\d+:|## Response:)")


def text_assistant_lines(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    has_markers = any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines)
    out = []
    if not has_markers:
        # bare assistant text, possibly with '>'-quoted user turns
        return [l for l in lines if not l.lstrip().startswith(">")]
    role = None
    for l in lines:
        m_u, m_a = USER_RE.match(l), ASSIST_RE.match(l)
        if m_u:
            role = "user"
            continue
        if m_a:
            role = "assistant"
            rest = l[m_a.end():]
            if rest.strip():
                out.append(rest)
            continue
        if role == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while cur is not None:
        chain.append(mapping[cur])
        cur = mapping[cur].get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, title):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if len(data) > 1 and title is None:
        raise ValueError(f"{path}: several conversations but no 'conversation' label")
    if data and "mapping" in data[0]:
        convs = [c for c in data if title is None or c.get("title") == title]
        if len(convs) != 1:
            raise ValueError(f"{path}: conversation {title!r} found {len(convs)} times")
        out = []
        for node in chatgpt_branch(convs[0]):
            msg = node.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            c = msg["content"]
            if c.get("content_type") != "text":
                continue
            for p in c.get("parts", []):
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        return out
    convs = [c for c in data if title is None or c.get("name") == title]
    if len(convs) != 1:
        raise ValueError(f"{path}: conversation {title!r} found {len(convs)} times")
    out = []
    for m in convs[0]["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def main():
    errors = []
    counts = {}
    sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(HERE, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        key_ids = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        tdir = os.path.join(sd, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                errors.append(f"{s}: transcript {f} not labelled")
        for f, lab in labels.items():
            path = os.path.join(tdir, f)
            if not os.path.exists(path):
                errors.append(f"{s}: labelled file {f} does not exist")
                continue
            try:
                if f.endswith(".json"):
                    lines = export_assistant_lines(path, lab.get("conversation"))
                else:
                    lines = text_assistant_lines(path)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{s}/{f}: {e}")
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != key_ids:
                errors.append(f"{s}/{f}: parts {sorted(set(parts) ^ key_ids)} differ from key")
            for pid, p in parts.items():
                v = p.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{s}/{f} {pid}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                ans = p.get("answer", "absent")
                if v == "missing" and ans is not None:
                    errors.append(f"{s}/{f} {pid}: missing needs answer null")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{s}/{f} {pid}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list) or ans == "absent"):
                    errors.append(f"{s}/{f} {pid}: {v} needs a single answer")
                ev = p.get("evidence", "absent")
                if ev == "absent":
                    errors.append(f"{s}/{f} {pid}: evidence key absent")
                elif ev is not None and not any(ev in l for l in lines):
                    errors.append(f"{s}/{f} {pid}: evidence not found on one assistant line: {ev!r}")
    total = sum(counts.values())
    for e in errors:
        print("ERROR", e)
    print(f"sets={len(sets)} labelled parts={total} " +
          " ".join(f"{k}={counts.get(k, 0)} ({100 * counts.get(k, 0) / max(total, 1):.1f}%)" for k in sorted(VERDICTS)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
