#!/usr/bin/env python3
"""Writes the ChatGPT and Claude data-export transcripts of this corpus.

Deterministic: fixed ids and timestamps, sorted nothing, json.dumps with fixed options.
Re-running gives byte-identical files.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2))
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers

def msg(mid, role, t, content, name=None, recipient="all", hidden=False, end_turn=None):
    md = {}
    if hidden:
        md["is_visually_hidden_from_conversation"] = True
    if role == "assistant":
        md["model_slug"] = "gpt-4o"
    return {
        "id": mid,
        "author": {"role": role, "name": name, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": end_turn,
        "weight": 1.0,
        "metadata": md,
        "recipient": recipient,
        "channel": None,
    }


def text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def conversation(title, conv_id, t0, nodes, current_node=True, with_children=True):
    """nodes: list of (id, parent, message-or-None). The last node listed that is
    marked current (first element of nodes tuple list 'current') is current_node."""
    mapping = {}
    for nid, parent, m in nodes:
        mapping[nid] = {"id": nid, "message": m, "parent": parent, "children": []}
    for nid, parent, m in nodes:
        if parent is not None:
            mapping[parent]["children"].append(nid)
    if not with_children:
        for n in mapping.values():
            del n["children"]
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": max([m["create_time"] for _, _, m in nodes if m] + [t0]),
        "mapping": mapping,
        "moderation_results": [],
        "plugin_ids": None,
        "conversation_id": conv_id,
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "default_model_slug": "gpt-4o",
        "id": conv_id,
    }
    if current_node:
        conv["current_node"] = current_node
    return conv


def simple_conv(title, conv_id, t0, turns):
    nodes = [("root-" + conv_id[:8], None, None)]
    prev = nodes[0][0]
    for i, (role, body) in enumerate(turns):
        nid = "%s-%02d" % (conv_id[:8], i)
        nodes.append((nid, prev, msg(nid, role, t0 + 30 * (i + 1), text(body),
                                     end_turn=True if role == "assistant" else None)))
        prev = nid
    return conversation(title, conv_id, t0, nodes, current_node=prev)


SYS = "You are ChatGPT, a large language model trained by OpenAI."

# ================================================================ A1: em-exam ChatGPT export

EM_PROMPT = """Here is my E&M homework, please solve every part. Use k = 8.99×10^9 N m²/C², ε0 = 8.854×10^-12 F/m, μ0 = 4π×10^-7 T m/A and give 3 significant figures.

1. Point charges q1 = +3.0 μC and q2 = −5.0 μC sit on the x-axis, q1 at the origin and q2 at x = 0.40 m.
(a) [3] Find the magnitude of the electrostatic force between the charges, in newtons.
(b) [2] The force on q2 points (A) in the +x direction (B) in the −x direction (C) in the +y direction (D) nowhere: it is zero
(c) [4] Find the x-coordinate (in metres) of the point on the x-axis, at a finite distance, where the net electric field vanishes.

2. An air-filled parallel-plate capacitor has plate area 2.0×10^-3 m² and plate separation 0.50 mm.
(a) [2] Find its capacitance in picofarads.
(b) [2] The capacitor is connected to a 12 V battery. How much energy does it store, in nanojoules?
(c) [3] With the battery still connected, a slab of dielectric constant κ = 4 is slid in to fill the gap. By what factor does the stored energy change? (Give U_new/U_old.)

3. (a) [2] A long straight wire carries 20 A. Find the magnitude of the magnetic field 5.0 cm from the wire, in microtesla.
(b) [3] A flat coil of 100 turns and area 0.010 m² sits in a uniform field perpendicular to its plane. The field falls uniformly from 0.50 T to zero in 0.20 s. Find the magnitude of the induced emf, in volts."""

EM_OLD = r"""Here are the solutions.

**1(a)** $F = k\,|q_1 q_2|/r^2 = 8.99\times10^9 \cdot 15\times10^{-12} / 0.16 \approx 0.843$ N

**1(b)** Attraction, so the force on $q_2$ points toward $-x$: **B**

**1(c)** The field vanishes to the left of $q_1$, at $x \approx -1.37$ m.

**2(a)** $C = \varepsilon_0 A / d = 35.4$ pF

