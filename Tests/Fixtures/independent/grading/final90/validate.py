#!/usr/bin/env python3
"""Validate the final90 corpus.

Checks, for every set:
  * answers.py's computed values agree with key.yaml (tolerance if given, else 1e-9 relative);
  * labels.yaml has one entry per transcript file, and each entry labels every key part
    exactly once (duplicate YAML keys are rejected), with no extra parts;
  * verdicts are valid; answer is null iff missing, a list iff unclear;
  * each evidence string is a substring of one line of the graded assistant text
    (exports: assistant text messages on the graded branch only; plain files: assistant turns).
Exit status 0 when clean.
"""
import importlib.util
import json
import os
import re
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["astro-parallax", "epi-sir", "materials-elastic"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# plain transcripts: how to tell user turns from assistant turns.
# mode "markers": a line matching `user` starts a user turn, matching `assistant` starts an assistant turn.
# mode "quote": lines starting with '>' are user text, the rest assistant.
# mode "bare": the whole file is assistant text.
PLAIN = {
    "printed_chat.txt": ("markers", r"^astro hw 2, can you check", r"^Let’s go through Homework 2", "user"),
    "exporter_chat.md": ("markers", r"^#### You:", r"^#### ChatGPT:", "user"),
    "user_assistant.txt": ("markers", r"^User:", r"^Assistant:", "user"),
    "student_notes.md": ("markers", r"^Q\d+:", r"^A\d+:", "user"),
    "you_said.txt": ("markers", r"^You said:", r"^ChatGPT said:", "user"),
    "emoji_log.md": ("markers", r"^## 👤 User", r"^## 🤖 Assistant", "user"),
    "bold_you.md": ("markers", r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "user"),
    "bare_answer.txt": ("bare", None, None, "assistant"),
    "human_claude.txt": ("markers", r"^Human:", r"^Claude:", "user"),
    "quoted_user.md": ("quote", None, None, "assistant"),
    "problem_headings.md": ("bare", None, None, "assistant"),
}


class UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader, node, deep=False):
    keys = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in keys:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", k.start_mark)
        keys.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=UniqueKeyLoader)


def plain_assistant_lines(path, name):
    mode, user_re, asst_re, start = PLAIN[name]
    lines = open(path, encoding="utf-8").read().split("\n")
    if mode == "bare":
        return lines
    if mode == "quote":
        return [l for l in lines if not l.lstrip().startswith(">")]
    out, cur = [], start
    for l in lines:
        if re.match(user_re, l):
            cur = "user"
        elif re.match(asst_re, l):
            cur = "assistant"
        if cur == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    m = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [k for k, v in m.items() if not v.get("children") and v.get("message")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    path = []
    while leaf:
        path.append(m[leaf])
        leaf = m[leaf].get("parent")
    return list(reversed(path))


def export_assistant_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if len(data) > 1 and not conv_name:
        raise ValueError("several conversations but no 'conversation' in labels")
    if conv_name:
        convs = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(convs) != 1:
            raise ValueError(f"conversation {conv_name!r} not found exactly once")
        conv = convs[0]
    else:
        conv = data[0]
    texts = []
    if "mapping" in conv:
        for node in chatgpt_branch(conv):
            msg = node.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            c = msg["content"]
            if c.get("content_type") == "text":
                texts.extend(p for p in c.get("parts", []) if isinstance(p, str))
    else:
        for msg in conv["chat_messages"]:
            if msg["sender"] != "assistant":
                continue
            for block in msg.get("content", []):
                if block.get("type") == "text":
                    texts.append(block["text"])
    return [l for t in texts for l in t.split("\n")]


def num(v):
    if isinstance(v, str):
        return float(Fraction(v))
    return float(v)


def close(a, b, tol):
    if tol is not None:
        return abs(a - b) <= tol + 1e-12
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def check_answers(s, key, errors):
    spec = importlib.util.spec_from_file_location(f"ans_{s.replace('-', '_')}", os.path.join(HERE, s, "answers.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    vals = mod.values
    for pid, k in key.items():
        if "answer" not in k:
            continue
        if pid not in vals:
            errors.append(f"{s}: answers.py does not compute {pid}")
            continue
        kv, cv, tol = k["answer"], vals[pid], k.get("tolerance")
        if isinstance(kv, list):
            ok = isinstance(cv, list) and len(cv) == len(kv) and all(close(num(c), num(x), tol) for c, x in zip(cv, kv))
        else:
            ok = close(num(cv), num(kv), tol)
        if not ok:
            errors.append(f"{s}: key {pid}={kv!r} but answers.py gives {cv!r}")
    for pid in vals:
        if pid not in key:
            errors.append(f"{s}: answers.py value {pid} not in key")


def main():
    errors = []
    counts = {v: 0 for v in VERDICTS}
    for s in SETS:
        key = {str(k): v for k, v in load(os.path.join(HERE, s, "key.yaml"))["parts"].items()}
        check_answers(s, key, errors)
        labels = load(os.path.join(HERE, s, "labels.yaml"))
        tdir = os.path.join(HERE, s, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
        for name, entry in labels.items():
            path = os.path.join(tdir, name)
            if not os.path.exists(path):
                continue
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != set(key):
                errors.append(f"{s}/{name}: parts {sorted(parts)} != key {sorted(key)}")
            if name.endswith(".json"):
                try:
                    lines = export_assistant_lines(path, entry.get("conversation"))
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{s}/{name}: {e}")
                    lines = []
            else:
                lines = plain_assistant_lines(path, name)
            for pid, lab in parts.items():
                v = lab.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{s}/{name}/{pid}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                a = lab.get("answer", "MISSINGFIELD")
                if v == "missing" and a is not None:
                    errors.append(f"{s}/{name}/{pid}: missing but answer {a!r}")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append(f"{s}/{name}/{pid}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and not isinstance(a, str):
                    errors.append(f"{s}/{name}/{pid}: answer should be a string, got {a!r}")
                ev = lab.get("evidence")
                if v != "missing" and ev is None:
                    errors.append(f"{s}/{name}/{pid}: evidence required")
                if ev is not None and not any(ev in l for l in lines):
                    errors.append(f"{s}/{name}/{pid}: evidence not in graded assistant text: {ev!r}")
    total = sum(counts.values())
    print("labels:", total, " ".join(f"{k}={counts[k]}" for k in sorted(counts)))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
