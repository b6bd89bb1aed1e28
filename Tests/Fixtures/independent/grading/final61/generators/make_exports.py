#!/usr/bin/env python3
"""Deterministic generator for the four data-export transcripts of final61.

Usage:  python3 make_exports.py [OUTDIR]      (default: the folder above this script)

Writes
  gas-thermo/transcripts/conversations.json          ChatGPT export, current_node, regenerated branch,
                                                     thoughts + reasoning_recap, unrelated conversation
  svd-lowrank/transcripts/claude-export.json          Claude export, thinking / tool_use / tool_result,
                                                     attachment with extracted_content, unrelated conversation
  svd-lowrank/transcripts/chatgpt-export.json         ChatGPT export WITHOUT current_node, python tool call +
                                                     execution_output, citation markers, regenerated branch
  word-vectors/transcripts/conversations.json         ChatGPT export, current_node, thoughts, citation markers,
                                                     correction turn with a regenerated branch, unrelated conversation

Everything (ids, timestamps, key order) is fixed, so re-running gives byte-identical files.
"""
import json
import os
import sys
import uuid

NS = uuid.UUID("6b1c0f0e-61aa-4d1e-9f61-0000000061f1")
CITE = "\ue200cite\ue202{}\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# --------------------------------------------------------------------------- ChatGPT helpers
class ChatGPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.order = []
        root = uid(key, "root")
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.last_time = t0

    def add(self, name, parent, role, content, t, recipient="all", author_name=None,
            end_turn=None, extra_meta=None, hidden=False):
        nid = uid(self.key, name)
        meta = {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant":
            meta.update({"model_slug": self.model, "default_model_slug": self.model,
                         "parent_id": parent, "request_id": uid(self.key, name, "req")[:23]})
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        parent_id = self.root if parent is None else parent
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent_id, "children": []}
        self.mapping[parent_id]["children"].append(nid)
        self.order.append(nid)
        if t is not None:
            self.last_time = max(self.last_time, t)
        return nid

    def text(self, name, parent, role, text, t, **kw):
        return self.add(name, parent, role, {"content_type": "text", "parts": [text]}, t, **kw)

    def export(self, current_node=None, drop_current=False):
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_time,
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
            "current_node": current_node,
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "gizmo_type": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conversation"),
        }
        if drop_current:
            del conv["current_node"]
        return conv


def system_node(c, t):
    return c.text("system", None, "system", "", t, hidden=True)


def thoughts(c, name, parent, t, items, secs):
    n1 = c.add(name, parent, "assistant",
               {"content_type": "thoughts",
                "thoughts": [{"summary": s, "content": body, "chunks": [], "finished": True}
                             for s, body in items],
                "source_analysis_msg_id": uid(c.key, name, "analysis")},
               t, extra_meta={"reasoning_status": "is_reasoning"})
    n2 = c.add(name + "-recap", n1, "assistant",
               {"content_type": "reasoning_recap", "content": f"Thought for {secs} seconds"},
               t + 1.0, extra_meta={"reasoning_status": "reasoning_ended"})
    return n2


# --------------------------------------------------------------------------- gas-thermo ChatGPT export
GAS_PROMPT = """Thermal physics HW 5, can you solve it? R = 8.314 J/(mol K), all gases ideal.

1. A sample of n = 2.00 mol of a monatomic ideal gas (C_V = 3/2 R) is in state 1 with T1 = 300 K and P1 = 100 kPa.
(a) Find the volume V1, in litres, to three significant figures.
(b) The gas expands reversibly and isothermally from state 1 until its volume is 2V1. How much work is done by the gas? Nearest joule.
(c) What is the change in entropy of the gas during the expansion of part (b)? J/K, three significant figures.

2. Starting again from state 1 of Question 1, the same gas is compressed reversibly and adiabatically until its volume is V1/2.
(a) Find the final temperature T2, to the nearest 0.1 K.
(b) How much work is done on the gas during the compression? Nearest joule.
(c) Find the final pressure P2 in kPa, to three significant figures.

3. (a) True or false: when an ideal gas expands freely (Joule expansion) into an evacuated, thermally insulated chamber, its temperature decreases.
(b) For a diatomic ideal gas near room temperature, gamma = C_P/C_V is closest to
A. 1.33 B. 1.40 C. 1.67 D. 1.29"""

