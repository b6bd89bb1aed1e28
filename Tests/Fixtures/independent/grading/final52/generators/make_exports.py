#!/usr/bin/env python3
"""Write the three data-export transcripts of the final52 corpus.

  optim-steps/transcripts/chatgpt-export.json            ChatGPT conversations.json, 2 conversations,
                                                         current_node, regenerated branch, thoughts,
                                                         reasoning_recap, python call + execution_output,
                                                         private-use citation markers
  relativity-ex4/transcripts/chatgpt-export-nocurrent.json  ChatGPT export WITHOUT current_node;
                                                         regenerated answer and edited follow-ups; graded
                                                         branch = leaf with the latest create_time
  relativity-ex4/transcripts/claude-export.json          Claude export, 2 conversations, attachment with
                                                         extracted_content, thinking/tool_use/tool_result

Deterministic: fixed ids (uuid5), fixed timestamps, sorted nothing random. Re-running gives
byte-identical files. Usage: python3 generators/make_exports.py [corpus-root]
"""
import json
import os
import sys
import uuid

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
NS = uuid.UUID("6f1c2a3e-52aa-4b1e-9d0c-5a5e1f0c0052")

CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def uid(name):
    return str(uuid.uuid5(NS, name))


# ----------------------------------------------------------------------------------------------
# ChatGPT helpers
# ----------------------------------------------------------------------------------------------
class Conv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.order = []
        root = uid(key + ":root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.root = root

    def add(self, name, parent, role, content, t, recipient="all", author_name=None, metadata=None,
            hidden=False):
        nid = uid(self.key + ":" + name)
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": None if t is None else round(self.t0 + t, 6),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0 if not hidden else 0.0,
            "metadata": md,
            "recipient": recipient,
            "channel": "final" if role == "assistant" and content.get("content_type") == "text" else None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.order.append(nid)
        return nid

    def dump(self, current=None, model="gpt-4o", update=None):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": update if update is not None else self.t0 + 3600,
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
        }
        if current is not None:
            d["current_node"] = current
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key + ":conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "gizmo_type": None,
            "is_archived": False,
            "is_starred": None,
            "safe_urls": [],
            "blocked_urls": [],
            "default_model_slug": model,
            "conversation_origin": None,
            "voice": None,
            "async_status": None,
            "disabled_tool_ids": [],
            "id": uid(self.key + ":conv"),
        })
        return d


def text(s):
    return {"content_type": "text", "parts": [s]}


def sysmsg(conv, t):
    return conv.add("system", conv.root, "system", text(""), None, hidden=True)


# ----------------------------------------------------------------------------------------------
# 1. optim-steps / chatgpt-export.json
# ----------------------------------------------------------------------------------------------
HW5_PASTE = """I need help with HW5 (CS 4412). Please solve everything and show work.

Question 1 (9 points). Consider f(w) = 2w_1^2 + w_2^2 with initial point w^(0) = (1, -2)^T and learning rate eta = 0.1.
(a) Compute grad f(w^(0)).
(b) Compute w^(1) after one step of plain gradient descent.
(c) Now use heavy-ball momentum with beta = 0.9 and v^(0) = 0: v^(t+1) = beta v^(t) + grad f(w^(t)), w^(t+1) = w^(t) - eta v^(t+1). Starting again from w^(0), compute w^(2).

Question 2 (12 points). Run Adam on the scalar objective g(theta) = (theta - 3)^2 from theta_0 = 0 with alpha = 0.01, beta_1 = 0.9, beta_2 = 0.999, epsilon = 10^-8 and m_0 = v_0 = 0. Use the standard update m_t = beta_1 m_{t-1} + (1 - beta_1) g_t, v_t = beta_2 v_{t-1} + (1 - beta_2) g_t^2, m_hat_t = m_t/(1 - beta_1^t), v_hat_t = v_t/(1 - beta_2^t), theta_t = theta_{t-1} - alpha m_hat_t/(sqrt(v_hat_t) + epsilon), where g_t = g'(theta_{t-1}).
(a) Compute the (uncorrected) first-moment estimate m_1.
(b) Compute theta_1. You may treat epsilon as 0 here.
(c) Compute theta_2 to six decimal places.
(d) Which statement about the size of Adam's very first update is true (take epsilon -> 0)?
A. It equals alpha |g_1|.
B. It equals alpha, whatever the magnitude of g_1.
C. It equals alpha / sqrt(1 - beta_2).
D. It equals (1 - beta_1) alpha.

Question 3 (4 points). A cosine-annealing schedule sets eta_t = eta_min + 1/2 (eta_max - eta_min)(1 + cos(pi t / T)) with eta_max = 0.1, eta_min = 0.001 and T = 100. Find eta_25 to four significant figures."""

