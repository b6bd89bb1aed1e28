"""Computes every key value of infotheory-hw2 and checks key.yaml agrees."""
import heapq
import os
import numpy as np
import yaml

p = np.array([0.4, 0.3, 0.2, 0.1])
H = float(-(p * np.log2(p)).sum())

# Huffman code lengths
heap = [(pi, i, [i]) for i, pi in enumerate(p)]
heapq.heapify(heap)
lengths = [0] * len(p)
cnt = len(p)
while len(heap) > 1:
    p1, _, s1 = heapq.heappop(heap); p2, _, s2 = heapq.heappop(heap)
    for s in s1 + s2:
        lengths[s] += 1
    heapq.heappush(heap, (p1 + p2, cnt, s1 + s2)); cnt += 1
L = float((p * np.array(lengths)).sum())

P = np.array([0.5, 0.5]); Q = np.array([0.25, 0.75])
D = lambda a, b: float((a * np.log2(a / b)).sum())
dpq, dqp = D(P, Q), D(Q, P)
h = lambda q: -q * np.log2(q) - (1 - q) * np.log2(1 - q)
cap = 1 - h(0.11)

vals = {"1a": H, "1b": L, "1c": lengths, "2a": dpq, "2b": "true" if abs(dpq - dqp) < 1e-12 else "false", "3": cap}
for k, v in vals.items():
    print(k, v)
print("(distractors: D(Q||P) =", dqp, " D(P||Q) in nats =", dpq * np.log(2), " H(0.11) =", h(0.11), ")")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k, v in vals.items():
    e = key[k]
    if "answer" in e:
        tol = e.get("tolerance", 1e-9)
        assert np.allclose(np.array(e["answer"], float), np.array(v, float), atol=tol, rtol=0), (k, e, v)
    else:
        assert e["text"] == v, (k, e, v)
print("key OK")
