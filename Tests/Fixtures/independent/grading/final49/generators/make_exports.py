#!/usr/bin/env python3
"""Write the five JSON chat exports of the final49 corpus.

Deterministic: fixed ids and timestamps, no randomness; re-running gives byte-identical files.
Run from anywhere:  python3 generators/make_exports.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# private-use citation markers as seen in ChatGPT exports
CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return f"{CITE_OPEN}cite{CITE_SEP}{ref}{CITE_CLOSE}"


def write(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, title, conv_id, t0, with_children=True):
        self.title, self.id, self.t = title, conv_id, t0
        self.mapping = {}
        self.with_children = with_children
        self.n = 0
        root = f"{conv_id}-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _add(self, parent, message):
        self.n += 1
        nid = f"{self.id}-n{self.n:02d}"
        message["id"] = nid
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, parent, role, content, dt=7.0, name=None, recipient="all", metadata=None, hidden=False):
        self.t = round(self.t + dt, 3)
        m = {
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": dict(metadata or {}),
            "recipient": recipient,
        }
        if hidden:
            m["metadata"]["is_visually_hidden_from_conversation"] = True
        return self._add(parent, m)

    def text(self, parent, role, text, dt=7.0, **kw):
        return self.msg(parent, role, {"content_type": "text", "parts": [text]}, dt=dt, **kw)

    def export(self, current_node=None, create_time=None):
        mapping = self.mapping
        if not self.with_children:
            mapping = {k: {kk: vv for kk, vv in v.items() if kk != "children"} for k, v in mapping.items()}
        d = {
            "title": self.title,
            "create_time": create_time,
            "update_time": self.t,
            "mapping": mapping,
        }
        if current_node is not None:
            d["current_node"] = current_node
        d["conversation_id"] = self.id
        d["id"] = self.id
        d["default_model_slug"] = "gpt-5-thinking"
        return d


# ================================================================ markov-chains / chatgpt-export.json
MARKOV_PROBLEM = """Please solve my stochastic processes homework (HW5), show the key steps.

1. Weather chain with states S, C, R (in that order), P = [[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.1, 0.4, 0.5]].
(a) Compute P^2.
(b) Given that today is sunny, what is the probability it is rainy two days from now?
(c) Find the stationary distribution π = (π_S, π_C, π_R).
(d) Expected number of days between consecutive rainy days (mean return time to R)?

2. Gambler starts with $2, bets $1 per round, wins with p = 0.4, loses with q = 0.6, stops at $0 or $4.
(a) Probability she reaches $4 before going broke?
(b) Expected number of rounds until she stops?
(c) Transient states ordered 1, 2, 3; Q = transient block. Compute N = (I − Q)^{-1}.

3. (a) True or false: every irreducible Markov chain with a finite state space has a unique stationary distribution.
(b) The chain on {1,2} with P = [[0,1],[1,0]] has period: (A) 1 (B) 2 (C) ∞ (D) not defined."""

MARKOV_OLD = """Here's a quick pass.

**1(a)** P² = [[0.43, 0.37, 0.20], [0.25, 0.43, 0.32], [0.19, 0.43, 0.38]]
**1(b)** 0.20
**1(c)** π ≈ (0.28, 0.41, 0.31)
**1(d)** ≈ 3.2 days
**2(a)** 9/13
**2(b)** 50/13
**2(c)** N = (1/13)[[19,10,4],[15,25,10],[9,15,19]]
**3(a)** True **3(b)** B"""

MARKOV_CODE = """import numpy as np
from fractions import Fraction
P = np.array([[0.6,0.3,0.1],[0.2,0.5,0.3],[0.1,0.4,0.5]])
print(P @ P)
A = np.vstack([(P.T - np.eye(3))[:2], np.ones(3)])
pi = np.linalg.solve(A, [0, 0, 1])
print(pi, [Fraction(x).limit_denominator(100) for x in pi])"""

MARKOV_OUT = """[[0.43 0.37 0.2 ]
 [0.25 0.43 0.32]
 [0.19 0.43 0.38]]
