#!/usr/bin/env python3
"""Writes the ChatGPT / Claude data-export transcripts of this corpus.
Deterministic: fixed ids and timestamps; re-running gives byte-identical files."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def dump(obj, rel):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, title, conv_id, t0, with_children=True):
        self.title, self.conv_id, self.t = title, conv_id, t0
        self.mapping, self.with_children = {}, with_children
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def add(self, parent, role, content, *, recipient="all", name=None, hidden=False, dt=7.0, end_turn=None):
        self.n += 1
        nid = f"{self.conv_id[:8]}-{self.n:04d}-4c1e-9a7b-{self.n * 7919:012x}"
        self.t += dt
        meta = {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant" and content.get("content_type") == "text":
            meta["model_slug"] = "gpt-4o"
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, s, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, **kw)

    def export(self, current_node):
        mapping = self.mapping
        if not self.with_children:
            mapping = {k: {kk: vv for kk, vv in v.items() if kk != "children"} for k, v in mapping.items()}
        d = {
            "title": self.title,
            "create_time": round(self.t - 600, 3),
            "update_time": round(self.t, 3),
            "mapping": mapping,
            "moderation_results": [],
        }
        if current_node is not None:
            d["current_node"] = current_node
        d.update({"plugin_ids": None, "conversation_id": self.conv_id, "id": self.conv_id,
                  "default_model_slug": "gpt-4o", "is_archived": False})
        return d


def thoughts(summary, body):
    return {"content_type": "thoughts", "thoughts": [{"summary": summary, "content": body}], "source_model_queue": []}


# ---------------- attention-shapes / chatgpt-export.json
ATT_PROMPT = """CS 4782 HW 6 (attention). Please solve everything:

Question 1 (9 pts). nn.MultiheadAttention(embed_dim=512, num_heads=8, batch_first=True), bias=True default, batch B=4, length n=20. Queries split into heads, layout (batch, head, position, per-head dim).
 (a) shape of the per-head query tensor
 (b) shape of the attention weights after softmax, heads kept separate
 (c) number of trainable parameters (Q, K, V input projections + output projection, incl. biases)

Question 2 (12 pts). q = (1, 1, 0, 0), d_k = 4, k1 = (1,0,1,0), k2 = (2,0,0,0), k3 = (0,0,0,1), v1 = (1,0), v2 = (0,1), v3 = (2,2).
 (a) scaled scores q·k_i/sqrt(d_k)
 (b) attention weights, 3 decimals
 (c) output sum_i alpha_i v_i, 3 decimals

Question 3. (a) Linear(512, 2048) -> ReLU -> Linear(2048, 512), both with bias: number of parameters?
 (b) True or false: dividing the scores by sqrt(d_k) can change which key receives the largest attention weight."""

ATT_OLD = r"""**Question 1**

(a) $d_k = 512/8 = 64$, so the per-head queries are $(4, 8, 20, 64)$.

(b) $(4, 8, 20, 20)$.

(c) $4(512^2 + 512) = 1{,}050{,}624$.

**Question 2**

(a) $(0.5, 1, 0)$ (b) $(0.307, 0.506, 0.186)$ (c) $(0.680, 0.879)$

**Question 3**

(a) $2{,}099{,}712$ (b) False."""

ATT_NEW = r"""## Question 1 — shapes and parameters

**(a)** The per-head dimension is $d_k = 512 / 8 = 64$. Splitting the projected queries into heads and moving the head axis forward gives

$$\text{shape}(Q) = (B, h, n, d_k) = (4, 8, 20, 64)$$

**(b)** Each head computes an $n \times n$ score matrix, so the attention weights have shape **(4, 8, 20, 20)**.

**(c)** The layer holds $W_Q, W_K, W_V$ and the output projection $W_O$, each $512 \times 512$:

$$4 \times 512 \times 512 = 1{,}048{,}576$$

**Answer (c): 1,048,576 parameters**

## Question 2 — attention by hand

**(a)** $q\cdot k_1 = 1,\ q\cdot k_2 = 2,\ q \cdot k_3 = 0$ and $\sqrt{d_k} = 2$:

$$s = \left(\tfrac12,\ 1,\ 0\right) = (0.5, 1, 0)$$

**(b)** $\exp(s) = (1.6487, 2.7183, 1.0000)$, sum $5.3670$:

