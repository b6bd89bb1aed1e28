#!/usr/bin/env python3
"""Deterministically writes the three data-export transcripts of this corpus.

Re-running gives byte-identical files (fixed ids, fixed timestamps, sorted output).
  crystal-structures/transcripts/crystal-export.json        ChatGPT conversations.json, with current_node
  generating-functions/transcripts/genfun-export.json       ChatGPT conversations.json, WITHOUT current_node
  pipeline-cpi/transcripts/pipeline-claude-export.json      Claude data export
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CITE = "\ue200cite\ue202turn0search3\ue201"


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, prefix, t0):
        self.prefix = prefix
        self.t = t0
        self.n = 0
        self.mapping = {}

    def _id(self):
        self.n += 1
        return f"{self.prefix}-{self.n:04d}-aaaa-bbbb-{self.n:012d}"

    def add(self, parent, role, content, recipient="all", metadata=None, dt=7.0,
            end_turn=None, with_message=True):
        nid = self._id()
        self.t += dt
        msg = None
        if with_message:
            msg = {
                "id": nid,
                "author": {"role": role, "name": None, "metadata": {}},
                "create_time": round(self.t, 3),
                "update_time": None,
                "content": content,
                "status": "finished_successfully",
                "end_turn": end_turn,
                "weight": 1.0,
                "metadata": metadata or {},
                "recipient": recipient,
                "channel": None,
            }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, s, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, **kw)


def conversation(title, tree, current, conv_id, create, update, include_current=True):
    conv = {
        "title": title,
        "create_time": create,
        "update_time": update,
        "mapping": tree.mapping,
        "moderation_results": [],
        "plugin_ids": None,
        "conversation_id": conv_id,
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": "gpt-4o",
        "id": conv_id,
    }
    if include_current:
        conv["current_node"] = current
    return conv


# ---------------------------------------------------------------- crystal-structures export
CRYSTAL_PROMPT = r"""Can you help me check my answers for this materials HW? Here's the problem set:

Exercise 3.1 Copper crystallises in the face-centred cubic (FCC) structure. Its atomic radius is R = 0.128 nm and its atomic weight is 63.55 g/mol.
(a) Compute the cubic lattice parameter a in nm, to four significant figures. [3 pts]
(b) Compute the theoretical density of copper in g/cm^3, to three significant figures. [4 pts]
(c) Give the exact atomic packing factor of the FCC structure (a closed-form expression, not a decimal). [3 pts]

Exercise 3.2 Cubic unit cell, all coordinates in units of the lattice parameter.
(a) A plane intercepts the axes at x = 1/2, y = ∞ and z = 1. Give its Miller indices (hkl). [2 pts]
(b) Give the indices [uvw] (smallest integers) of the direction that starts at the point (1, 0, 0) and ends at the point (0, 1, 1/2). [3 pts]
(c) For the copper cell of Exercise 3.1, compute the interplanar spacing d111 in nm, to four significant figures. [3 pts]

Exercise 3.3 X-ray diffraction with Cu Kα radiation, λ = 0.1541 nm.
(a) Using your answer to 3.2(c), find the diffraction angle 2θ (in degrees, to two decimal places) of the first-order (111) reflection of copper. [3 pts]
(b) For a body-centred cubic (BCC) metal, which of the following reflections is absent (systematically extinct)? (A) (110) (B) (200) (C) (211) (D) (111)

Use N_A = 6.022e23."""

CRYSTAL_OLD = r"""Sure! Here are worked solutions.

**3.1 (a)** For FCC, $a = 2\sqrt{2}R = 0.3620$ nm.

**3.1 (b)** Copper has 2 atoms per cell... so $\rho = \frac{2 \times 63.55}{(0.3620\times10^{-7})^3 \times 6.022\times10^{23}} \approx 4.45$ g/cm³.

**3.1 (c)** APF $= 0.74$.

**3.2 (a)** $(2\,0\,1)$  **(b)** $[\bar{2}\,2\,1]$  **(c)** $d_{111} = a/\sqrt{3} = 0.2090$ nm

**3.3 (a)** $2\theta = 43.26^\circ$  **(b)** (B) (200)"""

CRYSTAL_THOUGHTS = [
    {"summary": "Working through FCC geometry",
     "content": "FCC: atoms touch along face diagonal, sqrt2 a = 4R, a = 0.362 nm. Density uses n = 4. Maybe the density is 8.93? Check with a^3 carefully.",
     "finished": True},
    {"summary": "Checking the direction vector",
     "content": "Direction is head minus tail... or tail minus head. (1,0,0)-(0,1,1/2) = (1,-1,-1/2).",
     "finished": True},
]

CRYSTAL_PART1 = r"""Here's a full worked set — compare with yours.

