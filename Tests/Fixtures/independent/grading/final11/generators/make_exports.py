#!/usr/bin/env python3
"""Writes the five export-style transcripts (ChatGPT conversations.json and Claude data export shapes).

Deterministic: fixed ids (uuid5), fixed timestamps, sorted output.  Re-running gives byte-identical files.
    python3 generators/make_exports.py
"""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2b7e-0d5a-4c1e-9a55-3f2d8e1b7c40")
CITE = "\ue200cite\ue202turn0search0\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def iso(t):
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# ----------------------------------------------------------------------------------------------
# ChatGPT conversations.json builder
# ----------------------------------------------------------------------------------------------
class GPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.order = []
        rid = uid(key, "root")
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.order.append(rid)
        self.root = rid
        self.n = 0

    def add(self, parent, role, content, t, name=None, recipient="all", meta=None, end_turn=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": dict(meta or {}),
            "recipient": recipient,
            "channel": None,
        }
        if role == "assistant":
            msg["metadata"].setdefault("model_slug", self.model)
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.order.append(nid)
        return nid

    def system(self, parent):
        return self.add(parent, "system", {"content_type": "text", "parts": [""]}, None,
                        meta={"is_visually_hidden_from_conversation": True})

    def user(self, parent, text, t):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, t)

    def said(self, parent, text, t, end_turn=True):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]}, t, end_turn=end_turn)

    def thoughts(self, parent, items, t):
        return self.add(parent, "assistant", {
            "content_type": "thoughts",
            "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
            "source_analysis_msg_id": uid(self.key, "analysis", str(self.n))}, t, end_turn=False)

    def recap(self, parent, text, t):
        return self.add(parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t, end_turn=False)

    def code(self, parent, src, t):
        return self.add(parent, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None,
                                              "text": src}, t, recipient="python", end_turn=False)

    def output(self, parent, text, t):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": text}, t, name="python",
                        meta={"aggregate_result": {"status": "success", "run_id": uid(self.key, "run", str(self.n))}})

    def dump(self, current_node=None, with_current=True):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"]]
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times) if times else self.t0,
            "mapping": {k: self.mapping[k] for k in self.order},
        }
        if with_current:
            d["current_node"] = current_node
        d.update({
            "conversation_id": uid(self.key, "conversation"),
            "id": uid(self.key, "conversation"),
            "is_archived": False,
            "default_model_slug": self.model,
        })
        return d


def simple_gpt(key, title, t0, turns, model="gpt-4o"):
    c = GPTConv(key, title, t0, model)
    p = c.system(c.root)
    t = t0
    for role, text in turns:
        t += 40
        p = c.user(p, text, t) if role == "user" else c.said(p, text, t)
    return c.dump(current_node=p)


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ----------------------------------------------------------------------------------------------
# A1: prob-bayes-exam / chatgpt-export.json  (regenerated first answer, thoughts + recap, current_node)
# ----------------------------------------------------------------------------------------------
PROB_PASTE = r"""Practice Midterm B — STAT 2110

1. A screening test for a rare condition D is used on a population in which 2% of people have the condition. The test has sensitivity 0.95 (it is positive for 95% of people with D) and specificity 0.90 (it is negative for 90% of people without D).
(a) [2] What is the probability that a randomly chosen person tests positive?
(b) [3] A randomly chosen person tests positive. What is the probability that they have D? Give an exact fraction or a decimal to at least four significant figures.
(c) [4] The person is re-tested, and the second test is also positive. Assuming the two test results are conditionally independent given the disease status, what is P(D | +,+)? Same precision as in (b).

2. Let X ~ Binomial(n = 10, p = 0.3).
(a) [2] Compute P(X = 2) to four decimal places.
(b) [3] Write down the moment generating function M_X(t) = E[e^{tX}].

3. Five waiting times (in minutes) were recorded at a bus stop: 4, 7, 9, 10, 15.
(a) [2] Compute the unbiased sample variance s^2.
(b) [3] Model the waiting times as i.i.d. Exponential(lambda) with density lambda e^{-lambda x}. Find the maximum-likelihood estimate lambda-hat for this data.
(c) [2] For a general sample of size n >= 2, the estimator lambda-hat = 1/Xbar is
A. unbiased   B. biased upward   C. biased downward   D. undefined, since E[1/Xbar] does not exist

please solve all of it, show steps"""

