#!/usr/bin/env python3
"""Check the dev12 corpus: every key part labelled for every transcript, verdicts valid,
evidence quoted verbatim from one line of the graded assistant text, and labelled answers
consistent with the key (correct answers match, incorrect ones differ).

Usage: python3 validate.py   (exit status 0 when clean)
"""
import json
import math
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# Plain transcripts: how user turns start and how assistant turns start.
# Lines from a user marker up to the next assistant marker are user text.
PLAIN = {
    "chat-copy.md": (r"^#### You:", r"^#### ChatGPT:", "user"),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:", "none"),
    "claude-copy.txt": (r"^Human:", r"^Claude:", "user"),
    "student-notes.md": (r"^Q\d+:", r"^A\d+:", "none"),
    "you-said.txt": (r"^You said:", r"^ChatGPT said:", "user"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant", "user"),
    "bare-answer.txt": (None, None, "assistant"),
    "chat-copy-bold.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "user"),
    "user-assistant.md": (r"^User:", r"^Assistant:", "user"),
}


def plain_assistant_lines(name, text):
    lines = text.split("\n")
    if name == "quoted-user.md":          # quoted user turns
        return [l for l in lines if not l.startswith(">")]
    if name == "pdf-print-claude.txt":    # user block starts at the initials and ends at the first blank line
        out, in_user = [], False
        for l in lines:
            if re.match(r"^MO  ", l):
                in_user = True
            elif in_user and not l.strip():
                in_user = False
            if not in_user:
                out.append(l)
        return out
    ustart, astart, state = PLAIN[name]
    out = []
    for l in lines:
        if ustart and re.match(ustart, l):
            state = "user"
        elif astart and re.match(astart, l):
            state = "assistant"
        if state == "assistant":
            out.append(l)
    return out


def chatgpt_assistant_text(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:   # latest leaf by create_time
        leaves = [n for n in mapping.values() if not n.get("children") and n.get("message")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    out = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text" \
                and m.get("recipient", "all") == "all":
            out.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return "\n".join(reversed(out))


def claude_assistant_text(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] == "assistant":
            out.extend(b["text"] for b in m.get("content", []) if b.get("type") == "text")
    return "\n".join(out)


def assistant_lines(path, name, label):
    raw = open(path, encoding="utf-8").read()
    if not name.endswith(".json"):
        return plain_assistant_lines(name, raw)
    data = json.loads(raw)
    want = label.get("conversation")
    titles = [c.get("title", c.get("name")) for c in data]
    if want is None:
        if len(data) != 1:
            raise ValueError("export has several conversations but label has no 'conversation'")
        conv = data[0]
    else:
        if want not in titles:
            raise ValueError("conversation %r not found in %s" % (want, titles))
        conv = data[titles.index(want)]
    text = claude_assistant_text(conv) if "chat_messages" in conv else chatgpt_assistant_text(conv)
    return text.split("\n")


def num(s):
    return float(str(s).replace(",", "").replace("−", "-"))


def matches_key(answer, spec):
    if "choice" in spec:
        return str(answer).strip().upper() == str(spec["choice"]).upper()
    if "text" in spec:
        return str(answer).strip().lower() == str(spec["text"]).lower()
    if "answer" in spec and not isinstance(spec["answer"], list):
        a, k = num(answer), float(spec["answer"])
        tol = float(spec.get("tolerance", 1e-9))
        if abs(a - k) <= tol + 1e-12:
            return True
        # equal to the key rounded to the precision shown (at least 3 significant figures)
        s = str(answer)
        dec = len(s.split(".")[1]) if "." in s else 0
        sig = len(re.sub(r"^[-0.]+", "", s.replace(".", "")).rstrip("0") or "0")
        if sig >= 3 and round(k, dec) == round(a, dec):
            return True
        # a percentage written as a fraction
        return abs(a * 100 - k) <= tol + 1e-9 and spec.get("answer") and "." in s and a < 1
    raise ValueError("unsupported key spec %r" % spec)


def main():
    errors, counts = [], {}
    for setname in sorted(os.listdir(ROOT)):
        sdir = os.path.join(ROOT, setname)
        if not os.path.isfile(os.path.join(sdir, "key.yaml")):
            continue
        key = yaml.safe_load(open(os.path.join(sdir, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(sdir, "labels.yaml")))
        tdir = os.path.join(sdir, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errors.append("%s: labelled %s but transcripts are %s" % (setname, sorted(labels), files))
        for tname, lab in labels.items():
            where = "%s/%s" % (setname, tname)
            try:
                lines = assistant_lines(os.path.join(tdir, tname), tname, lab)
            except Exception as e:  # noqa
                errors.append("%s: %s" % (where, e))
                continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errors.append("%s: parts %s != key %s" % (where, sorted(parts), sorted(key)))
            for pid, p in parts.items():
                w = "%s %s" % (where, pid)
                v = p.get("verdict")
                counts[v] = counts.get(v, 0) + 1
                if v not in VERDICTS:
                    errors.append("%s: bad verdict %r" % (w, v)); continue
                ans, ev = p.get("answer"), p.get("evidence")
                if v == "missing" and ans is not None:
                    errors.append("%s: missing but answer given" % w)
                if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                    errors.append("%s: unclear needs a list of candidates" % w)
                if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                    errors.append("%s: needs one answer" % w)
                if v != "missing" and not ev:
                    errors.append("%s: evidence required" % w)
                if ev is not None and not any(ev in l for l in lines):
                    errors.append("%s: evidence not on one assistant line: %r" % (w, ev))
                if pid in key:
                    if v == "correct" and not matches_key(ans, key[pid]):
                        errors.append("%s: labelled correct but %r != key %r" % (w, ans, key[pid]))
                    if v == "incorrect" and matches_key(ans, key[pid]):
                        errors.append("%s: labelled incorrect but %r matches key" % (w, ans))
                    if v == "unclear" and sum(matches_key(a, key[pid]) for a in ans) > 1:
                        errors.append("%s: unclear candidates all match key" % w)
    for e in errors:
        print("ERROR", e)
    print("labels by verdict:", dict(sorted(counts.items())), "total", sum(counts.values()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
