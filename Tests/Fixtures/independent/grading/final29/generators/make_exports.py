#!/usr/bin/env python3
"""Writes the three JSON data exports of the final29 corpus.

Deterministic: fixed ids and timestamps, sorted nothing, fixed json.dumps options.
Re-running gives byte-identical files.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CITE = "\ue200cite\ue202turn0search2\ue201"   # private-use citation marker as in ChatGPT exports


# ---------------------------------------------------------------- ChatGPT helpers
def cg_msg(mid, role, content, t, name=None, recipient="all", hidden=False, extra=None):
    m = {
        "id": mid,
        "author": {"role": role, "name": name, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
        "weight": 1.0,
        "metadata": dict(extra or {}, **({"is_visually_hidden_from_conversation": True} if hidden else {})),
        "recipient": recipient,
        "channel": None,
    }
    return m


def text(s):
    return {"content_type": "text", "parts": [s]}


def build_mapping(nodes, with_children=True):
    """nodes: list of (id, parent, message-or-None)."""
    mapping = {}
    for nid, parent, msg in nodes:
        mapping[nid] = {"id": nid, "message": msg, "parent": parent}
        if with_children:
            mapping[nid]["children"] = []
    if with_children:
        for nid, parent, _ in nodes:
            if parent is not None:
                mapping[parent]["children"].append(nid)
    return mapping


def conversation(title, t0, t1, nodes, current, cid, with_children=True):
    c = {
        "title": title,
        "create_time": t0,
        "update_time": t1,
        "mapping": build_mapping(nodes, with_children),
    }
    if current is not None:
        c["current_node"] = current
    c.update({
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": "gpt-4o",
        "conversation_id": cid,
        "id": cid,
    })
    return c


# ================================================================ set 1: markov-entropy (ChatGPT)
HW6_USER = """Problem 1 (A weather chain) [12 pts]
A town's weather is modelled as a Markov chain on the states S (sunny), C (cloudy) and R (rainy), in that order, with one-step transition matrix
P = ( 0.6 0.3 0.1 ; 0.2 0.5 0.3 ; 0.1 0.4 0.5 ), where row i gives the distribution of tomorrow's weather when today is in state i.
a) Today is sunny. What is the probability that it rains two days from now, P(X2 = R | X0 = S)? (2 pts)
b) Find the stationary distribution π = (πS, πC, πR). (4 pts)
c) Starting from a sunny day, what is the expected number of days until the first rainy day? (If it rains tomorrow, that counts as 1 day.) (3 pts)
d) Suppose the chain is started in its stationary distribution. Compute its entropy rate H(X_{t+1} | X_t) in bits per day. (3 pts)

Problem 2 (Entropy of a small table) [10 pts]
Joint distribution: P(X=0,Y=0) = 1/2, P(X=0,Y=1) = 1/4, P(X=1,Y=0) = 0, P(X=1,Y=1) = 1/4
a) Compute the joint entropy H(X, Y) in bits. (2 pts)
b) Compute the mutual information I(X; Y) in bits. (3 pts)
c) Unrelated to the table: on the alphabet {1, 2, 3} let p = (1/2, 1/4, 1/4) and q = (1/4, 1/4, 1/2). Compute D_KL(p || q) in bits. (3 pts)
d) For the table above, which of the following equals H(Y | X)? (A) 0.500 (B) 0.689 (C) 1.000 (D) 0.311

please solve all parts, show work"""

HW6_OLD = r"""Here's a worked solution.

**1(a)** $(P^2)_{SR} = 0.6\cdot0.1 + 0.3\cdot0.3 + 0.1\cdot0.5 = 0.2$.

**1(b)** Solving $\pi P = \pi$: $\pi = (13/46,\ 19/46,\ 7/23)$.

**1(c)** First-step analysis gives $h_S = 40/7 \approx 5.71$ days.

**1(d)** Averaging the row entropies: $(1.2955 + 1.4855 + 1.3610)/3 \approx 1.381$ bits/day.