**2(b)** $U = \tfrac12 C V^2 = 2.55$ nJ

**2(c)** Battery connected → $V$ fixed, $C \to 4C$, so the energy is multiplied by **4**.

**3(a)** $B = \mu_0 I/(2\pi r) = 80\ \mu\text{T}$

**3(b)** $|\mathcal E| = N A\,\Delta B/\Delta t = 2.5$ V"""

EM_CODE = """import math
k = 8.99e9
q1, q2, d = 3.0e-6, -5.0e-6, 0.40
F = k*abs(q1*q2)/d**2
r = math.sqrt(abs(q2)/abs(q1))
x0 = -d/(r-1)          # null point left of q1
eps0 = 8.854e-12
C = eps0*2.0e-3/0.50e-3
U = 0.5*C*12**2
print(F, x0, C*1e12, U*1e9)"""

EM_OUT = "0.8428125 -1.3745966692414835 35.416 2.5499519999999997"

EM_NEW = r"""I checked the arithmetic with a quick script. Here's the full solution.

## Problem 1

**(a)** Coulomb's law:
$$
F = k\frac{|q_1 q_2|}{r^2} = (8.99\times10^{9})\frac{(3.0\times10^{-6})(5.0\times10^{-6})}{(0.40)^2} = 0.8428\ \text{N}
$$
**Answer:** $F \approx 0.843\ \text{N}$

**(b)** The charges have opposite signs, so they attract and $q_2$ is pulled toward the origin. **Answer: (B)**

**(c)** Between the charges the two fields point the same way, so they can't cancel there. On the far side of $q_2$ the larger charge always wins. The null point is therefore to the left of $q_1$, at $x=-d$:
$$
\frac{3.0}{d^2} = \frac{5.0}{(d+0.40)^2} \quad\Rightarrow\quad d = \frac{0.40}{\sqrt{5/3}-1} = 1.3746\ \text{m}
$$
**Answer:** $x \approx -1.37\ \text{m}$

## Problem 2

**(a)** $C = \dfrac{\varepsilon_0 A}{d} = \dfrac{(8.854\times10^{-12})(2.0\times10^{-3})}{0.50\times10^{-3}} = 3.5416\times10^{-11}\ \text{F}$, so **C ≈ 35.4 pF**.

**(b)** $U = \tfrac12 CV^2 = \tfrac12(3.5416\times10^{-11})(12)^2 = 2.5500\times10^{-9}\ \text{J}$, so **U ≈ 2.55 nJ**.

**(c)** Inserting the dielectric multiplies the capacitance by $\kappa$. Using $U = Q^2/(2C)$ with the charge on the plates unchanged,
$$
\frac{U_\text{new}}{U_\text{old}} = \frac{1}{\kappa} = \frac14
$$
**Answer:** the energy falls to **1/4** of its original value.

## Problem 3

**(a)** $B = \dfrac{\mu_0 I}{2\pi r} = \dfrac{(4\pi\times10^{-7})(20)}{2\pi(0.050)} = 8.0\times10^{-5}\ \text{T}$

**Answer:** $B = 0.08\ \mu\text{T}$

**(b)** Faraday's law: $|\mathcal{E}| = N\dfrac{\Delta\Phi}{\Delta t} = 100\cdot\dfrac{(0.010)(0.50)}{0.20}$

$$|\mathcal{E}| = 2.5\ \text{V}$$

