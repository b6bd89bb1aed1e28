#!/usr/bin/env python3
"""Writes the three JSON data exports of the final40 corpus.

Deterministic: ids come from uuid5 over fixed names, times are fixed constants, so
re-running gives byte-identical files.  Paths are relative to this file's parent folder.

  pk-exam/transcripts/chatgpt-ps3-conversations.json   ChatGPT export, current_node, regenerated
                                                        branch, thoughts/reasoning_recap, python tool
  acoustics-md/transcripts/claude-export-hw2.json      Claude export, two conversations, thinking,
                                                        tool_use/tool_result, attachment
  hydrology-ex/transcripts/conversations.json          ChatGPT export, three conversations; the graded
                                                        one has no current_node; citation markers
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("5f0c8d2e-9a41-4c57-b1e3-2a6d7f90c4b8")


def uid(name):
    return str(uuid.uuid5(NS, name))


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv_name):
        self.conv = conv_name
        self.mapping = {}
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def add(self, key, parent, role, content, t, name=None, recipient="all", metadata=None,
            end_turn=None, hidden=False):
        nid = uid(self.conv + "/" + key)
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0 if not hidden else 0.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conversation(tree, title, t0, t1, current=None, model="gpt-4o"):
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": t1,
        "mapping": tree.mapping,
        "moderation_results": [],
    }
    if current is not None:
        conv["current_node"] = current
    conv.update({
        "plugin_ids": None,
        "conversation_id": uid(tree.conv + "/conversation"),
        "conversation_template_id": None,
        "gizmo_id": None,
        "gizmo_type": None,
        "is_archived": False,
        "is_starred": None,
        "safe_urls": [],
        "default_model_slug": model,
        "conversation_origin": None,
        "voice": None,
        "async_status": None,
        "disabled_tool_ids": [],
        "id": uid(tree.conv + "/conversation"),
    })
    return conv


def write_json(rel, obj, **kw):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, **kw))
        f.write("\n")


# ================================================================ T1: pharmacokinetics
PK_USER1 = r"""PHAR 3120 — Clinical Pharmacokinetics Problem Set 3
Assume one-compartment, first-order elimination unless told otherwise. Give numerical answers to 3 significant figures (times in hours, concentrations in mg/L) unless the part says otherwise.

1. IV bolus. A patient receives a single 500 mg IV bolus. The drug has volume of distribution V = 50 L and clearance CL = 5 L/h.
(a) Find the elimination rate constant k (in h^-1).
(b) Find the elimination half-life t1/2 (two decimal places).
(c) Find the initial plasma concentration C0.
(d) Find the plasma concentration 8 h after the dose (3 decimal places).

2. Bioavailability. In a crossover study the same subject received 400 mg orally (AUC0-∞ = 60 mg·h/L) and 200 mg IV (AUC0-∞ = 40 mg·h/L).
(a) What is the systemic clearance (L/h)?
(b) What is the absolute oral bioavailability F?
(c) What oral dose gives the same AUC as the 200 mg IV dose? (two decimal places, mg)
(d) A different drug is completely absorbed from the gut and has hepatic extraction ratio EH = 0.25; there is no gut-wall metabolism. Its oral bioavailability is
A. 0.25   B. 0.50   C. 0.75   D. 1.00

3. Constant-rate infusion. A drug with CL = 6 L/h and V = 42 L is to be given by continuous IV infusion to reach a target steady-state concentration of 15 mg/L.
(a) What infusion rate (mg/h) is needed?
(b) Without a loading dose, how long (h) does it take to reach 90% of Css? (two decimal places)
(c) What IV loading dose (mg) would reach the target immediately?
(d) True or false: doubling the infusion rate halves the time needed to reach steady state.

can you do 1-3 first, show work"""

PK_THOUGHTS1 = [
    {"summary": "Working through IV bolus basics",
     "content": "k = CL/V = 0.1. Half-life 6.93. C0 = 10. C(8) = 10 e^-0.8 = 4.4933.",
     "chunks": [], "finished": True},
    {"summary": "Checking bioavailability and infusion",
     "content": "F = (60/400)/(40/200) = 0.75. Oral dose 200/0.75 = 266.67. Infusion R = 90, t90 = ln10/k with k = 1/7, so 16.118 h. LD 630.",
     "chunks": [], "finished": True},
]

PK_A1 = r"""## Problem 1 — IV bolus

**(a)** The elimination rate constant is clearance over volume:

\[
k = \frac{CL}{V} = \frac{5\ \text{L/h}}{50\ \text{L}} = 0.1\ \text{h}^{-1}
\]

**(b)** Half-life:

\[
t_{1/2} = \frac{\ln 2}{k} = \frac{0.693147}{0.1} = 6.93\ \text{h}
\]

**(c)** Initial concentration:

\[
C_0 = \frac{D}{V} = \frac{500\ \text{mg}}{50\ \text{L}} = 10\ \text{mg/L}
\]

**(d)** At \(t = 8\) h:

\[
C(8) = 10\,e^{-0.1 \times 8} = 10 \times 0.449329 = \boxed{4.493\ \text{mg/L}}
\]

## Problem 2 — Bioavailability

**(a)** Only the IV arm gives clearance directly: \(CL = D_{IV}/AUC_{IV} = 200/40 = 5\) L/h.

**(b)**

