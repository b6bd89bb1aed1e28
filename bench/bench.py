#!/usr/bin/env python3
"""hwlens benchmarks: each one times hwlens against the reference tool in the same run
and prints the ratio. Speed targets are checked here, never in unit tests.

    bench/bench.py extract HWLENS_BIN     # text layer of a 100-page PDF vs pdftotext -bbox-layout
    bench/bench.py ocr HWLENS_BIN         # 8 pages at 300 dpi vs the tesseract CLI page by page
    bench/bench.py garble HWLENS_BIN      # 100-page pair vs rapidfuzz editops and dinglehopper
    bench/bench.py run HWLENS_BIN         # hwlens run samples/, and its stages one by one
    bench/bench.py cache HWLENS_BIN       # hwlens run samples/ cold, warm, and with the input cache only
    bench/bench.py scale HWLENS_BIN       # 300 studies: cold, warm, 2 shards + merge
    bench/bench.py export HWLENS_BIN      # grade --list of a 10,000-conversation export vs json.load
    bench/bench.py linear HWLENS_BIN      # problems on n and 4n copies of a paste, a bracket-noise line, Markdown
    bench/bench.py all HWLENS_BIN
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no bench/__pycache__ from the imports below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from garble_bench import bench_garble  # noqa: E402
from timing import OUT, ROOT, SAMPLE, run_timed  # noqa: E402


def hundred_page_pdf():
    os.makedirs(OUT, exist_ok=True)
    target = os.path.join(OUT, "hundred.pdf")
    pages = int(subprocess.run(["pdfinfo", SAMPLE], capture_output=True, text=True)
                .stdout.split("Pages:")[1].split()[0])
    copies = -(-100 // pages)
    if not os.path.exists(target):
        subprocess.run(["pdfunite"] + [SAMPLE] * copies + [target], check=True)
    return target, pages * copies


def report(name, ours, reference, reference_name, target_ratio=None, memory_target=None):
    (t_ours, m_ours), (t_ref, m_ref) = ours, reference
    ratio = t_ref / t_ours
    print(f"{name}: hwlens {t_ours:.3f} s, {reference_name} {t_ref:.3f} s, "
          f"speed ratio {ratio:.2f}x (higher is faster), peak memory hwlens {m_ours:.0f} MB, "
          f"{reference_name} {m_ref:.0f} MB")
    verdict = []
    if target_ratio is not None:
        verdict.append(f"speed target >= {target_ratio}x: {'met' if ratio >= target_ratio else 'MISSED'}")
    if memory_target is not None:
        verdict.append(f"memory target < {memory_target} MB: {'met' if m_ours < memory_target else 'MISSED'}")
    if verdict:
        print("  " + "; ".join(verdict))


def bench_extract(binary, repeat=5):
    pdf, pages = hundred_page_pdf()
    print(f"extract: {pages}-page PDF, median of {repeat} runs, {os.cpu_count()} cores")
    ours = run_timed([binary, "extract", "--format", "json", pdf], repeat)
    reference = run_timed(["pdftotext", "-bbox-layout", pdf, os.path.join(OUT, "bbox.html")], repeat)
    report("extract --format json", ours, reference, "pdftotext -bbox-layout", 1.0, 200)
    ours = run_timed([binary, "extract", "--format", "text", pdf], repeat)
    reference = run_timed(["pdftotext", pdf, os.path.join(OUT, "plain.txt")], repeat)
    report("extract --format text", ours, reference, "pdftotext")


def timed(command, env=None):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


def bench_ocr(binary):
    folder = os.path.join(OUT, "ocr-pages")
    os.makedirs(folder, exist_ok=True)
    images = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".png"))
    if len(images) < 8:
        for copy in ("a", "b"):
            subprocess.run(["pdftoppm", "-r", "300", "-png", SAMPLE, os.path.join(folder, copy)], check=True)
        images = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".png"))
    pages = len(images)
    print(f"ocr: {pages} pages at 300 dpi, {os.cpu_count()} cores")

    ours_out = os.path.join(OUT, "ocr-hwlens")
    shutil.rmtree(ours_out, ignore_errors=True)
    t_ours = timed([binary, "ocr", "--jobs", "2", "--out", ours_out] + images)

    cli_out = os.path.join(OUT, "ocr-cli")
    os.makedirs(cli_out, exist_ok=True)
    results = {}
    for name, limit in (("default OpenMP", None), ("OMP_THREAD_LIMIT=1", "1")):
        env = dict(os.environ)
        env.pop("OMP_THREAD_LIMIT", None)
        if limit:
            env["OMP_THREAD_LIMIT"] = limit
        start = time.perf_counter()
        for image in images:
            base = os.path.join(cli_out, os.path.basename(image))
            subprocess.run(["tesseract", image, base], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=True, env=env)
        results[name] = time.perf_counter() - start

    same = all(
        open(os.path.join(ours_out, os.path.basename(i) + ".txt"), encoding="utf-8").read()
        == open(os.path.join(cli_out, os.path.basename(i) + ".txt"), encoding="utf-8").read()
        for i in images)
    print(f"hwlens ocr --jobs 2: {t_ours:.2f} s, {pages / t_ours:.2f} pages/s")
    for name, seconds in results.items():
        print(f"tesseract CLI page by page, {name}: {seconds:.2f} s, {pages / seconds:.2f} pages/s, "
              f"ratio {seconds / t_ours:.2f}x")
    best = min(results.values())
    ratio = best / t_ours
    print(f"  speed target >= 1.8x the faster CLI configuration: {'met' if ratio >= 1.8 else 'MISSED'} ({ratio:.2f}x)")
    print(f"  identical text for the same images and settings: {'yes' if same else 'NO'}")


def bench_run(binary, repeat=3):
    """`hwlens run samples/` end to end, then each stage's command on the cnn-basics study."""
    study = os.path.join(ROOT, "samples", "cnn-basics")
    out = os.path.join(OUT, "run")
    # --no-cache: every repetition runs every study and reads every input (no stored studies, no input cache).
    t_run, m_run = run_timed([binary, "run", "--no-cache", os.path.join(ROOT, "samples"), "--out", out], repeat)
    print(f"run: hwlens run samples/ (2 studies, 6 forms, 164 part verdicts): {t_run:.2f} s median of {repeat}, "
          f"peak memory {m_run:.0f} MB")
    pages = "+".join(os.path.join(study, "forms", f"page-{n}.png") for n in range(1, 5))
    stages = [
        ("read the PDF text layer", [binary, "extract", os.path.join(study, "homework.pdf")]),
        ("OCR the 4 screenshots", [binary, "ocr", "--jobs", "2"] + pages.split("+")),
        ("garble, 3 forms", [binary, "garble", "--format", "json", "--source", os.path.join(study, "homework.tex"),
                             os.path.join(study, "forms", "pasted.txt"), os.path.join(study, "homework.pdf"), pages]),
        ("segment and solve", [binary, "solve", "--key", os.path.join(study, "key.yaml"), os.path.join(study, "homework.tex")]),
        ("grade 4 transcripts", [binary, "grade", "--problems", os.path.join(study, "homework.tex"), "--key",
                                 os.path.join(study, "key.yaml")] + [os.path.join(study, "transcripts", t) for t in
                                 ("pasted.md", "text-image.json", "screenshot.pdf", "pdf.md")]),
    ]
    print("  by stage (each stage's own command on cnn-basics, once):")
    for name, command in stages:
        seconds, _ = run_timed(command, 1)
        print(f"    {name}: {seconds:.2f} s")


