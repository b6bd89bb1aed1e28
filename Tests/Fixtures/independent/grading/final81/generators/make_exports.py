#!/usr/bin/env python3
"""Deterministic generator for the chat-export transcripts of this corpus.

Writes (relative to the corpus root, i.e. the parent of generators/):
  chem-gas-stoich/transcripts/chatgpt-export.json        ChatGPT conversations.json, 2 conversations,
                                                         regenerated branch, thoughts + reasoning_recap
  stats-binomial-ci/transcripts/conversations.json       ChatGPT export, python tool call +
                                                         execution_output, citation markers, 2 conversations
  stats-binomial-ci/transcripts/claude-export.json       Claude export: thinking, tool_use/tool_result,
                                                         attachment with extracted_content, 2 conversations
  circuits-thevenin-rc/transcripts/chatgpt-no-current-node.json
                                                         ChatGPT export WITHOUT current_node; graded branch
                                                         is the leaf with the latest create_time
Re-running gives byte-identical files (no clocks, no randomness; ids are uuid5 of fixed names).
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c1d8e-3a53-4c55-9b0e-81aa00c0ffee")
CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def add(self, parent, role, content, dt, name=None, recipient="all", metadata=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": None,
        }
        p = parent or self.root
        self.mapping[nid] = {"id": nid, "message": msg, "parent": p, "children": []}
        self.mapping[p]["children"].append(nid)
        return nid

    def text(self, parent, role, s, dt, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, dt, **kw)

    def dump(self, current_node, last_dt):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.t0 + last_dt,
            "mapping": self.mapping,
            "moderation_results": [],
            "conversation_id": uid(self.key, "conv"),
            "id": uid(self.key, "conv"),
            "default_model_slug": "gpt-4o",
        }
        if current_node is not None:
            d["current_node"] = current_node
        return d


def write(rel, obj):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- chem (ChatGPT export)
CHEM_PASTE = """can you help me with my chem homework? here it is:

Problem 1. Propane burns according to C3H8(g) + 5 O2(g) → 3 CO2(g) + 4 H2O(l). A reaction vessel is charged with 22.0 g of propane and 64.0 g of oxygen.
(a) Which reactant is limiting? (A) C3H8 (B) O2 (C) neither
(b) What mass of CO2 (in grams) is produced if the reaction goes to completion?
(c) What mass (in grams) of the excess reactant remains?

Problem 2. A rigid 5.00 L steel tank contains N2 at 25.0 °C and 2.50 atm.
(a) How many moles of N2 are in the tank?
(b) The tank is heated to 125.0 °C. What is the new pressure, in atm?
(c) What is the density of the gas (g/L) at the original conditions?

Problem 3. 2 KClO3 → 2 KCl + 3 O2. A student decomposes 12.25 g of KClO3 completely.
(a) What volume (L) of O2 is produced at STP? Use 22.414 L/mol.
(b) The O2 is collected over water at 25.0 °C, total pressure 755 torr, vapour pressure of water 23.8 torr. What volume does the collected gas occupy?

R = 0.08206, molar masses C3H8 44.10, O2 32.00, CO2 44.01, N2 28.02, KClO3 122.55. 3 sig figs."""

CHEM_OLD = """Sure! Let's go problem by problem.

**Problem 1**

Moles of propane: 22.0 / 44.10 = 0.499 mol. Moles of O₂: 64.0 / 32.00 = 2.00 mol.

(a) Propane is the limiting reactant, so the answer is **(A)**.

(b) 0.499 mol × 3 × 44.01 g/mol = **65.9 g CO₂**

(c) Oxygen left: 2.00 − 5(0.499) → this is negative, so let me stop here and re-check which reactant is limiting before going further."""

CHEM_THOUGHTS = {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Checking limiting reagent",
         "content": "Propane 0.4989 mol would need 2.494 mol O2; only 2.000 mol O2, so O2 limits. CO2 = 1.200 mol."},
        {"summary": "Gas law parts",
         "content": "n = PV/RT = 12.5/(0.08206*298.15). Heating at constant volume: P2 = P1 T2/T1."},
    ],
    "source_analysis_msg_id": uid("chem", "analysis"),
}

CHEM_NEW = """Here's a full worked solution.

## Problem 1 — Propane combustion