| Part | Answer |
|---|---|
| 1(a) | 0.843 N |
| 1(b) | B |
| 1(c) | −1.37 m |
| 2(a) | 35.4 pF |
| 2(b) | 2.55 nJ |
| 2(c) | 1/4 |
| 3(a) | 0.08 μT |
| 3(b) | 2.5 V |"""


def em_export():
    c = "67d1a3c2-0e4f-8004-9a61-55b2c1e0f7a1"
    t0 = 1741815000.0
    nodes = [
        ("aaa1a001", None, None),
        ("aaa1a002", "aaa1a001", msg("aaa1a002", "system", t0, text(""), hidden=True)),
        ("aaa1a003", "aaa1a002", msg("aaa1a003", "user", t0 + 5, text(EM_PROMPT))),
        # first generation (regenerated away; not on the graded branch)
        ("aaa1a004", "aaa1a003", msg("aaa1a004", "assistant", t0 + 25, text(EM_OLD), end_turn=True)),
        # second generation: tool call, tool output, answer
        ("aaa1a005", "aaa1a003", msg("aaa1a005", "assistant", t0 + 140,
                                     {"content_type": "code", "language": "unknown", "text": EM_CODE},
                                     recipient="python")),
        ("aaa1a006", "aaa1a005", msg("aaa1a006", "tool", t0 + 142,
                                     {"content_type": "execution_output", "text": EM_OUT}, name="python")),
        ("aaa1a007", "aaa1a006", msg("aaa1a007", "assistant", t0 + 160, text(EM_NEW), end_turn=True)),
    ]
    conv = conversation("E&M HW5 – Coulomb, capacitors, induction", c, t0, nodes, current_node="aaa1a007")
    write("em-exam/transcripts/chatgpt-export.json", [conv])


# ================================================================ B1: orgchem ChatGPT export, no current_node

OC_PROMPT = """CHEM 241 PS4 — please solve. Molar masses C 12.011, H 1.008, O 15.999 g/mol, masses to 3 s.f.

Exercise 4.1 — Fischer esterification
CH3COOH + C2H5OH ⇌ CH3COOC2H5 + H2O
A student mixes 12.0 g of acetic acid with 10.0 g of ethanol.
a. Which reagent is limiting? A. acetic acid B. ethanol C. neither — they are present in exactly stoichiometric amounts
b. Calculate the theoretical yield of ethyl acetate, in grams.
c. After work-up the student isolates 11.5 g of ethyl acetate. What is the percent yield?

Exercise 4.2 — Combustion analysis
A 0.2000 g sample of a neutral liquid containing only C, H and O is burned in excess oxygen, giving 0.3996 g of CO2 and 0.1636 g of H2O.
a. What mass of carbon (in mg) was in the sample?
b. Determine the empirical formula.
c. Mass spectrometry shows a molecular ion at m/z = 88. Give the molecular formula.

Exercise 4.3 — Bromine addition
How many millilitres of a 0.250 M solution of Br2 in CH2Cl2 are needed to react completely with 2.10 g of cyclohexene (C6H10)? Bromine adds 1 : 1 across the double bond. Give your answer to the nearest 0.1 mL."""

OC_A_OLD = r"""**4.1** a. B (ethanol) b. 19.1 g c. 60.2 %

**4.2** a. 109 mg b. C₂H₄O c. C₄H₈O₂

**4.3** n = 2.10/82.146 = 0.02556 mol → V = 0.02556/0.250 L = **102.3 mL**"""

OC_THOUGHTS = [
    {"summary": "Comparing moles of reagents",
     "content": "Acetic acid 60.052 g/mol → 0.1998 mol; ethanol 46.069 → 0.2171 mol. Acid is limiting. Yield 0.1998 × 88.106.",
     "finished": True},
    {"summary": "Checking the bromine volume",
     "content": "Cyclohexene... 6 C and 12 H? 84.16 g/mol. 2.10/84.16 = 0.02495 mol, /0.250 = 99.8 mL. Hmm, or 102 if 82.15.",
     "finished": True},
]

OC_A_NEW = r"""### Exercise 4.1

First convert to moles (1 : 1 stoichiometry):

- acetic acid: 12.0 g ÷ 60.052 g/mol = 0.1998 mol
- ethanol: 10.0 g ÷ 46.069 g/mol = 0.2171 mol

**a.** Acetic acid is used up first, so the limiting reagent is **A (acetic acid)**.

**b.** Theoretical yield = 0.1998 mol × 88.106 g/mol = **17.6 g** of ethyl acetate.

**c.** Percent yield = 11.5 g ÷ 17.61 g × 100 = **65.3 %**.

### Exercise 4.2

**a.** Mass of C = 0.3996 g × 12.011/44.009 = 0.1091 g = **109 mg**

**b.** H: 0.1636 g × 2.016/18.015 = 0.01831 g → 0.01816 mol; C: 0.009080 mol; O: (0.2000 − 0.1091 − 0.0183) g = 0.0726 g → 0.004538 mol.
Dividing by the smallest (0.004538): C 2.00, H 4.00, O 1.00.
**Empirical formula: C₂H₄O**

