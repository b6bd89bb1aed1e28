#!/usr/bin/env python3
"""Validate the hand-labelled grading corpus in this folder.

Checks, for every set (a folder holding key.yaml):
  * every transcript file has labels and every label file entry has a transcript;
  * every transcript is labelled for every key part, and for nothing else;
  * verdicts are valid; `answer` is null exactly for `missing`, a list of >= 2 candidates
    exactly for `unclear`; `evidence` is present unless the verdict is `missing`;
  * each evidence string is a substring of ONE line of the graded assistant text
    (exports: assistant text messages on the graded branch of the named conversation;
    plain transcripts: the assistant turns, split by the file's turn markers);
  * exports with several conversations name the graded one (`conversation`);
  * consistency of the label's canonical answer with the key: a `correct` label's answer
    must match the key, an `incorrect` one must not (numbers, fractions, vectors, matrices,
    shapes, choices, true/false; expressions are checked by hand);
  * answers.py of the set runs and exits 0 (it asserts the numeric key).
Exit status 0 when clean.
"""
import json
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Turn markers of the plain (non-export) transcripts: (user-turn regex, assistant-turn regex)
# applied at the start of a line.  "bare" = the whole file is assistant text.
# "quoted" = lines starting with '>' are the user's, everything else the assistant's.
STYLES = {
    "user-assistant": (r"^User:", r"^Assistant:"),
    "h4": (r"^#### You:", r"^#### ChatGPT:"),
    "pdf-said": (r"^You said:", r"^ChatGPT said:"),
    "bold-you": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "bold-user": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "you-said": (r"^You said:", r"^ChatGPT said:"),
    "student-qa": (r"^\*\*Q\d+:\*\*|^Q\d+:", r"^\*\*A\d+:\*\*|^A\d+:"),
    "emoji": (r"^## 👤 ", r"^## 🤖 "),
    "human-claude": (r"^Human:", r"^Claude:"),
    "you-chatgpt": (r"^You:", r"^ChatGPT:"),
    "pdf-names": (r"^You$", r"^ChatGPT$"),
    "bare": None,
    "quoted": "quoted",
}

# set/file -> style, for every plain transcript
PLAIN = {
    "bayes-trees-exam/chat-user-assistant.txt": "user-assistant",
    "bayes-trees-exam/exporter-h4.md": "h4",
    "bayes-trees-exam/printed-chat.txt": "pdf-said",
    "linalg-pca-md/bold-you.md": "bold-you",
    "linalg-pca-md/you-said.txt": "you-said",
    "linalg-pca-md/student-q-a.md": "student-qa",
    "linalg-pca-md/emoji-headings.md": "emoji",
    "rnn-backprop-exercises/human-claude.txt": "human-claude",
    "rnn-backprop-exercises/bare-answer.md": "bare",
    "rnn-backprop-exercises/quoted-user.md": "quoted",
    "bn-kmeans-pandoc/bold-user.md": "bold-user",
    "bn-kmeans-pandoc/printed-chat-pdf.txt": "pdf-names",
    "bn-kmeans-pandoc/you-chatgpt.txt": "you-chatgpt",
    "bn-kmeans-pandoc/user-assistant.md": "user-assistant",
}


# --------------------------------------------------------------------------- assistant text
def plain_assistant_text(path, style):
    lines = path.read_text(encoding="utf-8").splitlines()
    spec = STYLES[style]
    if spec is None:
        return lines
    if spec == "quoted":
        return [ln for ln in lines if not ln.lstrip().startswith(">")]
    user_re, asst_re = (re.compile(p) for p in spec)
    out, state = [], None
    for ln in lines:
        if user_re.search(ln):
            state = "user"
            continue
        m = asst_re.search(ln)
        if m:
            state = "assistant"
            rest = ln[m.end():]
            if rest.strip():
                out.append(rest)
            continue
        if state == "assistant":
            out.append(ln)
    return out


