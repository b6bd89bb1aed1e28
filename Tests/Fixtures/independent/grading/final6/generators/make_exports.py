#!/usr/bin/env python3
"""Writes the ChatGPT and Claude data-export transcripts of this corpus.

Deterministic: fixed timestamps, uuid5 ids, sorted nothing, json.dumps with fixed
options. Re-running gives byte-identical files.
"""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a9e-4b7d-4c1e-9a55-0d3e8b1f2c70")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2))
        f.write("\n")
    print("wrote", rel)


# ---------------------------------------------------------------- ChatGPT ----
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        rid = uid(key, "root")
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.root = rid
        self.n = 0

    def add(self, parent, role, content, dt, name=None, recipient="all", extra_meta=None,
            hidden=False, end_turn=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        meta = {"model_slug": "gpt-4o"} if role == "assistant" else {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.t0 + dt,
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

    def text(self, parent, role, text, dt, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [text]}, dt, **kw)

    def system(self):
        return self.add(self.root, "system", {"content_type": "text", "parts": [""]}, 0.0, hidden=True)

    def dump(self, current_node=True, last=None):
        times = [n["message"]["create_time"] for n in self.mapping.values() if n["message"]]
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if current_node:
            d["current_node"] = last
        d["conversation_id"] = uid(self.key, "conv")
        d["id"] = d["conversation_id"]
        d["default_model_slug"] = "gpt-4o"
        return d


def code(text):
    return {"content_type": "code", "language": "unknown", "response_format_name": None, "text": text}


def exec_out(text):
    return {"content_type": "execution_output", "text": text}


# ------------------------------------------------ numlinalg: chatgpt-export ----
NLA_PROMPT = """Numerical linear algebra HW3, please solve all of it and show the work.

1. A = [[4, 1], [2, 3]]
 (a) Compute A^{-1}.
 (b) Compute kappa_inf(A) = ||A||_inf ||A^{-1}||_inf (max absolute row sum).
2. B = [[2,1,1],[4,3,3],[8,7,9]], b = [3, 7, 19]
 (a) LU factorisation without pivoting, L unit lower triangular. Give L.
 (b) Solve Bx = b using the factorisation.
3. Least squares fit y ~ c0 + c1 t, data t = 0 1 2 3, y = 1 2 2 5
 (a) (c0, c1)
 (b) 2-norm of the residual, 3 decimal places
 (c) normal equations are less stable than QR because: (A) k(X'X) = k(X) but X'X not symmetric (B) k(X'X) = k(X)^2 in the 2-norm (C) k(X'X) = sqrt(k(X)) (D) X'X always singular when X is tall
4. QR of M = [[3, -1], [4, 7]] by classical Gram-Schmidt, positive diagonal. Give R."""

NLA_OLD = r"""Here are the solutions.

**1(a)** $\det A = 10$, so $A^{-1} = \frac{1}{10}\begin{pmatrix}3 & -1\\ -2 & 4\end{pmatrix}$.

**1(b)** $\kappa_\infty(A) = 5 \cdot 0.6 = 3$.

**2(a)** $L = \begin{pmatrix}1&0&0\\2&1&0\\4&3&1\end{pmatrix}$  **2(b)** $x = (1,-1,2)$

**3(a)** $(0.7, 1.2)$ **3(b)** $1.34$ **3(c)** B

**4** $R = \begin{pmatrix}5 & 5\\ 0 & 5\end{pmatrix}$"""

NLA_PRE = "I'll do the arithmetic by hand and check the linear solves numerically."

NLA_CODE = """import numpy as np
B = np.array([[2,1,1],[4,3,3],[8,7,9]], float)
b = np.array([3,7,19], float)
print("x =", np.linalg.solve(B, b))
X = np.column_stack([np.ones(4), [0,1,2,3]])
y = np.array([1,2,2,5], float)
c, *_ = np.linalg.lstsq(X, y, rcond=None)
print("c =", c)
print("res =", np.linalg.norm(y - X @ c))"""

NLA_OUT = "x = [ 1. -1.  2.]\nc = [0.7 1.2]\nres = 1.3416407864998738"

NLA_FINAL = r"""The numerical check agrees with the hand computation. Here's the write-up.

### Problem 1

**(a)** I'll skip writing $A^{-1}$ out entry by entry — for part (b) only its absolute row sums matter, and those are $0.4$ and $0.6$ (from $\det A = 10$ and the adjugate).

**(b)** For the matrix norm I take the largest absolute column sum of $A$: $\max(4+2,\,1+3) = 6$. With $\|A^{-1}\|_\infty = 0.6$,

$$\kappa_\infty(A) = 6 \times 0.6 = 3.6$$

### Problem 2

**(a)** Multipliers $\ell_{21} = 2$, $\ell_{31} = 4$, $\ell_{32} = 3$:

$$L = \begin{bmatrix} 1 & 0 & 0 \\ 2 & 1 & 0 \\ 4 & 3 & 1 \end{bmatrix}, \quad U = \begin{bmatrix} 2 & 1 & 1 \\ 0 & 1 & 1 \\ 0 & 0 & 2 \end{bmatrix}$$

**(b)** Forward substitution gives $y = (3, 1, 4)$, back substitution gives

$$x = (1,\,-1,\,2)$$

which matches the solver output above.

### Problem 3

**(a)** $X^\top X = \begin{bmatrix}4 & 6\\6 & 14\end{bmatrix}$, $X^\top y = (10, 21)$, so $(c_0, c_1) = (0.7,\ 1.2)$.

**(b)** $\|r\|_2 = \sqrt{1.8} \approx \mathbf{1.342}$

**(c)** **(B)** — forming $X^\top X$ squares the 2-norm condition number, so you lose roughly twice as many digits.

I'm near the length limit, so I'll stop here; say "continue" and I'll do the Gram–Schmidt problem (Problem 4)."""


def nla_chatgpt():
    c = GPTConv("nla-gpt", "Numerical LA homework 3", 1739394000.0)
    s = c.system()
    u = c.text(s, "user", NLA_PROMPT, 10.0)
    c.text(u, "assistant", NLA_OLD, 25.0, end_turn=True)          # first generation
    a1 = c.text(u, "assistant", NLA_PRE, 95.0)                    # regenerated branch
    a2 = c.add(a1, "assistant", code(NLA_CODE), 96.0, recipient="python")
    t = c.add(a2, "tool", exec_out(NLA_OUT), 98.0, name="python")
    last = c.text(t, "assistant", NLA_FINAL, 120.0, end_turn=True)
    write("numlinalg/transcripts/chatgpt-export.json", [c.dump(last=last)])


# ------------------------------------------------------------- Claude ------
def claude_conv(key, name, t0, messages):
    msgs = []
    for i, m in enumerate(messages):
        ts = f"{t0}:{i:02d}.000000Z"
        blocks = []
        texts = []
        for b in m["content"]:
            b = dict(b)
            b["start_timestamp"] = ts
            b["stop_timestamp"] = ts
            if b["type"] == "text":
                b["citations"] = []
                texts.append(b["text"])
            blocks.append(b)
        msgs.append({
            "uuid": uid(key, "msg", str(i)),
            "text": "\n\n".join(texts),
            "content": blocks,
            "sender": m["sender"],
            "created_at": ts,
            "updated_at": ts,
            "attachments": m.get("attachments", []),
            "files": [],
        })
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": f"{t0}:00.000000Z",
        "updated_at": f"{t0}:{len(messages)-1:02d}.000000Z",
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }


