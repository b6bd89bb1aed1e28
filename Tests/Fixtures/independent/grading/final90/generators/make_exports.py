#!/usr/bin/env python3
"""Deterministic generator for the data-export transcripts of this corpus.

Writes:
  astro-parallax/transcripts/chatgpt_export_astro.json     (ChatGPT conversations.json, with current_node)
  epi-sir/transcripts/chatgpt_export_epi.json              (ChatGPT conversations.json, NO current_node)
  materials-elastic/transcripts/chatgpt_export_materials.json (ChatGPT conversations.json, with current_node)
  materials-elastic/transcripts/claude_export_materials.json  (Claude data export)

No randomness, no clock: every id and timestamp is fixed, so re-running gives identical bytes.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE_L, CITE_R = "\ue200", "\ue201"   # private-use citation markers


def nid(prefix, n):
    return f"{prefix}-{n:04d}-aaaa-4bbb-8ccc-{n:012d}"


class Conv:
    """Build a ChatGPT mapping tree."""

    def __init__(self, prefix, title, t0):
        self.prefix, self.title, self.t = prefix, title, t0
        self.n = 0
        self.mapping = {}
        root = self._new(None, None)
        self.root = root

    def _new(self, parent, message):
        self.n += 1
        i = nid(self.prefix, self.n)
        self.mapping[i] = {"id": i, "message": message, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(i)
        return i

    def add(self, parent, role, parts=None, content_type="text", dt=7.0, recipient="all", extra_content=None, metadata=None, name=None):
        self.t += dt
        content = {"content_type": content_type}
        if parts is not None:
            content["parts"] = parts
        if extra_content:
            content.update(extra_content)
        msg = {
            "id": None,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content_type == "text" else None,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
        }
        i = self._new(parent, msg)
        msg["id"] = i
        return i

    def export(self, current_node=True, leaf=None):
        d = {
            "title": self.title,
            "create_time": round(self.mapping[nid(self.prefix, 2)]["message"]["create_time"] - 1, 3),
            "update_time": round(self.t, 3),
            "mapping": self.mapping,
            "moderation_results": [],
            "plugin_ids": None,
            "conversation_id": nid(self.prefix, 0),
            "id": nid(self.prefix, 0),
        }
        if current_node:
            d["current_node"] = leaf
        return d


def system(c):
    return c.add(c.root, "system", [""], dt=0.0, metadata={"is_visually_hidden_from_conversation": True})


# ---------------------------------------------------------------- astro (ChatGPT, current_node)
ASTRO_Q = """Can you help me with my astronomy homework? Here it is:

1. A main-sequence star has a measured trigonometric parallax of p = 0.025" and an apparent visual magnitude of m = 8.5.
(a) What is the distance to the star in parsecs?
(b) Express this distance in light-years, to four significant figures.
(c) Compute the star's absolute magnitude M, to two decimal places.

2. Magnitudes and fluxes.
(a) Star 1 has m1 = 2.0 and star 2 has m2 = 7.0. Find the flux ratio F1/F2.
(b) A visual binary consists of two identical stars, each of apparent magnitude 4.0. What is the combined apparent magnitude of the unresolved pair? Give two decimal places.
(c) Which of the following stars appears brightest from Earth? (A) m = +1.2 (B) m = -0.5 (C) m = +0.03 (D) m = +5.0

3. A star has three times the radius of the Sun and half the Sun's effective temperature.
(a) Find its luminosity in units of the solar luminosity.
(b) True or false: if two stars have the same luminosity, the hotter star has the larger radius.

use 1 pc = 3.26156 ly"""

ASTRO_A_OLD = """Sure! Let's go through it.

**1(a)** d = 1/p = 1/0.025 = **40 pc**

**1(b)** 40 × 3.26156 = **130.5 ly**

**1(c)** M = m − 5 log₁₀(d/10) = 8.5 − 5 log₁₀(4) = **5.49**

**2(a)** F₁/F₂ = 10^{0.4·5} = **100**

**2(b)** m = 4.0 − 2.5 log₁₀ 2 = **3.25**

**2(c)** **(B)**

**3(a)** L/L☉ = 3² × (1/2)⁴ = **9/16**

**3(b)** **False**"""

ASTRO_A_NEW = f"""Here are worked solutions. The magnitude system is logarithmic {CITE_L}cite{CITE_R}turn0search2{CITE_L}, so I'll keep logs explicit.

## Problem 1

