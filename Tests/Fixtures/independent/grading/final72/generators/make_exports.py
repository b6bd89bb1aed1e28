#!/usr/bin/env python3
"""Deterministic generator for the chat-export transcripts of final72.

Writes (relative to OUTDIR = parent of this folder):
  radio-link-budget/transcripts/conversations.json   ChatGPT export, regenerated branch, thoughts,
                                                      reasoning_recap, python tool call, unrelated conv
  elo-ratings/transcripts/chatgpt-export.json        ChatGPT export WITHOUT current_node (graded
                                                      branch = latest leaf), correction in later turn
  elo-ratings/transcripts/claude-export.json         Claude export: attachment, thinking, tool_use,
                                                      tool_result, unrelated conversation
  life-tables/transcripts/conversations.json         ChatGPT export with U+E200..E2FF citation markers,
                                                      regenerated branch, unrelated conversation
  life-tables/transcripts/claude-export.json         Claude export, thinking block, ends on a question

Re-running gives byte-identical files: ids come from uuid5 of fixed names, times are constants.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NS = uuid.UUID("7b0c6f1e-2d4a-4c55-9a31-5e0f6d2b8a72")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


CITE_L, CITE_SEP, CITE_R = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return f"{CITE_L}cite{CITE_SEP}{ref}{CITE_R}"


# ---------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, key, title, t0):
        self.key = key
        self.title = title
        self.t = t0
        self.t0 = t0
        self.mapping = {}
        self.n = 0
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        sysid = self._add(root, "system", {"content_type": "text", "parts": [""]},
                          meta={"is_visually_hidden_from_conversation": True}, weight=0.0)
        self.sys = sysid

    def _add(self, parent, role, content, name=None, recipient="all", meta=None,
             weight=1.0, dt=7.0, end_turn=None, channel=None):
        self.n += 1
        mid = uid(self.key, "msg", str(self.n))
        self.t += dt
        msg = {
            "id": mid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3) if role != "system" else None,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": weight,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": channel,
        }
        self.mapping[mid] = {"id": mid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(mid)
        return mid

    def user(self, parent, text, dt=30.0):
        return self._add(parent, "user", {"content_type": "text", "parts": [text]}, dt=dt)

    def assistant(self, parent, text, dt=20.0, end_turn=True, meta=None):
        m = {"model_slug": "gpt-4o", "default_model_slug": "auto"}
        m.update(meta or {})
        return self._add(parent, "assistant", {"content_type": "text", "parts": [text]},
                         dt=dt, end_turn=end_turn, meta=m)

    def thoughts(self, parent, items, dt=3.0):
        return self._add(parent, "assistant",
                         {"content_type": "thoughts", "thoughts": items, "source_analysis_msg_id": uid(self.key, "analysis", str(self.n))},
                         dt=dt, end_turn=False, meta={"model_slug": "o4-mini"}, channel="analysis")

    def recap(self, parent, secs, dt=1.0):
        return self._add(parent, "assistant",
                         {"content_type": "reasoning_recap", "content": f"Thought for {secs} seconds"},
                         dt=dt, end_turn=False, meta={"model_slug": "o4-mini"})

    def code(self, parent, src, dt=4.0):
        return self._add(parent, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None, "text": src},
                         recipient="python", dt=dt, end_turn=False, meta={"model_slug": "o4-mini"})

    def exec_out(self, parent, text, dt=2.0):
        return self._add(parent, "tool", {"content_type": "execution_output", "text": text},
                         name="python", dt=dt,
                         meta={"aggregate_result": {"status": "success", "run_id": uid(self.key, "run", str(self.n)), "final_expression_output": None}})

    def export(self, current_node, with_current=True):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": round(self.t, 3),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = current_node
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "auto",
            "id": uid(self.key, "conv"),
        })
        return d


def write_json(path, data, indent=None):
    full = os.path.join(OUT, path)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=indent)
        f.write("\n")
    print("wrote", path)


# ----------------------------------------------------------- radio (ChatGPT)
RADIO_PROMPT = """Wireless systems HW5. Please solve, two decimal places for dB values.

