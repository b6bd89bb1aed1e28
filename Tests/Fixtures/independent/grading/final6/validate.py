#!/usr/bin/env python3
"""Checks this hand-labelled corpus.

- every set has problems, answers.py, key.yaml, labels.yaml, transcripts/
- answers.py runs and its own assertions confirm key.yaml
- every transcript is labelled, for exactly the key's parts
- verdicts are valid; answer is null iff missing, a list of >= 2 candidates iff unclear
- each evidence string is a substring of one line of the graded assistant text
  (plain copies: assistant turns found with per-file turn markers; ChatGPT exports: text
  messages by the assistant on the graded branch — current_node, else the latest leaf;
  Claude exports: text blocks of assistant messages of the named conversation)
- re-running generators/make_exports.py gives byte-identical exports
"""
import collections, glob, hashlib, json, os, re, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["numlinalg", "optim-steps", "bayes-estimators"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# per-file turn markers for plain copies: (user regex, assistant regex), or "quoted"
TURNS = {
    "chat-copy.md": (r"^User:", r"^Assistant:"),
    "printed-chat.txt": (r"^You said:", r"^ChatGPT said:"),
    "study-notes.txt": (r"^Q\d+:", r"^A\d+:"),
    "exporter-copy.md": (r"^#### You:", r"^#### ChatGPT:"),
    "claude-copy.txt": (r"^Human:", r"^Claude:"),
    "chatgpt-page-copy.md": (r"^You said:", r"^ChatGPT said:"),
    "emoji-log.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "bold-labels-chat.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "quoted-turns.md": "quoted",
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(path, rule):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    if rule == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = rule
    role = None
    for l in lines:
        mu, ma = re.match(ure, l), re.match(are, l)
        if mu:
            role = "user"; l = l[mu.end():]
        elif ma:
            role = "assistant"; l = l[ma.end():]
        if role == "assistant":
            out.append(l)
    return out


def gpt_branch(conv):
    m = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [k for k, v in m.items() if not v.get("children") and v.get("message")]
        node = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    path = []
    while node:
        path.append(m[node])
        node = m[node].get("parent")
    return list(reversed(path))


def export_assistant_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list):
        data = [data]
    names = [c.get("title", c.get("name")) for c in data]
    if len(data) > 1:
        if conv_name is None:
            err(f"{path}: several conversations but no 'conversation' in labels")
            return []
        if conv_name not in names:
            err(f"{path}: conversation {conv_name!r} not found")
            return []
        conv = data[names.index(conv_name)]
    else:
        conv = data[0]
        if conv_name is not None and conv_name != names[0]:
            err(f"{path}: conversation {conv_name!r} does not match {names[0]!r}")
    texts = []
    if "mapping" in conv:
        for n in gpt_branch(conv):
            msg = n.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            c = msg["content"]
            if c.get("content_type") == "text" and msg.get("recipient", "all") == "all":
                texts += [p for p in c.get("parts", []) if isinstance(p, str)]
    else:
        for msg in conv["chat_messages"]:
            if msg["sender"] != "assistant":
                continue
            blocks = [b["text"] for b in msg.get("content", []) if b.get("type") == "text"]
            texts += blocks if blocks else [msg.get("text", "")]
    return [l for t in texts for l in t.split("\n")]


def kind(keyentry):
    if "choice" in keyentry: return "choice"
    if "text" in keyentry: return "true/false"
    if "shape" in keyentry: return "shape"
    if "expression" in keyentry: return "expression"
    a = keyentry["answer"]
    if isinstance(a, list):
        return "matrix" if a and isinstance(a[0], list) else "vector"
    if isinstance(a, str) and "/" in a: return "fraction"
    return "decimal" if (isinstance(a, float) or "tolerance" in keyentry) else "number"


counts = collections.Counter()
kind_counts = collections.Counter()
kind_verdict = collections.Counter()
total = 0
for s in SETS:
    d = os.path.join(ROOT, s)
    probs = glob.glob(os.path.join(d, "problems.*"))
    for f in ["answers.py", "key.yaml", "labels.yaml", "transcripts"]:
        if not os.path.exists(os.path.join(d, f)):
            err(f"{s}: missing {f}")
    if len(probs) != 1:
        err(f"{s}: expected one problems.tex|md")
    r = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0 or "key agrees" not in r.stdout:
        err(f"{s}: answers.py failed: {r.stderr.strip()[-300:]}")
    key = yaml.safe_load(open(os.path.join(d, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(d, "transcripts")))
    if sorted(labels) != files:
        err(f"{s}: labelled {sorted(labels)} vs transcripts {files}")
    for fname, lab in labels.items():
        path = os.path.join(d, "transcripts", fname)
        if not os.path.exists(path):
            continue
        if fname.endswith(".json"):
            lines = export_assistant_lines(path, lab.get("conversation"))
        else:
            if fname not in TURNS:
                err(f"{s}/{fname}: no turn rule"); continue
            if "conversation" in lab:
                err(f"{s}/{fname}: 'conversation' only for exports")
            lines = plain_assistant_lines(path, TURNS[fname])
        if not lines or not any(l.strip() for l in lines):
            err(f"{s}/{fname}: no assistant text found")
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            err(f"{s}/{fname}: parts {sorted(parts)} != key {sorted(key)}")
        for pid, p in parts.items():
            where = f"{s}/{fname}/{pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}"); continue
            a = p.get("answer", "ABSENT")
            if a == "ABSENT":
                err(f"{where}: no answer field")
            elif v == "missing" and a is not None:
                err(f"{where}: missing must have answer null")
            elif v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                err(f"{where}: unclear needs a list of candidates")
            elif v in ("correct", "incorrect") and not isinstance(a, str):
                err(f"{where}: answer should be a plain string")
            ev = p.get("evidence", "ABSENT")
            if ev == "ABSENT":
                err(f"{where}: no evidence field")
            elif ev is None:
                if v != "missing":
                    err(f"{where}: evidence null but verdict {v}")
            elif not any(ev in l for l in lines):
                err(f"{where}: evidence not in one line of graded assistant text: {ev[:70]!r}")
            counts[v] += 1
            if pid in key:
                k = kind(key[pid]); kind_counts[k] += 1; kind_verdict[(k, v)] += 1
            total += 1

# generator determinism
gen = os.path.join(ROOT, "generators", "make_exports.py")
exports = sorted(glob.glob(os.path.join(ROOT, "*", "transcripts", "*.json")))
before = {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in exports}
r = subprocess.run([sys.executable, gen], capture_output=True, text=True)
if r.returncode != 0:
    err("generator failed: " + r.stderr[-300:])
after = {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in exports}
if before != after:
    err("generator output differs from the stored exports")

print(f"{total} labelled parts:", dict(counts))
print("by answer kind:", dict(kind_counts))
for k in sorted(kind_counts):
    print(f"  {k:12s}", {v: kind_verdict[(k, v)] for v in sorted(VERDICTS) if kind_verdict[(k, v)]})
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
