#!/usr/bin/env python3
"""Deterministic generator for the three export-style transcripts in final75.

  rc-transients/transcripts/conversations.json   ChatGPT data export, current_node set, regenerated branch,
                                                 thoughts + reasoning_recap nodes, citation markers, 2 conversations
  iv-drip-rates/transcripts/chatgpt-export.json  ChatGPT data export WITHOUT current_node (graded branch = leaf with
                                                 latest create_time), python tool call + execution_output, 2 conversations
  sir-epidemic/transcripts/claude-export.json    Claude data export, thinking / tool_use / tool_result blocks,
                                                 attachment with extracted_content, 2 conversations

No randomness, no clock: ids are derived from fixed strings, times are fixed. Re-running gives byte-identical files.
"""
import hashlib, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CITE = "\ue200cite\ue202turn0search{}\ue201"   # private-use citation marker as seen in real exports


def uid(*parts):
    h = hashlib.sha1("/".join(parts).encode()).hexdigest()
    return f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def write(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t = key, title, t0
        self.mapping = {}
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def add(self, parent, role, content, *, recipient="all", name=None, dt=7.0, end_turn=None, meta=None):
        self.n += 1
        nid = uid(self.key, str(self.n))
        self.t += dt
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, text, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [text]}, **kw)

    def export(self, current, with_current=True):
        d = {
            "title": self.title,
            "create_time": round(min(m["message"]["create_time"] for m in self.mapping.values() if m["message"]) - 1, 3),
            "update_time": round(self.t, 3),
            "mapping": self.mapping,
            "moderation_results": [],
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "default_model_slug": "gpt-4o",
            "id": uid(self.key, "conv"),
        }
        if with_current:
            d["current_node"] = current
        return d


def other_conversation(key, title, t0, q, a):
    c = Conv(key, title, t0)
    s = c.add(c.root, "system", {"content_type": "text", "parts": [""]}, meta={"is_visually_hidden_from_conversation": True})
    u = c.text(s, "user", q)
    last = c.text(u, "assistant", a, end_turn=True)
    return c, last


# ---------------------------------------------------------------- set 1: rc-transients (ChatGPT, current_node)
RC_Q = """EE 2010 HW 6, please solve.

1. A 12 V DC source is connected at t=0 through a 2.2 kΩ resistor to an initially uncharged 470 µF capacitor.
(a) Find the time constant τ, in seconds.
(b) Find the capacitor voltage at t = 1.5 s, in volts, to three significant figures.
(c) Find the current just after the switch closes, in mA, to three significant figures.
(d) How long after the switch closes does the capacitor voltage reach 9 V? Give the time in seconds to three significant figures.
(e) How much energy, in mJ, is stored in the capacitor once it is fully charged?
(f) After five time constants the capacitor voltage is closest to which fraction of its final value? A. 63% B. 86% C. 95% D. 99.3%

2. A 10 V source is switched at t=0 across a series RL circuit with R = 20 Ω and L = 50 mH.
(a) Find the time constant of the circuit in milliseconds.
(b) True or false: the current just after the switch closes is 0.5 A."""

RC_OLD = """Here are quick answers:

1(a) τ = 1.03 s
1(b) v = 12(1 − e^{−1.5}) = **9.32 V**
1(c) **5.45 mA**
1(d) **1.43 s**
1(e) **33.8 mJ**
1(f) **C**
2(a) **2.5 ms**
2(b) **True**"""