def T(text):
    return {"type": "text", "text": text}


def thinking(text, summary):
    return {"type": "thinking", "thinking": text, "summaries": [{"summary": summary}], "cut_off": False}


NLA_CLAUDE_THINK = """Let me work through these. A = [[4,1],[2,3]], det 10. Inverse... swap diagonal, negate off-diagonal. Norm inf of A = 5. Then kappa maybe 3? I'll compute the inverse carefully in the answer. LU: multipliers 2, 4, then row3 becomes (0,3,5), pivot 1, so l32 = 3. x = (1,-1,2) check: 2-1+2=3 ok. LS: c=(0.7,1.2), residual sqrt(1.8). MC: B mostly, but C phrasing about digits... QR: R = [[5,5],[0,5]]."""

NLA_CLAUDE_TEXT = r"""I'll go through the four problems in order.

## Problem 1

**(a)** $\det A = 4\cdot 3 - 1\cdot 2 = 10$. Using $A^{-1} = \frac{1}{\det A}\begin{pmatrix} d & -c \\ -b & a\end{pmatrix}$:

$$A^{-1} = \frac{1}{10}\begin{pmatrix} 3 & -2 \\ -1 & 4 \end{pmatrix} = \begin{pmatrix} 0.3 & -0.2 \\ -0.1 & 0.4 \end{pmatrix}$$

**(b)** $\|A\|_\infty = \max(5, 5) = 5$. The absolute row sums of $A^{-1}$ are $0.3 + 0.2 = 0.5$ and $0.1 + 0.4 = 0.5$, so $\|A^{-1}\|_\infty = 0.5$ and

$$\kappa_\infty(A) = 5 \cdot 0.5 = 2.5.$$

## Problem 2

**(a)** First column: $\ell_{21} = 4/2 = 2$, $\ell_{31} = 8/2 = 4$, leaving rows $(0, 1, 1)$ and $(0, 3, 5)$. Second column: $\ell_{32} = 3/1 = 3$, leaving $(0, 0, 2)$.

$$L = \begin{pmatrix} 1 & 0 & 0 \\ 2 & 1 & 0 \\ 4 & 3 & 1 \end{pmatrix}$$

**(b)** $Ly = b \Rightarrow y = (3, 1, 4)$; $Ux = y \Rightarrow x_3 = 2,\ x_2 = -1,\ x_1 = 1$.

**Answer:** $x = (1, -1, 2)^\top$

## Problem 3

**(a)** The normal equations $\begin{pmatrix}4 & 6\\ 6 & 14\end{pmatrix}\begin{pmatrix}c_0\\c_1\end{pmatrix} = \begin{pmatrix}10\\21\end{pmatrix}$ give $c_0 = 0.7$, $c_1 = 1.2$.

**(b)** Residuals $(0.3, 0.1, -1.1, 0.7)$, so $\|r\|_2 = \sqrt{1.8} = 1.342$ (3 d.p.).

**(c)** I'd answer **B**, although **C** is how some texts phrase the loss of accuracy — both describe the same squaring effect.

## Problem 4

$r_{11} = \|(3,4)\| = 5$, $q_1 = (0.6, 0.8)$, $r_{12} = q_1\cdot(-1, 7) = 5$, remainder $(-4, 3)$ with norm $r_{22} = 5$:

$$R = \begin{pmatrix} 5 & 5 \\ 0 & 5 \end{pmatrix}$$"""