**2(a)** $1.5$ bits. **2(b)** $0.311$ bits. **2(c)** $0.25$ bits. **2(d)** (B)."""

HW6_CODE = """import numpy as np
P = np.array([[.6,.3,.1],[.2,.5,.3],[.1,.4,.5]])
print((P@P)[0,2])
w, v = np.linalg.eig(P.T)
pi = np.real(v[:, np.argmin(abs(w-1))]); pi /= pi.sum()
print(pi)
H = lambda p: -sum(x*np.log2(x) for x in p if x > 0)
print([H(r) for r in P], pi @ [H(r) for r in P])"""

HW6_OUT = """0.20000000000000004
[0.2826087  0.41304348 0.30434783]
[1.295461844238322, 1.4854752972273344, 1.360964047443681] 1.393881114926719"""

HW6_MAIN = r"""I checked the chain numerically as well; here are the full solutions.

## Problem 1

**(a)** Condition on tomorrow's state:

$$
P(X_2 = R \mid X_0 = S) = \sum_j P_{Sj} P_{jR} = 0.6(0.1) + 0.3(0.3) + 0.1(0.5) = 0.2
$$

**(b)** The balance equations $\pi P = \pi$ together with $\pi_S + \pi_C + \pi_R = 1$ give

$$
\pi = \left(\tfrac{13}{46}, \tfrac{19}{46}, \tfrac{7}{23}\right) \approx (0.2826,\ 0.4130,\ 0.3043)
$$

(this matches the eigenvector of $P^\top$ for eigenvalue 1 computed above).

**(c)** With $h_R = 0$, first-step analysis gives

$$
h_S = 1 + 0.6h_S + 0.3h_C,\qquad h_C = 1 + 0.2h_S + 0.5h_C,
$$

so $h_C = 30/7$ and the expected waiting time from a sunny day is **$30/7 \approx 4.29$ days**.

**(d)** For a stationary chain the entropy rate is $\sum_i \pi_i H(P_{i\cdot})$ """ + CITE + r""":

$$
H \approx 0.2826(1.2955) + 0.4130(1.4855) + 0.3043(1.3610) \approx \mathbf{1.394}\ \text{bits/day}
$$

## Problem 2

**(a)** $H(X,Y) = \tfrac12\log_2 2 + 2\cdot\tfrac14\log_2 4 = \mathbf{1.5}$ **bits**.

**(b)** $H(X) = H(3/4, 1/4) \approx 0.811$, $H(Y) = 1$, so $I(X;Y) = 0.811 + 1 - 1.5 \approx \mathbf{0.311}$ **bits**.

**(c)** $D_{\mathrm{KL}}(p\|q) = \tfrac12\ln 2 + \tfrac14\ln 1 + \tfrac14\ln\tfrac12 = \tfrac14\ln 2 \approx \mathbf{0.173}$ **bits**.

**(d)** $I(X;Y) \approx 0.311$, so the answer is **(D)**."""

HW6_FIX = r"""You're right to question it — I reported the wrong unknown. Solving the two equations:

- from the second, $h_S = 2.5h_C - 5$;
- substituting into the first, $0.4(2.5h_C - 5) - 0.3h_C = 1 \Rightarrow 0.7h_C = 3 \Rightarrow h_C = 30/7$;
- then $h_S = 2.5\cdot\tfrac{30}{7} - 5 = \tfrac{40}{7}$.

$30/7$ is the expected time starting from a **cloudy** day. Starting from a sunny day:

**Corrected 1(c): $h_S = 40/7 \approx 5.714$ days.**

Everything else stays as it was."""

UNREL_1 = "Can you tighten this opening paragraph for a TA application? 'I am writing to apply for the teaching assistant position for STAT 214 next semester, as I really enjoyed the course.'"
UNREL_2 = """Here's a tighter version:

"I'm applying for the STAT 214 teaching assistant position for next semester. Having taken the course last spring, I'd like to help new students with the same material that I found most rewarding."

