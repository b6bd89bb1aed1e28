#!/usr/bin/env python3
"""Validates the final28 corpus.

Checks, for every set:
  * problems.tex|md, key.yaml, answers.py, labels.yaml and transcripts/ exist;
  * answers.py runs and reports that the key agrees;
  * key parts have exactly one known kind (answer / shape / choice / text / expression);
  * every transcript in transcripts/ is labelled, and every label file entry has a transcript;
  * every transcript is labelled for every key part and for no other part;
  * each verdict is one of correct / incorrect / missing / unclear;
  * answer is null iff verdict is missing; a list of >= 2 candidates iff unclear;
  * evidence is null for missing, and otherwise a substring of ONE line of the graded
    assistant text (exports: text messages of the graded branch only; chat copies: the
    assistant turns only, user turns excluded);
  * exports with several conversations name the graded one (`conversation`).
Exit status 0 when clean.
"""
import json, os, re, subprocess, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["dl-backprop", "prob-info", "linalg-numerics"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
KINDS = {"answer", "shape", "choice", "text", "expression"}

# How each plain transcript marks turns: (user-start regex, assistant-start regex).
# A line matching a regex starts a turn of that speaker; the rest of that line after the
# marker belongs to the turn. Lines before the first marker belong to nobody.
PLAIN = {
    "hw3-exporter-extension.md": (r"^#### You:\s*", r"^#### ChatGPT:\s*"),
    "hw3-printed-pdf.txt": (r"^You said:\s*", r"^ChatGPT said:\s*"),
    "hw3-user-assistant.txt": (r"^User:\s*", r"^Assistant:\s*"),
    "you-said-chatgpt-said.md": (r"^You said:\s*", r"^ChatGPT said:\s*"),
    "human-claude.txt": (r"^Human:\s*", r"^Claude:\s*"),
    "emoji-headings.md": (r"^## 👤 User\b.*", r"^## 🤖 Assistant\b.*"),
    "student-q-a-labels.txt": (r"^Q\d+:\s*", r"^A\d+:\s*"),
    "bold-you-chatgpt.md": (r"^\*\*You:\*\*\s*", r"^\*\*ChatGPT:\*\*\s*"),
    "you-chatgpt-plain.txt": (r"^You:\s*", r"^ChatGPT:\s*"),
    "quoted-user-turns.md": "QUOTED",   # '> ' lines are the user, everything else the assistant
    "bare-assistant-text.txt": "BARE",  # the whole file is assistant text
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(path, spec):
    lines = open(path, encoding="utf-8").read().split("\n")
    if spec == "BARE":
        return lines
    if spec == "QUOTED":
        return [l for l in lines if not l.startswith(">")]
    ure, are = re.compile(spec[0]), re.compile(spec[1])
    who, out, seen_a, seen_u = None, [], 0, 0
    for l in lines:
        if ure.match(l):
            who = "user"; seen_u += 1; l = ure.sub("", l, count=1)
        elif are.match(l):
            who = "assistant"; seen_a += 1; l = are.sub("", l, count=1)
        if who == "assistant":
            out.append(l)
    if not seen_a or not seen_u:
        err(f"{path}: turn markers not found (user {seen_u}, assistant {seen_a})")
    return out


def chatgpt_branch(conv):
    m = conv["mapping"]
    leaf = conv.get("current_node")
    if leaf is None:
        leaves = [k for k, n in m.items() if n.get("message") and not n.get("children")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    chain = []
    while leaf is not None:
        chain.append(m[leaf]); leaf = m[leaf].get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, conv_name):
    data = json.load(open(path, encoding="utf-8"))
    if not isinstance(data, list) or not data:
        err(f"{path}: export is not a non-empty JSON list"); return []
    claude = "chat_messages" in data[0]
    title_key = "name" if claude else "title"
    if len(data) > 1 and conv_name is None:
        err(f"{path}: {len(data)} conversations but label has no `conversation`")
        return []
    convs = [c for c in data if conv_name is None or c.get(title_key) == conv_name]
    if len(convs) != 1:
        err(f"{path}: conversation {conv_name!r} matches {len(convs)} conversations"); return []
    conv = convs[0]
    texts = []
    if claude:
        for msg in conv["chat_messages"]:
            if msg["sender"] == "assistant":
                for b in msg.get("content", []):
                    if b.get("type") == "text":
                        texts.append(b["text"])
    else:
        for node in chatgpt_branch(conv):
            msg = node.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            c = msg["content"]
            if c.get("content_type") == "text":
                texts.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return [l for t in texts for l in t.split("\n")]


def check_set(name):
    d = os.path.join(HERE, name)
    for f in ["key.yaml", "answers.py", "labels.yaml", "transcripts"]:
        if not os.path.exists(os.path.join(d, f)):
            err(f"{name}: {f} missing")
    if not (os.path.exists(os.path.join(d, "problems.tex")) or os.path.exists(os.path.join(d, "problems.md"))):
        err(f"{name}: no problems.tex|md")
    r = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0 or "key agrees" not in r.stdout:
        err(f"{name}: answers.py does not agree with key.yaml:\n{r.stdout}{r.stderr}")
    key = yaml.safe_load(open(os.path.join(d, "key.yaml"), encoding="utf-8"))["parts"]
    key = {str(k): v for k, v in key.items()}
    for k, v in key.items():
        kinds = KINDS & set(v)
        if len(kinds) != 1:
            err(f"{name}: key part {k} has kinds {sorted(kinds)}")
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(d, "transcripts")))
    for f in files:
        if f not in labels:
            err(f"{name}: transcript {f} is not labelled")
    counts = {}
    for f, lab in labels.items():
        path = os.path.join(d, "transcripts", f)
        if not os.path.exists(path):
            err(f"{name}: labels for missing transcript {f}"); continue
        if f.endswith(".json"):
            lines = export_assistant_lines(path, lab.get("conversation"))
        elif f in PLAIN:
            lines = plain_assistant_lines(path, PLAIN[f])
        else:
            err(f"{name}/{f}: no turn-marker spec in validate.py"); continue
        parts = {str(k): v for k, v in (lab.get("parts") or {}).items()}
        if set(parts) != set(key):
            err(f"{name}/{f}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
        for pid, p in parts.items():
            where = f"{name}/{f} {pid}"
            v = p.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}"); continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = p.get("answer", "ABSENT"), p.get("evidence", "ABSENT")
            if ans == "ABSENT" or ev == "ABSENT":
                err(f"{where}: answer/evidence field absent")
            if v == "missing":
                if ans is not None:
                    err(f"{where}: missing but answer is {ans!r}")
                if ev is not None:
                    err(f"{where}: missing but evidence given")
                continue
            if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                err(f"{where}: unclear needs a list of >= 2 different candidates")
            if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                err(f"{where}: {v} needs a single answer")
            if not isinstance(ev, str) or not ev:
                err(f"{where}: evidence missing"); continue
            if not any(ev in l for l in lines):
                err(f"{where}: evidence not found in one line of graded assistant text: {ev!r}")
    return counts


if __name__ == "__main__":
    total = {}
    for s in SETS:
        c = check_set(s)
        print(f"{s}: " + ", ".join(f"{k} {c.get(k, 0)}" for k in ["correct", "incorrect", "missing", "unclear"]))
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    print("total: " + ", ".join(f"{k} {total.get(k, 0)}" for k in ["correct", "incorrect", "missing", "unclear"]),
          f"= {sum(total.values())}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("clean")