GAS_OLD = r"""Let's work through it. For a monatomic gas $C_V = \tfrac32 R = 12.471$ J/(mol·K) and $\gamma = 5/3$.

**1(a)** $V_1 = nRT_1/P_1 = (2.00)(8.314)(300)/(100\,000) = 0.049884$ m³, so **V₁ = 49.9 L**.

**1(b)** $W = nRT\ln 2 = 4988.4 \times 0.693147$, so **W = 3458 J**.

**1(c)** $\Delta S = nR\ln 2$ = **11.5 J/K**.

**2(a)** Using $TV^{\gamma-1}$ = const with $\gamma - 1 = 1/3$: $T_2 = 300 \cdot 2^{1/3}$ = **378.0 K**.

**2(b)** $W_\text{on} = nC_V\Delta T = 24.942 \times 78.0$ = **1946 J**.

**2(c)** $P_2 = P_1 (V_1/V_2)(T_2/T_1) = 100 \times 2 \times 1.26$ = **252 kPa**.

**3(a)** False. **3(b)** B."""

GAS_NEW = r"""Here's a worked solution. I'll use $\gamma = 5/3$ for the monatomic gas and $C_V = \tfrac32 R = 12.471$ J/(mol·K).

### Question 1

**1(a)** Since 100 kPa ≈ 1 atm, it's convenient to use $R = 0.08206$ L·atm/(mol·K):

$$V_1 = \frac{nRT_1}{P_1} = \frac{2.00 \times 0.08206 \times 300}{1.00} \approx 49.2\ \text{L}$$

**Answer: V₁ ≈ 49.2 L**

**1(b)** Reversible isothermal expansion:

$$W_\text{by} = nRT_1 \ln\frac{2V_1}{V_1} = 2.00 \times 8.314 \times 300 \times \ln 2 = 3457.7\ \text{J}$$

**Answer: W ≈ 3458 J**

**1(c)** With $Q_\text{rev} = W_\text{by}$ at constant $T$:

$$\Delta S = \frac{Q_\text{rev}}{T} = nR\ln 2 = 2.00 \times 8.314 \times 0.69315 = 11.53\ \text{J/K}$$

**Answer: ΔS ≈ 11.5 J/K**

### Question 2

**2(a)** Along a reversible adiabat $TV^{\gamma-1}$ is constant:

$$T_2 = T_1 \left(\frac{V_1}{V_2}\right)^{\gamma-1} = 300 \times 2^{2/3} = 476.22\ \text{K}$$

**Answer: T₂ ≈ 476.2 K**

**2(b)** With $Q = 0$ and the sign convention $\Delta U = Q - W$ (where $W$ is the work done by the gas):

$$W = -\Delta U = -nC_V(T_2 - T_1) = -(2.00)(12.471)(176.22) = -4395\ \text{J}$$

**Answer: the work done on the gas is −4395 J**

**2(c)** From $PV^\gamma$ = const:

$$P_2 = P_1 \left(\frac{V_1}{V_2}\right)^{\gamma} = 100\ \text{kPa} \times 2^{5/3} = 317.5\ \text{kPa}$$

**Answer: P₂ ≈ 317 kPa**

### Question 3

**3(a)** **False.** For an ideal gas $U$ depends only on $T$, and a free expansion has $Q = W = 0$, so the temperature is unchanged.

**3(b)** $\gamma = C_P/C_V = (7/2)/(5/2) = 1.40$, so the answer is **(B)**."""

GAS_FOLLOW_Q = "what would T2 be if the gas were diatomic instead?"
GAS_FOLLOW_A = r"""For a diatomic gas $\gamma = 7/5$, so $\gamma - 1 = 0.4$:

$$T_2 = 300 \times 2^{0.4} = 300 \times 1.3195 \approx 395.9\ \text{K}$$

A diatomic gas heats up less on the same compression because part of the work goes into rotational energy."""


