#!/usr/bin/env python3
"""Writes the four JSON chat exports of this corpus (3 ChatGPT conversations.json, 1 Claude export).

Deterministic: fixed ids and timestamps, no randomness; re-running gives byte-identical files.
Usage: python3 generators/make_exports.py   (paths are relative to this file's parent folder)
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def write(rel, obj):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote", rel)


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv_id):
        self.conv_id = conv_id
        self.mapping = {}
        self.n = 0
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return "%s-%04d" % (self.conv_id[:8], self.n)

    def add(self, parent, role, t, content, name=None, recipient="all", meta=None, end_turn=None, hidden=False):
        nid = self._id()
        md = dict(meta or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conv(title, tree, t0, t1, current=None, omit_current=False):
    c = {
        "title": title,
        "create_time": t0,
        "update_time": t1,
        "mapping": tree.mapping,
        "moderation_results": [],
        "plugin_ids": None,
        "conversation_id": tree.conv_id,
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "default_model_slug": "gpt-4o",
        "id": tree.conv_id,
    }
    if not omit_current:
        c["current_node"] = current
    return c


def system_node(tree, t):
    return tree.add(tree.root, "system", t, text(""), hidden=True)


# ================================================================ 1. dsp-hw6 / chatgpt-export.json
DSP_PASTE = """Signals and systems hw, please solve everything and show the steps:

1. Discrete-time convolution. Let x[n] = {1, 2, -1} and h[n] = {2, 0, 1}, both starting at n = 0.
(a) Compute the linear convolution y = x * h. List all samples y[0], y[1], ... up to the last nonzero one.
(b) Zero-pad both sequences to length 4 and compute the 4-point circular convolution.

2. DFT. Let x[n] = {1, 2, 0, -1} for n = 0..3 and X[k] = sum_n x[n] e^{-j2pi kn/4}.
(a) Find X[1]. Give it as the pair (Re X[1], Im X[1]).
(b) Compute sum_{k=0}^{3} |X[k]|^2.

3. Sampling. x(t) = cos(2pi 7000 t) + cos(2pi 2500 t) is sampled by an ideal sampler.
(a) With fs = 10 kHz, at what frequency (in kHz, between 0 and fs/2) does the 7 kHz component appear after ideal reconstruction?
(b) Which is the smallest sampling rate in the list that avoids aliasing of both components?
(A) 12 kHz (B) 15 kHz (C) 13.5 kHz (D) 20 kHz

4. A causal LTI system: y[n] = 0.5 y[n-1] + x[n].
(a) What is its DC gain H(e^{j0})?
(b) Compute |H(e^{jw})| at w = pi/2, rounded to three decimal places.
(c) True or false: the system is BIBO stable."""

DSP_OLD = r"""Sure — here are the solutions.

**1(a).** Length 3 + 3 − 1 = 5. Sliding h across x:

y[0] = 2, y[1] = 4, y[2] = −2 + 1 = −1, y[3] = 2, y[4] = −1

So y = [2, 4, −1, 2, −1].

**1(b).** For the 4-point circular convolution we keep the first 4 samples of the linear result:

x ⊛₄ h = [2, 4, −1, 2]

**2(a).** X[1] = 1 + 2(−j) + 0 + (−1)(j) = 1 − 3j → (1, −3)

**2(b).** Parseval: 4 · (1 + 4 + 0 + 1) = 24

**3(a).** The 7 kHz tone folds to 10 − 7 = 3 kHz.

**3(b).** We need fs > 2 · 7 = 14 kHz with some margin for a realistic anti-aliasing filter, so the answer is **(D) 20 kHz**.

**4(a).** H(1) = 1/(1 − 0.5) = 2

**4(b).** |H(e^{jπ/2})| = 1/|1 + 0.5j| = 1/√1.25 ≈ 0.894

**4(c).** True, the pole z = 0.5 is inside the unit circle."""

DSP_NEW = r"""Here's a full worked solution.

---

## Problem 1 — Convolution

**(a) Linear convolution**

The output has length 3 + 3 − 1 = 5:

- y[0] = 1·2 = 2
- y[1] = 2·2 + 1·0 = 4
- y[2] = (−1)·2 + 2·0 + 1·1 = −1
- y[3] = (−1)·0 + 2·1 = 2
- y[4] = (−1)·1 = −1

