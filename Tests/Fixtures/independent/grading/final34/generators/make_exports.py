#!/usr/bin/env python3
"""Write the five JSON chat exports of this corpus deterministically.

Re-running gives byte-identical files (fixed ids, fixed timestamps, fixed key order).
Usage: python3 generators/make_exports.py   (from anywhere)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_lib import write  # noqa: E402
from content_stat210 import build_stat210  # noqa: E402
from content_phys101 import build_phys101  # noqa: E402
from content_laml import build_laml  # noqa: E402

if __name__ == "__main__":
    for build in (build_stat210, build_phys101, build_laml):
        for path, obj in build():
            write(path, obj)
