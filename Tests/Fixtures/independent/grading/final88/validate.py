#!/usr/bin/env python3
"""Checks the final88 corpus: labels cover every key part exactly once per transcript, verdicts are valid,
evidence strings are substrings of one line of the graded assistant text, and answers.py agrees with key.yaml."""
import json, os, re, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["sigproc-sampling-filters", "rsa-modular", "actuarial-expected-values"]
VERDICTS = {"correct", "incorrect", "missing", "unclear"}

# plain transcripts: (user-turn marker, assistant-turn marker, state before the first marker)
# a marker matches at the start of a line; the rest of that line belongs to the new turn.
PLAIN = {
    "chat-user-assistant.md": (r"User:", r"Assistant:", None),
    "exporter-you-chatgpt.md": (r"#### You:", r"#### ChatGPT:", None),
    "student-q-a.txt": (r"Q\d+:", r"A\d+:", None),
    "pdf-print.txt": (r"You said:", r"ChatGPT said:", None),
    "you-said.txt": (r"You said:", r"ChatGPT said:", None),
    "bold-you.md": (r"\*\*You:\*\*", r"\*\*ChatGPT:\*\*", None),
    "emoji-dated.md": (r"## 👤 User", r"## 🤖 Assistant", None),
    "bare-assistant.txt": (None, None, "assistant"),
    "human-claude.txt": (r"Human:", r"Claude:", None),
    "user-assistant-bold.md": (r"\*\*User:\*\*", r"\*\*Assistant:\*\*", None),
    "you-chatgpt.txt": (r"You:", r"ChatGPT:", None),
    "quoted-user.md": ("QUOTED", None, "assistant"),
}


def plain_assistant_lines(path, name):
    um, am, state = PLAIN[name]
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if um == "QUOTED":
            if not line.startswith(">"):
                out.append(line)
            continue
        if um and re.match(um, line):
            state = "user"; continue
        if am and re.match(am, line):
            state = "assistant"; line = re.sub("^" + am, "", line)
        if state == "assistant":
            out.append(line)
    return out


def chatgpt_lines(conv):
    m = conv["mapping"]
    node = conv.get("current_node")
    if node is None:  # latest-created leaf
        leaves = [n for n in m.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    out = []
    while node:
        msg = m[node].get("message")
        if msg and msg["author"]["role"] == "assistant" and msg["content"].get("content_type") == "text" \
                and msg.get("recipient", "all") == "all":
            for p in msg["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.splitlines())
        node = m[node].get("parent")
    return out


def claude_lines(conv):
    out = []
    for msg in conv["chat_messages"]:
        if msg["sender"] == "assistant":
            for b in msg["content"]:
                if b["type"] == "text":
                    out.extend(b["text"].splitlines())
    return out


def graded_lines(path, name, conversation):
    if name.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        convs = [c for c in data if (c.get("title") or c.get("name")) == conversation] if conversation else data
        if len(convs) != 1:
            raise ValueError(f"{name}: graded conversation not uniquely identified")
        c = convs[0]
        return chatgpt_lines(c) if "mapping" in c else claude_lines(c)
    return plain_assistant_lines(path, name)


def num(x):
    if isinstance(x, str) and "/" in x:
        a, b = x.split("/"); return float(a) / float(b)
    return float(x)


errors = []
counts = {}
for s in SETS:
    d = os.path.join(ROOT, s)
    key = yaml.safe_load(open(os.path.join(d, "key.yaml")))["parts"]
    key = {str(k): v for k, v in key.items()}
    # answers.py agrees with key.yaml
    outp = subprocess.run([sys.executable, "answers.py"], cwd=d, capture_output=True, text=True, check=True).stdout
    computed = dict(line.split(None, 1) for line in outp.strip().splitlines())
    for pid, spec in key.items():
        if "answer" in spec and not isinstance(spec["answer"], list):
            if pid not in computed:
                errors.append(f"{s}: answers.py does not print {pid}"); continue
            tol = spec.get("tolerance", 1e-9)
            if abs(num(computed[pid]) - num(spec["answer"])) > tol + 1e-9:
                errors.append(f"{s}: key {pid}={spec['answer']} but answers.py gives {computed[pid]}")
        elif "text" in spec and pid in computed and computed[pid].strip() != str(spec["text"]):
            errors.append(f"{s}: key {pid} text mismatch")
    # labels
    raw = open(os.path.join(d, "labels.yaml"), encoding="utf-8").read()
    labels = yaml.safe_load(raw)
    tdir = os.path.join(d, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        errors.append(f"{s}: labelled {sorted(labels)} vs transcripts {files}")
    for name, entry in labels.items():
        parts = {str(k): v for k, v in entry["parts"].items()}
        if len(parts) != len(entry["parts"]):
            errors.append(f"{s}/{name}: duplicate part ids")
        if set(parts) != set(key):
            errors.append(f"{s}/{name}: parts {sorted(parts)} != key {sorted(key)}")
        # exactly once: each key id appears once as a mapping key under this transcript in the raw text
        try:
            lines = graded_lines(os.path.join(tdir, name), name, entry.get("conversation"))
        except Exception as e:
            errors.append(f"{s}/{name}: {e}"); continue
        for pid, lab in parts.items():
            v = lab.get("verdict")
            counts[v] = counts.get(v, 0) + 1
            if v not in VERDICTS:
                errors.append(f"{s}/{name}/{pid}: bad verdict {v}")
            ans, ev = lab.get("answer"), lab.get("evidence")
            if v == "missing" and ans is not None:
                errors.append(f"{s}/{name}/{pid}: missing with an answer")
            if v == "unclear" and not (isinstance(ans, list) and len(set(ans)) >= 2):
                errors.append(f"{s}/{name}/{pid}: unclear needs >= 2 candidates")
            if v in ("correct", "incorrect") and not isinstance(ans, str):
                errors.append(f"{s}/{name}/{pid}: answer should be a string")
            if v != "missing" and not ev:
                errors.append(f"{s}/{name}/{pid}: evidence required")
            if ev and not any(ev in ln for ln in lines):
                errors.append(f"{s}/{name}/{pid}: evidence not in graded assistant text: {ev!r}")
            # sanity: numeric correct answers match the key
            spec = key[pid]
            if v in ("correct", "incorrect") and "answer" in spec:
                try:
                    a = float(ans.replace(",", ""))
                    tol = spec.get("tolerance", 1e-9)
                    ok = abs(a - num(spec["answer"])) <= tol + 1e-9
                    if ok != (v == "correct"):
                        errors.append(f"{s}/{name}/{pid}: verdict {v} but answer {ans} vs key {spec['answer']}")
                except ValueError:
                    errors.append(f"{s}/{name}/{pid}: non-numeric answer {ans!r}")
            if v in ("correct", "incorrect") and ("choice" in spec or "text" in spec):
                want = str(spec.get("choice", spec.get("text"))).lower()
                if (ans.lower() == want) != (v == "correct"):
                    errors.append(f"{s}/{name}/{pid}: verdict {v} but answer {ans} vs key {want}")
    # no raw duplicate keys (yaml would silently keep the last)
    for block in re.split(r"\n(?=\S)", raw):
        ids = re.findall(r"^    (\"?[\w.]+\"?):", block, flags=re.M)
        if len(ids) != len(set(ids)):
            errors.append(f"{s}: duplicate part id in a transcript block")

total = sum(counts.values())
print("labels:", total, counts)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
