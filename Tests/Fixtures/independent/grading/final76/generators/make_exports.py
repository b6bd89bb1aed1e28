#!/usr/bin/env python3
"""Deterministic generator for the data-export transcripts in final76.

Writes:
  s1-decibels/transcripts/chatgpt-export.json        ChatGPT conversations.json (current_node,
                                                      regenerated branch, thoughts + reasoning_recap,
                                                      python tool call, unrelated conversation)
  s2-stoichiometry/transcripts/chatgpt-export-nocurrent.json
                                                      ChatGPT export WITHOUT current_node
                                                      (graded branch = latest leaf), citation markers
  s3-composite-wall/transcripts/chatgpt-export.json  ChatGPT export, branch + follow-up turn
  s3-composite-wall/transcripts/claude-export.json   Claude export (thinking, tool_use/tool_result,
                                                      attachment, second unrelated conversation)

No randomness, no clock: ids are uuid5 of fixed names, times are fixed. Re-running gives
byte-identical files.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c7a52-2d0e-4b8e-9a57-0c5b8f3e7d11")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ----------------------------------------------------------------------------------------
# ChatGPT export helpers
# ----------------------------------------------------------------------------------------
class GPTConv:
    def __init__(self, key, title, t0, with_children=True):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.with_children = with_children
        self.n = 0
        root = uid(key, "root")
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        sysid = self.add(root, "system", {"content_type": "text", "parts": [""]},
                         hidden=True, dt=0)
        self.sys = sysid

    def add(self, parent, role, content, name=None, recipient="all", hidden=False, dt=None,
            end_turn=None, extra_meta=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        t = self.t0 + (self.n * 17 if dt is None else dt)
        meta = {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant":
            meta.update({"model_slug": "gpt-4o", "default_model_slug": "auto",
                         "parent_id": parent, "request_id": uid(self.key, "req", str(self.n))[:18]})
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t if role != "system" else None,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0 if not hidden else 0.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        node = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[nid] = node
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, parent, text, dt=None):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, dt=dt)

    def assistant(self, parent, text, dt=None):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]},
                        dt=dt, end_turn=True)

    def thoughts(self, parent, items, seconds, dt=None):
        a = self.add(parent, "assistant", {"content_type": "thoughts", "thoughts": [
            {"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
            "source_analysis_msg_id": uid(self.key, "src", str(self.n))}, dt=dt)
        return self.add(a, "assistant", {"content_type": "reasoning_recap",
                                         "content": f"Thought for {seconds} seconds"}, dt=dt)

    def code(self, parent, src, dt=None):
        return self.add(parent, "assistant", {"content_type": "code", "language": "unknown",
                                              "response_format_name": None, "text": src},
                        recipient="python", dt=dt)

    def output(self, parent, text, dt=None):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": text},
                        name="python", dt=dt)

    def to_json(self, current_node=None):
        mapping = self.mapping
        if not self.with_children:
            mapping = {k: {kk: vv for kk, vv in v.items() if kk != "children"}
                       for k, v in mapping.items()}
        times = [v["message"]["create_time"] for v in self.mapping.values()
                 if v["message"] and v["message"]["create_time"]]
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": mapping,
            "moderation_results": [],
        }
        if current_node is not None:
            conv["current_node"] = current_node
        conv.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "auto",
            "id": uid(self.key, "conv"),
        })
        return conv


# ----------------------------------------------------------------------------------------
# s1-decibels: ChatGPT export with current_node
# ----------------------------------------------------------------------------------------
S1_PROMPT = """Homework 7 (decibels). I0 = 1.0e-12 W/m^2, p0 = 20 µPa, treat sources as incoherent unless stated.

Problem 1 — A vacuum cleaner produces a sound intensity of 3.2 × 10⁻⁵ W/m² at the operator's ear.
(a) What is the sound intensity level in dB? Give two decimal places.
(b) A second, identical vacuum cleaner is switched on next to the first. What is the combined level at the same point? Give two decimal places.
(c) A hair dryer measures 92 dB at the ear. What is its intensity in W/m²? Give three significant figures.

Problem 2 — A small generator behaves as a point source radiating uniformly in free field. Its level is 88 dB at a distance of 4.0 m.
(a) What is the level at 32 m? Give two decimal places.
(b) At what distance (in m) does the level fall to 70 dB? Give two decimal places.
(c) How many identical generators, running together at the same spot, are needed to raise the level at a fixed point by 10 dB? (A) 2 (B) 3 (C) 10 (D) 20