HW5_OLD_BRANCH = """Let's go question by question.

**Question 1**

(a) $\\nabla f(w) = (4w_1, 2w_2)$, so $\\nabla f(w^{(0)}) = (4, -4)$.

(b) $w^{(1)} = (1,-2) - 0.1(4,-4) = (0.6, -1.6)$.

(c) $v^{(1)} = (4,-4)$, $w^{(1)} = (0.6,-1.6)$; then $v^{(2)} = 0.9(4,-4) + (4,-4) = (7.6,-7.6)$ and

$$w^{(2)} = (0.6,-1.6) - 0.1(7.6,-7.6) = (-0.16, -0.84)$$

**Question 2**

$g_1 = 2(0-3) = -6$.

(a) $m_1 = 0.1 \\cdot (-6) = -0.6$

(b) $\\hat m_1 = -6$, $\\hat v_1 = 36$, so $\\theta_1 = 0 - 0.01 \\cdot (-6)/6 = 0.01$.

(c) $\\theta_2 \\approx 0.02$

(d) **C**

**Question 3**

$$\\eta_{25} = 0.001 + 0.0495\\,(1 + \\cos(\\pi/4)) \\approx 0.08550$$"""

HW5_THOUGHT = ("Need to be careful with Q2(c): six decimals, theta_2 is going to be very close to 0.02 "
               "so I should just compute it numerically. For Q1(c) the momentum uses the gradient at w^(1), "
               "not w^(0). Q3: cosine schedule at a quarter period, cos(pi/4).")

HW5_CODE = """import math
th = 0.0; m = v = 0.0
a, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
for t in (1, 2):
    g = 2*(th - 3)
    m = b1*m + (1 - b1)*g
    v = b2*v + (1 - b2)*g*g
    mh = m/(1 - b1**t); vh = v/(1 - b2**t)
    th -= a*mh/(math.sqrt(vh) + eps)
    print(t, m, v, th)"""

HW5_OUTPUT = """1 -0.5999999999999999 0.03600000000000003 0.009999999983333334
2 -1.1380000000033332 0.07172440000039873 0.019999115725845527"""

