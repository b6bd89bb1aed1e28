#!/usr/bin/env python3
"""Generate the JSON chat exports of the final47 corpus.

Deterministic: fixed ids (uuid5 of names) and fixed timestamps, so re-running gives
byte-identical files. Run from anywhere:  python3 generators/make_exports.py
"""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a4e-47f4-4c0b-9d47-000000000047")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def iso(t):
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


CITE = "\ue200cite\ue202turn0search{}\ue201"

# ---------------------------------------------------------------- ChatGPT helpers


class GPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.root = uid(key, "root")
        self.mapping[self.root] = {"id": self.root, "message": None, "parent": None, "children": []}
        self.last_t = t0

    def _add(self, name, parent, author, content, t, recipient="all", extra_meta=None, status="finished_successfully", end_turn=None):
        nid = uid(self.key, name)
        meta = {"model_slug": self.model} if author["role"] == "assistant" else {}
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": author,
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": status,
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        if t is not None:
            self.last_t = max(self.last_t, t)
        return nid

    def system(self, name, parent, t):
        return self._add(name, parent, {"role": "system", "name": None, "metadata": {}},
                         {"content_type": "text", "parts": [""]}, t,
                         extra_meta={"is_visually_hidden_from_conversation": True})

    def user(self, name, parent, text, t):
        return self._add(name, parent, {"role": "user", "name": None, "metadata": {}},
                         {"content_type": "text", "parts": [text]}, t)

    def assistant(self, name, parent, text, t):
        return self._add(name, parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "text", "parts": [text]}, t, end_turn=True)

    def thoughts(self, name, parent, items, t):
        return self._add(name, parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "thoughts",
                          "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
                          "source_analysis_msg_id": uid(self.key, name, "src")}, t)

    def recap(self, name, parent, text, t):
        return self._add(name, parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "reasoning_recap", "content": text}, t)

    def code(self, name, parent, src, t):
        return self._add(name, parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "code", "language": "unknown", "response_format_name": None, "text": src},
                         t, recipient="python", end_turn=False)

    def exec_output(self, name, parent, out, t):
        return self._add(name, parent, {"role": "tool", "name": "python", "metadata": {}},
                         {"content_type": "execution_output", "text": out}, t,
                         extra_meta={"aggregate_result": {"status": "success", "run_id": uid(self.key, name, "run"),
                                                          "start_time": t - 0.4, "update_time": t, "code": "",
                                                          "end_time": t, "final_expression_output": out,
                                                          "in_kernel_exception": None, "system_exception": None,
                                                          "messages": [], "jupyter_messages": [], "timeout_triggered": None}})

    def export(self, current_node=True, current=None):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_t,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if current_node:
            d["current_node"] = current
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conv"),
        })
        return d


def simple_gpt(key, title, t0, turns, model="gpt-4o"):
    c = GPTConv(key, title, t0, model)
    p = c.system("sys", c.root, None)
    t = t0
    for i, (role, text) in enumerate(turns):
        t += 30
        p = (c.user if role == "user" else c.assistant)(f"m{i}", p, text, t)
    return c.export(current=p)


# ---------------------------------------------------------------- Claude helpers


def claude_msg(key, idx, sender, t, blocks, attachments=()):
    content = []
    tt = t
    for b in blocks:
        kind = b[0]
        base = {"start_timestamp": iso(tt), "stop_timestamp": iso(tt + 2)}
        tt += 2
        if kind == "text":
            content.append({**base, "type": "text", "text": b[1], "citations": []})
        elif kind == "thinking":
            content.append({**base, "type": "thinking", "thinking": b[1],
                            "summaries": [{"summary": b[2]}], "cut_off": False})
        elif kind == "tool_use":
            content.append({**base, "type": "tool_use", "name": b[1], "input": b[2]})
        elif kind == "tool_result":
            content.append({**base, "type": "tool_result", "name": b[1],
                            "content": [{"type": "text", "text": b[2], "uuid": uid(key, str(idx), "tr")}],
                            "is_error": False})
    text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {
        "uuid": uid(key, "msg", str(idx)),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": iso(t),
        "updated_at": iso(t),
        "attachments": [{"file_name": n, "file_size": len(x.encode()), "file_type": ft, "extracted_content": x}
                        for n, ft, x in attachments],
        "files": [],
    }