Question 1. A point-to-point 2.4 GHz link uses a transmitter that delivers 2 W into a feed cable with 2 dB of loss. The transmit antenna has a gain of 15 dBi and the receive antenna a gain of 12 dBi (connected directly to the receiver, no cable). The antennas are 5 km apart and the path is free space.
(a) Express the transmitter output power in dBm.
(b) Find the EIRP in dBm.
(c) Compute the free-space path loss in dB.
(d) Find the received power in dBm.

Question 2. A parabolic dish of diameter 1.2 m with aperture efficiency 0.55 operates at 10 GHz.
(a) Find its gain in dBi.
(b) True or false: at a fixed frequency and efficiency, doubling the dish diameter raises the gain by about 6 dB.

Question 3. The receiver of Question 1 has a noise bandwidth of 20 MHz and a noise figure of 6 dB. Take the thermal noise density as −174 dBm/Hz.
(a) Find the receiver noise floor in dBm.
(b) Using your answer to 1(d), find the SNR at the receiver in dB."""

RADIO_OLD = """Here's the link budget.

**1(a)** 10·log10(2) = **3.01 dBm**

**1(b)** EIRP = 3.01 + 15 − 2 = **16.01 dBm**

**1(c)** FSPL = 20·log10(d) + 20·log10(f) − 147.55 = 73.98 + 187.60 − 147.55 = **114.03 dB**

**1(d)** P_r = 16.01 + 12 − 114.03 = **−86.02 dBm**

**2(a)** **41.99 dBi**

**2(b)** **False** — doubling the diameter doubles the aperture, which is +3 dB.

**3(a)** **−94.99 dBm**

**3(b)** SNR = −86.02 + 94.99 = **8.97 dB**"""

RADIO_CODE = """import math
c = 299_792_458
pt = 10*math.log10(2000)          # mW
fspl = 20*math.log10(4*math.pi*5000*2.4e9/c)
lam = c/10e9
G = 0.55*(math.pi*1.2/lam)**2
noise = -174 + 10*math.log10(20e6) + 6
print(round(pt,2), round(fspl,2), round(G,1), round(10*math.log10(G),2), round(noise,2))"""

RADIO_EXEC = "33.01 114.03 8697.4 39.39 -94.99\n"

RADIO_FINAL = """Here are the results (the numbers above were checked in Python).

### Question 1

**(a)** $P_t = 10\\log_{10}(2000\\ \\text{mW}) = \\mathbf{33.01\\ dBm}$

**(b)** $\\text{EIRP} = P_t + G_t = 33.01 + 15 = \\mathbf{48.01\\ dBm}$

I'll account for the 2 dB feed-cable loss in the overall budget in (d) instead.

**(c)** $\\text{FSPL} = 20\\log_{10}\\left(\\frac{4\\pi d f}{c}\\right) = \\mathbf{114.03\\ dB}$

**(d)**
$$P_r = \\text{EIRP} + G_r - \\text{FSPL} - L_{\\text{cable}} = 48.01 + 12 - 114.03 - 2 = -56.02\\ \\text{dBm}$$

**Received power: −56.02 dBm**

### Question 2

**(a)** $\\lambda = 0.02998$ m, $G = 0.55\\,(\\pi \\cdot 1.2/\\lambda)^2 = 8697.4$, so $G = \\mathbf{39.39\\ dBi}$.

**(b)** **True.** $G \\propto D^2$, so doubling $D$ gives $10\\log_{10}4 = 6.02$ dB.

### Question 3

**(a)** $N = -174 + 10\\log_{10}(2\\times10^7) + 6 = -174 + 73.01 + 6$

Noise floor: **−94.99 dBm**, or **−94.97 dBm** if you use $kT_0 = -173.98$ dBm/Hz exactly instead of the rounded −174.

**(b)** $\\text{SNR} = P_r - N = -56.02 - (-94.99) = \\mathbf{38.97\\ dB}$"""

RADIO_FOLLOW_Q = "what happens to the SNR if the bandwidth is 40 MHz instead?"
RADIO_FOLLOW_A = """Doubling the noise bandwidth raises the noise floor by $10\\log_{10}2 = 3.01$ dB:

- Noise floor: −94.99 + 3.01 = −91.98 dBm
- SNR: −56.02 − (−91.98) = **35.96 dB**