[0.2826087  0.41304348 0.30434783] [Fraction(13, 46), Fraction(19, 46), Fraction(7, 23)]"""

MARKOV_FINAL = r"""## Problem 1

**(a)** Squaring the matrix (checked numerically above):

\[
P^2=\begin{pmatrix}0.43 & 0.37 & 0.20\\ 0.25 & 0.43 & 0.32\\ 0.19 & 0.43 & 0.38\end{pmatrix}
\]

**(b)** We need the $(S,R)$ entry of $P^2$: $0.6(0.1)+0.3(0.3)+0.1(0.5)=0.20$.

\[
\boxed{0.2}
\]

**(c)** Solving $\pi P=\pi$, $\sum_i \pi_i = 1$:

\[
\pi=\left(\tfrac{13}{46},\ \tfrac{19}{46},\ \tfrac{7}{23}\right)\approx(0.2826,\ 0.4130,\ 0.3043)
\]

**(d)** Mean return time to $R$ is $1/\pi_R = \boxed{23/7 \approx 3.2857}$ days.

## Problem 2

**(a)** With $r=q/p=1.5$: $\dfrac{1-r^2}{1-r^4}=\dfrac{-1.25}{-4.0625}=\boxed{\tfrac{4}{13}}\approx 0.3077$.

**(b)** Expected duration $E_2=\frac{i}{q-p}-\frac{N}{q-p}\cdot\frac{1-r^i}{1-r^N} = \frac{2}{0.2}-\frac{4}{0.2}\cdot\frac{4}{13} = 10 - \frac{80}{13} = \frac{10}{3}$.

Wait, let me recompute that last step: $10-\frac{80}{13}=\frac{130-80}{13}=\frac{50}{13}$, not $10/3$. So the expected number of rounds is $\boxed{50/13\approx 3.846}$.

**(c)** $I-Q=\begin{pmatrix}1&-0.4&0\\-0.6&1&-0.4\\0&-0.6&1\end{pmatrix}$, $\det(I-Q)=0.52$. Dividing the matrix of cofactors by the determinant:

\[
N=\frac{1}{13}\begin{pmatrix}19 & 15 & 9\\ 10 & 25 & 15\\ 4 & 10 & 19\end{pmatrix}
\]

## Problem 3

**(a)** **True** — finite + irreducible ⇒ positive recurrent ⇒ unique stationary distribution (aperiodicity is not needed for uniqueness).

