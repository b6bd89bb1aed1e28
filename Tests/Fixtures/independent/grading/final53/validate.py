#!/usr/bin/env python3
"""Validate corpus final53: verdicts, coverage of key parts, and evidence strings.

For every set folder (one holding key.yaml) this checks that
  * every transcript in transcripts/ has a label block and every label block a transcript;
  * every key part is labelled for every transcript, and no unknown part is labelled;
  * each verdict is one of correct / incorrect / missing / unclear;
  * answer is null for missing, a list of >= 2 candidates for unclear, a scalar otherwise;
  * each evidence string (when not null) is a substring of ONE line of the graded assistant
    text: for ChatGPT exports the text messages of assistant role on the graded branch
    (current_node's branch, or the leaf with the latest create_time when current_node is
    absent); for Claude exports the text blocks of assistant messages of the named
    conversation; for plain transcripts the assistant turns found with the turn markers below;
  * exports holding several conversations name the graded one with `conversation`.
Exit status 0 when clean. Prints counts by verdict.
"""
import collections, json, pathlib, re, sys
import yaml

ROOT = pathlib.Path(__file__).resolve().parent
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn start regex, assistant-turn start regex); None = whole file is assistant text;
# "quoted" = lines starting with '>' are the user's, everything else the assistant's.
MARKERS = {
    "you-said.md": (r"^You said:", r"^ChatGPT said:"),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "exporter-ext.md": (r"^#### You:", r"^#### ChatGPT:"),
    "student-qa.txt": (r"^Q\d+:", r"^A\d+:"),
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "bare-assistant.md": None,
    "user-assistant.txt": (r"^User:", r"^Assistant:"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "quoted-user.md": "quoted",
}


def plain_assistant_lines(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    spec = MARKERS[path.name]
    if spec is None:
        return lines
    if spec == "quoted":
        return [l for l in lines if not l.startswith(">")]
    ure, are = spec
    out, who = [], None
    for l in lines:
        if re.match(ure, l):
            who = "user"
        elif re.match(are, l):
            who = "assistant"
        if who == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    m = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:  # leaf with the latest create_time
        leaves = [n for n in m.values() if not n.get("children") and n.get("message")]
        cur = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    chain = []
    while cur is not None:
        chain.append(m[cur])
        cur = m[cur].get("parent")
    return list(reversed(chain))


def export_assistant_lines(path, conv_name):
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError("export is not a JSON list")
    titles = [c.get("title", c.get("name")) for c in data]
    if len(data) > 1:
        if conv_name is None:
            raise ValueError(f"several conversations {titles}: label needs `conversation`")
        matches = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(matches) != 1:
            raise ValueError(f"conversation {conv_name!r} not found exactly once in {titles}")
        conv = matches[0]
    else:
        conv = data[0]
        if conv_name is not None and conv_name != titles[0]:
            raise ValueError(f"conversation {conv_name!r} != {titles[0]!r}")
    texts = []
    if "mapping" in conv:
        for node in chatgpt_branch(conv):
            msg = node.get("message")
            if not msg or msg["author"]["role"] != "assistant":
                continue
            if msg["content"].get("content_type") != "text":
                continue
            texts.extend(p for p in msg["content"]["parts"] if isinstance(p, str))
    else:
        for msg in conv["chat_messages"]:
            if msg["sender"] != "assistant":
                continue
            texts.extend(b["text"] for b in msg["content"] if b.get("type") == "text")
    return [l for t in texts for l in t.splitlines()]


def main():
    errors, counts, kinds = [], collections.Counter(), collections.Counter()
    total = 0
    for setdir in sorted(p.parent for p in ROOT.glob("*/key.yaml")):
        key = yaml.safe_load((setdir / "key.yaml").read_text())["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load((setdir / "labels.yaml").read_text())
        files = {p.name for p in (setdir / "transcripts").iterdir()}
        for f in sorted(files - set(labels)):
            errors.append(f"{setdir.name}: transcript {f} has no labels")
        for f in sorted(set(labels) - files):
            errors.append(f"{setdir.name}: labels for missing transcript {f}")
        for fname, block in labels.items():
            path = setdir / "transcripts" / fname
            if not path.exists():
                continue
            try:
                if fname.endswith(".json"):
                    lines = export_assistant_lines(path, block.get("conversation"))
                else:
                    if "conversation" in block:
                        errors.append(f"{fname}: `conversation` on a plain transcript")
                    lines = plain_assistant_lines(path)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{setdir.name}/{fname}: {e}")
                continue
            parts = {str(k): v for k, v in block["parts"].items()}
            for pid in key:
                if pid not in parts:
                    errors.append(f"{setdir.name}/{fname}: part {pid} not labelled")
            for pid, lab in parts.items():
                where = f"{setdir.name}/{fname} {pid}"
                if pid not in key:
                    errors.append(f"{where}: not a key part")
                    continue
                v = lab.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{where}: bad verdict {v!r}")
                    continue
                counts[v] += 1
                total += 1
                kinds[next(iter(key[pid]))] += 1
                ans = lab.get("answer", "absent")
                if ans == "absent":
                    errors.append(f"{where}: no answer field")
                elif v == "missing" and ans is not None:
                    errors.append(f"{where}: missing but answer {ans!r}")
                elif v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append(f"{where}: unclear needs a list of candidates")
                elif v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                    errors.append(f"{where}: {v} needs one answer")
                ev = lab.get("evidence", "absent")
                if ev == "absent":
                    errors.append(f"{where}: no evidence field")
                elif ev is not None and not any(ev in l for l in lines):
                    errors.append(f"{where}: evidence not on one line of graded assistant text: {ev!r}")
                elif ev is None and v != "missing":
                    errors.append(f"{where}: evidence null for a {v} label")
    for e in errors:
        print("ERROR", e)
    print(f"{total} labels:", dict(counts))
    print("by answer kind:", dict(kinds))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