Want me to add a sentence about office hours or grading experience?"""


def set1():
    t = 1733521200.0
    n = [
        ("aaaa0000-root", None, None),
        ("aaaa0001-sys", "aaaa0000-root", cg_msg("aaaa0001-sys", "system", text(""), None, hidden=True)),
        ("aaaa0002-u1", "aaaa0001-sys", cg_msg("aaaa0002-u1", "user", text(HW6_USER), t + 10)),
        # first attempt, later regenerated (not on the graded branch)
        ("aaaa0003-a-old", "aaaa0002-u1", cg_msg("aaaa0003-a-old", "assistant", text(HW6_OLD), t + 31)),
        # regenerated branch
        ("aaaa0004-th", "aaaa0002-u1", cg_msg("aaaa0004-th", "assistant", {
            "content_type": "thoughts",
            "thoughts": [{"summary": "Setting up the chain",
                          "content": "Two-step probability is row S times column R. Stationary distribution from the left eigenvector; maybe 0.25 for the KL, check the log base."}],
            "source_analysis_msg_id": "aaaa0004-th"}, t + 95)),
        ("aaaa0005-rr", "aaaa0004-th", cg_msg("aaaa0005-rr", "assistant", {
            "content_type": "reasoning_recap", "content": "Thought for 12 seconds"}, t + 96)),
        ("aaaa0006-code", "aaaa0005-rr", cg_msg("aaaa0006-code", "assistant", {
            "content_type": "code", "language": "unknown", "response_format_name": None, "text": HW6_CODE},
            t + 97, recipient="python")),
        ("aaaa0007-out", "aaaa0006-code", cg_msg("aaaa0007-out", "tool", {
            "content_type": "execution_output", "text": HW6_OUT}, t + 99, name="python")),
        ("aaaa0008-a1", "aaaa0007-out", cg_msg("aaaa0008-a1", "assistant", text(HW6_MAIN), t + 121)),
        ("aaaa0009-u2", "aaaa0008-a1", cg_msg("aaaa0009-u2", "user", text("are you sure about 1c? the question says starting from sunny"), t + 400)),
        ("aaaa0010-a2", "aaaa0009-u2", cg_msg("aaaa0010-a2", "assistant", text(HW6_FIX), t + 415)),
    ]
    graded = conversation("Weather chain & entropy HW", t, t + 415, n, "aaaa0010-a2",
                          "6753a2f0-41c8-800c-b8a1-0f3de9c2a611")
    u = 1733400000.0
    n2 = [
        ("bbbb0000-root", None, None),
        ("bbbb0001-u", "bbbb0000-root", cg_msg("bbbb0001-u", "user", text(UNREL_1), u + 5)),
        ("bbbb0002-a", "bbbb0001-u", cg_msg("bbbb0002-a", "assistant", text(UNREL_2), u + 12)),
    ]
    other = conversation("TA application paragraph", u, u + 12, n2, "bbbb0002-a",
                         "6751c640-0a9e-800c-93f2-5c2b0e7d4f10")
    return [graded, other]


# ================================================================ set 3: numerics-sheet4 (ChatGPT, no current_node)
SHEET4_USER = r"""MATH 365 sheet 4, can you solve it? (pasted from the pdf)

Exercise 4.1 (SVD of a small matrix) Let A = [3 0; 4 5].
(a) Find the singular values σ1 ≥ σ2 of A.
(b) Find the 2-norm condition number κ2(A).
(c) Let A1 be the best rank-one approximation of A. Find ||A − A1||_F.

Exercise 4.2 (A ridge regularisation path) We are given only X^T X = [4 0; 0 1], X^T y = [8; 3]. The ridge estimator is w(λ) = argmin ||y − Xw||² + λ||w||².
(a) Compute (i) w(0); (ii) w(2).
(b) The effective degrees of freedom are df(λ) = tr(X(X^T X + λI)^{-1} X^T). Evaluate df(2).
(c) Write the first component w1(λ) as a function of λ.