## Exercise 3.1

**(a) Lattice parameter.** In FCC the atoms touch along the face diagonal, so $\sqrt{2}\,a = 4R$:

$$a = 2\sqrt{2}\,R = 2\sqrt{2}\,(0.128\ \text{nm}) = 0.36204\ \text{nm}$$

**a = 0.3620 nm** (four significant figures).

**(b) Density.** FCC has $n = 4$ atoms per cell. With $a = 3.6204\times10^{-8}$ cm, $a^3 = 4.7454\times10^{-23}\ \text{cm}^3$, so

$$\rho = \frac{nA}{a^3 N_A} = \frac{4(63.55)}{(4.7454\times10^{-23})(6.022\times10^{23})} = \frac{254.2}{28.577}$$

**ρ ≈ 8.90 g/cm³** (the handbook value is 8.96 g/cm³, so this is reasonable).

**(c) Packing factor.** Four atoms of volume $\tfrac43\pi R^3$ in a cell of volume $a^3 = (2\sqrt2 R)^3 = 16\sqrt2 R^3$:

$$\text{APF} = \frac{\tfrac{16}{3}\pi R^3}{16\sqrt{2}\,R^3} = \frac{\pi}{3\sqrt{2}}$$

$\boxed{\text{APF} = \dfrac{\pi}{3\sqrt{2}} = \dfrac{\pi\sqrt{2}}{6} \approx 0.7405}$

## Exercise 3.2

**(a)** Reciprocals of the intercepts $(\tfrac12, \infty, 1)$ are $(2, 0, 1)$; no fractions to clear, so the plane is **(2 0 1)**.

**(b)** The direction vector is start minus end: $(1,0,0) - (0,1,\tfrac12) = (1, -1, -\tfrac12)$. Multiplying by 2 to clear the fraction:

**Direction = $[2\,\bar{2}\,\bar{1}]$**

**(c)** For a cubic cell $d_{hkl} = a/\sqrt{h^2+k^2+l^2}$, so $d_{111} = 0.36204/\sqrt{3}$ → **d₁₁₁ = 0.2090 nm**.

Let me get the Bragg angle numerically for 3.3."""

CRYSTAL_CODE = """import math
lam = 0.1541
d = 0.36204 / math.sqrt(3)
theta = math.degrees(math.asin(lam / (2 * d)))
print(d, theta, 2 * theta)"""

CRYSTAL_OUT = "0.2090238914574121 21.630420181174667 43.260840362349334"

CRYSTAL_PART2 = r"""## Exercise 3.3

**(a)** Bragg's law with $n = 1$: $\sin\theta = \lambda/(2d_{111}) = 0.1541/(2 \times 0.20902) = 0.36862$, so $\theta = 21.63^\circ$ and

**2θ = 43.26°**

**(b)** In a BCC lattice the structure factor vanishes whenever $h+k+l$ is odd""" + CITE + r""". Checking: (110) → 2, (200) → 2, (211) → 4, (111) → 3 (odd). So the absent reflection is **(D) (111)**.

### Summary

