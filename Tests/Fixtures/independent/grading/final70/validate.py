#!/usr/bin/env python3
"""Validate the final70 grading corpus.

Checks
  1. key.yaml: every part has exactly one answer kind (answer / shape / choice / text / expression),
     only documented fields, and every numeric key agrees with the set's answers.py.
  2. labels.yaml: every transcript in transcripts/ is labelled, every key part is labelled for every
     transcript, verdicts are valid, answer/evidence have the right form for the verdict, exports with
     several conversations name the graded one.
  3. Every evidence string is a substring of one line of the graded assistant text
     (exports: text messages of the graded branch / assistant text blocks only; plain transcripts:
     lines inside assistant turns, per the turn markers declared below).
  4. Each labelled answer is consistent with its verdict: correct answers match the key, incorrect
     ones do not (where the canonical answer can be evaluated); unclear lists hold >= 2 candidates.
  5. generators/make_exports.py regenerates the JSON exports byte-identically; if pdflatex and
     pdftotext are installed, generators/print-chat/build.sh regenerates printed-chat.txt identically.
Exit status 0 when everything passes.
"""
import importlib.util
import io
import contextlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["relativity-exam", "bandits-course", "fourier-sheet"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KINDS = {"answer", "shape", "choice", "text", "expression"}
ALLOWED_KEY_FIELDS = KINDS | {"tolerance", "layout"}

# Turn markers of the plain transcripts: (user-turn regex, assistant-turn regex).
# None for the user regex means the file is bare assistant text. "quoted" means user turns are
# the lines starting with '>'. Lines before the first marker belong to no turn.
TURNS = {
    "printed-chat.txt": (r"^You said:$", r"^ChatGPT said:$"),
    "you-said.md": (r"^You said:$", r"^ChatGPT said:$"),
    "student-qa.txt": (r"^Q\d+:", r"^A\d+:"),
    "emoji-headers.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "exporter-ext.md": (r"^#### You:", r"^#### ChatGPT:"),
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "terse.txt": (None, None),
    "user-assistant.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "quoted-user.md": ("quoted", None),
    "you-chatgpt.txt": (r"^You:$", r"^ChatGPT:$"),
    "bare-assistant.md": (None, None),
    "summary-table.md": (r"^User:", r"^Assistant:"),
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ graded assistant text
def chatgpt_lines(data, title):
    convs = data
    if title is not None:
        convs = [c for c in data if c.get("title") == title]
    if len(convs) != 1:
        raise ValueError(f"cannot pick one conversation (title={title!r}, found {len(convs)})")
    conv = convs[0]
    mapping = conv["mapping"]
    node_id = conv.get("current_node")
    if not node_id:
        children = {k: [] for k in mapping}
        for k, n in mapping.items():
            if n.get("parent"):
                children[n["parent"]].append(k)
        leaves = [k for k in mapping if not children[k] and mapping[k].get("message")]
        node_id = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    lines = []
    chain = []
    while node_id:
        chain.append(node_id)
        node_id = mapping[node_id].get("parent")
    for nid in reversed(chain):
        m = mapping[nid].get("message")
        if not m:
            continue
        if m["author"]["role"] != "assistant" or m["content"].get("content_type") != "text":
            continue
        if m.get("recipient", "all") != "all":
            continue
        for p in m["content"].get("parts", []):
            if isinstance(p, str):
                lines.extend(p.split("\n"))
    return lines


def claude_lines(data, name):
    convs = data
    if name is not None:
        convs = [c for c in data if c.get("name") == name]
    if len(convs) != 1:
        raise ValueError(f"cannot pick one conversation (name={name!r}, found {len(convs)})")
    lines = []
    for m in convs[0]["chat_messages"]:
        if m.get("sender") != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines.extend(b["text"].split("\n"))
    return lines


def plain_lines(fname, text):
    if fname not in TURNS:
        raise ValueError(f"no turn-marker spec for {fname}")
    user_re, asst_re = TURNS[fname]
    lines = text.split("\n")
    if user_re is None:
        return lines
    if user_re == "quoted":
        return [l for l in lines if not l.startswith(">")]
    out, state = [], None
    for l in lines:
        if re.match(user_re, l):
            state = "user"
        elif re.match(asst_re, l):
            state = "assistant"
        if state == "assistant":
            out.append(l)
    return out


def graded_lines(path, conversation):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if path.endswith(".json"):
        data = json.loads(text)
        if isinstance(data, list) and data and "mapping" in data[0]:
            if len(data) > 1 and conversation is None:
                raise ValueError("export has several conversations but the label names none")
            return chatgpt_lines(data, conversation)
        if isinstance(data, list) and data and "chat_messages" in data[0]:
            if len(data) > 1 and conversation is None:
                raise ValueError("export has several conversations but the label names none")
            return claude_lines(data, conversation)
        raise ValueError("unknown JSON export shape")
    return plain_lines(os.path.basename(path), text)


# ------------------------------------------------------------------ values
NS = {"pi": math.pi, "e": math.e, "sqrt": math.sqrt, "sinh": math.sinh, "ln": math.log, "log": math.log}


def to_number(v):
    """Key value -> float / nested list of floats."""
    if isinstance(v, list):
        return [to_number(x) for x in v]
    if isinstance(v, str):
        return float(eval(v.replace("^", "**"), {"__builtins__": {}}, NS))
    return float(v)


def parse_label_answer(s):
    """Canonical label answer -> (value, decimals or None). Returns (None, None) if not numeric."""
    t = s.strip().replace("−", "-")
    pct = t.endswith("%")
    if pct:
        t = t[:-1].strip()
    m = re.match(r"^(.*?\d)\s+([A-Za-z][A-Za-z /]*)$", t)   # trailing unit words
    if m and not re.search(r"[A-Za-z(]", m.group(1).replace("e-", "").replace("e+", "")):
        t = m.group(1)
    try:
        val = eval(t.replace("^", "**"), {"__builtins__": {}}, NS)
    except Exception:
        return None, None
    if isinstance(val, tuple):
        val = list(val)
    dec = None
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        dec = len(t.split(".")[1]) if "." in t else 0
    return val, dec


def flat(v):
    if isinstance(v, (list, tuple)):
        out = []
        for x in v:
            out.extend(flat(x))
        return out
    return [float(v)]


def shape_of(v):
    if isinstance(v, (list, tuple)):
        return [len(v)] + (shape_of(v[0]) if v else [])
    return []


def matches_key(entry, label_answer):
    """True / False, or None when the label answer cannot be evaluated."""
    if "choice" in entry:
        return label_answer.strip().upper().strip("()") == str(entry["choice"]).upper()
    if "text" in entry:
        return label_answer.strip().lower() == str(entry["text"]).lower()
    if "expression" in entry:
        try:
            f = lambda expr, n: eval(expr.replace("^", "**"), {"__builtins__": {}}, dict(NS, n=n))
            return all(abs(f(label_answer, n) - f(entry["expression"], n)) < 1e-9 for n in range(1, 8))
        except Exception:
            return None
    if "answer" in entry:
        key = to_number(entry["answer"])
        val, dec = parse_label_answer(label_answer)
        if val is None:
            return None
        if shape_of(val) != shape_of(key):
            return False
        kv, lv = flat(key), flat(val)
        tol = entry.get("tolerance")
        for a, k in zip(lv, kv):
            if tol is not None:
                ok = abs(a - k) <= float(tol) * (1 + 1e-9)
            elif dec is not None:
                ok = abs(a - k) <= 0.5 * 10 ** (-dec) + 1e-12
            else:
                ok = abs(a - k) <= 1e-6 * max(1.0, abs(k))
            if not ok:
                return False
        return True
    return None


def load_answers(setdir):
    spec = importlib.util.spec_from_file_location("answers_" + os.path.basename(setdir).replace("-", "_"),
                                                  os.path.join(setdir, "answers.py"))
    mod = importlib.util.module_from_spec(spec)
    with contextlib.redirect_stdout(io.StringIO()):
        spec.loader.exec_module(mod)
    return mod.KEY


# ------------------------------------------------------------------ checks
def check_set(name, counts):
    setdir = os.path.join(HERE, name)
    for f in ("answers.py", "key.yaml", "labels.yaml"):
        if not os.path.exists(os.path.join(setdir, f)):
            err(f"{name}: missing {f}")
    if not (os.path.exists(os.path.join(setdir, "problems.tex")) or os.path.exists(os.path.join(setdir, "problems.md"))):
        err(f"{name}: missing problems.tex/problems.md")
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    computed = load_answers(setdir)

    # 1. key form and agreement with answers.py
    for pid, entry in key.items():
        kinds = [k for k in entry if k in KINDS]
        if len(kinds) != 1:
            err(f"{name} key {pid}: needs exactly one answer kind, has {kinds}")
        extra = set(entry) - ALLOWED_KEY_FIELDS
        if extra:
            err(f"{name} key {pid}: undocumented fields {extra}")
        if "tolerance" in entry and "answer" not in entry:
            err(f"{name} key {pid}: tolerance without answer")
        if pid not in computed:
            err(f"{name} key {pid}: not computed by answers.py")
            continue
        c = computed[pid]
        if "answer" in entry:
            k = to_number(entry["answer"])
            cv = to_number(c if not hasattr(c, "numerator") else float(c))
            if shape_of(k) != shape_of(cv):
                err(f"{name} key {pid}: shape differs from answers.py")
                continue
            tol = float(entry["tolerance"]) * 0.1 if "tolerance" in entry else None
            for a, b in zip(flat(k), flat(cv)):
                lim = tol if tol is not None else 1e-8 * max(1.0, abs(b))
                if abs(a - b) > lim:
                    err(f"{name} key {pid}: key {a} vs answers.py {b}")
        elif "choice" in entry:
            if str(entry["choice"]) != str(c):
                err(f"{name} key {pid}: choice {entry['choice']} vs answers.py {c}")
        elif "text" in entry:
            if str(entry["text"]).lower() != str(c).lower():
                err(f"{name} key {pid}: text {entry['text']} vs answers.py {c}")
        elif "expression" in entry:
            if matches_key(entry, str(c)) is not True:
                err(f"{name} key {pid}: expression disagrees with answers.py")

    # 2.-4. labels
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(setdir, "transcripts")
    files = sorted(os.listdir(tdir))
    for f in files:
        if f not in labels:
            err(f"{name}: transcript {f} has no labels")
    for tname, lab in labels.items():
        path = os.path.join(tdir, tname)
        if not os.path.exists(path):
            err(f"{name}: labels for missing transcript {tname}")
            continue
        try:
            lines = graded_lines(path, lab.get("conversation"))
        except Exception as e:  # noqa: BLE001
            err(f"{name}/{tname}: {e}")
            continue
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        for pid in key:
            if pid not in parts:
                err(f"{name}/{tname}: part {pid} not labelled")
        for pid, p in parts.items():
            where = f"{name}/{tname} {pid}"
            if pid not in key:
                err(f"{where}: not a key part")
                continue
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans = p.get("answer", "MISSINGFIELD")
            ev = p.get("evidence", "MISSINGFIELD")
            if ans == "MISSINGFIELD" or ev == "MISSINGFIELD":
                err(f"{where}: needs answer and evidence fields")
                continue
            if v == "missing" and ans is not None:
                err(f"{where}: missing needs answer null")
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{where}: answer must be a string")
            if v == "unclear":
                if not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 different candidates")
            if ev is None:
                if v != "missing":
                    err(f"{where}: evidence may be null only for missing")
            elif not any(ev in line for line in lines):
                err(f"{where}: evidence not on one line of the graded assistant text: {ev!r}")
            # consistency with the key
            if v in ("correct", "incorrect"):
                m = matches_key(key[pid], ans)
                if m is None:
                    err(f"{where}: cannot evaluate label answer {ans!r}")
                elif m != (v == "correct"):
                    err(f"{where}: verdict {v} but answer {ans!r} {'matches' if m else 'does not match'} the key")
            if v == "unclear":
                ms = [matches_key(key[pid], str(a)) for a in ans]
                if ms.count(True) > 1:
                    err(f"{where}: several unclear candidates equal the key")


def check_generators():
    gen = os.path.join(HERE, "generators", "make_exports.py")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, gen, tmp], check=True, stdout=subprocess.DEVNULL)
        for root, _, fs in os.walk(tmp):
            for f in fs:
                rel = os.path.relpath(os.path.join(root, f), tmp)
                with open(os.path.join(root, f), "rb") as a, open(os.path.join(HERE, rel), "rb") as b:
                    if a.read() != b.read():
                        err(f"generator output differs from committed {rel}")
    build = os.path.join(HERE, "generators", "print-chat", "build.sh")
    if shutil.which("pdflatex") and shutil.which("pdftotext"):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "printed-chat.txt")
            subprocess.run(["sh", build, out], check=True, stdout=subprocess.DEVNULL)
            with open(out, "rb") as a, open(os.path.join(HERE, "relativity-exam", "transcripts", "printed-chat.txt"), "rb") as b:
                if a.read() != b.read():
                    err("print-chat/build.sh output differs from committed printed-chat.txt")
        return "exports + printed chat"
    return "exports only (pdflatex/pdftotext not installed)"


def main():
    counts = {}
    for s in SETS:
        check_set(s, counts)
    what = check_generators()
    total = sum(counts.values())
    print("labels:", total, {k: counts.get(k, 0) for k in ("correct", "incorrect", "missing", "unclear")})
    print("generator determinism checked:", what)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
