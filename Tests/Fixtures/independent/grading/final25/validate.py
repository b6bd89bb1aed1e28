#!/usr/bin/env python3
"""Checks labels.yaml of every set: verdicts, coverage of key parts, and that each evidence string is a
substring of one line of the graded assistant text. Usage: python3 validate.py"""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# plain transcripts: (user-turn start regex, assistant-turn start regex); a marker line belongs to its turn
MARKERS = {
    "pipe-flow/pdf-print.txt": (r"You said:", r"ChatGPT said:"),
    "pipe-flow/chat-hashes.md": (r"#### You:", r"#### ChatGPT:"),
    "pipe-flow/student-qa.txt": (r"Q\d+:", r"A\d+:"),
    "pipe-flow/human-claude.md": (r"Human:", r"Claude:"),
    "bayes-ab/you-said.md": (r"You said:", r"ChatGPT said:"),
    "bayes-ab/emoji-dated.md": (r"## 👤 User", r"## 🤖 Assistant"),
    "discrete-log/user-assistant.txt": (r"User:", r"Assistant:"),
    "discrete-log/bold-you.md": (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*"),
}


def plain_assistant_lines(key, text):
    lines = text.split("\n")
    if key == "bayes-ab/bare-answer.txt":
        return lines
    if key == "discrete-log/quoted-user.md":
        return [l for l in lines if not l.startswith(">")]
    if key == "discrete-log/pdf-print.txt":
        # PDF print of a Claude chat: user turns are indented by two spaces; drop page headers/footers
        return [l for l in lines if not l.startswith("  ") and "https://claude.ai" not in l
                and not re.fullmatch(r"\s*\d+/\d+\s*", l)]
    u, a = MARKERS[key]
    out, who = [], None
    for l in lines:
        if re.match(u, l):
            who = "user"
        elif re.match(a, l):
            who = "assistant"
        if who == "assistant" and "https://chatgpt.com" not in l:
            out.append(l)
    return out


def chatgpt_lines(convs, title):
    if title is None:
        assert len(convs) == 1, "several conversations but no 'conversation' label"
        conv = convs[0]
    else:
        conv = [c for c in convs if c["title"] == title][0]
    mp = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [n for n in mp.values() if n["message"] and not n.get("children")]
        cur = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    while cur is not None:
        node = mp[cur]
        m = node["message"]
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            for p in m["content"]["parts"]:
                out.extend(p.split("\n"))
        cur = node["parent"]
    return out


def claude_lines(convs, name):
    if name is None:
        assert len(convs) == 1
        conv = convs[0]
    else:
        conv = [c for c in convs if c["name"] == name][0]
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] == "assistant":
            for b in m["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].split("\n"))
    return out


def main():
    errors, n = [], 0
    counts = {}
    for s in sorted(os.listdir(ROOT)):
        sd = os.path.join(ROOT, s)
        if not os.path.isfile(os.path.join(sd, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml"), encoding="utf-8"))["parts"]
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml"), encoding="utf-8"))
        files = sorted(os.listdir(os.path.join(sd, "transcripts")))
        if sorted(labels) != files:
            errors.append(f"{s}: labelled {sorted(labels)} vs files {files}")
        for fn, lab in labels.items():
            path = os.path.join(sd, "transcripts", fn)
            text = open(path, encoding="utf-8").read()
            if fn.endswith(".json"):
                data = json.loads(text)
                if "mapping" in data[0]:
                    lines = chatgpt_lines(data, lab.get("conversation"))
                else:
                    lines = claude_lines(data, lab.get("conversation"))
            else:
                lines = plain_assistant_lines(f"{s}/{fn}", text)
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != {str(k) for k in key}:
                errors.append(f"{s}/{fn}: parts {sorted(parts)} vs key {sorted(map(str, key))}")
            for pid, v in parts.items():
                n += 1
                verdict = v.get("verdict")
                counts[verdict] = counts.get(verdict, 0) + 1
                where = f"{s}/{fn} {pid}"
                if verdict not in VERDICTS:
                    errors.append(f"{where}: bad verdict {verdict!r}")
                ans = v.get("answer", "ABSENT")
                if verdict == "missing" and ans is not None:
                    errors.append(f"{where}: missing needs answer null")
                if verdict == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{where}: unclear needs a list of candidates")
                if verdict in ("correct", "incorrect") and not isinstance(ans, str):
                    errors.append(f"{where}: answer should be a string")
                ev = v.get("evidence", "ABSENT")
                if ev == "ABSENT":
                    errors.append(f"{where}: evidence key absent")
                elif ev is None:
                    if verdict != "missing":
                        errors.append(f"{where}: null evidence only for missing")
                elif not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not in graded assistant text: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{n} labels", counts, "OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
