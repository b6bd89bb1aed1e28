#!/usr/bin/env python3
"""hwlens garble on a 100-page problem set vs rapidfuzz and dinglehopper, in the same run.

    python3 bench/garble_bench.py HWLENS_BIN

Reference: bench-out/hundred.tex, the body of samples/cnn-basics/homework.tex repeated 25
times inside its preamble. Candidate: bench-out/hundred.pdf, homework.pdf repeated 25 times
(pdfunite). Times the full `hwlens garble --format json --save-texts` (median of 3, peak RSS),
then, on the normalized texts hwlens saved, rapidfuzz's Levenshtein.editops (the same
bit-parallel alignment hwlens must at least match) and Levenshtein.distance, and dinglehopper's
full-document alignment (dinglehopper.align.align, once, 600 s limit). The reference tools
run in the .venv-parity venv that bench/parity.py makes.

Targets: hwlens (whole command) no slower than rapidfuzz editops alone; at least 10x faster
than dinglehopper's alignment; peak memory under 200 MB. Callable from bench/bench.py as
bench_garble(binary).
"""
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no bench/__pycache__ from the imports below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timing import OUT, ROOT, run_timed  # noqa: E402
from parity import Skip, ensure_venv  # noqa: E402

SAMPLE_DIR = os.path.join(ROOT, "samples", "cnn-basics")
COPIES = 25
REPEAT = 3
DINGLEHOPPER_TIMEOUT = 600
SAVED = os.path.join(OUT, "garble-texts")

# Runs in the venv: rapidfuzz timings on the saved texts (only the call itself is timed).
RAPIDFUZZ = r"""
import json, resource, statistics, sys, time, unicodedata
from rapidfuzz.distance import Levenshtein
from uniseg.graphemecluster import grapheme_clusters
ref = open(sys.argv[1], encoding="utf-8").read()
cand = open(sys.argv[2], encoding="utf-8").read()
repeat = int(sys.argv[3])
def median_time(fn):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result
t_editops, ops = median_time(lambda: Levenshtein.editops(ref, cand))
t_distance, distance = median_time(lambda: Levenshtein.distance(ref, cand))
ref_g = list(grapheme_clusters(ref)); cand_g = list(grapheme_clusters(cand))
same_units = len(ref_g) == len(ref) and len(cand_g) == len(cand)
print(json.dumps({
    "editops": t_editops, "distance_time": t_distance, "distance": distance, "ops": len(ops),
    "ref_code_points": len(ref), "cand_code_points": len(cand),
    "ref_graphemes": len(ref_g), "cand_graphemes": len(cand_g),
    "grapheme_distance": distance if same_units else Levenshtein.distance(ref_g, cand_g),
    "nfc": unicodedata.is_normalized("NFC", ref) and unicodedata.is_normalized("NFC", cand),
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""

# Runs in the venv: dinglehopper's full-document alignment, as its report builds it.
DINGLEHOPPER = r"""
import json, resource, sys, time
from dinglehopper.align import align
ref = open(sys.argv[1], encoding="utf-8").read()
cand = open(sys.argv[2], encoding="utf-8").read()
start = time.perf_counter()
pairs = list(align(ref, cand))
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "pairs": len(pairs),
                  "edits": sum(1 for a, b in pairs if a != b),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def hundred_page_pair():
    """(reference .tex, candidate .pdf), both 25 copies of the cnn-basics homework."""
    os.makedirs(OUT, exist_ok=True)
    source = open(os.path.join(SAMPLE_DIR, "homework.tex"), encoding="utf-8").read()
    begin, end = "\\begin{document}", "\\end{document}"
    head, rest = source.split(begin, 1)
    body, tail = rest.split(end, 1)
    text = head + begin + body * COPIES + end + tail
    tex = os.path.join(OUT, "hundred.tex")
    if not os.path.exists(tex) or open(tex, encoding="utf-8").read() != text:
        with open(tex, "w", encoding="utf-8") as f:
            f.write(text)
    pdf = os.path.join(OUT, "hundred.pdf")
    if not os.path.exists(pdf):
        subprocess.run(["pdfunite"] + [os.path.join(SAMPLE_DIR, "homework.pdf")] * COPIES + [pdf], check=True)
    pages = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
                .stdout.split("Pages:")[1].split()[0])
    return tex, pdf, pages


def verdict(label, ok):
    return f"{label}: {'met' if ok else 'MISSED'}"