Everything else in the budget is unchanged."""


def radio_export():
    c = GPTConv("radio", "Link Budget Homework", 1762990000.0)
    u1 = c.user(c.sys, RADIO_PROMPT)
    c.assistant(u1, RADIO_OLD, dt=15.0)                # regenerated away
    th = c.thoughts(u1, [
        {"summary": "Converting units", "content": "2 W is 2000 mW, so 33.01 dBm. EIRP might be 48.01 if the cable is ignored, 46.01 with it. FSPL around 114 dB.", "chunks": [], "finished": True},
        {"summary": "Checking dish gain", "content": "Use eta (pi D / lambda)^2 with lambda = 0.02998 m; compute in python.", "chunks": [], "finished": True},
    ], dt=120.0)
    rc = c.recap(th, 14)
    cd = c.code(rc, RADIO_CODE)
    ex = c.exec_out(cd, RADIO_EXEC)
    a2 = c.assistant(ex, RADIO_FINAL, dt=9.0, meta={"model_slug": "o4-mini"})
    u2 = c.user(a2, RADIO_FOLLOW_Q, dt=300.0)
    a3 = c.assistant(u2, RADIO_FOLLOW_A)
    graded = c.export(a3)

    o = GPTConv("radio-other", "Spotify playlist names", 1762900000.0)
    ou = o.user(o.sys, "give me 5 names for a study playlist, lofi vibes")
    oa = o.assistant(ou, "1. Low Pass Filter\n2. Late Night Derivations\n3. Signal to Noise\n4. Quiet Carrier\n5. Decibels & Chill")
    other = o.export(oa)
    write_json("radio-link-budget/transcripts/conversations.json", [graded, other])


# ------------------------------------------------------------- elo (ChatGPT)
ELO_PROMPT = """Sports analytics PS3, please solve:

Elo: E_A = 1/(1+10^((R_B-R_A)/400)), R_A' = R_A + K(S_A - E_A).

1. A = 1600, B = 1450. a) A's expected score (4 dp). b) A loses, K=32: A's new rating (2 dp). c) Rating difference D = R_A - R_B for which the stronger player's expected score is exactly 0.9 (2 dp).
2. Round robin P 1500, Q 1540, R 1620, K=20. P beats Q, Q-R draw, R beats P. Ratings updated once at the end from pre-event ratings. Final (R_P', R_Q', R_R') to 1 dp.
3. 720 runs scored, 650 allowed, 162 games, Pythagorean exponent 2. a) winning percentage (proportion, 3 dp) b) predicted wins, nearest whole number.
4. With D = R_A - R_B, find dE_A/dD in terms of E_A only.
5. Two players with the same K play one game. The sum of their two rating changes is (A) always positive (B) always zero (C) always negative (D) positive or negative depending on who wins"""

ELO_OLD = """**1a)** E_A = 1/(1 + 10^(−0.375)) = **0.7034**
**1b)** 1600 + 32(0 − 0.7034) = **1577.49**
**1c)** 10^(−D/400) = 1/9 ⇒ D = 400·log₁₀9 = **381.70**
**2)** ΔP = +4.47, ΔQ = −8.88, ΔR = +4.41 ⇒ **(1504.5, 1531.1, 1624.4)**
**3a)** 720²/(720² + 650²) = **0.551**
**3b)** 0.551 × 162 = 89.26 ⇒ **89**
**4)** dE_A/dD = (ln 10/400)·E_A(1 − E_A)
**5)** **(B)**, the changes cancel."""

ELO_NEW = """## Problem 1

**a)** $E_A = \\dfrac{1}{1 + 10^{(1450-1600)/400}} = \\dfrac{1}{1 + 10^{-0.375}} = \\dfrac{1}{1.42170}$

$$E_A = 0.7034$$

**b)** A scored 0, so the change is $32(0 - 0.7034) = -22.51$:

$$R_A' = 1577.49$$

**c)** We need $E = 0.9$, i.e. the weaker player's expected score is 0.1. Setting the exponential term equal to that:

$$10^{-D/400} = 0.1 \\;\\Rightarrow\\; -\\frac{D}{400} = -1 \\;\\Rightarrow\\; D = 400.00$$

## Problem 2

Pre-event expected scores: $E_{PQ} = 0.4427$, $E_{PR} = 0.3339$, $E_{QR} = 0.3869$.

