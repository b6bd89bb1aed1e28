#!/usr/bin/env python3
"""Self-check for the final73 hand-labelled grading corpus.

Checks, for every set directory (one holding key.yaml):
  * key.yaml: every entry has exactly one answer kind (answer | choice | text | shape+layout |
    expression); tolerance only with answer; numeric values are real numbers (not strings).
  * answers.py runs and every value it prints agrees with key.yaml (within the key tolerance,
    or exactly for integers / lists / choices).
  * labels.yaml: every transcript file is labelled, every label names an existing transcript,
    every key part is labelled, verdicts are valid, answer/evidence are null exactly for
    'missing', unclear answers are lists of >= 2 candidates.
  * consistency of the hand labels with the key: a 'correct' label's answer matches the key,
    an 'incorrect' label's answer does not (numbers, fractions, tuples, choices, true/false,
    expressions checked numerically at random points).
  * each evidence string is a substring of one line of the graded assistant text (for exports:
    assistant text messages of the graded branch only; for copied chats: assistant turns only).
Exit status 0 when clean.
"""
import json
import math
import os
import random
import re
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KINDS = {"answer", "choice", "text", "shape", "expression"}
ALLOWED = KINDS | {"tolerance", "layout"}

# How user and assistant turns are marked in copied (non-export) transcripts.
# (user_regex, assistant_regex); None,None = whole file is assistant text; "quote" = '>' lines are user.
TURNS = {
    "exporter-chatgpt.md": (r"^#### You:", r"^#### ChatGPT:"),
    "browser-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "user-assistant.txt": (r"^User:", r"^Assistant:"),
    "student-qa.md": (r"^Q\d+:", r"^A\d+:"),
    "you-said.md": (r"^You said:", r"^ChatGPT said:"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "bare-assistant.txt": (None, None),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "quoted-user.md": "quote",
}

errors = []


def err(msg):
    errors.append(msg)


# ----------------------------------------------------------------------------- transcripts
def plain_assistant_lines(path, name):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    spec = TURNS.get(name)
    if spec is None:
        err(f"{name}: no turn-marker spec in validate.py")
        return []
    if spec == "quote":
        return [l for l in lines if not l.startswith(">")]
    ure, are = spec
    if ure is None:
        return lines
    out, who = [], None
    for l in lines:
        m_u, m_a = re.match(ure, l), re.match(are, l)
        if m_u:
            who = "user"
            continue
        if m_a:
            who = "assistant"
            rest = l[m_a.end():].strip()
            if rest:
                out.append(rest)
            continue
        if who == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mp = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [n for n in mp.values() if n.get("message") and not n.get("children")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while cur is not None:
        node = mp[cur]
        chain.append(node)
        cur = node.get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, conv_name, name):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    convs = data if isinstance(data, list) else [data]
    if len(convs) > 1 and not conv_name:
        err(f"{name}: export holds {len(convs)} conversations but the label has no 'conversation'")
    lines = []
    if convs and "mapping" in convs[0]:
        pick = [c for c in convs if not conv_name or c.get("title") == conv_name]
        if len(pick) != 1:
            err(f"{name}: conversation {conv_name!r} not found exactly once")
            return []
        for node in chatgpt_branch(pick[0]):
            msg = node.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            c = msg["content"]
            if c.get("content_type") != "text" or msg.get("recipient", "all") != "all":
                continue
            for p in c.get("parts", []):
                if isinstance(p, str):
                    lines.extend(p.split("\n"))
    else:
        pick = [c for c in convs if not conv_name or c.get("name") == conv_name]
        if len(pick) != 1:
            err(f"{name}: conversation {conv_name!r} not found exactly once")
            return []
        for msg in pick[0]["chat_messages"]:
            if msg["sender"] != "assistant":
                continue
            for b in msg.get("content", []):
                if b.get("type") == "text":
                    lines.extend(b["text"].split("\n"))
    return lines


# ------------------------------------------------------------------------------ answers
def parse_number(s):
    s = str(s).strip().replace("−", "-").replace(",", "").replace(" ", "")
    if re.fullmatch(r"-?\d+/\d+", s):
        a, b = s.split("/")
        return int(a) / int(b), None
    m = re.fullmatch(r"-?\d*\.?\d+(?:e[+-]?\d+)?", s)
    if not m:
        raise ValueError(s)
    decimals = len(s.split(".")[1]) if "." in s and "e" not in s else 0
    return float(s), decimals


def number_matches(label_ans, key_val, tol):
    """Within the key tolerance (which encodes the precision the problem asks for)."""
    x, _ = parse_number(label_ans)
    t = tol if tol is not None else 1e-9 * max(1.0, abs(key_val))
    return abs(x - key_val) <= t + 1e-12


def expr_equal(a, b):
    def f(expr, env):
        e = expr.replace("^", "**")
        return eval(e, {"__builtins__": {}}, dict(env, log=math.log, sqrt=math.sqrt))
    vars_ = sorted(set(re.findall(r"[A-Za-z_]\w*", a + " " + b)) - {"log", "sqrt"})
    rng = random.Random(7)
    for _ in range(6):
        env = {v: rng.uniform(1.1, 3.0) for v in vars_}
        if "u" in env and "v" in env:
            env["v"] = env["u"] + rng.uniform(1.0, 3.0)
        try:
            va, vb = f(a, env), f(b, env)
        except Exception as exc:  # noqa: BLE001
            err(f"cannot evaluate expression {a!r} / {b!r}: {exc}")
            return False
        if not math.isclose(va, vb, rel_tol=1e-9, abs_tol=1e-12):
            return False
    return True


def label_matches_key(ans, key):
    if "answer" in key:
        kv = key["answer"]
        if isinstance(kv, list):
            vals = [int(x) if re.fullmatch(r"-?\d+", x.strip()) else float(x)
                    for x in re.findall(r"-?\d+(?:\.\d+)?", str(ans))]
            return vals == kv
        return number_matches(ans, kv, key.get("tolerance"))
    if "choice" in key:
        return str(ans).strip().upper() == str(key["choice"]).upper()
    if "text" in key:
        return str(ans).strip().lower() == str(key["text"]).lower()
    if "expression" in key:
        return expr_equal(str(ans), key["expression"])
    if "shape" in key:
        return [int(x) for x in re.findall(r"\d+", str(ans))] == key["shape"]
    return False


# ------------------------------------------------------------------------------ main
def check_key(setname, key):
    for pid, entry in key.items():
        if not isinstance(pid, str):
            err(f"{setname}: part id {pid!r} is not a string (quote it)")
        extra = set(entry) - ALLOWED
        if extra:
            err(f"{setname} {pid}: unknown key fields {extra}")
        kinds = set(entry) & KINDS
        if len(kinds) != 1:
            err(f"{setname} {pid}: needs exactly one answer kind, has {kinds}")
        if "tolerance" in entry and "answer" not in entry:
            err(f"{setname} {pid}: tolerance without answer")
        if "answer" in entry:
            v = entry["answer"]
            flat = v if isinstance(v, list) else [v]
            for x in (y for row in flat for y in (row if isinstance(row, list) else [row])):
                if not isinstance(x, (int, float)) or isinstance(x, bool):
                    err(f"{setname} {pid}: answer value {x!r} is not a number")


def check_answers_py(setname, d, key):
    out = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True,
                         text=True, check=False)
    if out.returncode != 0:
        err(f"{setname}: answers.py failed: {out.stderr.strip()}")
        return
    printed = {}
    for line in out.stdout.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            printed[k.strip()] = v.strip()
    numeric = [p for p, e in key.items() if "answer" in e]
    for p in numeric:
        if p not in printed:
            err(f"{setname}: answers.py does not print {p}")
            continue
        kv, pv = key[p]["answer"], printed[p]
        if isinstance(kv, list):
            got = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", pv)]
            if got != [float(x) for x in kv]:
                err(f"{setname} {p}: answers.py {pv} != key {kv}")
        else:
            tol = key[p].get("tolerance", 1e-9 * max(1, abs(kv)))
            if abs(float(pv) - kv) > tol:
                err(f"{setname} {p}: answers.py {pv} vs key {kv} (tol {tol})")
    for p, e in key.items():
        if "choice" in e and p in printed and printed[p] != e["choice"]:
            err(f"{setname} {p}: answers.py choice {printed[p]} != key {e['choice']}")