Problem 3 — (a) A microphone records an rms sound pressure of 0.20 Pa. What is the sound pressure level in dB?
(b) True or false: doubling the rms sound pressure raises the sound pressure level by 3 dB."""

S1_OLD = """Here are the solutions.

**1(a)** L = 10 log₁₀(3.2×10⁻⁵/10⁻¹²) = **75.05 dB**

**1(b)** Two sources: L = 2 × 75.05 = **150.10 dB**

**1(c)** I = 10^(9.2 − 12) = **1.585 × 10⁻³ W/m²**

**2(a)** 88 − 20 log₁₀ 8 = **69.94 dB**

**2(b)** r = 4 × 10^(18/20) = **31.77 m**

**2(c)** **(C)**

**3(a)** **80 dB**

**3(b)** **False**"""

S1_CODE = """import math
I0=1e-12
L1a=10*math.log10(3.2e-5/I0)
L1b=10*math.log10(6.4e-5/I0)
I1c=I0*10**(92/10)
L2a=88-20*math.log10(32/4)
r2b=4*10**((88-70)/20)
print(round(L1a,4), round(L1b,4), I1c, round(L2a,4), r2b)"""

S1_OUT = "75.0515 78.0618 0.0015848931924611108 69.9382 31.773129388971263"

S1_NEW = """I checked the arithmetic numerically first; here is the full solution.

## Problem 1

**(a)** \\( L = 10\\log_{10}(I/I_0) = 10\\log_{10}(3.2\\times10^{7}) \\)

\\[ L_1 = 75.05\\ \\text{dB} \\]

**(b)** Identical incoherent sources add intensities, so the level goes up by \\(10\\log_{10}2 = 3.01\\) dB:

\\[ L = 78.06\\ \\text{dB} \\]

**(c)** \\( I = I_0\\,10^{L/10} = 10^{-12}\\cdot 10^{9.2} \\). The computation gives 0.0015849 W/m², which to the precision that matters here is

**I ≈ 1.6 × 10⁻³ W/m²**

## Problem 2

**(a)** Inverse-square law: \\(L_2 = L_1 - 20\\log_{10}(r_2/r_1) = 88 - 20\\log_{10}8 = 88 - 18.06\\)

\\[ L(32\\,\\text{m}) = 69.94\\ \\text{dB} \\]

**(b)** We need \\(20\\log_{10}(r/4.0) = 18\\), i.e. \\(r = 4.0\\times 10^{0.9}\\). Using \\(10^{0.9}\\approx 7.9\\):

\\[ r \\approx 31.60\\ \\text{m} \\]

**(c)** A 10 dB rise is a tenfold increase in intensity, so ten incoherent generators are needed: **(C)**.

## Problem 3

**(a)** \\( L_p = 20\\log_{10}(0.20/20\\times10^{-6}) = 20\\log_{10}(10^4) \\)

\\[ L_p = 80\\ \\text{dB} \\]

**(b)** Doubling any physical quantity corresponds to +3 dB (since \\(10\\log_{10}2 \\approx 3\\)), so the statement is **true**.

---