def claude_conv(key, name, t0, msgs):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": iso(t0),
        "updated_at": iso(t0 + 60 * len(msgs)),
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def write(rel, obj, indent=None, ascii_=False):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=ascii_, indent=indent)
        f.write("\n")


# ================================================================ acoustics: ChatGPT export

AC_USER = r"""PHYS 2250 HW4, please solve. Use I0 = 1.0×10^-12 W/m^2 and v = 343 m/s.

1. Sound levels.
(a) [3] A loudspeaker produces an intensity of 3.2×10^-5 W/m^2 at a listener's ear. Find the sound intensity level there, to 0.1 dB.
(b) [3] Two incoherent sources each produce, on their own, a level of 70.0 dB at a point. What is the level at that point when both are switched on? Give your answer to 0.1 dB.
(c) [4] A small source radiates 0.50 W of acoustic power uniformly in all directions (free field, no reflections). Find the intensity level at a distance of 20 m, to 0.1 dB.
(d) [3] For the source in part (c), by how many decibels does the level drop when the listener moves from 20 m to 50 m away? Give the answer to 0.1 dB.

2. Frequencies.
(a) [3] An ambulance siren emits a tone of 960 Hz. The ambulance drives at 25.0 m/s directly toward a stationary observer on a windless day. What frequency does the observer hear? Round to the nearest hertz.
(b) [3] A pipe of length 0.850 m is closed at one end and open at the other. Ignoring end corrections, what is the frequency of its second-lowest resonance? Round to the nearest hertz.
(c) [2] If the intensity of a sound is multiplied by 100, its intensity level
A. increases by 100 dB  B. doubles  C. increases by 20 dB  D. increases by 10 dB  E. increases by 40 dB
(d) [2] True or false: in a free field, doubling the distance from a point source lowers the intensity level by about 3 dB."""

AC_OLD = r"""Here are the solutions.

**1(a)** $L = 10\log_{10}(3.2\times10^{-5}/10^{-12}) = 75.05$ dB → **75.1 dB**

**1(b)** Intensities add: $L = 70.0 + 10\log_{10}2 = $ **73.0 dB**

**1(c)** $I = 0.50/(4\pi\cdot 20^2) = 9.95\times10^{-5}$ W/m², so $L =$ **80.0 dB**

**1(d)** $\Delta L = 20\log_{10}(50/20) = 7.96$ dB → **8.0 dB**

**2(a)** $f' = 960\cdot 343/(343-25) =$ **1035 Hz**

**2(b)** Closed pipe, odd harmonics: $f_3 = 3\cdot 343/(4\cdot 0.850) = 302.6$ Hz → **303 Hz**

**2(c)** **C**

**2(d)** **False** (≈ 6 dB per doubling of distance)"""

AC_CODE = """import math
I0=1e-12; v=343
L1a=10*math.log10(3.2e-5/I0)
L1b=10*math.log10(2*10**(70/10))
I=0.5/(4*math.pi*20**2); L1c=10*math.log10(I/I0)
f2a=960*v/(v-25)
print(round(L1a,3), round(L1b,3), I, round(L1c,3), round(f2a,2))"""

AC_EXEC = "75.051 73.01 9.947183943243459e-05 79.977 1035.47"

