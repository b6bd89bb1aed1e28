#!/usr/bin/env python3
"""Writes the four data-export transcripts of the final28 corpus.

Deterministic: fixed ids and timestamps, sorted nothing, fixed json.dumps options, so
re-running gives byte-identical files.

  dl-backprop/transcripts/chatgpt-export-regenerated.json   ChatGPT conversations.json, 2 conversations,
                                                             regenerated branch, thoughts/reasoning_recap,
                                                             python tool call + execution_output, current_node
  dl-backprop/transcripts/claude-export.json                 Claude export, 2 conversations, thinking,
                                                             tool_use/tool_result, attachment
  prob-info/transcripts/chatgpt-export-no-current-node.json  ChatGPT export WITHOUT current_node,
                                                             2 conversations, regenerated branch,
                                                             citation markers (U+E200..U+E202)
  linalg-numerics/transcripts/chatgpt-export-followup.json   ChatGPT export, current_node, python tool,
                                                             citation marker before a code fence, later
                                                             turn that corrects an answer
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, title, conv_id, t0):
        self.title, self.id, self.t = title, conv_id, t0
        self.mapping = {}
        self.n = 0
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def nid(self):
        self.n += 1
        return f"{self.id[:8]}-{self.n:04d}-4c1e-9a2b-{self.n * 7919:012d}"

    def add(self, parent, role, content, *, dt=5.0, recipient="all", name=None, metadata=None,
            hidden=False, end_turn=None):
        i = self.nid()
        self.t += dt
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": i,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[i] = {"id": i, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(i)
        return i

    def text(self, parent, role, s, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, **kw)

    def dump(self, current_node=None, create_time=None):
        d = {
            "title": self.title,
            "create_time": create_time,
            "update_time": round(self.t, 3),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if current_node is not None:
            d["current_node"] = current_node
        d.update({
            "plugin_ids": None,
            "conversation_id": self.id,
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "gpt-4o",
            "id": self.id,
        })
        return d


def write(rel, data, ensure_ascii):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, ensure_ascii=ensure_ascii, indent=2))
        f.write("\n")


HW3_PROMPT = """Can you help with my deep learning HW? Full problem set below.

Question 1 (8 points) Backprop through a tiny MLP.
z = W1 x + b1, h = ReLU(z), y_hat = w2^T h + b2, L = 1/2 (y_hat - y)^2
x = (1, -2), W1 = [[2, 1], [-1, 3]], b1 = (1, 0), w2 = (3, -1), b2 = 0.5, y = 2. Use ReLU'(0) = 0.
(a) Compute the hidden activation h.
(b) Compute the gradient dL/dW1 (2x2 matrix, entry (i,j) is dL/d(W1)_ij).

Question 2 (6 points) Softmax and cross-entropy. Logits z = (2, 1, 0), true label is the first class.
(a) Compute the softmax probabilities (three decimals each).
(b) Compute the cross-entropy loss -log p_y using the natural logarithm.

Question 3 (12 points)
(a) Minimise f(theta) = theta^2 with SGD with momentum, theta_0 = 2, v_0 = 0, lr 0.1, momentum 0.9, update v_{t+1} = mu v_t + grad f(theta_t), theta_{t+1} = theta_t - lr * v_{t+1}. What is theta_2?
(b) How many learnable parameters does conv = nn.Conv2d(3, 16, kernel_size=5, stride=1, padding=2) have?
(c) A single 3x32x32 image goes through conv, then ReLU, then nn.MaxPool2d(2). Shape as CxHxW?
(d) Which layer has the most learnable parameters?
(A) nn.Conv2d(3, 16, kernel_size=5) (B) nn.Linear(64, 20) (C) nn.Conv2d(16, 16, kernel_size=3, bias=False) (D) nn.Embedding(100, 12) (E) nn.BatchNorm2d(16)"""


def chatgpt_hw3():
    other = Conv("Weeknight pasta ideas", "66f1a0c2-1d3e-8003-a1b2-0c9d8e7f6a51", 1728000000.0)
    s = other.text(other.root, "system", "", hidden=True)
    u = other.text(s, "user", "Give me a quick pasta recipe with spinach and feta, 2 servings.")
    a = other.text(u, "assistant", "**Spinach & feta pasta (2 servings, ~20 min)**\n\n1. Boil 200 g penne.\n2. Saute 2 garlic cloves in olive oil, add 150 g spinach until wilted.\n3. Toss with pasta, 100 g crumbled feta, lemon zest and black pepper.\n\nEnjoy!", end_turn=True)
    conv_other = other.dump(current_node=a, create_time=1728000000.0)

    c = Conv("Backprop and CNN homework", "670f3b9e-7c44-8003-b6d1-2e5f9a0c4d17", 1729021440.0)
    s = c.text(c.root, "system", "", hidden=True)
    u1 = c.text(s, "user", HW3_PROMPT, dt=2.0)

    # --- first generation (NOT graded: the user regenerated it)
    a1 = c.text(u1, "assistant", """## Question 1

