#!/usr/bin/env python3
"""Deterministic generator for the three export transcripts of final84.

Writes:
  pk-dosing/transcripts/pk-chatgpt-export.json      ChatGPT conversations.json (current_node, regen branch,
                                                     thoughts + reasoning_recap, python tool call, other conversation)
  queue-mm/transcripts/mm-chatgpt-export.json       ChatGPT conversations.json WITHOUT current_node (graded branch =
                                                     leaf with latest create_time), citation markers, other conversation
  statics-beams/transcripts/st-claude-export.json   Claude export (thinking, tool_use, tool_result, attachment,
                                                     later correcting turn, other conversation)
No randomness, no clock: re-running gives byte-identical files.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def dump(rel, obj):
    path = os.path.join(OUT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv_id, t0):
        self.conv = conv_id
        self.t0 = t0
        self.mapping = {}
        self.n = 0
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return f"{self.conv}-{self.n:04d}"

    def add(self, parent, role, content, dt, recipient="all", hidden=False, extra_meta=None):
        nid = self._id()
        meta = {"is_visually_hidden_from_conversation": True} if hidden else {}
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
            "create_time": self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conversation(title, tree, current=None, with_current=True):
    c = {
        "title": title,
        "create_time": tree.t0,
        "update_time": tree.t0 + 3600,
        "mapping": tree.mapping,
        "moderation_results": [],
        "plugin_ids": None,
        "conversation_id": tree.conv,
        "id": tree.conv,
        "default_model_slug": "gpt-4o",
    }
    if with_current:
        c["current_node"] = current
    return c


# ---------------------------------------------------------------- PK export
PK_PROBLEM = """Can you help with my pharmacokinetics homework? Here it is:

Problem 1 (IV bolus) [12 pts]
A patient receives a single intravenous bolus of 500 mg of drug X. Drug X follows one-compartment kinetics with volume of distribution Vd = 35 L and elimination half-life t1/2 = 6 h.
(a) Find the initial plasma concentration C0 in mg/L, to three significant figures.
(b) Find the elimination rate constant k in h^-1, to four decimal places.
(c) Find the clearance CL in L/h, to two decimal places.
(d) Give the plasma concentration 12 h after the dose as an exact fraction (mg/L).

Problem 2 (infusion and loading) [12 pts]
Drug Y is given by continuous IV infusion. Its clearance is CL = 4 L/h, its volume of distribution is Vd = 40 L, and its half-life is 6 h.
(a) The infusion rate is 20 mg/h. What is the steady-state concentration Css (mg/L)?
(b) How long after starting the infusion (no loading dose) does the concentration reach 90% of Css? Give hours to one decimal place.
(c) What loading dose (mg) would produce a target concentration of 15 mg/L immediately?
(d) True or false: doubling the infusion rate halves the time needed to reach steady state."""

PK_OLD = r"""Sure! Let's go through both problems.

**Problem 1**

(a) C₀ = Dose / Vd = 500 / 35 = **14.3 mg/L**

(b) k = ln 2 / t½ = 0.693 / 6 = **0.1155 h⁻¹**

(c) CL = k · Vd = 0.1155 × 35 = **4.12 L/h**

(d) 12 h is two half-lives, so C(12) = C₀/4 = **25/7 mg/L**

**Problem 2**

(a) Css = R₀ / CL = 20 / 4 = **5 mg/L**

(b) 90% of steady state takes about 3.3 half-lives → **≈ 19.9 h**

(c) Loading dose = C_target × Vd = 15 × 40 = **600 mg**

(d) **False** — time to steady state depends only on the half-life."""

PK_THOUGHTS = {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Computing bolus values",
         "content": "C0 = 500/35 = 14.2857 so 14.3. k = ln2/6 = 0.11552. CL = k*Vd = 4.0434. Two half-lives at 12 h so 25/7."},
        {"summary": "Infusion",
         "content": "Css = 20/4 = 5. Time to 90%: 1 - e^{-kt} = 0.9 so t = ln10/k. Maybe check with python. Loading dose = Ctarget * Vd, maybe 525 or 600?"},
    ],
    "source_analysis_msg_id": "pk-an-01",
}

PK_PART1 = r"""## Problem 1 — IV bolus

