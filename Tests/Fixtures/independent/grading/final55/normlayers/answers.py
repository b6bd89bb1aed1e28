#!/usr/bin/env python3
"""Key values for normlayers/problems.tex (python3 + numpy)."""
import numpy as np

x = np.array([1.0, 3.0, 4.0, 8.0])
mu = x.mean()                       # 1a
var_b = x.var()                     # 1b biased (ddof=0)
xhat8 = (8 - mu) / np.sqrt(var_b)   # 1c
gamma, beta = 2.0, -1.0
y1 = gamma * (1 - mu) / np.sqrt(var_b) + beta   # 1d
var_u = x.var(ddof=1)               # unbiased batch variance
run_var = 0.9 * 1.0 + 0.1 * var_u   # 1e  (= 53/30)
p = 0.2
kept = 3.0 / (1 - p)                # 2a

print("1a", mu)
print("1b", var_b)
print("1c", round(xhat8, 3), xhat8)
print("1d", round(y1, 3), y1)
print("1e", run_var, "= 53/30 ->", 53 / 30)
print("2a", kept)
print("2b", "C  (inverted dropout: nothing at test time)")
print("3 ", "false (layer norm statistics are per example)")
# look-alike wrong values used in transcripts
print("wrong: 1e with biased var", 0.9 + 0.1 * var_b, "| 1e from zero init", 0.1 * var_u)
print("wrong: 1c/1d with unbiased var", (8 - mu) / np.sqrt(var_u), 2 * (1 - mu) / np.sqrt(var_u) - 1)
print("wrong: 1d with beta=+1", gamma * (1 - mu) / np.sqrt(var_b) + 1)
