#!/usr/bin/env python3
"""Validate this corpus: key/labels consistency, verdicts, and evidence provenance.

For every set: every transcript in transcripts/ has a label entry, every key part is labelled
for every transcript (and nothing else), verdicts are valid, answers match the verdict shape,
and every evidence string is a substring of one line of the graded assistant text:
  * ChatGPT export: text messages by the assistant (content_type "text", recipient "all") on
    the graded branch (current_node, or the leaf with the latest create_time when absent),
    followed up by parent links.
  * Claude export: "text" content blocks of assistant messages.
  * Markdown / text copies: lines inside assistant turns, found with the per-file turn
    markers below.
Exit status 0 when clean.
"""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# (user-turn marker, assistant-turn marker); None user marker = quoted '>' lines are the user
MARKERS = {
    ("surveying-traverse", "claude-copy.md"): (r"^Human:", r"^Claude:"),
    ("surveying-traverse", "printed.txt"): (r"^You said:", r"^ChatGPT said:"),
    ("surveying-traverse", "terse.md"): (r"^User:", r"^Assistant:"),
    ("surveying-traverse", "student-qa.md"): (r"^Q\d+:", r"^A\d+:"),
    ("pipe-flow", "chatgpt-yousaid.md"): (r"^You said:", r"^ChatGPT said:"),
    ("pipe-flow", "exporter-ext.md"): (r"^#### You:", r"^#### ChatGPT:"),
    ("pipe-flow", "refusal.md"): (r"^\*\*You:\*\*", r"^\*\*Assistant:\*\*"),
    ("sir-epidemic", "emoji-headings.md"): (r"^## 👤 User", r"^## 🤖 Assistant"),
    ("sir-epidemic", "printed.txt"): (r"^You said:", r"^ChatGPT said:"),
    ("sir-epidemic", "bare-answer.md"): (None, None),
}


def text_assistant_lines(set_name, fname, path):
    user_re, asst_re = MARKERS[(set_name, fname)]
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    if user_re is None:
        return [l for l in lines if not l.startswith(">")]
    state = None
    for l in lines:
        if re.match(user_re, l):
            state = "user"
            continue
        m = re.match(asst_re, l)
        if m:
            state = "assistant"
            rest = l[m.end():].strip()
            if rest:
                out.append(rest)
            continue
        if state == "assistant":
            out.append(l)
    return out


def chatgpt_branch_texts(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if not node:
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    texts = []
    while node:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text" \
                and m.get("recipient", "all") == "all":
            texts.append("\n".join(p for p in m["content"]["parts"] if isinstance(p, str)))
        node = n.get("parent")
    return list(reversed(texts))


def claude_texts(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] == "assistant":
            out += [b["text"] for b in m["content"] if b["type"] == "text"]
    return out


def export_lines(path, conv_name, errs, tag):
    data = json.load(open(path, encoding="utf-8"))
    if len(data) > 1 and not conv_name:
        errs.append(f"{tag}: export has {len(data)} conversations but no 'conversation' label")
        return []
    if conv_name:
        convs = [c for c in data if c.get("title", c.get("name")) == conv_name]
        if len(convs) != 1:
            errs.append(f"{tag}: conversation {conv_name!r} found {len(convs)} times")
            return []
        conv = convs[0]
    else:
        conv = data[0]
    texts = chatgpt_branch_texts(conv) if "mapping" in conv else claude_texts(conv)
    return [l for t in texts for l in t.split("\n")]


def check_set(set_name, errs):
    d = os.path.join(ROOT, set_name)
    key = yaml.safe_load(open(os.path.join(d, "key.yaml"), encoding="utf-8"))["parts"]
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(d, "transcripts")))
    if sorted(labels) != files:
        errs.append(f"{set_name}: labelled {sorted(labels)} vs files {files}")
    counts = {}
    for fname, entry in labels.items():
        tag = f"{set_name}/{fname}"
        path = os.path.join(d, "transcripts", fname)
        if not os.path.exists(path):
            errs.append(f"{tag}: transcript missing"); continue
        if fname.endswith(".json"):
            lines = export_lines(path, entry.get("conversation"), errs, tag)
        else:
            if "conversation" in entry:
                errs.append(f"{tag}: 'conversation' only for exports")
            lines = text_assistant_lines(set_name, fname, path)
        parts = {str(k): v for k, v in entry["parts"].items()}
        if set(parts) != set(map(str, key)):
            errs.append(f"{tag}: parts {sorted(parts)} != key parts {sorted(map(str, key))}")
        for pid, lab in parts.items():
            t = f"{tag} {pid}"
            v = lab.get("verdict")
            if v not in VERDICTS:
                errs.append(f"{t}: bad verdict {v!r}"); continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = lab.get("answer", "ABSENT"), lab.get("evidence", "ABSENT")
            if ans == "ABSENT" or ev == "ABSENT":
                errs.append(f"{t}: answer and evidence keys are required")
            if v == "missing" and ans is not None:
                errs.append(f"{t}: missing needs answer null")
            if v != "missing" and ans is None:
                errs.append(f"{t}: {v} needs an answer")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                errs.append(f"{t}: unclear needs a list of >= 2 candidates")
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                errs.append(f"{t}: answer should be a string")
            if v != "missing" and ev is None:
                errs.append(f"{t}: {v} needs evidence")
            if isinstance(ev, str) and not any(ev in l for l in lines):
                errs.append(f"{t}: evidence not found on one graded assistant line: {ev!r}")
    return counts


def main():
    errs, total = [], {}
    sets = sorted(s for s in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, s, "key.yaml")))
    for s in sets:
        c = check_set(s, errs)
        print(f"{s:22} " + "  ".join(f"{k} {c.get(k, 0)}" for k in sorted(VERDICTS)))
        for k, n in c.items():
            total[k] = total.get(k, 0) + n
    print(f"{'TOTAL':22} " + "  ".join(f"{k} {total.get(k, 0)}" for k in sorted(VERDICTS)) + f"  = {sum(total.values())}")
    for e in errs:
        print("ERROR", e)
    print("CLEAN" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