**(a)** For a one-compartment bolus, the initial concentration is dose over volume:

$$C_0 = \frac{D}{V_d} = \frac{500\ \text{mg}}{35\ \text{L}} = 14.2857\ \text{mg/L}$$

To three significant figures, **C₀ = 14.3 mg/L**.

**(b)** The elimination rate constant is

$$k = \frac{\ln 2}{t_{1/2}} = \frac{0.693147}{6\ \text{h}} = 0.115525\ \text{h}^{-1}$$

so **k = 0.1155 h⁻¹** (four decimal places).

**(c)** Clearance is k times the volume: CL = k·V_d = 0.115525 × 35 = **4.04 L/h**.

**(d)** 12 h is exactly two half-lives, so the concentration has fallen to one quarter:

$$C(12) = \frac{C_0}{4} = \frac{500}{35}\cdot\frac{1}{4} = \frac{125}{35} = \boxed{\tfrac{25}{7}\ \text{mg/L}}$$

## Problem 2 — infusion and loading

**(a)** At steady state, input rate = elimination rate, so C_ss = R₀/CL = 20/4 = **5 mg/L**.

**(b)** During a constant infusion C(t) = C_ss(1 − e^{−kt}). Setting C = 0.9 C_ss gives t = ln(10)/k. Let me evaluate that precisely:"""

PK_CODE = """import math
k = math.log(2)/6
t90 = math.log(10)/k
print(round(k, 6), round(t90, 4))"""

PK_OUT = "0.115525 19.9316"

PK_PART2 = r"""So **t₉₀ ≈ 19.9 h** (about 3.3 half-lives).

**(c)** A loading dose fills the volume of distribution to the target concentration at once:

LD = C_target × V_d = 15 mg/L × 35 L = **525 mg**

**(d)** **False.** The time to approach steady state depends only on k (i.e. on the half-life); a higher infusion rate raises C_ss but does not change how fast it is approached.

### Summary

| Part | Quantity | Answer |
|---|---|---|
| 1(a) | C₀ | 14.3 mg/L |
| 1(b) | k | 0.1155 h⁻¹ |
| 1(c) | CL | 4.62 L/h |
| 1(d) | C(12 h) | 25/7 mg/L |
| 2(a) | C_ss | 5 mg/L |
| 2(b) | t₉₀ | 19.9 h |
| 2(c) | Loading dose | 525 mg |
| 2(d) | T/F | False |"""


def pk_export():
    other = Tree("6a1f0c2e-aa10-4c55-9d1e-00000000pk01", 1760001000.0)
    s = other.add(other.root, "system", text(""), 0.0, hidden=True)
    u = other.add(s, "user", text("How do I conjugate 'tener' in the preterite?"), 5.0)
    a = other.add(u, "assistant", text("Tener is irregular in the preterite: tuve, tuviste, tuvo, tuvimos, tuvisteis, tuvieron."), 9.0)
    c_other = conversation("Spanish preterite tener", other, a)

    t = Tree("6a1f0c2e-aa10-4c55-9d1e-00000000pk02", 1760090000.0)
    s = t.add(t.root, "system", text(""), 0.0, hidden=True)
    u = t.add(s, "user", text(PK_PROBLEM), 10.0)
    t.add(u, "assistant", text(PK_OLD), 40.0)                       # first answer, regenerated away
    th = t.add(u, "assistant", PK_THOUGHTS, 300.0, hidden=False)    # regenerated branch starts here
    rr = t.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 12 seconds"}, 312.0)
    p1 = t.add(rr, "assistant", text(PK_PART1), 330.0)
    cd = t.add(p1, "assistant", {"content_type": "code", "language": "python", "text": PK_CODE}, 331.0, recipient="python")
    out = t.add(cd, "tool", {"content_type": "execution_output", "text": PK_OUT}, 333.0)
    p2 = t.add(out, "assistant", text(PK_PART2), 350.0)
    c_pk = conversation("PK homework 4 – one compartment", t, p2)
    dump("pk-dosing/transcripts/pk-chatgpt-export.json", [c_pk, c_other])


# ---------------------------------------------------------------- queueing export (no current_node)
MM_PROBLEM = """Problem set 3, queueing. Exercise 3.1: M/M/1 help desk, lambda = 12/h, mean service 4 min so mu = 15/h.
a) utilization rho as an exact fraction  b) mean number in system L  c) mean time in system W in minutes  d) mean wait in queue Wq in minutes  e) vector (P0, P1, P2)
Exercise 3.2: M/M/2, lambda = 10/h, mu = 6/h per clerk. a) P0 as an exact fraction b) Wq in minutes to one decimal
Exercise 3.3: Little's law: 9 customers on average in a coffee shop, arrival rate 3 per minute. Avg time in shop? (A) 1/3 minute (B) 3 minutes (C) 27 minutes (D) 6 minutes"""