AC_FINAL = r"""Here's the full set, using $I_0 = 10^{-12}$ W/m² and $v = 343$ m/s (I checked the logarithms numerically).

## Problem 1 — Sound levels

### (a)

\[
L = 10\log_{10}\frac{3.2\times10^{-5}}{10^{-12}} = 10\log_{10}(3.2\times10^{7}) = 75.05\ \text{dB}
\]

**Answer: 75.1 dB**

### (b)

Incoherent sources add intensities, so doubling the intensity adds $10\log_{10}2 \approx 3.01$ dB:

\[
L = 70.0 + 3.01 = \boxed{73.0\ \text{dB}}
\]

### (c)

\[
I = \frac{P}{4\pi r^2} = \frac{0.50}{4\pi(20)^2} = 9.95\times10^{-5}\ \text{W/m}^2
\]

\[
L = 10\log_{10}\left(9.95\times10^{7}\right) \approx \boxed{80.0\ \text{dB}}
\]

### (d)

Going from 20 m to 50 m the distance ratio is 2.5, and the level changes by $10\log_{10}$ of that ratio:

\[
\Delta L = 10\log_{10}\frac{50}{20} = 10\log_{10}2.5 \approx 3.98\ \text{dB}
\]

**Answer: the level drops by about 4.0 dB.**

## Problem 2 — Frequencies

### (a)

Moving source, stationary observer:

\[
f' = f\,\frac{v}{v - v_s} = 960\cdot\frac{343}{318} = 1035.5\ \text{Hz}
\]

**Answer: 1035 Hz**

### (b)

For the pipe the resonances are $f_n = n\,v/(4L)$, $n = 1, 2, 3, \dots$ The fundamental is $343/3.40 = 100.9$ Hz, so the second-lowest resonance is $n = 2$:

\[
f_2 = 2 \times 100.9 = 201.8\ \text{Hz}
\]

**Answer: 202 Hz**

### (c)

$10\log_{10}100 = 20$ dB, so the level increases by 20 dB: **(C)**.

### (d)

**False.** For a point source $I \propto 1/r^2$, so doubling the distance divides the intensity by 4, a drop of $10\log_{10}4 \approx 6$ dB (the "inverse-square law: −6 dB per doubling of distance")""" + CITE.format(2) + r""".

| Part | Answer |
|------|--------|
| 1(a) | 75.1 dB |
| 1(b) | 73.0 dB |
| 1(c) | 80.0 dB |
| 1(d) | 4.0 dB drop |
| 2(a) | 1035 Hz |
| 2(b) | 202 Hz |
| 2(c) | C |
| 2(d) | False |"""

AC_U2 = "thanks. quick q, if the speaker in 1a doubled its intensity what would the level be?"
AC_A2 = r"""Doubling the intensity adds $10\log_{10}2 \approx 3.01$ dB, so the level would be

\[
L = 10\log_{10}(6.4\times10^{7}) \approx 78.1\ \text{dB}
\]

— i.e. about 3 dB more than the 75.1 dB you had."""


def acoustics():
    t0 = 1741003200.0  # 2025-03-03
    lentil = simple_gpt("ac-lentil", "Lentil dinner ideas", t0 - 86400 * 3, [
        ("user", "what can I make with red lentils, a can of coconut milk and spinach?"),
        ("assistant", "A quick red lentil dal works well:\n\n1. Sauté onion, garlic and ginger.\n2. Add 1 cup red lentils, 1 can coconut milk and 1.5 cups water; simmer 20 minutes.\n3. Stir in 2 handfuls of spinach and season with cumin, turmeric and salt.\n\nServes about 3."),
    ])
    c = GPTConv("ac-hw4", "Acoustics HW 4 help", t0)
    s = c.system("sys", c.root, None)
    u1 = c.user("u1", s, AC_USER, t0 + 10)
    c.assistant("a-old", u1, AC_OLD, t0 + 25)
    th = c.thoughts("thoughts", u1, [
        ("Computing levels", "Need L=10log(I/I0) for (a), add intensities for (b), spherical spreading for (c). For (d) ratio of distances... I'll compute numerically."),
        ("Checking the Doppler case", "Source moving toward stationary observer: v/(v - vs)."),
    ], t0 + 100)
    rc = c.recap("recap", th, "Thought for 14 seconds", t0 + 101)
    cd = c.code("code", rc, AC_CODE, t0 + 103)
    ex = c.exec_output("exec", cd, AC_EXEC, t0 + 104)
    a1 = c.assistant("a-final", ex, AC_FINAL, t0 + 120)
    u2 = c.user("u2", a1, AC_U2, t0 + 400)
    a2 = c.assistant("a2", u2, AC_A2, t0 + 410)
    write("acoustics-decibels/transcripts/chatgpt-export.json", [c.export(current=a2), lentil])


# ================================================================ enzyme: Claude export

ENZ_PROBLEMS = read("enzyme-kinetics/problems.md")

ENZ_C1_THINK = "The user attached PS6. Problem 1: Vmax 120 uM/min, Km 4 mM, ET 50 nM. v at 1 mM = 120/5 = 24. 0.75 Vmax at S = 3Km = 12 mM. kcat = 120/0.05 = 2400 per min, need per second... Problem 2 LB: Vmax = 40, Km = 0.2*40 = 8. Competitive: 8*(1+2.5) = 28. Fraction 8/36 = 2/9."

