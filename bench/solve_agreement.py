#!/usr/bin/env python3
"""Agreement of `hwlens solve` with the answers of an independent corpus.

Usage: bench/solve_agreement.py HWLENS_BIN FOLDER [-v]

FOLDER holds one directory per problem set with `expected.yaml` (written by that set's
`answers.py`) and the forms of the set: the source (`problems.tex|md|txt`), `pasted.txt`
and `problems.pdf` when present. Every form is solved without a key (`hwlens solve FILE
--format json`) and each labelled part is counted as

  correct     answered, and the answer equals the label (within its tolerance);
  wrong       answered with another value — the outcome that must never happen;
  unanswered  computable but not answered (abstaining is allowed, only less useful);
  overreach   answered although the label says the text does not determine an answer.

Numbers compare within the label's absolute `tolerance`, or 1e-6 relative when it gives
none (hwlens reports exact values; labels may be rounded). Shapes compare in the label's
order; a shape that hwlens reports in another named layout is reordered first. Choices and
booleans compare case-insensitively. An answer hwlens gives as an expression or text for a
numeric label is counted `unclear` (neither correct nor wrong) and listed with -v.
"""
import json
import os
import subprocess
import sys

import yaml

SOURCES = ("problems.tex", "problems.md", "problems.txt")


def forms(directory):
    found = [name for name in SOURCES if os.path.exists(os.path.join(directory, name))][:1]
    found += [name for name in ("pasted.txt", "problems.pdf") if os.path.exists(os.path.join(directory, name))]
    return found


def numbers(value):
    """A flat list of floats, or None when the value is not numeric."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return [float(value)]
    if isinstance(value, list):
        out = []
        for item in value:
            inner = numbers(item)
            if inner is None:
                return None
            out += inner
        return out
    if isinstance(value, str):
        try:
            return [float(value)]
        except ValueError:
            return None
    return None


def reorder(shape, layout, wanted):
    if not layout or not wanted or sorted(layout) != sorted(wanted) or len(layout) != len(shape):
        return shape
    return [shape[layout.index(axis)] for axis in wanted]


def close(got, expected, tolerance):
    if len(got) != len(expected):
        return False
    for a, b in zip(got, expected):
        limit = tolerance if tolerance is not None else max(1e-9, 1e-6 * abs(b))
        if abs(a - b) > limit + 1e-12:
            return False
    return True


def judge(label, answer):
    """correct, wrong or unclear for an answered part."""
    kind = str(label.get("answer_kind", "")).lower()
    expected = label.get("answer")
    tolerance = label.get("tolerance")
    tolerance = float(tolerance) if tolerance is not None else None
    value = answer.get("value")
    if kind in ("choice", "choices", "boolean") or isinstance(expected, bool):
        def norm(v):
            if isinstance(v, list):
                return sorted(norm(x) for x in v)
            text = str(v).strip().strip("()").lower()
            return {"t": "true", "f": "false"}.get(text, text)
        if answer.get("type") in ("choice", "text"):
            return "correct" if norm(value if kind != "choices" else str(value).replace(" ", "").split(",")) == norm(expected) else "wrong"
        return "unclear"
    want = numbers(expected)
    if want is None:
        return "correct" if str(value).strip().lower() == str(expected).strip().lower() else "unclear"
    if answer.get("type") in ("expression", "text", "choice"):
        return "unclear"
    if answer.get("type") == "shape":
        value = reorder(value, answer.get("layout"), label.get("layout"))
    got = numbers(value)
    if got is None:
        return "unclear"
    return "correct" if close(got, want, tolerance) else "wrong"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, folder, verbose = sys.argv[1], sys.argv[2], "-v" in sys.argv
    totals = {}
    for name in sorted(os.listdir(folder)):
        directory = os.path.join(folder, name)
        path = os.path.join(directory, "expected.yaml")
        if not os.path.isfile(path):
            continue
        with open(path) as handle:
            labels = yaml.safe_load(handle)
        parts = {str(p["id"]): p for p in labels.get("parts") or []}
        for form in forms(directory):
            kind = "source" if form in SOURCES else form
            run = subprocess.run([binary, "solve", os.path.join(directory, form), "--format", "json"],
                                 capture_output=True, text=True, timeout=300)
            try:
                document = json.loads(run.stdout)
            except json.JSONDecodeError:
                document = {"parts": []}
                print(f"{name}/{form}: no JSON ({run.stderr.strip().splitlines()[:1]})")
            answers = {str(p["id"]): p for p in document.get("parts", []) if p.get("answer") is not None and p.get("source") == "recognition"}
            found = {str(p["id"]) for p in document.get("parts", [])} | set(map(str, document.get("unanswered", [])))
            counts = {"computable": 0, "correct": 0, "wrong": 0, "unclear": 0, "unanswered": 0, "overreach": 0,
                      "ids": len(parts), "ids found": len(found & set(parts))}
            notes = []
            for pid, label in parts.items():
                answer = answers.get(pid)
                if label.get("computable"):
                    counts["computable"] += 1
                    if answer is None:
                        counts["unanswered"] += 1
                        notes.append(f"   unanswered {pid} ({label.get('family', '')})")
                        continue
                    verdict = judge(label, answer["answer"])
                    counts[verdict] += 1
                    if verdict != "correct":
                        notes.append(f"   {verdict} {pid}: got {json.dumps(answer['answer'].get('value'))} by {answer.get('solver')}, expected {json.dumps(label.get('answer'))} ({label.get('family', '')})")
                elif answer is not None:
                    counts["overreach"] += 1
                    notes.append(f"   overreach {pid}: got {json.dumps(answer['answer'].get('value'))} by {answer.get('solver')} ({label.get('why', '')})")
            bucket = totals.setdefault(kind, dict.fromkeys(counts, 0))
            for key, value in counts.items():
                bucket[key] += value
            print(f"{name}/{form}: answered {counts['correct']}/{counts['computable']} correct, wrong {counts['wrong']}, "
                  f"unclear {counts['unclear']}, overreach {counts['overreach']}, ids {counts['ids found']}/{counts['ids']}")
            if verbose and found - set(parts):
                print("   ids not in the labels:", " ".join(sorted(found - set(parts))))
            if verbose:
                for note in notes:
                    print(note)
    for kind, t in totals.items():
        share = 100 * t["correct"] / t["computable"] if t["computable"] else 0
        print(f"total {kind}: correct {t['correct']}/{t['computable']} ({share:.1f} %), wrong {t['wrong']}, "
              f"unclear {t['unclear']}, unanswered {t['unanswered']}, overreach {t['overreach']}, ids {t['ids found']}/{t['ids']}")


if __name__ == "__main__":
    main()
