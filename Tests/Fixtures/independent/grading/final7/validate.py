#!/usr/bin/env python3
"""Validate this corpus: labels cover every key part of every transcript, verdicts are valid,
and every evidence string is a substring of one line of the graded assistant text.
Also runs each set's answers.py (which asserts that key.yaml agrees with the computed values)."""
import json, os, re, subprocess, sys
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
USER_RE = re.compile(r"^(#### You:|Human:|You said:|User:|\*\*You:\*\*|## 👤|Q\d+:)")
ASSIST_RE = re.compile(r"^(#### ChatGPT:|Claude:|ChatGPT said:|Assistant:|\*\*ChatGPT:\*\*|## 🤖|A\d+:)")


def plain_assistant_lines(text):
    lines = text.splitlines()
    if any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines):
        out, role = [], None
        for l in lines:
            m = USER_RE.match(l)
            if m:
                role = "user"; continue
            m = ASSIST_RE.match(l)
            if m:
                role = "assistant"
                rest = l[m.end():].strip()
                if rest:
                    out.append(rest)
                continue
            if role == "assistant":
                out.append(l)
        return out
    # no turn markers: quoted lines are user turns, everything else is assistant text
    return [l for l in lines if not l.lstrip().startswith(">")]


def gpt_branch_text(conv):
    mp = conv["mapping"]
    cur = conv.get("current_node")
    if not cur:
        leaves = [k for k, n in mp.items() if not n.get("children") and n.get("message")]
        cur = max(leaves, key=lambda k: mp[k]["message"].get("create_time") or 0)
    chain = []
    while cur:
        chain.append(mp[cur]); cur = mp[cur].get("parent")
    lines = []
    for node in reversed(chain):
        m = node.get("message")
        if not m or m["author"]["role"] != "assistant":
            continue
        c = m["content"]
        if c.get("content_type") != "text":
            continue
        for p in c.get("parts", []):
            if isinstance(p, str):
                lines.extend(p.splitlines())
    return lines


def claude_text(conv):
    lines = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m.get("content", []):
            if b.get("type") == "text":
                lines.extend(b["text"].splitlines())
    return lines


def graded_lines(path, label, errs):
    if not path.endswith(".json"):
        return plain_assistant_lines(open(path, encoding="utf-8").read())
    data = json.load(open(path, encoding="utf-8"))
    kind = "gpt" if "mapping" in data[0] else "claude"
    namekey = "title" if kind == "gpt" else "name"
    want = label.get("conversation")
    if want is None:
        if len(data) != 1:
            errs.append(f"{path}: several conversations but no 'conversation' in label")
            return []
        conv = data[0]
    else:
        hits = [c for c in data if c[namekey] == want]
        if len(hits) != 1:
            errs.append(f"{path}: conversation {want!r} found {len(hits)} times")
            return []
        conv = hits[0]
    return gpt_branch_text(conv) if kind == "gpt" else claude_text(conv)


def main():
    errs, counts, n = [], {}, 0
    sets = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.yaml")))
    for s in sets:
        sd = os.path.join(ROOT, s)
        r = subprocess.run([sys.executable, os.path.join(sd, "answers.py")], capture_output=True, text=True)
        if r.returncode != 0 or "key agrees" not in r.stdout:
            errs.append(f"{s}: answers.py failed: {r.stderr.strip()[-300:]}")
        key = yaml.safe_load(open(os.path.join(sd, "key.yaml")))["parts"]
        labels = yaml.safe_load(open(os.path.join(sd, "labels.yaml")))
        files = sorted(os.listdir(os.path.join(sd, "transcripts")))
        if sorted(labels) != files:
            errs.append(f"{s}: labelled {sorted(labels)} vs files {files}")
        for fname, lab in labels.items():
            path = os.path.join(sd, "transcripts", fname)
            if not os.path.exists(path):
                continue
            lines = graded_lines(path, lab, errs)
            parts = lab.get("parts", {})
            if set(map(str, parts)) != set(map(str, key)):
                errs.append(f"{s}/{fname}: parts {sorted(map(str, parts))} != key {sorted(map(str, key))}")
            for pid, pl in parts.items():
                n += 1
                v = pl.get("verdict")
                where = f"{s}/{fname} {pid}"
                if v not in VERDICTS:
                    errs.append(f"{where}: bad verdict {v!r}"); continue
                counts[v] = counts.get(v, 0) + 1
                a, ev = pl.get("answer", "<absent>"), pl.get("evidence", "<absent>")
                if a == "<absent>" or ev == "<absent>":
                    errs.append(f"{where}: answer/evidence field absent")
                if v == "missing" and a is not None:
                    errs.append(f"{where}: missing needs answer null")
                if v == "unclear" and not (isinstance(a, list) and len(a) >= 2):
                    errs.append(f"{where}: unclear needs a list of candidates")
                if v in ("correct", "incorrect") and not isinstance(a, str):
                    errs.append(f"{where}: answer should be a string")
                if v != "missing" and ev is None:
                    errs.append(f"{where}: evidence required")
                if isinstance(ev, str) and not any(ev in l for l in lines):
                    errs.append(f"{where}: evidence not on one line of graded assistant text: {ev!r}")
    for e in errs:
        print("ERROR", e)
    print(f"{n} labels", counts)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
