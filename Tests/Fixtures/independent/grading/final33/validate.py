#!/usr/bin/env python3
"""Checks the final33 corpus.

* every key part of every set is labelled for every transcript, with a valid verdict;
* answer is null exactly for `missing`, a list of >= 2 candidates exactly for `unclear`;
* every evidence string is a substring of one line of the graded assistant text
  (exports: assistant text messages of the graded branch only);
* exports with several conversations name the graded one;
* answers.py agrees with key.yaml;
* the JSON exports are reproduced byte-identically by generators/make_exports.py.
Usage: python3 validate.py   (exit status 1 on any problem)
"""
import json, os, re, subprocess, sys, tempfile, filecmp
from fractions import Fraction
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []


def err(msg):
    errors.append(msg)


# turn markers of the plain transcripts: (user regex, assistant regex); None = bare assistant text
MARKERS = {
    "thermo-chat.md": (r"^#### You:", r"^#### ChatGPT:"),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "study-notes.md": (r"^(Q\d+:|\(me:)", r"^A\d+:"),
    "claude-plain.txt": (r"^Human:", r"^Claude:"),
    "you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "emoji-chat.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "bare-answer.md": None,
    "user-assistant.txt": (r"^User:", r"^Assistant:"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "pdf-copy.txt": (r"^Prompt:", r"^Response:"),
}


def plain_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    if name not in MARKERS:
        err(f"{path}: no turn markers configured")
        return []
    m = MARKERS[name]
    if m is None:
        return lines
    ure, are = m
    role, out = None, []
    for ln in lines:
        mu, ma = re.match(ure, ln), re.match(are, ln)
        if ma:
            role = "assistant"; ln = ln[ma.end():]
        elif mu:
            role = "user"; continue
        if role == "assistant":
            out.append(ln)
    return out


def pick_conversation(convs, title, path):
    if len(convs) > 1 and not title:
        err(f"{path}: several conversations but the label names none")
        return None
    if title:
        hits = [c for c in convs if (c.get("title") or c.get("name")) == title]
        if len(hits) != 1:
            err(f"{path}: conversation {title!r} found {len(hits)} times")
            return None
        return hits[0]
    return convs[0]


def chatgpt_lines(conv):
    mp = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [k for k, v in mp.items() if not v.get("children") and v.get("message")]
        node = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    out = []
    while node:
        msg = mp[node].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"]["content_type"] == "text" \
                and msg.get("recipient", "all") == "all":
            out = [l for p in msg["content"]["parts"] if isinstance(p, str) for l in p.split("\n")] + out
        node = mp[node].get("parent")
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content") or [{"type": "text", "text": m.get("text", "")}]:
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def graded_lines(path, name, label):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        convs = data if isinstance(data, list) else [data]
        conv = pick_conversation(convs, label.get("conversation"), path)
        if conv is None:
            return []
        return chatgpt_lines(conv) if "mapping" in conv else claude_lines(conv)
    return plain_assistant_lines(path, name)


def check_key_against_answers(sdir, key):
    res = subprocess.run([sys.executable, os.path.join(sdir, "answers.py")], capture_output=True, text=True)
    if res.returncode:
        err(f"{sdir}/answers.py failed: {res.stderr}")
        return
    line = [l for l in res.stdout.splitlines() if l.startswith("KEY ")]
    comp = json.loads(line[-1][4:])
    for pid, val in comp.items():
        k = key["parts"].get(pid)
        if k is None:
            err(f"{sdir}: answers.py part {pid} not in key"); continue
        tol = k.get("tolerance", 1e-9)
        if "answer" in k:
            kv = k["answer"]
            if isinstance(kv, str) and "/" in kv:
                ok = Fraction(kv) == Fraction(val)
            elif isinstance(kv, list):
                ok = json.dumps(kv) == json.dumps(val) or \
                    all(abs(a - b) <= tol for a, b in zip(sum(kv, []) if isinstance(kv[0], list) else kv,
                                                          sum(val, []) if isinstance(val[0], list) else val))
            else:
                ok = abs(float(kv) - float(val)) <= tol
        elif "interval" in k:
            ok = all(abs(a - b) <= tol for a, b in zip(k["interval"], val))
        elif "set" in k:
            ok = sorted(map(str, k["set"])) == sorted(val)
        elif "choice" in k:
            ok = k["choice"] == val
        elif "text" in k:
            ok = k["text"] == val
        else:
            ok = False
        if not ok:
            err(f"{sdir}: key {pid} = {k} disagrees with answers.py {val}")


def check_generator():
    with tempfile.TemporaryDirectory() as tmp:
        for s in os.listdir(ROOT):
            src = os.path.join(ROOT, s, "problems.tex")
            if os.path.exists(src):
                os.makedirs(os.path.join(tmp, s))
                with open(src, encoding="utf-8") as f, open(os.path.join(tmp, s, "problems.tex"), "w", encoding="utf-8") as g:
                    g.write(f.read())
        subprocess.run([sys.executable, os.path.join(ROOT, "generators", "make_exports.py"), tmp],
                       check=True, capture_output=True)
        for dp, _, fs in os.walk(tmp):
            for f in fs:
                if f.endswith(".json"):
                    rel = os.path.relpath(os.path.join(dp, f), tmp)
                    if not filecmp.cmp(os.path.join(dp, f), os.path.join(ROOT, rel), shallow=False):
                        err(f"generator output differs from {rel}")


def main():
    counts, nlabels = {}, 0
    sets = sorted(d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        sdir = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(sdir, "key.yaml"), encoding="utf-8"))
        labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml"), encoding="utf-8"))
        kparts = [str(p) for p in key["parts"]]
        check_key_against_answers(sdir, key)
        tdir = os.path.join(sdir, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err(f"{s}: transcript {f} not labelled")
        for f, lab in labels.items():
            if f not in files:
                err(f"{s}: label for unknown transcript {f}"); continue
            lines = graded_lines(os.path.join(tdir, f), f, lab)
            if not lines:
                err(f"{s}/{f}: no graded assistant text found")
            parts = {str(k): v for k, v in lab["parts"].items()}
            for p in kparts:
                if p not in parts:
                    err(f"{s}/{f}: part {p} not labelled")
            for p, v in parts.items():
                nlabels += 1
                if p not in kparts:
                    err(f"{s}/{f}: part {p} not in key")
                verd = v.get("verdict")
                if verd not in VERDICTS:
                    err(f"{s}/{f} {p}: bad verdict {verd}"); continue
                counts[verd] = counts.get(verd, 0) + 1
                ans = v.get("answer", "<absent>")
                if verd == "missing" and ans is not None:
                    err(f"{s}/{f} {p}: missing but answer {ans!r}")
                if verd == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    err(f"{s}/{f} {p}: unclear needs a list of candidates")
                if verd in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                    err(f"{s}/{f} {p}: {verd} needs one answer")
                ev = v.get("evidence", "<absent>")
                if ev == "<absent>":
                    err(f"{s}/{f} {p}: evidence key absent")
                elif ev is not None:
                    if "\n" in ev or not any(ev in l for l in lines):
                        err(f"{s}/{f} {p}: evidence not on one graded assistant line: {ev!r}")
                elif verd != "missing":
                    err(f"{s}/{f} {p}: null evidence only allowed for missing")
    check_generator()
    for e in errors:
        print("ERROR", e)
    print(f"{len(sets)} sets, {nlabels} labels, verdicts: {counts}")
    print("OK" if not errors else f"{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
