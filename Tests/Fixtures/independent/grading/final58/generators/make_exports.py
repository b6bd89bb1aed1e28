#!/usr/bin/env python3
"""Writes the three JSON data exports of this corpus.

  dropout-weight-decay/transcripts/chatgpt-export.json            ChatGPT conversations.json,
      two conversations, regenerated first answer (graded branch = current_node), thoughts and
      reasoning_recap nodes, a citation marker (U+E200..U+E202) in the graded text.
  softmax-cross-entropy/transcripts/claude-export.json           Claude export, two
      conversations, attachment with extracted_content, thinking / tool_use / tool_result blocks.
  numerical-quadrature/transcripts/chatgpt-export-nocurrent.json  ChatGPT export WITHOUT
      current_node; regenerated answer with a python tool call and execution_output; the graded
      branch is the leaf with the latest create_time.

Deterministic: fixed ids and timestamps, no randomness; re-running gives byte-identical files.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, title, conv_id, t0, model="gpt-4o"):
        self.title, self.id, self.t0, self.model = title, conv_id, t0, model
        self.mapping = {}
        self.order = []
        self.n = 0
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.root = root

    def _nid(self):
        self.n += 1
        return f"{self.id[:8]}-{self.n:04x}-4{self.n:03x}-9{self.n:03x}-{self.id[-6:]}{self.n:06x}"

    def add(self, parent, role, content, dt, name=None, recipient="all", meta=None, end_turn=None,
            hidden=False):
        nid = self._nid()
        md = {}
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        if meta:
            md.update(meta)
        if role == "assistant" and content.get("content_type") == "text":
            md.setdefault("model_slug", self.model)
            md.setdefault("default_model_slug", self.model)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": None if role == "system" else round(self.t0 + dt, 6),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 0.0 if hidden else 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.order.append(nid)
        return nid

    def text(self, parent, role, s, dt, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, dt, **kw)

    def export(self, current_node=None, update_dt=0):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": round(self.t0 + update_dt, 6),
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
        }
        if current_node is not None:
            d["current_node"] = current_node
        d.update({
            "plugin_ids": None,
            "conversation_id": self.id,
            "conversation_template_id": None,
            "gizmo_id": None,
            "gizmo_type": None,
            "is_archived": False,
            "is_starred": None,
            "safe_urls": [],
            "blocked_urls": [],
            "default_model_slug": self.model,
            "conversation_origin": None,
            "voice": None,
            "async_status": None,
            "disabled_tool_ids": [],
            "id": self.id,
        })
        return d


def write_json(rel, obj, ensure_ascii):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=ensure_ascii, indent=None, separators=(", ", ": "))
    print("wrote", rel)


# ---------------------------------------------------------------- export 1 (set 1)
SET1_PROMPT = """HW4 regularisation — please solve all parts, show working.

Throughout, "dropout with drop rate p" means inverted dropout as implemented by torch.nn.Dropout(p).

1. Dropout by hand. A hidden layer produces h = (2.0, 0.0, 0.5, 3.0, 1.5), fed to nn.Dropout(p=0.4).
(a) During training the sampled keep-mask is m = (1, 0, 1, 1, 0). Output vector? Three decimal places.
(b) What does the layer output for the same h after model.eval()?
(c) Treating the mask as random, compute the variance of the training-time output of the fourth unit (h4 = 3.0).
(d) What is the probability that exactly two of the five units are dropped in a single forward pass?

2. L(w) = ½(wᵀx − y)² + (λ/2)‖w‖², x = (1, 2), y = 3, λ = 0.1, w0 = (0.5, −1), η = 0.2.
(a) Compute ∇L(w0). (b) Compute w1 after one step of plain gradient descent.
(c) True or false: for plain SGD, a gradient step on L is the same as first multiplying the weights by (1 − ηλ) and then stepping along the gradient of the unregularised loss evaluated at the old weights.

