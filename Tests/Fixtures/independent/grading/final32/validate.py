#!/usr/bin/env python3
"""Check this corpus: every label has a valid verdict, every key part is labelled for every
transcript, answers have the right shape for the verdict, and every evidence string is a
substring of one line of the graded assistant text (exports: assistant text messages of the
graded branch only). Also runs each set's answers.py. Exit status 1 on any problem."""
import json, os, re, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["numerical-methods", "prob-stats", "signals"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# turn markers of the plain transcripts: (user regex, assistant regex, role before first marker)
MARKERS = {
    "numerical-methods/chat-copy.md": (r"^#### You:", r"^#### ChatGPT:", "user"),
    "numerical-methods/pdf-print.txt": (r"^You said:", r"^ChatGPT said:", "user"),
    "numerical-methods/student-notes.txt": (r"^Q\d+:", r"^A\d+:", "user"),
    "prob-stats/user-assistant.txt": (r"^User:", r"^Assistant:", "user"),
    "prob-stats/you-said.md": (r"^You said:", r"^ChatGPT said:", "user"),
    "prob-stats/emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant", "user"),
    "prob-stats/bare-answers.txt": (None, None, "assistant"),
    "signals/human-claude.txt": (r"^Human:", r"^Claude:", "user"),
    "signals/you-bold.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "user"),
    "signals/pdf-print.txt": (r"^You:", r"^Claude:", "user"),
}

errors = []
def err(msg): errors.append(msg)

def plain_assistant_lines(relkey, path):
    ure, are, role = MARKERS[relkey]
    out = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if ure and re.match(ure, line):
            role = "user"; continue
        if are and re.match(are, line):
            role = "assistant"; line = re.sub(are, "", line)
        if role == "assistant":
            out.append(line)
    return out

def chatgpt_lines(convs, title, relkey):
    if len(convs) > 1 and title is None:
        err(f"{relkey}: export has {len(convs)} conversations but the label names none"); return []
    cands = [c for c in convs if title is None or c.get("title") == title]
    if len(cands) != 1:
        err(f"{relkey}: conversation {title!r} not found exactly once"); return []
    conv = cands[0]; mp = conv["mapping"]
    node = conv.get("current_node")
    if node is None:   # no current_node: leaf with the latest create_time
        leaves = [n for n in mp.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    branch = []
    while node is not None:
        branch.append(mp[node]); node = mp[node]["parent"]
    lines = []
    for n in reversed(branch):
        m = n["message"]
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            for p in m["content"]["parts"]:
                if isinstance(p, str): lines += p.split("\n")
    return lines

def claude_lines(convs, name, relkey):
    if len(convs) > 1 and name is None:
        err(f"{relkey}: export has {len(convs)} conversations but the label names none"); return []
    cands = [c for c in convs if name is None or c.get("name") == name]
    if len(cands) != 1:
        err(f"{relkey}: conversation {name!r} not found exactly once"); return []
    lines = []
    for m in cands[0]["chat_messages"]:
        if m["sender"] != "assistant": continue
        for b in m["content"]:
            if b["type"] == "text": lines += b["text"].split("\n")
    return lines

def export_lines(path, conv, relkey):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data: err(f"{relkey}: export is not a non-empty list"); return []
    if "mapping" in data[0]: return chatgpt_lines(data, conv, relkey)
    if "chat_messages" in data[0]: return claude_lines(data, conv, relkey)
    err(f"{relkey}: unknown export shape"); return []

counts = {v: 0 for v in VERDICTS}
for s in SETS:
    sd = os.path.join(ROOT, s)
    r = subprocess.run([sys.executable, os.path.join(sd, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0 or "key agrees" not in r.stdout:
        err(f"{s}: answers.py failed: {r.stderr.strip()[-300:]}")
    key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
    keyparts = {str(k) for k in key}
    labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
    tdir = os.path.join(sd, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        err(f"{s}: labelled transcripts {sorted(labels)} != files {files}")
    for fname, entry in labels.items():
        relkey = f"{s}/{fname}"
        path = os.path.join(tdir, fname)
        if not os.path.exists(path): continue
        if fname.endswith(".json"):
            lines = export_lines(path, entry.get("conversation"), relkey)
        else:
            if entry.get("conversation"): err(f"{relkey}: conversation given for a plain transcript")
            lines = plain_assistant_lines(relkey, path)
        parts = {str(k): v for k, v in entry["parts"].items()}
        if set(parts) != keyparts:
            err(f"{relkey}: labelled parts {sorted(parts)} != key parts {sorted(keyparts)}")
        for pid, lab in parts.items():
            v = lab.get("verdict")
            if v not in VERDICTS: err(f"{relkey} {pid}: bad verdict {v!r}"); continue
            counts[v] += 1
            a = lab.get("answer", "absent")
            if v == "missing" and a is not None: err(f"{relkey} {pid}: missing needs answer null")
            if v == "unclear" and not (isinstance(a, list) and len(a) >= 2): err(f"{relkey} {pid}: unclear needs a candidate list")
            if v in ("correct", "incorrect") and not isinstance(a, (str, int, float)): err(f"{relkey} {pid}: needs a single answer")
            ev = lab.get("evidence", "absent")
            if ev == "absent": err(f"{relkey} {pid}: evidence key absent")
            elif ev is None:
                if v != "missing": err(f"{relkey} {pid}: evidence null for a {v} label")
            elif not any(ev in line for line in lines):
                err(f"{relkey} {pid}: evidence not found in graded assistant text: {ev!r}")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
print("clean:", sum(counts.values()), "labels", dict(sorted(counts.items())))