def bench_cache(binary, repeat=3):
    """`hwlens run samples/` cold (a new input cache and a new --out each time), warm (the same
    --out and cache again: the stored studies are reused) and with the input cache only (a new
    --out, the warm cache), checking that all three write the same results.json."""
    folder = os.path.join(OUT, "cache")
    cache = os.path.join(folder, "cache.sqlite")
    cold_out = os.path.join(folder, "cold")
    fresh_out = os.path.join(folder, "fresh")
    os.makedirs(folder, exist_ok=True)

    def run(out):
        seconds, memory = run_timed([binary, "run", "--cache", cache, "--out", out, os.path.join(ROOT, "samples")], 1)
        with open(os.path.join(out, "results.json"), "rb") as file:
            return seconds, memory, file.read()

    cold, warm, fresh = [], [], []
    for _ in range(repeat):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(cache + suffix):
                os.remove(cache + suffix)
        shutil.rmtree(cold_out, ignore_errors=True)
        cold.append(run(cold_out))
    for _ in range(repeat):
        warm.append(run(cold_out))
    for _ in range(repeat):
        shutil.rmtree(fresh_out, ignore_errors=True)
        fresh.append(run(fresh_out))

    t_cold, t_warm, t_fresh = (statistics.median(r[0] for r in runs) for runs in (cold, warm, fresh))
    expected = cold[-1][2]
    print(f"cache: hwlens run samples/, median of {repeat} each, {os.cpu_count()} cores")
    print(f"  cold (new cache, new --out): {t_cold:.2f} s, peak memory {max(r[1] for r in cold):.0f} MB")
    print(f"  warm re-run (same --out, same cache: stored studies reused): {t_warm:.2f} s, "
          f"warm/cold {t_warm / t_cold:.3f}")
    print(f"  input cache only (new --out, warm cache): {t_fresh:.2f} s, cache-only/cold {t_fresh / t_cold:.3f}")
    print(f"  speed target warm re-run <= 10 % of cold: {'met' if t_warm <= 0.10 * t_cold else 'MISSED'} "
          f"({100 * t_warm / t_cold:.1f} %)")
    same_warm = all(r[2] == expected for r in cold + warm)
    same_fresh = all(r[2] == expected for r in fresh)
    print(f"  results.json byte-identical to the cold run's: warm {'yes' if same_warm else 'NO'}, "
          f"input cache only {'yes' if same_fresh else 'NO'}")


