#!/usr/bin/env python3
"""Check the final75 corpus: keys well-formed, every transcript labelled for every key part,
verdicts valid, evidence quoted verbatim from one line of the graded assistant text, answers.py agrees.
Prints label counts. Exit status 0 when clean."""
import json, os, re, subprocess, sys
from collections import Counter
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["rc-transients", "iv-drip-rates", "sir-epidemic"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KEY_FIELDS = {"answer", "tolerance", "shape", "layout", "choice", "text", "expression"}
errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- graded assistant text
def chatgpt_branch(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:  # no current_node: leaf with the latest create_time
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        cur = max(leaves, key=lambda n: n["message"]["create_time"] or 0)["id"]
    out = []
    while cur:
        node = mapping[cur]
        m = node.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text" \
                and m.get("recipient", "all") == "all":
            out.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        cur = node.get("parent")
    return list(reversed(out))


def export_text(path, conversation):
    data = json.load(open(path, encoding="utf-8"))
    if conversation is None:
        if len(data) != 1:
            err(f"{path}: several conversations but label has no 'conversation'")
            return []
        conv = data[0]
    else:
        hits = [c for c in data if c.get("title", c.get("name")) == conversation]
        if len(hits) != 1:
            err(f"{path}: conversation {conversation!r} found {len(hits)} times")
            return []
        conv = hits[0]
    if "mapping" in conv:
        return chatgpt_branch(conv)
    texts = []
    for m in conv["chat_messages"]:
        if m["sender"] == "assistant":
            texts += [b["text"] for b in m["content"] if b["type"] == "text"]
    return texts


MARKERS = [  # (regex at line start, role)
    (r"#### You:", "user"), (r"#### ChatGPT:", "assistant"),
    (r"\*\*You:\*\*", "user"), (r"\*\*ChatGPT:\*\*", "assistant"),
    (r"You said:", "user"), (r"ChatGPT said:", "assistant"),
    (r"## 👤 User", "user"), (r"## 🤖 Assistant", "assistant"),
    (r"Human:", "user"), (r"Claude:", "assistant"),
    (r"User:", "user"), (r"Assistant:", "assistant"),
    (r"Q\d+:", "user"), (r"A\d+:", "assistant"),
]


def pasted_text(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    has_marker = any(re.match(rx, l) for l in lines for rx, _ in MARKERS)
    if not has_marker:
        if any(l.startswith(">") for l in lines):      # quoted user turns, assistant unmarked
            return ["\n".join(l for l in lines if not l.startswith(">"))]
        return ["\n".join(lines)]                       # bare assistant text
    out, role = [], None
    for l in lines:
        for rx, r in MARKERS:
            if re.match(rx, l):
                role = r
                break
        if role == "assistant":
            out.append(l)
    return ["\n".join(out)]


# ---------------------------------------------------------------- checks
total = Counter()
per_set = {}
for s in SETS:
    d = os.path.join(ROOT, s)
    for f in ("key.yaml", "labels.yaml", "answers.py"):
        if not os.path.exists(os.path.join(d, f)):
            err(f"{s}: missing {f}")
    if not (os.path.exists(os.path.join(d, "problems.tex")) or os.path.exists(os.path.join(d, "problems.md"))):
        err(f"{s}: no problems.tex/.md")
    key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
    if len(key) != 8:
        err(f"{s}: key has {len(key)} parts, expected 8")
    for pid, spec in key.items():
        if not isinstance(pid, str):
            err(f"{s}: part id {pid!r} is not a string (quote it)")
        extra = set(spec) - KEY_FIELDS
        if extra:
            err(f"{s}/{pid}: undocumented key fields {extra}")
        a = spec.get("answer")
        if isinstance(a, str) and not re.fullmatch(r"-?\d+/\d+", a):
            err(f"{s}/{pid}: string answer {a!r} is not a fraction")
    r = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0:
        err(f"{s}: answers.py disagrees with key:\n{r.stdout}{r.stderr}")
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml")))
    tdir = os.path.join(d, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{s}: labelled files {sorted(labels)} != transcripts {files}")
    if len(files) != 5:
        err(f"{s}: {len(files)} transcripts, expected 5")
    c = Counter()
    for fname, lab in labels.items():
        path = os.path.join(tdir, fname)
        if not os.path.exists(path):
            continue
        texts = export_text(path, lab.get("conversation")) if fname.endswith(".json") else pasted_text(path)
        lines = [l for t in texts for l in t.splitlines()]
        parts = lab.get("parts", {})
        if set(map(str, parts)) != set(key):
            err(f"{s}/{fname}: labelled parts {sorted(map(str, parts))} != key parts {sorted(key)}")
        for pid, p in parts.items():
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{s}/{fname}/{pid}: bad verdict {v!r}")
                continue
            c[v] += 1
            ans, ev = p.get("answer", "MISSING"), p.get("evidence", "MISSING")
            if ans == "MISSING" or ev == "MISSING":
                err(f"{s}/{fname}/{pid}: needs answer and evidence fields")
            if v == "missing" and ans is not None:
                err(f"{s}/{fname}/{pid}: missing verdict must have answer null")
            if v == "unclear" and not (isinstance(ans, list) and len(set(ans)) >= 2):
                err(f"{s}/{fname}/{pid}: unclear verdict needs a list of >= 2 candidates")
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                err(f"{s}/{fname}/{pid}: answer should be a plain string")
            if v != "missing" and ev is None:
                err(f"{s}/{fname}/{pid}: {v} verdict without evidence")
            if ev is not None and not any(ev in l for l in lines):
                err(f"{s}/{fname}/{pid}: evidence not found on one graded assistant line: {ev!r}")
    per_set[s] = c
    total += c

for s, c in per_set.items():
    print(f"{s:15s} " + "  ".join(f"{k}={c[k]}" for k in sorted(VERDICTS)) + f"  total={sum(c.values())}")
n = sum(total.values())
print(f"{'ALL':15s} " + "  ".join(f"{k}={total[k]}" for k in sorted(VERDICTS)) + f"  total={n}"
      + (f"  correct share={total['correct'] / n:.1%}" if n else ""))
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