### (a)
The distance in parsecs is the reciprocal of the parallax in arcseconds:

$$d = \\frac{{1}}{{p}} = \\frac{{1}}{{0.025}} = 40\\ \\text{{pc}}$$

**Answer: 40 pc**

### (b)
$$d = 40 \\times 3.26156 = 130.4624\\ \\text{{ly}}$$

To four significant figures: **130.4 ly**

### (c)
Using the distance modulus $m - M = 5\\log_{{10}}(d/10\\,\\text{{pc}})$:

$$M = 8.5 - 5\\log_{{10}}(4) = 8.5 - 3.0103 = 5.4897$$

**M ≈ 5.49**

## Problem 2

### (a)
$$\\frac{{F_1}}{{F_2}} = 10^{{0.4(m_2 - m_1)}} = 10^{{0.4 \\times 5}} = 10^2 = 100$$

Star 1 is **100 times** brighter.

### (b)
Two identical stars give twice the flux, but magnitudes don't add linearly. Each star has m = 4.0, so the pair is half as bright per star... the combined magnitude is

$$m_{{\\text{{pair}}}} = \\frac{{4.0}}{{2}} = 2.0$$

**Combined magnitude: 2.0**

### (c)
Smaller (more negative) magnitude means brighter, so the answer is **(B)** m = −0.5.

## Problem 3

### (a)
From the Stefan–Boltzmann law $L = 4\\pi R^2 \\sigma T^4$:

$$\\frac{{L}}{{L_\\odot}} = \\left(\\frac{{R}}{{R_\\odot}}\\right)^2\\left(\\frac{{T}}{{T_\\odot}}\\right)^4 = 3^2 \\times \\left(\\tfrac12\\right)^4 = \\frac{{9}}{{16}}$$

So $L = \\tfrac{{9}}{{16}} L_\\odot \\approx 0.5625\\,L_\\odot$.

### (b)
**False.** At fixed L, R ∝ T⁻², so the hotter star is *smaller*."""

ASTRO_THOUGHTS = {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Parallax and magnitudes", "content": "d = 40 pc, 130.46 ly; combined magnitude of two equal stars is m - 2.5 log 2 = 3.25."},
    ],
    "source_analysis_msg_id": None,
}


def astro():
    c = Conv("a57r", "Astronomy HW 2 help", 1764861000.0)
    s = system(c)
    u = c.add(s, "user", [ASTRO_Q], dt=3.0)
    old = c.add(u, "assistant", [ASTRO_A_OLD], dt=20.0, metadata={"model_slug": "gpt-4o"})
    th = c.add(u, "assistant", None, content_type="thoughts", dt=60.0, extra_content={"thoughts": ASTRO_THOUGHTS["thoughts"], "source_analysis_msg_id": None}, metadata={"model_slug": "o3"})
    rr = c.add(th, "assistant", None, content_type="reasoning_recap", dt=1.0, extra_content={"content": "Thought for 14 seconds"}, metadata={"model_slug": "o3"})
    new = c.add(rr, "assistant", [ASTRO_A_NEW], dt=9.0, metadata={"model_slug": "o3"})
    u2 = c.add(new, "user", ["thanks!! is a parsec bigger than a light year?"], dt=120.0)
    a2 = c.add(u2, "assistant", ["Yes — one parsec is about 3.26 light-years, so a parsec is the bigger unit."], dt=5.0)
    main = c.export(current_node=True, leaf=a2)

    o = Conv("a57q", "Recipe scaling", 1764700000.0)
    s = system(o)
    u = o.add(s, "user", ["If a recipe for 4 needs 300 g flour how much for 10 people?"], dt=3.0)
    a = o.add(u, "assistant", ["Scale by 10/4 = 2.5: 300 g × 2.5 = **750 g** of flour."], dt=4.0)
    other = o.export(current_node=True, leaf=a)
    return [main, other]


# ---------------------------------------------------------------- epi (ChatGPT, no current_node)
EPI_Q = """Problem set 4, please solve all of it and show the work.

Question 1 — SIR model. N = 10000, beta = 0.3/day, gamma = 0.1/day.
(a) R0?
(b) mean infectious period in days?
(c) herd immunity threshold as an exact fraction
(d) S0 = 9990, I0 = 10, R0 = 0 (number recovered). One forward Euler step, dt = 1 day, report (S1, I1, R1) to 3 decimals.