| Part | Answer |
|---|---|
| 3.1(a) | 0.3620 nm |
| 3.1(b) | 8.90 g/cm³ |
| 3.1(c) | π/(3√2) |
| 3.2(a) | (2 0 1) |
| 3.2(b) | [2 2̄ 1̄] |
| 3.2(c) | 0.2090 nm |
| 3.3(a) | 43.26° |
| 3.3(b) | D |"""


def crystal_export():
    convs = []
    # unrelated conversation (older)
    t = Tree("c1a0e7f2", 1738400000.0)
    root = t.add(None, "system", None, with_message=False)
    sys_ = t.add(root, "system", {"content_type": "text", "parts": [""]},
                 metadata={"is_visually_hidden_from_conversation": True}, dt=0.0)
    u = t.text(sys_, "user", "Write a short birthday message for my grandma, she's turning 80 and loves gardening")
    a = t.text(u, "assistant", "Happy 80th birthday, Grandma! 🌷 May your year be as full of blooms as your garden — "
               "thank you for teaching us that good things grow with patience and love.", end_turn=True)
    convs.append(conversation("Birthday message for grandma", t, a,
                              "67a1b2c3-0000-4000-8000-000000000001", 1738400000.0, t.t))

    # graded conversation
    t = Tree("d7c3f1e9", 1739012345.0)
    root = t.add(None, "system", None, with_message=False)
    sys_ = t.add(root, "system", {"content_type": "text", "parts": [""]},
                 metadata={"is_visually_hidden_from_conversation": True}, dt=0.0)
    u = t.text(sys_, "user", CRYSTAL_PROMPT)
    # first generation (regenerated away, not graded)
    t.text(u, "assistant", CRYSTAL_OLD, end_turn=True, dt=20.0)
    # second generation: thoughts, recap, text, code, output, text
    th = t.add(u, "assistant", {"content_type": "thoughts", "thoughts": CRYSTAL_THOUGHTS,
                                "source_analysis_msg_id": "x1"}, dt=95.0)
    rr = t.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, dt=1.0)
    p1 = t.text(rr, "assistant", CRYSTAL_PART1, dt=6.0)
    code = t.add(p1, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None,
                                   "text": CRYSTAL_CODE}, recipient="python", dt=2.0)
    out = t.add(code, "tool", {"content_type": "execution_output", "text": CRYSTAL_OUT},
                metadata={"aggregate_result": {"status": "success", "code": CRYSTAL_CODE}}, dt=1.5)
    t.mapping[out]["message"]["author"]["name"] = "python"
    p2 = t.text(out, "assistant", CRYSTAL_PART2, end_turn=True, dt=5.0)
    convs.append(conversation("MSE HW3 crystal structures", t, p2,
                              "67a6f0d9-0000-4000-8000-000000000002", 1739012345.0, t.t))
    convs.sort(key=lambda c: -c["update_time"])
    write("crystal-structures/transcripts/crystal-export.json", convs)


# ---------------------------------------------------------------- generating-functions export (no current_node)
GF_PROMPT = r"""Discrete math hw 7, please solve all parts and show work

Question 1 — Counting with generating functions
a) Find the coefficient of x^10 in (1 + x + x^2 + x^3 + ...)^3.
b) How many integer solutions does x1 + x2 + x3 = 10 have with 0 ≤ xi ≤ 4 for every i?

Question 2 — A linear recurrence
The sequence (a_n) satisfies a_n = 5a_{n-1} − 6a_{n-2} for n ≥ 2, with a_0 = 1 and a_1 = 4.
a) Find a closed form for a_n.
b) Compute a_6.
c) Give the 2×2 matrix M such that (a_n, a_{n-1})^T = M (a_{n-1}, a_{n-2})^T.

Question 3 — Derangements
A secretary puts 6 letters into 6 addressed envelopes uniformly at random, one letter per envelope.
a) In how many of the 6! arrangements does no letter end up in its own envelope?
b) What is the probability that no letter ends up in its own envelope? Give a fraction in lowest terms.
c) True or false: for every n ≥ 2, D_n = (n−1)(D_{n−1} + D_{n−2}) (with D_0 = 1, D_1 = 0)."""

GF_OLD = r"""### Question 1
**a)** $(1-x)^{-3} = \sum \binom{k+2}{2}x^k$, so the coefficient is $\binom{12}{2} = 66$.

**b)** Inclusion–exclusion: $66 - 3\binom{7}{2} = 66 - 63 = 3$.

### Question 2
**a)** $a_n = 2\cdot 3^n - 2^n$  **b)** $a_6 = 1394$  **c)** $M = \begin{pmatrix}5 & -6\\ 1 & 0\end{pmatrix}$

### Question 3
**a)** $D_6 = 265$  **b)** $265/720 = 53/144$  **c)** True."""

GF_NEW_1 = r"""Sure — here's everything worked out.

## Question 1

**a)** Each factor is $\frac{1}{1-x}$, so we need the coefficient of $x^{10}$ in $(1-x)^{-3} = \sum_{k\ge0}\binom{k+2}{2}x^k$:

$$[x^{10}]\,(1-x)^{-3} = \binom{12}{2} = 66.$$

**Answer: 66**

**b)** Now each factor is truncated: $(1 + x + \dots + x^4)^3 = \left(\frac{1-x^5}{1-x}\right)^3$. Expanding $(1-x^5)^3 = 1 - 3x^5 + 3x^{10} - x^{15}$:

$$[x^{10}] = \binom{12}{2} - 3\binom{7}{2} + 3\binom{2}{2} = 66 - 63 + 3 = 6.$$

**Answer: 6** (these are the 6 arrangements of (4,4,2), (4,3,3)).

## Question 2

**a)** Characteristic equation $r^2 - 5r + 6 = 0$, roots $r = 2, 3$. So $a_n = A\,2^n + B\,3^n$ with $A + B = 1$ and $2A + 3B = 4$, giving $B = 2$, $A = -1$:

$$\boxed{a_n = 2\cdot 3^n - 2^n}$$

**b)** $a_6 = 2\cdot 729 - 64 = \mathbf{1394}$.

**c)** We want $M$ acting on the column $(a_{n-1}, a_{n-2})^T$. Writing the recurrence row by row:

$$M = \begin{pmatrix} 5 & 1 \\ -6 & 0 \end{pmatrix}$$

## Question 3

**a)** Let me just brute-force this to be safe."""

GF_CODE = """from itertools import permutations
print(sum(all(p[i] != i for i in range(6)) for p in permutations(range(6))))"""

GF_NEW_2 = r"""So there are $D_6 = \mathbf{265}$ derangements.

**b)** $P = \dfrac{265}{720} = \dfrac{53}{144}$.

**c)** **True.** Condition on where letter 1 goes (n−1 choices, say to position k): either k goes to 1 (leaving a derangement of n−2) or it doesn't (a derangement of n−1), giving $D_n = (n-1)(D_{n-1} + D_{n-2})$. Check: $D_2 = 1\cdot(0+1) = 1$, $D_3 = 2(1+0) = 2$ ✓.

---

| Part | Answer |
|---|---|
| 1a | 66 |
| 1b | 6 |
| 2a | $2\cdot3^n - 2^n$ |
| 2b | 1394 |
| 2c | $\begin{pmatrix}5&1\\-6&0\end{pmatrix}$ |
| 3a | 265 |
| 3b | ≈ 0.3679 (≈ 1/e) |
| 3c | True |"""

GF_FOLLOW_U = "thanks!! is there a quick way to remember the 1/e thing?"
GF_FOLLOW_A = r"""Yes: $D_n/n! = \sum_{k=0}^{n} \frac{(-1)^k}{k!}$, which is the Taylor series of $e^{-1}$ cut off at $k = n$. It converges very fast, so for any $n \ge 4$ or so the probability of "nobody gets their own letter" is already within 0.001 of $1/e \approx 0.3679$."""


def genfun_export():
    convs = []
    t = Tree("9b1e44c0", 1741190000.0)
    root = t.add(None, "system", None, with_message=False)
    u = t.text(root, "user", GF_PROMPT)
    t.text(u, "assistant", GF_OLD, end_turn=True, dt=18.0)          # older generation
    a1 = t.text(u, "assistant", GF_NEW_1, dt=240.0)                   # regenerated, later
    code = t.add(a1, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None,
                                   "text": GF_CODE}, recipient="python", dt=2.0)
    out = t.add(code, "tool", {"content_type": "execution_output", "text": "265"}, dt=1.0)
    t.mapping[out]["message"]["author"]["name"] = "python"
    a2 = t.text(out, "assistant", GF_NEW_2, end_turn=True, dt=4.0)
    fu = t.text(a2, "user", GF_FOLLOW_U, dt=300.0)
    t.text(fu, "assistant", GF_FOLLOW_A, end_turn=True, dt=6.0)
    convs.append(conversation("Discrete Math HW7 Solutions", t, None,
                              "67c8a9b0-0000-4000-8000-000000000003", 1741190000.0, t.t,
                              include_current=False))

    t2 = Tree("5f2d8a71", 1741000000.0)
    root = t2.add(None, "system", None, with_message=False)
    u = t2.text(root, "user", "quiz me on 5 spanish food words")
    t2.text(u, "assistant", "¡Claro! 1) manzana 2) queso 3) pan 4) pollo 5) zanahoria — what does each mean?",
            end_turn=True)
    convs.append(conversation("Spanish vocab quiz", t2, None,
                              "67c5b1f3-0000-4000-8000-000000000004", 1741000000.0, t2.t,
                              include_current=False))
    write("generating-functions/transcripts/genfun-export.json", convs)


# ---------------------------------------------------------------- Claude export (pipeline-cpi)
PS5_ATTACHMENT = """CS 3350 Computer Organization  Problem Set 5  Spring term
Problem Set 5: Performance, CPI and Pipelining
Due in lecture. Give numerical answers with units where applicable.
1. A program running on a 2.5 GHz processor has the following dynamic instruction mix.
Class Fraction CPI
ALU 45% 1
Load 25% 4
Store 10% 3
Branch 20% 2
(a) (3 points) What is the average CPI of the program?
(b) (3 points) What is the processor's native MIPS rating for this program? Round to the nearest whole MIPS.
(c) (3 points) How long (in seconds) does the program take if it executes 10^9 instructions?
2. A single-cycle datapath is split into a five-stage pipeline with stage latencies IF = 250 ps, ID = 350 ps, EX = 150 ps, MEM = 300 ps, WB = 200 ps. Every pipeline register adds 20 ps. The unpipelined design also needs one register, so its cycle is 1250 + 20 = 1270 ps.
(a) (2 points) What is the clock cycle time of the pipelined processor, in ps?
(b) (4 points) Ignoring hazards, what is the speedup of the pipelined processor over the unpipelined one when executing 1000 instructions (include the cycles needed to fill the pipeline)? Give three significant figures.
(c) (2 points) Which kind of hazard can be eliminated (in the common case) by adding forwarding (bypassing) paths?
A. Structural hazards
B. Data (read-after-write) hazards
C. Control hazards
D. Cache-miss hazards
3. Amdahl's law.
(a) (3 points) An enhancement makes 80% of a program's execution time run 4 times faster. What is the overall speedup?
(b) (3 points) If a fraction f of the execution time can be sped up by an arbitrarily large factor, give an expression for the upper bound on the overall speedup in terms of f.
Honour code: I have neither given nor received unauthorized aid.
Page 1"""

PS5_THINK = ("The user wants solutions to PS5. CPI = 0.45*1 + 0.25*4 + 0.10*3 + 0.20*2 = 0.45+1.0+0.3+0.4 = 2.15. "
             "MIPS = 2500/2.15 = 1162.8. Cycle = 350+20 = 370. Speedup maybe 1270/370 = 3.43. "
             "Amdahl 1/(0.2+0.2) = 2.5.")

PS5_TEXT_1 = """I'll work through each problem. Let me verify the arithmetic quickly first."""