ENZ_C1_TEXT1 = "I'll work through the problem set from your attachment. Let me quickly check the arithmetic first."

ENZ_C1_TEXT2 = r"""## Problem 1

**(a)** Michaelis–Menten: $v_0 = \dfrac{V_{\max}[S]}{K_m + [S]} = \dfrac{120 \times 1.0}{4.0 + 1.0}$

**v₀ = 24 µM/min**

**(b)** Setting $v_0 = 0.75\,V_{\max}$ gives $[S]/(K_m+[S]) = 3/4$, so $[S] = 3K_m$.

**[S] = 12 mM**

**(c)** $k_{cat} = V_{\max}/[E]_T = 120\ \mu\text{M min}^{-1} / 0.050\ \mu\text{M} = 2400\ \text{min}^{-1}$. Converting to seconds:

$k_{cat} = 2400 \times 60 = 1.44 \times 10^5\ \text{s}^{-1}$

**(d)** $k_{cat}/K_m = (1.44 \times 10^5\ \text{s}^{-1})/(4.0 \times 10^{-3}\ \text{M}) = 3.6 \times 10^7\ \text{M}^{-1}\text{s}^{-1}$

## Problem 2

**(a)** In the double-reciprocal plot, the intercept is $1/V_{\max}$ and the slope is $K_m/V_{\max}$. So $V_{\max} = 1/0.025 = 40$ µM/min and $K_m = 0.20 \times 40$:

**K_m = 8.0 µM**

**(b)** A competitive inhibitor scales $K_m$ by $\alpha = 1 + [I]/K_i = 1 + 5.0/2.0 = 3.5$:

**K_m,app = 28 µM**

**(c)** $V_{\max}$ is unchanged, so $v_0/V_{\max} = 8.0/(28 + 8.0) = 8/36$:

**v₀/V_max = 2/9 ≈ 0.222**

**(d)** A noncompetitive inhibitor reduces the amount of functional enzyme, and because it binds the ES complex it also pulls the equilibrium toward ES, lowering the apparent $K_m$ in step with $V_{\max}$.

**Answer: (C)**"""

ENZ_C2_THINK = "User is right: 2400 per minute means 2400/60 per second = 40 s^-1. Then kcat/Km = 40/4e-3 = 1e4."

ENZ_C2_TEXT = r"""You're right — I multiplied where I should have divided. A rate of 2400 per minute is 2400/60 per second:

**(c)** $k_{cat} = 2400\ \text{min}^{-1} \div 60\ \text{s/min} = $ **40 s⁻¹**

**(d)** $k_{cat}/K_m = 40\ \text{s}^{-1} / (4.0\times10^{-3}\ \text{M}) = $ **1.0 × 10⁴ M⁻¹ s⁻¹**

Everything else in my earlier answer is unchanged."""


def enzyme_claude():
    t0 = 1744700000.0
    k = "enz-claude"
    msgs = [
        claude_msg(k, 0, "human", t0, [("text", "Can you solve the attached problem set? Show your work please.")],
                   attachments=[("PS6_enzyme_kinetics.md", "text/markdown", ENZ_PROBLEMS)]),
        claude_msg(k, 1, "assistant", t0 + 20, [
            ("thinking", ENZ_C1_THINK, "Working through the Michaelis–Menten calculations."),
            ("text", ENZ_C1_TEXT1),
            ("tool_use", "repl", {"code": "const v=120*1/(4+1); const kcat=120/0.05; console.log(v, kcat, 8/36)"}),
            ("tool_result", "repl", '{"status":"success","logs":["24 2400 0.2222222222222222"]}'),
            ("text", ENZ_C1_TEXT2),
        ]),
        claude_msg(k, 2, "human", t0 + 600, [("text", "for 1c I think you converted min→s the wrong way? 2400 per minute should be fewer per second")]),
        claude_msg(k, 3, "assistant", t0 + 615, [
            ("thinking", ENZ_C2_THINK, "Rechecking the unit conversion."),
            ("text", ENZ_C2_TEXT),
        ]),
    ]
    other = claude_conv("enz-cover", "Cover letter edits", t0 - 5000, [
        claude_msg("enz-cover", 0, "human", t0 - 5000, [("text", "Can you make this opening line less stiff? 'I am writing to express my interest in the Research Assistant position.'")]),
        claude_msg("enz-cover", 1, "assistant", t0 - 4980, [("text", "Try: \"I'd love to join your lab as a Research Assistant — the enzyme-engineering work in your group is exactly what I want to do next.\"")]),
    ])
    write("enzyme-kinetics/transcripts/claude-export.json",
          [other, claude_conv(k, "Enzyme kinetics PS6 help", t0, msgs)], indent=2)


