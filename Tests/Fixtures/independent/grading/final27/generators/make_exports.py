#!/usr/bin/env python3
"""Writes the three JSON chat exports of the final27 corpus.

Deterministic: fixed ids and timestamps, sorted nothing at random; re-running gives
byte-identical files.

  stats-markov/transcripts/chatgpt-export.json   ChatGPT export, current_node set, a
                                                 regenerated branch, thoughts /
                                                 reasoning_recap nodes, python tool call
  dft-filters/transcripts/conversations.json     ChatGPT export WITHOUT current_node,
                                                 an edited/regenerated branch, citation
                                                 markers (U+E200..U+E202), unrelated chat
  svm-nb-dropout/transcripts/claude-export.json  Claude export with thinking, tool_use,
                                                 tool_result blocks and an attachment
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return f"{CITE_OPEN}cite{CITE_SEP}{ref}{CITE_CLOSE}"


# ---------------------------------------------------------------------------
# ChatGPT helpers
# ---------------------------------------------------------------------------

def gpt_msg(mid, role, t, content, *, name=None, recipient="all", hidden=False, end_turn=None,
            extra_meta=None, channel=None):
    meta = {}
    if hidden:
        meta["is_visually_hidden_from_conversation"] = True
    if extra_meta:
        meta.update(extra_meta)
    return {
        "id": mid,
        "author": {"role": role, "name": name, "metadata": {}},
        "create_time": t,
        "update_time": t if role != "system" else None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": end_turn,
        "weight": 1.0 if not hidden else 0.0,
        "metadata": meta,
        "recipient": recipient,
        "channel": channel,
    }


def text(s):
    return {"content_type": "text", "parts": [s]}


def build_mapping(nodes):
    """nodes: list of (id, parent, message). Children are derived in list order."""
    mapping = {}
    for nid, parent, msg in nodes:
        mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
    for nid, parent, _ in nodes:
        if parent is not None:
            mapping[parent]["children"].append(nid)
    return mapping


def gpt_conversation(title, conv_id, t0, t1, nodes, current_node=None, model="gpt-4o"):
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": t1,
        "mapping": build_mapping(nodes),
        "moderation_results": [],
    }
    if current_node is not None:
        conv["current_node"] = current_node
    conv.update({
        "plugin_ids": None,
        "conversation_id": conv_id,
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": model,
        "id": conv_id,
    })
    return conv


# ---------------------------------------------------------------------------
# stats-markov / chatgpt-export.json
# ---------------------------------------------------------------------------

STATS_PROMPT = """Please solve my stats homework (STAT 2410, HW 6). Show work but make the final answers easy to find.

1. A two-state weather chain. Each day is either Sunny (S) or Rainy (R). Transition matrix (rows = today, columns = tomorrow, order S, R):
P = [[0.7, 0.3], [0.4, 0.6]]
(a) Today is sunny. What is the probability that it rains the day after tomorrow (two steps ahead)?
(b) Find the stationary distribution π = (π_S, π_R). Give exact fractions.
(c) Today is sunny. Let T be the number of days until the first rainy day, counting tomorrow as day 1 (so T = 1 if it rains tomorrow). Compute E[T].

2. A coin is tossed n = 100 times and lands heads 61 times. We test H0: p = 0.5 against H1: p ≠ 0.5 using the normal approximation to the binomial without continuity correction.
(a) Compute the test statistic z.
(b) Compute the two-sided p-value. Round to three decimal places.
(c) True or false: at significance level α = 0.01 the null hypothesis is rejected.

3. Nine bolts from a production line have mean length 10.6 mm and sample standard deviation s = 1.2 mm. For H0: μ = 10 mm, compute the one-sample t statistic.

4. A disease has prevalence 2%. A screening test has sensitivity 0.95 and specificity 0.90. A randomly chosen person tests positive. What is the probability that they have the disease? Round to three decimal places."""

STATS_BRANCH_A = r"""Here's a worked solution for each question.

## 1. Weather chain

**(a)** The two-step transition probability is the $(S,R)$ entry of $P^2$:
$$P^2 = \begin{pmatrix} 0.61 & 0.39 \\ 0.52 & 0.48 \end{pmatrix} \quad\Rightarrow\quad P(X_2 = R \mid X_0 = S) = 0.39$$

**(b)** Balance $0.3\,\pi_S = 0.4\,\pi_R$ with $\pi_S + \pi_R = 1$ gives $\pi = \left(\tfrac{4}{7}, \tfrac{3}{7}\right)$.