CITE = "\ue200cite\ue202turn0search2\ue201"

MM_OLD = r"""**Exercise 3.1**
- a) ρ = λ/μ = 12/15 = **4/5**
- b) L = ρ/(1−ρ) = **4**
- c) W = 1/(μ−λ) = 1/3 h = **20 min**
- d) W_q = ρ/(μ−λ) = **16 min**
- e) (P₀, P₁, P₂) = **(0.2, 0.16, 0.128)**

**Exercise 3.2**
- a) With a = λ/μ = 5/3 and ρ = 5/6: P₀ = [1 + 5/3 + (25/9)/(2·(1/6))]⁻¹ = **1/11**
- b) L_q = 125/33, W_q = L_q/λ = **22.7 min**

**Exercise 3.3** — **(B)** 3 minutes."""

MM_NEW = ("Here are full solutions. The M/M/1 and M/M/c formulas are the standard ones from any queueing text"
          + CITE + r""".

## Exercise 3.1 (M/M/1)

**a)** ρ = λ/μ = 12/15 = **4/5** (the desk is busy 80 % of the time).

**b)** L = ρ/(1 − ρ) = 0.8/0.2 = **4 customers**.

**c)** W = 1/(μ − λ) = 1/3 h, i.e. **W = 20 min**.

**d)** W_q = W − 1/μ = 20 min − 4 min = **16 min**.

**e)** For M/M/1, Pₙ = (1 − ρ)ρⁿ, so

$$ (P_0, P_1, P_2) = (0.2,\ 0.16,\ 0.128) $$

## Exercise 3.2 (M/M/2)

Offered load a = λ/μ = 10/6 = 5/3, per-server utilization ρ = a/c = 5/6.

**a)** Using the Erlang-C normalisation""" + CITE + r""",

$$P_0 = \left[\sum_{n=0}^{c-1}\frac{a^n}{n!} + \frac{a^c}{c!}\right]^{-1} = \left[1 + \frac{5}{3} + \frac{25}{18}\right]^{-1} = \frac{18}{73}$$

So **P₀ = 18/73 ≈ 0.247**.

**b)** Then L_q = P₀ aᶜ ρ / (c!(1−ρ)²) ≈ 10.27 customers, and W_q = L_q/λ ≈ 1.027 h, so **W_q ≈ 61.6 min**.

## Exercise 3.3 (Little's law)

L = λW gives W = L/λ = 9/3 = 3 minutes. So it is either **(B)** 3 minutes or, if "3 per minute" is read as the time between arrivals, **(C)** 27 minutes — the wording is ambiguous.""")


