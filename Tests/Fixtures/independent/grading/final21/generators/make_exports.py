#!/usr/bin/env python3
"""Writes the JSON export transcripts. Deterministic: re-running gives byte-identical files."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dump(path, obj):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")

# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, cid, title, t0):
        self.cid, self.title, self.t0 = cid, title, t0
        self.mapping = {}
        root = f"{cid}-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def add(self, parent, role, ctype, t, body, recipient="all", extra=None):
        self.n += 1
        nid = f"{self.cid}-n{self.n:02d}"
        content = {"content_type": ctype}
        content.update(body)
        msg = {
            "id": nid,
            "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
            "create_time": self.t0 + t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": role == "assistant" and ctype == "text",
            "weight": 1.0,
            "metadata": extra or {},
            "recipient": recipient,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, t, text):
        return self.add(parent, role, "text", t, {"parts": [text]})

    def out(self, current=None, with_current=True):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.t0 + 3600,
            "mapping": self.mapping,
            "moderation_results": [],
            "conversation_id": self.cid,
            "id": self.cid,
            "default_model_slug": "gpt-4o",
        }
        if with_current:
            d["current_node"] = current
        return d

def filler(cid, title, t0, q, a):
    c = Conv(cid, title, t0)
    sys_ = c.add(c.root, "system", "text", 0, {"parts": [""]}, extra={"is_visually_hidden_from_conversation": True})
    u = c.text(sys_, "user", 5, q)
    last = c.text(u, "assistant", 9, a)
    return c.out(last)

# ================================================================ queueing: ChatGPT export
QPROB = """HW6 queueing, please solve:

Problem 1 (M/M/1 checkout): lambda = 4 per hour, exponential service with mean 10 minutes (mu = 6 per hour), FCFS.
(a) server utilization rho
(b) expected number in system L
(c) expected time in system W, in minutes
(d) expected number waiting in queue L_q
(e) P(at least 3 customers in the system), 4 decimal places

Problem 2
(a) True or false: for an M/M/1 queue, doubling both lambda and mu halves W.
(b), (c): M/M/2 with one shared queue, lambda = 4 per hour, mu = 3 per hour per kiosk. (b) P0 (c) L_q"""

Q_OLD = """**Problem 1**

- (a) ρ = 4/6 = 0.67
- (b) L = λ/(μ − λ) = 2
- (c) W = 1/(μ − λ) = 0.5 min
- (d) L_q = 1.33
- (e) P(N ≥ 3) = 1 − ρ³ = 0.7037

**Problem 2**

- (a) False
- (b) P₀ = 1/3
- (c) L_q = 0.533"""

Q_NEW = """## Problem 1 — M/M/1

**(a)** Utilization: ρ = λ/μ = 4/6, so **ρ = 2/3**.

**(b)** L = ρ/(1 − ρ) = (2/3)/(1/3) = **2** customers.

**(c)** W = 1/(μ − λ) = 1/2 hour, so **W = 30 minutes**.

**(d)** L_q = ρ²/(1 − ρ) = (4/9)/(1/3) = **4/3 ≈ 1.333**.

**(e)** The number in system is geometric with P(N ≥ n) = ρⁿ, so

\\[ P(N \\ge 3) = \\rho^3 = (2/3)^3 \\approx 0.30 \\]

## Problem 2

**(a)** **True.** W = 1/(μ − λ); doubling both rates doubles μ − λ, so W is halved.

**(b)** With a = λ/μ = 4/3 and ρ = λ/(2μ) = 2/3,

\\[ P_0 = \\Big[1 + a + \\frac{a^2}{2(1-\\rho)}\\Big]^{-1} = \\Big[1 + \\tfrac43 + \\tfrac83\\Big]^{-1} = 0.2 \\]