def bench_scale(binary, count=300):
    """`count` studies (copies of pooling-quiz): a cold run, a warm re-run, and the same run
    as 2 shards merged, which must write the single run's results.json byte for byte."""
    folder = os.path.join(OUT, "scale")
    studies = os.path.join(folder, "studies")
    if not os.path.isdir(studies) or len(os.listdir(studies)) != count:
        shutil.rmtree(studies, ignore_errors=True)
        os.makedirs(studies)
        for index in range(1, count + 1):
            shutil.copytree(os.path.join(ROOT, "samples", "pooling-quiz"), os.path.join(studies, f"quiz-{index:04d}"))
    cache = os.path.join(folder, "cache.sqlite")
    single = os.path.join(folder, "single")
    for path in (cache, cache + "-wal", cache + "-shm"):
        if os.path.exists(path):
            os.remove(path)
    shutil.rmtree(single, ignore_errors=True)
    base = [binary, "run", "--cache", cache, studies]
    t_cold, m_cold = run_timed(base + ["--out", single], 1)
    t_warm, m_warm = run_timed(base + ["--out", single], 3)
    shard_times = []
    for index in (1, 2):
        out = os.path.join(folder, f"shard-{index}")
        shutil.rmtree(out, ignore_errors=True)
        shard_times.append(run_timed(base + ["--no-cache", "--shard", f"{index}/2", "--out", out], 1)[0])
    merged = os.path.join(folder, "merged")
    shutil.rmtree(merged, ignore_errors=True)
    t_merge, _ = run_timed([binary, "merge", "--out", merged, os.path.join(folder, "shard-1"), os.path.join(folder, "shard-2")], 1)
    same = open(os.path.join(single, "results.json"), "rb").read() == open(os.path.join(merged, "results.json"), "rb").read()
    print(f"scale: hwlens run over {count} studies ({2 * count} forms), {os.cpu_count()} cores")
    print(f"  cold: {t_cold:.2f} s ({1000 * t_cold / count:.0f} ms a study), peak memory {m_cold:.0f} MB")
    print(f"  warm re-run: {t_warm:.2f} s median of 3, warm/cold {t_warm / t_cold:.3f}, peak memory {m_warm:.0f} MB")
    print(f"  2 shards one after the other: {shard_times[0]:.2f} s + {shard_times[1]:.2f} s; merge {t_merge:.2f} s")
    print(f"  speed target warm re-run <= 10 % of cold: {'met' if t_warm <= 0.10 * t_cold else 'MISSED'} "
          f"({100 * t_warm / t_cold:.1f} %)")
    print(f"  merged results.json byte-identical to the single run's: {'yes' if same else 'NO'}")