PROB_OLD = r"""Here's a worked solution for each problem.

## Problem 1

**(a)** $P(+) = 0.95 \cdot 0.02 + 0.10 \cdot 0.98 = 0.117$

**(b)** $P(D\mid +) = 0.019/0.117 \approx 0.1624$

**(c)** $P(D \mid +,+) = \dfrac{0.02(0.95)^2}{0.02(0.95)^2 + 0.98(0.10)^2} = \dfrac{0.01805}{0.02785} \approx 0.6481$

## Problem 2

**(a)** $P(X=2) = 45 (0.3)^2 (0.7)^8 \approx 0.2335$

**(b)** $M_X(t) = (0.7 + 0.3e^t)^{10}$

## Problem 3

**(a)** $s^2 = 66/4 = 16.5$

**(b)** $\hat\lambda = 1/\bar x = 1/9$

**(c)** Since $1/x$ is convex, the reciprocal of the mean is pulled down on average, so the estimator is **biased downward — (C)**."""

PROB_NEW = r"""## Problem 1 — Screening test

Let $D$ = has the condition, $+$ = positive test. Given: $P(D) = 0.02$, $P(+\mid D) = 0.95$, $P(+\mid D^c) = 1 - 0.90 = 0.10$.

**(a)** Total probability:

$$P(+) = 0.95(0.02) + 0.10(0.98) = 0.019 + 0.098 = 0.117$$

**(b)** Bayes' rule:

$$P(D \mid +) = \frac{0.019}{0.117} = \frac{19}{117} \approx 0.1624$$

**(c)** For two positives the likelihood of the data under $D$ is $0.95^2$:

$$P(D \mid +,+) = \frac{0.02 \cdot 0.95^2}{0.02 \cdot 0.95^2 + 0.98 \cdot 0.10} = \frac{0.01805}{0.11605} \approx 0.1555$$

## Problem 2 — Binomial

**(a)** Summing the probabilities up to two successes:

$$P(X=0) + P(X=1) + P(X=2) = 0.0282 + 0.1211 + 0.2335 = 0.3828$$

So **P(X = 2) ≈ 0.3828**.

**(b)** Each Bernoulli trial has MGF $0.7 + 0.3e^t$; the ten trials are independent, so

$$M_X(t) = \left(0.7 + 0.3e^{t}\right)^{10}$$

## Problem 3 — Waiting times

**(a)** $\bar x = 9$; squared deviations $25, 4, 0, 1, 36$, total $66$.

$$s^2 = \frac{66}{5} = 13.2$$

**(b)** $\ell(\lambda) = 5\ln\lambda - 45\lambda$, so $\ell'(\lambda) = 5/\lambda - 45 = 0$ and

$$\hat\lambda = \frac{1}{9} \approx 0.111$$

**(c)** $\bar X \sim \mathrm{Gamma}(n, n\lambda)$ gives $\mathbb E[1/\bar X] = \frac{n}{n-1}\lambda > \lambda$, so the answer is **(B)**, biased upward."""

PROB_FIX = r"""Yes — good catch. "Unbiased" means dividing by $n - 1$, not $n$. With the same sum of squares:

$$s^2 = \frac{66}{5 - 1} = 16.5$$

So the corrected answer to 3(a) is **16.5** (13.2 is the biased, divide-by-$n$ version). Nothing else in Problem 3 changes."""

