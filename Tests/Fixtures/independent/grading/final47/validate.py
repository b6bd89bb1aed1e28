#!/usr/bin/env python3
"""Validate the final47 grading corpus.

Checks, for every set directory (one containing key.yaml):
  * key.yaml parses and has parts; labels.yaml parses;
  * every transcript file has labels and every label names an existing transcript;
  * every key part is labelled for every transcript and no label names a part outside the key;
  * verdicts are valid; answer is null iff verdict is missing; unclear answers are lists of >= 2;
  * exports with several conversations name the graded one (`conversation`);
  * each evidence string is a substring of one line of the graded assistant text:
      - ChatGPT export: text messages authored by the assistant on the graded branch
        (current_node, else the leaf with the latest create_time, followed by parent links);
        thoughts, reasoning_recap, code and tool output are excluded;
      - Claude export: `text` content blocks of assistant messages (thinking/tool blocks excluded);
      - text transcripts: lines inside assistant turns, found from the turn markers used in the
        corpus; `>` quoted lines are user text; a file with no markers is all assistant text.
Prints label counts by verdict. Exit status 1 on any problem.
"""
import json, os, re, sys, collections
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(User:|You said:|Human:|\*\*You:\*\*|#### You:|## 👤|Q\d+:)")
ASSIST_RE = re.compile(r"^(Assistant:|ChatGPT said:|Claude:|\*\*ChatGPT:\*\*|#### ChatGPT:|## 🤖|A\d+:)")

problems = []


def err(msg):
    problems.append(msg)


def text_assistant_lines(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    has_markers = any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines)
    out = []
    mode = None if has_markers else "assistant"
    for l in lines:
        if USER_RE.match(l):
            mode = "user"
            continue
        m = ASSIST_RE.match(l)
        if m:
            mode = "assistant"
            rest = l[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if mode == "assistant" and not l.startswith(">"):
            out.append(l)
    return out


def pick_conv(convs, title, key_name, fname):
    if len(convs) > 1 and not title:
        err(f"{fname}: export has {len(convs)} conversations but no `conversation` label")
        return None
    if title is None:
        return convs[0]
    hits = [c for c in convs if c.get(key_name) == title]
    if len(hits) != 1:
        err(f"{fname}: conversation {title!r} found {len(hits)} times")
        return None
    return hits[0]


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")
                  and n["message"].get("create_time") is not None]
        cur = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    branch = []
    while cur:
        node = mapping[cur]
        branch.append(node)
        cur = node.get("parent")
    out = []
    for node in reversed(branch):
        msg = node.get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        if msg["content"].get("content_type") != "text":
            continue
        for part in msg["content"].get("parts", []):
            if isinstance(part, str):
                out.extend(part.split("\n"))
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                out.extend(b["text"].split("\n"))
    return out


def graded_lines(path, entry, fname):
    if path.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if not isinstance(data, list) or not data:
            err(f"{fname}: export is not a non-empty JSON list")
            return []
        title = entry.get("conversation")
        if "mapping" in data[0]:
            conv = pick_conv(data, title, "title", fname)
            return chatgpt_lines(conv) if conv else []
        if "chat_messages" in data[0]:
            conv = pick_conv(data, title, "name", fname)
            return claude_lines(conv) if conv else []
        err(f"{fname}: unknown export shape")
        return []
    return text_assistant_lines(path)


def main():
    counts = collections.Counter()
    per_set = {}
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
        key_ids = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
        tdir = os.path.join(sd, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                err(f"{s}: transcript {f} has no labels")
        sc = collections.Counter()
        for fname, entry in labels.items():
            path = os.path.join(tdir, fname)
            if not os.path.isfile(path):
                err(f"{s}: labels name missing transcript {fname}")
                continue
            parts = {str(k): v for k, v in entry["parts"].items()}
            for pid in key_ids - set(parts):
                err(f"{s}/{fname}: key part {pid} not labelled")
            for pid in set(parts) - key_ids:
                err(f"{s}/{fname}: labelled part {pid} not in key")
            lines = graded_lines(path, entry, f"{s}/{fname}")
            for pid, lab in parts.items():
                where = f"{s}/{fname}:{pid}"
                v = lab.get("verdict")
                if v not in VERDICTS:
                    err(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                sc[v] += 1
                ans = lab.get("answer", "MISSINGFIELD")
                if ans == "MISSINGFIELD":
                    err(f"{where}: no answer field")
                if v == "missing" and ans is not None:
                    err(f"{where}: missing verdict must have answer null")
                if v != "missing" and ans is None:
                    err(f"{where}: answer null but verdict {v}")
                if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                    err(f"{where}: unclear needs a list of >= 2 distinct candidates")
                if v in ("correct", "incorrect") and isinstance(ans, list):
                    err(f"{where}: {v} answer should be a single value")
                if "evidence" not in lab:
                    err(f"{where}: no evidence field")
                ev = lab.get("evidence")
                if ev is not None and not any(ev in line for line in lines):
                    err(f"{where}: evidence not found in graded assistant text: {ev!r}")
                if ev is None and v != "missing":
                    err(f"{where}: evidence null for a non-missing verdict")
        per_set[s] = sc
    for s, sc in per_set.items():
        print(f"{s:28s} " + "  ".join(f"{v}={sc[v]}" for v in sorted(VERDICTS)) + f"  total={sum(sc.values())}")
    print(f"{'ALL':28s} " + "  ".join(f"{v}={counts[v]}" for v in sorted(VERDICTS)) + f"  total={sum(counts.values())}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