Moles available:
- C₃H₈: 22.0 g ÷ 44.10 g/mol = 0.4989 mol
- O₂: 64.0 g ÷ 32.00 g/mol = 2.000 mol

Propane would need 5 × 0.4989 = 2.494 mol O₂, but only 2.000 mol is present.

**(a)** O₂ runs out first → **(B) O₂ is limiting.**

**(b)** CO₂ formed = 2.000 mol O₂ × (3/5) = 1.200 mol

$$m_{CO_2} = 1.200 \\times 44.01 = 52.8\\ \\text{g}$$

**(c)** Propane consumed = 2.000 × (1/5) = 0.4000 mol = 17.64 g, so propane left = 22.0 − 17.64 = **4.36 g C₃H₈**

## Problem 2 — Rigid tank

**(a)** $$n = \\frac{PV}{RT} = \\frac{(2.50)(5.00)}{(0.08206)(298.15)} = 0.511\\ \\text{mol}$$

**(b)** Constant volume, so P/T is constant:

P₂ = P₁ × T₂/T₁ = 2.50 atm × 125.0/25.0 = **12.5 atm**

**(c)** ρ = PM/(RT) = (2.50)(28.02)/((0.08206)(298.15)) = **2.86 g/L**

## Problem 3 — KClO₃

mol KClO₃ = 12.25 / 122.55 = 0.09996 mol → O₂ = 0.09996 × 3/2 = 0.1499 mol

**(a)** V = 0.1499 mol × 22.414 L/mol = **3.36 L**

**(b)** Using the ideal gas law at 25.0 °C and 755 torr (0.9934 atm):

V = nRT/P = (0.1499)(0.08206)(298.15)/0.9934 = **3.69 L**

Let me know if you want any step explained in more detail!"""

CHEM_FOLLOW_Q = "thanks!! what would 3a be if it was at 25 °C and 1 atm instead of STP?"
CHEM_FOLLOW_A = """At 25.0 °C and 1.000 atm you'd use the ideal gas law instead of 22.414 L/mol:

V = nRT/P = (0.1499)(0.08206)(298.15)/1.000 ≈ 3.67 L

So slightly larger than the 3.36 L at STP, as expected since the gas is warmer."""

OTHER_CONV_Q = "Can you make this sentence sound more professional: 'I am super keen to work at your lab because it is cool.'"
OTHER_CONV_A = "Here's a more professional version: \"I am very enthusiastic about joining your lab, as its research closely matches my interests in physical chemistry.\""


def chem_export():
    other = GPTConv("chem-other", "Cover letter wording", 1727000000.0)
    u = other.text(None, "user", OTHER_CONV_Q, 5.0)
    a = other.text(u, "assistant", OTHER_CONV_A, 9.0)
    c = GPTConv("chem", "Chem PS6 stoichiometry + gas laws", 1727100000.0)
    s = c.add(None, "system", {"content_type": "text", "parts": [""]}, 0.0,
              metadata={"is_visually_hidden_from_conversation": True})
    u1 = c.text(s, "user", CHEM_PASTE, 12.0)
    c.text(u1, "assistant", CHEM_OLD, 30.0)                      # regenerated away
    th = c.add(u1, "assistant", CHEM_THOUGHTS, 95.0)
    rr = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, 96.0)
    a2 = c.text(rr, "assistant", CHEM_NEW, 120.0)
    u2 = c.text(a2, "user", CHEM_FOLLOW_Q, 400.0)
    a3 = c.text(u2, "assistant", CHEM_FOLLOW_A, 410.0)
    write("chem-gas-stoich/transcripts/chatgpt-export.json",
          [other.dump(a, 9.0), c.dump(a3, 410.0)])


# ---------------------------------------------------------------- stats (ChatGPT export with python)
STATS_Q = """Stat homework 5, please give final answers rounded like it says (probabilities 4 dp, interval endpoints 2 dp).

Exercise 5.1 n = 12 items, each defective w.p. p = 0.1 independently, X = # defective.
(a) P(X = 2) (b) P(X ≥ 1) (c) Var(X)

Exercise 5.2 n = 16 batteries, mean 52.3 h, s = 4.8 h, normal.
(a) 95% CI for mu using t (b) estimated standard error of xbar (c) True or false: with the same data a 99% CI would be narrower than the 95% one.