$$\alpha = (0.307,\ 0.506,\ 0.186)$$

**(c)**

$$o = 0.3072\,(1,0) + 0.5065\,(0,1) + 0.1863\,(2,2) = (0.6798,\ 0.8791) \approx (0.680,\ 0.879)$$

## Question 3

**(a)** $512\cdot 2048 + 2048 + 2048 \cdot 512 + 512 = \boxed{2{,}099{,}712}$

**(b)** **False** — dividing all scores by the same positive number keeps their order, and softmax is increasing, so the key with the largest weight stays the same; only the sharpness changes."""


def attention_export():
    other = GPTConv("Sourdough starter smells like acetone", "66f0a1b2-0c3d-8004-a111-2b9e7f3c5d10", 1733000000.0)
    u = other.text(other.root, "user", "my sourdough starter smells like nail polish remover, is it dead?")
    a = other.text(u, "assistant", "Not dead — an acetone smell usually means it is hungry. Feed it at a 1:1:1 ratio (starter:flour:water) twice a day for a couple of days and the smell should fade.", end_turn=True)

    c = GPTConv("Transformer HW6 attention", "6751b7e0-44a2-800c-b7f1-93d0aa6e2c47", 1733090000.0)
    sysn = c.add(c.root, "system", {"content_type": "text", "parts": [""]}, hidden=True, dt=0)
    u = c.text(sysn, "user", ATT_PROMPT)
    # first attempt (regenerated away)
    old = c.text(u, "assistant", ATT_OLD, end_turn=True)
    # regenerated: thoughts + recap + answer
    th = c.add(u, "assistant", thoughts("Working out head shapes", "Head dim 512/8 = 64. Weights per head n x n. Count the four projection matrices. Scores 1, 2, 0 over 2."), dt=40)
    rc = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 12 seconds"})
    new = c.text(rc, "assistant", ATT_NEW, end_turn=True)
    return [other.export(a), c.export(new)]


# ---------------- markov-chains / conversations.json (no current_node)
MK_PROMPT = """Week 4 Markov chain exercises, can you solve them?

Exercise 4.1 Weather chain, states S, R, P = [[0.8, 0.2], [0.4, 0.6]] (rows = today).
(a) Sunny on day 0. Probability of rain on day 2?
(b) Stationary distribution (pi_S, pi_R).
(c) Day-0 distribution (0.5, 0.5) -> distribution on day 1?

Exercise 4.2 Walker on {0,1,2,3}, 0 and 3 absorbing, from 1 or 2 up w.p. 0.6, down w.p. 0.4.
(a) Start in state 1. (i) probability absorbed at 3 (exact fraction) (ii) expected number of steps until absorption
(b) Q = transient block (order 1, 2). Fundamental matrix N = (I - Q)^-1, fractions or 4 decimals.

Exercise 4.3 Period of the chain on {A, B} with P = [[0, 1], [1, 0]]?"""

MK_FIRST = r"""**4.1** (a) $P^2_{SR} = 0.28$ (b) $\pi = (2/3, 1/3)$ (c) $(0.6, 0.4)$

**4.2** (a)(i) $P = 9/19$ (ii) $E = 40/19$ (b) $N = \frac{1}{19}\begin{pmatrix}25 & 15\\ 10 & 25\end{pmatrix}$

**4.3** Period 2."""

MK_CODE = """import numpy as np
from fractions import Fraction as F
Q = np.array([[0, 0.6], [0.4, 0]])
N = np.linalg.inv(np.eye(2) - Q)
print(N)
r = F(2, 3)
print((1 - r) / (1 - r**3))"""

MK_OUT = """[[1.31578947 0.78947368]
 [0.52631579 1.31578947]]
9/19"""

MK_FINAL = r"""### Exercise 4.1

**(a)** Two steps from S: $P^2_{SR} = 0.8\cdot 0.2 + 0.2 \cdot 0.6 = 0.16 + 0.12 = 0.28$.

**(b)** Balance: $0.2\,\pi_S = 0.4\,\pi_R \Rightarrow \pi_S = 2\pi_R$, so $\pi = (2/3,\ 1/3)$.

**(c)** $(0.5, 0.5)P = (0.5\cdot0.8 + 0.5\cdot0.4,\ 0.5\cdot 0.2 + 0.5\cdot 0.6) = (0.6,\ 0.4)$.

