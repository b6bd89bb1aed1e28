#!/usr/bin/env python3
"""Validate the final67 corpus.

Checks, for every set:
  * answers.py runs and reports that the key agrees with the computed values;
  * every transcript file has labels and every label file entry has a transcript;
  * every key part is labelled for every transcript, and no extra parts are labelled;
  * verdicts are valid; answer is null iff missing; unclear answers are lists of >= 2;
  * each evidence string is a substring of a single line of the graded assistant text
    (plain transcripts: assistant turns only, by the file's turn markers;
     ChatGPT exports: assistant text messages on the graded branch - current_node's, or the
     latest-create_time leaf when current_node is absent;
     Claude exports: text blocks of assistant messages).
Exit status 0 when clean.
"""
import json, os, re, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["complex-numbers", "quantization", "rotational-dynamics"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# per transcript: (user-turn start regex, assistant-turn start regex, initial role)
TURNS = {
    "complex-numbers/print-to-pdf.txt": (r"^You said:", r"^ChatGPT said:", "user"),
    "complex-numbers/you-said.md": (r"^You said:", r"^ChatGPT said:", "user"),
    "complex-numbers/student-qa.txt": (r"^Q\d+:", r"^A\d+:", "user"),
    "complex-numbers/claude-chat.md": (r"^Human:", r"^Claude:", "user"),
    "quantization/exporter-extension.md": (r"^#### You:", r"^#### ChatGPT:", "user"),
    "quantization/emoji-headings.md": (r"^## 👤 User", r"^## 🤖 Assistant", "user"),
    "quantization/bare-answer.txt": (None, None, "assistant"),
    "rotational-dynamics/user-assistant.txt": (r"^User:", r"^Assistant:", "user"),
    "rotational-dynamics/bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*", "user"),
    "rotational-dynamics/quoted-user.md": ("QUOTE", None, "assistant"),
    "rotational-dynamics/terse-table.md": (r"^You:", r"^ChatGPT:", "user"),
    "rotational-dynamics/human-assistant.md": (r"^Human:", r"^Assistant:", "user"),
}

errors = []


def err(msg):
    errors.append(msg)


def plain_assistant_lines(rel, text):
    user_re, asst_re, role = TURNS[rel]
    out = []
    for line in text.splitlines():
        if user_re == "QUOTE":
            if not line.startswith(">"):
                out.append(line)
            continue
        if user_re and re.match(user_re, line):
            role = "user"
        elif asst_re and re.match(asst_re, line):
            role = "assistant"
        if role == "assistant":
            out.append(line)
    return out


def pick_conversation(convs, title, key):
    if title is None:
        if len(convs) != 1:
            err(f"{key}: export has {len(convs)} conversations but no 'conversation' given")
            return None
        return convs[0]
    hits = [c for c in convs if c.get("title", c.get("name")) == title]
    if len(hits) != 1:
        err(f"{key}: conversation {title!r} matched {len(hits)} times")
        return None
    return hits[0]


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:
        leaves = [n for n in mapping.values()
                  if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"].get("create_time") or 0)["id"]
    lines = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            for p in m["content"].get("parts", []):
                if isinstance(p, str):
                    lines.extend(p.splitlines())
        node = n.get("parent")
    return lines


def claude_lines(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines.extend(b["text"].splitlines())
    return lines


def graded_lines(setname, fname, label):
    path = os.path.join(ROOT, setname, "transcripts", fname)
    rel = f"{setname}/{fname}"
    text = open(path, encoding="utf-8").read()
    if fname.endswith(".json"):
        data = json.loads(text)
        conv = pick_conversation(data, label.get("conversation"), rel)
        if conv is None:
            return []
        if "mapping" in conv:
            return chatgpt_lines(conv)
        if "chat_messages" in conv:
            return claude_lines(conv)
        err(f"{rel}: unknown export shape")
        return []
    if rel not in TURNS:
        err(f"{rel}: no turn-marker entry in TURNS")
        return []
    return plain_assistant_lines(rel, text)


counts = {v: 0 for v in VERDICTS}
total = 0
for setname in SETS:
    d = os.path.join(ROOT, setname)
    r = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True)
    if r.returncode != 0 or "key agrees" not in r.stdout:
        err(f"{setname}: answers.py does not confirm the key:\n{r.stdout}{r.stderr}")
    key = yaml.safe_load(open(os.path.join(d, "key.yaml"), encoding="utf-8"))["parts"]
    key_ids = {str(k) for k in key}
    labels = yaml.safe_load(open(os.path.join(d, "labels.yaml"), encoding="utf-8"))
    files = sorted(os.listdir(os.path.join(d, "transcripts")))
    for f in files:
        if f not in labels:
            err(f"{setname}/{f}: transcript has no labels")
    for f, lab in labels.items():
        if f not in files:
            err(f"{setname}: labels for missing transcript {f}")
            continue
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != key_ids:
            err(f"{setname}/{f}: labelled parts {sorted(parts)} != key parts {sorted(key_ids)}")
        lines = graded_lines(setname, f, lab)
        for pid, pl in parts.items():
            where = f"{setname}/{f} {pid}"
            v = pl.get("verdict")
            if v not in VERDICTS:
                err(f"{where}: bad verdict {v!r}")
                continue
            counts[v] += 1
            total += 1
            ans = pl.get("answer")
            if v == "missing" and ans is not None:
                err(f"{where}: missing must have answer null")
            if v != "missing" and ans is None:
                err(f"{where}: answer required")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                err(f"{where}: unclear needs a list of >= 2 candidates")
            if v in ("correct", "incorrect") and isinstance(ans, list):
                err(f"{where}: a single answer expected")
            ev = pl.get("evidence")
            if ev is None:
                if v != "missing":
                    err(f"{where}: evidence required for verdict {v}")
                continue
            if "\n" in ev or not any(ev in line for line in lines):
                err(f"{where}: evidence not found on one line of graded assistant text: {ev!r}")

for e in errors:
    print("ERROR:", e)
print(f"{total} labels:", ", ".join(f"{k} {counts[k]}" for k in sorted(counts)),
      f"({100 * counts['correct'] / max(total, 1):.1f}% correct)")
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