\[
y = \{2,\ 4,\ -1,\ 2,\ -1\}
\]

**(b) 4-point circular convolution**

Circular convolution of length 4 equals the linear result with every sample at n ≥ 4 wrapped back modulo 4. Only y[4] = −1 wraps, and it lands on n = 0:

\[
x \circledast_4 h = \{2 + (-1),\ 4,\ -1,\ 2\} = \{1,\ 4,\ -1,\ 2\}
\]

## Problem 2 — DFT

With W₄ = e^{−jπ/2} = −j:

**(a)**
\[
X[1] = 1 + 2(-j) + 0\cdot(-1) + (-1)(j) = 1 - 3j
\]
so **(Re X[1], Im X[1]) = (1, −3)**.

**(b)** By Parseval, \(\sum_k |X[k]|^2 = N \sum_n |x[n]|^2 = 4\,(1 + 4 + 0 + 1) = 24\).

(Check: X = [2, 1−3j, 0, 1+3j], so 4 + 10 + 0 + 10 = 24 ✓)

## Problem 3 — Sampling

**(a)** 7 kHz is above f_s/2 = 5 kHz, so it folds back to |7 − 10| = **3 kHz**.

**(b)** The highest component is 7 kHz, so we need f_s > 14 kHz. Of the listed rates only 15 kHz and 20 kHz qualify, and the smaller one is 15 kHz → **(B)**.

## Problem 4 — First-order IIR filter

H(z) = 1 / (1 − 0.5 z⁻¹)

**(a)** DC gain: H(e^{j0}) = 1/(1 − 0.5) = **2**

**(b)** At ω = π/2 we have e^{−jπ/2} = −j, so
\[
|H(e^{j\pi/2})| = \frac{1}{|1 + 0.5j|} = \frac{1}{\sqrt{1.25}} \approx 0.89
\]

**(c)** **True** — the only pole is at z = 0.5, inside the unit circle, so the system is BIBO stable."""

DSP_FOLLOW_Q = "for 4(b) the sheet says three decimal places, is 0.89 enough?"
DSP_FOLLOW_A = r"""No — 0.89 is only two decimals. Carrying more digits:

1/√1.25 = 0.894427…

so to three decimal places **|H(e^{jπ/2})| = 0.894**. Everything else in my answer stays the same."""

DSP_THOUGHTS = {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Working through convolution", "content": "Linear conv gives 2,4,-1,2,-1. Circular 4-point: wrap y[4] onto y[0], 2-1 = 1. Maybe I should double check whether they want 1,4,-1,2 or the truncated 2,4,-1,2 — wrapping is the definition, so 1,4,-1,2."},
        {"summary": "Checking the sampling part", "content": "fs must exceed 14 kHz. 15 works, 13.5 doesn't. 20 works but is not smallest. So B."},
    ],
    "source_analysis_msg_id": "b6f2c1d0-analysis",
}


def build_dsp():
    T = 1762891200.0  # fixed base time
    tr = Tree("6734c0de-5a1f-8003-9a3c-3f2b7e0d11aa")
    s = system_node(tr, None)
    u1 = tr.add(s, "user", T + 10.5, text(DSP_PASTE))
    # original answer (older branch, regenerated away)
    tr.add(u1, "assistant", T + 31.2, text(DSP_OLD), meta={"model_slug": "gpt-4o"}, end_turn=True)
    # regenerated branch, shown in the UI
    th = tr.add(u1, "assistant", T + 95.0, DSP_THOUGHTS, meta={"model_slug": "o3"})
    rc = tr.add(th, "assistant", T + 96.0, {"content_type": "reasoning_recap", "content": "Thought for 21 seconds"}, meta={"model_slug": "o3"})
    a1 = tr.add(rc, "assistant", T + 118.4, text(DSP_NEW), meta={"model_slug": "o3"}, end_turn=True)
    u2 = tr.add(a1, "user", T + 402.9, text(DSP_FOLLOW_Q))
    a2 = tr.add(u2, "assistant", T + 410.3, text(DSP_FOLLOW_A), meta={"model_slug": "o3"}, end_turn=True)
    graded = conv("Signals HW6 convolution DFT sampling", tr, T, T + 410.3, current=a2)

    tr2 = Tree("6731aa90-17c4-8003-b7e1-00c9d35e4f21")
    s2 = system_node(tr2, None)
    v1 = tr2.add(s2, "user", 1762600000.0, text("how much salt for pasta water, 4 litres"))
    b1 = tr2.add(v1, "assistant", 1762600004.0, text("A common rule of thumb is about 10 g of salt per litre, so roughly **40 g** (a bit over 2 tablespoons of fine salt) for 4 litres."), end_turn=True)
    other = conv("Pasta water salt", tr2, 1762600000.0, 1762600004.0, current=b1)
    write("dsp-hw6/transcripts/chatgpt-export.json", [graded, other])


# ================================================================ 2. dsp-hw6 / claude-export.json
def build_claude():
    tex = read("dsp-hw6/problems.tex")
    think = ("The user attached the homework. Convolution first: x=[1,2,-1], h=[2,0,1]. "
             "Let me use the analysis tool to verify the linear convolution. For the DFT I need e^{j...} "
             "factors; W = e^{j pi/2} = j for k=1. For the filter, |H|^2 = 1/(1.25) = 0.8.")
    intro = "I'll go through each question. Let me first verify the convolution numerically."
    code = "import numpy as np\nx = np.array([1, 2, -1]); h = np.array([2, 0, 1])\nprint(np.convolve(x, h))"
    body = r"""The tool confirms the linear convolution.