# ================================================================ enzyme: ChatGPT export without current_node

ENZ_USER = """biochem PS6, all parts please

Problem 1. Michaelis–Menten enzyme, Vmax = 120 µM/min, Km = 4.0 mM, [E]T = 50 nM.
a) v0 at [S] = 1.0 mM (µM/min)
b) [S] at which v0 = 0.75 Vmax (mM)
c) kcat in s^-1
d) kcat/Km in M^-1 s^-1

Problem 2. Different enzyme. Lineweaver-Burk (1/v0 in min/µM vs 1/[S] in 1/µM): y-intercept 0.025 min/µM, slope 0.20 min.
a) Km in µM
b) competitive inhibitor, Ki = 2.0 µM, [I] = 5.0 µM: apparent Km
c) with that inhibitor, v0 as a fraction of Vmax at [S] = 8.0 µM
d) pure noncompetitive inhibitor: (A) raises Km, Vmax unchanged (B) lowers Vmax, Km unchanged (C) lowers Vmax and Km by the same factor (D) LB slope unchanged"""

ENZ_OLD = r"""**Problem 1**

a) $v_0 = 120(1.0)/(4.0+1.0) = 24$ µM/min

b) $[S] = 3K_m = 12$ mM

c) $k_{cat} = 120/0.050 = 2400$ min⁻¹ $= 40$ s⁻¹

d) $k_{cat}/K_m = 40/(4.0\times10^{-3}) = 1.0\times10^{4}$ M⁻¹s⁻¹

**Problem 2**

a) $V_{\max} = 40$ µM/min, $K_m = 8.0$ µM

b) $K_m^{app} = 28$ µM

c) $8/(28+8) = 2/9 \approx 0.222$

d) (B)"""

ENZ_OLD_U2 = "can you show 2c in more detail"
ENZ_OLD_A2 = "Sure: with a competitive inhibitor $V_{\\max}$ is unchanged and only $K_m$ changes, so $v_0/V_{\\max} = [S]/(K_m^{app} + [S]) = 8.0/36 = 2/9 \\approx 0.222$."

ENZ_NEW = r"""Sure! Let's go through both problems.

### Problem 1

**a)** Michaelis–Menten:

$$v_0=\frac{V_{\max}[S]}{K_m+[S]}=\frac{(120)(1.0)}{4.0+1.0}=24\ \mu\text{M/min}$$

**b)** We want $v_0 = 0.75V_{\max}$, i.e. three-quarters of the way to saturation, which happens at three-quarters of $K_m$:

$$[S] = 0.75 \times 4.0 = 3.0\ \text{mM}$$

**c)** $k_{cat} = V_{\max}/[E]_T = (120\ \mu\text{M/min})/(0.050\ \mu\text{M}) = 2400\ \text{min}^{-1}$, and dividing by 60:

$$k_{cat} = 40\ \text{s}^{-1}$$

**d)** 

$$\frac{k_{cat}}{K_m} = \frac{40\ \text{s}^{-1}}{4.0\times 10^{-3}\ \text{M}} = 1.0\times10^{4}\ \text{M}^{-1}\text{s}^{-1}$$

### Problem 2

**a)** From $\frac{1}{v_0} = \frac{K_m}{V_{\max}}\frac{1}{[S]} + \frac{1}{V_{\max}}$: $V_{\max} = 1/0.025 = 40$ µM/min, and $K_m = 0.20 \times 40 = 8.0$ µM.

**b)** $K_m^{app} = K_m\left(1 + \frac{[I]}{K_i}\right) = 8.0 \times 3.5 = 28\ \mu\text{M}$

**c)** At $[S] = 8.0$ µM we have $[S] = K_m$, so the rate is half-maximal:

$$\frac{v_0}{V_{\max}} = \frac{8.0}{8.0 + 8.0} = 0.50$$

**d)** **(B)** — a pure noncompetitive inhibitor lowers $V_{\max}$ without changing $K_m$.

---

| Part | Result |
|---|---|
| 1a | 24 µM/min |
| 1b | 3.0 mM |
| 1c | 40 s⁻¹ |
| 1d | 1.0 × 10⁴ M⁻¹ s⁻¹ |
| 2a | 8.0 µM |
| 2b | 18 µM |
| 2c | 0.50 |
| 2d | B |"""