3. (a) Ridge without intercept, min ‖Xw − y‖² + λ‖w‖², rows (1,0), (0,1), (1,1), y = (1, 2, 3), λ = 1. Find ŵ.
(b) The minimiser of ½(w − 2)² + λ|w| with λ = 0.5 is (A) 2 (B) 1.5 (C) 4/3 (D) 2.5"""

SET1_OLD = r"""Here are the solutions.

**1(a)** Keep probability $q = 0.6$, so kept units are scaled by $1/0.6$:
$$y = \left(\tfrac{2}{0.6}, 0, \tfrac{0.5}{0.6}, \tfrac{3}{0.6}, 0\right) = (3.333, 0, 0.833, 5.000, 0)$$

**1(b)** Identity in eval mode: $(2.0, 0.0, 0.5, 3.0, 1.5)$.

**1(c)** $Y = 5M$ with $M\sim\text{Bern}(0.6)$: $\operatorname{Var}(Y) = 25 \cdot 0.6 \cdot 0.4 = 6$.

**1(d)** $\binom52 0.4^2 0.6^3 = 0.3456$.

**2(a)** $\nabla L(w_0) = (w_0^\top x - y)x + \lambda w_0 = -4.5(1,2) + (0.05,-0.1) = (-4.45, -9.1)$.

**2(b)** $w_1 = (0.5,-1) - 0.2(-4.45,-9.1) = (1.39, 0.82)$.

**2(c)** True.

**3(a)** $\hat w = (X^\top X + I)^{-1}X^\top y = \tfrac18\begin{pmatrix}3&-1\\-1&3\end{pmatrix}\begin{pmatrix}4\\5\end{pmatrix} = (0.875, 1.375)$.

**3(b)** The L1 penalty shrinks the solution $2$ by the factor $1/(1+\lambda)$, giving $4/3$. **(C)**"""

SET1_THOUGHT = ("Dropout part: inverted, divide survivors by 0.6. Variance: for unit 4 the output is 3/0.6 "
                "with prob 0.6 else 0... E[Y^2] = 25*0.6 = 15? Let me just be careful in the answer. "
                "Weight decay gradient: residual -4.5. Ridge: (X^T X + I)^{-1} X^T y. Lasso scalar: soft threshold.")

SET1_NEW = r"""Let's solve it step by step.

---

## 1. Dropout by hand

`nn.Dropout(p=0.4)` zeroes each unit with probability $p = 0.4$ and rescales the survivors by $1/(1-p) = 1/0.6$. In evaluation mode the module simply computes an identity function.""" + "\ue200cite\ue202turn0search0\ue201" + r"""

### (a) Training output

$$
h \odot m = (2.0,\ 0,\ 0.5,\ 3.0,\ 0), \qquad \frac{h\odot m}{0.6} = (3.333,\ 0,\ 0.833,\ 5.000,\ 0)
$$

**Output:** $(3.333,\ 0,\ 0.833,\ 5.000,\ 0)$

### (b) Eval mode

No dropout and no scaling at test time: **$(2.0,\ 0.0,\ 0.5,\ 3.0,\ 1.5)$**

### (c) Variance of unit 4

The training output is $Y = 3M/q$ with $M \sim \text{Bernoulli}(q)$. The variance of a scaled Bernoulli is

$$
\operatorname{Var}(Y) = \frac{h_4^2}{q^2}\,q(1-q) \cdot \frac{1}{p}\cdot p = h_4^2\,\frac{q}{p} = 9 \cdot \frac{0.6}{0.4}
$$

$$
\operatorname{Var}(Y) = 13.5
$$

### (d) Exactly two dropped

$$
P = \binom{5}{2}(0.4)^2(0.6)^3 = 10 \times 0.16 \times 0.216 = 0.3456
$$

---

## 2. Weight decay

### (a) Gradient

$$
w_0^\top x - y = (0.5 - 2) - 3 = -4.5
$$

$$
\nabla L(w_0) = -4.5\,(1, 2) + 0.1\,(0.5, -1) = (-4.45,\ -9.1)
$$

### (b) One gradient step

$$
w_1 = w_0 - \eta\nabla L(w_0) = (0.5, -1) + (0.89,\ 1.82)
$$

