#!/usr/bin/env python3
"""Consistency checks for the final56 corpus.

For every set folder (one with key.yaml):
  * answers.py runs and every key value agrees with the value it computes;
  * every transcript file has labels and every label block names an existing transcript;
  * every transcript is labelled for exactly the key's parts, with a valid verdict;
  * answer is null exactly when the verdict is missing; unclear answers list >= 2 different candidates;
  * correct answers match the key and incorrect answers do not (label-rule matching, see match());
  * every evidence string is a substring of one line of the graded assistant text
    (text copies: assistant turns only, per the turn markers below; ChatGPT exports: assistant
    text messages on the branch ending at current_node, or at the latest leaf when current_node is
    absent; Claude exports: text blocks of assistant messages);
  * exports with several conversations name the graded one with `conversation:`.
Also re-runs generators/make_exports.py into a temp dir and checks the exports are byte-identical.
Exit status 0 when clean.  Usage: python3 validate.py
"""
import filecmp
import json
import math
import os
import re
import runpy
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Turn markers of the plain-text transcripts: (user-turn regex, assistant-turn regex, quoted-lines-are-user).
# None for a bare transcript that is assistant text throughout.
TEXT_FORMATS = {
    "rnn-lstm/pdf-print.txt": (r"^You said:", r"^ChatGPT said:", False),
    "rnn-lstm/exporter-headings.md": (r"^#### You:", r"^#### ChatGPT:", False),
    "rnn-lstm/student-notes.md": (r"^Q\d+:", r"^A\d+:", False),
    "clf-metrics/chatgpt-copy.txt": (r"^You said:", r"^ChatGPT said:", False),
    "clf-metrics/claude-copy.md": (r"^Human:", r"^Claude:", False),
    "clf-metrics/exporter-emoji.md": (r"^## 👤 User", r"^## 🤖 Assistant", False),
    "clf-metrics/bare-answer.txt": None,
    "svm-kernels/quoted-turns.md": (r"^User:", r"^Assistant:", True),
    "svm-kernels/bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", False),
    "svm-kernels/terse-answers.md": (r"^You:", r"^ChatGPT:", False),
}

errors = []
counts = {}


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ graded assistant text

def text_assistant_lines(rel, path):
    fmt = TEXT_FORMATS.get(rel, "unknown")
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if fmt == "unknown":
        err(f"{rel}: no turn-marker entry in TEXT_FORMATS")
        return []
    if fmt is None:
        return lines
    user_re, asst_re, quoted = fmt
    role, out = None, []
    for line in lines:
        if re.match(user_re, line):
            role = "user"
        elif re.match(asst_re, line):
            role = "assistant"
        if role == "assistant" and not (quoted and line.startswith(">")):
            out.append(line)
    return out


def chatgpt_graded_lines(conv):
    mapping = conv["mapping"]
    children = {k: [] for k in mapping}
    for k, node in mapping.items():
        if node.get("parent") in children:
            children[node["parent"]].append(k)
    cur = conv.get("current_node")
    if not cur:
        leaves = [k for k in mapping if not children[k] and mapping[k].get("message")]
        cur = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    chain = []
    while cur:
        chain.append(mapping[cur])
        cur = mapping[cur].get("parent")
    out = []
    for node in reversed(chain):
        m = node.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                out.extend(p.split("\n"))
    return out


def claude_graded_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def export_lines(rel, path, conv_name):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list) or not data:
        err(f"{rel}: export is not a non-empty list")
        return []
    if len(data) > 1 and not conv_name:
        err(f"{rel}: {len(data)} conversations but no `conversation:` in labels")
        return []
    if len(data) == 1 and conv_name is None:
        conv = data[0]
    else:
        titles = {c.get("title", c.get("name")): c for c in data}
        if conv_name not in titles:
            err(f"{rel}: conversation {conv_name!r} not found (have {list(titles)})")
            return []
        conv = titles[conv_name]
    if "mapping" in conv:
        return chatgpt_graded_lines(conv)
    if "chat_messages" in conv:
        return claude_graded_lines(conv)
    err(f"{rel}: unknown export shape")
    return []


# ------------------------------------------------------------------ answer matching

def to_number(x):
    if isinstance(x, bool):
        raise ValueError(x)
    if isinstance(x, (int, float)):
        return float(x)
    s = str(x).strip().replace("√", "sqrt")
    if not re.fullmatch(r"[0-9.+\-*/() sqrt]+", s):
        raise ValueError(s)
    return float(eval(s, {"__builtins__": {}, "sqrt": math.sqrt}))


def sig_figs(s):
    digits = re.sub(r"[^0-9]", "", s).lstrip("0")
    return len(digits)


def scalar_match(ans, key, tol):
    v = to_number(ans)
    if abs(v - key) < 1e-9:
        return True
    s = str(ans).strip()
    if re.fullmatch(r"-?\d*\.\d+", s):
        dec = len(s.split(".")[1])
        if sig_figs(s) < 3:
            return False
        return abs(v - key) <= 0.5 * 10 ** -dec + (tol or 0) + 1e-12
    # exact expression (e.g. 2/sqrt(5)) or integer
    return abs(v - key) <= max(tol or 0, 1e-9) if "sqrt" in s or "/" in s else False


