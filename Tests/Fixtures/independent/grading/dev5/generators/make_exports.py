#!/usr/bin/env python3
"""Writes the ChatGPT / Claude data-export transcripts of this corpus.

Deterministic: ids come from uuid5 over fixed names, timestamps are fixed, so
re-running gives byte-identical files.  Run from anywhere:
    python3 generators/make_exports.py
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c0a52-3d4e-4b7a-9c1e-2a5b8d0e7f31")
CITE = "\ue200cite\ue202{}\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.nodes = {}
        self.order = []
        root = uid(key, "root")
        self.nodes[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.root = root

    def add(self, name, parent, role, content, t, recipient="all", meta=None, author_name=None,
            hidden=False, end_turn=None):
        nid = uid(self.key, name)
        pid = parent if parent in self.nodes else uid(self.key, parent)
        md = dict(meta or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": None if t is None else self.t0 + t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.nodes[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.nodes[pid]["children"].append(nid)
        self.order.append(nid)
        return nid

    def text(self, name, parent, role, text, t, **kw):
        return self.add(name, parent, role, {"content_type": "text", "parts": [text]}, t, **kw)

    def thoughts(self, name, parent, t, summary, content):
        return self.add(name, parent, "assistant", {
            "content_type": "thoughts",
            "thoughts": [{"summary": summary, "content": content, "chunks": [], "finished": True}],
            "source_analysis_msg_id": uid(self.key, name, "src")}, t)

    def recap(self, name, parent, t, secs):
        return self.add(name, parent, "assistant", {
            "content_type": "reasoning_recap", "content": f"Thought for {secs} seconds"}, t)

    def code(self, name, parent, t, code):
        return self.add(name, parent, "assistant", {
            "content_type": "code", "language": "unknown", "response_format_name": None,
            "text": code}, t, recipient="python")

    def exec_out(self, name, parent, t, out):
        return self.add(name, parent, "tool", {"content_type": "execution_output", "text": out}, t,
                        author_name="python")

    def dump(self, current=None, with_current=True):
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.t0 + 900,
            "mapping": {k: self.nodes[k] for k in self.order},
            "moderation_results": [],
        }
        if with_current:
            conv["current_node"] = uid(self.key, current)
        conv.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "gpt-4o",
            "id": uid(self.key, "conversation"),
        })
        return conv


def system_and_user(c, prompt, t):
    c.text("sys", c.root, "system", "", None, hidden=True)
    return c.text("u1", "sys", "user", prompt, t)


def write(rel, data, ascii_only=True):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=ascii_only, indent=2)
        fh.write("\n")


# ---------------------------------------------------------------- set A: markov-info
def markov_export():
    prompt = (
        "STAT 3410 HW6, logs base 2, round to 3 decimals in problem 2.\n\n"
        "1. Markov chain on {1,2,3}, P = [[1/2,1/2,0],[1/4,1/2,1/4],[0,1/2,1/2]].\n"
        "(a) stationary distribution (b) Pr(X_2=3 | X_0=1) (c) expected return time to state 2 "
        "starting from 2 (d) entropy rate in bits/step\n\n"
        "2. (X,Y) with p(0,0)=1/2, p(0,1)=1/4, p(1,0)=0, p(1,1)=1/4.\n"
        "(a) H(X) (b) H(Y|X) (c) I(X;Y) (d) True or false: D_KL(p_X || u) = 1 - H(X), u uniform on {0,1}")
    c = GPTConv("markov", "Markov chain HW6 help", 1764612000.125)
    system_and_user(c, prompt, 5)
    # first (older) generation
    c.thoughts("th1", "u1", 9, "Finding stationary distribution",
               "Solve pi P = pi. Balance at state 1 gives pi2 = 2 pi1. Symmetric, pi = (1/4,1/2,1/4).")
    c.recap("rc1", "th1", 10, 7)
    c.text("a1", "rc1", "assistant",
           "## Problem 1\n\n"
           "**(a)** $\\pi = (1/4, 1/2, 1/4)$\n\n"
           "**(b)** $(P^2)_{13} = 1/8$\n\n"
           "**(c)** $1/\\pi_2 = 2$\n\n"
           "**(d)** The entropy rate is the entropy of the middle row, $H(1/4,1/2,1/4) = 1.5$ bits.\n\n"
           "## Problem 2\n\n(a) 0.811 (b) 0.689 (c) 0.311 (d) True", 30, end_turn=True)
    # regenerated (newer) generation -- shown one
    c.thoughts("th2", "u1", 120, "Working through both problems",
               "pi = (1/4,1/2,1/4). P^2_13 = 1/2*1/4 = 1/8. Return time 2. Row entropies 1, 1.5, 1; "
               "average = 1.25. Marginal X (3/4,1/4). H(Y|X=0) = 0.918.")
    c.recap("rc2", "th2", 121, 14)
    c.text("a2", "rc2", "assistant",
           "Here is a full solution.\n\n"
           "## Problem 1\n\n"
           "**(a) Stationary distribution.** We need $\\pi P = \\pi$. The first column gives "
           "$\\pi_1 = \\tfrac12\\pi_1 + \\tfrac14\\pi_2$, so $\\pi_2 = 2\\pi_1$, and the chain is "
           "symmetric under $1 \\leftrightarrow 3$, so $\\pi_3 = \\pi_1$. Normalising:\n\n"
           "$$\\pi = \\left(\\tfrac14,\\ \\tfrac12,\\ \\tfrac14\\right)$$\n\n"
           "**(b) Two-step probability.** The only path is $1 \\to 2 \\to 3$:\n\n"
           "$$\\Pr(X_2 = 3 \\mid X_0 = 1) = P_{12}P_{23} = \\tfrac12 \\cdot \\tfrac14 = \\boxed{\\tfrac18}$$\n\n"
           "**(c) Expected return time.** By Kac's lemma, $\\mathbb E[T_2^+] = 1/\\pi_2 = \\boxed{2}$ steps.\n\n"
           "**(d) Entropy rate.** The rows have entropies $1$, $1.5$ and $1$ bits, so\n\n"
           "$$H(\\mathcal X) = \\tfrac14(1) + \\tfrac12(1.5) + \\tfrac14(1) = \\boxed{1.25 \\text{ bits/step}}$$\n\n"
           "## Problem 2\n\n"
           "Marginals: $p_X = (3/4, 1/4)$, $p_Y = (1/2, 1/2)$.\n\n"
           "**(a)** $H(X) = -\\tfrac34\\log_2\\tfrac34 - \\tfrac14\\log_2\\tfrac14 = \\boxed{0.811}$ bits\n\n"
           "**(b)** Given $X = 0$, $Y$ is $(2/3, 1/3)$; given $X = 1$, $Y = 1$ deterministically. So\n\n"
           "$$H(Y \\mid X) = H\\!\\left(\\tfrac23, \\tfrac13\\right) = \\boxed{0.918} \\text{ bits}$$\n\n"
           "**(c)** $I(X;Y) = H(Y) - H(Y\\mid X) = 1 - 0.918 = \\boxed{0.082}$ bits\n\n"
           "**(d)** This one depends on the log base used for the KL divergence. Is your course "
           "measuring $D_{\\mathrm{KL}}$ in bits or in nats? Let me know and I'll finish (d).",
           140, end_turn=True)
    c.text("u2", "a2", "user",
           "bits. but first, what would the stationary distribution be if the middle row were (1/2, 0, 1/2)?",
           400)
    c.text("a3", "u2", "assistant",
           "With middle row $(1/2, 0, 1/2)$ every column of $P$ sums to one, i.e. $P$ is doubly "
           "stochastic, so the uniform distribution is stationary:\n\n"
           "$$\\pi' = \\left(\\tfrac13, \\tfrac13, \\tfrac13\\right)$$\n\n"
           "Your original chain is unchanged, of course — its stationary distribution is still "
           "$(1/4, 1/2, 1/4)$.", 420, end_turn=True)

    other = GPTConv("markov-other", "Email to landlord about heating", 1764500000.5)
    system_and_user(other, "can you write a short polite email to my landlord that the heating has been "
                    "broken for 3 days", 3)
    other.text("a1", "u1", "assistant",
               "Subject: Heating not working since Friday\n\nHi Ms. Alvarez,\n\nI wanted to let you "
               "know that the heating in unit 4B has not been working for three days. Could you "
               "arrange for someone to take a look this week?\n\nThanks,\nJordan", 12, end_turn=True)
    write("markov-info/transcripts/chatgpt-conversations.json",
          [c.dump("a3"), other.dump("a1")])


# ---------------------------------------------------------------- set B: cnn-arithmetic
CNN_PROMPT = (
    "PS3 (CS 482). Channels-first, batch omitted, PyTorch defaults (bias=True).\n\n"
    "1. RGB 64x64 -> nn.Conv2d(3, 32, kernel_size=5, stride=2, padding=2)\n"
    "(a) output shape (b) learnable params (c) MACs (one per weight per output position, ignore bias) "
    "(d) shape after nn.MaxPool2d(kernel_size=3, stride=2)\n\n"
    "2. 3x3 conv 64->128, no bias. (a) weights of depthwise separable replacement (b) weights with groups=4\n\n"
    "3. (a) receptive field of 3x3 s1 -> 3x3 s2 -> 3x3 s1? A. 7 B. 9 C. 11 D. 13\n"
    "(b) T/F: nn.ConvTranspose2d(16, 8, kernel_size=4, stride=2, padding=1) on 16x32x32 -> 64x64 spatial")


def cnn_chatgpt_export():
    c = GPTConv("cnn", "CNN param counting PS3", 1760300000.0)
    system_and_user(c, CNN_PROMPT, 4)
    # older generation: a branch that is NOT graded (earlier create_time)
    c.text("old", "u1", "assistant",
           "**1(a)** 32 × 31 × 31  \n**1(b)** 2,432  \n**1(c)** 2,457,600  \n**1(d)** 32 × 15 × 15  \n"
           "**2(a)** 8,768  \n**2(b)** 18,432  \n**3(a)** B  \n**3(b)** False", 20, end_turn=True)
    c.text("old-u", "old", "user", "why 31 in 1a?", 60)
    c.text("old-a", "old-u", "assistant",
           "Sorry, that was a slip: (64 + 4 − 5)/2 = 31.5, floored to 31, plus 1 gives 32. So 1(a) is 32 × 32 × 32.",
           75, end_turn=True)
    # regenerated generation with a python tool call (newest leaf -> graded branch)
    c.code("code", "u1", 200,
           "def out(n,k,s=1,p=0):\n    return (n+2*p-k)//s+1\n"
           "h = out(64,5,2,2)\nprint(h, 32*3*5*5+32, 32*h*h*3*5*5)\n"
           "print(64*9 + 64*128, 128*(64//4)*9)")
    c.exec_out("exec", "code", 203, "32 2432 2457600\n8768 18432\n")
    c.text("final", "exec", "assistant",
           "I checked the arithmetic with a quick script. Here are the results.\n\n"
           "### Problem 1\n\n"
           "**(a)** $H_{out} = \\lfloor (64 + 2\\cdot2 - 5)/2 \\rfloor + 1 = 32$, so the output shape is "
           "**(32, 32, 32)**.\n\n"
           "**(b)** $32 \\cdot 3 \\cdot 5 \\cdot 5 + 32 =$ **2,432** parameters.\n\n"
           "**(c)** $32 \\cdot 32 \\cdot 32$ outputs × 75 MACs each = **2,457,600 MACs**.\n\n"
           "**(d)** PyTorch's pooling layers pad by one pixel when the window does not fit "
           + CITE.format("turn0search0") +
           ", so $\\lfloor (32 + 2 - 3)/2 \\rfloor + 1 = 16$ and the shape after pooling is "
           "**(32, 16, 16)**.\n\n"
           "### Problem 2\n\n"
           "**(a)** depthwise $64 \\cdot 9 = 576$ plus pointwise $64 \\cdot 128 = 8192$: **8,768** weights.\n\n"
           "**(b)** Each output channel connects to $64/4 = 16$ input channels: "
           "$128 \\cdot 16 \\cdot 9 =$ **18,432** weights.\n\n"
           "### Problem 3\n\n"
           "**(a)** $r = 1 + 2\\cdot1 + 2\\cdot1 + 2\\cdot2 = 9$ → **B**\n\n"
           "**(b)** $(32-1)\\cdot 2 - 2 + 4 = 64$, so the statement is **true**.\n\n"
           "| Part | Answer |\n|---|---|\n| 1(a) | (32, 32, 32) |\n| 1(b) | 2,432 |\n"
           "| 1(c) | 2,457,600 |\n| 1(d) | (32, 16, 16) |\n| 2(a) | 8,768 |\n| 2(b) | 4,608 |\n"
           "| 3(a) | B |\n| 3(b) | True |", 215, end_turn=True,
           meta={"citations": [], "content_references": [{"matched_text": CITE.format("turn0search0"),
                                                          "type": "grouped_webpages"}]})
    write("cnn-arithmetic/transcripts/chatgpt-export-no-current-node.json",
          [c.dump(with_current=False)])


def claude_msg(key, idx, sender, t, blocks, text=None, attachments=None, parent=None):
    if text is None:
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid(key, "msg", str(idx)),
        "text": text,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
        "parent_message_uuid": parent or "00000000-0000-4000-8000-000000000000",
    }


def tb(text, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": text, "citations": []}


def claude_conv(key, name, created, msgs):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": created,
        "updated_at": msgs[-1]["updated_at"],
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }


def cnn_claude_export():
    key = "cnn-claude"
    problems = open(os.path.join(ROOT, "cnn-arithmetic/problems.md"), encoding="utf-8").read()
    u = claude_msg(key, 0, "human", "2025-10-13T08:14:02.118000Z",
                   [tb("Can you solve the attached problem set? Short justifications please.",
                       "2025-10-13T08:14:02.118000Z", "2025-10-13T08:14:02.118000Z")],
                   attachments=[{"file_name": "ps3.md", "file_size": len(problems.encode("utf-8")),
                                 "file_type": "text/markdown", "extracted_content": problems}])
    blocks = [
        {"start_timestamp": "2025-10-13T08:14:05.002000Z", "stop_timestamp": "2025-10-13T08:14:19.440000Z",
         "type": "thinking",
         "thinking": "Conv: (64+4-5)//2+1 = 32. Params 32*75 = 2400 plus bias 32 = 2432. MACs 32768*75. "
                     "Pool -> 15. Depthwise 576 + 8192 = 8768. Groups: 128*16*9 = 18432. RF: 9 -> B. "
                     "Transposed: 62+... = 64, true.",
         "summaries": [{"summary": "Counting parameters and shapes."}], "cut_off": False},
        {"start_timestamp": "2025-10-13T08:14:19.500000Z", "stop_timestamp": "2025-10-13T08:14:20.100000Z",
         "type": "tool_use", "name": "repl",
         "input": {"code": "const h = Math.floor((64+4-5)/2)+1;\nconsole.log(h, 32*h*h*75, Math.floor((h-3)/2)+1);"},
         "message": "Checking the conv arithmetic"},
        {"start_timestamp": "2025-10-13T08:14:20.400000Z", "stop_timestamp": "2025-10-13T08:14:20.400000Z",
         "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"32 2457600 15\"]}"}],
         "is_error": False},
        tb("## Problem 1\n\n"
           "**(a)** Each spatial side becomes ⌊(64 + 2·2 − 5)/2⌋ + 1 = 32, so the output is **32 × 32 × 32**.\n\n"
           "**(b)** The kernel tensor is 32 × 3 × 5 × 5, so the layer has **2,400** learnable parameters.\n\n"
           "**(c)** There are 32 · 32 · 32 = 32,768 output values, each a 75-term dot product: "
           "**2,457,600 MACs**.\n\n"
           "**(d)** ⌊(32 − 3)/2⌋ + 1 = 15, giving **32 × 15 × 15** after pooling.\n\n"
           "## Problem 2\n\n"
           "**(a)** Depthwise 64 · 3 · 3 = 576, pointwise 64 · 128 = 8,192, so **8,768** weights in total.\n\n"
           "**(b)** With 4 groups, both the input and output channels are split: each group maps 16 → 32 "
           "channels, and the weights per group are 16 · 32 · 9 / 4 = 1,152, so 4 · 1,152 = **4,608** weights.\n\n"
           "## Problem 3\n\n"
           "**(a)** The figure for this stack didn't come through in the attachment, so I'll skip 3(a) — "
           "if you can paste the layer diagram I'll compute it.\n\n"
           "**(b)** Output side = (32 − 1)·2 − 2·1 + 4 = 64, so the statement is **True**.",
           "2025-10-13T08:14:21.000000Z", "2025-10-13T08:14:40.870000Z"),
    ]
    a = claude_msg(key, 1, "assistant", "2025-10-13T08:14:40.870000Z", blocks, parent=u["uuid"])
    write("cnn-arithmetic/transcripts/claude-export.json",
          [claude_conv(key, "CNN problem set 3", "2025-10-13T08:14:01.550000Z", [u, a])], ascii_only=False)


# ---------------------------------------------------------------- set C: numerics-rl
NUM_PROMPT = (
    "Exercise sheet 4:\n"
    "4.1 Newton for f(x) = x^3 - 2x - 5, x0 = 2. (a) x1 (b) x2 to six decimals\n"
    "4.2 I = int_0^1 dx/(1+x), h = 1/2. (a)(i) composite trapezoid (ii) Simpson, four decimals. "
    "(b)* why Simpson exact for cubics [not marked]\n"
    "4.3 MRP: A gives +1 then goes to B; B gives 0 then A or B w.p. 1/2 each; gamma = 0.9. V(A) to 3 d.p.\n"
    "4.4 (a) Q(s,a)=2, r=1, max_a' Q(s',a')=3, alpha=0.1, gamma=0.9: updated Q(s,a)? "
    "(b) on-policy? (A) Q-learning (B) SARSA (C) DQN with experience replay (D) none of these")


def numerics_chatgpt_export():
    o1 = GPTConv("num-o1", "Bibtex for arXiv paper", 1762000000.0)
    system_and_user(o1, "bibtex entry for 'Attention Is All You Need' please", 2)
    o1.text("a1", "u1", "assistant",
            "```bibtex\n@inproceedings{vaswani2017attention,\n  title={Attention Is All You Need},\n"
            "  author={Vaswani, Ashish and others},\n  booktitle={NeurIPS},\n  year={2017}\n}\n```",
            8, end_turn=True)

    c = GPTConv("num", "Numerical methods sheet 4", 1762100000.0)
    system_and_user(c, NUM_PROMPT, 6)
    # first generation (not shown)
    c.text("g1", "u1", "assistant",
           "4.1 (a) 2.1 (b) 2.0946\n4.2 (i) 0.7083 (ii) 0.6944\n4.3 V(A) = 3.793\n4.4 (a) 2.17 (b) B",
           25, end_turn=True)
    # regenerated generation (current branch)
    c.code("code", "u1", 300,
           "f=lambda x:x**3-2*x-5; d=lambda x:3*x*x-2\nx1=2-f(2)/d(2); x2=x1-f(x1)/d(x1)\n"
           "g=lambda x:1/(1+x)\nT=0.5*(g(0)/2+g(.5)+g(1)/2); S=0.5/3*(g(0)+4*g(.5)+g(1))\n"
           "print(x1, round(x2,6), round(T,4), round(S,4))")
    c.exec_out("exec", "code", 302, "2.1 2.094568 0.7083 0.6944\n")
    c.text("g2", "exec", "assistant",
           "**Exercise 4.1**\n\n"
           "(a) $x_1 = 2 - \\frac{f(2)}{f'(2)} = 2 - \\frac{-1}{10} = 2.1$\n\n"
           "(b) $x_2 = 2.1 - \\frac{0.061}{11.23} \\approx 2.094568$\n\n"
           "**Exercise 4.2 (a)**\n\n"
           "(i) Trapezoid: $T = \\tfrac12\\left(\\tfrac12 + \\tfrac23 + \\tfrac14\\right) \\approx 0.7083$\n\n"
           "(ii) Simpson: $S = \\tfrac16\\left(1 + \\tfrac83 + \\tfrac12\\right) = \\tfrac{25}{36} \\approx 0.6944$\n\n"
           "Both are close to the exact value $\\ln 2 \\approx 0.6931$ " + CITE.format("turn0search2") + ".\n\n"
           "**Exercise 4.3**\n\n"
           "The Bellman equations are $V(A) = 1 + 0.9\\,V(B)$ and $V(B) = 0.9\\,(0.5\\,V(A) + 0.5\\,V(B))$. "
           "Solving the $2\\times 2$ linear system:\n\n"
           "$$V(A) \\approx 3.103, \\qquad V(B) \\approx 3.793$$\n\n"
           "**Exercise 4.4**\n\n"
           "(a) $Q(s,a) \\leftarrow 2 + 0.1\\,(1 + 0.9\\cdot 3 - 2) = 2.17$\n\n"
           "(b) SARSA learns the value of the policy it follows, so it is on-policy — the answer is (B). "
           "One could also argue (D) if “on-policy” is read strictly, since SARSA with ε-greedy "
           "exploration evaluates a policy that keeps changing, so I'd accept B or D here.",
           318, end_turn=True)

    o2 = GPTConv("num-o2", "Python list comprehension question", 1762200000.0)
    system_and_user(o2, "how do i flatten a list of lists in python", 2)
    o2.text("a1", "u1", "assistant",
            "Use a nested comprehension:\n\n```python\nflat = [x for sub in lists for x in sub]\n```",
            6, end_turn=True)
    write("numerics-rl/transcripts/chatgpt-export-branches.json",
          [o2.dump("a1"), c.dump("g2"), o1.dump("a1")])


def numerics_claude_export():
    key = "num-claude"
    other_key = "num-claude-other"
    ou = claude_msg(other_key, 0, "human", "2025-11-02T19:00:00.000000Z",
                    [tb("What's a good name for a study group for numerical analysis?",
                        "2025-11-02T19:00:00.000000Z", "2025-11-02T19:00:00.000000Z")])
    oa = claude_msg(other_key, 1, "assistant", "2025-11-02T19:00:06.000000Z",
                    [tb("A few ideas: *Floating Pointers*, *The Converging Series*, *Round-off Club*.",
                        "2025-11-02T19:00:01.000000Z", "2025-11-02T19:00:06.000000Z")], parent=ou["uuid"])
    other = claude_conv(other_key, "Study group name ideas", "2025-11-02T18:59:59.000000Z", [ou, oa])

    u = claude_msg(key, 0, "human", "2025-11-03T10:02:11.000000Z",
                   [tb(NUM_PROMPT, "2025-11-03T10:02:11.000000Z", "2025-11-03T10:02:11.000000Z")])
    a_blocks = [
        {"start_timestamp": "2025-11-03T10:02:13.000000Z", "stop_timestamp": "2025-11-03T10:02:29.000000Z",
         "type": "thinking",
         "thinking": "x1 = 2.1. x2 = 2.1 - 0.061/11.23 = 2.0945681. Trapezoid 0.708333, Simpson 0.694444. "
                     "V(A) = 11/2.9 = 3.7931. Q update 2.17. SARSA on-policy.",
         "summaries": [{"summary": "Working through Newton, quadrature and TD updates."}], "cut_off": False},
        tb("**Exercise 4.1**\n\n"
           "(a) f(2) = −1, f′(2) = 10, so x₁ = 2.1.\n\n"
           "(b) f(2.1) = 0.061, f′(2.1) = 11.23, so x₂ = 2.1 − 0.061/11.23 ≈ **2.0946**.\n\n"
           "**Exercise 4.2(a)**\n\n"
           "(i) Trapezoid: T = ½·(½·1 + ⅔ + ½·½) = **0.7083**\n\n"
           "(ii) Simpson: S = (1/6)·(1 + 4·⅔ + ½) = 25/36 = **0.6944**\n\n"
           "**Exercise 4.3**\n\n"
           "Before I solve this one: is the reward in state A received before or after the transition "
           "is discounted? Some courses write V(s) = E[γ r + …], which would change the answer. "
           "Tell me which convention you use.\n\n"
           "**Exercise 4.4**\n\n"
           "(a) TD target = 1 + 0.9 · 3 = 3.7, TD error = 3.7 − 2 = 1.7, so the new value is either "
           "**2.17** or, if s′ is terminal (the problem doesn't say), 2 + 0.1·(1 − 2) = **1.9**.\n\n"
           "(b) **B** — SARSA is on-policy; Q-learning and DQN are off-policy.",
           "2025-11-03T10:02:30.000000Z", "2025-11-03T10:02:52.000000Z"),
    ]
    a = claude_msg(key, 1, "assistant", "2025-11-03T10:02:52.000000Z", a_blocks, parent=u["uuid"])
    u2 = claude_msg(key, 2, "human", "2025-11-03T10:05:40.000000Z",
                    [tb("thanks. how many Newton steps would bisection need for the same accuracy roughly?",
                        "2025-11-03T10:05:40.000000Z", "2025-11-03T10:05:40.000000Z")], parent=a["uuid"])
    a2 = claude_msg(key, 3, "assistant", "2025-11-03T10:05:51.000000Z",
                    [tb("Bisection halves the bracket each step, so starting from [2, 3] you need about "
                        "log₂(1/10⁻⁶) ≈ 20 steps for six decimals, versus 2–3 Newton steps.",
                        "2025-11-03T10:05:42.000000Z", "2025-11-03T10:05:51.000000Z")], parent=u2["uuid"])
    conv = claude_conv(key, "Exercise sheet 4 - numerics + RL", "2025-11-03T10:02:10.000000Z", [u, a, u2, a2])
    write("numerics-rl/transcripts/claude-export-multi.json", [other, conv], ascii_only=False)


if __name__ == "__main__":
    markov_export()
    cnn_chatgpt_export()
    cnn_claude_export()
    numerics_chatgpt_export()
    numerics_claude_export()
