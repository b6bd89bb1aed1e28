#!/usr/bin/env python3
"""Writes every JSON data export of the final35 corpus. Re-running gives byte-identical files.

    python3 generators/make_exports.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (ChatGPTConversation, ClaudeConversation, text, thinking, tool_use,
                    tool_result, write_json)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def path(set_name, file_name):
    return os.path.join(OUT, set_name, "transcripts", file_name)


# ---------------------------------------------------------------------------
# numerics-signals / chatgpt-export.json
#   one conversation; a regenerated answer (the older branch is not graded);
#   thoughts + reasoning_recap + python tool call on the graded branch;
#   a follow-up turn that changes 3b.
# ---------------------------------------------------------------------------
def numerics_export():
    c = ChatGPTConversation("num-export", "Newton, trapezoid and DSP help", 1731352000.25)
    u1 = c.user(c.top, r"""Please solve my numerical methods homework (MATH 3410 HW6). Final answers clearly please.

Question 1 (Newton's method). Let f(x) = x^3 - 2x - 5.
(a) Starting from x_0 = 2, compute the first Newton iterate x_1.
(b) Compute x_2. Give your answer to 4 decimal places.
(c) Newton's method applied to g(x) = x^2 - a (a > 0) gives the classical "Babylonian" square-root iteration. Write x_{k+1} in simplest form as an expression in x = x_k and a.

Question 2 (Quadrature). Approximate the integral of x^3 from 0 to 2 using the composite trapezoidal rule with n = 4 subintervals of equal width. Give the exact value of the approximation.

Question 3 (Discrete-time signals).
(a) Compute the linear convolution y = x * h of x = [1, 2, 0, -1] and h = [1, -1].
(b) A 16-bit ADC covers the input range -5 V to +5 V uniformly. What is the quantisation step in volts? 3 significant figures.
(c) True or false: a sampling rate of 300 Hz is sufficient to avoid aliasing for s(t) = cos(2π·120 t) + sin(2π·170 t).
(d) A 250 Hz sinusoid is sampled at 400 Hz. At which frequency does it appear? A. 50 Hz  B. 150 Hz  C. 250 Hz  D. 400 Hz""")

    # first generation (older, not on the graded branch)
    c.assistant(u1, r"""Here are the solutions.

**Question 1**

(a) $x_1 = 2 - f(2)/f'(2) = 2 - (-1)/10 = 2.1$

(b) $x_2 = 2.1 - f(2.1)/f'(2.1) = 2.1 - 0.061/12.23 \approx 2.0950$

(c) $x_{k+1} = \tfrac12\left(x + \tfrac{a}{x}\right)$

**Question 2**

$T_4 = 0.25\,(0 + 2\cdot 4.5 + 8) = 4.25$

**Question 3**

(a) $y = [1, 1, -2, -1]$

(b) $\Delta = 10/2^{16} \approx 1.53\times10^{-4}$ V

(c) False

(d) 250 Hz folds about 200 Hz to 50 Hz, so **(A)**.""")

    # regenerated answer (newer, graded)
    t = c.thoughts(u1, "Planning the Newton and DSP computations",
                   "Newton: f(2) = -1, f'(2) = 10 so x1 = 2.1. For x2 I need f(2.1) = 0.061 and f'(2.1) = 11.23; "
                   "let me check numerically. Trapezoid with h = 0.5 gives 4.25. Aliasing: fold 250 about 200 -> 50? "
                   "No: the alias of 250 at fs = 400 is |250 - 400| = 150, which lies in [0, 200].")
    r = c.recap(t, 14)
    a1 = c.assistant(r, "Let me get the Newton iterates to full precision first.", end_turn=False)
    k = c.code(a1, "f = lambda x: x**3 - 2*x - 5\nfp = lambda x: 3*x**2 - 2\nx = 2.0\n"
                   "for i in range(2):\n    x = x - f(x)/fp(x)\n    print(i + 1, x)")
    o = c.output(k, "1 2.1\n2 2.094568121104185\n")
    a2 = c.assistant(o, r"""## Question 1 — Newton's method

$f(x) = x^3 - 2x - 5$, $f'(x) = 3x^2 - 2$.

**(a)** $f(2) = -1$, $f'(2) = 10$, so
$$x_1 = 2 - \frac{-1}{10} = 2.1$$

**(b)** $f(2.1) = 0.061$, $f'(2.1) = 11.23$:
$$x_2 = 2.1 - \frac{0.061}{11.23} = 2.094568\ldots$$
**Answer:** $x_2 \approx 2.0946$

**(c)** For $g(x) = x^2 - a$, $g'(x) = 2x$, hence
$$x_{k+1} = x - \frac{x^2 - a}{2x} = \boxed{\frac{x + a/x}{2}}$$

## Question 2 — Composite trapezoid

$h = 0.5$; $f(0), \dots, f(2) = 0,\ 0.125,\ 1,\ 3.375,\ 8$.
$$T_4 = \frac{0.5}{2}\left[0 + 2(0.125 + 1 + 3.375) + 8\right] = 0.25 \times 17 = \boxed{4.25}$$

## Question 3 — Signals

**(a)** $y[n] = x[n] - x[n-1]$, so $y = [1,\ 1,\ -2,\ -1,\ 1]$.

**(b)** $\Delta = \dfrac{10\ \text{V}}{2^{16}} = \dfrac{10}{65536} \approx 1.53 \times 10^{-4}\ \text{V}$

**(c)** **False** — the 170 Hz term needs $f_s > 340$ Hz.

**(d)** The alias is $|250 - 400| = 150$ Hz, so the answer is **(B) 150 Hz**.""")
    u2 = c.user(a2, "Our TA said one of the 16 bits is the sign bit for a bipolar range, so there are only 2^15 levels. Doesn't that change 3(b)?")
    a3 = c.assistant(u2, r"""Good point — if one bit is reserved for the sign, the magnitude is coded with 15 bits, so the 10 V span is divided into $2^{15} = 32768$ steps:

$$\Delta = \frac{10}{32768} \approx 3.05 \times 10^{-4}\ \text{V}$$

So the corrected answer for 3(b) is **Δ ≈ 3.05 × 10⁻⁴ V**. Everything else stays the same.""")
    write_json(path("numerics-signals", "chatgpt-export.json"), [c.export(current_node=a3)])


# ---------------------------------------------------------------------------
# econ-games / claude-export.json
#   one conversation; the problem set is an attachment; thinking, tool_use, tool_result.
# ---------------------------------------------------------------------------
ECON_ATTACHMENT = open(os.path.join(OUT, "econ-games", "problems.md"), encoding="utf-8").read()


def econ_claude():
    c = ClaudeConversation("econ-claude", "PS4 micro: taxes and mixed strategies", (2025, 10, 6, 19, 2))
    c.human("Can you do PS4 for me? Show work, and a summary table at the end.",
            attachments=[{"file_name": "ps4.md", "file_size": len(ECON_ATTACHMENT.encode("utf-8")),
                          "file_type": "text/markdown", "extracted_content": ECON_ATTACHMENT}])
    c.add("assistant", [
        thinking("Equilibrium: 120 - 2P = 3P - 30 gives P = 30, Q = 60. Elasticity -2*30/60 = -1. "
                 "Tax on sellers: Qs = 3(P - 5) - 30 = 3P - 45, so 120 - 2P = 3P - 45, P = 33 for buyers "
                 "and 28 for sellers. Q = 54. DWL = 0.5*5*6 = 15. Mixed: let me check with code.",
                 "Solving the market and the game"),
        tool_use("from fractions import Fraction as F\n"
                 "P = F(150, 5); Q = 120 - 2*P\n"
                 "Pb = F(165, 5); Ps = Pb - 5; Qt = 120 - 2*Pb\n"
                 "print(P, Q, Pb, Ps, Qt, F(1, 2)*5*(Q - Qt))\n"
                 "# column indifferent: p*1 + (1-p)*4 = p*3 + (1-p)*1\n"
                 "p = F(3, 5); print(p*1 + (1-p)*4, p*3 + (1-p)*1)\n"
                 "# row indifferent: 2q = 1 - q\n"
                 "q = F(1, 3); print(2*q, 1 - q)"),
        tool_result("30 60 33 28 54 15\n13/5 13/5\n2/3 2/3"),
        text(r"""## Exercise 4.1 — A taxed market

**a)** Setting $Q_d = Q_s$: $120 - 2P = 3P - 30 \Rightarrow 5P = 150$.