def enzyme_gpt():
    t0 = 1744880000.0
    py = simple_gpt("enz-py", "Python list comprehension question", t0 - 7200, [
        ("user", "how do I square only the even numbers in a list with a comprehension"),
        ("assistant", "```python\nnums = [1, 2, 3, 4, 5, 6]\nsquares = [n * n for n in nums if n % 2 == 0]\nprint(squares)  # [4, 16, 36]\n```"),
    ])
    c = GPTConv("enz-ps6", "Enzyme kinetics PS6", t0)
    s = c.system("sys", c.root, None)
    u1 = c.user("u1", s, ENZ_USER, t0 + 5)
    a_old = c.assistant("a-old", u1, ENZ_OLD, t0 + 30)
    u2 = c.user("u2-old", a_old, ENZ_OLD_U2, t0 + 200)
    c.assistant("a2-old", u2, ENZ_OLD_A2, t0 + 215)
    c.assistant("a-new", u1, ENZ_NEW, t0 + 900)   # regenerated later: the newest leaf
    conv = c.export(current_node=False)
    write("enzyme-kinetics/transcripts/chatgpt-export-no-current.json", [conv, py])


# ================================================================ modular: ChatGPT export (several conversations)

MOD_USER = r"""MATH 2110 ch. 5 exercises, can you do all of them?

Exercise 5.1. Compute: (a) 7^{222} mod 11. (b) The multiplicative inverse of 15 modulo 26, as an integer in {0,...,25}. (c) gcd(1071, 462), Euclidean algorithm.
Exercise 5.2. (Toy RSA.) p = 47, q = 59, n = pq, e = 17. (a) Compute φ(n). (b) (i) Find d with 0 < d < φ(n), ed ≡ 1 (mod φ(n)). (ii) Bob encrypts m = 31. Compute c = m^e mod n.
Exercise 5.3. Find the smallest positive integer x with x ≡ 1 (mod 4), x ≡ 2 (mod 5), x ≡ 6 (mod 9).
Exercise 5.4. True or false? If n > 2 is an integer with 2^{n-1} ≡ 1 (mod n), then n is prime. Justify."""

MOD_OLD = r"""**5.1** (a) $7^{222} \equiv 7^{2} = 49 \equiv 5 \pmod{11}$ → **5**. (b) $15 \cdot 7 = 105 \equiv 1$ → **7**. (c) **21**.

**5.2** (a) $\varphi(n) = 46 \cdot 58 = $ **2668**. (b)(i) **d = 157**. (b)(ii) $c = 31^{17} \bmod 2773 = $ **2412**.

**5.3** $x \equiv 17 \pmod{20}$; checking $17, 37, \dots$ modulo 9 gives **x = 177**.

**5.4** **False** — 341 is a counterexample."""

MOD_CODE = """n = 47*59; phi = 46*58
d = pow(17, -1, phi)
c = pow(31, 17, n)
print(pow(7, 222, 11), pow(15, -1, 26), phi, d, c, pow(c, d, n))"""

MOD_EXEC = "5 7 2668 157 587 31"