$$
w_1 = (1.39,\ 1.82)
$$

### (c)

$w - \eta(g + \lambda w) = (1 - \eta\lambda)w - \eta g$, so the statement is **true**.

---

## 3. Ridge and lasso

### (a)

$$
X^\top X + \lambda I = \begin{pmatrix}3 & 1\\ 1 & 3\end{pmatrix},\quad X^\top y = \begin{pmatrix}4\\5\end{pmatrix},\quad
\hat w = \frac{1}{8}\begin{pmatrix}3 & -1\\ -1 & 3\end{pmatrix}\begin{pmatrix}4\\5\end{pmatrix} = \begin{pmatrix}7/8\\ 11/8\end{pmatrix}
$$

$$
\hat w = (0.875,\ 1.375)
$$

### (b)

For $w > 0$: $\frac{d}{dw}\left[\tfrac12(w-2)^2 + 0.5w\right] = w - 1.5 = 0 \Rightarrow w = 1.5$ (positive, so consistent). This is soft-thresholding.

**Answer: (B) 1.5**

---

| Part | Answer |
|---|---|
| 1(a) | (3.333, 0, 0.833, 5, 0) |
| 1(b) | (2.0, 0.0, 0.5, 3.0, 1.5) |
| 1(c) | 13.5 |
| 1(d) | 0.3456 |
| 2(a) | (−4.45, −9.1) |
| 2(b) | (1.39, 1.82) |
| 2(c) | True |
| 3(a) | (0.875, 1.375) |
| 3(b) | B |"""

SET1_FOLLOW = "what would 3(b) be with lambda = 3?"
SET1_FOLLOW_ANS = r"""With $\lambda = 3$ the threshold is larger than $|2|$, so soft-thresholding sets the weight exactly to zero:

$$
w^* = \operatorname{sign}(2)\max(|2| - 3,\ 0) = 0
$$

