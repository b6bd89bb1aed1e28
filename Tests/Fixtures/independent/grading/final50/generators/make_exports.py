#!/usr/bin/env python3
"""Write the five JSON export transcripts of the final50 corpus.

Deterministic: fixed ids and timestamps, no randomness; re-running gives byte-identical files.
Run from anywhere:  python3 generators/make_exports.py
"""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, prefix, title, t0, model="gpt-4o"):
        self.prefix, self.title, self.t0, self.model = prefix, title, t0, model
        self.mapping, self.n = {}, 0
        self.root = self._node(None, None)
        self.mapping[self.root]["id"] = self.root

    def _id(self):
        self.n += 1
        return f"{self.prefix}-{self.n:04d}-4c1e-9a7b-{self.n:012x}"

    def _node(self, parent, message):
        nid = "client-created-root" if parent is None and not self.mapping else self._id()
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid

    def add(self, parent, role, dt, content, name=None, recipient="all", extra_meta=None):
        mid = f"{self.prefix}-msg-{self.n + 1:04d}"
        meta = {"model_slug": self.model} if role == "assistant" else {}
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": mid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
        }
        nid = self._node(parent, msg)
        msg["id"] = nid
        return nid

    def text(self, parent, role, dt, s, **kw):
        return self.add(parent, role, dt, {"content_type": "text", "parts": [s]}, **kw)

    def system(self, parent):
        return self.add(parent, "system", 0, {"content_type": "text", "parts": [""]},
                        extra_meta={"is_visually_hidden_from_conversation": True})

    def thoughts(self, parent, dt, items):
        return self.add(parent, "assistant", dt, {"content_type": "thoughts", "thoughts": [
            {"summary": s, "content": c, "finished": True} for s, c in items],
            "source_analysis_msg_id": "x"}, extra_meta={"reasoning_status": "is_reasoning"})

    def recap(self, parent, dt, s):
        return self.add(parent, "assistant", dt, {"content_type": "reasoning_recap", "content": s},
                        extra_meta={"reasoning_status": "reasoning_ended"})

    def code(self, parent, dt, src):
        return self.add(parent, "assistant", dt, {"content_type": "code", "language": "unknown",
                                                  "response_format_name": None, "text": src},
                        recipient="python")

    def exec_out(self, parent, dt, out):
        return self.add(parent, "tool", dt, {"content_type": "execution_output", "text": out},
                        name="python")

    def export(self, current=None, conv_id=None, last_dt=0):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.t0 + last_dt,
            "mapping": self.mapping,
            "moderation_results": [],
            "current_node": current,
            "plugin_ids": None,
            "conversation_id": conv_id,
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": conv_id,
        }
        if current is None:
            del d["current_node"]
        return d


def simple_conv(prefix, title, t0, turns, conv_id):
    c = GPTConv(prefix, title, t0)
    p = c.system(c.root)
    dt = 0
    for role, s in turns:
        dt += 40
        p = c.text(p, role, dt, s)
    return c.export(current=p, conv_id=conv_id, last_dt=dt)


# ---------------------------------------------------------------- A2
A2_USER1 = r"""Homework 6 (algorithms). G: undirected, vertices 1..6, weights {1,2}=7, {1,3}=3, {1,4}=8, {2,3}=2, {2,4}=4, {2,5}=9, {3,4}=9, {3,5}=12, {4,5}=3, {4,6}=8, {5,6}=2.

Problem 1 (Dijkstra from 1): (a) length of shortest 1→6 path (b) vector (d(2), d(3), d(4), d(5), d(6)) (c) which edge is in the shortest-path tree? A {1,2}  B {2,4}  C {1,4}  D {4,6}
Problem 2: (a) MST total weight (b) True or false: G has exactly one MST (c) new MST weight if {2,4} goes from 4 to 10
Problem 3: ignoring weights, number of spanning trees of G
Problem 4: Bellman-Ford on a directed graph, s to t

Please do 1–3, I already did Problem 4 myself."""

A2_OLD = r"""**Problem 1**

Dijkstra from 1 extracts 1, 3, 2, 4, 5, 6 with final labels d(2)=5, d(3)=3, d(4)=9, d(5)=12, d(6)=14.

(a) 14
(b) (5, 3, 9, 12, 14)
(c) B

**Problem 2**

(a) 13
(b) True
(c) 19

**Problem 3**

There are 175 spanning trees."""

