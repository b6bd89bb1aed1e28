#!/usr/bin/env python3
"""Compute every numeric key value for regalloc/problems.tex."""
import itertools
code = [("a", []), ("b", []), ("c", ["a", "b"]), ("d", ["c", "a"]), ("e", ["b"]),
        ("f", ["d", "e"]), ("g", ["f", "c"]), (None, ["g"])]
live = set(); live_after = [None] * len(code)
for i in range(len(code) - 1, -1, -1):
    live_after[i] = set(live)
    d, uses = code[i]
    live = (live - {d}) | set(uses)
edges = set()
for i, (d, _) in enumerate(code):
    if d:
        for v in live_after[i]:
            if v != d:
                edges.add(frozenset((d, v)))
nodes = sorted({d for d, _ in code if d})
def chromatic():
    for k in range(1, len(nodes) + 1):
        for col in itertools.product(range(k), repeat=len(nodes)):
            c = dict(zip(nodes, col))
            if all(c[x] != c[y] for x, y in map(tuple, edges)):
                return k
print("1a", len(live_after[3]))
print("1b", max(len(s) for s in live_after))
print("1c", len(edges))
print("1d", sum(1 for e in edges if "c" in e))
print("1e", chromatic())
print("1f", "true" if chromatic() <= 2 else "false")
print("2a", 1 + 1 + 10 + 10)
tab = {"p": (22, 4), "q": (9, 3), "r": (40, 8), "s": (12, 2)}
print("2b", "ABCD"["pqrs".index(min(tab, key=lambda n: tab[n][0] / tab[n][1]))])
print("2c", tab["r"][0] / tab["r"][1])