PROB_FOLLOW = r"""If the specificity were 0.95, the false-positive rate would be 0.05, and

$$P(D\mid +,+) = \frac{0.01805}{0.01805 + 0.98 \cdot 0.05^2} = \frac{0.01805}{0.0205} \approx 0.8805.$$

Higher specificity makes a repeated positive much more convincing."""


def build_prob():
    t0 = 1772470000.0
    c = GPTConv("prob-midterm", "Bayes screening + binomial practice midterm", t0, model="o3")
    s = c.system(c.root)
    u1 = c.user(s, PROB_PASTE, t0 + 10)
    c.said(u1, PROB_OLD, t0 + 45)                       # first answer, later regenerated
    th = c.thoughts(u1, [("Setting up Bayes", "Prevalence 0.02, sensitivity 0.95, false positive 0.10. P(+) = 0.117."),
                         ("Binomial pieces", "Need P(X=2) and the MGF; MGF is (q + p e^t)^n.")], t0 + 120)
    rr = c.recap(th, "Thought for 14 seconds", t0 + 134)
    a1 = c.said(rr, PROB_NEW, t0 + 135)
    u2 = c.user(a1, "for 3a isn't it supposed to be the unbiased one, dividing by n-1?", t0 + 400)
    a2 = c.said(u2, PROB_FIX, t0 + 410)
    u3 = c.user(a2, "ok. just curious, how would 1c change if the specificity were 0.95 instead?", t0 + 700)
    a3 = c.said(u3, PROB_FOLLOW, t0 + 712)
    graded = c.dump(current_node=a3)
    other1 = simple_gpt("resume", "Resume bullet points for TA job", t0 - 86400 * 3, [
        ("user", "make this sound better: 'helped students in office hours for intro stats'"),
        ("assistant", "- Held weekly office hours for 120+ students in Introductory Statistics, explaining probability and inference concepts one-on-one.")])
    other2 = simple_gpt("listcomp", "Python list comprehension question", t0 + 86400, [
        ("user", "how do I square only the even numbers in a list with a comprehension"),
        ("assistant", "```python\nsquares = [x**2 for x in nums if x % 2 == 0]\n```\nThe `if` at the end filters before squaring.")])
    write_json(os.path.join(ROOT, "prob-bayes-exam/transcripts/chatgpt-export.json"), [other2, graded, other1])


# ----------------------------------------------------------------------------------------------
# B1: linalg-lsq-course / chatgpt-export-no-current.json  (python tool, citation marker, no current_node)
# ----------------------------------------------------------------------------------------------
LIN_PASTE = r"""MATH 221 week 4 — please solve and explain briefly

Exercise 4.1. Let A = [[2, 1], [1, 2]].
a) Find the eigenvalues of A. List them in increasing order.
b) Compute det(A^3).

Exercise 4.2. Find the orthogonal projection of b = (2, 1, 3)^T onto the line spanned by a = (1, 2, 2)^T.

Exercise 4.3. We fit y ≈ c0 + c1 x by least squares to the points (0,1), (1,3), (2,4), (3,8). X is the 4×2 design matrix whose first column is all ones.
a) Find the least-squares coefficients (c0, c1).
b) What is the residual sum of squares of your fit?
c) Write down the matrix X^T X.

Exercise 4.4. A centred 2-D data set has sample covariance matrix C = [[5, 2], [2, 2]].
a) What fraction of the total variance is explained by the first principal component?
b) Give the first principal direction as a unit vector whose first component is positive (three decimal places are fine)."""

LIN_A1 = (r"""### Exercise 4.1

**a)** $\det(A - \lambda I) = (2 - \lambda)^2 - 1 = (\lambda - 1)(\lambda - 3)$, so the eigenvalues are **1 and 3**. Because $A$ is symmetric, its eigenvectors $(1,-1)$ and $(1,1)$ are orthogonal""" + CITE + r""".

**b)** $\det(A^3) = (\det A)^3 = 3^3 = 27$.

### Exercise 4.2

$\mathbf a^\top \mathbf b = 10$ and $\lVert \mathbf a \rVert = 3$, so

$$\operatorname{proj}_{\mathbf a} \mathbf b = \frac{\mathbf a^\top \mathbf b}{\lVert \mathbf a\rVert}\,\mathbf a = \frac{10}{3}(1, 2, 2) = \left(\tfrac{10}{3}, \tfrac{20}{3}, \tfrac{20}{3}\right)$$

For 4.3 and 4.4 let me just run the numbers.""")

