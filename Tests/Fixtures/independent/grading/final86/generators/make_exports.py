#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts of final86.

Writes
  fluid-pipes/transcripts/chatgpt-conversations.json   (ChatGPT export, current_node, regenerated branch, thoughts)
  corpfin-ex5/transcripts/claude-export.json           (Claude export, thinking/tool_use/tool_result, attachment)
  ml-hw3/transcripts/chatgpt-export-no-current.json    (ChatGPT export without current_node, python tool call)
Re-running gives byte-identical files (fixed ids and timestamps, no randomness).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CITE = "\ue200cite\ue202turn0search3\ue201"


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


class Tree:
    """Builds a ChatGPT `mapping` tree."""

    def __init__(self, prefix, t0):
        self.prefix, self.t, self.n = prefix, t0, 0
        self.mapping = {}
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return "%s-%04d-4c1e-9a7b-%012d" % (self.prefix, self.n, self.n)

    def add(self, parent, role, content, *, recipient="all", name=None, dt=7.0, meta=None, status="finished_successfully"):
        nid = self._id()
        self.t += dt
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": status,
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


# ---------------------------------------------------------------- fluid (ChatGPT, current_node)
FLUID_Q = """Fluids HW4, please solve all parts. rho = 1000 kg/m^3, g = 9.81 m/s^2.

1. Water flows steadily through a horizontal pipe that contracts smoothly from a diameter of 10 cm (section 1) to 5 cm (section 2). The mean velocity at section 1 is 2.0 m/s. Neglect losses.
(a) Find the mean velocity V2 at section 2.
(b) Using Bernoulli's equation, find the pressure drop p1 - p2 (in kPa).
(c) Find the volume flow rate in L/s, to three significant figures.

2. Water (kinematic viscosity 1.0e-6 m^2/s) flows at a mean velocity of 1.5 m/s through a 50 m length of pipe of inner diameter 40 mm. The Darcy friction factor is f = 0.025.
(a) Compute the Reynolds number.
(b) The flow regime is (A) laminar (B) transitional (C) turbulent
(c) Using the Darcy-Weisbach equation, find the head loss h_f over the 50 m length, in metres to three significant figures.

3. A pump delivers 0.020 m^3/s of water against a total head of 25 m. Its overall efficiency is 75%.
(a) Find the shaft power the pump requires, in kW.
(b) True or false: if the flow rate is doubled while the head and the efficiency stay the same, the required shaft power doubles."""

FLUID_OLD = r"""**1(a)** $V_2 = V_1 (D_1/D_2)^2 = 2.0 \times 4 = 8.0$ m/s

**1(b)** $p_1 - p_2 = \tfrac12 \rho (V_2^2 - V_1^2) = 500 \times 60 = 30{,}000$ Pa = **30 kPa**

**1(c)** $Q = \tfrac{\pi}{4}(0.1)^2(2.0) = 0.0157$ m³/s = **15.7 L/s**

**2(a)** Re = 1.5 × 0.04 / 10⁻⁶ = **60,000**

**2(b)** **(C)** turbulent

**2(c)** $h_f = 0.025 \times 1250 \times \dfrac{2.25}{19.62} = \mathbf{3.58}$ m

**3(a)** $P = \rho g Q H / \eta = 4905 / 0.75 = 6540$ W = **6.54 kW**

**3(b)** **True**"""

FLUID_THOUGHTS = {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Checking continuity and Bernoulli", "content": "Area ratio is 4, so V2 = 8 m/s. Pressure drop 0.5*1000*(64-4) = 30 kPa."},
        {"summary": "Pipe flow", "content": "Re = 60000, turbulent. h_f = 0.025*1250*0.1147 = 3.58 m. Pump: 4905/0.75 = 6540 W."},
    ],
    "source_analysis_msg_id": "c7d1f0aa-0000-4000-8000-000000000001",
}