A2_NEW = r"""## Problem 1 — Dijkstra from vertex 1

| Extracted | d(2) | d(3) | d(4) | d(5) | d(6) |
|---|---|---|---|---|---|
| 1 (0) | 7 | 3 | 8 | ∞ | ∞ |
| 3 (3) | 5 | 3 | 8 | 15 | ∞ |
| 2 (5) | 5 | 3 | 8 | 14 | ∞ |
| 4 (8) | 5 | 3 | 8 | 11 | 16 |
| 5 (11) | 5 | 3 | 8 | 11 | 13 |
| 6 (13) | — | — | — | — | — |

**(a)** The path 1 → 4 → 5 → 6 has length 8 + 3 + 2, so \(\boxed{d(6) = 13}\).

**(b)** \((d(2), d(3), d(4), d(5), d(6)) = (5, 3, 8, 11, 13)\)

**(c)** Predecessors: π(2)=3, π(3)=1, π(4)=1, π(5)=4, π(6)=5. Of the listed edges only {1,4} is a tree edge, so the answer is **C**.

## Problem 2 — MST

**(a)** Kruskal takes {2,3}:2, {5,6}:2, {1,3}:3, {4,5}:3, {2,4}:4 → total weight **14**.

**(b)** **True.** Each non-tree edge is strictly heavier than the heaviest tree edge on the cycle it would close (for instance {1,4}:8 closes 1–3–2–4, whose tree edges weigh at most 4), so no exchange keeps the weight equal.

**(c)** Removing {2,4} splits the tree into {1,2,3} and {4,5,6}. The crossing edges are {1,4}:8, {3,4}:9, {2,5}:9, {3,5}:12 and {2,4}:10, so the cheapest reconnection is {1,4}:

\[
14 - 4 + 8 = 18
\]

New MST weight: **18**.

## Problem 3 — Number of spanning trees

By the matrix-tree theorem the count is any cofactor of the Laplacian. Deleting vertex 1's row and column:

\[
L_{11} = \begin{bmatrix} 4&-1&-1&-1&0\\ -1&4&-1&-1&0\\ -1&-1&5&-1&-1\\ -1&-1&-1&4&-1\\ 0&0&-1&-1&2 \end{bmatrix}
\]

Expanding along the last row and simplifying the 4×4 minors gives \(\det L_{11} = 180\).

**Answer: 180 spanning trees.**

## Problem 4

Skipping Problem 4 since you've already done it — happy to check your answer if you paste it."""

A2_USER2 = "for 2(c), what if {2,4} went up to 6 instead of 10?"

A2_VARIANT = r"""If \(w(\{2,4\}) = 6\), the cheapest edge across the cut \(\{1,2,3\} \mid \{4,5,6\}\) is now {2,4} itself (6 < 8), so it stays in the tree:

\[
14 - 4 + 6 = 16
\]

The MST weight would be **16** in that variant (your original part (c) answer of 18 is unchanged)."""


def make_a2():
    other = simple_conv("aa11", "Cover letter for internship", 1741870000.125, [
        ("user", "Can you tighten this opening line? 'I am writing to apply for the SWE internship.'"),
        ("assistant", "Try: \"I'm excited to apply for the Software Engineering Internship — my work on graph algorithms in CS 3510 maps directly onto your routing team's problems.\""),
    ], "67d2c0aa-1111-8000-a000-000000000001")
    c = GPTConv("bb22", "CS3510 HW6 graphs", 1741990000.5)
    s = c.system(c.root)
    u1 = c.text(s, "user", 10, A2_USER1)
    c.text(u1, "assistant", 40, A2_OLD)                      # first attempt, regenerated away
    th = c.thoughts(u1, 300, [
        ("Running Dijkstra", "Start at 1: neighbours 2 (7), 3 (3), 4 (8). Extract 3, relax 2 to 5. d(4) stays 8 since 3+2+4 = 9."),
        ("Checking MST uniqueness", "Non-tree edges all strictly heavier than cycle max, so unique."),
    ])
    rc = c.recap(th, 318, "Thought for 18 seconds")
    a1 = c.text(rc, "assistant", 320, A2_NEW)
    u2 = c.text(a1, "user", 600, A2_USER2)
    a2 = c.text(u2, "assistant", 615, A2_VARIANT)
    conv = c.export(current=a2, conv_id="67d48c2e-2222-8000-b000-000000000002", last_dt=615)
    write("graph-paths/transcripts/a2-chatgpt-export.json", [conv, other])


