#!/usr/bin/env python3
"""Checks the hand labels of this corpus.

- every label has a valid verdict, and answer null/list as the verdict requires;
- every key part is labelled for every transcript, and every transcript file is labelled;
- each evidence string is a substring of one line of the graded assistant text
  (text transcripts: assistant turns only; exports: assistant text messages of the graded branch);
- for numeric/vector/matrix/shape answers, 'correct' labels agree with the key and 'incorrect' ones do not.
Exit status 1 on any problem.
"""
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# turn markers per plain-text transcript: (user-turn regex, assistant-turn regex); None = all assistant
TEXT_RULES = {
    "user-assistant.txt": (r"^User:", r"^Assistant:"),
    "pdf-print.txt": (None, r"^Here's a full worked solution"),
    "human-claude.md": (r"^Human:", r"^Claude:"),
    "student-qa.txt": (r"^Q\d+:", r"^A\d+:"),
    "exporter-headings.md": (r"^#### You:", r"^#### ChatGPT:"),
    "emoji-dated.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "bare-answer.md": None,
    "you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "quoted-user.md": "quoted",
}


def text_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    rule = TEXT_RULES[name]
    if rule is None:
        return lines
    if rule == "quoted":
        return [l for l in lines if not l.startswith(">")]
    user_re, asst_re = rule
    out, in_asst = [], False
    for l in lines:
        if user_re and re.match(user_re, l):
            in_asst = False
            continue
        m = re.match(asst_re, l)
        if m:
            in_asst = True
            rest = l[m.end():] if name != "pdf-print.txt" else l
            out.append(rest)
            continue
        if in_asst:
            out.append(l)
    return out


def chatgpt_branch(conv):
    mp = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        has_child = {n["parent"] for n in mp.values() if n.get("parent")}
        leaves = [k for k, n in mp.items() if k not in has_child and n.get("message")]
        cur = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while cur is not None:
        chain.append(mp[cur])
        cur = mp[cur].get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, title):
    data = json.load(open(path, encoding="utf-8"))
    if title is None:
        if len(data) != 1:
            raise ValueError("several conversations but no 'conversation' in labels")
        conv = data[0]
    else:
        hits = [c for c in data if c.get("title", c.get("name")) == title]
        if len(hits) != 1:
            raise ValueError(f"conversation {title!r} found {len(hits)} times")
        conv = hits[0]
    out = []
    if "mapping" in conv:
        for node in chatgpt_branch(conv):
            m = node.get("message")
            if not m or m["author"]["role"] != "assistant":
                continue
            c = m["content"]
            if c.get("content_type") == "text":
                for p in c.get("parts", []):
                    if isinstance(p, str):
                        out.extend(p.split("\n"))
    else:
        for m in conv["chat_messages"]:
            if m["sender"] != "assistant":
                continue
            for b in m["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].split("\n"))
    return out


NUM = r"-?\d+(?:\.\d+)?"


def parse_value(s):
    """Label answer string -> float, nested list of floats, or None if not numeric."""
    if s is None:
        return None
    s = str(s).strip()
    if re.fullmatch(r"\d+x\d+(x\d+)*", s):
        return [float(v) for v in s.split("x")]
    if re.fullmatch(r"-?\d+/\d+", s):
        a, b = s.split("/")
        return float(a) / float(b)
    if re.fullmatch(NUM, s):
        return float(s)
    if s.startswith("["):
        try:
            return json.loads(s)
        except ValueError:
            return None
    return None


def decimals(s):
    found = re.findall(r"\.(\d+)", str(s))
    return max((len(f) for f in found), default=0)


def key_value(spec):
    if "answer" in spec:
        v = spec["answer"]
        if isinstance(v, str):
            return parse_value(v)
        return v
    if "shape" in spec:
        return spec["shape"]
    return None


def flat(v):
    if isinstance(v, list):
        r = []
        for x in v:
            r.extend(flat(x))
        return r
    return [float(v)]


def sigfigs(tok):
    digits = re.sub(r"[^0-9]", "", tok.lstrip("-")).lstrip("0")
    return len(digits)


def number_ok(tok, k, tol):
    """The label rule: exact, or the key rounded to the decimals shown with >= 3 significant
    figures, or within the key's stated tolerance."""
    x = float(tok)
    if abs(x - k) < 1e-9 or (tol and abs(x - k) <= tol + 1e-12):
        return True
    d = decimals(tok)
    return d > 0 and abs(round(k, d) - x) < 1e-9 and sigfigs(tok) >= 3


def agrees(label_answer, spec):
    kv = key_value(spec)
    lv = parse_value(label_answer)
    if kv is None or lv is None:
        return None
    toks = re.findall(NUM, str(label_answer))
    if re.fullmatch(r"-?\d+/\d+", str(label_answer).strip()):
        return abs(lv - flat(kv)[0]) < 1e-9
    b = flat(kv)
    if len(toks) != len(b):
        return False
    tol = spec.get("tolerance", 0)
    return all(number_ok(t, k, tol) for t, k in zip(toks, b))


def main():
    problems, counts = [], {}
    for s in sorted(os.listdir(ROOT)):
        sdir = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(sdir, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(sdir, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                problems.append(f"{s}/{f}: transcript not labelled")
        for f, entry in labels.items():
            path = os.path.join(tdir, f)
            if not os.path.isfile(path):
                problems.append(f"{s}/{f}: labelled file does not exist")
                continue
            try:
                if f.endswith(".json"):
                    lines = export_assistant_lines(path, entry.get("conversation"))
                else:
                    lines = text_assistant_lines(path, f)
            except Exception as e:  # noqa: BLE001
                problems.append(f"{s}/{f}: {e}")
                continue
            parts = {str(k): v for k, v in entry["parts"].items()}
            for pid in key:
                if pid not in parts:
                    problems.append(f"{s}/{f}: part {pid} not labelled")
            for pid, lab in parts.items():
                where = f"{s}/{f} {pid}"
                if pid not in key:
                    problems.append(f"{where}: not a key part")
                    continue
                v = lab.get("verdict")
                if v not in VERDICTS:
                    problems.append(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                ans = lab.get("answer")
                if v == "missing" and ans is not None:
                    problems.append(f"{where}: missing but answer given")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    problems.append(f"{where}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and ans is None:
                    problems.append(f"{where}: {v} needs an answer")
                ev = lab.get("evidence")
                if ev is not None and not any(ev in line for line in lines):
                    problems.append(f"{where}: evidence not in graded assistant text: {ev!r}")
                if v in ("correct", "incorrect"):
                    ok = agrees(ans, key[pid])
                    if ok is None:
                        spec = key[pid]
                        if "choice" in spec:
                            ok = str(ans).strip().upper() == spec["choice"]
                        elif "text" in spec:
                            ok = str(ans).strip().lower() == spec["text"]
                        elif "expression" in spec:
                            ok = str(ans).replace(" ", "") == spec["expression"].replace(" ", "")
                    if ok is not None and ok != (v == "correct"):
                        problems.append(f"{where}: label says {v} but answer {ans!r} vs key {key[pid]}")
    for p in problems:
        print("PROBLEM:", p)
    total = sum(counts.values())
    print(f"{total} labels:", ", ".join(f"{k} {counts.get(k, 0)}" for k in ("correct", "incorrect", "missing", "unclear")))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