**(a)** z = W1 x + b1 = (2 - 2 + 1, -1 - 6 + 0) = (1, -7), so **h = ReLU(z) = (1, 0)**.

**(b)** Forward: y_hat = 3(1) - 1(0) + 0.5 = 3.5, so dL/dy_hat = 1.5. Then dL/dh = 1.5 w2 = (4.5, -1.5) and dL/dz = (4.5, 0).

$$\\frac{\\partial L}{\\partial W_1} = x\\,\\delta^\\top = \\begin{bmatrix} 4.5 & 0 \\\\ -9 & 0 \\end{bmatrix}$$

## Question 2

**(a)** p = (0.665, 0.245, 0.090)

**(b)** L = -ln 0.665 = **0.408**

## Question 3

**(a)** theta_1 = 1.6, theta_2 = **0.92**

**(b)** 16*3*5*5 + 16 = **1216**

**(c)** **16 x 16 x 16**

**(d)** **(C)**""", dt=14.0, end_turn=True)

    # --- second generation (graded): thinking, a python call, then the answer
    t = c.add(u1, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Computing the forward pass", "content": "z = (1, -7), h = (1, 0), y_hat = 3.5, loss 1.125. Gradient wrt W1 is delta x^T, delta = (4.5, 0)."},
        {"summary": "Checking softmax numerically", "content": "I'll use python for the softmax and the loss. Conv params: 16*3*25 = 1200, maybe I should double-check bias."}],
        "source_analysis_msg_id": None}, dt=40.0, metadata={"reasoning_status": "is_reasoning"})
    r = c.add(t, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"},
              dt=9.0, metadata={"reasoning_status": "reasoning_ended"})
    code = c.add(r, "assistant", {"content_type": "code", "language": "unknown",
                                  "response_format_name": None,
                                  "text": "import numpy as np\nz = np.array([2., 1., 0.])\np = np.exp(z) / np.exp(z).sum()\nprint(p.round(4), -np.log(p[0]))\ntheta, v = 2.0, 0.0\nfor _ in range(2):\n    v = 0.9*v + 2*theta\n    theta -= 0.1*v\nprint(theta)"},
                 dt=3.0, recipient="python")
    tool = c.add(code, "tool", {"content_type": "execution_output",
                                "text": "[0.6652 0.2447 0.09  ] 0.4076059644443803\n0.9199999999999999"},
                 dt=1.5, name="python",
                 metadata={"aggregate_result": {"status": "success", "run_id": "8f2d1c34-aa10-4e5b-9b77-0d3c6e1a2f90",
                                                "code": "", "messages": [], "final_expression_output": None}})
    a2 = c.text(tool, "assistant", """Here are the full solutions.

## Question 1 — Tiny MLP

### (a)
$$z = W_1x + b_1 = \\begin{bmatrix}2-2\\\\-1-6\\end{bmatrix} + \\begin{bmatrix}1\\\\0\\end{bmatrix} = \\begin{bmatrix}1\\\\-7\\end{bmatrix}, \\qquad h = \\mathrm{ReLU}(z) = \\begin{bmatrix}1\\\\0\\end{bmatrix}$$

### (b)
Forward: $\\hat y = 3\\cdot 1 - 1\\cdot 0 + 0.5 = 3.5$ and $L = \\tfrac12(1.5)^2 = 1.125$.

Backward: $\\delta = \\partial L/\\partial z = (\\hat y - y)\\, w_2 \\odot \\mathrm{ReLU}'(z) = 1.5\\,(3, -1) \\odot (1, 0) = (4.5, 0)$.