## Question 1

**(a)** $y = x * h = [2,\ 4,\ -1,\ 2,\ -1]$

**(b)** For the 4-point circular convolution we zero-pad to length 4 and keep 4 output samples:

$$x \circledast_4 h = [2,\ 4,\ -1,\ 2]$$

## Question 2

**(a)** For $k = 1$, the twiddle factor is $W = e^{j\pi/2} = j$:

$$X[1] = 1 + 2j + 0 + (-1)(-j) = 1 + 3j$$

So $(\operatorname{Re}X[1], \operatorname{Im}X[1]) = (1, 3)$.

**(b)** Parseval's theorem: $\sum_k |X[k]|^2 = 4 \sum_n |x[n]|^2 = 4 \cdot 6 = 24$.

## Question 3

**(a)** The 7 kHz component aliases to $10 - 7 = 3$ kHz.

**(b)** Nyquist requires $f_s > 2 \times 7 = 14$ kHz; the smallest listed rate that satisfies this is 15 kHz, i.e. **(B)**.

## Question 4

$H(e^{j\omega}) = \dfrac{1}{1 - 0.5e^{-j\omega}}$

**(a)** DC gain $= H(e^{j0}) = \dfrac{1}{0.5} = 2$

**(b)** $|H(e^{j\pi/2})|^2 = \dfrac{1}{1 + 0.25} = 0.8$, so $|H(e^{j\pi/2})| = 0.800$.

**(c)** **True.** The pole at $z = 0.5$ lies inside the unit circle, so the causal system is BIBO stable.