HW5_GRADED = (
    "Here's the full set. I ran the two Adam iterations in Python so the six-decimal answer in 2(c) is reliable.\n\n"
    "## Question 1\n\n"
    "**(a)** The gradient is $\\nabla f(w) = (4w_1,\\ 2w_2)$, so at $w^{(0)} = (1,-2)$:\n\n"
    "$$\\nabla f(w^{(0)}) = (4,\\ -4)$$\n\n"
    "**(b)** $w^{(1)} = w^{(0)} - 0.1\\,(4,-4) = $ **(0.6, −1.6)**\n\n"
    "**(c)** Heavy-ball momentum:\n"
    "- $v^{(1)} = (4,-4)$, $w^{(1)} = (0.6,-1.6)$\n"
    "- $\\nabla f(w^{(1)}) = (2.4,-3.2)$, so $v^{(2)} = 0.9\\,(4,-4) + (2.4,-3.2) = (6.0,-6.8)$\n"
    "- $w^{(2)} = (0.6,-1.6) - 0.1\\,(6.0,-6.8) = $ **(0.0, −0.92)**\n\n"
    "## Question 2\n\n"
    "With $g'(\\theta) = 2(\\theta-3)$ the first gradient is $g_1 = -6$.\n\n"
    "**(a)** $m_1 = (1-\\beta_1)\\,g_1 / (1-\\beta_1^1) = $ **−6**\n\n"
    "**(b)** $\\hat v_1 = 36$, so the step is $\\alpha\\,\\hat m_1/\\sqrt{\\hat v_1} = 0.01\\cdot(-6/6) = -0.01$ and **θ₁ = 0.01**.\n\n"
    "**(c)** From the Python run above, $\\theta_2 = 0.0199991157\\ldots$, so to six decimal places **θ₂ ≈ 0.019999**. "
    "(It is *not* exactly 0.02: the second normalised step is slightly shorter than α because $\\hat m_2/\\sqrt{\\hat v_2} \\approx -0.99991$.)\n\n"
    "**(d)** **B.** With ε → 0 the first step is $\\alpha\\,\\hat m_1/\\sqrt{\\hat v_1} = \\alpha\\,\\mathrm{sign}(g_1)$, so its size is α no matter how large the gradient is; "
    "Kingma & Ba point this out when discussing the effective step size " + CITE_OPEN + "cite" + CITE_SEP + "turn0search2" + CITE_CLOSE + ".\n\n"
    "## Question 3\n\n"
    "At $t = 25$, $\\cos(\\pi t/T) = \\cos(\\pi/4) = 0.70711$:\n\n"
    "$$\\eta_{25} = \\tfrac12 \\cdot 0.1\\,(1 + 0.70711) = 0.05 \\times 1.70711 = 0.085355$$\n\n"
    "**Answer: η₂₅ ≈ 0.08536**"
)

HW5_FOLLOWUP_Q = "thanks! what would eta be at t = 50?"
HW5_FOLLOWUP_A = ("At $t = 50$ we are halfway through the cycle, so $\\cos(\\pi/2) = 0$ and\n\n"
                  "$$\\eta_{50} = 0.001 + \\tfrac12(0.1 - 0.001) = 0.001 + 0.0495 = 0.0505.$$\n\n"
                  "So the learning rate has dropped to roughly half of η_max at the midpoint.")


def optim_export():
    # unrelated earlier conversation
    a = Conv("sourdough", "Sourdough starter feeding schedule", 1712000000.0)
    s = sysmsg(a, 0)
    u = a.add("u1", s, "user", text("how often should I feed a sourdough starter kept in the fridge?"), 10.0)
    a.add("a1", u, "assistant", text(
        "If it lives in the fridge, once a week is usually enough. Take it out, discard all but about 50 g, "
        "feed it 1:1:1 by weight (50 g flour, 50 g water), leave it at room temperature for 1–2 hours and put it back. "
        "For baking, give it one or two room-temperature feeds first so it is at peak activity."), 25.0)
    conv_a = a.dump(current=uid("sourdough:a1"), update=1712000030.0)

    c = Conv("hw5", "Optimizer HW5 help", 1712940000.0)
    s = sysmsg(c, 0)
    u1 = c.add("u1", s, "user", text(HW5_PASTE), 5.0)
    # older generation (regenerated away; not graded)
    c.add("a_old", u1, "assistant", text(HW5_OLD_BRANCH), 40.0, metadata={"model_slug": "gpt-4o"})
    # newer generation with reasoning + python
    th = c.add("thoughts", u1, "assistant", {
        "content_type": "thoughts",
        "thoughts": [{"summary": "Planning the computations", "content": HW5_THOUGHT, "chunks": [], "finished": True}],
        "source_analysis_msg_id": uid("hw5:analysis"),
    }, 95.0, metadata={"model_slug": "o4-mini"})
    rr = c.add("recap", th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"},
               96.0, metadata={"model_slug": "o4-mini"})
    code = c.add("code", rr, "assistant", {"content_type": "code", "language": "unknown",
                                            "response_format_name": None, "text": HW5_CODE},
                 97.0, recipient="python", metadata={"model_slug": "o4-mini"})
    out = c.add("out", code, "tool", {"content_type": "execution_output", "text": HW5_OUTPUT}, 98.5,
                author_name="python", metadata={"aggregate_result": {"status": "success", "run_id": uid("hw5:run")}})
    a2 = c.add("a_graded", out, "assistant", text(HW5_GRADED), 110.0, metadata={"model_slug": "o4-mini"})
    u2 = c.add("u2", a2, "user", text(HW5_FOLLOWUP_Q), 400.0)
    a3 = c.add("a_follow", u2, "assistant", text(HW5_FOLLOWUP_A), 410.0, metadata={"model_slug": "o4-mini"})
    conv_c = c.dump(current=a3, model="o4-mini", update=1712940410.0)
    # newest first, as the export lists them
    return [conv_c, conv_a]


