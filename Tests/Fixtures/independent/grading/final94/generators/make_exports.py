#!/usr/bin/env python3
"""Writes the three data-export transcripts of this corpus.

    chem-kinetics/transcripts/chatgpt-export.json   ChatGPT conversations.json (regenerated branch,
                                                    thoughts/reasoning_recap, python tool call, current_node)
    pop-ecology/transcripts/conversations.json      ChatGPT conversations.json WITHOUT current_node,
                                                    two conversations, regenerated branch
    wave-optics/transcripts/claude-export.json      Claude data export (thinking, tool_use/tool_result,
                                                    attachment with extracted_content, later correction)

Deterministic: fixed ids and timestamps, sorted output, no randomness. Re-running gives identical bytes.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a40-94aa-4c1e-9d3b-0b6e5f3a9e94")


def uid(name):
    return str(uuid.uuid5(NS, name))


def write(path, data):
    full = os.path.join(ROOT, path)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv):
        self.conv = conv
        self.mapping = {}
        root = uid(conv + "/root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def add(self, key, parent, role, t, content, name=None, recipient="all", extra_meta=None, hidden=False):
        nid = uid(self.conv + "/" + key)
        meta = {"model_slug": "gpt-4o"} if role == "assistant" else {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and recipient == "all" else None,
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


# ---------------------------------------------------------------- chem-kinetics (ChatGPT)
KIN_PROMPT = """I have this kinetics problem set, can you solve it and give clear final answers?

1. The gas-phase decomposition 2 N2O5 -> 4 NO2 + O2 is first order in N2O5 with k = 6.2e-4 s^-1 at 45 C.
(a) What is the half-life of N2O5 at this temperature? Give your answer in seconds, to the nearest second.
(b) What fraction of the initial N2O5 remains after 30.0 minutes? Give three significant figures.
(c) How long (in seconds, to the nearest second) does it take for [N2O5] to fall from 0.50 M to 0.050 M?

2. The reaction A + B -> P was studied by the method of initial rates:
Exp [A]0 (M) [B]0 (M) initial rate (M/s)
1 0.10 0.10 2.0x10^-3
2 0.20 0.10 8.0x10^-3
3 0.10 0.30 6.0x10^-3
(a) What is the order of the reaction with respect to A?
(b) What is the overall order of the reaction?
(c) Calculate the numerical value of the rate constant k.
(d) The units of k are (A) s^-1 (B) M^-1 s^-1 (C) M^-2 s^-1 (D) M s^-1

3. The rate constant of a reaction doubles when the temperature is raised from 300 K to 310 K. Assuming Arrhenius behaviour, find the activation energy in kJ/mol, to one decimal place."""

KIN_OLD = """Sure! Let's go through them.

**1(a)** t½ = 0.693/k = 0.693/6.2×10⁻⁴ = **1117 s**

**1(b)** fraction = e^(−kt) = e^(−0.0186) = **0.982**

**1(c)** t = ln(10)/k = **3714 s**

**2(a)** 2  **2(b)** 3  **2(c)** k = 2.0 M⁻² s⁻¹  **2(d)** (C)

**3** Using log base 10: Eₐ = 2.303 R log 2 / (1/300 − 1/310) ≈ **23.3 kJ/mol**"""

KIN_FINAL = """Here are the worked solutions.

## Problem 1 — First-order decomposition

**(a)** For a first-order reaction \\(t_{1/2} = \\ln 2 / k\\):

\\[
t_{1/2} = \\frac{0.6931}{6.2\\times10^{-4}\\ \\text{s}^{-1}} = 1117.98\\ \\text{s}
\\]

**Answer:** \\(t_{1/2} \\approx 1118\\) s (about 18.6 min).

**(b)** 30.0 min = 1800 s, so

\\[
\\frac{[\\mathrm{N_2O_5}]}{[\\mathrm{N_2O_5}]_0} = e^{-kt} = e^{-1.116} = 0.3276
\\]

**Answer:** about **0.328** of the N₂O₅ remains (32.8 %).

**(c)** Integrated first-order law: \\(t = \\ln([A]_0/[A])/k = \\ln(10)/k\\)