**(c)** $T \sim \text{Geometric}(0.3)$ on $\{1,2,\dots\}$, so $E[T] = 1/0.3 = 10/3$.

## 2. Coin

**(a)** $z = \dfrac{61 - 50}{\sqrt{100 \cdot 0.25}} = \dfrac{11}{5} = 2.2$

**(b)** $p = P(Z > 2.2) = 0.0139 \approx 0.014$

**(c)** $0.014 > 0.01$, so **false**.

## 3. t statistic
$$t = \frac{10.6 - 10}{1.2/\sqrt 9} = \frac{0.6}{0.4} = 1.5$$

## 4. Screening
$$P(D \mid +) = \frac{0.95 \times 0.02}{0.95 \times 0.02 + 0.10 \times 0.98} = \frac{0.019}{0.117} \approx 0.162$$"""

STATS_THOUGHTS = [
    {"summary": "Working through the Markov chain",
     "content": "P^2 entry S->R: 0.7*0.3 + 0.3*0.6 = 0.39. Stationary from detailed balance: 0.3 pi_S = 0.4 pi_R, so pi = (4/7, 3/7). Geometric waiting time with p = 0.3, mean 10/3."},
    {"summary": "Checking the coin test numerically",
     "content": "z = 11/5 = 2.2. Two-sided p-value needs Phi(2.2); better to compute it with python rather than from a table."},
]

STATS_CODE = """from math import erf, sqrt
z = (61 - 50) / sqrt(100 * 0.25)
p = 2 * (1 - 0.5 * (1 + erf(z / sqrt(2))))
print(z, p)"""

STATS_BRANCH_B = r"""### Question 1 — Markov chain

**(a)** Paths $S\to S\to R$ and $S\to R\to R$:
$$0.7 \cdot 0.3 + 0.3 \cdot 0.6 = 0.21 + 0.18 = 0.39$$
**Answer: 0.39**

**(b)** Solve $\pi P = \pi$: the first equation is $0.7\pi_S + 0.4\pi_R = \pi_S$, i.e. $0.4\pi_R = 0.3\pi_S$. With $\pi_S + \pi_R = 1$:
$$\pi = \left(\frac{4}{7},\ \frac{3}{7}\right) \approx (0.571,\ 0.429)$$

**(c)** From a sunny day the chain leaves $S$ with probability $0.3$ each day, so $T$ is geometric with success probability $0.3$:
$$E[T] = \frac{1}{0.3} = \frac{10}{3} \approx 3.33 \text{ days}$$

### Question 2 — Coin

**(a)** $\mu = 50$, $\sigma = \sqrt{100 \cdot 0.5 \cdot 0.5} = 5$, so $z = (61-50)/5 = \mathbf{2.2}$.

**(b)** From the computation above, $p = 2(1-\Phi(2.2)) = 0.02781$, which rounds to **0.028**.

**(c)** **False** — $0.028 > 0.01$, so we fail to reject $H_0$ at the 1% level (we would reject at 5%).

### Question 3 — t statistic

$$t = \frac{\bar x - \mu_0}{s} = \frac{10.6 - 10}{1.2} = 0.5$$

**Answer: t = 0.5** (with $n - 1 = 8$ degrees of freedom).

### Question 4 — Screening test

True positives: $0.95 \times 0.02 = 0.019$. False positives: $1 - 0.90 = 0.10$.
$$P(D \mid +) = \frac{0.019}{0.019 + 0.10} = \frac{0.019}{0.119} \approx 0.160$$