**c.** Empirical mass 44.05 g/mol; 88/44.05 = 2, so the **molecular formula is C₄H₈O₂**.

### Exercise 4.3

Molar mass of cyclohexene = 6(12.011) + 12(1.008) = 84.162 g/mol
n = 2.10 g ÷ 84.162 g/mol = 0.02495 mol Br₂ needed (1 : 1)

V = n/c = 0.02495 mol ÷ 0.250 mol/L = 0.0998 L

**V = 99.8 mL**"""


def oc_chatgpt():
    c = "67c4e8b0-77aa-8007-b2d5-0a9f3e61c4d2"
    t0 = 1740924000.0
    nodes = [
        ("bbb1b001", None, None),
        ("bbb1b002", "bbb1b001", msg("bbb1b002", "user", t0 + 3, text(OC_PROMPT))),
        # first attempt
        ("bbb1b003", "bbb1b002", msg("bbb1b003", "assistant", t0 + 20, text(OC_A_OLD), end_turn=True)),
        # regenerated with reasoning
        ("bbb1b004", "bbb1b002", msg("bbb1b004", "assistant", t0 + 310,
                                     {"content_type": "thoughts", "thoughts": OC_THOUGHTS,
                                      "source_analysis_msg_id": "bbb1b004"})),
        ("bbb1b005", "bbb1b004", msg("bbb1b005", "assistant", t0 + 322,
                                     {"content_type": "reasoning_recap", "content": "Thought for 12 seconds"})),
        ("bbb1b006", "bbb1b005", msg("bbb1b006", "assistant", t0 + 340, text(OC_A_NEW), end_turn=True)),
    ]
    conv = conversation("Stoichiometry PS4", c, t0, nodes, current_node=None)
    write("orgchem-stoich/transcripts/chatgpt-no-current.json", [conv])


# ================================================================ B2: orgchem Claude export

OC_ATTACH = """CHEM 241 · Problem Set 4 — Reaction stoichiometry in organic synthesis
Use the molar masses C 12.011, H 1.008, O 15.999 g/mol. Report masses to three significant figures.
Exercise 4.1 — Fischer esterification
Acetic acid reacts with ethanol (acid catalyst) to give ethyl acetate and water: CH₃COOH + C₂H₅OH ⇌ CH₃COOC₂H₅ + H₂O
A student mixes 12.0 g of acetic acid with 10.0 g of ethanol.
a. Which reagent is limiting? A. acetic acid B. ethanol C. neither — they are present in exactly stoichiometric amounts
b. Calculate the theoretical yield of ethyl acetate, in grams.
c. After work-up the student isolates 11.5 g of ethyl acetate. What is the percent yield?
Exercise 4.2 — Combustion analysis
A 0.2000 g sample of a neutral liquid containing only C, H and O is burned in excess oxygen, giving 0.3996 g of CO₂ and 0.1636 g of H₂O.
a. What mass of carbon (in mg) was in the sample?
b. Determine the empirical formula.
c. Mass spectrometry shows a molecular ion at m/z = 88. Give the molecular formula.
Exercise 4.3 — Bromine addition
How many millilitres of a 0.250 M solution of Br₂ in CH₂Cl₂ are needed to react completely with 2.10 g of cyclohexene (C₆H₁₀)? Bromine adds 1 : 1 across the double bond. Give your answer to the nearest 0.1 mL."""

OC_CL_THINK = "The user attached PS4. Need moles for 4.1; acid 0.1998 vs ethanol 0.2171. Combustion: C 0.1091 g. Bromine volume: let me compute with the tool to be safe."

OC_CL_CODE = """const C = 12.011, H = 1.008, O = 15.999;
const ester = 4*C + 8*H + 2*O, acid = 2*C + 4*H + 2*O;
const y = 12.0/acid*ester;
const cyc = 6*C + 10*H;
console.log(y.toFixed(3), (11.5/y*100).toFixed(2), (2.10/cyc/0.250*1000).toFixed(2));"""

OC_CL_TEXT1 = """Here's the worked solution for Problem Set 4.