\[
F = \frac{AUC_{oral}\,/\,D_{oral}}{AUC_{IV}\,/\,D_{IV}} = \frac{60/400}{40/200} = \frac{0.15}{0.20} = 0.75
\]

So the oral bioavailability is **75 %**.

**(c)** Equal exposure requires \(F \cdot D_{oral} = D_{IV}\):

\[
D_{oral} = \frac{200}{0.75} \approx 266.6\ \text{mg}
\]

**(d)** With complete absorption and no gut-wall loss, \(F = f_{abs}\,(1-E_G)(1-E_H) = 1 \times 1 \times (1 - 0.25) = 0.75\), which is option **(C)**.

## Problem 3 — Constant-rate infusion

**(a)** At steady state \(R_0 = CL \cdot C_{ss} = 6 \times 15 = 90\) mg/h.

**(b)** Here \(k = CL/V = 6/42 = 0.142857\ \text{h}^{-1}\). The fraction of steady state reached is \(1 - e^{-kt}\). Setting this to 0.9:

\[
t = \frac{-\ln(0.9)}{k} = \frac{0.10536}{0.142857} = 0.74\ \text{h}
\]

Wait, that's the time to lose 10 %, not to reach 90 %. Let me redo it: \(e^{-kt} = 0.1\), so

\[
t_{90} = \frac{\ln 10}{k} = \frac{2.302585}{0.142857} = 16.12\ \text{h}
\]

**(c)** Loading dose \(= V \cdot C_{ss} = 42 \times 15 = 630\) mg.

**(d)** **False** — the time to approach steady state is governed only by \(k\) (about 3.3 half-lives for 90 %), not by the infusion rate.

---

| Part | Answer |
|---|---|
| 1a | 0.1 h⁻¹ |
| 1b | 6.93 h |
| 1c | 10 mg/L |
| 1d | 4.493 mg/L |
| 2a | 5 L/h |
| 2b | 0.75 |
| 2c | 266.6 mg |
| 2d | (D) |
| 3a | 90 mg/h |
| 3b | 16.12 h |
| 3c | 630 mg |
| 3d | False |"""

PK_USER2 = r"""4. Multiple dosing. 250 mg is given by IV bolus every 12 h. V = 35 L and t1/2 = 8 h.
(a) Compute the accumulation factor R = 1/(1-e^(-kτ)) (3 decimal places).
(b) Compute Cmax,ss.
(c) Compute Cmin,ss.
(d) Compute the average steady-state concentration C̄ss.

5. Elimination pathways.
(a) During a 60 min urine collection the urine flow was 1.5 mL/min and the urine drug concentration 120 mg/L; the mid-point plasma concentration was 2 mg/L. Find the renal clearance in mL/min.
(b) The total clearance of the drug in (a) is 150 mL/min. What fraction fe is excreted unchanged?
(c) Hepatic blood flow is 1.5 L/min and hepatic clearance 0.3 L/min. Find the hepatic extraction ratio.
(d) Write the well-stirred model expression for hepatic clearance CLH in terms of hepatic blood flow Q, unbound fraction fu and intrinsic clearance CLint.

6. Oral absorption. A 300 mg oral dose (F = 1) is absorbed with ka = 1.2 h^-1; k = 0.2 h^-1 and V = 30 L.
(a) Find tmax (h).
(b) Find Cmax.
(c) Find AUC0-∞ (mg·h/L).
(d) Give the concentrations at t = 1, 2 and 4 h as a vector (C1, C2, C4), each to two decimal places.

now 4-6 please"""

# first (superseded) response to USER2 -- a regenerated sibling exists
PK_A2_OLD = r"""### 4. Multiple dosing

k = 0.693/8 = 0.0866 h⁻¹, kτ = 1.04, e^(−kτ) = 0.354.

- (a) R = 1/(1 − 0.354) ≈ **1.55**
- (b) C_max,ss = (250/35) × 1.55 ≈ **11.0 mg/L**
- (c) C_min,ss = 11.0 × 0.354 ≈ **3.9 mg/L**
- (d) C̄_ss = D/(CL·τ) = 250/(3.03 × 12) ≈ **6.87 mg/L**

### 5. Elimination pathways

- (a) CL_R = (U × V̇)/P = 120 × 1.5 / 2 = **90 mL/min**
- (b) f_e = 90/150 = **0.6**
- (c) E_H = 0.3/1.5 = **0.2**
- (d) **CL_H = Q·f_u·CL_int / (Q + f_u·CL_int)**

### 6. Oral absorption

- (a) t_max = ln(6)/1.0 ≈ **1.79 h**
- (b) C_max ≈ **6.99 mg/L**
- (c) AUC = 300/(0.2 × 30) = **50 mg·h/L**
- (d) **(6.21, 6.96, 5.29) mg/L**"""

PK_CODE = """import math
D, V, tau = 250, 35, 12
k = math.log(2)/8
r = math.exp(-k*tau)
R = 1/(1-r)
cmax = D/V*R
cmin = cmax*r
print(round(k,6), round(r,6), round(R,4), round(cmax,4), round(cmin,4))"""

PK_EXEC = "0.086643 0.353553 1.5469 11.0494 3.9066"

PK_THOUGHTS2 = [
    {"summary": "Planning multiple-dose calculations",
     "content": "Use python for the accumulation numbers, then renal clearance by hand.",
     "chunks": [], "finished": True},
]

PK_A2_NEW = r"""## Problem 4 — Multiple dosing

