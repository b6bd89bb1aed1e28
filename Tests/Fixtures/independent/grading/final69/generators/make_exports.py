#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts of final69.

Writes
  ../orbital-mechanics/transcripts/chatgpt-export.json   ChatGPT conversations.json (3 conversations,
                                                          current_node set, regenerated branch,
                                                          thoughts + reasoning_recap nodes)
  ../pk-dosing/transcripts/conversations.json            ChatGPT conversations.json (2 conversations,
                                                          NO current_node, python tool call +
                                                          execution_output, U+E2xx citation markers)
  ../survival-analysis/transcripts/claude-export.json    Claude export (2 conversations, thinking,
                                                          tool_use/tool_result, attachment)

Everything (ids, timestamps, text) is fixed, so re-running gives byte-identical files.
Run:  python3 generators/make_exports.py
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c1b52-9a57-4c8e-b0a4-0f6f9d4c6a69")


def uid(name):
    return str(uuid.uuid5(NS, name))


# ---------------------------------------------------------------------------
# ChatGPT export helpers
# ---------------------------------------------------------------------------
class Conv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key = key
        self.title = title
        self.t0 = t0
        self.model = model
        self.mapping = {}
        self.order = []
        root = uid(key + "/root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.root = root
        self.last_time = t0

    def add(self, name, parent, role, content, dt, recipient="all", author_name=None,
            metadata=None, end_turn=None, hidden=False):
        nid = uid(self.key + "/" + name)
        pid = self.root if parent is None else uid(self.key + "/" + parent)
        t = round(self.t0 + dt, 3)
        self.last_time = max(self.last_time, t)
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        if role == "assistant":
            md.setdefault("model_slug", self.model)
            md.setdefault("default_model_slug", self.model)
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": t if role != "system" else None,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        self.order.append(nid)
        return nid

    def text(self, name, parent, role, s, dt, **kw):
        return self.add(name, parent, role, {"content_type": "text", "parts": [s]}, dt, **kw)

    def export(self, current=None, with_current=True):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_time,
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = uid(self.key + "/" + current)
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key + "/conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key + "/conv"),
        })
        return d


def thoughts(summary_pairs, source):
    return {
        "content_type": "thoughts",
        "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True}
                     for s, c in summary_pairs],
        "source_analysis_msg_id": source,
    }


# ---------------------------------------------------------------------------
# Export A: orbital mechanics
# ---------------------------------------------------------------------------
ORBIT_USER = r"""Can you solve this problem set? Please show work, 3 sig figs.

Use μ⊕ = GM⊕ = 3.986×10^14 m^3 s^-2, R⊕ = 6371 km and G = 6.674×10^-11 N m^2 kg^-2 throughout.

1. A weather satellite moves on a circular orbit at an altitude of 500 km above Earth's surface.
(a) Find its orbital speed v_c in km/s.
(b) Find its orbital period in minutes.
(c) Without plugging in numbers, express the escape speed from this altitude in terms of v_c.
(d) For comparison, compute the escape speed from Earth's surface, in km/s.

2. The same satellite is to be raised to geostationary radius r_GEO = 42164 km by a Hohmann transfer (two tangential burns).
(a) What is the magnitude of the first burn, Δv1, in km/s?
(b) How long does the coast from the first burn to the second burn take? Give your answer in hours.

3. A moon of a gas giant follows a nearly circular orbit of radius 4.22×10^5 km with period 1.769 days.
(a) Use Kepler's third law to estimate the mass of the planet, in kilograms.
(b) A second moon orbits the same planet with twice the orbital radius. By what factor is its period longer than the first moon's? Give an exact answer."""

ORBIT_ANSWER_OLD = r"""Sure! Let's go problem by problem.

**1(a)** $v_c = \sqrt{\mu/r}$ with $r = R_\oplus = 6.371\times10^6$ m gives $v_c \approx 7.91$ km/s.

**1(b)** $T = 2\pi r / v_c \approx 5060$ s $\approx 84.3$ min.

**1(c)** $v_{esc} = \sqrt{2}\,v_c$.

**1(d)** $\sqrt{2\mu/R_\oplus} \approx 11.2$ km/s.

**2(a)** $\Delta v_1 \approx 2.52$ km/s.

**2(b)** Half the transfer period: $\approx 5.23$ h.

**3(a)** $M \approx 1.90\times10^{27}$ kg.

**3(b)** $2\sqrt{2}$."""

