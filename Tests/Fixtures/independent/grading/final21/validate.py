#!/usr/bin/env python3
"""Checks labels.yaml against key.yaml and the transcripts of every set in this folder."""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER = re.compile(r"^(#### You:|You said:|User:|\*\*User:\*\*|\*\*You:\*\*|Human:|Q\d+:|## 👤 User|>)")
ASSIST = re.compile(r"^(#### ChatGPT:|ChatGPT said:|Assistant:|\*\*Assistant:\*\*|\*\*ChatGPT:\*\*|Claude:|A\d+:|## 🤖 Assistant)")

def text_assistant_lines(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    has_markers = any(USER.match(l) or ASSIST.match(l) for l in lines)
    quoted_style = has_markers and all(not ASSIST.match(l) for l in lines)  # only '>' user turns
    out, role = [], ("assistant" if not has_markers or quoted_style else None)
    for l in lines:
        if quoted_style:
            if not l.startswith(">"):
                out.append(l)
            continue
        if USER.match(l):
            role = "user"
        elif ASSIST.match(l):
            role = "assistant"
        if role == "assistant":
            out.append(l)
    return out

def chatgpt_lines(conv):
    m = conv["mapping"]
    leaf = conv.get("current_node")
    if not leaf:
        leaves = [k for k, v in m.items() if not v.get("children") and v.get("message")]
        leaf = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    chain, node = [], leaf
    while node:
        chain.append(m[node]); node = m[node].get("parent")
    out = []
    for n in reversed(chain):
        msg = n.get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        c = msg["content"]
        if c.get("content_type") == "text":
            for p in c.get("parts", []):
                if isinstance(p, str):
                    out.extend(p.splitlines())
    return out

def claude_lines(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        blocks = [b for b in msg.get("content", []) if b.get("type") == "text"]
        texts = [b["text"] for b in blocks] if blocks else [msg.get("text", "")]
        for t in texts:
            out.extend(t.splitlines())
    return out

def export_lines(path, title):
    data = json.load(open(path, encoding="utf-8"))
    def name(c): return c.get("title", c.get("name"))
    if title is None:
        if len(data) != 1:
            raise ValueError("export with several conversations needs 'conversation'")
        conv = data[0]
    else:
        hits = [c for c in data if name(c) == title]
        if len(hits) != 1:
            raise ValueError(f"conversation {title!r} not found exactly once")
        conv = hits[0]
    return chatgpt_lines(conv) if "mapping" in conv else claude_lines(conv)

def main():
    errors, counts, n = [], {}, 0
    for s in sorted(os.listdir(ROOT)):
        sd = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(sd, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        keyids = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        tdir = os.path.join(sd, "transcripts")
        files = set(os.listdir(tdir))
        if files != set(labels):
            errors.append(f"{s}: transcripts {sorted(files ^ set(labels))} labelled/unlabelled mismatch")
        for tname, entry in labels.items():
            tpath = os.path.join(tdir, tname)
            try:
                lines = export_lines(tpath, entry.get("conversation")) if tname.endswith(".json") else text_assistant_lines(tpath)
            except Exception as e:
                errors.append(f"{s}/{tname}: {e}"); continue
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != keyids:
                errors.append(f"{s}/{tname}: parts {sorted(set(parts) ^ keyids)} mismatch key")
            for pid, lab in parts.items():
                v, ans, ev = lab.get("verdict"), lab.get("answer", "MISSINGFIELD"), lab.get("evidence", "MISSINGFIELD")
                where = f"{s}/{tname}/{pid}"
                n += 1
                counts[v] = counts.get(v, 0) + 1
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                if ans == "MISSINGFIELD" or ev == "MISSINGFIELD":
                    errors.append(f"{where}: answer/evidence field absent")
                if v == "missing" and ans is not None:
                    errors.append(f"{where}: missing needs answer null")
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{where}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and not isinstance(ans, str):
                    errors.append(f"{where}: answer should be a string")
                if v != "missing" and not ev:
                    errors.append(f"{where}: evidence required")
                if ev and not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not in graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{n} labels", dict(sorted(counts.items())))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