MOD_FINAL = r"""I verified the modular arithmetic with Python (output: `5 7 2668 157 587 31`, the last number confirming that decryption recovers m = 31).

## Exercise 5.1

**(a)** By Fermat's little theorem $7^{10} \equiv 1 \pmod{11}$, and $222 = 22\cdot10 + 2$, so

$$7^{222} \equiv 7^{2} = 49 \equiv 5 \pmod{11}.$$

**Answer: 5**

**(b)** Extended Euclid: $26 = 15 + 11$, $15 = 11 + 4$, $11 = 2\cdot 4 + 3$, $4 = 3 + 1$, which back-substitutes to $1 = 7\cdot 15 - 4\cdot 26$.

**Answer: $15^{-1} \equiv 7 \pmod{26}$**

**(c)** $1071 = 2\cdot 462 + 147$, $462 = 3\cdot 147 + 21$, $147 = 7\cdot 21$.

**Answer: $\gcd(1071, 462) = 21$**

## Exercise 5.2

**(a)** $n = 2773$, $\varphi(n) = (47-1)(59-1) = 2668$.

**(b)(i)** $2668 = 156\cdot 17 + 16$ and $17 = 16 + 1$, so $1 = 157\cdot 17 - 2668$ and

$$d = 157.$$

**(b)(ii)**

$$c = 31^{17} \bmod 2773 = 587.$$

## Exercise 5.3

From $x \equiv 1 \pmod 4$ and $x \equiv 2 \pmod 5$: $x \equiv 17 \pmod{20}$, so $x \in \{17, 37, 57, 77, \dots\}$. Testing modulo 9: $17 \equiv 8$, $37 \equiv 1$, $57 \equiv 6$ ✓.

$$\boxed{x = 57}$$

## Exercise 5.4

**False.** The converse of Fermat's little theorem does not hold: $341 = 11 \cdot 31$ is composite but $2^{340} \equiv 1 \pmod{341}$, because $2^{10} = 1024 = 3\cdot 341 + 1$. Composite numbers like this are called Fermat pseudoprimes to base 2""" + CITE.format(0) + r""".

A quick check in code:
""" + CITE.format(1) + r"""```python
pow(2, 340, 341)   # -> 1
```"""


def modular_gpt():
    t0 = 1746000000.0
    spanish = simple_gpt("mod-es", "Spanish subjunctive practice", t0 - 86400, [
        ("user", "give me 3 sentences using the subjunctive after 'espero que'"),
        ("assistant", "1. Espero que tengas un buen día.\n2. Espero que el examen sea fácil.\n3. Espero que mis amigos vengan a la fiesta."),
    ])
    gym = simple_gpt("mod-gym", "Gym schedule", t0 + 86400, [
        ("user", "3-day full body split for a beginner?"),
        ("assistant", "Day A: squat 3×8, bench 3×8, row 3×10.\nDay B: deadlift 3×5, overhead press 3×8, pull-ups 3×AMRAP.\nDay C: lunges 3×10, incline press 3×10, lat pulldown 3×10."),
    ], model="gpt-4o-mini")
    c = GPTConv("mod-hw", "RSA + modular arithmetic homework", t0, model="o4-mini")
    s = c.system("sys", c.root, None)
    u1 = c.user("u1", s, MOD_USER, t0 + 12)
    c.assistant("a-old", u1, MOD_OLD, t0 + 40)
    th = c.thoughts("thoughts", u1, [
        ("Planning the computations", "Use Fermat for 5.1a, extended Euclid for the inverses, run pow() in python to check RSA numbers."),
        ("Solving the CRT system", "x = 17 mod 20, then test mod 9."),
    ], t0 + 300)
    rc = c.recap("recap", th, "Thought for 22 seconds", t0 + 301)
    cd = c.code("code", rc, MOD_CODE, t0 + 303)
    ex = c.exec_output("exec", cd, MOD_EXEC, t0 + 304)
    a = c.assistant("a-final", ex, MOD_FINAL, t0 + 330)
    write("modular-arithmetic-rsa/transcripts/chatgpt-conversations.json",
          [gym, c.export(current=a), spanish], ascii_=True)


# ================================================================ modular: Claude export (single conversation)

MOD_PDF_TEXT = r"""MATH 2110 Discrete Structures
Chapter 5 exercises: number theory for cryptography
Hand in Exercises 5.1--5.4 by Monday

Exercise 5.1. Compute each of the following by hand (a calculator is allowed only for ordinary multiplication).
(a) 7^222 mod 11.
(b) The multiplicative inverse of 15 modulo 26 (as used when decrypting an affine cipher), given as an integer in {0, 1, . . . , 25}.
(c) gcd(1071, 462), using the Euclidean algorithm.

Exercise 5.2. (Toy RSA.) Alice picks the primes p = 47 and q = 59, sets n = pq, and publishes the exponent e = 17.
(a) Compute φ(n).
(b) (i) Find Alice's private exponent d, with 0 < d < φ(n) and ed ≡ 1 (mod φ(n)).
(ii) Bob encrypts the message m = 31. Compute the ciphertext c = m^e mod n.

Exercise 5.3. Find the smallest positive integer x such that
x ≡ 1 (mod 4), x ≡ 2 (mod 5), x ≡ 6 (mod 9).

1"""

