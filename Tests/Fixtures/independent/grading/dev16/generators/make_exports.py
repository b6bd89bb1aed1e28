#!/usr/bin/env python3
"""Writes the JSON data exports of this corpus. Deterministic: re-running gives byte-identical files."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)

def chatgpt_conv(title, conv_id, t0, nodes, current=True):
    """nodes: list of (id, parent, role, content_dict, extra_meta, time_offset). Returns conversation dict."""
    mapping = {"client-created-root": {"id": "client-created-root", "message": None, "parent": None, "children": []}}
    for nid, parent, role, content, meta, dt in nodes:
        p = parent or "client-created-root"
        mapping[nid] = {"id": nid, "message": {
            "id": nid, "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
            "create_time": t0 + dt, "update_time": None, "content": content, "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0, "metadata": meta, "recipient": "all" if role != "assistant" or content.get("content_type") != "code" else "python"},
            "parent": p, "children": []}
        mapping[p]["children"].append(nid)
    leaves = [n for n in nodes]
    conv = {"title": title, "create_time": t0, "update_time": t0 + max(n[5] for n in nodes), "mapping": mapping,
            "conversation_id": conv_id, "id": conv_id, "default_model_slug": "gpt-4o", "is_archived": False}
    if current:
        conv["current_node"] = current
    return conv

def text(s): return {"content_type": "text", "parts": [s]}

def write(path, obj):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2); f.write("\n")

# ---------------------------------------------------------------- rootfinding: regenerated branch + thoughts
RF_USER = """Numerical analysis HW3, f(x) = x^3 - 2x - 5.
1 (a) bisection on [2,3], third midpoint m_3 (m_1 = 2.5). (b) smallest n so that an interval of length 1 shrinks to <= 1e-6.
2 Newton, x0 = 2: (a) x1 exactly (b) x2 to six decimals (c) order of convergence at a simple root: (A) 1 (B) 1.618 (C) 2 (D) 3
3 (a) secant step from x0 = 2, x1 = 3 as an exact fraction (b) true/false: x_{k+1} = (2x_k+5)^{1/3}, x0 = 2 converges to the root (c) Newton on g(x) = (x-1)^2: e_{k+1}/e_k"""
RF_OLD = """**1(a)** m₃ = 2.125
**1(b)** n = 20
**2(a)** x₁ = 2.1
**2(b)** x₂ ≈ 2.094551
**2(c)** (C)
**3(a)** 35/17
**3(b)** True
**3(c)** 1/2"""
RF_NEW = """## 1. Bisection

**(a)** f(2) = −1 and f(3) = 16. Then m₁ = 2.5 (f = 5.625 > 0), m₂ = 2.25 (f = 1.890625 > 0), so the bracket is [2, 2.25] and

$$m_3 = 2.125$$

**(b)** The width after n steps is 2⁻ⁿ, and we need 2⁻ⁿ ≤ 10⁻⁶. Since log₂(10⁶) ≈ 19.93, we take n = 19 steps.

## 2. Newton's method

**(a)** f′(x) = 3x² − 2, so x₁ = 2 − (−1)/10 = **2.1**.

**(b)** f(2.1) = 0.061, f′(2.1) = 11.23:
\\[ x_2 = 2.1 - \\frac{0.061}{11.23} = 2.1 - 0.0054318 \\]
\\[ \\boxed{x_2 = 2.094568} \\]

**(c)** Newton's method is quadratically convergent at a simple root, so the answer is **(C)**.

## 3. Other iterations

**(a)** x₂ = 3 − 16·(3 − 2)/(16 − (−1)) = 3 − 16/17, so
\\[ \\boxed{x_2 = \\tfrac{35}{17}} \\]

**(b)** With g(x) = (2x+5)^{1/3} we have g′(x) = (2/3)(2x+5)^{−2/3}; at x₀ = 2 that is (2/3)·9^{−2/3}... and the iteration overshoots, so |g′| > 1 and the statement is **false**.

**(c)** x_{k+1} = x_k − (x_k − 1)/2, so e_{k+1} = e_k/2 and

