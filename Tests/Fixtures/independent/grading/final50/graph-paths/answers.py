#!/usr/bin/env python3
"""Compute every key value for graph-paths (shortest paths, MST, spanning trees)."""
import heapq, itertools
import numpy as np

E = [(1,2,7),(1,3,3),(2,3,2),(2,4,4),(3,4,9),(3,5,12),(4,5,3),(4,6,8),(5,6,2),(2,5,9),(1,4,8)]
V = [1,2,3,4,5,6]

def dijkstra(edges, src):
    adj = {v: [] for v in V}
    for u, v, w in edges:
        adj[u].append((v, w)); adj[v].append((u, w))
    dist = {v: float('inf') for v in V}; pred = {}
    dist[src] = 0; pq = [(0, src)]; done = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in done: continue
        done.add(u)
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w; pred[v] = u; heapq.heappush(pq, (dist[v], v))
    return dist, pred

def kruskal(edges):
    parent = {v: v for v in V}
    def find(x):
        while parent[x] != x: x = parent[x]
        return x
    tree = []
    for u, v, w in sorted(edges, key=lambda e: e[2]):
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b; tree.append((u, v, w))
    return tree

dist, pred = dijkstra(E, 1)
print("1a", dist[6])
print("1b", [dist[v] for v in [2,3,4,5,6]])
spt = sorted(tuple(sorted((v, pred[v]))) for v in pred)
print("   SPT edges", spt)
opts = {"A": (1,2), "B": (2,4), "C": (1,4), "D": (4,6)}
print("1c", [k for k, e in opts.items() if e in spt])
T = kruskal(E)
print("2a", sum(w for _, _, w in T), T)
# uniqueness: count spanning trees of minimum weight by brute force
best = sum(w for _, _, w in T); n_min = 0
for comb in itertools.combinations(E, 5):
    parent = {v: v for v in V}
    def find(x):
        while parent[x] != x: x = parent[x]
        return x
    ok = True
    for u, v, w in comb:
        a, b = find(u), find(v)
        if a == b: ok = False; break
        parent[a] = b
    if ok and sum(w for _, _, w in comb) == best: n_min += 1
print("2b", "true" if n_min == 1 else "false", f"({n_min} MSTs)")
E2 = [(u, v, 10 if (u, v) == (2, 4) else w) for u, v, w in E]
print("2c", sum(w for _, _, w in kruskal(E2)))
L = np.zeros((6, 6))
for u, v, _ in E:
    L[u-1, u-1] += 1; L[v-1, v-1] += 1; L[u-1, v-1] -= 1; L[v-1, u-1] -= 1
print("3", round(np.linalg.det(L[1:, 1:])))
# Problem 4: Bellman-Ford on a directed graph with negative edges
D = [("s","a",5),("s","b",3),("a","b",-4),("b","c",6),("a","c",4),("c","t",-2),("b","t",7)]
d = {x: float('inf') for x in "sabct"}; d["s"] = 0
for _ in range(4):
    for u, v, w in D:
        if d[u] + w < d[v]: d[v] = d[u] + w
assert all(d[u] + w >= d[v] for u, v, w in D)  # no negative cycle
print("4", d["t"])
