#!/usr/bin/env python3
"""Agreement of `hwlens problems` with the hand labels of an independent problem-set corpus.

    bench/problems_agreement.py HWLENS_BIN HALF [-v]

HALF is a folder of problem sets (Tests/Fixtures/independent/problems/dev, or .../final:
the held-out half, to be run once). Each set has one problems.(tex|md|txt), perhaps a
pasted.txt (the same set pasted from its PDF, with the same labels) and expected.yaml.
Each form is segmented with `hwlens problems --format json`. A gradable unit is a part
that is not a container, or a problem without parts; it agrees when hwlens reports it
with the reader's id. Also counted: problems found, units hwlens invents (spurious),
options made parts, part kinds (mcq, true-false, select-all) and references resolved.
"""
import glob
import json
import os
import subprocess
import sys

import yaml


def segment(binary, path):
    run = subprocess.run([binary, "problems", "--format", "json", path], capture_output=True, text=True)
    if run.returncode != 0 or not run.stdout.strip():
        return None, run.stderr.strip()
    return json.loads(run.stdout.splitlines()[0]), run.stderr.strip()


def units(problems, container=lambda part: False):
    found = {}
    for problem in problems:
        parts = [p for p in problem.get("parts") or [] if not container(p)]
        if not (problem.get("parts") or []):
            found[str(problem["id"])] = {"kind": problem.get("kind")}
        for part in parts:
            found[str(part["id"])] = part
    return found


