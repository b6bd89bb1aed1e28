#!/usr/bin/env python3
"""Writes the ChatGPT and Claude data-export transcripts of this corpus.

Deterministic: fixed timestamps, ids derived from names; re-running gives byte-identical files.
"""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a52-3b7e-4d0a-9c55-0b8f1d2e3a41")
CITE_L, CITE_R = "\ue200", "\ue201"


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT
class GPT:
    def __init__(self, conv, title, t0, with_children=True):
        self.conv, self.title, self.t, self.with_children = conv, title, t0, with_children
        self.root = uid(conv, "root")
        self.nodes = {self.root: {"id": self.root, "message": None, "parent": None, "children": []}}
        self.n = 0

    def add(self, parent, role, content, recipient="all", meta=None, dt=7.0):
        self.n += 1
        self.t += dt
        nid = uid(self.conv, "n%d" % self.n)
        msg = {
            "id": nid,
            "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and recipient == "all" else None,
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        self.nodes[nid] = {"id": nid, "message": msg, "parent": parent or self.root, "children": []}
        self.nodes[parent or self.root]["children"].append(nid)
        return nid

    def text(self, parent, role, s, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, **kw)

    def export(self, current=None):
        mapping = {}
        for k, v in self.nodes.items():
            v = dict(v)
            if not self.with_children:
                v.pop("children")
            mapping[k] = v
        d = {"title": self.title, "create_time": round(self.nodes[uid(self.conv, "n1")]["message"]["create_time"] - 1, 3),
             "update_time": round(self.t, 3), "mapping": mapping}
        if current:
            d["current_node"] = current
        d.update({"conversation_id": uid(self.conv, "conv"), "id": uid(self.conv, "conv"),
                  "default_model_slug": "gpt-4o", "is_archived": False})
        return d


# ---------------------------------------------------------------- Claude
def claude_conv(name, t0, msgs, summary=""):
    out = []
    for i, m in enumerate(msgs):
        ts = "2025-%s" % t0 if False else t0
        stamp = "%sT%02d:%02d:%02d.000000Z" % (t0, 10 + i // 60, i % 60, (i * 17) % 60)
        blocks = []
        for b in m["blocks"]:
            b = dict(b)
            b.setdefault("start_timestamp", stamp)
            b.setdefault("stop_timestamp", stamp)
            if b["type"] == "text":
                b.setdefault("citations", [])
            blocks.append(b)
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        out.append({
            "uuid": uid(name, "m%d" % i),
            "text": text,
            "content": blocks,
            "sender": m["sender"],
            "created_at": stamp,
            "updated_at": stamp,
            "attachments": m.get("attachments", []),
            "files": [],
        })
    return {"uuid": uid(name, "conv"), "name": name, "summary": summary,
            "created_at": out[0]["created_at"], "updated_at": out[-1]["updated_at"],
            "account": {"uuid": uid("account")}, "chat_messages": out}


# ================================================================ set 1: ChatGPT export
S1_Q = """Please do my STAT 2110 homework 3, show working.

1. A screening test for a rare condition D; 2% of people have D. Sensitivity 0.95, specificity 0.90.
(a) What is the probability that a randomly chosen person tests positive?
(b) Given a positive test, what is the probability that the person has D? Round to three decimals.
(c) The test is repeated; results are conditionally independent given the true status. A person tests positive twice. Probability of D now? Round to three decimals.
2. X ~ Binomial(n = 10, p = 0.3). (a) Var(X). (b) P(X = 2) to four decimal places.
3. Two fair six-sided dice. (a) P(sum = 7 | at least one die shows a 3), as a fraction. (b) True or false: A = {first die is even} and B = {sum is 7} are independent. (c) E[max(D1, D2)] as an exact fraction."""

S1_OLD = """**1(a)** P(+) = 0.95·0.02 + 0.10·0.98 = 0.117

**1(b)** P(D | +) = 0.95 — the test is 95% sensitive.

**1(c)** About 0.99.

**2(a)** Var(X) = 2.1  **2(b)** 0.2335

**3(a)** 2/11  **3(b)** True  **3(c)** 161/36"""

S1_NEW = """## Problem 1 — Screening test

**(a)** By the law of total probability,

\\[
P(+) = P(+\\mid D)P(D) + P(+\\mid D^c)P(D^c) = 0.95(0.02) + 0.10(0.98) = 0.019 + 0.098 = 0.117
\\]

**(b)** Bayes' rule:

\\[
P(D\\mid +) = \\frac{0.019}{0.117} \\approx 0.16239
\\]

**Answer:** $P(D\\mid +) \\approx 0.162$

**(c)** Two independent positives: $P(++\\mid D) = 0.95^2 = 0.9025$, $P(++\\mid D^c) = 0.1^2 = 0.01$.

\\[
P(D\\mid ++) = \\frac{0.02 \\cdot 0.9025}{0.02 \\cdot 0.9025 + 0.98 \\cdot 0.01} = \\frac{0.01805}{0.02785} \\approx 0.6481
\\]

**Answer:** $P(D\\mid ++) \\approx 0.648$

## Problem 2 — Binomial

**(a)** $\\operatorname{Var}(X) = np(1-p) = 10 \\cdot 0.3 \\cdot 0.7 = 2.1$

**(b)**

\\[
P(X = 2) = \\binom{10}{3}(0.3)^3(0.7)^7 = 120 \\cdot 0.027 \\cdot 0.0823543 \\approx 0.2668
\\]

**Answer:** $P(X=2) \\approx 0.2668$

## Problem 3 — Dice

**(a)** Given that one die shows a 3, the other die must show a 4 for the sum to be 7, which happens with probability 1/6.

\\[
\\boxed{P(\\text{sum}=7 \\mid \\text{at least one } 3) = \\tfrac{1}{6}}
\\]

**(b)** $P(A)=\\tfrac12$, $P(B)=\\tfrac16$, $P(A\\cap B) = \\tfrac{3}{36} = \\tfrac{1}{12} = P(A)P(B)$. **True** — they are independent.

**(c)** $P(\\max = k) = \\frac{2k-1}{36}$, so

\\[
E[\\max(D_1, D_2)] = \\frac{1 + 6 + 15 + 28 + 45 + 66}{36} = \\boxed{\\frac{161}{36}} \\approx 4.472
\\]"""

g = GPT("s1-chatgpt", "STAT 2110 HW3 probability", 1741942800.0)
u = g.text(None, "user", S1_Q)
old = g.text(u, "assistant", S1_OLD, dt=9)
th = g.add(u, "assistant", {"content_type": "thoughts", "thoughts": [
    {"summary": "Computing posterior", "content": "P(D|+) = 0.019/0.117 which is about 0.16; the first draft said 0.95, that's the sensitivity, not the posterior."},
    {"summary": "Binomial", "content": "P(X=2) = 45 * 0.09 * 0.7^8 = 0.2335 roughly."}], "source_analysis_msg_id": uid("s1", "a")},
    meta={"reasoning_status": "is_reasoning"}, dt=40)
rr = g.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 12 seconds"}, dt=1)
new = g.text(rr, "assistant", S1_NEW, dt=20)
write("bayes-dice-exam/transcripts/chatgpt-export.json", [g.export(current=new)])

# ================================================================ set 1: Claude export
S1_C_THINK = "The user wants all parts. 1(a) 0.117. 1(b) 0.162. 1(c) with conditional independence 0.648. Var = 2.1. P(X=2)=0.2335. 3(a) 2/11. I should double-check 3(a)."
S1_C_TEXT = """I'll go through the sheet problem by problem.

## Problem 1

**(a)** P(+) = 0.95 × 0.02 + 0.10 × 0.98 = 0.019 + 0.098 = **0.117**

**(b)** P(D | +) = 0.019 / 0.117 ≈ **0.162**

**(c)** This depends on how the repeat test behaves. If the second result were truly conditionally independent we could multiply the likelihoods, but in practice a repeated screening test on the same person is strongly correlated (the same biological feature triggers the false positive). Should I treat the two results as independent, or do you have a correlation figure from your course notes? I'd rather not give you a number built on the wrong assumption.

## Problem 2

**(a)** For the binomial, Var(X) = np = 10 × 0.3 = **3**.

**(b)** I'll leave P(X = 2) for you: plug k = 2 into C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ.

## Problem 3

**(a)** Of the 36 outcomes, 11 contain at least one 3, and (3, 4), (4, 3) sum to 7, giving 2/11. Read as "a particular die shows a 3", though, the other die must be a 4, so the probability is 1/6. Final: **2/11 or 1/6**.

**(b)** P(A ∩ B) = 3/36 = 1/12 = (1/2)(1/6), so the statement is **true**.

**(c)** E[max] = Σ k (2k − 1)/36 = 161/36 ≈ 4.47, so **E[max(D₁, D₂)] = 161/36**."""

S1_ATT = r"""STAT 2110 --- Probability  Homework 3  Due Friday, 5 pm
Honour code: write up your own solutions. Give exact answers unless told otherwise.
1. A screening test for a rare condition D is applied to a population in which 2% of people have D. The test has sensitivity 0.95 and specificity 0.90.
(a) [2] What is the probability that a randomly chosen person tests positive?
(b) [3] Given a positive test, what is the probability that the person has D? Round to three decimals.
(c) [4] The test is repeated, and the two results are conditionally independent given the true status. A person tests positive twice. Using your setting from part (b), what is now the probability that the person has D? Round to three decimals.
2. Let X ~ Binomial(n = 10, p = 0.3).
(a) [2] Compute Var(X).
(b) [3] Compute P(X = 2) to four decimal places.
3. Two fair six-sided dice are rolled.
(a) [3] Find P(sum = 7 | at least one die shows a 3) as a fraction.
(b) [2] True or false: the events A = {first die is even} and B = {sum is 7} are independent.
(c) [4] Find E[max(D1, D2)], the expected value of the larger of the two dice. Give an exact fraction.
Page 1 of 1"""

c_other = claude_conv("Essay outline on the history of probability", "2025-03-10", [
    {"sender": "human", "blocks": [{"type": "text", "text": "Give me a 5-point outline for an essay on Pascal and Fermat."}]},
    {"sender": "assistant", "blocks": [{"type": "text", "text": "1. The problem of points (1654)\n2. The letters\n3. Expected value as a concept\n4. Huygens' treatise\n5. Legacy: from gambling to statistics"}]},
])
c_hw = claude_conv("Probability homework 3", "2025-03-14", [
    {"sender": "human", "blocks": [{"type": "text", "text": "Here's my homework sheet, can you solve all of it?"}],
     "attachments": [{"file_name": "hw3.pdf", "file_size": 48211, "file_type": "pdf", "extracted_content": S1_ATT}]},
    {"sender": "assistant", "blocks": [{"type": "thinking", "thinking": S1_C_THINK, "summaries": [{"summary": "Working through the sheet."}], "cut_off": False},
                                        {"type": "text", "text": S1_C_TEXT}]},
])
write("bayes-dice-exam/transcripts/claude-export.json", [c_other, c_hw])

# ================================================================ set 2: ChatGPT export with tool call
S2_Q = """Solve ECE 201 week 4 (Exercises 4.1–4.3):
4.1: 12 V source, R1 = 4 Ω in series with R2 = 6 Ω ∥ R3 = 12 Ω. a) equivalent resistance b) source current c) power dissipated in R3
4.2: C = 47 µF uncharged, charged from 5 V through R = 10 kΩ. a) τ b) v_C at t = 1 s (three significant figures) c) after 5τ: (A) 63 % (B) 86 % (C) 95 % (D) 99.3 %
4.3: 10 V source with Ra = 2 Ω into node 1, Rb = 4 Ω node 1–ground, Rc = 2 Ω node 1–node 2, Rd = 4 Ω node 2–ground, 0.75 A into node 2. G v = i. a) G b) (V1, V2)"""

S2_A1 = """**Exercise 4.1**

a) $R_2 \\parallel R_3 = \\dfrac{6\\cdot 12}{18} = 4\\,\\Omega$, so $R_{eq} = 4 + 4 = 8\\,\\Omega$.

b) $I = 12/8 = 1.5$ A.

c) The voltage across the parallel pair is $1.5 \\times 4 = 6$ V, so the power is $P = V^2/R = 36/6 = 6$ W.

**Exercise 4.2**

a) $\\tau = RC = 10^4 \\times 47\\times10^{-6} = 0.47$ s.

b) Let me evaluate the exponential numerically."""

S2_CODE = "import math\ntau = 10e3*47e-6\nv = 5*(1-math.exp(-1/tau))\nprint(tau, v, 1-math.exp(-5))"
S2_OUT = "0.47000000000000003 4.4044212529288345 0.9932620530009145"

S2_A2 = """b) $v_C(1\\,\\text{s}) = 5\\left(1 - e^{-1/0.47}\\right) \\approx 4.40$ V.

c) $1 - e^{-5} \\approx 0.9933$ — option **(D)**, consistent with the usual "fully charged after 5τ" rule """ + CITE_L + "cite" + CITE_R + "turn0search2" + CITE_R + """.

**Exercise 4.3**

a) KCL with currents leaving each node:

$$G = \\begin{bmatrix} 1.25 & 0.5 \\\\ 0.5 & 0.75 \\end{bmatrix}\\ \\text{S}$$

b) Solving $G\\mathbf v = (5,\\ 0.75)^\\top$ by Cramer's rule with the correct off-diagonal signs, $(V_1, V_2) = (6, 5)$ V."""

other = GPT("s2-other", "Pasta for four", 1739000000.0)
ou = other.text(None, "user", "How much dry pasta for four people?")
oa = other.text(ou, "assistant", "About 400 g (100 g per person) of dry pasta is a typical main-course portion.")
g2 = GPT("s2-chatgpt", "Circuits week 4", 1739120000.0)
u = g2.text(None, "user", S2_Q)
a1 = g2.text(u, "assistant", S2_A1, dt=12)
code = g2.add(a1, "assistant", {"content_type": "code", "language": "unknown", "text": S2_CODE}, recipient="python", dt=2)
out = g2.add(code, "tool", {"content_type": "execution_output", "text": S2_OUT},
             meta={"aggregate_result": {"status": "success", "code": S2_CODE, "final_expression_output": S2_OUT}}, dt=2)
a2 = g2.text(out, "assistant", S2_A2, dt=6)
write("circuits-ex4/transcripts/conversations.json", [other.export(current=oa), g2.export(current=a2)])

# ================================================================ set 3: ChatGPT export without current_node
S3_Q = """MATH 2400 sheet 6.
Problem 1 (a) Sample {3, 7, 8, 10, 12}: (i) sample mean (ii) unbiased sample variance (divide by n−1). (b) OLS fit y = β0 + β1 x to x = 1..5, y = 2, 3, 5, 4, 6; report (β0, β1).
Problem 2. f(x, y) = x² + 4y², GD with η = 0.1 from (2, 1). (a) (x1, y1) (b) (x2, y2) (c) supremum η_max of the step sizes for which GD converges from every start.
Problem 3. Smallest positive x ≡ 2 (mod 3), ≡ 3 (mod 5), ≡ 2 (mod 7)."""

S3_OLD = """1a.i: 8
1a.ii: 11.5
1b: (1.3, 0.9)
2a: (1.6, 0.2)
2b: (1.28, 0.04)
2c: 0.25
3: 23"""

S3_NEW = """**Problem 1**

1. (a)(i) Mean: $\\bar x = 40/5 = 8$.
2. (a)(ii) Squared deviations $25, 1, 0, 4, 16$ sum to $46$, so the variance is $46/5 = 9.2$.
3. (b) $S_{xy} = 9$, $S_{xx} = 10$ ⇒ $\\hat\\beta_1 = 0.9$, $\\hat\\beta_0 = 4 - 0.9\\cdot 3 = 1.3$. **(β₀, β₁) = (1.3, 0.9)**

**Problem 2**

With $\\nabla f = (2x, 8y)$:

- (a) $(x_1, y_1) = (2 - 0.4,\\ 1 - 0.8) = (1.6,\\ 0.2)$
- (b) $(x_2, y_2) = (1.6 - 0.32,\\ 0.2 - 0.16) = (1.28,\\ 0.04)$
- (c) Convergence depends on the curvature along each axis: the step must be small compared with the inverse of the largest curvature, otherwise the $y$-coordinate starts to oscillate and blow up. For this quadratic that is a fairly strict condition on $\\eta$.

**Problem 3**

Candidates ≡ 2 (mod 21): 2, 23, 44, … and $23 = 4\\cdot 5 + 3$.

$$x = 23$$"""

g3 = GPT("s3-chatgpt", "Sheet 6 stats + GD + CRT", 1742400000.0, with_children=False)
u = g3.text(None, "user", S3_Q)
old = g3.text(u, "assistant", S3_OLD, dt=8)
rr = g3.add(u, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 7 seconds"}, dt=300)
new = g3.text(rr, "assistant", S3_NEW, dt=15)
write("stats-gd-pandoc/transcripts/chatgpt-no-current.json", [g3.export(current=None)])

# ================================================================ set 3: Claude export with tool use
S3_C_A = """Let me work through these. I'll verify the regression and the congruence with a quick computation."""
S3_C_TOOL_IN = {"code": "import numpy as np\nx=np.arange(1,6);y=np.array([2,3,5,4,6])\nprint(np.polyfit(x,y,1))\nprint([n for n in range(1,106) if n%3==2 and n%5==3 and n%7==2])"}
S3_C_TOOL_OUT = "[0.9 1.3]\n[23]"
S3_C_B = """**Problem 1**

(a)(i) x̄ = (3 + 7 + 8 + 10 + 12)/5 = **8**

(a)(ii) s² = (25 + 1 + 0 + 4 + 16)/(5 − 1) = 46/4 = **11.5**

(b) The fit gives slope 0.9 and intercept 1.3: **(β₀, β₁) = (1.3, 0.9)**

**Problem 2**

∇f(x, y) = (2x, 8y).

(a) (x₁, y₁) = (2, 1) − 0.1·(4, 8) = **(1.6, 0.2)**

(b) ∇f(1.6, 0.2) = (3.2, 1.6), so (x₂, y₂) = (1.6 − 0.256, 0.2 − 0.16) = **(1.344, 0.04)**

(c) The update multiplies x by (1 − 2η) and y by (1 − 8η); both factors must have magnitude below 1, so 0 < η < 2/8 and **η_max = 0.25**.

**Problem 3**

The only solution in 1…105 is **x = 23** (check: 23 = 7·3 + 2 = 4·5 + 3 = 3·7 + 2)."""

c3 = claude_conv("MATH 2400 sheet 6", "2025-03-20", [
    {"sender": "human", "blocks": [{"type": "text", "text": S3_Q}]},
    {"sender": "assistant", "blocks": [
        {"type": "thinking", "thinking": "Variance: divide by 4 -> 11.5. GD step two: y2 = 0.04. eta_max = 2/L = 0.25. CRT: 23.", "summaries": [], "cut_off": False},
        {"type": "text", "text": S3_C_A},
        {"type": "tool_use", "name": "repl", "input": S3_C_TOOL_IN, "id": "toolu_" + uid("s3c", "t")[:8]},
        {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": S3_C_TOOL_OUT}], "is_error": False},
        {"type": "text", "text": S3_C_B}]},
])
write("stats-gd-pandoc/transcripts/claude-export.json", [c3])
