"""Exports for rnn-backprop-exercises:
  * conversations.json - ChatGPT export WITHOUT current_node; the graded branch is the leaf
    with the latest create_time (a regenerated first answer), the older branch continues
    with a follow-up;
  * claude-export.json - a single Claude conversation with an attachment, analysis-tool
    tool_use / tool_result blocks."""
from pathlib import Path

from export_lib import (GPTConversation, ClaudeConversation, simple_gpt, claude_text,
                        claude_thinking, claude_tool_use, claude_tool_result, attachment,
                        write_json)

SHEET_TEXT = """Exercise 4.1 (LSTM bookkeeping, 4 points)
Consider the PyTorch module
lstm = nn.LSTM(input_size=32, hidden_size=64, num_layers=1)
with all other arguments left at their defaults.
(a) How many trainable parameters does lstm have?
(b) A tensor x of shape (10, 8, 32) — sequence length 10, batch size 8 — is passed through the module: out, (h, c) = lstm(x). What is the shape of out?

Exercise 4.2 (Backpropagation by hand, 6 points)
Let f(x, y, z) = (xy + z)(y − z) and introduce the intermediate variables u = xy + z and v = y − z, so that f = uv.
(a) At the point (x, y, z) = (3, −2, 1):
(i) compute the forward value of f;
(ii) compute the gradient ∇f = (∂f/∂x, ∂f/∂y, ∂f/∂z) by backpropagating through the graph.
(b) Let t = tanh(z). Express dt/dz in terms of t only.
(c) A softmax classifier with logits z ∈ R^K predicts p = softmax(z) and is trained with the cross-entropy loss L = −Σ_k y_k log p_k, where y is a one-hot label vector. Express ∂L/∂z_j in terms of p_j and y_j.

Exercise 4.3 (Gradient descent and momentum, 4 points)
Minimise L(w) = (w1 − 3)^2 + 2(w2 + 1)^2 starting from w(0) = (0, 0) with learning rate η = 0.1.
(a) Plain gradient descent, w(k+1) = w(k) − η∇L(w(k)). Give w(2).
(b) Heavy-ball momentum with β = 0.9 and v(0) = 0: v(k+1) = βv(k) + ∇L(w(k)), w(k+1) = w(k) − ηv(k+1). Give w(2)."""

# ----------------------------------------------------------------------------- ChatGPT
FIRST_ANSWER = r"""**Exercise 4.1**

(a) Four gates, each with $W_{ih}\in\mathbb{R}^{64\times 32}$, $W_{hh}\in\mathbb{R}^{64\times 64}$ and two biases $b_{ih}, b_{hh}\in\mathbb{R}^{64}$:

$$4\,(2048 + 4096 + 64 + 64) = 25{,}088$$

(b) `out` has shape $(10, 8, 64)$.

**Exercise 4.2**

(a)(i) $u = -5$, $v = -3$, $f = 15$.

(a)(ii) $\nabla f = (6,\,-14,\,2)$.

(b) $\frac{dt}{dz} = 1 - t^2$.

(c) $\frac{\partial L}{\partial z_j} = p_j - y_j$.

**Exercise 4.3**

(a) $w^{(2)} = (1.08,\,-0.64)$

(b) $w^{(2)} = (1.62,\,-1.0)$"""

FOLLOWUP_Q_OLD = "can you double check 4.1(b)? my friend says batch comes first"
FOLLOWUP_A_OLD = r"""Only if the LSTM is created with `batch_first=True`. The sheet leaves everything at the defaults, and PyTorch's default is `batch_first=False`, so `out` is $(\text{seq\_len}, \text{batch}, \text{hidden}) = (10, 8, 64)$."""

