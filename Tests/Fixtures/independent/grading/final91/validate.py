#!/usr/bin/env python3
"""Validate this corpus: python3 validate.py  (needs PyYAML; numpy for three-phase-power/answers.py)

Checks, for every set:
  * answers.py (its `values` dict) agrees with key.yaml (tolerance where given, else exact/1e-9 relative)
  * labels.yaml labels every transcript in transcripts/ and nothing else
  * each transcript labels every key part exactly once (duplicate YAML keys are an error)
  * verdicts are valid; answer is null for missing, a list of >=2 for unclear
  * evidence is a substring of one line of the graded assistant text
    (exports: assistant text messages on the graded branch of the named conversation;
     plain transcripts: any line of the file)
"""
import importlib.util
import json
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}


class UniqueLoader(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    seen = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", k.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


UniqueLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_yaml(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=UniqueLoader)


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:  # latest leaf by create_time
        has_child = {n["parent"] for n in mapping.values() if n.get("parent")}
        leaves = [n for n in mapping.values() if n["id"] not in has_child and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    lines = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            for p in m["content"].get("parts", []):
                if isinstance(p, str):
                    lines.extend(p.splitlines())
        node = n.get("parent")
    return lines


def claude_lines(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines.extend(b["text"].splitlines())
    return lines


def graded_lines(path, label):
    if path.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        name = label.get("conversation")
        if name is None:
            assert len(data) == 1, f"{path}: several conversations but no 'conversation' in labels"
            conv = data[0]
        else:
            matches = [c for c in data if c.get("title", c.get("name")) == name]
            assert len(matches) == 1, f"{path}: conversation {name!r} not found exactly once"
            conv = matches[0]
        return chatgpt_lines(conv) if "mapping" in conv else claude_lines(conv)
    return open(path, encoding="utf-8").read().splitlines()


def key_agrees(spec, value):
    if "answer" in spec:
        a = spec["answer"]
        if isinstance(a, list):
            return list(value) == a
        tol = spec.get("tolerance")
        if tol is not None:
            return abs(float(value) - a) <= tol + 1e-12
        return abs(float(value) - a) <= 1e-9 * max(1.0, abs(a))
    if "choice" in spec:
        return str(value).upper() == spec["choice"].upper()
    if "text" in spec:
        return str(value).lower() == spec["text"].lower()
    if "expression" in spec:
        return str(value).replace(" ", "") == spec["expression"].replace(" ", "")
    if "shape" in spec:
        return list(value) == spec["shape"]
    return False


def main():
    errors = []
    counts = {v: 0 for v in VERDICTS}
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        d = os.path.join(ROOT, s)
        key = load_yaml(os.path.join(d, "key.yaml"))["parts"]
        key = {str(k): v for k, v in key.items()}
        spec = importlib.util.spec_from_file_location(f"answers_{s}", os.path.join(d, "answers.py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        vals = {str(k): v for k, v in mod.values.items()}
        if set(vals) != set(key):
            errors.append(f"{s}: answers.py parts {sorted(vals)} != key parts {sorted(key)}")
        for part, kspec in key.items():
            if part in vals and not key_agrees(kspec, vals[part]):
                errors.append(f"{s}/{part}: answers.py gives {vals[part]!r}, key says {kspec}")
        labels = load_yaml(os.path.join(d, "labels.yaml"))
        files = sorted(os.listdir(os.path.join(d, "transcripts")))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
        for fname, lab in labels.items():
            path = os.path.join(d, "transcripts", fname)
            if not os.path.exists(path):
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(key)}")
            lines = graded_lines(path, lab)
            for part, l in parts.items():
                v = l.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{s}/{fname}/{part}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                ans = l.get("answer", "MISSING-FIELD")
                if v == "missing" and ans is not None:
                    errors.append(f"{s}/{fname}/{part}: missing but answer {ans!r}")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{s}/{fname}/{part}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    errors.append(f"{s}/{fname}/{part}: answer should be a string")
                ev = l.get("evidence", "MISSING-FIELD")
                if ev == "MISSING-FIELD":
                    errors.append(f"{s}/{fname}/{part}: no evidence field")
                elif ev is not None and not any(ev in line for line in lines):
                    errors.append(f"{s}/{fname}/{part}: evidence not found on one graded line: {ev!r}")
    total = sum(counts.values())
    print(f"sets: {len(sets)}  labels: {total}  " + "  ".join(f"{k}: {counts[k]}" for k in sorted(counts)))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
