#!/usr/bin/env python3
"""Checks the corpus: verdicts valid, every key part labelled for every transcript, evidence is a
substring of one line of the graded assistant text, and numeric keys agree with answers.py."""
import json, os, re, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
errors = []

# plain transcripts: (user-turn regex, assistant-turn regex); a marker line belongs to its turn
MARKERS = {
    "chat-copy.md": (r"^#### You:", r"^#### ChatGPT:"),
    "pdf-print.txt": (r"^You said:", r"^ChatGPT said:"),
    "student-notes.txt": (r"^Q\d+:", r"^A\d+:"),
    "you-said.txt": (r"^You said:", r"^ChatGPT said:"),
    "user-assistant.md": (r"^User:", r"^Assistant:"),
    "emoji-headings.md": (r"^## 👤", r"^## 🤖"),
    "human-claude.txt": (r"^Human:", r"^Claude:"),
    "bold-you.md": (r"^\*\*You:\*\*", r"^\*\*ChatGPT:\*\*"),
    "terse-chatgpt.txt": (r"^You:", r"^ChatGPT:"),
}


def plain_assistant_lines(name, text):
    lines = text.split("\n")
    if name == "bare-answer.md":
        return lines
    if name == "quoted-user.md":
        return [l for l in lines if not l.startswith(">")]
    user_re, asst_re = MARKERS[name]
    out, state = [], None
    for l in lines:
        if re.match(user_re, l):
            state = "user"
        elif re.match(asst_re, l):
            state = "assistant"
        if state == "assistant":
            out.append(l)
    return out


def chatgpt_branch(conv):
    m = conv["mapping"]
    cur = conv.get("current_node")
    if cur is None:  # latest leaf by create_time
        leaves = [k for k, v in m.items() if not v.get("children") and v.get("message")]
        cur = max(leaves, key=lambda k: m[k]["message"]["create_time"] or 0)
    chain = []
    while cur is not None:
        chain.append(m[cur])
        cur = m[cur]["parent"]
    return list(reversed(chain))


def export_assistant_lines(data, conv_name):
    convs = data
    if conv_name is not None:
        convs = [c for c in data if c.get("title", c.get("name")) == conv_name]
    if len(convs) != 1:
        raise ValueError(f"cannot pick graded conversation ({len(convs)} candidates)")
    c = convs[0]
    lines = []
    if "mapping" in c:
        for node in chatgpt_branch(c):
            msg = node["message"]
            if msg and msg["author"]["role"] == "assistant" and msg["content"]["content_type"] == "text":
                for p in msg["content"]["parts"]:
                    lines += p.split("\n")
    else:
        for msg in c["chat_messages"]:
            if msg["sender"] == "assistant":
                for b in msg["content"]:
                    if b["type"] == "text":
                        lines += b["text"].split("\n")
    return lines


def check_answers_py(setdir, key):
    out = subprocess.run([sys.executable, os.path.join(setdir, "answers.py")], capture_output=True, text=True, check=True).stdout
    printed = {}
    for line in out.splitlines():
        pid, _, rest = line.partition(" ")
        printed[pid] = rest
    for pid, spec in key.items():
        if "answer" not in spec:
            continue
        if str(pid) not in printed:
            errors.append(f"{setdir}: answers.py prints nothing for {pid}")
            continue
        nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", printed[str(pid)])]
        want = spec["answer"] if isinstance(spec["answer"], list) else [spec["answer"]]
        want = [x for row in want for x in (row if isinstance(row, list) else [row])]
        got = nums[: len(want)]
        tol = spec.get("tolerance", 0)
        if len(got) != len(want) or any(abs(float(g) - float(w)) > max(tol, 1e-6 * max(1, abs(float(w)))) for g, w in zip(got, want)):
            errors.append(f"{setdir}: key {pid}={spec['answer']} but answers.py prints {printed[str(pid)]!r}")


counts = {}
for s in sorted(os.listdir(ROOT)):
    setdir = os.path.join(ROOT, s)
    if not os.path.isfile(os.path.join(setdir, "key.yaml")):
        continue
    key = yaml.safe_load(open(os.path.join(setdir, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    check_answers_py(setdir, key)
    labels = yaml.safe_load(open(os.path.join(setdir, "labels.yaml")))
    files = sorted(os.listdir(os.path.join(setdir, "transcripts")))
    if set(files) != set(labels):
        errors.append(f"{s}: transcripts {files} vs labelled {sorted(labels)}")
    for name in files:
        if name not in labels:
            continue
        lab = labels[name]
        path = os.path.join(setdir, "transcripts", name)
        try:
            if name.endswith(".json"):
                lines = export_assistant_lines(json.load(open(path, encoding="utf-8")), lab.get("conversation"))
            else:
                lines = plain_assistant_lines(name, open(path, encoding="utf-8").read())
        except Exception as e:  # noqa
            errors.append(f"{s}/{name}: {e}")
            continue
        parts = {str(k): v for k, v in lab["parts"].items()}
        if set(parts) != set(key):
            errors.append(f"{s}/{name}: labelled parts {sorted(parts)} != key parts {sorted(key)}")
        for pid, L in parts.items():
            v = L.get("verdict")
            where = f"{s}/{name} {pid}"
            if v not in VERDICTS:
                errors.append(f"{where}: bad verdict {v!r}")
                continue
            counts[v] = counts.get(v, 0) + 1
            ans, ev = L.get("answer"), L.get("evidence")
            if v == "missing" and ans is not None:
                errors.append(f"{where}: missing but answer given")
            if v == "unclear" and not (isinstance(ans, list) and len(ans) >= 2):
                errors.append(f"{where}: unclear needs a list of candidates")
            if v in ("correct", "incorrect") and (ans is None or isinstance(ans, list)):
                errors.append(f"{where}: {v} needs one answer")
            if v != "missing" and ev is None:
                errors.append(f"{where}: evidence required")
            if ev is not None and not any(ev in line for line in lines):
                errors.append(f"{where}: evidence not in one line of graded assistant text: {ev!r}")

for e in errors:
    print("ERROR", e)
print("counts:", counts, "total:", sum(counts.values()))
sys.exit(1 if errors else 0)