REGEN_ANSWER = r"""Here's a worked solution for each exercise.

---

## Exercise 4.1

**(a)** Each of the four gates has input weights $W_{ih}$ ($64 \times 32$), recurrent weights $W_{hh}$ ($64 \times 64$) and PyTorch's two bias vectors $b_{ih}, b_{hh}$ (64 each):

$$
4 \times (64\cdot 32 + 64\cdot 64 + 64 + 64) = 4 \times 6272 = \mathbf{25{,}088}
$$

**(b)** `out` stacks the hidden state of every sequence in the batch at every time step, so its shape is **(8, 10, 64)** — batch of 8, 10 time steps, hidden size 64.

---

## Exercise 4.2

**(a)(i)** $u = xy + z = -6 + 1 = -5$, $v = y - z = -3$, so

$$
f = uv = 15
$$

**(a)(ii)** Backprop: $\frac{\partial f}{\partial u} = v = -3$, $\frac{\partial f}{\partial v} = u = -5$.

- $\frac{\partial f}{\partial x} = \frac{\partial f}{\partial u}\cdot y = (-3)(-2) = 6$
- $\frac{\partial f}{\partial y} = \frac{\partial f}{\partial u}\cdot x + \frac{\partial f}{\partial v}\cdot 1 = -9 - 5 = -14$
- $\frac{\partial f}{\partial z} = \frac{\partial f}{\partial u}\cdot 1 + \frac{\partial f}{\partial v}\cdot(-1) = 3 - 5 = -2$

$$
\nabla f = (6,\ -14,\ -2)
$$

**(b)** $\dfrac{dt}{dz} = \operatorname{sech}^2 z = 1 - \tanh^2 z = 1 - t^2$.

**(c)** Using $\frac{\partial p_k}{\partial z_j} = p_k(\delta_{kj} - p_j)$:

$$
\frac{\partial L}{\partial z_j} = -\sum_k \frac{y_k}{p_k}\,p_k(\delta_{kj} - p_j) = -y_j + p_j\sum_k y_k = p_j - y_j
$$

---

## Exercise 4.3

$\nabla L(w) = \big(2(w_1 - 3),\ 4(w_2 + 1)\big)$, so $\nabla L(0,0) = (-6, 4)$.

**(a)** $w^{(1)} = (0.6, -0.4)$, $\nabla L(w^{(1)}) = (-4.8, 2.4)$, and

$$
w^{(2)} = (0.6, -0.4) - 0.1\,(-4.8, 2.4) = (1.08,\ -0.64)
$$

**(b)** Before I grind through this one: lecture notes differ on whether the learning rate is folded into the velocity ($v \leftarrow \beta v - \eta\nabla L$, $w \leftarrow w + v$) or applied afterwards as on the sheet. Which form did your lecture use? The two can differ once you change $\eta$ between steps, so I want to match your course's convention before giving $w^{(2)}$."""


def chatgpt_export(out):
    t0 = 1736935200.0
    conv = GPTConversation("rnn-gpt", "DL sheet 4 LSTM backprop momentum", t0, model="gpt-4o")
    conv.system(t0)
    u1 = conv.user("solve exercise sheet 4 please\n\n" + SHEET_TEXT, t0 + 5.0)
    conv.assistant(FIRST_ANSWER, t0 + 30.0, parent=u1)
    conv.user(FOLLOWUP_Q_OLD, t0 + 90.0)
    conv.assistant(FOLLOWUP_A_OLD, t0 + 100.0)
    # later, the user went back and regenerated the first answer: newest leaf
    conv.assistant(REGEN_ANSWER, t0 + 200.0, parent=u1)

    other = simple_gpt("rnn-gpt-cuda", "CUDA out of memory fix", t0 - 7200, [
        ("user", "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB — batch size is 64"),
        ("assistant", "The quickest fixes: lower the batch size (try 32 or 16), wrap evaluation in "
                      "`torch.no_grad()`, and use mixed precision with `torch.autocast`. If you need "
                      "the effective batch of 64, accumulate gradients over several smaller batches."),
    ])
    data = [conv.to_json(current_node=None), other]
    write_json(out / "conversations.json", data, indent=2)


# ----------------------------------------------------------------------------- Claude
JS_CODE = """const I = 32, H = 64;
console.log("lstm params", 4 * (H * I + H * H + 2 * H));

const grad = w => [2 * (w[0] - 3), 4 * (w[1] + 1)];
let w = [0, 0];
for (let k = 0; k < 2; k++) { const g = grad(w); w = [w[0] - 0.1 * g[0], w[1] - 0.1 * g[1]]; }
console.log("gd", JSON.stringify(w));

let wm = [0, 0], v = [0, 0];
for (let k = 0; k < 2; k++) { const g = grad(wm); v = [0.9 * v[0] + g[0], 0.9 * v[1] + g[1]]; wm = [wm[0] - 0.1 * v[0], wm[1] - 0.1 * v[1]]; }
console.log("momentum", JSON.stringify(wm));

let we = [0, 0], ve = [0, 0];
for (let k = 0; k < 2; k++) { const g = grad(we); ve = [0.9 * ve[0] + 0.1 * g[0], 0.9 * ve[1] + 0.1 * g[1]]; we = [we[0] - 0.1 * ve[0], we[1] - 0.1 * ve[1]]; }
console.log("momentum (ema)", JSON.stringify(we));

const x = 3, y = -2, z = 1, u = x * y + z, vv = y - z;
console.log("f", u * vv, "grad", JSON.stringify([vv * y, vv * x + u, vv - u]));"""