\\[
t = \\frac{2.302585}{6.2\\times10^{-4}} = 3713.85\\ \\text{s}
\\]

**Answer:** \\(t \\approx 3714\\) s (≈ 61.9 min).

## Problem 2 — Initial rates

**(a)** From experiment 1 → 2, [A] doubles and the rate goes from 2.0×10⁻³ to 8.0×10⁻³ M/s, a factor of 4 = 2², so the reaction is **second order in A**.

**(b)** From experiment 1 → 3, [B] triples and the rate triples, so it is first order in B. Overall order = 2 + 1 = **3**.

**(c)** Rate law: rate = k[A]²[B]. Using experiment 1:

\\[
k = \\frac{\\text{rate}}{[A]^2} = \\frac{2.0\\times10^{-3}}{(0.10)^2} = 0.20
\\]

**Answer:** \\(k = 0.20\\ \\mathrm{M^{-2}\\,s^{-1}}\\)

**(d)** For a third-order rate law the units of k are M⁻² s⁻¹, so the answer is **(C)**.

## Problem 3 — Arrhenius

\\[
\\ln\\frac{k_2}{k_1} = \\frac{E_a}{R}\\left(\\frac{1}{T_1}-\\frac{1}{T_2}\\right)
\\]

With k₂/k₁ = 2: Eₐ = 8.314 × 0.6931 / (1/300 − 1/310) = 53 594 J/mol.

\\[
\\boxed{E_a \\approx 53.6\\ \\text{kJ/mol}}
\\]

This matches the old rule of thumb that a barrier of roughly 50 kJ/mol doubles the rate for every 10 K near room temperature.\ue200cite\ue202turn0search3\ue201"""

KIN_CODE = """import math
k = 6.2e-4
print(math.log(2)/k)
print(math.exp(-k*1800))
print(math.log(0.50/0.050)/k)
print(8.314*math.log(2)/(1/300 - 1/310))"""

KIN_OUT = """1117.9793234837828
0.3275875275236895
3713.846924183945
53594.27863033097"""


def chem_kinetics():
    t0 = 1791400000.0
    tr = Tree("kin")
    sys_ = tr.add("system", tr.root, "system", None, text(""), hidden=True)
    u1 = tr.add("u1", sys_, "user", t0 + 1.25, text(KIN_PROMPT))
    # first answer, later regenerated (not on the graded branch)
    tr.add("a1-old", u1, "assistant", t0 + 9.5, text(KIN_OLD))
    # regenerated answer with reasoning and a python call
    th = tr.add("a1-thoughts", u1, "assistant", t0 + 60.0, {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Checking the rate law",
             "content": "Doubling A gives x4, so second order. Tripling B gives x3. k = 2.0e-3/(0.01*0.1) = 2.0? or 0.20 if I only divide by [A]^2. Let me compute the numeric parts with python."},
        ],
        "source_analysis_msg_id": uid("kin/analysis"),
    })
    rr = tr.add("a1-recap", th, "assistant", t0 + 61.0, {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"})
    code = tr.add("a1-code", rr, "assistant", t0 + 62.0,
                  {"content_type": "code", "language": "unknown", "response_format_name": None, "text": KIN_CODE},
                  recipient="python")
    out = tr.add("a1-out", code, "tool", t0 + 63.5,
                 {"content_type": "execution_output", "text": KIN_OUT}, name="python",
                 extra_meta={"aggregate_result": {"status": "success", "code": KIN_CODE}})
    a1 = tr.add("a1-final", out, "assistant", t0 + 80.0, text(KIN_FINAL))
    u2 = tr.add("u2", a1, "user", t0 + 300.0, text("thanks! would the half-life in 1(a) change if I started at 0.25 M instead?"))
    a2 = tr.add("a2", u2, "assistant", t0 + 306.0, text(
        "No. For a first-order reaction the half-life t½ = ln 2 / k does not depend on the starting concentration, "
        "so it is still about 1118 s whether you start at 0.50 M or 0.25 M."))
    conv = {
        "title": "Kinetics problem set help",
        "create_time": t0,
        "update_time": t0 + 306.0,
        "mapping": tr.mapping,
        "moderation_results": [],
        "current_node": a2,
        "plugin_ids": None,
        "conversation_id": uid("kin/conv"),
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": "gpt-4o",
        "id": uid("kin/conv"),
    }
    write("chem-kinetics/transcripts/chatgpt-export.json", [conv])


# ---------------------------------------------------------------- pop-ecology (ChatGPT, no current_node)
ECO_PROMPT = """BIOL 356 HW3. dN/dt = rN(1 - N/K) throughout.