So none of the listed options — the minimiser would be $w^* = 0$. This is the sparsity effect of the L1 penalty."""


def export1():
    other = Conv("Weeknight pasta ideas", "67d1a0c4-3b2e-8005-b1f4-5e6a7c8d9e01", 1741791300.412031)
    s = other.text(other.root, "system", "", 0, hidden=True)
    u = other.text(s, "user", "give me 3 quick weeknight pasta ideas, no cream", 2.1)
    a = other.text(u, "assistant", "1. **Aglio e olio** — garlic, chili flakes, olive oil, parsley.\n"
                   "2. **Pasta al limone** (olive-oil version) — lemon zest, parmesan, black pepper.\n"
                   "3. **Puttanesca** — tomatoes, olives, capers, anchovies.", 6.8, end_turn=True)

    c = Conv("Dropout and weight decay HW", "67d4e1a2-8b30-8005-a9f1-3c2e5d7b9a10", 1741988412.118204,
             model="o4-mini")
    s = c.text(c.root, "system", "", 0, hidden=True)
    u1 = c.text(s, "user", SET1_PROMPT, 1.5)
    old = c.text(u1, "assistant", SET1_OLD, 23.9, end_turn=True)
    th = c.add(u1, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Working through dropout variance", "content": SET1_THOUGHT, "chunks": [], "finished": True}],
        "source_analysis_msg_id": "b3f1c2d4-0000-4000-8000-000000000001"}, 131.2, recipient="all")
    rc = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 19 seconds"}, 150.4)
    new = c.text(rc, "assistant", SET1_NEW, 151.0, end_turn=True,
                 meta={"content_references": [{"matched_text": "\ue200cite\ue202turn0search0\ue201",
                                               "type": "grouped_webpages",
                                               "items": [{"title": "Dropout — PyTorch documentation",
                                                          "url": "https://pytorch.org/docs/stable/generated/torch.nn.Dropout.html"}]}]})
    u2 = c.text(new, "user", SET1_FOLLOW, 402.7)
    a2 = c.text(u2, "assistant", SET1_FOLLOW_ANS, 409.3, end_turn=True)
    write_json("dropout-weight-decay/transcripts/chatgpt-export.json",
               [c.export(current_node=a2, update_dt=409.3), other.export(current_node=a, update_dt=6.8)],
               ensure_ascii=False)


# ---------------------------------------------------------------- export 2 (set 2, Claude)
QUIZ_TEXT = """ECE 5545 Deep Learning    Quiz 3 Practice: Softmax & Cross-Entropy    Spring 2025
Name: ____________ NetID: ________
Unless stated otherwise, log is the natural logarithm and numerical answers should be given to three decimal places. Classes are numbered starting from 1.
1. A three-class classifier produces the logit vector z = (2, 1, 0) for one example.
(a) (3 points) Compute p = softmax(z).
(b) (2 points) The true label is class 2. Compute the cross-entropy loss L = −log p_y.
(c) (3 points) Compute the gradient ∂L/∂z.
(d) (2 points) If every logit is increased by 5, the loss
A. increases
B. decreases
C. stays the same
D. may increase or decrease, depending on the true class
2. Binary classification with a sigmoid output σ(z) = 1/(1 + e^−z).
(a) (2 points) Give a simplified expression for d/dz log σ(z) in terms of σ(z).
(b) (2 points) A positive example (y = 1) receives the logit z = −1. Compute the binary cross-entropy loss −log σ(z).
3. A decoder-only language model is run on a batch of 32 sequences, each of 128 tokens, with a vocabulary of 50,000 tokens. The model returns logits in the usual batch-first layout (batch, sequence, vocabulary).
(a) (1 point) What is the shape of the logits tensor?
(b) (2 points) torch.nn.functional.cross_entropy(input, target) expects the class dimension to be dimension 1 when the input has more than two dimensions. To what shape must the logits be permuted (without reshaping) before calling it?
Page 1 of 1"""

CL_THINK = ("The user attached a practice quiz. They've done 2(a) so skip it. Softmax of (2,1,0): "
            "e^2 = 7.389, e = 2.718, 1, sum 11.107. p ≈ (0.665, 0.245, 0.090). True class 2 → p = 0.2447, "
            "loss ≈ 1.41. Gradient p − y. Shift invariance → C. BCE with z = −1: log(1+e) ≈ 1.313. "
            "Let me verify the numbers with the analysis tool.")

CL_TEXT1 = """I'll go through everything except 2(a), since you've already done that one. Let me first double-check the arithmetic numerically."""

CL_CODE = """const z = [2, 1, 0];
const ex = z.map(Math.exp);
const s = ex.reduce((a, b) => a + b, 0);
const p = ex.map(v => v / s);
console.log("p", p.map(v => v.toFixed(4)));
console.log("loss", (-Math.log(p[1])).toFixed(4));
console.log("grad", [p[0], p[1] - 1, p[2]].map(v => v.toFixed(4)));
console.log("bce", Math.log(1 + Math.E).toFixed(4));"""

CL_RESULT = '{"status":"success","logs":["p [\\"0.6652\\",\\"0.2447\\",\\"0.0900\\"]","loss 1.4076","grad [\\"0.6652\\",\\"-0.7553\\",\\"0.0900\\"]","bce 1.3133"]}'

CL_TEXT2 = """The numbers check out. Here's the full working.

## Question 1

**(a)** The exponentials are e² ≈ 7.389, e¹ ≈ 2.718 and e⁰ = 1, summing to 11.107. Dividing:

p = softmax(z) ≈ **(0.665, 0.245, 0.090)**

**(b)** The true class is class 2, so p_y = 0.2447:

L = −ln(0.2447) ≈ **1.408**

**(c)** For softmax followed by cross-entropy the gradient is p − y, with y = (0, 1, 0) the one-hot target:

∂L/∂z = (0.665, 0.245 − 1, 0.090) = **(0.665, −0.755, 0.090)**

Note the entries sum to zero, as they must — adding a constant to all logits can't change the loss.

**(d)** That observation is exactly part (d): softmax(z + c) = softmax(z) for any constant c, so the loss **stays the same — C**.

## Question 2

**(b)** σ(−1) = 1/(1 + e) ≈ 0.2689, so the loss is −ln σ(−1) = ln(1 + e) ≈ **1.313**.

