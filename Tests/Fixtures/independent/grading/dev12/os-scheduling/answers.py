#!/usr/bin/env python3
"""Compute the answer key for os-scheduling/problems.md by simulation and print it."""
from collections import deque

procs = {"P1": (0, 8), "P2": (1, 4), "P3": (2, 9), "P4": (3, 5)}
names = sorted(procs)


def stats(completion):
    waits = [completion[p] - procs[p][0] - procs[p][1] for p in names]
    tats = [completion[p] - procs[p][0] for p in names]
    return sum(waits) / len(names), sum(tats) / len(names)


def fcfs():
    t, done = 0, {}
    for p in sorted(names, key=lambda p: procs[p][0]):
        t = max(t, procs[p][0]) + procs[p][1]
        done[p] = t
    return done


def sjf():
    t, done, left = 0, {}, set(names)
    while left:
        ready = [p for p in left if procs[p][0] <= t]
        if not ready:
            t = min(procs[p][0] for p in left)
            continue
        p = min(ready, key=lambda p: (procs[p][1], procs[p][0]))
        t += procs[p][1]
        done[p] = t
        left.remove(p)
    return done


def srtf():
    rem = {p: procs[p][1] for p in names}
    t, done = 0, {}
    while len(done) < len(names):
        ready = [p for p in names if procs[p][0] <= t and p not in done]
        p = min(ready, key=lambda p: (rem[p], procs[p][0]))
        rem[p] -= 1
        t += 1
        if rem[p] == 0:
            done[p] = t
    return done


def rr(q):
    rem = {p: procs[p][1] for p in names}
    order = sorted(names, key=lambda p: procs[p][0])
    t, done, queue, i = 0, {}, deque(), 0
    while len(done) < len(names):
        while i < len(order) and procs[order[i]][0] <= t:
            queue.append(order[i]); i += 1
        if not queue:
            t = procs[order[i]][0]; continue
        p = queue.popleft()
        run = min(q, rem[p])
        t += run
        rem[p] -= run
        while i < len(order) and procs[order[i]][0] <= t:   # arrivals go before the preempted job
            queue.append(order[i]); i += 1
        if rem[p] == 0:
            done[p] = t
        else:
            queue.append(p)
    return done


w, tat = stats(fcfs())
print("1a.i", w)          # 8.75
print("1a.ii", tat)       # 15.25
print("1b", stats(sjf())[0])    # 7.75
print("1c", stats(srtf())[0])   # 6.5
print("1d", stats(rr(4))[0])    # 11.75
print("2a", "C")
# 2b: counter-example from this very workload: q=1 vs q=4 vs q=100 (=FCFS)
print("2b", "false", {q: stats(rr(q))[0] for q in (1, 2, 4, 8, 100)})
