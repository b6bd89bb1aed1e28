#!/usr/bin/env python3
"""Writes the ChatGPT and Claude data-export transcripts of this corpus.
Deterministic: fixed ids and timestamps, so re-running gives byte-identical files."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CIT = "\ue200cite\ue202turn0search1\ue201"   # private-use citation marker


def gpt_conversation(title, conv_id, t0, nodes, current=True):
    """nodes: list of dicts {id, parent, role, text|content, t, extra}; children derived."""
    mapping = {"client-created-root": {"id": "client-created-root", "message": None,
                                       "parent": None, "children": []}}
    for n in nodes:
        mapping[n["id"]] = {"id": n["id"], "message": None, "parent": n["parent"], "children": []}
    for n in nodes:
        mapping[n["parent"]]["children"].append(n["id"])
        content = n.get("content") or {"content_type": "text", "parts": [n["text"]]}
        msg = {"id": n["id"], "author": {"role": n["role"], "name": n.get("name"), "metadata": {}},
               "create_time": t0 + n["t"], "update_time": None, "content": content,
               "status": "finished_successfully", "end_turn": n.get("end_turn"),
               "weight": 1.0, "metadata": n.get("metadata", {}), "recipient": n.get("recipient", "all")}
        mapping[n["id"]]["message"] = msg
    conv = {"title": title, "create_time": t0, "update_time": t0 + max(n["t"] for n in nodes),
            "mapping": mapping, "conversation_id": conv_id, "id": conv_id,
            "default_model_slug": "gpt-4o"}
    if current:
        conv["current_node"] = current if isinstance(current, str) else nodes[-1]["id"]
    return conv


def write(path, data):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- orgchem: ChatGPT export
ORG_PROMPT = ("Problem set 3 (CHEM 2310). Atomic masses C 12.011, H 1.008, O 15.999, Br 79.904.\n"
              "1. 12.0 g acetic acid + 15.0 g ethanol -> ethyl acetate + water. (a) mol acetic acid "
              "(b) limiting reagent: A acetic acid, B ethanol, C neither (c) theoretical yield of ethyl "
              "acetate (g) (d) 13.2 g isolated: percent yield\n2. 0.2500 g ester -> 0.5683 g CO2 + 0.2326 g "
              "H2O. (a) mass of C, 4 s.f. (b) M about 116 g/mol: molecular formula\n3. 5.00 g cyclohexene, "
              "10.0% (w/v) Br2 in DCM. (a) volume of solution in mL (b) T/F: product M > 240 g/mol")
ORG_OLD = ("Quick answers:\n\n1(a) 0.200 mol\n1(b) **B** (ethanol)\n1(c) 28.7 g\n1(d) 46.0 %\n"
           "2(a) 0.1551 g\n2(b) C3H6O\n3(a) 97.3 mL\n3(b) True")
ORG_NEW = r"""## Problem 1

**(a)** $M(\mathrm{C_2H_4O_2}) = 60.052$ g/mol, so

\[ n = \frac{12.0}{60.052} = 0.1998\ \text{mol} \]

To three significant figures (truncating the trailing digits): **0.199 mol**.

**(b)** $n(\text{ethanol}) = 15.0/46.069 = 0.3256$ mol > 0.1998 mol, and the reaction is 1:1, so the acid runs out first. **(A) acetic acid** is limiting.

**(c)** Theoretical yield $= 0.19983 \times 88.106 = 17.61$ g, i.e.

\[ \boxed{17.6\ \text{g}} \]

**(d)** Percent yield $= 13.2/17.606 \times 100\% = \boxed{75.0\%}$

## Problem 2

**(a)** $m(\mathrm{C}) = 0.5683 \times \dfrac{12.011}{44.009} = \boxed{0.1551\ \text{g}}$

**(b)** $m(\mathrm{H}) = 0.2326 \times 2.016/18.015 = 0.02603$ g; $m(\mathrm{O}) = 0.2500 - 0.1551 - 0.0260 = 0.0689$ g.
Mole ratio C : H : O = 0.01291 : 0.02582 : 0.00431 = 3 : 6 : 1, so the empirical formula is C₃H₆O (58.08 g/mol); 116/58.08 ≈ 2.