### Exercise 4.2

**(a)(i)** With $r = q/p = 2/3$ the gambler's-ruin formula gives
$$P_1 = \frac{1 - r}{1 - r^3} = \frac{1/3}{19/27} = \frac{9}{19} \approx 0.4737$$

**(a)(ii)** Let $E_i$ be the expected steps from $i$. Then $E_1 = 1 + 0.6\,E_2$ and $E_2 = 1 + 0.6\,E_1$, so $E_1 = 1.6 / 0.64$:
$$E_1 = 2.5 \text{ steps}$$

**(b)** From the computation above:
$$N = (I-Q)^{-1} = \begin{pmatrix} 1.3158 & 0.7895 \\ 0.5263 & 1.3158 \end{pmatrix} = \frac{1}{19}\begin{pmatrix}25 & 15 \\ 10 & 25\end{pmatrix}$$

### Exercise 4.3

The chain alternates A → B → A, so returns to A happen only at even times: the period is **2**."""


def markov_export():
    c = GPTConv("Markov chain week 4", "67520c11-9f0e-8001-8c55-1d6e4b0f7a21", 1733150000.0, with_children=False)
    u = c.text(c.root, "user", MK_PROMPT)
    first = c.text(u, "assistant", MK_FIRST, end_turn=True)
    # regenerated (later create_time): tool call, output, answer
    code = c.add(u, "assistant", {"content_type": "code", "language": "python", "text": MK_CODE}, recipient="python", dt=90)
    out = c.add(code, "tool", {"content_type": "execution_output", "text": MK_OUT}, name="python")
    fin = c.text(out, "assistant", MK_FINAL, end_turn=True)
    return [c.export(None)]


# ---------------- logreg-naive-bayes / chatgpt-export.json
LR_PROMPT = r"""ECE 5307 PS3. Problem 1: logistic regression, w = (1, -2), b = 0.5, x = (2, 1), y = 1, natural log, round to 3 decimals.
(a) p (b) BCE loss (c) gradient of the loss wrt w (d) one GD step, eta = 0.1, new b? (e) T/F: BCE is convex in (w, b).
Problem 2: Bernoulli naive Bayes, 10 emails (4 spam, 6 ham). "free": 3 spam, 1 ham. "meeting": 1 spam, 4 ham. New email has "free", no "meeting".
(a) P(spam | email), no smoothing (b) Laplace add-one, (n+1)/(n_c+2), priors unsmoothed, 3 decimals (c) the naive assumption is (A) features independent (B) features conditionally independent given the class (C) class independent of features (D) features identically distributed"""

LR_OLD = "Here's problem 1 first.\n\n(a) p = σ(0.5) ≈ 0.622\n(b) loss ≈ 0.474\n(c) ∇w = (p − 1)x ≈ (−0.755, −0.378)\n(d) b ≈ 0.538\n(e) True"

LR_NEW = ("### Problem 1\n\n"
          "**(a)** $z = w^\\top x + b = 2 - 2 + 0.5 = 0.5$, so $p = \\sigma(0.5) = 1/(1+e^{-0.5})$.\n\n"
          "$$p \\approx 0.622$$\n\n"
          "**(b)** With $y = 1$: $L = -\\ln p = -\\ln 0.6225 \\approx 0.474$.\n\n"
          "**(c)** For the sigmoid + BCE pair, $\\partial L/\\partial z = y - p = 0.3775$, hence\n\n"
          "$$\\nabla_w L = (y - p)\\,x = (0.755,\\ 0.378)$$\n\n"
          "**(d)** $\\partial L/\\partial b = 0.3775$, so $b \\leftarrow 0.5 - 0.1 \\times 0.3775 = 0.462$.\n\n"
          "**New bias: 0.462**\n\n"
          "**(e)** **True.** The loss is a composition of an affine map with the convex function $\\log(1 + e^{-t})$ \ue200cite\ue202turn0search2\ue201, so it is convex in $(w, b)$.\n\n"
          "### Problem 2\n\n"
          "**(a)** Unnormalised posteriors:\n\n"
          "- spam: $0.4 \\cdot \\tfrac34 \\cdot \\tfrac34 = 0.225$\n"
          "- ham: $0.6 \\cdot \\tfrac16 \\cdot \\tfrac26 = 0.0333$\n\n"
          "$$P(\\text{spam}\\mid\\text{email}) = \\frac{0.225}{0.2583} = \\frac{27}{31} \\approx 0.871$$\n\n"
          "**(b)** Smoothed: $P(\\text{free}\\mid s) = 4/6$, $P(\\neg\\text{meeting}\\mid s) = 4/6$, $P(\\text{free}\\mid h) = 2/8$, $P(\\neg\\text{meeting}\\mid h) = 3/8$.\n\n"
          "spam: $0.4 \\cdot 4/9 = 0.1778$; ham: $0.6 \\cdot 3/32 = 0.05625$.\n\n"
          "$$P(\\text{spam}\\mid\\text{email}) = \\frac{256}{337} \\approx 0.760$$\n\n"
          "Let me know if you want me to go through 2(c) as well.")


def logreg_export():
    o1 = GPTConv("Cover letter tweaks", "674f9e20-1a2b-8009-9c3d-aa11bb22cc33", 1732800000.0)
    u = o1.text(o1.root, "user", "Make this cover letter sound less stiff: 'I am writing to express my interest in the position of...'")
    a1 = o1.text(u, "assistant", "Try: \"I'd love to bring my background in signal processing to your team.\" Then lead with one concrete project.", end_turn=True)

    c = GPTConv("Logistic regression + naive Bayes PS3", "67509a77-3e4f-800b-a2d2-5c0ff1e2d3b4", 1732900000.0)
    sysn = c.add(c.root, "system", {"content_type": "text", "parts": [""]}, hidden=True, dt=0)
    u = c.text(sysn, "user", LR_PROMPT)
    old = c.text(u, "assistant", LR_OLD, end_turn=True)
    th = c.add(u, "assistant", thoughts("Computing sigmoid and gradients", "z = 0.5, sigma = 0.6225. Gradient for BCE. NB posterior 0.225 vs 0.0333."), dt=60)
    rc = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"})
    new = c.text(rc, "assistant", LR_NEW, end_turn=True)

    o2 = GPTConv("Python list comprehension question", "6751c3d4-5e6f-8002-b3c4-d5e6f7a8b9c0", 1733000500.0)
    u2 = o2.text(o2.root, "user", "how do i flatten a list of lists in python")
    a2 = o2.text(u2, "assistant", "Use `[x for sub in lists for x in sub]`, or `itertools.chain.from_iterable(lists)`.", end_turn=True)
    return [o1.export(a1), c.export(new), o2.export(a2)]


# ---------------------------------------------------------------- Claude
def claude_msg(uuid, sender, created, blocks, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", created)
        b.setdefault("stop_timestamp", created)
        content.append(b)
    return {"uuid": uuid, "text": text, "content": content, "sender": sender,
            "created_at": created, "updated_at": created,
            "attachments": list(attachments), "files": []}


ATT_CLAUDE_1 = r"""Here are the solutions to the three questions.