# ----------------------------------------------------------------------------------------------
# 2. relativity-ex4 / chatgpt-export-nocurrent.json
# ----------------------------------------------------------------------------------------------
REL_PASTE = """Week 4 relativity exercises, use c = 3.00 x 10^8 m/s.

Exercise 4.1 A muon has proper mean lifetime tau_0 = 2.2 microseconds and moves through the laboratory at v = 0.98c.
a. Find the Lorentz factor gamma to three significant figures.
b. Find the muon's mean lifetime as measured in the lab, in microseconds, to three significant figures.
c. How far (in metres) does the muon travel in the lab during one lab-frame mean lifetime? Give three significant figures.

Exercise 4.2 Frame S' moves at v = 0.6c in the +x direction relative to frame S; the origins coincide at t = t' = 0. Work in units with c = 1 and write events as (ct, x).
a. Write the 2x2 matrix Lambda such that (ct', x')^T = Lambda (ct, x)^T.
b. An event has coordinates (ct, x) = (5, 4) in S. Find (ct', x').
c. Compute the invariant s^2 = (ct)^2 - x^2 for this event.

Exercise 4.3 A ship moves at 0.6c relative to a space station and launches a probe straight ahead at 0.5c relative to the ship. What is the probe's speed relative to the station, as a fraction of c? Give the exact fraction.

Exercise 4.4 True or false: "If two events happen at the same time and at the same place in one inertial frame, then they happen at the same time in every inertial frame.\""""

REL_OLD = """**4.1** γ = 1/√(1 − 0.98²) ≈ 5.03; τ = γτ₀ ≈ 11.1 μs; d = vτ ≈ 3.25 × 10³ m.

**4.2** Λ = [[1.25, −0.75], [−0.75, 1.25]]; (ct′, x′) = (3.25, 1.25); s² = 9.

**4.3** u = 1.1/1.3 = 11/13 c.

**4.4** False — simultaneity is relative."""

REL_GRADED = """## Exercise 4.1

**a.** $\\gamma = \\dfrac{1}{\\sqrt{1-0.98^2}} = \\dfrac{1}{\\sqrt{0.0396}} = 5.0252\\ldots \\approx 5.03$

**b.** The lab clock sees the lifetime dilated:
$$\\tau_{\\text{lab}} = \\gamma\\tau_0 = 5.0252 \\times 2.2\\ \\mu\\text{s} = 11.055\\ \\mu\\text{s} \\approx 11.1\\ \\mu\\text{s}$$

**c.**
$$d = v\\,\\tau_{\\text{lab}} = 0.98 \\times 3.00\\times10^8 \\times 11.055\\times10^{-6}\\ \\text{m} \\approx 3.25\\times10^{3}\\ \\text{m}$$

## Exercise 4.2

$\\beta = 0.6 \\Rightarrow \\gamma = 1.25,\\ \\beta\\gamma = 0.75$.

**a.**
$$\\Lambda = \\begin{bmatrix} 1.25 & -0.75 \\\\ -0.75 & 1.25 \\end{bmatrix}$$

**b.** $ct' = 1.25(5) - 0.75(4) = 3.25$ and $x' = 0.75(5) - 1.25(4) = -1.25$, so
$$(ct', x') = (3.25,\\ -1.25)$$

**c.** $s^2 = 5^2 - 4^2 = 9$

## Exercise 4.3

$$u = \\frac{0.6 + 0.5}{1 + 0.6\\cdot 0.5} = \\frac{1.1}{1.3} = \\frac{11}{13} \\approx 0.846$$

so the probe moves at $\\tfrac{11}{13}c$ relative to the station.

## Exercise 4.4

**True.** Same time and same place means a single spacetime event, and all frames agree on coincidences.

### Summary

| Exercise | Answer |
|---|---|
| 4.1 a | γ ≈ 5.03 |
| 4.1 b | 11.1 μs |
| 4.1 c | 3.26 km |
| 4.2 a | [[1.25, −0.75], [−0.75, 1.25]] |
| 4.2 b | (3.25, −1.25) |
| 4.2 c | 9 |
| 4.3 | 11/13 c |
| 4.4 | True |"""