**Answer: 0.160** — most positive results are false alarms because the disease is rare."""

STATS_FOLLOWUP_Q = "thanks! what does the p-value in 2(b) mean in plain words?"

STATS_FOLLOWUP_A = """If the coin really were fair, you'd see a result at least as far from 50 heads as 61 (in either direction) only about 2.8% of the time. It's a statement about the data under H0, not the probability that the coin is fair."""


def stats_export():
    T = 1739138400.0  # fixed base time
    n = [
        ("aaa1c0de-0000-4000-8000-000000000001", None, None),
        ("sys-5e1a", "aaa1c0de-0000-4000-8000-000000000001",
         gpt_msg("sys-5e1a", "system", None, text(""), hidden=True)),
        ("u1-71b2", "sys-5e1a", gpt_msg("u1-71b2", "user", T + 1.25, text(STATS_PROMPT))),
        # branch A: first response (not shown: user regenerated)
        ("a1-9c04", "u1-71b2", gpt_msg("a1-9c04", "assistant", T + 19.5, text(STATS_BRANCH_A),
                                        end_turn=True)),
        # branch B: regenerated with reasoning + python
        ("th-3f0e", "u1-71b2", gpt_msg("th-3f0e", "assistant", T + 95.0,
                                        {"content_type": "thoughts", "thoughts": STATS_THOUGHTS,
                                         "source_analysis_msg_id": "th-3f0e-src"},
                                        channel="analysis")),
        ("rr-3f0f", "th-3f0e", gpt_msg("rr-3f0f", "assistant", T + 96.0,
                                        {"content_type": "reasoning_recap",
                                         "content": "Thought for 14 seconds"},
                                        channel="analysis")),
        ("code-8d21", "rr-3f0f", gpt_msg("code-8d21", "assistant", T + 97.0,
                                          {"content_type": "code", "language": "unknown",
                                           "response_format_name": None, "text": STATS_CODE},
                                          recipient="python")),
        ("exec-8d22", "code-8d21", gpt_msg("exec-8d22", "tool", T + 98.5,
                                            {"content_type": "execution_output",
                                             "text": "2.2 0.02780689502699718"},
                                            name="python")),
        ("a1b-6e77", "exec-8d22", gpt_msg("a1b-6e77", "assistant", T + 112.0, text(STATS_BRANCH_B),
                                           end_turn=True)),
        ("u2-1d90", "a1b-6e77", gpt_msg("u2-1d90", "user", T + 300.0, text(STATS_FOLLOWUP_Q))),
        ("a2-1d91", "u2-1d90", gpt_msg("a2-1d91", "assistant", T + 306.0, text(STATS_FOLLOWUP_A),
                                        end_turn=True)),
    ]
    graded = gpt_conversation("Stats HW6 — Markov chain and tests",
                              "67a8e120-3b5c-8004-9d1e-41f0a2c7b6aa", T, T + 306.0, n,
                              current_node="a2-1d91", model="o4-mini")
    T2 = T - 86400 * 3
    m = [
        ("bbb2c0de-0000-4000-8000-000000000002", None, None),
        ("u1-aa01", "bbb2c0de-0000-4000-8000-000000000002",
         gpt_msg("u1-aa01", "user", T2 + 2.0,
                 text("how do I flatten a list of lists in python with a list comprehension"))),
        ("a1-aa02", "u1-aa01", gpt_msg("a1-aa02", "assistant", T2 + 6.0, text(
            "Use two `for` clauses, outer loop first:\n\n```python\nnested = [[1, 2], [3], [4, 5, 6]]\n"
            "flat = [x for sub in nested for x in sub]\n# [1, 2, 3, 4, 5, 6]\n```"), end_turn=True)),
    ]
    other = gpt_conversation("Flatten list comprehension", "67a4f0aa-12c3-8004-b7e2-9f00c1d2e3f4",
                             T2, T2 + 6.0, m, current_node="a1-aa02")
    return [graded, other]


# ---------------------------------------------------------------------------
# dft-filters / conversations.json  (no current_node)
# ---------------------------------------------------------------------------

DFT_PROMPT = """Problem Set 5 (signals). DFT definition: X[k] = sum_{n=0}^{N-1} x[n] e^{-j 2 pi k n / N}. Complex numbers as a + bj.

Exercise 5.1 — Let x = [1, 2, 0, -1] and N = 4.
a) Compute X[0].
b) Compute X[1]. Write it in the form a + bj.

Exercise 5.2 — A pure tone at 350 Hz is sampled at fs = 500 Hz.
a) At what frequency (in Hz, between 0 and fs/2) does the tone appear after sampling?
b) We take an N = 1000-point DFT of the sampled signal. What is the spacing between DFT bins, in Hz?
c) Using your answers to (a) and (b): at which bin index k, with 0 ≤ k < N/2, does the peak appear?

Can you do 5.1 and 5.2 first?"""

DFT_OLD = """**5.1 a)** X[0] = 1 + 2 + 0 − 1 = 2

**5.1 b)** X[1] = 1 + 2e^{−jπ/2} + 0 − e^{−j3π/2} = 1 − 2j − j = 1 − 3j

**5.2 a)** The sampled tone shows up at 350 + 500 = 850 Hz.

**5.2 b)** Δf = 500/1000 = 0.5 Hz