**Molecular formula: C₆H₁₂O₂**

## Problem 3

**(a)** $n(\mathrm{Br_2}) = n(\mathrm{C_6H_{10}}) = 5.00/82.146 = 0.06087$ mol → 9.727 g of Br₂. A 10.0% (w/v) solution has 10.0 g of Br₂ per 100 mL = 1.00 g/mL, so

\[ V = 9.727 / 1.00 = 9.73\ \text{mL} \]

**(b)** $M(\mathrm{C_6H_{10}Br_2}) = 82.146 + 159.808 = 241.95$ g/mol > 240, so the statement is **true**."""
org_nodes = [
    {"id": "a1-sys", "parent": "client-created-root", "role": "system", "text": "", "t": 0,
     "metadata": {"is_visually_hidden_from_conversation": True}},
    {"id": "a1-u1", "parent": "a1-sys", "role": "user", "text": ORG_PROMPT, "t": 5},
    {"id": "a1-old", "parent": "a1-u1", "role": "assistant", "text": ORG_OLD, "t": 20, "end_turn": True},
    {"id": "a1-th", "parent": "a1-u1", "role": "assistant", "t": 300, "recipient": "all",
     "content": {"content_type": "thoughts", "thoughts": [
         {"summary": "Checking limiting reagent", "content": "Acid 0.1998 mol vs ethanol 0.3256 mol; maybe answer is 0.3256 mol for (a)? No, (a) asks acid."}],
         "source_analysis_msg_id": "x"}},
    {"id": "a1-rr", "parent": "a1-th", "role": "assistant", "t": 301,
     "content": {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}},
    {"id": "a1-new", "parent": "a1-rr", "role": "assistant", "text": ORG_NEW, "t": 330, "end_turn": True},
]
write("orgchem-stoich/transcripts/chatgpt-export.json",
      [gpt_conversation("Orgo PS3 stoichiometry", "6706c1aa-0b1e-8004-9c55-4b1b0a3f1e01",
                        1728400000.0, org_nodes, current="a1-new")])

# ---------------------------------------------------------------- orgchem: Claude export
ORG_ATTACH = open(os.path.join(ROOT, "orgchem-stoich/problems.tex"), encoding="utf-8").read()
ORG_CLAUDE = """I'll work through the problem set from your file.

**1(a)** M(CH₃COOH) = 60.052 g/mol → n = 12.0 / 60.052 = **0.200 mol**

**1(b)** n(EtOH) = 15.0 / 46.069 = 0.326 mol. With 1:1 stoichiometry the acid (0.200 mol) is consumed first → **(A)**

**1(c)** m(ethyl acetate) = 0.19983 mol × 88.106 g/mol = **17.6 g**

**1(d)** 13.2 / 17.606 = 0.7497 → **74.97 %**

**2(a)** Fraction of C in CO₂ = 12.011/44.009 = 0.27292, so m(C) = 0.5683 × 0.27292 = **0.1551 g**

**2(b)** m(H) = 0.02603 g, m(O) = 0.0689 g by difference. Moles C : H : O = 0.01291 : 0.02582 : 0.00431 = 3 : 6 : 1 → empirical formula C₃H₆O (58.08 g/mol). Since 116 / 58.08 = 2.0, the molecular formula is **C₆H₁₂O₂** (e.g. ethyl butanoate or butyl acetate).

**3(a)** n(Br₂) = 5.00 / 82.146 = 0.06087 mol → 9.727 g Br₂. At 10.0 g per 100 mL: V = **97.3 mL**

| Part | Answer |
|---|---|
| 1(a) | 0.200 mol |
| 1(b) | A |
| 1(c) | 17.6 g |
| 1(d) | 74.97 % |
| 2(a) | 0.1551 g |
| 2(b) | C₃H₆O |
| 3(a) | 97.3 mL |