| Player | Σ(S − E) | Δ = 20·Σ | Final |
|---|---|---|---|
| P | 0.2234 | +4.47 | 1504.5 |
| Q | −0.4442 | −8.88 | 1531.1 |
| R | 0.2207 | +4.41 | 1624.4 |

So $(R_P', R_Q', R_R') = (1504.5,\\ 1531.1,\\ 1624.4)$.

## Problem 3

**a)** The exponent 2 is the textbook version, but the refined exponent 1.83 fits MLB data noticeably better, so I'll use that:

$$\\frac{720^{1.83}}{720^{1.83} + 650^{1.83}} = 0.547$$

**b)** $0.547 \\times 162 = 88.56 \\approx \\mathbf{89}$ wins.

## Problem 4

With $E = (1 + 10^{-D/400})^{-1}$:

$$\\frac{dE_A}{dD} = \\frac{\\ln 10}{400}\\,E_A\\,(1 - E_A)$$

## Problem 5

The winner gains exactly what the loser gives up only when they started equal; in general the sign of the sum depends on the result. **(D)**"""

ELO_FOLLOW_Q = "for 5, my friend says the answer is B because E_A + E_B = 1. who's right?"
ELO_FOLLOW_A = """Your friend is right — I made a mistake on Problem 5.

Since $E_A + E_B = 1$ and $S_A + S_B = 1$ for any result,

$$K(S_A - E_A) + K(S_B - E_B) = K\\big[(S_A + S_B) - (E_A + E_B)\\big] = 0.$$

The total is always zero, so the answer to Problem 5 is **(B)**."""


def elo_gpt_export():
    c = GPTConv("elo-gpt", "Elo ratings PS3", 1761500000.0)
    u1 = c.user(c.sys, ELO_PROMPT)
    c.assistant(u1, ELO_OLD, dt=18.0)          # first answer, later regenerated
    a2 = c.assistant(u1, ELO_NEW, dt=95.0)      # regenerated answer (newer)
    u2 = c.user(a2, ELO_FOLLOW_Q, dt=400.0)
    a3 = c.assistant(u2, ELO_FOLLOW_A)
    graded = c.export(a3, with_current=False)
    write_json("elo-ratings/transcripts/chatgpt-export.json", [graded])


# ------------------------------------------------------------ life (ChatGPT)
LIFE_PROMPT = """ACTS 3301 tutorial sheet 4. Life table: x = 60..65, l_x = 10000, 9850, 9680, 9490, 9270, 9020.

Exercise 4.1 (a) Find d_61. (b) Find q_60. (c)(i) Find 3p60. (ii) Find the deferred probability 2|q61, to four decimal places.
Exercise 4.2 (a) Find the temporary curtate expectation of life e_{60:5} = sum_{k=1}^{5} kp60. (b) Give the vector (p60, p61, p62), each entry to four decimal places.
Exercise 4.3 A life aged x is subject to a constant force of mortality 0.02 per year. (a) Write tpx as a function of t. (b) Find the complete expectation of life."""

LIFE_OLD = """Exercise 4.1: (a) 170 (b) 0.015 (c)(i) 0.949 (ii) 0.0223
Exercise 4.2: (a) 4.731 (b) (0.9850, 0.9827, 0.9804)
Exercise 4.3: (a) e^{-0.02t} (b) 50"""

LIFE_NEW = f"""Great, let's go through Tutorial Sheet 4 using the standard life-table relations {cite("turn0search0")}.

**Exercise 4.1**

- **(a)** $d_{{61}} = l_{{61}} - l_{{62}} = 9850 - 9680 = \\mathbf{{170}}$
- **(b)** $q_{{60}} = d_{{60}}/l_{{60}} = 150/10000 = \\mathbf{{0.015}}$
- **(c)(i)** ${{}}_3p_{{60}} = l_{{63}}/l_{{60}} = 9490/10000 = \\mathbf{{0.949}}$
- **(c)(ii)** ${{}}_{{2|}}q_{{61}} = \\dfrac{{l_{{63}} - l_{{64}}}}{{l_{{62}}}} = \\dfrac{{220}}{{9680}} = \\mathbf{{0.0227}}$

**Exercise 4.2**

- **(a)** $e_{{60:\\overline{{5}}|}} = \\dfrac{{9850 + 9680 + 9490 + 9270 + 9020}}{{10000}} = \\mathbf{{4.731}}$
- **(b)** $(p_{{60}}, p_{{61}}, p_{{62}}) = (0.9850,\\ 0.9827,\\ 0.9804)$

