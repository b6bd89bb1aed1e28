#!/usr/bin/env python3
"""Validate the corpus: every key part labelled for every transcript, verdicts valid,
answers consistent with the key, and every evidence string a substring of one line of the
graded assistant text (exports: assistant text messages of the graded branch only).

Usage: python3 validate.py        (exit status 1 on any problem)
"""
import json, os, re, sys, subprocess
from fractions import Fraction
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["heat-engines", "microecon", "cs-algorithms"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []
def err(msg): errors.append(msg)

USER_RE = re.compile(r"^(User:|\*\*You:\*\*|#### You:|You said:|Human:|## 👤|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|\*\*ChatGPT:\*\*|#### ChatGPT:|ChatGPT said:|Claude:|## 🤖|A\d+:)")

def text_assistant_lines(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    has_markers = any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines)
    state = "assistant" if not has_markers else "header"
    out = []
    for l in lines:
        if USER_RE.match(l): state = "user"
        elif ASSIST_RE.match(l): state = "assistant"
        if l.startswith(">"):
            continue                      # quoted user turn
        if state == "assistant":
            out.append(l)
    return out

def chatgpt_branch(conv):
    m = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:   # latest leaf by create_time
        leaves = [k for k, v in m.items() if not v.get("children") and v.get("message")]
        cur = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    chain = []
    while cur is not None:
        chain.append(m[cur]); cur = m[cur]["parent"]
    return list(reversed(chain))

def export_assistant_lines(path, conversation):
    data = json.load(open(path, encoding="utf-8"))
    if len(data) > 1 and conversation is None:
        err(f"{path}: several conversations but no 'conversation' in labels")
    lines = []
    for conv in data:
        title = conv.get("title", conv.get("name"))
        if len(data) > 1 and title != conversation:
            continue
        if "mapping" in conv:
            for node in chatgpt_branch(conv):
                msg = node["message"]
                if not msg or msg["author"]["role"] != "assistant": continue
                if msg["content"]["content_type"] != "text" or msg.get("recipient", "all") != "all": continue
                for p in msg["content"]["parts"]:
                    if isinstance(p, str): lines += p.split("\n")
        else:
            for cm in conv["chat_messages"]:
                if cm["sender"] != "assistant": continue
                for b in cm["content"]:
                    if b["type"] == "text": lines += b["text"].split("\n")
    return lines

def num(s):
    s = str(s).strip().replace("−", "-").replace(",", "")
    pct = s.endswith("%")
    unit = None
    m = re.fullmatch(r"(-?[\d./]+)\s*(%|W|kW)?", s)
    if not m: return None, None
    v = Fraction(m.group(1)); unit = m.group(2)
    if unit == "%": v /= 100
    if unit == "W": v /= 1000          # only used where the key is in kW
    dec = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
    if unit == "%": dec += 2
    if unit == "W": dec = max(0, dec + 3 - 3)
    return v, dec

def sig_figs(s):
    d = re.sub(r"[^\d]", "", str(s).split("%")[0].split(" ")[0]).lstrip("0")
    return len(d)

def matches_key(keypart, ans):
    if "choice" in keypart: return str(ans).strip().upper() == keypart["choice"]
    if "text" in keypart: return str(ans).strip().lower() == keypart["text"]
    k = keypart["answer"]
    if isinstance(k, list):
        vals = [int(x) for x in re.findall(r"-?\d+", str(ans))]
        return vals == k
    v, dec = num(ans)
    if v is None: return False
    k = Fraction(str(k))
    if "tolerance" in keypart:
        return abs(v - k) <= Fraction(str(keypart["tolerance"]))
    if v == k: return True
    return abs(v - k) <= Fraction(1, 2) / 10 ** dec and sig_figs(ans) >= 3

counts = {}
nlabels = 0
for s in SETS:
    sdir = os.path.join(ROOT, s)
    key = yaml.safe_load(open(os.path.join(sdir, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml")))
    tdir = os.path.join(sdir, "transcripts")
    files = sorted(os.listdir(tdir))
    if len(files) != 5: err(f"{s}: expected 5 transcripts, found {len(files)}")
    for f in files:
        if f not in labels: err(f"{s}/{f}: not labelled")
    for f, lab in labels.items():
        path = os.path.join(tdir, f)
        if not os.path.exists(path): err(f"{s}/{f}: labelled but missing"); continue
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key): err(f"{s}/{f}: parts {sorted(parts)} != key {sorted(key)}")
        lines = export_assistant_lines(path, lab.get("conversation")) if f.endswith(".json") else text_assistant_lines(path)
        for pid, p in parts.items():
            nlabels += 1
            v = p.get("verdict")
            where = f"{s}/{f} {pid}"
            if v not in VERDICTS: err(f"{where}: bad verdict {v}"); continue
            counts[v] = counts.get(v, 0) + 1
            a = p.get("answer")
            if v == "missing" and a is not None: err(f"{where}: missing needs answer null")
            if v == "unclear" and not (isinstance(a, list) and len(a) >= 2): err(f"{where}: unclear needs a list")
            if v in ("correct", "incorrect") and a is None: err(f"{where}: answer required")
            if v == "correct" and pid in key and not matches_key(key[pid], a): err(f"{where}: 'correct' but {a!r} does not match key")
            if v == "incorrect" and pid in key and matches_key(key[pid], a): err(f"{where}: 'incorrect' but {a!r} matches key")
            if v == "unclear" and isinstance(a, list) and pid in key and sum(matches_key(key[pid], x) for x in a) > 1:
                err(f"{where}: unclear candidates not distinct w.r.t. key")
            e = p.get("evidence")
            if e is not None and not any(e in l for l in lines):
                err(f"{where}: evidence not found in graded assistant text: {e!r}")
    # answers.py must run
    r = subprocess.run([sys.executable, os.path.join(sdir, "answers.py")], capture_output=True, text=True)
    if r.returncode: err(f"{s}: answers.py failed")

for e in errors: print("ERROR", e)
print(f"{nlabels} labels; " + ", ".join(f"{k}: {counts.get(k,0)}" for k in ["correct", "incorrect", "missing", "unclear"]))
sys.exit(1 if errors else 0)
