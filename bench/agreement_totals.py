#!/usr/bin/env python3
"""Development totals over every independent corpus, and the corpora whose figures changed.

    python3 bench/agreement_totals.py BIN [--grading | --solve] [--save FILE] [--compare FILE] [--skip NAME ...]

Runs bench/grading_agreement.py on each folder of Tests/Fixtures/independent/grading/ and
bench/solve_agreement.py on each folder of Tests/Fixtures/independent/solve/ (skipping
`generators`), prints one line per corpus and the totals. --save writes the per-corpus lines
as JSON; --compare reads such a file and lists the corpora whose figures differ, so a change
can be checked for regressions on every corpus at once. --skip leaves out the named corpus
folders (repeatable): held-out corpora stay unread until their one final run.
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "independent")


def skipped():
    return {sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == "--skip"}


def corpora(kind):
    folder = os.path.join(FIXTURES, kind)
    names = [n for n in os.listdir(folder) if os.path.isdir(os.path.join(folder, n)) and n != "generators" and n not in skipped()]
    return sorted(names, key=lambda n: (re.sub(r"\d+", "", n), int(re.sub(r"\D", "", n) or 0)))


def run(script, binary, folder):
    done = subprocess.run([sys.executable, os.path.join(ROOT, "bench", script), binary, folder],
                          capture_output=True, text=True)
    return done.stdout


def grading(binary):
    figures = {}
    for name in corpora("grading"):
        out = run("grading_agreement.py", binary, os.path.join(FIXTURES, "grading", name))
        match = re.search(r"agreement: (\d+)/(\d+).*?graded correct: (\d+)", out)
        figures[name] = [int(match.group(i)) for i in (1, 2, 3)] if match else None
    return figures


def solving(binary):
    figures = {}
    for name in corpora("solve"):
        out = run("solve_agreement.py", binary, os.path.join(FIXTURES, "solve", name))
        row = []
        for form in ("source", "pasted.txt"):
            match = re.search(r"total " + re.escape(form) + r": correct (\d+)/(\d+).*?wrong (\d+)", out)
            row += [int(match.group(i)) for i in (1, 2, 3)] if match else [0, 0, 0]
        figures[name] = row
    return figures


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    binary = os.path.abspath(sys.argv[1])
    figures = {}
    if "--solve" not in sys.argv:
        figures["grading"] = grading(binary)
        rows = [r for r in figures["grading"].values() if r]
        agree, labels, wrong = (sum(r[i] for r in rows) for i in range(3))
        missing = [n for n, r in figures["grading"].items() if r is None]
        print(f"grading: {agree}/{labels} = {100 * agree / max(labels, 1):.1f} % over {len(rows)} corpora; "
              f"wrong answers graded correct: {wrong}" + (f"; not read: {', '.join(missing)}" if missing else ""))
    if "--grading" not in sys.argv:
        figures["solve"] = solving(binary)
        rows = list(figures["solve"].values())
        s = [sum(r[i] for r in rows) for i in range(6)]
        print(f"solve, source: {s[0]}/{s[1]} = {100 * s[0] / max(s[1], 1):.1f} %, wrong {s[2]}; "
              f"pasted: {s[3]}/{s[4]} = {100 * s[3] / max(s[4], 1):.1f} %, wrong {s[5]} ({len(rows)} corpora)")
    if "--save" in sys.argv:
        with open(sys.argv[sys.argv.index("--save") + 1], "w") as f:
            json.dump(figures, f, indent=1, sort_keys=True)
    if "--compare" in sys.argv:
        with open(sys.argv[sys.argv.index("--compare") + 1]) as f:
            before = json.load(f)
        for kind, rows in figures.items():
            for name, row in rows.items():
                old = before.get(kind, {}).get(name)
                if old is not None and old != row:
                    print(f"changed {kind}/{name}: {old} -> {row}")


if __name__ == "__main__":
    main()