REL_EDIT_OLD_Q = "Are you sure about the sign of x' in 4.2b?"
REL_EDIT_OLD_A = ("Good catch — I flipped a sign. $x' = -\\beta\\gamma\\,ct + \\gamma x = -0.75(5) + 1.25(4) = 1.25$, "
                  "so the corrected answer is $(ct', x') = (3.25,\\ 1.25)$.")
REL_EDIT_NEW_Q = "Can you explain 4.3 intuitively? why isn't it just 1.1c"
REL_EDIT_NEW_A = ("Adding 0.6c and 0.5c assumes both observers share the same clocks and rulers, which they don't. "
                  "The station sees the ship's clocks running slow and its rulers contracted, and it disagrees with the ship "
                  "about which events are simultaneous. Put together, those effects shrink the combined speed: the velocity-addition "
                  "formula divides by $1 + uv/c^2 = 1.3$, giving $1.1c/1.3 = \\tfrac{11}{13}c \\approx 0.846c$. "
                  "For everyday speeds $uv/c^2$ is tiny and you get back ordinary addition.")


def relativity_gpt_export():
    c = Conv("rel4", "Special relativity week 4", 1741100000.0)
    s = sysmsg(c, 0)
    u1 = c.add("u1", s, "user", text(REL_PASTE), 3.0)
    c.add("a_old", u1, "assistant", text(REL_OLD), 20.0, metadata={"model_slug": "gpt-4o"})
    rr = c.add("recap", u1, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"},
               61.0, metadata={"model_slug": "o3"})
    a1 = c.add("a_graded", rr, "assistant", text(REL_GRADED), 75.0, metadata={"model_slug": "o3"})
    # the student first asked about the sign, then edited that message into a different question
    u2a = c.add("u2_old", a1, "user", text(REL_EDIT_OLD_Q), 300.0)
    c.add("a2_old", u2a, "assistant", text(REL_EDIT_OLD_A), 312.0, metadata={"model_slug": "o3"})
    u2b = c.add("u2_new", a1, "user", text(REL_EDIT_NEW_Q), 540.0)
    c.add("a2_new", u2b, "assistant", text(REL_EDIT_NEW_A), 551.0, metadata={"model_slug": "o3"})
    # no current_node in this export
    return [c.dump(current=None, model="o3", update=1741100551.0)]


# ----------------------------------------------------------------------------------------------
# 3. relativity-ex4 / claude-export.json
# ----------------------------------------------------------------------------------------------
def ts(sec):
    base = 1741201200  # 2025-03-05T19:00:00Z
    t = base + sec
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % ((sec * 7919) % 1000000)


WEEK4_MD_EXTRACT = open(os.path.join(ROOT, "relativity-ex4", "problems.md"), encoding="utf-8").read() \
    if os.path.exists(os.path.join(ROOT, "relativity-ex4", "problems.md")) else None

CL_MSG1_TEXT_A = """I'll work through all four exercises from your sheet. Let me first get the numbers for 4.1 precisely."""

