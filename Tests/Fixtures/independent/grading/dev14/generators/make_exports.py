#!/usr/bin/env python3
"""Writes the ChatGPT and Claude data exports of this corpus. Deterministic: re-running gives
byte-identical files (fixed ids from uuid5, fixed timestamps, sorted nothing, fixed indent)."""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2d3e-0000-4000-8000-00000000d014")

def uid(*k):
    return str(uuid.uuid5(NS, "/".join(k)))

def write(path, obj):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        rid = uid(key, "root")
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.root = rid
        self.n = 0

    def add(self, parent, role, content, dt, name=None, recipient="all", ctype=None, extra=None):
        self.n += 1
        nid = uid(self.key, str(self.n))
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and recipient == "all" else None,
            "weight": 1.0,
            "metadata": extra or {},
            "recipient": recipient,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, s, dt, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, dt, **kw)

    def dump(self, current=None, with_current=True):
        d = {"title": self.title, "create_time": self.t0, "update_time": self.t0 + 3600,
             "mapping": self.mapping, "moderation_results": [],
             "conversation_id": uid(self.key, "conv"), "id": uid(self.key, "conv"),
             "default_model_slug": "gpt-4o"}
        if with_current:
            d["current_node"] = current
        return d

def system_node(c):
    return c.add(c.root, "system", {"content_type": "text", "parts": [""]}, 0,
                 extra={"is_visually_hidden_from_conversation": True})

# ================================================================ regalloc export
RA_USER = """Compilers HW6 (register allocation). Please solve all parts.

Problem 1. Interference graph, vertices a b c d e f, edges a–b, a–c, b–c, b–d, c–d, d–e, d–f, e–f.
(a) largest vertex degree (b) chromatic number (c) True/False: with k = 3 Chaitin's simplify never needs a spill candidate (d) minimum number of vertices to spill so k = 2 suffices

Problem 2. t1 = load x; t2 = load y; t3 = t1 + t2; t4 = t1 * 2; t5 = t3 - t4; t6 = t2 + t5; store t6
(a) MaxLive (b) number of edges of the interference graph over t1..t6

Problem 3. Linear scan, R = 3, intervals A[1,10] B[2,4] C[3,12] D[5,8] E[6,7] F[9,14]; spill the furthest end.
(a) which interval is spilled? (A)–(F) (b) smallest R with no spill"""

RA_OLD = """Here's a full solution.

**1(a)** deg(d) = 4, the maximum.
**1(b)** χ = 3 (triangles force 3; a/d, b/e, c/f share colours).
**1(c)** True.
**1(d)** 2 — e.g. spill b and d.
**2(a)** MaxLive = 3.
**2(b)** 6 edges.
**3(a)** (C).
**3(b)** R = 4."""

RA_NEW = r"""## Problem 1

Degrees: a 2, b 3, c 3, d 4, e 2, f 2.

**(a)** The largest degree is **4** (vertex d).

**(b)** The triangle $\{a,b,c\}$ needs three colours and $a,d \mapsto 1$, $b,e \mapsto 2$, $c,f \mapsto 3$ is a proper 3-colouring, so $\chi(G) = 3$.

**(c)** Simplify order with $k=3$: a (deg 2), e (deg 2), f (now deg 1), then b, c, d all have degree 2. Nothing ever blocks, so the statement is **True**.

**(d)** Vertex d sits on the two triangles $\{b,c,d\}$ and $\{d,e,f\}$, so removing it breaks most of the odd cycles:

$$\text{minimum spills} = 1 \quad(\text{spill } d)$$

## Problem 2

Live-out: $\{t_1\}, \{t_1,t_2\}, \{t_1,t_2,t_3\}, \{t_2,t_3,t_4\}, \{t_2,t_5\}, \{t_6\}$.

**(a)** MaxLive $= 3$.

**(b)** Edges: $t_1t_2, t_1t_3, t_2t_3, t_1t_4, t_2t_4, t_3t_4, t_2t_5$ → **7 edges**.

## Problem 3

At position 6 the active set is {A, C, D} and E arrives; C has the furthest end (12).

**(a)** Spilled interval: **(C)**.

**(b)** Positions 6–7 have A, C, D, E live at once. Since E is very short, though, three registers suffice once C is out of the way, so R = 3 already avoids the spill.

| Part | Answer |
|---|---|
| 1(a) | 4 |
| 1(b) | 3 |
| 1(c) | True |
| 1(d) | 1 |
| 2(a) | 3 |
| 2(b) | 7 |
| 3(a) | C |
| 3(b) | 4 |"""