| Part | Answer |
|---|---|
| 1(a) | 75.05 dB |
| 1(b) | 78.06 dB |
| 1(c) | 1.6 × 10⁻³ W/m² |
| 2(a) | 69.94 dB |
| 2(b) | 31.60 m |
| 2(c) | C |
| 3(a) | 80 dB |
| 3(b) | True |"""


def s1_export():
    other = GPTConv("s1-other", "Noise-cancelling headphones", 1727800000.0)
    u = other.user(other.sys, "Are noise-cancelling headphones worth it for a loud open-plan office?")
    a = other.assistant(u, "Usually yes. Active noise cancellation is most effective against steady "
                           "low-frequency noise such as HVAC hum \ue200cite\ue202turn0search2\ue201; "
                           "speech is harder to cancel, so passive isolation matters too.")

    c = GPTConv("s1-main", "Decibel homework help", 1727962440.0)
    u1 = c.user(c.sys, S1_PROMPT)
    old = c.assistant(u1, S1_OLD)                          # first answer, later regenerated
    th = c.thoughts(u1, [("Checking logs", "Compute each level with log10; use python for accuracy."),
                         ("Rounding", "Report values to the requested precision.")], 9)
    cd = c.code(th, S1_CODE)
    out = c.output(cd, S1_OUT)
    new = c.assistant(out, S1_NEW)
    u2 = c.user(new, "thanks!! what would 1(b) be with three vacuum cleaners, just curious")
    a2 = c.assistant(u2, "With three identical vacuum cleaners the intensity triples, so the level rises "
                         "by 10·log₁₀3 ≈ 4.77 dB: 75.05 + 4.77 = **79.82 dB**. (For the homework, "
                         "1(b) is still the two-cleaner value from above.)")
    return [other.to_json(current_node=a), c.to_json(current_node=a2)]


# ----------------------------------------------------------------------------------------
# s2-stoichiometry: ChatGPT export WITHOUT current_node (graded = latest leaf)
# ----------------------------------------------------------------------------------------
S2_PROMPT = """CHEM 101 PS5. molar masses Al 26.98, Cl 35.45, C 12.011, H 1.008, O 15.999. 3 sig figs.

1. 2 Al + 3 Cl2 -> 2 AlCl3. 10.0 g Al mixed with 35.0 g Cl2.
 (a) moles of Al?
 (b) which reactant is limiting? (A) Al (B) Cl2 (C) neither
 (c) theoretical yield of AlCl3 in g
 (d) mass of excess reactant left over (g)
 (e) 38.5 g AlCl3 isolated, percent yield?
2. a C3H8 + b O2 -> c CO2 + d H2O
 (a) balance, give (a,b,c,d) smallest whole numbers
 (b) mass of CO2 from 22.0 g propane, excess O2
 (c) volume of O2 consumed in (b), molar volume 22.4 L/mol at STP"""

S2_FIRST = """**1(a)** n(Al) = 10.0 / 26.98 = 0.371 mol
**1(b)** Al needs 1.5 × 0.371 = 0.556 mol Cl₂ but only 0.494 mol is present, so **Al** is limiting.
**1(c)** 0.371 mol Al → 0.371 mol AlCl₃ × 133.33 = 49.4 g
…"""

S2_FINAL = """Sure — here's a cleaner full write-up.

### Problem 1

Molar masses: M(Cl₂) = 70.90 g/mol, M(AlCl₃) = 26.98 + 3(35.45) = 133.33 g/mol.

**(a)** n(Al) = 10.0 g ÷ 26.98 g/mol = **0.371 mol**

**(b)** n(Cl₂) = 35.0 ÷ 70.90 = 0.4937 mol. To react all the Al we would need (3/2)(0.3706) = 0.5560 mol Cl₂, which is more than we have. So **Cl₂ is limiting → (B)**.

**(c)** n(AlCl₃) = (2/3)(0.4937) = 0.3291 mol, and 0.3291 × 133.33 = 43.88 g.
Theoretical yield: **43.9 g AlCl₃**

**(d)** Al consumed = (2/3)(0.4937) = 0.3291 mol = 8.88 g, so Al left over = 10.0 − 8.88 ≈ **1.1 g**

**(e)** Percent yield = 38.5 / 43.88 × 100 = **87.7 %**

### Problem 2

**(a)** C₃H₈ + 5 O₂ → 3 CO₂ + 4 H₂O, so (a, b, c, d) = **(1, 5, 3, 4)**

**(b)** n(C₃H₈) = 22.0 / 44.097 = 0.4989 mol → n(CO₂) = 3 × 0.4989 = 1.4967 mol
m(CO₂) = 1.4967 × 44.009 = **65.9 g**

**(c)** n(O₂) = 5 × 0.4989 = 2.4945 mol. At STP that is 2.4945 × 22.4 = 55.9 L; using the modern IUPAC STP molar volume (22.7 L/mol) it is 56.6 L.
V(O₂) = **55.9 L or 56.6 L** depending on which STP convention your course uses.

