#!/usr/bin/env python3
"""Checks the final77 corpus: verdicts, coverage, evidence, key vs answers.py, label answers vs key."""
import json, os, re, subprocess, sys, glob
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KEY_FIELDS = {"answer", "tolerance", "shape", "layout", "choice", "text", "expression"}
USER = re.compile(r"^(You said:|#### You:|\*\*You:\*\*|\*\*User:\*\*|User:|Human:|## 👤|Q\d+:)")
ASSIST = re.compile(r"^(ChatGPT said:|#### ChatGPT:|\*\*ChatGPT:\*\*|\*\*Assistant:\*\*|Assistant:|Claude:|## 🤖|A\d+:)")
errors = []

def err(msg):
    errors.append(msg)

def chatgpt_branch(conv):
    m = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        parents = {n.get("parent") for n in m.values()}
        leaves = [k for k in m if k not in parents and m[k].get("message")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    out = []
    while leaf:
        msg = m[leaf].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"]["content_type"] == "text":
            out.append("\n".join(p for p in msg["content"]["parts"] if isinstance(p, str)))
        leaf = m[leaf].get("parent")
    return "\n".join(reversed(out))

def export_text(path, title):
    data = json.load(open(path, encoding="utf-8"))
    for conv in data:
        if "mapping" in conv and conv.get("title") == title:
            return chatgpt_branch(conv)
        if "chat_messages" in conv and conv.get("name") == title:
            return "\n".join(b["text"] for msg in conv["chat_messages"] if msg["sender"] == "assistant"
                             for b in msg["content"] if b["type"] == "text")
    err(f"{path}: conversation {title!r} not found")
    return ""

def text_assistant(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    pdf = path.endswith("chat-print.txt")
    has_markers = any(USER.match(l) or ASSIST.match(l) for l in lines)
    state = "user" if has_markers else "assistant"
    out = []
    for l in lines:
        if USER.match(l):
            state = "user"
        elif ASSIST.match(l):
            state = "assistant"
        if l.startswith(">"):
            continue
        if pdf and (l.startswith(" " * 10) or l.startswith("https://") or "ChatGPT - " in l):
            continue  # right-aligned user bubble, page header/footer
        if state == "assistant":
            out.append(l)
    return "\n".join(out)

def num(x):
    try:
        return float(str(x).replace(",", ""))
    except ValueError:
        return None

def check_answer(pid, keyp, lab, where):
    v, a = lab["verdict"], lab.get("answer")
    if v == "missing" and a is not None:
        err(f"{where}: missing with non-null answer")
    if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
        err(f"{where}: unclear needs a list of candidates")
    if v not in ("correct", "incorrect"):
        return
    if "answer" in keyp:
        tol = keyp.get("tolerance", 1e-9)
        k = keyp["answer"]
        if isinstance(k, list):
            got = [num(t) for t in re.findall(r"-?\d*\.?\d+", str(a))]
            ok = len(got) == len(k) and all(abs(g - kk) <= tol + 1e-12 for g, kk in zip(got, k))
        else:
            g = num(a)
            ok = g is not None and abs(g - k) <= tol + 1e-12
    elif "choice" in keyp:
        ok = str(a).strip().upper() == keyp["choice"]
    elif "text" in keyp:
        ok = str(a).strip().lower() == keyp["text"]
    elif "expression" in keyp:
        ok = str(a).replace(" ", "") == keyp["expression"].replace(" ", "")
    else:
        return
    if ok != (v == "correct"):
        err(f"{where}: verdict {v} but answer {a!r} vs key {keyp}")

counts = {}
for setdir in sorted(glob.glob(os.path.join(ROOT, "*", "key.yaml"))):
    sd = os.path.dirname(setdir)
    name = os.path.basename(sd)
    key = yaml.safe_load(open(setdir))["parts"]
    key = {str(k): v for k, v in key.items()}
    for pid, kp in key.items():
        if set(kp) - KEY_FIELDS:
            err(f"{name} key {pid}: unknown fields {set(kp) - KEY_FIELDS}")
    # key vs answers.py
    out = subprocess.run([sys.executable, os.path.join(sd, "answers.py")], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        pid, val = line.split(" ", 1)
        kp = key.get(pid)
        if kp is None:
            err(f"{name}: answers.py part {pid} not in key"); continue
        if "answer" in kp:
            comp = json.loads(val) if val.startswith("[") else float(val)
            tol = kp.get("tolerance", 0)
            comp = comp if isinstance(comp, list) else [comp]
            kk = kp["answer"] if isinstance(kp["answer"], list) else [kp["answer"]]
            for c, k in zip(comp, kk):
                if abs(c - k) > max(tol / 10, 1e-9) and abs(c - k) > 1e-6 * abs(c):
                    err(f"{name} {pid}: key {k} vs answers.py {c}")
        else:
            kv = kp.get("choice") or kp.get("text") or kp.get("expression")
            if str(kv) != val:
                err(f"{name} {pid}: key {kv} vs answers.py {val}")
    labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
    tdir = os.path.join(sd, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{name}: labelled {sorted(labels)} vs files {files}")
    for tf, entry in labels.items():
        path = os.path.join(tdir, tf)
        if not os.path.exists(path):
            continue
        text = export_text(path, entry.get("conversation")) if tf.endswith(".json") else text_assistant(path)
        lines = text.splitlines()
        parts = {str(k): v for k, v in entry["parts"].items()}
        if set(parts) != set(key):
            err(f"{name}/{tf}: parts {sorted(parts)} vs key {sorted(key)}")
        for pid, lab in parts.items():
            where = f"{name}/{tf}/{pid}"
            if lab.get("verdict") not in VERDICTS:
                err(f"{where}: bad verdict {lab.get('verdict')}"); continue
            counts[lab["verdict"]] = counts.get(lab["verdict"], 0) + 1
            ev = lab.get("evidence")
            if ev is not None and not any(ev in l for l in lines):
                err(f"{where}: evidence not found in graded assistant text: {ev!r}")
            if ev is None and lab["verdict"] != "missing":
                err(f"{where}: evidence needed")
            if pid in key:
                check_answer(pid, key[pid], lab, where)

total = sum(counts.values())
print("counts:", counts, "total", total, "correct share %.1f%%" % (100 * counts.get("correct", 0) / max(total, 1)))
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