From the calculation above: \(k = 0.086643\ \text{h}^{-1}\) and \(e^{-k\tau} = 2^{-1.5} = 0.353553\).

**(a)** \(R = 1/(1 - 0.353553) = 1.547\)

**(b)** \(C_{\max,ss} = \dfrac{D}{V}\,R = 7.1429 \times 1.5469 = 11.05\ \text{mg/L}\)

**(c)** \(C_{\min,ss} = C_{\max,ss}\,e^{-k\tau} = 11.05 \times 0.353553 = 3.91\ \text{mg/L}\)

**(d)** The average level is the dosing rate divided by clearance. With \(CL = kV = 0.086643 \times 35 = 3.0325\) L/h:

\[
\bar C_{ss} = \frac{D}{CL\cdot t_{1/2}} = \frac{250}{3.0325 \times 8} = 10.31\ \text{mg/L}
\]

## Problem 5 — Elimination pathways

**(a)** Renal clearance = (urine conc × urine flow)/plasma conc:

\[
CL_R = \frac{120 \times 1.5}{2} = 90\ \text{mL/min}
\]

**(b)** \(f_e = CL_R/CL = 90/150 = 0.6\)

**(c)** \(E_H = CL_H/Q_H = 0.3/1.5 = 0.2\)

**(d)** This one asks you to state a model from your notes rather than compute anything. Would you like me to derive the well-stirred model from a mass balance over the liver first, or just state it?

## Problem 6 — Oral absorption

Concentration follows the Bateman equation \(C(t) = \dfrac{F D k_a}{V(k_a-k)}\left(e^{-kt} - e^{-k_a t}\right) = 12\left(e^{-0.2t} - e^{-1.2t}\right)\).

**(a)** \(t_{\max} = \dfrac{\ln(k_a/k)}{k_a - k} = \dfrac{\ln 6}{1.0} = 1.79\ \text{h}\)

**(b)** \(C_{\max} = 12\,(0.69883 - 0.11647) = 12 \times 0.58236 = 6.97\ \text{mg/L}\)

**(c)** \(AUC_{0-\infty} = \dfrac{F D}{k V} = \dfrac{300}{0.2 \times 30} = 50\ \text{mg·h/L}\)

**(d)** Evaluating at the three times (truncating to two decimals):

\[
(C_1, C_2, C_4) = (6.21,\ 6.95,\ 5.29)\ \text{mg/L}
\]"""

PK_USER3 = "my TA said 2c should be to two decimals, is 266.6 right?"

PK_A3 = r"""Good catch — I truncated instead of rounding. \(200/0.75 = 266.666\ldots\), which to two decimal places is

**2(c): 266.67 mg**