NLA_TEX_ATTACHMENT = open(os.path.join(ROOT, "numlinalg", "problems.tex"), encoding="utf-8").read()


def nla_claude():
    hw = claude_conv("nla-claude", "Numerical linear algebra HW3", "2025-02-12T20:31", [
        {"sender": "human", "content": [T("can you solve these? please show work, exact answers where possible")],
         "attachments": [{"file_name": "hw3.tex", "file_size": len(NLA_TEX_ATTACHMENT),
                          "file_type": "text/x-tex", "extracted_content": NLA_TEX_ATTACHMENT}]},
        {"sender": "assistant", "content": [thinking(NLA_CLAUDE_THINK, "Worked through all four problems."),
                                             T(NLA_CLAUDE_TEXT)]},
    ])
    other = claude_conv("nla-claude-other", "Cover letter tweaks", "2025-02-10T09:05", [
        {"sender": "human", "content": [T("Can you make this opening line less stiff? 'I am writing to express my interest in the position of research assistant.'")]},
        {"sender": "assistant", "content": [T("Try: \"I'd love to join your lab as a research assistant — your work on sparse solvers is exactly what I want to spend the next year on.\"")]},
    ])
    write("numlinalg/transcripts/claude-export.json", [other, hw])


# ------------------------------------------ optim-steps: conversations.json ----
OPT_PROMPT = """PS3 optimisation (Exercise 3.1-3.4), please give final answers clearly.

3.1 (a) f(x) = x^4 - 3x^2 + 2, one Newton step for minimising from x0 = 2, exact x1.
    (b) g(x,y) = x^2 + xy + 2y^2 - 4x, one Newton step from (0,0), give (x1, y1).
3.2 h(theta) = 2 theta^2, v_{t+1} = beta v_t + grad h(theta_t), theta_{t+1} = theta_t - eta v_{t+1}, theta0 = 1, v0 = 0, eta = 0.1
    (a) beta = 0.9: theta_2
    (b) theta_3 (i) beta = 0.9 (ii) beta = 0
3.3 Adam, theta0 = 1, eta = 0.01, b1 = 0.9, b2 = 0.999, eps ~ 0, bias correction, g1 = 0.5, g2 = -0.3. theta_2 to 4 dp.
3.4 (a) cosine annealing eta_max 0.1 eta_min 0.001 T = 100, eta_25 to 4 sf
    (b) StepLR(step_size=30, gamma=0.5) from 0.1 at epoch 0, lr during epoch 75?"""