LIN_CODE = """import numpy as np
x = np.array([0, 1, 2, 3.]); y = np.array([1, 3, 4, 8.])
X = np.column_stack([np.ones_like(x), x])
c, *_ = np.linalg.lstsq(X, y, rcond=None)
print(c, ((y - X @ c)**2).sum())
print(X.T @ X)
C = np.array([[5, 2], [2, 2.]])
w, V = np.linalg.eigh(C)
print(w, w[-1] / w.sum(), V[:, -1])"""

LIN_OUT = """[0.7 2.2] 1.8000000000000003
[[ 4.  6.]
 [ 6. 14.]]
[1. 6.] 0.8571428571428571 [0.89442719 0.4472136 ]"""

LIN_A1B = r"""### Exercise 4.3

**a)** $(c_0, c_1) = (0.7,\ 2.2)$, i.e. $\hat y = 0.7 + 2.2x$.

**b)** RSS $= 1.8$ (the trailing digits in the output are floating-point noise).

**c)**
$$X^\top X = \begin{pmatrix} 4 & 6 \\ 6 & 14 \end{pmatrix}$$

### Exercise 4.4

The eigenvalues of $C$ are 6 and 1.

**a)** $6/7 \approx 0.857$ — the first component explains about 85.7% of the variance.

**b)** $\mathbf u_1 = \frac{1}{\sqrt5}(2, 1) \approx (0.894, 0.447)$."""

LIN_OLD = r"""You're right to double-check — I mixed up the columns. NumPy's `eigh` returns eigenvalues in ascending order, so I should have taken the other column:

**4.4b:** $\mathbf u_1 \approx (-0.447,\ 0.894)$, which matches your friend's answer."""

LIN_NEW = r"""Your friend's vector $(-0.447, 0.894)$ is a unit eigenvector of $C$, but for the **smaller** eigenvalue, 1: indeed $C(-1, 2)^\top = (-1, 2)^\top$. That is the *second* principal direction.

The first principal direction belongs to $\lambda = 6$: $C(2,1)^\top = (12, 6)^\top = 6\,(2,1)^\top$. Normalised with a positive first component:

**4.4b:** $\mathbf u_1 = (2/\sqrt5,\ 1/\sqrt5) \approx (0.894,\ 0.447)$

(`eigh` sorts eigenvalues in ascending order, so `V[:, -1]` in my code was the right column.)"""


def build_lin():
    t0 = 1770760000.0
    c = GPTConv("linalg-week4", "Week 4 linear algebra exercises", t0)
    s = c.system(c.root)
    u1 = c.user(s, LIN_PASTE, t0 + 5)
    a1 = c.said(u1, LIN_A1, t0 + 30, end_turn=False)
    k = c.code(a1, LIN_CODE, t0 + 31)
    o = c.output(k, LIN_OUT, t0 + 33)
    a1b = c.said(o, LIN_A1B, t0 + 40)
    u2 = c.user(a1b, "my friend got (-0.447, 0.894) for 4.4b. who's right??", t0 + 900)
    c.said(u2, LIN_OLD, t0 + 910)                # older regeneration
    c.said(u2, LIN_NEW, t0 + 960)                # newest leaf -> graded branch
    graded = c.dump(with_current=False)
    other = simple_gpt("gifts", "Gift ideas for sister", t0 - 86400 * 10, [
        ("user", "birthday gift ideas for my sister who likes climbing, budget 40 dollars"),
        ("assistant", "A few ideas under $40:\n\n1. A chalk bag with a fun pattern\n2. A guidebook for a local crag\n3. Finger-training putty")])
    write_json(os.path.join(ROOT, "linalg-lsq-course/transcripts/chatgpt-export-no-current.json"), [graded, other])