**(c)** L_q = P₀ a² ρ / (2 (1 − ρ)²) = 0.2 · (16/9) · (2/3) / (2 · 1/9) … simplifying, **L_q = 8/15 ≈ 0.533**."""

Q_FIX = """Good catch — I divided by 2 twice. Redoing it carefully:

\\[ L_q = \\frac{P_0\\,a^2\\,\\rho}{2!\\,(1-\\rho)^2} = \\frac{0.2 \\cdot \\tfrac{16}{9} \\cdot \\tfrac{2}{3}}{2 \\cdot \\tfrac{1}{9}} = \\frac{0.2370}{0.2222} \\]

So the corrected answer for 2(c) is **L_q = 16/15 ≈ 1.067** customers waiting on average. The other parts are unchanged."""

def queueing():
    c = Conv("6a1f0c2e-q", "M/M/1 kiosk homework", 1741900000.0)
    s = c.add(c.root, "system", "text", 0, {"parts": [""]}, extra={"is_visually_hidden_from_conversation": True})
    u = c.text(s, "user", 10, QPROB)
    c.text(u, "assistant", 25, Q_OLD)                       # regenerated away
    th = c.add(u, "assistant", "thoughts", 60, {"thoughts": [
        {"summary": "Checking M/M/1 formulas", "content": "L = rho/(1-rho) = 2, maybe Lq = L - 1 = 1? No, Lq = rho^2/(1-rho) = 4/3."}],
        "source_analysis_msg_id": "x"}, recipient="all")
    rr = c.add(th, "assistant", "reasoning_recap", 61, {"content": "Thought for 9 seconds"})
    a = c.text(rr, "assistant", 70, Q_NEW)
    u2 = c.text(a, "user", 300, "Can you double-check 2(c)? My friend got something bigger than 1.")
    fix = c.text(u2, "assistant", 320, Q_FIX)
    other = filler("6a1f0c2e-x", "Cover letter edits", 1741800000.0,
                   "Make this sentence less stiff: 'I am writing to express my interest in the position.'",
                   "Try: \"I'd love to be considered for the analyst role — here's why I'd be a good fit.\"")
    dump("queueing-mm1/transcripts/chatgpt-conversations.json", [other, c.out(fix)])

# ================================================================ beams: ChatGPT export without current_node
BPROB = """Statics quiz 5 practice.
Q1. Simply supported beam AB, span 6 m, pin at A (x = 0), roller at B. Point load 12 kN down at x = 2 m.
 (a) R_A  (b) R_B  (c) max bending moment  (d) shear just right of the load (positive if left segment resultant is upward)
Q2. Cantilever 3 m, fixed at left, UDL 5 kN/m, E = 200 GPa, I = 8e-6 m^4.
 (a) magnitude of fixed-end moment  (b) vertical reaction  (c) tip deflection wL^4/(8EI) in mm to 3 s.f.
Q3. SS beam with full-span UDL: max moment is at (A) supports (B) midspan (C) quarter points (D) same everywhere"""

B_OLD = """1(a) R_A = 4 kN
1(b) R_B = 8 kN
1(c) M_max = 16 kN·m
1(d) V = −4 kN
2(a) 45 kN·m
2(b) 15 kN
2(c) 3.16 mm
3: (C)"""

B_PRE = """Let me set up each piece.

**Question 1.** Taking moments about B: 6·R_A = 12·4, so **R_A = 8 kN**. Vertical equilibrium: **R_B = 12 − 8 = 4 kN**.

The moment diagram is triangular with its peak under the load: **M_max = R_A · 2 = 16 kN·m**.

Just right of the load the shear has magnitude R_A − P in the left segment, so **V = +4 kN**.

**Question 2.** For the cantilever, the support must resist the entire load and its moment:
- **Fixed-end moment:** wL²/2 = 5 · 9 / 2 = **22.5 kN·m**
- **Vertical reaction:** wL = **15 kN**

For the deflection, I'll compute it numerically to keep the units straight."""

