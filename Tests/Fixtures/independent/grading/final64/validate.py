#!/usr/bin/env python3
"""Validate the final64 corpus: labels vs keys vs transcripts.

Checks
  * every set has problems.*, key.yaml, labels.yaml, answers.py and transcripts/
  * every transcript file is labelled and every label names an existing transcript
  * every transcript is labelled for exactly the key's parts
  * verdicts are valid; answer is null for missing, a list of >= 2 candidates for unclear
  * evidence (when not null) is a substring of ONE line of the graded assistant text
      plain copies   : assistant turns found with the per-file turn markers below
      ChatGPT export : text messages of role assistant on the graded branch
                       (current_node, or else the leaf with the latest create_time)
      Claude export  : text blocks of assistant chat_messages
  * exports with several conversations name the graded one with `conversation`
Exit status 0 when clean.
"""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user marker regex, assistant marker regex); matched at line start, marker text removed.
MARKERS = {
    "anova-ci/chatgpt-copy.txt": (r"You said:", r"ChatGPT said:"),
    "anova-ci/claude-chat.md": (r"Human:", r"Claude:"),
    "anova-ci/my-notes.md": (r"Q\d+:", r"A\d+:"),
    "acid-base/exporter.md": (r"#### You:", r"#### ChatGPT:"),
    "acid-base/chat.txt": (r"User:", r"Assistant:"),
    "acid-base/emoji-log.md": (r"## 👤 User\b.*", r"## 🤖 Assistant\b.*"),
    "vectors-3d/bold-you.md": (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*"),
    "vectors-3d/you-chatgpt.txt": (r"You:", r"ChatGPT:"),
    "vectors-3d/user-assistant-bold.md": (r"\*\*User:\*\*", r"\*\*Assistant:\*\*"),
}
# printed PDF: assistant turns start at "ChatGPT said:"; user bubbles carry no marker, so the
# user's lines (before the first marker, and the listed follow-up lines) are excluded explicitly.
PDF = {
    "anova-ci/printed-chat.txt": {"assistant": "ChatGPT said:",
                                  "user_lines": ["is 0.6 ok for d or do they want the fraction"]},
}
QUOTED = {"vectors-3d/quoted.md"}      # user turns are '> ' lines; everything else is assistant
BARE = {"vectors-3d/solution.txt"}     # assistant text only


def marker_text(path, um, am):
    role, out = None, []
    for line in open(path, encoding="utf-8").read().splitlines():
        mu, ma = re.match(um, line), re.match(am, line)
        if ma:
            role, line = "assistant", line[ma.end():]
        elif mu:
            role, line = "user", line[mu.end():]
        if role == "assistant":
            out.append(line)
    return out


def pdf_text(path, spec):
    lines = open(path, encoding="utf-8").read().splitlines()
    out, on = [], False
    for line in lines:
        if line.strip() == spec["assistant"]:
            on = True
            continue
        if line.strip() in spec["user_lines"]:
            on = False
            continue
        if on:
            out.append(line)
    return out


def chatgpt_text(conv):
    m = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:
        leaves = [k for k, n in m.items() if n.get("message") and not n.get("children")]
        cur = max(leaves, key=lambda k: m[k]["message"]["create_time"] or 0)
    chain = []
    while cur is not None:
        chain.append(m[cur])
        cur = m[cur].get("parent")
    out = []
    for node in reversed(chain):
        msg = node.get("message")
        if not msg or msg["author"]["role"] != "assistant":
            continue
        c = msg["content"]
        if c.get("content_type") == "text":
            for p in c.get("parts", []):
                if isinstance(p, str):
                    out.extend(p.splitlines())
    return out


def claude_text(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] != "assistant":
            continue
        blocks = msg.get("content") or [{"type": "text", "text": msg.get("text", "")}]
        for b in blocks:
            if b.get("type") == "text":
                out.extend(b["text"].splitlines())
    return out


def graded_lines(setname, fname, label, errors):
    rel = f"{setname}/{fname}"
    path = os.path.join(ROOT, setname, "transcripts", fname)
    if rel in MARKERS:
        return marker_text(path, *MARKERS[rel])
    if rel in PDF:
        return pdf_text(path, PDF[rel])
    if rel in QUOTED:
        return [l for l in open(path, encoding="utf-8").read().splitlines() if not l.startswith(">")]
    if rel in BARE:
        return open(path, encoding="utf-8").read().splitlines()
    if fname.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        is_claude = "chat_messages" in data[0]
        title_key = "name" if is_claude else "title"
        if len(data) > 1:
            want = label.get("conversation")
            if not want:
                errors.append(f"{rel}: export has {len(data)} conversations but no `conversation`")
                return []
            convs = [c for c in data if c[title_key] == want]
            if len(convs) != 1:
                errors.append(f"{rel}: conversation {want!r} found {len(convs)} times")
                return []
            conv = convs[0]
        else:
            conv = data[0]
        return claude_text(conv) if is_claude else chatgpt_text(conv)
    errors.append(f"{rel}: no parsing rule for this transcript")
    return []


def main():
    errors, counts, total = [], {}, 0
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(ROOT, s)
        for need in ("key.yaml", "labels.yaml", "answers.py", "transcripts"):
            if not os.path.exists(os.path.join(sd, need)):
                errors.append(f"{s}: missing {need}")
        if not any(os.path.exists(os.path.join(sd, p)) for p in ("problems.tex", "problems.md")):
            errors.append(f"{s}: missing problems.tex/md")
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        keyparts = {str(k) for k in key}
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        files = set(os.listdir(os.path.join(sd, "transcripts")))
        for f in files - set(labels):
            errors.append(f"{s}: transcript {f} has no labels")
        for f in set(labels) - files:
            errors.append(f"{s}: labels for absent transcript {f}")
        for fname, lab in labels.items():
            if fname not in files:
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != keyparts:
                errors.append(f"{s}/{fname}: parts {sorted(set(parts) ^ keyparts)} differ from key")
            lines = graded_lines(s, fname, lab, errors)
            for pid, e in parts.items():
                total += 1
                v = e.get("verdict")
                if v not in VERDICTS:
                    errors.append(f"{s}/{fname} {pid}: bad verdict {v!r}")
                    continue
                counts[v] = counts.get(v, 0) + 1
                if "answer" not in e:
                    errors.append(f"{s}/{fname} {pid}: no answer field")
                a = e.get("answer")
                if v == "missing" and a is not None:
                    errors.append(f"{s}/{fname} {pid}: missing but answer {a!r}")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errors.append(f"{s}/{fname} {pid}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and a is None:
                    errors.append(f"{s}/{fname} {pid}: {v} without answer")
                ev = e.get("evidence")
                if v != "missing" and not ev:
                    errors.append(f"{s}/{fname} {pid}: {v} without evidence")
                if ev and not any(ev in line for line in lines):
                    errors.append(f"{s}/{fname} {pid}: evidence not on one graded assistant line: {ev!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(sets)} sets, {total} labels:", ", ".join(f"{k} {counts.get(k, 0)}" for k in sorted(VERDICTS)))
    if total:
        print(f"correct share {counts.get('correct', 0) / total:.1%}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
