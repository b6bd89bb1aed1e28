#!/usr/bin/env python3
"""Deterministic generator for the data-export transcripts of this corpus.

Writes:
  stoich-yields/transcripts/chatgpt-conversations.json   ChatGPT export, current_node, regenerated branch,
                                                          thoughts + reasoning_recap nodes, citation markers,
                                                          an unrelated conversation
  three-phase-power/transcripts/conversations.json        ChatGPT export WITHOUT current_node, python tool call
                                                          with execution_output, regenerated branches
  hashing-birthday/transcripts/claude-export.json         Claude export, thinking/tool_use/tool_result blocks,
                                                          attachment with extracted_content, unrelated conversation
Re-running gives byte-identical files (fixed ids and timestamps, no randomness).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def write(rel, data):
    path = os.path.join(OUT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def msg(mid, role, t, parts=None, ctype="text", extra=None, recipient="all", meta=None):
    content = {"content_type": ctype}
    if parts is not None:
        content["parts"] = parts
    if extra:
        content.update(extra)
    return {
        "id": mid,
        "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": True if role == "assistant" and ctype == "text" else None,
        "weight": 1.0,
        "metadata": meta or {},
        "recipient": recipient,
        "channel": None,
    }


def build_mapping(nodes, with_children=True):
    """nodes: list of (id, parent, message-or-None)."""
    mapping = {}
    for nid, parent, m in nodes:
        mapping[nid] = {"id": nid, "message": m, "parent": parent}
        if with_children:
            mapping[nid]["children"] = []
    if with_children:
        for nid, parent, _ in nodes:
            if parent is not None:
                mapping[parent]["children"].append(nid)
    return mapping


# ---------------------------------------------------------------- ChatGPT, stoichiometry
T0 = 1739870000.0
U1 = """Help me with my chem problem set please, here are problems 1 and 2:

1. Propane burns according to C3H8 + 5 O2 -> 3 CO2 + 4 H2O. A sample of 22.0 g of propane is ignited with 64.0 g of oxygen.
(a) How many moles of propane are in the sample? Give three significant figures.
(b) Which reactant is limiting? (A) propane (B) oxygen (C) neither
(c) What is the theoretical yield of CO2, in grams (three significant figures)?
(d) If 45.0 g of CO2 is actually collected, what is the percent yield (three significant figures)?

2. Balance Fe2O3 + CO -> Fe + CO2 with the smallest whole-number coefficients and give them as a vector (Fe2O3, CO, Fe, CO2).

Atomic masses: C 12.011, H 1.008, O 15.999, N 14.007, Fe 55.845"""

A1_OLD = """Sure! Let's go step by step.

**1(a)** M(C₃H₈) = 44.097 g/mol, so n = 22.0 / 44.097 = **0.499 mol**.

**1(b)** Propane is limiting, since there is less of it by mass. **(A)**

**1(c)** 0.499 mol × 3 = 1.497 mol CO₂ → 1.497 × 44.009 = **65.9 g**

**1(d)** 45.0 / 65.9 × 100 = **68.3 %**

**2.** (1, 3, 2, 3)"""

A1_THOUGHTS = {
    "thoughts": [
        {"summary": "Checking the limiting reagent",
         "content": "Propane 0.4989 mol needs 2.494 mol O2 but only 2.000 mol O2 is present, so oxygen limits. Maybe 65.9 g? No, that assumes propane limits.",
         "finished": True}
    ],
    "source_analysis_msg_id": "b7c2a1d0-0000-4000-8000-000000000003",
}

A1 = """Here's the full working.

### Problem 1

**(a) Moles of propane**

M(C₃H₈) = 3(12.011) + 8(1.008) = 44.097 g/mol

n(C₃H₈) = 22.0 g ÷ 44.097 g/mol = 0.49890 mol ≈ **0.499 mol**

**(b) Limiting reactant**

n(O₂) = 64.0 ÷ 31.998 = 2.000 mol. Burning all the propane would need 5 × 0.4989 = 2.494 mol O₂, but only 2.000 mol is available, so **oxygen is limiting — answer (B)**.

(A common trap is to pick the reactant with the smaller mass; the mole ratio is what matters \ue200cite\ue202turn0search3\ue201.)

**(c) Theoretical yield of CO₂**

$$n(\\mathrm{CO_2}) = \\tfrac{3}{5}\\times 2.000 = 1.200\\ \\text{mol}$$

$$m(\\mathrm{CO_2}) = 1.200 \\times 44.009 = 52.81\\ \\text{g}$$

Theoretical yield: **52.8 g CO₂**

**(d) Percent yield**

percent yield = 45.0 / 52.81 × 100 = **85.2 %**

### Problem 2

Fe₂O₃ + 3 CO → 2 Fe + 3 CO₂

