#!/usr/bin/env python3
"""Checks the hand-labelled grading corpus in this folder.

* every label has a valid verdict, answer shape fits the verdict;
* every key part is labelled for every transcript (and nothing else);
* every evidence string is a substring of one line of the graded assistant text
  (exports: assistant text messages of the graded branch / conversation only);
* 'correct' answers agree with the key and 'incorrect' ones do not (sanity check);
* every numeric key value agrees with what answers.py prints.
Run:  python3 validate.py
"""
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# turn markers of the plain copies: (user-turn regex, assistant-turn regex, initial mode)
PLAIN = {
    "markov-info/chat-copy-user-assistant.md": (r"^User:", r"^Assistant:", None),
    "markov-info/pdf-print.txt": (r"^You said:", r"^ChatGPT said:", None),
    "markov-info/exporter-you-chatgpt.md": (r"^#### You:", r"^#### ChatGPT:", None),
    "markov-info/claude-copy.txt": (r"^Human:", r"^Claude:", None),
    "cnn-arithmetic/you-said.md": (r"^You said:", r"^ChatGPT said:", None),
    "cnn-arithmetic/emoji-headings.md": (r"^## 👤", r"^## 🤖", None),
    "cnn-arithmetic/student-qa-labels.txt": (r"^Q\d+:", r"^A\d+:", None),
    "numerics-rl/bold-you-chatgpt.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", None),
    "numerics-rl/quoted-user.md": ("QUOTE", None, "assistant"),
    "numerics-rl/bare-assistant.txt": (None, None, "assistant"),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(key, text):
    user_re, asst_re, mode = PLAIN[key]
    out = []
    for line in text.split("\n"):
        if user_re == "QUOTE":
            if line.startswith(">"):
                continue
            out.append(line)
            continue
        if user_re and re.match(user_re, line):
            mode = "user"
        elif asst_re and re.match(asst_re, line):
            mode = "assistant"
        if mode == "assistant":
            out.append(line)
    return out


def chatgpt_lines(convs, title):
    conv = pick(convs, title, "title")
    if conv is None:
        return None
    mp = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [k for k, n in mp.items() if n.get("message") and not n.get("children")]
        leaf = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while leaf:
        chain.append(mp[leaf])
        leaf = mp[leaf].get("parent")
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


def claude_lines(convs, name):
    conv = pick(convs, name, "name")
    if conv is None:
        return None
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        blocks = m.get("content") or []
        texts = [b["text"] for b in blocks if b.get("type") == "text"]
        if not blocks:
            texts = [m.get("text", "")]
        for t in texts:
            out.extend(t.split("\n"))
    return out


def pick(convs, title, field):
    if title is None:
        if len(convs) != 1:
            err(f"several conversations but no 'conversation' label")
            return None
        return convs[0]
    hits = [c for c in convs if c.get(field) == title]
    if len(hits) != 1:
        err(f"conversation {title!r} found {len(hits)} times")
        return None
    return hits[0]


# ---------------------------------------------------------------- value comparison
def num(s):
    s = str(s).strip().replace("−", "-").replace(",", "").replace(" ", "")
    try:
        return float(Fraction(s))
    except (ValueError, ZeroDivisionError):
        return None