Exercise 5.3 X ~ N(100, 15^2).
(a) P(X > 130)
(b) minimum sample size to estimate the mean within ±3 with 95% confidence, sigma = 15: (A) 96 (B) 97 (C) 98 (D) 385"""

STATS_CODE = """from math import comb, sqrt
from scipy import stats
p1 = comb(12,2)*0.1**2*0.9**10
p2 = 1-0.9**12
var = 12*0.1*0.9
se = 4.8/sqrt(16)
t = stats.t.ppf(0.975, 15)
ci = (52.3 - t*se, 52.3 + t*se)
print(round(p1,4), round(p2,4), var, se, round(t,4), [round(x,2) for x in ci])
print(2*(1-stats.norm.cdf(2)), (1.96*15/3)**2)"""

STATS_OUT = """0.2301 0.7176 1.08 1.2 2.1314 [49.74, 54.86]
0.04550026389635842 96.03999999999998"""

STATS_ANS = """I ran the numbers in Python to be safe. Here are the results:

### Exercise 5.1 (binomial, n = 12, p = 0.1)

- **(a)** P(X = 2) = C(12,2)(0.1)²(0.9)¹⁰ = 66 × 0.01 × 0.34868 = **0.2301**
- **(b)** P(X ≥ 1) = 1 − 0.9¹² = 1 − 0.2824 = **0.7176**
- **(c)** Var(X) = np(1 − p) = 12 × 0.1 × 0.9 = **1.08**

### Exercise 5.2 (t interval)

SE = s/√n = 4.8/4 = 1.2, and t₀.₀₂₅,₁₅ = 2.1314 (see any t-table """ + CITE_OPEN + "cite" + CITE_SEP + "turn0search2" + CITE_CLOSE + """).

- **(a)** 52.3 ± 2.1314 × 1.2 = 52.3 ± 2.56 → **(49.74, 54.86)** hours
- **(b)** **SE = 1.2 hours**
- **(c)** **False.** A 99% interval uses a larger critical value (t = 2.947), so it is *wider*, not narrower.

### Exercise 5.3 (normal)

- **(a)** z = (130 − 100)/15 = 2, so P(X > 130) = **0.0455**
- **(b)** n = (1.96 × 15 / 3)² = 96.04, so the answer is **(A) 96**.

| Part | Answer |
|---|---|
| 5.1a | 0.2301 |
| 5.1b | 0.7176 |
| 5.1c | 1.08 |
| 5.2a | (49.74, 54.86) |
| 5.2b | 1.2 |
| 5.2c | False |
| 5.3a | 0.0455 |
| 5.3b | A |"""

PASTA_Q = "I have a pasta recipe for 4 people using 350 g of spaghetti. How much for 7 people?"
PASTA_A = "Scale by 7/4: 350 g × 1.75 = 612.5 g, so about 610–615 g of spaghetti."


def stats_export():
    pasta = GPTConv("stats-pasta", "Scaling a pasta recipe", 1728000000.0)
    u = pasta.text(None, "user", PASTA_Q, 3.0)
    a = pasta.text(u, "assistant", PASTA_A, 7.0)
    c = GPTConv("stats", "STAT 2040 HW5", 1728100000.0)
    u1 = c.text(None, "user", STATS_Q, 10.0)
    pre = c.text(u1, "assistant", "Let me compute these exactly.", 20.0)
    code = c.add(pre, "assistant", {"content_type": "code", "language": "unknown", "text": STATS_CODE},
                 25.0, recipient="python")
    out = c.add(code, "tool", {"content_type": "execution_output", "text": STATS_OUT}, 31.0, name="python")
    fin = c.text(out, "assistant", STATS_ANS, 60.0,
                 metadata={"citations": [], "content_references": [
                     {"matched_text": CITE_OPEN + "cite" + CITE_SEP + "turn0search2" + CITE_CLOSE,
                      "type": "grouped_webpages", "items": [{"title": "Student t table", "url": "https://www.example.edu/ttable"}]}]})
    write("stats-binomial-ci/transcripts/conversations.json", [c.dump(fin, 60.0), pasta.dump(a, 7.0)])


# ---------------------------------------------------------------- stats (Claude export)
HW_EXTRACT = open(os.path.join(ROOT, "stats-binomial-ci", "problems.tex"), encoding="utf-8").read()


def cmsg(key, n, sender, t, blocks, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid(key, "msg", str(n)),
        "text": text,
        "content": [dict(b, start_timestamp=t, stop_timestamp=t) for b in blocks],
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": list(attachments),
        "files": [],
    }


CL_THINK = """The attachment is a LaTeX file. 5.1: binomial n=12, p=0.1. P(X=2)=66*0.01*0.9^10. 0.9^10 = 0.3487, so 0.2301. P(X>=1)=1-0.9^12=0.7176. Var = np(1-p) = 1.08; sd = 1.039.
5.2: SE = 1.2. t or z? They say t... margin 2.131*1.2=2.557 hmm. Let me just check with the tool."""

CL_TOOL_IN = {"code": "const t15 = 2.131; const se = 4.8/4;\nconsole.log(se, 52.3 - 1.96*se, 52.3 + 1.96*se, 1 - 0.9**12);"}
CL_TOOL_OUT = "1.2 49.948 54.652 0.7175704635189999"

CL_ANS1 = """I'll work through Exercises 5.1 and 5.2 from your attached homework, then 5.3(a).

