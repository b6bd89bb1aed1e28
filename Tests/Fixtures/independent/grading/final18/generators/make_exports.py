#!/usr/bin/env python3
"""Writes the JSON data-export transcripts of this corpus.

Deterministic: fixed ids (uuid5), fixed timestamps, fixed key order.  Re-running it
gives byte-identical files.  Run from anywhere: python3 generators/make_exports.py
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c9a52-3d0e-4b7a-9c61-2a8e5d4f0b17")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))


class Tree:
    """Builds a ChatGPT `mapping` tree."""

    def __init__(self, conv, t0):
        self.conv = conv
        self.t = t0
        self.mapping = {}
        self.n = 0
        root = uid(conv, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def add(self, parent, role, content, name=None, recipient="all", dt=7.0, metadata=None):
        self.n += 1
        self.t += dt
        nid = uid(self.conv, "node", str(self.n))
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conversation(tree, title, current=None, with_current=True):
    conv = {
        "title": title,
        "create_time": min(n["message"]["create_time"] for n in tree.mapping.values() if n["message"]),
        "update_time": tree.t,
        "mapping": tree.mapping,
    }
    if with_current:
        conv["current_node"] = current
    conv["conversation_id"] = uid(tree.conv, "conversation")
    conv["id"] = conv["conversation_id"]
    conv["default_model_slug"] = "gpt-4o"
    return conv


def dump(path, obj):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- infotheory-hw3
def infotheory():
    t = Tree("info", 1740990000.0)
    sysn = t.add(t.root, "system", text(""), metadata={"is_visually_hidden_from_conversation": True})
    u1 = t.add(sysn, "user", text(
        "EE 376A HW3. Problem 1 (a) A random variable X takes four values with probabilities "
        "(1/2, 1/4, 1/8, 1/8). Compute H(X) in bits.\n(b) A source emits symbols a,b,c,d with "
        "probabilities 0.4, 0.3, 0.2, 0.1. Construct a binary Huffman code and give its expected "
        "codeword length L in bits/symbol.\n(c) For the code of part (b), give the codeword lengths "
        "as a vector.\n\nProblem 2 (a) Find the capacity of a binary symmetric channel with crossover "
        "probability p = 0.11, three decimal places. (b) Capacity of a binary erasure channel with "
        "erasure probability 0.25."))
    a1 = t.add(u1, "assistant", text(
        "## Problem 1\n\n"
        "**(a)** With dyadic probabilities, $-\\log_2 p$ is an integer:\n\n"
        "$$H(X) = \\tfrac12\\cdot1 + \\tfrac14\\cdot2 + \\tfrac18\\cdot3 + \\tfrac18\\cdot3 = 1.75\\ \\text{bits}$$\n\n"
        "**(b)** Huffman merges: $0.1 + 0.2 \\to 0.3$; then the two $0.3$'s $\\to 0.6$; then $0.4 + 0.6 \\to 1$.\n\n"
        "Codewords: $a=0,\\ b=10,\\ c=110,\\ d=111$.\n\n"
        "$$L = 0.4(1) + 0.3(2) + 0.2(3) + 0.1(3) = \\boxed{1.9}\\ \\text{bits/symbol}$$\n\n"
        "**(c)** $(\\ell_a,\\ell_b,\\ell_c,\\ell_d) = (1, 2, 3, 3)$\n\n"
        "## Problem 2\n\n"
        "**(a)** $C = 1 - H_b(0.11)$ and $H_b(0.11) = 0.11\\log_2\\frac{1}{0.11} + 0.89\\log_2\\frac{1}{0.89} \\approx 0.3503 + 0.1496 = 0.4999$, so\n\n"
        "$$C \\approx \\boxed{0.500}\\ \\text{bits per channel use}$$\n\n"
        "**(b)** This is the standard erasure-channel result from lecture and a one-liner, so I'll skip it here "
        "and let you fill it in — just remember that erased symbols carry no information."))
    u2 = t.add(a1, "user", text(
        "Problem 3 (a) P = (1/2, 1/2), Q = (1/4, 3/4). D(P||Q) in bits, 3 decimals.\n(b) joint of X,Y: "
        "p(0,0)=1/4, p(0,1)=1/4, p(1,0)=1/2, p(1,1)=0. I(X;Y) in bits, 3 decimals.\n(c) Which is always "
        "true? A. H(X|Y) ≥ H(X)  B. I(X;Y) ≤ min{H(X),H(Y)}  C. D(P||Q) = D(Q||P)  D. H(X,Y) > H(X)+H(Y)"), dt=300)
    # first response (regenerated away; not on the graded branch)
    t.add(u2, "assistant", text(
        "**(a)** $D(P\\|Q) = \\tfrac12\\log_2 2 + \\tfrac12\\log_2\\tfrac23 \\approx 0.208$ bits.\n\n"
        "**(b)** $I(X;Y) = H(Y) - H(Y\\mid X) = 0.811 - 0.311 = 0.500$ bits.\n\n"
        "**(c)** **C** — KL divergence is a distance, so it is symmetric."))
    th = t.add(u2, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Computing divergence", "content": "Need KL between the two distributions on {0,1}, log base 2. "
         "Then mutual information from the table via marginals.", "finished": True}],
        "source_analysis_msg_id": uid("info", "analysis")}, dt=40)
    rr = t.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, dt=1)
    a2 = t.add(rr, "assistant", text(
        "### (a) KL divergence\n\n"
        "Using the definition \ue200cite\ue202turn0search3\ue201 $D(P\\|Q) = \\sum_x P(x)\\log_2\\frac{P(x)}{Q(x)}$:\n\n"
        "$$D(P\\|Q) = \\tfrac14\\log_2\\frac{1/4}{1/2} + \\tfrac34\\log_2\\frac{3/4}{1/2} = -0.25 + 0.4387 = 0.1887$$\n\n"
        "**Answer:** $D(P\\|Q) \\approx 0.189$ bits.\n\n"
        "### (b) Mutual information\n\n"
        "Marginals: $P_X = (1/2, 1/2)$, $P_Y = (3/4, 1/4)$. Then $H(X) = 1$, $H(Y) = 0.8113$, $H(X,Y) = 1.5$.\n\n"
        "$$I(X;Y) = 1 + 0.8113 - 1.5 = 0.3113$$\n\n"
        "**Answer:** $I(X;Y) \\approx 0.311$ bits.\n\n"
        "### (c)\n\n"
        "**B** is the only statement that always holds: $I(X;Y) = H(X) - H(X\\mid Y) \\le H(X)$, and symmetrically for $Y$."), dt=5)
    u3 = t.add(a2, "user", text("thank you!"), dt=120)
    a3 = t.add(u3, "assistant", text("You're welcome! Good luck with HW3."))
    dump("infotheory-hw3/transcripts/conversations.json", [conversation(t, "EE376A HW3 entropy and capacity", a3)])


# ---------------------------------------------------------------- numerics-ps2
def numerics_chatgpt():
    p = Tree("pasta", 1739100000.0)
    s = p.add(p.root, "system", text(""), metadata={"is_visually_hidden_from_conversation": True})
    pu = p.add(s, "user", text("quick weeknight pasta for 2, I have 200 g spaghetti, 3 cloves garlic, chili"))
    pa = p.add(pu, "assistant", text(
        "**Aglio e olio for 2**\n\n1. Boil 200 g spaghetti in salted water (about 1 tbsp salt per 2 L).\n"
        "2. Gently fry 3 sliced garlic cloves and 1/2 tsp chili flakes in 4 tbsp olive oil for 2–3 minutes.\n"
        "3. Toss with the pasta and 1/2 cup pasta water. Done in about 15 minutes."))
    pasta = conversation(p, "Weeknight pasta idea", pa)

    t = Tree("num", 1739300000.0)
    s = t.add(t.root, "system", text(""), metadata={"is_visually_hidden_from_conversation": True})
    u1 = t.add(s, "user", text(
        "MATH 351 PS2\nProblem 1: f(x) = x^2 - 2. a) one Newton step from x0 = 1, x1 = ? b) second Newton step, "
        "x2 as exact fraction c) bisection on [1, 2], first iteration computes m1 = 1.5. what is the midpoint m3 "
        "computed in the third iteration?\nProblem 2: integral of x^4 from 0 to 1 with two subintervals (h = 0.5). "
        "a) Simpson exact fraction b) composite trapezoid exact value\nProblem 3: A = [[2, 1], [4, 5]] a) Doolittle "
        "LU without pivoting, give U b) condition number kappa_inf(A) = ||A||_inf ||A^-1||_inf c) one power method "
        "step from x0 = (1, 0)^T normalized so the largest magnitude entry is 1"))
    a1 = t.add(u1, "assistant", text("I'll compute everything in Python with exact fractions where possible, then summarize."))
    code = (
        "from fractions import Fraction as F\nimport numpy as np\n\n"
        "f = lambda x: x*x - 2\nx0 = F(1)\nx1 = x0 - f(x0)/(2*x0)\nx2 = x1 - f(x1)/(2*x1)\nprint('newton', x1, x2)\n\n"
        "a, b = F(1), F(2)\nmids = []\nfor i in range(4):\n    m = (a + b)/2\n    mids.append(m)\n"
        "    if f(a)*f(m) <= 0: b = m\n    else: a = m\nprint('bisection', [float(m) for m in mids])\n\n"
        "g = lambda x: x**4\nh = F(1, 2)\nprint('simpson', h/3*(g(0) + 4*g(h) + g(1)))\n"
        "print('trapezoid', h/2*(g(0) + 2*g(h) + g(1)))\n\n"
        "A = np.array([[2., 1.], [4., 5.]])\nL = np.array([[1, 0], [A[1,0]/A[0,0], 1]])\nU = np.linalg.solve(L, A)\n"
        "print('U', U)\nprint('cond', np.linalg.cond(A))\ny = A @ np.array([1., 0.])\n"
        "print('power', y/np.abs(y).max(), y/np.linalg.norm(y))")
    c1 = t.add(a1, "assistant", {"content_type": "code", "language": "unknown", "text": code}, recipient="python", dt=2)
    out = ("newton 3/2 17/12\nbisection [1.5, 1.25, 1.375, 1.4375]\nsimpson 5/24\ntrapezoid 9/32\n"
           "U [[2. 1.]\n [0. 3.]]\ncond 7.533933885195748\npower [0.5 1. ] [0.4472136  0.89442719]")
    o1 = t.add(c1, "tool", {"content_type": "execution_output", "text": out}, name="python", dt=3)
    a2 = t.add(o1, "assistant", text(
        "Here are the results.\n\n"
        "**Problem 1**\n"
        "- a) $x_1 = 1 - \\frac{-1}{2} = 1.5$\n"
        "- b) $x_2 = \\frac32 - \\frac{1/4}{3} = \\frac{17}{12} \\approx 1.4167$\n"
        "- c) The bisection midpoints are 1.5, 1.25, 1.375, 1.4375, so the midpoint after the third iteration is $m_3 = 1.4375$.\n\n"
        "**Problem 2**\n"
        "- a) Simpson: $S = \\frac{0.5}{3}(0 + 4\\cdot0.0625 + 1) = \\frac{5}{24} \\approx 0.208333$\n"
        "- b) Trapezoid: $T = \\frac{0.5}{2}(0 + 2\\cdot0.0625 + 1) = \\frac{9}{32} = 0.28125$\n\n"
        "**Problem 3**\n"
        "- a) $U = \\begin{bmatrix} 2 & 1 \\\\ 0 & 3 \\end{bmatrix}$ (with $\\ell_{21} = 2$)\n"
        "- b) $\\kappa(A) \\approx 7.53$\n"
        "- c) $Ax^{(0)} = (2, 4)^T$, so $x^{(1)} = (0.5, 1)^T$; if you normalize to unit length instead you get $(0.447, 0.894)^T$.\n\n"
        "| Part | Answer |\n|---|---|\n| 1a | 1.5 |\n| 1b | 17/12 |\n| 1c | 1.4375 |\n| 2a | 5/24 |\n| 2b | 9/32 |\n"
        "| 3a | [[2, 1], [0, 3]] |\n| 3b | 7.53 |\n| 3c | (0.5, 1) or (0.447, 0.894) |"), dt=6)
    num = conversation(t, "Numerical analysis PS2", a2)
    dump("numerics-ps2/transcripts/conversations.json", [pasta, num])


PS2_TEXT = """MATH 351 — Numerical Analysis, Problem Set 2
Root finding, quadrature, linear systems
Due Thursday in class
Show your work. Unless a part says otherwise, give exact fractions or at least four significant digits.
Problem 1 (Root finding) — 9 points
Let f(x) = x^2 − 2.
a) Starting from x0 = 1, perform one step of Newton's method. What is x1?
b) Perform a second Newton step. Give x2 as an exact fraction.
c) Apply the bisection method to f on [1, 2]. The first iteration computes the midpoint m1 = 1.5. What is the midpoint m3 computed in the third iteration?
Problem 2 (Quadrature) — 6 points
Approximate ∫_0^1 x^4 dx using two subintervals (h = 0.5).
a) Simpson's rule. Give the exact fraction.
b) The composite trapezoidal rule. Give the exact value.
Problem 3 (Linear systems) — 9 points
Let A = [2 1; 4 5].
a) Compute the Doolittle factorization A = LU without pivoting (L unit lower triangular). Give U.
b) Compute the condition number κ∞(A) = ‖A‖∞ ‖A⁻¹‖∞.
c) Perform one step of the power method starting from x(0) = (1, 0)T, normalizing so that the entry of largest magnitude equals 1. Give x(1).
"""


def numerics_claude():
    def msg(conv, i, sender, blocks, ts, attachments=()):
        return {
            "uuid": uid(conv, "msg", str(i)),
            "text": "\n\n".join(b["text"] for b in blocks if b["type"] == "text"),
            "content": blocks,
            "sender": sender,
            "created_at": ts,
            "updated_at": ts,
            "attachments": list(attachments),
            "files": [],
        }

    def tb(s, start, stop):
        return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}

    c = "claude-num"
    m = []
    m.append(msg(c, 0, "human", [tb("can you solve PS2? the pdf is attached. please give final answers clearly",
                                   "2025-02-12T18:20:04.112000Z", "2025-02-12T18:20:04.112000Z")],
                 "2025-02-12T18:20:04.112000Z",
                 [{"file_name": "MATH351_PS2.pdf", "file_size": 48211, "file_type": "pdf", "extracted_content": PS2_TEXT}]))
    m.append(msg(c, 1, "assistant", [
        {"start_timestamp": "2025-02-12T18:20:06.000000Z", "stop_timestamp": "2025-02-12T18:20:15.000000Z",
         "type": "thinking", "thinking": "Newton on x^2-2 from 1: x1 = 1.5, x2 = 17/12. Bisection midpoints 1.5, 1.25, 1.375. "
         "Simpson with h=0.5 gives 5/24, trapezoid 9/32. LU: l21 = 2, U = [[2,1],[0,3]]. Let me verify the norms with code.",
         "summaries": [{"summary": "Working through root finding and quadrature."}], "cut_off": False},
        tb("I'll quickly verify the linear-algebra numbers.", "2025-02-12T18:20:15.500000Z", "2025-02-12T18:20:15.900000Z"),
        {"start_timestamp": "2025-02-12T18:20:16.000000Z", "stop_timestamp": "2025-02-12T18:20:17.000000Z",
         "type": "tool_use", "name": "repl", "input": {"code":
            "const A=[[2,1],[4,5]];const inv=[[5/6,-1/6],[-4/6,2/6]];\n"
            "const n=M=>Math.max(...M.map(r=>r.reduce((s,v)=>s+Math.abs(v),0)));\n"
            "console.log(n(A), n(inv), n(A)*n(inv));\nconsole.log([2,4].map(v=>v/4));"}},
        {"start_timestamp": "2025-02-12T18:20:17.200000Z", "stop_timestamp": "2025-02-12T18:20:17.300000Z",
         "type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"9 1 9\",\"[0.5,1]\"]}"}],
         "is_error": False},
        tb("## Problem 1\n\n"
           "**a)** $x_1 = x_0 - \\frac{x_0^2 - 2}{2x_0} = 1 + \\frac12 = 1.5$\n\n"
           "**b)** Newton's iteration is converging to $\\sqrt 2$, and the second step already agrees with it to "
           "several digits:\n\n$$x_2 \\approx 1.41421$$\n\n"
           "**c)** Midpoints: $m_1 = 1.5$ ($f>0$, keep $[1,1.5]$), $m_2 = 1.25$ ($f<0$, keep $[1.25, 1.5]$), so "
           "**$m_3 = 1.375$**.\n\n"
           "## Problem 2\n\n"
           "**a)** $S = \\frac{h}{3}[f(0) + 4f(\\tfrac12) + f(1)] = \\frac16\\left(\\frac14 + 1\\right) = \\frac{5}{24}$\n\n"
           "**b)** $T = \\frac{h}{2}[f(0) + 2f(\\tfrac12) + f(1)] = \\frac14 \\cdot \\frac98 = \\frac{9}{32}$\n\n"
           "## Problem 3\n\n"
           "**a)** $\\ell_{21} = 2$, so $U = \\begin{pmatrix} 2 & 1 \\\\ 0 & 3 \\end{pmatrix}$ and "
           "$L = \\begin{pmatrix} 1 & 0 \\\\ 2 & 1 \\end{pmatrix}$.\n\n"
           "**b)** $\\|A\\|_\\infty = 9$, $\\|A^{-1}\\|_\\infty = 1$, so $\\kappa_\\infty(A) = 9$.\n\n"
           "**c)** $x^{(1)} = (2, 4)^T / 4 = (0.5,\\ 1)^T$.",
           "2025-02-12T18:20:18.000000Z", "2025-02-12T18:20:31.000000Z")],
        "2025-02-12T18:20:31.000000Z"))
    m.append(msg(c, 2, "human", [tb("what would simpson give with h = 0.25 instead?",
                                   "2025-02-12T18:25:40.000000Z", "2025-02-12T18:25:40.000000Z")],
                 "2025-02-12T18:25:40.000000Z"))
    m.append(msg(c, 3, "assistant", [tb(
        "With four subintervals ($h = 0.25$), composite Simpson is\n\n"
        "$$S_4 = \\frac{0.25}{3}\\left[f(0) + 4f(0.25) + 2f(0.5) + 4f(0.75) + f(1)\\right] = \\frac{1}{12}(2.40625) \\approx 0.200521,$$\n\n"
        "much closer to the exact value $1/5$. That's just for comparison — the problem set asks for $h = 0.5$, "
        "where the answer stays $5/24$.", "2025-02-12T18:25:42.000000Z", "2025-02-12T18:25:50.000000Z")],
        "2025-02-12T18:25:50.000000Z"))
    for i, x in enumerate(m):
        x["parent_message_uuid"] = m[i - 1]["uuid"] if i else "00000000-0000-4000-8000-000000000000"
    conv = {
        "uuid": uid(c, "conversation"),
        "name": "Numerical analysis problem set 2",
        "summary": "",
        "created_at": "2025-02-12T18:20:03.000000Z",
        "updated_at": "2025-02-12T18:25:50.000000Z",
        "account": {"uuid": uid("account")},
        "chat_messages": m,
    }
    dump("numerics-ps2/transcripts/claude-export.json", [conv])


# ---------------------------------------------------------------- crypto-ch4
def crypto():
    t = Tree("crypto", 1741600000.0)
    u1 = t.add(t.root, "user", text(
        "Exercise 4.1 (a) Compute gcd(252, 198). (b) Inverse of 17 modulo 43 in {0..42}.\n"
        "Exercise 4.2 p = 11, q = 17, n = 187, e = 7. (a) phi(n) (b)(i) d with ed ≡ 1 mod phi(n), 0<d<phi(n) "
        "(ii) encrypt m = 5, c = m^e mod n\n"
        "Exercise 4.3 Diffie-Hellman p = 23, g = 5, a = 6, b = 15. (a) A that Alice sends (b) shared key K"))
    a1 = t.add(u1, "assistant", text(
        "**Exercise 4.1**\n\n"
        "(a) $252 = 198 + 54$, $198 = 3\\cdot 54 + 36$, $54 = 36 + 18$, $36 = 2 \\cdot 18$. So $\\gcd(252,198) = \\mathbf{18}$.\n\n"
        "(b) $43 = 2\\cdot17 + 9$, $17 = 9 + 8$, $9 = 8 + 1$, giving $1 = 2\\cdot 43 - 5 \\cdot 17$. "
        "Hence $17^{-1} \\equiv -5 \\equiv \\mathbf{38} \\pmod{43}$.\n\n"
        "**Exercise 4.2**\n\n"
        "(a) $\\varphi(187) = 10 \\cdot 16 = \\mathbf{160}$\n\n"
        "(b)(i) $7 \\cdot 23 = 161 \\equiv 1 \\pmod{160}$, so $d = \\mathbf{23}$.\n\n"
        "(b)(ii) $5^4 = 625 \\equiv 64 \\pmod{187}$, so $5^7 = 5^4 \\cdot 5^3 \\equiv 64 \\cdot 125 = 8000$. "
        "Since $187 \\cdot 42 = 7854$, $8000 - 7854 = 164$.\n\n$$c = 164$$\n\n"
        "**Exercise 4.3**\n\n"
        "(a) $A = 5^6 \\bmod 23$; $5^2 \\equiv 2$, so $A = 2^3 = \\mathbf{8}$.\n\n"
        "(b) $K = 5^{15} \\bmod 23 = \\mathbf{19}$."))
    u2 = t.add(a1, "user", text("for 4.3(b) isn't 19 just Bob's public value B? the key should use both secrets"), dt=400)
    # older regeneration
    t.add(u2, "assistant", text(
        "Good catch — 19 is $B$. The shared key combines Alice's public value with her secret: "
        "$K = A^a \\bmod p = 8^6 \\bmod 23 = 8$.\n\nSo **K = 8**."))
    th = t.add(u2, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Rechecking the shared key", "content": "K = B^a mod p = 19^6 mod 23. 19^2 = 361 = 15*23 + 16. "
         "16^2 = 256 = 11*23 + 3. 19^6 = 3*16 = 48 = 2 mod 23. Check A^b = 8^15 mod 23 gives the same.", "finished": True}]},
        dt=90)
    rr = t.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"}, dt=1)
    t.add(rr, "assistant", text(
        "You're right — $19$ is Bob's public value $B = g^b \\bmod p$, not the key. The shared key is\n\n"
        "$$K = B^a \\bmod p = 19^6 \\bmod 23.$$\n\n"
        "$19^2 = 361 \\equiv 16$, $19^4 \\equiv 16^2 = 256 \\equiv 3$, $19^6 \\equiv 3 \\cdot 16 = 48 \\equiv 2$.\n\n"
        "Check from Bob's side: $A^b = 8^{15} \\bmod 23 \\equiv 2$ as well.\n\n"
        "**Corrected answer for 4.3(b): $K = 2$.**"), dt=4)
    conv = conversation(t, "RSA and Diffie-Hellman exercises", with_current=False)
    dump("crypto-ch4/transcripts/chatgpt-export.json", [conv])


if __name__ == "__main__":
    infotheory()
    numerics_chatgpt()
    numerics_claude()
    crypto()