JS_OUTPUT = """lstm params 25088
gd [1.08,-0.64]
momentum [1.62,-1]
momentum (ema) [0.1728,-0.11440000000000002]
f 15 grad [6,-14,2]"""

CLAUDE_INTRO = "I'll work through the sheet by hand and check the arithmetic with a quick script."

CLAUDE_THINK = """Sheet 4: LSTM count, output shape, backprop on f = uv, tanh derivative, GD and momentum. PyTorch LSTM has b_ih and b_hh. Let me verify the numbers with the analysis tool. For momentum there are two conventions, compute both."""

CLAUDE_ANSWER = r"""## Exercise 4.1

**(a)** PyTorch's LSTM keeps two bias vectors per gate, so the count is

$$4\big(H\cdot I + H\cdot H + 2H\big) = 4(2048 + 4096 + 128) = 25{,}088$$

which matches the script.

## Exercise 4.2

**(a)(i)** With $u = xy + z = -5$ and $v = y - z = -3$, the forward value is $f = uv = 15$.

**(a)(ii)** The local gradients are $\partial f/\partial u = v = -3$ and $\partial f/\partial v = u = -5$. Chaining through $u$ and $v$:

$$\frac{\partial f}{\partial x} = v\,y = 6,\qquad \frac{\partial f}{\partial y} = v\,x + u = -14,\qquad \frac{\partial f}{\partial z} = v - u = 2$$

so $\nabla f(3,-2,1) = (6, -14, 2)$.

**(b)** Differentiating $t = \tanh z$:

$$\frac{dt}{dz} = (1 - t)(1 + t)$$

**(c)** The softmax derivative is $\partial p_j/\partial z_j = p_j(1 - p_j)$, and for the true class the cross-entropy passes this straight through, so

$$\frac{\partial L}{\partial z_j} = p_j(1 - p_j)$$

## Exercise 4.3

$\nabla L(w) = (2(w_1 - 3),\ 4(w_2 + 1))$ and $\nabla L(0, 0) = (-6, 4)$.

**(a)** Two steps of size $\eta = 0.1$ along $(6, -4)$ give $w^{(2)} = (1.2, -0.8)$. Wait — that reuses the gradient at $w^{(0)}$ for the second step. The first step lands at $w^{(1)} = (0.6, -0.4)$, where $\nabla L = (-4.8, 2.4)$, so

$$w^{(2)} = (1.08,\ -0.64)$$

which is what the script prints.

**(b)** Depending on the momentum convention, $w^{(2)}$ is either $(1.62, -1.0)$ (velocity accumulates raw gradients) or $(0.173, -0.114)$ (exponential-moving-average velocity, $v \leftarrow \beta v + (1-\beta)\nabla L$). Both appear in textbooks."""


def claude_export(out):
    t0 = 1737021600.0
    key = "rnn-claude"
    hw = ClaudeConversation(key, "Exercise sheet 4 solutions", t0)
    tex = (Path(__file__).resolve().parent.parent / "rnn-backprop-exercises" / "problems.tex").read_text(encoding="utf-8")
    hw.human("Here's exercise sheet 4 (tex source attached). Can you solve all of it and check "
             "the numbers with code?", t0 + 2,
             attachments=[attachment("sheet4.tex", "text/x-tex", tex)])
    t = t0 + 5
    blocks = [
        claude_thinking(CLAUDE_THINK, t, "Planning the solution and a numeric check"),
        claude_text(CLAUDE_INTRO, t + 9.5),
        claude_tool_use("repl", JS_CODE, t + 13.0, key),
        claude_tool_result("repl", JS_OUTPUT, t + 14.5, key),
        claude_text(CLAUDE_ANSWER, t + 16.0),
    ]
    hw.assistant(blocks, t)
    hw.human("thank you!", t0 + 500)
    hw.assistant([claude_text("You're welcome — good luck with the hand-in!", t0 + 503)], t0 + 502)
    write_json(out / "claude-export.json", [hw.to_json()], indent=1)


def build(root):
    out = root / "rnn-backprop-exercises" / "transcripts"
    chatgpt_export(out)
    claude_export(out)