Since $z = W_1 x + b_1$, the gradient is $\\delta x^\\top$ (row $i$ = $\\delta_i$ times $x^\\top$):

$$\\frac{\\partial L}{\\partial W_1} = \\begin{bmatrix} 4.5 \\\\ 0 \\end{bmatrix}\\begin{bmatrix} 1 & -2 \\end{bmatrix} = \\boxed{\\begin{bmatrix} 4.5 & -9 \\\\ 0 & 0 \\end{bmatrix}}$$

## Question 2 — Softmax and cross-entropy

### (a)
From the computation above:

$$p \\approx (0.665,\\ 0.245,\\ 0.090)$$

### (b)
$$L_{CE} = -\\ln p_1 = -\\ln 0.6652 \\approx \\boxed{0.408}$$

## Question 3

### (a)
$v_1 = 4,\\ \\theta_1 = 1.6$; $v_2 = 0.9\\cdot 4 + 3.2 = 6.8,\\ \\theta_2 = 1.6 - 0.68$.

$$\\theta_2 = 0.92$$

### (b)
The kernel has $16 \\times 3 \\times 5 \\times 5$ entries, so the layer has **1200** learnable parameters.

### (c)
Padding 2 with a 5×5 kernel keeps 32×32, the pool halves it: **16 × 16 × 16**.

### (d)
(A) 1216, (B) 1300, (C) 2304, (D) 1200, (E) 32 → **C** has the most.""", dt=6.0, end_turn=True)

    u2 = c.text(a2, "user", "my friend got [[4.5, 0], [-9, 0]] for 1b, is that the same?", dt=300.0)
    a3 = c.text(u2, "assistant", """Not quite — that's the transpose. With the convention in the problem (entry (i, j) is ∂L/∂(W₁)ᵢⱼ), row i belongs to hidden unit i. Hidden unit 2 is inactive (z₂ = −7 < 0), so its whole row must be zero:

∂L/∂W₁ = [[4.5, −9], [0, 0]]

Your friend's matrix has a zero *column* instead, which is what you get from x δᵀ.""", dt=8.0, end_turn=True)

    conv_main = c.dump(current_node=a3, create_time=1729021440.0)
    write("dl-backprop/transcripts/chatgpt-export-regenerated.json", [conv_main, conv_other], ensure_ascii=False)


