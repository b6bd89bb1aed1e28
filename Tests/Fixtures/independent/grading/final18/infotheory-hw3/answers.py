#!/usr/bin/env python3
"""Computes every key value for infotheory-hw3."""
import heapq
import numpy as np

def H(p):
    p = np.asarray(p, dtype=float)
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())

def huffman_lengths(probs):
    heap = [(p, i, [i]) for i, p in enumerate(probs)]
    heapq.heapify(heap)
    lengths = [0] * len(probs)
    counter = len(probs)
    while len(heap) > 1:
        p1, _, s1 = heapq.heappop(heap)
        p2, _, s2 = heapq.heappop(heap)
        for s in s1 + s2:
            lengths[s] += 1
        heapq.heappush(heap, (p1 + p2, counter, s1 + s2))
        counter += 1
    return lengths

probs = [0.4, 0.3, 0.2, 0.1]
lens = huffman_lengths(probs)
joint = np.array([[0.25, 0.25], [0.5, 0.0]])
px, py = joint.sum(1), joint.sum(0)
key = {
    "1a": H([1/2, 1/4, 1/8, 1/8]),
    "1b": sum(p * l for p, l in zip(probs, lens)),
    "1c": lens,
    "2a": round(1 - H([0.11, 0.89]), 3),
    "2b": 1 - 0.25,
    "3a": round(0.5 * np.log2(0.5 / 0.25) + 0.5 * np.log2(0.5 / 0.75), 3),
    "3b": round(H(px) + H(py) - H(joint.ravel()), 3),
    "3c": "B",
}
for k, v in key.items():
    print(k, v)