PS5_CODE = """const cpi = 0.45*1 + 0.25*4 + 0.10*3 + 0.20*2;
console.log(cpi, 2500/cpi, 1e9*cpi/2.5e9);
console.log(Math.max(250,350,150,300,200)+20, 1270/370);"""

PS5_RESULT = """2.15 1162.7906976744187 0.86
370 3.4324324324324325"""

PS5_TEXT_2 = r"""## Problem 1

**(a)** Weighted average of the class CPIs:

CPI = 0.45(1) + 0.25(4) + 0.10(3) + 0.20(2) = 0.45 + 1.00 + 0.30 + 0.40 = **2.15**

**(b)** MIPS = clock rate / (CPI × 10⁶) = 2500 MHz / 2.15 = 1162.79, so the rating is **1163 MIPS**.

**(c)** Time = IC × CPI / f = 10⁹ × 2.15 / (2.5 × 10⁹ Hz) = **0.86 s**.

## Problem 2

**(a)** The cycle must fit the slowest stage plus the register overhead: 350 + 20 = **370 ps**.

**(b)** In steady state the pipeline completes one instruction per 370 ps versus 1270 ps unpipelined:

Speedup = 1270 / 370 ≈ **3.43**

**(c)** Forwarding sends an ALU result straight to the next instruction's inputs, so it removes most read-after-write stalls: **B**.

## Problem 3

**(a)** Speedup = 1 / ((1 − 0.8) + 0.8/4) = 1 / (0.2 + 0.2) = **2.5**

**(b)** Let the enhancement factor s → ∞: the enhanced part's time goes to zero and

S_max = lim_{s→∞} 1 / ((1 − f) + f/s) = **1 / (1 − f)**"""

PS5_U2 = "for 2b the question says include the cycles to fill the pipeline, does that change it?"

PS5_TEXT_3 = r"""Yes — good catch, I used the steady-state ratio. With fill included, 1000 instructions on a 5-stage pipeline take 5 + 999 = 1004 cycles:

- Pipelined: 1004 × 370 ps = 371,480 ps
- Unpipelined: 1000 × 1270 ps = 1,270,000 ps

Speedup = 1,270,000 / 371,480 = 3.4188…, so to three significant figures the answer to 2(b) is **3.42** (not 3.43). Everything else stays the same."""