Everything else in Problem 2 stands."""


def build_pk():
    tr = Tree("pk-ps3")
    t = 1764700000.0
    sys_ = tr.add("system", tr.root, "system", text(""), None, hidden=True)
    u1 = tr.add("user1", sys_, "user", text(PK_USER1), t + 1.5,
                metadata={"request_id": "8e2f6b1c9d0a4e11-IAD", "message_source": None})
    th1 = tr.add("thoughts1", u1, "assistant",
                 {"content_type": "thoughts", "thoughts": PK_THOUGHTS1,
                  "source_analysis_msg_id": uid("pk-ps3/analysis1")}, t + 4.2,
                 metadata={"model_slug": "o3", "parent_id": u1})
    rr1 = tr.add("recap1", th1, "assistant",
                 {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, t + 18.7,
                 metadata={"model_slug": "o3", "parent_id": th1})
    a1 = tr.add("assistant1", rr1, "assistant", text(PK_A1), t + 19.0, end_turn=True,
                metadata={"model_slug": "o3", "finish_details": {"type": "stop", "stop_tokens": [200002]},
                          "parent_id": rr1})
    u2 = tr.add("user2", a1, "user", text(PK_USER2), t + 310.2)
    # first answer (superseded by a regeneration)
    a2old = tr.add("assistant2-old", u2, "assistant", text(PK_A2_OLD), t + 322.9, end_turn=True,
                   metadata={"model_slug": "o3", "parent_id": u2})
    # regenerated branch
    th2 = tr.add("thoughts2", u2, "assistant",
                 {"content_type": "thoughts", "thoughts": PK_THOUGHTS2,
                  "source_analysis_msg_id": uid("pk-ps3/analysis2")}, t + 401.0,
                 metadata={"model_slug": "o3", "parent_id": u2})
    code = tr.add("code2", th2, "assistant",
                  {"content_type": "code", "language": "unknown", "response_format_name": None,
                   "text": PK_CODE}, t + 405.3, recipient="python",
                  metadata={"model_slug": "o3", "parent_id": th2})
    out = tr.add("exec2", code, "tool",
                 {"content_type": "execution_output", "text": PK_EXEC}, t + 406.1, name="python",
                 metadata={"is_complete": True,
                           "aggregate_result": {"status": "success", "run_id": uid("pk-ps3/run"),
                                                "code": PK_CODE, "end_time": t + 406.0,
                                                "final_expression_output": None,
                                                "messages": [], "jupyter_messages": []},
                           "parent_id": code})
    rr2 = tr.add("recap2", out, "assistant",
                 {"content_type": "reasoning_recap", "content": "Thought for 22 seconds"}, t + 428.0,
                 metadata={"model_slug": "o3", "parent_id": out})
    a2 = tr.add("assistant2", rr2, "assistant", text(PK_A2_NEW), t + 428.4, end_turn=True,
                metadata={"model_slug": "o3", "parent_id": rr2})
    u3 = tr.add("user3", a2, "user", text(PK_USER3), t + 900.6)
    a3 = tr.add("assistant3", u3, "assistant", text(PK_A3), t + 905.8, end_turn=True,
                metadata={"model_slug": "o3", "parent_id": u3})
    conv = conversation(tr, "PK Problem Set 3 Help", t, t + 905.8, current=a3, model="o3")
    write_json("pk-exam/transcripts/chatgpt-ps3-conversations.json", [conv], ensure_ascii=False)


# ================================================================ T3: acoustics (Claude)
AC_ATTACH = """MUS/PHYS 214 · Musical Acoustics — Homework 2
Homework 2: Levels, strings, tuning, rooms
Due Tuesday at the start of lecture. Show your work; a bare number earns half credit. Use c = 343 m/s for the speed of sound in air and p0 = 20 μPa, I0 = 10^-12 W/m² as reference values unless stated otherwise. Round decibel values to two decimal places.
1. Decibels (8 pts)
(a) A tone has an rms sound pressure of 0.2 Pa. What is its sound pressure level in dB SPL?
(b) Two incoherent sources each produce 80 dB at a listener. What level do they produce together?
(c) What is the intensity level of a sound with intensity 10^-5 W/m²?
(d) A small source in a free field gives 90 dB at 2 m. What level do you expect at 16 m?
2. Strings and pipes (8 pts)
A guitar string with vibrating length 65 cm is tuned to a fundamental of 110 Hz (A2).
(a) What is the transverse wave speed on the string (m/s)?
(b) If the string's linear density is 5.0 g/m, what is its tension (N)?
A 50 cm pipe is closed at one end and open at the other (ignore end corrections).
(c) What is its fundamental frequency (Hz)?
(d) List its first three resonance frequencies (Hz).
3. Tuning (8 pts)
(a) In 12-tone equal temperament with A4 = 440 Hz, what is the frequency of E5, seven semitones above A4? (2 decimals)
(b) How large is a just perfect fifth (3:2) in cents? (2 decimals)
(c) Give the exact frequency ratio of an equal-tempered major third.
(d) Which 12-TET interval is closest to the just ratio 5:4?
A. minor third B. major third C. perfect fourth D. tritone
4. Beats and Doppler (8 pts)
(a) Two tuning forks at 440 Hz and 443 Hz sound together. What is the beat frequency?
(b) A 500 Hz siren approaches a stationary listener at 20 m/s. What frequency is heard? (2 decimals)
(c) Now the siren is stationary and the listener moves toward it at 20 m/s. What frequency is heard? (2 decimals)
(d) True or false: the answers to (b) and (c) are equal, because only the relative speed matters.
5. Room acoustics (8 pts)
A practice room is 10 m × 8 m × 4 m and has a total absorption of 40 m² sabins. Use the Sabine formula T60 = 0.161 V/A.
(a) What is the reverberation time (s)?
(b) 24 m² of acoustic panels with absorption coefficient 0.80 are added over surfaces whose own absorption you may neglect. What is the new T60? (3 decimals)
(c) For the original room, what is the average absorption coefficient ᾱ = A/S over all six surfaces? Give an exact fraction.
(d) What total absorption (m² sabins) would give T60 = 0.6 s? (2 decimals)
6. Odds and ends (8 pts)
(a) What is the wavelength in air of a 1 kHz tone (m)?
(b) What is the wavelength of a 1 kHz tone in water, where c = 1480 m/s?
(c) Using c = 331.3√(1 + T/273.15), find the speed of sound at 25 °C (2 decimals).
(d) True or false: an increase of 10 dB corresponds to a tenfold increase in intensity.
"""

AC_H1 = "Can you help me with this homework? Go through problems 1-5, I'll ask about 6 later."

AC_THINK1 = ("The user wants problems 1-5 of an acoustics homework. Let me compute carefully. "
             "SPL 20log(0.2/20e-6) = 80. Two incoherent 80 dB -> 83.01. Intensity level 70. "
             "Distance 2 -> 16 m is a factor 8, inverse square... For the string v = 2Lf = 143. "
             "Tension mu v^2. Let me run the Doppler and tuning numbers in the analysis tool.")

AC_T1 = r"""I'll go through Problems 1–5 in order, showing the key steps.

## Problem 1 — Decibels

**(a)** $L_p = 20\log_{10}(p/p_0) = 20\log_{10}(0.2 / 20\times10^{-6}) = 20\log_{10}(10^4)$

$L_p = 80$ dB SPL

**(b)** Incoherent sources add in intensity: $L = 10\log_{10}(2\times10^{8}) = 80 + 3.01$, so **83.01 dB**.

**(c)** $L_I = 10\log_{10}(10^{-5}/10^{-12}) = 10 \times 7 =$ **70 dB**

**(d)** Going from 2 m to 16 m is a factor of 8 in distance. With the inverse-square law the level falls by $10\log_{10}(8) = 9.03$ dB, giving

