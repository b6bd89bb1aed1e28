#!/usr/bin/env python3
"""Validate the final74 grading corpus.

Checks, for every set directory (one holding key.yaml):
  * key.yaml uses only documented fields, one answer kind per part;
  * answers.py (imported, its `values` dict) agrees with every key value;
  * labels.yaml labels every key part for every transcript in transcripts/, and only those;
  * verdicts are valid; answer is null for missing, a list for unclear, a string otherwise;
  * label answers agree with the key for `correct` and disagree for `incorrect`;
  * each evidence string is a substring of one line of the graded assistant text
    (exports: assistant text messages on the graded branch / conversation only).
Exit status 0 when clean.
"""
import importlib.util
import json
import math
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KEY_FIELDS = {"answer", "tolerance", "choice", "text", "shape", "layout", "expression"}
KINDS = ("answer", "choice", "text", "shape", "expression")

# Turn markers of the plain-text transcripts: (user-turn regex, assistant-turn regex).
# None means the whole file is assistant text (bare answer, browser-print text).
TEXT_TURNS = {
    "seismo-chat.md": (r"^#### You:", r"^#### ChatGPT:"),
    "q-and-a-seismo.txt": (r"^Q\d+:", r"^A\d+:"),
    "claude-seismo.md": (r"^Human:", r"^Claude:"),
    "print-seismo.txt": None,
    "dosage-you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "dosage-emoji.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "dosage-bare.md": None,
    "climate-user-assistant.md": (r"^User:", r"^Assistant:"),
    "climate-you-quoted.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "climate-chatgpt.md": (r"^You:", r"^ChatGPT:"),
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ graded assistant text
def text_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    turns = TEXT_TURNS.get(name, "??")
    if turns == "??":
        err(f"{name}: no turn-marker config in validate.py")
        return []
    if turns is None:
        return lines
    user_re, asst_re = (re.compile(p) for p in turns)
    out, mode = [], None
    for ln in lines:
        if user_re.match(ln):
            mode = "user"
        elif asst_re.match(ln):
            mode = "assistant"
        if mode == "assistant":
            out.append(ln)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:  # latest leaf by create_time
        leaves = [k for k, n in mapping.items()
                  if n.get("message") and not n.get("children")]
        cur = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    chain = []
    while cur is not None:
        chain.append(mapping[cur])
        cur = mapping[cur].get("parent")
    return list(reversed(chain))


def chatgpt_lines(conv):
    out = []
    for node in chatgpt_branch(conv):
        m = node.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text" or m.get("recipient", "all") != "all":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_lines(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def json_lines(path, name, label):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{name}: export is not a non-empty JSON list")
        return []
    title_key = "title" if "mapping" in data[0] else "name"
    wanted = label.get("conversation")
    if wanted is None:
        if len(data) != 1:
            err(f"{name}: several conversations but no `conversation` in labels")
            return []
        conv = data[0]
    else:
        hits = [c for c in data if c.get(title_key) == wanted]
        if len(hits) != 1:
            err(f"{name}: conversation {wanted!r} found {len(hits)} times")
            return []
        conv = hits[0]
    return chatgpt_lines(conv) if title_key == "title" else claude_lines(conv)


# ------------------------------------------------------------------ answer comparison
def parse_num(s):
    s = str(s).strip().replace("−", "-")
    return float(s)


def parse_vec(s):
    s = str(s).strip().strip("()[]")
    return [parse_num(x) for x in s.split(",")]


def close(a, b, tol):
    return abs(a - b) <= (tol if tol is not None else 0) + 1e-9 * max(1.0, abs(b))


def label_matches_key(key, ans):
    """True/False if the label answer equals the key; None if not checkable."""
    if "answer" in key:
        k, tol = key["answer"], key.get("tolerance")
        if isinstance(k, list):
            v = parse_vec(ans)
            return len(v) == len(k) and all(close(a, b, tol) for a, b in zip(v, k))
        return close(parse_num(ans), float(k), tol)
    if "choice" in key:
        return str(ans).strip().upper() == str(key["choice"]).upper()
    if "text" in key:
        return str(ans).strip().lower() == str(key["text"]).lower()
    if "expression" in key:
        try:
            import sympy
            syms = {n: sympy.Symbol(n) for n in ("A", "r", "W", "beta")}
            e1 = sympy.sympify(str(ans), locals=syms)
            e2 = sympy.sympify(key["expression"], locals=syms)
            return sympy.simplify(e1 - e2) == 0
        except ImportError:
            return str(ans).replace(" ", "") == key["expression"].replace(" ", "")
    return None