B_CODE = """w = 5e3      # N/m
L = 3.0      # m
E = 200e9    # Pa
I = 8e-6     # m^4
delta = w * L**4 / (8 * E * I)
print(delta)"""

B_POST = """The tip deflection is δ = 0.03164 m, i.e. **δ ≈ 31.6 mm** (three significant figures).

**Question 3.** A full-span UDL gives a parabolic moment diagram peaking at the centre with M = wL²/8 — the answer is **(B) midspan**."""

def beams():
    c = Conv("b7e2d9a0-q", "Beam statics quiz prep", 1743950000.0)
    u = c.text(c.root, "user", 5, BPROB)
    c.text(u, "assistant", 20, B_OLD)                        # first generation
    a1 = c.text(u, "assistant", 140, B_PRE)                  # regenerated (later) branch
    code = c.add(a1, "assistant", "code", 141, {"language": "python", "text": B_CODE}, recipient="python")
    out = c.add(code, "tool", "execution_output", 143, {"text": "0.031640625"})
    c.text(out, "assistant", 150, B_POST)
    other = filler("b7e2d9a0-x", "Bus schedule question", 1743990000.0,
                   "If a bus comes every 12 minutes and I arrive at random, how long do I wait on average?",
                   "On average 6 minutes — half the headway, if the buses are exactly on schedule.")
    dump("beam-statics/transcripts/chatgpt-export-no-current.json",
         [c.out(with_current=False), other])

# ================================================================ beams: Claude export
BEAM_TEX = r"""\question[12] A simply supported beam $AB$ of span $L = \SI{6}{m}$ rests on a pin at $A$ ($x=0$) and a roller at $B$ ($x = L$). A point load $P = \SI{12}{kN}$ acts downward at $x = \SI{2}{m}$.
\part[3] Find the vertical reaction $R_A$ (in kN).
\part[3] Find the vertical reaction $R_B$ (in kN).
\part[3] Find the maximum bending moment in the beam (in kN$\cdot$m).
\part[3] Find the shear force just to the right of the load (in kN), positive when the resultant force on the left-hand segment acts upward.
\question[12] A cantilever of length $L = \SI{3}{m}$ is fixed at its left end and carries $w = \SI{5}{kN/m}$ over its whole length. $E = \SI{200}{GPa}$, $I = \SI{8e-6}{m^4}$.
\part[4] Magnitude of the reaction moment at the fixed support (kN$\cdot$m).
\part[4] Vertical reaction at the fixed support (kN).
\part[4] Using $\delta = wL^4/(8EI)$, tip deflection in mm to three significant figures.
\question[4] Simply supported beam, full-span UDL: where is the maximum bending moment? (A) supports (B) midspan (C) quarter points (D) same everywhere"""

C_TEXT1 = """I'll go through the attached quiz question by question.

## Question 1 — simply supported beam

**(a)** Moments about B: R_A × 6 = 12 × 4 ⇒ **R_A = 8 kN**

**(b)** ΣF_y = 0 ⇒ R_B = 12 − 8 = **4 kN**

**(c)** For a point load the peak moment is M_max = PL/4 = 12 × 6 / 4 = **18 kN·m**

**(d)** Left segment just past the load: 8 − 12 ⇒ **V = −4 kN**

## Question 2 — cantilever

**(a)** |M_A| = wL²/2 = 5 × 3² / 2 = **22.5 kN·m**

**(b)** R_A = wL = **15 kN**

**(c)** Let me evaluate the deflection formula."""

C_TEXT2 = """So **δ ≈ 3.16 mm** at the free end.

## Question 3

The moment diagram under a full-span UDL is a parabola, symmetric about the centre, with M_max = wL²/8 at midspan. **Answer: (B)**"""