Let me know if you'd like me to go over any of these in more detail!"""
    conv_ = {
        "uuid": "3f1d2b7a-8c0e-4e55-9a61-0c2b5d7e9f10",
        "name": "EE3410 HW6 solutions",
        "created_at": "2025-11-12T19:02:11.204311Z",
        "updated_at": "2025-11-12T19:05:48.991204Z",
        "account": {"uuid": "a0a0a0a0-0000-4000-8000-000000000001"},
        "chat_messages": [
            {
                "uuid": "9b0c7f1e-0001-4d1f-9f00-6a1e2b3c4d01",
                "text": "Can you solve all of this? Please show steps, I want to check my own work.",
                "content": [{"start_timestamp": "2025-11-12T19:02:11.204311Z", "stop_timestamp": "2025-11-12T19:02:11.204311Z",
                             "type": "text", "text": "Can you solve all of this? Please show steps, I want to check my own work.", "citations": []}],
                "sender": "human",
                "created_at": "2025-11-12T19:02:11.204311Z",
                "updated_at": "2025-11-12T19:02:11.204311Z",
                "attachments": [{"file_name": "hw6.tex", "file_size": len(tex.encode("utf-8")), "file_type": "text/x-tex", "extracted_content": tex}],
                "files": [],
            },
            {
                "uuid": "9b0c7f1e-0002-4d1f-9f00-6a1e2b3c4d02",
                "text": intro + "\n\n" + body,
                "content": [
                    {"start_timestamp": "2025-11-12T19:02:14.001000Z", "stop_timestamp": "2025-11-12T19:02:21.880000Z",
                     "type": "thinking", "thinking": think,
                     "summaries": [{"summary": "Checking convolution and filter magnitude."}], "cut_off": False},
                    {"start_timestamp": "2025-11-12T19:02:21.900000Z", "stop_timestamp": "2025-11-12T19:02:22.300000Z",
                     "type": "text", "text": intro, "citations": []},
                    {"start_timestamp": "2025-11-12T19:02:22.400000Z", "stop_timestamp": "2025-11-12T19:02:23.100000Z",
                     "type": "tool_use", "name": "repl", "input": {"code": code}},
                    {"start_timestamp": "2025-11-12T19:02:24.000000Z", "stop_timestamp": "2025-11-12T19:02:24.000000Z",
                     "type": "tool_result", "name": "repl",
                     "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"[ 2  4 -1  2 -1]\"]}", "uuid": "c1d2e3f4-0000-4000-8000-0000000000aa"}],
                     "is_error": False},
                    {"start_timestamp": "2025-11-12T19:02:24.500000Z", "stop_timestamp": "2025-11-12T19:02:40.700000Z",
                     "type": "text", "text": body, "citations": []},
                ],
                "sender": "assistant",
                "created_at": "2025-11-12T19:02:14.001000Z",
                "updated_at": "2025-11-12T19:02:40.700000Z",
                "attachments": [],
                "files": [],
            },
        ],
    }
    write("dsp-hw6/transcripts/claude-export.json", [conv_])


# ================================================================ 3. econ-ps3 / conversations.json
ECON_PASTE = """Problem Set 3, ECON 421. Data (i, x, y): (1,1,2) (2,2,3) (3,3,5) (4,4,4) (5,5,6). Model y_i = b0 + b1 x_i + u_i.

Exercise 3.1
(a) Compute the OLS estimates: (i) b1_hat (ii) b0_hat
(b) Compute R^2.
(c) Assume homoskedastic errors, sigma2_hat = SSR/(n-2).
 (i) Compute se(b1_hat), rounded to three decimals.
 (ii) Compute the t-statistic for H0: b1 = 0, rounded to two decimals.

Exercise 3.2
(a) Write the design matrix X (column of ones first) and compute X'X.
(b) True model y = b0 + b1 x1 + b2 x2 + u with b1 = 1, b2 = 2; the linear projection of x2 on x1 has slope delta = 0.5. If you regress y on x1 only (with intercept), what is the plim of the slope estimate?
(c) Under heteroskedasticity (other Gauss-Markov assumptions hold), the OLS slope estimator is
A. biased and inconsistent
B. unbiased, but the usual OLS standard errors are invalid
C. unbiased and still BLUE
D. biased, but the usual OLS standard errors remain valid"""

ECON_CODE = """import numpy as np
x = np.array([1,2,3,4,5.]); y = np.array([2,3,5,4,6.])
X = np.column_stack([np.ones(5), x])
b = np.linalg.solve(X.T@X, X.T@y)
e = y - X@b
ssr = e@e; sst = ((y-y.mean())**2).sum()
s2 = ssr/3
se1 = np.sqrt(s2*np.linalg.inv(X.T@X)[1,1])
print(b, ssr, sst, 1-ssr/sst)
print(se1, b[1]/se1)
print(X.T@X)"""

ECON_OUT = """[1.3 0.9] 1.9000000000000001 10.0 0.8099999999999999
0.25166114784235843 3.576237364075618
[[ 5. 15.]
 [15. 55.]]"""

CITE = "\ue200cite\ue202turn0search0\ue201"