Question 2 — wedding, 200 guests. Ate chicken: 48 ill, 72 not ill (120). Did not eat: 8 ill, 72 not ill (80).
(a) attack rate among those who ate chicken
(b) relative risk for eating chicken
(c) overall attack rate

Question 3 — R0 = 2, final size z = 1 - exp(-R0 z). Nonzero solution to 3 decimals."""

EPI_A_OLD = """**Q1**
(a) R₀ = β/γ = 3
(b) 10 days
(c) 2/3
(d) (9987.003, 11.997, 1.000)

**Q2**
(a) 40%
(b) RR = 0.40/0.10 = 4
(c) 28%

**Q3** z ≈ 0.797"""

EPI_A_NEW_1 = """Let's work through each question.

### Question 1

**(a)** For the SIR model the basic reproduction number is

$$R_0 = \\frac{\\beta}{\\gamma} = \\frac{0.3}{0.1} = 3.$$

**(b)** The infectious period is exponentially distributed with rate γ, so the mean is 1/γ = **10 days**.

**(c)** Herd immunity threshold: $1 - 1/R_0 = 1 - 1/3 = \\mathbf{2/3}$.

**(d)** The new infections in one day are

$$\\beta \\frac{S_0 I_0}{N}\\Delta t = 0.3 \\times \\frac{9990 \\times 10}{10000} = 2.997.$$

So S₁ = 9990 − 2.997 = 9987.003 and I₁ = 10 + 2.997 = 12.997, with nobody recovered yet:

$$(S_1, I_1, R_1) = (9987.003,\\ 12.997,\\ 0.000)$$

### Question 2

**(a)** Attack rate (exposed) = 48/120 = **0.40** (40%).

**(b)** The relative risk compares the odds in the two groups: (48/72)/(8/72) = 6, so **RR = 6.0**.

**(c)** Overall attack rate = (48 + 8)/200 = 56/200 = **0.28** (28%).

### Question 3

Let me solve this numerically."""

EPI_CODE = """import math
z = 0.5
for _ in range(100):
    z = 1 - math.exp(-2*z)
print(round(z, 6))"""

EPI_A_NEW_2 = """The fixed-point iteration converges to z = 0.796812.

**Answer to Question 3:** z ≈ **0.797**, i.e. about 79.7% of the population is eventually infected."""


def epi():
    c = Conv("e91d", "SIR model problem set", 1765030000.0)
    s = system(c)
    u = c.add(s, "user", [EPI_Q], dt=2.0)
    old = c.add(u, "assistant", [EPI_A_OLD], dt=15.0, metadata={"model_slug": "gpt-4o"})
    rr = c.add(u, "assistant", None, content_type="reasoning_recap", dt=40.0, extra_content={"content": "Thought for 8 seconds"}, metadata={"model_slug": "o4-mini"})
    a1 = c.add(rr, "assistant", [EPI_A_NEW_1], dt=6.0, metadata={"model_slug": "o4-mini"})
    code = c.add(a1, "assistant", None, content_type="code", dt=1.0, recipient="python", extra_content={"language": "unknown", "text": EPI_CODE, "response_format_name": None})
    out = c.add(code, "tool", None, content_type="execution_output", dt=1.5, name="python", extra_content={"text": "0.796812"})
    a2 = c.add(out, "assistant", [EPI_A_NEW_2], dt=2.0, metadata={"model_slug": "o4-mini"})
    main = c.export(current_node=False)
    # no current_node: the graded branch is the leaf with the latest create_time (a2)
    for node in main["mapping"].values():
        pass
    o = Conv("e91e", "Cover letter edits", 1764990000.0)
    s = system(o)
    u = o.add(s, "user", ["Make this sentence more formal: 'I really wanna work at your lab.'"], dt=2.0)
    a = o.add(u, "assistant", ["\"I am very keen to join your laboratory.\""], dt=3.0)
    other = o.export(current_node=False)
    return [other, main]


# ---------------------------------------------------------------- materials (ChatGPT, current_node)
MAT_Q = """Chapter 4 exercises (elastic deformation)

Exercise 4.1 A cylindrical steel rod of diameter 10 mm and length 2.0 m carries an axial tensile load of 25 kN. E = 200 GPa.
(a) engineering stress in MPa, 3 s.f.
(b) axial strain, 3 s.f.
(c) elongation in mm, 3 s.f.