I left 3(b) out since it's a quick check you can do from the molar masses above — happy to confirm if you want."""
claude_org = [{
    "uuid": "c0a1d7e2-1111-4c3e-9a10-000000000001", "name": "Orgo problem set 3",
    "created_at": "2025-10-08T18:02:11.000000Z", "updated_at": "2025-10-08T18:04:40.000000Z",
    "account": {"uuid": "acc-0001"},
    "chat_messages": [
        {"uuid": "m-0001", "sender": "human", "text": "Can you solve this pset? Full answers please.",
         "content": [{"type": "text", "text": "Can you solve this pset? Full answers please."}],
         "created_at": "2025-10-08T18:02:11.000000Z", "updated_at": "2025-10-08T18:02:11.000000Z",
         "attachments": [{"file_name": "ps3.tex", "file_size": len(ORG_ATTACH), "file_type": "text/x-tex",
                          "extracted_content": ORG_ATTACH}], "files": []},
        {"uuid": "m-0002", "sender": "assistant", "text": ORG_CLAUDE,
         "content": [{"type": "thinking", "thinking": "Empirical formula C3H6O, mass 58; 116/58 = 2 so C6H12O2. Product of bromination is C6H10Br2 = 241.95.",
                      "summaries": [{"summary": "Working through stoichiometry."}]},
                     {"type": "text", "text": ORG_CLAUDE}],
         "created_at": "2025-10-08T18:04:40.000000Z", "updated_at": "2025-10-08T18:04:40.000000Z",
         "attachments": [], "files": []},
    ]}]
write("orgchem-stoich/transcripts/claude-export.json", claude_org)

# ---------------------------------------------------------------- queueing: ChatGPT export with tool, citations, other conversations
Q_PROMPT = ("Exercises 4.1-4.3 from OR 341. 4.1 M/M/1, lambda=12/h, mu=15/h: a) rho b) L c) W (min) d) Wq (min). "
            "4.2 M/M/2, lambda=12/h, mu=8/h each: a) P0 exact b) Lq c) Wq in minutes (2 dp). "
            "4.3 smaller W? (A) M/M/1 mu=16 (B) the M/M/2 (C) same")
Q_CODE = ("lam, mu = 12, 15\nrho = lam/mu\nL = rho/(1-rho)\nW = 1/(mu-lam)*60\nWq = rho/(mu-lam)*60\n"
          "print(rho, L, W, Wq)")
Q_OUT = "0.8 4.000000000000001 20.0 15.999999999999998"
Q_ANS = f"""For the M/M/1 part I ran the standard formulas {CIT}:

**Exercise 4.1**
- (a) ρ = **0.8**
- (b) L = **4**
- (c) W = **20 min**
- (d) W_q = **16 min**

**Exercise 4.2** — two servers, a = λ/μ = 1.5, ρ = 0.75.

(a) P₀ = [1 + 1.5 + 1.5²/(2 · 0.25)]⁻¹ = **1/7**

(b) Using L_q = P₀ a^c / (c! (1 − ρ)) · ρ/(1 − ρ) … simplifying with a² = 2.25:

L_q = **2.25**

(c) W_q = L_q / λ = 2.25 / 12 h = 0.1875 h = **11.25 min**

Want me to set up Exercise 4.3 as well? I'd compare W for both systems with the same λ."""
q_nodes = [
    {"id": "b1-u1", "parent": "client-created-root", "role": "user", "text": Q_PROMPT, "t": 0},
    {"id": "b1-code", "parent": "b1-u1", "role": "assistant", "recipient": "python", "t": 8,
     "content": {"content_type": "code", "language": "unknown", "text": Q_CODE}},
    {"id": "b1-out", "parent": "b1-code", "role": "tool", "name": "python", "t": 9,
     "content": {"content_type": "execution_output", "text": Q_OUT},
     "metadata": {"aggregate_result": {"status": "success", "code": Q_CODE}}},
    {"id": "b1-ans", "parent": "b1-out", "role": "assistant", "text": Q_ANS, "t": 30, "end_turn": True},
]
other1 = gpt_conversation("Birthday gift ideas", "6702aaaa-0000-8004-aaaa-000000000001", 1727900000.0, [
    {"id": "o1-u", "parent": "client-created-root", "role": "user", "text": "gift ideas for my sister who likes climbing?", "t": 0},
    {"id": "o1-a", "parent": "o1-u", "role": "assistant", "text": "1. A chalk bag\n2. A guidebook\n3. Gym day passes (answer: any of these works!)", "t": 6}])