ECON_ANSWER = r"""I ran the numbers in Python to double-check the hand calculations.

### Exercise 3.1

With x̄ = 3 and ȳ = 4:

- Sxy = Σ(xᵢ − x̄)(yᵢ − ȳ) = 4 + 1 + 0 + 0 + 4 = 9
- Sxx = Σ(xᵢ − x̄)² = 10

**(a)(i)** β̂₁ = Sxy / Sxx = 9/10 = **0.9**

**(a)(ii)** β̂₀ = ȳ − β̂₁x̄ = 4 − 0.9·3 = **1.3**

**(b)** Fitted values 2.2, 3.1, 4.0, 4.9, 5.8 give residuals −0.2, −0.1, 1.0, −0.9, 0.2, so SSR = 1.9 and SST = 10:

R² = 1 − 1.9/10 = **0.81**

**(c)(i)** σ̂² = 1.9/3 ≈ 0.6333, and se(β̂₁) = √(σ̂²/Sxx) = √0.06333 ≈ **0.25**

**(c)(ii)** t = 0.9 / 0.2517 ≈ **3.58**

### Exercise 3.2

**(a)**
$$
X = \begin{bmatrix} 1 & 1 \\ 1 & 2 \\ 1 & 3 \\ 1 & 4 \\ 1 & 5 \end{bmatrix}, \qquad
X^\top X = \begin{bmatrix} 5 & 15 \\ 15 & 55 \end{bmatrix}
$$

**(b)** Omitted-variable bias: plim β̃₁ = β₁ + β₂δ = 1 + 2(0.5) = **2**

**(c)** **B.** Heteroskedasticity does not bias OLS, but the conventional variance formula is wrong, so the usual standard errors (and t-tests) are invalid; use heteroskedasticity-robust (White) standard errors instead""" + CITE + r""".

| Part | Answer |
|---|---|
| 3.1(a)(i) | 0.9 |
| 3.1(a)(ii) | 1.3 |
| 3.1(b) | 0.81 |
| 3.1(c)(i) | 0.25 |
| 3.1(c)(ii) | 3.58 |
| 3.2(a) | [[5, 15], [15, 55]] |
| 3.2(b) | 2 |
| 3.2(c) | B |"""


def build_econ():
    T = 1759851000.0
    tr = Tree("67e4b1c2-9d30-8003-a4f0-51b8c0de2e77")
    s = system_node(tr, None)
    u1 = tr.add(s, "user", T + 3.0, text(ECON_PASTE))
    th = tr.add(u1, "assistant", T + 9.0, {"content_type": "thoughts", "thoughts": [
        {"summary": "Planning the regression", "content": "Compute by hand, then verify with python. sigma^2 uses n-2 = 3."}],
        "source_analysis_msg_id": "e41c-analysis"})
    rc = tr.add(th, "assistant", T + 10.0, {"content_type": "reasoning_recap", "content": "Thought for 8 seconds"})
    cd = tr.add(rc, "assistant", T + 14.0, {"content_type": "code", "language": "unknown", "response_format_name": None, "text": ECON_CODE},
                recipient="python")
    out = tr.add(cd, "tool", T + 16.0, {"content_type": "execution_output", "text": ECON_OUT}, name="python",
                 meta={"aggregate_result": {"status": "success", "code": ECON_CODE, "final_expression_output": None}})
    a1 = tr.add(out, "assistant", T + 41.0, text(ECON_ANSWER), end_turn=True,
                meta={"citations": [], "content_references": [{"matched_text": CITE, "type": "grouped_webpages",
                      "items": [{"title": "Heteroskedasticity-consistent standard errors", "url": "https://en.wikipedia.org/wiki/Heteroskedasticity-consistent_standard_errors"}]}]})
    graded = conv("OLS problem set help", tr, T, T + 41.0, current=a1)

    tr2 = Tree("67e1f0aa-0b11-8003-9c2d-7a6e5f4d3c2b")
    s2 = system_node(tr2, None)
    v1 = tr2.add(s2, "user", 1759700000.0, text("Can you tighten this sentence for my cover letter: 'I am a person who has always been very interested in data and numbers.'"))
    b1 = tr2.add(v1, "assistant", 1759700006.0, text("Try: \"I have long been drawn to data and quantitative problem-solving.\""), end_turn=True)
    other = conv("Cover letter edits", tr2, 1759700000.0, 1759700006.0, current=b1)
    write("econ-ps3/transcripts/conversations.json", [other, graded])


