#!/usr/bin/env python3
"""Computes every key value of cs-algorithms/key.yaml."""
import heapq, math
n = 10; count = 0
for i in range(n):
    for j in range(i, n):
        count += 1
print("3.1a", count)                       # 55 = n(n+1)/2
print("3.1b", "C")                         # n(n+1)/2 -> O(n^2)
alpha = 48 / 64
print("3.2a", alpha)                       # 0.75
print("3.2b", 0.5 * (1 + 1 / (1 - alpha) ** 2))  # 8.5
def worst_probes(n):
    # simulate: worst case over all search keys (including absent ones)
    def probes(lo, hi):
        if lo > hi: return 0
        mid = (lo + hi) // 2
        return 1 + max(probes(lo, mid - 1), probes(mid + 1, hi))
    return probes(0, n - 1)
print("3.3a", worst_probes(1000), math.floor(math.log2(1000)) + 1)      # 10
print("3.3b", math.floor(math.log2(10**6)) + 1)                          # 20
edges = [("A","B",4),("A","C",1),("B","C",2),("B","D",1),("C","D",5),("C","E",8),("D","E",3)]
adj = {}
for u, v, w in edges:
    adj.setdefault(u, []).append((v, w)); adj.setdefault(v, []).append((u, w))
dist = {"A": 0}; pq = [(0, "A")]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist[u]: continue
    for v, w in adj[u]:
        if d + w < dist.get(v, math.inf):
            dist[v] = d + w; heapq.heappush(pq, (d + w, v))
print("3.4a", dist["E"])                   # 7
print("3.4b", [dist[k] for k in "ABCDE"])  # [0, 3, 1, 4, 7]
