#!/usr/bin/env python3
"""Writes the ChatGPT (conversations.json shape) and Claude data-export transcripts.

Deterministic: fixed ids (uuid5), fixed timestamps, sorted nothing, stable json.dumps.
Re-running gives byte-identical files.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2b9e-3a51-4d0c-9b7e-2f8a1d4c5e60")

CITE = "\ue200cite\ue202turn0search0\ue201"
CITE2 = "\ue200cite\ue202turn0search2\ue201"


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


# --------------------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.n = 0
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        sysid = self.add(root, "system", {"content_type": "text", "parts": [""]}, t=None,
                         metadata={"is_visually_hidden_from_conversation": True})
        self.system = sysid

    def add(self, parent, role, content, t, name=None, recipient="all", metadata=None,
            end_turn=None, status="finished_successfully", channel=None):
        self.n += 1
        mid = uid(self.key, self.n)
        msg = {
            "id": mid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": status,
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": dict(metadata or {}),
            "recipient": recipient,
            "channel": channel,
        }
        if role == "assistant" and content.get("content_type") == "text":
            msg["metadata"].update({"model_slug": self.model, "default_model_slug": self.model,
                                    "parent_id": parent, "request_id": uid(self.key, "req", self.n)})
        self.mapping[mid] = {"id": mid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(mid)
        return mid

    def user(self, parent, text, t):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, t)

    def assistant(self, parent, text, t):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]}, t, end_turn=True)

    def thoughts(self, parent, items, t):
        return self.add(parent, "assistant", {"content_type": "thoughts", "thoughts": [
            {"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
            "source_analysis_msg_id": uid(self.key, "analysis", self.n)}, t, channel="analysis")

    def recap(self, parent, text, t):
        return self.add(parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t,
                        channel="analysis")

    def code(self, parent, src, t):
        return self.add(parent, "assistant", {"content_type": "code", "language": "unknown",
                                               "response_format_name": None, "text": src}, t,
                        recipient="python", end_turn=False)

    def tool_output(self, parent, out, t):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": out}, t,
                        name="python", metadata={"aggregate_result": {"status": "success", "code": "",
                                                                      "final_expression_output": out}})

    def export(self, current_node, with_current=True):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"]]
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            conv["current_node"] = current_node
        conv.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conversation"),
        })
        return conv


def write_json(path, obj, ensure_ascii=True):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=ensure_ascii, indent=2))
        f.write("\n")


# --------------------------------------------------------------------------- Claude
def claude_msg(key, n, sender, t, blocks, attachments=()):
    content = []
    for i, b in enumerate(blocks):
        kind = b[0]
        stamp = {"start_timestamp": t, "stop_timestamp": t}
        if kind == "text":
            content.append({**stamp, "type": "text", "text": b[1], "citations": []})
        elif kind == "thinking":
            content.append({**stamp, "type": "thinking", "thinking": b[1],
                            "summaries": [{"summary": b[2]}], "cut_off": False})
        elif kind == "tool_use":
            content.append({**stamp, "type": "tool_use", "name": b[1], "input": b[2],
                            "id": uid(key, n, "tool", i)})
        elif kind == "tool_result":
            content.append({**stamp, "type": "tool_result", "name": b[1],
                            "content": [{"type": "text", "text": b[2], "uuid": uid(key, n, "res", i)}],
                            "is_error": False, "tool_use_id": uid(key, n, "tool", i - 1)})
    text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {
        "uuid": uid(key, "msg", n),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": [{"file_name": a[0], "file_size": len(a[1].encode()), "file_type": a[2],
                         "extracted_content": a[1]} for a in attachments],
        "files": [],
    }


def claude_conv(key, name, created, msgs, summary=""):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "summary": summary,
        "created_at": created,
        "updated_at": msgs[-1]["updated_at"] if msgs else created,
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }


# =========================================================================== A1
def bayes_chatgpt():
    # unrelated conversation first
    other = GPTConv("a1-other", "Banana bread substitutions", 1741290011.204)
    u = other.user(other.system, "can I replace butter with oil in banana bread? how much", 1741290011.61)
    a = other.assistant(u, "Yes. Use about 3/4 of the amount of butter: for 1/2 cup (113 g) of butter, "
                        "use 6 tablespoons (about 90 ml) of a neutral oil. The loaf will be a bit moister "
                        "and slightly less rich.", 1741290019.88)
    conv_other = other.export(a)

    c = GPTConv("a1", "Probability HW3 help", 1741371920.118, model="o3-mini")
    q = ("STAT 3410 HW3, please solve everything and give final answers clearly.\n\n"
         "1. A screening test for a rare condition D has sensitivity P(+|D)=0.95 and specificity "
         "P(-|not D)=0.90. The prevalence in the screened population is P(D)=0.02.\n"
         "(a) What is the probability that a randomly chosen person tests positive, P(+)?\n"
         "(b) A person tests positive. Compute P(D|+). Give your answer to three decimal places.\n"
         "(c) The person is re-tested with the same test, the two outcomes conditionally independent given "
         "the true disease status. Both positive. Compute P(D|+,+) to three decimal places.\n\n"
         "2. X takes values a,b,c,d with p=(1/2,1/4,1/8,1/8); u is uniform on the same four values.\n"
         "(a) H(X) in bits. (b) D_KL(p||u) in bits. (c) Binary entropy in nats H(q)=-q ln q-(1-q) ln(1-q); "
         "give dH/dq simplified.\n\n"
         "3. 16 examples, 10 positive / 6 negative. A=0: 7 pos, 1 neg. A=1: 3 pos, 5 neg. "
         "Information gain IG(Y;A) in bits, three decimal places.\n\n"
         "4. (a) Which is always true about KL? A. symmetric B. >= 0 with equality iff p = q "
         "C. triangle inequality D. <= 1 in bits. (b) True/false: I(X;Y)=0 implies X and Y independent.")
        
    u1 = c.user(c.system, q, 1741371920.533)
    # first (regenerated-away) answer
    old = c.assistant(u1, (
        "**1(a)** P(+) = 0.95·0.02 + 0.10·0.98 = 0.117\n\n"
        "**1(b)** P(D|+) = 0.019/0.117 ≈ 0.162\n\n"
        "**1(c)** P(D|+,+) ≈ 0.903\n\n"
        "**2(a)** 1.75 bits  **2(b)** 0.25 bits  **2(c)** ln((1−q)/q)\n\n"
        "**3** IG ≈ 0.205 bits\n\n"
        "**4(a)** B  **4(b)** True"), 1741371941.02)
    # regenerated answer with reasoning
    th = c.thoughts(u1, [
        ("Working through the screening test",
         "False positive rate 0.1. P(+) = 0.019 + 0.098 = 0.117. Posterior 0.162. Two tests: 0.01805/(0.01805+0.0098)."),
        ("Entropy and KL",
         "H = 1.75 bits. KL to uniform = log 4 - H. IG: parent 0.954, children 0.544 and ... 0.811?"),
    ], 1741372003.47)
    rc = c.recap(th, "Thought for 14 seconds", 1741372003.91)
    ans = c.assistant(rc, (
        "Here are the solutions.\n\n"
        "### Problem 1\n\n"
        "The false-positive rate is $P(+\\mid\\neg D) = 1 - 0.90 = 0.10$.\n\n"
        "**(a)** $P(+) = 0.95 \\times 0.02 + 0.10 \\times 0.98 = 0.019 + 0.098 = 0.117$\n\n"
        "**(b)** $P(D\\mid +) = \\dfrac{0.019}{0.117} \\approx 0.162$\n\n"
        "**(c)** Conditional independence means the likelihoods multiply:\n\n"
        "$$P(D\\mid +,+) = \\frac{0.02 \\cdot 0.95^2}{0.02 \\cdot 0.95^2 + 0.98 \\cdot 0.10^2} = \\frac{0.01805}{0.02785} \\approx 0.648$$\n\n"
        "### Problem 2\n\n"
        "**(a)** $H(X) = \\tfrac12(1) + \\tfrac14(2) + \\tfrac18(3) + \\tfrac18(3) = 1.75$ bits.\n\n"
        "**(b)** Using natural logs, $D_{\\mathrm{KL}}(p\\|u) = \\sum_x p(x)\\ln\\frac{p(x)}{1/4} = \\ln 4 - H_{\\text{nats}}(X) = 1.386 - 1.213$, so\n\n"
        "$$D_{\\mathrm{KL}}(p\\|u) \\approx 0.173$$\n\n"
        "**(c)** $\\dfrac{dH}{dq} = -\\ln q - 1 + \\ln(1-q) + 1 = \\ln\\dfrac{1-q}{q}$\n\n"
        "### Problem 3\n\n"
        "- Parent (10+, 6−): $H = 0.954$ bits\n"
        "- $A=0$ (7+, 1−): $H = 0.544$ bits\n"
        "- $A=1$ (3+, 5−): $H = 0.811$ bits\n\n"
        "$$\\mathrm{IG} = 0.954 - \\tfrac12(0.544) - \\tfrac12(0.811) \\approx 0.277 \\text{ bits}$$\n\n"
        "### Problem 4\n\n"
        "**(a)** **B** — KL is non-negative (Gibbs' inequality) and zero exactly when $p = q$; it is neither symmetric nor bounded.\n\n"
        "**(b)** **True.** $I(X;Y) = D_{\\mathrm{KL}}(p_{XY}\\,\\|\\,p_X p_Y)$, which vanishes only if $p_{XY} = p_X p_Y$."),
        1741372031.36)
    u2 = c.user(ans, "what would 1(b) be if the prevalence were 10% instead?", 1741372188.05)
    a2 = c.assistant(u2, (
        "With $P(D) = 0.10$: $P(+) = 0.95(0.10) + 0.10(0.90) = 0.095 + 0.09 = 0.185$, so\n\n"
        "$$P(D\\mid +) = \\frac{0.095}{0.185} \\approx 0.514$$\n\n"
        "At 10% prevalence a positive result is slightly better than a coin flip. Your homework's "
        "2% setting is unaffected."), 1741372195.77)
    _ = old
    conv = c.export(a2)
    write_json("bayes-entropy-exam/transcripts/conversations-export.json", [conv_other, conv])


# =========================================================================== A4
PROBLEM_A_TEXT = (
    "STAT 3410 - Probability & Information Homework 3 Due Fri 7 March, 5pm\n"
    "Honour code: I have neither given nor received unauthorised aid on this assignment.\n"
    "1. A screening test for a rare condition D has sensitivity P(+ | D) = 0.95 and specificity P(- | ¬D) = 0.90. "
    "The prevalence in the screened population is P(D) = 0.02.\n"
    "(a) (2 pts) What is the probability that a randomly chosen person tests positive, P(+)?\n"
    "(b) (3 pts) A person tests positive. Compute P(D | +). Give your answer to three decimal places.\n"
    "(c) (4 pts) The person is re-tested with the same test, and the two test outcomes are conditionally "
    "independent given the true disease status. Both tests come back positive. Compute P(D | +, +) to three decimal places.\n"
    "2. Let X take the values a, b, c, d with probabilities p = (1/2, 1/4, 1/8, 1/8), and let u be the uniform "
    "distribution on the same four values.\n"
    "(a) (2 pts) Compute the entropy H(X) in bits.\n"
    "(b) (2 pts) Compute DKL(p ‖ u) in bits.\n"
    "(c) (3 pts) The binary entropy in nats is H(q) = −q ln q − (1 − q) ln(1 − q) for 0 < q < 1. Give dH/dq as a simplified expression in q.\n"
    "3. (5 pts) A training set for a decision tree has 16 examples, 10 positive and 6 negative. Splitting on the "
    "binary attribute A gives\npositive negative\nA = 0 7 1\nA = 1 3 5\n"
    "Compute the information gain IG(Y ; A) in bits, to three decimal places.\n"
    "4. (a) (2 pts) Which statement about the KL divergence between distributions p and q is always true?\n"
    "A. DKL(p‖q) = DKL(q‖p)\nB. DKL(p‖q) ≥ 0, with equality if and only if p = q\n"
    "C. DKL satisfies the triangle inequality\nD. DKL(p‖q) ≤ 1 when measured in bits\n"
    "(b) (2 pts) True or false: if the mutual information I(X; Y ) = 0, then X and Y are independent.\n"
    "Page 1 of 1")


def bayes_claude():
    k = "a4"
    m1 = claude_msg(k, 1, "human", "2025-03-06T19:02:11.482913Z",
                    [("text", "Can you do this homework? Number the answers like the sheet please.")],
                    attachments=[("stat3410_hw3.pdf", PROBLEM_A_TEXT, "pdf")])
    m2 = claude_msg(k, 2, "assistant", "2025-03-06T19:02:39.107225Z", [
        ("thinking",
         "Screening: FPR = 0.1. P(+) = 0.117. P(D|+) = 0.162. For two positives I need the squared likelihoods... "
         "0.01805/(0.01805+0.098)? That uses 0.1 not 0.01 for the negatives. Let me just write it out. "
         "Entropy 1.75, KL 0.25. IG 0.205. KL options: B. MI zero -> independent, true.",
         "Worked through screening, entropy and KL calculations."),
        ("text",
         "## Problem 1\n\n"
         "Let $\\text{FPR} = P(+\\mid\\neg D) = 1 - 0.90 = 0.10$.\n\n"
         "**1(a)** $P(+) = 0.95(0.02) + 0.10(0.98) = 0.019 + 0.098 = \\boxed{0.117}$\n\n"
         "**1(b)** $P(D\\mid +) = \\dfrac{0.019}{0.117} = \\boxed{0.162}$\n\n"
         "**1(c)** With two conditionally independent positives:\n\n"
         "$$P(D\\mid +,+) = \\frac{0.02 \\times 0.95^2}{0.02\\times 0.95^2 + 0.98 \\times 0.10} = \\frac{0.01805}{0.01805 + 0.098} = \\boxed{0.156}$$\n\n"
         "## Problem 2\n\n"
         "**2(a)** $H(X) = \\sum_x p(x)\\log_2\\frac{1}{p(x)} = 0.5 + 0.5 + 0.375 + 0.375 = \\boxed{1.75\\text{ bits}}$\n\n"
         "**2(b)** $D_{\\mathrm{KL}}(p\\|u) = \\log_2 4 - H(X) = \\boxed{0.25\\text{ bits}}$\n\n"
         "**2(c)** $\\dfrac{dH}{dq} = \\boxed{\\ln\\!\\left(\\dfrac{1-q}{q}\\right)}$\n\n"
         "## Problem 3\n\n"
         "$H(Y) = H(10/16) = 0.9544$, $H(Y\\mid A=0) = H(7/8) = 0.5436$, $H(Y\\mid A=1) = H(3/8) = 0.9544$.\n\n"
         "$\\mathrm{IG}(Y;A) = 0.9544 - \\tfrac{8}{16}(0.5436) - \\tfrac{8}{16}(0.9544) = \\boxed{0.205\\text{ bits}}$\n\n"
         "## Problem 4\n\n"
         "**4(a)** $\\boxed{B}$\n\n"
         "**4(b)** **False.** Zero mutual information only rules out a linear relationship between $X$ and $Y$; "
         "they can still be dependent in a nonlinear way."),
    ])
    conv = claude_conv(k, "STAT 3410 homework 3", "2025-03-06T19:02:10.998102Z", [m1, m2])
    write_json("bayes-entropy-exam/transcripts/claude-export.json", [conv], ensure_ascii=False)


# =========================================================================== B1
def attention_chatgpt():
    other = GPTConv("b1-other", "Lisbon carry-on packing list", 1760801122.4)
    u = other.user(other.system, "4 day trip to lisbon in late october, carry-on only. packing list?", 1760801122.9)
    a = other.assistant(u, "Late October in Lisbon is usually 15–22 °C with some rain " + CITE2 +
                        ". Pack: 4 tops, 2 trousers, a light rain jacket, one warm layer, comfortable "
                        "walking shoes (the hills and cobbles are steep), and a compact umbrella.", 1760801131.5)
    conv_other = other.export(a)

    c = GPTConv("b1", "Attention HW numbers", 1760903345.77)
    q = ("CS 4780 HW5. Please compute everything.\n"
         "1. q=(1,2); k1=(1,0),k2=(0,1),k3=(1,1); v1=(1,0),v2=(0,1),v3=(2,2); d_k=2. "
         "(a) scaled scores q·k_i/sqrt(d_k) (b) softmax weights 3dp (c) output sum alpha_i v_i 3dp\n"
         "2. encoder layer, d_model=512, h=8, d_ff=2048, every linear map has a bias, each LayerNorm has gain and bias, "
         "no embeddings. (a) MHA sublayer params (b) FFN params (c) whole layer incl. both LayerNorms\n"
         "3. batch 32, length 128. (a) shape of attention weights tensor, batch first then heads "
         "(b) scaling in n: A O(n) B O(n log n) C O(n^2) D O(n^3)")
    u1 = c.user(c.system, q, 1760903346.02)
    code = c.code(u1, (
        "import numpy as np\n"
        "q = np.array([1., 2.])\n"
        "K = np.array([[1., 0.], [0., 1.], [1., 1.]])\n"
        "V = np.array([[1., 0.], [0., 1.], [2., 2.]])\n"
        "s = K @ q / np.sqrt(2)\n"
        "a = np.exp(s) / np.exp(s).sum()\n"
        "print(s.round(4), a.round(4), (a @ V).round(4))\n"
        "d, dff = 512, 2048\n"
        "mha = 4 * (d*d + d); ffn = d*dff + dff + dff*d + d\n"
        "print(mha, ffn, mha + ffn)"), 1760903352.18)
    out = c.tool_output(code, "[0.7071 1.4142 2.1213] [0.14   0.284  0.576 ] [1.292  1.4359]\n1050624 2099712 3150336",
                        1760903353.02)
    ans = c.assistant(out, (
        "I ran the numbers in Python; here are the results.\n\n"
        "## 1. Scaled dot-product attention\n\n"
        "**(a)** $q\\cdot k = (1, 2, 3)$, divided by $\\sqrt{2}$:\n\n"
        "$$s \\approx (0.707,\\ 1.414,\\ 2.121)$$\n\n"
        "**(b)** $\\alpha = \\operatorname{softmax}(s) \\approx (0.140,\\ 0.284,\\ 0.576)$\n\n"
        "**(c)** $o = \\sum_i \\alpha_i v_i \\approx (1.292,\\ 1.436)$\n\n"
        "## 2. Parameter count\n\n"
        "Following the original Transformer layout " + CITE + ", each of the four projections is a "
        "$512 \\times 512$ linear map with bias.\n\n"
        "**(a)** $4(512 \\cdot 512 + 512) = 1{,}050{,}624$\n\n"
        "**(b)** $(512 \\cdot 2048 + 2048) + (2048 \\cdot 512 + 512) = 2{,}099{,}712$\n\n"
        "**(c)** Adding the sublayers gives the full encoder layer:\n\n"
        "$$1{,}050{,}624 + 2{,}099{,}712 = 3{,}150{,}336$$\n\n"
        "## 3. Shapes and cost\n\n"
        "**(a)** $(32, 8, 128, 128)$ — one $128\\times128$ weight matrix per head per sequence.\n\n"
        "**(b)** The $n \\times n$ score matrix makes it quadratic, so the answer is **(C)**."), 1760903371.64)
    u2 = c.user(ans, "does the 1/sqrt(d_k) scaling change which key gets the most weight?", 1760903450.12)
    a2 = c.assistant(u2, (
        "No. Dividing every score by the same positive constant keeps their order, so key 3 still gets the "
        "largest weight. What changes is how peaked the distribution is: without scaling the weights would be "
        "$(0.090, 0.245, 0.665)$, noticeably sharper than the scaled $(0.140, 0.284, 0.576)$. That is the point "
        "of the scaling " + CITE + ": it keeps the softmax out of its saturated regime when $d_k$ is large."),
        1760903458.31)
    conv = c.export(a2)
    write_json("attention-course-page/transcripts/conversations.json", [conv, conv_other])


# =========================================================================== C1
def optim_chatgpt_no_current():
    c = GPTConv("c1", "Optimisation PS2", 1741000210.5)
    q = ("ECE 5290 problem set 2, all problems:\n\n"
         "Problem 1. f(x) = 1/2 x^T A x - b^T x, A = [[3,1],[1,2]], b = (1,-1).\n"
         "(a) one GD step from x0 = (0,0), eta = 0.1: x1?\n(b) minimiser x*?\n"
         "(c) GD converges from every start iff 0 < eta < eta_max. eta_max to 3 s.f.?\n\n"
         "Problem 2. w0 = 1.\n(a)(i) heavy ball v_t = 0.9 v_{t-1} + g_t, w_t = w_{t-1} - 0.1 v_t, v0 = 0, g1 = 2, g2 = 1. w2?\n"
         "(a)(ii) Adam beta1 = 0.9, beta2 = 0.999, eta = 0.01, eps = 0, usual bias correction, one step with g1 = 2. w1?\n"
         "(b) SGD with L2 weight decay w <- w - eta(g + lambda w), w = 2, g = 0.5, eta = 0.1, lambda = 0.01. new w?\n\n"
         "Problem 3. one Newton step for minimising f(x) = x^4 - 3x^2 + 2 from x0 = 2, exact fraction.\n\n"
         "Problem 4. True or false: GD on the f of problem 1 with eta = 0.6 converges to x* from every start.")
    u1 = c.user(c.system, q, 1741000211.03)
    # branch 1 (older): answer, follow-up, reply
    a_old = c.assistant(u1, (
        "**Problem 1**\n(a) x1 = (0.1, −0.1)\n(b) x* = (0.6, −0.8)\n(c) η_max = 1/λ_max ≈ 0.276\n\n"
        "**Problem 2**\n(a)(i) w2 = 0.52\n(a)(ii) w1 = 0.99\n(b) w = 1.948\n\n"
        "**Problem 3** x1 = 32/21\n\n**Problem 4** True"), 1741000236.4)
    u_old = c.user(a_old, "why is 1(c) 1/lambda_max and not 2/lambda_max?", 1741000390.8)
    c.assistant(u_old, (
        "You're right to question it: the sharp condition is |1 − ηλ| < 1 for every eigenvalue, which gives "
        "η < 2/λ_max ≈ 0.553. The value 1/λ_max ≈ 0.276 is the step that is optimal for the top eigen-direction, "
        "not the stability limit."), 1741000398.2)
    # branch 2 (newer): regenerated first answer — this is the latest leaf
    a_new = c.assistant(u1, (
        "## Problem 1\n\n"
        "$\\nabla f(x) = Ax - b$.\n\n"
        "**(a)** $\\nabla f(0) = -b = (-1, 1)^\\top$, so $x_1 = 0 - 0.1(-1, 1)^\\top = (0.1, -0.1)^\\top$.\n\n"
        "**(b)** $x^\\star = A^{-1}b = \\tfrac15\\begin{pmatrix}2 & -1\\\\ -1 & 3\\end{pmatrix}\\begin{pmatrix}1\\\\-1\\end{pmatrix} = \\begin{pmatrix}0.6\\\\-0.8\\end{pmatrix}$\n\n"
        "**(c)** The eigenvalues of $A$ are $\\tfrac{5\\pm\\sqrt5}{2} \\approx 1.382,\\ 3.618$. GD multiplies the error along "
        "each eigenvector by $1 - \\eta\\lambda_i$, so we need $|1-\\eta\\lambda_i| < 1$ for both:\n\n"
        "$$\\eta_{\\max} = \\frac{2}{\\lambda_{\\max}} = \\frac{4}{5+\\sqrt5} \\approx 0.553$$\n\n"
        "## Problem 2\n\n"
        "**(a)(i)** $v_1 = 2,\\ w_1 = 0.8$; $v_2 = 0.9(2) + 1 = 2.8,\\ w_2 = 0.8 - 0.28 = 0.52$.\n\n"
        "**(a)(ii)** $m_1 = (1-\\beta_1)g_1 = 0.2$ and $v_1 = (1-\\beta_2)g_1^2 = 0.004$. The step is "
        "$\\eta\\, m_1/\\sqrt{v_1} = 0.01 \\times 0.2/0.0632 \\approx 0.0316$, so\n\n"
        "$$w_1 \\approx 0.968$$\n\n"
        "**(b)** $w = 2 - 0.1\\,(0.5 + 0.01 \\cdot 2) = 2 - 0.052 = 1.948$\n\n"
        "## Problem 3\n\n"
        "$f'(2) = 4(8) - 6(2) = 20$, $f''(2) = 12(4) - 6 = 42$, so $x_1 = 2 - \\tfrac{20}{42} = \\tfrac{32}{21} \\approx 1.524$.\n\n"
        "## Problem 4\n\n"
        "**False.** $0.6 > \\eta_{\\max} \\approx 0.553$, so $|1 - 0.6 \\cdot 3.618| \\approx 1.17 > 1$ and the iterates diverge "
        "along the top eigenvector."), 1741000512.9)
    conv = c.export(a_new, with_current=False)
    write_json("optim-article/transcripts/conversations.json", [conv])


# =========================================================================== C4
def optim_claude():
    other = claude_conv("c4-other", "Cover letter edits", "2025-02-27T08:14:55.120411Z", [
        claude_msg("c4-other", 1, "human", "2025-02-27T08:14:55.300000Z",
                   [("text", "Make this opening line less stiff: 'I am writing to express my interest in the position.'")]),
        claude_msg("c4-other", 2, "assistant", "2025-02-27T08:15:02.900000Z",
                   [("text", "Try: \"I'd love to bring my background in data engineering to your analytics team.\"")]),
    ])
    k = "c4"
    m1 = claude_msg(k, 1, "human", "2025-02-28T16:40:03.551200Z", [("text",
        "ECE 5290 PS2. Problem 1: f(x) = ½xᵀAx − bᵀx, A = [[3,1],[1,2]], b = (1,−1). (a) x1 after one GD step from 0 with "
        "η = 0.1 (b) minimiser (c) η_max (GD converges from every start iff 0 < η < η_max), 3 s.f.\n"
        "Problem 2: w0 = 1. (a)(i) heavy ball v_t = βv_{t−1} + g_t, w_t = w_{t−1} − ηv_t, β = 0.9, η = 0.1, v0 = 0, "
        "g1 = 2, g2 = 1 → w2. (a)(ii) Adam β1 = 0.9, β2 = 0.999, η = 0.01, ε = 0, bias-corrected, g1 = 2 → w1. "
        "(b) w ← w − η(g + λw), w = 2, g = 0.5, η = 0.1, λ = 0.01 → new w.\n"
        "Problem 3: one Newton step, f(x) = x⁴ − 3x² + 2, x0 = 2, exact fraction.\n"
        "Problem 4: T/F — GD on problem 1's f with η = 0.6 converges to x* from every start.")])
    m2 = claude_msg(k, 2, "assistant", "2025-02-28T16:40:41.009310Z", [
        ("thinking",
         "Eigenvalues (5±√5)/2. η_max = 2/3.618 = 0.553. For problem 4, 0.6 ... strongly convex so maybe True? "
         "No — step too large. Let me verify numerically.",
         "Checked eigenvalues and Newton step."),
        ("tool_use", "repl", {"code": "import numpy as np\nA=np.array([[3,1],[1,2]]);b=np.array([1,-1])\n"
                                      "print(np.linalg.solve(A,b), np.linalg.eigvalsh(A))\nprint(2-20/42)"}),
        ("tool_result", "repl", "[ 0.6 -0.8] [1.38196601 3.61803399]\n1.5238095238095237"),
        ("text",
         "**Problem 1**\n\n"
         "(a) $\\nabla f(x_0) = Ax_0 - b = (-1, 1)$, so $x_1 = (0.1, -0.1)$.\n\n"
         "(b) Solving $Ax = b$: $x^\\star = (0.6, -0.8)$.\n\n"
         "(c) With $\\lambda_{\\max} = (5+\\sqrt5)/2 \\approx 3.618$, the stability limit is $\\eta_{\\max} = 2/\\lambda_{\\max} \\approx 0.553$.\n\n"
         "**Problem 2**\n\n"
         "(a)(i) Using the momentum buffer $v_t = \\beta v_{t-1} + (1-\\beta) g_t$:\n\n"
         "- $v_1 = 0.2$, $w_1 = 1 - 0.02 = 0.98$\n"
         "- $v_2 = 0.18 + 0.1 = 0.28$, $w_2 = 0.98 - 0.028 = 0.952$\n\n"
         "So $w_2 = 0.952$.\n\n"
         "(a)(ii) Bias correction gives $\\hat m_1 = 2$, $\\hat v_1 = 4$, so $w_1 = 1 - 0.01 \\cdot 2/2 = 0.99$.\n\n"
         "**Problem 3**\n\n"
         "$f'(2) = 20$ and $f''(2) = 42$, so $x_1 = 2 - 20/42 = 32/21$.\n\n"
         "**Problem 4**\n\n"
         "False: $\\eta = 0.6$ exceeds $\\eta_{\\max} \\approx 0.553$, so GD diverges from any start that has a component "
         "along the top eigenvector."),
    ])
    conv = claude_conv(k, "Optimisation problem set 2", "2025-02-28T16:40:03.102030Z", [m1, m2])
    write_json("optim-article/transcripts/claude-data-export.json", [other, conv], ensure_ascii=False)


# =========================================================================== D1
def seq_chatgpt():
    c = GPTConv("d1", "Ch4 RNN / NB / SVM exercises", 1742922001.3, model="gpt-4o")
    q = ("Exercise 4.1: lstm = torch.nn.LSTM(input_size=64, hidden_size=128, num_layers=1).\n"
         "a) How many trainable parameters does lstm have?\n"
         "b) How many for torch.nn.GRU(input_size=64, hidden_size=128)?\n\n"
         "Exercise 4.2: h_t = tanh(w h_{t-1} + u x_t), w = 0.5, u = 1, h_0 = 0, x_1 = 1, x_2 = -1. h_2 to three decimals.\n\n"
         "Exercise 4.3: multinomial NB, P(spam) = 0.4; free: 0.5 (spam), 0.1 (ham); meeting: 0.1 (spam), 0.4 (ham).\n"
         "a) e-mail = 'free free meeting'. P(spam | e-mail) to 3 dp.\n"
         "b) spam has 20 tokens, vocabulary 50 words, 'offer' never in spam. Add-one estimate of P(offer | spam), exact fraction.\n\n"
         "Exercise 4.4: hard-margin SVM, w = (3, 4), b = -2. Width of the margin (distance between w.x + b = 1 and w.x + b = -1)?")
    u1 = c.user(c.system, q, 1742922001.9)
    old = c.assistant(u1, (
        "**4.1** a) 99,328 b) 74,496\n\n**4.2** h₂ ≈ −0.551\n\n**4.3** a) 0.806 b) 1/70\n\n**4.4** 2/‖w‖ = 0.4"),
        1742922020.4)
    _ = old
    th = c.thoughts(u1, [("Counting LSTM weights",
                          "4 gates, input 64 hidden 128; PyTorch has b_ih and b_hh. GRU 3 gates.")], 1742922140.2)
    rc = c.recap(th, "Thought for 9 seconds", 1742922140.6)
    ans = c.assistant(rc, (
        "### Exercise 4.1\n\n"
        "a) PyTorch's `nn.LSTM` stacks the four gates: `weight_ih_l0` is $512\\times64$, `weight_hh_l0` is $512\\times128$, "
        "and there are two bias vectors `bias_ih_l0`, `bias_hh_l0` of length 512.\n\n"
        "$$32{,}768 + 65{,}536 + 512 + 512 = 99{,}328$$\n\n"
        "b) For the GRU, three gates with one bias per gate:\n\n"
        "$$3 \\times (128 \\cdot 64 + 128 \\cdot 128 + 128) = 3 \\times 24{,}704 = 74{,}112$$\n\n"
        "### Exercise 4.2\n\n"
        "$h_1 = \\tanh(1) = 0.7616$, and $h_2 = \\tanh(0.5 \\cdot 0.7616 - 1) = \\tanh(-0.6192)$:\n\n"
        "$$h_2 = -0.551$$\n\n"
        "### Exercise 4.3\n\n"
        "a) Score each class by prior × product of token probabilities:\n\n"
        "- spam: $0.4 \\times 0.5^2 \\times 0.1 = 0.0100$\n"
        "- ham: $0.6 \\times 0.1^2 \\times 0.4 = 0.0024$\n\n"
        "$P(\\text{spam}\\mid\\text{e-mail}) = 0.0100/0.0124 = 25/31 \\approx \\mathbf{0.806}$\n\n"
        "b) $\\hat P(\\text{offer}\\mid\\text{spam}) = \\dfrac{0+1}{20+50} = \\mathbf{\\dfrac{1}{70}}$\n\n"
        "### Exercise 4.4\n\n"
        "The geometric margin is $1/\\|w\\| = 1/\\sqrt{3^2+4^2} = 1/5$, so\n\n"
        "**Margin width = 0.2**"), 1742922152.8)
    conv = c.export(ans)
    write_json("sequence-models-exercises/transcripts/chatgpt-conversations.json", [conv])


if __name__ == "__main__":
    bayes_chatgpt()
    bayes_claude()
    attention_chatgpt()
    optim_chatgpt_no_current()
    optim_claude()
    seq_chatgpt()