def export_file(conversations=10000):
    """A ChatGPT export of `conversations` conversations of six messages each (about 17 MB)."""
    import json
    import random
    os.makedirs(OUT, exist_ok=True)
    target = os.path.join(OUT, f"conversations-{conversations}.json")
    if os.path.exists(target):
        return target
    rng = random.Random(1)
    items = []
    for i in range(conversations):
        mapping, previous = {}, None
        for j in range(6):
            node = f"n{i}-{j}"
            words = " ".join(str(rng.randint(0, 999)) for _ in range(18))
            mapping[node] = {"id": node, "parent": previous, "children": [], "message": {
                "id": node, "author": {"role": "user" if j % 2 == 0 else "assistant"}, "create_time": 1.7e9 + j,
                "recipient": "all", "content": {"content_type": "text", "parts": [f"Message {j} about topic {i}: {words}"]}}}
            if previous:
                mapping[previous]["children"].append(node)
            previous = node
        items.append({"title": f"Conversation {i}", "mapping": mapping, "current_node": previous})
    with open(target, "w") as out:
        json.dump(items, out)
    return target


def bench_export(binary, repeat=3):
    """`grade --list` of a 10,000-conversation export vs Python's json.load of the same file."""
    path = export_file()
    size_mb = os.path.getsize(path) / 1e6
    print(f"export: {size_mb:.1f} MB, 10,000 conversations, median of {repeat} runs")
    ours = run_timed([binary, "grade", "--list", path], repeat)
    reference = run_timed([sys.executable, "-c", f"import json; json.load(open({path!r}))"], repeat)
    report("grade --list", ours, reference, "python json.load", 1.0)
    print(f"  memory target <= 4x the file ({4 * size_mb:.0f} MB): {'met' if ours[1] <= 4 * size_mb else 'MISSED'} ({ours[1]:.0f} MB)")


def bench_linear(binary):
    """Time in the input's size: `hwlens problems` on n and 4n copies of each input. A ratio near
    4 is linear; the reference is `wc -c` over the same files (reading them once)."""
    folder = os.path.join(OUT, "linear")
    os.makedirs(folder, exist_ok=True)
    pasted = open(os.path.join(ROOT, "samples", "cnn-basics", "forms", "pasted.txt"), encoding="utf-8").read()
    import random
    rng = random.Random(1)
    noise = "".join(rng.choice("[]( 1,2;-.e{^") for _ in range(25_000))
    markdown = "## Part\n\nLet $\\frac{a}{b}$ with **bold** and `c | d`.\n\n1. one\n   (a) two\n\n> q\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n"
    inputs = [("pasted PDF text", pasted + "\n", 25, "txt"), ("one line of bracket noise", noise, 1, "txt"),
              ("Markdown blocks", markdown, 600, "md")]
    print(f"linear: hwlens problems on n and 4n copies, {os.cpu_count()} cores")
    for name, unit, copies, ext in inputs:
        times = []
        for factor in (1, 4):
            path = os.path.join(folder, f"{name.split()[0]}-{factor}.{ext}")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(unit * copies * factor)
            ours = run_timed([binary, "problems", path], 1)[0]
            reference = run_timed(["wc", "-c", path], 1)[0]
            times.append((ours, reference, os.path.getsize(path)))
        ratio = times[1][0] / max(times[0][0], 1e-6)
        print(f"  {name}: {times[0][2] / 1e6:.2f} MB {times[0][0]:.2f} s, {times[1][2] / 1e6:.2f} MB {times[1][0]:.2f} s, "
              f"4n/n {ratio:.2f} (wc -c {times[1][1]:.3f} s); linear target 4n/n <= 6: {'met' if ratio <= 6 else 'MISSED'}")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    which, binary = sys.argv[1], os.path.abspath(sys.argv[2])
    benches = {"extract": bench_extract, "ocr": bench_ocr, "garble": bench_garble, "run": bench_run, "export": bench_export,
               "cache": bench_cache, "scale": bench_scale, "linear": bench_linear}
    for name in (benches if which == "all" else [which]):
        benches[name](binary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
