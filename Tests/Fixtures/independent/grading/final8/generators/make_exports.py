#!/usr/bin/env python3
"""Writes the ChatGPT and Claude data-export transcripts of the final8 corpus.

Deterministic: ids come from uuid5 of fixed names and timestamps are constants, so
re-running gives byte-identical files.
"""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2b9e-2d7a-4c1e-9a55-0b3e7d9c4a10")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ----------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        root = "client-created-root" if True else None
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}

    def add(self, name, parent, role, content, t, recipient="all", author_name=None,
            metadata=None, end_turn=None):
        nid = uid(self.key, name)
        pid = parent if parent == self.root else uid(self.key, parent)
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": None if t is None else self.t0 + t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        return name

    def text(self, name, parent, role, text, t, **kw):
        return self.add(name, parent, role, {"content_type": "text", "parts": [text]}, t, **kw)

    def system(self, parent="client-created-root"):
        return self.add("system", parent, "system", {"content_type": "text", "parts": [""]}, None,
                        metadata={"is_visually_hidden_from_conversation": True})

    def thoughts(self, name, parent, summary, content, t):
        return self.add(name, parent, "assistant",
                        {"content_type": "thoughts",
                         "thoughts": [{"summary": summary, "content": content, "chunks": [], "finished": True}],
                         "source_analysis_msg_id": uid(self.key, name, "analysis")}, t,
                        metadata={"reasoning_status": "is_reasoning"})

    def recap(self, name, parent, text, t):
        return self.add(name, parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t,
                        metadata={"reasoning_status": "reasoning_ended"})

    def code(self, name, parent, code, t):
        return self.add(name, parent, "assistant",
                        {"content_type": "code", "language": "unknown", "response_format_name": None, "text": code},
                        t, recipient="python")

    def exec_out(self, name, parent, out, t):
        return self.add(name, parent, "tool", {"content_type": "execution_output", "text": out}, t,
                        author_name="python",
                        metadata={"aggregate_result": {"status": "success", "code": "", "final_expression_output": out}})

    def dump(self, current=None, with_current=True, model="gpt-4o"):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"] is not None]
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = uid(self.key, current)
        d.update({"plugin_ids": None, "conversation_id": uid(self.key, "conv"), "conversation_template_id": None,
                  "gizmo_id": None, "is_archived": False, "safe_urls": [], "default_model_slug": model,
                  "id": uid(self.key, "conv")})
        return d


def write_json(path, data, indent=None):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=indent)
        f.write("\n")