def gas_export():
    t = 1741802400.0
    c = ChatGPTConv("gas", "Ideal gas HW5", t)
    s = system_node(c, None)
    u1 = c.text("u1", s, "user", GAS_PROMPT, t + 10.0)
    c.text("a1-old", u1, "assistant", GAS_OLD, t + 31.0, end_turn=True)
    r = thoughts(c, "a1-think", u1, t + 95.0, [
        ("Computing initial volume",
         "V1 = nRT/P = 2*8.314*300/100000 = 0.049884 m^3 -> 49.9 L. Could also do it in L atm."),
        ("Adiabatic step",
         "gamma = 5/3, gamma-1 = 2/3, T2 = 300*2^(2/3) = 476.22 K, dU = 2*12.471*176.22 = 4395 J"),
    ], 14)
    a1 = c.text("a1-new", r, "assistant", GAS_NEW, t + 110.0, end_turn=True)
    u2 = c.text("u2", a1, "user", GAS_FOLLOW_Q, t + 400.0)
    a2 = c.text("a2", u2, "assistant", GAS_FOLLOW_A, t + 409.0, end_turn=True)
    graded = c.export(current_node=a2)

    t2 = 1741950000.0
    o = ChatGPTConv("sourdough", "Sourdough starter ratio", t2)
    s2 = system_node(o, None)
    q = o.text("u1", s2, "user", "if I feed my starter 1:5:5 with 20 g of starter how much flour and water is that", t2 + 5.0)
    a = o.text("a1", q, "assistant",
               "A 1:5:5 feed with 20 g of starter means **100 g flour** and **100 g water**, "
               "for 220 g in total. That is a 100 % hydration starter.", t2 + 12.0, end_turn=True)
    other = o.export(current_node=a)
    return [other, graded]


# --------------------------------------------------------------------------- svd-lowrank Claude export
SVD_SHEET = """MATH 3410 Applied Linear Algebra — Problem Sheet 4
Singular value decomposition and low-rank approximation

Answer every exercise. Where a decimal answer is requested give four decimal places (or an exact surd).

Throughout, let A = [[3, 0], [4, 5]].

Exercise 4.1 (6 marks)
a) Find the singular values σ1 ≥ σ2 of A.
b) Compute the 2-norm condition number κ2(A) = σ1/σ2.
c) Give the right singular vector v1 belonging to σ1, normalised to unit length and with its first component positive.

Exercise 4.2 (4 marks)
a) Using the Eckart–Young theorem, write down the best rank-1 approximation A1 of A in the Frobenius norm.
b) Evaluate the approximation error ||A − A1||_F.

Exercise 4.3 (6 marks)
a) True or false: for every real square matrix, the singular values are the absolute values of its eigenvalues.
b) A data matrix M ∈ R^{100×80} has rank 20. How many real numbers must be stored to keep its compact SVD M = U_r Σ_r V_r^T, storing U_r and V_r as dense matrices and Σ_r as a vector of its diagonal?
c) Compute the Moore–Penrose pseudo-inverse A+ of A (exact fractions).
"""

SVD_CODE = """import numpy as np
A = np.array([[3., 0.], [4., 5.]])
U, s, Vt = np.linalg.svd(A)
print("s =", s)
print("U =", U)
print("Vt =", Vt)
print("rank-1:", s[0] * np.outer(U[:, 0], Vt[0]))
print("pinv:", np.linalg.pinv(A))"""

SVD_OUT = """s = [6.70820393 2.23606798]
U = [[-0.31622777 -0.9486833 ]
 [-0.9486833   0.31622777]]
Vt = [[-0.70710678 -0.70710678]
 [-0.70710678  0.70710678]]
rank-1: [[1.5 1.5]
 [4.5 4.5]]
pinv: [[ 0.33333333  0.        ]
 [-0.26666667  0.2       ]]"""

CLAUDE_A1_PRE = "I'll check the decomposition numerically first, then write everything up exactly."