def claude_msg(uuid, sender, blocks, created, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uuid,
        "text": text,
        "content": blocks,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": attachments or [],
        "files": [],
    }


def tb(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


def pipeline_claude_export():
    acct = {"uuid": "0c4e2f7a-1111-4222-8333-444455556666"}
    conv_other = {
        "uuid": "a13f9c22-5b6e-4c1d-9e0a-7f3b2c1d0e01",
        "name": "Resume bullet points for TA job",
        "created_at": "2025-03-28T18:02:11.204611Z",
        "updated_at": "2025-03-28T18:05:40.990120Z",
        "account": acct,
        "chat_messages": [
            claude_msg("b0000001-0000-4000-8000-000000000001", "human",
                       [tb("Turn 'graded labs for 60 students' into a stronger resume bullet",
                           "2025-03-28T18:02:11.204611Z", "2025-03-28T18:02:11.204611Z")],
                       "2025-03-28T18:02:11.204611Z"),
            claude_msg("b0000001-0000-4000-8000-000000000002", "assistant",
                       [tb("• Evaluated weekly lab submissions for 60+ students, returning feedback within 48 hours "
                           "and flagging common misconceptions to the instructor.",
                           "2025-03-28T18:02:14.000000Z", "2025-03-28T18:02:19.000000Z")],
                       "2025-03-28T18:02:14.000000Z"),
        ],
    }
    msgs = [
        claude_msg("c0000002-0000-4000-8000-000000000001", "human",
                   [tb("can you solve this problem set? I want to check my answers",
                       "2025-04-02T20:11:05.118274Z", "2025-04-02T20:11:05.118274Z")],
                   "2025-04-02T20:11:05.118274Z",
                   attachments=[{"file_name": "ps5.pdf", "file_size": 2311, "file_type": "pdf",
                                 "extracted_content": PS5_ATTACHMENT}]),
        claude_msg("c0000002-0000-4000-8000-000000000002", "assistant",
                   [
                       {"start_timestamp": "2025-04-02T20:11:08.000000Z", "stop_timestamp": "2025-04-02T20:11:15.000000Z",
                        "type": "thinking", "thinking": PS5_THINK, "summaries": [{"summary": "Computing CPI and pipeline speedup."}],
                        "cut_off": False},
                       tb(PS5_TEXT_1, "2025-04-02T20:11:15.000000Z", "2025-04-02T20:11:16.000000Z"),
                       {"start_timestamp": "2025-04-02T20:11:16.000000Z", "stop_timestamp": "2025-04-02T20:11:18.000000Z",
                        "type": "tool_use", "name": "repl", "input": {"code": PS5_CODE}},
                       {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
                        "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"" +
                                     PS5_RESULT.replace("\n", "\",\"") + "\"]}", "uuid": "d1e2f3a4-0000-4000-8000-000000000009"}],
                        "is_error": False},
                       tb(PS5_TEXT_2, "2025-04-02T20:11:19.000000Z", "2025-04-02T20:11:41.000000Z"),
                   ],
                   "2025-04-02T20:11:08.000000Z"),
        claude_msg("c0000002-0000-4000-8000-000000000003", "human",
                   [tb(PS5_U2, "2025-04-02T20:19:52.500000Z", "2025-04-02T20:19:52.500000Z")],
                   "2025-04-02T20:19:52.500000Z"),
        claude_msg("c0000002-0000-4000-8000-000000000004", "assistant",
                   [tb(PS5_TEXT_3, "2025-04-02T20:19:55.000000Z", "2025-04-02T20:20:04.000000Z")],
                   "2025-04-02T20:19:55.000000Z"),
    ]
    conv = {
        "uuid": "f5a2c0d1-7e3b-4a9c-8d2e-1b0c9a8f7e6d",
        "name": "PS5 pipelining and CPI",
        "created_at": "2025-04-02T20:11:05.118274Z",
        "updated_at": "2025-04-02T20:20:04.000000Z",
        "account": acct,
        "chat_messages": msgs,
    }
    write("pipeline-cpi/transcripts/pipeline-claude-export.json", [conv_other, conv])


if __name__ == "__main__":
    crystal_export()
    genfun_export()
    pipeline_claude_export()
