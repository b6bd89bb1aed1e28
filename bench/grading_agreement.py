#!/usr/bin/env python3
"""Agreement of `hwlens grade` with the hand labels of an independent corpus.

    bench/grading_agreement.py HWLENS_BIN HALF [-v]

HALF is a folder of problem sets (Tests/Fixtures/independent/grading/dev, or .../final:
the held-out half, to be run once). Each set has problems.(tex|md), key.yaml,
transcripts/ and labels.yaml. Every transcript is graded with the key given; each labelled
part counts as agreeing when hwlens gives the hand verdict. A part hwlens does not report
counts as disagreeing. Prints per-set and total agreement and every wrong `correct`.
"""
import glob
import json
import os
import subprocess
import sys

import yaml


def grade(binary, folder, transcript, conversation):
    problems = next(p for p in (os.path.join(folder, n) for n in ("problems.tex", "problems.md", "problems.txt")) if os.path.exists(p))
    command = [binary, "grade", "--problems", problems, "--key", os.path.join(folder, "key.yaml"), "--format", "json"]
    if conversation:
        command += ["--conversation", conversation]
    run = subprocess.run(command + [transcript], capture_output=True, text=True)
    if run.returncode != 0 or not run.stdout.strip():
        return {}, run.stderr.strip()
    report = json.loads(run.stdout.splitlines()[0])
    return {v["part"]: v for v in report["verdicts"]}, run.stderr.strip()


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    binary, half = os.path.abspath(sys.argv[1]), sys.argv[2]
    verbose = "-v" in sys.argv
    total = agreed = false_correct = 0
    by_label = {}
    for folder in sorted(glob.glob(os.path.join(half, "*", ""))):
        labels_path = os.path.join(folder, "labels.yaml")
        if not os.path.exists(labels_path):
            continue
        labels = yaml.safe_load(open(labels_path))
        set_total = set_agreed = 0
        for name, entry in labels.items():
            verdicts, errors = grade(binary, folder, os.path.join(folder, "transcripts", name), entry.get("conversation"))
            if errors and verbose:
                print(f"  {name}: {errors}")
            for part, label in entry["parts"].items():
                part = str(part)
                got = verdicts.get(part, {})
                kind = got.get("kind", "(not reported)")
                want = label["verdict"]
                set_total += 1
                by_label.setdefault(want, [0, 0])[1] += 1
                if kind == want:
                    set_agreed += 1
                    by_label[want][0] += 1
                else:
                    if kind == "correct":
                        false_correct += 1
                        print(f"FALSE CORRECT {os.path.basename(folder[:-1])}/{name} {part}: labelled {want} ({label.get('answer')}), read {got.get('extracted')}")
                    if verbose:
                        print(f"  {os.path.basename(folder[:-1])}/{name} {part}: hwlens {kind} ({got.get('extracted')}), label {want} ({label.get('answer')})")
        print(f"{os.path.basename(folder[:-1])}: {set_agreed}/{set_total}")
        total += set_total
        agreed += set_agreed
    print("by label: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_label.items())))
    print(f"agreement: {agreed}/{total} = {100 * agreed / max(total, 1):.1f} %; wrong answers graded correct: {false_correct}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
