#!/usr/bin/env python3
"""Compute every key value of queues-graphs (plain Python, brute force where cheap)."""
import heapq
from itertools import combinations
import numpy as np

lam, mu = 4.0, 5.0
rho = lam / mu
print("5.1a rho =", rho)                          # 0.8
print("5.1b L =", rho / (1 - rho))                # 4
print("5.1c W_min =", 60 / (mu - lam))            # 60
print("5.1d Wq_min =", round(60 * rho / (mu - lam), 6))  # 48

edges = {"s": [("A", 4), ("B", 1)], "B": [("A", 2), ("C", 5), ("D", 8)],
         "A": [("C", 1)], "C": [("D", 3), ("E", 6)], "D": [("E", 1)], "E": []}
dist = {"s": 0}
pq = [(0, "s")]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, 1e9):
        continue
    for v, w in edges[u]:
        if d + w < dist.get(v, 1e9):
            dist[v] = d + w
            heapq.heappush(pq, (d + w, v))
print("5.2a distances =", [dist[k] for k in "ABCDE"])   # [3, 1, 4, 7, 8]

und = {("P", "Q"): 2, ("P", "R"): 3, ("Q", "R"): 1, ("Q", "S"): 4, ("R", "S"): 5,
       ("R", "T"): 6, ("S", "T"): 2, ("Q", "T"): 7}
V = "PQRST"
best = None
for tree in combinations(und, 4):            # brute force over all 4-edge subsets
    parent = {v: v for v in V}
    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x
    ok = True
    for a, b in tree:
        ra, rb = find(a), find(b)
        if ra == rb:
            ok = False
            break
        parent[ra] = rb
    if ok:
        w = sum(und[e] for e in tree)
        best = w if best is None else min(best, w)
print("5.2b mst_weight =", best)                 # 9

n = 5
Lap = n * np.eye(n) - np.ones((n, n))            # Laplacian of K5
print("5.3 spanning_trees_K5 =", round(np.linalg.det(Lap[1:, 1:])))  # 125