# ----------------------------------------------------------------- A1: stat-ml-hw3 ChatGPT export
def stat_export():
    other = Conv("a1-grocery", "Cheap high-protein groceries", 1741300000.0)
    other.system()
    other.text("u1", "system", "user", "give me a cheap high protein grocery list for a week, I'm a student", 10)
    other.text("a1", "u1", "assistant",
               "Here's a budget-friendly list (about $35–45 depending on where you shop):\n\n"
               "- Eggs (2 dozen)\n- Dried lentils, 1 kg\n- Canned chickpeas ×4\n- Greek yogurt, 1 kg tub\n"
               "- Chicken thighs, 1.5 kg\n- Peanut butter\n- Oats, 1 kg\n- Frozen spinach and mixed veg\n\n"
               "That gives roughly 100–120 g of protein a day if you eat eggs + yogurt at breakfast.", 25,
               end_turn=True)

    c = Conv("a1-hw3", "Bayes test & tree entropy", 1741812000.0)
    c.system()
    c.text("u1", "system", "user",
           "Problem 1. A screening test for a rare condition D is used on a population in which 2% of people "
           "have the condition. The test has sensitivity 0.95 (i.e. P(+|D)=0.95) and specificity 0.90 "
           "(i.e. P(-|not D)=0.90).\n(a) What is the probability that a randomly chosen person tests positive?\n"
           "(b) A person tests positive. What is the probability that they have the condition?\n"
           "(c) The person is tested a second time and is again positive. Assuming the two test results are "
           "conditionally independent given the person's true status, what is now the probability that they "
           "have the condition?\n\nProblem 2. A node of a decision tree holds 16 training examples, 10 labelled "
           "positive and 6 labelled negative. A candidate binary split sends 8 examples to the left child "
           "(7 positive, 1 negative) and 8 examples to the right child (3 positive, 5 negative).\n"
           "(a) Compute the entropy (in bits) of the label distribution at the node.\n"
           "(b) Compute the information gain of the split.\n"
           "(c) Let H(p) = -p log2 p - (1-p) log2(1-p). Give a closed-form expression for dH/dp for 0<p<1.\n\n"
           "Give decimals to 3 places.", 5)
    # first (regenerated-away) branch
    c.thoughts("t1", "u1", "Applying Bayes' rule",
               "Prior 0.02, likelihoods 0.95 and 0.10. Total probability of a positive...", 12)
    c.recap("r1", "t1", "Thought for 9 seconds", 13)
    c.text("a1", "r1", "assistant",
           "**Problem 1**\n\n(a) P(+) = 0.95·0.02 + 0.10·0.98 = 0.117\n\n"
           "(b) P(D|+) = 0.95·0.02 / 0.117 ≈ 0.19\n\n"
           "(c) P(D|++) = 0.01805 / (0.01805 + 0.0098) ≈ 0.648\n\n"
           "**Problem 2**\n\n(a) H ≈ 0.954 bits\n\n(b) IG ≈ 0.205 bits\n\n"
           "(c) dH/dp = log₂((1 − p)/p)", 40, end_turn=True)
    # regenerated branch (graded)
    c.thoughts("t2", "u1", "Working through Bayes and entropy",
               "Sensitivity 0.95, false positive rate 0.1. P(+) = 0.117. Posterior 0.019/0.117 = 0.1624. "
               "Two tests: 0.01805/0.02785 = 0.6481. Entropy of (0.625, 0.375) = 0.9544.", 300)
    c.recap("r2", "t2", "Thought for 14 seconds", 301)
    c.text("a2", "r2", "assistant",
           "## Problem 1 — Screening test\n\n"
           "Let $P(D)=0.02$, $P(+\\mid D)=0.95$, $P(+\\mid \\neg D)=1-0.90=0.10$.\n\n"
           "### (a)\n\n$$P(+) = 0.95(0.02) + 0.10(0.98) = 0.019 + 0.098 = 0.117$$\n\n"
           "**Answer:** $P(+) = 0.117$\n\n"
           "### (b)\n\n$$P(D\\mid +) = \\frac{0.019}{0.117} \\approx 0.1624$$\n\n"
           "**Answer:** $P(D\\mid +) \\approx 0.162$\n\n"
           "### (c)\n\nThe likelihoods multiply: $P(++\\mid D) = 0.95^2 = 0.9025$, $P(++\\mid\\neg D) = 0.10^2 = 0.01$.\n\n"
           "$$P(D\\mid ++) = \\frac{0.02 \\cdot 0.9025}{0.02 \\cdot 0.9025 + 0.98 \\cdot 0.01} = \\frac{0.01805}{0.02785}$$\n\n"
           "**Answer:** $P(D\\mid ++) \\approx 0.65$\n\n"
           "## Problem 2 — Decision tree\n\n"
           "### (a)\n\n$$H = -0.625\\log_2 0.625 - 0.375\\log_2 0.375 \\approx 0.954 \\text{ bits}$$\n\n"
           "### (b)\n\n$H_L = H(7/8) \\approx 0.544$, $H_R = H(3/8) \\approx 0.954$.\n\n"
           "$$IG = 0.954 - \\tfrac12(0.544) - \\tfrac12(0.954) = 0.954 - 0.749 = 0.205 \\text{ bits}$$\n\n"
           "### (c)\n\n"
           "$$\\frac{dH}{dp} = -\\log_2 p - \\frac{1}{\\ln 2} + \\log_2(1-p) + \\frac{1}{\\ln 2} = \\log_2\\frac{1-p}{p}$$\n\n"
           "This is zero at $p = 1/2$, where the entropy is maximal.", 330, end_turn=True)
    c.text("u2", "a2", "user",
           "thanks. problem 3: (a) True or false: two events A and B that are mutually exclusive and each have "
           "positive probability are independent. (b) X ~ Binomial(4, 1/2). P(X >= 3) equals "
           "(A) 1/4 (B) 5/16 (C) 11/16 (D) 3/8 (E) 1/2", 400)
    c.text("a3", "u2", "assistant",
           "**3(a)** False. Mutually exclusive means $P(A\\cap B) = 0$, but independence would need "
           "$P(A\\cap B) = P(A)P(B) > 0$.\n\n"
           "**3(b)** $P(X\\ge 3) = \\binom{4}{3}\\frac1{16} + \\binom{4}{4}\\frac1{16} = \\frac{5}{16}$, so the answer is **(B)**.",
           420, end_turn=True)
    c.text("u3", "a3", "user", "are you sure about 3b? I got 11/16", 500)
    c.text("a4", "u3", "assistant",
           "You're right, I made an error. Counting again: P(X ≥ 3) includes X = 2 as well, "
           "so 6/16 + 4/16 + 1/16 = 11/16.\n\nThe correct choice for 3(b) is **(C)**.", 515, end_turn=True)
    data = [other.dump(current="a1"), c.dump(current="a4", model="o3")]
    write_json(os.path.join(ROOT, "stat-ml-hw3/transcripts/conversations.json"), data)