# ----------------------------------------------------------------------------------------------
# C1: dl-layers-adam / chatgpt-export.json  (two regenerated branches, thoughts, current_node on older branch)
# ----------------------------------------------------------------------------------------------
DL_PASTE = r"""CS 4782 HW3. Unless stated otherwise, layers follow PyTorch defaults. Tensors are channels-first (C × H × W) without the batch dimension.

Problem 1 (Convolutions) [10 pts]
A colour image of size 3 × 64 × 64 is passed through
conv = nn.Conv2d(3, 16, kernel_size=5, stride=2, padding=2)
(a) (i) What is the shape of the output? (ii) How many learnable parameters does conv have?
(b) The layer is replaced by a depthwise separable convolution: a depthwise 5×5 convolution (one filter per input channel) followed by a pointwise 1×1 convolution to 16 channels, both without bias. How many parameters does the replacement have?

Problem 2 (Recurrent layers) [4 pts]
How many learnable parameters does nn.LSTM(input_size=32, hidden_size=64) (one layer, unidirectional) have?

Problem 3 (Adam) [6 pts]
θ0 = 1, η = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8, with bias correction and m0 = v0 = 0. Gradients g1 = 0.5 and g2 = −0.2. Compute θ2 to four decimal places.

Problem 4 (Batch normalisation) [5 pts]
Training mode, one feature with values {1, 2, 6, 7} in a mini-batch, γ = 2, β = 0.5, ε = 0. What does the layer output for the example whose input is 6? Four decimal places.

Problem 5 (Dropout) [2 pts]
True or false: with inverted dropout and keep probability 0.8, the activations must be multiplied by 0.8 at test time."""

DL_A = r"""**1(a)(i)** $H_{out} = \lfloor (64 + 2\cdot2 - 5)/2 \rfloor + 1 = 32$, so the output is $16 \times 32 \times 32$.

**1(a)(ii)** $16 \cdot 3 \cdot 5 \cdot 5 + 16 = 1{,}216$ parameters (weights + biases).

**1(b)** Depthwise $3 \cdot 25 = 75$, pointwise $3 \cdot 16 = 48$: **123** parameters.

**2.** Four gates, each with an input matrix, a recurrent matrix and a bias:

$$4\,(64 \cdot 32 + 64 \cdot 64 + 64) = 4 \cdot 6208 = 24{,}832$$

**3.** Step 1: $\hat m_1 = 0.5$, $\hat v_1 = 0.25$, $\theta_1 = 1 - 0.1 = 0.9$. Step 2: $m_2 = 0.025$, $v_2 = 0.00028975$, $\hat m_2 = 0.13158$, $\hat v_2 = 0.14495$, so

$$\theta_2 = 0.9 - 0.1 \cdot \frac{0.13158}{0.38072} \approx 0.8654$$

**4.** $\mu = 4$, $\sigma^2 = 6.5$, $\hat x = 2/\sqrt{6.5} = 0.78446$. Applying the affine step, $y = \gamma(\hat x + \beta) = 2(0.78446 + 0.5)$:

$$y \approx 2.5689$$

**5.** **False** — inverted dropout rescales by $1/0.8$ during training, so nothing is done at test time."""

DL_B = r"""### Problem 1
- (a)(i) $16 \times 32 \times 32$
- (a)(ii) $1{,}216$
- (b) $123$

### Problem 2
PyTorch keeps separate `bias_ih` and `bias_hh`: $4(64\cdot32 + 64\cdot64 + 64 + 64) = 25{,}088$.

### Problem 3
$\theta_2 \approx 0.8654$

### Problem 4
$y = 2 \cdot 2/\sqrt{6.5} + 0.5 \approx 2.0689$

### Problem 5
False."""