**(b)** The chain alternates deterministically, so $\gcd\{2,4,6,\dots\}=2$: the answer is **(B)**."""


def markov_chatgpt():
    c = Conv("Markov chains HW5", "6a1f0c2e-5b1d-8003-9e0a-4d2c9b7e1f01", 1773500000.0)
    sys_ = c.text(c.root, "system", "", dt=0.5, hidden=True)
    u = c.text(sys_, "user", MARKOV_PROBLEM, dt=3.0)
    # first (regenerated-away) reply
    c.text(u, "assistant", MARKOV_OLD, dt=9.0, metadata={"model_slug": "gpt-5"})
    # current branch: thoughts -> recap -> code -> tool output -> final answer
    th = c.msg(u, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Checking the matrix powers",
             "content": "P^2 entry (S,R) is 0.6*0.1+0.3*0.3+0.1*0.5 = 0.2. Stationary vector maybe (0.28,0.41,0.31); verify with python."},
            {"summary": "Gambler's ruin",
             "content": "r = 1.5, h_2 = (1-2.25)/(1-5.0625) = 4/13. Duration 50/13."},
        ],
        "source_analysis_msg_id": "a7c3",
    }, dt=60.0, metadata={"model_slug": "gpt-5-thinking"})
    rc = c.msg(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 41s"}, dt=1.0)
    code = c.msg(rc, "assistant", {"content_type": "code", "language": "python", "text": MARKOV_CODE},
                 dt=2.0, recipient="python")
    out = c.msg(code, "tool", {"content_type": "execution_output", "text": MARKOV_OUT}, dt=1.5, name="python")
    fin = c.text(out, "assistant", MARKOV_FINAL, dt=20.0, metadata={"model_slug": "gpt-5-thinking"})
    return c.export(current_node=fin, create_time=1773500000.0)


# ================================================================ markov-chains / claude-export.json
def claude_msg(uuid, sender, created, blocks, attachments=None):
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


MARKOV_PROBLEM_TEX_EXTRACT = r"""STAT 318 --- Stochastic Processes   Homework 5   Due Friday 11:59 pm
Homework 5: Discrete-time Markov chains
Show your work. Give exact fractions where possible; otherwise give at least 4 decimal places.
1. A weather model has states S (sunny), C (cloudy) and R (rainy), in that order, with one-step transition matrix
P = (0.6 0.3 0.1; 0.2 0.5 0.3; 0.1 0.4 0.5).
(a) [3] Compute the two-step transition matrix P^2.
(b) [2] Given that today is sunny, what is the probability that it is rainy two days from now?
(c) [4] Find the stationary distribution pi = (pi_S, pi_C, pi_R).
(d) [2] What is the expected number of days between consecutive rainy days (the mean return time to R)?
2. A gambler starts with $2 and bets $1 per round. She wins a round with probability p = 0.4 and loses with probability q = 0.6, independently. She stops when she reaches $0 or $4.
(a) [3] What is the probability that she reaches $4 before going broke?
(b) [3] What is the expected number of rounds until she stops?
(c) [4] Order the transient states as 1, 2, 3 and write Q for the transient-to-transient block. Compute N = (I - Q)^{-1}.
3. (a) [1] True or false: every irreducible Markov chain with a finite state space has a unique stationary distribution.
(b) [1] The chain on {1,2} with P = (0 1; 1 0) has period  A. 1  B. 2  C. infinity  D. the period is not defined for this chain
Page 1 of 1"""

MARKOV_CLAUDE_1 = r"""I'll work through the homework problem by problem.

## Problem 1: Weather chain

**(a)** Computing $P^2 = P \cdot P$ entry by entry:

$$P^2 = \begin{bmatrix} 0.43 & 0.37 & 0.20 \\ 0.25 & 0.43 & 0.32 \\ 0.19 & 0.43 & 0.38 \end{bmatrix}$$

**(b)** Sunny today, rainy in two days — reading off the relevant entry of $P^2$:

$$P(X_2 = R \mid X_0 = S) = 0.19$$

**(c)** From $\pi P = \pi$ and $\pi_S + \pi_C + \pi_R = 1$, the balance equations give $\pi_R = \frac{14}{13}\pi_S$ and $\pi_C = \frac{19}{13}\pi_S$, so $\pi_S = \frac{13}{46}$.

**Answer:** $\pi \approx (0.2826,\ 0.4130,\ 0.3043)$

**(d)** Mean return time $m_R = 1/\pi_R = 46/14 \approx 3.2857$ days.

## Problem 2: Gambler's ruin

**(a)** With $\rho = p/q = 2/3$ and starting fortune $i = 2$, target $N = 4$:

$$P(\text{reach } \$4) = \frac{1-\rho^2}{1-\rho^4} = \frac{5/9}{65/81} = \frac{9}{13} \approx 0.6923$$

**(b)** The expected duration is the row sum of the fundamental matrix for state 2 (see (c)): $\frac{15+25+10}{13} = \frac{50}{13} \approx 3.8462$ rounds.

**(c)** With $Q = \begin{bmatrix} 0 & 0.4 & 0 \\ 0.6 & 0 & 0.4 \\ 0 & 0.6 & 0 \end{bmatrix}$ (row = from, column = to):

$$N = (I-Q)^{-1} = \frac{1}{13}\begin{bmatrix} 19 & 10 & 4 \\ 15 & 25 & 10 \\ 9 & 15 & 19 \end{bmatrix}$$