# ----------------------------------------------------------------- B1: dl-practice ChatGPT export with python
def dl_export():
    c = Conv("b1-dl", "CS482 midterm practice", 1744900000.0)
    c.system()
    c.text("u1", "system", "user",
           "Solve all of this please, show the numbers:\n\n"
           "1. Input 3 × 64 × 64 (C×H×W) into conv1 = nn.Conv2d(3, 16, kernel_size=5, stride=2, padding=2).\n"
           "(a) output shape C × H × W\n(b) learnable parameters (PyTorch defaults)\n"
           "(c) then nn.MaxPool2d(2) followed by conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)\n"
           "  (i) output shape of conv2\n  (ii) MACs of conv2 for one image, ignoring bias\n"
           "2. # learnable params of nn.LSTM(input_size=10, hidden_size=20, num_layers=1) (PyTorch keeps b_ih and b_hh)\n"
           "3. BN training mode, x = (2, 4, 4, 6), biased variance, eps = 0, gamma = 3, beta = 1. Output for x = 6? (3 decimals)\n"
           "4. w0 = 1.0.\n(a) one Adam step lr 0.1, b1 0.9, b2 0.999, eps 0, bias correction, g1 = 0.5. w1?\n"
           "(b) SGD momentum mu = 0.9, lr = 0.1, v <- mu v + g, w <- w - lr v, v0 = 0, g1 = 0.5, g2 = 0.3. w2?", 5)
    c.recap("r1", "u1", "Thought for 6 seconds", 12)
    c.code("code1", "r1",
           "import math\n\n"
           "def out(n, k, s, p):\n    return (n + 2*p - k)//s + 1\n\n"
           "h1 = out(64, 5, 2, 2)\nparams1 = 16*3*5*5 + 16\nh2 = out(h1//2, 3, 1, 1)\n"
           "macs2 = 32*h2*h2 * 3*3*3\nlstm = 4*(20*10 + 20*20 + 20 + 20)\n"
           "x = [2, 4, 4, 6]; mu = sum(x)/4; var = sum((t-mu)**2 for t in x)/4\n"
           "y = 3*(6-mu)/math.sqrt(var) + 1\n"
           "m = 0.1*0.5; v = 0.001*0.25; w1 = 1.0 - 0.1*(m/0.1)/math.sqrt(v/0.001)\n"
           "w, vel = 1.0, 0.0\nfor g in (0.5, 0.3):\n    vel = 0.9*vel + 0.1*g\n    w -= 0.1*vel\n"
           "print(h1, params1, h2, macs2, lstm, round(y, 4), w1, w)", 20)
    c.exec_out("out1", "code1", "32 1216 16 221184 2560 5.2426 0.9 0.9875\n", 22)
    c.text("a1", "out1", "assistant",
           "I checked the arithmetic in Python. Here are the results.\n\n"
           "**1(a)** $H_{out} = \\lfloor (64 + 4 - 5)/2 \\rfloor + 1 = 32$, so the output is $16 \\times 32 \\times 32$.\n\n"
           "**1(b)** `nn.Conv2d` has `bias=True` by default \ue200cite\ue202turn0search2\ue201, so "
           "$16 \\cdot 3 \\cdot 5 \\cdot 5 + 16 = 1216$ parameters.\n\n"
           "**1(c)(i)** After pooling the map is $16 \\times 16 \\times 16$; `conv2` keeps the spatial size, "
           "so its output is $32 \\times 16 \\times 16$.\n\n"
           "**1(c)(ii)** Each of the $32 \\cdot 16 \\cdot 16$ outputs needs $3 \\cdot 3 \\cdot 3$ multiply-accumulates: "
           "**221,184 MACs**.\n\n"
           "**2.** $4\\,(20\\cdot 10 + 20 \\cdot 20 + 20 + 20) = 2560$ parameters "
           "(PyTorch stores both `b_ih` and `b_hh` \ue200cite\ue202turn0search5\ue201).\n\n"
           "**3.** $\\mu = 4$, $\\sigma^2 = 2$, $\\hat x = 2/\\sqrt2 \\approx 1.4142$, "
           "so $y = 3(1.4142) + 1 \\approx 5.243$.\n\n"
           "**4(a)** With bias correction $\\hat m_1 = 0.5$ and $\\hat v_1 = 0.25$, so the step is $0.1 \\cdot 0.5/0.5 = 0.1$ "
           "and $w_1 = 0.9$.\n\n"
           "**4(b)** Using the momentum buffer $v_t = 0.9 v_{t-1} + 0.1 g_t$: $v_1 = 0.05$, $w_1 = 0.995$; "
           "$v_2 = 0.045 + 0.03 = 0.075$, $w_2 = 0.995 - 0.0075 = 0.9875$.\n\n"
           "| Part | Answer |\n|---|---|\n| 1(a) | 16 × 32 × 32 |\n| 1(b) | 1216 |\n| 1(c)(i) | 32 × 16 × 16 |\n"
           "| 1(c)(ii) | 221,184 |\n| 2 | 2560 |\n| 3 | 5.243 |\n| 4(a) | 0.9 |\n| 4(b) | 0.9875 |", 40,
           end_turn=True)
    write_json(os.path.join(ROOT, "dl-practice-midterm/transcripts/chatgpt-export.json"), [c.dump(current="a1")])