## Exercise 4.1

**a.** Moles of acetic acid = 12.0 / 60.052 = 0.1998 mol; moles of ethanol = 10.0 / 46.069 = 0.2171 mol. With 1 : 1 stoichiometry, acetic acid runs out first — **A**.

**b.** Theoretical yield = 0.2171 mol × 88.106 g/mol = 19.1 g — wait, that uses the ethanol moles, but acetic acid is the limiting reagent. Redoing it: 0.1998 mol × 88.106 g/mol = **17.6 g**.

**c.** Percent yield = 11.5 / 17.6 × 100 ≈ **65 %**."""

OC_CL_TEXT2 = """(The script confirms 17.606 g for the yield and 102.26 mL for 4.3.)

## Exercise 4.2

**a.** Carbon comes entirely from CO₂: 0.3996 g × (12.011 / 44.009) = 0.1091 g, i.e. **109.1 mg**.

**b.** Hydrogen: 0.1636 g × (2.016 / 18.015) = 0.0183 g. Oxygen by difference: 0.2000 − 0.1091 − 0.0183 = 0.0726 g.
Moles: C 0.00908, H 0.0182, O 0.00454 → ratio 2 : 4 : 1. Empirical formula: **C₂H₄O**.

**c.** C₂H₄O has a formula mass of 44.05, half of 88, so the molecular formula is **C₄H₈O₂**.

## Exercise 4.3

n(cyclohexene) = 2.10 g / 82.146 g/mol = 0.02556 mol, which needs 0.02556 mol Br₂.
V = 0.02556 mol / 0.250 M = 0.10226 L ≈ **102.3 mL**."""

OTHER_CL = [
    ("human", "Can you give me an outline for a 1500-word essay on Gothic cathedrals and light?"),
    ("assistant", "Sure — here's a five-part outline:\n\n1. Introduction: Abbot Suger and Saint-Denis (c. 1140)\n2. Structural innovations: pointed arches, rib vaults, flying buttresses\n3. Stained glass as theology of light\n4. Case studies: Chartres (1194–1220) and Sainte-Chapelle (1248)\n5. Conclusion: light as a unifying idea\n\nAim for roughly 300 words per section."),
]


def cl_msg(uuid, sender, ts, blocks, attachments=None):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uuid,
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": ts,
        "updated_at": ts,
        "attachments": attachments or [],
        "files": [],
    }


def tb(s, ts):
    return {"start_timestamp": ts, "stop_timestamp": ts, "type": "text", "text": s, "citations": []}


def oc_claude():
    other = {
        "uuid": "3b0f2a61-9d2c-4e55-8a10-6f7e1c2d9a01",
        "name": "Gothic cathedral essay outline",
        "created_at": "2025-02-27T19:02:11.402315Z",
        "updated_at": "2025-02-27T19:03:40.118204Z",
        "account": {"uuid": "a7d6c9e2-1111-4c3b-9e0a-5d4c3b2a1f00"},
        "chat_messages": [
            cl_msg("3b0f2a61-0001-4000-8000-000000000001", "human", "2025-02-27T19:02:11.402315Z",
                   [tb(OTHER_CL[0][1], "2025-02-27T19:02:11.402315Z")]),
            cl_msg("3b0f2a61-0001-4000-8000-000000000002", "assistant", "2025-02-27T19:03:40.118204Z",
                   [tb(OTHER_CL[1][1], "2025-02-27T19:03:40.118204Z")]),
        ],
    }
    ts1, ts2 = "2025-03-03T16:20:05.551902Z", "2025-03-03T16:21:12.904417Z"
    graded = {
        "uuid": "c81e4f0a-5a37-4b8e-9d2f-0e6a7b3c5d12",
        "name": "CHEM 241 PS4 stoichiometry",
        "created_at": ts1,
        "updated_at": ts2,
        "account": {"uuid": "a7d6c9e2-1111-4c3b-9e0a-5d4c3b2a1f00"},
        "chat_messages": [
            cl_msg("c81e4f0a-0001-4000-8000-000000000001", "human", ts1,
                   [tb("Can you solve the attached problem set? Please show the steps.", ts1)],
                   attachments=[{"file_name": "chem241_ps4.md", "file_size": len(OC_ATTACH.encode()),
                                 "file_type": "text/markdown", "extracted_content": OC_ATTACH}]),
            cl_msg("c81e4f0a-0001-4000-8000-000000000002", "assistant", ts2, [
                {"start_timestamp": ts2, "stop_timestamp": ts2, "type": "thinking",
                 "thinking": OC_CL_THINK, "summaries": [{"summary": "Working through stoichiometry."}],
                 "cut_off": False},
                tb(OC_CL_TEXT1, ts2),
                {"start_timestamp": ts2, "stop_timestamp": ts2, "type": "tool_use", "name": "repl",
                 "input": {"code": OC_CL_CODE}, "message": "Running calculation", "integration_name": None,
                 "context": None, "display_content": None},
                {"start_timestamp": ts2, "stop_timestamp": ts2, "type": "tool_result", "name": "repl",
                 "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"17.606 65.32 102.26\"]}",
                              "uuid": "0f1e2d3c-0000-4000-8000-000000000abc"}],
                 "is_error": False, "message": None, "display_content": None},
                tb(OC_CL_TEXT2, ts2),
            ]),
        ],
    }
    write("orgchem-stoich/transcripts/claude-export.json", [other, graded])


# ================================================================ C1: game theory ChatGPT export, several conversations

GT_PROMPT = """ECON 318 Problem Set 2 — please solve everything. Payoffs (row, column); fractions exact.