**5.2 c)** k = 150/0.5 = 300"""

DFT_NEW = (
    "Sure — here are 5.1 and 5.2.\n\n"
    "### Exercise 5.1\n\n"
    "For $N = 4$ the kernel values $e^{j2\\pi kn/4}$ at $k = 1$ are $1, j, -1, -j$ for $n = 0,1,2,3$ "
    + cite("turn0search1") + ".\n\n"
    "**a)** $X[0] = 1 + 2 + 0 + (-1) = 2$\n\n"
    "**b)** $X[1] = 1 + 2(j) + 0\\cdot(-1) + (-1)(-j) = 1 + 2j + j$\n\n"
    "$$X[1] = 1 + 3j$$\n\n"
    "### Exercise 5.2\n\n"
    "**a)** The Nyquist frequency is $f_s/2 = 250$ Hz. A 350 Hz tone is 100 Hz above it, so it folds back to "
    "$250 - 100 = 150$ Hz " + cite("turn0search3") + ".\n\n"
    "**Answer:** 150 Hz\n\n"
    "**b)** $\\Delta f = f_s / N = 500/1000 = 0.5$ Hz\n\n"
    "**c)** The tone's true frequency is 350 Hz, so its bin is $350 / 0.5$:\n\n"
    "$$k = 700$$\n\n"
    "You can confirm all of this numerically:\n\n"
    + CITE_OPEN + "filecite" + CITE_SEP + "turn0file0" + CITE_CLOSE
    + "```python\nimport numpy as np\nfs, N = 500, 1000\nn = np.arange(N)\nX = np.fft.fft(np.cos(2*np.pi*350*n/fs))\n"
    "print(np.argmax(np.abs(X[:N//2])))\n```"
)

DFT_Q2 = """thanks. 5.3: causal FIR y[n] = (1/3)(x[n] + x[n-1] + x[n-2]).
a) Input x = [3, 6, 9, 0, 0] for n = 0..4, x[n] = 0 for n < 0. Give y[0..4].
b) |H(e^{jω})| at ω = π/2.
c) This filter is best described as (A) low-pass (B) high-pass (C) band-pass (D) all-pass"""

DFT_A2 = r"""**5.3 a)** Each output is the mean of the current and two previous inputs:

- $y[0] = (3 + 0 + 0)/3 = 1$
- $y[1] = (6 + 3 + 0)/3 = 3$
- $y[2] = (9 + 6 + 3)/3 = 6$
- $y[3] = (0 + 9 + 6)/3 = 5$
- $y[4] = (0 + 0 + 9)/3 = 3$

$$y = \begin{bmatrix} 1 & 3 & 6 & 5 & 3 \end{bmatrix}$$

**5.3 b)** $H(e^{j\omega}) = \frac{1}{3}\sum_{m=0}^{2} e^{-j\omega m}$, so at $\omega = \pi/2$: $\frac13(1 - j - 1) = -\frac{j}{3}$ and

$$\left|H(e^{j\pi/2})\right| = \frac{1}{3}$$