# ----------------------------------------------------------------- Claude helpers
def cmsg(key, i, sender, blocks, t, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    ts = "2025-%s" % t
    content = []
    for b in blocks:
        b = dict(b)
        b = {"start_timestamp": ts, "stop_timestamp": ts, **b}
        if b["type"] == "text":
            b["citations"] = []
        content.append(b)
    return {"uuid": uid(key, "msg", str(i)), "text": text, "content": content, "sender": sender,
            "created_at": ts, "updated_at": ts, "attachments": list(attachments), "files": []}


def T(text):
    return {"type": "text", "text": text}


def think(text):
    return {"type": "thinking", "thinking": text, "summaries": [{"summary": "Thinking through the problem."}],
            "cut_off": False}


def conv_claude(key, name, t, msgs):
    return {"uuid": uid(key, "conv"), "name": name, "created_at": "2025-" + t, "updated_at": "2025-" + t,
            "account": {"uuid": uid("account")}, "chat_messages": msgs}


def dl_claude():
    key = "b2-claude"
    sheet = open(os.path.join(ROOT, "dl-practice-midterm/problems.md"), encoding="utf-8").read()
    att = {"file_name": "cs482_midterm_practice.md", "file_size": len(sheet.encode()), "file_type": "text/markdown",
           "extracted_content": sheet}
    msgs = [
        cmsg(key, 0, "human", [T("Here's our midterm practice sheet. Could you go through every problem? "
                                  "I want final answers I can check against mine.")],
             "04-19T14:02:11.000000Z", [att]),
        cmsg(key, 1, "assistant", [
            think("Conv output: (64+4-5)//2+1 = 32. Params 16*75+16 = 1216. Pool to 16, conv2 keeps 16. "
                  "MACs 32*16*16*144. LSTM: 4*(h*i + h*h + 2h) = 4*(200+400+40) = 2560 with two biases... "
                  "though many textbooks use one bias per gate. BN: 3*sqrt(2)+1. Adam first step = lr. "
                  "Momentum: let me run it."),
            T("Let me go through these one at a time, checking the arithmetic as I go."),
            {"type": "tool_use", "name": "repl",
             "input": {"code": "const macs = 32*16*16 * 16*3*3;\nlet w = 1.0, v = 0;\n"
                                "for (const g of [0.5, 0.3]) { v = 0.9*v + g; w -= 0.1*v; }\n"
                                "console.log(macs, 3*Math.SQRT2 + 1, w);"}},
            {"type": "tool_result", "name": "repl",
             "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"1179648 5.242640687119285 0.875\"]}"}],
             "is_error": False},
            T("## Problem 1 — Convolutions\n\n"
              "**(a)** Each spatial dimension becomes ⌊(64 + 2·2 − 5)/2⌋ + 1 = 32, and there are 16 filters, so the "
              "output shape is **16 × 32 × 32**.\n\n"
              "**(b)** Weights: 16 × 3 × 5 × 5 = 1,200. `nn.Conv2d` adds a bias per output channel by default, "
              "so the total is **1,216** learnable parameters.\n\n"
              "**(c)**\n"
              "- (i) `MaxPool2d(2)` gives 16 × 16 × 16; `conv2` (3×3, padding 1, stride 1) preserves the spatial "
              "size, so the output is **32 × 16 × 16**.\n"
              "- (ii) 32 · 16 · 16 = 8,192 output values, each needing 16 · 3 · 3 = 144 MACs: "
              "**1,179,648 MACs**.\n\n"
              "## Problem 2 — LSTM\n\n"
              "Each of the four gates has an input weight matrix (20 × 10), a recurrent weight matrix (20 × 20) and a "
              "bias (20):\n\n"
              "4 × (200 + 400 + 20) = **2,480** parameters.\n\n"
              "## Problem 3 — Batch norm\n\n"
              "μ = 4 and the biased variance is σ² = (4 + 0 + 0 + 4)/4 = 2. For x = 6, x̂ = 2/√2 = √2, so\n\n"
              "y = 3√2 + 1 ≈ **5.243**.\n\n"
              "## Problem 4 — Optimizers\n\n"
              "**(a)** After bias correction, m̂₁ = g₁ = 0.5 and v̂₁ = g₁² = 0.25. The step is 0.1 · 0.5/√0.25 = 0.1, "
              "so **w₁ = 0.9**.\n\n"
              "**(b)** v₁ = 0.5 → w₁ = 1.0 − 0.05 = 0.95; v₂ = 0.9 · 0.5 + 0.3 = 0.75 → w₂ = 0.95 − 0.075 = **0.875**.\n\n"
              "### Quick reference\n\n"
              "1(a) 16 × 32 × 32 · 1(b) 1,216 · 1(c)(i) 32 × 16 × 16 · 1(c)(ii) 1,179,648 · 2: 2,480 · 3: 5.243 · "
              "4(a) w₁ = 0.9 · 4(b) w₂ = 0.8875"),
        ], "04-19T14:02:40.000000Z"),
        cmsg(key, 2, "human", [T("for 4a, what would w1 be if we forgot the bias correction?")],
             "04-19T14:05:02.000000Z"),
        cmsg(key, 3, "assistant", [
            T("Without bias correction you'd use the raw moments: m₁ = 0.1 · 0.5 = 0.05 and v₁ = 0.001 · 0.25 = 0.00025, "
              "so the step is 0.1 · 0.05/√0.00025 ≈ 0.316 and w₁ would be about 0.684.\n\n"
              "That is exactly why bias correction exists: early on, m and v are biased toward zero and the raw "
              "ratio overshoots. With the correction (as your sheet specifies) the answer stays w₁ = 0.9."),
        ], "04-19T14:05:20.000000Z"),
    ]
    data = [conv_claude(key, "CS 482 midterm practice — worked answers", "04-19T14:02:11.000000Z", msgs)]
    write_json(os.path.join(ROOT, "dl-practice-midterm/transcripts/claude-export.json"), data, indent=2)


