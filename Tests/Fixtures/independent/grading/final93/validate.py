#!/usr/bin/env python3
"""Consistency checks for the final93 grading corpus.

For every set (a folder with key.yaml):
  * answers.py runs and every value it prints agrees with key.yaml (within the key's tolerance,
    or to 1e-9 relative when the key has none);
  * labels.yaml has an entry for every transcript file and nothing else, and each entry covers every
    key part exactly once (no extra parts; duplicate YAML keys are rejected);
  * each verdict is valid; answer is null iff missing, a list of >= 2 iff unclear;
  * a correct/incorrect answer agrees/disagrees with the key (numbers, choices, true/false);
  * each evidence string is a substring of one line of the graded assistant text
    (exports: assistant text messages of the graded branch only).
Usage: python3 validate.py      (exit status 1 on any problem)
"""
import json, os, re, subprocess, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = {"correct", "incorrect", "missing", "unclear"}
problems = []


def bad(msg):
    problems.append(msg)


class UniqueKeyLoader(yaml.SafeLoader):
    pass


def _map(loader, node, deep=False):
    seen = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, "duplicate key %r" % (key,), k.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _map)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=UniqueKeyLoader)


# ------------------------------------------------------------ graded assistant text
USER_RE = re.compile(r"^(User:|Human:|You:|You said:|\*\*You:\*\*|\*\*User:\*\*|#### You:|## 👤 User\b|Q\d+:)\s*")
ASSIST_RE = re.compile(r"^(Assistant:|Claude:|ChatGPT:|ChatGPT said:|\*\*ChatGPT:\*\*|\*\*Assistant:\*\*|#### ChatGPT:|## 🤖 Assistant\b|A\d+:)\s*")