CLAUDE_A1_POST = r"""The numbers confirm the hand calculation. Here is the full write-up.

## Exercise 4.1

**(a)** $A^\top A = \begin{pmatrix} 25 & 20 \\ 20 & 25 \end{pmatrix}$ has eigenvalues $45$ and $5$, so

$$\sigma_1 = 3\sqrt5 \approx 6.7082, \qquad \sigma_2 = \sqrt5 \approx 2.2361.$$

**(b)** $\kappa_2(A) = \sigma_1/\sigma_2 = 3\sqrt5/\sqrt5 = 3$.

**(c)** Reading off the first row of $V^\top$ from the decomposition:

$$v_1 = (-0.7071,\ -0.7071)$$

## Exercise 4.2

**(a)** By Eckart–Young, $A_1 = \sigma_1 u_1 v_1^\top$:

$$A_1 = \begin{pmatrix} 1.5 & 1.5 \\ 4.5 & 4.5 \end{pmatrix}$$

**(b)** The error is the discarded singular value: $\|A - A_1\|_F = \sigma_2 = \sqrt5 \approx 2.2361$.

## Exercise 4.3

**(a)** **False.** For $B = \begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}$ both eigenvalues are $1$, but the singular values are $(\sqrt5 \pm 1)/2$.

**(b)** $U_r$ has $100 \times 20 = 2000$ entries, $V_r$ has $80 \times 20 = 1600$, and $\Sigma_r$ contributes $20$.

**Answer: 3620** (or 3600 — some texts count only $U_r$ and $V_r$).

**(c)** $A$ is invertible ($\det A = 15$), so $A^+ = A^{-1}$:

$$A^{+} = \frac{1}{15}\begin{pmatrix} 5 & 0 \\ -4 & 3 \end{pmatrix} = \begin{pmatrix} 1/3 & 0 \\ -4/15 & 1/5 \end{pmatrix}$$"""

CLAUDE_THINK = ("A^T A = [[25,20],[20,25]], eigenvalues 45 and 5. sigma = 3 sqrt5, sqrt5. v1 = (1,1)/sqrt2 "
                "up to sign. Rank-1 should be 3/2 [[1,1],[3,3]]. Storage 2000+1600+20. Let me run numpy to confirm.")

UNSUPPORTED = "\n```\nThis block is not supported on your current device yet.\n```\n"


def claude_msg(key, name, sender, t, blocks, attachments=()):
    text_parts = []
    content = []
    for i, b in enumerate(blocks):
        ts = f"2025-03-18T10:{t:02d}:{10 + i:02d}.000000Z"
        kind = b[0]
        if kind == "text":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "text",
                            "text": b[1], "citations": []})
            text_parts.append(b[1])
        elif kind == "thinking":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "thinking",
                            "thinking": b[1], "summaries": [{"summary": "Thinking about SVD of a 2x2 matrix."}],
                            "cut_off": False})
        elif kind == "tool_use":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_use",
                            "name": "repl", "input": {"code": b[1]}, "message": "Running the analysis",
                            "integration_name": None, "context": None, "display_content": None})
            text_parts.append(UNSUPPORTED)
        elif kind == "tool_result":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_result",
                            "name": "repl",
                            "content": [{"type": "text", "text": json.dumps({"status": "success", "logs": [b[1]]}),
                                         "uuid": uid(key, name, "res")}],
                            "is_error": False, "message": None, "display_content": None})
    created = f"2025-03-18T10:{t:02d}:00.000000Z"
    return {
        "uuid": uid(key, name),
        "text": "".join(text_parts) if sender == "assistant" else blocks[0][1],
        "content": content,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": list(attachments),
        "files": [],
    }


def claude_export():
    acct = {"uuid": uid("claude", "account")}
    key = "svd-claude"
    msgs = [
        claude_msg(key, "h1", "human", 2, [("text", "Can you work through problem sheet 4? It's attached. Four decimals where they ask for decimals.")],
                   attachments=[{"file_name": "sheet4.md", "file_size": len(SVD_SHEET.encode()),
                                 "file_type": "text/markdown", "extracted_content": SVD_SHEET}]),
        claude_msg(key, "a1", "assistant", 3, [("thinking", CLAUDE_THINK), ("text", CLAUDE_A1_PRE),
                                               ("tool_use", SVD_CODE), ("tool_result", SVD_OUT),
                                               ("text", CLAUDE_A1_POST)]),
        claude_msg(key, "h2", "human", 9, [("text", "ok thanks. what's the intuition behind eckart-young in one sentence?")]),
        claude_msg(key, "a2", "assistant", 10, [("text",
            "Truncating the SVD keeps the directions along which $A$ stretches space the most, and any other "
            "rank-$k$ matrix must miss at least one of those stretches, so it can only do worse.")]),
    ]
    graded = {"uuid": uid(key, "conv"), "name": "SVD problem sheet 4",
              "created_at": "2025-03-18T10:02:00.000000Z", "updated_at": "2025-03-18T10:10:00.000000Z",
              "account": acct, "chat_messages": msgs}
    k2 = "lisbon"
    other = {"uuid": uid(k2, "conv"), "name": "Lisbon 3-day itinerary",
             "created_at": "2025-03-16T19:40:00.000000Z", "updated_at": "2025-03-16T19:41:00.000000Z",
             "account": acct, "chat_messages": [
                 claude_msg(k2, "h1", "human", 40, [("text", "3 days in Lisbon in April, what should I not miss? budget about 300 euros")]),
                 claude_msg(k2, "a1", "assistant", 41, [("text",
                     "Day 1: Alfama and the Castelo (about 15 €). Day 2: Belém — the Jerónimos Monastery (18 €) and "
                     "pastéis de Belém. Day 3: a day trip to Sintra (train 4.70 € return). That leaves roughly 250 € "
                     "for food and transport.")]),
             ]}
    return [other, graded]