$(P^*, Q^*) = (30, 60)$

**b)** $\varepsilon = \dfrac{dQ_d}{dP}\cdot\dfrac{P}{Q} = -2 \cdot \dfrac{30}{60} = -1$ (unit elastic).

**c)** With the tax on sellers, supply becomes $Q_s = 3(P_b - 5) - 30$. Solving $120 - 2P_b = 3P_b - 45$ gives $P_b = 33$, so sellers receive $P_s = 28$.

Price buyers pay: **\$28**

**d)** The quantity falls from 60 to 54, so
$$\text{DWL} = \tfrac12 \times 5 \times (60 - 54) = \$15.$$

## Exercise 4.2 — Mixed strategies

There is no pure equilibrium: from (Up, Left) Column deviates to Right, from (Up, Right) Row deviates to Down, from (Down, Right) Column deviates to Left, and from (Down, Left) Row deviates to Up.

**a)** Row's $p$ makes Column indifferent: $p\cdot1 + (1-p)\cdot4 = p\cdot3 + (1-p)\cdot1 \Rightarrow p = 3/5$.

**b)** Column's $q$ makes Row indifferent: $2q = 1\cdot(1-q) \Rightarrow q = 1/3$.

**c)** False — as shown above, every pure profile has a profitable deviation.

## Exercise 4.3 — Grim trigger