Exercise 4.2 gauge length 50 mm, extends 0.12 mm at 210 MPa, elastic.
(a) (i) engineering strain? (ii) Young's modulus in GPa?
(b) True or false: Young's modulus depends on the cross-sectional area of the specimen.

Exercise 4.3 axial strain 0.0020, lateral strain -0.00066.
(a) Poisson's ratio
(b) Which has the highest Young's modulus? (A) aluminium (B) natural rubber (C) diamond (D) copper"""

MAT_A_OLD = """**4.1** (a) σ = 25 000 N / 78.54 mm² ≈ 318 MPa (b) ε ≈ 1.59 × 10⁻³ (c) ΔL ≈ 3.18 mm
**4.2** (a)(i) 0.0024 (ii) 87.5 GPa (b) False
**4.3** (a) 0.33 (b) C"""

MAT_A_NEW = f"""Sure — here's each exercise step by step.

**Exercise 4.1**

**(a)** Cross-sectional area with r = 10 mm:

A = πr² = π(10 mm)² = 314.16 mm²

σ = F/A = 25 000 N / 314.16 mm² = **79.6 MPa**

**(b)** ε = σ/E = 79.6 MPa / 200 000 MPa = **3.98 × 10⁻⁴**

**(c)** ΔL = εL = 3.98 × 10⁻⁴ × 2000 mm = **0.796 mm**

**Exercise 4.2**

**(a)(i)** ε = ΔL/L₀ = 0.12/50 = **0.0024**

**(a)(ii)** E = σ/ε = 210 MPa / 0.0024 = 87 500 MPa = **87.5 GPa**

**(b)** **False** — Young's modulus is an intrinsic material property {CITE_L}cite{CITE_R}turn1view0{CITE_L}; the area changes the stiffness of the *part* (k = EA/L), not E.

**Exercise 4.3**

**(a)** ν = −ε_lat/ε_axial = 0.00066/0.0020 = **0.33**

**(b)** Diamond, with E ≈ 1000 GPa, is by far the stiffest: **(C)**"""


def materials_chatgpt():
    c = Conv("m4e1", "Elastic deformation exercises", 1765100000.0)
    s = system(c)
    u = c.add(s, "user", [MAT_Q], dt=2.0)
    old = c.add(u, "assistant", [MAT_A_OLD], dt=10.0, metadata={"model_slug": "gpt-4o-mini"})
    new = c.add(u, "assistant", [MAT_A_NEW], dt=50.0, metadata={"model_slug": "gpt-4o"})
    u2 = c.add(new, "user", ["what would the stress be for an aluminium rod, same size?"], dt=90.0)
    a2 = c.add(u2, "assistant", ["The stress doesn't depend on the material — same load over the same area gives the same stress, 79.6 MPa. Only the strain and elongation change (aluminium has E ≈ 70 GPa)."], dt=4.0)
    return [c.export(current_node=True, leaf=a2)]


# ---------------------------------------------------------------- materials (Claude export)
PROBLEM_TEXT = MAT_Q.replace("Chapter 4 exercises (elastic deformation)\n\n", "MSE 2040 Chapter 4 Exercises: Elastic Deformation\n")

CL_THINK = "The rod: d = 10 mm so A = pi*25 = 78.54 mm^2. sigma = 318.3 MPa. strain 1.59e-3. Elongation 1.59e-3 * 2 m."

CL_A1 = """I'll work through the exercises from your PDF.

## Exercise 4.1

**(a)** The area is A = π(d/2)² = π(5 mm)² = 78.54 mm², so

σ = F/A = 25 000 N / 78.54 mm² = **318 MPa**

**(b)** ε = σ/E = 318.3 / 200 000 = **1.59 × 10⁻³**

**(c)** The elongation is ΔL = εL. With L = 2.0 m:

ΔL = 1.59 × 10⁻³ × 200 mm = **0.318 mm**

## Exercise 4.2

**(a)**
- (i) ε = 0.12 mm / 50 mm = **0.0024**
- (ii) E = 210 MPa / 0.0024 = 87 500 MPa, i.e. **E = 87.5 GPa**

## Exercise 4.3

**(a)** Poisson's ratio is the ratio of lateral to axial strain:

ν = ε_lat / ε_axial = −0.00066 / 0.0020 = **−0.33**

**(b)** Diamond has E ≈ 1050 GPa, far above the metals, so **(C)** — although if the question means stiffness per unit weight, aluminium **(A)** would be the usual textbook pick among the others. The answer is either (C) or (A) depending on that reading."""