Problem 1. Game:
|   | L | R |
| U | (3, 3) | (0, 5) |
| D | (5, 0) | (1, 1) |
(a) Pure strategies. (i) Which profile is the unique pure-strategy Nash equilibrium? (A) (U, L) (B) (U, R) (C) (D, L) (D) (D, R)
(ii) What payoff vector do the players receive in that equilibrium?
(b) True or false: the profile (U, L) Pareto-dominates every Nash equilibrium of this game.

Problem 2. A zero-sum game has row-player payoffs A = [[3, -2], [-1, 1]], rows U, D and columns L, R; the column player receives -A.
(a) Mixed equilibrium. (i) Find the probability p with which the row player plays U. (ii) Find the probability q with which the column player plays L.
(b) What is the value of the game to the row player?
(c) True or false: this game has a pure-strategy Nash equilibrium.

Problem 3. Two firms with constant marginal cost c = 24 and no fixed cost compete in quantities (Cournot) facing inverse demand P = 120 − Q, where Q = q1 + q2. Find the Nash equilibrium market price."""

CITE = "\ue200cite\ue202turn0search2\ue201"

GT_C1 = ("""## Problem 1

**(a)(i)** D strictly dominates U (5 > 3, 1 > 0) and R strictly dominates L (5 > 3, 1 > 0), so iterated dominance leaves only (D, R). This is the classic prisoner's dilemma structure """ + CITE + """.

**Answer: (D)**

**(a)(ii)** Payoffs at (D, R): **(1, 1)**

**(b)** **True.** The only Nash equilibrium is (D, R) with (1, 1), and (U, L) gives (3, 3), strictly better for both players.

## Problem 2

For a 2×2 zero-sum game without a saddle point, the equilibrium mixes follow from the indifference conditions """ + CITE + """:

**(a)(i)** Row indifference: $5q - 2 = 1 - 2q$, which gives $p = \\frac{3}{7}$.

**(a)(ii)** Column indifference: $1 - 4p = 3p - 1$, which gives $q = \\frac{2}{7}$.

**(b)** Value $v = \\dfrac{ad - bc}{a - b - c + d} = \\dfrac{3 - 2}{3 + 2 + 1 + 1} = \\dfrac{1}{7}$

**(c)** **False** — maximin is −1 and minimax is 1, so there is no saddle point.