# ---------------------------------------------------------------- Claude export
def claude_hw3():
    hw = open(os.path.join(ROOT, "dl-backprop", "problems.tex"), encoding="utf-8").read()

    def msg(uuid, sender, ts, blocks, attachments=(), text=None):
        if text is None:
            text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        return {"uuid": uuid, "text": text, "content": list(blocks), "sender": sender,
                "created_at": ts, "updated_at": ts, "attachments": list(attachments), "files": []}

    def tb(s, ts0, ts1):
        return {"start_timestamp": ts0, "stop_timestamp": ts1, "type": "text", "text": s, "citations": []}

    other = {
        "uuid": "5b1f0e2a-3c4d-4e6f-8a9b-1c2d3e4f5a6b",
        "name": "Cover letter edits",
        "created_at": "2025-10-12T18:02:11.104533Z",
        "updated_at": "2025-10-12T18:05:40.220981Z",
        "account": {"uuid": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a"},
        "chat_messages": [
            msg("7e1a9c0b-0001-4d2e-9f3a-5b6c7d8e9f01", "human", "2025-10-12T18:02:11.104533Z",
                [tb("Can you make this sentence sound less stiff: 'I am writing to express my interest in the position.'",
                    "2025-10-12T18:02:11.104533Z", "2025-10-12T18:02:11.104533Z")]),
            msg("7e1a9c0b-0002-4d2e-9f3a-5b6c7d8e9f02", "assistant", "2025-10-12T18:02:19.551002Z",
                [tb("Try: \"I'd love to bring my experience in data analysis to the team at Northwind.\"",
                    "2025-10-12T18:02:15.001000Z", "2025-10-12T18:02:19.551002Z")]),
        ],
    }

    th1 = {"start_timestamp": "2025-10-16T20:14:05.310000Z", "stop_timestamp": "2025-10-16T20:14:31.902000Z",
           "type": "thinking",
           "thinking": "The user attached hw3.tex. Q1: z = (1,-7), h = (1,0). yhat = 3.5, dL/dyhat = 1.5, delta = (4.5, 0), grad = delta x^T = [[4.5,-9],[0,0]]. Q2 softmax ~ (0.665, 0.245, 0.090); I'll run it in the analysis tool. Q3a momentum: maybe 1.28? no, momentum adds 0.9*4. Q3d: count each option.",
           "summaries": [{"summary": "Working through the forward and backward pass."},
                         {"summary": "Planning to verify softmax numerically."}],
           "cut_off": False}
    tu = {"start_timestamp": "2025-10-16T20:14:32.100000Z", "stop_timestamp": "2025-10-16T20:14:33.000000Z",
          "type": "tool_use", "name": "repl",
          "input": {"code": "const z = [2, 1, 0];\nconst e = z.map(Math.exp);\nconst s = e.reduce((a, b) => a + b);\nconst p = e.map(v => v / s);\nconsole.log(p.map(v => v.toFixed(4)));\nconsole.log(-Math.log10(p[0]));"},
          "message": "Computing softmax and loss", "integration_name": None, "integration_icon_url": None,
          "context": None, "display_content": None}
    tr = {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
          "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"[\\\"0.6652\\\",\\\"0.2447\\\",\\\"0.0900\\\"]\",\"0.17704093370383585\"]}", "uuid": "c0ffee00-1111-4222-8333-944455556666"}],
          "is_error": False, "message": None, "display_content": None}

    answer = """I'll go through the attached problem set question by question.

## Question 1 — Tiny MLP

**(a)** Pre-activation: z = W₁x + b₁ = (2·1 + 1·(−2) + 1, −1·1 + 3·(−2) + 0) = (1, −7).

ReLU gives **h = (1, 0)**.

**(b)** Forward pass: ŷ = 3·1 + (−1)·0 + 0.5 = 3.5, so ∂L/∂ŷ = ŷ − y = 1.5.

Backward: ∂L/∂h = 1.5·w₂ = (4.5, −1.5); the ReLU mask (1, 0) gives δ = ∂L/∂z = (4.5, 0). Then ∂L/∂W₁ = δ xᵀ:

$$\\frac{\\partial L}{\\partial W_1} = \\begin{pmatrix} 4.5 & -9 \\\\ 0 & 0 \\end{pmatrix}$$

## Question 2 — Softmax and cross-entropy

**(a)** p = softmax(2, 1, 0) = **(0.665, 0.245, 0.090)**

**(b)** The cross-entropy is the negative log-probability of the true class:

L = −log(0.6652) ≈ **0.177**

## Question 3

**(a)** ∇f(θ) = 2θ, so g₀ = 4: v₁ = 4 and θ₁ = 2 − 0.4 = 1.6. Second step: v₂ = 0.9·4 + 4 = 7.6, so θ₂ = 1.6 − 0.76 = **0.84**.

**(b)** Weights 16·3·5·5 = 1200 plus 16 biases (PyTorch adds a bias by default): **1216**.

**(c)** The conv keeps 32×32 because of padding 2 ((32 + 4 − 5) + 1 = 32), giving 16×32×32; max-pooling with a 2×2 window and stride 2 halves it: **16 × 16 × 16**.

**(d)** Counting parameters:
- (A) 1216
- (B) 64·20 + 20 = 1300
- (C) 16·16·3 = 768 (no bias)
- (D) 1200
- (E) 32

The largest is **(B)** nn.Linear(64, 20)."""
    a_blocks = [th1, tu, tr, tb(answer, "2025-10-16T20:14:34.000000Z", "2025-10-16T20:14:58.770000Z")]

    main = {
        "uuid": "a3c9e1f0-5d2b-4b7a-9e8c-6f1d2c3b4a59",
        "name": "HW3 deep learning solutions",
        "created_at": "2025-10-16T20:13:50.882140Z",
        "updated_at": "2025-10-16T20:16:02.118004Z",
        "account": {"uuid": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a"},
        "chat_messages": [
            msg("4f0e2d1c-0001-4a9b-8c7d-1e2f3a4b5c01", "human", "2025-10-16T20:13:50.882140Z",
                [tb("Please solve every question in the attached problem set. Show the key steps.",
                    "2025-10-16T20:13:50.882140Z", "2025-10-16T20:13:50.882140Z")],
                attachments=[{"file_name": "hw3.tex", "file_size": len(hw.encode("utf-8")),
                              "file_type": "text/x-tex", "extracted_content": hw}]),
            msg("4f0e2d1c-0002-4a9b-8c7d-1e2f3a4b5c02", "assistant", "2025-10-16T20:14:58.770000Z",
                a_blocks),
            msg("4f0e2d1c-0003-4a9b-8c7d-1e2f3a4b5c03", "human", "2025-10-16T20:15:40.000000Z",
                [tb("great, thank you!", "2025-10-16T20:15:40.000000Z", "2025-10-16T20:15:40.000000Z")]),
            msg("4f0e2d1c-0004-4a9b-8c7d-1e2f3a4b5c04", "assistant", "2025-10-16T20:16:02.118004Z",
                [tb("You're welcome — good luck with the submission! If your course uses a different convention for the gradient layout in 1(b), just transpose the matrix accordingly.",
                    "2025-10-16T20:15:58.000000Z", "2025-10-16T20:16:02.118004Z")]),
        ],
    }
    write("dl-backprop/transcripts/claude-export.json", [other, main], ensure_ascii=False)


# ---------------------------------------------------------------- ChatGPT export without current_node
W4_PROMPT = """Week 4 exercises, round to three decimals unless stated. Logs base 2 in 4.2 and 4.3.

Exercise 4.1 A disease has prevalence 2%. Test sensitivity 95%, specificity 90%.
a) P(test positive)?
b) P(disease | positive)?
c) Second independent positive test (conditionally independent given status). P(disease) now?

Exercise 4.2 Source with p = (1/2, 1/4, 1/8, 1/8) over A, B, C, D.
a) H(p) in bits
b) q uniform. D(p || q) in bits
c) True or false: a binary Huffman code for p has expected length exactly H(p).

Exercise 4.3 Node with 8 positive, 8 negative. Split on windy: left 6+/2-, right 2+/6-. Information gain in bits?

Exercise 4.4 Sample 2, 4, 4, 4, 5, 5, 7, 9. Unbiased sample variance s^2 (divide by n-1). Exact fraction or three decimals."""


def chatgpt_w4():
    E0, E1, E2 = "\ue200", "\ue201", "\ue202"
    other = Conv("Regex for email validation", "6702c4d1-0a9e-8003-8e21-3b4c5d6e7f80", 1728300000.0)
    u = other.text(other.root, "user", "simple regex to check an email address in JS?")
    a = other.text(u, "assistant", "A pragmatic one:\n\n```js\nconst ok = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(email);\n```\n\nIt won't catch every invalid address, but it's what most forms use.", end_turn=True)
    conv_other = other.dump(current_node=a, create_time=1728300000.0)

    c = Conv("Week 4 stats exercises", "6706e8a3-52f1-8003-9c0d-7a8b9c0d1e2f", 1728672000.0)
    u1 = c.text(c.root, "user", W4_PROMPT, dt=1.0)

    older = c.text(u1, "assistant", """**4.1** (a) P(+) = 0.02·0.95 + 0.98·0.10 = **0.117**
(b) P(D|+) = 0.019/0.117 = **0.162**
(c) P(D|++) = 0.01805/(0.01805 + 0.0098) = **0.648**

**4.2** (a) H = **1.75 bits** (b) D(p‖q) = 2 − 1.75 = **0.25 bits** (c) **True** — p is dyadic.

**4.3** IG = 1 − 0.811 = **0.189 bits**

**4.4** s² = 32/7 ≈ **4.571**""", dt=11.0, end_turn=True)

    t = c.add(u1, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Working through Bayes", "content": "P(+) = 0.019 + 0.098 = 0.117. Posterior 0.019/0.117 = 0.1624. Second test: 0.02*0.9025 vs 0.98*0.01."},
        {"summary": "Entropy and tree split", "content": "H = 1.75. For the split each child has entropy H(0.75) = 0.811."}],
        "source_analysis_msg_id": None}, dt=95.0, metadata={"reasoning_status": "is_reasoning"})
    r = c.add(t, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"},
              dt=14.0, metadata={"reasoning_status": "reasoning_ended"})
    newer = c.text(r, "assistant", f"""Here's a worked solution for each exercise.

### Exercise 4.1

**a)** By the law of total probability,
$$P(+) = 0.02 \\times 0.95 + 0.98 \\times 0.10 = 0.019 + 0.098 = 0.117$$

**b)** Bayes' rule:
$$P(D \\mid +) = \\frac{{0.019}}{{0.117}} \\approx 0.162$$

**c)** Conditionally independent tests multiply the likelihoods:
$$P(D \\mid +,+) = \\frac{{0.02 \\cdot 0.95^2}}{{0.02 \\cdot 0.95^2 + 0.98 \\cdot 0.10^2}} = \\frac{{0.01805}}{{0.02785}} \\approx 0.648$$

### Exercise 4.2

**a)** $H(p) = \\tfrac12 \\cdot 1 + \\tfrac14 \\cdot 2 + \\tfrac18 \\cdot 3 + \\tfrac18 \\cdot 3 = 1.75$ bits.

**b)** Against the uniform distribution, $D(p\\,\\|\\,q) = \\log_2 4 - H(p) = 2 - 1.75 = 0.25$ bits.

**c)** **True.** All probabilities are powers of 1/2, so Huffman assigns lengths 1, 2, 3, 3 and the expected length is exactly $H(p)$ {E0}cite{E2}turn0search2{E1}.

### Exercise 4.3

Both children have 6 of one class and 2 of the other, so each has entropy $H(0.75) = 0.811$ bits. The weighted average entropy after the split is

$$\\tfrac12(0.811) + \\tfrac12(0.811) = 0.811$$

**Information gain ≈ 0.811 bits.**

### Exercise 4.4

Mean = 40/8 = 5. Squared deviations: 9, 1, 1, 1, 0, 0, 4, 16, sum 32.

$$s^2 = \\frac{{32}}{{8}} = 4$$

**Answer: s² = 4**""", dt=3.0, end_turn=True)
    u2 = c.text(newer, "user", "why exactly is 4.2 c true? I thought Huffman is only close to the entropy", dt=600.0)
    a2 = c.text(u2, "assistant", f"""In general Huffman's expected length L satisfies H(p) ≤ L < H(p) + 1 {E0}cite{E2}turn1search0{E1}, so you're right that it's usually only close. Equality holds exactly when every probability is a negative power of two (a *dyadic* distribution), because then the ideal lengths −log₂ pᵢ = 1, 2, 3, 3 are integers and Huffman finds them. Here p = (1/2, 1/4, 1/8, 1/8) is dyadic, so the statement is true.""", dt=9.0, end_turn=True)

    conv_main = c.dump(current_node=None, create_time=1728672000.0)  # no current_node key at all
    write("prob-info/transcripts/chatgpt-export-no-current-node.json", [conv_main, conv_other], ensure_ascii=True)