$$L_{16} = 90 - 9.03 = 80.97 \text{ dB}$$

## Problem 2 — Strings and pipes

**(a)** For the fundamental, $\lambda = 2L = 1.30$ m, so $v = \lambda f = 1.30 \times 110 = 143$ m/s.

**(b)** $T = \mu v^2$. With $\mu = 5.0$ g/m $= 0.05$ kg/m:

$$T = 0.05 \times 143^2 = 0.05 \times 20449 = 1022.45 \text{ N}$$

**(c)** A closed–open pipe is a quarter-wave resonator: $f_1 = c/4L = 343/2.0 =$ **171.5 Hz**.

**(d)** The resonances are the harmonic series of $f_1$: **171.5 Hz, 343 Hz, 514.5 Hz**.

Let me run the tuning and Doppler numbers to be safe."""

AC_TOOL_CODE = """const semis = 440 * Math.pow(2, 7/12);
const cents = 1200 * Math.log2(1.5);
const src = 500 * 343 / (343 - 20);
const obs = 500 * (343 + 20) / 343;
console.log(semis.toFixed(4), cents.toFixed(4), src.toFixed(4), obs.toFixed(4));"""

AC_TOOL_OUT = "659.2551 701.9550 530.9598 529.1545"

AC_T2 = r"""## Problem 3 — Tuning

**(a)** $f = 440 \times 2^{7/12} = 659.26$ Hz

**(b)** $1200 \log_2(3/2) = 701.96$ cents

**(c)** The equal-tempered major third should approximate the just ratio, so the exact ratio is $\tfrac{5}{4}$.

**(d)** **B** — the major third (400 cents vs. 386.31 cents for 5:4).

## Problem 4 — Beats and Doppler

**(a)** $f_{beat} = |443 - 440| = 3$ Hz

**(b)** Moving source: $f' = f\,\dfrac{c}{c - v_s} = 500 \times \dfrac{343}{323} = 530.96$ Hz

**(c)** Moving observer: $f' = f\,\dfrac{c + v_o}{c} = 500 \times \dfrac{363}{343} \approx 529.16$ Hz

**(d)** **False.** For sound in air the two situations are not equivalent, because the air itself is the reference frame; (b) gives a larger shift than (c).

## Problem 5 — Room acoustics

$V = 10 \times 8 \times 4 = 320$ m³ and $S = 2(80 + 40 + 32) = 304$ m².

**(a)** $T_{60} = 0.161 \times 320 / 40 = 1.288$, i.e. **1.29 s**.

**(b)** The panels add $24 \times 0.80 = 19.2$ m² sabins, so $A = 59.2$ and $T_{60} = 51.52/59.2 = 0.870$ s. Strictly, though, the panels cover part of the existing surfaces (average $\bar\alpha \approx 0.13$), so you lose $24 \times 0.1316 = 3.16$ sabins: $A = 56.04$ and $T_{60} \approx 0.919$ s.

So $T_{60} \approx 0.870$ s, or about 0.919 s if you account for the covered surface.

**(c)** $\bar\alpha = A/S = 40/304 = \dfrac{5}{38} \approx 0.132$

**(d)** Quick question before I do this one: do you want the absorption needed starting from the original room, or in addition to the panels from part (b)? The wording of your sheet could be read either way."""

AC_H2 = ("5d is just total absorption, never mind. But for 2d — isn't a closed pipe odd harmonics only? "
         "Also can you do 6 a–c? I already know d.")

AC_THINK2 = ("They're right: closed-open pipes only support odd harmonics. 171.5, 514.5, 857.5. "
             "For 6: 0.343 m, 1.48 m, speed at 25 C.")

AC_T3 = r"""You're right about 2(d) — I listed the full harmonic series, which is wrong for a pipe closed at one end. Only odd multiples of the fundamental fit a node at the closed end and an antinode at the open end:

**2(d): 171.5 Hz, 514.5 Hz, 857.5 Hz** (1st, 3rd and 5th harmonics).

## Problem 6

**(a)** $\lambda = c/f = 343/1000 = 0.343$ m

**(b)** $\lambda_{water} = 1480/1000 = 1.48$ m