ORBIT_ANSWER = r"""Here's a full worked solution. I'll use $\mu = 3.986\times10^{14}\ \text{m}^3/\text{s}^2$ and $R_\oplus = 6371$ km.

## Problem 1 — Circular orbit at 500 km

Orbital radius: $r_1 = R_\oplus + h = 6371 + 500 = 6871$ km $= 6.871\times10^6$ m.

### (a) Orbital speed

$$
v_c = \sqrt{\frac{\mu}{r_1}} = \sqrt{\frac{3.986\times10^{14}}{6.871\times10^{6}}} = \sqrt{5.801\times10^{7}} \approx 7616.6\ \text{m/s}
$$

**Answer:** $v_c \approx 7.62\ \text{km/s}$

### (b) Period

$$
T = \frac{2\pi r_1}{v_c} = \frac{2\pi(6.871\times10^6)}{7616.6} \approx 5668\ \text{s}
$$

**Answer:** $T \approx 94.5$ min

### (c) Escape speed at this altitude

At escape the total energy is zero: $\tfrac12 v_{esc}^2 = \mu/r_1 = v_c^2$, so

$$
\boxed{v_{esc} = \sqrt{2}\,v_c}
$$

(numerically about 10.8 km/s at 500 km).

### (d) Escape speed from the surface

$$
v_{esc,\oplus} = \sqrt{\frac{2\mu}{R_\oplus}} = \sqrt{\frac{2(3.986\times10^{14})}{6.371\times10^6}} \approx 11{,}186\ \text{m/s}
$$

**Answer:** about **11.2 km/s**.

## Problem 2 — Hohmann transfer to GEO

Semi-major axis of the transfer ellipse:

$$
a_t = \frac{r_1 + r_{GEO}}{2} = \frac{6871 + 42164}{2} = 24{,}517.5\ \text{km}
$$

### (a) First burn

Speed at perigee of the transfer ellipse (vis-viva):

$$
v_p = \sqrt{\mu\left(\frac{2}{r_1} - \frac{1}{a_t}\right)} \approx 9988.3\ \text{m/s}
$$

$$
\Delta v_1 = v_p - v_c = 9988.3 - 7616.6 \approx 2371.7\ \text{m/s}
$$

**Answer:** $\Delta v_1 \approx 2.37$ km/s

### (b) Transfer time

The coast is governed by the period of the transfer ellipse:

$$
T_t = 2\pi\sqrt{\frac{a_t^3}{\mu}} = 2\pi\sqrt{\frac{(2.45175\times10^7)^3}{3.986\times10^{14}}} \approx 38{,}205\ \text{s}
$$

**Answer:** $\approx 10.6$ hours

## Problem 3 — Kepler's third law

### (a) Mass of the planet

$$
M = \frac{4\pi^2 a^3}{G T^2}
$$

with $a = 4.22\times10^8$ m and $T = 1.769 \times 86400 = 152{,}842$ s:

$$
M = \frac{4\pi^2 (4.22\times10^8)^3}{(6.674\times10^{-11})(152{,}842)^2} = \frac{2.967\times10^{27}}{1.559}
$$

**Answer:** $M \approx 1.90\times10^{27}$ kg (about one Jupiter mass — this moon is Io).

### (b) Period ratio

Since $T \propto a^{3/2}$, doubling the radius multiplies the period by

$$
\frac{T_2}{T_1} = 2^{3/2} = \boxed{2\sqrt{2}} \approx 2.83
$$

---

### Summary

| Part | Answer |
|---|---|
| 1(a) | 7.62 km/s |
| 1(b) | 94.5 min |
| 1(c) | $v_{esc} = \sqrt{2}\,v_c$ |
| 1(d) | 10.8 km/s |
| 2(a) | 2.37 km/s |
| 2(b) | 10.6 h |
| 3(a) | $1.90\times10^{27}$ kg |
| 3(b) | $2\sqrt{2}$ |"""