def bench_garble(binary, repeat=REPEAT):
    tex, pdf, pages = hundred_page_pair()
    try:
        python = ensure_venv()
    except Skip as reason:
        print(f"garble: skipped ({reason})")
        return 0
    command = [binary, "garble", "--source", tex, pdf, "--format", "json", "--save-texts", SAVED]
    # One untimed run for the numbers (and a warm page cache), then the timed runs.
    first = subprocess.run(command, capture_output=True, text=True)
    if first.returncode != 0:
        print(f"garble: hwlens failed (exit {first.returncode}): {first.stderr.strip()[:500]}")
        return 1
    report = json.loads(first.stdout)
    chars = report["candidates"][0]["characters"]
    t_ours, m_ours = run_timed(command, repeat)

    ref_txt, cand_txt = os.path.join(SAVED, "reference.txt"), os.path.join(SAVED, "candidate-1.txt")
    rf = json.loads(subprocess.run([python, "-c", RAPIDFUZZ, ref_txt, cand_txt, str(repeat)],
                                   capture_output=True, text=True, check=True).stdout)
    try:
        dh = json.loads(subprocess.run([python, "-c", DINGLEHOPPER, ref_txt, cand_txt], capture_output=True,
                                       text=True, check=True, timeout=DINGLEHOPPER_TIMEOUT).stdout)
    except subprocess.TimeoutExpired:
        dh = None

    print(f"garble: {pages}-page PDF vs {COPIES}x homework.tex, {os.cpu_count()} cores, "
          f"normalization {','.join(report['normalization'])}")
    print(f"  characters (hwlens): reference {chars['referenceLength']}, candidate {chars['candidateLength']}; "
          f"saved texts: {rf['ref_code_points']} / {rf['cand_code_points']} code points, "
          f"{rf['ref_graphemes']} / {rf['cand_graphemes']} grapheme clusters")
    print(f"hwlens garble --format json --save-texts (whole command, median of {repeat}): {t_ours:.3f} s, "
          f"peak memory {m_ours:.0f} MB")
    print(f"rapidfuzz Levenshtein.editops on the saved texts (median of {repeat}): {rf['editops']:.3f} s "
          f"({rf['ops']} ops), peak memory {rf['peak_mb']:.0f} MB (python process)")
    print(f"rapidfuzz Levenshtein.distance on the saved texts (median of {repeat}): {rf['distance_time']:.3f} s")
    if dh:
        print(f"dinglehopper align (once): {dh['seconds']:.3f} s ({dh['pairs']} aligned pairs), "
              f"peak memory {dh['peak_mb']:.0f} MB (python process)")
    else:
        print(f"dinglehopper align (once): >{DINGLEHOPPER_TIMEOUT} s")

    ratio_rf = rf["editops"] / t_ours
    ratio_rf_distance = rf["distance_time"] / t_ours
    print(f"  hwlens vs rapidfuzz editops: ratio {ratio_rf:.2f}x (higher is faster; vs distance "
          f"{ratio_rf_distance:.2f}x)")
    if dh:
        ratio_dh = dh["seconds"] / t_ours
        print(f"  hwlens vs dinglehopper align: ratio {ratio_dh:.2f}x")
    else:
        ratio_dh = DINGLEHOPPER_TIMEOUT / t_ours
        print(f"  hwlens vs dinglehopper align: ratio >{ratio_dh:.2f}x")

    expected = rf["grapheme_distance"] / rf["ref_graphemes"] if rf["ref_graphemes"] else float("nan")
    same_distance = chars["distance"] == rf["grapheme_distance"] and chars["referenceLength"] == rf["ref_graphemes"]
    print(f"  CER hwlens {chars['rate']:.6f} (distance {chars['distance']}), rapidfuzz distance / len(reference) "
          f"{rf['distance'] / rf['ref_code_points']:.6f} (distance {rf['distance']}"
          + ("" if rf["grapheme_distance"] == rf["distance"] and rf["ref_graphemes"] == rf["ref_code_points"]
             else f"; over grapheme clusters {rf['grapheme_distance']} / {rf['ref_graphemes']} = {expected:.6f}")
          + f"): {'same edit distance' if same_distance else 'DIFFERENT'}"
          + ("" if rf["nfc"] else " (saved texts are not NFC)"))
    print("  " + "; ".join([verdict("speed target hwlens <= rapidfuzz editops time", ratio_rf >= 1.0),
                            verdict("speed target >= 10x dinglehopper", ratio_dh >= 10),
                            verdict("memory target < 200 MB", m_ours < 200)]))
    return 0 if same_distance else 1


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    return bench_garble(os.path.abspath(argv[1]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
