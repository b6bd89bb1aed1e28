#!/usr/bin/env python3
"""Writes the ChatGPT / Claude data-export transcripts. Deterministic: re-running gives identical bytes."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dump(rel, obj):
    with open(os.path.join(ROOT, rel), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

# ---------------- ChatGPT helpers ----------------
class Tree:
    def __init__(self, conv_id, t0):
        self.mapping = {}; self.t = t0; self.cid = conv_id; self.n = 0
        self.root = self.add(None, None)
    def add(self, parent, message):
        self.n += 1
        nid = f"{self.cid}-n{self.n:02d}"
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        if parent:
            self.mapping[parent]["children"].append(nid)
        return nid
    def msg(self, parent, role, content, name=None, recipient="all", meta=None, dt=7):
        self.t += dt
        m = {"id": f"{self.cid}-m{self.n + 1:02d}", "author": {"role": role, "name": name, "metadata": {}},
             "create_time": self.t, "update_time": None, "content": content, "status": "finished_successfully",
             "end_turn": role == "assistant" or None, "weight": 1.0, "metadata": meta or {}, "recipient": recipient}
        return self.add(parent, m)
    def text(self, parent, role, s, **kw):
        return self.msg(parent, role, {"content_type": "text", "parts": [s]}, **kw)

def conv(title, tree, current, create, with_current=True):
    c = {"title": title, "create_time": create, "update_time": tree.t, "mapping": tree.mapping,
         "conversation_id": tree.cid, "id": tree.cid, "default_model_slug": "gpt-4o"}
    if with_current:
        c["current_node"] = current
    return c

# ============ regalloc: ChatGPT export with a regenerated branch and thoughts ============
RA_Q = """Compilers HW 6, register allocation.

1: a = ld [x]
2: b = ld [y]
3: c = a + b
4: d = c * a
5: e = b + 1
6: f = d - e
7: g = f + c
8: st [z], g

Q1 (a) # live after instr 4 (b) max live (c) # interference edges (d) degree of c (e) chromatic number (f) T/F two registers suffice without spilling
Q2 (a) spill cost of v: 1 def + 1 use outside loops, 2 uses at depth 1, cost = sum 10^depth (b) Chaitin spill choice among p (22, deg 4), q (9, deg 3), r (40, deg 8), s (12, deg 2): A p B q C r D s (c) cost/degree of r"""

RA_BAD = """Quick answers:

1. (a) 2 (b) 3 (c) 7 (d) 4 (e) 3 (f) False
2. (a) 22 (b) D (c) 5"""

RA_THOUGHT = "Liveness backwards. After 7: {g}. Is g live together with c? c used at 7... maybe edge c–g. Degree of c then 6? Check max live 3 or 4."

RA_GOOD = r"""## Problem 1

Backward liveness (live-out of each instruction):

| instr | live-out |
|---|---|
| 1 | a |
| 2 | a, b |
| 3 | a, b, c |
| 4 | b, c, d |
| 5 | c, d, e |
| 6 | c, f |
| 7 | g |

**(a)** After instruction 4 the live set is {b, c, d}: **3** variables.

**(b)** The maximum live-set size is **3**.

**(c)** Interference edges: a–b, a–c, b–c, b–d, c–d, c–e, d–e, c–f, and c–g because c is read by instruction 7 which defines g.

Total: **9 edges**

**(d)** c is adjacent to a, b, d, e, f and g, so deg(c) = **6**.

**(e)** The triangle a–b–c forces at least three colours and a 3-colouring exists, so χ = **3**.

**(f)** **False** — a triangle cannot be 2-coloured.

## Problem 2

**(a)** cost(v) = 10⁰ + 10⁰ + 10¹ + 10¹ = **22**

**(b)** cost/degree: p = 5.5, q = 3.0, r = 5.0, s = 6.0 → spill **q**, option **(B)**.

