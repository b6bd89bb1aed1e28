#!/usr/bin/env python3
"""Write the three data-export transcripts of this corpus (deterministic: no clocks, no randomness).

  optics-lenses-gratings/transcripts/chatgpt-conversations.json   ChatGPT export, regenerated branch,
                                                                  thoughts + reasoning_recap, current_node set
  acid-base-equilibria/transcripts/claude-export.json             Claude export, attachment, thinking,
                                                                  tool_use / tool_result
  graph-algorithms/transcripts/conversations.json                 ChatGPT export WITHOUT current_node,
                                                                  python tool call + execution_output,
                                                                  private-use citation markers
Run from anywhere: python3 generators/make_exports.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, prefix, t0):
        self.prefix, self.t, self.n = prefix, t0, 0
        self.mapping = {}
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return "%s-%04d-4c1e-9a7b-%012d" % (self.prefix, self.n, self.n * 7919)

    def add(self, parent, role, content, recipient="all", name=None, dt=20.0, meta=None):
        nid = self._id()
        self.t += dt
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conv(title, tree, current, t0, conv_id, with_current=True):
    d = {
        "title": title,
        "create_time": t0,
        "update_time": round(tree.t, 3),
        "mapping": tree.mapping,
    }
    if with_current:
        d["current_node"] = current
    d.update({"conversation_id": conv_id, "id": conv_id, "default_model_slug": "gpt-4o",
              "is_archived": False})
    return d


# ---------------------------------------------------------------- optics (ChatGPT, current_node)
OPTICS_USER = """Can you solve my optics homework? Show steps please.

1. A thin converging lens has focal length f = 20.0 cm. An object 1.50 cm tall stands 30.0 cm in front of the lens.
(a) Find the image distance d_i.
(b) Find the lateral magnification m.
(c) Find the image height h_i (with sign).
(d) A different lens is ground from glass with n = 1.50, with radii of curvature R1 = +10.0 cm and R2 = -15.0 cm. Use the lensmaker's equation to find its focal length.

2. Light of wavelength 550 nm falls at normal incidence on a transmission grating ruled with 600 lines per millimetre.
(a) What is the grating spacing d, in micrometres? (4 sig figs)
(b) At what angle (degrees, to 0.1° or better) is the first-order maximum?
(c) What is the highest order m that can be observed?
(d) True or false: illuminating more lines of the same grating increases the angular separation between the first- and second-order maxima."""

OPTICS_OLD = """## Problem 1

**(a)** Using 1/f = 1/d_o − 1/d_i: 1/d_i = 1/30 − 1/20 = −1/60, so d_i = −60 cm (virtual image).

**(b)** m = −d_i/d_o = 2

**(c)** h_i = 3.0 cm

**(d)** f = 12 cm

## Problem 2

(a) d = 1.667 μm  (b) θ₁ = 19.3°  (c) m_max = 3  (d) False"""

OPTICS_NEW = r"""Sure — here's a full worked solution.

## Problem 1 — Thin lens

**(a) Image distance**

Thin-lens equation:
$$\frac{1}{f}=\frac{1}{d_o}+\frac{1}{d_i}\quad\Rightarrow\quad \frac{1}{d_i}=\frac{1}{20.0}-\frac{1}{30.0}=\frac{3-2}{60}=\frac{1}{60}$$

**Answer:** $d_i = 60.0\ \text{cm}$ (real image, on the far side of the lens).

**(b) Magnification**

$$m=-\frac{d_i}{d_o}=-\frac{60.0}{30.0}$$

**Answer:** $m = -2.00$ (inverted, twice as large).

**(c) Image height**

$h_i = m\,h_o = (-2.00)(1.50\ \text{cm})$

**Answer:** $h_i = -3.00\ \text{cm}$

**(d) Lensmaker's equation**

$$\frac{1}{f}=(n-1)\left(\frac{1}{R_1}-\frac{1}{R_2}\right)=(0.50)\left(\frac{1}{10.0}-\frac{1}{15.0}\right)=0.50\cdot\frac{1}{30}=\frac{1}{60}$$

**Answer:** $f = 60\ \text{cm}$

## Problem 2 — Diffraction grating

**(a)** 600 lines/mm means $d = \frac{1\ \text{mm}}{600} = 1.6667\times10^{-3}\ \text{mm}$.

**Answer:** $d = 1.667\ \mu\text{m}$

**(b)** $d\sin\theta = m\lambda$ with $m=1$:
$$\sin\theta_1=\frac{0.550}{1.667}=0.330$$

**Answer:** $\theta_1 \approx 19.27^\circ$

**(c)** We need $\sin\theta \le 1$, so $m \le d/\lambda = 1.667/0.550 = 3.03$.

