#!/usr/bin/env python3
"""Checks the final85 corpus: keys, labels, evidence.

For every set: every transcript in transcripts/ is labelled, every key part is labelled for
every transcript, verdicts are valid, answer is null exactly when missing and a list when
unclear, and every evidence string is a substring of one line of the graded assistant text.
Graded assistant text:
  ChatGPT export: text messages by the assistant on the branch ending at current_node (or, when
                  current_node is absent, at the leaf with the latest create_time), in the
                  conversation named by `conversation` (or the only one).
  Claude export:  text blocks of assistant messages in the conversation named by `conversation`.
  plain copies:   lines inside assistant turns, by the per-file turn markers below.
"""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# file -> (user-turn regex, assistant-turn regex); None user regex means special handling
PLAIN = {
    "exporter-copy.md": (r"^#### You:", r"^#### ChatGPT:"),
    "claude-web.txt": (r"^Human:", r"^Claude:"),
    "q-and-a.md": (r"^Q\d+:", r"^A\d+:"),
    "you-said.md": (r"^You said:", r"^ChatGPT said:"),
    "emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant"),
    "user-assistant.txt": (r"^User:", r"^Assistant:"),
    "student-labels.md": (r"^Q\d+:", r"^A\d+:"),
    "bold-user.md": (r"^\*\*User:\*\*", r"^\*\*Assistant:\*\*"),
}
QUOTED = {"quoted-user.md"}          # user turns are '>' lines, everything else is assistant
BARE = {"bare-assistant.txt"}        # the whole file is assistant text
# printed chat: user turns are the boxed spans [start, end) given by regexes
PRINTED = {"printed-chat.txt": [(r"^help with my controls hw please", r"^Let's solve each part"),
                                (r"^thanks, that's all", None)]}


def plain_lines(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    if name in BARE:
        return lines
    if name in QUOTED:
        return [l for l in lines if not l.startswith(">")]
    if name in PRINTED:
        out, skip, end = [], False, None
        for l in lines:
            if not skip:
                for s, e in PRINTED[name]:
                    if re.search(s, l):
                        skip, end = (e is not None), e
                        break
                else:
                    out.append(l)
                    continue
                continue
            if re.search(end, l):
                skip = False
                out.append(l)
        return out
    ure, are = PLAIN[name]
    out, who = [], None
    for l in lines:
        mu, ma = re.match(ure, l), re.match(are, l)
        if mu:
            who = "user"; continue
        if ma:
            who = "assistant"; out.append(l[ma.end():]); continue
        if who == "assistant":
            out.append(l)
    return out


def gpt_lines(data, conv):
    convs = [c for c in data if conv is None or c.get("title") == conv]
    if len(convs) != 1:
        raise ValueError("conversation %r not found uniquely" % conv)
    c = convs[0]; m = c["mapping"]
    cur = c.get("current_node")
    if cur is None:
        leaves = [k for k, n in m.items() if n.get("message") and not n.get("children")]
        cur = max(leaves, key=lambda k: m[k]["message"].get("create_time") or 0)
    chain = []
    while cur is not None:
        chain.append(m[cur]); cur = m[cur].get("parent")
    out = []
    for n in reversed(chain):
        msg = n.get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"].get("content_type") == "text":
            for p in msg["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
    return out


def claude_lines(data, conv):
    convs = [c for c in data if conv is None or c.get("name") == conv]
    if len(convs) != 1:
        raise ValueError("conversation %r not found uniquely" % conv)
    out = []
    for msg in convs[0]["chat_messages"]:
        if msg["sender"] == "assistant":
            for b in msg["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].split("\n"))
    return out


def graded_lines(path, name, conv):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        if "chat_messages" in data[0]:
            return claude_lines(data, conv)
        return gpt_lines(data, conv)
    return plain_lines(path, name)


def main():
    errs, counts, n = [], {}, 0
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        key = yaml.safe_load(open(os.path.join(ROOT, s, "key.yaml")))["parts"]
        key = {str(k): v for k, v in key.items()}
        labels = yaml.safe_load(open(os.path.join(ROOT, s, "labels.yaml")))
        tdir = os.path.join(ROOT, s, "transcripts")
        files = sorted(os.listdir(tdir))
        if sorted(labels) != files:
            errs.append("%s: labelled %s vs files %s" % (s, sorted(labels), files))
        for t in files:
            if t not in labels:
                continue
            lab = labels[t]
            conv = lab.get("conversation")
            try:
                lines = graded_lines(os.path.join(tdir, t), t, conv)
            except Exception as e:
                errs.append("%s/%s: %s" % (s, t, e)); continue
            parts = {str(k): v for k, v in lab["parts"].items()}
            if set(parts) != set(key):
                errs.append("%s/%s: parts %s vs key %s" % (s, t, sorted(parts), sorted(key)))
            for p, v in parts.items():
                n += 1
                where = "%s/%s/%s" % (s, t, p)
                vd = v.get("verdict")
                if vd not in VERDICTS:
                    errs.append(where + ": bad verdict %r" % vd); continue
                counts[vd] = counts.get(vd, 0) + 1
                a = v.get("answer", "ABSENT")
                if a == "ABSENT":
                    errs.append(where + ": no answer field")
                elif vd == "missing" and a is not None:
                    errs.append(where + ": missing with non-null answer")
                elif vd != "missing" and a is None:
                    errs.append(where + ": null answer for " + vd)
                elif vd == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errs.append(where + ": unclear needs a candidate list")
                ev = v.get("evidence", "ABSENT")
                if ev == "ABSENT":
                    errs.append(where + ": no evidence field")
                elif ev is not None and not any(ev in l for l in lines):
                    errs.append(where + ": evidence not in graded assistant text: %r" % ev)
                elif ev is None and vd != "missing":
                    errs.append(where + ": null evidence for " + vd)
    for e in errs:
        print("ERROR", e)
    print("labels:", n, counts)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