RA_FOLLOW_U = "and if we only had R = 2 in problem 3, which intervals get spilled?"
RA_FOLLOW_A = """With R = 2: A and B take the two registers; at 3, C arrives and has the furthest end, so C is spilled; at 5 B has expired and D takes its register; at 6, E arrives with {A, D} active, and A (end 10) is furthest, so A is spilled; at 9, E and D have expired and F gets a register. Spilled with two registers: C and A."""

def regalloc_export():
    convs = []
    o = Conv("ra-other", "Rust lifetimes question", 1730790000.0)
    s = system_node(o)
    u = o.text(s, "user", "why does `fn longest(x: &str, y: &str) -> &str` not compile?", 5)
    a = o.text(u, "assistant", "Because the compiler can't tell which input the returned reference borrows from; add a lifetime parameter: `fn longest<'a>(x: &'a str, y: &'a str) -> &'a str`.", 12)
    convs.append(o.dump(a))

    c = Conv("ra-main", "Register allocation HW6", 1730800000.0)
    s = system_node(c)
    u = c.text(s, "user", RA_USER, 10)
    c.text(u, "assistant", RA_OLD, 40, extra={"model_slug": "gpt-4o"})
    th = c.add(u, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Checking odd cycles", "content": "Triangles abc, bcd, def. Removing d kills bcd and def; abc stays... maybe 2 needed? Going with d."},
        {"summary": "Liveness", "content": "t1 last used at 4, so t1 and t4 might interfere. Count 7 edges?"}],
        "source_analysis_msg_id": uid("ra-main", "src")}, 300, recipient="all",
        extra={"model_slug": "o3"})
    c.mapping[th]["message"]["end_turn"] = None
    rc = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 19 seconds"}, 319,
               extra={"model_slug": "o3"})
    c.mapping[rc]["message"]["end_turn"] = None
    a2 = c.text(rc, "assistant", RA_NEW, 320, extra={"model_slug": "o3"})
    u2 = c.text(a2, "user", RA_FOLLOW_U, 500)
    a3 = c.text(u2, "assistant", RA_FOLLOW_A, 520, extra={"model_slug": "o3"})
    convs.append(c.dump(a3))
    write("regalloc/transcripts/conversations.json", convs)

# ================================================================ popgen export
PG_USER = """PS3 (pop gen). Q1: 500 plants, 200 AA / 200 Aa / 100 aa. (a) p (b) chi-square HWE, 2 dp (c) F = 1 - Hobs/Hexp exact fraction. Q2: w_AA = w_Aa = 1, w_aa = 0.8 from Q1's p: (a) mean fitness (b) p' 4 dp. Q3: (a) effective size for census 100, 400, 25 over three generations, 2 dp (b) Ne = 50, H0 = 0.5, H after 10 generations, 3 sf (c) neutral fixation probability with N = 50 diploids: A 1/50 B 1/100 C 1/200 D 1/2. Can you use python to check the arithmetic?"""

PG_CODE = """AA, Aa, aa = 200, 200, 100
n = AA + Aa + aa
p = (2*AA + Aa) / (2*n); q = 1 - p
exp = [p*p*n, 2*p*q*n, q*q*n]
chi2 = sum((o - e)**2 / e for o, e in zip([AA, Aa, aa], exp))
F = 1 - (Aa/n) / (2*p*q)
wbar = p*p + 2*p*q + 0.8*q*q
p1 = (p*p + p*q) / wbar
Ne = sum([100, 400, 25]) / 3
H10 = 0.5 * (1 - 1/50)**10
print(p, chi2, F, wbar, p1, Ne, H10)"""

PG_OUT = "0.6 13.888888888888882 0.16666666666666674 0.968 0.6198347107438017 175.0 0.40853725130624"

