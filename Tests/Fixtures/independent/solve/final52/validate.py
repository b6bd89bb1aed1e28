"""Check: every set has one source, expected.yaml ids match the ids expected from the source,
computable answers present, no stray build files."""
import os, re, sys, yaml
root = sys.argv[1]
ok = True
for s in sorted(os.listdir(root)):
    d = os.path.join(root, s)
    if not os.path.isdir(d):
        continue
    srcs = [f for f in os.listdir(d) if f.startswith("problems.") and f.split(".")[-1] in ("tex", "md", "txt")]
    assert len(srcs) == 1, (s, srcs)
    y = yaml.safe_load(open(os.path.join(d, "expected.yaml")))
    assert y["set"] == s and y["source"] == srcs[0], s
    ids = [p["id"] for p in y["parts"]]
    assert len(ids) == len(set(ids)), (s, "duplicate ids")
    src = open(os.path.join(d, srcs[0])).read()
    # independent id extraction per style
    got = []
    if s == "cnn-exam":
        q = 0
        for line in src.splitlines():
            if line.startswith("\\question"):
                q += 1; n = 0
            elif line.startswith("\\part"):
                got.append(f"{q}{'abcdefgh'[n]}"); n += 1
    elif s == "normopt-env":
        e = 0
        for line in src.splitlines():
            if line.startswith("\\begin{exercise}"):
                e += 1; n = 0; depth = 0
            elif line.startswith("\\begin{enumerate}"):
                depth += 1
            elif line.startswith("\\end{enumerate}"):
                depth -= 1
            elif line.startswith("\\item") and depth == 0:
                got.append(f"3.{e}{'abcdefgh'[n]}"); n += 1
    elif s == "seq-attn-md":
        p = None
        for line in src.splitlines():
            m = re.match(r"## (\d+)\.", line)
            if m: p = m.group(1)
            m = re.match(r"\*\*\((\w)\)\*\*", line)
            if m: got.append(p + m.group(1))
    elif s == "mlp-txt":
        p = None
        for line in src.splitlines():
            m = re.match(r"Q(\d+)\.", line)
            if m: p = m.group(1)
            m = re.match(r"  (\w)\) ", line)
            if m: got.append(p + m.group(1))
    if got != ids:
        ok = False; print(s, "ID MISMATCH", got, ids)
    for p in y["parts"]:
        if p["computable"]:
            assert "answer" in p and "answer_kind" in p and "family" in p, p
            if p["answer_kind"] == "real":
                assert "tolerance" in p, p
        else:
            assert p.get("why"), p
    if srcs[0].endswith(".tex"):
        for need in ("pasted.txt", "build_pasted.sh"):
            assert os.path.exists(os.path.join(d, need)), (s, need)
    stray = [f for f in os.listdir(d) if f.endswith((".aux", ".log", ".out", ".synctex.gz"))]
    assert not stray, (s, stray)
    c = sum(p["computable"] for p in y["parts"])
    print(f"{s}: {len(ids)} parts, {c} computable, {len(ids)-c} not computable")
print("OK" if ok else "FAIL")