# --------------------------------------------------------------------------- svd-lowrank ChatGPT export (no current_node)
SVD_GPT_PROMPT = SVD_SHEET.replace("Answer every exercise.", "Please do 4.1 and 4.2 first.\n\nAnswer every exercise.")

SVD_GPT_CODE = """import numpy as np
A = np.array([[3, 0], [4, 5]], dtype=float)
U, s, Vt = np.linalg.svd(A)
s, Vt, s[0]/s[1], s[0]*np.outer(U[:,0], Vt[0]), np.linalg.norm(A - s[0]*np.outer(U[:,0], Vt[0]))"""

SVD_GPT_OUT = """(array([6.70820393, 2.23606798]),
 array([[-0.70710678, -0.70710678],
        [-0.70710678,  0.70710678]]),
 3.0000000000000004,
 array([[1.5, 1.5],
        [4.5, 4.5]]),
 2.23606797749979)"""

SVD_GPT_A1 = ("**Exercise 4.1**\n\n"
              "a) $A^TA = \\begin{bmatrix}25 & 20\\\\ 20 & 25\\end{bmatrix}$ has eigenvalues 45 and 5, so "
              "**σ₁ = 3√5 ≈ 6.7082** and **σ₂ = √5 ≈ 2.2361**.\n\n"
              "b) κ₂(A) = σ₁/σ₂ = **3** (numpy prints 3.0000000000000004, which is just round-off).\n\n"
              "c) The eigenvector of $A^TA$ for 45 is along (1, 1), so\n\n"
              "**v₁ = ±(1/√2, 1/√2) ≈ ±(0.7071, 0.7071)** — singular vectors are only determined up to sign.\n\n"
              "**Exercise 4.2**\n\n"
              "a) $A_1 = \\sigma_1 u_1 v_1^T = \\begin{bmatrix}1.5 & 1.5\\\\ 4.5 & 4.5\\end{bmatrix}$\n\n"
              "b) ‖A − A₁‖_F = σ₂ = √5 ≈ 2.2361, exactly as the Eckart–Young–Mirsky theorem predicts "
              + CITE.format("turn0search1") + "\n\n"
              "Want me to go on with 4.3?")

SVD_GPT_U2 = "yes do 4.3 a and b. skip c, I already did the pseudo-inverse myself"

SVD_GPT_A2_OLD = ("**4.3 (a)** False — e.g. $\\begin{bmatrix}1&1\\\\0&1\\end{bmatrix}$ has eigenvalues 1, 1 but singular values 1.618 and 0.618.\n\n"
                  "**4.3 (b)** 100·20 + 20 + 80·20 = **3620** numbers.\n\n"
                  "**4.3 (c)** For completeness: A⁺ = A⁻¹ = [[1/3, 0], [−4/15, 1/5]].")

SVD_GPT_A2_NEW = ("**4.3 (a)** **False.** Eigenvalues and singular values only coincide (up to sign) for normal matrices. "
                  "Counterexample: $\\begin{bmatrix}1&1\\\\0&1\\end{bmatrix}$ has eigenvalues 1, 1 but singular values "
                  "(√5 ± 1)/2 " + CITE.format("turn0search4") + ".\n\n"
                  "**4.3 (b)** The compact SVD stores $U_r$ (100 × 20) and $V_r$ (80 × 20):\n\n"
                  "$$100 \\cdot 20 + 80 \\cdot 20 = 2000 + 1600 = 3600$$\n\n"
                  "So **3600 numbers** need to be stored — a big saving over the 8000 entries of $M$.\n\n"
                  "And as requested I've skipped (c).")