# ---------------------------------------------------------------- ChatGPT export with follow-up correction
PS5_PROMPT = """MATH 3350 Problem Set 5. Give exact answers where possible, otherwise 3 decimals.

Problem 1. A = [[2, 1], [1, 2]], B = [[3, 1], [5, 2]].
(a) Eigenvalues of A (increasing order).
(b) (i) det(A^3). (ii) B^{-1}.

Problem 2. a = (1, 0, 1), b = (1, 2, 3).
(a) Orthogonal projection p of b onto the line spanned by a.
(b) Distance from b to that line.

Problem 3.
(a) Newton's method on f(x) = x^2 - 2 from x0 = 1. Give x2 as an exact fraction.
(b) Least-squares line y = c0 + c1 x through (0, 1), (1, 3), (2, 4). Give (c0, c1).
(c) Newton iteration x_{k+1} = g(x_k) for f(x) = x^2 - a, simplify g(x)."""


def chatgpt_ps5():
    E0, E1, E2 = "\ue200", "\ue201", "\ue202"
    c = Conv("Linear algebra PS5", "6719a0b7-3e2c-8003-a4f5-9d8e7c6b5a43", 1730120400.0)
    s = c.text(c.root, "system", "", hidden=True)
    ctx = c.add(s, "user", {"content_type": "user_editable_context",
                            "user_profile": "I'm a second-year math student.",
                            "user_instructions": "Be concise. Use LaTeX."}, dt=0.5, hidden=True)
    u1 = c.text(ctx, "user", PS5_PROMPT, dt=1.0)
    code = c.add(u1, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None,
                                   "text": "import numpy as np\nA = np.array([[2,1],[1,2]]); B = np.array([[3,1],[5,2]])\nprint(np.linalg.eigvalsh(A), np.linalg.det(np.linalg.matrix_power(A,3)))\nprint(np.linalg.inv(B))\nX = np.array([[1,0],[1,1],[1,2]]); y = np.array([1,3,4])\nprint(np.linalg.lstsq(X, y, rcond=None)[0])"},
                 dt=7.0, recipient="python")
    tool = c.add(code, "tool", {"content_type": "execution_output",
                                "text": "[1. 3.] 27.000000000000004\n[[ 2. -1.]\n [-5.  3.]]\n[1.16666667 1.5       ]"},
                 dt=1.2, name="python",
                 metadata={"aggregate_result": {"status": "success", "run_id": "2b9e4c10-77aa-4f3e-8d21-c5b6a7980e13",
                                                "code": "", "messages": [], "final_expression_output": None}})
    a1 = c.text(tool, "assistant", f"""## Problem 1

**(a)** $\\det(A - \\lambda I) = (2-\\lambda)^2 - 1 = 0 \\Rightarrow \\lambda = 1, 3$.

**(b)(i)** $\\det(A^3) = (\\det A)^3 = 3^3 = 27$.

**(b)(ii)** $\\det B = 6 - 5 = 1$, so swapping the diagonal and negating the off-diagonal:

$$B^{{-1}} = \\begin{{bmatrix}} 2 & -5 \\\\ -1 & 3 \\end{{bmatrix}}$$

## Problem 2

**(a)** $p = \\dfrac{{a^\\top b}}{{a^\\top a}}\\,a = \\dfrac{{4}}{{2}}(1,0,1) = (2, 0, 2)$.

**(b)** The residual is $b - p = (-1, 2, 1)$. Its length divided by $\\|a\\|$ gives the distance:

$$d = \\frac{{\\sqrt{{6}}}}{{2}} \\approx 1.225$$

## Problem 3

**(a)** $x_1 = 1 - \\frac{{-1}}{{2}} = \\frac32$, then $x_2 = \\frac32 - \\frac{{1/4}}{{3}} = \\frac{{17}}{{12}}$.

**(b)** Normal equations $\\begin{{bmatrix}}3&3\\\\3&5\\end{{bmatrix}}c = \\begin{{bmatrix}}8\\\\11\\end{{bmatrix}}$ give $(c_0, c_1) = \\left(\\tfrac76, \\tfrac32\\right)$ {E0}cite{E2}turn0file0{E1}.

**(c)** $g(x) = x - \\dfrac{{x^2 - a}}{{2x}} = \\dfrac{{1}}{{2}}\\left(x + \\dfrac{{a}}{{x}}\\right)${E0}cite{E2}turn0search1{E1}
```python
g = lambda x, a: 0.5 * (x + a / x)
```""", dt=12.0, end_turn=True)
    u2 = c.text(a1, "user", "your python output for B^-1 says [[2,-1],[-5,3]] but you wrote something else. which one??", dt=240.0)
    a2 = c.text(u2, "assistant", """You're right — I transposed it when typing. The inverse of a 2×2 matrix swaps the diagonal entries and negates the off-diagonal ones **in place**:

$$B^{-1} = \\begin{bmatrix} 2 & -1 \\\\ -5 & 3 \\end{bmatrix}$$

Check: $B B^{-1} = \\begin{bmatrix} 6-5 & -3+3 \\\\ 10-10 & -5+6 \\end{bmatrix} = I$. ✅""", dt=7.0, end_turn=True)
    conv_main = c.dump(current_node=a2, create_time=1730120400.0)
    write("linalg-numerics/transcripts/chatgpt-export-followup.json", [conv_main], ensure_ascii=False)


if __name__ == "__main__":
    chatgpt_hw3()
    claude_hw3()
    chatgpt_w4()
    chatgpt_ps5()
    print("wrote 4 export files")
