#!/usr/bin/env python3
"""Regenerate every JSON data export in this corpus (run from any directory).
Output is deterministic: re-running gives byte-identical files."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
sys.path.insert(0, HERE)

import export_markov, export_ridge, export_attention, export_rl  # noqa: E402

export_markov.chatgpt(); export_markov.claude()
export_ridge.chatgpt()
export_attention.chatgpt(); export_attention.claude()
export_rl.chatgpt()
print("exports written")