---
The percent-yield formula and the STP conventions are summarised here \ue200cite\ue202turn0search1\ue201."""


def s2_export():
    other = GPTConv("s2-other", "Lab report formatting", 1728400000.0, with_children=False)
    u = other.user(other.sys, "How should I format significant figures in a lab report table?")
    other.assistant(u, "Keep the same number of decimal places within a column and state the "
                       "uncertainty in the header \ue200cite\ue202turn0search0\ue201.")

    c = GPTConv("s2-main", "Stoichiometry PS5", 1728512000.0, with_children=False)
    u1 = c.user(c.sys, S2_PROMPT)
    first = c.assistant(u1, S2_FIRST)
    u2 = c.user(first, "wait that doesn't look right for (b), I think Cl2 runs out first. can you redo everything carefully", dt=600)
    c.assistant(u2, "You're right, I mixed up the comparison. Let me redo it.\n\n" + S2_FINAL, dt=640)
    # an older regenerated reply to the same follow-up (earlier create_time, not the latest leaf)
    c.assistant(u2, "Apologies. Redoing: Cl₂ limiting, yield **43.9 g**, excess Al **1.12 g**, "
                    "percent yield **87.7 %**, (1,5,3,4), **65.9 g** CO₂, **55.9 L** O₂.", dt=620)
    return [c.to_json(), other.to_json()]


# ----------------------------------------------------------------------------------------
# s3-composite-wall: ChatGPT export with branch + follow-up
# ----------------------------------------------------------------------------------------
S3_PROMPT = """Heat transfer sheet 4, please help. 3 s.f. unless told otherwise.

Exercise 4.1 — wall area 12 m², inside→out: gypsum plaster 0.015 m (k 0.22), mineral wool 0.050 m (k 0.040), brick 0.200 m (k 0.72). Room 21 °C, h_i = 8 W/m²K; outdoors −4 °C, h_o = 25 W/m²K.
a) total resistance per unit area incl. air films (m²K/W)
b) U-value
c) heat loss through the wall (W)
d) temperature at the insulation/brick interface (°C)
e) largest temperature drop across which layer? A. plaster B. insulation C. brick

Exercise 4.2 — code requires U ≤ 0.30 W/m²K (air films included). Keep plaster and brick; min mineral wool thickness in mm, 1 d.p."""

S3_BRANCH_A = """Quick answers: R'' = 1.76 m²K/W, U = 0.568 W/m²K, Q = 170 W, T = 0.51 °C, B, 112.9 mm."""

S3_MAIN = """## Exercise 4.1

**a)** Add the series resistances per unit area:

$$R''_{tot} = \\frac{1}{8} + \\frac{0.015}{0.22} + \\frac{0.050}{0.040} + \\frac{0.200}{0.72} + \\frac{1}{25}$$
$$= 0.125 + 0.0682 + 1.250 + 0.2778 + 0.040 = 1.761\\ \\text{m}^2\\text{K/W}$$

**b)** $U = 1/R''_{tot} = 1/1.761$

$$U = 0.568\\ \\text{W/m}^2\\text{K}$$

**c)** The temperature difference driving the loss is $21 - 4 = 17$ K, so

$$\\dot Q = U A \\Delta T = 0.568 \\times 12 \\times 17 = 115.8\\ \\text{W}$$

**d)** The heat flux is the same through every layer: $q'' = (21-(-4))/1.761 = 14.20$ W/m². Walking in from the outdoor air:

$$T = -4 + 14.20\\,(0.040 + 0.2778) = 0.511\\ ^\\circ\\text{C}$$

**e)** The drop across a layer is $q''R''$, so it is largest where $R''$ is largest: the insulation (1.25 m²K/W). **Answer: B**

## Exercise 4.2

Required total resistance: $1/0.30 = 3.333$ m²K/W. Without the wool, the films, plaster and brick give $0.511$ m²K/W, so the wool must supply $2.822$ m²K/W:

$$L = 0.040 \\times 2.822 = 0.1129\\ \\text{m} = 112.9\\ \\text{mm}$$

If your course counts only the solid layers toward the U-value limit (films excluded), then $L = 0.040 \\times (3.333 - 0.346) = 119.5$ mm.

**Minimum thickness: 112.9 mm (or 119.5 mm without the air films).**"""

S3_FOLLOW_Q = """ok and there's an Exercise 4.3 too: a) steel plate k = 45, 8 mm thick, ΔT 3.0 K, heat flux? b) T/F at steady state the flux is the same through every layer of a plane composite wall in series"""