**Exercise 4.3**

Under a constant force the future lifetime is exponential {cite("turn0search2")}.

- **(a)** ${{}}_tp_x = e^{{-0.02t}}$ — or, if your course applies UDD within each year of age, ${{}}_tp_x = 1 - 0.02t$ for $0 \\le t \\le 1$.
- **(b)** {cite("turn0search2")}
```
e_x = sum_k e^(-0.02k) = 1/(e^0.02 - 1) = 49.50
```
So the complete expectation of life is **49.50 years**.

Let me know if you want the formulas written out for your notes."""


def life_gpt_export():
    c = GPTConv("life-gpt", "Life table tutorial 4", 1760800000.0)
    u1 = c.user(c.sys, LIFE_PROMPT)
    c.assistant(u1, LIFE_OLD, dt=12.0)             # regenerated away (not graded)
    a2 = c.assistant(u1, LIFE_NEW, dt=60.0, meta={"citations": [], "content_references": [
        {"matched_text": cite("turn0search0"), "type": "grouped_webpages", "items": [{"title": "Life table functions", "url": "https://example.edu/actsci/life-tables"}]},
        {"matched_text": cite("turn0search2"), "type": "grouped_webpages", "items": [{"title": "Constant force of mortality", "url": "https://example.edu/actsci/constant-force"}]},
    ]})
    graded = c.export(a2)

    o = GPTConv("life-other", "Excel VLOOKUP help", 1760700000.0)
    ou = o.user(o.sys, "how do I look up l_x for an age in excel if ages are in column A and l_x in column B")
    oa = o.assistant(ou, "Use `=VLOOKUP(E2, A:B, 2, FALSE)` where E2 holds the age. With Excel 365 you can also write `=XLOOKUP(E2, A:A, B:B)`.")
    other = o.export(oa)
    write_json("life-tables/transcripts/conversations.json", [other, graded])


# ------------------------------------------------------------------ Claude
def claude_msg(key, n, sender, t, blocks, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid(key, "m", str(n)),
        "text": text,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
    }


def tb(text, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": text, "citations": []}


def claude_conv(key, name, t0, t1, msgs):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": t0,
        "updated_at": t1,
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }


ELO_PROBLEMS_MD = open(os.path.join(OUT, "elo-ratings", "problems.md"), encoding="utf-8").read()

ELO_CLAUDE_THINK = """The student attached PS3. Problem 1: E = 1/(1+10^-0.375) = 0.7034. Loss: 1600 - 22.51 = 1577.49. D for 0.9: 400 log10 9 = 381.70.
Problem 2: batch update from pre-event ratings would give 1504.5, 1531.1, 1624.4; sequential would give something slightly different. Let me just run the games through the tool.
Problem 4: derivative of logistic in base 10 -> ln10/400 * E(1-E)."""

ELO_CLAUDE_CODE = """const E = (a, b) => 1 / (1 + Math.pow(10, (b - a) / 400));
let P = 1500, Q = 1540, R = 1620; const K = 20;
let d = K * (1 - E(P, Q)); P += d; Q -= d;      // P beats Q
d = K * (0.5 - E(Q, R)); Q += d; R -= d;        // Q draws R
d = K * (1 - E(R, P)); R += d; P -= d;          // R beats P
console.log(P.toFixed(1), Q.toFixed(1), R.toFixed(1));
const w = 720**2 / (720**2 + 650**2);
console.log(w.toFixed(4), (w * 162).toFixed(2));"""

ELO_CLAUDE_ANS = """## Problem 1

**a)** The rating gap is $R_B - R_A = -150$, so

$$E_A = \\frac{1}{1 + 10^{-0.375}} = \\frac{1}{1.4217} = 0.7034$$

**b)** $R_A' = 1600 + 32(0 - 0.7034) = 1600 - 22.51 = 1577.49$

**c)** $\\frac{1}{1 + 10^{-D/400}} = 0.9 \\Rightarrow 10^{-D/400} = \\frac{1}{9} \\Rightarrow D = 400\\log_{10} 9 = 381.70$

## Problem 2

Running the three games through the update in the order listed:

| Game | Result | Change |
|---|---|---|
| P–Q | P wins | P +11.15, Q −11.15 |
| Q–R | draw | Q +2.56, R −2.56 |
| R–P | R wins | R +7.03, P −7.03 |

Final ratings: **(R_P', R_Q', R_R') = (1504.1, 1531.4, 1624.5)**

## Problem 3

**a)** $\\frac{720^2}{720^2 + 650^2} = \\frac{518400}{940900} = 0.551$

**b)** $0.551 \\times 162 = 89.26$, so the model predicts **89 wins**.

## Problem 4

Differentiate $E = (1 + 10^{-D/400})^{-1}$:

$$\\frac{dE}{dD} = \\frac{\\ln 10}{400} \\cdot \\frac{10^{-D/400}}{(1 + 10^{-D/400})^2}$$

and since $1 - E = \\frac{10^{-D/400}}{1 + 10^{-D/400}}$,

$$\\boxed{\\frac{dE_A}{dD} = \\frac{\\ln 10}{400}\\,E_A(1 - E_A)}$$

## Problem 5

$E_A + E_B = 1$ and $S_A + S_B = 1$, so the two changes always cancel: **(B)**.

---

**Summary**
- 1a: 0.7034
- 1b: 1577.49
- 1c: 381.70
- 2: (1504.1, 1531.4, 1624.5)
- 3a: 0.551
- 3b: 89
- 4: dE_A/dD = E_A(1 − E_A)/400
- 5: B"""


def elo_claude_export():
    k = "elo-claude"
    m1 = claude_msg(k, 1, "human", "2025-10-22T16:02:11.204815Z",
                    [tb("Can you solve the attached problem set? Please show the work so I can follow.", "2025-10-22T16:02:11.204815Z", "2025-10-22T16:02:11.204815Z")],
                    attachments=[{"file_name": "ps3_ratings.md", "file_size": len(ELO_PROBLEMS_MD.encode("utf-8")), "file_type": "text/markdown", "extracted_content": ELO_PROBLEMS_MD}])
    blocks = [
        {"start_timestamp": "2025-10-22T16:02:13.511927Z", "stop_timestamp": "2025-10-22T16:02:21.087103Z", "type": "thinking", "thinking": ELO_CLAUDE_THINK,
         "summaries": [{"summary": "Working through Elo expected scores and updates."}], "cut_off": False},
        tb("I'll work through each problem. Let me check the round-robin and Pythagorean numbers with a quick calculation first.", "2025-10-22T16:02:21.3Z", "2025-10-22T16:02:22.9Z"),
        {"start_timestamp": "2025-10-22T16:02:23.0Z", "stop_timestamp": "2025-10-22T16:02:27.4Z", "type": "tool_use", "name": "repl",
         "input": {"code": ELO_CLAUDE_CODE}, "message": "Running the calculation", "integration_name": None, "integration_icon_url": None, "context": None, "display_content": None},
        {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"1504.1 1531.4 1624.5\",\"0.5510 89.26\"]}", "uuid": uid(k, "tr")}],
         "is_error": False, "message": None, "display_content": None},
        tb(ELO_CLAUDE_ANS, "2025-10-22T16:02:28.0Z", "2025-10-22T16:03:05.6Z"),
    ]
    m2 = claude_msg(k, 2, "assistant", "2025-10-22T16:03:05.912331Z", blocks)
    graded = claude_conv(k, "Elo ratings problem set", "2025-10-22T16:02:10.998201Z", "2025-10-22T16:03:05.912331Z", [m1, m2])

    k2 = "elo-claude-other"
    o1 = claude_msg(k2, 1, "human", "2025-10-20T09:15:40.000000Z", [tb("Can you tighten this sentence: 'I am writing to express my interest in the position of the data analyst role.'", "2025-10-20T09:15:40.000000Z", "2025-10-20T09:15:40.000000Z")])
    o2 = claude_msg(k2, 2, "assistant", "2025-10-20T09:15:44.000000Z", [tb("\"I'm writing to apply for the Data Analyst role.\" — shorter, and it drops the doubled \"position of the … role\".", "2025-10-20T09:15:42.0Z", "2025-10-20T09:15:44.0Z")])
    other = claude_conv(k2, "Cover letter sentence", "2025-10-20T09:15:39.000000Z", "2025-10-20T09:15:44.000000Z", [o1, o2])
    write_json("elo-ratings/transcripts/claude-export.json", [other, graded], indent=2)


LIFE_CLAUDE_THINK = """l61-l62 = 170. q60 = 150/10000. 3p60 = l63/l60 = 0.949. 2|q61 = (l63-l64)/l61 = 220/9850 = 0.02234.
Curtate temporary expectation: sum of kp60 for k = 1..5 = 4.731. But maybe include k=0? The sheet's formula starts at k=1... I'll go with the full sum.
Vector p: 0.985, 0.98274, 0.98037. Constant force: exp(-0.02 t). Complete expectation: 1/0.02 = 50 if no limiting age."""

LIFE_CLAUDE_ANS = """Here's Tutorial Sheet 4.

