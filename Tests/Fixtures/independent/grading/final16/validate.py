#!/usr/bin/env python3
"""Checks this corpus: valid verdicts, every key part labelled for every transcript, answers
shaped per verdict, and every evidence string a substring of one line of the graded assistant text.

Graded assistant text:
  * plain transcripts: the lines of assistant turns (turn markers configured below);
  * ChatGPT exports: text messages with author.role == "assistant" on the graded branch
    (current_node, or, without it, the leaf with the latest create_time), followed by parent links;
  * Claude exports: "text" content blocks of assistant messages in the named conversation.
"""
import json, re, sys, pathlib
import yaml

ROOT = pathlib.Path(__file__).resolve().parent
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# per plain transcript: (user-turn regex, assistant-turn regex); None = the whole file is assistant text
MARKERS = {
    "chatgpt-hashes.md": (r"#### You:", r"#### ChatGPT:"),
    "claude-human.txt": (r"Human:", r"Claude:"),
    "student-q-labels.md": (r"Q\d+:", r"A\d+:"),
    "pdf-print.txt": (r"You said:", r"ChatGPT said:"),
    "user-assistant.txt": (r"User:", r"Assistant:"),
    "emoji-headings.md": (r"## 👤 User", r"## 🤖 Assistant"),
    "bare-answer.md": None,
    "bold-you.md": (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*"),
    "you-chatgpt.txt": (r"You:", r"ChatGPT:"),
    "quoted-user.md": ("QUOTED", None),
    "you-said.txt": (r"You said:", r"ChatGPT said:"),
}


def plain_lines(path):
    text = path.read_text(encoding="utf-8").splitlines()
    cfg = MARKERS[path.name]
    if cfg is None:
        return text
    if cfg[0] == "QUOTED":
        return [l for l in text if not l.startswith(">")]
    user_re, asst_re = re.compile("^" + cfg[0]), re.compile("^" + cfg[1])
    out, state = [], None
    for line in text:
        if user_re.match(line):
            state = "user"; line = user_re.sub("", line)
        elif asst_re.match(line):
            state = "assistant"; line = asst_re.sub("", line)
        if state == "assistant":
            out.append(line)
    return out


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    lines = []
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"].get("content_type") == "text":
            for part in m["content"].get("parts", []):
                if isinstance(part, str):
                    lines = part.splitlines() + lines
        node = n.get("parent")
    return lines


def claude_lines(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines += b["text"].splitlines()
    return lines


def export_lines(path, entry, errors):
    data = json.loads(path.read_text(encoding="utf-8"))
    name = entry.get("conversation")
    if len(data) > 1 and not name:
        errors.append(f"{path}: several conversations but no 'conversation' in labels")
        return []
    conv = data[0] if len(data) == 1 else next((c for c in data if c.get("title", c.get("name")) == name), None)
    if conv is None:
        errors.append(f"{path}: conversation {name!r} not found")
        return []
    return chatgpt_lines(conv) if "mapping" in conv else claude_lines(conv)


def main():
    errors, counts, total = [], {}, 0
    for setdir in sorted(p for p in ROOT.iterdir() if (p / "key.yaml").exists()):
        key = yaml.safe_load((setdir / "key.yaml").read_text())["parts"]
        keyparts = {str(k) for k in key}
        labels = yaml.safe_load((setdir / "labels.yaml").read_text())
        transcripts = sorted(p.name for p in (setdir / "transcripts").iterdir())
        if set(transcripts) != set(labels):
            errors.append(f"{setdir.name}: transcripts {transcripts} vs labels {sorted(labels)}")
        for tname, entry in labels.items():
            path = setdir / "transcripts" / tname
            if not path.exists():
                continue
            lines = export_lines(path, entry, errors) if tname.endswith(".json") else plain_lines(path)
            parts = {str(k): v for k, v in entry["parts"].items()}
            if set(parts) != keyparts:
                errors.append(f"{setdir.name}/{tname}: parts {sorted(parts)} vs key {sorted(keyparts)}")
            for pid, lab in parts.items():
                total += 1
                v = lab.get("verdict")
                counts[v] = counts.get(v, 0) + 1
                where = f"{setdir.name}/{tname} {pid}"
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                ans = lab.get("answer", "ABSENT")
                if ans == "ABSENT":
                    errors.append(f"{where}: no answer field")
                elif v == "missing" and ans is not None:
                    errors.append(f"{where}: missing but answer {ans!r}")
                elif v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{where}: unclear needs a list of candidates")
                elif v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                    errors.append(f"{where}: {v} needs a single answer")
                ev = lab.get("evidence", "ABSENT")
                if ev == "ABSENT":
                    errors.append(f"{where}: no evidence field")
                elif ev is not None and not any(ev in line for line in lines):
                    errors.append(f"{where}: evidence not found in graded assistant text: {ev!r}")
                elif ev is None and v != "missing":
                    errors.append(f"{where}: null evidence for a {v} verdict")
    for e in errors:
        print("ERROR", e)
    print(f"{total} labels:", ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