**(c)** $c = 331.3\sqrt{1 + 25/273} = 331.3 \times 1.04479 = 346.14$ m/s"""


def claude_ts(sec):
    # fixed base 2026-11-18T19:02:11Z plus offset seconds
    base_h, base_m, base_s = 19, 2, 11
    total = base_h * 3600 + base_m * 60 + base_s + sec
    h, rem = divmod(int(total), 3600)
    m, s = divmod(rem, 60)
    frac = int(round((total - int(total)) * 1e6))
    return "2026-11-18T%02d:%02d:%02d.%06dZ" % (h, m, s, frac)


def c_text(s, t):
    return {"start_timestamp": claude_ts(t), "stop_timestamp": claude_ts(t + 0.5), "type": "text",
            "text": s, "citations": []}


def c_think(s, t, summary):
    return {"start_timestamp": claude_ts(t), "stop_timestamp": claude_ts(t + 3.0), "type": "thinking",
            "thinking": s, "summaries": [{"summary": summary}], "cut_off": False}


def c_msg(key, sender, blocks, t, attachments=(), files=()):
    texts = []
    for b in blocks:
        if b["type"] == "text":
            texts.append(b["text"])
        elif b["type"] == "tool_use":
            texts.append("\n```\nThis block is not supported on your current device yet.\n```\n")
    return {"uuid": uid("claude/" + key), "text": "\n\n".join(texts), "content": blocks, "sender": sender,
            "created_at": claude_ts(t), "updated_at": claude_ts(t + 1),
            "attachments": list(attachments), "files": list(files)}


def build_claude():
    other = {
        "uuid": uid("claude/sourdough"),
        "name": "Sourdough starter feeding schedule",
        "summary": "",
        "created_at": claude_ts(-86400 * 0 - 3000),
        "updated_at": claude_ts(-2900),
        "account": {"uuid": uid("claude/account")},
        "chat_messages": [
            c_msg("sd1", "human", [c_text("My starter doubles in 6 hours at 24 C. If I feed 1:5:5 how long until peak?", -3000)], -3000),
            c_msg("sd2", "assistant", [c_text("At a 1:5:5 ratio the starter is diluted about 11-fold, so expect roughly 3.5 doublings — around 10–12 hours at 24 °C, a bit longer if your kitchen is cooler.", -2990)], -2990),
        ],
    }
    t = 0.0
    h1 = c_msg("h1", "human", [c_text(AC_H1, t)], t,
               attachments=[{"file_name": "HW2_acoustics.pdf", "file_size": 4187, "file_type": "pdf",
                             "extracted_content": AC_ATTACH}],
               files=[{"file_name": "HW2_acoustics.pdf"}])
    tool_use = {"start_timestamp": claude_ts(t + 40), "stop_timestamp": claude_ts(t + 41), "type": "tool_use",
                "name": "repl", "input": {"code": AC_TOOL_CODE}, "message": "Computing tuning and Doppler values",
                "integration_name": None, "integration_icon_url": None, "context": None, "display_content": None}
    tool_result = {"start_timestamp": claude_ts(t + 41), "stop_timestamp": claude_ts(t + 42), "type": "tool_result",
                   "name": "repl",
                   "content": [{"type": "text", "text": '{"status":"success","logs":["' + AC_TOOL_OUT + '"]}', "uuid": uid("claude/tr1")}],
                   "is_error": False, "message": None, "display_content": None}
    a1 = c_msg("a1", "assistant",
               [c_think(AC_THINK1, t + 5, "Working through decibel, string and pipe calculations."),
                c_text(AC_T1, t + 12), tool_use, tool_result, c_text(AC_T2, t + 43)], t + 5)
    h2 = c_msg("h2", "human", [c_text(AC_H2, t + 600)], t + 600)
    a2 = c_msg("a2", "assistant",
               [c_think(AC_THINK2, t + 605, "Correcting closed-pipe harmonics and computing wavelengths."),
                c_text(AC_T3, t + 610)], t + 605)
    graded = {
        "uuid": uid("claude/acoustics"),
        "name": "Acoustics HW2 help",
        "summary": "",
        "created_at": claude_ts(t),
        "updated_at": claude_ts(t + 612),
        "account": {"uuid": uid("claude/account")},
        "chat_messages": [h1, a1, h2, a2],
    }
    write_json("acoustics-md/transcripts/claude-export-hw2.json", [other, graded], indent=2, ensure_ascii=False)


# ================================================================ T5: hydrology (ChatGPT, no current_node)
CITE_RM = "\ue200cite\ue202turn0search2\ue201"
CITE_N = "\ue200cite\ue202turn0search0\ue202turn0search5\ue201"

HY_U1 = r"""Chapter 5 hydrology exercises, discharges in m³/s 2dp, depths mm 2dp

Exercise 5.1 — Rational method
A 2.5 km² urban catchment receives a design rainfall intensity of 50 mm/h. Use Q = C i A/3.6 with i in mm/h, A in km² and Q in m³/s.
a. With a runoff coefficient C = 0.6, what is the peak discharge?
b. The catchment is really 40 % paved (C = 0.9) and 60 % lawn (C = 0.3). What is the area-weighted composite C?
c. Recompute the peak discharge with the composite C.
d. True or false: the rational method is appropriate for basins of several thousand km².

Exercise 5.2 — SCS curve number
A storm of P = 100 mm falls on a watershed with curve number CN = 80. Use S = 25400/CN − 254 (mm) and Ia = 0.2S.
a. Find the potential maximum retention S.
b. Find the initial abstraction Ia.
c. Find the direct runoff depth Q = (P−Ia)²/(P−Ia+S).
d. Find the event runoff ratio Q/P (3 decimals).