## Problem 3

**(a)** True.

**(b)** B — the chain returns to its starting state only at even times, so the period is 2."""

MARKOV_CLAUDE_2 = r"""You're right, and thank you for checking. In the formula $\frac{1-(q/p)^i}{1-(q/p)^N}$ the ratio must be $q/p = 1.5$, not $p/q$ — I inverted it, which gave the probability of going broke instead.

Corrected **2(a)**:

$$\frac{1-1.5^2}{1-1.5^4} = \frac{-1.25}{-4.0625} = \frac{4}{13} \approx 0.3077$$

As a sanity check, $4/13 + 9/13 = 1$: she reaches \$4 with probability $4/13$ and goes broke with probability $9/13$. Part (b) is unaffected, because the expected duration from the middle state is the same either way."""


def markov_claude():
    msgs = [
        claude_msg("c1a0-0001", "human", "2026-03-14T19:02:11.000000Z",
                   [{"type": "text", "text": "Here's my Markov chains homework (attached). Can you solve all of it?"}],
                   attachments=[{"file_name": "hw5.pdf", "file_type": "pdf", "file_size": 48213,
                                 "extracted_content": MARKOV_PROBLEM_TEX_EXTRACT}]),
        claude_msg("c1a0-0002", "assistant", "2026-03-14T19:02:58.000000Z", [
            {"type": "thinking",
             "thinking": "P^2 (S,R) entry = 0.06 + 0.09 + 0.05 = 0.20. Stationary: solve... pi = (13/46, 19/46, 7/23). Gambler: careful with p/q vs q/p. 3(a) true, 3(b) B.",
             "summaries": [{"summary": "Working through Markov chain computations."}]},
            {"type": "text", "text": MARKOV_CLAUDE_1},
        ]),
        claude_msg("c1a0-0003", "human", "2026-03-14T19:10:40.000000Z",
                   [{"type": "text", "text": "For 2(a) I got 4/13 using (1-(q/p)^i)/(1-(q/p)^N). Isn't 9/13 the probability of losing?"}]),
        claude_msg("c1a0-0004", "assistant", "2026-03-14T19:11:05.000000Z", [
            {"type": "thinking", "thinking": "User is right: rho should be q/p = 1.5. 4/13."},
            {"type": "text", "text": MARKOV_CLAUDE_2},
        ]),
    ]
    return [{
        "uuid": "5e0c7a9b-2d41-4c3e-9a7f-0b6d1e2f3a41",
        "name": "Markov chains homework 5",
        "created_at": "2026-03-14T19:02:11.000000Z",
        "updated_at": "2026-03-14T19:11:05.000000Z",
        "account": {"uuid": "acct-0000"},
        "chat_messages": msgs,
    }]


# ================================================================ beam-statics / conversations.json (no current_node)
BEAM_USER = """PS4 statics, please solve:

Exercise 4.1 Simply supported beam AB, pin at A (x = 0), roller at B (x = 6 m). 12 kN point load at x = 2 m and a 4 kN/m UDL from x = 3 m to x = 6 m.
(a) R_A (b) R_B (c) bending moment at mid-span (x = 3 m) (d) sketch the SFD and find the maximum bending moment.

Exercise 4.2 Cantilever L = 2.5 m, fixed at A, free at B, w = 3 kN/m full length plus P = 5 kN at the free end.
(a) at the fixed support: (i) vertical reaction, (ii) magnitude of the fixed-end moment.
(b) P moved to mid-span. Fixed-end moment becomes A. 15.625 B. 9.375 C. 21.875 D. 12.5 (kN·m)

Exercise 4.3 Simply supported, span 8 m, triangular load 0 at A rising to 6 kN/m at B. Find the reaction at B."""

BEAM_OLD = """**4.1** R_A = 11 kN, R_B = 13 kN, M(3) = 21 kN·m, M_max = 22 kN·m at x = 2 m.
**4.2** (a)(i) 12.5 kN (ii) 21.875 kN·m (b) A
**4.3** R_B = 16 kN"""

BEAM_NEW = f"""Let's take the exercises in order. Sign convention: upward reactions positive, sagging moments positive {cite('turn0search2')}.