# ---------------------------------------------------------------- B2
B2_USER = r"""OPM 310 problem set 4 (inventory). Karoo Outfitters: D = 12,000 units/yr, S = $75/order, H = $2.50/unit/yr, 250 working days/yr.

Q1.i EOQ, nearest unit. Q1.ii orders per year, 2 decimals. Q1.iii total annual ordering + holding cost at EOQ, nearest cent.
Q2.i lead time 6 working days: reorder point, no safety stock. Q2.ii lead-time demand normal with sd 30, 95% cycle service level (z = 1.645): reorder point rounded up.
Q3.i make in-house: production 200/day, demand 48/day, setup $120, same H. EPQ nearest unit. Q3.ii exact fraction of each cycle the line is producing.
Q4 quantity discounts: 1–499 $10.00, 500–999 $9.80, 1000+ $9.60, H = 25% of unit price, S = $75. Which minimises total cost? (A) 849 at $10.00 (B) 857 at $9.80 (C) 1000 at $9.60 (D) 866 at $9.60"""

B2_OLD = r"""**Q1.i** EOQ = √(2·12000·75/2.5) = √720000 ≈ 848.5 → **849 units**
**Q1.ii** 12000/848.5 = **14.14**
**Q1.iii** 1060.66 + 1060.66 = **$2,121.32**
**Q2.i** 48 × 6 = **288**
**Q2.ii** 288 + 1.645 × 30 = 337.35 → **338**
**Q3.i** √(2·12000·120/(2.5·0.76)) ≈ **1231**
**Q3.ii** d/p = **6/25**
**Q4** Ordering 1000 at $9.60 costs $117,300, the lowest → **(C)**"""

B2_CODE = r"""from math import sqrt, ceil
D, S, H = 12000, 75, 2.5
Q = sqrt(2*D*S/H); print("EOQ", Q, "N", D/Q, "TC", D/Q*S + Q/2*H)
d = D/250; print("ROP", d*6, "ROP95", d*6 + 1.645*30)
print("EPQ", sqrt(2*D*120/(H*(1-d/200))), "frac", d/200)
for c in (10.0, 9.8, 9.6):
    h = 0.25*c; q = sqrt(2*D*S/h); print(c, q, D*c + D/q*S + q/2*h)"""

B2_OUT = """EOQ 848.528137423857 N 14.142135623730951 TC 2121.3203435596424
ROP 288.0 ROP95 337.35
EPQ 1231.1740919400396 frac 0.24
10.0 848.528137423857 122121.32034355964
9.8 857.142857142857 119700.0
9.6 866.0254037844386 117278.46096908265"""

B2_FINAL = r"""Here are the results, using the standard EOQ model """ + CITE("turn0search0") + r""" and the Python check above.

### Q1 — EOQ
- **Q1.i** \(Q^* = \sqrt{2DS/H} = \sqrt{720{,}000} \approx 848.53\) → **849 units**
- **Q1.ii** \(N = D/Q^* \approx\) **14.14 orders per year**
- **Q1.iii** Ordering and holding cost are equal at the EOQ (\$1,060.66 each), so the total is **\$2,121.32**

### Q2 — Reorder point
- **Q2.i** \(d = 48\) units/day, so ROP \(= 48 \times 6 =\) **288 units**
- **Q2.ii** Safety stock \(= 1.645 \times 30 = 49.35\); ROP \(= 337.35\), rounded up → **338 units**

### Q3 — EPQ
- **Q3.i** \(\sqrt{2 \cdot 12000 \cdot 120 / (2.5 \cdot 0.76)} \approx 1231.17\) → **1231 units**
- **Q3.ii** The line produces for \(Q/p\) out of every \(Q/d\) days: \(d/p = 48/200 =\) **6/25** (0.24)

### Q4 — Quantity discounts """ + CITE("turn0search2") + r"""
With \(H = 0.25\,C\), the EOQ at the \$9.60 price is about 866 units, and that gives the lowest total cost in the output above (\$117,278.46 vs \$119,700.00 at \$9.80 and \$122,121.32 at \$10.00).

**Answer: (D)** — order 866 units at \$9.60."""


