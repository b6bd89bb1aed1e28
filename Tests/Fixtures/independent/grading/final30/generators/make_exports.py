#!/usr/bin/env python3
"""Writes the five JSON data exports of the final30 corpus.

Deterministic: fixed ids and timestamps, sorted output order, so re-running gives
byte-identical files.  Run from anywhere:  python3 generators/make_exports.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CITE = "\ue200cite\ue202turn0search1\ue201"
FILECITE = "\ue200filecite\ue202turn0file0\ue201"


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", rel)


# ---------------------------------------------------------------- ChatGPT helpers
class GPTConv:
    def __init__(self, conv_id, title, t0):
        self.id = conv_id
        self.title = title
        self.t0 = t0
        self.mapping = {}
        root = f"{conv_id}-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def _add(self, parent, author, content, t, recipient="all", name=None, extra_meta=None):
        self.n += 1
        nid = f"{self.id}-n{self.n:02d}"
        meta = {"model_slug": "gpt-4o"} if author == "assistant" else {}
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": author, "name": name, "metadata": {}},
            "create_time": None if t is None else self.t0 + t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": author == "assistant" and content.get("content_type") == "text",
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def system(self, parent, t):
        return self._add(parent, "system", {"content_type": "text", "parts": [""]}, t,
                         extra_meta={"is_visually_hidden_from_conversation": True})

    def user(self, parent, text, t):
        return self._add(parent, "user", {"content_type": "text", "parts": [text]}, t)

    def assistant(self, parent, text, t):
        return self._add(parent, "assistant", {"content_type": "text", "parts": [text]}, t)

    def thoughts(self, parent, items, t):
        return self._add(parent, "assistant", {"content_type": "thoughts", "thoughts": items,
                                                "source_analysis_msg_id": "a1b2"}, t,
                         extra_meta={"model_slug": "o3"})

    def recap(self, parent, text, t):
        return self._add(parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t,
                         extra_meta={"model_slug": "o3"})

    def code(self, parent, code, t):
        return self._add(parent, "assistant", {"content_type": "code", "language": "unknown",
                                                "response_format_name": None, "text": code}, t,
                         recipient="python")

    def tool_output(self, parent, text, t):
        return self._add(parent, "tool", {"content_type": "execution_output", "text": text}, t,
                         name="python")

    def export(self, current_node=None, drop_current=False):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"]]
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": self.mapping,
            "moderation_results": [],
            "plugin_ids": None,
            "conversation_id": self.id,
            "id": self.id,
        }
        if not drop_current:
            conv["current_node"] = current_node
        return conv


# ---------------------------------------------------------------- lstm-trees / chatgpt-export.json
LSTM_PROMPT = """Homework 6, please solve. Show the main steps.

**Question 1 (9 pts) Counting recurrent parameters.** Consider `rnn = nn.LSTM(input_size=40, hidden_size=64, num_layers=2)` with PyTorch's defaults (bias=True, batch_first=False). Recall that PyTorch keeps two bias vectors per layer, b_ih and b_hh.
(a) How many trainable parameters does rnn have in total?
(b) Replace the LSTM by nn.GRU(40, 64, num_layers=2) with the same defaults. How many trainable parameters now?
(c) For the LSTM, an input x of shape (25, 8, 40) is passed as out, (h_n, c_n) = rnn(x). What is the shape of out?

**Question 2 (9 pts) One step of a scalar LSTM.** x_t = 1, h_{t-1} = 0.5, c_{t-1} = -0.4.
i_t = σ(x_t - h_{t-1}), f_t = σ(0.5 x_t + 0.5 h_{t-1} + 0.25), o_t = σ(x_t - 1), g_t = tanh(2x_t - 2h_{t-1}); c_t = f_t c_{t-1} + i_t g_t, h_t = o_t tanh(c_t).
(a) Compute c_t, rounded to three decimal places.
(b) Compute h_t, rounded to four decimal places.
(c) If one gate saturates at 0 for every time step, the cell forgets its stored memory at every step. Which gate is it? A. input gate B. forget gate C. output gate D. candidate

