#!/usr/bin/env python3
"""Writes the five data-export transcripts of this corpus.

Deterministic: fixed ids and timestamps, sorted nothing, no randomness.
Re-running gives byte-identical files.  Run from anywhere:
    python3 generators/gen_exports.py
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a8e-0d1b-4c55-9a77-3e2b1f0c9d41")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT
class Conv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.order = []
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def add(self, parent, role, content, dt, name=None, recipient="all", meta=None,
            hidden=False, end_turn=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        metadata = dict(meta or {})
        if hidden:
            metadata["is_visually_hidden_from_conversation"] = True
        if role == "assistant" and content.get("content_type") == "text":
            metadata.setdefault("model_slug", self.model)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t0 + dt, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": metadata,
            "recipient": recipient,
            "channel": None,
        }
        p = parent or self.root
        self.mapping[nid] = {"id": nid, "message": msg, "parent": p, "children": []}
        self.mapping[p]["children"].append(nid)
        return nid

    def text(self, parent, role, s, dt, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, dt, **kw)

    def out(self, current_node=True, last=None):
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
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conv"),
        })
        return d


def system(c):
    return c.text(None, "system", "", 0.0, hidden=True)


def dump_chatgpt(path, convs):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(convs, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


# ------------------------------------------------- prob-expectations export
def prob_export():
    pasta = Conv("pasta", "Weeknight pasta ideas", 1764600000.0)
    s = system(pasta)
    u = pasta.text(s, "user", "give me 3 quick pasta dinners, no cream", 5.0)
    a = pasta.text(u, "assistant",
                   "1. **Aglio e olio** — garlic, chili flakes, olive oil, parsley (15 min).\n"
                   "2. **Pasta alla Norma** — fried aubergine, tomato, ricotta salata (30 min).\n"
                   "3. **Lemon–pea orecchiette** — peas, lemon zest, parmesan, black pepper (20 min).\n\n"
                   "All three serve 2 with 200 g of dry pasta.", 14.0, end_turn=True)
    pasta_d = pasta.out(last=a)

    hw = Conv("prob", "Binomial, density and Bayes HW", 1764690000.0)
    s = system(hw)
    prob_text = (
        "HW5, please solve:\n\n"
        "Problem 1. Let X ~ Binomial(n = 6, p = 1/3). (a) Compute P(X = 2). Give an exact fraction. "
        "(b) Compute E[X^2].\n\n"
        "Problem 2. A random variable X has density f(x) = c x^2 for 0 <= x <= 2, 0 otherwise. "
        "(a) Find the constant c. (b) Find E[X]. (c) Find Var(X).\n\n"
        "Problem 3. Prevalence 2%, sensitivity 0.95, specificity 0.90. (a) P(disease | positive), "
        "three decimal places. (b) True or false: after two conditionally independent positive results "
        "the posterior exceeds 0.5. (c) E[max(U1, U2)] for independent Uniform(0,1): "
        "(A) 1/2 (B) 2/3 (C) 3/4 (D) 1/3")
    u = hw.text(s, "user", prob_text, 10.0)
    # first (regenerated-away) answer
    old = hw.text(u, "assistant",
                  "**Problem 1**\n\n(a) $P(X=2)=\\binom62 (1/3)^4 (2/3)^2 = \\frac{20}{243}$\n\n"
                  "(b) $E[X^2] = \\frac{16}{3}$\n\n**Problem 2**\n\n(a) $c = 3/8$  (b) $E[X] = 3/2$  "
                  "(c) $\\operatorname{Var}(X) = 3/20$\n\n**Problem 3**\n\n(a) $0.162$  (b) False  (c) (C)",
                  25.0, end_turn=True)
    # regenerated answer with reasoning
    th = hw.add(u, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Working through binomial moments",
             "content": "P(X=2) = 15 * (1/9) * (16/81) = 240/729 = 80/243. E[X^2] = Var + mean^2 = "
                        "4/3 + 4 = 16/3.",
             "chunks": [], "finished": True},
            {"summary": "Density and Bayes",
             "content": "c = 3/8, E[X] = 3/2, E[X^2] = 12/5, Var = 12/5 - 9/4 = 3/20. Bayes: 0.019/0.117 "
                        "= 0.1624. Two positives: 0.01805/0.02785 = 0.648 > 0.5. Max of uniforms: 2/3.",
             "chunks": [], "finished": True},
        ],
        "source_analysis_msg_id": uid("prob", "analysis"),
    }, 61.0, meta={"reasoning_status": "is_reasoning"})
    rc = hw.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 19 seconds"},
                62.0, meta={"reasoning_status": "reasoning_ended"})
    ans = hw.text(rc, "assistant",
        "## Problem 1\n\n"
        "**(a)** $P(X=2) = \\binom{6}{2}\\left(\\frac13\\right)^2\\left(\\frac23\\right)^4 = 15\\cdot\\frac19\\cdot\\frac{16}{81} "
        "= \\frac{240}{729}$, so\n\n$$P(X=2) = \\boxed{\\frac{80}{243}} \\approx 0.329$$\n\n"
        "**(b)** For a binomial, $E[X] = np = 2$ and the second moment is\n\n"
        "$$E[X^2] = np(1-p) = 6\\cdot\\tfrac13\\cdot\\tfrac23 = \\boxed{\\tfrac43}$$\n\n"
        "## Problem 2\n\n"
        "**(a)** $\\int_0^2 c x^2\\,dx = \\tfrac{8c}{3} = 1 \\Rightarrow \\boxed{c = \\tfrac38}$\n\n"
        "**(b)** $E[X] = \\tfrac38\\int_0^2 x^3\\,dx = \\tfrac38 \\cdot 4 = \\boxed{\\tfrac32}$\n\n"
        "**(c)** $E[X^2] = \\tfrac38 \\cdot \\tfrac{32}{5} = \\tfrac{12}{5}$, so\n\n"
        "$$\\operatorname{Var}(X) = \\tfrac{12}{5} - \\tfrac94 = \\tfrac{48 - 45}{10} = \\boxed{\\tfrac{3}{10}}$$\n\n"
        "## Problem 3\n\n"
        "**(a)** $P(D\\mid +) = \\dfrac{0.02\\times0.95}{0.02\\times0.95 + 0.98\\times0.10} = \\dfrac{0.019}{0.117} "
        "\\approx \\boxed{0.162}$\n\n"
        "**(b)** $P(D\\mid ++) = \\dfrac{0.01805}{0.01805 + 0.0098} \\approx 0.648 > 0.5$. **True.**\n\n"
        "**(c)** $P(\\max \\le t) = t^2$, so $E[\\max] = \\int_0^1 (1 - t^2)\\,dt = \\tfrac23$: **(B)**.",
        63.0, end_turn=True)
    hw_d = hw.out(last=ans)
    dump_chatgpt(os.path.join(ROOT, "prob-expectations/transcripts/chatgpt-export.json"), [hw_d, pasta_d])


# --------------------------------------------------- backprop-logreg export
CITE = "\ue200cite\ue202turn0search2\ue201"


def backprop_export():
    c = Conv("bp", "Logistic regression gradient", 1771400000.0)
    s = system(c)
    u = c.text(s, "user",
        "Q1. w = (1, -2), b = 0.5, x = (2, 1), y = 1. z = w^T x + b, p = sigmoid(z), "
        "L = -y ln p - (1-y) ln(1-p).\n(a) p to 4 dp (b) L to 4 dp (c) dL/dz in terms of p and y "
        "(d) one GD step on b with eta = 0.1, new b (4 dp)\n\n"
        "Q2. f(x,y,z) = (x+y) * max(y,z) at x=5, y=-1, z=3. (a) f (b) gradient (df/dx, df/dy, df/dz) "
        "(c) True/False: if z is changed to -3 then df/dz = 0\n\n"
        "Q3. Y = X W^T with X in R^{N x d_in}, W in R^{d_out x d_in}, G = dL/dY. Which is dL/dW? "
        "(A) G^T X (B) X^T G (C) G X^T (D) X G^T", 8.0)
    code = c.add(u, "assistant", {
        "content_type": "code", "language": "unknown", "response_format_name": None,
        "text": "import numpy as np\nw = np.array([1., -2.]); b = 0.5; x = np.array([2., 1.]); y = 1.0\n"
                "z = w @ x + b\np = 1/(1+np.exp(-z))\nL = -np.log(p)\n"
                "b_new = b - 0.1*(y - p)\nprint(z, round(p, 4), round(L, 4), round(b_new, 4))"},
        20.0, recipient="python")
    tool = c.add(code, "tool", {"content_type": "execution_output", "text": "0.5 0.6225 0.4741 0.4622"},
                 21.5, name="python",
                 meta={"aggregate_result": {"status": "success", "run_id": uid("bp", "run")}})
    ans = c.text(tool, "assistant",
        "Here are the results (numbers checked in Python above).\n\n"
        "### Question 1\n\n"
        "$z = w^\\top x + b = 2 - 2 + 0.5 = 0.5$\n\n"
        "- **(a)** $p = \\sigma(0.5) = 0.6225$\n"
        "- **(b)** $L = -\\ln 0.6225 = 0.4741$\n"
        "- **(c)** The sigmoid's derivative $\\sigma'(z) = p(1-p)$ cancels against the cross-entropy's "
        "$1/p$ and $1/(1-p)$ factors " + CITE + ", giving\n  $$\\frac{\\partial L}{\\partial z} = p - y$$\n"
        "- **(d)** The update gives $b_{\\text{new}} = 0.4622$.\n\n"
        "### Question 2\n\n"
        "$q = 4$, $r = 3$.\n\n"
        "- **(a)** $f = 12$\n"
        "- **(b)** $\\nabla f = (r,\\; r,\\; q) = (3, 3, 4)$ — $y$ only receives gradient through $q$ because "
        "$y < z$.\n"
        "- **(c)** **True**: with $z = -3$ the max picks $y$, so $z$ gets zero gradient.\n\n"
        "### Question 3\n\n"
        "$\\partial L/\\partial W$ pairs the inputs with the upstream gradient: $X^\\top G$. "
        "Answer: **(B)**.",
        30.0, end_turn=True,
        meta={"citations": [], "content_references": [
            {"matched_text": CITE, "type": "grouped_webpages", "start_idx": 0, "end_idx": 0,
             "items": [{"title": "Derivative of the sigmoid function", "url": "https://example.org/sigmoid-derivative"}]}]})
    d = c.out(last=ans)
    dump_chatgpt(os.path.join(ROOT, "backprop-logreg/transcripts/conversations.json"), [d])


# ---------------------------------------------------------------- Claude
def cmsg(key, i, sender, blocks, ts, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", ts)
        b.setdefault("stop_timestamp", ts)
        content.append(b)
    return {
        "uuid": uid(key, "msg", str(i)),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": ts,
        "updated_at": ts,
        "attachments": list(attachments),
        "files": [],
    }


def cconv(key, name, created, msgs):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": created,
        "updated_at": msgs[-1]["updated_at"],
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }


def dump_claude(path, convs):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(convs, f, ensure_ascii=False, indent=2)
        f.write("\n")


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def backprop_claude():
    other = cconv("cover", "Cover letter tweaks", "2026-02-10T18:02:11.000000Z", [
        cmsg("cover", 1, "human", [{"type": "text", "text": "Make this sentence less stiff: 'I am writing to express my interest in the position.'"}],
             "2026-02-10T18:02:11.000000Z"),
        cmsg("cover", 2, "assistant", [{"type": "text", "text": "Try: \"I'd love to bring my data-engineering experience to your platform team.\""}],
             "2026-02-10T18:02:19.000000Z"),
    ])
    att = {"file_name": "wa3.tex", "file_type": "text/x-tex", "file_size": 2198,
           "extracted_content": read("backprop-logreg/problems.tex")}
    k = "bpc"
    msgs = [
        cmsg(k, 1, "human", [{"type": "text", "text": "Can you solve all three questions in the attached assignment? Short explanations please."}],
             "2026-02-18T09:30:02.000000Z", attachments=[att]),
        cmsg(k, 2, "assistant", [
            {"type": "thinking", "thinking": "z = 2 - 2 + 0.5 = 0.5, p = 0.6225. Loss with natural log: -ln(0.6225) = 0.4741. "
                                              "dL/dz = p - y = -0.3775; b_new = 0.5 + 0.03775 = 0.5378. Graph: q = 4, r = 3, f = 12. "
                                              "Gradient... max passes to both? Let me just write it out.",
             "summaries": [{"summary": "Computing sigmoid, loss and graph gradients."}], "cut_off": False},
            {"type": "text", "text":
                "## Question 1\n\n"
                "The logit is $z = (1)(2) + (-2)(1) + 0.5 = 0.5$.\n\n"
                "**(a)** $p = \\sigma(0.5) = 0.6225$\n\n"
                "**(b)** Since $y = 1$, $L = -\\log p = -\\log(0.6225) = 0.2059$\n\n"
                "**(c)** $\\dfrac{\\partial L}{\\partial z} = p - y$\n\n"
                "**(d)** $\\partial L/\\partial b = p - y = -0.3775$, so $b \\leftarrow 0.5 - 0.1(-0.3775) = 0.5378$.\n\n"
                "## Question 2\n\n"
                "Forward: $q = 4$, $r = 3$, so **(a)** $f = 12$.\n\n"
                "**(b)** $\\partial f/\\partial x = r = 3$. For $y$, it feeds both $q$ and the max, so "
                "$\\partial f/\\partial y = r + q = 7$, and $\\partial f / \\partial z = 0$.\n\n"
                "$\\nabla f = (3, 7, 0)$\n\n"
                "**(c)** True — when $z = -3$ the max ignores $z$, so $\\partial f/\\partial z = 0$.\n\n"
                "## Question 3\n\n"
                "Shape check: $\\partial L/\\partial W$ is $d_{out}\\times d_{in}$ and $G^\\top X$ is "
                "$(d_{out}\\times N)(N\\times d_{in})$. **(A)**"}],
            "2026-02-18T09:30:40.000000Z"),
        cmsg(k, 3, "human", [{"type": "text", "text": "in 2b, y = -1 is smaller than z = 3, so should y really get gradient through the max?"}],
             "2026-02-18T09:41:13.000000Z"),
        cmsg(k, 4, "assistant", [
            {"type": "text", "text":
                "You're right — I routed the max gradient to the wrong input. At $y=-1$, $z=3$ the max equals $z$, "
                "so $\\partial r/\\partial z = 1$ and $\\partial r/\\partial y = 0$. Corrected:\n\n"
                "- $\\partial f/\\partial x = r = 3$\n"
                "- $\\partial f/\\partial y = r \\cdot 1 + q \\cdot 0 = 3$\n"
                "- $\\partial f/\\partial z = q = 4$\n\n"
                "So the gradient for 2(b) is $(3, 3, 4)$. The other answers are unchanged."}],
            "2026-02-18T09:41:30.000000Z"),
    ]
    hw = cconv(k, "Logistic regression + backprop WA3", "2026-02-18T09:30:02.000000Z", msgs)
    dump_claude(os.path.join(ROOT, "backprop-logreg/transcripts/claude-export.json"), [other, hw])


# ------------------------------------------------------------ svd-gru exports
def svd_export():
    c = Conv("svd", "SVD and GRU problem sheet", 1772000000.0, model="o4-mini")
    s = system(c)
    u = c.text(s, "user",
        "Problem sheet 4:\n\nExercise 4.1. A = [[3, 0], [4, 5]]. (a) singular values, exact: (i) sigma_1 (ii) sigma_2. "
        "(b) fraction of ||A||_F^2 captured by the best rank-1 approximation (c) the best rank-1 approximation A_1 "
        "as a 2x2 matrix.\n\nExercise 4.2. torch.nn.GRU(input_size=10, hidden_size=20), one layer, defaults "
        "(bias=True, batch_first=False). (a) number of trainable parameters (b) shape of `output` for an input "
        "of shape (7, 4, 10) (c) with h_t = (1 - z_t) * n_t + z_t * h_{t-1}, z_t = 0.25, n_t = 0.8, "
        "h_{t-1} = -0.4, compute h_t.", 6.0)
    # branch 1: first answer (older)
    a1 = c.text(u, "assistant",
        "**4.1** (a)(i) $\\sigma_1 = 3\\sqrt5$ (ii) $\\sigma_2 = \\sqrt5$ (b) $0.9$ "
        "(c) $A_1 = \\begin{pmatrix}1.5 & 1.5\\\\ 4.5 & 4.5\\end{pmatrix}$\n\n"
        "**4.2** (a) 1920 (b) (7, 4, 20) (c) $h_t = 0.5$", 30.0, end_turn=True)
    # branch 2: regenerated, later create_time -> graded (no current_node in this export)
    rc = c.add(u, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 8 seconds"},
               300.0, meta={"reasoning_status": "reasoning_ended"})
    a2 = c.text(rc, "assistant",
        "## Exercise 4.1\n\n"
        "$A^\\top A = \\begin{pmatrix}25 & 20\\\\20 & 25\\end{pmatrix}$ has eigenvalues $45$ and $5$, "
        "with eigenvectors $\\tfrac{1}{\\sqrt2}(1,1)$ and $\\tfrac{1}{\\sqrt2}(1,-1)$.\n\n"
        "**(a)**\n(i) $\\sigma_1 = \\sqrt{45} = 3\\sqrt{5} \\approx 6.708$\n\n"
        "(ii) $\\sigma_2 = \\sqrt{5} \\approx 2.236$\n\n"
        "**(b)** $\\dfrac{\\sigma_1^2}{\\sigma_1^2+\\sigma_2^2} = \\dfrac{45}{50} = 0.9$ (90%).\n\n"
        "**(c)** $u_1 = Av_1/\\sigma_1 = \\tfrac{1}{\\sqrt{10}}(1, 3)$, and $A_1 = \\sigma_1 v_1 u_1^\\top$:\n\n"
        "$$A_1 = \\begin{bmatrix} 1.5 & 4.5 \\\\ 1.5 & 4.5 \\end{bmatrix}$$\n\n"
        "## Exercise 4.2\n\n"
        "**(a)** Three gate blocks, each with $W_{i\\cdot} \\in \\mathbb{R}^{20\\times10}$, "
        "$W_{h\\cdot}\\in\\mathbb{R}^{20\\times 20}$ and a bias in $\\mathbb{R}^{20}$:\n\n"
        "$$3\\,(200 + 400 + 20) = 1860$$\n\n"
        "**(b)** `output`: `(7, 4, 20)` — sequence first, since `batch_first=False`.\n\n"
        "**(c)** $h_t = 0.75 \\cdot 0.8 + 0.25\\cdot(-0.4) = 0.6 - 0.1 = 0.5$",
        305.0, end_turn=True)
    d = c.out(current_node=False)
    dump_chatgpt(os.path.join(ROOT, "svd-gru/transcripts/chatgpt-no-current-node.json"), [d])


def svd_claude():
    k = "svdc"
    msgs = [
        cmsg(k, 1, "human", [{"type": "text", "text": "Exercises 4.1 and 4.2 from the attached sheet please. You can run code if it helps."}],
             "2026-03-03T16:05:00.000000Z",
             attachments=[{"file_name": "sheet4.tex", "file_type": "text/x-tex", "file_size": 1613,
                           "extracted_content": read("svd-gru/problems.tex")}]),
        cmsg(k, 2, "assistant", [
            {"type": "text", "text": "Let me verify the SVD numerically first."},
            {"type": "tool_use", "name": "repl", "id": "toolu_" + uid(k, "tool")[:8],
             "input": {"code": "const A=[[3,0],[4,5]];\n"
                               "// A^T A = [[25,20],[20,25]] -> eigenvalues 45, 5\n"
                               "const s=[Math.sqrt(45), Math.sqrt(5)];\n"
                               "console.log(s.map(v=>v.toFixed(4)).join(' '));\n"
                               "console.log(45/50);\n"
                               "console.log(3*(20*10+20*20+20+20));"}},
            {"type": "tool_result", "name": "repl", "tool_use_id": "toolu_" + uid(k, "tool")[:8],
             "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"6.7082 2.2361\",\"0.9\",\"1920\"]}"}],
             "is_error": False},
            {"type": "text", "text":
                "**Exercise 4.1**\n\n"
                "(a)(i) $\\sigma_1 = \\sqrt{45} = 3\\sqrt{5} \\approx 6.7082$\n\n"
                "(a)(ii) $\\sigma_2 = \\sqrt{5} \\approx 2.2361$\n\n"
                "(b) The best rank-1 approximation keeps $\\sigma_1^2 = 45$ out of $\\|A\\|_F^2 = 50$: a fraction of $0.9$.\n\n"
                "(c) With $v_1 = (1,1)/\\sqrt2$ and $u_1 = (1,3)/\\sqrt{10}$,\n"
                "$$A_1 = \\sigma_1 u_1 v_1^\\top = \\frac{3}{2}\\begin{pmatrix}1 & 1\\\\ 3 & 3\\end{pmatrix} = \\begin{pmatrix}1.5 & 1.5\\\\ 4.5 & 4.5\\end{pmatrix}$$\n\n"
                "**Exercise 4.2**\n\n"
                "(a) PyTorch keeps two bias vectors per gate ($b_{ih}$ and $b_{hh}$), so the count is "
                "$3(20\\cdot10 + 20\\cdot20 + 20 + 20) = 1920$.\n\n"
                "(b) With `batch_first=False`, `output` has shape (seq_len, batch, hidden) = (7, 4, 20).\n\n"
                "(c) The update gate weights the candidate: $h_t = z_t n_t + (1 - z_t) h_{t-1} = 0.25(0.8) + 0.75(-0.4) = -0.1$\n\n"
                "| Part | Answer |\n|---|---|\n"
                "| 4.1(a)(i) | $3\\sqrt5$ |\n| 4.1(a)(ii) | $\\sqrt5$ |\n| 4.1(b) | 0.9 |\n"
                "| 4.1(c) | [[1.5, 1.5], [4.5, 4.5]] |\n| 4.2(a) | 1920 |\n| 4.2(b) | (4, 7, 20) |\n"
                "| 4.2(c) | −0.1 |"}],
            "2026-03-03T16:05:41.000000Z"),
    ]
    conv = cconv(k, "Problem sheet 4: SVD + GRU", "2026-03-03T16:05:00.000000Z", msgs)
    dump_claude(os.path.join(ROOT, "svd-gru/transcripts/claude-export.json"), [conv])


if __name__ == "__main__":
    prob_export()
    backprop_export()
    backprop_claude()
    svd_export()
    svd_claude()
    print("ok")