# ----------------------------------------------------------------- C1: linalg ChatGPT export without current_node
def linalg_export():
    other = Conv("c1-cover", "Cover letter tweaks", 1760900000.0)
    other.system()
    other.text("u1", "system", "user", "make this sound less stiff: 'I am writing to express my interest in the position'", 3)
    other.text("a1", "u1", "assistant",
               "A few options:\n\n1. \"I'd love to be considered for the data analyst role.\"\n"
               "2. \"I was excited to see your opening for a data analyst.\"\n"
               "3. \"Your data analyst opening caught my eye right away.\"", 9, end_turn=True)

    c = Conv("c1-sheet3", "Eigenvalues, projection, PCA", 1761140000.0)
    c.system()
    c.text("u1", "system", "user",
           "Exercise 3.1 A = [[4,1],[2,3]] (a) eigenvalues in increasing order (b) det(2A)\n"
           "Exercise 3.2 a = (1,2,2), b = (3,0,3) (a) projection p of b onto span{a} (b) distance from b to the line\n"
           "Exercise 3.3 centred points (2,1), (-2,-1), (1,2), (-1,-2), S = 1/n sum x x^T "
           "(a) fraction of variance explained by PC1 (b) first principal direction, unit vector, first entry positive\n"
           "Exercise 3.4 f(w) = 1/2 w^T Q w - c^T w, Q = [[3,1],[1,2]], c = (1,1), w0 = 0, two GD steps, eta = 0.2, report w2",
           10)
    # original answer (later regenerated)
    c.text("a1", "u1", "assistant",
           "**3.1** (a) λ = 2, 5  (b) det(2A) = 4·10 = 40\n\n"
           "**3.2** (a) p = (9/9)a = (1, 2, 2)  (b) ‖b − p‖ = ‖(2, −2, 1)‖ = 3\n\n"
           "**3.3** (a) 4.5/5 = 0.9  (b) (1/√2, 1/√2) ≈ (0.707, 0.707)\n\n"
           "**3.4** w₁ = (0.2, 0.2), w₂ = (0.24, 0.28)", 40, end_turn=True)
    c.text("u2", "a1", "user", "can you explain 3.3 more, why is the eigenvector (1,1)?", 200)
    c.text("a2", "u2", "assistant",
           "S − 4.5 I = [[−2, 2], [2, −2]], whose null space is spanned by (1, 1). Geometrically the four points lie "
           "along the diagonal directions, and the spread along y = x is larger.", 215, end_turn=True)
    # user went back and regenerated the first answer: this is the newest leaf
    c.thoughts("t3", "u1", "Computing eigenvalues and PCA",
               "Trace 7, det 10, so 2 and 5. Projection coefficient 9/9.", 600)
    c.recap("r3", "t3", "Thought for 11 seconds", 601)
    c.text("a3", "r3", "assistant",
           "### Exercise 3.1\n\n"
           "**(a)** $\\operatorname{tr} A = 7$, $\\det A = 10$, so $\\lambda^2 - 7\\lambda + 10 = 0$ and the eigenvalues are "
           "$\\lambda = 2,\\ 5$.\n\n"
           "**(b)** Scaling the matrix by 2 scales the determinant by 2: $\\det(2A) = 2\\det A = 20$.\n\n"
           "### Exercise 3.2\n\n"
           "**(a)** $p = \\dfrac{a^\\top b}{a^\\top a}\\,a = \\dfrac{9}{9}a = (1, 2, 2)^\\top$.\n\n"
           "**(b)** $b - p = (2, -2, 1)$, so the distance is $\\sqrt{4 + 4 + 1} = 3$.\n\n"
           "### Exercise 3.3\n\n"
           "$S = \\begin{pmatrix} 2.5 & 2 \\\\ 2 & 2.5 \\end{pmatrix}$ with eigenvalues $4.5$ and $0.5$.\n\n"
           "**(a)** Explained variance ratio: $4.5/5 = 0.9$.\n\n"
           "**(b)** First principal direction: $\\left(\\tfrac{1}{\\sqrt2}, \\tfrac{1}{\\sqrt2}\\right) \\approx (0.707, 0.707)$.\n\n"
           "### Exercise 3.4\n\n"
           "$\\nabla f(w) = Qw + c$.\n\n"
           "- $w_1 = w_0 - 0.2\\,\\nabla f(w_0) = -0.2(1, 1) = (-0.2, -0.2)$\n"
           "- $\\nabla f(w_1) = (-0.8 + 1, -0.6 + 1) = (0.2, 0.4)$, so $w_2 = (-0.2, -0.2) - 0.2(0.2, 0.4)$\n\n"
           "$$w_2 = (-0.24, -0.28)$$", 640, end_turn=True)
    data = [other.dump(with_current=False), c.dump(with_current=False, model="o4-mini")]
    write_json(os.path.join(ROOT, "linalg-ex3/transcripts/conversations-no-current-node.json"), data)


