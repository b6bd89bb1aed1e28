#!/usr/bin/env python3
"""Checks the final72 grading corpus.

- key.yaml: every entry has exactly one answer kind (answer / choice / text / shape / expression),
  tolerance only with answer.
- answers.py: every numeric key value agrees with the printed/computed ANSWERS dict.
- labels.yaml: every transcript in transcripts/ is labelled, every key part is labelled for every
  transcript, verdicts are valid, answer is null iff missing and a list iff unclear,
  evidence (when given) is a substring of one line of the graded assistant text
  (exports: assistant text messages of the graded branch only; plain copies: assistant turns only).
- correct labels agree with the key; incorrect labels differ from it.
Run: python3 validate.py   (exit status 0 when clean)
"""
import importlib.util
import json
import math
import os
import re
import sys
from collections import Counter

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["radio-link-budget", "elo-ratings", "life-tables"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KINDS = {"answer", "choice", "text", "shape", "expression"}

# Turn-marker rules for plain transcripts: lines from a user marker up to the next assistant
# marker are user text; everything else (after the first assistant marker) is assistant text.
PLAIN = {
    "radio-link-budget/transcripts/exporter-ext.md": dict(user=r"^#### You:", asst=r"^#### ChatGPT:"),
    "radio-link-budget/transcripts/claude-copy.txt": dict(user=r"^Human:", asst=r"^Claude:"),
    "radio-link-budget/transcripts/bare-answer.md": dict(start="asst"),
    "radio-link-budget/transcripts/browser-print.txt": dict(user=r"^(can you do my link budget hw|thank you!!)",
                                                            asst=r"^(Question 1$|You’re welcome)"),
    "elo-ratings/transcripts/chatgpt-copy.txt": dict(user=r"^You said:", asst=r"^ChatGPT said:"),
    "elo-ratings/transcripts/emoji-headings.md": dict(user=r"^## 👤 User", asst=r"^## 🤖 Assistant"),
    "elo-ratings/transcripts/student-doc.txt": dict(user=r"^(Q\d+:|\(end of session)", asst=r"^A\d+:"),
    "life-tables/transcripts/bold-you.md": dict(user=r"^\*\*You:\*\*", asst=r"^\*\*ChatGPT:\*\*"),
    "life-tables/transcripts/user-assistant.txt": dict(user=r"^User:", asst=r"^Assistant:"),
    "life-tables/transcripts/quoted-user.md": dict(quoted=True),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(rel):
    rule = PLAIN[rel]
    lines = open(os.path.join(ROOT, rel), encoding="utf-8").read().split("\n")
    if rule.get("quoted"):
        return [l for l in lines if not l.startswith(">")]
    mode = rule.get("start", "user")
    out = []
    for l in lines:
        if "user" in rule and re.match(rule["user"], l):
            mode = "user"
            continue
        if "asst" in rule and re.match(rule["asst"], l):
            mode = "asst"
        if mode == "asst":
            out.append(l)
    return out


def gpt_branch_texts(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:  # latest leaf by create_time
        parents = {n.get("parent") for n in mapping.values()}
        leaves = [k for k, n in mapping.items() if k not in parents and n.get("message")]
        cur = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    texts = []
    while cur:
        node = mapping[cur]
        m = node.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            texts.extend(p for p in m["content"]["parts"] if isinstance(p, str))
        cur = node.get("parent")
    return list(reversed(texts))


def claude_texts(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = m.get("content") or []
        if blocks:
            out.extend(b["text"] for b in blocks if b.get("type") == "text")
        else:
            out.append(m.get("text", ""))
    return out


def export_assistant_lines(rel, conv_name):
    data = json.load(open(os.path.join(ROOT, rel), encoding="utf-8"))
    if len(data) > 1 and not conv_name:
        err(f"{rel}: several conversations but no 'conversation' in labels")
        return []
    chosen = None
    for c in data:
        title = c.get("title", c.get("name"))
        if conv_name is None or title == conv_name:
            chosen = c
            break
    if chosen is None:
        err(f"{rel}: conversation {conv_name!r} not found")
        return []
    texts = gpt_branch_texts(chosen) if "mapping" in chosen else claude_texts(chosen)
    return [l for t in texts for l in t.split("\n")]


def load_answers(setdir):
    spec = importlib.util.spec_from_file_location("answers_" + setdir.replace("-", "_"),
                                                  os.path.join(ROOT, setdir, "answers.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ANSWERS


def close(a, b, tol):
    return abs(float(a) - float(b)) <= tol + 1e-9


def parse_nums(s):
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?", str(s).replace("−", "-"))]


def expr_equal(a, b):
    try:
        import sympy as sp
        E, t = sp.symbols("E t")
        loc = {"E": E, "t": t, "ln": sp.log, "log": sp.log, "exp": sp.exp}
        return sp.simplify(sp.sympify(a, locals=loc) - sp.sympify(b, locals=loc)) == 0
    except ImportError:
        return a.replace(" ", "") == b.replace(" ", "")


def label_matches_key(ans, entry):
    if "answer" in entry:
        key = entry["answer"]
        tol = entry.get("tolerance", 0.0)
        got = parse_nums(ans)
        keyl = key if isinstance(key, list) else [key]
        flat = []
        for k in keyl:
            flat.extend(k if isinstance(k, list) else [k])
        return len(got) == len(flat) and all(close(g, k, tol) for g, k in zip(got, flat))
    if "choice" in entry:
        return str(ans).strip().upper() == str(entry["choice"]).upper()
    if "text" in entry:
        return str(ans).strip().lower() == str(entry["text"]).lower()
    if "expression" in entry:
        return expr_equal(str(ans), entry["expression"])
    if "shape" in entry:
        return parse_nums(ans) == [float(x) for x in entry["shape"]]
    return False


totals = Counter()
per_set = {}
for s in SETS:
    key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    # key sanity
    for pid, e in key.items():
        kinds = KINDS & set(e)
        if len(kinds) != 1:
            err(f"{s} key {pid}: needs exactly one answer kind, has {sorted(kinds)}")
        if "tolerance" in e and "answer" not in e:
            err(f"{s} key {pid}: tolerance without answer")
        extra = set(e) - KINDS - {"tolerance", "layout"}
        if extra:
            err(f"{s} key {pid}: undocumented fields {sorted(extra)}")
    # answers.py agreement
    ans = {str(k): v for k, v in load_answers(s).items()}
    numeric = [p for p, e in key.items() if "answer" in e]
    for p in numeric:
        if p not in ans:
            err(f"{s}: answers.py does not compute {p}")
            continue
        kv, av = key[p]["answer"], ans[p]
        kl = kv if isinstance(kv, list) else [kv]
        al = list(av) if isinstance(av, (list, tuple)) else [av]
        if len(kl) != len(al) or not all(math.isclose(float(x), float(y), rel_tol=1e-9, abs_tol=1e-12) for x, y in zip(kl, al)):
            err(f"{s} {p}: key {kv} != answers.py {av}")
    for p in ans:
        if p not in key:
            err(f"{s}: answers.py has {p} not in key")
    # labels
    labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(ROOT, s, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            err(f"{s}: transcript {f} not labelled")
    counts = Counter()
    for f, lab in labels.items():
        rel = f"{s}/transcripts/{f}"
        if f not in files:
            err(f"{s}: labels for missing transcript {f}")
            continue
        if f.endswith(".json"):
            lines = export_assistant_lines(rel, lab.get("conversation"))
        else:
            if rel not in PLAIN:
                err(f"{rel}: no turn-marker rule in validate.py")
                continue
            lines = plain_assistant_lines(rel)
        parts = {str(k): v for k, v in lab["parts"].items()}
        for p in key:
            if p not in parts:
                err(f"{rel}: part {p} not labelled")
        for p, v in parts.items():
            where = f"{rel} {p}"
            if p not in key:
                err(f"{where}: not a key part")
                continue
            verdict = v.get("verdict")
            if verdict not in VERDICTS:
                err(f"{where}: bad verdict {verdict!r}")
                continue
            counts[verdict] += 1
            a = v.get("answer", "ABSENT")
            if verdict == "missing" and a is not None:
                err(f"{where}: missing needs answer: null")
            if verdict == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                err(f"{where}: unclear needs a list of candidates")
            if verdict in ("correct", "incorrect") and (a is None or isinstance(a, list) or a == "ABSENT"):
                err(f"{where}: {verdict} needs a single answer")
            if verdict == "correct" and not label_matches_key(a, key[p]):
                err(f"{where}: labelled correct but {a!r} does not match key {key[p]}")
            if verdict == "incorrect" and label_matches_key(a, key[p]):
                err(f"{where}: labelled incorrect but {a!r} matches key {key[p]}")
            if verdict == "unclear" and isinstance(a, list) and len({str(x) for x in a}) < 2:
                err(f"{where}: unclear candidates are not different")
            ev = v.get("evidence")
            if ev is None:
                if verdict != "missing":
                    err(f"{where}: evidence required for {verdict}")
            elif not any(ev in line for line in lines):
                err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
    per_set[s] = (len(labels), counts)
    totals.update(counts)

n = sum(totals.values())
for s, (nt, c) in per_set.items():
    print(f"{s:20s} transcripts={nt} " + " ".join(f"{k}={c[k]}" for k in sorted(VERDICTS)))
print(f"{'TOTAL':20s} labels={n} " + " ".join(f"{k}={totals[k]} ({100*totals[k]/max(n,1):.0f}%)" for k in sorted(VERDICTS)))
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