OPT_OLD = r"""**3.1** (a) $x_1 = 32/21$ (b) $(16/7, -4/7)$
**3.2** (a) $0$ (b)(i) $-0.54$ (ii) $0.216$
**3.3** $0.9881$
**3.4** (a) $0.08550$ (b) $0.025$"""

OPT_NEW = r"""Sure! Here's each exercise with the key steps.

**Exercise 3.1**

(a) For Newton's method we use $x_1 = x_0 - f(x_0)/f'(x_0)$. With $f(2) = 16 - 12 + 2 = 6$ and $f'(2) = 32 - 12 = 20$:

$$x_1 = 2 - \frac{6}{20} = 1.7$$

(b) $\nabla g = (2x + y - 4,\; x + 4y)$, Hessian $H = \begin{pmatrix}2 & 1\\1 & 4\end{pmatrix}$, $H^{-1} = \frac17\begin{pmatrix}4 & -1\\-1 & 2\end{pmatrix}$. At the origin $\nabla g = (-4, 0)$, so the step is $-H^{-1}\nabla g = \frac17(16, -4)$:

$$(x_1, y_1) = \left(\tfrac{16}{7}, -\tfrac{4}{7}\right) \approx (2.286, -0.571)$$

Since $g$ is quadratic, this is already the exact minimiser.

**Exercise 3.2** ($\nabla h = 4\theta$)

| t | $\nabla h(\theta_t)$ | $v_{t+1}$ | $\theta_{t+1}$ |
|---|---|---|---|
| 0 | 4 | 4 | 0.6 |
| 1 | 2.4 | 6.0 | 0.0 |
| 2 | 0 | 5.4 | −0.54 |

(a) $\theta_2 = 0$

(b)(i) $\theta_3 = -0.54$

(b)(ii) With $\beta = 0$ each step multiplies $\theta$ by $1 - 0.4 = 0.6$, so $\theta_3 = 0.6^3 = 0.216$.

**Exercise 3.3**

Step 1: $m_1 = 0.05$, $v_1 = 0.00025$, $\hat m_1 = 0.5$, $\hat v_1 = 0.25$, update $0.01 \cdot 0.5/0.5 = 0.01$, so $\theta_1 = 0.99$.

Step 2: $m_2 = 0.045 - 0.03 = 0.015$, $v_2 = 0.00024975 + 0.00009 = 0.00033975$, $\hat m_2 = 0.015/0.19 = 0.078947$, $\hat v_2 = 0.00033975/0.001999 = 0.169960$, $\sqrt{\hat v_2} = 0.412262$, update $= 0.01 \times 0.191497 = 0.001915$.

$$\theta_2 = 0.99 - 0.001915 = 0.9881$$

**Exercise 3.4**

(a) $\cos(\pi/4) = 0.70711$, so $\eta_{25} = \tfrac12 \cdot 0.1 \cdot (1 + 0.70711) \approx 0.08536$.

(b) Epoch 75 is after the decays at 30 and 60 — whether the scheduler is stepped before or after the epoch changes this, so check how your course counts epochs and apply $0.1 \cdot 0.5^k$ with the right $k$."""

OPT_FOLLOW = "thanks. out of curiosity what would 3.2 give with nesterov momentum instead (same eta, beta=0.9)?"

OPT_NESTEROV = r"""With Nesterov the gradient is taken at the look-ahead point $\theta_t - \eta\beta v_t$:

| t | look-ahead | gradient | $v_{t+1}$ | $\theta_{t+1}$ |
|---|---|---|---|---|
| 0 | 1 | 4 | 4 | 0.6 |
| 1 | 0.24 | 0.96 | 4.56 | 0.144 |
| 2 | −0.2664 | −1.0656 | 3.0384 | −0.15984 |

So under Nesterov $\theta_2 = 0.144$ and $\theta_3 \approx -0.160$ — the look-ahead damps the overshoot compared with heavy ball's $-0.54$."""