Coefficient vector: **(1, 3, 2, 3)**"""

U2 = """thanks!! now 3 and 4:

3. Ammonia is made by N2 + 3 H2 -> 2 NH3.
(a) What mass of H2 (in g, four significant figures) is consumed in producing 100.0 g of NH3?
(b) The plant runs at a 75.0 % yield. What mass of N2 (in g, four significant figures) must be fed in to actually obtain 100.0 g of NH3?

4. True or false: the limiting reactant is always the"""

A2 = """**Problem 3**

M(NH₃) = 14.007 + 3(1.008) = 17.031 g/mol, so 100.0 g NH₃ = 5.8717 mol.

(a) From the 3 : 2 ratio, n(H₂) = 1.5 × 5.8717 = 8.8075 mol.
m(H₂) = 8.8075 mol × 2.00 g/mol ≈ **17.62 g**

(b) With 75.0 % yield you must aim for 5.8717 / 0.750 = 7.8289 mol NH₃ theoretical, which needs 3.9145 mol N₂:
m(N₂) = 3.9145 × 28.014 = **109.7 g**

**Problem 4**

Your message seems to cut off mid-sentence ("the limiting reactant is always the…"). Could you paste the full statement so I can answer it?"""

OTHER_ID = "0b1e7d2c-5f3a-4c8e-9a21-cc0000000001"
other = {
    "title": "Cover letter opening line",
    "create_time": T0 - 86400,
    "update_time": T0 - 86000,
    "mapping": build_mapping([
        ("aaa10000-0000-4000-8000-000000000001", None, None),
        ("aaa10000-0000-4000-8000-000000000002", "aaa10000-0000-4000-8000-000000000001",
         msg("aaa10000-0000-4000-8000-000000000002", "user", T0 - 86390,
             ["Give me a strong first sentence for a lab-assistant cover letter."])),
        ("aaa10000-0000-4000-8000-000000000003", "aaa10000-0000-4000-8000-000000000002",
         msg("aaa10000-0000-4000-8000-000000000003", "assistant", T0 - 86380,
             ["\"After two semesters titrating, weighing and recording 50 g samples to 0.1 mg, I am ready to keep your lab running.\""])),
    ]),
    "current_node": "aaa10000-0000-4000-8000-000000000003",
    "conversation_id": OTHER_ID,
    "id": OTHER_ID,
    "default_model_slug": "gpt-4o",
}

P = "b7c2a1d0-0000-4000-8000-0000000000"
graded_nodes = [
    (P + "00", None, None),
    (P + "01", P + "00", msg(P + "01", "system", None, [""], meta={"is_visually_hidden_from_conversation": True})),
    (P + "02", P + "01", msg(P + "02", "user", T0 + 10, [U1])),
    (P + "10", P + "02", msg(P + "10", "assistant", T0 + 25, [A1_OLD])),
    (P + "03", P + "02", msg(P + "03", "assistant", T0 + 140, None, ctype="thoughts", extra=A1_THOUGHTS)),
    (P + "04", P + "03", msg(P + "04", "assistant", T0 + 141, None, ctype="reasoning_recap",
                               extra={"content": "Thought for 9 seconds"})),
    (P + "05", P + "04", msg(P + "05", "assistant", T0 + 150, [A1])),
    (P + "06", P + "05", msg(P + "06", "user", T0 + 400, [U2])),
    (P + "07", P + "06", msg(P + "07", "assistant", T0 + 420, [A2])),
]
graded = {
    "title": "Stoichiometry PS5",
    "create_time": T0,
    "update_time": T0 + 420,
    "mapping": build_mapping(graded_nodes),
    "current_node": P + "07",
    "conversation_id": "b7c2a1d0-conv-4000-8000-000000000000",
    "id": "b7c2a1d0-conv-4000-8000-000000000000",
    "default_model_slug": "o4-mini",
}
write("stoich-yields/transcripts/chatgpt-conversations.json", [graded, other])

# ---------------------------------------------------------------- ChatGPT, three-phase (no current_node)
T1 = 1741000000.0
Q = "c4d3e2f1-0000-4000-8000-0000000000"
V1 = """EE homework, problem 1:

A balanced three-phase source with a line-to-line voltage of 400 V supplies a balanced Y-connected load whose impedance per phase is Z = 8 + j6 Ω. All rms, f = 50 Hz.
(a) phase voltage magnitude (1 decimal)
(b) line current magnitude (2 decimals)
(c) total real power in W
(d) total apparent power in VA
(e)(i) total reactive power in var"""
B1 = """**Setup.** |Z| = √(8² + 6²) = 10 Ω, angle 36.87°, so pf = 0.8 lagging.

**(a)** V_ph = 400/√3 = **230.9 V**

**(b)** I_L = I_ph = 230.94 / 10 = **23.09 A**

**(c)** P = 3 I² R = 3 × 23.094² × 8 = **12 800 W**

