#!/usr/bin/env python3
"""Checks the hand labels: verdicts, coverage of key parts, and that each evidence string is a
substring of one line of the graded assistant text."""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
# plain copies: (user-marker regex, assistant-marker regex); None = special handling
MARKERS = {
    "you-said.md": (r"^You said:", r"^ChatGPT said:"),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "user-assistant.md": (r"^User:", r"^Assistant:"),
    "q-a-labels.txt": (r"^Q\d+:", r"^A\d+:"),
    "exporter-h4.md": (r"^#### You:", r"^#### ChatGPT:"),
    "emoji-dated.md": (r"^## 👤", r"^## 🤖"),
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "user-assistant-followup.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
    "quoted-user.md": "quoted",
    "bare-assistant.txt": "bare",
}

def plain_assistant_lines(path, name):
    lines = open(path, encoding="utf-8").read().splitlines()
    spec = MARKERS[name]
    if spec == "bare":
        return lines
    if spec == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = spec
    role, out = None, []
    for l in lines:
        if re.match(ure, l):
            role = "user"
        elif re.match(are, l):
            role = "assistant"
        if role == "assistant":
            out.append(l)
    return out

def pick(convs, title, key):
    if title is None:
        if len(convs) != 1:
            raise ValueError("several conversations but no 'conversation' label")
        return convs[0]
    m = [c for c in convs if c.get(key) == title]
    if len(m) != 1:
        raise ValueError(f"conversation {title!r} not found exactly once")
    return m[0]

def chatgpt_lines(conv):
    mp = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [n for n in mp.values() if not n.get("children") and n.get("message")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    out = []
    while cur is not None:
        n = mp[cur]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text" \
                and m.get("recipient", "all") == "all":
            txt = "\n".join(p for p in m["content"]["parts"] if isinstance(p, str))
            out = txt.splitlines() + out
        cur = n.get("parent")
    return out

def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content") or [{"type": "text", "text": m["text"]}]:
            if b["type"] == "text":
                out += b["text"].splitlines()
    return out

def assistant_lines(path, name, title):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if data and "mapping" in data[0]:
            return chatgpt_lines(pick(data, title, "title"))
        return claude_lines(pick(data, title, "name"))
    return plain_assistant_lines(path, name)

def main():
    errors, counts, total = [], {}, 0
    for s in sorted(os.listdir(ROOT)):
        sd = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(sd, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        keyparts = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        files = set(os.listdir(os.path.join(sd, "transcripts")))
        if files != set(labels):
            errors.append(f"{s}: transcripts {sorted(files)} vs labelled {sorted(labels)}")
        for t, lab in labels.items():
            try:
                lines = assistant_lines(os.path.join(sd, "transcripts", t), t, lab.get("conversation"))
            except Exception as e:
                errors.append(f"{s}/{t}: {e}"); continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != keyparts:
                errors.append(f"{s}/{t}: parts {sorted(parts)} != key {sorted(keyparts)}")
            for p, v in parts.items():
                total += 1
                vd = v.get("verdict")
                counts[vd] = counts.get(vd, 0) + 1
                if vd not in VERDICTS:
                    errors.append(f"{s}/{t}/{p}: bad verdict {vd!r}")
                a = v.get("answer", "<absent>")
                if a == "<absent>":
                    errors.append(f"{s}/{t}/{p}: no answer field")
                if (vd == "missing") != (a is None):
                    errors.append(f"{s}/{t}/{p}: answer null iff missing")
                if vd == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append(f"{s}/{t}/{p}: unclear needs a list of candidates")
                ev = v.get("evidence", "<absent>")
                if ev == "<absent>":
                    errors.append(f"{s}/{t}/{p}: no evidence field")
                elif ev is not None and not any(ev in l for l in lines):
                    errors.append(f"{s}/{t}/{p}: evidence not in graded assistant text: {ev!r}")
                if vd != "missing" and ev is None:
                    errors.append(f"{s}/{t}/{p}: non-missing verdict without evidence")
    for e in errors:
        print("ERROR", e)
    print("labels:", total, dict(sorted(counts.items())))
    print("CLEAN" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