## Question 1

**(a)** With $h = 8$ heads, $d_k = 512/8 = 64$. The per-head query tensor has shape $(4, 8, 20, 64)$.

**(b)** One $20 \times 20$ matrix per head and per sequence: the attention weights have shape $(4, 8, 20, 20)$.

**(c)** `nn.MultiheadAttention` stores `in_proj_weight` ($1536 \times 512$), `in_proj_bias` ($1536$), and `out_proj` ($512 \times 512$ plus $512$ bias):

$$786{,}432 + 1{,}536 + 262{,}144 + 512 = 1{,}050{,}624$$

## Question 2

**(a)** Scaled scores: $(1/2,\ 2/2,\ 0/2) = (0.5,\ 1,\ 0)$.

**(b)** Softmax weights (from the computation): $\alpha = (0.307,\ 0.506,\ 0.186)$.

**(c)** $o = \alpha_1 v_1 + \alpha_2 v_2 + \alpha_3 v_3$. The first coordinate is $0.307 + 2(0.186) = 0.680$ and the second is $0.506 + 0.186 = 0.693$, so

$$o \approx (0.680,\ 0.693)$$"""

ATT_CLAUDE_2 = r"""## Question 3

**(a)** $512 \times 2048 + 2048 + 2048 \times 512 + 512 = 2{,}099{,}712$ parameters.

