#!/usr/bin/env python3
"""Key values for elo-ratings (STAT 218 PS3)."""
import math


def expected(ra, rb):
    return 1 / (1 + 10 ** ((rb - ra) / 400))


e1 = expected(1600, 1450)
new_a = 1600 + 32 * (0 - e1)
d90 = 400 * math.log10(0.9 / 0.1)

P, Q, R, K = 1500, 1540, 1620, 20
dP = K * ((1 - expected(P, Q)) + (0 - expected(P, R)))
dQ = K * ((0 - expected(Q, P)) + (0.5 - expected(Q, R)))
dR = K * ((0.5 - expected(R, Q)) + (1 - expected(R, P)))

wp = 720 ** 2 / (720 ** 2 + 650 ** 2)

ANSWERS = {
    "1a": round(e1, 4),
    "1b": round(new_a, 2),
    "1c": round(d90, 2),
    "2": [round(P + dP, 1), round(Q + dQ, 1), round(R + dR, 1)],
    "3a": round(wp, 3),
    "3b": round(wp * 162),
}

if __name__ == "__main__":
    for k, v in ANSWERS.items():
        print(f"{k}: {v}")
    print("4: ln(10)/400*E*(1-E)   (symbolic)")
    print("5: B")