def main():
    binary, half = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv
    totals = dict(units=0, agree=0, problems=0, found=0, spurious=0, options=0, typed=0, typed_ok=0, refs=0, refs_ok=0,
                  extra_refs=0, mistyped=0, facts=0, facts_ok=0, titles=0, titles_ok=0)
    for folder in sorted(glob.glob(os.path.join(half, "*/"))):
        expected = yaml.safe_load(open(os.path.join(folder, "expected.yaml")))
        wanted = units(expected["problems"], container=lambda p: p.get("container"))
        containers = {str(p["id"]) for q in expected["problems"] for p in q.get("parts") or [] if p.get("container")}
        option_ids = {str(p["id"]) + o.lower() for q in expected["problems"] for p in q.get("parts") or [] for o in p.get("options") or []}
        option_ids |= {str(p["id"]) + "." + o.lower() for q in expected["problems"] for p in q.get("parts") or [] for o in p.get("options") or []}
        sources = [p for p in (os.path.join(folder, n) for n in ("problems.tex", "problems.md", "problems.txt", "pasted.txt", "problems.pdf")) if os.path.exists(p)]
        for path in sources:
            document, error = segment(binary, path)
            got = units(document["problems"]) if document else {}
            problem_ids = {str(p["id"]) for p in document["problems"]} if document else set()
            agree = [u for u in wanted if u in got]
            spurious = [u for u in got if u not in wanted and u not in containers]
            options = [u for u in got if u in option_ids]
            found = [str(p["id"]) for p in expected["problems"] if str(p["id"]) in problem_ids]
            typed = [(u, wanted[u].get("kind")) for u in wanted if wanted[u].get("kind") in ("mcq", "true-false", "select-all")]
            typed_ok = [u for u, kind in typed if u in got and got[u].get("kind") == kind]
            # refers_to is one id or a list of them.
            refs = [(u, str(r)) for u in wanted if wanted[u].get("refers_to")
                    for r in (wanted[u]["refers_to"] if isinstance(wanted[u]["refers_to"], list) else [wanted[u]["refers_to"]])]
            # A reference into the labelled part ("b.i" for (b)) counts.
            refs_ok = [u for u, r in refs if u in got and any(g == r or g.startswith(r + ".") for g in got[u].get("references") or [])]
            choice = ("mcq", "true-false", "select-all")
            mistyped = [u for u in wanted if u in got and got[u].get("kind") in choice and got[u].get("kind") != wanted[u].get("kind")]
            extra_refs = [u for u in wanted if u in got and not wanted[u].get("refers_to") and got[u].get("references")]
            stated = [(str(p["id"]), f["value"]) for p in expected["problems"] for f in p.get("facts") or []]
            got_facts = {str(p["id"]): [f["values"] for f in p.get("facts") or []] for p in (document["problems"] if document else [])}

            def flat(v):
                return [x for row in v for x in (row if isinstance(row, list) else [row])] if isinstance(v, list) else v

            def stated_in(i, v):
                v = flat(v)
                if not all(isinstance(x, (int, float)) for x in (v if isinstance(v, list) else [v])):
                    return False
                if isinstance(v, list):
                    return any(len(g) == len(v) and all(abs(a - b) < 1e-9 for a, b in zip(g, v)) for g in got_facts.get(i, []))
                return any(abs(v - b) < 1e-9 for g in got_facts.get(i, []) for b in g)
            facts_ok = [(i, v) for i, v in stated if stated_in(i, v)]

            def plain(title):
                return "".join(c for c in title.lower() if c.isalnum())
            got_titles = {str(p["id"]): p["title"] for p in (document["problems"] if document else [])}
            titled = [str(p["id"]) for p in expected["problems"] if p.get("title")]
            titles_ok = [i for i in titled if plain(got_titles.get(i, "")) == plain(next(p["title"] for p in expected["problems"] if str(p["id"]) == i))]
            name = os.path.relpath(path, half)
            print(f"{name}: units {len(agree)}/{len(wanted)}, problems {len(found)}/{len(expected['problems'])}, "
                  f"spurious {len(spurious)}, options as parts {len(options)}, typed {len(typed_ok)}/{len(typed)}, "
                  f"references {len(refs_ok)}/{len(refs)} (+{len(extra_refs)}), mistyped {len(mistyped)}, stem facts {len(facts_ok)}/{len(stated)}, titles {len(titles_ok)}/{len(titled)}" + (f"  [{error.splitlines()[0]}]" if error and not document else ""))
            if verbose:
                missing = [u for u in wanted if u not in got]
                if missing: print("   missing:", " ".join(missing))
                if spurious: print("   spurious:", " ".join(spurious))
                if mistyped: print("   mistyped:", " ".join(mistyped))
                untyped = [f"{u}({got[u].get('kind')}≠{k})" for u, k in typed if u in got and u not in typed_ok]
                if untyped: print("   untyped:", " ".join(untyped))
                if extra_refs: print("   references not labelled:", " ".join(f"{u}→{got[u]['references']}" for u in extra_refs))
                missed_refs = [f"{u}→{r}" for u, r in refs if u not in refs_ok]
                if missed_refs: print("   references missed:", " ".join(missed_refs))
                missed_facts = [f"{i}:{v}" for i, v in stated if (i, v) not in facts_ok]
                if missed_facts: print("   stem facts missed:", " ".join(missed_facts))
                for i in titled:
                    if i not in titles_ok: print(f"   title {i}: {got_titles.get(i)!r}")
            for key, value in (("units", len(wanted)), ("agree", len(agree)), ("problems", len(expected["problems"])), ("found", len(found)),
                               ("spurious", len(spurious)), ("options", len(options)), ("typed", len(typed)), ("typed_ok", len(typed_ok)),
                               ("refs", len(refs)), ("refs_ok", len(refs_ok)), ("extra_refs", len(extra_refs)), ("mistyped", len(mistyped)),
                               ("facts", len(stated)), ("facts_ok", len(facts_ok)), ("titles", len(titled)), ("titles_ok", len(titles_ok))):
                totals[key] += value
    t = totals
    print(f"total: units {t['agree']}/{t['units']} ({100 * t['agree'] / max(t['units'], 1):.1f} %), problems {t['found']}/{t['problems']}, "
          f"spurious {t['spurious']}, options as parts {t['options']}, typed {t['typed_ok']}/{t['typed']}, mistyped {t['mistyped']}, "
          f"references {t['refs_ok']}/{t['refs']} (+{t['extra_refs']} unlabelled), stem facts {t['facts_ok']}/{t['facts']}, titles {t['titles_ok']}/{t['titles']}")


if __name__ == "__main__":
    main()
