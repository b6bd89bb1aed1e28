#!/usr/bin/env python3
"""Compute every numeric key value of rnn-backprop-exercises and check key.yaml against it.

Uses only numpy (no torch): the LSTM count follows PyTorch's layout
(weight_ih_l0: 4H x I, weight_hh_l0: 4H x H, bias_ih_l0: 4H, bias_hh_l0: 4H).
"""
from pathlib import Path

import numpy as np
try:  # only needed to compare with key.yaml
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = Path(__file__).resolve().parent

# 4.1 ------------------------------------------------------------------------
I, H = 32, 64
lstm_params = 4 * H * I + 4 * H * H + 4 * H + 4 * H
seq_len, batch = 10, 8
out_shape = [seq_len, batch, H]          # batch_first=False (default)

# 4.2 ------------------------------------------------------------------------
x, y, z = 3.0, -2.0, 1.0
u = x * y + z
v = y - z
f = u * v
# backprop: df/du = v, df/dv = u
grad = np.array([v * y,                  # du/dx = y
                 v * x + u * 1.0,        # du/dy = x, dv/dy = 1
                 v * 1.0 + u * (-1.0)])  # du/dz = 1, dv/dz = -1
# finite-difference check of the gradient
F = lambda p: (p[0] * p[1] + p[2]) * (p[1] - p[2])  # noqa: E731
p0 = np.array([x, y, z])
fd = np.array([(F(p0 + e) - F(p0 - e)) / 2e-6 for e in np.eye(3) * 1e-6])
assert np.allclose(fd, grad, atol=1e-5)
# 4.2b: d tanh / dz = 1 - tanh^2, checked numerically
zz = np.linspace(-2, 2, 9)
assert np.allclose((np.tanh(zz + 1e-6) - np.tanh(zz - 1e-6)) / 2e-6, 1 - np.tanh(zz) ** 2, atol=1e-6)
# 4.2c: d/dz of softmax cross-entropy = p - y, checked numerically
logits, onehot = np.array([0.3, -1.2, 2.0, 0.5]), np.array([0.0, 1.0, 0.0, 0.0])
CE = lambda zv: -np.sum(onehot * (zv - np.log(np.sum(np.exp(zv)))))  # noqa: E731
probs = np.exp(logits) / np.exp(logits).sum()
fd_ce = np.array([(CE(logits + e) - CE(logits - e)) / 2e-6 for e in np.eye(4) * 1e-6])
assert np.allclose(fd_ce, probs - onehot, atol=1e-6)


# 4.3 ------------------------------------------------------------------------
def gradL(w):
    return np.array([2 * (w[0] - 3), 4 * (w[1] + 1)])


eta, beta = 0.1, 0.9
w = np.zeros(2)
for _ in range(2):
    w = w - eta * gradL(w)
w_gd = w
w, vel = np.zeros(2), np.zeros(2)
for _ in range(2):
    vel = beta * vel + gradL(w)
    w = w - eta * vel
w_mom = w

computed = {"4.1a": lstm_params, "4.2a.i": f, "4.2a.ii": grad, "4.3a": w_gd, "4.3b": w_mom}

if __name__ == "__main__":
    if yaml is None:
        for part, value in computed.items():
            print(f"{part:>8}: {value}")
        print("PyYAML not installed: values printed, key not compared")
        raise SystemExit(0)
    key = yaml.safe_load((HERE / "key.yaml").read_text())["parts"]
    ok = True
    for part, value in computed.items():
        want = key[part]["answer"]
        agree = np.allclose(np.asarray(value, dtype=float), np.asarray(want, dtype=float),
                            rtol=0, atol=1e-9)
        print(f"{part:>8}: computed {np.round(value, 6)!s:22s} key {want!s:16s} "
              f"{'OK' if agree else 'MISMATCH'}")
        ok &= bool(agree)
    agree = key["4.1b"]["shape"] == out_shape
    print(f"    4.1b: out shape {out_shape} key {key['4.1b']['shape']} {'OK' if agree else 'MISMATCH'}")
    ok &= agree
    print(f"    4.2b: dt/dz = 1 - t^2 (numerically checked); key {key['4.2b']['expression']!r}")
    print(f"    4.2c: dL/dz_j = p_j - y_j (numerically checked); key {key['4.2c']['expression']!r}")
    print(f"   (wrong-convention values for reference: one bias -> {4 * H * (I + H + 1)}, "
          f"GRU -> {3 * (H * I + H * H + 2 * H)})")
    raise SystemExit(0 if ok else 1)