def chatgpt_branch(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        parents = {v.get("parent") for v in mapping.values()}
        leaves = [k for k, v in mapping.items() if k not in parents and v.get("message")]
        node = max(leaves, key=lambda k: mapping[k]["message"].get("create_time") or 0)
    chain = []
    while node:
        chain.append(node)
        node = mapping[node].get("parent")
    return [mapping[n] for n in reversed(chain)]


def chatgpt_assistant_text(conv):
    lines = []
    for n in chatgpt_branch(conv):
        msg = n.get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        content = msg["content"]
        if content.get("content_type") != "text":
            continue
        for part in content.get("parts", []):
            if isinstance(part, str):
                lines.extend(part.splitlines())
    return lines


def claude_assistant_text(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for block in m.get("content", []):
            if block.get("type") == "text":
                lines.extend(block["text"].splitlines())
    return lines


def export_assistant_text(path, label, errors, where):
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list) or not data:
        errors.append(f"{where}: export is not a non-empty JSON list")
        return []
    is_gpt = "mapping" in data[0]
    title_key = "title" if is_gpt else "name"
    wanted = label.get("conversation")
    if len(data) > 1 and not wanted:
        errors.append(f"{where}: export has {len(data)} conversations but no `conversation`")
        return []
    convs = [c for c in data if wanted is None or c.get(title_key) == wanted]
    if len(convs) != 1:
        errors.append(f"{where}: conversation {wanted!r} matches {len(convs)} conversations")
        return []
    return chatgpt_assistant_text(convs[0]) if is_gpt else claude_assistant_text(convs[0])


# --------------------------------------------------------------------------- answer checks
NUM = r"[-+−]?\d+(?:\.\d+)?(?:/\d+)?"


def to_num(s):
    s = str(s).strip().replace("−", "-")
    return Fraction(s)


def parse_answer(s):
    """Canonical label answer -> number | list | nested list | str."""
    if isinstance(s, (int, float)):
        return Fraction(str(s))
    s = s.strip()
    if re.fullmatch(NUM, s):
        return to_num(s)
    if re.fullmatch(r"\d+(x\d+)+", s):
        return [int(v) for v in s.split("x")]
    if s.startswith("[[") or s.startswith("(("):
        rows = re.findall(r"[\[(]([^\[\]()]*)[\])]", s[1:-1])
        return [[to_num(v) for v in r.split(",")] for r in rows]
    if s[:1] in "([" and s[-1:] in ")]":
        return [to_num(v) for v in s[1:-1].split(",")]
    return s


def key_value(entry):
    if "answer" in entry:
        a = entry["answer"]
        if isinstance(a, list):
            if a and isinstance(a[0], list):
                return [[Fraction(str(v)) for v in r] for r in a]
            return [Fraction(str(v)) for v in a]
        return Fraction(str(a))
    if "shape" in entry:
        return [int(v) for v in entry["shape"]]
    if "choice" in entry:
        return str(entry["choice"]).upper()
    if "text" in entry:
        return str(entry["text"]).lower()
    return None  # expression


def decimals(x):
    t = str(x)
    return len(t.split(".")[1]) if "." in t else 0


def num_match(ans_text, got, want, tol):
    """got: label value (Fraction), want: key value (Fraction)."""
    if got == want:
        return True
    if tol is not None and abs(got - want) <= Fraction(str(tol)):
        return True
    # rounded decimal in the label: equal to key rounded to the precision shown, >= 3 s.f.
    if isinstance(ans_text, str) and "." in ans_text and "/" not in ans_text:
        d = decimals(ans_text.strip())
        digits = re.sub(r"[^0-9]", "", ans_text).lstrip("0")
        if len(digits) >= 3 and round(float(want), d) == float(got):
            return True
    return False


def matches_key(answer, entry):
    want = key_value(entry)
    if want is None:
        return None
    got = parse_answer(answer)
    tol = entry.get("tolerance")
    if isinstance(want, str):
        return isinstance(got, str) and got.strip().upper() == want.upper()
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            return False
        parts = re.split(r",(?![^\[(]*[\])])", str(answer).strip()[1:-1])
        if want and isinstance(want[0], list):
            return all(len(g) == len(w) and all(num_match(None, gv, wv, tol) for gv, wv in zip(g, w))
                       for g, w in zip(got, want))
        if isinstance(got[0], int):
            return got == want
        return all(num_match(p.strip(), g, w, tol) for p, g, w in zip(parts, got, want))
    if not isinstance(got, Fraction):
        return False
    return num_match(str(answer), got, want, tol)


# --------------------------------------------------------------------------- main
def check_set(setdir, errors, counts):
    key = yaml.safe_load((setdir / "key.yaml").read_text(encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load((setdir / "labels.yaml").read_text(encoding="utf-8")) or {}
    files = sorted(p.name for p in (setdir / "transcripts").iterdir() if p.is_file())
    for f in files:
        if f not in labels:
            errors.append(f"{setdir.name}/{f}: transcript has no labels")
    for f, lab in labels.items():
        where = f"{setdir.name}/{f}"
        path = setdir / "transcripts" / f
        if not path.exists():
            errors.append(f"{where}: labelled but no such transcript")
            continue
        if path.suffix == ".json":
            lines = export_assistant_text(path, lab, errors, where)
        else:
            style = PLAIN.get(f"{setdir.name}/{f}")
            if style is None:
                errors.append(f"{where}: no turn-marker style registered in validate.py")
                continue
            lines = plain_assistant_text(path, style)
            if not lines:
                errors.append(f"{where}: no assistant text found with style {style}")
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        if set(parts) != set(key):
            errors.append(f"{where}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
        for pid, lp in parts.items():
            w = f"{where} [{pid}]"
            v = lp.get("verdict")
            if v not in VERDICTS:
                errors.append(f"{w}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = lp.get("answer", "<absent>"), lp.get("evidence", "<absent>")
            if ans == "<absent>" or ev == "<absent>":
                errors.append(f"{w}: `answer` and `evidence` must both be present")
                continue
            if v == "missing" and ans is not None:
                errors.append(f"{w}: missing but answer is {ans!r}")
            if v != "missing" and ans is None:
                errors.append(f"{w}: {v} but answer is null")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                errors.append(f"{w}: unclear needs a list of >= 2 candidates")
            if v in ("correct", "incorrect") and isinstance(ans, list):
                errors.append(f"{w}: {v} answer must be a single canonical string")
            if v != "missing" and not ev:
                errors.append(f"{w}: {v} needs evidence")
            if ev:
                if "\n" in ev:
                    errors.append(f"{w}: evidence spans lines")
                elif not any(ev in ln for ln in lines):
                    errors.append(f"{w}: evidence not found in one line of graded assistant text: {ev!r}")
            if pid in key and v in ("correct", "incorrect"):
                m = matches_key(ans, key[pid])
                if m is None:
                    pass
                elif v == "correct" and not m:
                    errors.append(f"{w}: labelled correct but {ans!r} does not match key {key[pid]}")
                elif v == "incorrect" and m:
                    errors.append(f"{w}: labelled incorrect but {ans!r} matches key {key[pid]}")
            if pid in key and v == "unclear":
                hits = [a for a in ans if matches_key(a, key[pid])]
                if len(set(map(str, ans))) < 2:
                    errors.append(f"{w}: unclear candidates are not different")
    ans_py = setdir / "answers.py"
    r = subprocess.run([sys.executable, str(ans_py)], capture_output=True, text=True, cwd=setdir)
    if r.returncode != 0:
        errors.append(f"{setdir.name}/answers.py failed:\n{r.stdout}{r.stderr}")


def main():
    errors, counts = [], {}
    sets = sorted(p for p in ROOT.iterdir() if (p / "key.yaml").exists())
    for s in sets:
        check_set(s, errors, counts)
    for e in errors:
        print("ERROR", e)
    total = sum(counts.values())
    print(f"{len(sets)} sets, {total} labels:",
          ", ".join(f"{k} {counts.get(k, 0)}" for k in ("correct", "incorrect", "missing", "unclear")))
    print("clean" if not errors else f"{len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