**(b)** This one is a bit of a trick question. Dividing by $\sqrt{d_k}$ multiplies every score by the same positive constant, so the ordering of the scores — and therefore the argmax of the softmax — is unchanged. Either **False** (the argmax never changes, since $\sqrt{d_k} > 0$), or **True** if your instructor counts ties in floating point, where rounding after the division can flip which key comes out on top. I'd go with whichever your course notes emphasise."""

LR_ATTACH = r"""ECE 5307 Problem Set 3: Logistic Regression and Naive Bayes
Problem 1 (Logistic regression, 15 points)
A logistic-regression model has weights w = (1, −2)^T and bias b = 0.5 and predicts p = σ(w^T x + b). A single training example is x = (2, 1)^T with label y = 1. Use the natural logarithm throughout and round final numerical answers to three decimals.
(a) Compute the predicted probability p.
(b) Compute the binary cross-entropy loss −[y ln p + (1 − y) ln(1 − p)] on this example.
(c) Compute the gradient of the loss with respect to w.
(d) Take one gradient-descent step with learning rate η = 0.1. What is the new bias b?
(e) True or false: the binary cross-entropy loss is convex in (w, b).
Problem 2 (Naive Bayes counts, 12 points)
A Bernoulli naive Bayes spam filter is trained on 10 e-mails, 4 spam and 6 ham ...
contains "free": spam 3, ham 1; contains "meeting": spam 1, ham 4
A new e-mail contains "free" and does not contain "meeting".
(a) Using maximum-likelihood estimates (no smoothing), compute P(spam | e-mail).
(b) Repeat (a) with Laplace (add-one) smoothing, P(x_j = 1 | c) = (n_jc + 1)/(n_c + 2); class priors unsmoothed. Round to three decimals.
(c) The "naive" assumption is that (A) the features are independent of each other; (B) the features are conditionally independent given the class; (C) the class is independent of the features; (D) the features are identically distributed."""

LR_CLAUDE = r"""I'll work through both problems.

## Problem 1

**(a)** $z = (1)(2) + (-2)(1) + 0.5 = 0.5$, so $p = \sigma(0.5) \approx 0.622$.

**(b)** $L = -\ln(0.6225) \approx 0.474$.

**(c)** $\nabla_w L = (p - y)\,x = -0.3775 \cdot (2, 1) = (-0.755,\ -0.378)$.

**(d)** $\partial L / \partial b = p - y = -0.3775$, so

$$b_{\text{new}} = 0.5 - 0.1 \cdot (-0.3775) = 0.5 + 0.0378 \approx 0.54$$

**(e)** True — the logistic loss is convex in the parameters (its Hessian $p(1-p)\,\tilde x \tilde x^\top$ is positive semidefinite).

## Problem 2

**(a)** Without smoothing, the score for spam is $P(\text{spam})\,P(\text{free}\mid\text{spam})\,P(\neg\text{meeting}\mid\text{spam}) = 0.4 \times 0.75 \times 0.75$:

$$P(\text{spam} \mid \text{e-mail}) = 0.225$$

**(b)** With add-one smoothing the posterior is $\frac{8/45}{8/45 + 9/160} = \frac{256}{337} \approx 0.760$.

**(c)** **(B)** — conditional independence of the features given the class.

| Part | Answer |
|---|---|
| 1(a) | 0.622 |
| 1(b) | 0.474 |
| 1(c) | (−0.755, −0.378) |
| 1(d) | 0.54 |
| 1(e) | True |
| 2(a) | 0.225 |
| 2(b) | 0.779 |
| 2(c) | B |"""


