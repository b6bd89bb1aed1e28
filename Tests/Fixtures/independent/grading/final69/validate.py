#!/usr/bin/env python3
"""Self-check for the final69 grading corpus.

Checks
  1. key.yaml: every part has exactly one answer kind; every key value agrees with answers.py
     (numbers within the key's tolerance, exact keys to 1e-9, fractions, vectors, the choice,
     the symbolic expression evaluated at the values answers.py provides).
  2. labels.yaml: one entry per transcript file, every key part labelled, valid verdicts, answer
     form per verdict (null when missing, a list of >= 2 candidates when unclear), `conversation`
     present for exports and naming an existing conversation.
  3. every evidence string is a substring of one line of the graded assistant text
     (exports: assistant text messages on the graded branch only; chat copies: assistant turns,
     found with per-file turn markers below).
  4. label answers agree with their verdicts: a `correct` answer equals the true value rounded to
     the precision shown (>= 3 significant figures unless exact), an `incorrect` one does not.
  5. generator determinism: generators/make_exports.py and generators/build.sh, run in a scratch
     copy, reproduce the committed transcripts byte for byte (build.sh skipped without pdflatex).

Usage: python3 validate.py        (exit status 0 when clean)
"""
import json
import math
import os
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["orbital-mechanics", "survival-analysis", "pk-dosing"]
KINDS = {"answer", "shape", "choice", "text", "expression"}
EXTRAS = {"tolerance", "unit", "layout"}
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# How to find the assistant turns in each non-export transcript: (regex, role) markers that
# start a turn; text on the marker line after the marker belongs to that turn. "bare" = whole
# file is assistant text; "quoted" = lines starting with ">" are the user, the rest assistant.
FORMATS = {
    "orbital-mechanics/chatgpt-export.json": "chatgpt",
    "orbital-mechanics/you-said.txt": [(r"^You said:", "user"), (r"^ChatGPT said:", "assistant")],
    "orbital-mechanics/emoji-export.md": [(r"^## 👤 User", "user"), (r"^## 🤖 Assistant", "assistant")],
    "orbital-mechanics/student-q-a.txt": [(r"^Q\d+:", "user"), (r"^A\d+:", "assistant")],
    "orbital-mechanics/browser-print.txt": [(r"^PS6, please solve", "user"),
                                            (r"^Here’s a complete solution", "assistant")],
    "survival-analysis/claude-export.json": "claude",
    "survival-analysis/exporter-ext.md": [(r"^#### You:", "user"), (r"^#### ChatGPT:", "assistant")],
    "survival-analysis/human-claude.txt": [(r"^Human:", "user"), (r"^Claude:", "assistant")],
    "survival-analysis/terse.md": "bare",
    "survival-analysis/quoted-user.md": "quoted",
    "pk-dosing/conversations.json": "chatgpt",
    "pk-dosing/user-assistant.txt": [(r"^User:", "user"), (r"^Assistant:", "assistant")],
    "pk-dosing/bold-you.md": [(r"^\*\*You:\*\*", "user"), (r"^\*\*ChatGPT:\*\*", "assistant")],
    "pk-dosing/you-chatgpt.txt": [(r"^You:", "user"), (r"^ChatGPT:", "assistant")],
    "pk-dosing/bold-user.md": [(r"^\*\*User:\*\*", "user"), (r"^\*\*Assistant:\*\*", "assistant")],
}

# unit conversions label-unit -> key-unit
CONVERT = {("m/s", "km/s"): 1e-3, ("g", "mg"): 1e3, ("%", None): 1e-2}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------
# graded assistant text
# ---------------------------------------------------------------------------
def chatgpt_branch_text(path, title):
    convs = json.load(open(path, encoding="utf-8"))
    titles = [c.get("title") for c in convs]
    if len(convs) > 1 and title is None:
        err(f"{path}: export has {len(convs)} conversations but the label has no `conversation`")
        return None
    matches = [c for c in convs if title is None or c.get("title") == title]
    if len(matches) != 1:
        err(f"{path}: conversation {title!r} not found exactly once (titles: {titles})")
        return None
    conv = matches[0]
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mapping.values()
                  if not n.get("children") and n.get("message") and n["message"].get("create_time")]
        node = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    texts = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text" \
                and m.get("recipient", "all") == "all":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return "\n".join(reversed(texts))


