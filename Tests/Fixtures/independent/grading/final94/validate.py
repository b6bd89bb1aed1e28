#!/usr/bin/env python3
"""Checks this corpus. Run from anywhere: python3 validate.py

  * key.yaml / labels.yaml parse, with duplicate mapping keys rejected
  * every transcript file has labels and every labels entry has a file
  * every labels entry covers every key part exactly once, and nothing else
  * verdicts are valid; answer is null iff missing, a list (>= 2 distinct) iff unclear
  * correct answers equal the key, incorrect ones differ (numeric keys with tolerance)
  * evidence is a substring of one line of the graded assistant text
      exports: assistant text of the graded branch (ChatGPT: current_node's branch, else the
      leaf with the latest create_time; Claude: text blocks of assistant messages)
      plain copies: lines outside user turns (turn markers recognised below); files with
      no markers at all (bare reply, PDF text) are searched whole
  * answers.py output agrees with every numeric key value
  * the export generator is deterministic (re-run into a temp copy, bytes compared)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


class UniqueLoader(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    seen = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, "duplicate key %r" % (key,), k.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


UniqueLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=UniqueLoader)


# ------------------------------------------------------------------ graded assistant text
def chatgpt_text(convs, title):
    if title is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' in labels")
        conv = convs[0]
    else:
        matches = [c for c in convs if c.get("title") == title]
        if len(matches) != 1:
            raise ValueError("conversation %r not found exactly once" % title)
        conv = matches[0]
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        has_child = {n.get("parent") for n in mapping.values()}
        leaves = [n for n in mapping.values() if n["id"] not in has_child and n.get("message")]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    out = []
    node = leaf
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text" \
                and m.get("recipient", "all") == "all":
            out.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return "\n".join(reversed(out))


def claude_text(convs, name):
    if name is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' in labels")
        conv = convs[0]
    else:
        matches = [c for c in convs if c.get("name") == name]
        if len(matches) != 1:
            raise ValueError("conversation %r not found exactly once" % name)
        conv = matches[0]
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] == "assistant":
            out.extend(b["text"] for b in m["content"] if b.get("type") == "text")
    return "\n".join(out)


USER_MARK = re.compile(r"^(User:|\*\*User:\*\*|You:|\*\*You:\*\*|#### You:|You said:|Human:|## 👤|Q\d+:)")
ASSIST_MARK = re.compile(r"^(Assistant:|\*\*Assistant:\*\*|ChatGPT:|\*\*ChatGPT:\*\*|#### ChatGPT:|ChatGPT said:|Claude:|## 🤖|A\d+:)")


def plain_text(raw):
    lines = raw.splitlines()
    if not any(USER_MARK.match(l) or ASSIST_MARK.match(l) for l in lines):
        quoted = [l for l in lines if l.startswith(">")]
        if quoted:
            return "\n".join(l for l in lines if not l.startswith(">"))
        return raw
    out, who = [], None
    for l in lines:
        if USER_MARK.match(l):
            who = "user"
        elif ASSIST_MARK.match(l):
            who = "assistant"
        if who == "assistant":
            out.append(l)
    return "\n".join(out)


def graded_text(path, conversation):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        data = json.loads(raw)
        if data and "mapping" in data[0]:
            return chatgpt_text(data, conversation)
        if data and "chat_messages" in data[0]:
            return claude_text(data, conversation)
        raise ValueError("unknown export shape")
    return plain_text(raw)


# ------------------------------------------------------------------ key comparison
def key_value(spec):
    for k in ("answer", "choice", "text", "expression", "shape"):
        if k in spec:
            return k, spec[k]
    raise ValueError("key part without a value: %r" % spec)


def same(spec, ans):
    kind, val = key_value(spec)
    if kind == "answer" and isinstance(val, (int, float)):
        try:
            a = float(ans)
        except (TypeError, ValueError):
            return False
        tol = spec.get("tolerance", 1e-9)
        return abs(a - float(val)) <= tol + 1e-12
    return str(ans).strip().lower() == str(val).strip().lower()


def check_set(setdir):
    name = os.path.basename(setdir)
    key = load(os.path.join(setdir, "key.yaml"))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = load(os.path.join(setdir, "labels.yaml"))
    files = sorted(os.listdir(os.path.join(setdir, "transcripts")))
    for f in files:
        if f not in labels:
            err("%s: transcript %s has no labels" % (name, f))
    counts = {v: 0 for v in VERDICTS}
    for f, entry in labels.items():
        path = os.path.join(setdir, "transcripts", f)
        if not os.path.exists(path):
            err("%s: labels for missing file %s" % (name, f))
            continue
        parts = {str(k): v for k, v in entry["parts"].items()}
        if set(parts) != set(key):
            err("%s/%s: parts %s vs key %s" % (name, f, sorted(parts), sorted(key)))
        try:
            text = graded_text(path, entry.get("conversation"))
        except Exception as e:  # noqa: BLE001
            err("%s/%s: %s" % (name, f, e))
            continue
        lines = text.splitlines()
        for pid, lab in parts.items():
            where = "%s/%s/%s" % (name, f, pid)
            v = lab.get("verdict")
            if v not in VERDICTS:
                err("%s: bad verdict %r" % (where, v))
                continue
            counts[v] += 1
            ans = lab.get("answer")
            ev = lab.get("evidence")
            if v == "missing":
                if ans is not None:
                    err("%s: missing but answer %r" % (where, ans))
            elif v == "unclear":
                if not isinstance(ans, list) or len({str(a) for a in ans}) < 2:
                    err("%s: unclear needs a list of >= 2 candidates" % where)
            else:
                if ans is None or isinstance(ans, list):
                    err("%s: %s needs one answer" % (where, v))
                elif pid in key and same(key[pid], ans) != (v == "correct"):
                    err("%s: verdict %s but answer %r vs key %r" % (where, v, ans, key[pid]))
            if v != "missing" and not ev:
                err("%s: evidence required" % where)
            if ev is not None and not any(ev in l for l in lines):
                err("%s: evidence not found in graded assistant text: %r" % (where, ev))
    return counts


def check_answers(setdir):
    name = os.path.basename(setdir)
    key = {str(k): v for k, v in load(os.path.join(setdir, "key.yaml"))["parts"].items()}
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True,
                         text=True, check=True).stdout
    printed = {}
    for line in out.splitlines():
        pid, val = line.split()
        printed[pid] = float(val)
    for pid, spec in key.items():
        kind, val = key_value(spec)
        if kind != "answer" or not isinstance(val, (int, float)):
            continue
        if pid not in printed:
            err("%s: answers.py does not print %s" % (name, pid))
        elif abs(printed[pid] - float(val)) > spec.get("tolerance", 1e-9) + 1e-12:
            err("%s: answers.py %s = %r, key %r" % (name, pid, printed[pid], val))
    for pid in printed:
        if pid not in key:
            err("%s: answers.py prints unknown part %s" % (name, pid))


def check_generator():
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(HERE, "generators"), os.path.join(tmp, "generators"))
        outs = []
        for d in os.listdir(HERE):
            td = os.path.join(HERE, d, "transcripts")
            if os.path.isdir(td):
                os.makedirs(os.path.join(tmp, d, "transcripts"))
                if os.path.exists(os.path.join(HERE, d, "problems.md")):
                    shutil.copy(os.path.join(HERE, d, "problems.md"), os.path.join(tmp, d))
        for g in os.listdir(os.path.join(tmp, "generators")):
            if g.endswith(".py"):
                subprocess.run([sys.executable, os.path.join(tmp, "generators", g)], check=True)
        for d in os.listdir(tmp):
            td = os.path.join(tmp, d, "transcripts")
            if os.path.isdir(td):
                for f in os.listdir(td):
                    outs.append((d, f))
                    a = open(os.path.join(td, f), "rb").read()
                    b = open(os.path.join(HERE, d, "transcripts", f), "rb").read()
                    if a != b:
                        err("generator output differs from %s/transcripts/%s" % (d, f))
        return outs


def main():
    total = {v: 0 for v in VERDICTS}
    sets = sorted(d for d in os.listdir(HERE) if os.path.exists(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        try:
            c = check_set(os.path.join(HERE, s))
        except yaml.YAMLError as e:
            err("%s: %s" % (s, str(e).replace("\n", " ")))
            c = {v: 0 for v in VERDICTS}
        check_answers(os.path.join(HERE, s))
        print("%-14s %s" % (s, "  ".join("%s=%d" % (v, c[v]) for v in sorted(c))))
        for v in c:
            total[v] += c[v]
    gen = check_generator()
    print("%-14s %s" % ("total", "  ".join("%s=%d" % (v, total[v]) for v in sorted(total))))
    print("generator: %d export files reproduced" % len(gen))
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