DL_FOLLOW = r"""With `bias=False` the layer keeps only the weights, so 1(a)(ii) would be $16 \cdot 3 \cdot 5 \cdot 5 = 1{,}200$. The output shape in (i) would not change."""


def build_dl():
    t0 = 1773900000.0
    c = GPTConv("dl-hw3", "HW3 layers and Adam", t0, model="o4-mini")
    s = c.system(c.root)
    u1 = c.user(s, DL_PASTE, t0 + 8)
    th = c.thoughts(u1, [("Conv shape", "(64+4-5)//2+1 = 32."),
                         ("LSTM count", "4 gates; weights 64x32 and 64x64 plus a bias.")], t0 + 20)
    rr = c.recap(th, "Thought for 9 seconds", t0 + 29)
    a1 = c.said(rr, DL_A, t0 + 30)
    th2 = c.thoughts(u1, [("Recheck LSTM", "PyTorch has b_ih and b_hh.")], t0 + 300)
    rr2 = c.recap(th2, "Thought for 6 seconds", t0 + 306)
    c.said(rr2, DL_B, t0 + 307)                  # regenerated, not the branch shown
    u2 = c.user(a1, "and 1(a)(ii) if the conv had bias=False?", t0 + 900)
    a2 = c.said(u2, DL_FOLLOW, t0 + 905)
    graded = c.dump(current_node=a2)
    other = simple_gpt("regex", "Regex for email validation", t0 - 3600, [
        ("user", "simple regex for emails?"),
        ("assistant", "`^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$` is a reasonable loose check; real validation means sending a confirmation email.")])
    write_json(os.path.join(ROOT, "dl-layers-adam/transcripts/chatgpt-export.json"), [graded, other])


# ----------------------------------------------------------------------------------------------
# Claude data export builder
# ----------------------------------------------------------------------------------------------
def claude_msg(key, i, sender, t, blocks, attachments=()):
    content = []
    for j, b in enumerate(blocks):
        b = dict(b)
        b.setdefault("start_timestamp", iso(t + j))
        b.setdefault("stop_timestamp", iso(t + j + 1))
        if b["type"] == "text":
            b.setdefault("citations", [])
        content.append(b)
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {"uuid": uid(key, "msg", str(i)), "text": text, "content": content, "sender": sender,
            "created_at": iso(t), "updated_at": iso(t), "attachments": list(attachments), "files": []}


def claude_conv(key, name, t, msgs):
    return {"uuid": uid(key, "conv"), "name": name, "created_at": iso(t), "updated_at": iso(t + 600),
            "account": {"uuid": uid("account")}, "chat_messages": msgs}


LIN_CLAUDE_ATTACH = r"""MATH 221 · Week 4 exercises — eigenvalues, projections, least squares
Exercise 4.1 Let A = (2 1; 1 2). a) Find the eigenvalues of A. List them in increasing order. b) Compute det(A^3).
Exercise 4.2 Find the orthogonal projection of b = (2, 1, 3)^T onto the line spanned by a = (1, 2, 2)^T.
Exercise 4.3 — fitting a line. We fit y ≈ c0 + c1 x by least squares to the four points x: 0 1 2 3, y: 1 3 4 8. Write X for the 4×2 design matrix whose first column is all ones. a) Find the least-squares coefficients (c0, c1). b) What is the residual sum of squares of your fit? c) Write down the matrix X^T X.
Exercise 4.4 — PCA in two dimensions. A centred 2-D data set has sample covariance matrix C = (5 2; 2 2). a) What fraction of the total variance is explained by the first principal component? b) Give the first principal direction as a unit vector whose first component is positive (three decimal places are fine)."""