1. r = 0.4 /yr, K = 1000, N(0) = 100.
 (a) Find N(5), rounded to the nearest individual.
 (b) (i) At what time (years, two decimal places) does the population reach K/2?
     (ii) What is the maximum value of dN/dt (individuals per year)?
2. Fish stock, r = 0.5 /yr, K = 20 000 tonnes.
 (a) What is the maximum sustainable yield (tonnes/yr)?
 (b) Constant quota H = 1800 t/yr, dN/dt = rN(1-N/K) - H.
     (i) stable equilibrium stock (nearest tonne)  (ii) unstable equilibrium stock (nearest tonne)
 (c) Instead constant effort h = EN with E = 0.2 /yr. Sustained yield at equilibrium (t/yr)?
3. True or false: in the logistic model, the per-capita growth rate (1/N)dN/dt decreases linearly with N.

Just do 1 and 2 for now please."""

ECO_OLD = """**1(a)** N(t) = K/(1 + 9e^(−rt)), so N(5) = 1000/(1 + 9e^(−2)) ≈ **450.9**

**1(b)(i)** t = ln 9 / 0.4 ≈ **5.49 yr**  **(ii)** rK/4 = **100 per yr**

**2(a)** MSY = rK/4 = **2500 t/yr**

**2(b)** N = 10 000(1 ± √0.28): (i) **15 292 t** (ii) **4 708 t**

**2(c)** N* = K(1 − E/r) = 12 000 t, yield = **2 400 t/yr**"""

ECO_NEW = """### 1. Logistic growth (r = 0.4 yr⁻¹, K = 1000, N₀ = 100)

**(a)** The solution is N(t) = K / (1 + A e^{−rt}) with A = (K − N₀)/N₀ = 9.

N(5) = 1000 / (1 + 9e^{−2}) = 1000 / 2.2180 = 450.85

→ **N(5) ≈ 451 individuals**

**(b)(i)** N = K/2 when A e^{−rt} = 1, i.e. t = ln 9 / r = 2.1972 / 0.4

→ **t ≈ 5.49 years**

**(b)(ii)** dN/dt is largest at N = K/2, where (dN/dt)max = rK/4 = 0.4 × 1000 / 4 → **100 individuals per year**

### 2. Harvesting (r = 0.5 yr⁻¹, K = 20 000 t)

**(a)** MSY = rK/4 = 0.5 × 20 000 / 4 = **2 500 t/yr**

**(b)** Setting rN(1 − N/K) = H gives N² − KN + HK/r = 0, so N = (K/2)(1 ± √(1 − 4H/(rK))) = 10 000 (1 ± √0.28) = 10 000 (1 ± 0.52915).

- (i) stable (upper) equilibrium: **N ≈ 15 292 t**
- (ii) unstable (lower) equilibrium: **N ≈ 4 708 t**