def svd_gpt_export():
    t = 1742290000.0
    c = ChatGPTConv("svd-gpt", "SVD sheet 4 help", t, model="gpt-4o")
    s = system_node(c, None)
    u1 = c.text("u1", s, "user", SVD_GPT_PROMPT, t + 8.0)
    code = c.add("code", u1, "assistant",
                 {"content_type": "code", "language": "unknown", "response_format_name": None,
                  "text": SVD_GPT_CODE}, t + 20.0, recipient="python")
    out = c.add("exec", code, "tool",
                {"content_type": "execution_output", "text": SVD_GPT_OUT}, t + 22.0, author_name="python",
                extra_meta={"aggregate_result": {"status": "success", "run_id": uid("svd-gpt", "run"),
                                                 "start_time": t + 20.5, "end_time": t + 21.9,
                                                 "final_expression_output": SVD_GPT_OUT,
                                                 "in_kernel_exception": None, "system_exception": None,
                                                 "messages": [], "jupyter_messages": [], "timeout_triggered": None},
                            "is_complete": True})
    a1 = c.text("a1", out, "assistant", SVD_GPT_A1, t + 35.0, end_turn=True,
                extra_meta={"content_references": [{"matched_text": CITE.format("turn0search1"),
                                                    "type": "grouped_webpages", "title": "Low-rank approximation - Wikipedia",
                                                    "url": "https://en.wikipedia.org/wiki/Low-rank_approximation"}]})
    u2 = c.text("u2", a1, "user", SVD_GPT_U2, t + 300.0)
    c.text("a2-old", u2, "assistant", SVD_GPT_A2_OLD, t + 312.0, end_turn=True)
    c.text("a2-new", u2, "assistant", SVD_GPT_A2_NEW, t + 380.0, end_turn=True,
           extra_meta={"content_references": [{"matched_text": CITE.format("turn0search4"),
                                               "type": "grouped_webpages", "title": "Singular value decomposition - Wikipedia",
                                               "url": "https://en.wikipedia.org/wiki/Singular_value_decomposition"}]})
    return [c.export(drop_current=True)]


# --------------------------------------------------------------------------- word-vectors ChatGPT export
WV_PROMPT = """NLP assignment 2, please give answers with short working. 4 decimals unless stated.

Problem 1. Toy embeddings in R^3: cat = (1, 2, 2), dog = (2, 1, 2), car = (2, -2, 1), bus = (1, -2, 2).
(a) Cosine similarity between cat and dog.
(b) Euclidean distance ||x_cat - x_dog||_2.
(c) Analogy vector q = x_dog - x_cat + x_car ("cat is to dog as car is to ?").
(d) Considering all four vocabulary words (do not exclude the query words), which word has the highest cosine similarity with q? (A) cat (B) dog (C) car (D) bus

Problem 2. Skip-gram, |V| = 10,000, d = 300, separate input embedding matrix W_in and output embedding matrix W_out, no biases.
(a) Total number of trainable parameters?
(b) Shape of W_in if each row is the embedding of one word?
(c) Negative-sampling loss L = -log σ(s+) - Σ_{k=1}^{K} log σ(-s_k).
  (i) Evaluate L for s+ = 2, K = 5, s_1 = ... = s_5 = 0, to three decimal places (natural log).
  (ii) Give ∂L/∂s+ as an expression in s+."""