FLUID_NEW = r"""Here's a complete solution, problem by problem.

## Problem 1 — Contraction

### (a)
Continuity, $A_1V_1 = A_2V_2$:
$$V_2 = V_1\left(\frac{D_1}{D_2}\right)^2 = 2.0\times 4 = 8.0\ \text{m/s}$$

### (b)
Bernoulli between the two sections at the same elevation:
$$p_1 - p_2 = \frac{\rho}{2}\left(V_2^2 - V_1^2\right) = 500\,(64 - 4) = 30\,000\ \text{Pa}$$
So $p_1 - p_2 = 30$ kPa.

### (c)
$$Q = \frac{\pi}{4}D_1^2 V_1 = \frac{\pi}{4}(0.10)^2(2.0) = 1.571\times10^{-2}\ \text{m}^3/\text{s}$$
**Q = 15.7 L/s**

## Problem 2 — Pipe flow

### (a)
$$Re = \frac{VD}{\nu} = \frac{(1.5)(0.040)}{1.0\times10^{-6}} = 60\,000$$

### (b)
Pipe flow is usually taken as turbulent above Re ≈ 4000""" + CITE + r""", so the answer is **(C) turbulent**.

### (c)
$$h_f = f\frac{L}{D}\frac{V^2}{2g} = 0.025 \times 1250 \times 0.1147$$
**h_f ≈ 3.6 m**

## Problem 3 — Pump

### (a)
$$P_\text{shaft} = \frac{\rho g Q H}{\eta} = \frac{1000(9.81)(0.020)(25)}{0.75} = 6540\ \text{W}$$
**P ≈ 6.54 kW**

### (b)
**False.** In practice doubling the flow moves the pump to a different point on its curve, so the head and efficiency change and the shaft power does not simply double."""

FLUID_RECAP = {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}


def fluid_export():
    other = Tree("0b7e21c4", 1762000000.0)
    u = other.add(other.root, "user", text("what should I pack for a 4 day hiking trip in october?"))
    a = other.add(u, "assistant", text("For a 4-day October hike, pack layers (base layer, fleece, rain shell), a warm hat and gloves, two pairs of wool socks per day, a headlamp, and a 3-season sleeping bag rated to about −5 °C."))
    conv_other = {"title": "Hiking trip packing", "create_time": 1762000000.0, "update_time": other.t,
                  "mapping": other.mapping, "current_node": a, "conversation_id": "6751a0e2-0b7e-8005-a000-000000000001",
                  "moderation_results": [], "is_archived": False}

    tr = Tree("c7d1f0aa", 1763462400.0)
    sys_id = tr.add(tr.root, "system", text(""), meta={"is_visually_hidden_from_conversation": True}, dt=0.0)
    u = tr.add(sys_id, "user", text(FLUID_Q))
    old = tr.add(u, "assistant", text(FLUID_OLD), dt=18.0)
    th = tr.add(u, "assistant", FLUID_THOUGHTS, dt=60.0)
    rc = tr.add(th, "assistant", FLUID_RECAP, dt=14.0)
    new = tr.add(rc, "assistant", text(FLUID_NEW), dt=9.0)
    conv = {"title": "Pipe flow homework", "create_time": 1763462400.0, "update_time": tr.t,
            "mapping": tr.mapping, "current_node": new, "conversation_id": "673b7c00-c7d1-8005-b000-000000000002",
            "moderation_results": [], "is_archived": False}
    write("fluid-pipes/transcripts/chatgpt-conversations.json", [conv_other, conv])