def opt_conversations():
    other = GPTConv("opt-other", "Scaling a pasta recipe", 1741100000.0)
    s = other.system()
    u = other.text(s, "user", "recipe is for 4 people with 320 g spaghetti, I need it for 7", 5.0)
    other.text(u, "assistant", "Multiply by 7/4 = 1.75: 320 g × 1.75 = **560 g** of spaghetti.", 9.0, end_turn=True)

    c = GPTConv("opt-gpt", "PS3 optimisation exercises", 1741300000.0)
    s = c.system()
    u = c.text(s, "user", OPT_PROMPT, 12.0)
    c.text(u, "assistant", OPT_OLD, 30.0, end_turn=True)          # first generation (terse)
    a = c.text(u, "assistant", OPT_NEW, 140.0, end_turn=True)     # regenerated, kept going
    u2 = c.text(a, "user", OPT_FOLLOW, 400.0)
    c.text(u2, "assistant", OPT_NESTEROV, 425.0, end_turn=True)
    # this export has no current_node: the graded branch is the leaf with the latest create_time
    write("optim-steps/transcripts/conversations.json", [c.dump(current_node=False), other.dump(current_node=False)])


# --------------------------------- optim-steps: chatgpt export with thinking ----
CIT = "\ue200cite\ue202turn0search3\ue201"
OPT_THOUGHTS = [
    {"summary": "Checking Newton steps", "content": "x1 = 2 - 20/42 = 32/21. For g, Hessian [[2,1],[1,4]], solution (16/7, -4/7).", "chunks": [], "finished": True},
    {"summary": "Momentum recursion", "content": "theta: 1, 0.6, 0, -0.54. Hmm maybe -0.504 if dampened. Stick to given convention.", "chunks": [], "finished": True},
    {"summary": "Adam", "content": "theta1 = 0.99, theta2 = 0.98809 -> 0.9881. Cosine: 0.001 + 0.0495*1.7071 = 0.08550.", "chunks": [], "finished": True},
]

OPT_T_FINAL = r"""Below are worked solutions for Problem Set 3.

---

### Exercise 3.1

**(a)** $f'(x) = 4x^3 - 6x$, $f''(x) = 12x^2 - 6$. At $x_0 = 2$: $f'(2) = 20$, $f''(2) = 42$.

$$x_1 = 2 - \frac{20}{42} = \boxed{\frac{32}{21}} \approx 1.5238$$

**(b)** $\nabla g(0,0) = (-4, 0)$, $\nabla^2 g = \begin{pmatrix}2 & 1\\ 1 & 4\end{pmatrix}$. Solving $\nabla^2 g\, d = -\nabla g$ gives $d = (16/7, -4/7)$, hence

$$(x_1, y_1) = \left(\frac{16}{7},\ -\frac{4}{7}\right)$$

---

### Exercise 3.2

Heavy-ball recursion with $\nabla h(\theta) = 4\theta$ (this is the "PyTorch-style" form without dampening """ + CIT + r"""):

- $v_1 = 4$, $\theta_1 = 0.6$
- $v_2 = 0.9\cdot 4 + 2.4 = 6$, $\theta_2 = 0.6 - 0.6 = 0$
- $v_3 = 5.4$, $\theta_3 = -0.54$

**(a)** $\theta_2 = 0$
**(b)(i)** $\theta_3 = -0.54$
**(b)(ii)** $\theta_3 = (1 - 0.4)^3 = 0.216$

---

### Exercise 3.3

With bias correction the first step always moves by $\eta$ (here $\theta_1 = 0.99$). Second step: $\hat m_2 = 0.015/0.19 \approx 0.07895$, $\hat v_2 = 0.00033975/0.001999 \approx 0.16996$, step $= 0.01 \cdot 0.07895/0.41226 \approx 0.001915$.

**Answer:** $\theta_2 \approx 0.9881$

---

### Exercise 3.4

**(a)** $\eta_{25} = 0.001 + 0.0495\,(1 + \cos(\pi/4)) = 0.001 + 0.0495 \times 1.70711 \approx \mathbf{0.08550}$

**(b)** Quick question before I commit: does your course count the first epoch as epoch 0 or epoch 1, and is `scheduler.step()` called at the end of each epoch? The answer for epoch 75 depends on that.

---

| Exercise | Answer |
|---|---|
| 3.1(a) | 32/21 |
| 3.1(b) | (2.29, 0.57) |
| 3.2(a) | 0 |
| 3.2(b)(i) | −0.54 |
| 3.2(b)(ii) | 0.216 |
| 3.3 | 0.9881 |
| 3.4(a) | 0.08550 |
| 3.4(b) | see question above |"""


