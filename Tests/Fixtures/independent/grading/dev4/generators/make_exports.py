#!/usr/bin/env python3
"""Regenerate every JSON export transcript in this corpus (deterministic, byte-identical)."""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import gen_nb_logreg  # noqa: E402
import gen_svm_kernels  # noqa: E402
import gen_stats  # noqa: E402

if __name__ == "__main__":
    gen_nb_logreg.main(OUT)
    gen_svm_kernels.main(OUT)
    gen_stats.main(OUT)
    print("exports written under", OUT)