## Exercise 5.1

**(a)** With X ~ Binomial(12, 0.1):

P(X = 2) = C(12, 2) · 0.1² · 0.9¹⁰ = 66 · 0.01 · 0.348678 ≈ **0.2301**

**(b)** The complement is "no defectives":

P(X ≥ 1) = 1 − 0.9¹² = 1 − 0.282430 = **0.7176**

**(c)** For a binomial, the spread is √(np(1−p)) = √1.08, so

Var(X) ≈ **1.04**

## Exercise 5.2

**(a)** The standard error is 4.8/√16 = 1.2. With the 95% critical value 1.96:

52.3 ± 1.96 × 1.2 = 52.3 ± 2.35

**95% CI: (49.95, 54.65) hours**

**(b)** Standard error of x̄ = s/√n = **1.2 hours**

**(c)** **False** — raising the confidence level to 99% increases the critical value, which makes the interval wider.

## Exercise 5.3

**(a)** z = (130 − 100)/15 = 2.00, and P(Z > 2) = 1 − 0.97725 = **0.0228**

That covers everything except 5.3(b). Want me to go through the sample-size question too?"""

CL_OTHER_Q = "what's a good name for a grey cat"
CL_OTHER_A = "A few ideas: Ash, Smokey, Pewter, Earl Grey, or Nimbus."


def claude_export():
    key = "claude-stats"
    att = {"file_name": "hw5.tex", "file_size": len(HW_EXTRACT.encode()), "file_type": "text/x-tex",
           "extracted_content": HW_EXTRACT}
    msgs = [
        cmsg(key, 1, "human", "2024-10-07T18:02:11.000000Z",
             [{"type": "text", "text": "Can you solve my stats homework (attached)? Give final numbers clearly please."}],
             attachments=[att]),
        cmsg(key, 2, "assistant", "2024-10-07T18:02:40.000000Z", [
            {"type": "thinking", "thinking": CL_THINK, "summaries": [{"summary": "Computing binomial and CI values"}]},
            {"type": "tool_use", "name": "repl", "input": CL_TOOL_IN},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": CL_TOOL_OUT}], "is_error": False},
            {"type": "text", "text": CL_ANS1},
        ]),
    ]
    conv = {"uuid": uid(key, "conv"), "name": "Stats HW5 binomial and confidence intervals",
            "created_at": "2024-10-07T18:02:11.000000Z", "updated_at": "2024-10-07T18:02:40.000000Z",
            "account": {"uuid": uid("account")}, "chat_messages": msgs}
    k2 = "claude-cat"
    other = {"uuid": uid(k2, "conv"), "name": "Cat names", "created_at": "2024-10-05T09:00:00.000000Z",
             "updated_at": "2024-10-05T09:00:20.000000Z", "account": {"uuid": uid("account")},
             "chat_messages": [
                 cmsg(k2, 1, "human", "2024-10-05T09:00:00.000000Z", [{"type": "text", "text": CL_OTHER_Q}]),
                 cmsg(k2, 2, "assistant", "2024-10-05T09:00:20.000000Z", [{"type": "text", "text": CL_OTHER_A}]),
             ]}
    write("stats-binomial-ci/transcripts/claude-export.json", [other, conv])


# ---------------------------------------------------------------- circuits (ChatGPT export, no current_node)
CIR_Q = """ECE hw 7. 
Q1: 12 V source in series with R1 = 4k to node A. R2 = 12k from A to ground, R3 = 3k from A to terminal a, b is ground.
 (a) Vth in volts (b) Rth in kOhm (c) load RL for max power transfer connected across a-b, power absorbed in mW?