## Question 3

**(a)** The logits have shape **(32, 128, 50000)** — one 50,000-way score vector per token position.

**(b)** The cleanest approach is to merge the batch and sequence dimensions so every token position is one row:

```python
loss = F.cross_entropy(logits.view(-1, 50000), targets.view(-1))
```

so the input passed to the loss has shape **(4096, 50000)**."""

CL_FOLLOW = "perfect, thank you"
CL_FOLLOW_ANS = "You're welcome — good luck on the quiz! If you want, paste your own answer to 2(a) and I'll check it."


def ts(base, sec):
    h, rem = divmod(base + sec, 3600)
    m, s = divmod(rem, 60)
    return f"2025-03-03T{h:02d}:{m:02d}:{s:06.3f}000Z"


def export2():
    def text_block(t, a, b):
        return {"start_timestamp": a, "stop_timestamp": b, "type": "text", "text": t, "citations": []}

    B = 19 * 3600 + 4 * 60  # 19:04:00
    other = {
        "uuid": "0b7c2f5e-1d3a-4c8e-9f20-6a1b2c3d4e5f",
        "name": "Cover letter tightening",
        "summary": "",
        "created_at": ts(B - 7200, 0), "updated_at": ts(B - 7200, 95),
        "account": {"uuid": "5e2d8c1a-7b3f-4a90-8c61-2f4e9d0a1b3c"},
        "chat_messages": [
            {"uuid": "0b7c2f5e-0001-4000-8000-00000000a001", "text": "Can you make this sentence shorter: 'I am writing to express my strong interest in the position of Data Analyst that was advertised on your website.'",
             "content": [text_block("Can you make this sentence shorter: 'I am writing to express my strong interest in the position of Data Analyst that was advertised on your website.'", ts(B - 7200, 0), ts(B - 7200, 0))],
             "sender": "human", "created_at": ts(B - 7200, 0), "updated_at": ts(B - 7200, 0), "attachments": [], "files": []},
            {"uuid": "0b7c2f5e-0002-4000-8000-00000000a002", "text": "I'm excited to apply for the Data Analyst role advertised on your website.",
             "content": [text_block("I'm excited to apply for the Data Analyst role advertised on your website.", ts(B - 7200, 3), ts(B - 7200, 4))],
             "sender": "assistant", "created_at": ts(B - 7200, 3), "updated_at": ts(B - 7200, 4), "attachments": [], "files": []},
        ],
    }
    human1 = "Can you solve my practice quiz (attached)? I've already done 2(a) myself so you can skip that one."
    conv = {
        "uuid": "9d41e6b2-5c07-4f3a-b8d1-7e2a90c4f318",
        "name": "Softmax and cross-entropy practice quiz",
        "summary": "",
        "created_at": ts(B, 0), "updated_at": ts(B, 212),
        "account": {"uuid": "5e2d8c1a-7b3f-4a90-8c61-2f4e9d0a1b3c"},
        "chat_messages": [
            {"uuid": "9d41e6b2-0001-4000-8000-00000000b001", "text": human1,
             "content": [text_block(human1, ts(B, 0), ts(B, 0))],
             "sender": "human", "created_at": ts(B, 0), "updated_at": ts(B, 0),
             "attachments": [{"file_name": "quiz3_practice.pdf", "file_size": 48213,
                              "file_type": "pdf", "extracted_content": QUIZ_TEXT}],
             "files": [{"file_name": "quiz3_practice.pdf"}]},
            {"uuid": "9d41e6b2-0002-4000-8000-00000000b002",
             "text": CL_TEXT1 + "\n\n" + CL_TEXT2,
             "content": [
                 {"start_timestamp": ts(B, 2), "stop_timestamp": ts(B, 9), "type": "thinking",
                  "thinking": CL_THINK, "summaries": [{"summary": "Verifying softmax arithmetic."}],
                  "cut_off": False},
                 text_block(CL_TEXT1, ts(B, 9), ts(B, 10)),
                 {"start_timestamp": ts(B, 10), "stop_timestamp": ts(B, 12), "type": "tool_use",
                  "name": "repl", "input": {"code": CL_CODE}, "message": "Checking the numbers",
                  "integration_name": None, "integration_icon_url": None, "context": None,
                  "display_content": None},
                 {"start_timestamp": ts(B, 12), "stop_timestamp": ts(B, 13), "type": "tool_result",
                  "name": "repl", "content": [{"type": "text", "text": CL_RESULT, "uuid": "c7a0e3f1-0d2b-4e6c-9a15-3b8f7d2e1c40"}],
                  "is_error": False, "message": None, "display_content": None},
                 text_block(CL_TEXT2, ts(B, 13), ts(B, 31)),
             ],
             "sender": "assistant", "created_at": ts(B, 2), "updated_at": ts(B, 31),
             "attachments": [], "files": []},
            {"uuid": "9d41e6b2-0003-4000-8000-00000000b003", "text": CL_FOLLOW,
             "content": [text_block(CL_FOLLOW, ts(B, 205), ts(B, 205))],
             "sender": "human", "created_at": ts(B, 205), "updated_at": ts(B, 205), "attachments": [], "files": []},
            {"uuid": "9d41e6b2-0004-4000-8000-00000000b004", "text": CL_FOLLOW_ANS,
             "content": [text_block(CL_FOLLOW_ANS, ts(B, 208), ts(B, 212))],
             "sender": "assistant", "created_at": ts(B, 208), "updated_at": ts(B, 212), "attachments": [], "files": []},
        ],
    }
    write_json("softmax-cross-entropy/transcripts/claude-export.json", [other, conv], ensure_ascii=True)


# ---------------------------------------------------------------- export 3 (set 3, no current_node)
SET3_PROMPT = r"""Sheet 5, numerical integration. I = \int_0^2 dx/(1+x) = ln 3. Six decimal places or exact.