**(d)** S = √3 · V_L · I_L = √3 × 400 × 23.094 = **16 000 VA**

**(e)(i)** Q = 3 I² X = 3 × 533.3 × 6 = **9 600 var** (inductive)"""
V2 = "(e)(ii): three Y-connected capacitors to bring pf to 1. capacitance per phase in µF, 1 decimal?"
B2_OLD = """Each capacitor must supply Q/3 = 3200 var.

C = Q_ph / (ω V_L²) = 3200 / (2π·50 · 400²) = 63.7 µF

**C ≈ 63.7 µF per phase**"""
B2_CODE = """import math
w = 2*math.pi*50
Vph = 400/math.sqrt(3)
C = 3200/(w*Vph**2)
print(C*1e6)"""
B2_OUT = "190.98593171027443\n"
B2 = """The capacitor on each phase sits across the **phase** voltage (Y connection), and must cancel one third of the 9 600 var, i.e. 3 200 var:

C = Q_ph / (ω V_ph²) = 3200 / (314.16 × 230.94²) = 1.9099 × 10⁻⁴ F

**C ≈ 191.0 µF per phase**"""
V3 = """last two:
2. The same three impedances are reconnected in delta across the same 400 V supply. Total real power in W?
3. Two-wattmeter method on a different balanced load reads W1 = 8.0 kW and W2 = 4.0 kW. Power factor to three decimals?"""
B3_OLD = """**2.** In delta each impedance sees the full 400 V: I_ph = 400/10 = 40 A, P = 3 × 40² × 8 = **38 400 W**.

**3.** tan φ = √3 (W1 − W2)/(W1 + W2) = 0.5774 → φ = 30°, pf = **0.866**"""
B3 = """**Problem 2.** Reconnecting in delta doesn't change the impedance per phase, and the voltage across each phase is still the phase value 230.9 V, so

P = 3 × (230.9² / 10²) × 8 = **12 800 W** (unchanged)

**Problem 3.** For the two-wattmeter method,

tan φ = √3 · (W₁ − W₂)/(W₁ + W₂) = √3 · 4/12 = 0.5774, so φ = 30.0°

Power factor = cos 30° = **0.866** (lagging if W₁ is the higher reading)."""
nodes3 = [
    (Q + "00", None, None),
    (Q + "01", Q + "00", msg(Q + "01", "user", T1 + 5, [V1])),
    (Q + "02", Q + "01", msg(Q + "02", "assistant", T1 + 30, [B1])),
    (Q + "03", Q + "02", msg(Q + "03", "user", T1 + 300, [V2])),
    (Q + "20", Q + "03", msg(Q + "20", "assistant", T1 + 320, [B2_OLD])),
    (Q + "04", Q + "03", msg(Q + "04", "assistant", T1 + 500, None, ctype="code",
                           extra={"language": "unknown", "text": B2_CODE}, recipient="python")),
    (Q + "05", Q + "04", msg(Q + "05", "tool", T1 + 502, None, ctype="execution_output",
                           extra={"text": B2_OUT})),
    (Q + "06", Q + "05", msg(Q + "06", "assistant", T1 + 510, [B2])),
    (Q + "07", Q + "06", msg(Q + "07", "user", T1 + 900, [V3])),
    (Q + "30", Q + "07", msg(Q + "30", "assistant", T1 + 930, [B3_OLD])),
    (Q + "08", Q + "07", msg(Q + "08", "assistant", T1 + 1100, [B3])),
]
conv3 = {
    "title": "Three-phase HW2",
    "create_time": T1,
    "update_time": T1 + 1100,
    "mapping": build_mapping(nodes3),
    "conversation_id": "c4d3e2f1-conv-4000-8000-000000000000",
    "id": "c4d3e2f1-conv-4000-8000-000000000000",
}
R = "d9e8f7a6-0000-4000-8000-0000000000"
conv3b = {
    "title": "Regex for ISO dates",
    "create_time": T1 - 5000,
    "update_time": T1 - 4900,
    "mapping": build_mapping([
        (R + "00", None, None),
        (R + "01", R + "00", msg(R + "01", "user", T1 - 4990, ["regex for 2025-03-02 style dates?"])),
        (R + "02", R + "01", msg(R + "02", "assistant", T1 - 4980, ["Use `^\\d{4}-\\d{2}-\\d{2}$` — for stricter months `^\\d{4}-(0[1-9]|1[0-2])-\\d{2}$`."])),
    ]),
    "conversation_id": "d9e8f7a6-conv-4000-8000-000000000000",
    "id": "d9e8f7a6-conv-4000-8000-000000000000",
}
write("three-phase-power/transcripts/conversations.json", [conv3b, conv3])

# ---------------------------------------------------------------- Claude, hashing
PROBLEM_TEXT = open(os.path.join(OUT, "hashing-birthday", "problems.md"), encoding="utf-8").read()
H_THINK = "k=50, m=1000. Pairs C(50,2)=1225, /1000 = 1.225. Exact needs a product, let me run it. sqrt(2 ln2 2^32) = 65536*1.17741 = 77162.7."
H_T1 = """## Exercise 3.1

