#!/usr/bin/env python3
"""Key values for life-tables (ACTS 3301 Tutorial 4)."""
import numpy as np

ages = np.arange(60, 66)
l = dict(zip(ages, [10000, 9850, 9680, 9490, 9270, 9020]))

ANSWERS = {
    "4.1a": l[61] - l[62],
    "4.1b": (l[60] - l[61]) / l[60],
    "4.1c.i": l[63] / l[60],
    "4.1c.ii": round((l[63] - l[64]) / l[61], 4),
    "4.2a": sum(l[60 + k] for k in range(1, 6)) / l[60],
    "4.2b": [round(l[x + 1] / l[x], 4) for x in (60, 61, 62)],
    "4.3b": 1 / 0.02,
}

if __name__ == "__main__":
    for k, v in ANSWERS.items():
        print(f"{k}: {v}")
    print("4.3a: exp(-0.02*t)   (symbolic)")