def attention_claude():
    conv = {
        "uuid": "3f2a9c1e-7b44-4d0a-9e6f-0a1b2c3d4e5f",
        "name": "Attention homework (CS 4782 HW6)",
        "created_at": "2026-11-28T19:02:11.402117Z",
        "updated_at": "2026-11-28T19:09:40.118305Z",
        "account": {"uuid": "a1b2c3d4-0000-4000-8000-000000000001"},
        "chat_messages": [
            claude_msg("c0000001-0001-4000-8000-000000000001", "human", "2026-11-28T19:02:11.402117Z",
                       [{"type": "text", "text": "Can you solve questions 1 and 2 of the attached homework? I'll send question 3 after."}],
                       [{"file_name": "hw6.tex", "file_type": "text/x-tex", "file_size": 2211,
                         "extracted_content": ATT_PROMPT}]),
            claude_msg("c0000001-0002-4000-8000-000000000002", "assistant", "2026-11-28T19:02:40.991020Z", [
                {"type": "thinking", "thinking": "Head dim 64. Parameter count: in_proj 3*512*512 + 3*512, out_proj 512*512 + 512. For question 2 I'll compute the softmax numerically to avoid slips.",
                 "summaries": [{"summary": "Computing attention shapes and softmax."}], "cut_off": False},
                {"type": "tool_use", "name": "repl", "input": {"code": "const s=[0.5,1,0]; const e=s.map(Math.exp); const z=e.reduce((a,b)=>a+b); console.log(e.map(x=>(x/z).toFixed(4)))"}},
                {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "[\"0.3072\",\"0.5065\",\"0.1863\"]"}], "is_error": False},
                {"type": "text", "text": ATT_CLAUDE_1, "citations": []},
            ]),
            claude_msg("c0000001-0003-4000-8000-000000000003", "human", "2026-11-28T19:08:02.552901Z",
                       [{"type": "text", "text": "Question 3. (a) Linear(512, 2048) -> ReLU -> Linear(2048, 512), both with bias: number of parameters? (b) True or false: dividing the scores by sqrt(d_k) can change which key receives the largest attention weight."}]),
            claude_msg("c0000001-0004-4000-8000-000000000004", "assistant", "2026-11-28T19:09:40.118305Z",
                       [{"type": "text", "text": ATT_CLAUDE_2, "citations": []}]),
        ],
    }
    return [conv]


def logreg_claude():
    other = {
        "uuid": "9d8c7b6a-1111-4222-8333-444455556666",
        "name": "Recipe scaling",
        "created_at": "2026-10-01T08:00:00.000000Z",
        "updated_at": "2026-10-01T08:01:30.000000Z",
        "account": {"uuid": "a1b2c3d4-0000-4000-8000-000000000002"},
        "chat_messages": [
            claude_msg("d0000001-0001-4000-8000-000000000001", "human", "2026-10-01T08:00:00.000000Z",
                       [{"type": "text", "text": "Scale a recipe for 4 people up to 6: 300 g flour, 2 eggs."}]),
            claude_msg("d0000001-0002-4000-8000-000000000002", "assistant", "2026-10-01T08:01:30.000000Z",
                       [{"type": "text", "text": "Multiply by 1.5: 450 g flour and 3 eggs."}]),
        ],
    }
    conv = {
        "uuid": "5e4d3c2b-aaaa-4bbb-8ccc-ddddeeeeffff",
        "name": "PS3 logistic regression / naive Bayes",
        "created_at": "2026-10-12T21:14:05.000000Z",
        "updated_at": "2026-10-12T21:16:44.000000Z",
        "account": {"uuid": "a1b2c3d4-0000-4000-8000-000000000002"},
        "chat_messages": [
            claude_msg("e0000001-0001-4000-8000-000000000001", "human", "2026-10-12T21:14:05.000000Z",
                       [{"type": "text", "text": "solve the attached problem set please, show work"}],
                       [{"file_name": "ps3.pdf", "file_type": "pdf", "file_size": 88412,
                         "extracted_content": LR_ATTACH}]),
            claude_msg("e0000001-0002-4000-8000-000000000002", "assistant", "2026-10-12T21:16:44.000000Z", [
                {"type": "thinking", "thinking": "z = 0.5, p = 0.6225. Loss 0.474. Gradient (p-y)x. For NB: spam 0.225, ham 0.6*(1/6)*(2/6)=0.0333, posterior 0.871. Smoothed: 8/45 vs 9/160, 256/337 = 0.7596.",
                 "summaries": [{"summary": "Working through sigmoid, loss and NB posteriors."}], "cut_off": False},
                {"type": "text", "text": LR_CLAUDE, "citations": []},
            ]),
        ],
    }
    return [other, conv]


if __name__ == "__main__":
    dump(attention_export(), "attention-shapes/transcripts/chatgpt-export.json")
    dump(attention_claude(), "attention-shapes/transcripts/claude-export.json")
    dump(markov_export(), "markov-chains/transcripts/conversations.json")
    dump(logreg_export(), "logreg-naive-bayes/transcripts/chatgpt-export.json")
    dump(logreg_claude(), "logreg-naive-bayes/transcripts/claude-export.json")