def make_b2():
    c = GPTConv("cc33", "Inventory PS4 EOQ", 1738870000.25)
    s = c.system(c.root)
    u = c.text(s, "user", 5, B2_USER)
    c.text(u, "assistant", 30, B2_OLD)                        # older branch, not graded
    k = c.code(u, 200, B2_CODE)                               # regenerated, later leaf
    o = c.exec_out(k, 203, B2_OUT)
    c.text(o, "assistant", 215, B2_FINAL)
    conv = c.export(current=None, conv_id="67a4f1c0-3333-8000-c000-000000000003", last_dt=215)
    write("eoq-inventory/transcripts/b2-chatgpt-export-nocurrent.json", [conv])


# ---------------------------------------------------------------- C2
C2_USER = r"""Worksheet 5 (ideal-gas mixtures), R = 8.314 J/(mol K); M(N2) = 28.01, M(O2) = 32.00, M(Ar) = 39.95, M(CH4) = 16.04, M(C2H6) = 30.07 g/mol.

Exercise 5.1: rigid 50.0 L tank, 300 K, 1.20 mol N2, 0.30 mol O2, 0.50 mol Ar.
  a. total pressure, kPa, 3 s.f.   b. mole fraction of O2   c. partial pressure of N2, kPa, 3 s.f.
Exercise 5.2: same mixture. a. apparent molar mass (4 s.f.)  b. mass fraction of argon (3 s.f.)
Exercise 5.3: tank A 2.0 L He at 300 kPa, tank B 3.0 L Ne at 150 kPa, same T; valve opened.
  a. final pressure (kPa)  b. final partial pressures (p_He, p_Ne) in kPa
Exercise 5.4: CH4 + C2H6 mixture, apparent molar mass 20.0 g/mol. Mole fraction of methane (3 s.f.)"""

C2_OLD = r"""5.1 a. 99.8 kPa, b. 0.15, c. 59.9 kPa
5.2 a. 31.59 g/mol, b. 0.316
5.3 a. 210 kPa, b. (120, 90) kPa
5.4 0.718"""

C2_NEW = r"""**Exercise 5.1**

Total amount: \(n = 1.20 + 0.30 + 0.50 = 2.00\) mol.

a. By the ideal-gas law """ + CITE("turn0search1") + r""",
\[
P = \frac{nRT}{V} = \frac{2.00 \times 8.314 \times 300}{0.0500\ \text{m}^3} = 99\,768\ \text{Pa}
\]
so **P ≈ 99.8 kPa**.

b. \(y_{O_2} = 0.30/2.00 =\) **0.15**

c. By Dalton's law, \(p_{N_2} = y_{N_2} P\). With \(y_{N_2} = 0.600\) and P ≈ 100 kPa, \(p_{N_2} =\) **60.0 kPa**.

**Exercise 5.2**

a. \(M = \sum y_i M_i = 0.60(28.01) + 0.15(32.00) + 0.25(39.95) =\) **31.59 g/mol**

b. Mass of argon 0.50 × 39.95 = 19.98 g, mixture mass 2.00 × 31.59 = 63.19 g, so \(w_{Ar} = 19.98/63.19 ≈\) **0.32**

**Exercise 5.3**

a. At constant T the amounts add, so \(P_f V_{tot} = P_A V_A + P_B V_B\):
\[
P_f = \frac{300(2.0) + 150(3.0)}{5.0} = 210\ \text{kPa}
\]
**210 kPa**

b. Each gas simply expands into the full 5.0 L: \(p_{He} = 300 \times 2.0/5.0 = 120\) kPa and \(p_{Ne} = 150 \times 3.0/5.0 = 90\) kPa, so \((p_{He}, p_{Ne}) = (120, 90)\) kPa.

**Exercise 5.4**

Solve \(16.04\,y + 30.07\,(1-y) = 20.0\): \(y = 10.07/14.03 =\) **0.718**

---

**Summary**
- 5.1: 99.8 kPa · 0.15 · 60.0 kPa
- 5.2: 31.59 g/mol · 0.32
- 5.3: 210 kPa · p_He = 90 kPa, p_Ne = 120 kPa
- 5.4: 0.718"""