**5.3 c)** Unit gain at DC, small gain near $\omega = \pi$: the answer is **A** (low-pass)."""


def dft_export():
    T = 1741700000.0
    root = "ccc3c0de-0000-4000-8000-000000000003"
    n = [
        (root, None, None),
        ("u1-d001", root, gpt_msg("u1-d001", "user", T + 3.0, text(DFT_PROMPT))),
        ("a1-d002", "u1-d001", gpt_msg("a1-d002", "assistant", T + 15.0, text(DFT_OLD), end_turn=True)),
        ("a1-d003", "u1-d001", gpt_msg("a1-d003", "assistant", T + 240.0, text(DFT_NEW), end_turn=True,
                                        extra_meta={"content_references": [
                                            {"matched_text": cite("turn0search1"), "type": "grouped_webpages"},
                                            {"matched_text": cite("turn0search3"), "type": "grouped_webpages"}]})),
        ("u2-d004", "a1-d003", gpt_msg("u2-d004", "user", T + 610.0, text(DFT_Q2))),
        ("a2-d005", "u2-d004", gpt_msg("a2-d005", "assistant", T + 628.0, text(DFT_A2), end_turn=True)),
    ]
    graded = gpt_conversation("DFT and aliasing problem set", "67d1b7a0-0c2e-8004-a5d3-8e3377f0b100",
                              T, T + 628.0, n)  # no current_node
    T2 = T + 7200.0
    root2 = "ddd4c0de-0000-4000-8000-000000000004"
    m = [
        (root2, None, None),
        ("u1-e001", root2, gpt_msg("u1-e001", "user", T2 + 1.0,
                                   text("can I replace 2 eggs in banana bread with something? no flax"))),
        ("a1-e002", "u1-e001", gpt_msg("a1-e002", "assistant", T2 + 5.0, text(
            "Yes. Per egg use about 1/4 cup (60 g) of unsweetened applesauce or an extra 1/4 cup of mashed "
            "banana, so 1/2 cup for two eggs. The loaf will be a bit denser; add 1/2 tsp extra baking powder "
            "to compensate."), end_turn=True)),
    ]
    other = gpt_conversation("Banana bread without eggs", "67d1d2f4-99aa-8004-8c1b-00d4e5f6a7b8",
                             T2, T2 + 5.0, m)
    return [other, graded]


# ---------------------------------------------------------------------------
# svm-nb-dropout / claude-export.json
# ---------------------------------------------------------------------------

ASSIGNMENT_TEX = open(os.path.join(ROOT, "svm-nb-dropout", "problems.tex"), encoding="utf-8").read()

CL_THINK = """The user attached assignment 3. Problem 1: ||w|| = 5, margin width 2/5. Distance of (2,1): |6+4-2|/5 = 8/5. Origin: sign(-2) = -1.
Problem 2: unsmoothed: spam 0.4*3/4*1/4 = 0.075, ham 0.6*1/6*2/3 = 0.0667 -> 9/17. Smoothed: add one to count, add one to the denominator? Let me just compute both in the REPL.
Problem 3: inverted dropout divides by 0.8. Conv: floor(61/2)+1 = 31. Params 16*75 + 16."""

CL_CODE = """const smooth = (c, n) => (c + 1) / (n + 1);
const spam = 0.4 * smooth(3, 4) * smooth(1, 4);
const ham = 0.6 * smooth(1, 6) * smooth(4, 6);
console.log(spam, ham, spam / (spam + ham));"""

CL_RESULT = "0.128 0.12244897959183673 0.5110821382007823"

CL_ANSWER = """I've gone through the attached assignment. Here are my solutions.

## Problem 1: Linear SVM

With $w = (3,4)^\\top$ we have $\\lVert w\\rVert = 5$.

**(a)** The margin hyperplanes $w^\\top x + b = \\pm 1$ are each $1/\\lVert w\\rVert$ away from the boundary, so the width is
$$\\frac{2}{\\lVert w\\rVert} = \\frac{2}{5} = 0.4$$

**(b)(i)** $\\dfrac{|w^\\top x + b|}{\\lVert w\\rVert} = \\dfrac{|6 + 4 - 2|}{5} = \\dfrac{8}{5} = 1.6$

**(b)(ii)** $w^\\top 0 + b = -2 < 0$, so the predicted label is $-1$.

## Problem 2: Naive Bayes

**(a)** Scores: spam $= 0.4 \\cdot \\tfrac34 \\cdot \\tfrac14 = 0.075$, ham $= 0.6 \\cdot \\tfrac16 \\cdot \\tfrac46 \\approx 0.0667$.
$$P(\\text{spam} \\mid \\text{free}, \\text{meeting}) = \\frac{0.075}{0.075 + 0.0667} = \\frac{9}{17} \\approx 0.529$$

**(b)** With add-one smoothing the estimates become $\\tfrac45, \\tfrac25$ (spam) and $\\tfrac27, \\tfrac57$ (ham), giving scores $0.128$ and $0.1224$:
$$P(\\text{spam} \\mid \\text{free}, \\text{meeting}) \\approx 0.511$$

Smoothing pulls the posterior toward $1/2$, as expected.

## Problem 3: Dropout and convolution arithmetic

**(a)** Kept units are scaled by $1/(1-p) = 1.25$: output $= (2.5,\\ 0,\\ -1.25,\\ 5)$.

**(b)** $\\left\\lfloor \\frac{64 + 2 - 5}{2} \\right\\rfloor + 1 = 31$, so the output is $16 \\times 31 \\times 31$.

