import itertools
V = "abcdef"
E = [("a","b"),("a","c"),("b","c"),("b","d"),("c","d"),("d","e"),("d","f"),("e","f")]
def colorable(vs, es, k):
    vs = list(vs)
    for col in itertools.product(range(k), repeat=len(vs)):
        c = dict(zip(vs, col))
        if all(c[u] != c[w] for u, w in es if u in c and w in c):
            return True
    return False
deg = {v: sum(v in e for e in E) for v in V}
print("1a", max(deg.values()))
print("1b", min(k for k in range(1, 7) if colorable(V, E, k)))
# Chaitin simplify with k=3
adj = {v: set() for v in V}
for u, w in E: adj[u].add(w); adj[w].add(u)
g = {v: set(n) for v, n in adj.items()}; ok = True
while g:
    low = [v for v in sorted(g) if len(g[v]) < 3]
    if not low: ok = False; break
    v = low[0]
    for n in g[v]: g[n].discard(v)
    del g[v]
print("1c", "true" if ok else "false")
for r in range(0, 7):
    if any(colorable([v for v in V if v not in S], [e for e in E if e[0] not in S and e[1] not in S], 2)
           for S in itertools.combinations(V, r)):
        print("1d", r); break
code = [("t1", []), ("t2", []), ("t3", ["t1","t2"]), ("t4", ["t1"]), ("t5", ["t3","t4"]), ("t6", ["t2","t5"]), (None, ["t6"])]
live = set(); outs = [None]*len(code)
for i in range(len(code)-1, -1, -1):
    outs[i] = set(live); d, u = code[i]
    live = (live - {d}) | set(u)
print("2a", max(len(o) for o in outs))
edges = set()
for i, (d, u) in enumerate(code):
    if d:
        for t in outs[i]:
            if t != d: edges.add(frozenset((d, t)))
print("2b", len(edges))
iv = {"A":(1,10),"B":(2,4),"C":(3,12),"D":(5,8),"E":(6,7),"F":(9,14)}
def scan(R):
    active = []; spilled = []
    for n in sorted(iv, key=lambda k: iv[k][0]):
        s, e = iv[n]
        active = [a for a in active if iv[a][1] >= s]
        if len(active) < R: active.append(n)
        else:
            far = max(active + [n], key=lambda k: iv[k][1])
            spilled.append(far)
            if far != n: active.remove(far); active.append(n)
    return spilled
print("3a", scan(3))
print("3b", min(R for R in range(1, 7) if not scan(R)))
