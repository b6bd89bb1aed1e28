#!/usr/bin/env python3
"""Compute every numeric key value for relativity-exam and print them."""
import math
import numpy as np

c = 3.00e8
m_p = 1.673e-27
mc2 = 938.3  # MeV

beta1 = 0.995
g1 = 1 / math.sqrt(1 - beta1 ** 2)
tau = 2.20 * g1                      # microseconds
dist_km = beta1 * c * tau * 1e-6 / 1000

beta2 = 0.800
g2 = 1 / math.sqrt(1 - beta2 ** 2)
ke = (g2 - 1) * mc2
p = g2 * m_p * beta2 * c

beta3 = 0.600
g3 = 1 / math.sqrt(1 - beta3 ** 2)
Lam = np.array([[g3, -g3 * beta3], [-g3 * beta3, g3]])
event = np.array([4.00, 5.00])
ev_prime = Lam @ event
interval = event[0] ** 2 - event[1] ** 2   # (+,-) signature: negative => spacelike
choice = "A" if interval > 0 else ("B" if interval == 0 else "C")

KEY = {
    "1a": g1,
    "1b": tau,
    "1c": dist_km,
    "2a": ke,
    "2b": p,
    "3a": [[round(float(x), 10) for x in row] for row in Lam],
    "3b": [round(float(x), 10) for x in ev_prime],
    "3c": choice,
}

if __name__ == "__main__":
    for k, v in KEY.items():
        print(f"{k}: {v}")
    # distractors used in transcripts, for reference
    print("# distractors: total energy", g2 * mc2, "classical p", m_p * beta2 * c,
          "non-relativistic distance km", beta1 * c * 2.20e-6 / 1000,
          "distance from rounded 22.0 us", beta1 * c * 22.0e-6 / 1000,
          "inverse boost of E", (np.linalg.inv(Lam) @ event).tolist())