ORBIT_FOLLOWUP_USER = "thanks!! what's the second burn and the total delta-v then?"

ORBIT_FOLLOWUP_ANSWER = r"""At apogee of the transfer ellipse ($r = r_{GEO}$):

- transfer-orbit speed: $v_a = \sqrt{\mu(2/r_{GEO} - 1/a_t)} \approx 1.63$ km/s
- circular GEO speed: $v_{GEO} = \sqrt{\mu/r_{GEO}} \approx 3.07$ km/s

So the circularisation burn is

$$
\Delta v_2 = v_{GEO} - v_a \approx 1.45\ \text{km/s}
$$

and the total is $\Delta v_1 + \Delta v_2 \approx 2.37 + 1.45 = 3.82$ km/s.

(Real GEO insertions also need a plane change if the launch site isn't equatorial, which adds quite a bit.)"""


def export_orbital():
    convs = []

    # unrelated conversation 1
    c = Conv("sourdough", "Sourdough starter feeding schedule", 1741190400.0)
    c.text("sys", None, "system", "", 0, hidden=True)
    c.text("u1", "sys", "user", "My starter doubles in 4 hours at 24C. If I feed 1:5:5 at 9pm when will it peak?", 5.2)
    c.text("a1", "u1", "assistant",
           "At 1:5:5 the starter is diluted about 11×, so it needs roughly 3.5 doublings. "
           "At 4 h per doubling that's about 14 h, i.e. it should peak around 11am the next day.",
           19.8, end_turn=True)
    convs.append(c.export(current="a1"))

    # graded conversation
    c = Conv("orbital", "PS6 orbital mechanics help", 1741727012.5)
    c.text("sys", None, "system", "", 0, hidden=True)
    c.text("u1", "sys", "user", ORBIT_USER, 3.1)
    # first (older) branch
    c.add("thA", "u1", "assistant", thoughts([
        ("Working through circular orbit speeds",
         "Problem 1: v = sqrt(mu/r). Radius of Earth 6371 km. Then T = 2 pi r / v."),
    ], uid("orbital/u1")), 9.4, recipient="all")
    c.add("rrA", "thA", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 12 seconds"}, 10.0)
    c.text("aA", "rrA", "assistant", ORBIT_ANSWER_OLD, 31.7, end_turn=True)
    # regenerated (current) branch
    c.add("thB", "u1", "assistant", thoughts([
        ("Setting up orbit radius",
         "Altitude 500 km means r1 = 6371 + 500 = 6871 km. v_c = sqrt(3.986e14/6.871e6) = 7616.6 m/s."),
        ("Hohmann transfer",
         "a_t = 24517.5 km. Perigee speed from vis-viva about 9988 m/s. Delta v1 about 2.37 km/s. "
         "Transfer time: half the ellipse period, 19103 s, so about 5.31 h."),
        ("Kepler mass",
         "M = 4 pi^2 a^3/(G T^2) = 1.90e27 kg. Ratio 2^(3/2) = 2 sqrt 2."),
    ], uid("orbital/u1")), 95.0)
    c.add("rrB", "thB", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 41 seconds"}, 96.2)
    c.text("aB", "rrB", "assistant", ORBIT_ANSWER, 140.9, end_turn=True)
    c.text("u2", "aB", "user", ORBIT_FOLLOWUP_USER, 402.3)
    c.text("aB2", "u2", "assistant", ORBIT_FOLLOWUP_ANSWER, 418.6, end_turn=True)
    convs.append(c.export(current="aB2"))

    # unrelated conversation 2
    c = Conv("regex", "Regex for ISO dates", 1741800000.0)
    c.text("sys", None, "system", "", 0, hidden=True)
    c.text("u1", "sys", "user", "regex that matches 2025-03-12 but not 2025-13-40?", 4.0)
    c.text("a1", "u1", "assistant",
           "Try:\n\n```regex\n^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$\n```\n\n"
           "It accepts months 01–12 and days 01–31 (it won't catch 2025-02-30; for that, parse the date).",
           11.0, end_turn=True)
    convs.append(c.export(current="a1"))

    # newest first, like the real export
    convs.sort(key=lambda d: d["update_time"], reverse=True)
    return convs


# ---------------------------------------------------------------------------
# Export B: pharmacokinetics (no current_node)
# ---------------------------------------------------------------------------
PK_USER = """can you help with exercises 4.1 and 4.2 from my PK worksheet? one-compartment model, first order elimination.

Exercise 4.1
A patient receives a single 500 mg IV bolus of drug X. The volume of distribution is 40 L and the elimination half-life is 6 h.
a) What is the initial plasma concentration C0 (in mg/L)?
b) What percentage of the dose is still in the body 24 h after the dose?
c) Find the plasma concentration 9 h after the dose. Give an exact expression and its value in mg/L.
d) List the plasma concentrations at t = 0, 6 and 12 h as a vector (C(0), C(6), C(12)), in mg/L.

Exercise 4.2
The same patient is now given 500 mg IV every 6 h (tau = 6 h) until steady state is reached.
a) What is the accumulation factor R = 1 / (1 - exp(-k*tau))?
b) At steady state, find
(i) the peak concentration Cmax,ss (just after a dose), in mg/L;
(ii) the trough concentration Cmin,ss (just before a dose), in mg/L."""

PK_OLD = """Sure.

4.1 a) C0 = 500/40 = 12.5 mg/L
b) 4 half-lives → (1/2)^4 = 6.25 % remains
c) C(9) = 12.5·2^(−1.5) ≈ 4.42 mg/L
d) (12.5, 6.25, 3.125)

4.2 a) R = 2
b) (i) 25 mg/L (ii) 12.5 mg/L"""

PK_INTRO = ("Let's set up the model first. For a one-compartment IV bolus with first-order elimination the "
            "plasma concentration decays exponentially, C(t) = C₀·e^(−kt), with k = ln 2 / t½ "
            "\ue200cite\ue202turn0search0\ue201. At steady state with repeated bolus dosing every τ the "
            "peak is C₀·R and the trough is C₀·R·e^(−kτ) \ue200cite\ue202turn0search2\ue201.\n\n"
            "I'll run the numbers in Python so nothing gets rounded too early.")

PK_CODE = """import math
dose, V, t_half, tau = 500.0, 40.0, 6.0, 6.0
k = math.log(2) / t_half
C0 = dose / V
C = lambda t: C0 * math.exp(-k * t)
R = 1 / (1 - math.exp(-k * tau))
CL = k * V
print(f"k = {k:.5f} 1/h, CL = {CL:.3f} L/h")
print(f"C0 = {C0:.3f}")
print(f"remaining at 24 h = {100*math.exp(-k*24):.2f} %")
print(f"C(9) = {C(9):.4f}")
print([round(C(t), 4) for t in (0, 6, 12)])
print(f"R = {R:.4f}")
print(f"Cavg_ss = {dose/(CL*tau):.2f}, Cmax_ss = {C0*R:.2f}, Cmin_ss = {C0*R*math.exp(-k*tau):.2f}")"""

PK_OUTPUT = """k = 0.11552 1/h, CL = 4.621 L/h
C0 = 12.500
remaining at 24 h = 6.25 %
C(9) = 4.4194
[12.5, 6.25, 3.125]
R = 2.0000
Cavg_ss = 18.03, Cmax_ss = 25.00, Cmin_ss = 12.50"""

PK_FINAL = """Here are the results, using k = ln 2 / 6 h ≈ 0.1155 h⁻¹ from the run above.

### Exercise 4.1

**a)** C₀ = Dose / V = 500 mg / 40 L = **12.5 mg/L**

**b)** 24 h is 24 / 6 = 4 half-lives, so the fraction eliminated is 1 − (1/2)⁴ = 15/16.
**Answer: 93.75 %** of the dose

**c)** C(9) = 12.5 · (1/2)^(9/6) = 12.5 · 2^(−3/2) = 25√2 / 8 mg/L
**≈ 4.42 mg/L**

**d)** The concentration halves every 6 h:
\ue203
```
(C(0), C(6), C(12)) = (12.5, 6.25, 3.125) mg/L
```

### Exercise 4.2

**a)** Because τ equals the half-life, e^(−kτ) = 1/2 and R = 1 / (1 − 1/2) = **2**.

**b)**
- (i) C_max,ss ≈ **18.0 mg/L**
- (ii) C_min,ss = C₀ · R · e^(−kτ) = 12.5 · 2 · 0.5 = **12.5 mg/L**

Let me know if you'd like a plot of the concentration–time curve over the first few doses."""


def export_pk():
    convs = []
    c = Conv("pk", "Drug X worksheet 4", 1742385600.0, model="gpt-4o")
    c.text("sys", None, "system", "", 0, hidden=True)
    c.text("u1", "sys", "user", PK_USER, 2.4)
    # older branch (regenerated away)
    c.text("aOld", "u1", "assistant", PK_OLD, 14.8, end_turn=True)
    # newer branch: intro, python call, tool output, final text
    c.text("a1", "u1", "assistant", PK_INTRO, 61.0, metadata={
        "citations": [], "content_references": [
            {"matched_text": "\ue200cite\ue202turn0search0\ue201", "type": "grouped_webpages", "start_idx": 0, "end_idx": 0},
        ]}, end_turn=False)
    c.add("code1", "a1", "assistant",
          {"content_type": "code", "language": "unknown", "response_format_name": None, "text": PK_CODE},
          63.5, recipient="python", end_turn=False)
    c.add("tool1", "code1", "tool",
          {"content_type": "execution_output", "text": PK_OUTPUT},
          64.9, author_name="python", metadata={
              "is_complete": True,
              "aggregate_result": {"status": "success", "run_id": uid("pk/run1"),
                                   "code": PK_CODE, "final_expression_output": None,
                                   "messages": [{"message_type": "stream", "time": 1742385664.9,
                                                 "stream_name": "stdout", "sender": "server",
                                                 "text": PK_OUTPUT + "\n"}]}})
    c.text("a2", "tool1", "assistant", PK_FINAL, 79.3, end_turn=True)
    convs.append(c.export(with_current=False))

    c = Conv("cover", "Cover letter tweaks", 1742299200.0)
    c.text("sys", None, "system", "", 0, hidden=True)
    c.text("u1", "sys", "user", "Make this sentence less stiff: 'I am writing to express my interest in the position of lab technician.'", 3.0)
    c.text("a1", "u1", "assistant", "How about: \"I'd love to join your team as a lab technician.\"", 8.0, end_turn=True)
    # this export lacks current_node for every conversation
    convs.append(c.export(with_current=False))
    convs.sort(key=lambda d: d["update_time"], reverse=True)
    return convs


# ---------------------------------------------------------------------------
# Claude export: survival analysis
# ---------------------------------------------------------------------------
SURV_ATTACHMENT = """BIOST 512 · Homework 3: Survival analysis basics

Ten patients enrolled in a small pilot study were followed after surgery. Follow-up times are in months; a + marks a censored observation.

Patient: 1 2 3 4 5 6 7 8 9 10
Time: 3 4+ 5 5 7+ 8 10 12+ 14 16+

Use the usual convention that an observation censored at time t is still at risk for a death at time t.

Problem 1 — Kaplan–Meier estimate (20 pts)
(a) How many patients are at risk just before t = 8 months?
(b) Compute the Kaplan–Meier estimate Ŝ(6).
(c) Compute Ŝ(12).
(d) What is the estimated median survival time (the smallest time at which Ŝ(t) ≤ 0.5)?
(e) Using Greenwood's formula, find the standard error of Ŝ(6). Give three decimal places.

Problem 2 — A constant-hazard model (10 pts)
Now assume survival times are exponential with constant hazard λ.
(a) Find the maximum-likelihood estimate λ̂ (deaths per patient-month). An exact fraction is fine.
(b) Under this fitted model, what is the median survival time? Give an exact expression and its numerical value in months.

Problem 3 — Proportional hazards (5 pts)
A treatment group has hazard ratio 2 relative to the control group at every time. If the control group's survival probability at 24 months is 0.8, the treatment group's survival probability at 24 months is
(A) 0.40 (B) 0.60 (C) 0.64 (D) 0.89
"""

SURV_THINKING = ("Let me order the times: 3, 4+, 5, 5, 7+, 8, 10, 12+, 14, 16+. Risk sets: at 3 n=10; at 5 n=8 "
                 "(4+ gone), d=2; at 8 n=5; at 10 n=4; at 14 n=2. S(6) = 0.9 * 6/8 = 0.675. Maybe I should "
                 "double-check with code. Median: first S <= 0.5. For the exponential, deaths over total time.")

SURV_INTRO = "I'll tabulate the risk sets and check the arithmetic with a quick script."

SURV_CODE = """const times = [3,4,5,5,7,8,10,12,14,16];
const event = [1,0,1,1,0,1,1,0,1,0];
let S = 1, gw = 0;
for (const u of [3,5,8,10,14]) {
  const n = times.filter(t => t >= u).length;
  const d = times.filter((t,i) => t === u && event[i]).length;
  S *= (n - d) / n; gw += d / (n * (n - d));
  console.log(`t=${u} n=${n} d=${d} S=${S.toFixed(4)} SE=${(S*Math.sqrt(gw)).toFixed(4)}`);
}"""

SURV_RESULT = """t=3 n=10 d=1 S=0.9000 SE=0.0949
t=5 n=8 d=2 S=0.6750 SE=0.1551
t=8 n=5 d=1 S=0.5400 SE=0.1653
t=10 n=4 d=1 S=0.4050 SE=0.1657
t=14 n=2 d=1 S=0.2025 SE=0.1596"""

SURV_MAIN = """The script confirms the hand calculation. Here's the write-up.

## Problem 1 — Kaplan–Meier

| t (months) | at risk nᵢ | deaths dᵢ | (nᵢ − dᵢ)/nᵢ | Ŝ(t) |
|---|---|---|---|---|
| 3 | 10 | 1 | 9/10 | 0.900 |
| 5 | 8 | 2 | 6/8 | 0.675 |
| 8 | 5 | 1 | 4/5 | 0.540 |
| 10 | 4 | 1 | 3/4 | 0.405 |
| 14 | 2 | 1 | 1/2 | 0.2025 |

**(a)** Just before t = 8 the patients still under observation are those with times 8, 10, 12+, 14, 16+, so **5** are at risk.

**(b)** Ŝ(6) = Ŝ(5) = 0.9 × 6/8 = **0.675**

**(c)** Ŝ(12) = Ŝ(10) = 0.675 × 4/5 × 3/4 = **0.405**

**(d)** Ŝ first drops to or below 0.5 at t = 10 (0.54 → 0.405), so the median survival time is **10 months**.

**(e)** Greenwood: Var[Ŝ(6)] = Ŝ(6)² · [1/(10·9) + 2/(8·6)] = 0.4556 × 0.05278 = 0.02405, so

SE[Ŝ(6)] = √0.02405 ≈ **0.155**

## Problem 2 — Exponential model

For exponential data with censoring the MLE is (number of deaths) / (total time at risk).

- Deaths: t = 3, 5, 5, 8, 10, 14, 16 → d = 7
- Total follow-up: 3 + 4 + 5 + 5 + 7 + 8 + 10 + 12 + 14 + 16 = 84 patient-months

**(a)** λ̂ = 7/84 = **1/12 ≈ 0.0833 per month**

**(b)** Median = ln 2 / λ̂ = **12 ln 2 ≈ 8.32 months**

## Problem 3

Under proportional hazards S₁(t) = S₀(t)^HR, so S₁(24) = 0.8² = 0.64. The answer is **(C)**."""

SURV_FOLLOW_USER = "thanks! is the KM median basically the same as the exponential one here?"

SURV_FOLLOW = """Not quite. The Kaplan–Meier median is 10 months, while the exponential fit gives 12 ln 2 ≈ 8.32 months. The gap is a hint that a constant hazard may not fit these ten patients perfectly, but with this few deaths neither estimate is very precise."""


def claude_msg(conv, name, sender, blocks, t, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid(conv + "/" + name),
        "text": text,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
    }


def tb(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


def export_claude():
    acct = {"uuid": uid("claude/account")}
    convs = []
    conv = "claude/trip"
    convs.append({
        "uuid": uid(conv),
        "name": "Lisbon 3-day itinerary",
        "created_at": "2025-02-27T18:02:11.402311Z",
        "updated_at": "2025-02-27T18:04:50.118200Z",
        "account": acct,
        "chat_messages": [
            claude_msg(conv, "h1", "human", [tb("3 days in Lisbon in March, what should I not miss?",
                                                "2025-02-27T18:02:11.402311Z", "2025-02-27T18:02:11.402311Z")],
                       "2025-02-27T18:02:11.402311Z"),
            claude_msg(conv, "a1", "assistant", [tb(
                "Day 1: Alfama and the castle; Day 2: Belém (tower, monastery, pastéis); Day 3: Sintra by train (about 40 minutes).",
                "2025-02-27T18:02:14.010000Z", "2025-02-27T18:02:25.901000Z")],
                "2025-02-27T18:02:14.010000Z"),
        ],
    })

    conv = "claude/km"
    t = "2025-03-04T20:15:07.553912Z"
    msgs = [
        claude_msg(conv, "h1", "human", [tb("Hi! Can you go through HW3 with me? The handout is attached. Please show the steps.", t, t)], t,
                   attachments=[{"file_name": "hw3_survival.pdf", "file_size": 48213, "file_type": "pdf",
                                 "extracted_content": SURV_ATTACHMENT}]),
        claude_msg(conv, "a1", "assistant", [
            {"start_timestamp": "2025-03-04T20:15:10.120000Z", "stop_timestamp": "2025-03-04T20:15:19.880000Z",
             "type": "thinking", "thinking": SURV_THINKING, "summaries": [{"summary": "Tabulating risk sets."}],
             "cut_off": False},
            tb(SURV_INTRO, "2025-03-04T20:15:19.900000Z", "2025-03-04T20:15:21.004000Z"),
            {"start_timestamp": "2025-03-04T20:15:21.100000Z", "stop_timestamp": "2025-03-04T20:15:24.300000Z",
             "type": "tool_use", "name": "repl", "input": {"code": SURV_CODE}},
            {"start_timestamp": "2025-03-04T20:15:25.000000Z", "stop_timestamp": "2025-03-04T20:15:25.000000Z",
             "type": "tool_result", "name": "repl",
             "content": [{"type": "text", "text": '{"status":"success","logs":' + json.dumps(SURV_RESULT.split("\n")) + '}',
                          "uuid": uid(conv + "/toolres")}],
             "is_error": False},
            tb(SURV_MAIN, "2025-03-04T20:15:25.400000Z", "2025-03-04T20:16:02.771000Z"),
        ], "2025-03-04T20:15:10.120000Z"),
        claude_msg(conv, "h2", "human", [tb(SURV_FOLLOW_USER, "2025-03-04T20:21:40.000000Z", "2025-03-04T20:21:40.000000Z")],
                   "2025-03-04T20:21:40.000000Z"),
        claude_msg(conv, "a2", "assistant", [tb(SURV_FOLLOW, "2025-03-04T20:21:43.200000Z", "2025-03-04T20:21:51.600000Z")],
                   "2025-03-04T20:21:43.200000Z"),
    ]
    convs.append({
        "uuid": uid(conv),
        "name": "Kaplan-Meier homework help",
        "created_at": t,
        "updated_at": "2025-03-04T20:21:51.600000Z",
        "account": acct,
        "chat_messages": msgs,
    })
    return convs


def write(rel, obj, indent=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")
    return path


def main():
    print(write("orbital-mechanics/transcripts/chatgpt-export.json", export_orbital()))
    print(write("pk-dosing/transcripts/conversations.json", export_pk()))
    print(write("survival-analysis/transcripts/claude-export.json", export_claude(), indent=2))


if __name__ == "__main__":
    main()