RC_NEW = f"""## Problem 1 — RC charging

The capacitor voltage is $v_C(t) = V_s\\,(1 - e^{{-t/\\tau}})$ and the current is $i(t) = \\frac{{V_s}}{{R}} e^{{-t/\\tau}}$ {CITE.format(0)}.

### (a)
$$\\tau = RC = 2200 \\times 470\\times10^{{-6}} = 1.034\\ \\text{{s}}$$

**Answer:** τ = 1.034 s

### (b)
$$v_C(1.5) = 12\\left(1 - e^{{-1.5/1.034}}\\right) = 12(1 - 0.2344) = 9.187\\ \\text{{V}}$$

**Answer:** $v_C \\approx 9.19$ V

### (c)
At $t=0^+$ the uncharged capacitor looks like a short circuit:
$$i(0^+) = \\frac{{12}}{{2200}} = 5.4545\\ \\text{{mA}}$$

**Answer:** 5.45 mA

### (d)
Setting $v_C = 9$ V: $1 - e^{{-t/\\tau}} = 0.75$, so $e^{{-t/\\tau}} = 0.33$ and
$$t = \\tau \\ln 3 = 1.034 \\times 1.0986 = 1.136\\ \\text{{s}}$$

**Answer:** t ≈ 1.14 s

### (e)
$$W = \\tfrac12 C V^2 = \\tfrac12 (470\\times10^{{-6}})(12)^2 = 33.84\\ \\text{{mJ}}$$

### (f)
$1 - e^{{-5}} = 0.9933$, so after 5τ the capacitor is at 99.3 % — option **D**.

## Problem 2 — RL circuit

### (a)
$$\\tau = \\frac{{L}}{{R}} = \\frac{{0.050}}{{20}} = 0.0025\\ \\text{{s}} = 2.5\\ \\text{{ms}}$$

**Answer:** 2.5 ms

---

### Summary

| Part | Answer |
|---|---|
| 1(a) | 1.034 s |
| 1(b) | 9.19 V |
| 1(c) | 5.45 mA |
| 1(d) | 1.14 s |
| 1(e) | 16.92 mJ |
| 1(f) | D |
| 2(a) | 2.5 ms |"""


def build_rc():
    c = Conv("rc-transients/hw6", "HW6 RC and RL transients", 1728900000.0)
    s = c.add(c.root, "system", {"content_type": "text", "parts": [""]}, meta={"is_visually_hidden_from_conversation": True})
    u = c.text(s, "user", RC_Q, dt=30)
    # first attempt, later regenerated (not on the graded branch)
    c.text(u, "assistant", RC_OLD, dt=9, end_turn=True, meta={"model_slug": "gpt-4o"})
    # regenerated attempt: thoughts + recap + answer
    th = c.add(u, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Working out the RC numbers", "content": "tau = 1.034 s. v(1.5) about 9.19 V. Time to 9 V is tau*ln4 = 1.43 s. Energy 33.84 mJ.", "finished": True},
            {"summary": "RL part", "content": "L/R = 2.5 ms; current starts at 0, so 2(b) is false.", "finished": True},
        ],
        "source_analysis_msg_id": uid("rc", "src"),
    }, recipient="all", dt=60, meta={"model_slug": "o3"})
    rr = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, dt=14, meta={"model_slug": "o3"})
    last = c.text(rr, "assistant", RC_NEW, dt=6, end_turn=True, meta={"model_slug": "o3", "citations": []})
    conv = c.export(last)
    o, olast = other_conversation("rc-transients/other", "Birthday card message ideas", 1728800000.0,
                                  "Give me three short ideas for a birthday card for my lab partner",
                                  "1. \"Another year of not letting the magic smoke out — happy birthday!\"\n2. \"You're the capacitor to my resistor: you keep me charged.\"\n3. \"Happy birthday to the best lab partner — may your circuits always close.\"")
    write(os.path.join(ROOT, "rc-transients", "transcripts", "conversations.json"), [conv, o.export(olast)])


# ---------------------------------------------------------------- set 2: iv-drip-rates (ChatGPT, no current_node)
IV_Q = """NURS 2140 module 4 practice — round drip rates to the nearest whole drop.
Exercise 4.1: 1,000 mL of 0.9% NaCl over 8 hours. a) pump rate mL/h b) gravity set 15 gtt/mL → gtt/min
Exercise 4.2: Heparin 25,000 units in 500 mL D5W, order 1,200 units/h. a) units/mL b) mL/h
Exercise 4.3: Dopamine 400 mg in 250 mL D5W at 5 mcg/kg/min, patient 80 kg. a) mcg/min b) mL/h
Exercise 4.4: 250 mL antibiotic through a microdrip set at 50 gtt/min. a) minutes? b) Which drop factor identifies a microdrip set? A. 10 gtt/mL B. 15 gtt/mL C. 20 gtt/mL D. 60 gtt/mL"""

IV_OLD = """**4.1** a) 125 mL/h  b) 31 gtt/min
**4.2** a) 50 units/mL  b) 24 mL/h
**4.3** a) 400 mcg/min  b) 15 mL/h
**4.4** a) 250 min  b) D"""