S3_FOLLOW_A = """For **4.3(b)**: **True** — with no heat generation or storage, energy conservation forces the same q'' through each layer in series; only the temperature drops differ.

For **4.3(a)**, could you double-check the thickness? "8 mm" for a steel plate with only a 3 K difference gives a very large flux, so I want to make sure it isn't 8 cm before I work it out."""


def s3_gpt_export():
    c = GPTConv("s3-gpt", "Composite wall heat loss", 1729700000.0)
    u1 = c.user(c.sys, S3_PROMPT)
    c.assistant(u1, S3_BRANCH_A)                            # regenerated away
    th = c.thoughts(u1, [("Series resistances", "Sum film + conduction resistances per area.")], 6)
    main = c.assistant(th, S3_MAIN)
    u2 = c.user(main, S3_FOLLOW_Q)
    a2 = c.assistant(u2, S3_FOLLOW_A)
    return [c.to_json(current_node=a2)]


# ----------------------------------------------------------------------------------------
# s3-composite-wall: Claude export
# ----------------------------------------------------------------------------------------
S3_ATTACH = """MECH 3320 Heat Transfer — Problem Sheet 4: Conduction through plane walls
Assume one-dimensional steady conduction, constant properties and no contact resistance. Report answers to three significant figures unless told otherwise.
Exercise 4.1
An external house wall has area A = 12 m2. From the inside outwards it consists of
Layer Thickness L (m) Conductivity k (W/m·K)
gypsum plaster 0.015 0.22
mineral-wool insulation 0.050 0.040
brick 0.200 0.72
The room air is at T∞,i = 21 °C with hi = 8 W/m2K; the outdoor air is at T∞,o = −4 °C with ho = 25 W/m2K.
a) Find the total thermal resistance per unit area R''tot in m2·K/W, air films included.
b) Find the overall heat-transfer coefficient (U-value) in W/m2·K.
c) Find the rate of heat loss through the whole wall, in W.
d) Find the temperature (°C) at the interface between the insulation and the brick.
e) Across which layer is the temperature drop largest? A. plaster B. insulation C. brick
Exercise 4.2
A new building code requires U ≤ 0.30 W/m2K for the wall of Exercise 4.1, air films included. Keeping the plaster and brick, what is the minimum thickness of mineral wool needed? Give the answer in millimetres to one decimal place.
Exercise 4.3
a) A steel plate (k = 45 W/m·K) is 8 mm thick and has a temperature difference of 3.0 K across it. What is the heat flux in W/m2?
b) True or false: at steady state the heat flux is the same through every layer of a"""

CL_CODE = """R = {'hi':1/8,'plaster':0.015/0.22,'wool':0.05/0.04,'brick':0.2/0.72,'ho':1/25}
Rt = sum(R.values()); q = 25/Rt
print(Rt, 1/Rt, q*12, q, -4+q*R['brick'])
print((1/0.30-(Rt-R['wool']))*0.04*1000, 45*3/0.008)"""

CL_OUT = """1.7609595959595958 0.5678722000745691 170.36166002237073 14.196805001864227 -0.05659390039574836
112.89494949494951 16875.0"""

CL_ANSWER = """I worked through the sheet from the attachment. All resistances are per unit area.

**Exercise 4.1**

**(a)** R''_tot = 1/h_i + L_p/k_p + L_w/k_w + L_b/k_b + 1/h_o = 0.125 + 0.0682 + 1.250 + 0.2778 + 0.040
R''_tot = **1.761 m²·K/W**

**(b)** U = 1/R''_tot = **0.568 W/m²·K**

**(c)** Q̇ = U·A·ΔT = 0.5679 × 12 × 25 = **170 W** (170.4 W before rounding)

**(d)** q'' = 25/1.761 = 14.20 W/m². Going inward from the brick's outer face, the interface is one brick layer in: T = −4 + 14.20 × 0.2778
T_interface ≈ **−0.057 °C**, i.e. essentially at freezing.

**(e)** The drop across each layer is q''·R'', so the mineral wool (R'' = 1.25) takes by far the largest share, about 17.7 K. **B. insulation**

**Exercise 4.2**

U ≤ 0.30 requires R''_tot ≥ 3.333 m²·K/W. The fixed parts sum to 0.511, so R''_wool ≥ 2.822 and L ≥ 2.822 × 0.040 m.

**L_min ≈ 1.13 mm**

**Exercise 4.3**

**(a)** q'' = k ΔT / L = 45 × 3.0 / 0.008 = **16,875 W/m²** (≈ 16.9 kW/m²)

**(b)** The statement in the attachment stops mid-sentence ("…the same through every layer of a"), so I can't be sure what is being asked. Could you paste the full statement for 4.3(b)?"""