# ================================================================ 4. infotheory-hw2 / export-no-current-node.json
INFO_PASTE = """Q1. A memoryless source emits a, b, c, d with probabilities 0.4, 0.3, 0.2, 0.1.
a. Compute the entropy H(X) to three decimal places.
b. Construct a binary Huffman code. What is its expected codeword length?
c. Give the Huffman codeword lengths for (a, b, c, d), in that order.

Q2. P = (1/2, 1/2), Q = (1/4, 3/4) on {0,1}.
a. Compute D(P||Q) to three decimal places.
b. True or false: for these two distributions, D(Q||P) = D(P||Q).

Q3. What is the capacity of a binary symmetric channel with crossover probability p = 0.11? Three decimal places.

(log base 2 everywhere)"""

INFO_OLD = r"""**Q1**

a. H(X) = −Σ pᵢ log₂ pᵢ = 0.5288 + 0.5211 + 0.4644 + 0.3322 = **1.846 bits**

b. Huffman merges: 0.1 + 0.2 = 0.3, then 0.3 + 0.3 = 0.6, then 0.4 + 0.6 = 1. Because the two 0.3 nodes get merged together, every symbol ends up two levels deep, so L̄ = **2.0 bits/symbol**.

c. Lengths (2, 2, 2, 2).

**Q2**

a. D(P‖Q) = ½ log₂(½ / ¼) + ½ log₂(½ / ¾) = 0.5 − 0.2925 = **0.208 bits**

b. False — D(Q‖P) ≈ 0.189.

**Q3** C = 1 − H_b(0.11) = 1 − 0.4999 ≈ **0.500 bits/use**"""

INFO_OLD_Q2 = "are you sure about Q1b? I thought huffman always beats fixed length here"
INFO_OLD_A2 = "You're right to question it, but 2.0 is correct here: with these probabilities Huffman happens to tie the fixed-length code. **L̄ = 2.0**."

INFO_NEW = r"""Let's go question by question (all logs base 2).

### Q1 — Source coding

**a.** 
H(X) = −(0.4 log 0.4 + 0.3 log 0.3 + 0.2 log 0.2 + 0.1 log 0.1)
     = 0.52877 + 0.52109 + 0.46439 + 0.33219
     = **1.846 bits**

**b.** Huffman steps:
1. Merge d (0.1) and c (0.2) → node 0.3
2. Merge b (0.3) and that node (0.3) → node 0.6
3. Merge a (0.4) and 0.6 → root

Codewords: a = 0, b = 10, c = 110, d = 111.

L̄ = 0.4·1 + 0.3·2 + 0.2·3 + 0.1·3 = **1.9 bits/symbol** (within 0.054 bits of the entropy, as it should be).

**c.** Lengths for (a, b, c, d): **(1, 2, 3, 3)**

### Q2 — Relative entropy

**a.**
D(P‖Q) = ¼ log(¼ / ½) + ¾ log(¾ / ½) = −0.25 + 0.4387 ≈ **0.189 bits**

**b.** The reverse direction is
D(Q‖P) = ½ log(½ / ¼) + ½ log(½ / ¾) = 0.5 − 0.2925 ≈ 0.208 bits,
which differs from 0.189, so the statement is **False** (KL divergence is not symmetric).

### Q3 — BSC capacity

C = 1 − H_b(0.11), with H_b(0.11) = −0.11 log 0.11 − 0.89 log 0.89 ≈ 0.3503 + 0.1496 = 0.4999.

**C ≈ 0.500 bits per channel use.**"""


def build_info():
    T = 1770652800.0
    tr = Tree("698a0c11-2e3d-8003-8f10-2b9c4e6a7d55")
    s = system_node(tr, T)
    u1 = tr.add(s, "user", T + 5.0, text(INFO_PASTE))
    a_old = tr.add(u1, "assistant", T + 20.0, text(INFO_OLD), end_turn=True)
    u2 = tr.add(a_old, "user", T + 300.0, text(INFO_OLD_Q2))
    tr.add(u2, "assistant", T + 309.0, text(INFO_OLD_A2), end_turn=True)
    # the student went back and regenerated the first answer later; this leaf is the newest
    tr.add(u1, "assistant", T + 1250.0, text(INFO_NEW), end_turn=True)
    graded = conv("Huffman + KL homework", tr, T, T + 1250.0, omit_current=True)
    write("infotheory-hw2/transcripts/export-no-current-node.json", [graded])


if __name__ == "__main__":
    build_dsp()
    build_claude()
    build_econ()
    build_info()