WV_A1 = ("## Problem 1\n\n"
         "All four vectors have norm 3 (e.g. √(1 + 4 + 4) = 3), which keeps the arithmetic easy.\n\n"
         "**(a)** cat · dog = 2 + 2 + 4 = 8, so cos(cat, dog) = 8 / (3 · 3) = **8/9 ≈ 0.8889**\n\n"
         "**(b)** cat − dog = (−1, 1, 0), so the distance is **√2 ≈ 1.4142**\n\n"
         "**(c)** q = (2, 1, 2) − (1, 2, 2) + (2, −2, 1) = **(3, −3, 1)**\n\n"
         "**(d)** ‖q‖ = √19 ≈ 4.359. Dot products with q: cat −1, dog 5, car 13, bus 11. "
         "In word2vec-style analogy evaluation the query words are excluded from the candidates "
         + CITE.format("turn0search0") + ", so among the remaining words the best match is bus "
         "(cos ≈ 0.841).\n\n**Answer: (D) bus**\n\n"
         "## Problem 2\n\n"
         "**(a)** One embedding matrix has 10,000 × 300 = 3,000,000 parameters, so the model has "
         "**3,000,000 trainable parameters**.\n\n"
         "**(b)** One row per word: **10,000 × 300**\n\n"
         "**(c)(i)** σ(2) = 0.8808 and σ(0) = 0.5, so\n\n"
         "L = −log σ(2) − log σ(0) = 0.1269 + 0.6931 = **0.820**\n\n"
         "**(c)(ii)** Only the first term depends on s₊, and d/dz[−log σ(z)] = σ(z) − 1:\n\n"
         "$$\\frac{\\partial L}{\\partial s_+} = \\sigma(s_+) - 1 = -\\sigma(-s_+)$$\n\n"
         "Quick numerical check " + CITE.format("turn0search3") +
         "```python\nimport numpy as np\nsig = lambda z: 1/(1+np.exp(-z))\nprint(-np.log(sig(2)) - np.log(sig(0)))\n```")

WV_U2 = "for 2a — there are two matrices though (W_in and W_out), shouldn't it be double?"

WV_A2_OLD = ("In most implementations the input and output embeddings are tied, so only one 10,000 × 300 matrix is "
             "trained and **3,000,000** is the right count.")

WV_A2_NEW = ("You're right, I only counted one of them. With separate $W_\\text{in}$ and $W_\\text{out}$, each "
             "10,000 × 300:\n\n"
             "$$2 \\times 10{,}000 \\times 300 = 6{,}000{,}000$$\n\n"
             "**Corrected answer for 2(a): 6,000,000 parameters.** The other answers stay the same.")


def wv_export():
    t = 1739300000.0
    c = ChatGPTConv("wv", "Word vectors assignment", t, model="gpt-4o")
    s = system_node(c, None)
    u1 = c.text("u1", s, "user", WV_PROMPT, t + 6.0)
    r = thoughts(c, "a1-think", u1, t + 15.0, [
        ("Checking norms", "All norms are 3. cat.dog = 8 -> 0.8889. q = (3,-3,1)."),
        ("Loss value", "-log sigma(2) = 0.1269, plus 5*log 2 = 3.4657 -> 3.593? Check the sum."),
    ], 11)
    a1 = c.text("a1", r, "assistant", WV_A1, t + 40.0, end_turn=True,
                extra_meta={"content_references": [
                    {"matched_text": CITE.format("turn0search0"), "type": "grouped_webpages",
                     "title": "Efficient Estimation of Word Representations in Vector Space",
                     "url": "https://arxiv.org/abs/1301.3781"},
                    {"matched_text": CITE.format("turn0search3"), "type": "grouped_webpages",
                     "title": "Distributed Representations of Words and Phrases and their Compositionality",
                     "url": "https://arxiv.org/abs/1310.4546"}]})
    u2 = c.text("u2", a1, "user", WV_U2, t + 600.0)
    c.text("a2-old", u2, "assistant", WV_A2_OLD, t + 606.0, end_turn=True)
    a2 = c.text("a2-new", u2, "assistant", WV_A2_NEW, t + 650.0, end_turn=True)
    graded = c.export(current_node=a2)

    t2 = 1739100000.0
    o = ChatGPTConv("essay", "Cover letter wording", t2)
    s2 = system_node(o, None)
    q = o.text("u1", s2, "user", "make this sound less stiff: 'I am writing to express my interest in the position'", t2 + 3.0)
    a = o.text("a1", q, "assistant", "Try: \"I'd love to be considered for the data analyst role — here's why I think I'd be a good fit.\"",
               t2 + 9.0, end_turn=True)
    other = o.export(current_node=a)
    return [graded, other]


# --------------------------------------------------------------------------- main
def write(path, obj, indent=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    write(os.path.join(outdir, "gas-thermo/transcripts/conversations.json"), gas_export())
    write(os.path.join(outdir, "svd-lowrank/transcripts/claude-export.json"), claude_export(), indent=2)
    write(os.path.join(outdir, "svd-lowrank/transcripts/chatgpt-export.json"), svd_gpt_export())
    write(os.path.join(outdir, "word-vectors/transcripts/conversations.json"), wv_export())


if __name__ == "__main__":
    main()