def parse_list(ans):
    if isinstance(ans, list):
        return [to_number(a) for a in ans]
    s = str(ans).strip()
    m = re.fullmatch(r"[\[(](.*)[\])]", s)
    if not m:
        raise ValueError(s)
    return [to_number(t) for t in m.group(1).split(",")]


def matches(ans, spec):
    if "choice" in spec:
        return str(ans).strip().upper() == str(spec["choice"]).upper()
    if "text" in spec:
        return str(ans).strip().lower() == str(spec["text"]).lower()
    if "shape" in spec:
        return [int(t) for t in str(ans).lower().split("x")] == list(spec["shape"])
    if "expression" in spec:
        return str(ans).replace(" ", "") == str(spec["expression"]).replace(" ", "")
    key = spec["answer"]
    tol = spec.get("tolerance")
    if isinstance(key, list):
        vals = parse_list(ans)
        return len(vals) == len(key) and all(abs(a - b) <= (tol or 1e-9) for a, b in zip(vals, key))
    return scalar_match(ans, float(key), tol)


def key_value(spec):
    for k in ("choice", "text", "shape", "expression", "answer"):
        if k in spec:
            return spec[k]
    return None


# ------------------------------------------------------------------ per set

def check_set(name):
    sdir = os.path.join(HERE, name)
    key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))

    # answers.py agrees with key.yaml
    computed = runpy.run_path(os.path.join(sdir, "answers.py"), run_name="answers")["KEY"]
    if set(computed) != set(key):
        err(f"{name}: answers.py parts {sorted(computed)} != key parts {sorted(key)}")
    for pid, spec in key.items():
        if pid not in computed:
            continue
        c, kv = computed[pid], key_value(spec)
        tol = spec.get("tolerance", 1e-9)
        if isinstance(kv, list):
            ok = len(kv) == len(c) and all(abs(float(a) - float(b)) <= tol for a, b in zip(kv, c))
        elif isinstance(kv, (int, float)) and not isinstance(kv, bool):
            ok = abs(float(c) - kv) <= tol
        else:
            ok = str(c).lower() == str(kv).lower()
        if not ok:
            err(f"{name}/{pid}: key {kv!r} disagrees with answers.py {c!r}")

    tdir = os.path.join(sdir, "transcripts")
    files = sorted(os.listdir(tdir))
    if set(files) != set(labels):
        err(f"{name}: transcripts {files} vs labelled {sorted(labels)}")
    for fname, block in labels.items():
        rel = f"{name}/{fname}"
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        conv_name = block.get("conversation")
        if fname.endswith(".json"):
            lines = export_lines(rel, path, conv_name)
        else:
            if conv_name:
                err(f"{rel}: `conversation:` on a text transcript")
            lines = text_assistant_lines(rel, path)
        parts = {str(k): v for k, v in block["parts"].items()}
        if set(parts) != set(key):
            err(f"{rel}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
        for pid, lab in parts.items():
            where = f"{rel} {pid}"
            v = lab.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = lab.get("answer", "absent"), lab.get("evidence", "absent")
            if ans == "absent" or ev == "absent":
                err(f"{where}: answer and evidence keys are required")
                continue
            if (v == "missing") != (ans is None):
                err(f"{where}: answer must be null exactly when missing")
            if ev is None and v != "missing":
                err(f"{where}: evidence null on a non-missing verdict")
            if ev is not None and not any(ev in line for line in lines):
                err(f"{where}: evidence not found in one line of graded assistant text: {ev[:70]!r}")
            if pid not in key:
                continue
            try:
                if v == "correct" and not matches(ans, key[pid]):
                    err(f"{where}: labelled correct but {ans!r} does not match key {key_value(key[pid])!r}")
                if v == "incorrect" and matches(ans, key[pid]):
                    err(f"{where}: labelled incorrect but {ans!r} matches key")
                if v == "unclear":
                    if not isinstance(ans, list) or len(ans) < 2 or len({str(a) for a in ans}) < 2:
                        err(f"{where}: unclear needs a list of >= 2 different candidates")
            except (ValueError, SyntaxError, TypeError) as e:
                err(f"{where}: cannot parse answer {ans!r}: {e}")


def check_generator():
    tmp = tempfile.mkdtemp(prefix="final56-gen-")
    try:
        shutil.copytree(os.path.join(HERE, "generators"), os.path.join(tmp, "generators"))
        subprocess.run([sys.executable, os.path.join(tmp, "generators", "make_exports.py")],
                       check=True, stdout=subprocess.DEVNULL)
        for root, _, fnames in os.walk(tmp):
            for f in fnames:
                if f.endswith(".json"):
                    rel = os.path.relpath(os.path.join(root, f), tmp)
                    if not filecmp.cmp(os.path.join(root, f), os.path.join(HERE, rel), shallow=False):
                        err(f"generator output differs from committed {rel}")
    finally:
        shutil.rmtree(tmp)


def main():
    sets = sorted(d for d in os.listdir(HERE) if os.path.exists(os.path.join(HERE, d, "key.yaml")))
    for s in sets:
        check_set(s)
    check_generator()
    total = sum(counts.values())
    print(f"sets: {', '.join(sets)}")
    print(f"labels: {total}  " + "  ".join(f"{k}={counts.get(k, 0)}" for k in ("correct", "incorrect", "missing", "unclear")))
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