def make_c2():
    other1 = simple_conv("dd44", "Spanish preterite vs imperfect", 1739900000.0, [
        ("user", "When do I use the imperfect instead of the preterite?"),
        ("assistant", "Use the **imperfect** for background, habits and ongoing states (\"Cuando era niño, jugaba al fútbol\"), and the **preterite** for completed, bounded events (\"Ayer jugué al fútbol\")."),
    ], "67b0e5a1-4444-8000-d000-000000000004")
    c = GPTConv("ee55", "Gas mixtures worksheet", 1740100000.75, model="o4-mini")
    s = c.system(c.root)
    u = c.text(s, "user", 8, C2_USER)
    c.text(u, "assistant", 50, C2_OLD)                         # regenerated away
    th = c.thoughts(u, 400, [("Computing pressures", "n = 2.00 mol, P = nRT/V with V in m^3 ..."),
                             ("Mixing tanks", "p_i V = const for each gas at fixed T ...")])
    rc = c.recap(th, 411, "Thought for 11 seconds")
    a = c.text(rc, "assistant", 412, C2_NEW)
    conv = c.export(current=a, conv_id="67b3a9d0-5555-8000-e000-000000000005", last_dt=412)
    write("gas-mixtures/transcripts/c2-chatgpt-export.json", [other1, conv])


# ---------------------------------------------------------------- Claude
class ClaudeConv:
    def __init__(self, uuid, name, t0):
        self.uuid, self.name, self.t0, self.msgs = uuid, name, t0, []

    def ts(self, minute):
        return f"{self.t0}:{minute:02d}.000000+00:00".replace("::", ":")

    def add(self, sender, minute, blocks, attachments=()):
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        stamp = f"{self.t0}T{10 + minute // 60:02d}:{minute % 60:02d}:00.000000Z"
        content = []
        for b in blocks:
            b = dict(b)
            b.setdefault("start_timestamp", stamp)
            b.setdefault("stop_timestamp", stamp)
            content.append(b)
        self.msgs.append({
            "uuid": f"{self.uuid[:8]}-m{len(self.msgs):03d}-4000-8000-{len(self.msgs):012d}",
            "text": text,
            "content": content,
            "sender": sender,
            "created_at": stamp,
            "updated_at": stamp,
            "attachments": list(attachments),
            "files": [],
        })

    def export(self):
        return {"uuid": self.uuid, "name": self.name,
                "created_at": self.msgs[0]["created_at"], "updated_at": self.msgs[-1]["updated_at"],
                "account": {"uuid": "0f0e0d0c-0000-4000-8000-00000000cafe"},
                "chat_messages": self.msgs}


T = lambda s: {"type": "text", "text": s, "citations": []}
THINK = lambda s: {"type": "thinking", "thinking": s, "summaries": [], "cut_off": False}


def tool_use(code, tid):
    return {"type": "tool_use", "id": tid, "name": "repl", "input": {"code": code}}


def tool_result(out, tid):
    return {"type": "tool_result", "tool_use_id": tid, "name": "repl",
            "content": [{"type": "text", "text": out}], "is_error": False}


A5_ATTACH_TEXT = open(os.path.join(ROOT, "graph-paths", "problems.tex"), encoding="utf-8").read()

A5_REPLY1_A = r"""I'll work through all four problems from the attached homework.

## Problem 1 — Dijkstra from vertex 1

Extraction order: 1 (0), 3 (3), 2 (5), 4 (8), 5 (11), 6 (13). Note \(d(4) = 8\) comes from the direct edge \(\{1,4\}\), which beats \(1\to3\to2\to4\) (cost 9).

**(a)** Shortest path \(1 \to 4 \to 5 \to 6\): \(8 + 3 + 2 = \mathbf{13}\)

**(b)** \(\big(d(2), d(3), d(4), d(5), d(6)\big) = (5, 3, 8, 11, 13)\)

**(c)** The tree edges are \(\{1,3\}, \{2,3\}, \{1,4\}, \{4,5\}, \{5,6\}\), so the listed edge in the tree is \(\{1,4\}\): **(C)**.

## Problem 2 — Minimum spanning tree

**(a)** Kruskal: \(\{2,3\}, \{5,6\}, \{1,3\}, \{4,5\}, \{2,4\}\), weight \(2+2+3+3+4 = \mathbf{14}\).

**(b)** **True** — every non-tree edge is strictly the heaviest edge on the cycle it closes, so the MST is unique.

**(c)** Without \(\{2,4\}\) we need another edge to reconnect the tree; the cheapest remaining edge not already used is \(\{1,2\}\) with weight 7, giving \(14 - 4 + 7 = \mathbf{17}\).

## Problem 3 — Counting spanning trees

Let me compute the Laplacian cofactor exactly rather than by hand."""

