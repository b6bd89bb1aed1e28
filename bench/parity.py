#!/usr/bin/env python3
"""Parity of `hwlens garble` error rates with dinglehopper, the OCR-D evaluation tool.

    python3 bench/parity.py [HWLENS_BIN]     # default: .build/debug/hwlens

For every pair Tests/Fixtures/parity/NAME.ref.txt / NAME.hyp.txt this runs
dinglehopper's own Python API (character_error_rate, word_error_rate) on the two texts and
`hwlens garble --normalize nfc --format json --source NAME.ref.txt NAME.hyp.txt`, and checks
that CER and WER agree within 0.001. dinglehopper and rapidfuzz live in a venv of their own
(.venv-parity at the repository root), made and filled on first use; without network the
check is skipped (exit 0). Exit 1 when any pair disagrees.

On the normalization: dinglehopper's string API (character_error_rate_n(str, str),
words_normalized(str)) applies Unicode NFC and nothing else, which is what
`--normalize nfc` does. Its file readers (plain text, PAGE, ALTO) additionally apply the
"SBB" equivalences (ligatures unjoined, U+2019 -> ', em dash -> en dash, ...); this script
checks that every fixture is a fixed point of those, so dinglehopper's command line would
give the same numbers.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv-parity")
VENV_PYTHON = os.path.join(VENV, "bin", "python")
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "parity")
DEFAULT_HWLENS = os.path.join(ROOT, ".build", "debug", "hwlens")
TOLERANCE = 0.001
# dinglehopper 0.11 registers word_error_rate_n for (str, str) and for (Iterable, Iterable);
# multimethod 2.x counts str as both and raises DispatchError for the string API.
REQUIREMENTS = ["dinglehopper", "rapidfuzz", "multimethod<2"]


class Skip(Exception):
    """The reference tools cannot be installed here (no network, no venv module)."""


def ensure_venv():
    """Path of the venv's python with dinglehopper and rapidfuzz importable, or raise Skip."""
    if not os.path.exists(VENV_PYTHON):
        made = subprocess.run([sys.executable if sys.prefix == sys.base_prefix else "python3",
                               "-m", "venv", VENV], capture_output=True, text=True)
        if made.returncode != 0 or not os.path.exists(VENV_PYTHON):
            raise Skip("python3 -m venv failed: " + (made.stderr.strip().splitlines() or ["?"])[-1])
    probe = ("import dinglehopper.character_error_rate, dinglehopper.word_error_rate, dinglehopper.align, "
             "rapidfuzz, importlib.metadata as m; assert int(m.version('multimethod').split('.')[0]) < 2")
    if subprocess.run([VENV_PYTHON, "-c", probe], capture_output=True).returncode == 0:
        return VENV_PYTHON
    installed = subprocess.run([VENV_PYTHON, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
                               + REQUIREMENTS, capture_output=True, text=True)
    if installed.returncode != 0:
        lines = (installed.stderr or installed.stdout).strip().splitlines()
        raise Skip("pip install failed: " + (lines[-1] if lines else f"exit {installed.returncode}"))
    if subprocess.run([VENV_PYTHON, "-c", probe], capture_output=True).returncode != 0:
        raise Skip("dinglehopper/rapidfuzz installed but not importable")
    return VENV_PYTHON


# Runs in the venv: dinglehopper's numbers and tokens for each (reference, candidate) pair.
DINGLEHOPPER = r"""
import json, sys, unicodedata
from dinglehopper.character_error_rate import character_error_rate_n
from dinglehopper.word_error_rate import word_error_rate_n, words_normalized
from dinglehopper.extracted_text import substitute_equivalences
from uniseg.graphemecluster import grapheme_clusters

def wer_n(ref, hyp):
    try:
        return word_error_rate_n(ref, hyp)
    except Exception as error:  # multimethod 2.x: ambiguous (str, str); same code path on lists
        if type(error).__name__ != "DispatchError":
            raise
        return word_error_rate_n(list(words_normalized(ref)), list(words_normalized(hyp)))

out = []
for ref_path, hyp_path in json.load(sys.stdin):
    ref = open(ref_path, encoding="utf-8").read()
    hyp = open(hyp_path, encoding="utf-8").read()
    cer, n_chars = character_error_rate_n(ref, hyp)
    wer, n_words = wer_n(ref, hyp)
    sbb = [p for p, t in ((ref_path, ref), (hyp_path, hyp))
           if substitute_equivalences(t) != unicodedata.normalize("NFC", t)]
    out.append({
        "cer": cer, "wer": wer, "reference_characters": n_chars, "reference_words": n_words,
        "candidate_characters": len(list(grapheme_clusters(unicodedata.normalize("NFC", hyp)))),
        "reference_tokens": list(words_normalized(ref)), "candidate_tokens": list(words_normalized(hyp)),
        "sbb_changes": sbb,
    })
json.dump(out, sys.stdout)
"""


# A port of Sources/Garble/WordSegmenter.swift for the diagnosis of word-count differences
# (ASCII exact; beyond ASCII it follows Swift's Character properties approximately).
def _kind(c):
    if c.isascii():
        if c.isalpha():
            return "letter"
        if c.isdigit():
            return "digit"
        if c in "\t\n\x0b\x0c\r ":
            return "space"
        if c == "_":
            return "joiner"
        if c in ".'":
            return "midNumLet"
        if c == ":":
            return "midLetter"
        if c in ",;":
            return "midNum"
        if c in "+<=>|~^`$":
            return "symbol"
        return "punctuation"
    if c.isspace():
        return "space"
    if c in "\u203f\u2040":
        return "joiner"
    if c in "\u2019\u2024":
        return "midNumLet"
    if c in "\u00b7\u2027\u05f4\u0387\ufe13\ufe55\uff1a":
        return "midLetter"
    if c in "\u037e\u066c":
        return "midNum"
    category = unicodedata.category(c[0])
    if category.startswith("L"):
        return "letter"
    if category.startswith("N"):
        return "digit"
    if category in ("Sm", "Sc", "Sk", "So"):
        return "symbol"
    if category in ("Mn", "Mc", "Me"):
        return "letter"
    return "punctuation"


def hwlens_words(text):
    """Words of `text` as hwlens' WordSegmenter splits them (over NFC characters)."""
    chars = list(unicodedata.normalize("NFC", text))
    kinds = [_kind(c) for c in chars]
    words, i, n = [], 0, len(chars)
    wordish = ("letter", "digit", "joiner")
    while i < n:
        if kinds[i] == "symbol":
            words.append(chars[i])
            i += 1
        elif kinds[i] in wordish:
            j = i + 1
            while j < n:
                if kinds[j] in wordish:
                    j += 1
                    continue
                if kinds[j] in ("midLetter", "midNumLet", "midNum") and j + 1 < n:
                    before, after = kinds[j - 1], kinds[j + 1]
                    letters = before == "letter" and after == "letter" and kinds[j] != "midNum"
                    digits = before == "digit" and after == "digit" and kinds[j] != "midLetter"
                    if letters or digits:
                        j += 2
                        continue
                break
            words.append("".join(chars[i:j]))
            i = j
        else:
            i += 1
    return words


def token_differences(dinglehopper_tokens, hwlens_tokens):
    """Lines naming the tokens that the two segmentations split differently."""
    import difflib
    lines = []
    matcher = difflib.SequenceMatcher(a=dinglehopper_tokens, b=hwlens_tokens, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "equal":
            lines.append(f"dinglehopper {dinglehopper_tokens[a0:a1]} vs hwlens {hwlens_tokens[b0:b1]}")
    return lines


def run_hwlens(binary, ref, hyp, save_dir):
    command = [binary, "garble", "--normalize", "nfc", "--format", "json", "--source", ref, hyp]
    result = subprocess.run(command + ["--save-texts", save_dir], capture_output=True, text=True)
    if result.returncode != 0 and "save-texts" in result.stderr:
        result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"exit {result.returncode}: {result.stderr.strip()[:300]}")
    report = json.loads(result.stdout)
    return report["source"], report["candidates"][0]


def main(argv):
    binary = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_HWLENS
    pairs = []
    for ref in sorted(glob.glob(os.path.join(FIXTURES, "*.ref.txt"))):
        hyp = ref[: -len(".ref.txt")] + ".hyp.txt"
        if os.path.exists(hyp):
            pairs.append((os.path.basename(ref)[: -len(".ref.txt")], ref, hyp))
    if not pairs:
        print(f"parity: no pairs in {FIXTURES}")
        print("parity: 0 passed, 1 failed")
        return 1
    try:
        python = ensure_venv()
    except Skip as reason:
        print(f"parity: skipped ({reason})")
        return 0

    measured = subprocess.run([python, "-c", DINGLEHOPPER], input=json.dumps([p[1:] for p in pairs]),
                              capture_output=True, text=True)
    if measured.returncode != 0:
        print(measured.stderr.strip())
        print(f"parity: 0 passed, {len(pairs)} failed")
        return 1
    references = json.loads(measured.stdout)

    print(f"parity: hwlens {binary} vs dinglehopper, --normalize nfc, tolerance {TOLERANCE}")
    passed = failed = 0
    for (name, ref, hyp), dh in zip(pairs, references):
        with tempfile.TemporaryDirectory(prefix="hwlens-parity-") as save_dir:
            try:
                source, candidate = run_hwlens(binary, ref, hyp, save_dir)
            except (RuntimeError, OSError, ValueError, KeyError, IndexError) as error:
                print(f"{name}: hwlens failed: {error}")
                failed += 1
                continue
            saved = {}
            for key, file in (("reference", "reference.txt"), ("candidate", "candidate-1.txt")):
                path = os.path.join(save_dir, file)
                if os.path.exists(path):
                    saved[key] = open(path, encoding="utf-8").read()
        ch, wd = candidate["characters"], candidate["words"]
        d_cer, d_wer = ch["rate"] - dh["cer"], wd["rate"] - dh["wer"]
        ok = abs(d_cer) <= TOLERANCE and abs(d_wer) <= TOLERANCE
        passed, failed = passed + ok, failed + (not ok)
        print(f"{name}: CER hwlens {ch['rate']:.5f} dinglehopper {dh['cer']:.5f} diff {d_cer:+.5f} | "
              f"WER hwlens {wd['rate']:.5f} dinglehopper {dh['wer']:.5f} diff {d_wer:+.5f} | "
              f"{'ok' if ok else 'MISMATCH'}")
        notes = []
        if dh["sbb_changes"]:
            notes.append("dinglehopper's SBB equivalences would change "
                         + ", ".join(os.path.basename(p) for p in dh["sbb_changes"])
                         + " (its CLI would differ; the string API used here applies NFC only)")
        if not ok or ch["referenceLength"] != dh["reference_characters"] \
                or wd["referenceLength"] != dh["reference_words"]:
            notes.append(f"lengths: characters hwlens {ch['referenceLength']}/{ch['candidateLength']} "
                         f"dinglehopper {dh['reference_characters']}/{dh['candidate_characters']}; "
                         f"words hwlens {wd['referenceLength']}/{wd['candidateLength']} dinglehopper "
                         f"{dh['reference_words']}/{len(dh['candidate_tokens'])} (reference/candidate); "
                         f"edits hwlens chars {ch['distance']} words {wd['distance']}")
            for key, path in (("reference", ref), ("candidate", hyp)):
                original = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
                if key in saved and saved[key] != original:
                    notes.append(f"hwlens aligned a different {key} text than the file "
                                 f"({len(saved[key])} vs {len(original)} code points; "
                                 f"starts differing at {_first_difference(saved[key], original)})")
            for key, path, tokens in (("reference", ref, dh["reference_tokens"]),
                                      ("candidate", hyp, dh["candidate_tokens"])):
                for line in token_differences(tokens, hwlens_words(saved.get(key) or open(path).read())):
                    notes.append(f"{key} tokens: {line}")
        for note in notes:
            print("  " + note)
    print(f"parity: {passed} passed, {failed} failed")
    return 1 if failed else 0


def _first_difference(a, b):
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"index {index}: {a[index:index + 20]!r} vs {b[index:index + 20]!r}"
    return f"index {min(len(a), len(b))} (one is a prefix of the other)"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