other2 = gpt_conversation("M/M/1 formulas recap", "6702bbbb-0000-8004-bbbb-000000000002", 1728000000.0, [
    {"id": "o2-u", "parent": "client-created-root", "role": "user", "text": "M/M/1 with lambda 10 mu 12, what's L?", "t": 0},
    {"id": "o2-a", "parent": "o2-u", "role": "assistant", "text": f"ρ = 10/12 = 0.833, so L = ρ/(1 − ρ) = **5** {CIT}.", "t": 5}])
graded = gpt_conversation("Week 4 queueing exercises", "6705cccc-0000-8004-cccc-000000000003",
                          1728300000.0, q_nodes, current="b1-ans")
write("queueing-mm/transcripts/conversations.json", [graded, other2, other1])

# ---------------------------------------------------------------- beam: ChatGPT export without current_node
B_PROMPT = ("HW5 beam statics. P1 simply supported AB, L = 6 m, w = 4 kN/m full span, P = 18 kN at 2 m from A. "
            "(a)(i) R_A (ii) R_B (b) max bending moment. P2 cantilever 3 m fixed at A, tip force F = (-6, -8) kN, "
            "EI = 2.0e4 kN m^2, x right, y up, CCW positive. (a) (H_A, V_A, M_A) (b) vertical tip deflection mm. "
            "P3 k = (EI/L)[[4,2],[2,4]], (a) EI=1, L=2 (b) T/F singular")
B_OLD = r"""**Problem 2(a)** Reactions oppose the applied force: $(H_A, V_A, M_A) = (6, 8, 24)$ — kN, kN, kN·m.

(The rest of the sheet is below in the next message.)"""
B_NEW = r"""### Problem 1
(a)(i) $\sum M_B = 0$: $6R_A = 18\cdot 4 + 24\cdot 3 = 144 \Rightarrow R_A = 24$ kN

(a)(ii) $R_B = 42 - 24 = 18$ kN

(b) The maximum moment in a simply supported beam is at midspan:
$$M(3) = 24(3) - 18(1) - \frac{4\cdot 3^2}{2} = 72 - 18 - 18 = 36\ \text{kN·m}$$
**M_max = 36 kN·m**

### Problem 2
(a) The reactions are equal to the applied loads: $H_A = -6$ kN, $V_A = -8$ kN, and the moment of the tip force about A is $3\times(-8) = -24$ kN·m, so
$$(H_A, V_A, M_A) = (-6,\ -8,\ -24)$$

(b) $\delta = \dfrac{P L^3}{3EI} = \dfrac{8\cdot 27}{6\times 10^4} = 3.6\times 10^{-3}$ m $= \mathbf{3.6\ mm}$

### Problem 3
(a) $\mathbf{k} = \frac12\begin{bmatrix}4&2\\2&4\end{bmatrix} = \begin{bmatrix}2&1\\1&2\end{bmatrix}$

(b) $\det\mathbf{k} = 3 \neq 0$ → **False**"""
b_nodes = [
    {"id": "c1-u1", "parent": "client-created-root", "role": "user", "text": B_PROMPT, "t": 0},
    {"id": "c1-old", "parent": "c1-u1", "role": "assistant", "text": B_OLD, "t": 15, "end_turn": True},
    {"id": "c1-new", "parent": "c1-u1", "role": "assistant", "text": B_NEW, "t": 95, "end_turn": True},
]
write("beam-statics/transcripts/export-no-current.json",
      [gpt_conversation("Beam statics HW5", "6707dddd-0000-8004-dddd-000000000004", 1728500000.0,
                        b_nodes, current=False)])