IV_CODE = """# IV calculations
rate_41 = 1000 / 8
gtt_41 = rate_41 * 15 / 60
conc_42 = 25000 / 500
rate_42 = 1200 / conc_42
dose_43 = 5 * 80                 # mcg/min
conc_43 = 400 / 250 * 100        # mcg/mL
rate_43 = dose_43 * 60 / conc_43
min_44 = 250 * 60 / 50
print(rate_41, gtt_41, conc_42, rate_42, dose_43, conc_43, rate_43, min_44)"""

IV_OUT = "125.0 31.25 50.0 24.0 400 160.0 150.0 300.0"

IV_NEW = f"""Here are the worked answers (checked with a quick calculation above). Drip-rate rounding follows the usual safety convention {CITE.format(2)}.

**Exercise 4.1**
- a) 1,000 mL ÷ 8 h = **125 mL/h**
- b) 125 × 15 ÷ 60 = 31.25 gtt/min. You can't deliver a fraction of a drop, and for gravity lines I always round up so the patient isn't under-infused: **32 gtt/min**

**Exercise 4.2**
- a) 25,000 ÷ 500 = **50 units/mL**
- b) 1,200 ÷ 50 = **24 mL/h**

**Exercise 4.3**
- a) 5 mcg/kg/min × 80 kg = **400 mcg/min**
- b) Bag concentration 400 mg/250 mL = 160 mcg/mL, so 400 × 60 ÷ 160 = **150 mL/h**

**Exercise 4.4**
- a) Microdrip = 60 gtt/mL → 250 × 60 ÷ 50 = **300 minutes** (5 hours)
- b) **D** — microdrip tubing delivers 60 gtt/mL; 10, 15 and 20 gtt/mL are macrodrip sets."""


def build_iv():
    c = Conv("iv-drip-rates/module4", "IV drip rate practice", 1741000000.0)
    s = c.add(c.root, "system", {"content_type": "text", "parts": [""]}, meta={"is_visually_hidden_from_conversation": True})
    u = c.text(s, "user", IV_Q, dt=20)
    c.text(u, "assistant", IV_OLD, dt=8, end_turn=True)                # older branch (earlier create_time)
    code = c.add(u, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None, "text": IV_CODE},
                 recipient="python", dt=120)
    out = c.add(code, "tool", {"content_type": "execution_output", "text": IV_OUT}, name="python", dt=2,
                meta={"aggregate_result": {"status": "success", "code": IV_CODE, "final_expression_output": None}})
    last = c.text(out, "assistant", IV_NEW, dt=5, end_turn=True)
    conv = c.export(last, with_current=False)
    o, olast = other_conversation("iv-drip-rates/other", "Flashcards: cardiac meds", 1740900000.0,
                                  "make 3 flashcards about digoxin",
                                  "**Card 1** — Q: What apical pulse should you check before giving digoxin? A: Hold if < 60 bpm (adult).\n**Card 2** — Q: Therapeutic range? A: 0.5–2.0 ng/mL.\n**Card 3** — Q: Early signs of toxicity? A: Nausea, vomiting, visual changes (yellow-green halos).")
    write(os.path.join(ROOT, "iv-drip-rates", "transcripts", "chatgpt-export.json"), [o.export(olast, with_current=False), conv])


# ---------------------------------------------------------------- set 3: sir-epidemic (Claude export)
SIR_ATTACH = open(os.path.join(ROOT, "sir-epidemic", "problems.md"), encoding="utf-8").read()

SIR_T1 = """Let me work through the problem set from your attachment.

## Problem 1

**(a)** $R_0 = \\beta/\\gamma = 0.3/0.1 = 3$

**(b)** Herd-immunity threshold: $p_c = 1 - 1/R_0 = 1 - 1/3 = 0.6667$

**(c)(i)** Early on, $dI/dt \\approx (\\beta - \\gamma) I$, so $r = 0.2$ per day.

**(c)(ii)** $T_d = \\ln 2 / r = 0.693/0.2 \\approx 3.5$ days.

## Problem 2

**(a)** At $t=0$, incidence is $\\beta S I/N = 0.3 \\times 9990 \\times 10/10000 = 2.997$, so

$$\\left(\\frac{dS}{dt}, \\frac{dI}{dt}, \\frac{dR}{dt}\\right) = (-2.997,\\ 2.997,\\ 1)$$

**(b)** With half the population immune, $R_{\\text{eff}} = 3 \\times 0.5 = 1.5$.

**(c)** I'll solve the final-size equation numerically."""