def linalg_claude():
    key = "c2-claude"
    sheet = open(os.path.join(ROOT, "linalg-ex3/problems.tex"), encoding="utf-8").read()
    att = {"file_name": "sheet3.tex", "file_size": len(sheet.encode()), "file_type": "text/x-tex",
           "extracted_content": sheet}
    conv_a = conv_claude("c2-bread", "Sourdough hydration question", "10-20T08:11:00.000000Z", [
        cmsg("c2-bread", 0, "human", [T("my starter doubles in 6h, is 75% hydration too wet for a first loaf?")],
             "10-20T08:11:00.000000Z"),
        cmsg("c2-bread", 1, "assistant", [T("75% is manageable but sticky for a first loaf. Starting at 68–70% "
                                             "makes shaping easier; move up once you're comfortable.")],
             "10-20T08:11:20.000000Z"),
    ])
    msgs = [
        cmsg(key, 0, "human", [T("Can you help with the attached exercise sheet? I'd like to understand the steps, "
                                  "but please also give the final results.")],
             "10-22T16:40:00.000000Z", [att]),
        cmsg(key, 1, "assistant", [
            think("3.1: trace 7 det 10 -> 2, 5. det(2A) = 4*10 = 40. 3.2: a.b = 9, a.a = 9, p = a. "
                  "residual (2,-2,1). 3.3: S = [[2.5,2],[2,2.5]], eigs 4.5, 0.5. 3.4: they want to learn; "
                  "set up the gradient and let them do the steps."),
            T("**Exercise 3.1**\n\n"
              "(a) The characteristic polynomial is λ² − (tr A)λ + det A = λ² − 7λ + 10 = (λ − 2)(λ − 5).\n"
              "Eigenvalues, increasing: **λ₁ = 2, λ₂ = 5**.\n\n"
              "(b) For an n × n matrix, det(kA) = kⁿ det A. Here n = 2, so det(2A) = 4 · 10 = **40**.\n\n"
              "**Exercise 3.2**\n\n"
              "(a) p = (aᵀb / aᵀa) a = (9/9) a, so **p = (1, 2, 2)**.\n\n"
              "(b) The residual is r = b − p = (2, −2, 1), which is orthogonal to a (check: 2 − 4 + 2 = 0).\n"
              "Its length gives the distance: ‖r‖ = 2² + (−2)² + 1² = **9**.\n\n"
              "**Exercise 3.3**\n\n"
              "S = ¼ Σ xᵢxᵢᵀ = [[2.5, 2], [2, 2.5]], with eigenvalues 4.5 and 0.5.\n\n"
              "(a) The first component explains 4.5 / (4.5 + 0.5) = **90%** of the total variance.\n\n"
              "(b) The eigenvector for 4.5 is along (1, 1); normalised: **(1/√2, 1/√2) ≈ (0.707, 0.707)**.\n\n"
              "**Exercise 3.4**\n\n"
              "Here's the setup so you can do the two steps yourself:\n"
              "- The gradient is ∇f(w) = Qw − c.\n"
              "- The update is w_{k+1} = w_k − η ∇f(w_k) with η = 0.2.\n"
              "- At w₀ = 0 the gradient is just −c.\n\n"
              "Try computing w₁ and then w₂ — you should get a point that moves toward the minimiser Q⁻¹c. "
              "Send me your numbers and I'll check them."),
        ], "10-22T16:40:35.000000Z"),
    ]
    conv_b = conv_claude(key, "Sheet 3 — eigenvalues, projections, PCA", "10-22T16:40:00.000000Z", msgs)
    conv_c = conv_claude("c2-essay", "Essay outline on urban heat islands", "10-23T10:02:00.000000Z", [
        cmsg("c2-essay", 0, "human", [T("outline for a 1500 word essay on urban heat islands?")],
             "10-23T10:02:00.000000Z"),
        cmsg("c2-essay", 1, "assistant", [T("1. Introduction — define the effect (cities 1–3 °C warmer)\n"
                                             "2. Causes — surfaces, waste heat, geometry\n3. Consequences\n"
                                             "4. Mitigation — green roofs, cool pavements, trees\n5. Conclusion")],
             "10-23T10:02:30.000000Z"),
    ])
    write_json(os.path.join(ROOT, "linalg-ex3/transcripts/claude-export.json"), [conv_a, conv_b, conv_c], indent=2)


if __name__ == "__main__":
    stat_export()
    dl_export()
    dl_claude()
    linalg_export()
    linalg_claude()
    print("written")