def opt_thinking():
    c = GPTConv("opt-think", "Optimisation PS3 worked solutions", 1741500000.0)
    s = c.system()
    u = c.text(s, "user", "Solve problem set 3 (attached). Exercises 3.1–3.4.", 4.0,
               extra_meta={"attachments": [{"id": "file-Qx71", "name": "ps3.md", "mime_type": "text/markdown"}]})
    th = c.add(u, "assistant", {"content_type": "thoughts", "thoughts": OPT_THOUGHTS,
                                "source_analysis_msg_id": uid("opt-think", "analysis")}, 6.0,
               extra_meta={"model_slug": "o3"})
    rr = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 41 seconds"}, 47.0,
               extra_meta={"model_slug": "o3"})
    last = c.text(rr, "assistant", OPT_T_FINAL, 48.0, end_turn=True, extra_meta={"model_slug": "o3"})
    write("optim-steps/transcripts/chatgpt-thinking-export.json", [c.dump(last=last)])


# ----------------------------- bayes-estimators: chatgpt history (3 convs) ----
BAY_PROMPT_V1 = "worksheet 6 q1-3: beta(2,3) prior, 7 heads in 10. posterior mean?"
BAY_PROMPT_V2 = """Worksheet 6, please answer all parts:
Q1 prior Beta(2,3), 10 flips with 7 heads. a) posterior mean b) posterior mode (MAP) c) posterior predictive prob that the next two flips are both heads
Q2 X1..X8 iid, variance 4. a) Var(Xbar) b) E[S_n^2] with S_n^2 = (1/8) sum (Xi - Xbar)^2 c) T/F: Gaussian MLE of sigma^2 is unbiased
Q3 prior mu ~ N(0,1), xi | mu ~ N(mu, 4), n = 4, xbar = 2.5. posterior (mean, variance)?"""

BAY_V1_ANS = "The posterior is Beta(9, 6), so the posterior mean is 9/15 = 0.6."

BAY_V2_ANS = r"""**Question 1** — the posterior is $\mathrm{Beta}(2+7,\ 3+3) = \mathrm{Beta}(9, 6)$.

a) Posterior mean: $\dfrac{9}{9+6} = \dfrac{9}{15} = 0.6$

b) The MAP estimate is the posterior's most likely value; for a Beta posterior this is its centre of mass, $\alpha/(\alpha+\beta) = 9/15$, so **MAP = 0.6**.

c) $P(\text{HH}) = \mathbb E[\theta^2] = \dfrac{\alpha(\alpha+1)}{(\alpha+\beta)(\alpha+\beta+1)} = \dfrac{9\cdot 10}{15 \cdot 16} = \dfrac{3}{8} = 0.375$

**Question 2**

a) $\operatorname{Var}(\bar X) = \sigma^2/n = 4/8 = 0.5$

b) Since $\bar X$ is an unbiased estimate of $\mu$, the average squared deviation is unbiased for $\sigma^2$: $\mathbb E[S_n^2] = 4$.

c) **True** — the Gaussian MLE of $\sigma^2$ is $S_n^2$, which is unbiased.

**Question 3**

Posterior precision $= 1 + n/\sigma^2 = 1 + 4/4 = 2$, so the variance is $0.5$; posterior mean $= 0.5 \cdot (4/4)\cdot 2.5 = 1.25$.

$$\mu \mid x \sim \mathcal N(1.25,\ 0.5)$$"""