SIR_CODE = """let z = 0.5;
for (let k = 0; k < 60; k++) z = 1 - Math.exp(-3 * z);
console.log(z.toFixed(6));"""

SIR_T2 = """The iteration converges to $z = 0.940480$, so **z ≈ 0.940** (about 94% of the population is eventually infected).

**(d)** $\\dfrac{dI}{dt} = \\beta\\dfrac{SI}{N} - \\gamma I$"""

SIR_FOLLOW_Q = "what's the peak number infected? just curious, not on the sheet"
SIR_FOLLOW_A = """The peak occurs when $S = N/R_0 \\approx 3333$. Using the conserved quantity $I + S - \\frac{N}{R_0}\\ln S$, the peak prevalence is
$$I_{\\max} = N\\left(1 - \\frac{1 + \\ln R_0}{R_0}\\right) \\approx 10000 \\times 0.3005 \\approx 3005$$
people (about 30% infected at once)."""


def cmsg(conv, n, sender, t, blocks, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    stamp = f"2025-03-1{t[0]}T{t[1]}Z"
    return {
        "uuid": uid(conv, "msg", str(n)),
        "text": text,
        "content": [dict(b, start_timestamp=stamp, stop_timestamp=stamp) for b in blocks],
        "sender": sender,
        "created_at": stamp,
        "updated_at": stamp,
        "attachments": attachments or [],
        "files": [],
    }


def build_sir():
    k = "sir/ps2"
    msgs = [
        cmsg(k, 1, "human", ("0", "18:02:11.000000"),
             [{"type": "text", "text": "Can you solve all parts of the attached problem set? Show the working briefly.", "citations": []}],
             attachments=[{"file_name": "ps2_sir.md", "file_size": len(SIR_ATTACH.encode()), "file_type": "text/markdown",
                           "extracted_content": SIR_ATTACH}]),
        cmsg(k, 2, "assistant", ("0", "18:02:40.000000"), [
            {"type": "thinking", "thinking": "R0 = 3. Threshold 2/3. r = beta = 0.3? No: r = beta - gamma = 0.2. Doubling ln2/0.2 = 3.47. Final size about 0.94; check with the analysis tool.",
             "summaries": [{"summary": "Computing SIR quantities."}], "cut_off": False},
            {"type": "text", "text": SIR_T1, "citations": []},
            {"type": "tool_use", "name": "repl", "input": {"code": SIR_CODE}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"0.940480\"]}"}], "is_error": False},
            {"type": "text", "text": SIR_T2, "citations": []},
        ]),
        cmsg(k, 3, "human", ("0", "18:05:03.000000"), [{"type": "text", "text": SIR_FOLLOW_Q, "citations": []}]),
        cmsg(k, 4, "assistant", ("0", "18:05:20.000000"), [{"type": "text", "text": SIR_FOLLOW_A, "citations": []}]),
    ]
    graded = {"uuid": uid(k, "conv"), "name": "SIR problem set 2", "summary": "",
              "created_at": "2025-03-10T18:02:09.000000Z", "updated_at": "2025-03-10T18:05:20.000000Z",
              "account": {"uuid": uid("account")}, "chat_messages": msgs}
    k2 = "sir/other"
    other = {"uuid": uid(k2, "conv"), "name": "Email to TA about extension", "summary": "",
             "created_at": "2025-03-09T09:40:00.000000Z", "updated_at": "2025-03-09T09:41:00.000000Z",
             "account": {"uuid": uid("account")}, "chat_messages": [
                 cmsg(k2, 1, "human", ("0", "09:40:00.000000"), [{"type": "text", "text": "short polite email asking my TA for a 2 day extension on PS2", "citations": []}]),
                 cmsg(k2, 2, "assistant", ("0", "09:40:30.000000"), [{"type": "text", "text": "Subject: PS2 extension request\n\nHi Sam,\n\nI've been unwell this week and am behind on Problem Set 2. Would it be possible to have a two-day extension, to Saturday? I'm happy to share what I have so far.\n\nThanks,\nAlex", "citations": []}]),
             ]}
    write(os.path.join(ROOT, "sir-epidemic", "transcripts", "claude-export.json"), [other, graded])


if __name__ == "__main__":
    build_rc()
    build_iv()
    build_sir()
    print("wrote 3 exports")