def main():
    counts = {v: 0 for v in VERDICTS}
    nparts = 0
    sets = sorted(s for s in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, s, "key.yaml")))
    for s in sets:
        d = os.path.join(ROOT, s)
        with open(os.path.join(d, "key.yaml"), encoding="utf-8") as fh:
            key = yaml.safe_load(fh)["parts"]
        check_key(s, key)
        check_answers_py(s, d, key)
        with open(os.path.join(d, "labels.yaml"), encoding="utf-8") as fh:
            labels = yaml.safe_load(fh)
        tdir = os.path.join(d, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err(f"{s}: transcript {f} is not labelled")
        for f, lab in labels.items():
            path = os.path.join(tdir, f)
            if not os.path.isfile(path):
                err(f"{s}: label for missing transcript {f}")
                continue
            if f.endswith(".json"):
                lines = export_assistant_lines(path, lab.get("conversation"), f)
            else:
                lines = plain_assistant_lines(path, f)
            parts = lab.get("parts") or {}
            for p in key:
                if p not in parts:
                    err(f"{s}/{f}: part {p} not labelled")
            for p, L in parts.items():
                where = f"{s}/{f} {p}"
                if p not in key:
                    err(f"{where}: not a key part")
                    continue
                v = L.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                nparts += 1
                ans, ev = L.get("answer"), L.get("evidence")
                if v == "missing":
                    if ans is not None:
                        err(f"{where}: missing but answer given")
                else:
                    if ans is None:
                        err(f"{where}: {v} without answer")
                    if ev is None:
                        err(f"{where}: {v} without evidence")
                if v == "unclear":
                    if not isinstance(ans, list) or len(ans) < 2:
                        err(f"{where}: unclear needs a list of >= 2 candidates")
                    else:
                        distinct = {str(a) for a in ans}
                        if len(distinct) < 2:
                            err(f"{where}: unclear candidates are identical")
                if v in ("correct", "incorrect") and ans is not None:
                    ok = label_matches_key(ans, key[p])
                    if v == "correct" and not ok:
                        err(f"{where}: labelled correct but {ans!r} does not match key {key[p]}")
                    if v == "incorrect" and ok:
                        err(f"{where}: labelled incorrect but {ans!r} matches key {key[p]}")
                if ev is not None and not any(ev in line for line in lines):
                    err(f"{where}: evidence not found in graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(sets)} sets, {nparts} labelled parts: " +
          ", ".join(f"{k} {counts[k]}" for k in ("correct", "incorrect", "missing", "unclear")))
    if nparts:
        print("correct share: %.1f%%" % (100.0 * counts["correct"] / nparts))
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
