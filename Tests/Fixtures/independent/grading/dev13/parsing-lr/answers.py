"""Computes every key value for the parsing exercises."""
from math import comb

G = [("E'", ("E",)),
     ("E", ("E", "+", "T")), ("E", ("T",)),
     ("T", ("T", "*", "F")), ("T", ("F",)),
     ("F", ("(", "E", ")")), ("F", ("id",))]
NT = {"E'", "E", "T", "F"}

# 2.1a: each left-recursive nonterminal gets one primed companion
left_rec = {a for a, rhs in G if rhs and rhs[0] == a}
print("2.1a nonterminals after elimination =", len(NT - {"E'"}) + len(left_rec))
print("2.1b LL(1)? ->", "false" if left_rec else "true", "(left recursive:", sorted(left_rec), ")")

# FIRST / FOLLOW (no epsilon productions in G)
first = {a: set() for a in NT}
def first_of(sym):
    return first[sym] if sym in NT else {sym}
changed = True
while changed:
    changed = False
    for a, rhs in G:
        f = first_of(rhs[0])
        if not f <= first[a]:
            first[a] |= f; changed = True
follow = {a: set() for a in NT}
follow["E'"].add("$")
changed = True
while changed:
    changed = False
    for a, rhs in G:
        for i, s in enumerate(rhs):
            if s not in NT:
                continue
            add = first_of(rhs[i + 1]) if i + 1 < len(rhs) else follow[a]
            if not add <= follow[s]:
                follow[s] |= add; changed = True
print("2.1c FOLLOW(T) =", sorted(follow["T"]), "size", len(follow["T"]))

# LR(0) automaton
def closure(items):
    items = set(items)
    changed = True
    while changed:
        changed = False
        for (p, d) in list(items):
            rhs = G[p][1]
            if d < len(rhs) and rhs[d] in NT:
                for q, (a, _) in enumerate(G):
                    if a == rhs[d] and (q, 0) not in items:
                        items.add((q, 0)); changed = True
    return frozenset(items)
def goto(I, X):
    return closure({(p, d + 1) for (p, d) in I if d < len(G[p][1]) and G[p][1][d] == X})
symbols = {s for _, rhs in G for s in rhs}
states = [closure({(0, 0)})]
trans = {}
k = 0
while k < len(states):
    for X in sorted(symbols):
        J = goto(states[k], X)
        if J:
            if J not in states:
                states.append(J)
            trans[(k, X)] = states.index(J)
    k += 1
print("2.2a LR(0) states =", len(states))

# LR(0) conflicts and SLR conflicts
lr0_conf = slr_conf = False
for I in states:
    complete = [p for (p, d) in I if d == len(G[p][1])]
    shifts = {G[p][1][d] for (p, d) in I if d < len(G[p][1]) and G[p][1][d] not in NT}
    if complete and (shifts or len(complete) > 1):
        lr0_conf = True
    for p in complete:
        la = follow[G[p][0]]
        if la & shifts:
            slr_conf = True
print("2.2b", "B" if lr0_conf and not slr_conf else ("A" if not lr0_conf else "C"))

# SLR parse of id + id * id
action = {}
for i, I in enumerate(states):
    for (p, d) in I:
        rhs = G[p][1]
        if d < len(rhs) and rhs[d] not in NT:
            action[(i, rhs[d])] = ("s", trans[(i, rhs[d])])
        elif d == len(rhs):
            for t in follow[G[p][0]]:
                action[(i, t)] = ("acc",) if p == 0 else ("r", p)
tokens = ["id", "+", "id", "*", "id", "$"]
stack, pos, nshift, nred = [0], 0, 0, 0
while True:
    act = action[(stack[-1], tokens[pos])]
    if act[0] == "s":
        stack.append(act[1]); pos += 1; nshift += 1
    elif act[0] == "r":
        a, rhs = G[act[1]]
        del stack[len(stack) - len(rhs):]
        stack.append(trans[(stack[-1], a)]); nred += 1
    else:
        break
print("2.3a reduces =", nred)
print("2.3b shifts =", nshift)

# 2.4: parse trees of n binary operators = Catalan(n)
n_ops = 3
print("2.4 parse trees =", comb(2 * n_ops, n_ops) // (n_ops + 1))