CL_FIX = """You're right — I dropped a factor of 100 when converting. L = 2.822 × 0.040 = 0.11289 m, which is

**L_min = 112.9 mm**

Everything else above is unchanged."""


def claude_export():
    def msg(key, sender, t, blocks, attachments=()):
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        return {
            "uuid": uid("claude", key),
            "text": text,
            "content": blocks,
            "sender": sender,
            "created_at": t,
            "updated_at": t,
            "attachments": list(attachments),
            "files": [],
        }

    def tb(text, t):
        return {"start_timestamp": t, "stop_timestamp": t, "type": "text", "text": text,
                "citations": []}

    other = {
        "uuid": uid("claude", "conv-other"),
        "name": "U-values of windows",
        "created_at": "2024-10-20T18:02:11.000000Z",
        "updated_at": "2024-10-20T18:03:40.000000Z",
        "account": {"uuid": uid("claude", "account")},
        "chat_messages": [
            msg("o1", "human", "2024-10-20T18:02:11.000000Z",
                [tb("What's a typical U-value for triple glazing?", "2024-10-20T18:02:11.000000Z")]),
            msg("o2", "assistant", "2024-10-20T18:03:40.000000Z",
                [tb("Modern triple glazing is typically around 0.6–0.8 W/m²K for the whole "
                    "window, depending on the frame.", "2024-10-20T18:03:40.000000Z")]),
        ],
    }
    t1, t2, t3, t4 = ("2024-10-22T09:15:02.000000Z", "2024-10-22T09:16:45.000000Z",
                      "2024-10-22T09:21:30.000000Z", "2024-10-22T09:21:58.000000Z")
    main = {
        "uuid": uid("claude", "conv-main"),
        "name": "Heat transfer sheet 4",
        "created_at": t1,
        "updated_at": t4,
        "account": {"uuid": uid("claude", "account")},
        "chat_messages": [
            msg("m1", "human", t1, [tb("Can you solve everything on this sheet? Please show the steps.", t1)],
                attachments=[{"file_name": "sheet4.pdf", "file_size": 48213, "file_type": "pdf",
                              "extracted_content": S3_ATTACH}]),
            msg("m2", "assistant", t2, [
                {"start_timestamp": t2, "stop_timestamp": t2, "type": "thinking",
                 "thinking": "Series resistances. R = 0.125+0.068+1.25+0.278+0.04 = 1.761. "
                             "U = 0.568. Q = 0.568*12*25 = 170. Interface temperature: maybe 0.51? "
                             "Let me just compute in the tool.",
                 "summaries": [{"summary": "Summing the layer resistances."}],
                 "cut_off": False},
                {"start_timestamp": t2, "stop_timestamp": t2, "type": "tool_use", "name": "repl",
                 "input": {"code": CL_CODE}, "message": "Computing the wall numbers"},
                {"start_timestamp": t2, "stop_timestamp": t2, "type": "tool_result", "name": "repl",
                 "content": [{"type": "text", "text": CL_OUT}], "is_error": False},
                tb(CL_ANSWER, t2),
            ]),
            msg("m3", "human", t3, [tb("4.2 can't be 1.13 mm, that's thinner than the plaster??", t3)]),
            msg("m4", "assistant", t4, [tb(CL_FIX, t4)]),
        ],
    }
    return [other, main]


def write(rel, obj, ascii_only):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=ascii_only, indent=None if ascii_only else 2)
        f.write("\n")
    print("wrote", rel)


if __name__ == "__main__":
    write("s1-decibels/transcripts/chatgpt-export.json", s1_export(), ascii_only=True)
    write("s2-stoichiometry/transcripts/chatgpt-export-nocurrent.json", s2_export(), ascii_only=False)
    write("s3-composite-wall/transcripts/chatgpt-export.json", s3_gpt_export(), ascii_only=True)
    write("s3-composite-wall/transcripts/claude-export.json", claude_export(), ascii_only=False)