Exercise 5.1 Use nodes x_k = k/2, k = 0..4. (a) composite trapezoidal T_4 (b) composite Simpson S_4 (c) |S_4 - I|
Exercise 5.2 (a) two-point Gauss-Legendre on [-1,1]: g(-1/sqrt3) + g(1/sqrt3). (i) degree of precision? (ii) transform to [0,2] and approximate I. (b) smallest number of nodes a Gauss-Legendre rule needs to integrate every polynomial of degree 7 exactly? A. 3 B. 4 C. 7 D. 8
Exercise 5.3 trapezoid bound |E_n| <= (b-a) h^2/12 max|f''|; smallest n guaranteeing |E_n| <= 1e-4 for I
Exercise 5.4 find c such that int_{-1}^{1} f ~ c[f(-1) + f(1)] + (2 - 2c) f(0) is exact for all polynomials of degree <= 2"""

SET3_OLD = r"""**5.1** (a) $T_4 = 1.116667$ (b) $S_4 = 1.100000$ (c) $|S_4 - I| = 0.001388$

**5.2** (a)(i) degree 3 (ii) $I \approx 12/11 = 1.090909$ (b) **B**

**5.3** $4/(3n^2) \le 10^{-4} \Rightarrow n \ge 115.47$, so $n = 115$.

**5.4** Exactness for $x^2$: $2c = 2/3$, so $c = 1/3$."""

SET3_CODE = """import numpy as np
from math import log, sqrt
f = lambda x: 1/(1+x)
x = np.linspace(0, 2, 5); y = f(x); h = 0.5
T4 = h/2*(y[0] + 2*y[1:4].sum() + y[4])
S4 = h/3*(y[0] + 4*y[1] + 2*y[2] + 4*y[3] + y[4])
print(f"T4={T4:.6f} S4={S4:.6f} err={abs(S4-log(3)):.7f}")
t = 1/sqrt(3)
print(f"gauss2={f(1-t)+f(1+t):.6f}")
n = np.sqrt(4/3/1e-4); print(f"n_min={n:.4f}")"""

SET3_OUT = """T4=1.116667 S4=1.100000 err=0.0013877
gauss2=1.090909
n_min=115.4701"""

SET3_NEW = r"""I checked the arithmetic in Python — here are the solutions.