def text_assistant_lines(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    has_markers = any(USER_RE.match(l) or ASSIST_RE.match(l) for l in lines)
    out, role = [], None if has_markers else "assistant"
    for l in lines:
        m_u, m_a = USER_RE.match(l), ASSIST_RE.match(l)
        if m_u:
            role, l = "user", l[m_u.end():]
        elif m_a:
            role, l = "assistant", l[m_a.end():]
        elif not has_markers:
            # no turn markers: '> ' quoted lines are the user's turns, the rest is the assistant
            if l.startswith(">"):
                continue
        if role == "assistant":
            out.append(l)
    return out


def pick_conversation(convs, title, fname):
    if title is None:
        if len(convs) != 1:
            bad("%s: several conversations but the label names none" % fname)
            return None
        return convs[0]
    hits = [c for c in convs if c.get("title", c.get("name")) == title]
    if len(hits) != 1:
        bad("%s: conversation %r found %d times" % (fname, title, len(hits)))
        return None
    return hits[0]


def chatgpt_lines(conv):
    mapping = conv["mapping"]
    node = conv.get("current_node")
    if node is None:  # leaf with the latest create_time
        leaves = [n for n in mapping.values() if n.get("message") and not n.get("children")]
        node = max(leaves, key=lambda n: n["message"]["create_time"] or 0)["id"]
    out = []
    while node is not None:
        n = mapping[node]
        m = n.get("message")
        if m and m["author"]["role"] == "assistant" and m["content"]["content_type"] == "text":
            for p in m["content"]["parts"]:
                if isinstance(p, str):
                    out.extend(p.split("\n"))
        node = n.get("parent")
    return out


def claude_lines(conv):
    out = []
    for m in conv["chat_messages"]:
        if m["sender"] != "assistant":
            continue
        for b in m["content"]:
            if b["type"] == "text":
                out.extend(b["text"].split("\n"))
    return out


def assistant_lines(path, title):
    if path.endswith(".json"):
        data = json.load(open(path, encoding="utf-8"))
        conv = pick_conversation(data, title, os.path.basename(path))
        if conv is None:
            return []
        return chatgpt_lines(conv) if "mapping" in conv else claude_lines(conv)
    return text_assistant_lines(path)


# ------------------------------------------------------------ answer comparison
def num(s):
    s = str(s).replace("−", "-").replace(",", "").strip()
    return float(s)


def matches_key(spec, ans):
    """True/False when the label answer can be compared to the key, None when not."""
    if "answer" in spec:
        try:
            a, k = num(ans), float(spec["answer"])
        except ValueError:
            return None
        tol = spec.get("tolerance")
        if tol is not None:
            return abs(a - k) <= float(tol) + 1e-12
        return abs(a - k) <= 1e-9 * max(1.0, abs(k))
    if "choice" in spec:
        return str(ans).strip().upper() == str(spec["choice"]).upper()
    if "text" in spec:
        return str(ans).strip().lower() == str(spec["text"]).lower()
    return None


def check_set(d):
    key = load(os.path.join(d, "key.yaml"))["parts"]
    name = os.path.basename(d)
    # answers.py
    res = subprocess.run([sys.executable, os.path.join(d, "answers.py")], capture_output=True, text=True)
    if res.returncode != 0:
        bad("%s: answers.py failed: %s" % (name, res.stderr.strip()))
    else:
        computed = json.loads(res.stdout)
        for pid, val in computed.items():
            spec = key.get(pid)
            if spec is None or "answer" not in spec:
                bad("%s: answers.py prints %s, which has no numeric key" % (name, pid))
                continue
            tol = float(spec.get("tolerance", 1e-9 * max(1.0, abs(val))))
            if abs(float(spec["answer"]) - val) > tol + 1e-12:
                bad("%s/%s: key %s but answers.py gives %r" % (name, pid, spec["answer"], val))
        for pid, spec in key.items():
            if "answer" in spec and pid not in computed:
                bad("%s/%s: numeric key not computed by answers.py" % (name, pid))
    # labels
    labels = load(os.path.join(d, "labels.yaml"))
    tdir = os.path.join(d, "transcripts")
    files = sorted(os.listdir(tdir))
    if sorted(labels) != files:
        bad("%s: labelled files %s != transcripts %s" % (name, sorted(labels), files))
    counts = {v: 0 for v in VERDICTS}
    for fname, entry in labels.items():
        parts = entry.get("parts", {})
        if set(map(str, parts)) != set(map(str, key)):
            bad("%s/%s: parts %s != key parts %s" % (name, fname, sorted(map(str, parts)), sorted(map(str, key))))
        path = os.path.join(tdir, fname)
        lines = assistant_lines(path, entry.get("conversation")) if os.path.exists(path) else []
        for pid, lab in parts.items():
            where = "%s/%s/%s" % (name, fname, pid)
            v = lab.get("verdict")
            if v not in VERDICTS:
                bad("%s: bad verdict %r" % (where, v))
                continue
            counts[v] += 1
            ans, ev = lab.get("answer"), lab.get("evidence")
            if (v == "missing") != (ans is None):
                bad("%s: answer must be null exactly when missing" % where)
            if v == "unclear" and not (isinstance(ans, list) and len(set(map(str, ans))) >= 2):
                bad("%s: unclear needs a list of >= 2 different candidates" % where)
            if v in ("correct", "incorrect"):
                m = matches_key(key[pid], ans)
                if m is None:
                    bad("%s: cannot compare answer %r with key" % (where, ans))
                elif m != (v == "correct"):
                    bad("%s: verdict %s but answer %r vs key %s" % (where, v, ans, key[pid]))
            if v == "missing" and ev is not None:
                bad("%s: missing with evidence" % where)
            if v != "missing":
                if not ev:
                    bad("%s: evidence required" % where)
                elif not any(ev in l for l in lines):
                    bad("%s: evidence not in one line of graded assistant text: %r" % (where, ev))
    return counts


def main():
    total = {v: 0 for v in VERDICTS}
    for d in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, d)
        if os.path.isfile(os.path.join(full, "key.yaml")):
            c = check_set(full)
            print("%-20s %s" % (d, " ".join("%s=%d" % (k, c[k]) for k in sorted(c))))
            for k in c:
                total[k] += c[k]
    print("%-20s %s  (all=%d)" % ("TOTAL", " ".join("%s=%d" % (k, total[k]) for k in sorted(total)), sum(total.values())))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