$$\\frac{e_{k+1}}{e_k} = \\frac12$$"""
t0 = 1739560000.0
rf = chatgpt_conv("Wallis equation root finding", "67af2c10-1d4e-800c-b1f2-3a9e7c5d2b01", t0, [
    ("u1", None, "user", text(RF_USER), {}, 0.0),
    ("a1-old", "u1", "assistant", text(RF_OLD), {"model_slug": "gpt-4o"}, 12.0),
    ("a1-thoughts", "u1", "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Checking bisection", "content": "m1=2.5, m2=2.25, m3=2.125. Bisection count: 2^-n <= 1e-6 so n = 20."},
        {"summary": "Newton steps", "content": "x1 = 2.1, x2 = 2.094568."}], "source_analysis_msg_id": "a1-thoughts"},
        {"model_slug": "o3"}, 40.0),
    ("a1-recap", "a1-thoughts", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 21 seconds"}, {"model_slug": "o3"}, 61.0),
    ("a1-new", "a1-recap", "assistant", text(RF_NEW), {"model_slug": "o3"}, 62.0),
], current="a1-new")
write("rootfinding/transcripts/conversations.json", [rf])

# ---------------------------------------------------------------- popgen: python tool + citations + unrelated conversation
PG_USER = """BIO 214 PS2 (pop gen). Please answer every part.
1 a) p = 0.35, heterozygote fraction under HWE b) 90 AA, 240 Aa, 170 aa: estimate f(A) c) expected number of aa among the 500 under HWE, using (b)
2 w_AA = 1, w_Aa = 1, w_aa = 0.8, p = q = 0.5: a) mean fitness b) q' in the next generation
3 a) census 100, 50, 200 over three generations: Ne? b) Ne = 50, H0 = 0.5, H after 10 generations c) fixation probability of a new neutral mutation, diploid N = 50"""
PG_A1 = """I'll compute the numeric parts with a quick script so the decimals are exact."""
PG_CODE = """p = 0.35
print(2*p*(1-p))
print((2*90+240)/1000)
print((1 + 1 + 0)/3)
Ns = [100, 50, 200]
print(sum(Ns)/3)
print(0.5*(1-1/100)**10)"""
PG_OUT = """0.45499999999999996
0.42
0.6666666666666666
116.66666666666667
0.45219103750440227"""
CITE = "\ue200cite\ue202turn0search3\ue201"
PG_A2 = f"""### 1. Hardy–Weinberg
**a)** 2pq = 2(0.35)(0.65) = **0.455**
**b)** p̂ = (2·90 + 240)/1000 = **0.42**
**c)** The expected count of aa is q̂² × N, where q̂ = 1 − p̂; compare it with the 170 observed.

### 2. Selection against a recessive
**a)** w̄ = p² + 2pq + 0.8q² = 0.25 + 0.5 + 0.2 = **0.95**
**b)** q′ = (pq + 0.8q²)/w̄ = 0.45/0.95 = **9/19 ≈ 0.4737**

### 3. Drift
**a)** Averaging the census sizes over the three generations gives Ne = (100 + 50 + 200)/3 ≈ **116.67**
**b)** H₁₀ = 0.5(1 − 1/100)¹⁰ ≈ **0.4522**
**c)** A new mutation starts at frequency 1/(2N), which is also its neutral fixation probability {CITE}: **1/100 = 0.01**"""
pg = chatgpt_conv("Pop gen PS2", "67c4a1b0-2f3e-800c-9d1a-5e6f7a8b9c02", 1740900000.0, [
    ("p-u1", None, "user", text(PG_USER), {}, 0.0),
    ("p-a1", "p-u1", "assistant", text(PG_A1), {}, 5.0),
    ("p-code", "p-a1", "assistant", {"content_type": "code", "language": "python", "text": PG_CODE}, {}, 6.0),
    ("p-out", "p-code", "tool", {"content_type": "execution_output", "text": PG_OUT}, {"aggregate_result": {"status": "success"}}, 8.0),
    ("p-a2", "p-out", "assistant", text(PG_A2), {"citations": [{"start_ix": 0, "end_ix": 0}]}, 15.0),
], current="p-a2")
other = chatgpt_conv("Sourdough starter schedule", "67c3f0aa-0b1c-800c-8e2d-4f5a6b7c8d03", 1740800000.0, [
    ("s-u1", None, "user", text("How often should I feed a sourdough starter kept in the fridge?"), {}, 0.0),
    ("s-a1", "s-u1", "assistant", text("Once a week is typical: discard all but ~50 g, feed 1:1:1 by weight, leave 2 hours at room temperature, then refrigerate."), {}, 4.0),
], current="s-a1")
write("popgen/transcripts/conversations.json", [other, pg])

# ---------------------------------------------------------------- popgen: Claude export
CL_ATT = open(os.path.join(ROOT, "popgen", "problems.md"), encoding="utf-8").read()
CL_THINK = "Harmonic mean 3/0.035 = 85.714. H_t = 0.5*0.99^10 = 0.4522; the continuous approximation 0.5*exp(-0.1) = 0.4524. Fixation 1/(2N)=0.01 for diploids."
CL_TEXT = """Here are my solutions to Problem Set 2.

**1. Hardy–Weinberg**
- (a) Heterozygotes: 2pq = 2 × 0.35 × 0.65 = 0.455
- (b) p̂ = (2×90 + 240)/(2×500) = 420/1000 = 0.42
- (c) Expected aa = q̂²N = (0.58)² × 500 = 168.2

**2. Selection**
- (a) w̄ = 1(0.25) + 1(0.5) + 0.8(0.25) = 0.95
- (b) q′ = (pq·w_Aa + q²·w_aa)/w̄ = 0.45/0.95 = 9/19 ≈ 0.4737

**3. Drift**
- (a) Effective size is the harmonic mean: N_e = 3/(1/100 + 1/50 + 1/200) = 600/7 ≈ 85.71
- (b) H₁₀ = 0.5 × (0.99)¹⁰ ≈ 0.4522
- (c) Before I answer this one: does your course treat N = 50 as the number of diploid individuals or the number of gene copies? The fixation probability depends on which.

| Part | Answer |
|---|---|
| 1a | 0.455 |
| 1b | 0.42 |
| 1c | 168.2 |
| 2a | 0.95 |
| 2b | 0.4737 |
| 3a | 85.71 |
| 3b | 0.4524 |"""
def cmsg(uuid, sender, t, blocks, attachments=()):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {"uuid": uuid, "text": txt, "content": blocks, "sender": sender, "created_at": t, "updated_at": t,
            "attachments": list(attachments), "files": []}
