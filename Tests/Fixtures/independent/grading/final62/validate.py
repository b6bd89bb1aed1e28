#!/usr/bin/env python3
"""Self-check for the final62 grading corpus.  Run:  python3 validate.py

Checks
  1. every set has problems.*, answers.py, key.yaml, labels.yaml and transcripts/;
  2. answers.py output agrees with key.yaml (numbers within 1e-9 or the key's tolerance;
     matrices/vectors element-wise; fractions "p/q"; choices; true/false);
  3. every transcript is labelled, and every transcript x key part has a label, no extras;
  4. verdicts are only correct / incorrect / missing / unclear; answer is null exactly for
     missing, a list of >= 2 candidates exactly for unclear;
  5. label answers are consistent with the verdict: "correct" answers match the key,
     "incorrect" answers do not (same comparison as in 2);
  6. each evidence string is a substring of ONE line of the graded assistant text
     (exports: assistant text messages on the graded branch; chat copies: assistant turns);
  7. the generators reproduce every JSON export byte-identically.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["cofactor-determinants", "euler-rk-steps", "annuities-npv"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# How assistant turns are marked in each non-JSON transcript: (user-start regexes, assistant-start regexes).
# "bare" = the whole file is assistant text; "quoted" = lines starting with '>' are user text.
FORMATS = {
    "cofactor-determinants/hw6-chatgpt-exporter.md": ([r"^#### You:"], [r"^#### ChatGPT:"]),
    "cofactor-determinants/chat-printed-pdf.txt": ([r"^You said:"], [r"^ChatGPT said:"]),
    "cofactor-determinants/claude-hw6.txt": ([r"^Human:"], [r"^Claude:"]),
    "cofactor-determinants/student-notes-q-a.md": ([r"^Q\d+:", r"^\(Dana:"], [r"^A\d+:"]),
    "euler-rk-steps/worksheet9-copied.md": ([r"^You said:"], [r"^ChatGPT said:"]),
    "euler-rk-steps/ode-session-emoji.md": ([r"^## 👤 User"], [r"^## 🤖 Assistant"]),
    "euler-rk-steps/answer-only.txt": "bare",
    "annuities-npv/fin201-ps5-chat.txt": ([r"^User:"], [r"^Assistant:"]),
    "annuities-npv/ps5-bold-turns.md": ([r"^\*\*You:\*\*"], [r"^\*\*ChatGPT:\*\*"]),
    "annuities-npv/quoted-user-turns.md": "quoted",
    "annuities-npv/tutor-session.md": ([r"^\*\*User:\*\*"], [r"^\*\*Assistant:\*\*"]),
}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- value comparison

def num(x):
    if isinstance(x, bool):
        raise ValueError("bool")
    if isinstance(x, (int, float)):
        return float(x)
    s = str(x).strip().replace("−", "-").replace(",", "").replace("$", "").replace("%", "")
    if re.fullmatch(r"-?\d+/\d+", s):
        return float(Fraction(s))
    return float(s)


def parse_label_answer(a):
    """Label answers are plain strings: '-20', '2/85', '(0.75, -1)', '[[1, 0.5], [-0.5, 1]]', 'B', 'true'."""
    if isinstance(a, (int, float)):
        return a
    s = str(a).strip().replace("−", "-")
    if s[:1] in "[(":
        return json.loads(s.replace("(", "[").replace(")", "]"))
    return s


def same_value(key_entry, value, tol_default=1e-9):
    if "choice" in key_entry:
        return str(value).strip().strip("()").upper() == str(key_entry["choice"]).upper()
    if "text" in key_entry:
        return str(value).strip().lower() == str(key_entry["text"]).lower()
    if "shape" in key_entry:
        return list(value) == list(key_entry["shape"])
    expect = key_entry["answer"]
    tol = key_entry.get("tolerance", tol_default)

    def eq(e, v):
        if isinstance(e, list):
            return isinstance(v, list) and len(e) == len(v) and all(eq(a, b) for a, b in zip(e, v))
        try:
            return abs(num(e) - num(v)) <= tol + 1e-12
        except (ValueError, TypeError):
            return False

    return eq(expect, value)


# ---------------------------------------------------------------- graded assistant text

def chatgpt_graded_lines(conv):
    mapping = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        leaf = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    lines, node = [], leaf
    chain = []
    while node:
        chain.append(node)
        node = mapping[node].get("parent")
    for nid in reversed(chain):
        m = mapping[nid].get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text" or m.get("recipient", "all") != "all":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                lines.extend(p.split("\n"))
    return lines


def claude_graded_lines(conv):
    lines = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        for block in msg.get("content", []):
            if block.get("type") == "text":
                lines.extend(block["text"].split("\n"))
    return lines


def export_lines(path, title):
    data = json.load(open(path, encoding="utf-8"))
    convs = data if isinstance(data, list) else [data]
    if len(convs) > 1 and not title:
        err(f"{path}: several conversations but no 'conversation' in labels")
        return []
    for conv in convs:
        name = conv.get("title", conv.get("name"))
        if title and name != title:
            continue
        if "mapping" in conv:
            return chatgpt_graded_lines(conv)
        return claude_graded_lines(conv)
    err(f"{path}: conversation {title!r} not found")
    return []


def chat_copy_lines(rel, path):
    text = open(path, encoding="utf-8").read().split("\n")
    fmt = FORMATS.get(rel)
    if fmt is None:
        err(f"{rel}: no turn-marker format registered in validate.py")
        return []
    if fmt == "bare":
        return text
    if fmt == "quoted":
        return [ln for ln in text if not ln.startswith(">")]
    user_res, asst_res = fmt
    out, role = [], None
    for ln in text:
        if any(re.match(r, ln) for r in user_res):
            role = "user"
            continue
        m = next((re.match(r, ln) for r in asst_res if re.match(r, ln)), None)
        if m:
            role = "assistant"
            rest = ln[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if role == "assistant":
            out.append(ln)
    return out


# ---------------------------------------------------------------- main checks

def load_yaml(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def check_set(name, counts):
    d = os.path.join(HERE, name)
    for f in ["answers.py", "key.yaml", "labels.yaml", "transcripts"]:
        if not os.path.exists(os.path.join(d, f)):
            err(f"{name}: missing {f}")
    if not any(os.path.exists(os.path.join(d, p)) for p in ["problems.tex", "problems.md"]):
        err(f"{name}: missing problems.tex/.md")
    key = {str(k): v for k, v in load_yaml(os.path.join(d, "key.yaml"))["parts"].items()}

    # 2. answers.py vs key
    out = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True)
    if out.returncode != 0:
        err(f"{name}: answers.py failed: {out.stderr.strip()}")
    else:
        computed = json.loads(out.stdout)
        if set(computed) != set(key):
            err(f"{name}: answers.py parts {sorted(computed)} != key parts {sorted(key)}")
        for pid, val in computed.items():
            if pid in key and not same_value(key[pid], val):
                err(f"{name}: answers.py {pid}={val!r} disagrees with key {key[pid]!r}")

    labels = load_yaml(os.path.join(d, "labels.yaml"))
    transcripts = sorted(os.listdir(os.path.join(d, "transcripts")))
    if sorted(labels) != transcripts:
        err(f"{name}: labelled {sorted(labels)} but transcripts are {transcripts}")
    for tname, entry in labels.items():
        path = os.path.join(d, "transcripts", tname)
        if not os.path.exists(path):
            continue
        parts = {str(k): v for k, v in entry["parts"].items()}
        if set(parts) != set(key):
            err(f"{name}/{tname}: labelled parts {sorted(parts)} != key {sorted(key)}")
        if tname.endswith(".json"):
            lines = export_lines(path, entry.get("conversation"))
        else:
            lines = chat_copy_lines(f"{name}/{tname}", path)
        for pid, lab in parts.items():
            where = f"{name}/{tname} {pid}"
            v = lab.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans = lab.get("answer")
            if v == "missing":
                if ans is not None:
                    err(f"{where}: missing but answer {ans!r}")
            elif v == "unclear":
                if not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 candidates")
                elif pid in key and sum(same_value(key[pid], parse_label_answer(a)) for a in ans) > 1:
                    err(f"{where}: unclear candidates are not different w.r.t. the key")
            else:
                if ans is None:
                    err(f"{where}: {v} without answer")
                elif pid in key:
                    ok = same_value(key[pid], parse_label_answer(ans))
                    if v == "correct" and not ok:
                        err(f"{where}: labelled correct but {ans!r} != key {key[pid]!r}")
                    if v == "incorrect" and ok:
                        err(f"{where}: labelled incorrect but {ans!r} matches key")
            ev = lab.get("evidence")
            if ev is not None and not any(ev in ln for ln in lines):
                err(f"{where}: evidence not found on one line of graded assistant text: {ev!r}")
            if v != "missing" and ev is None:
                err(f"{where}: {v} needs evidence")
    return len(labels), len(key)


def check_generators():
    gen = os.path.join(HERE, "generators", "make_exports.py")
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, gen, tmp], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"generator failed: {r.stderr.strip()}")
            return 0
        n = 0
        for root, _, files in os.walk(tmp):
            for f in files:
                rel = os.path.relpath(os.path.join(root, f), tmp)
                n += 1
                mine = os.path.join(HERE, rel)
                if not os.path.exists(mine):
                    err(f"generator writes {rel}, which is not in the corpus")
                elif open(mine, "rb").read() != open(os.path.join(root, f), "rb").read():
                    err(f"generator output differs from committed {rel}")
        # every JSON transcript must come from the generator
        for s in SETS:
            for t in os.listdir(os.path.join(HERE, s, "transcripts")):
                if t.endswith(".json") and not os.path.exists(os.path.join(tmp, s, "transcripts", t)):
                    err(f"{s}/{t} is not produced by the generator")
        return n


def main():
    counts = {}
    summary = []
    for s in SETS:
        nt, nk = check_set(s, counts)
        summary.append(f"{s}: {nt} transcripts x {nk} parts")
    n = check_generators()
    for line in summary:
        print(line)
    total = sum(counts.values())
    print("labels:", total, {k: counts.get(k, 0) for k in ["correct", "incorrect", "missing", "unclear"]})
    if total:
        print(f"correct share: {counts.get('correct', 0) / total:.1%}")
    print(f"generator: {n} JSON files reproduced")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