**(c)** With h = EN the equilibrium is N* = K(1 − E) = 20 000 × 0.8 = 16 000 t, so the sustained yield is Y = E·N* = 0.2 × 16 000 = **3 200 t/yr**.\ue200cite\ue202turn0search0\ue201"""

ECO_Q3 = """**True.** The per-capita rate is (1/N)(dN/dt) = r(1 − N/K) = r − (r/K)·N, a straight line in N with intercept r and slope −r/K."""


def pop_ecology():
    t0 = 1791900000.0
    other = Tree("letter")
    u = other.add("u1", other.root, "user", t0 - 86400.0, text("Can you make this sentence less stiff: 'I am writing to express my interest in the position of lab technician.'"))
    other.add("a1", u, "assistant", t0 - 86390.0, text("Try: \"I'd love to be considered for the lab technician role.\" It keeps the meaning but sounds more natural."))
    conv_other = {
        "title": "Cover letter wording",
        "create_time": t0 - 86400.0,
        "update_time": t0 - 86390.0,
        "mapping": other.mapping,
        "moderation_results": [],
        "conversation_id": uid("letter/conv"),
        "id": uid("letter/conv"),
    }
    tr = Tree("eco")
    u1 = tr.add("u1", tr.root, "user", t0 + 2.0, text(ECO_PROMPT))
    tr.add("a-old", u1, "assistant", t0 + 15.0, text(ECO_OLD))
    a_new = tr.add("a-new", u1, "assistant", t0 + 95.0, text(ECO_NEW))
    u2 = tr.add("u2", a_new, "user", t0 + 400.0, text("thanks, and q3? the true/false one"))
    tr.add("a2", u2, "assistant", t0 + 404.0, text(ECO_Q3))
    conv = {
        "title": "Logistic growth homework",
        "create_time": t0,
        "update_time": t0 + 404.0,
        "mapping": tr.mapping,
        "moderation_results": [],
        "conversation_id": uid("eco/conv"),
        "id": uid("eco/conv"),
    }
    # newest first, as the export lists them
    write("pop-ecology/transcripts/conversations.json", [conv, conv_other])


# ---------------------------------------------------------------- wave-optics (Claude)
def read_problems():
    with open(os.path.join(ROOT, "wave-optics", "problems.md"), encoding="utf-8") as fh:
        return fh.read()


OPT_A1 = """I'll go through each exercise.

## Exercise 4.1 — Double slit

**(a)** Fringe spacing Δy = λL/d = (600 × 10⁻⁹ m)(1.5 m)/(0.25 × 10⁻³ m) = 3.6 × 10⁻³ m

**Δy = 3.6 mm**

**(b)** Dark fringes sit at y = (m + ½)λL/d. The third dark fringe is m = 2:

y = 2.5 × 3.6 mm = **9.0 mm**

**(c)** **False.** In water the wavelength becomes λ/n ≈ 451 nm, so the spacing shrinks to 3.6/1.33 ≈ 2.7 mm.

## Exercise 4.2 — Thin films

**(a)** Constructive reflection: 2nt = mλ, so λ = 2(1.33)(500 nm)/m = 1330/m nm. With m = 2: **λ = 665 nm** (red).

**(b)** Both reflections (air→MgF₂ and MgF₂→glass) have a phase flip, so destructive interference needs 2nt = λ/2:

t = λ/(4n) = 550/(4 × 1.38) = **99.6 nm**

## Exercise 4.3 — Grating

d = 1 mm / 600 = 1666.7 nm.

**(a)** sin θ₂ = 2λ/d = 1000/1666.7 = 0.600 → **θ₂ = 36.87°**

**(b)** m_max = ⌊d/λ⌋ = ⌊3.33⌋ = **3**

**(c)** sin θ₂ = 1300/1666.7 = 0.780 → θ₂ = 51.26°, so the angle increases: **(C)**."""

OPT_A2 = """You're right — I dropped the half-wave shift. The film has air on both sides, so only the top reflection flips phase, and the condition for a reflection maximum is 2nt = (m + ½)λ:

λ = 1330 nm / (m + ½)

- m = 1 → 886.7 nm (infrared)
- m = 2 → 532 nm (green)
- m = 3 → 380 nm (just below the visible range)