### Exercise 4.1

The UDL resultant is 4 × 3 = 12 kN at x = 4.5 m.

- ΣM_A = 0: 6R_B = 12(2) + 12(4.5) = 78, so **R_A = 11 kN** and **R_B = 13 kN** (from ΣF_y: R_A = 24 − 13).

(a) R_A = 11 kN
(b) R_B = 13 kN

(c) Cutting at mid-span and using the right-hand segment: M(3) = R_B(3) − (4 × 3)(3) = 39 − 36 = **3 kN·m**

(d) SFD: V = +11 kN on 0–2 m, V = −1 kN on 2–3 m, then linear from −1 kN to −13 kN at B. Shear changes sign under the point load, so
M_max = 11 × 2 = **22 kN·m** at x = 2 m.

### Exercise 4.2

(a)(i) R_A = wL + P = 7.5 + 5 = **12.5 kN**

(a)(ii) M_A = wL² + PL = 3(2.5)² + 5(2.5) = 18.75 + 12.5 = 31.25 kN·m

(b) With P at mid-span: wL²/2 + P(L/2) = 9.375 + 6.25 = 15.625 kN·m → **A**.
Hmm — in (b) I used wL²/2 for the distributed load, which is the correct lever arm (resultant wL at L/2). That means (a)(ii) above is wrong: it should be
M_A = wL²/2 + PL = 9.375 + 12.5 = **21.875 kN·m**, not 31.25.

### Exercise 4.3

Before I compute this one: is the 6 kN/m intensity at B the peak of a single triangle over the whole span, or is the load trapezoidal with some value at A too? If you can paste the figure I'll finish it."""

PASTA_USER = "How many grams of dry spaghetti per person for a main course?"
PASTA_REPLY = f"A common guideline is about 100 g of dry pasta per person for a main course {cite('turn0search0')}, or 75–85 g if it's a starter."


def beam_export():
    a = Conv("Pasta portions", "7b2e9d10-1111-8002-a001-00000000aa01", 1771400000.0, with_children=True)
    u = a.text(a.root, "user", PASTA_USER, dt=1.0)
    r = a.text(u, "assistant", PASTA_REPLY, dt=5.0)
    conv_a = a.export(current_node=None, create_time=1771400000.0)
    conv_a.pop("current_node", None)

    b = Conv("Beam reactions PS4", "7b2e9d10-2222-8002-a001-00000000bb02", 1771530000.0, with_children=True)
    sys_ = b.text(b.root, "system", "", dt=0.5, hidden=True)
    u = b.text(sys_, "user", BEAM_USER, dt=2.0)
    b.text(u, "assistant", BEAM_OLD, dt=12.0)          # earlier answer (older create_time)
    b.text(u, "assistant", BEAM_NEW, dt=240.0)         # regenerated, latest leaf -> graded branch
    conv_b = b.export(current_node=None, create_time=1771530000.0)
    conv_b.pop("current_node", None)
    return [conv_b, conv_a]


# ================================================================ depreciation / chatgpt-multi.json
DEP_USER = """ACCT 210 Tutorial Sheet 7 — depreciation. Solve everything please.

Problem 1. CNC machine, cost $50,000, residual value $5,000, useful life 5 years.
(a) Annual straight-line depreciation.
(b) Double-declining-balance depreciation for year 2 (do not switch to SL).
(c) Sum-of-the-years'-digits schedule: expense for each of years 1–5.

Problem 2. Truck $84,000, residual $4,000, service life 200,000 miles, units-of-production; 36,000 miles in year 1.
(a) Rate per mile (to the cent). (b) Year-1 depreciation. (c) Sold at end of year 1 for $72,000 cash: gain (+) or loss (−) on disposal.

Problem 3. Declining balance at constant rate r on cost C, ignoring residual value: closed-form book value at end of year t."""

