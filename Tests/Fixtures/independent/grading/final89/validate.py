#!/usr/bin/env python3
"""Consistency checks for the final89 grading corpus.

For every set folder (one with key.yaml):
  * answers.py runs and every value it computes agrees with key.yaml
    (numbers within the key's tolerance, or exactly; fractions; choices; text);
  * labels.yaml has exactly one entry per transcript file, and every entry labels
    every key part exactly once (duplicate YAML keys are reported, unknown parts too);
  * verdicts are valid; answer is null iff missing, a list of >= 2 candidates iff unclear;
  * evidence is null when missing, otherwise a substring of one line of the graded
    assistant text (exports: assistant text messages of the graded branch only;
    plain transcripts: lines outside user turns where turn markers exist);
  * numeric answers labelled correct lie within the key tolerance, numeric answers
    labelled incorrect lie outside it.
Exit status 0 when clean.
"""
import importlib.util
import json
import math
import os
import re
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


class UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader, node, deep=False):
    keys = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in keys:
            err("%s: duplicate key %r" % (node.start_mark, key))
        keys.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=UniqueKeyLoader)


def to_number(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, Fraction):
        return float(v)
    if isinstance(v, str):
        s = v.strip().replace("−", "-")
        try:
            if "/" in s:
                return float(Fraction(s))
            return float(s)
        except (ValueError, ZeroDivisionError):
            return None
    return None