CL_REPL = """const g = 1 / Math.sqrt(1 - 0.98 ** 2);
const d = g * 0.98 * 3.00e8 * 2.2e-6;
console.log(g, d);"""

CL_REPL_OUT = "5.025189076296055 3250.2922945482887"

CL_MSG1_TEXT_B = """## Exercise 4.1 — Muon lifetime

**(a)** γ = 1/√(1 − 0.98²) = 1/√0.0396 ≈ **5.03**

**(b)** In the lab frame the muon's lifetime is

τ_lab = τ₀/γ = 2.2 μs / 5.025 ≈ **0.438 μs**

**(c)** The distance covered in the lab is d = γ·v·τ₀ = 5.025 × 0.98 × 3.00×10⁸ m/s × 2.2×10⁻⁶ s ≈ **3.25 × 10³ m** — about five times farther than the 647 m you'd naively expect.

## Exercise 4.2 — Boost

With β = 0.6, γ = 1/√(1 − 0.36) = 1.25 and βγ = 0.75.

**(a)**

$$\\Lambda = \\begin{pmatrix} 1.25 & 0.75 \\\\ 0.75 & 1.25 \\end{pmatrix}$$

**(b)** (ct′, x′) = (1.25·5 + 0.75·4, 0.75·5 + 1.25·4) = **(9.25, 8.75)**

**(c)** s² = 5² − 4² = **9**

## Exercise 4.3 — Velocity addition

u = (0.6 + 0.5)/(1 + 0.6 × 0.5) = 1.1/1.3 = **11/13** ≈ 0.846, i.e. the probe moves at 11/13 c relative to the station.

## Exercise 4.4 — True or false

**True.** If two events are at the same place *and* the same time, they are really the same spacetime point, and a Lorentz transformation sends a single point to a single point — so every frame sees them as simultaneous.

## Summary

| Exercise | Answer |
|---|---|
| 4.1(a) | 5.03 |
| 4.1(b) | 0.438 μs |
| 4.1(c) | 3.25 × 10³ m |
| 4.2(a) | [[1.25, 0.75], [0.75, 1.25]] |
| 4.2(b) | (9.25, 8.75) |
| 4.2(c) | 9 |
| 4.3 | 11/13 c |
| 4.4 | False |"""

CL_MSG1_THINK = ("The student wants worked answers for 4.1-4.4. gamma for 0.98c is about 5, roughly 5.03. "
                 "Lifetime in lab... dilation or contraction, need to be careful. 4.2 boost with gamma 1.25, beta gamma 0.75. "
                 "4.3 relativistic addition 1.1/1.3. 4.4 is a trick question: same place and same time.")

CL_HUMAN2 = "For 4.2 shouldn't the off-diagonal entries be negative? S' is the one moving in +x."

CL_MSG2 = """You're right — I wrote the inverse transformation (the one taking S′ coordinates back to S). For S′ moving at +0.6c the boost into S′ has negative off-diagonal entries:

$$\\Lambda = \\begin{pmatrix} 1.25 & -0.75 \\\\ -0.75 & 1.25 \\end{pmatrix}$$

Redoing 4.2(b) with the corrected matrix:

- ct′ = 1.25·5 − 0.75·4 = 6.25 − 3 = 3.25
- x′ = −0.75·5 + 1.25·4 = −3.75 + 5 = 1.25

So **(ct′, x′) = (3.25, 1.25)**. The interval in 4.2(c) is unchanged: 3.25² − 1.25² = 10.5625 − 1.5625 = 9, as it must be."""


def claude_block_text(t, sec):
    return {"start_timestamp": ts(sec), "stop_timestamp": ts(sec + 4), "type": "text", "text": t, "citations": []}