Exercise 4.3 (Newton's method) Apply Newton's method to f(x) = x^3 − 2x − 5 starting from x0 = 2.
(a) Give x2, the iterate after two Newton steps, to 4 decimal places.
(b) Near a simple root, Newton's method converges (A) linearly; (B) superlinearly but not quadratically; (C) quadratically; (D) cubically."""

SHEET4_OLD = r"""**Exercise 4.1**

(a) $A^\top A = \begin{pmatrix}25 & 20\\ 20 & 25\end{pmatrix}$ has eigenvalues $45$ and $5$, so $\sigma_1 = 3\sqrt5 \approx 6.708$, $\sigma_2 = \sqrt5 \approx 2.236$.

(b) $\kappa_2(A) = \sigma_1/\sigma_2 = 3$.

(c) By Eckart–Young, $\|A - A_1\|_F = \sigma_2 = \sqrt5 \approx 2.236$.

**Exercise 4.2**

(a)(i) $\hat w(0) = (2, 3)$. (ii) $\hat w(2) = (8/6, 3/3) = (4/3, 1)$.

(b) $\mathrm{df}(2) = \tfrac{4}{6} + \tfrac{1}{3} = 1$.

(c) $\hat w_1(\lambda) = \dfrac{8}{4+\lambda}$.

**Exercise 4.3**

(a) $x_1 = 2.1$, and then $x_2 = 2.1 - 0.061/11.23 \approx 2.0957$.

(b) (C) quadratically."""

SHEET4_NEW = r"""Let's go exercise by exercise.

### Exercise 4.1

**(a)** The singular values are the square roots of the eigenvalues of

$$
A^\top A = \begin{pmatrix} 25 & 20 \\ 20 & 25 \end{pmatrix},
$$

whose eigenvalues are $25 \pm 20$, i.e. $45$ and $5$. Hence

$$
\sigma_1 = 3\sqrt{5} \approx 6.708, \qquad \sigma_2 = \sqrt{5} \approx 2.236.
$$

**(b)** $\kappa_2(A) = \sigma_1/\sigma_2 = 3\sqrt5/\sqrt5 = 3$.

**(c)** By the Eckart–Young theorem the error of the best rank-one approximation is governed by the discarded singular value, $\|A - A_1\|_F^2 = \sigma_2^2$, so

$$
\|A - A_1\|_F = 5.
$$

### Exercise 4.2

Because $X^\top X$ is diagonal, the ridge solution decouples: $\hat w_j(\lambda) = \dfrac{(X^\top y)_j}{d_j + \lambda}$ with $d = (4, 1)$.

**(a)** (i) $\hat w(0) = (8/4,\ 3/1) = (2,\ 3)$.
(ii) $\hat w(2) = (8/6,\ 3/3) = (4/3,\ 1) \approx (1.333,\ 1)$.

**(b)** $\mathrm{df}(\lambda) = \sum_j \dfrac{d_j}{d_j + \lambda}$, so $\mathrm{df}(2) = \tfrac46 + \tfrac13 = 1$.

**(c)** $\hat w_1(\lambda) = \dfrac{8}{4 + \lambda}$.

### Exercise 4.3

$f'(x) = 3x^2 - 2$.

- $x_1 = 2 - \dfrac{-1}{10} = 2.1$
- $f(2.1) = 0.061$, $f'(2.1) = 11.23$, so $x_2 = 2.1 - 0.061/11.23 = 2.094568\ldots$

**(a)** $x_2 \approx 2.0946$

**(b)** For a simple root Newton's method is quadratically convergent, although some texts describe it as superlinear — so **(B) or (C)** depending on the convention in your notes."""

UNREL3_U = "what's a good name for a study group chat for numerical methods"
UNREL3_A = "A few ideas: \"Newton's Nerds\", \"Floating Point Friends\", \"The Condition Numbers\", \"Converge or Bust\"."


def set3():
    t = 1737972000.0
    n = [
        ("cccc0000-root", None, None),
        ("cccc0001-u1", "cccc0000-root", cg_msg("cccc0001-u1", "user", text(SHEET4_USER), t + 3)),
        ("cccc0002-a-first", "cccc0001-u1", cg_msg("cccc0002-a-first", "assistant", text(SHEET4_OLD), t + 40)),
        ("cccc0003-u-ok", "cccc0002-a-first", cg_msg("cccc0003-u-ok", "user", text("can you show more working"), t + 200)),
        # regenerated answer to u1, created later: its leaf is the latest leaf of the tree
        ("cccc0004-th", "cccc0001-u1", cg_msg("cccc0004-th", "assistant", {
            "content_type": "thoughts",
            "thoughts": [{"summary": "Thinking about SVD",
                          "content": "A^T A has eigenvalues 45 and 5. Rank-one error is sigma_2 ... sqrt 5, or 5 if squared."}],
            "source_analysis_msg_id": "cccc0004-th"}, t + 260)),
        ("cccc0005-rr", "cccc0004-th", cg_msg("cccc0005-rr", "assistant", {
            "content_type": "reasoning_recap", "content": "Thought for 9 seconds"}, t + 261)),
        ("cccc0006-a-new", "cccc0005-rr", cg_msg("cccc0006-a-new", "assistant", text(SHEET4_NEW), t + 290)),
    ]
    graded = conversation("Numerical methods sheet 4", t, t + 290, n, None,
                          "6797a0b4-2c1e-800c-a4a7-3e1f22d0c9b8", with_children=True)
    u = 1737900000.0
    n2 = [
        ("dddd0000-root", None, None),
        ("dddd0001-u", "dddd0000-root", cg_msg("dddd0001-u", "user", text(UNREL3_U), u + 2)),
        ("dddd0002-a", "dddd0001-u", cg_msg("dddd0002-a", "assistant", text(UNREL3_A), u + 6)),
    ]
    other = conversation("Study group name ideas", u, u + 6, n2, None,
                         "67968a40-7f3d-800c-8b11-d2a9c0e4b7a5")
    return [other, graded]


# ================================================================ set 2: transformer-shapes (Claude)
def read(p):
    with open(os.path.join(ROOT, p), encoding="utf-8") as f:
        return f.read()


PS5_THINK = """The user wants PS5 solved. d_model 512, 8 heads so d_k = 64. Q after split: B, n, h, d_k or B, h, n, d_k? They said layout (B, h, n, d_k)... I'll compute the parameter counts in the REPL to avoid arithmetic slips. Scores n x n per head. Attention weights: scores 1/sqrt2, 2/sqrt2, 3/sqrt2 -> softmax. Q3(b) the mask has no parameters, probably false, though a learned relative-position bias would add some."""

PS5_INTRO = "I'll work through the problem set. Let me first double-check the counts and the softmax numerically."

PS5_CODE = """const d = 512, h = 8, dff = 2048, B = 16, n = 128;
const mha = 4 * (d * d + d);
const ffn = d * dff + dff + dff * d + d;
const s = [1, 2, 3].map(x => x / Math.sqrt(2));
const e = s.map(Math.exp); const Z = e.reduce((a, b) => a + b);
const a = e.map(x => x / Z);
console.log(mha, ffn, a.map(x => x.toFixed(4)));"""

PS5_RESULT = "1050624 2099712 [ '0.1400', '0.2840', '0.5760' ]"

PS5_ANSWER = r"""Here are the solutions.

## Question 1: Shapes and parameter counts

With $d_{\text{model}} = 512$ and $h = 8$, each head has $d_k = 512/8 = 64$.

**(a)** After the projection the queries are $16 \times 128 \times 512$; splitting the last axis into heads gives

**Shape: $16 \times 128 \times 8 \times 64$**

**(b)** Each head compares every query position with every key position, so the scores have shape

**$(16, 8, 128, 128)$**

**(c)** Each of $W^Q, W^K, W^V, W^O$ is $512 \times 512$ with a 512-dimensional bias:

$$4 \times (512 \cdot 512 + 512) = 4 \times 262{,}656 = 1{,}050{,}624$$

**(d)** $W_1$ is $512 \to 2048$ and $W_2$ is $2048 \to 512$:

$$(512 \cdot 2048 + 2048) + (2048 \cdot 512 + 512) = 2{,}099{,}712$$

## Question 2: Attention by hand

Scaled scores: $q \cdot k_i / \sqrt{2} = (0.707,\ 1.414,\ 2.121)$.

**(a)** Softmax: $a = (0.140,\ 0.284,\ 0.576)$

**(b)** The output is $a_1 v_1 + a_2 v_2 + a_3 v_3$. Only $v_1$ has a first coordinate, and $v_2, v_3$ contribute to the second:

$$o = (a_1,\ a_2 + a_3) = (0.140,\ 0.860)$$

## Question 3: Quick checks

**(a)** The score matrix for one head is $n \times n$, so memory grows as $O(n^2)$: **(C)**.

**(b)** Before I answer this one — does your course's causal mask include any learned component (for example a learned relative-position bias added to the masked scores), or is it the standard fixed $-\infty$ upper-triangular mask? The answer depends on that, so let me know which version you're using."""

SOUR_H = "my sourdough starter smells like nail polish remover, is it dead?"
SOUR_A = "It's almost certainly not dead — an acetone smell usually means the starter is hungry. Feed it more often (every 12 hours) at a 1:1:1 ratio for a couple of days and the smell should fade."


def claude_msg(uuid, sender, created, content, attachments=None):
    txt = "\n\n".join(b["text"] for b in content if b["type"] == "text")
    return {
        "uuid": uuid,
        "text": txt,
        "content": content,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": attachments or [],
        "files": [],
    }


def tb(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


def set2():
    tex = read("transformer-shapes/problems.tex")
    graded = {
        "uuid": "3f1c9a42-8d2e-4b7a-9c11-5e0a7d2b6c31",
        "name": "Transformer PS5 shapes and attention",
        "created_at": "2025-03-11T19:02:14.118204Z",
        "updated_at": "2025-03-11T19:05:40.902311Z",
        "account": {"uuid": "a0b1c2d3-0000-4000-8000-000000000001"},
        "chat_messages": [
            claude_msg("8c0b6f1e-1111-4a2b-9c3d-000000000001", "human", "2025-03-11T19:02:14.118204Z",
                       [tb("can you solve this problem set? show the work briefly", "2025-03-11T19:02:14.118204Z", "2025-03-11T19:02:14.118204Z")],
                       attachments=[{"file_name": "ps5.tex", "file_size": len(tex.encode("utf-8")),
                                     "file_type": "text/x-tex", "extracted_content": tex}]),
            claude_msg("8c0b6f1e-1111-4a2b-9c3d-000000000002", "assistant", "2025-03-11T19:02:20.551930Z", [
                {"start_timestamp": "2025-03-11T19:02:20.551930Z", "stop_timestamp": "2025-03-11T19:02:31.004412Z",
                 "type": "thinking", "thinking": PS5_THINK, "summaries": [{"summary": "Computing shapes and parameter counts."}],
                 "cut_off": False},
                tb(PS5_INTRO, "2025-03-11T19:02:31.100000Z", "2025-03-11T19:02:31.900000Z"),
                {"start_timestamp": "2025-03-11T19:02:32.000000Z", "stop_timestamp": "2025-03-11T19:02:33.000000Z",
                 "type": "tool_use", "name": "repl", "input": {"code": PS5_CODE}},
                {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
                 "content": [{"type": "text", "text": json.dumps({"status": "success", "logs": [PS5_RESULT]})}],
                 "is_error": False},
                tb(PS5_ANSWER, "2025-03-11T19:02:35.000000Z", "2025-03-11T19:03:02.000000Z"),
            ]),
        ],
    }
    other = {
        "uuid": "7a2e4410-5b1d-4f0e-8f21-9d3c6b0a1e77",
        "name": "Sourdough starter smell",
        "created_at": "2025-03-09T08:15:00.000000Z",
        "updated_at": "2025-03-09T08:15:30.000000Z",
        "account": {"uuid": "a0b1c2d3-0000-4000-8000-000000000001"},
        "chat_messages": [
            claude_msg("1d9e0000-2222-4c3b-8a4d-000000000001", "human", "2025-03-09T08:15:00.000000Z",
                       [tb(SOUR_H, "2025-03-09T08:15:00.000000Z", "2025-03-09T08:15:00.000000Z")]),
            claude_msg("1d9e0000-2222-4c3b-8a4d-000000000002", "assistant", "2025-03-09T08:15:30.000000Z",
                       [tb(SOUR_A, "2025-03-09T08:15:05.000000Z", "2025-03-09T08:15:30.000000Z")]),
        ],
    }
    return [other, graded]


def write(rel, obj, **kw):
    p = os.path.join(ROOT, rel)
    with open(p, "w", encoding="utf-8") as f:
        f.write(json.dumps(obj, **kw))
        f.write("\n")
    print("wrote", rel)


if __name__ == "__main__":
    write("markov-entropy/transcripts/conversations-hw6.json", set1(), ensure_ascii=False)
    write("transformer-shapes/transcripts/claude-export.json", set2(), ensure_ascii=False, indent=2)
    write("numerics-sheet4/transcripts/conversations.json", set3(), ensure_ascii=True)