# ------------------------------------------------------------ graded assistant text
def chatgpt_branch(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        best = None
        for nid, node in mapping.items():
            msg = node.get("message")
            if msg and not node.get("children") and msg.get("create_time") is not None:
                if best is None or msg["create_time"] > mapping[best]["message"]["create_time"]:
                    best = nid
        leaf = best
    chain = []
    while leaf is not None:
        chain.append(mapping[leaf])
        leaf = mapping[leaf].get("parent")
    texts = []
    for node in reversed(chain):
        msg = node.get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        c = msg["content"]
        if c.get("content_type") == "text":
            texts.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return texts


def export_text(path, title):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for conv in data:
        if "mapping" in conv and conv.get("title") == title:
            return chatgpt_branch(conv)
        if "chat_messages" in conv and conv.get("name") == title:
            out = []
            for m in conv["chat_messages"]:
                if m["sender"] == "assistant":
                    out.extend(b["text"] for b in m["content"] if b["type"] == "text")
            return out
    err("%s: no conversation titled %r" % (path, title))
    return []


USER_MARK = re.compile(r"^(User:|You said:|#### You:|\*\*You:\*\*|\*\*User:\*\*|Human:|You:|Q\d+:|## 👤)")
ASSIST_MARK = re.compile(r"^(Assistant:|ChatGPT said:|#### ChatGPT:|\*\*ChatGPT:\*\*|\*\*Assistant:\*\*|Claude:|ChatGPT:|A\d+:|## 🤖)")


def plain_text(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    has_marks = any(USER_MARK.match(l) or ASSIST_MARK.match(l) or l.startswith("> ") for l in lines)
    if not has_marks:
        return ["\n".join(lines)]          # bare assistant text / PDF copy: whole file
    out, mode = [], "assistant"
    for l in lines:
        if USER_MARK.match(l):
            mode = "user"
            continue
        if ASSIST_MARK.match(l):
            mode = "assistant"
            l = ASSIST_MARK.sub("", l)
        if l.startswith(">"):
            continue                        # quoted user turn
        if mode == "assistant":
            out.append(l)
    return ["\n".join(out)]


# ------------------------------------------------------------ per set
def check_set(d):
    name = os.path.basename(d)
    key = load(os.path.join(d, "key.yaml"))["parts"]
    key = {str(k): v for k, v in key.items()}

    spec = importlib.util.spec_from_file_location("answers_" + name.replace("-", "_"), os.path.join(d, "answers.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    vals = mod.values
    for pid, entry in key.items():
        if "expression" in entry:
            continue                        # symbolic; answers.py asserts the closed forms it can
        if pid not in vals:
            err("%s: answers.py does not compute %s" % (name, pid))
            continue
        v = vals[pid]
        if "choice" in entry:
            if str(v) != entry["choice"]:
                err("%s %s: answers.py %r != key choice %r" % (name, pid, v, entry["choice"]))
        elif "text" in entry:
            if str(v).lower() != str(entry["text"]).lower():
                err("%s %s: answers.py %r != key text %r" % (name, pid, v, entry["text"]))
        else:
            k = to_number(entry["answer"])
            tol = float(entry.get("tolerance", 0)) or 1e-9 * max(1.0, abs(k))
            if abs(float(v) - k) > tol:
                err("%s %s: answers.py %r != key %r (tol %g)" % (name, pid, v, entry["answer"], tol))
    for pid in vals:
        if pid not in key:
            err("%s: answers.py computes %s which is not in key.yaml" % (name, pid))

    labels = load(os.path.join(d, "labels.yaml"))
    tdir = os.path.join(d, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err("%s: labelled %s but transcripts are %s" % (name, sorted(labels), files))
    counts = {}
    for fname, entry in labels.items():
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        if fname.endswith(".json"):
            if "conversation" not in entry:
                err("%s/%s: export without 'conversation'" % (name, fname))
                texts = []
            else:
                texts = export_text(path, entry["conversation"])
        else:
            texts = plain_text(path)
        graded_lines = [l for t in texts for l in t.split("\n")]
        parts = {str(k): v for k, v in entry["parts"].items()}
        if set(parts) != set(key):
            err("%s/%s: parts %s != key parts %s" % (name, fname, sorted(parts), sorted(key)))
        for pid, lab in parts.items():
            where = "%s/%s %s" % (name, fname, pid)
            v = lab.get("verdict")
            counts[v] = counts.get(v, 0) + 1
            if v not in VERDICTS:
                err("%s: bad verdict %r" % (where, v))
                continue
            ans, ev = lab.get("answer"), lab.get("evidence")
            if v == "missing":
                if ans is not None:
                    err("%s: missing but answer %r" % (where, ans))
                if ev is not None and not any(ev in l for l in graded_lines):
                    err("%s: evidence not found: %r" % (where, ev))
                continue
            if v == "unclear":
                if not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                    err("%s: unclear needs >= 2 candidates, got %r" % (where, ans))
            elif ans is None or isinstance(ans, list):
                err("%s: %s needs a single answer, got %r" % (where, v, ans))
            if not ev:
                err("%s: no evidence" % where)
            elif not any(ev in l for l in graded_lines):
                err("%s: evidence not on any graded assistant line: %r" % (where, ev))
            k = key.get(pid, {})
            if v in ("correct", "incorrect") and "answer" in k:
                a, kv = to_number(ans), to_number(k["answer"])
                if a is not None and kv is not None:
                    tol = float(k.get("tolerance", 0)) or 1e-9 * max(1.0, abs(kv))
                    ok = abs(a - kv) <= tol
                    if ok != (v == "correct"):
                        err("%s: labelled %s but %r vs key %r (tol %g)" % (where, v, ans, k["answer"], tol))
            if v in ("correct", "incorrect") and ("choice" in k or "text" in k):
                kk = str(k.get("choice", k.get("text"))).lower()
                if (str(ans).lower() == kk) != (v == "correct"):
                    err("%s: labelled %s but %r vs key %r" % (where, v, ans, kk))
    return counts, len(files), len(key)


def main():
    total = {}
    nsets = 0
    for entry in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, entry)
        if os.path.isfile(os.path.join(d, "key.yaml")):
            counts, nt, nk = check_set(d)
            nsets += 1
            print("%-20s transcripts=%d parts=%d %s" % (entry, nt, nk, dict(sorted(counts.items()))))
            for k, v in counts.items():
                total[k] = total.get(k, 0) + v
    print("total", sum(total.values()), dict(sorted(total.items())))
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