**(a)** Each of the C(k,2) pairs collides with probability 1/m, so by linearity of expectation

E[#colliding pairs] = **k(k−1)/(2m)**

**(b)** With k = 50, m = 1000: 50·49/2000 = **1.225**

For (c) I'll compute the product directly."""
H_CODE = "p = 1.0\nfor i in range(50):\n    p *= 1 - i/1000\nprint(1 - p)\nimport math\nprint(1 - math.exp(-1.225))"
H_RES = "0.7122686568799875\n0.7062422996764672"
H_T2 = """**(c)** P(at least one collision) = 1 − ∏ᵢ₌₀⁴⁹ (1 − i/1000) = **0.712**

**(d)** 1 − e^(−1.225) = **0.706** — the approximation is a little low here.

## Exercise 3.2

k ≈ √(2 · 2³² · ln 2) = 65 536 × 1.17741 ≈ 77 162.7, so **k ≈ 77,163**.

## Exercise 3.3

**(a)** Bucket j is empty with probability (7/8)⁸ = 0.3436, so E[empty] = 8 × 0.3436 = **2.749**.

**(b)** The load of bucket 0 is Binomial(8, 1/8):
P(X = 2) = C(8,2) (1/8)² (7/8)⁷ = 28 × 0.015625 × 0.3927 = **0.172**

## Exercise 3.4

Collisions appear once k ~ √m, so the answer is **(B)**."""


def cm(uuid, sender, t, blocks, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uuid,
        "text": text,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
    }


def tb(text, t):
    return {"start_timestamp": t, "stop_timestamp": t, "type": "text", "text": text, "citations": []}


claude = [
    {
        "uuid": "5e0c1a2b-0000-4000-8000-000000000100",
        "name": "Sourdough hydration",
        "created_at": "2025-02-27T08:10:00.000000Z",
        "updated_at": "2025-02-27T08:12:00.000000Z",
        "account": {"uuid": "acc00000-0000-4000-8000-000000000000"},
        "chat_messages": [
            cm("5e0c1a2b-0000-4000-8000-000000000101", "human", "2025-02-27T08:10:00.000000Z",
               [tb("500 g flour at 75% hydration, how much water?", "2025-02-27T08:10:00.000000Z")]),
            cm("5e0c1a2b-0000-4000-8000-000000000102", "assistant", "2025-02-27T08:10:05.000000Z",
               [tb("75% of 500 g is **375 g** of water.", "2025-02-27T08:10:05.000000Z")]),
        ],
    },
    {
        "uuid": "7f3e9d10-0000-4000-8000-000000000200",
        "name": "Hashing HW3 — birthday bound",
        "created_at": "2025-03-03T19:40:00.000000Z",
        "updated_at": "2025-03-03T19:44:30.000000Z",
        "account": {"uuid": "acc00000-0000-4000-8000-000000000000"},
        "chat_messages": [
            cm("7f3e9d10-0000-4000-8000-000000000201", "human", "2025-03-03T19:40:00.000000Z",
               [tb("Can you work through the attached homework? Please show the computations.", "2025-03-03T19:40:00.000000Z")],
               attachments=[{"file_name": "hw3.md", "file_size": len(PROBLEM_TEXT.encode("utf-8")),
                             "file_type": "text/markdown", "extracted_content": PROBLEM_TEXT}]),
            cm("7f3e9d10-0000-4000-8000-000000000202", "assistant", "2025-03-03T19:40:20.000000Z", [
                {"start_timestamp": "2025-03-03T19:40:05.000000Z", "stop_timestamp": "2025-03-03T19:40:11.000000Z",
                 "type": "thinking", "thinking": H_THINK, "summaries": [{"summary": "Computing collision probabilities."}],
                 "cut_off": False},
                tb(H_T1, "2025-03-03T19:40:12.000000Z"),
                {"start_timestamp": "2025-03-03T19:40:13.000000Z", "stop_timestamp": "2025-03-03T19:40:13.000000Z",
                 "type": "tool_use", "name": "repl", "input": {"code": H_CODE}},
                {"start_timestamp": "2025-03-03T19:40:15.000000Z", "stop_timestamp": "2025-03-03T19:40:15.000000Z",
                 "type": "tool_result", "name": "repl", "is_error": False,
                 "content": [{"type": "text", "text": H_RES}]},
                tb(H_T2, "2025-03-03T19:40:20.000000Z"),
            ]),
        ],
    },
]
write("hashing-birthday/transcripts/claude-export.json", claude)