PG_FINAL = """Here are the results (checked in Python above).

**Question 1**
- (a) p = 600/1000 = **0.6**
- (b) Expected counts 180 / 240 / 80 give **χ² = 13.89**, well above 3.84, so the population departs from HWE.
- (c) F = 1 − 0.40/0.48 = **1/6**

**Question 2**
- (a) w̄ = 0.36 + 0.48 + 0.128 = **0.968**
- (b) p′ = 0.60/0.968 = **0.6198**

**Question 3**
- (a) Averaging the three census sizes gives **N_e = 175.00**.
- (b) H₁₀ = 0.5 × (1 − 1/50)¹⁰ ≈ **0.409**
- (c) **B** — a new neutral allele fixes with probability equal to its starting frequency, 1/(2N) = 1/100 \ue200cite\ue202turn0search2\ue201.

The harmonic-mean idea and the 1/(2N) result are both covered in standard texts such as Hartl & Clark \ue200cite\ue202turn0search0\ue201."""

def popgen_export():
    c = Conv("pg-main", "Pop gen PS3 check", 1731400000.0)
    s = system_node(c)
    u = c.text(s, "user", PG_USER, 4)
    code = c.add(u, "assistant", {"content_type": "code", "language": "unknown", "text": PG_CODE}, 20,
                 recipient="python")
    c.mapping[code]["message"]["end_turn"] = None
    out = c.add(code, "tool", {"content_type": "execution_output", "text": PG_OUT}, 24, name="python",
                extra={"aggregate_result": {"status": "success", "code": PG_CODE, "final_expression_output": None}})
    a = c.text(out, "assistant", PG_FINAL, 40)
    write("popgen/transcripts/chatgpt-export.json", [c.dump(a)])

# ================================================================ heatx export (no current_node)
HX_USER = """Worksheet 4 (heat exchangers), two decimals unless stated.
4.1 Counter-flow exchanger cools oil (2.0 kg/s, cp 2.0 kJ/kgK) from 150 C to 90 C; water enters 30 C, leaves 70 C. a) LMTD counter-flow b) LMTD parallel flow, same terminal temps c) heat duty q in kW d) area with U = 400 W/m2K
4.2 Counter-flow, Cmin = 1000 W/K, Cmax = 2000 W/K, UA = 2000 W/K, hot in 120 C, cold in 20 C. a) effectiveness, 4 dp b) q in kW
4.3 True or false: for Cr = 0 the effectiveness at a given NTU depends on counter vs parallel flow."""

HX_OLD = """**4.1** a) 69.52 °C b) 55.81 °C c) 240 kW d) 8.63 m²
**4.2** a) ε = 0.7746 b) q = 77.46 kW
**4.3** True"""

HX_NEW = r"""### Exercise 4.1

**a)** Counter-flow: $\Delta T_1 = 150-70 = 80$ K, $\Delta T_2 = 90-30 = 60$ K.

\[
\Delta T_{lm,cf} = \frac{80-60}{\ln(80/60)} = 69.52\ ^\circ\text{C}
\]

**b)** Parallel flow: $\Delta T_1 = 150-30 = 120$ K, $\Delta T_2 = 90-70 = 20$ K.

\[
\Delta T_{lm,pf} = \frac{100}{\ln 6} = 55.81\ ^\circ\text{C}
\]

**c)** $q = 2.0 \times 2.0 \times 60 = 240$ kW.

**d)** Using the parallel-flow mean temperature difference for the sizing:

\[
A = \frac{240\,000}{400 \times 55.81} = 10.75\ \text{m}^2
\]

### Exercise 4.2

$NTU = UA/C_{min} = 2$, $C_r = 0.5$.

**a)**
\[
\varepsilon = \frac{1-e^{-NTU(1-C_r)}}{1-C_r\,e^{-NTU(1-C_r)}} = \frac{1-e^{-1}}{1-0.5e^{-1}} = 0.7746
\]

**b)** $q = \varepsilon\, C_{min}(T_{h,in}-T_{c,in}) = 0.7746 \times 1000 \times 100\ \text{W} = 77.46$ kW.

### Exercise 4.3

**False** — with $C_r = 0$ every arrangement gives $\varepsilon = 1-e^{-NTU}$."""

def heatx_export():
    convs = []
    c = Conv("hx-main", "Heat exchanger worksheet 4", 1732000000.0)
    s = system_node(c)
    u = c.text(s, "user", HX_USER, 6)
    c.text(u, "assistant", HX_OLD, 25)
    c.text(u, "assistant", HX_NEW, 410)   # regenerated later: latest leaf = graded branch
    convs.append(c.dump(with_current=False))
    o = Conv("hx-other", "Weeknight pasta ideas", 1731990000.0)
    s = system_node(o)
    u = o.text(s, "user", "quick pasta with spinach and feta?", 3)
    a = o.text(u, "assistant", "Cook 200 g penne; sauté garlic in olive oil, wilt 150 g spinach, toss with the pasta, crumble 100 g feta over and add lemon zest.", 9)
    convs.append(o.dump(with_current=False))
    write("heatx/transcripts/conversations-no-current.json", convs)