Cooperating forever gives $3/(1-\delta)$; deviating gives $5 + \delta\cdot 1/(1-\delta)$. Cooperation is sustainable iff $3 \ge 5(1-\delta) + \delta$, i.e. $\delta \ge 1/2$.

So $\delta^* = \tfrac12$.

## Summary

| Part | Answer |
|------|--------|
| 4.1a | (30, 60) |
| 4.1b | −1 |
| 4.1c | \$28 |
| 4.1d | \$15 |
| 4.2a | p = 3/5 |
| 4.2b | q = 2/3 |
| 4.2c | False |
| 4.3  | δ* = 1/2 |"""),
    ])
    c.human("thanks, that's great")
    c.add("assistant", [text("You're welcome — good luck with PS4!")])
    write_json(path("econ-games", "claude-export.json"), [c.export()], indent=2)


# ---------------------------------------------------------------------------
# econ-games / chatgpt-nocurrent.json
#   no current_node: the graded branch is the leaf with the latest create_time.
#   A second, unrelated conversation is in the same file.
# ---------------------------------------------------------------------------
def econ_nocurrent():
    other = ChatGPTConversation("econ-other", "Cover letter for RA position", 1759600000.5)
    u = other.user(other.top, "Can you tighten this opening sentence: 'I am writing to apply for the research assistant position that was advertised.'")
    other.assistant(u, "\"I am applying for the advertised research assistant position.\" — shorter and more direct.")

    c = ChatGPTConversation("econ-nocur", "Micro PS4 exercises", 1759771000.0)
    u1 = c.user(c.top, r"""Exercise 4.1. Qd = 120 - 2P, Qs = 3P - 30.
a) Find the competitive equilibrium (P*, Q*).
b) Compute the point price elasticity of demand at the equilibrium.
c) A per-unit tax of $5 on sellers. What price do buyers pay?
d) Using the same tax as in (c), compute the deadweight loss.

Exercise 4.2. Row payoff first:
         Left   Right
Up       2, 1   0, 3
Down     0, 4   1, 1
a) In the mixed NE, with what probability p does Row play Up?
b) With what probability q does Column play Left?
c) True or false: the game has at least one pure-strategy Nash equilibrium.

