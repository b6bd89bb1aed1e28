#!/usr/bin/env python3
"""Checks this corpus: keys vs answers.py, labels cover every key part exactly once per
transcript, verdicts valid, evidence quoted verbatim from graded assistant text.
Run: python3 validate.py   (exit status 1 on any problem)."""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


class UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", k.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=UniqueKeyLoader)


# ------------------------------------------------------------ graded assistant text
USER_RE = re.compile(r"^(User:|Human:|You:|You said:|#### You:|\*\*You:\*\*|## 👤|Q\d+:|> )")
ASSIST_RE = re.compile(r"^(Assistant:|Claude:|ChatGPT:|ChatGPT said:|#### ChatGPT:|\*\*ChatGPT:\*\*|## 🤖|A\d+:)")


def plain_assistant_lines(text):
    """Lines of assistant turns. Text before any marker (bare answers, printed pages) counts as assistant."""
    out, state = [], "assistant"
    for line in text.splitlines():
        if ASSIST_RE.match(line):
            state = "assistant"
        elif line.startswith(">"):
            state = "quoted"          # a quoted user turn lasts only while lines are quoted
            continue
        elif USER_RE.match(line):
            state = "user"
        elif state == "quoted" and line.strip():
            state = "assistant"
        if state == "assistant":
            out.append(line)
    return out


def chatgpt_lines(data, title):
    convs = [c for c in data if c.get("title") == title] if title else data
    if len(convs) != 1:
        raise ValueError(f"need exactly one conversation titled {title!r}, found {len(convs)}")
    mapping = convs[0]["mapping"]
    leaf = convs[0].get("current_node")
    if leaf is None:
        has_child = {n.get("parent") for n in mapping.values()}
        leaves = [k for k in mapping if k not in has_child and mapping[k].get("message")]
        leaf = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    lines, node = [], leaf
    while node is not None:
        m = mapping[node].get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text" \
                and m.get("recipient", "all") == "all":
            for p in m["content"].get("parts", []):
                if isinstance(p, str):
                    lines.extend(p.splitlines())
        node = mapping[node].get("parent")
    return lines


def claude_lines(data, name):
    convs = [c for c in data if c.get("name") == name] if name else data
    if len(convs) != 1:
        raise ValueError(f"need exactly one conversation named {name!r}, found {len(convs)}")
    lines = []
    for m in convs[0]["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = [b for b in m.get("content", []) if b.get("type") == "text"]
        texts = [b["text"] for b in blocks] if blocks else [m.get("text", "")]
        for t in texts:
            lines.extend(t.splitlines())
    return lines


def graded_lines(path, conversation):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith(".json"):
        data = json.loads(raw)
        if data and "mapping" in data[0]:
            return chatgpt_lines(data, conversation)
        return claude_lines(data, conversation)
    return plain_assistant_lines(raw)


# ------------------------------------------------------------ key vs answers.py
def check_key(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True,
                         text=True, check=True).stdout
    computed = {}
    for line in out.splitlines():
        pid, val = line.split(":", 1)
        computed[pid.strip()] = val.strip()
    parts = key["parts"]
    if set(map(str, parts)) != set(computed):
        errors.append(f"{setdir}: answers.py ids {sorted(computed)} != key ids {sorted(map(str, parts))}")
    for pid, spec in parts.items():
        pid = str(pid)
        val = computed.get(pid)
        if val is None:
            continue
        if "answer" in spec:
            tol = spec.get("tolerance", 1e-9)
            if abs(float(val) - float(spec["answer"])) > tol + 1e-12:
                errors.append(f"{setdir}: {pid} key {spec['answer']} vs answers.py {val}")
        elif "choice" in spec:
            if val != spec["choice"]:
                errors.append(f"{setdir}: {pid} key {spec['choice']} vs answers.py {val}")
        elif "text" in spec:
            if val != spec["text"]:
                errors.append(f"{setdir}: {pid} key {spec['text']} vs answers.py {val}")
        else:
            errors.append(f"{setdir}: {pid} has no answer/choice/text")


# ------------------------------------------------------------ labels
def main():
    totals = Counter()
    nlabels = 0
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        setdir = os.path.join(ROOT, s)
        key = load(os.path.join(setdir, "key.yaml"))
        check_key(setdir, key)
        key_ids = {str(k) for k in key["parts"]}
        labels = load(os.path.join(setdir, "labels.yaml"))
        tdir = os.path.join(setdir, "transcripts")
        files = set(os.listdir(tdir))
        if files != set(labels):
            errors.append(f"{s}: transcripts {sorted(files)} vs labelled {sorted(labels)}")
        per_set = Counter()
        for fname, entry in labels.items():
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != key_ids:
                errors.append(f"{s}/{fname}: labelled {sorted(parts)} != key {sorted(key_ids)}")
            try:
                lines = graded_lines(os.path.join(tdir, fname), entry.get("conversation"))
            except (OSError, ValueError, KeyError) as e:
                errors.append(f"{s}/{fname}: {e}")
                lines = []
            for pid, lab in parts.items():
                v = lab.get("verdict")
                where = f"{s}/{fname} {pid}"
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                per_set[v] += 1
                ans, ev = lab.get("answer"), lab.get("evidence")
                if v == "missing" and ans is not None:
                    errors.append(f"{where}: missing but answer given")
                if v == "unclear" and not (isinstance(ans, list) and len(set(ans)) >= 2):
                    errors.append(f"{where}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    errors.append(f"{where}: answer should be a string")
                if v != "missing" and not ev:
                    errors.append(f"{where}: evidence required")
                if ev and not any(ev in line for line in lines):
                    errors.append(f"{where}: evidence not in graded assistant text: {ev!r}")
        n = sum(per_set.values())
        nlabels += n
        totals.update(per_set)
        print(f"{s}: {len(labels)} transcripts, {len(key_ids)} key parts, {n} labels {dict(sorted(per_set.items()))}")
    print(f"total: {nlabels} labels {dict(sorted(totals.items()))}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