Q2: 5 V source charges uncharged 47 uF cap through 10k, switch closes at t=0.
 (a) tau in s (b) at t = 1.0 s (i) vC in V, 3 s.f. (ii) current in mA, 3 s.f. (c) vC(t) for t >= 0, t in seconds
Q3: for the circuit of Q2, when does vC first reach 4.0 V (s, 3 s.f.)?"""

CIR_A_OLD = """**Q1**

(a) Voltage divider: V_th = 12 · 12/(4 + 12) = **9 V**

(b) Kill the source: R_th = (4 ∥ 12) + 3 = 3 + 3 = **6 kΩ**

(c) Max power when R_L = R_th = 6 kΩ: P = V_th²/(4R_th) = 81/(24 kΩ) = **3.375 mW**

**Q2**

(a) τ = RC = 10 kΩ × 47 µF = **0.47 s**

(b)(i) v_C(1) = 5(1 − e^{−1/0.47}) = **4.40 V**
(b)(ii) i(1) = (5/10k) e^{−1/0.47} = **0.0596 mA**

(c) v_C(t) = 5(1 − e^{−t/0.47}) V

**Q3** 4 = 5(1 − e^{−t/0.47}) → t = 0.47 ln 5 = **0.756 s**"""

CIR_RECAP = {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"}

CIR_A_NEW = """### Question 1 — Thévenin equivalent

**(a)** With terminals a–b open, no current flows in R₃, so V_th is the voltage across R₂:

V_th = 12 V × 12k/(4k + 12k) = **9 V**

**(b)** Short the source: R₁ ∥ R₂ = (4·12)/(4+12) = 3 kΩ, then add R₃ in series:

R_th = 3 + 3 = **6 kΩ**

**(c)** Maximum power transfer happens at R_L = R_th = 6 kΩ. Then

P = V_th²/R_th = 81/6000 = 0.0135 W = **13.5 mW**

### Question 2 — RC charging

**(a)** τ = RC = (10 × 10³)(47 × 10⁻⁶) = **0.47 s**

**(b)**
- (i) v_C(1.0) = 5(1 − e^{−1.0/0.47}) = 5(1 − 0.1191) = **4.04 V**
- (ii) i(1.0) = (5 V/10 kΩ)·e^{−1.0/0.47} = 0.5 mA × 0.1191 = **0.0596 mA**

**(c)** \\[ v_C(t) = 5\\left(1 - e^{-t/0.47}\\right)\\ \\text{V}, \\quad t \\ge 0 \\]

### Question 3

Set 5(1 − e^{−t/0.47}) = 4 ⇒ e^{−t/0.47} = 0.2 ⇒ t = 0.47 ln 5

\\[ t \\approx 0.756\\ \\text{s} \\]"""

CIR_FOLLOW_Q = "is the formula in 2c the same as 5 - 5e^(-t/0.47)? my TA wrote it that way"
CIR_FOLLOW_A = """Yes — those are identical. Distributing the 5 gives

5(1 − e^{−t/0.47}) = 5 − 5e^{−t/0.47}

so either form is fine for part 2(c)."""


def circuits_export():
    c = GPTConv("circ", "ECE HW7 Thevenin + RC", 1729200000.0)
    u1 = c.text(None, "user", CIR_Q, 5.0)
    c.text(u1, "assistant", CIR_A_OLD, 40.0)                  # older leaf (regenerated)
    rr = c.add(u1, "assistant", CIR_RECAP, 150.0)
    a2 = c.text(rr, "assistant", CIR_A_NEW, 170.0)
    u2 = c.text(a2, "user", CIR_FOLLOW_Q, 600.0)
    a3 = c.text(u2, "assistant", CIR_FOLLOW_A, 612.0)
    write("circuits-thevenin-rc/transcripts/chatgpt-no-current-node.json", [c.dump(None, 612.0)])


if __name__ == "__main__":
    chem_export()
    stats_export()
    claude_export()
    circuits_export()