# ================================================================ Claude export (popgen)
PG_ATTACH = open(os.path.join(ROOT, "popgen", "problems.tex"), encoding="utf-8").read() if os.path.exists(os.path.join(ROOT, "popgen", "problems.tex")) else ""

CL_THINK = """Q1: p = 0.6. Expected 180/240/80. chi2 = 2.22 + 6.67 + 5 = 13.89. F = 1 - 0.4/0.48 = 1/6; with Nei's unbiased Hexp = 1000/999 * 0.48 it would be about 0.1675. Q2: wbar = 0.968, p' = 0.6/0.968 = 0.61983. Q3: harmonic mean 57.142857. H10 = 0.5*0.99^10 = 0.45219. 1/(2N) -> B. Hmm, first I thought H10 = 0.5*0.98^10 = 0.4085 but the loss rate is 1/(2N)."""

CL_TEXT = """I've worked through the attached problem set.

**Question 1**

(a) There are 2·200 + 200 = 600 A alleles among 1000, so p = 0.6 (and q = 0.4).

(b) Under HWE the expected counts are 180 AA, 240 Aa and 80 aa:
χ² = 20²/180 + 40²/240 + 20²/80 = 2.222 + 6.667 + 5.000 = 13.89

(c) Observed heterozygosity is 200/500 = 0.40 and expected is 2pq = 0.48, so F = 1 − 0.40/0.48 = 1/6.
If you use Nei's unbiased estimate of expected heterozygosity, 2n/(2n − 1) · 2pq = 0.4805, you get F ≈ 0.1675 instead.

**Question 2**

(a) w̄ = p²·1 + 2pq·1 + q²·0.8 = 0.36 + 0.48 + 0.128 = 0.968

(b) p′ = (p² + pq)/w̄ = 0.6/0.968, so p′ ≈ 0.62 after one round of selection.

**Question 3**

(a) N_e = 3/(1/100 + 1/400 + 1/25) = 3/0.0525 ≈ 57.14

(b) H₁₀ = 0.5·(1 − 1/100)¹⁰ ≈ 0.452

(c) The fixation probability equals the initial frequency 1/(2N) = 1/100, which is option **B**."""

def claude_export():
    conv_uuid = uid("cl-pg", "conv")
    def m(k, sender, blocks, t, attachments=()):
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        return {"uuid": uid("cl-pg", k), "text": text, "content": blocks, "sender": sender,
                "created_at": t, "updated_at": t, "attachments": list(attachments), "files": []}
    human = m("h1", "human", [{"start_timestamp": "2025-03-04T16:20:01.000000Z", "stop_timestamp": "2025-03-04T16:20:01.000000Z",
                                 "type": "text", "text": "Can you solve this problem set? Show the main steps.", "citations": []}],
              "2025-03-04T16:20:01.000000Z",
              attachments=[{"file_name": "ps3.tex", "file_size": len(PG_ATTACH.encode()), "file_type": "text/x-tex",
                            "extracted_content": PG_ATTACH}])
    asst = m("a1", "assistant", [
        {"start_timestamp": "2025-03-04T16:20:04.000000Z", "stop_timestamp": "2025-03-04T16:20:19.000000Z",
         "type": "thinking", "thinking": CL_THINK, "summaries": [{"summary": "Working through the genotype counts."}],
         "cut_off": False},
        {"start_timestamp": "2025-03-04T16:20:19.000000Z", "stop_timestamp": "2025-03-04T16:20:40.000000Z",
         "type": "text", "text": CL_TEXT, "citations": []}], "2025-03-04T16:20:40.000000Z")
    conv = {"uuid": conv_uuid, "name": "Population genetics PS3", "summary": "",
            "created_at": "2025-03-04T16:19:55.000000Z", "updated_at": "2025-03-04T16:20:40.000000Z",
            "account": {"uuid": uid("cl", "acct")}, "chat_messages": [human, asst]}
    write("popgen/transcripts/claude-export.json", [conv])

if __name__ == "__main__":
    regalloc_export(); popgen_export(); heatx_export(); claude_export()