def claude():
    conv = {
        "uuid": "c1a0de00-0000-4000-8000-00000000b002",
        "name": "Beam statics quiz 5",
        "created_at": "2025-04-08T10:15:02.000000Z",
        "updated_at": "2025-04-08T10:17:40.000000Z",
        "account": {"uuid": "acc-0000"},
        "chat_messages": [
            {
                "uuid": "m-b002-1", "sender": "human",
                "text": "Can you solve the attached quiz? Show the key steps.",
                "content": [{"type": "text", "text": "Can you solve the attached quiz? Show the key steps.",
                             "start_timestamp": "2025-04-08T10:15:02.000000Z", "stop_timestamp": "2025-04-08T10:15:02.000000Z", "citations": []}],
                "created_at": "2025-04-08T10:15:02.000000Z", "updated_at": "2025-04-08T10:15:02.000000Z",
                "attachments": [{"file_name": "quiz5.tex", "file_size": len(BEAM_TEX), "file_type": "text/x-tex",
                                 "extracted_content": BEAM_TEX}],
                "files": [],
            },
            {
                "uuid": "m-b002-2", "sender": "assistant",
                "text": C_TEXT1 + "\n\n" + C_TEXT2,
                "content": [
                    {"type": "thinking", "thinking": "Point load at 2 m of 6 m span: R_A = 8, R_B = 4. Max moment under the load, R_A*a = 16? Or the PL/4 formula, 18. Cantilever: M = wL^2/2 = 22.5, R = 15. Deflection: compute.",
                     "start_timestamp": "2025-04-08T10:15:05.000000Z", "stop_timestamp": "2025-04-08T10:15:12.000000Z", "summaries": [], "cut_off": False},
                    {"type": "text", "text": C_TEXT1, "start_timestamp": "2025-04-08T10:15:12.000000Z", "stop_timestamp": "2025-04-08T10:15:30.000000Z", "citations": []},
                    {"type": "tool_use", "name": "repl", "input": {"code": "const w=5e3, L=3, E=200e9, I=8e-5;\nconsole.log(w*L**4/(8*E*I));"},
                     "start_timestamp": "2025-04-08T10:15:30.000000Z", "stop_timestamp": "2025-04-08T10:15:31.000000Z"},
                    {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"0.0031640625\"]}"}], "is_error": False},
                    {"type": "text", "text": C_TEXT2, "start_timestamp": "2025-04-08T10:15:33.000000Z", "stop_timestamp": "2025-04-08T10:15:40.000000Z", "citations": []},
                ],
                "created_at": "2025-04-08T10:15:04.000000Z", "updated_at": "2025-04-08T10:15:40.000000Z",
                "attachments": [], "files": [],
            },
        ],
    }
    other = {
        "uuid": "c1a0de00-0000-4000-8000-00000000b001",
        "name": "Rename photos script",
        "created_at": "2025-04-01T08:00:00.000000Z", "updated_at": "2025-04-01T08:02:00.000000Z",
        "account": {"uuid": "acc-0000"},
        "chat_messages": [
            {"uuid": "m-b001-1", "sender": "human", "text": "bash one-liner to prefix all .jpg files with 2025-",
             "content": [{"type": "text", "text": "bash one-liner to prefix all .jpg files with 2025-"}],
             "created_at": "2025-04-01T08:00:00.000000Z", "updated_at": "2025-04-01T08:00:00.000000Z", "attachments": [], "files": []},
            {"uuid": "m-b001-2", "sender": "assistant", "text": "for f in *.jpg; do mv -- \"$f\" \"2025-$f\"; done",
             "content": [{"type": "text", "text": "for f in *.jpg; do mv -- \"$f\" \"2025-$f\"; done"}],
             "created_at": "2025-04-01T08:00:05.000000Z", "updated_at": "2025-04-01T08:00:05.000000Z", "attachments": [], "files": []},
        ],
    }
    dump("beam-statics/transcripts/claude-export.json", [other, conv])