Exercise 4.3. Infinitely repeated PD, payoffs CC 3,3; CD 0,5; DC 5,0; DD 1,1. Grim trigger. Smallest discount factor δ* for cooperation to be an SPE?""")
    # first answer (older leaf)
    c.assistant(u1, r"""**4.1** a) (30, 60)  b) −1  c) $33  d) $15

**4.2** a) 3/5  b) 1/3  c) False

**4.3** δ* = 1/2""")
    # regenerated answer (newer leaf; graded because it has the latest create_time)
    c.assistant(u1, r"""Let's work through these.

### Exercise 4.1

**a)** $120 - 2P = 3P - 30 \Rightarrow P^* = \$30$, and $Q^* = 120 - 60 = 60$.

So the equilibrium is $P^* = \$30$, $Q^* = 60$.

**b)** The slope of the inverse demand is $dP/dQ = -1/2$, so

$$\varepsilon = \frac{dP}{dQ}\cdot\frac{P}{Q} = -\frac12\cdot\frac{30}{60} = -0.25$$

Elasticity at equilibrium: **−0.25** (inelastic).

**c)** The tax shifts supply: $Q_s = 3(P - 5) - 30 = 3P - 45$. Then $120 - 2P = 3P - 45$, so $P = 33$.

Buyers pay **\$33** (sellers keep \$28).

**d)** The deadweight loss is the triangle between the old and new quantity; I'll leave the arithmetic for (d) to you — you have the base (the tax) and the change in quantity from part (c).

### Exercise 4.2

Column is indifferent when $p + 4(1-p) = 3p + (1-p)$, i.e. $p = 0.6$.

Row is indifferent when $2q = 1 - q$, i.e. $q \approx 0.333$.

**a)** $p = 0.6$  **b)** $q \approx 0.333$  **c)** False — no cell is a mutual best response.

### Exercise 4.3

Cooperation requires $\frac{3}{1-\delta} \ge 5 + \frac{\delta}{1-\delta}$. Rearranging, $3 \ge 5 - 5\delta + \delta$... which gives

$$\delta \ge \tfrac{2}{3}$$

so $\delta^* = 2/3$.""")
    # the other conversation is exported first, as real exports are not ordered by topic
    write_json(path("econ-games", "chatgpt-nocurrent.json"),
               [other.export(with_current=False), c.export(with_current=False)])


# ---------------------------------------------------------------------------
# discrete-algos / conversations.json
#   three conversations; citation markers (U+E200..U+E202) in text; current_node given.
# ---------------------------------------------------------------------------
CITE_START, CITE_SEP, CITE_END = "\ue200", "\ue202", "\ue201"


def discrete_chatgpt():
    convs = []
    r = ChatGPTConversation("disc-recipe", "Scaling a pancake recipe", 1741000000.0)
    u = r.user(r.top, "My pancake recipe is for 4 people and uses 250 g flour. How much for 6?")
    a = r.assistant(u, "Scale by 6/4 = 1.5: **375 g** flour.")
    convs.append(r.export(current_node=a))

    c = ChatGPTConversation("disc-hw5", "CS 2300 A5 graphs and counting", 1741093000.0)
    u1 = c.user(c.top, r"""CS 2300 Assignment 5:

Problem 1
(a) How many binary strings of length 10 contain no two consecutive 1s?
(b) Tightest bound for T(n) = 4T(n/2) + n^2, T(1)=1: (A) Θ(n^2) (B) Θ(n^2 log n) (C) Θ(n^3) (D) Θ(n log n)
(c) A club with 10 members chooses a committee of 3, one of whom is designated chair. How many committees (with chair)?

Problem 2. Undirected graph on {1,2,3,4,5}, edges {1,2}:4, {1,3}:1, {2,3}:2, {2,4}:5, {3,4}:8, {3,5}:10, {4,5}:2
(a) Total weight of an MST?
(b) Dijkstra from vertex 1: (i) vector of distances (d(1),...,d(5)); (ii) set of vertices v ≠ 2 whose shortest path from 1 passes through 2
(c) True or false: the shortest-path tree from 1 is also an MST.

