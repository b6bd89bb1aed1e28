#!/usr/bin/env python3
"""Deterministic generator for the four data-export transcripts of final85.

Writes:
  control-systems/transcripts/chatgpt-export.json   (ChatGPT export, regenerated branch, thoughts)
  popgen-epi/transcripts/conversations.json         (ChatGPT export, NO current_node, python tool, 3 conversations)
  popgen-epi/transcripts/claude-export.json         (Claude export, thinking/tool_use/tool_result, attachment)
  digital-logic/transcripts/chatgpt-export.json     (ChatGPT export, python tool, citation markers, regenerated branch)
Re-running gives byte-identical files (fixed ids, fixed timestamps, sorted nothing random).
"""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2f0e-5a55-4c1e-9a3b-85f185f185f1")


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
        sysid = uid(key, "system")
        self._add(sysid, root, {
            "id": sysid, "author": {"role": "system", "name": None, "metadata": {}},
            "create_time": None, "update_time": None,
            "content": {"content_type": "text", "parts": [""]},
            "status": "finished_successfully", "end_turn": True, "weight": 0.0,
            "metadata": {"is_visually_hidden_from_conversation": True},
            "recipient": "all", "channel": None})
        self.system = sysid
        self.n = 0

    def _add(self, nid, parent, msg):
        self.nodes[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.nodes[parent]["children"].append(nid)
        self.order.append(nid)
        return nid

    def msg(self, parent, role, dt, content, name=None, recipient="all", end_turn=None, meta=None):
        self.n += 1
        nid = uid(self.key, "m%03d" % self.n)
        m = {"id": nid, "author": {"role": role, "name": name, "metadata": {}},
             "create_time": self.t0 + dt, "update_time": None, "content": content,
             "status": "finished_successfully", "end_turn": end_turn,
             "weight": 1.0, "metadata": meta or {}, "recipient": recipient, "channel": None}
        return self._add(nid, parent, m)

    def user(self, parent, dt, text):
        return self.msg(parent, "user", dt, {"content_type": "text", "parts": [text]})

    def asst(self, parent, dt, text, model="gpt-4o"):
        return self.msg(parent, "assistant", dt, {"content_type": "text", "parts": [text]},
                        end_turn=True, meta={"model_slug": model, "finish_details": {"type": "stop"}})

    def thoughts(self, parent, dt, summary, body, secs):
        a = self.msg(parent, "assistant", dt, {"content_type": "thoughts", "thoughts": [
            {"summary": summary, "content": body, "chunks": [], "finished": True}],
            "source_analysis_msg_id": uid(self.key, "analysis", str(dt))},
            meta={"model_slug": "o4-mini"})
        return self.msg(a, "assistant", dt + 1, {"content_type": "reasoning_recap",
                        "content": "Thought for %d seconds" % secs}, meta={"model_slug": "o4-mini"})

    def code(self, parent, dt, src):
        return self.msg(parent, "assistant", dt, {"content_type": "code", "language": "unknown",
                        "response_format_name": None, "text": src}, recipient="python")

    def output(self, parent, dt, text):
        return self.msg(parent, "tool", dt, {"content_type": "execution_output", "text": text},
                        name="python", meta={"aggregate_result": {"status": "success"}})

    def export(self, current, with_current=True):
        d = {"title": self.title, "create_time": self.t0, "update_time": self.t0 + 3600,
             "mapping": {k: self.nodes[k] for k in self.order}}
        if with_current:
            d["current_node"] = current
        d.update({"conversation_template_id": None, "gizmo_id": None, "is_archived": False,
                  "safe_urls": [], "default_model_slug": "auto", "id": uid(self.key, "conv"),
                  "conversation_id": uid(self.key, "conv")})
        return d


def dump(path, obj):
    with open(os.path.join(OUT, path), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ================================================================ control systems
CS_PROMPT = r"""Can you solve my controls homework? Here it is:

1. A plant with open-loop transfer function G(s) = 25/(s(s+6)) is placed in a unity negative-feedback loop.
(a) Find the undamped natural frequency ωn of the closed-loop system (in rad/s).
(b) Find the damping ratio ζ.
(c) Find the percent overshoot of the closed-loop step response.
(d) Using the 2% criterion Ts ≈ 4/(ζωn), find the settling time in seconds, rounded to three decimal places.

2. Consider the unity-feedback system with G(s) = 40(s+2)/((s+1)(s+4)(s+5)).
(a) Find the steady-state error e_ss for a unit step input.
(b) True or false: the steady-state error for a unit ramp input is finite.
(c) The closed-loop system is (A) stable (B) marginally stable (C) unstable, with exactly one pole in the RHP (D) unstable, with exactly two poles in the RHP

3. x' = Ax + Bu with A = [[0, 1], [-6, -5]], B = [0; 1]. Find K = [k1 k2] such that u = -Kx places the closed-loop poles at s = -4 and s = -5."""

CS_OLD = r"""Here's a worked solution.

**1(a)** Closed loop: $T(s)=\dfrac{25}{s^2+6s+25}$, so $\omega_n = 5$ rad/s.

**1(b)** $2\zeta\omega_n = 6 \Rightarrow \zeta = 0.6$.

**1(c)** $\%OS = 100\,e^{-\zeta\pi/\sqrt{1-\zeta^2}} \approx 9.5\%$.

**1(d)** $T_s = 4/(0.6\cdot 5) = 1.333$ s.

**2(a)** $K_p = 4$, $e_{ss} = 1/(1+K_p) = 0.2$.

**2(b)** False.

**2(c)** (A).

**3** $K = [14,\ -4]$."""

CS_NEW = r"""Sure — let's go through it problem by problem.

## Problem 1

With unity feedback,
$$T(s) = \frac{G}{1+G} = \frac{25}{s^2 + 6s + 25}.$$

### (a)
Comparing with $s^2 + 2\zeta\omega_n s + \omega_n^2$: $\omega_n^2 = 25$, so

$$\omega_n = 5 \text{ rad/s}$$

### (b)
$2\zeta\omega_n = 6 \Rightarrow \zeta = \dfrac{6}{10}$, i.e. **ζ = 0.6**.

### (c)
$$\%OS = 100\, e^{-\zeta\pi/\sqrt{1-\zeta^2}} = 100\,e^{-0.6\pi/0.8} = 100\,e^{-2.356}$$

**Percent overshoot ≈ 9.48 %**

### (d)
$\zeta\omega_n = 3$, so $T_s = 4/3$:

$$T_s \approx 1.333 \text{ s}$$

## Problem 2

### (a)
The system is type 0, so use the position constant:
$$K_p = \lim_{s\to 0} G(s) = \frac{40\cdot 2}{1\cdot 4\cdot 5} = 4.$$
For a step, $e_{ss} = 1/K_p$, so

**Answer: $e_{ss} = 0.25$**

### (b)
Type 0 means $K_v = 0$, so the ramp error grows without bound. The statement is **False**.

### (c)
Characteristic polynomial: $(s+1)(s+4)(s+5) + 40(s+2) = s^3 + 10s^2 + 69s + 100$.

Routh array: first column $1,\ 10,\ (690-100)/10 = 59,\ 100$ — no sign changes.

So the answer is **(A)**, stable.

## Problem 3

$$A - BK = \begin{bmatrix} 0 & 1 \\ -6-k_1 & -5-k_2 \end{bmatrix}, \quad \det(sI - (A-BK)) = s^2 + (5+k_2)s + (6+k_1).$$

Desired: $(s+4)(s+5) = s^2 + 9s + 20$, so $k_2 = 4$ and $k_1 = 14$:

$$\boxed{K = \begin{bmatrix} 14 & 4 \end{bmatrix}}$$"""

CS_FOLLOW_U = "thanks! quick one: what would the percent overshoot be if the plant gain were 36 instead of 25?"
CS_FOLLOW_A = r"""With gain 36 the closed loop is $s^2+6s+36$, so $\omega_n = 6$ and $\zeta = 6/12 = 0.5$.

$$\%OS = 100\,e^{-0.5\pi/\sqrt{0.75}} \approx 16.3\%$$

(That's only for the modified gain — your homework answer for 1(c) stays 9.48 %.)"""


def control():
    c = GPTConv("cs-main", "Controls HW5 poles and errors", 1772802000.0)
    u = c.user(c.system, 10, CS_PROMPT)
    # first generation (regenerated away; not graded)
    c.asst(u, 40, CS_OLD)
    # regenerated: reasoning model with thoughts
    r = c.thoughts(u, 100, "Computing closed-loop parameters",
                   "T = 25/(s^2+6s+25), wn 5, zeta .6. overshoot exp(-.6pi/.8)=0.0948. ess step 1/(1+Kp)=0.2. K=[14,4].", 14)
    a = c.asst(r, 130, CS_NEW, model="o4-mini")
    u2 = c.user(a, 400, CS_FOLLOW_U)
    cur = c.asst(u2, 420, CS_FOLLOW_A, model="o4-mini")
    other = GPTConv("cs-other", "Laplace table question", 1772700000.0)
    ou = other.user(other.system, 5, "what is the laplace transform of t*e^{-2t}")
    oa = other.asst(ou, 15, r"$\mathcal{L}\{t e^{-2t}\} = \dfrac{1}{(s+2)^2}$.")
    dump("control-systems/transcripts/chatgpt-export.json",
         [c.export(cur), other.export(oa)])


# ================================================================ population genetics / epi
PG_PROMPT = """Problem set 3 for my pop bio class, please solve (show work):

Exercise 3.1 — A randomly mating population of 2,500 individuals is in Hardy–Weinberg equilibrium at an autosomal locus with two alleles, A (dominant) and a (recessive). 225 individuals show the recessive phenotype.
a) What is the frequency q of allele a?
b) How many individuals are expected to be heterozygous carriers (Aa)?
c) Among individuals with the dominant phenotype, what fraction are carriers? Give an exact fraction.

Exercise 3.2 — SIR model with β = 0.45 per day, mean infectious period 6 days (γ = 1/6 per day), N = 200,000 fully susceptible.
a) Compute R0.
b) Herd-immunity threshold, fraction to 3 decimal places.
c) Vaccine 90 % effective: minimum vaccination coverage to reach the threshold of (b), 3 decimal places.

Exercise 3.3 — Steady state, incidence 5 per 1,000 person-years, mean duration 4 years.
a) Using P/(1 − P) = I × D, compute P to 4 decimal places.
b) True or false: P ≈ I × D overestimates the prevalence here."""

PG_OLD = """**3.1** q = √(225/2500) = 0.3; carriers = 2pq·N = 1050; fraction = 0.42/0.91 ≈ 0.46.

**3.2** R₀ = 0.45 × 6 = 2.7, threshold = 1 − 1/2.7 = 0.630, coverage = 0.630/0.9 = 0.700.

**3.3** P = 0.02/1.02 = 0.0196; true."""

PG_A1 = """Let's work through each exercise.

### Exercise 3.1

**a)** Recessive phenotype frequency is q² = 225/2500 = 0.09, so **q = 0.3** (and p = 0.7).

**b)** Expected Aa carriers = 2pq·N = 2(0.7)(0.3)(2500) = **1,050 individuals**.

**c)** Dominant-phenotype frequency is p² + 2pq = 0.49 + 0.42 = 0.91. Fraction that are carriers:

0.42 / 0.91 ≈ **0.46**

### Exercise 3.2

**a)** R₀ = β/γ = 0.45 × 6 = **2.7**

**b)** Threshold = 1 − 1/R₀ = 1 − 1/2.7 = 0.62963 → **0.630**

**c)** With 90 % efficacy, the effective protection is 0.9 × 0.630, so the coverage needed is

**Coverage ≈ 0.567**

Let me compute 3.3 precisely."""

PG_CODE = """ID = 5/1000*4
P = ID/(1+ID)
print(round(P, 4), ID)"""

PG_A2 = """\ue200cite\ue202turn0search1\ue201

### Exercise 3.3

**a)** P/(1 − P) = I × D = 0.005 × 4 = 0.02, so P = 0.02/1.02 = 0.019608…

**P ≈ 0.0196**

**b)** I × D = 0.0200 > 0.0196, so the simple approximation is slightly too high. **True.**

| Part | Answer |
|---|---|
| 3.1a | 0.3 |
| 3.1b | 1,050 |
| 3.1c | ≈ 0.46 |
| 3.2a | 2.7 |
| 3.2b | 0.630 |
| 3.2c | 0.567 |
| 3.3a | 0.0196 |
| 3.3b | True |"""


def popgen_chatgpt():
    c = GPTConv("pg-main", "Pop bio PS3 Hardy-Weinberg SIR", 1772880000.0)
    u = c.user(c.system, 10, PG_PROMPT)
    c.asst(u, 35, PG_OLD)   # older branch (leaf with earlier create_time)
    a1 = c.asst(u, 300, PG_A1)
    k = c.code(a1, 305, PG_CODE)
    o = c.output(k, 306, "0.0196 0.02")
    a2 = c.asst(o, 320, PG_A2)
    o1 = GPTConv("pg-other1", "Cover letter edits", 1772600000.0)
    x = o1.user(o1.system, 5, "Make this sound less stiff: 'I am writing to express my interest in the lab assistant role.'")
    x = o1.asst(x, 12, "How about: \"I'd love to be considered for the lab assistant role.\"")
    o2 = GPTConv("pg-other2", "Chi-square HWE test", 1772950000.0)
    y = o2.user(o2.system, 5, "For genotype counts AA=50, Aa=30, aa=20, is the population in HWE? chi-square please")
    y = o2.asst(y, 30, "p = (2·50 + 30)/200 = 0.65, expected AA = 42.25, Aa = 45.5, aa = 12.25; χ² ≈ 11.6 with 1 df, so reject HWE at the 5 % level.")
    dump("popgen-epi/transcripts/conversations.json",
         [o2.export(None, False), c.export(None, False), o1.export(None, False)])


def claude_msg(key, sender, t, blocks, attachments=()):
    content = []
    for i, b in enumerate(blocks):
        b = dict(b)
        b["start_timestamp"] = "2026-03-09T18:%02d:%02d.000000Z" % (t // 60, t % 60)
        b["stop_timestamp"] = "2026-03-09T18:%02d:%02d.500000Z" % (t // 60, t % 60)
        if b["type"] == "text":
            b["citations"] = []
        content.append(b)
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    ts = "2026-03-09T18:%02d:%02d.000000Z" % (t // 60, t % 60)
    return {"uuid": uid(key), "text": text, "content": content, "sender": sender,
            "created_at": ts, "updated_at": ts, "attachments": list(attachments), "files": []}


PG_CL_T1 = """I'll go through the three exercises in order, using the attached problem set.

**Exercise 3.1**

(a) The recessive phenotype is aa, so q² = 225/2500 = 0.09. Taking the square root gives **q = 0.3**.

(b) Carriers are heterozygotes with frequency 2pq. Using p = 1 − q² = 0.91 and q = 0.09, 2pq = 2(0.91)(0.09) = 0.1638, so the expected number is 0.1638 × 2500 ≈ **410 carriers**.

(c) Among dominant-phenotype individuals, the carrier fraction is 2pq/(p² + 2pq) = 0.42/0.91 = 6/13. Some textbooks instead report just the carrier frequency in the whole population, 2pq = 0.42, so the answer is either 6/13 or 0.42 depending on the convention your instructor uses."""

PG_CL_T2 = """**Exercise 3.2**

(a) R₀ = β/γ = 0.45/(1/6) = **2.7**

(b) Herd-immunity threshold: 1 − 1/R₀ = 1 − 0.3704 = **0.630** (63.0 %)

(c) Because the vaccine is only 90 % effective, coverage must be the threshold divided by the efficacy: 0.62963/0.9 = 0.69959, so the minimum coverage is **0.700** (about 70.0 %).

**Exercise 3.3**

(a) For a rare condition, prevalence ≈ incidence × duration = 0.005 × 4, so **P ≈ 0.0200**.

I've run out of room to write up (b) carefully — let me know if you'd like me to continue with it."""


def popgen_claude():
    key = "pg-claude"
    attach = {"file_name": "PS3_popbio.pdf", "file_size": 4821, "file_type": "pdf",
              "extracted_content": PG_PROMPT.split("\n\n", 1)[1]}
    msgs = [
        claude_msg(key + "/h1", "human", 60, [{"type": "text", "text": "Can you do this problem set? Show the steps so I can follow."}], [attach]),
        claude_msg(key + "/a1", "assistant", 95, [
            {"type": "thinking", "thinking": "q^2 = 0.09 so q = 0.3, p = 0.7, 2pq = 0.42, 1050 carriers. Carrier fraction among dominant 0.42/0.91 = 6/13. R0 2.7. HIT 0.630. Coverage 0.700. P = 0.02/1.02 = 0.0196; I*D = 0.02 overestimates so true.",
             "summaries": [{"summary": "Working through Hardy–Weinberg and SIR calculations."}], "cut_off": False},
            {"type": "tool_use", "name": "repl", "input": {"code": "q=(225/2500)**0.5\nprint(q, 2*(1-q)*q*2500, 1-1/2.7, (1-1/2.7)/0.9)"}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"0.3 1050.0 0.6296296296296297 0.6995884773662552\"]}"}], "is_error": False},
            {"type": "text", "text": PG_CL_T1}]),
        claude_msg(key + "/h2", "human", 300, [{"type": "text", "text": "ok and 3.2 and 3.3?"}]),
        claude_msg(key + "/a2", "assistant", 340, [
            {"type": "thinking", "thinking": "3.3(b): I*D = 0.02 > 0.0196 -> true. But I'll keep (a) short.",
             "summaries": [{"summary": "Finishing the SIR and prevalence parts."}], "cut_off": False},
            {"type": "text", "text": PG_CL_T2}]),
    ]
    conv = {"uuid": uid(key, "conv"), "name": "Population biology problem set 3",
            "created_at": "2026-03-09T18:01:00.000000Z", "updated_at": "2026-03-09T18:05:40.000000Z",
            "account": {"uuid": uid("account")}, "chat_messages": msgs}
    dump("popgen-epi/transcripts/claude-export.json", [conv])


# ================================================================ digital logic
DL_PROMPT = """CS 2200 HW2. Please answer all parts.

Q1 (8-bit two's complement)
(a) Write −75 as an 8-bit two's-complement binary string.
(b) 0x6A and 0x3C are added. (i) 8-bit result in hex. (ii) True or false: signed overflow occurs.

Q2 F(A,B,C,D) = Σm(0,2,5,7,8,10,13,15)
(a) Minimal SOP: A. B'D' + BD  B. B'D + BD'  C. A'B'D' + BD  D. BD + A'D'
(b) Two-level NAND–NAND from (a), complemented inputs available: how many NAND gates?

Q3 x = −13.625 in IEEE 754 single precision
(a) biased exponent field in decimal
(b) full 32-bit pattern in hex
(c) gap between |x| and the next larger representable float, 3 s.f."""

DL_OLD = """Q1 (a) 10110101 (b)(i) 0xA6 (ii) True
Q2 (a) B (b) 3
Q3 (a) 130 (b) 0xC15A0000 (c) 9.54e-7"""

DL_A1 = """**Q1 — two's complement**

(a) +75 = 0100 1011. Invert → 1011 0100, add 1 → `10110101`.

(b)(i) 0x6A + 0x3C = 106 + 60 = 166 = **0xA6**.

(b)(ii) Both operands are positive but the result has its sign bit set (0xA6 = −90 as signed), so **True** — signed overflow occurs.

**Q2 — Boolean simplification**

The 1-cells form two groups of four: the four corners (B'D') and the centre square (BD). So F = B'D' + BD, which is **option A**.

(b) Each product term needs one 2-input NAND, and the OR becomes another NAND: **3 NAND gates** (or 4 if your course counts an inverter on the output as a separate gate).

**Q3 — IEEE 754**

Let me check the bit pattern with Python."""

DL_CODE = """import struct
b = struct.unpack('>I', struct.pack('>f', -13.625))[0]
print(hex(b), (b >> 23) & 0xff)"""

DL_A2 = """13.625 = 1101.101₂ = 1.101101 × 2³.

(a) Biased exponent = 3 + 127 = **130**.

(b) Sign 1, exponent 10000010, fraction 1011010…0, which gives \ue203\ue200filecite\ue202turn0file0\ue201

```
0xC15A0000
```

(c) The spacing of single-precision numbers is the machine epsilon, 2⁻²³, so the gap is

**≈ 1.19 × 10⁻⁷**"""


def digital():
    c = GPTConv("dl-main", "CS2200 HW2 twos complement IEEE", 1773000000.0)
    u = c.user(c.system, 10, DL_PROMPT)
    c.asst(u, 25, DL_OLD)
    r = c.thoughts(u, 200, "Checking Karnaugh groups and float bits",
                   "corners B'D', center BD -> option A. -13.625: exponent 130, C15A0000. gap 2^-20?", 9)
    a1 = c.asst(r, 230, DL_A1, model="o4-mini")
    k = c.code(a1, 232, DL_CODE)
    o = c.output(k, 233, "0xc15a0000 130")
    cur = c.asst(o, 250, DL_A2, model="o4-mini")
    dump("digital-logic/transcripts/chatgpt-export.json", [c.export(cur)])


if __name__ == "__main__":
    control()
    popgen_chatgpt()
    popgen_claude()
    digital()