Exercise 5.3 — Uniform flow
A rectangular concrete channel is 4 m wide and carries water at a normal depth of 1.5 m. Manning's n = 0.015 and the bed slope is 0.001.
a. Flow area (m²).
b. Hydraulic radius (m) — give it as an exact fraction.
c. Mean velocity from Manning's equation (m/s, 3 decimals).
d. Discharge."""

HY_A1 = "**Exercise 5.1 — Rational method**\n\n" \
    "a. Q = C·i·A/3.6 = 0.6 × 50 × 2.5 / 3.6 = 75/3.6 = **20.83 m³/s**\n\n" \
    "b. Area-weighted: C = 0.4 × 0.9 + 0.6 × 0.3 = 0.36 + 0.18 = **0.54**\n\n" \
    "c. Q = 0.54 × 50 × 2.5 / 3.6 = 67.5/3.6 = **18.75 m³/s**\n\n" \
    "d. **False.** The rational method assumes uniform rainfall intensity over the whole catchment for a duration at least equal to the time of concentration, which only holds for small basins; most manuals limit it to a few km² at most " + CITE_RM + ".\n\n" \
    "**Exercise 5.2 — SCS curve number**\n\n" \
    "a. S = 25400/80 − 254 = 317.5 − 254 = **63.5 mm**\n\n" \
    "b. Ia = 0.2 × 63.5 = **12.7 mm**\n\n" \
    "c. P − Ia = 100 − 12.7 = 87.3 mm, so\n\n" \
    "Q = 87.3² / (87.3 + 63.5) = 7621.29 / 150.8 = **50.31 mm**\n\n" \
    "d. Q/P = 50.31/100 ≈ **0.503**\n\n" \
    "**Exercise 5.3 — Uniform flow**\n\n" \
    "a. A = b·y = 4 × 1.5 = **6 m²**\n\n" \
    "b. Wetted perimeter P = b + 2y = 4 + 3 = 7 m, so R = A/P = **6/7 m** (≈ 0.857 m)\n\n" \
    "c. Concrete channels typically have n ≈ 0.012–0.015 " + CITE_N + ", so the given value is reasonable. Since the channel is fairly wide, use the wide-channel approximation R ≈ y = 1.5 m:\n\n" \
    "V = (1/n) R^(2/3) S^(1/2) = (1/0.015) × 1.5^(2/3) × 0.001^(1/2) = 66.667 × 1.3104 × 0.031623 = **2.763 m/s**\n\n" \
    "d. Q = A·V = 6 × 2.763 = **16.58 m³/s**"

HY_U2 = r"""Exercise 5.4 — Horton infiltration
Horton parameters for a plot are f0 = 80 mm/h, fc = 10 mm/h, k = 2 h^-1, with ponding from t = 0.
a. Infiltration capacity at t = 1 h.
b. Cumulative infiltration over the first hour.
c. Write f(t) (mm/h, t in h) for this plot.
d. Which soil would you expect to have the largest fc? (A) clay (B) silt loam (C) sand (D) clay loam

Exercise 5.5 — Darcy flow in a confined aquifer
A confined aquifer 20 m thick and 500 m wide has hydraulic conductivity K = 15 m/day and hydraulic gradient 0.004. Effective porosity is 0.30.
a. Darcy flux q (m/day).
b. Discharge through the aquifer section (m³/day).
c. Average linear (seepage) velocity (m/day).
d. Travel time of a conservative tracer over 1 km (days).