Problem 3. Directed graph on {1,2,3} with edges 1→2, 1→3, 2→3, 3→1, A_ij = 1 iff edge i→j. Compute A^2.""")
    a1 = c.assistant(u1, r"""### Problem 1

**(a)** Let $a_n$ be the number of valid strings of length $n$. A valid string ends in 0 (anything valid of length $n-1$ before it) or in 01, so $a_n = a_{n-1} + a_{n-2}$ with $a_1 = 2$, $a_2 = 3$. This is the Fibonacci sequence shifted by two """ + CITE_START + "cite" + CITE_SEP + "turn0search1" + CITE_END + r""":

$a_3 = 5, a_4 = 8, a_5 = 13, a_6 = 21, a_7 = 34, a_8 = 55, a_9 = 89, a_{10} = 144$

**Answer: 144**

**(b)** $a = 4$, $b = 2$, $n^{\log_2 4} = n^2 = f(n)$, so case 2 of the master theorem applies and $T(n) = \Theta(n^2 \log n)$. The answer is **(B)**.

**(c)** Choose the 3 members: $\binom{10}{3} = 120$.

Wait — the chair is a distinguished role, so each 3-set gives 3 different committees. The count is $120 \times 3 = 360$ (equivalently $10 \cdot \binom{9}{2} = 360$).

**Answer: 360**

### Problem 2

**(a)** Kruskal: take {1,3} (1), {2,3} (2), {4,5} (2), skip {1,2} (4, would close a cycle), take {2,4} (5). Total:

$$1 + 2 + 2 + 5 = 10$$

**(b)(i)** Dijkstra """ + CITE_START + "cite" + CITE_SEP + "turn0search3" + CITE_END + r""" from 1 settles 1 (0), 3 (1), 2 (3), 4 (8), 5 (10):

$$d = (0,\ 3,\ 1,\ 8,\ 10)$$

**(c)** The shortest-path tree uses the edges {1,3}, {3,2}, {2,4}, {4,5} — exactly the MST found in (a). So the statement is **true**.

### Problem 3

Row $i$ of $A^2$ is the sum of the rows $j$ of $A$ with $A_{ij} = 1$:

$$A^2 = \begin{bmatrix} 1 & 1 & 0 \\ 0 & 0 & 1 \\ 1 & 0 & 1 \end{bmatrix}$$""")
    convs.append(c.export(current_node=a1))

    o = ChatGPTConversation("disc-other", "Dijkstra vs Bellman-Ford", 1741180000.0)
    u = o.user(o.top, "When should I use Bellman-Ford instead of Dijkstra?")
    a = o.assistant(u, "Use Bellman–Ford when edge weights can be negative " + CITE_START + "cite" + CITE_SEP
                    + "turn0search0" + CITE_END + "; Dijkstra assumes non-negative weights. Bellman–Ford also detects negative cycles.")
    convs.append(o.export(current_node=a))
    write_json(path("discrete-algos", "conversations.json"), convs)


# ---------------------------------------------------------------------------
# discrete-algos / claude-export.json
#   two conversations (the graded one named below); thinking blocks; a follow-up
#   question about a different edge weight (does not replace the original answers).
# ---------------------------------------------------------------------------
def discrete_claude():
    other = ClaudeConversation("disc-claude-other", "Latex table spacing", (2025, 3, 10, 9, 15))
    other.human("How do I add vertical space between rows in a LaTeX tabular?")
    other.add("assistant", [text("Use `\\renewcommand{\\arraystretch}{1.3}` before the tabular, or add `[4pt]` after a `\\\\`.")])

    c = ClaudeConversation("disc-claude", "Assignment 5 counting and graphs", (2025, 3, 11, 16, 40))
    c.human(r"""Assignment 5, please answer everything:
Problem 1 (a) number of binary strings of length 10 with no two consecutive 1s (b) tightest bound for T(n) = 4T(n/2) + n^2: (A) Θ(n^2) (B) Θ(n^2 log n) (C) Θ(n^3) (D) Θ(n log n) (c) committees of 3 from 10 members, one designated chair
Problem 2 graph on 1..5 with edges 12:4, 13:1, 23:2, 24:5, 34:8, 35:10, 45:2. (a) MST weight (b)(i) Dijkstra distances from 1 (ii) set of vertices v≠2 whose shortest path from 1 goes through 2 (c) T/F shortest-path tree from 1 is an MST
Problem 3 adjacency matrix of 1→2, 1→3, 2→3, 3→1; compute A^2""")
    c.add("assistant", [
        thinking("Strings with no 11: f(n) = f(n-1) + f(n-2), f(1) = 2, f(2) = 3 ... f(9) = 89, f(10) = 144. "
                 "Careful about the indexing: F_12 = 144. Master theorem case 2. Committee 10*36 = 360.",
                 "Working through counting and graph problems"),
        text(r"""**Problem 1**

(a) Let $f(n)$ count the strings. Ending in 0 or in 01 gives $f(n) = f(n-1) + f(n-2)$ with $f(1) = 2$, $f(2) = 3$, so the values run 2, 3, 5, 8, 13, 21, 34, 55, 89, 144 and

$$f(10) = 144.$$

(b) $n^{\log_2 4} = n^2$ matches $f(n) = n^2$, so master theorem case 2: $\Theta(n^2\log n)$ — **(B)**.

(c) Pick the chair (10 ways), then 2 of the remaining 9: $10 \cdot 36 = 360$.

**Problem 2**

(a) Kruskal picks {1,3}, {2,3}, {4,5}, {2,4}: weight $1 + 2 + 2 + 5 = 10$.

(b)(i) Distances from 1: $(0, 3, 1, 8, 10)$.

(b)(ii) The paths are 1→3→2→4 and 1→3→2→4→5, so the set is $\{4, 5\}$.

(c) True — the shortest-path tree {1,3}, {2,3}, {2,4}, {4,5} has weight 10, the MST weight.

**Problem 3**

$$A^2 = \begin{bmatrix} 1 & 0 & 1 \\ 1 & 0 & 0 \\ 0 & 1 & 1 \end{bmatrix}$$

**Final answers**

| Problem | Answer |
|---|---|
| 1(a) | 89 |
| 1(b) | B |
| 1(c) | 360 |
| 2(a) | 10 |
| 2(b)(i) | (0, 3, 1, 8, 10) |
| 2(b)(ii) | {4, 5} |
| 2(c) | True |
| 3 | [[1,0,1],[1,0,0],[0,1,1]] |"""),
    ])
    c.human("What would change in problem 2 if the edge {4,5} had weight 6 instead?")
    c.add("assistant", [
        thinking("New weights: Kruskal {1,3}1, {2,3}2, skip {1,2}, {2,4}5, {4,5}6 -> 14. Dijkstra d5 = min(8+6, 1+10) = 11.",
                 "Recomputing with the new edge weight"),
        text(r"""With $w(\{4,5\}) = 6$:

- MST: {1,3}, {2,3}, {2,4}, {4,5} still form the cheapest tree, now of weight $1 + 2 + 5 + 6 = 14$.
- Dijkstra from 1: $d(5) = \min(8 + 6,\ 1 + 10) = 11$ via vertex 3, so the distances become $(0, 3, 1, 8, 11)$ and only vertex 4's path goes through 2: $\{4\}$.
- The shortest-path tree now uses {3,5} instead of {4,5}, so it is no longer an MST (weight 18 > 14): the statement would be false."""),
    ])
    write_json(path("discrete-algos", "claude-export.json"), [other.export(), c.export()], indent=2)


if __name__ == "__main__":
    numerics_export()
    econ_claude()
    econ_nocurrent()
    discrete_chatgpt()
    discrete_claude()
    print("exports written")