# ---------------------------------------------------------------- finance (Claude export)
FIN_ATTACH = """FIN 301 — Corporate Finance · Problem Set 5
Round dollar amounts to the nearest cent and rates to two decimals of a percent unless told otherwise. All cash flows occur at year end.
Exercise 5.1 — Halden Tools can buy a machine for $10,000 today. It will generate after-tax cash flows of $4,000 at the end of each of the next three years and nothing afterwards.
a) Compute the project's NPV at a cost of capital of 8%.
b) Compute the project's IRR (in %, two decimals).
c) True or false: the project should be accepted if the cost of capital is 12%.
Exercise 5.2 — a) You borrow $25,000 to buy a car. The loan is repaid in 60 equal monthly payments at an APR of 6% compounded monthly, first payment one month from now. What is the monthly payment?
b) You deposit $200 at the end of every year for 10 years in an account paying 5% per year. How much is in the account right after the tenth deposit?
Exercise 5.3 — A five-year bond with face value $1,000 pays an annual coupon at a coupon rate of 6%. Its yield to maturity is 5%.
a) What is the bond's price? b) The bond trades A. at a premium B. at par C. at a discount
Exercise 5.4 — Orrin Corp. has equity with a market value of $60 million and debt with a market value of $40 million. Its cost of equity is 12%, its pre-tax cost of debt is 6%, and its marginal tax rate is 25%. Compute Orrin's after-tax WACC (in %)."""

FIN_CODE = """const af = (r, n) => (1 - Math.pow(1 + r, -n)) / r;
let lo = 0.01, hi = 0.5, mid;
for (let i = 0; i < 100; i++) { mid = (lo + hi) / 2; if (4000 * af(mid, 3) > 10000) lo = mid; else hi = mid; }
console.log("NPV8", (4000 * af(0.08, 3) - 10000).toFixed(2), "IRR", (mid * 100).toFixed(4));
console.log("PMT", (25000 / af(0.005, 60)).toFixed(2));"""

FIN_RESULT = "NPV8 308.39 IRR 9.7010\nPMT 483.32"

FIN_TEXT_1 = "I'll compute the time-value pieces numerically first."

FIN_TEXT_2 = """Here are the solutions to Problem Set 5.

## Exercise 5.1

**a)** NPV = −10,000 + 4,000 × (1 − 1.08⁻³)/0.08 = −10,000 + 4,000 × 2.577097 = **$308.39**

**b)** Solving 4,000 × AF(r, 3) = 10,000 numerically gives **IRR = 9.70%**

**c)** **False.** The cost of capital (12%) is above the IRR (9.70%), so the NPV at 12% is negative (−$392.67) and the project should be rejected.

## Exercise 5.2

**a)** With i = 0.5% per month and n = 60, the payment is 25,000 / AF(0.5%, 60) = 25,000 / 51.7256 = **$483.32 per month**

**b)** Deposits at the end of each year, so the account grows as an annuity:

FV = 200 × [(1.05¹⁰ − 1)/0.05] × (1.05) = 200 × 12.5779 × 1.05 = **$2,641.36**

## Exercise 5.3

**a)** Price = 60 × AF(5%, 5) + 1,000/1.05⁵ = 259.77 + 783.53 = **$1,043.29**

**b)** **A** — the coupon rate (6%) exceeds the yield (5%), so the bond sells at a premium.

## Exercise 5.4

Weights: E/V = 60/100 = 0.6, D/V = 40/100 = 0.4.

WACC = 0.6 × 12% + 0.4 × 6% = 7.2% + 2.4% = **9.6%**"""

FIN_THINK = "Six parts of TVM. IRR needs a numeric solve; AF must be 2.5, somewhere near 9.7%. Loan is an ordinary annuity monthly. Bond: coupon 60, yield 5% -> premium. WACC: weights 0.6/0.4."


def claude_msg(uuid, sender, t, content, attachments=None, parent=None):
    txt = "".join(b["text"] for b in content if b["type"] == "text")
    return {"uuid": uuid, "text": txt, "content": content, "sender": sender,
            "created_at": t, "updated_at": t, "attachments": attachments or [], "files": [],
            "parent_message_uuid": parent}