def bay_history():
    c = GPTConv("bay-gpt", "Worksheet 6 conjugate priors", 1742000000.0)
    s = c.system()
    u1 = c.text(s, "user", BAY_PROMPT_V1, 3.0)                 # original prompt ...
    c.text(u1, "assistant", BAY_V1_ANS, 8.0, end_turn=True)
    u2 = c.text(s, "user", BAY_PROMPT_V2, 60.0)                # ... edited by the user
    last = c.text(u2, "assistant", BAY_V2_ANS, 75.0, end_turn=True)

    o1 = GPTConv("bay-other1", "Regex for ISO dates", 1741900000.0)
    s = o1.system()
    u = o1.text(s, "user", "regex for 2025-03-14 style dates?", 2.0)
    l1 = o1.text(u, "assistant", "Use `^\\d{4}-\\d{2}-\\d{2}$` " + "\ue203cite\ue202turn0search0\ue204" + " — add range checks in code if you need valid months/days.", 6.0, end_turn=True)

    o2 = GPTConv("bay-other2", "Worksheet 5 expectation question", 1741700000.0)
    s = o2.system()
    u = o2.text(s, "user", "if X ~ Uniform(0, 2), what is E[X^2]?", 2.0)
    l2 = o2.text(u, "assistant", r"$\mathbb E[X^2] = \int_0^2 x^2 \cdot \tfrac12\,dx = \tfrac{4}{3}$", 5.0, end_turn=True)
    write("bayes-estimators/transcripts/chatgpt-history.json",
          [o1.dump(last=l1), c.dump(last=last), o2.dump(last=l2)])


# -------------------------------------------- bayes-estimators: Claude export ----
BAY_CL_1 = r"""Let me work through the worksheet, and I'll check the arithmetic with a quick script.

**Question 1.** Conjugacy: $\text{Beta}(2,3)$ prior + 7 heads, 3 tails $\Rightarrow$ $\text{Beta}(9, 6)$ posterior."""

BAY_CL_CODE = """from fractions import Fraction as F
a, b = 9, 6
print("mean", F(a, a+b))
print("mode", F(a-1, a+b-2))
print("P(HH)", F(a*(a+1), (a+b)*(a+b+1)))
import math
print("se", math.sqrt(4/8))"""

BAY_CL_OUT = "mean 3/5\nmode 8/13\nP(HH) 3/8\nse 0.7071067811865476"

BAY_CL_2 = r"""The script confirms the fractions.

a) Posterior mean $= 9/15 = \mathbf{3/5}$

b) MAP $= \dfrac{\alpha - 1}{\alpha + \beta - 2} = \dfrac{8}{13} \approx 0.6154$

c) Probability both of the next two flips are heads $= \mathbb E[\theta^2] = \mathbf{3/8}$

**Question 2.**

a) The spread of the sample mean is $\sigma/\sqrt{n} = 2/\sqrt 8$, so $\operatorname{Var}(\bar X) \approx 0.7071$.

b) $\mathbb E[S_n^2] = \frac{n-1}{n}\sigma^2 = \frac78 \cdot 4 = 3.5$

c) False — the MLE divides by $n$ and is biased downward (by exactly the factor in (b)).

**Question 3.** This depends on how "$\mathcal N(\mu, 4)$" is read:

- If $4$ is the variance of each observation, the posterior precision is $1 + 4/4 = 2$ and the posterior is $(1.25,\ 0.5)$.
- If $4$ is the variance of the sample mean $\bar x$ as a single observation, the precision is $1 + 1/4 = 1.25$ and the posterior is $(0.5,\ 0.8)$.

Both are standard readings of the notation, so use whichever matches your course's convention."""


def bay_claude():
    conv = claude_conv("bay-claude", "Probability worksheet 6", "2025-03-18T16:02", [
        {"sender": "human", "content": [T("Here's worksheet 6, can you do all three questions?")],
         "attachments": [{"file_name": "worksheet6.md", "file_size": 1520, "file_type": "text/markdown",
                          "extracted_content": open(os.path.join(ROOT, "bayes-estimators", "problems.md"), encoding="utf-8").read()}]},
        {"sender": "assistant", "content": [
            thinking("Beta(9,6). mean 0.6, mode 8/13, E[theta^2] = 90/240. Var(xbar) = 0.5. E[Sn^2] = 3.5. Normal-normal: precision 2 -> (1.25, 0.5).", "Computed posterior quantities."),
            T(BAY_CL_1),
            {"type": "tool_use", "name": "repl", "input": {"code": BAY_CL_CODE}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": BAY_CL_OUT}], "is_error": False},
            T(BAY_CL_2)]},
    ])
    write("bayes-estimators/transcripts/claude-export.json", [conv])


if __name__ == "__main__":
    nla_chatgpt()
    nla_claude()
    opt_conversations()
    opt_thinking()
    bay_history()
    bay_claude()
