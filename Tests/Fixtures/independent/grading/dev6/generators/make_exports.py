#!/usr/bin/env python3
"""Writes the six JSON export transcripts of this corpus.

Deterministic: fixed ids (uuid5 of a name), fixed timestamps, sorted nothing, so
re-running gives byte-identical files.  Run from anywhere:
    python3 generators/make_exports.py
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a9e-3b7d-4e22-9a51-0c4d8e7f1a20")


def uid(name):
    return str(uuid.uuid5(NS, name))


# ---------------------------------------------------------------- ChatGPT
class Tree:
    """Builds a ChatGPT `mapping` tree."""

    def __init__(self, conv, t0):
        self.conv = conv
        self.t = t0
        self.mapping = {}
        self.order = []
        root = uid(conv + "/root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def add(self, key, parent, role, content, dt=7.0, recipient="all", name=None,
            metadata=None, end_turn=None, create_time=None):
        nid = uid(self.conv + "/" + key)
        self.t = round(self.t + dt, 3)
        ct = create_time if create_time is not None else self.t
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": ct,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": None,
        }
        p = parent if parent is not None else self.root
        self.mapping[nid] = {"id": nid, "message": msg, "parent": p, "children": []}
        self.mapping[p]["children"].append(nid)
        return nid


def text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def conversation(tree, title, current, model="gpt-4o", with_current=True):
    times = [n["message"]["create_time"] for n in tree.mapping.values() if n["message"]]
    conv = {
        "title": title,
        "create_time": min(times),
        "update_time": max(times),
        "mapping": tree.mapping,
        "moderation_results": [],
        "current_node": current,
        "plugin_ids": None,
        "conversation_id": uid(tree.conv),
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": model,
        "id": uid(tree.conv),
    }
    if not with_current:
        del conv["current_node"]
    return conv


def system_node(tree):
    return tree.add("system", None, "system", text(""), dt=0.0,
                    metadata={"is_visually_hidden_from_conversation": True})


def other_conversation(name, title, t0, user_text, reply):
    tr = Tree(name, t0)
    s = system_node(tr)
    u = tr.add("u1", s, "user", text(user_text))
    a = tr.add("a1", u, "assistant", text(reply), end_turn=True)
    return conversation(tr, title, a)


CITE = "\ue200cite\ue202turn0search3\ue201"


# ---------------------------------------------------------------- set 1: ChatGPT
def opt_chatgpt():
    tr = Tree("opt-convexity/hw3", 1764540000.0)
    s = system_node(tr)
    u = tr.add("u1", s, "user", text(
        "Solve my optimisation homework, all parts please.\n\n"
        "1. f(x) = 1/2 x^T A x - b^T x, A = [[3,1],[1,2]], b = (1,-1), x0 = (0,0), eta = 0.2.\n"
        "(a) Compute x1 = x0 - eta grad f(x0). (b) Evaluate f(x1). (c) Find the minimiser x*. "
        "(d) GD converges iff 0 < eta < eta_max. Give eta_max (three decimal places).\n"
        "2. (a) Which is not convex? A. e^x B. |x| C. x^3 D. max(x,0)^2 E. log(1+e^x)\n"
        "(b) True or false: the pointwise product of two convex functions is always convex.\n"
        "(c) f(x,y) = x^2 + c xy + 4y^2: largest c for which f is convex?\n"
        "3. Heavy ball: v_{t+1} = beta v_t + grad g(x_t), x_{t+1} = x_t - eta v_{t+1}, g(x) = 2x^2, "
        "x0 = 1, v0 = 0, eta = 0.1, beta = 0.9. Compute x3."))
    # first (regenerated-away) answer
    old = tr.add("a-old", u, "assistant", text(
        "**1(a)** x₁ = (0.2, −0.2)\n\n**1(b)** f(x₁) = −0.34\n\n**1(c)** x* = (0.6, −0.8)\n\n"
        "**1(d)** Using η < 1/L with L = ‖A‖_F ≈ 2.5: η_max = **0.4**\n\n"
        "**2(a)** C  **2(b)** False  **2(c)** c = 4\n\n**3** x₃ = −0.54"), end_turn=True)
    # regenerated branch (the one shown)
    th = tr.add("thoughts", u, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Working through the quadratic",
             "content": "Gradient Ax - b, at zero it's -b. Step 0.2 gives (0.2,-0.2). f = 0.06 - 0.4. "
                        "Eigenvalues (5±√5)/2, so 2/λmax ≈ 0.5528. For convexity in c, maybe c ≤ 8?",
             "chunks": [], "finished": True},
            {"summary": "Momentum recursion",
             "content": "Better to run the three steps in python to be safe.",
             "chunks": [], "finished": True},
        ],
        "source_analysis_msg_id": uid("opt-convexity/hw3/analysis"),
    }, dt=2.0, metadata={"reasoning_status": "is_reasoning"})
    rr = tr.add("recap", th, "assistant",
                {"content_type": "reasoning_recap", "content": "Thought for 19s"}, dt=19.0,
                metadata={"reasoning_status": "reasoning_ended"})
    a1 = tr.add("a1", rr, "assistant", text(
        "## Problem 1 — Gradient descent on a quadratic\n\n"
        "### (a)\n"
        "The gradient is $\\nabla f(x) = Ax - b$, so $\\nabla f(x_0) = -b = (-1, 1)^\\top$ and\n\n"
        "$$x_1 = x_0 - 0.2\\,(-1, 1)^\\top = (0.2,\\ -0.2)^\\top.$$\n\n"
        "### (b)\n"
        "$Ax_1 = (0.4, -0.2)^\\top$, so $x_1^\\top A x_1 = 0.12$ and $b^\\top x_1 = 0.4$:\n\n"
        "$$f(x_1) = 0.06 - 0.4 = \\boxed{-0.34}$$\n\n"
        "### (c)\n"
        "Solving $Ax = b$ with $A^{-1} = \\tfrac15\\begin{pmatrix}2&-1\\\\-1&3\\end{pmatrix}$:\n\n"
        "$$x^\\star = \\tfrac15(3, -4)^\\top = (0.6,\\ -0.8)^\\top$$\n\n"
        "### (d)\n"
        "$\\lambda_{\\max}(A) = \\tfrac{5+\\sqrt5}{2} \\approx 3.618$, hence\n\n"
        "$$\\eta_{\\max} = \\frac{2}{\\lambda_{\\max}} = 1 - \\frac{1}{\\sqrt5} \\approx \\boxed{0.553}$$\n\n"
        "## Problem 2 — Convexity\n\n"
        "### (a)\n"
        "$x^3$ has $f''(x) = 6x < 0$ for $x < 0$. **Answer: C**\n\n"
        "### (b)\n"
        "**False.** $f(x) = x$ and $g(x) = x^2$ are convex but $fg = x^3$ is not.\n\n"
        "### (c)\n"
        "Write $f = [x\\ y]\\begin{pmatrix}1 & c/2\\\\ c/2 & 4\\end{pmatrix}[x\\ y]^\\top$. The Hessian is "
        "$\\begin{pmatrix}2 & c/2\\\\ c/2 & 8\\end{pmatrix}$, which is PSD iff $16 - c^2/4 \\ge 0$, i.e. $|c| \\le 8$.\n\n"
        "**Largest c = 8**\n\n"
        "## Problem 3\n\nLet me iterate the recursion numerically."), end_turn=False)
    code = tr.add("code", a1, "assistant", {
        "content_type": "code", "language": "unknown", "response_format_name": None,
        "text": "x, v = 1.0, 0.0\nfor t in range(3):\n    v = 0.9*v + 4*x\n    x = x - 0.1*v\n    print(t+1, round(v, 6), round(x, 6))"},
        dt=3.0, recipient="python")
    out = tr.add("out", code, "tool", {
        "content_type": "execution_output",
        "text": "1 4.0 0.6\n2 6.0 0.0\n3 5.4 -0.54"}, dt=1.0, name="python",
        metadata={"aggregate_result": {"status": "success", "code": "x, v = 1.0, 0.0 ..."}})
    a2 = tr.add("a2", out, "assistant", text(
        "The iterates are $x_1 = 0.6$, $x_2 = 0$, $x_3 = -0.54$, so\n\n"
        "$$x_3 = -0.54$$\n\n"
        "### Summary\n\n"
        "| Part | Answer |\n|---|---|\n"
        "| 1(a) | (0.2, −0.2) |\n| 1(b) | −0.34 |\n| 1(c) | (−0.8, 0.6) |\n| 1(d) | 0.553 |\n"
        "| 2(a) | C |\n| 2(b) | False |\n| 2(c) | 8 |\n| 3 | −0.54 |"), dt=4.0, end_turn=True)
    graded = conversation(tr, "HW3 optimisation and convexity", a2, model="o4-mini")
    other = other_conversation("opt-convexity/regex", "Regex for ISO dates", 1764400000.0,
                               "regex that matches 2025-03-02 style dates?",
                               "Use `^\\d{4}-\\d{2}-\\d{2}$`. For stricter months use `^\\d{4}-(0[1-9]|1[0-2])-\\d{2}$`.")
    return [graded, other]


# ---------------------------------------------------------------- set 2: ChatGPT, no current_node
PS5 = ("PS5 attention arithmetic. q = (1,0,1,2), k1 = (2,0,0,1), k2 = (0,1,1,0), k3 = (1,1,-1,0), d_k = 4; "
       "v1 = (1,0), v2 = (0,1), v3 = (1,1).\n1(a) scaled scores s_i = q.k_i/sqrt(d_k) (b) alpha = softmax(s) "
       "(c) o = sum alpha_i v_i\n2. d_model = 512, h = 8, d_ff = 2048, every linear map has a bias. (a) params of "
       "MHA block (b) params of FFN (c) whole encoder layer incl. two LayerNorms\n3. B = 32, n = 128, "
       "q = q.view(B, n, h, d_k).transpose(1, 2). (a) shape of q (b) cost of QK^T for one head: "
       "(A) O(n d_k) (B) O(n^2 d_k) (C) O(n d_model^2) (D) O(n^3)")


def attn_no_current():
    tr = Tree("transformer-arith/ps5-nocurrent", 1760900000.0)
    s = system_node(tr)
    u = tr.add("u1", s, "user", text(PS5))
    a_old = tr.add("a-old", u, "assistant", text(
        "**1.** (a) s = (2, 0.5, 0)  (b) α ≈ (0.736, 0.164, 0.100)  (c) o ≈ (0.836, 0.264)\n\n"
        "**2.** (a) 1,050,624  (b) 2,099,712  (c) 3,152,384\n\n"
        "**3.** (a) (32, 8, 128, 64)  (b) B"), end_turn=True)
    a_new = tr.add("a-new", u, "assistant", text(
        "Here's a worked solution.\n\n"
        "**1. Attention by hand**\n\n"
        "(a) q·k₁ = 4, q·k₂ = 1, q·k₃ = 0; dividing by √4 = 2 gives **s = (2, 0.5, 0)**.\n\n"
        "(b) softmax: e² ≈ 7.389, e^0.5 ≈ 1.649, e⁰ = 1, total 10.038, so **α ≈ (0.736, 0.164, 0.100)**.\n\n"
        "(c) **o ≈ (0.836, 0.264)**.\n\n"
        "**2. Parameter counts** (the original Transformer paper " + CITE + " uses exactly these sizes)\n\n"
        "(a) 4 × (512 × 512 + 512) = **1,050,624**\n\n"
        "(b) 512 × 2048 + 2048 + 2048 × 512 + 512 = **2,099,712**\n\n"
        "(c) attention + FFN = 1,050,624 + 2,099,712 = **3,150,336**\n\n"
        "**3. Shapes and cost**\n\n"
        "(a) `q` has shape **(32, 8, 128, 64)**.\n\n"
        "(b) Forming QKᵀ needs n·d_model² operations because of the projections, so the answer is **(C)**."),
        dt=95.0, end_turn=True)
    graded = conversation(tr, "Attention arithmetic PS5", a_new, with_current=False)
    other = other_conversation("transformer-arith/cover", "Cover letter tweak", 1760800000.0,
                               "make this sentence less stiff: 'I am writing to express my interest'",
                               "Try: \"I'd love to be considered for the role\" — warmer and shorter.")
    del other["current_node"]
    return [other, graded]


# ---------------------------------------------------------------- set 2: ChatGPT, later correction
def attn_regen():
    tr = Tree("transformer-arith/ps5-regen", 1760950000.0)
    s = system_node(tr)
    u = tr.add("u1", s, "user", text(PS5))
    th = tr.add("thoughts", u, "assistant", {
        "content_type": "thoughts",
        "thoughts": [{"summary": "Counting weights", "content": "FFN 2*512*2048 = 2,097,152, plus biases 2560 "
                      "-> 2,099,712. Total 3,152,384.", "chunks": [], "finished": True}],
        "source_analysis_msg_id": uid("ps5-regen/analysis")}, dt=2.0)
    rr = tr.add("recap", th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 8s"}, dt=8.0)
    a1 = tr.add("a1", rr, "assistant", text(
        "### 1. Scaled dot-product attention\n\n"
        "**(a)** $s = \\left(\\tfrac{4}{2}, \\tfrac{1}{2}, \\tfrac{0}{2}\\right) = (2,\\ 0.5,\\ 0)$\n\n"
        "**(b)** $\\alpha = \\operatorname{softmax}(s) \\approx (0.74,\\ 0.16,\\ 0.10)$\n\n"
        "**(c)** $o = \\alpha_1 v_1 + \\alpha_2 v_2 + \\alpha_3 v_3$, and reading off the two coordinates,\n"
        "$$o \\approx \\begin{bmatrix} 0.836 \\\\ 0.164 \\end{bmatrix}$$\n\n"
        "### 2. Parameters\n\n"
        "**(a)** $4(d^2 + d) = 1{,}050{,}624$\n\n"
        "**(b)** $2 \\cdot 512 \\cdot 2048 = 2{,}097{,}152$\n\n"
        "**(c)** $1{,}050{,}624 + 2{,}097{,}152 + 2{,}048 = 3{,}149{,}824$\n\n"
        "### 3. Shapes\n\n"
        "**(a)** `view` gives `(B, n, h, d_k)`; the result is $(32, 128, 8, 64)$.\n\n"
        "**(b)** **B** — $O(n^2 d_k)$."), dt=30.0, end_turn=True)
    u2 = tr.add("u2", a1, "user", text("for 2b didn't you forget the biases of the FFN? the problem says every linear map has a bias"))
    a2 = tr.add("a2", u2, "assistant", text(
        "You're right — I dropped the FFN biases. Corrected:\n\n"
        "**2(b)** $512 \\cdot 2048 + 2048 + 2048 \\cdot 512 + 512 = 2{,}099{,}712$\n\n"
        "**2(c)** $1{,}050{,}624 + 2{,}099{,}712 + 2{,}048 = 3{,}152{,}384$\n\n"
        "The other answers are unchanged."), dt=60.0, end_turn=True)
    u3 = tr.add("u3", a2, "user", text("and if d_ff were 4096 instead?"))
    a3 = tr.add("a3", u3, "assistant", text(
        "With $d_{ff} = 4096$ the FFN would have $2 \\cdot 512 \\cdot 4096 + 4096 + 512 = 4{,}198{,}912$ "
        "parameters, and the whole layer $1{,}050{,}624 + 4{,}198{,}912 + 2{,}048 = 5{,}251{,}584$."),
        dt=40.0, end_turn=True)
    return [conversation(tr, "Transformer param counting", a3)]


# ---------------------------------------------------------------- set 3: ChatGPT with python tool
def stats_chatgpt():
    tr = Tree("stats-inference/ws4", 1764300000.0)
    s = system_node(tr)
    u = tr.add("u1", s, "user", text(
        "STAT 2110 worksheet 4. n = 16, xbar = 52.3, s = 4.8, normal. t_{0.975,15} = 2.131, t_{0.95,15} = 1.753.\n"
        "Exercise 4.1 (a) estimated standard error of xbar (b) 95% CI for mu (2 decimals)\n"
        "Exercise 4.2 H0: mu = 50 (a) t statistic (3 decimals) (b)(i) vs mu != 50, reject at 0.05? yes/no "
        "(ii) vs mu > 50, reject at 0.05? yes/no\n"
        "Exercise 4.3 P(spam) = 0.3; P(free|spam) = 0.6, P(free|ham) = 0.1, P(meeting|spam) = 0.1, "
        "P(meeting|ham) = 0.3. (a) P(spam | free, meeting) (b) prize in 0 of 40 spam mails, add-one "
        "smoothing, P(prize|spam) as a fraction"))
    code = tr.add("code", u, "assistant", {
        "content_type": "code", "language": "unknown", "response_format_name": None,
        "text": "import math\nn, xbar, s = 16, 52.3, 4.8\nse = s/math.sqrt(n)\nprint(se, xbar-2.131*se, xbar+2.131*se, (xbar-50)/se)\n"
                "ps, ph = 0.3*0.6*0.1, 0.7*0.1*0.3\nprint(ps/(ps+ph))"}, dt=5.0, recipient="python")
    out = tr.add("out", code, "tool", {"content_type": "execution_output",
                                        "text": "1.2 49.7428 54.8572 1.9166666666666643\n0.46153846153846156"},
                 dt=1.0, name="python")
    a1 = tr.add("a1", out, "assistant", text(
        "**Exercise 4.1**\n\n"
        "(a) $\\widehat{SE} = s/\\sqrt{n} = 4.8/4 = 1.2$\n\n"
        "(b) $52.3 \\pm 2.131 \\times 1.2 = 52.3 \\pm 2.557$, so the 95% CI is **(49.74, 54.86)**.\n\n"
        "**Exercise 4.2**\n\n"
        "(a) $t = 2.3/1.2 \\approx 1.917$\n\n"
        "(b)(i) $|t| = 1.917 < 2.131$ → **No**, do not reject.\n\n"
        "(b)(ii) $t = 1.917 > 1.753$ → **Yes**, reject.\n\n"
        "**Exercise 4.3**\n\n"
        "(a) $P(\\text{spam}\\mid\\cdot) = \\dfrac{0.018}{0.018 + 0.021} = \\dfrac{6}{13} \\approx 0.4615$\n\n"
        "(b) Laplace smoothing adds one to the count and one to the total: " + "\ue203" +
        "\n```\n(0 + 1) / (40 + 1) = 1/41\n```\n"
        "so $P(\\text{prize}\\mid\\text{spam}) = \\tfrac{1}{41}$."), dt=12.0, end_turn=True)
    graded = conversation(tr, "Worksheet 4 stats", a1)
    other = other_conversation("stats-inference/latex", "LaTeX table spacing", 1764200000.0,
                               "how do I add vertical space between rows in a tabular?",
                               "Use `\\renewcommand{\\arraystretch}{1.3}` before the tabular, or add `\\\\[4pt]` after a row.")
    return [graded, other]


# ---------------------------------------------------------------- Claude exports
def cmsg(key, sender, created, blocks, attachments=None):
    content = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", created)
        b.setdefault("stop_timestamp", created)
        if b["type"] == "text":
            b.setdefault("citations", [])
        content.append(b)
    txt = "\n\n".join(b["text"] for b in content if b["type"] == "text")
    return {"uuid": uid(key), "text": txt, "content": content, "sender": sender,
            "created_at": created, "updated_at": created,
            "attachments": attachments or [], "files": []}


def cconv(key, name, created, msgs):
    return {"uuid": uid(key), "name": name, "summary": "", "created_at": created,
            "updated_at": msgs[-1]["updated_at"], "account": {"uuid": uid("account")},
            "chat_messages": msgs}


def opt_claude():
    here = os.path.join(ROOT, "opt-convexity", "problems.tex")
    with open(here, encoding="utf-8") as fh:
        tex = fh.read()
    m = [
        cmsg("oc/h1", "human", "2026-11-29T19:02:11.514220Z",
             [{"type": "text", "text": "Can you solve the attached homework? Show the key steps."}],
             attachments=[{"file_name": "hw3.tex", "file_size": len(tex.encode()), "file_type": "text/x-tex",
                           "extracted_content": tex}]),
        cmsg("oc/a1", "assistant", "2026-11-29T19:02:15.100000Z", [
            {"type": "thinking", "thinking": "The attachment has three questions. For 1(b) I need f(x1) with x1 = (0.2,-0.2). "
             "x^T A x = 0.12. Problem 3 defines v with grad at x_t; straightforward but the user might want look-ahead.",
             "summaries": [{"summary": "Working through gradient steps and convexity checks."}], "cut_off": False},
            {"type": "text", "text":
             "## Question 1\n\n"
             "**Part (a).** $\\nabla f(x) = Ax - b$, so $\\nabla f(0) = (-1, 1)$ and $x_1 = (0.2, -0.2)$.\n\n"
             "**Part (b).** $x_1^\\top A x_1 = 0.12$ and $b^\\top x_1 = 0.4$, giving\n\n"
             "$$f(x_1) = 0.12 - 0.4 = -0.28.$$\n\n"
             "**Part (c).** $x^\\star = A^{-1}b = \\left(\\tfrac35, -\\tfrac45\\right)$.\n\n"
             "**Part (d).** The eigenvalues of $A$ are $\\tfrac{5\\pm\\sqrt5}{2}$. Gradient descent on a quadratic "
             "converges iff $\\eta < 2/\\lambda_{\\max}$, so\n\n"
             "$$\\eta_{\\max} = \\frac{4}{5+\\sqrt5} = 1 - \\frac{1}{\\sqrt5} \\approx 0.553.$$\n\n"
             "## Question 2\n\n"
             "**Part (a).** $x^3$ is not convex, since $(x^3)'' = 6x$ changes sign, so (C). But note that (D), "
             "$\\max(x,0)^2$, is not twice differentiable at 0 either, and its second derivative jumps from 0 to 2 "
             "there, so (D) also fails to be convex.\n\n"
             "**Part (b).** False — e.g. $x \\cdot x^2 = x^3$.\n\n"
             "**Part (c).** The Hessian $\\begin{pmatrix}2 & c\\\\ c & 8\\end{pmatrix}$ is PSD iff $16 - c^2 \\ge 0$, "
             "so the largest value is $c = 4$.\n\n"
             "## Question 3\n\n"
             "Before I iterate: your update uses $\\nabla g(x_t)$, but some courses define heavy-ball with the "
             "gradient at the look-ahead point $x_t - \\eta\\beta v_t$ (Nesterov). Which convention does your "
             "course use? I'll compute $x_3$ once you confirm."}]),
    ]
    return [cconv("oc/conv", "Optimisation HW3", "2026-11-29T19:02:11.514220Z", m)]


def stats_claude():
    m = [
        cmsg("sc/h1", "human", "2026-11-28T10:40:00.000000Z", [{"type": "text", "text":
             "Worksheet 4, please answer all parts:\n\nn = 16 lifetimes, mean 52.3, s = 4.8; t(0.975,15) = 2.131, "
             "t(0.95,15) = 1.753.\n4.1 (a) SE of the mean (b) 95% CI, 2 dp\n4.2 H0 mu = 50: (a) t, 3 dp "
             "(b)(i) two-sided, reject at 5%? (ii) one-sided mu > 50, reject at 5%?\n4.3 P(spam) = .3, "
             "free .6/.1, meeting .1/.3: (a) P(spam|free, meeting) (b) prize 0/40 spam, Laplace, fraction"}]),
        cmsg("sc/a1", "assistant", "2026-11-28T10:40:09.000000Z", [
            {"type": "thinking", "thinking": "n = 16 is small but let me just use the normal quantile for the CI; "
             "the t values are for the test.", "summaries": [{"summary": "Planning the interval and test."}],
             "cut_off": False},
            {"type": "text", "text": "Let me compute the numbers first."},
            {"type": "tool_use", "name": "repl", "input": {"code":
             "const se = 4.8/Math.sqrt(16);\nconsole.log(se, 52.3-1.96*se, 52.3+1.96*se, (52.3-50)/se);\n"
             "const a = 0.3*0.6*0.1, b = 0.7*0.1*0.3; console.log(a/(a+b));"}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text":
             "{\"status\":\"success\",\"logs\":[\"1.2 49.948 54.652 1.9166666666666643\",\"0.46153846153846156\"]}"}],
             "is_error": False},
            {"type": "text", "text":
             "### Exercise 4.1\n\n"
             "**(a)** SE = 4.8 / √16 = **1.2**\n\n"
             "**(b)** x̄ ± 1.96 · SE = 52.3 ± 2.352, so the 95% CI is **(49.95, 54.65)**.\n\n"
             "### Exercise 4.2\n\n"
             "**(a)** t = 2.3 / 1.2 = **1.917**\n\n"
             "**(b)**\n"
             "- (i) 1.917 < 2.131, so **no** — we do not reject at the 5% level.\n"
             "- (ii) 1.917 > 1.753, so **yes** — we reject in favour of μ > 50.\n\n"
             "### Exercise 4.3\n\n"
             "**(a)** P(spam | free, meeting) = 0.018 / (0.018 + 0.021) = **6/13 ≈ 0.462**\n\n"
             "**(b)** One question before I answer: is `prize` modelled as a Bernoulli (present/absent) feature, "
             "or as a word count in a multinomial model? The smoothed denominator is different in the two cases "
             "(40 + 2 vs 40 + vocabulary size), so I'd rather not guess.\n\n"
             "---\n\n"
             "| Part | Result |\n|---|---|\n"
             "| 4.1(a) | 1.2 |\n| 4.1(b) | (49.95, 54.65) |\n| 4.2(a) | 1.917 |\n"
             "| 4.2(b)(i) | do not reject |\n| 4.2(b)(ii) | fail to reject |\n| 4.3(a) | 6/13 |"}]),
    ]
    other = [
        cmsg("sc/o/h1", "human", "2026-11-27T08:00:00.000000Z",
             [{"type": "text", "text": "what's the difference between a p-value of 0.03 and 0.003 in plain words?"}]),
        cmsg("sc/o/a1", "assistant", "2026-11-27T08:00:05.000000Z",
             [{"type": "text", "text": "Both are below 0.05, but 0.003 says data this extreme would occur 3 times "
               "in 1000 under H0, versus 3 in 100 for 0.03."}]),
    ]
    return [cconv("sc/other", "p-values in plain words", "2026-11-27T08:00:00.000000Z", other),
            cconv("sc/conv", "Stats worksheet 4", "2026-11-28T10:40:00.000000Z", m)]


def write(rel, data, indent=None):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=indent)
        fh.write("\n")


if __name__ == "__main__":
    write("opt-convexity/transcripts/chatgpt-export.json", opt_chatgpt())
    write("opt-convexity/transcripts/claude-export.json", opt_claude(), indent=2)
    write("transformer-arith/transcripts/conversations.json", attn_no_current())
    write("transformer-arith/transcripts/chatgpt-export-regen.json", attn_regen(), indent=1)
    write("stats-inference/transcripts/chatgpt-export.json", stats_chatgpt())
    write("stats-inference/transcripts/claude-export.json", stats_claude(), indent=2)