def block_text(s, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": s, "citations": []}


def finance_export():
    other = {
        "uuid": "2f0c8e3a-5d1b-4a77-9c1e-000000000101", "name": "Cover letter edits",
        "created_at": "2026-10-10T18:02:11.000000Z", "updated_at": "2026-10-10T18:05:40.000000Z",
        "account": {"uuid": "a1a1a1a1-0000-4000-8000-000000000001"},
        "chat_messages": [
            claude_msg("2f0c8e3a-0000-4000-8000-000000000102", "human", "2026-10-10T18:02:11.000000Z",
                       [block_text("Can you make my opening sentence less stiff? 'I am writing to express my interest in the analyst position.'", "2026-10-10T18:02:11.000000Z", "2026-10-10T18:02:11.000000Z")]),
            claude_msg("2f0c8e3a-0000-4000-8000-000000000103", "assistant", "2026-10-10T18:02:20.000000Z",
                       [block_text("Try: \"I'd love to bring my background in financial modelling to the analyst role at your firm.\"", "2026-10-10T18:02:20.000000Z", "2026-10-10T18:02:24.000000Z")],
                       parent="2f0c8e3a-0000-4000-8000-000000000102"),
        ],
    }
    u1 = "9d4b7e10-0000-4000-8000-000000000201"
    a1 = "9d4b7e10-0000-4000-8000-000000000202"
    graded = {
        "uuid": "9d4b7e10-3c2a-4f5e-8b6d-000000000200", "name": "PS5 corporate finance",
        "created_at": "2026-10-14T19:40:00.000000Z", "updated_at": "2026-10-14T19:41:30.000000Z",
        "account": {"uuid": "a1a1a1a1-0000-4000-8000-000000000001"},
        "chat_messages": [
            claude_msg(u1, "human", "2026-10-14T19:40:00.000000Z",
                       [block_text("Please solve every part of the attached problem set and show the key steps.", "2026-10-14T19:40:00.000000Z", "2026-10-14T19:40:00.000000Z")],
                       attachments=[{"file_name": "PS5.pdf", "file_size": 48213, "file_type": "pdf", "extracted_content": FIN_ATTACH}]),
            claude_msg(a1, "assistant", "2026-10-14T19:40:05.000000Z", [
                {"start_timestamp": "2026-10-14T19:40:05.000000Z", "stop_timestamp": "2026-10-14T19:40:12.000000Z", "type": "thinking", "thinking": FIN_THINK, "summaries": [{"summary": "Planning the TVM calculations."}], "cut_off": False},
                block_text(FIN_TEXT_1, "2026-10-14T19:40:12.000000Z", "2026-10-14T19:40:13.000000Z"),
                {"start_timestamp": "2026-10-14T19:40:13.000000Z", "stop_timestamp": "2026-10-14T19:40:15.000000Z", "type": "tool_use", "name": "repl", "input": {"code": FIN_CODE}, "message": "Running the IRR solve"},
                {"start_timestamp": "2026-10-14T19:40:15.000000Z", "stop_timestamp": "2026-10-14T19:40:15.000000Z", "type": "tool_result", "name": "repl", "content": [{"type": "text", "text": FIN_RESULT}], "is_error": False},
                block_text(FIN_TEXT_2, "2026-10-14T19:40:16.000000Z", "2026-10-14T19:41:30.000000Z"),
            ], parent=u1),
        ],
    }
    write("corpfin-ex5/transcripts/claude-export.json", [other, graded])


# ---------------------------------------------------------------- ML (ChatGPT, no current_node)
ML_Q = """HW3 questions (answer all, 3 decimals where decimals are asked, logs base 2)
Q1 decision trees: 10 examples, 6 + and 4 −. Split on A: A=0 has 4 +, 0 −; A=1 has 2 +, 4 −.
 (a) entropy of the label at the root (bits)
 (b) information gain of splitting on A
Q2 k-means, k=2, after assignment: cluster 1 = (1,2),(3,4),(2,0); cluster 2 = (8,8),(10,6)
 (a) updated centroids as a 2x2 matrix, row k = centroid of cluster k
 (b) Euclidean distance from (5,5) to the updated centroid of cluster 1
Q3 confusion matrix: actual+ → pred+ 40, pred− 20; actual− → pred+ 10, pred− 130
 (a)(i) precision (ii) recall as an exact fraction
 (b) F1
Q4 logistic regression w = (0.5, −1.0), b = 0.2, x = (2, 1): probability of the positive class"""

ML_OLD = r"""**Q1.** (a) $H = 0.971$ bits. (b) $IG = 0.971 - 0.6(0.918) = 0.420$.

**Q2.** (a) $\begin{bmatrix}2&2\\9&7\end{bmatrix}$ (b) $d = \sqrt{18} = 4.243$

**Q3.** (a)(i) 0.8 (ii) 2/3 (b) 0.727

**Q4.** $\sigma(0.2) = 0.550$"""

ML_CODE = """import numpy as np
H = lambda p: 0 if p in (0, 1) else -p*np.log2(p) - (1-p)*np.log2(1-p)
root = H(0.6); ig = root - 0.6*H(1/3)
C = np.array([np.mean([[1,2],[3,4],[2,0]], axis=0), np.mean([[8,8],[10,6]], axis=0)])
d = np.linalg.norm(np.array([5,5]) - C[0])
P, R = 40/50, 40/60
print(round(root,4), round(ig,4)); print(C); print(round(d,4)); print(P, R, round(2*P*R/(P+R),4))"""

ML_OUT = "0.971 0.42\n[[2. 2.]\n [9. 7.]]\n4.2426\n0.8 0.6666666666666666 0.7273"

ML_NEW = """I ran the numbers in Python to be safe""" + "\ue200cite\ue202turn0file0\ue201" + """ — here is the write-up.

**Question 1**
- (a) Root entropy: H(0.6) = 0.971 bits
- (b) Information gain: 0.971 − 0.6 × 0.918 = **0.420**

**Question 2**
- (a) The updated centroids are the row means printed in the output above.
- (b) Distance from (5, 5) to centroid 1: √((5−2)² + (5−2)²) = √18 ≈ **4.243**

**Question 3**
- (a)(i) Precision = 40/50 = **0.8**
- (a)(ii) Recall = 40/60 = **2/3**
- (b) F1 = 2PR/(P+R) = **0.727**

**Question 4**

z = w·x + b = 0.5·2 + 1.0·1 + 0.2 = 2.2, so

P(y = 1 | x) = σ(2.2) = 1/(1 + e^(−2.2)) ≈ **0.900**"""


def ml_export():
    tr = Tree("5e9a3b77", 1759400000.0)
    sys_id = tr.add(tr.root, "system", text(""), meta={"is_visually_hidden_from_conversation": True}, dt=0.0)
    u = tr.add(sys_id, "user", text(ML_Q))
    old = tr.add(u, "assistant", text(ML_OLD), dt=11.0)
    u2 = tr.add(old, "user", text("can you show more steps for Q2?"), dt=40.0)
    old2 = tr.add(u2, "assistant", text("Cluster 1 mean: x = (1+3+2)/3 = 2, y = (2+4+0)/3 = 2. Cluster 2 mean: x = (8+10)/2 = 9, y = (8+6)/2 = 7. Distance: √(3² + 3²) = 4.243."), dt=8.0)
    code = tr.add(u, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None, "text": ML_CODE}, recipient="python", dt=300.0)
    out = tr.add(code, "tool", {"content_type": "execution_output", "text": ML_OUT}, name="python", dt=2.0,
                 meta={"aggregate_result": {"status": "success", "code": ML_CODE, "final_expression_output": None}})
    rc = tr.add(out, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 6 seconds"}, dt=1.0)
    new = tr.add(rc, "assistant", text(ML_NEW), dt=9.0)
    conv = {"title": "HW3 trees kmeans logistic", "create_time": 1759400000.0, "update_time": tr.t,
            "mapping": tr.mapping, "conversation_id": "66fd2a40-5e9a-8005-c000-000000000003",
            "moderation_results": [], "is_archived": False}
    # no "current_node": the graded branch is the leaf with the latest create_time
    write("ml-hw3/transcripts/chatgpt-export-no-current.json", [conv])


if __name__ == "__main__":
    fluid_export()
    finance_export()
    ml_export()