# ---------------------------------------------------------------- beam: Claude export with tool use
B_ATTACH = open(os.path.join(ROOT, "beam-statics/problems.tex"), encoding="utf-8").read()
B_C1 = "Let me check the bending moment diagram numerically first."
B_C2 = r"""Here are the solutions.

**Problem 1**

(a)(i) Moments about B: $6R_A = 18(4) + 24(3) = 144$, so $R_A = 24$ kN.

(a)(ii) $R_B = 18 + 24 - 24 = 18$ kN.

(b) Shear is zero at $x = 2$ m (just under the point load), giving $M = 24(2) - 2(2)^2 = 40$ kN·m there. Checking the sampled diagram, the largest value is about 48 kN·m, so I'll take

$$M_{\max} = 48\ \text{kN·m}$$

**Problem 2**

(a) $\Sigma F_x$: $H_A = 6$ kN; $\Sigma F_y$: $V_A = 8$ kN; $\Sigma M_A$: $M_A - 24 = 0 \Rightarrow M_A = 24$ kN·m.

$$(H_A, V_A, M_A) = (6,\ 8,\ 24)$$

(b) With the tip load magnitude $|F| = \sqrt{6^2 + 8^2} = 10$ kN:
$$\delta = \frac{10 \cdot 3^3}{3 \cdot 2.0\times10^4} = 4.5\times10^{-3}\ \text{m} = 4.5\ \text{mm}$$

**Problem 3**

(a) $\mathbf{k} = \begin{pmatrix}2 & 1\\ 1 & 2\end{pmatrix}$

(b) False — $\det\mathbf{k} = 3$.

| Part | Answer |
|---|---|
| 1(a)(i) | 24 kN |
| 1(a)(ii) | 18 kN |
| 1(b) | 40 kN·m |
| 2(a) | (6, 8, 24) |
| 2(b) | 4.5 mm |
| 3(a) | [[2,1],[1,2]] |
| 3(b) | False |"""
claude_beam = [
    {"uuid": "c0b2e8f3-2222-4c3e-9a10-000000000002", "name": "Cooking rice ratios",
     "created_at": "2025-11-01T10:00:00.000000Z", "updated_at": "2025-11-01T10:01:00.000000Z",
     "account": {"uuid": "acc-0001"},
     "chat_messages": [
         {"uuid": "r-1", "sender": "human", "text": "water to rice ratio for basmati?",
          "content": [{"type": "text", "text": "water to rice ratio for basmati?"}], "attachments": [], "files": [],
          "created_at": "2025-11-01T10:00:00.000000Z", "updated_at": "2025-11-01T10:00:00.000000Z"},
         {"uuid": "r-2", "sender": "assistant", "text": "About 1.5 : 1 by volume after rinsing.",
          "content": [{"type": "text", "text": "About 1.5 : 1 by volume after rinsing."}], "attachments": [], "files": [],
          "created_at": "2025-11-01T10:01:00.000000Z", "updated_at": "2025-11-01T10:01:00.000000Z"}]},
    {"uuid": "c0b2e8f3-3333-4c3e-9a10-000000000003", "name": "CE 2150 HW5 beams",
     "created_at": "2025-11-10T20:15:00.000000Z", "updated_at": "2025-11-10T20:17:30.000000Z",
     "account": {"uuid": "acc-0001"},
     "chat_messages": [
         {"uuid": "h-1", "sender": "human", "text": "Solve HW5 (attached), all parts.",
          "content": [{"type": "text", "text": "Solve HW5 (attached), all parts."}],
          "attachments": [{"file_name": "hw5.tex", "file_size": len(B_ATTACH), "file_type": "text/x-tex",
                           "extracted_content": B_ATTACH}], "files": [],
          "created_at": "2025-11-10T20:15:00.000000Z", "updated_at": "2025-11-10T20:15:00.000000Z"},
         {"uuid": "h-2", "sender": "assistant", "text": B_C1 + "\n\n" + B_C2,
          "content": [
              {"type": "thinking", "thinking": "R_A = 24, R_B = 18. M max at shear zero x=2: 40. Deflection 8 kN component gives 3.6 mm.",
               "summaries": [{"summary": "Solving beam reactions."}]},
              {"type": "text", "text": B_C1},
              {"type": "tool_use", "name": "repl", "input": {"code": "xs=[i/10 for i in range(61)]\nM=[24*x-2*x*x-18*max(x-2,0) for x in xs]\nprint(max(M))"}},
              {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "40.0"}], "is_error": False},
              {"type": "text", "text": B_C2}],
          "attachments": [], "files": [],
          "created_at": "2025-11-10T20:17:30.000000Z", "updated_at": "2025-11-10T20:17:30.000000Z"}]},
]
write("beam-statics/transcripts/claude-beam.json", claude_beam)