A5_CODE = """import numpy as np
E = [(1,2),(1,3),(1,4),(2,3),(2,4),(2,5),(3,4),(3,5),(4,5),(4,6),(5,6)]
L = np.zeros((6,6))
for u,v in E:
    L[u-1,u-1]+=1; L[v-1,v-1]+=1; L[u-1,v-1]-=1; L[v-1,u-1]-=1
print(round(np.linalg.det(L[1:,1:])))"""

A5_REPLY1_B = r"""The reduced Laplacian has determinant 185, so by the matrix-tree theorem \(G\) has **185 spanning trees**.

## Problem 4 — Bellman–Ford

Initialize \(d(s) = 0\). Relaxing the arcs: \(d(a) = 5\), \(d(b) = 3\), \(d(c) = d(b) + 6 = 9\), \(d(t) = \min(d(c) - 2,\ d(b) + 7) = \min(7, 10)\).

Shortest distance from \(s\) to \(t\): **7**

## Summary

| Part | Answer |
|---|---|
| 1(a) | 13 |
| 1(b) | (5, 3, 8, 11, 13) |
| 1(c) | B |
| 2(a) | 14 |
| 2(b) | True |
| 2(c) | 17 |
| 3 | 185 |
| 4 | 7 |"""

A5_REPLY2 = r"""Good catch — I made an error in 2(c). Edge \(\{1,2\}\) doesn't reconnect anything: both its endpoints are on the same side of the cut \(\{1,2,3\} \mid \{4,5,6\}\) left by removing \(\{2,4\}\). The edges that cross the cut are \(\{1,4\}{:}8\), \(\{3,4\}{:}9\), \(\{2,5\}{:}9\), \(\{3,5\}{:}12\) and the reweighted \(\{2,4\}{:}10\). The cheapest is \(\{1,4\}\), so

**2(c): the new MST weight is 14 − 4 + 8 = 18**, not 17."""


def make_a5():
    other = ClaudeConv("5a1b2c3d-0000-4000-8000-000000000a01", "Weekend hiking packing list", "2025-03-12")
    other.add("human", 0, [T("What should I pack for a two-day hike with one night in a hut?")])
    other.add("assistant", 1, [T("Essentials: layers (base, fleece, shell), 2 L of water, snacks, map and compass, headlamp, first-aid kit, sleeping-bag liner for the hut, and earplugs.")])
    c = ClaudeConv("6b2c3d4e-0000-4000-8000-000000000a02", "Graph algorithms homework 6", "2025-03-15")
    c.add("human", 0, [T("Can you solve all four problems in the attached homework?")],
          attachments=[{"file_name": "hw6.tex", "file_size": len(A5_ATTACH_TEXT.encode()),
                        "file_type": "text/x-tex", "extracted_content": A5_ATTACH_TEXT}])
    c.add("assistant", 1, [
        THINK("Dijkstra from 1: 3 at 3, 2 at 5, 4 at 8 via direct edge, 5 at 11, 6 at 13. MST 14. Count spanning trees with numpy."),
        T(A5_REPLY1_A),
        tool_use(A5_CODE, "toolu_01A5graph0001"),
        tool_result("185", "toolu_01A5graph0001"),
        T(A5_REPLY1_B),
    ])
    c.add("human", 9, [T("are you sure about 2(c)? {1,2} doesn't seem to connect the two halves")])
    c.add("assistant", 10, [THINK("Right: {1,2} is inside {1,2,3}. Crossing edges min is {1,4}:8."), T(A5_REPLY2)])
    write("graph-paths/transcripts/a5-claude-export.json", [other.export(), c.export()])


C3_USER1 = r"""Worksheet 5, ideal gases (R = 8.314 J/mol/K, M: N2 28.01, O2 32.00, Ar 39.95).
Exercise 5.1: rigid 50.0 L tank at 300 K with 1.20 mol N2, 0.30 mol O2, 0.50 mol Ar. a. total pressure (kPa, 3 s.f.) b. mole fraction of O2 c. partial pressure of N2 (kPa, 3 s.f.)
Exercise 5.2: same mixture. a. apparent molar mass (g/mol, 4 s.f.) b. mass fraction of argon
For 5.2 only do part a please — I want to try b on my own."""