def claude():
    conv = {
        "uuid": "c1a0de00-0000-4000-8000-000000000001",
        "name": "Chapter 4 elastic deformation exercises",
        "created_at": "2025-11-20T10:02:11.000000Z",
        "updated_at": "2025-11-20T10:04:40.000000Z",
        "account": {"uuid": "acc00000-0000-4000-8000-000000000000"},
        "chat_messages": [
            {
                "uuid": "c1a0de00-0000-4000-8000-0000000000a1",
                "text": "Can you solve these? PDF attached.",
                "content": [{"type": "text", "text": "Can you solve these? PDF attached."}],
                "sender": "human",
                "created_at": "2025-11-20T10:02:11.000000Z",
                "updated_at": "2025-11-20T10:02:11.000000Z",
                "attachments": [{"file_name": "ch4_exercises.pdf", "file_size": 2281, "file_type": "pdf", "extracted_content": PROBLEM_TEXT}],
                "files": [],
            },
            {
                "uuid": "c1a0de00-0000-4000-8000-0000000000a2",
                "text": CL_A1,
                "content": [
                    {"type": "thinking", "thinking": CL_THINK, "summaries": [{"summary": "Computing stress and strain."}]},
                    {"type": "tool_use", "name": "repl", "input": {"code": "const A = Math.PI*25; console.log(25000/A, 25000/A/200000)"}},
                    {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"318.3098861837907 0.0015915494309189533\"]}"}], "is_error": False},
                    {"type": "text", "text": CL_A1},
                ],
                "sender": "assistant",
                "created_at": "2025-11-20T10:02:40.000000Z",
                "updated_at": "2025-11-20T10:02:40.000000Z",
                "attachments": [],
                "files": [],
            },
            {
                "uuid": "c1a0de00-0000-4000-8000-0000000000a3",
                "text": "ok and what's the shear modulus if nu = 0.3 and E = 200 GPa?",
                "content": [{"type": "text", "text": "ok and what's the shear modulus if nu = 0.3 and E = 200 GPa?"}],
                "sender": "human",
                "created_at": "2025-11-20T10:04:10.000000Z",
                "updated_at": "2025-11-20T10:04:10.000000Z",
                "attachments": [],
                "files": [],
            },
            {
                "uuid": "c1a0de00-0000-4000-8000-0000000000a4",
                "text": "For an isotropic material G = E / (2(1 + ν)) = 200 / 2.6 ≈ 76.9 GPa.",
                "content": [{"type": "text", "text": "For an isotropic material G = E / (2(1 + ν)) = 200 / 2.6 ≈ 76.9 GPa."}],
                "sender": "assistant",
                "created_at": "2025-11-20T10:04:40.000000Z",
                "updated_at": "2025-11-20T10:04:40.000000Z",
                "attachments": [],
                "files": [],
            },
        ],
    }
    other = {
        "uuid": "c1a0de00-0000-4000-8000-000000000002",
        "name": "Birthday message for grandma",
        "created_at": "2025-11-18T08:00:00.000000Z",
        "updated_at": "2025-11-18T08:00:30.000000Z",
        "account": {"uuid": "acc00000-0000-4000-8000-000000000000"},
        "chat_messages": [
            {"uuid": "c1a0de00-0000-4000-8000-0000000000b1", "text": "short birthday message for my grandma turning 80", "content": [{"type": "text", "text": "short birthday message for my grandma turning 80"}], "sender": "human", "created_at": "2025-11-18T08:00:00.000000Z", "updated_at": "2025-11-18T08:00:00.000000Z", "attachments": [], "files": []},
            {"uuid": "c1a0de00-0000-4000-8000-0000000000b2", "text": "Happy 80th birthday, Grandma! Thank you for eight decades of love and stories.", "content": [{"type": "text", "text": "Happy 80th birthday, Grandma! Thank you for eight decades of love and stories."}], "sender": "assistant", "created_at": "2025-11-18T08:00:30.000000Z", "updated_at": "2025-11-18T08:00:30.000000Z", "attachments": [], "files": []},
        ],
    }
    return [other, conv]


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    write("astro-parallax/transcripts/chatgpt_export_astro.json", astro())
    write("epi-sir/transcripts/chatgpt_export_epi.json", epi())
    write("materials-elastic/transcripts/chatgpt_export_materials.json", materials_chatgpt())
    write("materials-elastic/transcripts/claude_export_materials.json", claude())