def claude_text(path, name):
    convs = json.load(open(path, encoding="utf-8"))
    if len(convs) > 1 and name is None:
        err(f"{path}: export has {len(convs)} conversations but the label has no `conversation`")
        return None
    matches = [c for c in convs if name is None or c.get("name") == name]
    if len(matches) != 1:
        err(f"{path}: conversation {name!r} not found exactly once")
        return None
    out = []
    for msg in matches[0]["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for b in msg["content"]:
            if b["type"] == "text":
                out.append(b["text"])
    return "\n".join(out)


def marker_text(path, fmt):
    lines = open(path, encoding="utf-8").read().split("\n")
    if fmt == "bare":
        return "\n".join(lines)
    if fmt == "quoted":
        return "\n".join(l for l in lines if not l.startswith(">"))
    role, out = None, []
    for line in lines:
        for rx, r in fmt:
            m = re.match(rx, line)
            if m:
                role = r
                line = line[m.end():]
                break
        if role == "assistant":
            out.append(line)
    return "\n".join(out)


def graded_text(set_name, fname, conversation):
    rel = f"{set_name}/{fname}"
    fmt = FORMATS.get(rel)
    path = os.path.join(ROOT, set_name, "transcripts", fname)
    if fmt is None:
        err(f"{rel}: no format entry in validate.py")
        return None
    if fmt == "chatgpt":
        return chatgpt_branch_text(path, conversation)
    if fmt == "claude":
        return claude_text(path, conversation)
    if conversation is not None:
        err(f"{rel}: `conversation` given for a non-export transcript")
    return marker_text(path, fmt)


# ---------------------------------------------------------------------------
# value parsing
# ---------------------------------------------------------------------------
NUM_UNIT = re.compile(r"^\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(.*?)\s*$")
SAFE = {"sqrt": math.sqrt, "ln": math.log, "log": math.log, "pi": math.pi, "e": math.e, "exp": math.exp}


def sigfigs(numtxt):
    mant = numtxt.lower().split("e")[0].lstrip("-")
    digits = mant.replace(".", "").lstrip("0")
    if "." not in mant:
        digits = digits.rstrip("0") or "0"
    return len(digits)


def decimals_step(numtxt):
    """Half a unit in the last shown digit, in absolute terms."""
    t = numtxt.lower()
    mant, _, exp = t.partition("e")
    dec = len(mant.split(".")[1]) if "." in mant else 0
    return 0.5 * 10 ** (-dec) * (10 ** int(exp) if exp else 1)


def is_exact_expr(s):
    return bool(re.search(r"[a-df-z/(]", s.replace("e+", "").replace("e-", ""))) and not s.startswith("(")


def parse_label_value(ans, key_unit):
    """Return (value, kind) with kind 'exact', 'decimal:<txt>' or 'int'."""
    s = ans.strip()
    m = NUM_UNIT.match(s)
    if m and not is_exact_expr(m.group(1)) and re.fullmatch(r"[A-Za-z%/]*", m.group(2) or ""):
        num, unit = m.group(1), m.group(2) or None
        val = float(num)
        if unit and unit != key_unit:
            f = CONVERT.get((unit, key_unit))
            if f is None and key_unit is not None and unit is not None:
                raise ValueError(f"no conversion {unit} -> {key_unit}")
            if f is not None:
                val *= f
        if "." not in num and "e" not in num.lower():
            return val, "int", num
        return val, "decimal", num
    val = eval(s, {"__builtins__": {}}, dict(SAFE))
    return float(val), "exact", s


def number_matches(ans, truth, key_unit):
    val, kind, txt = parse_label_value(ans, key_unit)
    if kind == "exact":
        return math.isclose(val, truth, rel_tol=1e-9, abs_tol=1e-12)
    if kind == "int" and math.isclose(truth, round(truth), rel_tol=0, abs_tol=1e-9):
        return math.isclose(val, truth, rel_tol=1e-12, abs_tol=1e-12)
    scale = val / float(txt) if float(txt) != 0 else 1.0
    if sigfigs(txt) < 3:
        return False
    return abs(val - truth) <= decimals_step(txt) * abs(scale) * (1 + 1e-9)


def parse_vector(ans):
    inner = ans.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        raise ValueError(f"not a vector: {ans}")
    return [x.strip() for x in inner[1:-1].split(",")]


def to_number(v):
    if isinstance(v, str) and "/" in v:
        return float(Fraction(v))
    return float(v)


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
def check_key(set_name, key, mod):
    values = mod.get("VALUES", {})
    choices = mod.get("CHOICES", {})
    exprs = mod.get("EXPRESSIONS", {})
    for pid, spec in key["parts"].items():
        kinds = set(spec) & KINDS
        if len(kinds) != 1:
            err(f"{set_name} key {pid}: {len(kinds)} answer kinds")
            continue
        if set(spec) - KINDS - EXTRAS:
            err(f"{set_name} key {pid}: unknown fields {set(spec) - KINDS - EXTRAS}")
        kind = kinds.pop()
        if kind == "answer":
            if pid not in values:
                err(f"{set_name} key {pid}: answers.py does not compute it")
                continue
            truth, k = values[pid], spec["answer"]
            if isinstance(k, list):
                ok = len(k) == len(truth) and all(math.isclose(float(a), b, rel_tol=1e-9) for a, b in zip(k, truth))
            else:
                kv = to_number(k)
                tol = spec.get("tolerance")
                ok = abs(kv - truth) <= float(tol) * (1 + 1e-9) if tol is not None else \
                    math.isclose(kv, truth, rel_tol=1e-9, abs_tol=1e-12)
            if not ok:
                err(f"{set_name} key {pid}: {k} disagrees with answers.py value {truth}")
        elif kind == "choice":
            if choices.get(pid) != spec["choice"]:
                err(f"{set_name} key {pid}: choice {spec['choice']} but answers.py gives {choices.get(pid)}")
        elif kind == "expression":
            if pid not in exprs:
                err(f"{set_name} key {pid}: answers.py has no EXPRESSIONS entry")
                continue
            env, target = exprs[pid]
            got = eval(spec["expression"], {"__builtins__": {}}, dict(SAFE, **env))
            if not math.isclose(got, target, rel_tol=1e-9):
                err(f"{set_name} key {pid}: expression gives {got}, answers.py {target}")
        else:
            err(f"{set_name} key {pid}: kind {kind} not checked")


def answer_matches(set_name, pid, spec, ans, mod):
    if "choice" in spec:
        return ans.strip().upper() == spec["choice"]
    if "expression" in spec:
        env, target = mod["EXPRESSIONS"][pid]
        got = eval(ans, {"__builtins__": {}}, dict(SAFE, **env))
        return math.isclose(got, target, rel_tol=1e-9)
    truth = mod["VALUES"][pid]
    unit = spec.get("unit")
    if isinstance(truth, list):
        parts = parse_vector(ans)
        return len(parts) == len(truth) and all(number_matches(p, t, None) for p, t in zip(parts, truth))
    return number_matches(ans, truth, unit)


def check_labels(set_name, key, labels, mod):
    tdir = os.path.join(ROOT, set_name, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{set_name}: labelled {sorted(labels)} but transcripts/ has {files}")
    counts = {}
    for fname, entry in labels.items():
        if not os.path.exists(os.path.join(tdir, fname)):
            continue
        conv = entry.get("conversation")
        text = graded_text(set_name, fname, conv)
        lines = text.split("\n") if text is not None else []
        parts = entry.get("parts", {})
        if set(map(str, parts)) != set(map(str, key["parts"])):
            err(f"{set_name}/{fname}: labelled parts {sorted(map(str, parts))} != key parts {sorted(map(str, key['parts']))}")
        for pid, lab in parts.items():
            pid = str(pid)
            where = f"{set_name}/{fname} {pid}"
            v = lab.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = lab.get("answer", "absent"), lab.get("evidence", "absent")
            if ans == "absent" or ev == "absent":
                err(f"{where}: answer and evidence fields are required")
                continue
            if v == "missing" and ans is not None:
                err(f"{where}: missing needs answer null")
            if v == "unclear" and not (isinstance(ans, list) and len(set(ans)) >= 2):
                err(f"{where}: unclear needs a list of >= 2 different candidates")
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{where}: {v} needs a string answer")
            if v != "missing" and ev is None:
                err(f"{where}: evidence is null")
            if ev is not None and not any(ev in line for line in lines):
                err(f"{where}: evidence not found on one line of the graded assistant text: {ev!r}")
            spec = key["parts"].get(pid) or key["parts"].get(int(pid) if pid.isdigit() else pid)
            if spec is None:
                continue
            try:
                if v in ("correct", "incorrect"):
                    ok = answer_matches(set_name, pid, spec, ans, mod)
                    if ok != (v == "correct"):
                        err(f"{where}: answer {ans!r} {'matches' if ok else 'does not match'} the key but verdict is {v}")
                if v == "unclear":
                    hits = [answer_matches(set_name, pid, spec, a, mod) for a in ans]
                    if all(hits):
                        err(f"{where}: every unclear candidate matches the key")
            except Exception as exc:  # noqa: BLE001
                err(f"{where}: could not interpret answer {ans!r}: {exc}")
    return counts


def check_generators():
    tmp = tempfile.mkdtemp(prefix="final69-validate-")
    try:
        shutil.copytree(os.path.join(ROOT, "generators"), os.path.join(tmp, "generators"))
        subprocess.run([sys.executable, os.path.join(tmp, "generators", "make_exports.py")],
                       check=True, stdout=subprocess.DEVNULL)
        outs = ["orbital-mechanics/transcripts/chatgpt-export.json",
                "pk-dosing/transcripts/conversations.json",
                "survival-analysis/transcripts/claude-export.json"]
        if shutil.which("pdflatex") and shutil.which("pdftotext"):
            os.makedirs(os.path.join(tmp, "orbital-mechanics", "transcripts"), exist_ok=True)
            env = dict(os.environ, TMPDIR=tmp)
            subprocess.run(["sh", os.path.join(tmp, "generators", "build.sh")], check=True,
                           stdout=subprocess.DEVNULL, env=env)
            outs.append("orbital-mechanics/transcripts/browser-print.txt")
        else:
            print("note: pdflatex/pdftotext not found, browser-print.txt rebuild skipped")
        for rel in outs:
            a = open(os.path.join(ROOT, rel), "rb").read()
            b = open(os.path.join(tmp, rel), "rb").read()
            if a != b:
                err(f"generator output differs from committed {rel}")
        return len(outs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    total = {}
    nlabels = 0
    for s in SETS:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml"), encoding="utf-8"))
        key["parts"] = {str(k): v for k, v in key["parts"].items()}
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml"), encoding="utf-8"))
        for e in labels.values():
            e["parts"] = {str(k): v for k, v in e.get("parts", {}).items()}
        mod = runpy.run_path(os.path.join(ROOT, s, "answers.py"), run_name="answers")
        check_key(s, key, mod)
        counts = check_labels(s, key, labels, mod)
        n = sum(counts.values())
        nlabels += n
        print(f"{s}: {len(labels)} transcripts, {len(key['parts'])} key parts, {n} labels {dict(sorted(counts.items()))}")
        for k, c in counts.items():
            total[k] = total.get(k, 0) + c
    ngen = check_generators()
    print(f"total: {nlabels} labels " + ", ".join(f"{k} {total[k]} ({100 * total[k] / nlabels:.1f} %)" for k in sorted(total)))
    print(f"generators: {ngen} files reproduced")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