**(c)** r: 40 / 8 = **5**"""

t = Tree("ra", 1764790000)
sysn = t.msg(t.root, "system", {"content_type": "text", "parts": [""]}, meta={"is_visually_hidden_from_conversation": True})
u = t.text(sysn, "user", RA_Q)
bad = t.text(u, "assistant", RA_BAD)
th = t.msg(u, "assistant", {"content_type": "thoughts", "thoughts": [{"summary": "Liveness", "content": RA_THOUGHT}], "source_analysis_msg_id": "x"}, dt=60)
rr = t.msg(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"})
good = t.text(rr, "assistant", RA_GOOD)
dump("regalloc/transcripts/gpt-export.json", [conv("Register allocation HW6", t, good, 1764790000)])

# ============ titration: ChatGPT export, python tool, citations, unrelated conversation ============
E0, E1, E2 = "\ue200", "\ue201", "\ue202"
TI_Q = """PS9 titration. 25.00 mL of 0.100 M acetic acid (Ka = 1.8 × 10⁻⁵) titrated with 0.125 M NaOH.
a) V_NaOH at equivalence b) initial pH — solve the quadratic c) pH after 10.00 mL d) pH at equivalence e) pH after 25.00 mL f) indicator: (A) methyl orange (B) methyl red (C) phenolphthalein (D) alizarin yellow R
2a) 0.500 g KHP (204.22 g/mol) needs 24.35 mL NaOH → [NaOH] to 4 sig figs. 2b) T/F: equivalence pH of weak acid + strong base is exactly 7"""

TI_CODE = """from math import sqrt, log10
Ka=1.8e-5; Kw=1e-14
h=(-Ka+sqrt(Ka**2+4*Ka*0.1))/2
print(-log10(h))
Kb=Kw/Ka; C=2.5/45
oh=sqrt(Kb*C); print(14+log10(oh))
print(14+log10(0.625/50))
print(0.5/204.22/0.02435)"""
TI_OUT = "2.875292438728187\n8.744727494896694\n12.096910013008056\n0.10054823428906473"

TI_ANS = f"""I ran the numbers in Python to avoid rounding slips.

**1a)** 2.500 mmol acid ÷ 0.125 M = **20.00 mL** NaOH.

**1b)** Exact quadratic: [H⁺] = 1.333 × 10⁻³ M, so **pH = 2.88**.

**1c)** 10.00 mL is the half-equivalence point, where pH = pKₐ. Using the tabulated pKₐ of acetic acid {E0}cite{E2}turn0search1{E1}, **pH = 4.76**.

**1d)** Acetate at 0.0556 M after dilution to 45.00 mL: **pH = 8.74**.

**1e)** 0.625 mmol excess OH⁻ in 50.00 mL: **pH = 12.10**.

**1f)** **(C)** phenolphthalein — its 8.2–10.0 range contains the equivalence pH.

**2a)** [NaOH] = 0.500 / 204.22 / 0.02435 ≈ **0.10 M**

**2b)** **False.** The equivalence-point solution contains the conjugate base, so pH > 7."""

t = Tree("ti", 1770000000)
u = t.text(t.root, "user", TI_Q)
code = t.msg(u, "assistant", {"content_type": "code", "language": "python", "text": TI_CODE}, recipient="python")
out = t.msg(code, "tool", {"content_type": "execution_output", "text": TI_OUT}, name="python")
a = t.text(out, "assistant", TI_ANS)
ti = conv("Acetic acid titration PS9", t, a, 1770000000)

t2 = Tree("ot", 1769000000)
u2 = t2.text(t2.root, "user", "What's a good name for a lab notebook template?")
a2 = t2.text(u2, "assistant", "How about **\"Bench Log\"**? Answer: pH 7.00 is neutral at 25 °C, if you want a chemistry pun, try \"Neutral Ground\".")
other = conv("Lab notebook name", t2, a2, 1769000000)
dump("titration/transcripts/conversations.json", [ti, other])

# ============ markov: ChatGPT export WITHOUT current_node ============
MK_Q = """Markov mixing exercises. P = [[1/2,1/2,0],[1/4,1/2,1/4],[0,1/2,1/2]].
4.1 (a) stationary π (b) λ₂ (c) t_rel = 1/γ⋆ (absolute spectral gap)
4.2 μ₀ = (1,0,0): (a) μ₂ = μ₀P² (b) ‖μ₂ − π‖_TV
4.3 expected return time to state 2 starting from 2"""

MK_OLD = """**4.1** (a) π = (1/3, 1/3, 1/3) (b) λ₂ = 1/2 (c) t_rel = 2
**4.2** (a) μ₂ = (1/2, 1/2, 0) (b) TV = 1/6
**4.3** 3"""

MK_NEW = r"""### Exercise 4.1

