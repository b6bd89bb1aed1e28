"""Computes the numeric key values of psych-ttests and prints them as JSON."""
import json
import numpy as np

vals = {}
n1, m1, s1 = 10, 24.0, 4.0
n2, m2, s2 = 12, 20.0, 5.0
sp = np.sqrt(((n1 - 1) * s1**2 + (n2 - 1) * s2**2) / (n1 + n2 - 2))
vals["1a"] = sp                                          # 4.5771
vals["1b"] = (m1 - m2) / (sp * np.sqrt(1 / n1 + 1 / n2))  # 2.0410
vals["1c"] = n1 + n2 - 2
vals["1d"] = (m1 - m2) / sp                              # 0.8739 (large: >= 0.8)
d = np.array([3, 5, -1, 4, 2, 5], dtype=float)
md, sd = d.mean(), d.std(ddof=1)
se = sd / np.sqrt(len(d))
vals["2a"] = md / se                                     # 3.2225
vals["2b"] = md / sd                                     # 1.3156
vals["2c"] = [md - 2.571 * se, md + 2.571 * se]          # 0.6065, 5.3935 -> 0.607, 5.393
print(json.dumps({k: (float(v) if not isinstance(v, list) else [float(x) for x in v]) for k, v in vals.items()}, indent=1, sort_keys=True))