**Answer:** $m_{\max} = 3$

**(d)** The positions of the maxima depend only on $d$ and $\lambda$; more illuminated lines make each maximum *narrower* (better resolving power) but do not move them apart.

**Answer:** False."""

OPTICS_FOLLOW_U = "Thanks! What would (b) and (c) of problem 2 be if the light were 450 nm instead?"
OPTICS_FOLLOW_A = r"""For λ = 450 nm with the same grating:

- sin θ₁ = 0.450/1.667 = 0.270, so θ₁ ≈ 15.66°
- d/λ = 1.667/0.450 = 3.70, so the highest order is still m = 3

So only the angle changes noticeably; the number of visible orders stays the same."""


def optics():
    t0 = 1741874400.0
    other = Tree("aa01", t0 - 86400 * 3)
    u = other.add(other.root, "user", text("how much salt per litre of pasta water?"))
    a = other.add(u, "assistant", text("A common guideline is about 10 g of salt per litre of water (roughly 2 teaspoons)."))
    c_other = conv("Pasta water salt", other, a, t0 - 86400 * 3, "aa01-conv")

    tr = Tree("bb02", t0)
    sysn = tr.add(tr.root, "system", text(""), meta={"is_visually_hidden_from_conversation": True})
    u1 = tr.add(sysn, "user", text(OPTICS_USER))
    old = tr.add(u1, "assistant", text(OPTICS_OLD), dt=30)
    th = tr.add(u1, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Checking sign conventions", "content": "Real-is-positive: 1/f = 1/do + 1/di. di = 60. m = -2. Lensmaker with R2 negative..."},
        {"summary": "Grating orders", "content": "d = 1/600 mm = 1.6667 um; sin theta = 0.33; d/lambda = 3.03 so m max 3."}],
        "source_analysis_msg_id": "bb02-src"}, dt=90)
    rr = tr.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, dt=1)
    a1 = tr.add(rr, "assistant", text(OPTICS_NEW), dt=5)
    u2 = tr.add(a1, "user", text(OPTICS_FOLLOW_U), dt=120)
    a2 = tr.add(u2, "assistant", text(OPTICS_FOLLOW_A), dt=15)
    assert old
    c = conv("Thin lens and grating HW", tr, a2, t0, "bb02-conv")
    write("optics-lenses-gratings/transcripts/chatgpt-conversations.json", [c, c_other])


# ---------------------------------------------------------------- acid-base (Claude export)
ACID_PROBLEMS = open(os.path.join(ROOT, "acid-base-equilibria", "problems.md"), encoding="utf-8").read()

ACID_A1_TEXT = r"""I'll work through Problem Set 4 in order.

## Exercise 4.1

HCl is a strong acid, so [H⁺] = 0.025 M.

pH = −log(0.025) = **1.60**

## Exercise 4.2

**a)** With x ≪ 0.10: x² / 0.10 = 1.8 × 10⁻⁵ → x = √(1.8 × 10⁻⁶) = 1.34 × 10⁻³ M

pH = −log(1.34 × 10⁻³) = **2.87**

**b)** Percent ionisation = (1.34 × 10⁻³ / 0.10) × 100 ≈ **1.3 %**

## Exercise 4.3

**a)** Henderson–Hasselbalch: pH = pK_a + log([HA]/[A⁻]) = 4.74 + log(0.20/0.30) = 4.74 − 0.176 = **4.56**

**b)** The NaOH converts acid to acetate: HA 0.20 → 0.19 mol, A⁻ 0.30 → 0.31 mol.

pH = 4.74 + log(0.31/0.19) = 4.74 + 0.222 = 4.96

Wait, let me recompute that log: log(0.31/0.19) = log(1.6316) = 0.2126, not 0.222.

pH = 4.74 + 0.213 = **4.95**

## Exercise 4.4

**a)** Moles of acid = 0.02500 L × 0.100 M = 2.50 mmol. V = 2.50 mmol / 0.125 M = **20.0 mL**

**b)** At equivalence all the acid is acetate: 2.50 mmol in 25.00 mL, so [A⁻] = 0.100 M.

K_b = K_w/K_a = 5.56 × 10⁻¹⁰, [OH⁻] = √(5.56 × 10⁻¹⁰ × 0.100) = 7.45 × 10⁻⁶ M

pOH = 5.13, so pH = **8.87**

**c)** The equivalence pH is basic, so the indicator should change colour around pH 8–10: **(C) phenolphthalein**."""

ACID_U2 = "For 4.2b my lab partner says 1.34%. Which is it?"
ACID_A2_TEXT = r"""Your lab partner is just keeping one more figure. The value is 1.3416…%, so to three significant figures it's 1.34%. My "1.3 %" was the same number rounded to two figures — the exercise asks for three, so write 1.34 %."""