def claude_export():
    acct = {"uuid": uid("claude:account")}
    other = {
        "uuid": uid("claude:cover"),
        "name": "Cover letter tweaks",
        "created_at": ts(-86400),
        "updated_at": ts(-86000),
        "account": acct,
        "chat_messages": [
            {"uuid": uid("claude:cover:h1"), "text": "Can you make this opening line less stiff? 'I am writing to express my interest in the position of lab assistant.'",
             "content": [claude_block_text("Can you make this opening line less stiff? 'I am writing to express my interest in the position of lab assistant.'", -86400)],
             "sender": "human", "created_at": ts(-86400), "updated_at": ts(-86400), "attachments": [], "files": []},
            {"uuid": uid("claude:cover:a1"), "text": "A few options:\n\n1. \"I'd love to join your lab as a research assistant.\"\n2. \"Your group's work on cold-atom traps is why I'm applying for the lab assistant role.\"\n\nThe second one works best if you can name something specific about the lab.",
             "content": [claude_block_text("A few options:\n\n1. \"I'd love to join your lab as a research assistant.\"\n2. \"Your group's work on cold-atom traps is why I'm applying for the lab assistant role.\"\n\nThe second one works best if you can name something specific about the lab.", -86390)],
             "sender": "assistant", "created_at": ts(-86390), "updated_at": ts(-86390), "attachments": [], "files": []},
        ],
    }
    h1_text = "Can you solve these? It's the week 4 sheet (attached). Show steps please."
    msg1_blocks = [
        {"start_timestamp": ts(12), "stop_timestamp": ts(20), "type": "thinking", "thinking": CL_MSG1_THINK,
         "summaries": [{"summary": "Planning solutions for relativity exercises."}], "cut_off": False},
        claude_block_text(CL_MSG1_TEXT_A, 21),
        {"start_timestamp": ts(22), "stop_timestamp": ts(23), "type": "tool_use", "name": "repl",
         "input": {"code": CL_REPL}, "message": "Calculating gamma and distance", "integration_name": None,
         "integration_icon_url": None, "context": None, "display_content": None},
        {"start_timestamp": ts(24), "stop_timestamp": ts(24), "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"" + CL_REPL_OUT + "\"]}", "uuid": uid("claude:tr")}],
         "is_error": False, "message": None, "display_content": None},
        claude_block_text(CL_MSG1_TEXT_B, 25),
    ]
    graded = {
        "uuid": uid("claude:rel"),
        "name": "Relativity exercises week 4",
        "created_at": ts(0),
        "updated_at": ts(420),
        "account": acct,
        "chat_messages": [
            {"uuid": uid("claude:rel:h1"), "text": h1_text, "content": [claude_block_text(h1_text, 0)],
             "sender": "human", "created_at": ts(0), "updated_at": ts(0),
             "attachments": [{"file_name": "week4.md", "file_size": len(WEEK4_MD_EXTRACT.encode("utf-8")),
                              "file_type": "text/markdown", "extracted_content": WEEK4_MD_EXTRACT}],
             "files": []},
            {"uuid": uid("claude:rel:a1"), "text": CL_MSG1_TEXT_A + "\n\n" + CL_MSG1_TEXT_B, "content": msg1_blocks,
             "sender": "assistant", "created_at": ts(12), "updated_at": ts(40), "attachments": [], "files": []},
            {"uuid": uid("claude:rel:h2"), "text": CL_HUMAN2, "content": [claude_block_text(CL_HUMAN2, 400)],
             "sender": "human", "created_at": ts(400), "updated_at": ts(400), "attachments": [], "files": []},
            {"uuid": uid("claude:rel:a2"), "text": CL_MSG2, "content": [claude_block_text(CL_MSG2, 410)],
             "sender": "assistant", "created_at": ts(410), "updated_at": ts(420), "attachments": [], "files": []},
        ],
    }
    return [other, graded]


def write(rel, obj, **kw):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, **kw)
        f.write("\n")
    print("wrote", rel)


def main():
    if WEEK4_MD_EXTRACT is None:
        sys.exit("relativity-ex4/problems.md not found under " + ROOT)
    write("optim-steps/transcripts/chatgpt-export.json", optim_export())
    write("relativity-ex4/transcripts/chatgpt-export-nocurrent.json", relativity_gpt_export(), ensure_ascii=False)
    write("relativity-ex4/transcripts/claude-export.json", claude_export(), ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
