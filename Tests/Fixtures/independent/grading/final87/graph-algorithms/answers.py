"""Compute the numeric key for Problem Set 7 (graphs) and print it as JSON."""
import heapq, itertools, json

# Problem 1: Dijkstra
E1 = {"A": {"B": 4, "C": 2}, "C": {"B": 1, "D": 8, "E": 10}, "B": {"D": 5},
      "D": {"E": 2, "F": 6}, "E": {"F": 2}, "F": {}}
dist = {v: float("inf") for v in "ABCDEF"}
dist["A"] = 0
pq = [(0, "A")]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist[u]:
        continue
    for v, w in E1.get(u, {}).items():
        if d + w < dist[v]:
            dist[v] = d + w
            heapq.heappush(pq, (d + w, v))

# Problem 2: Kruskal total, Prim order from U
E2 = [("P", "Q", 3), ("P", "R", 1), ("Q", "R", 4), ("Q", "S", 2), ("R", "S", 5),
      ("R", "T", 7), ("S", "T", 6), ("S", "U", 8), ("T", "U", 9), ("Q", "U", 10)]
parent = {v: v for v in "PQRSTU"}
def find(v):
    while parent[v] != v:
        v = parent[v]
    return v
mst = 0
for a, b, w in sorted(E2, key=lambda e: e[2]):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
        mst += w
inside, order = {"U"}, []
while len(inside) < 6:
    w, a, b = min((w, a, b) for a, b, w in E2 if (a in inside) != (b in inside))
    order.append(w)
    inside |= {a, b}

# Problem 3: max flow = min cut (brute force over cuts)
def maxflow(cap):
    nodes = ["a", "b"]
    best = None
    for r in range(3):
        for S in itertools.combinations(nodes, r):
            side = {"s", *S}
            c = sum(w for (u, v), w in cap.items() if u in side and v not in side)
            best = c if best is None else min(best, c)
    return best
cap = {("s", "a"): 10, ("s", "b"): 10, ("a", "b"): 4, ("a", "t"): 7, ("b", "t"): 9}
cap2 = dict(cap); cap2[("a", "t")] = 12

vals = {"1a": dist["F"], "1b": [dist[v] for v in "ABCDEF"], "2a": mst,
        "2b.i": order[0], "2b.ii": order[-1], "3a": maxflow(cap), "3b": maxflow(cap2)}
print(json.dumps(vals))
