#!/usr/bin/env python3
"""Checks the final40 corpus.

For every set folder (one containing key.yaml):
  * key.yaml and labels.yaml parse; every transcript file is labelled and every label names a file;
  * every key part is labelled for every transcript and no label names a part missing from the key;
  * verdicts are valid; answer is null for missing, a list of >= 2 candidates for unclear;
  * each evidence string is a substring of one line of the graded assistant text
    (exports: assistant text messages of the graded branch / conversation only;
     chat copies: lines outside user turns);
  * numeric sanity: a 'correct' numeric answer agrees with the key, an 'incorrect' one does not;
  * numeric key values agree with what answers.py prints.
Run: python3 validate.py   (exit status 0 when clean)
"""
import ast
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_START = re.compile(r"^(#### You:|You said:|User:|\*\*You:\*\*|Human:)\s*$")
ASSIST_START = re.compile(r"^(#### ChatGPT:|ChatGPT said:|Assistant:|\*\*ChatGPT:\*\*|Claude:)\s*$")
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ graded assistant text
def chatgpt_text(convs, title):
    if title is not None:
        cands = [c for c in convs if c.get("title") == title]
    else:
        cands = convs
    if len(cands) != 1:
        raise ValueError("cannot pick conversation %r (%d candidates)" % (title, len(cands)))
    conv = cands[0]
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    node = leaf
    while node is not None:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    chain.reverse()
    out = []
    for n in chain:
        m = n.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") == "text":
            out.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return out


def claude_text(convs, name):
    cands = [c for c in convs if name is None or c.get("name") == name]
    if len(cands) != 1:
        raise ValueError("cannot pick conversation %r (%d candidates)" % (name, len(cands)))
    out = []
    for m in cands[0]["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.append(b["text"])
    return out


def plain_text(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    out, in_user = [], False
    for ln in lines:
        if USER_START.match(ln):
            in_user = True
            continue
        if ASSIST_START.match(ln):
            in_user = False
            continue
        if not in_user:
            out.append(ln)
    return ["\n".join(out)]


def graded_lines(path, conv_name):
    if path.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if data and "mapping" in data[0]:
            texts = chatgpt_text(data, conv_name)
        else:
            texts = claude_text(data, conv_name)
    else:
        texts = plain_text(path)
    lines = []
    for t in texts:
        lines.extend(t.splitlines())
    return lines


# ------------------------------------------------------------ numeric helpers
def num(x):
    if isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    if isinstance(x, str):
        s = x.strip().replace(",", "")
        try:
            return float(Fraction(s))
        except (ValueError, ZeroDivisionError):
            return None
    return None


def agrees(label_ans, key_val, tol):
    """label_ans: string as labelled; key_val: float. Rule: equal to key rounded to the
    precision shown (>= 3 s.f.), or within the key's tolerance, or exact fraction match."""
    s = label_ans.strip().replace(",", "")
    v = num(s)
    if v is None:
        return None
    if "/" in s:
        return abs(v - key_val) < 1e-9
    if tol is not None and abs(v - key_val) <= tol + 1e-12:
        return True
    dec = len(s.split(".")[1]) if "." in s else 0
    digits = len(re.sub(r"[^0-9]", "", s).lstrip("0"))
    if abs(round(key_val, dec) - v) < 1e-9 and (digits >= 3 or abs(v - key_val) < 1e-12):
        return True
    return abs(v - key_val) < 1e-9


def vec(s):
    s = s.strip().strip("()[]")
    try:
        return [float(p) for p in s.split(",")]
    except ValueError:
        return None


def check_answer(where, lab, keyp):
    v, a = lab["verdict"], lab.get("answer")
    if v in ("missing",) or a is None or isinstance(a, list):
        return
    if "answer" not in keyp:
        return
    k, tol = keyp["answer"], keyp.get("tolerance")
    if isinstance(k, list):
        lv = vec(str(a))
        if lv is None or len(lv) != len(k):
            ok = False
        else:
            t = tol if tol is not None else 1e-9
            ok = all(abs(x - y) <= t + 1e-12 for x, y in zip(lv, k))
    else:
        kv = num(k)
        ok = agrees(str(a), kv, tol)
        if ok is None:
            return
    if v == "correct" and not ok:
        err("%s: labelled correct but %r disagrees with key %r" % (where, a, k))
    if v == "incorrect" and ok:
        err("%s: labelled incorrect but %r agrees with key %r" % (where, a, k))


def check_answers_py(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True,
                         text=True, check=True).stdout
    printed = {}
    for ln in out.splitlines():
        pid, _, rest = ln.partition(" ")
        printed[pid] = rest.strip()
    for pid, kp in key.items():
        if "answer" not in kp:
            continue
        pid = str(pid)
        if pid not in printed:
            err("%s: key part %s not printed by answers.py" % (setdir, pid))
            continue
        k, tol = kp["answer"], kp.get("tolerance")
        rest = printed[pid]
        if isinstance(k, list):
            got = ast.literal_eval(rest)
            t = tol if tol is not None else 1e-9
            if len(got) != len(k) or any(abs(a - b) > t + 1e-9 for a, b in zip(got, k)):
                err("%s %s: key %r vs answers.py %r" % (setdir, pid, k, got))
        else:
            got = float(rest.split()[0])
            t = tol if tol is not None else 1e-9
            if abs(got - num(k)) > t + 1e-9:
                err("%s %s: key %r vs answers.py %r" % (setdir, pid, k, got))


# ------------------------------------------------------------ main
def main():
    counts = {}
    for name in sorted(os.listdir(HERE)):
        setdir = os.path.join(HERE, name)
        if not os.path.isfile(os.path.join(setdir, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
        check_answers_py(setdir, key)
        tdir = os.path.join(setdir, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err("%s/%s: transcript not labelled" % (name, f))
        for f, entry in labels.items():
            path = os.path.join(tdir, f)
            if not os.path.isfile(path):
                err("%s: label for missing file %s" % (name, f))
                continue
            parts = {str(k): v for k, v in entry["parts"].items()}
            for pid in key:
                if pid not in parts:
                    err("%s/%s: key part %s not labelled" % (name, f, pid))
            try:
                lines = graded_lines(path, entry.get("conversation"))
            except Exception as e:  # noqa: BLE001
                err("%s/%s: cannot read graded text: %s" % (name, f, e))
                lines = []
            for pid, lab in parts.items():
                where = "%s/%s %s" % (name, f, pid)
                if pid not in key:
                    err("%s: part not in key" % where)
                    continue
                v = lab.get("verdict")
                if v not in VERDICTS:
                    err("%s: bad verdict %r" % (where, v))
                    continue
                counts[v] = counts.get(v, 0) + 1
                a = lab.get("answer", "ABSENT")
                if a == "ABSENT":
                    err("%s: no answer field" % where)
                if v == "missing" and a is not None:
                    err("%s: missing must have answer null" % where)
                if v != "missing" and a is None:
                    err("%s: answer null but verdict %s" % (where, v))
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    err("%s: unclear needs a list of >= 2 candidates" % where)
                ev = lab.get("evidence", "ABSENT")
                if ev == "ABSENT":
                    err("%s: no evidence field" % where)
                elif ev is None:
                    if v != "missing":
                        err("%s: evidence null for a %s label" % (where, v))
                elif not any(ev in ln for ln in lines):
                    err("%s: evidence not on one line of graded assistant text: %r" % (where, ev))
                check_answer(where, lab, key[pid])
    for e in errors:
        print("ERROR", e)
    total = sum(counts.values())
    print("labels:", total, dict(sorted(counts.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