DEP_OLD = """**1(a)** $9,000 per year
**1(b)** DDB rate 40%: year 1 = 20,000, year 2 = 0.4 × 30,000 = **$12,000**
**1(c)** 15,000; 12,000; 9,000; 6,000; 3,000
**2(a)** $0.40/mile **2(b)** $14,400 **2(c)** gain of $2,400
**3** BV_t = C(1 − r)^t"""

DEP_NEW = r"""Here's the full worked solution.

## Problem 1

**(a) Straight-line.** Depreciable base = 50,000 − 5,000 = 45,000, spread over 5 years:

$$\text{SL expense} = \frac{45{,}000}{5} = \$9{,}000 \text{ per year}$$

**(b) Double-declining balance.** Rate = 2 × (1/5) = 40%. Because the asset must not be depreciated below residual value, apply the rate to the depreciable base each year @CITE@:

- Year 1: 0.40 × 45,000 = 18,000 → remaining base 27,000
- Year 2: 0.40 × 27,000 = 10,800

**Year-2 DDB depreciation = $10,800**

**(c) Sum-of-the-years'-digits.** SYD = 5·6/2 = 15.

| Year | Fraction | Expense |
|---|---|---|
| 1 | 5/15 | $15,000 |
| 2 | 4/15 | $12,000 |
| 3 | 3/15 | $9,000 |
| 4 | 2/15 | $6,000 |
| 5 | 1/15 | $3,000 |

## Problem 2

**(a)** (84,000 − 4,000) / 200,000 = **$0.40 per mile**

**(b)** 36,000 × 0.40 = **$14,400**

**(c)** Book value at disposal = 84,000 − 14,400 = 69,600. Proceeds 72,000 − 69,600 = **+$2,400 (gain)**.

## Problem 3

Each year the book value is multiplied by (1 − r), so

$$BV_t = C\,(1-r)^t$$""".replace("@CITE@", cite("turn0search3"))

COVER_USER = "Can you tighten this sentence for a cover letter: 'I am a person who is very detail oriented and I like numbers a lot.'"
COVER_REPLY = "\"I am detail-oriented and enjoy working with numbers.\""

EXCEL_USER = "Excel formula for sum-of-years digits depreciation, cost 20000, salvage 2000, life 4, year 1?"
EXCEL_REPLY = f"Use `=SYD(20000, 2000, 4, 1)`, which returns **7,200** (= 18,000 × 4/10) {cite('turn0search1')}."