**(a)** From πP = π: π(2) = 2π(1), π(3) = π(1), so

$$\pi = \left(\tfrac14, \tfrac12, \tfrac14\right)$$

**(b)** tr P = 3/2 and det P = 0, so the eigenvalues are 1, 1/2, 0 and $\lambda_2 = \tfrac12$.

**(c)** γ⋆ = 1 − 1/2 = 1/2, hence $t_{\mathrm{rel}} = 2$.

### Exercise 4.2

**(a)** μ₁ = (1/2, 1/2, 0), μ₂ = μ₁P = (3/8, 1/2, 1/8).

**(b)** The differences from π are 1/8, 0, −1/8, so

$$\|\mu_2-\pi\|_{TV} = \tfrac18 + 0 + \tfrac18 = \tfrac14$$

### Exercise 4.3

Kac's formula: E₂[T₂⁺] = 1/π(2) = 1/(1/4) = **4** steps."""

t = Tree("mk", 1771000000)
u = t.text(t.root, "user", MK_Q)
old = t.text(u, "assistant", MK_OLD)
rr = t.msg(u, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"}, dt=120)
new = t.text(rr, "assistant", MK_NEW)
dump("markov-mixing/transcripts/export-no-current.json", [conv("Lazy walk mixing exercises", t, None, 1771000000, with_current=False)])

# ---------------- Claude helpers ----------------
def cmsg(uuid, sender, ts, blocks, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {"uuid": uuid, "sender": sender, "created_at": ts, "updated_at": ts, "text": text,
            "content": blocks, "attachments": list(attachments), "files": []}
def tb(s): return {"type": "text", "text": s}

# ============ regalloc: Claude export with thinking and an attachment ============
RA_PDF = "CS 4410 Compilers Homework 6: Register Allocation\n1. Consider the straight-line code below ... (a) How many variables are live immediately after instruction 4? (b) ... (f) True or false: this code can be allocated to two registers without spilling.\n2. Spill costs ... (a) ... (b) (A) p (B) q (C) r (D) s (c) What is cost/degree for node r?"
RA_CL = """**Question 1**

Live-out sets (backwards): 1:{a} 2:{a,b} 3:{a,b,c} 4:{b,c,d} 5:{c,d,e} 6:{c,f} 7:{g}.

(a) **3** — b, c and d are live after instruction 4.

(b) The maximum number of simultaneously live variables is **3**.

(c) The interference graph has **8** edges: a–b, a–c, b–c, b–d, c–d, c–e, d–e, c–f.

(d) For the degree of c — should I count the store in line 8 as a use that makes c interfere with g? Your course notes may treat that differently, so let me know which convention you use.

(e) Greedy colouring in the order a, b, c, d, e, f uses four registers, so the chromatic number is 4.

(f) False: the graph contains the triangle a–b–c, so two registers are insufficient.

**Question 2**

(a) cost(v) = 1 + 1 + 10 + 10 = **22**.

(b) Ratios: p 22/4 = 5.5, q 9/1 = 9, r 40/8 = 5, s 12/2 = 6. The smallest ratio is r's, so Chaitin spills **(C) r**.

(c) cost/degree for r = 40/8 = **5**."""
c = {"uuid": "c1a0-ra", "name": "Register allocation homework", "created_at": "2026-03-04T18:20:11Z",
     "updated_at": "2026-03-04T18:22:40Z", "account": {"uuid": "acct-1"},
     "chat_messages": [
         cmsg("m1", "human", "2026-03-04T18:20:11Z", [tb("Here's my HW 6, can you answer both questions?")],
              [{"file_name": "hw6.pdf", "file_type": "pdf", "file_size": 48211, "extracted_content": RA_PDF}]),
         cmsg("m2", "assistant", "2026-03-04T18:22:40Z",
              [{"type": "thinking", "thinking": "Edges maybe 7? a-b a-c b-c b-d c-d c-e c-f ... and d-e, so 8. Chromatic 3 probably.", "summaries": []},
               tb(RA_CL)]),
     ]}
dump("regalloc/transcripts/claude-export.json", [c])

# ============ markov: Claude export with tool_use / tool_result ============
MK_CL1 = "Let me compute P² and the spectrum numerically to be safe."
MK_CL2 = """Here are the results.

**Exercise 4.1**
- (a) π = (1/4, 1/2, 1/4)
- (b) The eigenvalues are 1, 0 and 1/2. Wait — sorted in decreasing order that is 1, 1/2, 0, so the second largest is λ₂ = 1/2 (not 0).
- (c) γ⋆ = 1 − 1/2 = 1/2, so t_rel = 2.

**Exercise 4.2**
- (a) Reading off the first column of P²: μ₂ = (0.375, 0.25, 0.125)
- (b) Using the first row (3/8, 1/2, 1/8) against π: ‖μ₂ − π‖_TV = ½(1/8 + 0 + 1/8) = 0.125

I've run out of room for 4.3 in this reply — want me to continue with it?"""
MK_TOOL_IN = {"code": "import numpy as np\nP=np.array([[.5,.5,0],[.25,.5,.25],[0,.5,.5]])\nprint(P@P)\nprint(np.linalg.eigvals(P))"}
MK_TOOL_OUT = "[[0.375 0.5   0.125]\n [0.25  0.5   0.25 ]\n [0.125 0.5   0.375]]\n[1.  0.  0.5]"
c2 = {"uuid": "c2b0-mk", "name": "Markov chain mixing ex 4", "created_at": "2026-03-10T09:01:00Z",
      "updated_at": "2026-03-10T09:03:30Z", "account": {"uuid": "acct-1"},
      "chat_messages": [
          cmsg("k1", "human", "2026-03-10T09:01:00Z", [tb(MK_Q)]),
          cmsg("k2", "assistant", "2026-03-10T09:03:30Z",
               [{"type": "thinking", "thinking": "Stationary (1/4,1/2,1/4). TV maybe 1/4?", "summaries": []},
                tb(MK_CL1),
                {"type": "tool_use", "name": "repl", "id": "toolu_01", "input": MK_TOOL_IN},
                {"type": "tool_result", "tool_use_id": "toolu_01", "name": "repl", "content": [tb(MK_TOOL_OUT)], "is_error": False},
                tb(MK_CL2)]),
      ]}
other_c = {"uuid": "c2b1-x", "name": "Trip packing list", "created_at": "2026-03-08T12:00:00Z",
           "updated_at": "2026-03-08T12:01:00Z", "account": {"uuid": "acct-1"},
           "chat_messages": [cmsg("x1", "human", "2026-03-08T12:00:00Z", [tb("packing list for 3 days?")]),
                             cmsg("x2", "assistant", "2026-03-08T12:01:00Z", [tb("Three shirts, two trousers, 1 jacket. Answer: 2 pairs of shoes.")])]}
dump("markov-mixing/transcripts/claude-data.json", [other_c, c2])
print("ok")
