#!/usr/bin/env python3
"""Writes the JSON chat exports of this corpus. Deterministic: re-running gives byte-identical files."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def dump(obj, rel):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, prefix, t0):
        self.prefix = prefix
        self.t = t0
        self.n = 0
        self.mapping = {}
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return "%s-%04d-4c1e-9a7b-%012d" % (self.prefix, self.n, self.n * 7919)

    def add(self, parent, role, content, recipient="all", meta=None, name=None, dt=7.0):
        self.t += dt
        nid = self._id()
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conv(title, tree, current, cid, t0, with_current=True, drop_children=False):
    mapping = tree.mapping
    if drop_children:
        mapping = {k: {kk: vv for kk, vv in v.items() if kk != "children"} for k, v in mapping.items()}
    c = {
        "title": title,
        "create_time": t0,
        "update_time": round(tree.t, 3),
        "mapping": mapping,
        "moderation_results": [],
    }
    if with_current:
        c["current_node"] = current
    c.update({"conversation_id": cid, "id": cid, "default_model_slug": "gpt-4o", "is_archived": False})
    return c


# ---------------------------------------------------------------- bayes-linalg: regenerated branch + thoughts
def bayes_export():
    t0 = 1740950000.0
    tr = Tree("b1a2c3d4", t0)
    u1 = tr.add(tr.root, "user", text(
        "Stats HW5, please solve.\n\n1. Screening test: prevalence 2%, sensitivity 0.95, false-positive rate 0.08. "
        "Three decimals unless exact.\n(a) P(disease | positive)\n(b) P(positive) (exact)\n"
        "(c) P(disease | two positives), tests conditionally independent given disease status\n\n"
        "2. A = [[4,1],[2,3]], a = (1,2), b = (3,4)\n(a) eigenvalues, λ1 > λ2\n(b) det(A^-1)\n"
        "(c) orthogonal projection of b onto the line spanned by a\n(d) True/false: A is symmetric positive definite\n"
        "(e) rank of M = [[1,2,3],[2,4,6],[1,0,1]]: (A) 1 (B) 2 (C) 3 (D) 0"))
    # first (regenerated away) branch
    a_old = tr.add(u1, "assistant", text(
        "**1(a)** P(D|+) = 0.019/0.0974 ≈ 0.205\n\n**1(b)** P(+) = 0.0974\n\n**1(c)** ≈ 0.742\n\n"
        "**2(a)** (5, 2)\n\n**2(b)** 0.1\n\n**2(c)** (2.2, 4.4)\n\n**2(d)** False\n\n**2(e)** (C)"),
        meta={"model_slug": "o3-mini"}, dt=20)
    # regenerated branch: thoughts, recap, answer
    th = tr.add(u1, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Bayes computation", "content": "Denominator 0.95*0.02 + 0.08*0.98 = 0.0974. Posterior maybe 0.205? "
         "No: 0.019/0.0974 = 0.195. For two tests square both likelihoods."},
        {"summary": "Projection", "content": "Projection of b onto a is (a.b / a.a) a = 11/5 (1,2). Eigenvalues 5 and 2. Rank 2."}],
        "source_analysis_msg_id": "x"}, meta={"model_slug": "o3-mini"}, dt=60)
    rc = tr.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"},
                meta={"model_slug": "o3-mini"}, dt=1)
    a_new = tr.add(rc, "assistant", text(
        "## Problem 1\n\nLet $D$ be disease and $+$ a positive result.\n\n"
        "**(a)** $$P(D\\mid +) = \\frac{0.95\\times 0.02}{0.95\\times 0.02 + 0.08\\times 0.98} = \\frac{0.019}{0.0974} \\approx 0.195$$\n\n"
        "**(b)** The denominator above: $P(+) = 0.0974$.\n\n"
        "**(c)** Square both likelihoods:\n\n"
        "$$P(D\\mid ++) = \\frac{0.02\\cdot 0.95^2}{0.02\\cdot 0.95^2 + 0.98\\cdot 0.08^2} = \\frac{0.01805}{0.024322} \\approx 0.742$$\n\n"
        "## Problem 2\n\n"
        "**(a)** $\\lambda^2 - 7\\lambda + 10 = 0 \\Rightarrow \\lambda_1 = 5,\\ \\lambda_2 = 2$.\n\n"
        "**(b)** $\\det(A^{-1}) = 1/\\det A = 1/10$.\n\n"
        "**(c)** Projecting onto the other vector:\n\n"
        "$$\\operatorname{proj} = \\frac{a\\cdot b}{b\\cdot b}\\, b = \\frac{11}{25}(3, 4) = \\left(\\tfrac{33}{25}, \\tfrac{44}{25}\\right) = (1.32,\\ 1.76)$$\n\n"
        "**(e)** Rows 1 and 2 are proportional; row 3 is not, so $\\operatorname{rank} M = 2$, option **(B)**."),
        meta={"model_slug": "o3-mini"}, dt=3)
    u2 = tr.add(a_new, "user", text("thanks, that matches what I had for the first part"), dt=90)
    a2 = tr.add(u2, "assistant", text("Glad it lines up! Good luck with the rest of the set."), dt=4)
    graded = conv("Stats HW5 Bayes + linear algebra", tr, a2, "67c4f1b0-1111-8004-9d2e-3a4b5c6d7e8f", t0)

    t1 = 1740000000.0
    tr2 = Tree("e5f6a7b8", t1)
    v1 = tr2.add(tr2.root, "user", text("what's a good name for a sourdough starter"))
    v2 = tr2.add(v1, "assistant", text("Some ideas: Clint Yeastwood, Bread Pitt, Doughy McDoughface, or Gluten Morgen."))
    other = conv("Sourdough starter names", tr2, v2, "67b1a000-2222-8004-8c1d-0f1e2d3c4b5a", t1)
    dump([graded, other], "bayes-linalg/transcripts/conversations.json")


# ---------------------------------------------------------------- optim-backprop: python tool, citations, correction
def optim_export():
    t0 = 1738860000.0
    tr = Tree("0c1d2e3f", t0)
    u1 = tr.add(tr.root, "user", text(
        "Problem Sheet 3. Exercise 3.1: f(w) = (w1-3)^2 + 2(w2+1)^2, w(0) = (0,0), eta = 0.1. a) grad at w(0) "
        "b) w(1) plain GD c) heavy-ball momentum beta 0.9, v = beta*v + grad, w = w - eta*v, v(0)=0: w(2)\n"
        "Exercise 3.2: x = 2, y = 1, z = wx + b, s = sigmoid(z), L = (s-y)^2, w = -0.5, b = 1. a) L b) dL/dw "
        "c) d/dz tanh(z) in terms of t = tanh(z)\nExercise 3.3: Adam, w = 1.0, g = 0.2, t = 1, eta = 0.01, "
        "beta1 = 0.9, beta2 = 0.999, eps negligible. a) w after first update b) first step size approx "
        "(A) eta|g| (B) eta (C) eta/|g| (D) 0"))
    code = ("import numpy as np\n"
            "grad = lambda w: np.array([2*(w[0]-3), 4*(w[1]+1)])\n"
            "w0 = np.zeros(2); g0 = grad(w0); w1 = w0 - 0.1*g0\n"
            "v = g0; v = 0.9*v + grad(w1); w2 = w1 - 0.1*v\n"
            "z = -0.5*2 + 1; s = 1/(1+np.exp(-z)); L = (s-1)**2; dw = 2*(s-1)*s*(1-s)*2\n"
            "m = 0.1*0.2; vv = 0.001*0.2**2; w_adam = 1.0 - 0.01*m/np.sqrt(vv)\n"
            "print(g0, w1, w2, L, dw, w_adam)")
    c1 = tr.add(u1, "assistant", {"content_type": "code", "language": "unknown", "text": code},
                recipient="python", meta={"model_slug": "gpt-4o"}, dt=9)
    o1 = tr.add(c1, "tool", {"content_type": "execution_output",
                             "text": "[-6.  4.] [ 0.6 -0.4] [ 1.62 -1.  ] 0.25 -0.5 0.9683772233983162"},
                name="python", meta={"aggregate_result": {"status": "success", "code": code}}, dt=2)
    a1 = tr.add(o1, "assistant", text(
        "I ran the numbers in Python. Here's the summary:\n\n"
        "### Exercise 3.1\n"
        "- **(a)** $\\nabla f(w^{(0)}) = (-6, 4)$\n"
        "- **(b)** $w^{(1)} = (0.6, -0.4)$\n"
        "- **(c)** $w^{(2)} = (1.62, -1.0)$\n\n"
        "### Exercise 3.2\n"
        "- **(a)** $L = 0.25$\n"
        "- **(b)** $\\partial L/\\partial w = 0.5$\n"
        "- **(c)** This is the standard identity for the tanh derivative \ue200cite\ue202turn0search3\ue201 — "
        "see the activation-functions section of your notes.\n\n"
        "### Exercise 3.3\n"
        "Adam's first step with $m_1 = 0.02$ and $v_1 = 0.00004$:\n\n"
        "$$w_1 = 1 - 0.01\\cdot\\frac{0.02}{\\sqrt{0.00004}} \\approx 0.9684$$\n\n"
        "**(b)** With bias correction $\\hat m/\\sqrt{\\hat v} = \\operatorname{sign}(g)$, so the step is about $\\eta$: **(B)**."),
        meta={"model_slug": "gpt-4o", "citations": [{"start_ix": 0, "end_ix": 0}]}, dt=6)
    u2 = tr.add(a1, "user", text("for 3.2b shouldn't it be negative? s < y so increasing w should reduce the loss"), dt=120)
    a2 = tr.add(u2, "assistant", text(
        "You're right — I dropped the sign when copying the output. The code printed `-0.5`:\n\n"
        "$$\\frac{\\partial L}{\\partial w} = 2(s-y)\\,s(1-s)\\,x = 2(-0.5)(0.25)(2) = -0.5$$\n\n"
        "**Corrected 3.2(b): $-0.5$.** Everything else stands."), meta={"model_slug": "gpt-4o"}, dt=5)
    graded = conv("Problem Sheet 3 optimisation", tr, a2, "67a4c2d0-3333-8004-a1b2-c3d4e5f60718", t0)

    t1 = 1738700000.0
    tr2 = Tree("9a8b7c6d", t1)
    x1 = tr2.add(tr2.root, "user", text("Exercise 2.4 from last week: gradient of 0.5||Xw - y||^2?"))
    x2 = tr2.add(x1, "assistant", text("\ue203The gradient is $X^\\top(Xw - y)$, and setting it to zero gives $w = (X^\\top X)^{-1}X^\\top y$ \ue200cite\ue202turn0search1\ue201."))
    other1 = conv("Least squares gradient", tr2, x2, "679f0000-4444-8004-b2c3-d4e5f6071829", t1)

    t2 = 1738950000.0
    tr3 = Tree("5e4d3c2b", t2)
    y1 = tr3.add(tr3.root, "user", text("is adam or sgd better for fine tuning bert"))
    y2 = tr3.add(y1, "assistant", text("AdamW is the usual default for BERT fine-tuning (learning rate around 2e-5 to 5e-5 with warmup)."))
    other2 = conv("Adam vs SGD for BERT", tr3, y2, "67a60000-5555-8004-c3d4-e5f60718293a", t2)
    dump([other2, graded, other1], "optim-backprop/transcripts/chatgpt-export.json")


# ---------------------------------------------------------------- optim-backprop: Claude export
def claude_export():
    sheet = open(os.path.join(ROOT, "optim-backprop", "problems.md"), encoding="utf-8").read()
    def msg(uuid, sender, created, content, attachments=None):
        txt = "\n\n".join(b["text"] for b in content if b["type"] == "text")
        return {"uuid": uuid, "text": txt, "content": content, "sender": sender, "created_at": created,
                "updated_at": created, "attachments": attachments or [], "files": []}
    answer = (
        "Here are the solutions.\n\n"
        "## Exercise 3.1\n\n"
        "**(a)** $\\nabla f(w) = (2(w_1-3),\\ 4(w_2+1))$, so $\\nabla f(w^{(0)}) = (-6, 4)$.\n\n"
        "**(b)** $w^{(1)} = (0,0) - 0.1\\,(-6,4) = (0.6,\\ -0.4)$.\n\n"
        "**(c)** $\\nabla f(w^{(1)}) = (-4.8,\\ 2.4)$ and $v^{(2)} = 0.9\\,(-6,4) + (-4.8, 2.4) = (-10.2,\\ 6.0)$.\n\n"
        "$$w^{(2)} = (0.6 + 1.02,\\ -0.4 - 0.54) = (1.62,\\ -0.94)$$\n\n"
        "## Exercise 3.2\n\n"
        "**(a)** $z = 0$, $s = 0.5$, $L = (0.5 - 1)^2 = 0.25$.\n\n"
        "**(b)** $\\dfrac{\\partial L}{\\partial w} = 2(s-y)\\,s(1-s)\\,x = -0.5$.\n\n"
        "**(c)** $\\dfrac{d}{dz}\\tanh z = 1 - t^2$.\n\n"
        "## Exercise 3.3\n\n"
        "**(a)** After bias correction $\\hat m_1 = 0.2$ and $\\hat v_1 = 0.04$, so the update is $0.01 \\cdot 0.2/0.2 = 0.01$ and $w_1 = 0.99$.\n\n"
        "**(b)** The step is $\\eta\\,\\hat m/\\sqrt{\\hat v} = \\eta$ in magnitude: **(B)**.\n\n"
        "| Part | Answer |\n|---|---|\n| 3.1(a) | (−6, 4) |\n| 3.1(b) | (0.6, −0.4) |\n| 3.1(c) | (1.62, −0.94) |\n"
        "| 3.2(a) | 0.25 |\n| 3.2(b) | −0.5 |\n| 3.2(c) | 1 − t² |\n| 3.3(a) | 0.999 |\n| 3.3(b) | B |")
    c_graded = {
        "uuid": "3f1e2d4c-aaaa-4bbb-8ccc-000000000001",
        "name": "Problem sheet 3 solutions",
        "created_at": "2025-02-07T10:02:11.000000Z",
        "updated_at": "2025-02-07T10:05:40.000000Z",
        "account": {"uuid": "00000000-0000-4000-8000-00000000abcd"},
        "chat_messages": [
            msg("3f1e2d4c-aaaa-4bbb-8ccc-000000000011", "human", "2025-02-07T10:02:11.000000Z",
                [{"type": "text", "text": "Can you solve all of the attached sheet? Show the key steps."}],
                [{"file_name": "sheet3.md", "file_type": "text/markdown", "file_size": len(sheet.encode("utf-8")),
                  "extracted_content": sheet}]),
            msg("3f1e2d4c-aaaa-4bbb-8ccc-000000000012", "assistant", "2025-02-07T10:02:40.000000Z", [
                {"type": "thinking", "thinking": "3.1c: w2 = w1 - 0.1*v2 = (0.6+1.02, -0.4-0.6) = (1.62, -1.0). "
                 "Adam: 1 - 0.01 = 0.99. Let me verify the Adam numbers with a quick calculation.",
                 "summaries": [{"summary": "Working through gradient and Adam steps."}]},
                {"type": "tool_use", "name": "repl", "input": {"code": "const m=0.02/0.1, v=0.00004/0.001; console.log(1-0.01*m/Math.sqrt(v))"}},
                {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "0.99"}], "is_error": False},
                {"type": "text", "text": answer}]),
        ],
    }
    c_other = {
        "uuid": "3f1e2d4c-aaaa-4bbb-8ccc-000000000002",
        "name": "Cover letter edits",
        "created_at": "2025-02-05T18:00:00.000000Z",
        "updated_at": "2025-02-05T18:01:00.000000Z",
        "account": {"uuid": "00000000-0000-4000-8000-00000000abcd"},
        "chat_messages": [
            msg("3f1e2d4c-aaaa-4bbb-8ccc-000000000021", "human", "2025-02-05T18:00:00.000000Z",
                [{"type": "text", "text": "Make this sentence less stiff: 'I am writing to express my interest.'"}]),
            msg("3f1e2d4c-aaaa-4bbb-8ccc-000000000022", "assistant", "2025-02-05T18:00:20.000000Z",
                [{"type": "text", "text": "Try: \"I'd love to be considered for this role.\""}]),
        ],
    }
    dump([c_other, c_graded], "optim-backprop/transcripts/claude-export.json")


# ---------------------------------------------------------------- trees-cnn: no current_node, latest leaf graded
def trees_export():
    t0 = 1741900000.0
    tr = Tree("7d6c5b4a", t0)
    u1 = tr.add(tr.root, "user", text(
        "Problem 1: 10 examples, 6 pos / 4 neg. Feature A: left 4 (4 pos, 0 neg), right 6 (2 pos, 4 neg). "
        "Base-2 logs, 3 dp. (a) root entropy in bits (b) information gain of A (c) Gini impurity of root.\n"
        "Problem 2: input 3x32x32 -> nn.Conv2d(3, 16, kernel_size=5, stride=1, padding=2). (a)(i) output shape CxHxW "
        "(ii) trainable params (PyTorch defaults). (b) -> nn.MaxPool2d(2) -> nn.Conv2d(16, 32, kernel_size=3), "
        "no padding: final shape. (c) params of nn.LSTM(input_size=10, hidden_size=20)."))
    old = tr.add(u1, "assistant", text(
        "1(a) 0.971 bits\n1(b) 0.971 - 0.6*0.918 = 0.551\n1(c) 0.48\n2(a)(i) 16x32x32\n2(a)(ii) 1216\n"
        "2(b) 32x14x14\n2(c) 2480"), dt=15)
    ou = tr.add(old, "user", text("can you show working for 1b"), dt=40)
    oa = tr.add(ou, "assistant", text("IG = H(root) - weighted child entropy = 0.971 - 0.551 = 0.420."), dt=5)
    new = tr.add(u1, "assistant", text(
        "**Problem 1**\n\n"
        "1. (a) Using natural logs for the entropy: $H = -0.6\\ln 0.6 - 0.4\\ln 0.4 \\approx 0.673$.\n"
        "2. (b) In bits: $H_{root} = 0.971$, $H_{right} = H(1/3, 2/3) = 0.918$, so $IG = 0.971 - 0.6(0.918) = 0.420$ bits.\n"
        "3. (c) Gini $= 1 - (0.36 + 0.16) = 0.48$.\n\n"
        "**Problem 2**\n\n"
        "- (a)(i) $\\lfloor (32 + 4 - 5)/1 \\rfloor + 1 = 32$, output $16 \\times 32 \\times 32$.\n"
        "- (a)(ii) $16 \\cdot 3 \\cdot 25 + 16 = 1216$.\n"
        "- (b) Pool to $16\\times 16$, then $3\\times3$ valid conv gives $14$: final shape $32 \\times 14 \\times 14$.\n"
        "- (c) PyTorch keeps two bias vectors: $4\\,(20\\cdot 10 + 20\\cdot 20 + 20 + 20) = 2560$.\n\n"
        "```\n1a  0.673\n1b  0.420\n1c  0.48\n2ai  (16, 32, 32)\n2aii 1216\n2b  (32, 15, 15)\n2c  2560\n```"), dt=300)
    graded = conv("Decision tree + CNN assignment", tr, None, "67d30000-6666-8004-d4e5-f60718293a4b", t0,
                  with_current=False)
    dump([graded], "trees-cnn/transcripts/conversations-nocurrent.json")


if __name__ == "__main__":
    bayes_export()
    optim_export()
    claude_export()
    trees_export()