def mm_export():
    other = Tree("b7d2e9f0-1c3a-47e8-8f00-0000000mm001", 1761000000.0)
    u = other.add(other.root, "user", text("Give me a 3-day gym split for beginners."), 3.0)
    a = other.add(u, "assistant", text("Day 1: push (bench, overhead press, triceps). Day 2: pull (rows, pulldowns, curls). Day 3: legs (squat, RDL, calves)."), 8.0)
    c_other = conversation("Beginner gym split", other, with_current=False)

    t = Tree("b7d2e9f0-1c3a-47e8-8f00-0000000mm002", 1761200000.0)
    s = t.add(t.root, "system", text(""), 0.0, hidden=True)
    u = t.add(s, "user", text(MM_PROBLEM), 12.0)
    t.add(u, "assistant", text(MM_OLD), 30.0)           # older regeneration (earlier create_time)
    t.add(u, "assistant", text(MM_NEW), 95.0)           # latest leaf -> graded branch
    c_mm = conversation("Queueing PS3", t, with_current=False)
    dump("queue-mm/transcripts/mm-chatgpt-export.json", [c_other, c_mm])


# ---------------------------------------------------------------- Claude export
ST_ATTACH = r"""CIVE 2200 Statics Assignment 6 Spring term
Assignment 6 — Beams, trusses and section properties
Take tension as positive for member forces. Use the usual beam sign convention: positive shear acts upward on the left face of a cut, positive moment causes sagging.
1. A simply supported beam AB of length 6 m has a pin at A (x = 0) and a roller at B (x = 6 m). It carries a uniformly distributed load of 4 kN/m over its whole length and a point load of 12 kN at x = 2 m.
(a) (3 points) Find the vertical support reactions (RA, RB) in kN.
(b) (2 points) Find the shear force V at x = 4 m.
(c) (2 points) Find the bending moment M at x = 4 m.
(d) (3 points) Find the maximum bending moment in the beam.
2. A triangular truss has joints A(0,0), B(6,0) and C(3,4) (metres), with a pin at A, a roller at B, and members AB, AC, BC. A load of 30 kN acts vertically downward at C.
(a) (3 points) Find the force in member AC (kN, tension positive).
(b) (2 points) Find the force in member AB (kN, tension positive).
3. A T-section consists of a flange 200 mm wide and 20 mm thick on top of a web 20 mm wide and 180 mm deep (overall depth 200 mm).
(a) (2 points) Locate the centroid: give ȳ measured from the bottom of the web, in mm to one decimal place.
(b) (3 points) Find the second moment of area Ix about the horizontal centroidal axis, in 10^6 mm^4 to three significant figures.
Page 1 of 1"""

ST_T1 = r"""I'll work through each question in turn.

## Question 1 — Simply supported beam

**(a) Reactions.** Total UDL = 4 × 6 = 24 kN acting at x = 3 m. Taking moments about A:

R_B · 6 = 12 · 2 + 24 · 3 = 96  ⇒  R_B = 16 kN, and R_A = 36 − 16 = 20 kN.

**(R_A, R_B) = (20, 16) kN**

**(b) Shear at x = 4 m.** Cutting at x = 4 and looking at the left segment:

V(4) = 20 − 4·4 − 12 = **−8 kN**

**(c) Moment at x = 4 m.**

M(4) = 20·4 − 12·(4 − 2) − 4·4²/2 = 80 − 24 − 32 = **24 kN·m**

**(d) Maximum moment.** For a simply supported beam with a mostly uniform load the peak is near midspan:

M(3) = 20·3 − 12·1 − 4·3²/2 = 60 − 12 − 18 = **30 kN·m**, so M_max = 30 kN·m."""

