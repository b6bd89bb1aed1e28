"""Key values for lstm-trees (computed independently of the transcripts)."""
import numpy as np

def sig(z):
    return 1.0 / (1.0 + np.exp(-z))

# Problem 1: nn.LSTM(40, 64, num_layers=2), PyTorch keeps b_ih and b_hh
I, H = 40, 64
def rnn_params(gates):
    l1 = gates * (H * I + H * H + 2 * H)
    l2 = gates * (H * H + H * H + 2 * H)
    return l1 + l2
print("1a", rnn_params(4))          # LSTM: 4 gate blocks
print("1b", rnn_params(3))          # GRU: 3 gate blocks
print("1c", (25, 8, H))             # output (L, N, H_out), batch_first=False

# Problem 2: scalar LSTM step
x, h0, c0 = 1.0, 0.5, -0.4
i = sig(x - h0)
f = sig(0.5 * x + 0.5 * h0 + 0.25)
o = sig(x - 1.0)
g = np.tanh(2 * x - 2 * h0)
c = f * c0 + i * g
h = o * np.tanh(c)
print("gates i f o g", i, f, o, g)
print("2a", c, "->", round(c, 3))
print("2b", h, "->", round(h, 4))
print("2c", "B")

# Problem 3: bakery table
rows = [("Sunny","Weekend","Yes"),("Sunny","Weekend","Yes"),("Sunny","Weekday","Yes"),
        ("Rainy","Weekend","Yes"),("Sunny","Weekend","No"),("Sunny","Weekday","No"),
        ("Sunny","Weekday","No")] + [("Rainy","Weekday","No")] * 5
def H2(labels):
    labels = list(labels)
    n = len(labels)
    ps = [labels.count(v) / n for v in set(labels)]
    return -sum(p * np.log2(p) for p in ps if p > 0)
root = H2(r[2] for r in rows)
def gain(k):
    tot = root
    for v in set(r[k] for r in rows):
        sub = [r[2] for r in rows if r[k] == v]
        tot -= len(sub) / len(rows) * H2(sub)
    return tot
print("3a", root, "->", round(root, 3))
print("3b IG(Weather)", gain(0), "->", round(gain(0), 3))
print("   IG(Day)", gain(1))
print("3c", "B (Day)" if gain(1) > gain(0) else "A (Weather)")

# machine-readable lines checked by ../validate.py against key.yaml
import json
for pid, val in [("1a", rnn_params(4)), ("1b", rnn_params(3)), ("1c", [25, 8, H]),
                 ("2a", c), ("2b", h), ("2c", "B"), ("3a", root), ("3b", gain(1)),
                 ("3c", "B" if gain(1) > gain(0) else "A")]:
    print("KEY", pid, json.dumps(val if isinstance(val, (str, list)) else float(val)))