Exercise 5.6 — Unit hydrograph
The 1-h unit hydrograph (for 1 cm of excess rainfall) of a catchment has hourly ordinates
t (h): 0 1 2 3 4 5
U (m³/s): 0 10 25 15 5 0
a. What catchment area (km²) is implied by this unit hydrograph?
b. A storm gives 2 cm of excess rainfall in the first hour and 1 cm in the second hour.
i. Give the direct-runoff ordinates at t = 0, 1, …, 6 h.
ii. What is the peak direct-runoff discharge?
c. At what time (h) does the peak occur?"""

# older generation (not on the graded branch)
HY_A2_OLD = "**5.4** a. f(1) = 10 + 70e^(−2) = 19.47 mm/h  b. F(1) = 40.26 mm  c. f(t) = 10 + 70e^(−2t)  d. (C)\n\n" \
    "**5.5** a. q = 0.06 m/day  b. Q = 600 m³/day  c. v = q/n = 0.2 m/day  d. t = 5000 days\n\n" \
    "**5.6** a. Volume = (10+25+15+5) × 3600 = 198,000 m³ over 1 cm → A = 19.8 km²\n" \
    "b. i. Ordinates: 0, 20, 50, 40, 15, 5, 0 m³/s  ii. Peak = 50 m³/s\n" \
    "c. Peak at t = 2 h"

HY_A2 = "### Exercise 5.4 — Horton infiltration\n\n" \
    "Horton's equation: f(t) = f_c + (f₀ − f_c) e^(−kt)\n\n" \
    "**a.** f(1) = 10 + 70 e^(−2) = 10 + 70 × 0.135335 = **19.47 mm/h**\n\n" \
    "**b.** Integrating f from 0 to 1 h: F(1) = f_c·t + (f₀ − f_c)/k · e^(−kt) = 10 + 35 × 0.135335 = 14.74 mm\n\n" \
    "Hmm, wait — that drops the constant of integration. The correct integral is F(t) = f_c·t + (f₀ − f_c)/k · (1 − e^(−kt)), so\n\n" \
    "F(1) = 10 + 35 × (1 − 0.135335) = 10 + 30.263 = **40.26 mm**\n\n" \
    "**c.** f(t) = 10 + 70 e^(−2t)  (mm/h, t in h)\n\n" \
    "**d.** Coarse-textured soils drain fastest, so the answer is **(C) sand**.\n\n" \
    "### Exercise 5.5 — Darcy flow\n\n" \
    "**a.** q = K·i = 15 × 0.004 = **0.06 m/day**\n\n" \
    "**b.** Q = q × (thickness × width) = 0.06 × 20 × 500 = **600 m³/day**\n\n" \
    "**c.** The seepage velocity accounts for the fact that water only flows through the pores: v = q × n_e = 0.06 × 0.30 = **0.018 m/day**\n\n" \
    "**d.** t = L/v = 1000/0.018 ≈ **55,556 days** (about 152 years)\n\n" \
    "### Exercise 5.6 — Unit hydrograph\n\n" \
    "**a.** The unit hydrograph must contain exactly 1 cm of runoff over the catchment, so the area follows from its volume: A = Σ(U·Δt) / (0.01 m). \n\n" \
    "**b. i.** Superpose 2 × UH (starting at t = 0) and 1 × UH lagged by 1 h:\n\n" \
    "| t (h) | 2 × U(t) | 1 × U(t−1) | DRH (m³/s) |\n" \
    "|---|---|---|---|\n" \
    "| 0 | 0 | – | 0 |\n" \
    "| 1 | 20 | 0 | 20 |\n" \
    "| 2 | 50 | 10 | 60 |\n" \
    "| 3 | 30 | 25 | 55 |\n" \
    "| 4 | 10 | 15 | 25 |\n" \
    "| 5 | 0 | 5 | 5 |\n" \
    "| 6 | – | 0 | 0 |\n\n" \
    "**ii.** The peak direct runoff is **60 m³/s**.\n\n" \
    "**c.** The peak occurs at **t = 2 h**.\n\n" \
    "---\n\n" \
    "**Recap of 5.6:** DRH = [0, 20, 60, 55, 25, 5, 0] m³/s; peak 60 m³/s at t = 3 h."

HY_U3 = "thanks. quick one: what would 5.1a be if the intensity was 80 mm/h instead?"

HY_A3 = "Everything scales linearly with intensity: Q = 0.6 × 80 × 2.5 / 3.6 = 120/3.6 = **33.33 m³/s**."


def build_hydro():
    convs = []
    # unrelated conversation 1 (has current_node)
    tr = Tree("iceland")
    t = 1763900000.0
    u = tr.add("u1", tr.root, "user", text("packing list for 5 days in Iceland in March, mostly driving the ring road south coast"), t + 1)
    a = tr.add("a1", u, "assistant", text("Here's a compact list:\n\n- Waterproof shell jacket and trousers\n- Insulated mid-layer (down or synthetic)\n- Merino base layers ×2\n- Waterproof hiking boots + microspikes\n- Hat, gloves, buff\n- Headlamp (days are ~11 h long in March)\n- Car phone charger and offline maps"), t + 9, end_turn=True)
    convs.append(conversation(tr, "Iceland packing list", t, t + 9, current=a))

    # graded conversation, no current_node
    tr = Tree("hydro")
    t = 1764300000.0
    sys_ = tr.add("system", tr.root, "system", text(""), None, hidden=True)
    u1 = tr.add("u1", sys_, "user", text(HY_U1), t + 2.0)
    a1 = tr.add("a1", u1, "assistant", text(HY_A1), t + 31.4, end_turn=True,
                metadata={"model_slug": "gpt-4o",
                          "content_references": [
                              {"matched_text": CITE_RM, "start_idx": HY_A1.index(CITE_RM),
                               "end_idx": HY_A1.index(CITE_RM) + len(CITE_RM), "type": "grouped_webpages",
                               "items": [{"title": "Rational Method — Hydrology Manual", "url": "https://example.edu/hydrology/rational-method",
                                          "attribution": "example.edu"}]},
                              {"matched_text": CITE_N, "start_idx": HY_A1.index(CITE_N),
                               "end_idx": HY_A1.index(CITE_N) + len(CITE_N), "type": "grouped_webpages",
                               "items": [{"title": "Manning's n values", "url": "https://example.org/mannings-n-table",
                                          "attribution": "example.org"}]}]})
    u2 = tr.add("u2", a1, "user", text(HY_U2), t + 420.0)
    tr.add("a2-old", u2, "assistant", text(HY_A2_OLD), t + 436.5, end_turn=True,
           metadata={"model_slug": "gpt-4o"})
    a2 = tr.add("a2", u2, "assistant", text(HY_A2), t + 512.9, end_turn=True,
                metadata={"model_slug": "gpt-4o"})
    u3 = tr.add("u3", a2, "user", text(HY_U3), t + 1103.3)
    tr.add("a3", u3, "assistant", text(HY_A3), t + 1106.0, end_turn=True,
           metadata={"model_slug": "gpt-4o"})
    convs.append(conversation(tr, "Hydrology ch5 exercises", t, t + 1106.0, current=None))

    # unrelated conversation 2
    tr = Tree("excel")
    t = 1764400000.0
    u = tr.add("u1", tr.root, "user", text("excel formula for weighted average of B2:B20 with weights in C2:C20"), t + 1)
    a = tr.add("a1", u, "assistant", text("Use:\n\n```\n=SUMPRODUCT(B2:B20, C2:C20) / SUM(C2:C20)\n```\n\nThis multiplies each value by its weight, adds them up, and divides by the total weight."), t + 6, end_turn=True)
    convs.append(conversation(tr, "Excel weighted average", t, t + 6, current=a))

    # newest first, as the export lists them
    convs.sort(key=lambda c: -c["update_time"])
    write_json("hydrology-ex/transcripts/conversations.json", convs, ensure_ascii=False)


if __name__ == "__main__":
    build_pk()
    build_claude()
    build_hydro()