def acid():
    ts = lambda m, s=0: "2025-03-09T19:%02d:%02d.000000+00:00" % (m, s)
    att = [{"file_name": "ps4.md", "file_size": len(ACID_PROBLEMS.encode()), "file_type": "text/markdown",
            "extracted_content": ACID_PROBLEMS}]
    human1 = {"uuid": "c0a1-0001", "text": "Can you do all of this? Two decimals for pH.",
              "content": [{"type": "text", "text": "Can you do all of this? Two decimals for pH.",
                           "start_timestamp": ts(1), "stop_timestamp": ts(1), "citations": []}],
              "sender": "human", "created_at": ts(1), "updated_at": ts(1), "attachments": att, "files": []}
    code = "import math\nx=math.sqrt(1.8e-5*0.10)\nprint(-math.log10(0.025), -math.log10(x), 100*x/0.10)\nprint(4.74+math.log10(1.5), 4.74+math.log10(0.31/0.19))"
    a1_blocks = [
        {"type": "thinking", "thinking": "Strong acid first. Then weak acid approx, buffer, titration. Percent ionisation should be 1.34 or so. Let me quickly check numbers.",
         "summaries": [{"summary": "Planning the acid-base calculations"}], "start_timestamp": ts(2), "stop_timestamp": ts(2, 9)},
        {"type": "tool_use", "name": "repl", "input": {"code": code}, "start_timestamp": ts(2, 10), "stop_timestamp": ts(2, 11)},
        {"type": "tool_result", "name": "repl", "is_error": False,
         "content": [{"type": "text", "text": "1.6020599913279623 2.872363763962543 1.3416407864998738\n4.916091259055681 4.952607540307069"}],
         "start_timestamp": ts(2, 12), "stop_timestamp": ts(2, 12)},
        {"type": "text", "text": ACID_A1_TEXT, "start_timestamp": ts(2, 13), "stop_timestamp": ts(2, 40), "citations": []},
    ]
    asst1 = {"uuid": "c0a1-0002", "text": ACID_A1_TEXT, "content": a1_blocks, "sender": "assistant",
             "created_at": ts(2), "updated_at": ts(2, 40), "attachments": [], "files": []}
    human2 = {"uuid": "c0a1-0003", "text": ACID_U2,
              "content": [{"type": "text", "text": ACID_U2, "start_timestamp": ts(9), "stop_timestamp": ts(9), "citations": []}],
              "sender": "human", "created_at": ts(9), "updated_at": ts(9), "attachments": [], "files": []}
    asst2 = {"uuid": "c0a1-0004", "text": ACID_A2_TEXT,
             "content": [{"type": "text", "text": ACID_A2_TEXT, "start_timestamp": ts(9, 5), "stop_timestamp": ts(9, 15), "citations": []}],
             "sender": "assistant", "created_at": ts(9, 5), "updated_at": ts(9, 15), "attachments": [], "files": []}
    graded = {"uuid": "c0a1-conv", "name": "Acid-base problem set 4", "created_at": ts(1), "updated_at": ts(9, 15),
              "account": {"uuid": "acct-0001"}, "chat_messages": [human1, asst1, human2, asst2]}
    o_h = "Tighten this sentence: 'I am writing to apply for the position which was advertised.'"
    o_a = "\"I am applying for the advertised position.\""
    other = {"uuid": "c0a1-other", "name": "Cover letter edits", "created_at": "2025-03-08T10:00:00.000000+00:00",
             "updated_at": "2025-03-08T10:00:30.000000+00:00", "account": {"uuid": "acct-0001"},
             "chat_messages": [
                 {"uuid": "c0a1-o1", "text": o_h, "content": [{"type": "text", "text": o_h, "citations": []}], "sender": "human",
                  "created_at": "2025-03-08T10:00:00.000000+00:00", "updated_at": "2025-03-08T10:00:00.000000+00:00", "attachments": [], "files": []},
                 {"uuid": "c0a1-o2", "text": o_a, "content": [{"type": "text", "text": o_a, "citations": []}], "sender": "assistant",
                  "created_at": "2025-03-08T10:00:30.000000+00:00", "updated_at": "2025-03-08T10:00:30.000000+00:00", "attachments": [], "files": []}]}
    write("acid-base-equilibria/transcripts/claude-export.json", [other, graded])


