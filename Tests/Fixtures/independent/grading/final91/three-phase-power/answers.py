"""Compute the numeric key values for three-phase-power (python3 + numpy)."""
import numpy as np
VL, f = 400.0, 50.0
Z = 8 + 6j
Vph = VL / np.sqrt(3)
I = Vph / abs(Z)
S = 3 * Vph * np.conj(Vph / Z)          # complex power, Y load
P, Q = S.real, S.imag
C_uF = (Q / 3) / (2 * np.pi * f * Vph ** 2) * 1e6
P_delta = (3 * VL * np.conj(VL / Z)).real
W1, W2 = 8.0, 4.0
pf = np.cos(np.arctan(np.sqrt(3) * (W1 - W2) / (W1 + W2)))
values = {"1a": Vph, "1b": I, "1c": P, "1d": abs(S), "1e.i": Q, "1e.ii": C_uF,
          "2": P_delta, "3": pf}
if __name__ == "__main__":
    for k, v in values.items():
        print(k, float(v))