LIN_CLAUDE_THINK = "Eigenvalues 1,3. det 27. Projection 10/9 (1,2,2). Line: Sxx=5, Sxy=11 -> slope 2.2, intercept 0.7. RSS 1.8. PCA: eigenvalues 6 and 1, eigenvector maybe (1,2)/sqrt5 = (0.447, 0.894)? check: C(1,2) = (9,6), not parallel. (2,1): (12,6) = 6(2,1). So (0.894, 0.447)."

LIN_CLAUDE_TEXT = r"""I'll go through the attached exercises in order.

## Exercise 4.1

**a)** The characteristic polynomial is $\lambda^2 - 4\lambda + 3 = (\lambda-1)(\lambda-3)$, so the eigenvalues are $\lambda = 1$ and $\lambda = 3$.

**b)** $\det(A^3) = (\det A)^3 = 3^3 = 27$.

## Exercise 4.2

$$\text{proj}_{\mathbf a}\mathbf b = \frac{\mathbf a\cdot\mathbf b}{\mathbf a\cdot\mathbf a}\,\mathbf a = \frac{10}{9}\begin{pmatrix}1\\2\\2\end{pmatrix} = \begin{pmatrix}10/9\\20/9\\20/9\end{pmatrix}$$

## Exercise 4.3

Using centred sums: $\bar x = 1.5$, $\bar y = 4$, $S_{xx} = 5$, $S_{xy} = 11$.

**a)** $c_1 = 11/5 = 2.2$ and $c_0 = 4 - 2.2 \times 1.5 = 0.7$, so $(c_0, c_1) = (0.7, 2.2)$.

**b)** The residuals are $0.3, 0.1, -1.1, 0.7$, giving an RSS of $0.09 + 0.01 + 1.21 + 0.49 = 1.8$.

**c)** This is the Gram matrix of the design; since I used the centred formulas above I didn't need it — let me know if you want (c) written out too.

## Exercise 4.4

The eigenvalues of $C$ are $6$ and $1$ (trace 7, determinant 6).

**a)** The first component explains $\frac{6}{7} \approx 0.857$ of the total variance.

**b)** Solving $(C - 6I)\mathbf v = 0$ gives $\mathbf v \propto (2, 1)$, so the first principal direction is $\frac{1}{\sqrt5}(2,1) \approx (0.894, 0.447)$.

### Summary

| Exercise | Answer |
|---|---|
| 4.1a | 1, 3 |
| 4.1b | 27 |
| 4.2 | (10/9, 20/9, 20/9) |
| 4.3a | (0.7, 2.2) |
| 4.3b | 1.8 |
| 4.4a | 6/7 ≈ 0.857 |
| 4.4b | (0.447, 0.894) |"""


def build_lin_claude():
    t = 1770840000.0
    k = "claude-linalg"
    graded = claude_conv(k, "MATH 221 week 4 exercises", t, [
        claude_msg(k, 1, "human", t, [{"type": "text", "text": "can you do these? (attached)"}],
                   attachments=[{"file_name": "week4.pdf", "file_size": 48213, "file_type": "pdf",
                                 "extracted_content": LIN_CLAUDE_ATTACH}]),
        claude_msg(k, 2, "assistant", t + 20, [
            {"type": "thinking", "thinking": LIN_CLAUDE_THINK,
             "summaries": [{"summary": "Working through eigenvalues and PCA."}], "cut_off": False},
            {"type": "text", "text": LIN_CLAUDE_TEXT}]),
    ])
    k2 = "claude-bread"
    other = claude_conv(k2, "Sourdough starter schedule", t - 86400 * 5, [
        claude_msg(k2, 1, "human", t - 86400 * 5, [{"type": "text", "text": "how often should I feed a sourdough starter kept in the fridge?"}]),
        claude_msg(k2, 2, "assistant", t - 86400 * 5 + 15, [{"type": "text", "text": "Once a week is typical for a refrigerated starter. Take it out, discard all but about 50 g, feed it equal weights of flour and water, let it rise at room temperature for a few hours, then return it to the fridge."}]),
    ])
    write_json(os.path.join(ROOT, "linalg-lsq-course/transcripts/claude-export.json"), [other, graded])


