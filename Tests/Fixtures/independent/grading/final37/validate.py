#!/usr/bin/env python3
"""Check the final37 corpus.

For every set folder (one holding key.yaml):
  * every transcript in transcripts/ has an entry in labels.yaml and vice versa;
  * every key part is labelled for every transcript, and no extra parts are labelled;
  * every verdict is one of correct / incorrect / missing / unclear;
  * answer is null exactly when the verdict is missing, and a list of >= 2 candidates when unclear;
  * evidence is null or a substring of ONE line of the graded assistant text:
      - ChatGPT export: assistant messages of content_type text on the graded branch
        (current_node's branch, or, without current_node, the branch of the leaf with the latest create_time),
        excluding thoughts / reasoning_recap / code / tool output;
      - Claude export: text blocks of assistant ("sender": "assistant") messages;
      - Markdown / text copy: the text of assistant turns, split by the turn markers below;
  * exports with more than one conversation name the graded one in `conversation`.
Exit status 1 on any problem.
"""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
# (user-turn marker, assistant-turn marker) for plain copies, matched at line start
MARKERS = [
    (re.compile(r"^#### You:\s*$"), re.compile(r"^#### ChatGPT:\s*$")),
    (re.compile(r"^You said:\s*$"), re.compile(r"^ChatGPT said:\s*$")),
]


def chatgpt_branch_text(c):
    mapping = c["mapping"]
    cur = c.get("current_node")
    if not cur:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    out = []
    while cur:
        node = mapping[cur]
        m = node.get("message")
        if m and m["author"]["role"] == "assistant" and m.get("recipient", "all") == "all" \
                and m["content"].get("content_type") in ("text", "multimodal_text"):
            out.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        cur = node.get("parent")
    return list(reversed(out))


def claude_text(c):
    out = []
    for m in c["chat_messages"]:
        if m["sender"] == "assistant":
            out.extend(b["text"] for b in m.get("content", []) if b.get("type") == "text")
    return out


def plain_text(raw):
    lines = raw.split("\n")
    for um, am in MARKERS:
        if any(am.match(l) for l in lines):
            turns, cur = [], None
            for l in lines:
                if um.match(l):
                    cur = None
                elif am.match(l):
                    cur = []
                    turns.append(cur)
                elif cur is not None:
                    cur.append(l)
            return ["\n".join(t) for t in turns]
    raise ValueError("no known assistant turn marker")


def graded_text(path, entry, errs):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        data = json.loads(raw)
        convs = data if isinstance(data, list) else [data]
        name = entry.get("conversation")
        if len(convs) > 1 and not name:
            errs.append(f"{path}: several conversations but no `conversation` in labels")
            return []
        if name:
            convs = [c for c in convs if c.get("title") == name or c.get("name") == name]
            if len(convs) != 1:
                errs.append(f"{path}: conversation {name!r} not found exactly once")
                return []
        c = convs[0]
        return chatgpt_branch_text(c) if "mapping" in c else claude_text(c)
    return plain_text(raw)


def main():
    errs, total, counts = [], 0, {}
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(ROOT, s)
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        files = sorted(os.listdir(os.path.join(sd, "transcripts")))
        if sorted(labels) != files:
            errs.append(f"{s}: transcripts {files} vs labelled {sorted(labels)}")
        for fname, entry in labels.items():
            path = os.path.join(sd, "transcripts", fname)
            if not os.path.exists(path):
                continue
            texts = graded_text(path, entry, errs)
            lines = [l for t in texts for l in t.split("\n")]
            parts = entry.get("parts") or {}
            kp, lp = set(map(str, key)), set(map(str, parts))
            if kp != lp:
                errs.append(f"{s}/{fname}: missing labels {sorted(kp - lp)}, extra {sorted(lp - kp)}")
            for pid, lab in parts.items():
                where = f"{s}/{fname}:{pid}"
                total += 1
                v = lab.get("verdict")
                counts[v] = counts.get(v, 0) + 1
                if v not in VERDICTS:
                    errs.append(f"{where}: bad verdict {v!r}")
                a, ev = lab.get("answer", "ABSENT"), lab.get("evidence", "ABSENT")
                if a == "ABSENT" or ev == "ABSENT":
                    errs.append(f"{where}: answer/evidence key missing")
                if (v == "missing") != (a is None):
                    errs.append(f"{where}: answer must be null exactly when missing")
                if v == "unclear" and not (isinstance(a, list) and len(set(map(str, a))) >= 2):
                    errs.append(f"{where}: unclear needs a list of >= 2 candidates")
                if v in ("correct", "incorrect") and isinstance(a, list):
                    errs.append(f"{where}: single answer expected")
                if ev is not None and ev != "ABSENT":
                    if not any(ev in l for l in lines):
                        errs.append(f"{where}: evidence not found on one graded assistant line: {ev!r}")
                elif v != "missing":
                    errs.append(f"{where}: evidence null for a non-missing verdict")
    for e in errs:
        print("ERROR", e)
    print(f"{len(sets)} sets, {total} labels, verdicts {dict(sorted(counts.items()))}")
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