def values_agree(key, val):
    if "answer" in key:
        k, tol = key["answer"], key.get("tolerance")
        if isinstance(k, list):
            return isinstance(val, (list, tuple)) and len(val) == len(k) and \
                all(close(float(v), float(x), tol) for v, x in zip(val, k))
        return close(float(val), float(k), tol)
    for f in ("choice", "text", "expression"):
        if f in key:
            return str(val) == str(key[f])
    return False


# ------------------------------------------------------------------ main
counts = {v: 0 for v in VERDICTS}
sets = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "key.yaml")))
n_parts = 0
for s in sets:
    sd = os.path.join(HERE, s)
    key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
    for pid, k in key.items():
        if not isinstance(pid, str):
            err(f"{s}: part id {pid!r} is not a string (quote it)")
        if set(k) - KEY_FIELDS:
            err(f"{s}/{pid}: undocumented key fields {set(k) - KEY_FIELDS}")
        if sum(f in k for f in KINDS) != 1:
            err(f"{s}/{pid}: needs exactly one answer kind")
        if "answer" in k:
            vals = k["answer"] if isinstance(k["answer"], list) else [k["answer"]]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals):
                err(f"{s}/{pid}: key answer is not numeric: {k['answer']!r}")
    # answers.py
    spec = importlib.util.spec_from_file_location(f"answers_{s}", os.path.join(sd, "answers.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if set(mod.values) != set(key):
        err(f"{s}: answers.py parts {sorted(mod.values)} != key parts {sorted(key)}")
    for pid, k in key.items():
        if pid in mod.values and not values_agree(k, mod.values[pid]):
            err(f"{s}/{pid}: answers.py gives {mod.values[pid]!r}, key says {k}")
    # labels
    labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(sd, "transcripts")
    transcripts = sorted(os.listdir(tdir))
    if sorted(labels) != transcripts:
        err(f"{s}: labelled {sorted(labels)} but transcripts are {transcripts}")
    for name in transcripts:
        lab = labels.get(name)
        if not lab:
            continue
        path = os.path.join(tdir, name)
        lines = json_lines(path, name, lab) if name.endswith(".json") else text_assistant_lines(path, name)
        parts = lab.get("parts", {})
        if set(map(str, parts)) != set(key):
            err(f"{s}/{name}: labelled parts {sorted(map(str, parts))} != key {sorted(key)}")
        for pid, p in parts.items():
            pid = str(pid)
            where = f"{s}/{name}/{pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] += 1
            n_parts += 1
            ans = p.get("answer")
            if v == "missing" and ans is not None:
                err(f"{where}: missing but answer is {ans!r}")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{where}: unclear needs a list of >= 2 candidates")
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{where}: answer should be a string")
            if v in ("correct", "incorrect") and pid in key:
                try:
                    m = label_matches_key(key[pid], ans)
                except Exception as e:  # noqa: BLE001
                    err(f"{where}: cannot compare answer {ans!r}: {e}")
                    m = None
                if m is not None and m != (v == "correct"):
                    err(f"{where}: verdict {v} but answer {ans!r} vs key {key[pid]}")
            if v == "unclear" and pid in key and isinstance(ans, list):
                ok = []
                for a in ans:
                    try:
                        ok.append(label_matches_key(key[pid], a))
                    except Exception:  # noqa: BLE001
                        ok.append(None)
                if sum(1 for x in ok if x) > 1:
                    err(f"{where}: more than one unclear candidate equals the key")
            ev = p.get("evidence")
            if ev is None:
                if v != "missing":
                    err(f"{where}: evidence is null for a {v} label")
            elif not any(ev in ln for ln in lines):
                err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")

for e in errors:
    print("ERROR:", e)
print(f"sets: {len(sets)}  labelled parts: {n_parts}  " +
      "  ".join(f"{v}: {counts[v]}" for v in ("correct", "incorrect", "missing", "unclear")))
sys.exit(1 if errors else 0)