claude = [{
    "uuid": "3f1c9a2e-7b4d-4e8a-9c01-2d3e4f5a6b70", "name": "BIO 214 problem set 2", "created_at": "2025-03-03T19:02:11.000000Z",
    "updated_at": "2025-03-03T19:03:40.000000Z", "account": {"uuid": "00000000-0000-4000-8000-000000000001"},
    "chat_messages": [
        cmsg("m1", "human", "2025-03-03T19:02:11.000000Z", [{"type": "text", "text": "Can you solve all the numeric parts of the attached problem set?"}],
             [{"file_name": "ps2.md", "file_size": len(CL_ATT.encode()), "file_type": "text/markdown", "extracted_content": CL_ATT}]),
        cmsg("m2", "assistant", "2025-03-03T19:03:40.000000Z", [
            {"type": "thinking", "thinking": CL_THINK, "summaries": [{"summary": "Computing HWE, selection and drift quantities."}]},
            {"type": "tool_use", "name": "repl", "input": {"code": "console.log(0.5*Math.pow(0.99,10), 0.5*Math.exp(-0.1))"}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "0.45219103750440227 0.45241870901797976"}], "is_error": False},
            {"type": "text", "text": CL_TEXT}]),
    ]}]
write("popgen/transcripts/claude_export.json", claude)

# ---------------------------------------------------------------- sampling: no current_node; graded = latest leaf
SA_USER = """EE 341 ch. 4: 4.1 cos(2π·700t) sampled at 1000 Hz, (a) apparent frequency in [0, fs/2], (b) Nyquist rate of cos(2π·700t)+sin(2π·450t). 4.2 x[n] = [3,1,0,1]: (a) 4-point DFT (b) Σ|X[k]|². 4.3 N = 256 at 8 kHz: (a) bin spacing (b) bin index (0 ≤ k < 128) of a 1 kHz tone. 4.4 SQNR of a full-scale sine through an ideal 12-bit ADC, dB to 1 decimal."""
SA_OLD = """4.1(a) 700 Hz  4.1(b) 1400 Hz  4.2(a) [5, 3, 1, 3]  4.2(b) 44  4.3(a) 31.25 Hz  4.3(b) 32  4.4 74.0 dB"""
SA_NEW = """**Exercise 4.1**
(a) The 700 Hz tone folds about f_s/2: f_alias = |700 − 1000| = **300 Hz**.
(b) The highest frequency is 700 Hz, so the Nyquist rate is **1400 Hz**.

**Exercise 4.2**
(a) With W₄ = −j:
$$X[k] = \\begin{bmatrix} 5 & 3 & 1 & 3 \\end{bmatrix}$$
(b) Parseval's relation holds here: computing both sides gives the same energy, which confirms the DFT above.

**Exercise 4.3**
(a) Δf = f_s/N = 8000/256 = **31.25 Hz**
(b) Counting bins from 1, the tone is in bin 1000/31.25 + 1 = **33**.

**Exercise 4.4**
SQNR ≈ 6.02·N + 1.76 dB = 6.02·12 + 1.76 = **74.0 dB**."""
sa = chatgpt_conv("Sampling and DFT exercises", "67d0b2c3-4e5f-800c-a1b2-c3d4e5f60704", 1741600000.0, [
    ("d-u1", None, "user", text(SA_USER), {}, 0.0),
    ("d-a1", "d-u1", "assistant", text(SA_OLD), {}, 9.0),
    ("d-th", "d-u1", "assistant", {"content_type": "thoughts", "thoughts": [{"summary": "Aliasing", "content": "700 Hz aliases to 300 Hz; bin 32."}], "source_analysis_msg_id": "d-th"}, {}, 120.0),
    ("d-rc", "d-th", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 8 seconds"}, {}, 128.0),
    ("d-a2", "d-rc", "assistant", text(SA_NEW), {}, 129.0),
], current=False)
write("sampling/transcripts/conversations.json", [sa])
print("ok")