**Question 3 (10 pts) Will the bakery sell out?** 12 days: Sunny/Weekend/Yes, Sunny/Weekend/Yes, Sunny/Weekday/Yes, Rainy/Weekend/Yes, Sunny/Weekend/No, Sunny/Weekday/No, Sunny/Weekday/No, then 5 × Rainy/Weekday/No. Base-2 logs.
(a) Entropy of Sold out over all twelve days, 3 dp.
(b) Information gain of splitting the root on Day type, 3 dp.
(c) Which attribute does ID3 place at the root? A. Weather B. Day type C. either: the two gains are equal
(d) explain why IG is biased towards many-valued attributes (skip this one, I'll write it myself)"""

LSTM_OLD = """## Question 1

**(a)** Each of the 4 gates has $W \\in \\mathbb{R}^{64\\times 40}$, $U \\in \\mathbb{R}^{64\\times 64}$ and a bias:

- Layer 1: $4(64\\cdot 40 + 64\\cdot 64 + 64) = 26{,}880$
- Layer 2: $4(64\\cdot 64 + 64\\cdot 64 + 64) = 33{,}024$

**Total: 59,904**

**(b)** GRU: $\\tfrac34 \\times 59{,}904 = 44{,}928$

**(c)** `out` is `(25, 8, 64)`.

## Question 2

(a) $c_t \\approx 0.182$  (b) $h_t \\approx 0.0898$  (c) **B**

## Question 3

(a) 0.918 (b) 0.285 (c) **B**"""

LSTM_THOUGHTS = [
    {"summary": "Counting LSTM parameters",
     "content": "Two biases per gate in PyTorch: layer 0 is 4*(64*40+64*64+2*64) = 27136, layer 1 is 4*(64*64*2+128) = 33280, so 60416. For the GRU maybe 3/4 of that, 45312? Or single bias... check later.",
     "finished": True},
    {"summary": "Stepping through the scalar LSTM",
     "content": "i = sigma(0.5) = 0.6225, f = sigma(1) = 0.7311, o = 0.5, g = tanh 1 = 0.7616. c = -0.2924 + 0.4741 = 0.1816.",
     "finished": True},
]

LSTM_NEW = f"""Here's the full solution.

## Question 1 — Counting recurrent parameters

PyTorch's `nn.LSTM` stores, per layer $k$, the tensors `weight_ih_lk` $(4H \\times H_{{in}})$, `weight_hh_lk` $(4H \\times H)$, `bias_ih_lk` $(4H)$ and `bias_hh_lk` $(4H)$. {CITE}

**(a)** With $H = 64$:

| layer | weight_ih | weight_hh | bias_ih + bias_hh | sum |
|---|---|---|---|---|
| 0 | 256·40 = 10,240 | 256·64 = 16,384 | 512 | 27,136 |
| 1 | 256·64 = 16,384 | 256·64 = 16,384 | 512 | 33,280 |

$$\\text{{total}} = 27{{,}}136 + 33{{,}}280 = \\boxed{{60{{,}}416}}$$

**(b)** For `nn.GRU` there are 3 gate blocks (reset, update, new). The GRU's candidate uses a single bias per gate, so per layer we have $3(H\\cdot H_{{in}} + H\\cdot H + H)$:

- layer 0: $3(2560 + 4096 + 64) = 20{{,}}160$
- layer 1: $3(4096 + 4096 + 64) = 24{{,}}768$

$$\\boxed{{44{{,}}928}}$$

**(c)** With `batch_first=False`, `out` has shape $(L, N, H) = \\boxed{{(25,\\ 8,\\ 64)}}$.

## Question 2 — One LSTM step

$i_t = \\sigma(0.5) = 0.6225,\\quad f_t = \\sigma(1) = 0.7311,\\quad o_t = \\sigma(0) = 0.5,\\quad g_t = \\tanh(1) = 0.7616$

**(a)** $c_t = 0.7311(-0.4) + 0.6225(0.7616) = -0.2924 + 0.4741 = 0.1816$, so $\\boxed{{c_t = 0.182}}$.

**(b)** Using the rounded cell state, $h_t = 0.5\\tanh(0.182) = 0.5 \\times 0.18002$, so $\\boxed{{h_t = 0.0900}}$.

**(c)** A forget gate stuck at $0$ zeroes $f_t c_{{t-1}}$ at every step, so the stored memory is lost: **B**.

## Question 3 — Will the bakery sell out?

**(a)** 4 Yes / 8 No: $H = -\\tfrac13\\log_2\\tfrac13-\\tfrac23\\log_2\\tfrac23 = \\boxed{{0.918}}$ bits.

**(b)** Weekend: 3/4 Yes, $H = 0.8113$; weekday: 1/8 Yes, $H = 0.5436$.
$\\text{{IG}} = 0.9183 - \\left(\\tfrac{{4}}{{12}}0.8113 + \\tfrac{{8}}{{12}}0.5436\\right) = 0.9183 - 0.6328 = \\boxed{{0.285}}$ bits.

**(c)** IG(Weather) is only about 0.093, so ID3 splits on Day type first. **Answer: B**

(d) skipped as requested."""

BREAD_ANSWER = """For a 23 cm loaf pan, 3 very ripe bananas, 75 g melted butter, 150 g sugar, 1 egg, 1 tsp baking soda, a pinch of salt and 190 g flour. Bake at 175 °C for 55–65 minutes, until a skewer comes out clean."""


def lstm_export():
    c = GPTConv("6749a3f0-7b21-8004-9c3e-2a7d51e0b911", "LSTM params and bakery tree", 1764268800.0)
    s = c.system(c.root, None)
    u = c.user(s, LSTM_PROMPT, 10.0)
    c.assistant(u, LSTM_OLD, 25.0)                       # first answer, then regenerated
    th = c.thoughts(u, LSTM_THOUGHTS, 140.0)
    rc = c.recap(th, "Thought for 38 seconds", 141.0)
    a = c.assistant(rc, LSTM_NEW, 178.0)
    u2 = c.user(a, "thanks!! saving this", 260.0)
    last = c.assistant(u2, "You're welcome — good luck with Homework 6!", 262.0)
    graded = c.export(current_node=last)

    b = GPTConv("6746f1aa-0c55-8004-8f10-55c0ab3e7d02", "Banana bread recipe", 1764000000.0)
    s = b.system(b.root, None)
    u = b.user(s, "simple banana bread recipe, metric please", 5.0)
    last_b = b.assistant(u, BREAD_ANSWER, 12.0)
    other = b.export(current_node=last_b)
    write("lstm-trees/transcripts/chatgpt-export.json", [graded, other])


# ---------------------------------------------------------------- adam-pca / chatgpt-export-nocurrent.json
ADAM_PROMPT = """PS3 (DATA 346). Numerical answers to 4 decimal places unless stated.

1. Adam on f(w) = (w1 − 3)^2 + 2 w2^2 from w(0) = (1, −1), lr 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8, m0 = v0 = 0, with bias correction.
(a) w(1) after the first Adam step  (b) w(2) after the second step, 4 dp  (c) cosine schedule η_t = η_min + ½(η_max − η_min)(1 + cos(πt/T)), η_max = 0.1, η_min = 0.001, T = 100: η_30 to 4 significant figures

2. Points p1 = (2, 1), p2 = (−2, −1), p3 = (1, 2), p4 = (−1, −2), p5 = (0, 0). Sample covariance (divide by n − 1).
(a) covariance matrix S  (b) largest eigenvalue of S  (c) fraction of total variance explained by PC1  (d) score u1ᵀp3 with u1 the unit first principal direction, positive first coordinate  (e) True or false: the principal directions of a covariance matrix are always mutually orthogonal  (f) why standardise features in different units before PCA (2 sentences)"""

ADAM_OLD = """**1(a)** First Adam step: $\\hat m_1 = g$, $\\hat v_1 = g^2$, so each coordinate moves by $\\eta$ against the sign of the gradient $g = (-4, -4)$: $w^{(1)} = (1.1, -0.9)$.

**1(b)** $w^{(2)} \\approx (1.2, -0.8)$ (again roughly $\\eta\\,\\mathrm{sign}(g)$).

**1(c)** $\\eta_{30} \\approx 0.0796$

**2(a)** $S = \\begin{bmatrix} 2.5 & 2 \\\\ 2 & 2.5 \\end{bmatrix}$ **(b)** 4.5 **(c)** 0.9 **(d)** $3\\sqrt2 \\approx 4.2426$ **(e)** True"""

ADAM_CODE = """import numpy as np
def grad(w): return np.array([2*(w[0]-3), 4*w[1]])
w = np.array([1.0, -1.0]); m = np.zeros(2); v = np.zeros(2)
lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
for t in (1, 2):
    g = grad(w); m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g*g
    w = w - lr*(m/(1-b1**t))/(np.sqrt(v/(1-b2**t)) + eps)
    print(t, w)
lr30 = 0.001 + 0.5*(0.1-0.001)*(1+np.cos(np.pi*30/100)); print(lr30)
X = np.array([[2,1],[-2,-1],[1,2],[-1,-2],[0,0]], float)
S = np.cov(X.T); print(S); ev, V = np.linalg.eigh(S); print(ev, ev.max()/ev.sum())
u = V[:, 1] * np.sign(V[0, 1]); print(u, X[2] @ u)"""

ADAM_OUT = """1 [ 1.1 -0.9]
2 [ 1.19983351 -0.80041223]
0.07959536998847744
[[2.5 2. ]
 [2.  2.5]]
[0.5 4.5] 0.9
[0.70710678 0.70710678] 2.1213203435596424"""

ADAM_NEW = """I ran the numbers to be safe.

### Problem 1 — Adam

- **(a)** $g^{(0)} = (-4, -4)$. After bias correction $\\hat m_1 = g$ and $\\hat v_1 = g^2$, so the step is $\\eta\\, g/|g|$ per coordinate: **$w^{(1)} = (1.1,\\ -0.9)$**.
- **(b)** $g^{(1)} = (-3.8, -3.6)$, $m_2 = (-0.74, -0.72)$, $v_2 = (0.030424, 0.028944)$; after bias correction the step is slightly smaller than $\\eta$: **$w^{(2)} \\approx (1.1998,\\ -0.8004)$**.
- **(c)** $\\cos(0.3\\pi) = 0.587785$, so $\\eta_{30} = 0.001 + 0.0495 \\times 1.587785$ ≈ **0.07960**.

### Problem 2 — PCA

- **(a)** The data are already centred. $S = \\frac{1}{4}\\sum_i p_i p_i^\\top = \\begin{pmatrix} 2.5 & 2 \\\\ 2 & 2.5 \\end{pmatrix}$
- **(b)** Eigenvalues $2.5 \\pm 2$, so the largest is **4.5**.
- **(c)** $4.5 / (4.5 + 0.5) =$ **0.9**
- **(d)** $u_1 = \\tfrac{1}{\\sqrt2}(1, 1)$, score $= \\tfrac{3}{\\sqrt2} \\approx$ **2.1213**
- **(f)** PCA maximises variance, so a feature measured in larger units (say grams instead of kilograms) dominates the first components purely through its scale. Standardising puts all features on a comparable footing, so the components reflect correlation structure rather than units."""


def adam_export():
    c = GPTConv("674a0c12-91d4-8004-b6a1-0f3e92c4d7aa", "PS3 Adam + PCA", 1764349200.0)
    s = c.system(c.root, None)
    u = c.user(s, ADAM_PROMPT, 8.0)
    c.assistant(u, ADAM_OLD, 20.0)                      # earlier branch
    cd = c.code(u, ADAM_CODE, 95.0)                     # regenerated branch (latest leaf)
    out = c.tool_output(cd, ADAM_OUT, 97.0)
    c.assistant(out, ADAM_NEW, 121.0)
    write("adam-pca/transcripts/chatgpt-export-nocurrent.json", [c.export(drop_current=True)])


# ---------------------------------------------------------------- exercises-ch4 / chatgpt-export.json
CH4_PROMPT = """Worksheet ch 4, exercises 4.1–4.3:

Exercise 4.1 (camera traps) 2% of triggered images contain a lynx. The classifier flags 90% of lynx images and 5% of non-lynx images.
(a) An image is flagged. Probability it really shows a lynx? 3 dp
(b) A second, independent camera (same error rates) also flags the event; flags conditionally independent given the truth. Probability of a lynx now? 3 dp
(c) k such cameras all flag (same assumptions). P(lynx | all k flagged) as an expression in k

Exercise 4.2 A = [[1, 0], [1, 1], [0, 1]], b = (3, 0, 3)
(a)(i) projection matrix P = A(AᵀA)⁻¹Aᵀ, exact fractions (ii) p = Pb
(b) det(M), M = [[2, −1, 0], [1, 3, 2], [0, 1, 4]]

Exercise 4.3 batch x = (2, 4, 4, 6), eps = 0, gamma = 3, beta = 1, biased batch variance (training mode)
(a) batch variance used to normalise (b) output for x = 6, 3 dp (c) running variance 1 before the batch, PyTorch BatchNorm1d update with momentum 0.1 (PyTorch stores the unbiased batch variance), 4 dp"""

CH4_THOUGHTS = [
    {"summary": "Bayes for the lynx detector",
     "content": "P(flag) = 0.02*0.9 + 0.98*0.05 = 0.067, posterior 0.018/0.067 = 0.2687. Two flags: 0.0162 vs 0.98*0.0025 = 0.00245.",
     "finished": True},
    {"summary": "Determinant by cofactors",
     "content": "det M = 2(3*4 - 2*1) - (-1)(1*4 - 0) + 0 = 20 + 4. First pass I wrote 20 - 4 = 16, sign of the (1,2) cofactor is negative times -1, so +4 -> 24.",
     "finished": True},
]

CH4_MAIN = f"""## Exercise 4.1

**(a)** $P(\\text{{flag}}) = 0.02(0.9) + 0.98(0.05) = 0.067$, so
$$P(\\text{{lynx}}\\mid\\text{{flag}}) = \\frac{{0.018}}{{0.067}} \\approx 0.269$$

**(b)** Both flags: numerator $0.02 \\cdot 0.9^2 = 0.0162$, non-lynx term $0.98 \\cdot 0.05^2 = 0.00245$:
$$P(\\text{{lynx}}\\mid\\text{{2 flags}}) = \\frac{{0.0162}}{{0.01865}} \\approx 0.869$$

**(c)** With $k$ flags the likelihood ratio is $(0.9/0.05)^k = 18^k$ against prior odds $0.02/0.98 = 1/49$:
$$P(\\text{{lynx}}\\mid k\\text{{ flags}}) = \\frac{{18^k}}{{18^k + 49}}$$

## Exercise 4.2

**(a)(i)** $A^\\top A = \\begin{{bmatrix}}2&1\\\\1&2\\end{{bmatrix}}$, $(A^\\top A)^{{-1}} = \\tfrac13\\begin{{bmatrix}}2&-1\\\\-1&2\\end{{bmatrix}}$, hence
$$P = \\begin{{bmatrix}} \\frac23 & \\frac13 & -\\frac13 \\\\ \\frac13 & \\frac23 & \\frac13 \\\\ -\\frac13 & \\frac13 & \\frac23 \\end{{bmatrix}}$$

**(a)(ii)** $p = Pb = (1, 2, 1)^\\top$. Check: $b - p = (2, -2, 2)$ is orthogonal to both columns of $A$. ✓

**(b)** Expanding along the first row: $\\det M = 2(12-2) + 1(4-0) = 24$.

## Exercise 4.3

**(a)** Mean 4, biased variance $\\frac{{4+0+0+4}}{{4}} = 2$. **Answer: 2**

**(b)** $\\hat x_4 = (6-4)/\\sqrt2 = \\sqrt2$, so $y_4 = 3\\sqrt2 + 1 \\approx 5.243$.

**(c)** The unbiased variance is $8/3$, and PyTorch updates `running_var = (1 - momentum) * running_var + momentum * var_unbiased`: {FILECITE}
```python
running_var = 0.9 * 1.0 + 0.1 * (8 / 3)   # = 1.1667
```
**Running variance ≈ 1.1667**"""

CH4_PUSHBACK = "hmm for 4.3(c) my study group got 1.1, using the variance 2 from part (a). isn't that right since it's the same batch?"

CH4_CAVE = """You're right — the running statistics are updated from the same batch statistics that were used for normalisation, i.e. the variance 2 from part (a):

running_var = 0.9 · 1 + 0.1 · 2 = **1.1**

So the answer to 4.3(c) is **1.1**."""

CH4_REGEN = """**4.1** (a) 0.269 (b) 0.869 (c) $1/(1 + 49\\cdot 18^{-k})$

**4.2** (a)(i) $P = \\tfrac13\\begin{bmatrix}2&1&-1\\\\1&2&1\\\\-1&1&2\\end{bmatrix}$ (ii) $(1,2,1)$ (b) $\\det M = 16$

**4.3** (a) 2 (b) 5.243 (c) 1.1667"""

LETTER = """Here's a tighter version of your opening paragraph:

"I am applying for the data analyst internship because I enjoy turning messy spreadsheets into decisions people can act on." """


def ch4_export():
    c = GPTConv("674b5e77-2d10-8004-a0c4-7e1d9b3f2c55", "Ch4 worksheet bayes/projection/batchnorm", 1764421200.0)
    s = c.system(c.root, None)
    u = c.user(s, CH4_PROMPT, 4.0)
    th = c.thoughts(u, CH4_THOUGHTS, 30.0)
    rc = c.recap(th, "Thought for 1m 4s", 31.0)
    a = c.assistant(rc, CH4_MAIN, 70.0)
    u2 = c.user(a, CH4_PUSHBACK, 400.0)
    last = c.assistant(u2, CH4_CAVE, 410.0)
    # a regenerated answer to the first prompt, made later but not the branch on screen
    c.assistant(u, CH4_REGEN, 900.0)
    graded = c.export(current_node=last)

    o = GPTConv("674b1100-aa01-8004-9d22-3c4b5a6e7f80", "Cover letter tweaks", 1764400000.0)
    s = o.system(o.root, None)
    u = o.user(s, "can you make my cover letter opening less cringe", 3.0)
    last_o = o.assistant(u, LETTER, 9.0)
    write("exercises-ch4/transcripts/chatgpt-export.json", [o.export(current_node=last_o), graded])


# ---------------------------------------------------------------- Claude helpers
def cmsg(uid, sender, t, blocks, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    full = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", t)
        b.setdefault("stop_timestamp", t)
        full.append(b)
    return {
        "uuid": uid,
        "text": text,
        "content": full,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
    }


def cconv(uid, name, t, msgs):
    return {"uuid": uid, "name": name, "created_at": t, "updated_at": msgs[-1]["updated_at"],
            "account": {"uuid": "0d6c1a8e-4b7f-4e15-9a53-5f1e2c3b4a70"}, "chat_messages": msgs}


def T(text):
    return {"type": "text", "text": text, "citations": []}


# ---------------------------------------------------------------- adam-pca / claude-export.json
PS3_MD = open(os.path.join(ROOT, "adam-pca", "problems.md"), encoding="utf-8").read()

ADAM_THINK = """Let me work through this. Adam first step: m1 = 0.1 g, v1 = 0.001 g^2, bias-corrected m̂ = g, v̂ = g^2, so the update is lr * sign(g) = 0.1 * (-1, -1) subtracted -> w1 = (1.1, -0.9). Second step needs actual numbers, I'll use the analysis tool.

Cosine: 0.5 * 0.1 * (1 + cos(0.3 pi)) = 0.05 * 1.5878 = 0.07939.

PCA: S = (1/4) [[10, 8], [8, 10]] = [[2.5, 2], [2, 2.5]]. Eigenvalues 4.5 and 0.5. Score of p3 along (1,1): 1 + 2 = 3, so 3√2? No — (1,1) has length √2, the unit vector gives 3/√2."""

ADAM_JS = """const grad = w => [2*(w[0]-3), 4*w[1]];
let w = [1, -1], m = [0, 0], v = [0, 0];
for (let t = 1; t <= 2; t++) {
  const g = grad(w);
  for (let k = 0; k < 2; k++) {
    m[k] = 0.9*m[k] + 0.1*g[k];
    v[k] = 0.999*v[k] + 0.001*g[k]*g[k];
    const mh = m[k]/(1-0.9**t), vh = v[k]/(1-0.999**t);
    w[k] -= 0.1*mh/(Math.sqrt(vh) + 1e-8);
  }
  console.log(t, w);
}"""

ADAM_JS_OUT = """1 [ 1.1, -0.9 ]
2 [ 1.1998335067627454, -0.8004122273406412 ]"""

ADAM_CLAUDE_1 = "I'll work through both problems. For the second Adam step the bias corrections make the arithmetic fiddly, so let me compute it exactly."

ADAM_CLAUDE_2 = """## Problem 1: Adam

**(a)** At $w^{(0)} = (1,-1)$ the gradient is $g_1 = (-4,-4)$. With bias correction, $\\hat m_1 = g_1$ and $\\hat v_1 = g_1^2$, so each coordinate moves by exactly $\\eta$ against its gradient sign:

$$w^{(1)} = (1.1,\\ -0.9)$$

**(b)** Now $g_2 = (-3.8, -3.6)$, $m_2 = (-0.74, -0.72)$, $v_2 = (0.030424, 0.028944)$, $\\hat m_2 = m_2/0.19$, $\\hat v_2 = v_2/0.001999$. The computation above gives

$$w^{(2)} = (1.1998,\\ -0.8004)$$

**(c)** $\\eta_{30} = \\tfrac12 \\cdot 0.1 \\cdot \\bigl(1 + \\cos(0.3\\pi)\\bigr) = 0.05 \\times 1.5878 = 0.07939$

## Problem 2: PCA

**(a)** The mean is $(0,0)$, so $S = \\frac{1}{n-1}\\sum_i p_i p_i^\\top$:

$$S = \\begin{pmatrix} 2.5 & 2 \\\\ 2 & 2.5 \\end{pmatrix}$$

**(b)** $\\det(S - \\lambda I) = (2.5-\\lambda)^2 - 4 = 0$ gives $\\lambda = 4.5$ or $0.5$. The largest eigenvalue is **4.5**.

**(c)** $\\frac{4.5}{4.5 + 0.5} = 0.9$, i.e. PC1 explains **90%** of the variance.

**(d)** $u_1 = \\frac{1}{\\sqrt 2}(1, 1)$, so $u_1^\\top p_3 = \\frac{1 + 2}{\\sqrt 2} = \\frac{3}{\\sqrt2} \\approx 2.1213$. Since eigenvectors are only defined up to sign, $-2.1213$ is an equally valid answer.

**(e)** **True.** $S$ is symmetric, so by the spectral theorem it has an orthonormal eigenbasis; principal directions are chosen from it.

**(f)** If features are in different units, the one with the numerically largest variance dominates the leading components regardless of how informative it is. Standardising each feature to unit variance removes that arbitrary dependence on units."""

LISBON = "Three days is enough for Alfama, Belém and a day trip to Sintra. Take tram 28 early in the morning to avoid the queues."


def adam_claude():
    conv = cconv("b7e2c4d1-5a6f-4c3b-9e8d-1f2a3b4c5d6e", "PS3 — Adam and PCA", "2026-11-29T15:02:11.000000Z", [
        cmsg("c1f0e5a2-0001-4000-8000-000000000001", "human", "2026-11-29T15:02:11.000000Z",
             [T("Here's problem set 3 (attached). Can you solve problems 1 and 2? Give the final answers clearly.")],
             attachments=[{"file_name": "ps3.md", "file_size": len(PS3_MD.encode("utf-8")),
                           "file_type": "text/markdown", "extracted_content": PS3_MD}]),
        cmsg("c1f0e5a2-0002-4000-8000-000000000002", "assistant", "2026-11-29T15:02:40.000000Z", [
            {"type": "thinking", "thinking": ADAM_THINK, "summaries": [{"summary": "Working through Adam steps and PCA."}], "cut_off": False},
            T(ADAM_CLAUDE_1),
            {"type": "tool_use", "name": "repl", "input": {"code": ADAM_JS}, "id": "toolu_01AdamStepJS"},
            {"type": "tool_result", "name": "repl", "tool_use_id": "toolu_01AdamStepJS",
             "content": [{"type": "text", "text": ADAM_JS_OUT}], "is_error": False},
            T(ADAM_CLAUDE_2),
        ]),
    ])
    other = cconv("a1b2c3d4-0000-4aaa-8bbb-9ccc0ddd1eee", "Lisbon weekend", "2026-11-20T09:00:00.000000Z", [
        cmsg("d0000000-0001-4000-8000-000000000001", "human", "2026-11-20T09:00:00.000000Z",
             [T("3 days in Lisbon in December, what should I not miss?")]),
        cmsg("d0000000-0002-4000-8000-000000000002", "assistant", "2026-11-20T09:00:20.000000Z", [T(LISBON)]),
    ])
    write("adam-pca/transcripts/claude-export.json", [other, conv])


# ---------------------------------------------------------------- exercises-ch4 / claude-export.json
WORKSHEET_EXTRACT = open(os.path.join(ROOT, "exercises-ch4", "problems.md"), encoding="utf-8").read()
# the PDF text layer lost the middle row of M and one entry of it
WORKSHEET_EXTRACT = WORKSHEET_EXTRACT.replace(
    "      M = [ 2  -1  0 ]\n          [ 1   3  2 ]\n          [ 0   1  4 ]",
    "      M = [ 2  -1  0 ]\n          [ 1   3 ]\n          [ 0   1  4 ]")
assert "[ 1   3 ]" in WORKSHEET_EXTRACT

CH4_CLAUDE_THINK = """4.1a: 0.018/0.067 = 0.26866. 4.1b: 0.0162/0.01865 = 0.86863.
Projection: (A^T A)^{-1} = (1/3)[[2,-1],[-1,2]]. P = (1/3)[[2,1,-1],[1,2,1],[-1,1,2]]. Pb = (1,2,1).
M's second row has only two entries in the attachment. Can't compute det reliably; ask.
BN: mean 4, var 2 (biased), 8/3 unbiased. y4 = 3*2/sqrt(2) + 1 = 1 + 3 sqrt 2 = 5.2426. Running var = 0.9 + 0.1*8/3 = 7/6."""

CH4_CLAUDE_TEXT = """I'll go through the worksheet exercise by exercise.

**Exercise 4.1**

(a) By Bayes' rule,
$$P(L \\mid F) = \\frac{0.9 \\times 0.02}{0.9 \\times 0.02 + 0.05 \\times 0.98} = \\frac{0.018}{0.067} \\approx 26.9\\%$$
Even after a flag, a lynx is still less likely than not, because lynxes are rare.

(b) With two conditionally independent flags the likelihoods multiply:
$$P(L \\mid F_1, F_2) = \\frac{0.81 \\times 0.02}{0.81 \\times 0.02 + 0.0025 \\times 0.98} = \\frac{0.0162}{0.01865} \\approx 0.869$$

(c) For $k$ flags the same pattern gives
$$P(L \\mid F_1, \\dots, F_k) = \\frac{0.02\\,(0.9)^k}{0.02\\,(0.9)^k + 0.98\\,(0.05)^k}$$

**Exercise 4.2**

(a)(i) $A^\\top A = \\begin{pmatrix}2 & 1\\\\ 1 & 2\\end{pmatrix}$ with inverse $\\tfrac13\\begin{pmatrix}2 & -1\\\\ -1 & 2\\end{pmatrix}$. Multiplying out,
$$P = \\frac{1}{3}\\begin{pmatrix} 2 & 1 & -1 \\\\ 1 & 2 & 1 \\\\ -1 & 1 & 2 \\end{pmatrix}$$

(a)(ii) $p = Pb = \\tfrac13(6 - 3,\\ 3 + 3,\\ -3 + 6) = (1, 2, 1)$.

(b) The matrix $M$ in your attachment looks damaged: its second row reads `[ 1   3 ]`, with only two entries, so $M$ isn't square as extracted. Could you check the original sheet and send me the full second row? Then the determinant is a one-line cofactor expansion.

**Exercise 4.3**

(a) The batch mean is $\\mu_B = 4$ and the (biased) batch variance is $\\sigma_B^2 = \\tfrac14(4 + 0 + 0 + 4) = 2$.

(b) $\\hat x = (6 - 4)/\\sqrt{2} = \\sqrt 2$, so $y = 3\\sqrt2 + 1 \\approx 5.243$.

(c) PyTorch updates the running variance with the unbiased estimate $\\tfrac{8}{3}$:
$$\\text{running\\_var} = 0.9 \\times 1 + 0.1 \\times \\tfrac83 = \\tfrac76 \\approx 1.1667$$

**Summary**

| Exercise | Answer |
|---|---|
| 4.1(a) | 0.269 |
| 4.1(b) | 0.869 |
| 4.1(c) | $0.02(0.9)^k / (0.02(0.9)^k + 0.98(0.05)^k)$ |
| 4.2(a)(i) | $\\tfrac13\\begin{pmatrix} 2 & 1 & -1 \\\\ 1 & 2 & 1 \\\\ -1 & 1 & 2 \\end{pmatrix}$ |
| 4.2(a)(ii) | (1, 2, 1) |
| 4.2(b) | needs the full matrix |
| 4.3(a) | σ² = 8/3 |
| 4.3(b) | 5.243 |
| 4.3(c) | 7/6 ≈ 1.1667 |"""

REGEX_ANSWER = "Use `\\b\\d{4}-\\d{2}-\\d{2}\\b` for ISO dates; add a lookahead if you need to reject month 13."


def ch4_claude():
    conv = cconv("e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b", "Chapter 4 worksheet", "2026-11-30T19:45:03.000000Z", [
        cmsg("f0000000-0001-4000-8000-000000000001", "human", "2026-11-30T19:45:03.000000Z",
             [T("can you do 4.1 to 4.3 from the attached worksheet? not 4.3(d)")],
             attachments=[{"file_name": "worksheet4.pdf", "file_size": 48211, "file_type": "pdf",
                           "extracted_content": WORKSHEET_EXTRACT}]),
        cmsg("f0000000-0002-4000-8000-000000000002", "assistant", "2026-11-30T19:45:51.000000Z", [
            {"type": "thinking", "thinking": CH4_CLAUDE_THINK, "summaries": [{"summary": "Solving the worksheet; matrix M looks garbled."}], "cut_off": False},
            T(CH4_CLAUDE_TEXT),
        ]),
    ])
    other = cconv("0f1e2d3c-4b5a-4968-8776-655443322110", "Regex for dates", "2026-11-25T11:11:11.000000Z", [
        cmsg("f1000000-0001-4000-8000-000000000001", "human", "2026-11-25T11:11:11.000000Z",
             [T("regex that matches 2026-11-25 style dates?")]),
        cmsg("f1000000-0002-4000-8000-000000000002", "assistant", "2026-11-25T11:11:30.000000Z", [T(REGEX_ANSWER)]),
    ])
    write("exercises-ch4/transcripts/claude-export.json", [conv, other])


if __name__ == "__main__":
    lstm_export()
    adam_export()
    ch4_export()
    adam_claude()
    ch4_claude()
