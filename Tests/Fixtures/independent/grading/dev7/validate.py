#!/usr/bin/env python3
"""Check this corpus: labels complete and well-formed, evidence quoted verbatim from the
graded assistant text, numeric keys reproduced by each set's answers.py.

    python3 validate.py          (exit status 0 when clean)
"""
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KEY_KINDS = {"answer", "shape", "choice", "text", "expression"}
errors = []


def err(msg):
    errors.append(msg)


# ----------------------------------------------------------- assistant text
USER_RE = re.compile(r"^(User:|Human:|You:|You said:|#### You:|\*\*User:\*\*|\*\*You:\*\*|## 👤|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|Claude:|ChatGPT:|ChatGPT said:|#### ChatGPT:|\*\*Assistant:\*\*|## 🤖|A\d+:)")


def plain_assistant_lines(text):
    lines = text.split("\n")
    has_markers = any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines)
    out = []
    state = "preamble" if has_markers else "assistant"
    for l in lines:
        m = ASSIST_RE.match(l)
        if m:
            state = "assistant"
            rest = l[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if USER_RE.match(l):
            state = "user"
            continue
        if l.startswith(">"):
            continue  # quoted user turn
        if state == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    node = leaf
    while node:
        chain.append(mapping[node])
        node = mapping[node].get("parent")
    return list(reversed(chain))


def export_assistant_lines(data, conv_name):
    if not isinstance(data, list) or not data:
        raise ValueError("export is not a non-empty list")
    is_claude = "chat_messages" in data[0]
    name_key = "name" if is_claude else "title"
    if conv_name is None:
        if len(data) != 1:
            raise ValueError("several conversations but no 'conversation' in labels")
        conv = data[0]
    else:
        hits = [c for c in data if c.get(name_key) == conv_name]
        if len(hits) != 1:
            raise ValueError(f"conversation {conv_name!r} found {len(hits)} times")
        conv = hits[0]
    out = []
    if is_claude:
        for m in conv["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m.get("content", []):
                if b.get("type") == "text":
                    out.extend(b["text"].split("\n"))
    else:
        for n in chatgpt_branch(conv):
            msg = n.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            c = msg["content"]
            if c.get("content_type") != "text":
                continue
            for p in c.get("parts", []):
                if isinstance(p, str):
                    out.extend(p.split("\n"))
    return out


# ------------------------------------------------------------- numeric keys
NUM_RE = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?(?:/\d+)?")


def to_num(x):
    if isinstance(x, str) and "/" in x:
        return float(Fraction(x))
    return float(x)


def flatten(v):
    if isinstance(v, list):
        r = []
        for e in v:
            r.extend(flatten(e))
        return r
    return [v]


def check_answers(setdir, key):
    p = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True)
    if p.returncode != 0:
        err(f"{setdir}: answers.py failed: {p.stderr[-300:]}")
        return
    lines = p.stdout.split("\n")
    for pid, spec in key["parts"].items():
        pid = str(pid)
        mine = [l for l in lines if l.startswith(pid + " ")]
        if not mine:
            err(f"{setdir}: answers.py prints no line for {pid}")
            continue
        line = " ".join(mine)
        nums = []
        for t in NUM_RE.findall(line[len(pid):]):
            try:
                nums.append(to_num(t))
            except (ValueError, ZeroDivisionError):
                pass
        if "answer" in spec or "shape" in spec:
            want = [to_num(x) for x in flatten(spec.get("answer", spec.get("shape")))]
            tol = float(spec.get("tolerance", 0)) + 1e-9
            ok = any(all(abs(nums[i + j] - w) <= tol * (1 if spec.get("tolerance") else max(1, abs(w)))
                         for j, w in enumerate(want))
                     for i in range(len(nums) - len(want) + 1))
            if not ok:
                err(f"{setdir}: key {pid}={spec} not reproduced by answers.py line: {line!r}")
        elif "choice" in spec or "text" in spec:
            w = str(spec.get("choice", spec.get("text"))).lower()
            if not re.search(r"(^|[^a-z])" + re.escape(w) + r"([^a-z]|$)", line.lower()):
                err(f"{setdir}: key {pid}={spec} not in answers.py line: {line!r}")
        elif "expression" in spec:
            if spec["expression"].replace(" ", "") not in line.replace(" ", ""):
                err(f"{setdir}: expression key {pid} not in answers.py line: {line!r}")


# ----------------------------------------------------------------- main
def main():
    sets = sorted(d for d in os.listdir(ROOT)
                  if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    counts = {v: 0 for v in VERDICTS}
    total = 0
    for s in sets:
        sd = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
        parts = [str(k) for k in key["parts"]]
        for pid, spec in key["parts"].items():
            if not isinstance(pid, str):
                err(f"{s}: key id {pid!r} is not a string (quote it)")
            kinds = set(spec) - {"tolerance", "layout"}
            if len(kinds) != 1 or not kinds <= KEY_KINDS:
                err(f"{s}: key {pid} has kinds {sorted(spec)}")
        if not os.path.isfile(os.path.join(sd, "problems.tex")) and not os.path.isfile(os.path.join(sd, "problems.md")):
            err(f"{s}: no problems.tex/md")
        files = sorted(os.listdir(os.path.join(sd, "transcripts")))
        if sorted(labels) != files:
            err(f"{s}: labelled {sorted(labels)} but transcripts are {files}")
        for fn, lab in labels.items():
            path = os.path.join(sd, "transcripts", fn)
            if not os.path.isfile(path):
                err(f"{s}/{fn}: transcript missing")
                continue
            raw = open(path, encoding="utf-8").read()
            try:
                if fn.endswith(".json"):
                    alines = export_assistant_lines(json.loads(raw), lab.get("conversation"))
                else:
                    if "conversation" in lab:
                        err(f"{s}/{fn}: 'conversation' given for a non-export")
                    alines = plain_assistant_lines(raw)
            except Exception as e:  # noqa: BLE001
                err(f"{s}/{fn}: cannot read assistant text: {e}")
                alines = []
            lparts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
            for k in lab.get("parts") or {}:
                if not isinstance(k, str):
                    err(f"{s}/{fn}: part id {k!r} not a string (quote it)")
            if set(lparts) != set(parts):
                err(f"{s}/{fn}: parts {sorted(lparts)} != key parts {sorted(parts)}")
            for pid, L in lparts.items():
                where = f"{s}/{fn} {pid}"
                v = L.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                total += 1
                a = L.get("answer", "MISSINGFIELD")
                if a == "MISSINGFIELD":
                    err(f"{where}: no answer field")
                if v == "missing" and a is not None:
                    err(f"{where}: missing verdict needs answer null")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    err(f"{where}: unclear verdict needs a list of candidates")
                if v in ("correct", "incorrect") and not isinstance(a, str):
                    err(f"{where}: answer should be a plain string")
                ev = L.get("evidence", "MISSINGFIELD")
                if ev == "MISSINGFIELD":
                    err(f"{where}: no evidence field")
                elif ev is None:
                    if v != "missing":
                        err(f"{where}: evidence null for a non-missing verdict")
                elif not any(ev in line for line in alines):
                    err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
                extra = set(L) - {"verdict", "answer", "evidence", "note"}
                if extra:
                    err(f"{where}: unknown fields {sorted(extra)}")
        check_answers(sd, key)
    for e in errors:
        print("ERROR", e)
    print(f"sets={len(sets)} labels={total} " + " ".join(f"{k}={counts[k]}" for k in sorted(counts)))
    print("clean" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