So the corrected answer to 4.2(a) is **532 nm**. The other parts are unaffected."""


def claude_msg(key, sender, t, blocks, attachments=()):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid("opt/" + key),
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": list(attachments),
        "files": [],
    }


def tb(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


def wave_optics():
    prob = read_problems()
    msgs = [
        claude_msg("h1", "human", "2026-10-05T19:02:11.204817Z",
                   [tb("Can you work through these? Give the final answers clearly, I want to check mine.",
                       "2026-10-05T19:02:11.204817Z", "2026-10-05T19:02:11.204817Z")],
                   attachments=[{"file_name": "week4.md", "file_size": len(prob.encode("utf-8")),
                                 "file_type": "text/markdown", "extracted_content": prob}]),
        claude_msg("a1", "assistant", "2026-10-05T19:02:14.880114Z", [
            {"start_timestamp": "2026-10-05T19:02:14.880114Z", "stop_timestamp": "2026-10-05T19:02:29.101552Z",
             "type": "thinking",
             "thinking": "Double slit: 600e-9*1.5/0.25e-3 = 3.6 mm. Third dark fringe: 2.5 spacings = 9 mm, or is it 3.5? m=0 first dark, so m=2 -> 9.0 mm. Soap film 1330/m -> 665. Grating d = 1666.7 nm.",
             "summaries": [{"summary": "Computing fringe spacing and grating angles."}], "cut_off": False},
            {"start_timestamp": "2026-10-05T19:02:29.3Z", "stop_timestamp": "2026-10-05T19:02:31.0Z",
             "type": "tool_use", "name": "repl", "id": "toolu_01" + uid("opt/tool")[:20].replace("-", ""),
             "input": {"code": "const d = 1e6/600;\nconsole.log(d, Math.asin(1000/d)*180/Math.PI, Math.asin(1300/d)*180/Math.PI, 550/(4*1.38));"},
             "message": "Checking the grating angles", "integration_name": None, "context": None, "display_content": None},
            {"start_timestamp": "2026-10-05T19:02:31.2Z", "stop_timestamp": "2026-10-05T19:02:31.4Z",
             "type": "tool_result", "name": "repl",
             "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"1666.6666666666667 36.86989764584402 51.26057269272408 99.63768115942028\"]}", "uuid": uid("opt/toolres")}],
             "is_error": False, "message": None, "display_content": None},
            tb(OPT_A1, "2026-10-05T19:02:31.6Z", "2026-10-05T19:02:52.7Z"),
        ]),
        claude_msg("h2", "human", "2026-10-05T19:10:40.551203Z",
                   [tb("For 4.2(a) — isn't there a phase flip only at the top surface of a soap film? Then it should be (m+1/2), no?",
                       "2026-10-05T19:10:40.551203Z", "2026-10-05T19:10:40.551203Z")]),
        claude_msg("a2", "assistant", "2026-10-05T19:10:43.012377Z", [
            {"start_timestamp": "2026-10-05T19:10:43.012377Z", "stop_timestamp": "2026-10-05T19:10:47.5Z",
             "type": "thinking", "thinking": "Yes, n_film > n_air on both sides: one flip. 1330/2.5 = 532.",
             "summaries": [{"summary": "Rechecking the phase condition."}], "cut_off": False},
            tb(OPT_A2, "2026-10-05T19:10:47.7Z", "2026-10-05T19:10:55.2Z"),
        ]),
    ]
    conv = {
        "uuid": uid("opt/conv"),
        "name": "Wave optics week 4 exercises",
        "summary": "",
        "created_at": "2026-10-05T19:02:10.118202Z",
        "updated_at": "2026-10-05T19:10:55.2Z",
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }
    other = {
        "uuid": uid("bread/conv"),
        "name": "Sourdough feeding schedule",
        "summary": "",
        "created_at": "2026-10-03T08:14:00.000000Z",
        "updated_at": "2026-10-03T08:15:02.000000Z",
        "account": {"uuid": uid("account")},
        "chat_messages": [
            claude_msg("b-h1", "human", "2026-10-03T08:14:00.000000Z",
                       [tb("How often should I feed a starter kept in the fridge?", "2026-10-03T08:14:00.000000Z", "2026-10-03T08:14:00.000000Z")]),
            claude_msg("b-a1", "assistant", "2026-10-03T08:14:05.000000Z",
                       [tb("Once a week is usually enough: discard all but about 50 g, feed 1:1:1 flour and water by weight, leave it out 1–2 hours, then refrigerate.",
                           "2026-10-03T08:14:05.000000Z", "2026-10-03T08:15:02.000000Z")]),
        ],
    }
    write("wave-optics/transcripts/claude-export.json", [other, conv])


if __name__ == "__main__":
    chem_kinetics()
    pop_ecology()
    wave_optics()