# ================================================================ bayes: ChatGPT export with citations
APROB = """Bayesian A/B homework (Problem Sheet 4).
Exercise 4.1: A converts 20 of 100, B converts 30 of 100, independent Beta(1,1) priors.
(a) posterior of p_A as (alpha, beta)  (b) posterior mean of p_B, exact or 4 d.p.  (c) posterior variance of p_A to 3 s.f.
Exercise 4.2: normal approximation to each posterior; P(p_B > p_A) to 3 d.p.
Exercise 4.3: prior p_C ~ Beta(2, 8). (a)(i) prior predictive probability the first visitor converts (ii) posterior mean after the first visitor converts. (b) True or false: the posterior mean always lies between the prior mean and the sample proportion."""

A_OLD = """Exercise 4.1: (a) Beta(20, 80) (b) 0.30 (c) 0.0016
Exercise 4.2: about 0.95
Exercise 4.3: (a)(i) 0.25 (ii) 0.3 (b) False"""

CITE = "\ue200cite\ue202turn0search2\ue201"

A_NEW = f"""### Exercise 4.1

The Beta prior is conjugate to the binomial likelihood, so the posterior just adds counts {CITE}:

- **(a)** p_A | data ~ Beta(1 + 20, 1 + 80), so **(α, β) = (21, 81)**.
- **(b)** p_B | data ~ Beta(31, 71), with mean 31/102 ≈ **0.3039**.
- **(c)** Var(p_A) = αβ / ((α + β)²(α + β + 1)) = 21·81 / (102²·103) ≈ **0.0016**.

### Exercise 4.2

Approximate each posterior by a normal with the same mean and variance. The difference D = p_B − p_A then has mean 0.3039 − 0.2059 = 0.0980 and variance 0.001587 + 0.002054 = 0.003641, i.e. sd ≈ 0.0603.

\\[ P(p_B > p_A) \\approx \\Phi\\!\\left(\\frac{{0.0980}}{{0.0603}}\\right) = \\Phi(1.625) \\approx 0.948 \\]

### Exercise 4.3

**(a)(i)** The prior predictive probability of a conversion is the prior mean: 2 / (2 + 8) = **0.2**.

**(a)(ii)** After one conversion the posterior is Beta(3, 8), so the mean is **3/11 ≈ 0.2727**.

**(b)** **True** — the posterior mean (α + k)/(α + β + n) is a weighted average of α/(α + β) and k/n {CITE}."""

def bayes():
    c = Conv("d4c3b2a1-q", "Bayesian A/B test homework", 1742200000.0)
    s = c.add(c.root, "system", "text", 0, {"parts": [""]}, extra={"is_visually_hidden_from_conversation": True})
    u = c.text(s, "user", 4, APROB)
    c.text(u, "assistant", 15, A_OLD)                              # first attempt, regenerated away
    rr = c.add(u, "assistant", "reasoning_recap", 80, {"content": "Thought for 14 seconds"})
    srch = c.add(rr, "assistant", "code", 81, {"language": "unknown", "text": "search(\"beta binomial conjugate posterior mean weighted average\")"}, recipient="web")
    tool = c.add(srch, "tool", "text", 83, {"parts": [""]}, extra={"search_result_groups": []})
    a = c.text(tool, "assistant", 95, A_NEW)
    u2 = c.text(a, "user", 400, "thanks! would the answer to 4.2 change a lot with a Beta(5,5) prior?")
    last = c.text(u2, "assistant", 420, "Only slightly. A Beta(5,5) prior pulls both rates towards 0.5 by about the same amount, so the posterior means become 25/110 ≈ 0.227 and 35/110 ≈ 0.318; P(p_B > p_A) under the normal approximation drops a little, to roughly 0.93. The answer to the sheet's Exercise 4.2 (uniform priors) is still the value above.")
    dump("bayes-ab/transcripts/conversations.json", [c.out(last)])

if __name__ == "__main__":
    queueing(); beams(); claude(); bayes()