DL_CLAUDE_USER = DL_PASTE + "\n\nplease give final answers clearly, my TA is picky"

DL_CLAUDE_TEXT1 = r"""## Problem 1

**(a)(i)** With padding 2 and stride 2: $\lfloor (64 + 4 - 5)/2 \rfloor + 1 = 32$. The output shape is **16 × 32 × 32**.

**(a)(ii)** Each output channel has one $3 \times 5 \times 5$ filter, so the layer has $16 \times 75 =$ **1,200** learnable parameters.

**(b)** Depthwise: $3 \times 5 \times 5 = 75$. Pointwise: $16 \times 3 = 48$. Total **123**.

## Problem 2

Each of the four gates (input, forget, cell, output) has a $64 \times 32$ input weight matrix and a $64 \times 64$ recurrent matrix, giving $4(2048 + 4096) = 24{,}576$ weights. The bias adds $4 \times 64 = 256$ if there is one bias vector per gate, or $512$ if the input and hidden biases are kept separately. So the count is either **24,832** or **25,088**, depending on whether the framework keeps separate input and hidden biases.

## Problem 3

Let me compute the two Adam steps exactly."""

DL_CLAUDE_CODE = """let th = 1, m = 0, v = 0;
const lr = 0.1, b1 = 0.9, b2 = 0.999, eps = 1e-8;
[0.5, -0.2].forEach((g, i) => {
  const t = i + 1;
  m = b1 * m + (1 - b1) * g;
  v = b2 * v + (1 - b2) * g * g;
  const mh = m / (1 - b1 ** t), vh = v / (1 - b2 ** t);
  th -= lr * mh / (Math.sqrt(vh) + eps);
  console.log(t, m, v, th);
});"""

DL_CLAUDE_OUT = """1 0.05000000000000001 0.0002500000000000002 0.900000002
2 0.025000000000000012 0.0002897500000000002 0.8654394181165108"""

DL_CLAUDE_TEXT2 = r"""The first step moves $\theta$ by almost exactly $\eta = 0.1$ (Adam's first step is always about $\eta$ in size), and the second, bias-corrected step is smaller because the gradient changed sign:

$$\theta_2 \approx 0.8654$$

## Problem 4

Training-mode batch norm uses the batch mean and the biased batch variance: $\mu = 4$, $\sigma^2 = 26/4 = 6.5$.

$$\hat x = \frac{6 - 4}{\sqrt{6.5}} \approx 0.7845, \qquad y = 2\hat x + 0.5 \approx 2.0689$$

## Problem 5

**False.** Inverted dropout divides by the keep probability during training, so the test-time network is used as is."""


def build_dl_claude():
    t = 1773990000.0
    k = "claude-dl"
    conv = claude_conv(k, "Deep learning HW3 help", t, [
        claude_msg(k, 1, "human", t, [{"type": "text", "text": DL_CLAUDE_USER}]),
        claude_msg(k, 2, "assistant", t + 30, [
            {"type": "thinking", "thinking": "Conv: 32x32. Params: 16*75 = 1200, plus bias? LSTM 4*(64*32+64*64)+bias. Adam needs care; use the analysis tool.",
             "summaries": [{"summary": "Counting parameters and planning the Adam computation."}], "cut_off": False},
            {"type": "text", "text": DL_CLAUDE_TEXT1},
            {"type": "tool_use", "name": "repl", "input": {"code": DL_CLAUDE_CODE}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": DL_CLAUDE_OUT}], "is_error": False},
            {"type": "text", "text": DL_CLAUDE_TEXT2}]),
    ])
    write_json(os.path.join(ROOT, "dl-layers-adam/transcripts/claude-export.json"), [conv])


if __name__ == "__main__":
    build_prob()
    build_lin()
    build_dl()
    build_lin_claude()
    build_dl_claude()
    print("exports written")