Want me to do Problem 3 (the Cournot one) as well? It takes a few more lines.""")

GT_OTHER1 = [
    ("user", "I have a recipe for 4 people that uses 300 g flour and 2 eggs. How much for 10 people?"),
    ("assistant", "Scale by 10/4 = 2.5: **750 g flour** and **5 eggs**."),
]
GT_OTHER2 = [
    ("user", "python: how do I get squares of even numbers from a list in one line?"),
    ("assistant", "```python\nsquares = [x * x for x in nums if x % 2 == 0]\n```\nFor `nums = [1, 2, 3, 4]` this gives `[4, 16]`."),
]


def gt_multi():
    convs = [
        simple_conv("Scaling a recipe", "67b90011-aaaa-8000-9000-00000000a001", 1739800000.0, GT_OTHER1),
        simple_conv("ECON 318 PS2 game theory", "67ba2b7e-4c1d-8000-b3e2-7d9f0a1b2c3d", 1739900000.0,
                    [("user", GT_PROMPT), ("assistant", GT_C1)]),
        simple_conv("List comprehension evens", "67bb0033-cccc-8000-9000-00000000c003", 1740000000.0, GT_OTHER2),
    ]
    write("game-theory/transcripts/chatgpt-multi.json", convs)


# ================================================================ C2: game theory ChatGPT export, edited prompt

GT_C2_OLD = """1(a)(i) (D) 1(a)(ii) (1,1) 1(b) True 2(a)(i) p = 2/7 2(a)(ii) q = 3/7 2(b) 1/7 2(c) False 3) P = 56"""

GT_C2_A1 = r"""**Problem 1**

(a)(i) Each player has a strictly dominant strategy (D for row, R for column), so the pure NE is (D, R) — **option D**.

(a)(ii) $(u_1, u_2) = (1, 1)$

(b) Before I answer (b): does your course define Pareto dominance weakly (everyone at least as well off, someone strictly better) or strictly (everyone strictly better)? Let me know which definition you use and I'll settle it.

**Problem 2**

(a)(i) Making the column player indifferent: $-3p + (1-p) = 2p - (1-p)$, so $p = 2/7$.

(a)(ii) Making the row player indifferent: $3q - 2(1-q) = -q + (1-q)$, so $q = 3/7$.

(b) The value is the column player's equilibrium payoff: $v = 3p - 1 = 6/7 - 1 = -1/7$.

(c) False. Checking all four cells, none is a best response for both players at once.

**Problem 3**

A firm facing the whole market would set $MR = 120 - 2Q = 24$, so $Q = 48$ and

$$P = 72$$"""

GT_C2_U2 = "for 2(b), the question asks for the value to the ROW player, isn't it positive?"

GT_C2_A2 = r"""You're right — I computed the column player's payoff by mistake. For the row player, with $q = 3/7$:

$$v = 3q - 2(1 - q) = 5q - 2 = \frac{15}{7} - 2$$

so the value of the game to the row player is $\boxed{\tfrac{1}{7}}$."""


def gt_edited():
    c = "67bc4d2f-9e8a-8003-a4b5-c6d7e8f90123"
    t0 = 1740100000.0
    nodes = [
        ("ccc2c001", None, None),
        ("ccc2c002", "ccc2c001", msg("ccc2c002", "system", t0, text(SYS), hidden=True)),
        # original prompt (later edited)
        ("ccc2c003", "ccc2c002", msg("ccc2c003", "user", t0 + 4, text("solve my game theory problem set, answers only\n\n" + GT_PROMPT))),
        ("ccc2c004", "ccc2c003", msg("ccc2c004", "assistant", t0 + 15, text(GT_C2_OLD), end_turn=True)),
        # edited prompt: graded branch
        ("ccc2c005", "ccc2c002", msg("ccc2c005", "user", t0 + 200, text("solve my game theory problem set with short explanations\n\n" + GT_PROMPT))),
        ("ccc2c006", "ccc2c005", msg("ccc2c006", "assistant", t0 + 230, text(GT_C2_A1), end_turn=True)),
        ("ccc2c007", "ccc2c006", msg("ccc2c007", "user", t0 + 600, text(GT_C2_U2))),
        ("ccc2c008", "ccc2c007", msg("ccc2c008", "assistant", t0 + 612, text(GT_C2_A2), end_turn=True)),
    ]
    conv = conversation("Game theory PS2", c, t0, nodes, current_node="ccc2c008")
    write("game-theory/transcripts/chatgpt-edited.json", [conv])


if __name__ == "__main__":
    em_export()
    oc_chatgpt()
    oc_claude()
    gt_multi()
    gt_edited()