# ---------------------------------------------------------------- graphs (ChatGPT, no current_node)
G_USER = """PS7 — shortest paths / MST / max flow. Give final answers clearly.

Problem 1. Directed graph on A..F: A→B 4, A→C 2, C→B 1, B→D 5, C→D 8, C→E 10, D→E 2, D→F 6, E→F 2.
(a) Run Dijkstra from A. dist(A,F)?
(b) Vector of shortest distances (dA, dB, dC, dD, dE, dF) from A.
(c) T/F: Dijkstra is guaranteed correct on any directed graph with a negative edge weight but no negative cycle.

Problem 2. Undirected: PQ 3, PR 1, QR 4, QS 2, RS 5, RT 7, ST 6, SU 8, TU 9, QU 10.
(a) Total weight of an MST?
(b) Prim from U: (i) weight of the first edge added? (ii) weight of the last edge added?

Problem 3. Capacities s→a 10, s→b 10, a→b 4, a→t 7, b→t 9.
(a) Max s–t flow value?
(b) Capacity of a→t raised from 7 to 12. New max flow?"""

G_CODE = """import heapq
E={'A':{'B':4,'C':2},'C':{'B':1,'D':8,'E':10},'B':{'D':5},'D':{'E':2,'F':6},'E':{'F':2},'F':{}}
d={v:float('inf') for v in 'ABCDEF'}; d['A']=0; pq=[(0,'A')]
while pq:
    x,u=heapq.heappop(pq)
    if x>d[u]: continue
    for v,w in E[u].items():
        if x+w<d[v]: d[v]=x+w; heapq.heappush(pq,(x+w,v))
print(d)"""

G_OLD = """**1(a)** dist(A,F) = 14 (path A→B→D→F)
**1(b)** (0, 4, 2, 9, 11, 14)
**1(c)** False
**2(a)** 20
**2(b)** (i) 8 (ii) 6
**3(a)** 16
**3(b)** 21"""

G_NEW = """Dijkstra output above confirms the distances. Here are all the answers.

### Problem 1

**(a)** Vertices are finalised in the order A(0), C(2), B(3), D(8), E(10), F(12). The best route is A→C→B→D→E→F.

dist(A, F) = **12**

**(b)** (d_A, d_B, d_C, d_D, d_E, d_F) = **(0, 3, 2, 8, 10, 12)**

**(c)** **False.** Dijkstra finalises a vertex when it is popped, and a negative edge discovered later can still lower that distance (see the standard counterexample \ue200cite\ue202turn0search2\ue201). Use Bellman–Ford instead.

### Problem 2

**(a)** Kruskal: PR 1, QS 2, PQ 3, (skip QR 4, RS 5), ST 6, (skip RT 7), SU 8.
Total MST weight = 1 + 2 + 3 + 6 + 8 = **20**

**(b)** Prim from U:
- (i) The cheapest edge leaving {U} is SU, so the first edge has weight **8**.
- (ii) Then QS 2, PQ 3, ST 6, and finally PR. The last edge added has weight **1**.

### Problem 3

**(a)** Cut S = {s, a, b}: a→t 7 + b→t 9 = 16, and a flow of 16 is achievable (s→a 7, s→b 9... plus a→b 0). Max flow = **16**.

**(b)** With a→t = 12 the cut {s, a, b} grows to 21 but the cut {s, b} has capacity s→a 10 + b→t 9 = 19. So the new max flow is either **19** or **21** — depending on whether the a→b edge can carry the extra flow."""


def graphs():
    t0 = 1743520000.0
    o = Tree("cc03", t0 - 4000)
    u = o.add(o.root, "user", text("Explain the difference between BFS and DFS in one sentence."))
    a = o.add(u, "assistant", text("BFS explores a graph level by level using a queue, while DFS follows one branch as deep as possible using a stack (or recursion)."))
    c_other = conv("BFS vs DFS", o, a, t0 - 4000, "cc03-conv", with_current=False)

    tr = Tree("dd04", t0)
    u1 = tr.add(tr.root, "user", text(G_USER))
    old = tr.add(u1, "assistant", text(G_OLD), dt=25)
    code = tr.add(u1, "assistant", {"content_type": "code", "language": "unknown", "text": G_CODE},
                  recipient="python", dt=400)
    out = tr.add(code, "tool", {"content_type": "execution_output",
                                "text": "{'A': 0, 'B': 3, 'C': 2, 'D': 8, 'E': 10, 'F': 12}"}, name="python", dt=2)
    a1 = tr.add(out, "assistant", text(G_NEW), dt=10)
    assert old and a1
    c = conv("PS7 graphs", tr, a1, t0, "dd04-conv", with_current=False)
    write("graph-algorithms/transcripts/conversations.json", [c, c_other])


if __name__ == "__main__":
    optics()
    acid()
    graphs()