**(c)** $16 \\cdot 3 \\cdot 5 \\cdot 5 + 16 = 1216$ parameters (weights plus one bias per output channel)."""

CL_Q2 = "Can you put the final answers in a table so I can copy them?"

CL_A2 = """| Problem | Answer |
|---|---|
| 1(a) | 0.4 |
| 1(b)(i) | 1.6 |
| 1(b)(ii) | −1 |
| 2(a) | 9/17 ≈ 0.529 |
| 2(b) | ≈ 0.511 |
| 3(a) | (2.5, 0, −1.25, 5) |
| 3(b) | 16 × 31 × 31 |
| 3(c) | 1216 |"""


def cl_msg(uuid, sender, created, content, attachments=()):
    texts = [b["text"] for b in content if b["type"] == "text"]
    return {
        "uuid": uuid,
        "text": "\n\n".join(texts),
        "content": content,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": list(attachments),
        "files": [],
    }


def tb(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


def claude_export():
    graded = {
        "uuid": "3f9e2b10-7c41-4d0e-9a55-1b2c3d4e5f60",
        "name": "ML assignment 3 check",
        "created_at": "2025-10-14T19:02:11.204311Z",
        "updated_at": "2025-10-14T19:09:47.881020Z",
        "account": {"uuid": "0b7d3a90-0000-4c4c-8888-000000000abc"},
        "chat_messages": [
            cl_msg("6a1d0c22-1111-4a4a-9b9b-000000000001", "human", "2025-10-14T19:02:11.904311Z",
                   [tb("Can you solve the attached assignment? Please make the final answers easy to find.",
                       "2025-10-14T19:02:11.904311Z", "2025-10-14T19:02:11.904311Z")],
                   attachments=[{"file_name": "assignment3.tex", "file_size": len(ASSIGNMENT_TEX.encode("utf-8")),
                                 "file_type": "text/x-tex", "extracted_content": ASSIGNMENT_TEX}]),
            cl_msg("6a1d0c22-1111-4a4a-9b9b-000000000002", "assistant", "2025-10-14T19:02:14.120000Z", [
                {"start_timestamp": "2025-10-14T19:02:14.120000Z", "stop_timestamp": "2025-10-14T19:02:31.500000Z",
                 "type": "thinking", "thinking": CL_THINK, "summaries": [
                     {"summary": "Working through SVM geometry, naive Bayes posteriors and conv shapes."}],
                 "cut_off": False},
                {"start_timestamp": "2025-10-14T19:02:31.600000Z", "stop_timestamp": "2025-10-14T19:02:33.000000Z",
                 "type": "tool_use", "name": "repl", "input": {"code": CL_CODE}, "message": "Computing posteriors"},
                {"start_timestamp": "2025-10-14T19:02:33.100000Z", "stop_timestamp": "2025-10-14T19:02:33.400000Z",
                 "type": "tool_result", "name": "repl", "is_error": False,
                 "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"" + CL_RESULT + "\"]}"}]},
                tb(CL_ANSWER, "2025-10-14T19:02:33.500000Z", "2025-10-14T19:03:02.000000Z"),
            ]),
            cl_msg("6a1d0c22-1111-4a4a-9b9b-000000000003", "human", "2025-10-14T19:09:30.000000Z",
                   [tb(CL_Q2, "2025-10-14T19:09:30.000000Z", "2025-10-14T19:09:30.000000Z")]),
            cl_msg("6a1d0c22-1111-4a4a-9b9b-000000000004", "assistant", "2025-10-14T19:09:33.000000Z",
                   [tb(CL_A2, "2025-10-14T19:09:33.000000Z", "2025-10-14T19:09:47.000000Z")]),
        ],
    }
    other = {
        "uuid": "9d00aa11-2b2b-4c3c-8d8d-0e0e0e0e0e0e",
        "name": "Miles to km quick question",
        "created_at": "2025-10-12T08:15:00.000000Z",
        "updated_at": "2025-10-12T08:15:20.000000Z",
        "account": {"uuid": "0b7d3a90-0000-4c4c-8888-000000000abc"},
        "chat_messages": [
            cl_msg("1c1c1c1c-0000-4000-8000-000000000001", "human", "2025-10-12T08:15:00.000000Z",
                   [tb("how many km is a half marathon", "2025-10-12T08:15:00.000000Z", "2025-10-12T08:15:00.000000Z")]),
            cl_msg("1c1c1c1c-0000-4000-8000-000000000002", "assistant", "2025-10-12T08:15:04.000000Z",
                   [tb("A half marathon is 21.0975 km (13.1 miles).", "2025-10-12T08:15:04.000000Z",
                       "2025-10-12T08:15:05.000000Z")]),
        ],
    }
    return [other, graded]


def write(rel, obj, indent):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def main():
    write("stats-markov/transcripts/chatgpt-export.json", stats_export(), 2)
    write("dft-filters/transcripts/conversations.json", dft_export(), None)
    write("svm-nb-dropout/transcripts/claude-export.json", claude_export(), 2)


if __name__ == "__main__":
    main()