def dep_chatgpt():
    x = Conv("Cover letter wording", "8c3f1a22-3333-8001-b002-00000000cc03", 1772000000.0)
    u = x.text(x.root, "user", COVER_USER, dt=1.0)
    r = x.text(u, "assistant", COVER_REPLY, dt=4.0)
    cx = x.export(current_node=r, create_time=1772000000.0)

    d = Conv("Depreciation tutorial 7", "8c3f1a22-4444-8001-b002-00000000dd04", 1772100000.0)
    sys_ = d.text(d.root, "system", "", dt=0.5, hidden=True)
    u = d.text(sys_, "user", DEP_USER, dt=2.0)
    d.text(u, "assistant", DEP_OLD, dt=15.0, metadata={"model_slug": "gpt-4o"})   # not on current branch
    th = d.msg(u, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Computing depreciation schedules",
         "content": "SL 9000. DDB year 2: 40% of book value 30,000 = 12,000? or of depreciable base? SYD 15k..3k."}],
        "source_analysis_msg_id": "b81f"}, dt=45.0, metadata={"model_slug": "gpt-5-thinking"})
    rc = d.msg(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 18s"}, dt=1.0)
    fin = d.text(rc, "assistant", DEP_NEW, dt=25.0, metadata={"model_slug": "gpt-5-thinking"})
    cd = d.export(current_node=fin, create_time=1772100000.0)

    e = Conv("SYD in Excel", "8c3f1a22-5555-8001-b002-00000000ee05", 1772200000.0)
    u = e.text(e.root, "user", EXCEL_USER, dt=1.0)
    r = e.text(u, "assistant", EXCEL_REPLY, dt=6.0)
    ce = e.export(current_node=r, create_time=1772200000.0)
    return [ce, cd, cx]


# ================================================================ depreciation / claude-tools.json
DEP_CLAUDE_TEXT_1 = "I'll compute the schedules with a quick script to avoid arithmetic slips."

DEP_CLAUDE_CODE = """cost, salv, life = 50000, 5000, 5
print('SL', (cost - salv) / life)
bv = cost
for y in range(1, 3):
    d = bv * 2 / life; bv -= d; print('DDB', y, d)
print('SYD', [(cost - salv) * (life - k) / 15 for k in range(life)])
rate = (84000 - 4000) / 200000
print('rate', rate, 'y1', rate * 36000, 'bv', 84000 - rate * 36000)"""

DEP_CLAUDE_RESULT = """SL 9000.0
DDB 1 20000.0
DDB 2 12000.0
SYD [15000.0, 12000.0, 9000.0, 6000.0, 3000.0]
rate 0.4 y1 14400.0 bv 69600.0"""

DEP_CLAUDE_TEXT_2 = r"""Here are the results.

**Problem 1**

- (a) Straight-line: **$9,000** per year.
- (b) DDB, year 2: 40% × $30,000 opening book value = **$12,000**.
- (c) SYD schedule: $15,000, $12,000, $9,000, $6,000, $3,000 for years 1–5.

**Problem 2**

- (a) $80,000 / 200,000 miles = **$0.40 per mile**.
- (b) 36,000 miles × $0.40 = **$14,400**.
- (c) Book value after year 1 is $69,600 and the truck sells for $72,000, a difference of $2,400. Reported as a loss: **−$2,400**.

**Problem 3**

With no residual value the book value is simply $BV_t = C(1-r)^t$. If your course applies declining balance but stops at the residual value $S$, you'd write $BV_t = \max\{C(1-r)^t,\ S\}$ instead — use whichever matches your textbook."""


def dep_claude():
    msgs = [
        claude_msg("d2b0-0001", "human", "2026-03-02T08:15:00.000000Z",
                   [{"type": "text", "text": DEP_USER}]),
        claude_msg("d2b0-0002", "assistant", "2026-03-02T08:15:31.000000Z", [
            {"type": "thinking", "thinking": "Straightforward. DDB ignores salvage in the rate. Gain = 72,000 - 69,600."},
            {"type": "text", "text": DEP_CLAUDE_TEXT_1},
            {"type": "tool_use", "id": "toolu_01DEP", "name": "repl", "input": {"code": DEP_CLAUDE_CODE}},
            {"type": "tool_result", "tool_use_id": "toolu_01DEP", "name": "repl",
             "content": [{"type": "text", "text": DEP_CLAUDE_RESULT}], "is_error": False},
            {"type": "text", "text": DEP_CLAUDE_TEXT_2},
        ]),
    ]
    return [{
        "uuid": "9d1e2f3a-7b6c-4d5e-8f90-a1b2c3d4e5f6",
        "name": "Depreciation methods tutorial",
        "created_at": "2026-03-02T08:15:00.000000Z",
        "updated_at": "2026-03-02T08:15:31.000000Z",
        "account": {"uuid": "acct-0000"},
        "chat_messages": msgs,
    }]


if __name__ == "__main__":
    write("markov-chains/transcripts/chatgpt-export.json", [markov_chatgpt()])
    write("markov-chains/transcripts/claude-export.json", markov_claude())
    write("beam-statics/transcripts/conversations.json", beam_export())
    write("depreciation/transcripts/chatgpt-multi.json", dep_chatgpt())
    write("depreciation/transcripts/claude-tools.json", dep_claude())
    print("wrote 5 exports")