C3_REPLY1 = r"""**Exercise 5.1**

Total moles: \(n = 1.20 + 0.30 + 0.50 = 2.00\) mol, and \(V = 50.0\ \text{L} = 0.0500\ \text{m}^3\).

a. \(P = nRT/V = (2.00)(8.314)(300)/0.0500 = 99{,}768\ \text{Pa}\), i.e. **99.8 kPa**.

b. \(y_{\mathrm{O_2}} = 0.30/2.00 = \mathbf{0.15}\)

c. \(y_{\mathrm{N_2}} = 0.60\), so \(p_{\mathrm{N_2}} = 0.60 \times 99.7\ \text{kPa} = \mathbf{59.8\ kPa}\)

**Exercise 5.2**

a. \(\bar M = 0.60(28.01) + 0.15(32.00) + 0.25(39.95) = 16.806 + 4.800 + 9.9875 = \mathbf{31.59\ g/mol}\)

b. As requested, I'll leave this one to you. (Hint: use the mass of argon over the total mass of the mixture.)"""

C3_USER2 = r"""thanks! now 5.3: tank A 2.0 L He at 300 kPa, tank B 3.0 L Ne at 150 kPa, same temperature, valve opened. a. final pressure b. (p_He, p_Ne). and 5.4: methane/ethane mixture (16.04, 30.07 g/mol) with apparent molar mass 20.0, mole fraction of methane to 3 s.f."""

C3_CODE = """VA, PA, VB, PB = 2.0, 300.0, 3.0, 150.0
print((PA*VA + PB*VB)/(VA+VB), PA*VA/(VA+VB), PB*VB/(VA+VB))
print((30.07-20.0)/(30.07-16.04))"""

C3_REPLY2_A = r"""Let me double-check the arithmetic with a quick calculation."""

C3_REPLY2_B = r"""**Exercise 5.3**

Each gas expands isothermally into the combined 5.0 L, so by Boyle's law for each component:

- \(p_{\mathrm{He}} = 300 \times 2.0/5.0 = 120\) kPa
- \(p_{\mathrm{Ne}} = 150 \times 3.0/5.0 = 90\) kPa

a. Final pressure: **210 kPa**

b. \((p_{\mathrm{He}}, p_{\mathrm{Ne}}) = (120, 90)\) kPa

**Exercise 5.4**

With \(y\) the methane mole fraction, \(16.04y + 30.07(1 - y) = 20.0\), so \(y = 10.07/14.03\):

**\(y_{\mathrm{CH_4}} = 0.718\)**"""

C3_USER3 = "what would the methane fraction be if the apparent molar mass were 25.0 instead?"

C3_REPLY3 = r"""Same equation with 25.0 on the right: \(y = (30.07 - 25.0)/14.03 = 5.07/14.03 \approx 0.361\).

So in that variant the methane mole fraction would be about **0.361**."""


def make_c3():
    c = ClaudeConv("7c3d4e5f-0000-4000-8000-000000000c03", "Ideal gas mixtures worksheet", "2025-02-20")
    c.add("human", 0, [T(C3_USER1)])
    c.add("assistant", 1, [THINK("n = 2.00 mol; P = 99.77 kPa. 5.2b skip per request."), T(C3_REPLY1)])
    c.add("human", 20, [T(C3_USER2)])
    c.add("assistant", 21, [
        THINK("Partial pressures via p_i V_i / V_total. Then 5.4 linear equation."),
        T(C3_REPLY2_A),
        tool_use(C3_CODE, "toolu_01C3gas00001"),
        tool_result("210.0 120.0 90.0\n0.7177476835352815", "toolu_01C3gas00001"),
        T(C3_REPLY2_B),
    ])
    c.add("human", 30, [T(C3_USER3)])
    c.add("assistant", 31, [T(C3_REPLY3)])
    write("gas-mixtures/transcripts/c3-claude-export.json", [c.export()])


if __name__ == "__main__":
    make_a2(); make_a5(); make_b2(); make_c2(); make_c3()
    print("wrote 5 export transcripts")