## Exercise 5.1

With $h = 0.5$ and $f(x) = 1/(1+x)$: $f = (1,\ 0.666667,\ 0.5,\ 0.4,\ 0.333333)$.

**(a)** $T_4 = \frac{h}{2}\left[f_0 + 2(f_1+f_2+f_3) + f_4\right] = 0.25 \times 4.466667 = \mathbf{1.116667}$

**(b)** $S_4 = \frac{h}{3}\left[f_0 + 4f_1 + 2f_2 + 4f_3 + f_4\right] = \frac{6.6}{6} = \mathbf{1.100000}$

**(c)** $|S_4 - \ln 3| = |1.100000 - 1.098612| \approx \mathbf{0.001388}$

## Exercise 5.2

**(a)(i)** An $n$-point Gauss–Legendre rule is exact for polynomials up to degree $2n-1$""" + "\ue200cite\ue202turn0search2\ue201" + r""", so the two-point rule has degree of precision $\mathbf{3}$.

**(a)(ii)** With $x = 1 + t$ (Jacobian $dx/dt = 1$):

$$I \approx f(1 - 1/\sqrt3) + f(1 + 1/\sqrt3) = 0.702914 + 0.387995 = \frac{12}{11} \approx 1.090909$$

**(b)** $2n - 1 \ge 7 \Rightarrow n \ge 4$. **Answer: B**

## Exercise 5.3

$f''(x) = 2/(1+x)^3$, so $\max_{[0,2]}|f''| = 2$ and the bound is $\frac{2 \cdot (2/n)^2}{12}\cdot 2 = \frac{4}{3n^2}$. We need $n \ge \sqrt{4/(3\cdot 10^{-4})} \approx 115.47$; since $n$ must be an integer we round **up**:

$$n = 116$$

## Exercise 5.4

For $f = 1$: $2c + (2 - 2c) = 2$ ✓ for any $c$; odd powers vanish by symmetry. For $f = x^2$ the rule gives $c\,[1 + 1] + 0 = 2c$, and the exact integral is $\int_{-1}^1 x^2\,dx = \frac{2}{3}$. Solving $2c = \frac{2}{3}$ for the endpoint weight:

$$c = \frac{2}{3}$$"""


def export3():
    c = Conv("Numerical integration sheet 5", "67e0b5d9-71c4-8005-8e3a-0d9c4f2b6a77", 1742780112.905117)
    s = c.text(c.root, "system", "", 0, hidden=True)
    u1 = c.text(s, "user", SET3_PROMPT, 0.8)
    old = c.text(u1, "assistant", SET3_OLD, 14.6, end_turn=True)
    code = c.add(u1, "assistant", {"content_type": "code", "language": "unknown",
                                   "response_format_name": None, "text": SET3_CODE},
                 96.3, recipient="python", end_turn=False)
    out = c.add(code, "tool", {"content_type": "execution_output", "text": SET3_OUT}, 98.1, name="python",
                meta={"aggregate_result": {"status": "success", "run_id": "4f0c2d1e-aa71-4b8e-93c2-5d6e7f809a1b",
                                           "start_time": 1742780209.02, "end_time": 1742780210.31,
                                           "code": SET3_CODE, "final_expression_output": None,
                                           "in_kernel_exception": None, "system_exception": None,
                                           "messages": [{"message_type": "stream", "time": 1742780210.3,
                                                         "stream_name": "stdout", "sender": "server",
                                                         "text": SET3_OUT + "\n"}],
                                           "jupyter_messages": [], "timeout_triggered": None}})
    new = c.text(out, "assistant", SET3_NEW, 99.0, end_turn=True)
    # No current_node: the graded branch is the leaf with the latest create_time (new).
    write_json("numerical-quadrature/transcripts/chatgpt-export-nocurrent.json",
               [c.export(current_node=None, update_dt=99.0)], ensure_ascii=False)


if __name__ == "__main__":
    export1()
    export2()
    export3()