**Exercise 4.1**

(a) d₆₁ = l₆₁ − l₆₂ = 9,850 − 9,680 = **170**

(b) q₆₀ = (l₆₀ − l₆₁)/l₆₀ = 150/10,000 = **0.015**

(c)
  (i) ₃p₆₀ = l₆₃/l₆₀ = 9,490/10,000 = **0.949**
  (ii) ₂|q₆₁ = (l₆₃ − l₆₄)/l₆₁ = 220/9,850 = 0.022335… ≈ **0.0223**

**Exercise 4.2**

(a) Counting the certain survival at time 0 as well (₀p₆₀ = 1):

e₆₀:₅ = 1 + (9,850 + 9,680 + 9,490 + 9,270 + 9,020)/10,000 = 1 + 4.731 = **5.731**

(b) p₆₀ = 0.9850, p₆₁ = 9,680/9,850 = 0.9827, p₆₂ = 9,490/9,680 = 0.9804, so

(p₆₀, p₆₁, p₆₂) = **(0.9850, 0.9827, 0.9804)**

**Exercise 4.3**

(a) With constant μ, ₜpₓ = exp(−∫₀ᵗ μ ds) = **e^(−0.02t)**

(b) One thing to check before I give a number: does your course's table have a limiting age ω (so the integral for e̊ₓ stops at ω − x), or should I integrate to infinity? The answer depends on which convention your lecturer uses — let me know and I'll finish it."""


def life_claude_export():
    k = "life-claude"
    q = ("Tutorial sheet 4 (life contingencies).\n\n| x | 60 | 61 | 62 | 63 | 64 | 65 |\n|---|---|---|---|---|---|---|\n| l_x | 10000 | 9850 | 9680 | 9490 | 9270 | 9020 |\n\n"
         "Exercise 4.1 (a) Find d_61. (b) Find q_60. (c) (i) Find 3p60. (ii) Find the deferred probability 2|q61, to four decimal places.\n"
         "Exercise 4.2 (a) Find the temporary curtate expectation of life e_{60:5} = sum_{k=1}^{5} kp60. (b) Give the vector (p60, p61, p62), each entry to four decimal places.\n"
         "Exercise 4.3 A life aged x is subject to a constant force of mortality mu = 0.02 per year. (a) Write tpx as a function of t. (b) Find the complete expectation of life.")
    m1 = claude_msg(k, 1, "human", "2025-09-30T20:41:02.118000Z", [tb(q, "2025-09-30T20:41:02.118000Z", "2025-09-30T20:41:02.118000Z")])
    m2 = claude_msg(k, 2, "assistant", "2025-09-30T20:41:31.902000Z", [
        {"start_timestamp": "2025-09-30T20:41:03.2Z", "stop_timestamp": "2025-09-30T20:41:09.8Z", "type": "thinking", "thinking": LIFE_CLAUDE_THINK,
         "summaries": [{"summary": "Computing life table quantities."}], "cut_off": False},
        tb(LIFE_CLAUDE_ANS, "2025-09-30T20:41:10.0Z", "2025-09-30T20:41:31.9Z"),
    ])
    graded = claude_conv(k, "Life tables tutorial 4", "2025-09-30T20:41:01.000000Z", "2025-09-30T20:41:31.902000Z", [m1, m2])
    write_json("life-tables/transcripts/claude-export.json", [graded], indent=2)


if __name__ == "__main__":
    radio_export()
    elo_gpt_export()
    life_gpt_export()
    elo_claude_export()
    life_claude_export()