ST_T1B = r"""## Question 2 — Truss

Members AC and BC each have length 5 m (a 3-4-5 triangle), so sin θ = 4/5 and cos θ = 3/5. By symmetry R_A = R_B = 15 kN.

**(a)** At joint C: 2 F · (4/5) = 30 ⇒ F = 18.75 kN. So **F_AC = 18.75 kN**.

**(b)** At joint A, the horizontal component of AC must be balanced by AB: F_AB = 18.75 · 3/5 = **11.25 kN** (tension).

## Question 3 — T-section

From the calculation above:

**(a)** ȳ = 1 084 000 / 7 600 = **142.6 mm** from the bottom of the web.

**(b)** Adding each rectangle's own I and its parallel-axis term gives **I_x ≈ 28.8 × 10⁶ mm⁴**."""

ST_CODE = """A1, y1 = 200*20, 190
A2, y2 = 20*180, 90
yb = (A1*y1 + A2*y2)/(A1 + A2)
I = 200*20**3/12 + A1*(y1-yb)**2 + 20*180**3/12 + A2*(yb-y2)**2
print(yb, I)"""

ST_T2 = r"""Good catch — I wrote the magnitude without the sign. With tension taken as positive, AC pushes on joint C, so it is in **compression**:

**F_AC = −18.75 kN** (18.75 kN compressive).

F_AB = +11.25 kN (tension) is unchanged."""


def claude_msg(uuid, sender, t, blocks, attachments=None):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uuid,
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
    }


def tb(s):
    return {"type": "text", "text": s, "citations": []}


def st_export():
    other = {
        "uuid": "0c9d8e7f-0000-4000-8000-00000000st01",
        "name": "Cover letter tweaks",
        "created_at": "2026-03-01T09:12:00.000000Z",
        "updated_at": "2026-03-01T09:20:00.000000Z",
        "account": {"uuid": "acct-0001"},
        "chat_messages": [
            claude_msg("st01-m1", "human", "2026-03-01T09:12:00.000000Z", [tb("Can you make this opening line less stiff? 'I am writing to apply for the position of...'")]),
            claude_msg("st01-m2", "assistant", "2026-03-01T09:12:20.000000Z", [tb("Try: \"I'd love to bring my site-engineering experience to your bridge team.\"")]),
        ],
    }
    m1 = claude_msg("st02-m1", "human", "2026-03-03T20:41:00.000000Z",
                    [tb("Can you solve this assignment? Show the working please.")],
                    [{"file_name": "assignment6.pdf", "file_type": "pdf", "file_size": 48213,
                      "extracted_content": ST_ATTACH}])
    m2 = claude_msg("st02-m2", "assistant", "2026-03-03T20:41:30.000000Z", [
        {"type": "thinking", "thinking": "Beam: RB = (24+72)/6 = 16, RA = 20. V(4) = 20-16-12 = -8. M(4) = 24. Max moment probably at midspan, 30? Truss 3-4-5, F = 18.75. T-section: compute with the tool.", "summaries": []},
        tb(ST_T1),
        {"type": "tool_use", "name": "repl", "input": {"code": ST_CODE}},
        {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "142.63157894736841 28800701.754385963"}], "is_error": False},
        tb(ST_T1B),
    ])
    m3 = claude_msg("st02-m3", "human", "2026-03-03T20:47:10.000000Z",
                    [tb("For 2a the sheet says tension positive. Is AC really +18.75?")])
    m4 = claude_msg("st02-m4", "assistant", "2026-03-03T20:47:25.000000Z", [tb(ST_T2)])
    conv = {
        "uuid": "0c9d8e7f-0000-4000-8000-00000000st02",
        "name": "Statics assignment 6 help",
        "created_at": "2026-03-03T20:41:00.000000Z",
        "updated_at": "2026-03-03T20:47:25.000000Z",
        "account": {"uuid": "acct-0001"},
        "chat_messages": [m1, m2, m3, m4],
    }
    dump("statics-beams/transcripts/st-claude-export.json", [other, conv])


if __name__ == "__main__":
    pk_export()
    mm_export()
    st_export()
