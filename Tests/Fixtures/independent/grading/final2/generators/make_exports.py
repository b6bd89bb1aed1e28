#!/usr/bin/env python3
"""Write every ChatGPT / Claude data-export transcript of this corpus.

Usage: python3 generators/make_exports.py
Re-running gives byte-identical files (fixed uuid5 names and fixed timestamps).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import set_bayes  # noqa: E402

SETS = [set_bayes]
for extra in ("set_linalg", "set_rnn", "set_bnkmeans"):
    try:
        SETS.append(__import__(extra))
    except ModuleNotFoundError as e:
        if e.name != extra:
            raise

if __name__ == "__main__":
    root = HERE.parent
    for mod in SETS:
        mod.build(root)
        print("built", mod.__name__)