def nums_in(s):
    return [num(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:/\d+)?", str(s).replace("−", "-"))]


def matches(spec, answer):
    """True/False when checkable, None when not."""
    if answer is None or isinstance(answer, list):
        return None
    if "choice" in spec:
        return str(answer).strip().upper() == spec["choice"].upper()
    if "text" in spec:
        return str(answer).strip().lower() == spec["text"].lower()
    if "shape" in spec:
        return [int(x) for x in re.findall(r"\d+", str(answer))] == spec["shape"]
    if "expression" in spec:
        return None
    key = spec["answer"]
    tol = spec.get("tolerance", 1e-9)
    if isinstance(key, list):
        got = nums_in(answer)
        return len(got) == len(key) and all(abs(g - float(k)) <= max(tol, 1e-9) for g, k in zip(got, key))
    got = num(answer)
    if got is None:
        return None
    return abs(got - float(Fraction(str(key)))) <= max(tol, 1e-9 * max(1, abs(got)))


def check_answers_py(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")],
                         capture_output=True, text=True, check=True).stdout
    lines = {}
    for line in out.splitlines():
        pid, _, rest = line.partition(" ")
        lines[pid] = rest
    for pid, spec in key.items():
        pid = str(pid)
        if pid not in lines:
            err(f"{setdir}: answers.py prints nothing for {pid}")
            continue
        rest = lines[pid]
        ok = True
        if "answer" in spec and isinstance(spec["answer"], list):
            got = nums_in(rest)[:len(spec["answer"])]
            ok = len(got) == len(spec["answer"]) and all(
                abs(g - k) <= spec.get("tolerance", 1e-6) for g, k in zip(got, spec["answer"]))
        elif "answer" in spec:
            k = float(Fraction(str(spec["answer"])))
            tol = spec.get("tolerance", 1e-9)
            ok = any(abs(g - k) <= max(tol, 1e-9) for g in nums_in(rest) if g is not None)
        elif "shape" in spec:
            ok = [int(x) for x in re.findall(r"\d+", rest)][:3] == spec["shape"]
        elif "choice" in spec:
            ok = re.search(r"\b%s\b" % spec["choice"], rest) is not None
        elif "text" in spec:
            ok = spec["text"] in rest
        if not ok:
            err(f"{os.path.basename(setdir)}: key {pid} = {spec} disagrees with answers.py: {rest}")


def main():
    counts = {}
    nlabels = 0
    for setname in sorted(os.listdir(HERE)):
        setdir = os.path.join(HERE, setname)
        if not os.path.isfile(os.path.join(setdir, "key.yaml")):
            continue
        key = {str(k): v for k, v in yaml.safe_load(open(os.path.join(setdir, "key.yaml")))["parts"].items()}
        check_answers_py(setdir, key)
        labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(setdir, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            err(f"{setname}: labelled {sorted(labels)} vs files {files}")
        for fname, entry in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.isfile(path):
                continue
            if fname.endswith(".json"):
                data = json.load(open(path, encoding="utf-8"))
                conv = entry.get("conversation")
                lines = chatgpt_lines(data, conv) if "mapping" in data[0] else claude_lines(data, conv)
            else:
                lines = plain_assistant_lines(f"{setname}/{fname}", open(path, encoding="utf-8").read())
            lines = lines or []
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != set(key):
                err(f"{setname}/{fname}: parts {sorted(parts)} != key {sorted(key)}")
            for pid, lab in parts.items():
                nlabels += 1
                where = f"{setname}/{fname} {pid}"
                v = lab.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                ans, ev = lab.get("answer"), lab.get("evidence")
                if v == "missing" and ans is not None:
                    err(f"{where}: missing but answer given")
                if v != "missing" and ans is None:
                    err(f"{where}: {v} without answer")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{where}: unclear needs a list of candidates")
                if v != "missing" and not ev:
                    err(f"{where}: {v} without evidence")
                if ev is not None and not any(ev in ln for ln in lines):
                    err(f"{where}: evidence not on one assistant line: {ev!r}")
                if pid in key:
                    m = matches(key[pid], ans)
                    if v == "correct" and m is False:
                        err(f"{where}: labelled correct but {ans!r} != key {key[pid]}")
                    if v == "incorrect" and m is True:
                        err(f"{where}: labelled incorrect but {ans!r} matches key {key[pid]}")
                    if v in ("correct", "incorrect") and m is None:
                        err(f"{where}: could not compare answer {ans!r} with key")
                    if v == "unclear" and isinstance(ans, list):
                        if not any(matches(key[pid], a) is False for a in ans):
                            err(f"{where}: unclear but no candidate differs from key")
    print("labels:", nlabels, "verdicts:", dict(sorted(counts.items())))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