MOD_CL_THINK = "Attachment has 5.1-5.3 only (page 1). 5.1a: 7^10=1 mod 11, 7^2=49=5. 5.1b: extended Euclid for 15 mod 26. 5.2: phi=2668, d=157. c = 31^17 mod 2773: square and multiply. CRT: 177."

MOD_CL_TEXT = r"""Here are the solutions for the exercises in your attachment.

## Exercise 5.1

**(a)** Since 11 is prime, $7^{10} \equiv 1 \pmod{11}$. With $222 = 22 \cdot 10 + 2$:
$$7^{222} \equiv 7^2 = 49 \equiv 5 \pmod{11}$$
So $7^{222} \bmod 11 = 5$.

**(b)** Extended Euclidean algorithm on 26 and 15:
- $26 = 1\cdot 15 + 11$
- $15 = 1 \cdot 11 + 4$
- $11 = 2 \cdot 4 + 3$
- $4 = 1 \cdot 3 + 1$

Working backwards gives $1 = -7 \cdot 15 + 4 \cdot 26$, so $15^{-1} \equiv -7 \equiv 19 \pmod{26}$.

The inverse is **19**.

**(c)** $1071 = 2 \cdot 462 + 147$, then $462 = 3 \cdot 147 + 21$, then $147 = 7 \cdot 21 + 0$. The gcd is **21**.

## Exercise 5.2

**(a)** $\varphi(n) = (p-1)(q-1) = 46 \cdot 58 = 2668$.

**(b)(i)** We need $17d \equiv 1 \pmod{2668}$. Since $2668 = 156 \cdot 17 + 16$ and $17 = 16 + 1$, we get $1 = 157 \cdot 17 - 2668$, so $d = 157$.

**(b)(ii)** By square-and-multiply modulo 2773: $31^2 = 961$, $31^4 \equiv 112$, $31^8 \equiv 1452$, $31^{16} \equiv 824$, and $31^{17} \equiv 824 \cdot 31 \equiv 587$. So the ciphertext is $c = 587$.

## Exercise 5.3

$x \equiv 1 \pmod 4$ and $x \equiv 2 \pmod 5$ combine to $x \equiv 17 \pmod{20}$. Among $17, 37, 57, \ldots, 177$, the first that is $\equiv 6 \pmod 9$ is $177$ ($177 = 19 \cdot 9 + 6$). So $x = 177$.

---

**Summary**
- 5.1: (a) 5, (b) 19, (c) 21
- 5.2: (a) 2668, (b)(i) d = 157, (b)(ii) c = 578
- 5.3: x = 177

The attachment seems to stop after Exercise 5.3 (it ends with page number 1) — if there is an Exercise 5.4, paste it and I'll do it too."""


def modular_claude():
    t0 = 1746100000.0
    k = "mod-claude"
    msgs = [
        claude_msg(k, 0, "human", t0, [("text", "hw due monday, solve everything in the pdf pls")],
                   attachments=[("ch5_exercises.pdf", "application/pdf", MOD_PDF_TEXT)]),
        claude_msg(k, 1, "assistant", t0 + 25, [
            ("thinking", MOD_CL_THINK, "Solving the modular arithmetic exercises step by step."),
            ("text", MOD_CL_TEXT),
        ]),
        claude_msg(k, 2, "human", t0 + 900, [("text", "ok thanks I'll find page 2 later")]),
        claude_msg(k, 3, "assistant", t0 + 905, [("text", "Sounds good — good luck with the rest of the set!")]),
    ]
    write("modular-arithmetic-rsa/transcripts/claude-export.json",
          [claude_conv(k, "Number theory exercises 5.1–5.4", t0, msgs)], indent=1)


if __name__ == "__main__":
    acoustics()
    enzyme_claude()
    enzyme_gpt()
    modular_gpt()
    modular_claude()
    print("exports written")
