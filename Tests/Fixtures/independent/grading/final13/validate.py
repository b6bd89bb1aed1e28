#!/usr/bin/env python3
"""Checks labels.yaml files against key.yaml and the transcripts' graded assistant text."""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER = re.compile(r"^(User:|\*\*User:\*\*|\*\*You:\*\*|#### You:|You said:|Human:|## 👤|You:|Q\d+:)")
ASSIST = re.compile(r"^(Assistant:|\*\*Assistant:\*\*|\*\*ChatGPT:\*\*|#### ChatGPT:|ChatGPT said:|Claude:|## 🤖|ChatGPT:|A\d+:)")


def plain_assistant_lines(text):
    lines = text.split("\n")
    has_markers = any(USER.match(l) or ASSIST.match(l) for l in lines)
    out = []
    if not has_markers:  # bare assistant text, possibly with '> ' quoted user turns
        return [l for l in lines if not l.startswith(">")]
    state = None
    for l in lines:
        if USER.match(l):
            state = "user"
            continue
        m = ASSIST.match(l)
        if m:
            state = "assistant"
            rest = l[m.end():].strip()
            if rest:
                out.append(l)  # marker on the same line as text: keep whole line
            continue
        if state == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    mp = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        parents = {v.get("parent") for v in mp.values()}
        leaves = [k for k, v in mp.items() if k not in parents and v.get("message")]
        cur = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while cur is not None:
        chain.append(mp[cur])
        cur = mp[cur].get("parent")
    texts = []
    for node in reversed(chain):
        m = node.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") == "text" and m.get("recipient", "all") == "all":
            texts.extend(p for p in c.get("parts", []) if isinstance(p, str))
    return texts


def claude_texts(conv):
    texts = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        texts.extend(b["text"] for b in m.get("content", []) if b.get("type") == "text")
    return texts


def export_lines(path, title):
    data = json.load(open(path, encoding="utf-8"))
    convs = data if isinstance(data, list) else [data]
    if title is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' in label")
        conv = convs[0]
    else:
        found = [c for c in convs if c.get("title", c.get("name")) == title]
        if len(found) != 1:
            raise ValueError("conversation %r not found exactly once" % title)
        conv = found[0]
    texts = chatgpt_branch(conv) if "mapping" in conv else claude_texts(conv)
    return [l for t in texts for l in t.split("\n")]


def main():
    errors = 0
    counts = {}
    for s in sorted(os.listdir(ROOT)):
        sd = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(sd, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        tdir = os.path.join(sd, "transcripts")
        files = sorted(os.listdir(tdir))
        for f in files:
            if f not in labels:
                print("%s: transcript %s not labelled" % (s, f)); errors += 1
        for f, lab in labels.items():
            p = os.path.join(tdir, f)
            if not os.path.isfile(p):
                print("%s: labelled file %s missing" % (s, f)); errors += 1; continue
            if f.endswith(".json"):
                lines = export_lines(p, lab.get("conversation"))
            else:
                lines = plain_assistant_lines(open(p, encoding="utf-8").read())
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                print("%s/%s: parts %s vs key %s" % (s, f, sorted(parts), sorted(key))); errors += 1
            for pid, v in parts.items():
                vd = v.get("verdict")
                if vd not in VERDICTS:
                    print("%s/%s %s: bad verdict %r" % (s, f, pid, vd)); errors += 1; continue
                counts[vd] = counts.get(vd, 0) + 1
                ans, ev = v.get("answer"), v.get("evidence")
                if vd == "missing" and ans is not None:
                    print("%s/%s %s: missing with answer" % (s, f, pid)); errors += 1
                if vd == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    print("%s/%s %s: unclear needs candidate list" % (s, f, pid)); errors += 1
                if vd in ("correct", "incorrect") and (ans is None or ev is None):
                    print("%s/%s %s: needs answer and evidence" % (s, f, pid)); errors += 1
                if ev is not None and not any(ev in l for l in lines):
                    print("%s/%s %s: evidence not in graded assistant text: %r" % (s, f, pid, ev[:80])); errors += 1
    print("counts:", counts, "total:", sum(counts.values()))
    print("OK" if errors == 0 else "%d error(s)" % errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
