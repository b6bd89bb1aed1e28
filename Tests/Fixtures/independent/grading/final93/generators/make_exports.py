#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts of final93.

Writes:
  nuclear-dosimetry/transcripts/chatgpt-conversations.json  (ChatGPT export, current_node set,
      regenerated branch, thoughts + reasoning_recap nodes, python tool call/execution_output)
  fluid-statics/transcripts/conversations.json               (ChatGPT export WITHOUT current_node,
      three conversations, regenerated branch, private-use citation markers)
  inventory-eoq/transcripts/claude-export.json               (Claude export, thinking/tool_use/
      tool_result blocks, attachment with extracted_content, an unrelated conversation)

No randomness, fixed ids and timestamps: re-running gives byte-identical files.
"""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a90-93aa-4e7b-9d1e-000000000093")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def write(path, obj, ascii_only):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=ascii_only, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv, t0):
        self.conv, self.t = conv, t0
        self.mapping = {}
        root = uid(conv, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def add(self, key, parent, role, content, dt=7.0, recipient="all", meta=None, name=None, hidden=False):
        self.t += dt
        nid = uid(self.conv, key)
        md = {"is_visually_hidden_from_conversation": True} if hidden else {}
        if meta:
            md.update(meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conversation(tree, title, create, current=None):
    c = {
        "title": title,
        "create_time": create,
        "update_time": round(tree.t, 3),
        "mapping": tree.mapping,
        "moderation_results": [],
    }
    if current is not None:
        c["current_node"] = current
    c["conversation_id"] = uid(tree.conv, "conv")
    c["id"] = c["conversation_id"]
    c["default_model_slug"] = "gpt-4o" if current is None else "o4-mini"
    return c


# ---------------------------------------------------------------- set 1: nuclear-dosimetry
NUC_PROMPT = r"""hw 6 radiation physics, can you check my answers / do these? pasted below

1. Iodine-131, used in thyroid therapy, has a half-life of 8.02 days. A vial is calibrated at an activity of 370 MBq.
(a) Find the decay constant λ in day^-1 (three significant figures).
(b) What is the activity of the vial 20.0 days after calibration? Give the answer in MBq to three significant figures.
(c) How many days after calibration does the activity fall to 10 MBq? (three significant figures)
2. Cobalt-60 (T1/2 = 5.27 yr, molar mass 59.93 g/mol) is a common gamma source.
(a) Compute the activity, in Bq, of a 1.00 μg sample of pure Co-60. Three significant figures.
(b) A different source's activity drops from 800 kBq to 50 kBq in 12 hours. Its half-life is A. 1.5 h B. 3 h C. 4 h D. 6 h
3. A 70 kg radiation worker absorbs a total of 0.14 J of energy from a source, deposited uniformly over the whole body.
(a) What is the absorbed dose, in mGy?
(b) If the same energy had been deposited by alpha particles (w_R = 20) instead of gamma rays (w_R = 1), what would the equivalent dose be, in mSv?
4. A survey meter reads 120 μSv/h at a distance of 2.0 m from a small (point-like) gamma source. Ignoring attenuation in air, what dose rate, in μSv/h, would it read at 5.0 m?

Use N_A = 6.022e23 and 1 yr = 3.156e7 s"""

NUC_OLD = r"""Here's a worked pass through the whole set.

## Problem 1

**(a)** $\lambda = \ln 2 / T_{1/2} = 0.6931/8.02 = 0.0864\ \text{day}^{-1}$

**(b)** $A = 370\,e^{-0.0864 \times 20} = 370 \times 0.1776 = 65.7$ MBq

**(c)** $t = \ln(370/10)/\lambda = 3.611/0.0864 = 41.8$ days... hmm, using a rounded λ of 0.087 gives **41.5 days**.

## Problem 2

**(a)** $N = 1.00\times10^{-6}/59.93 \times 6.022\times10^{23} = 1.005\times10^{16}$, $\lambda = 4.17\times10^{-9}\ \text{s}^{-1}$, so $A \approx 4.19\times10^{7}$ Bq.

**(b)** 800 → 50 is four halvings in 12 h, so **B (3 h)**.

## Problem 3

**(a)** $D = 0.14/70 = 2.0\times10^{-3}$ Gy $= 2.0$ mGy

**(b)** $H = 20 \times 2.0 = 40$ mSv

## Problem 4

$\dot H_2 = 120 \times (2/5)^2 = 19.2\ \mu$Sv/h"""

NUC_THOUGHTS = [
    {"summary": "Planning decay steps", "content": "Need λ = ln2/8.02 ≈ 0.08643 per day. A(20) = 370·2^(-20/8.02). Careful with 3 s.f. For Co-60 use 3.156e7 s per year."},
    {"summary": "Checking dose units", "content": "0.14 J / 70 kg = 0.002 Gy. Equivalent dose with w_R 20 ... 0.04 Sv. Inverse square for problem 4: factor (2/5)^2 = 0.16."},
]

NUC_PART1 = r"""Sure — I'll go problem by problem and use Python for the Co-60 number so the powers of ten are right.

### Problem 1 — I-131

**(a)** The decay constant is

$$\lambda = \frac{\ln 2}{T_{1/2}} = \frac{0.693147}{8.02\ \text{d}} = 0.086427\ \text{d}^{-1}$$

To three significant figures: $\boxed{\lambda = 0.0864\ \text{day}^{-1}}$

**(b)** $A(t) = A_0 e^{-\lambda t} = 370 \times e^{-0.086427 \times 20.0} = 370 \times 0.17754$

$$A(20\ \text{d}) = \boxed{65.7\ \text{MBq}}$$

**(c)** Solve $10 = 370\,e^{-\lambda t}$: $t = \dfrac{\ln 37}{\lambda} = \dfrac{3.6109}{0.086427}$

$$t = \boxed{41.8\ \text{days}}$$

### Problem 2 — Co-60

**(a)** Let me compute the number of atoms and the activity:"""

NUC_CODE = r"""import math
N = 1.00e-6 / 59.93 * 6.022e23
lam = math.log(2) / (5.27 * 3.156e7)
print(N, lam, N * lam)"""

NUC_OUT = "1.00483897880861e+16 4.167521521970412e-09 41876880.70299653"

NUC_PART2 = r"""So $N = 1.005\times10^{16}$ atoms and $\lambda = 4.168\times10^{-9}\ \text{s}^{-1}$, giving

**Answer (2a):** $A = \lambda N \approx 4.19 \times 10^{7}\ \text{Bq}$ (about 41.9 MBq, or 1.13 mCi).

**(b)** $800 \to 400 \to 200 \to 100 \to 50$ kBq is four half-lives in 12 h, so $T_{1/2} = 3$ h. **Answer: (B)**

### Problem 3 — Dose

**(a)** Absorbed dose is energy per unit mass:

$$D = \frac{E}{m} = \frac{0.14\ \text{J}}{70\ \text{kg}} = 0.002\ \text{Gy}$$

**Answer:** $D = 2.0$ mGy

**(b)** Equivalent dose $H = w_R D = 20 \times 0.002\ \text{Gy} = 0.04$ Sv, i.e.

**Answer:** $H = 4$ mSv

### Problem 4 — Inverse square

Dose rate scales as $1/r^2$:

$$\dot H(5.0\ \text{m}) = 120 \times \left(\frac{2.0}{5.0}\right)^2 = 120 \times 0.16$$

**Answer:** $\dot H = 19.2\ \mu\text{Sv/h}$

| Part | Answer |
|---|---|
| 1(a) | 0.0864 day⁻¹ |
| 1(b) | 65.7 MBq |
| 1(c) | 41.8 d |
| 2(a) | 4.19 × 10⁷ Bq |
| 2(b) | B |
| 3(a) | 2.0 mGy |
| 3(b) | 4 mSv |
| 4 | 19.2 μSv/h |"""

NUC_FOLLOW_Q = "ok thanks. what would the meter read at 3 m instead? just curious"

NUC_FOLLOW_A = r"""At 3.0 m the factor is $(2.0/3.0)^2 = 0.444$, so the reading would be $120 \times 0.444 \approx 53.3\ \mu\text{Sv/h}$.

For the homework question itself (5.0 m) the value stays 19.2 μSv/h."""


def nuclear_export():
    t = Tree("nuc", 1761901200.0)
    sys_ = t.add("sys", t.root, "system", text(""), dt=0.0, hidden=True)
    u1 = t.add("u1", sys_, "user", text(NUC_PROMPT), dt=1.5)
    # first answer (was regenerated by the user)
    t.add("a_old", u1, "assistant", text(NUC_OLD), dt=21.0, meta={"model_slug": "gpt-4o"})
    # regenerated answer with reasoning and a python call
    th = t.add("thoughts", u1, "assistant",
               {"content_type": "thoughts", "thoughts": NUC_THOUGHTS, "source_analysis_msg_id": uid("nuc", "src")},
               dt=64.0, meta={"model_slug": "o4-mini"})
    rr = t.add("recap", th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 12 seconds"},
               dt=12.0, meta={"model_slug": "o4-mini"})
    p1 = t.add("part1", rr, "assistant", text(NUC_PART1), dt=4.0, meta={"model_slug": "o4-mini"})
    code = t.add("code", p1, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None, "text": NUC_CODE},
                 dt=1.0, recipient="python", meta={"model_slug": "o4-mini"})
    out = t.add("out", code, "tool", {"content_type": "execution_output", "text": NUC_OUT},
                dt=2.0, name="python", meta={"aggregate_result": {"status": "success", "code": NUC_CODE, "final_expression_output": None}})
    p2 = t.add("part2", out, "assistant", text(NUC_PART2), dt=9.0, meta={"model_slug": "o4-mini"})
    u2 = t.add("u2", p2, "user", text(NUC_FOLLOW_Q), dt=240.0)
    a2 = t.add("a2", u2, "assistant", text(NUC_FOLLOW_A), dt=6.0, meta={"model_slug": "o4-mini"})
    conv = conversation(t, "Radiation physics HW6", 1761901200.0, current=a2)
    write("nuclear-dosimetry/transcripts/chatgpt-conversations.json", [conv], ascii_only=True)


# ---------------------------------------------------------------- set 3: fluid-statics
CITE = "\ue200cite\ue202turn0search2\ue201"

FL_PROMPT = r"""Problem Set 2 fluid statics. Take rho_water = 1000, rho_Hg = 13600, g = 9.81, p_atm = 101.3 kPa.
Problem 1 A diver descends in a freshwater lake. (a) At a depth of 12 m: (i) gauge pressure in kPa (ii) absolute pressure in kPa. (b) At what depth is the absolute pressure equal to three times atmospheric pressure? 3 s.f.
Problem 2 A wooden block 0.40 m × 0.30 m × 0.20 m, density 650 kg/m³, floats in fresh water with the 0.20 m edge vertical. (a) fraction submerged? (b) extra mass on top to just submerge it? (c) moved to oil of density 800 kg/m³, how deep (cm) does it sink?
Problem 3 U-tube mercury manometer, gas tank on one side, open on the other, mercury in the open arm 0.25 m higher. (a) gauge pressure of the gas in kPa, 3 s.f. (b) with water instead of mercury the height difference is closest to A 0.25 m B 1.84 m C 3.40 m D 13.6 m"""

FL_OLD = r"""**Problem 1**
(a)(i) p_gauge = ρgh = 1000 × 9.81 × 12 = 117 720 Pa = **117.72 kPa**
(a)(ii) p_abs = 117.72 + 101.3 = **219.02 kPa**
(b) ρgh = 2 × 101.3 kPa → h = 202 600 / 9810 = **20.7 m**

**Problem 2**
(a) 650/1000 = **0.65**
(b) (1000 − 650) × 0.024 = **8.4 kg**
(c) 0.65 × 0.20 × 1000/800 = 0.1625 m = **16.25 cm**

**Problem 3**
(a) 13 600 × 9.81 × 0.25 = **33.4 kPa**... using 101.3 kPa that's 134.7 kPa absolute
(b) **C**"""

FL_NEW = r"""Here are full solutions. The key relation throughout is hydrostatic pressure, $p = p_0 + \rho g h$ """ + CITE + r"""

## Problem 1 — Pressure at depth

**(a)(i)** Gauge pressure at 12 m:
$$p_g = \rho g h = 1000 \times 9.81 \times 12 = 117\,720\ \text{Pa}$$
**Answer: $p_g = 117.72$ kPa**

**(a)(ii)** Absolute pressure adds the atmosphere:
$$p_{abs} = 117.72 + 101.3 = 219.02\ \text{kPa}$$
**Answer: $p_{abs} = 219.02$ kPa**

**(b)** We need $p_{abs} = 3 p_{atm}$, i.e. $\rho g h = 2 p_{atm} = 202.6$ kPa:
$$h = \frac{202\,600}{1000 \times 9.81} = 20.65\ \text{m}$$
**Answer: $h \approx 20.7$ m**

## Problem 2 — Buoyancy

Block volume $V = 0.40 \times 0.30 \times 0.20 = 0.024\ \text{m}^3$, mass $650 \times 0.024 = 15.6$ kg.

**(a)** For a floating body, submerged fraction $= \rho_{block}/\rho_{fluid}$ """ + CITE + r""" $= 650/1000$.
**Answer: 0.65** (65 % of the volume is under water)

**(b)** Fully submerged buoyancy $= 1000 \times 0.024 = 24$ kg of water displaced, so the extra mass is $24 - 15.6$:
**Answer: 8.4 kg**

**(c)** In water the draft is $0.65 \times 0.20 = 0.13$ m. The block keeps the same submerged fraction, so

**Answer: 13 cm**

## Problem 3 — Manometer

**(a)** The open arm is higher, so the gas is above atmospheric:
$$p_{gas} - p_{atm} = \rho_{Hg} g \Delta h = 13\,600 \times 9.81 \times 0.25 = 33\,354\ \text{Pa}$$
**Answer: 33.4 kPa (gauge)**

**(b)** Same pressure with water: $\Delta h_w = 0.25 \times 13.6 = 3.40$ m → **(C)**"""

OTHER1 = [("user", "Scale this recipe for 10 people: 250 g flour, 2 eggs, 300 ml milk (serves 4)."),
          ("assistant", "Multiply everything by 10/4 = 2.5: **625 g flour, 5 eggs, 750 ml milk**.")]
OTHER2 = [("user", "Can you shorten the first paragraph of my cover letter? It's for a structural engineering internship."),
          ("assistant", "Here's a tighter version:\n\n> I am a third-year civil engineering student with a strong interest in structural design, and I would welcome the chance to contribute to your bridge team this summer.")]


def simple_conv(key, title, turns, t0):
    t = Tree(key, t0)
    parent = t.root
    for i, (role, s) in enumerate(turns):
        parent = t.add("m%d" % i, parent, role, text(s), dt=5.0 + i)
    return conversation(t, title, t0)


def fluid_export():
    convs = [simple_conv("recipe", "Recipe scaling", OTHER1, 1760000000.0)]
    t = Tree("fluid", 1760700000.0)
    sys_ = t.add("sys", t.root, "system", text(""), dt=0.0, hidden=True)
    u1 = t.add("u1", sys_, "user", text(FL_PROMPT), dt=2.0)
    t.add("a_old", u1, "assistant", text(FL_OLD), dt=15.0)
    t.add("a_new", u1, "assistant", text(FL_NEW), dt=140.0,
          meta={"citations": [{"start_ix": 0, "end_ix": 0, "metadata": {"title": "Hydrostatics", "url": "https://en.wikipedia.org/wiki/Hydrostatics"}}]})
    convs.append(conversation(t, "Fluid statics PS2", 1760700000.0))
    convs.append(simple_conv("cover", "Cover letter edit", OTHER2, 1760800000.0))
    write("fluid-statics/transcripts/conversations.json", convs, ascii_only=True)


# ---------------------------------------------------------------- set 2: inventory-eoq (Claude)
INV_ATTACH = r"""OPM 320 · Week 5 exercises — Inventory models
Assume a 250-day working year unless told otherwise.
Exercise 5.1 — Economic order quantity
Brightline Supply sells a replacement filter cartridge. Annual demand is 12,000 units, each order costs $75 to place, and holding one unit in stock for a year costs $2.50.
a) Compute the economic order quantity. Round to the nearest unit.
b) What is the total annual ordering plus holding cost when ordering at the EOQ? Give the answer to the nearest cent.
c) True or false: at the EOQ, the annual ordering cost equals the annual holding cost.
Exercise 5.2 — Reorder point and safety stock
The same cartridge has average demand of 40 units per working day, and the supplier's lead time is a constant 6 working days.
a) Ignoring demand variability, what is the reorder point (in units)?
b) Daily demand is in fact normally distributed with standard deviation 8 units, independent from day to day. Find the safety stock needed for a 95 % cycle service level (use z = 1.645). Give it to one decimal place.
c) What is the reorder point that includes the safety stock of part (b)? (one decimal place)
d) Management wants to cap safety stock at 20 units. What z-value does that correspond to? Two decimals.
Exercise 5.3
Which of the following changes, on its own, increases the EOQ?
(A) a higher holding cost per unit (B) a lower annual demand (C) a higher cost per order (D) a shorter supplier lead time"""

INV_THINK = r"""Let me work through these. EOQ = sqrt(2DS/H) = sqrt(2*12000*75/2.5) = sqrt(720000) ≈ 848.5 → 849.
Total cost = sqrt(2DSH) = sqrt(4,500,000) ≈ 2121.32.
ROP = 40*6 = 240. Safety stock: sigma over lead time... 8 per day, 6 days, so sigma_L = 8*sqrt(6) ≈ 19.6, SS = 1.645*19.6 ≈ 32.2.
For (d), z = 20 / sigma_L. Hmm, the user may expect sigma_L = 8*6 = 48 here? I'll compute with the tool."""

INV_CODE = """import math
D,S,H=12000,75,2.5
q=math.sqrt(2*D*S/H); tc=D/q*S+q/2*H
sL=8*math.sqrt(6); ss=1.645*sL
print(round(q,3), round(tc,4), round(ss,4), round(240+ss,4), round(20/(8*6),4))"""

INV_RESULT = "848.528 2121.3203 32.2353 272.2353 0.4167"

INV_TEXT1 = r"""I ran the numbers; here are the answers for the uploaded sheet.

## Exercise 5.1

**a)** $Q^* = \sqrt{2DS/H} = \sqrt{2 \cdot 12{,}000 \cdot 75 / 2.50} = \sqrt{720{,}000} = 848.5$, so **EOQ = 849 units**.

**b)** At the EOQ the total relevant cost is $\sqrt{2DSH}$:

Ordering: $\frac{12{,}000}{848.53} \times 75 = \$1{,}060.66$; holding: $\frac{848.53}{2} \times 2.50 = \$1{,}060.66$.

**Total annual cost = $2,121.32**

**c)** **True** — at the EOQ the two cost curves cross, so ordering cost = holding cost ($1,060.66 each).

## Exercise 5.2

**a)** ROP = d × L = 40 × 6 = **240 units**

**b)** σ over the lead time: $\sigma_L = 8\sqrt{6} = 19.60$ units. Safety stock $= z\,\sigma_L = 1.645 \times 19.60$

**Safety stock = 32.2 units**

**c)** ROP = 240 + 32.2 = **272.2 units**

**d)** With SS capped at 20: $z = 20/\sigma_L = 20/48$

**z ≈ 0.42**

## Exercise 5.3

EOQ = √(2DS/H) increases with the ordering cost S and decreases with H; lead time doesn't enter. **Answer: (C)**"""

INV_Q2 = "what service level is the z from 5.2d?"

INV_TEXT2 = r"""A z-value of 0.42 corresponds to $\Phi(0.42) \approx 0.663$, so capping safety stock at 20 units gives roughly a **66 % cycle service level** — a big drop from 95 %."""

BDAY = [("human", "Write a short funny birthday message for my sister who just started a PhD in chemistry."),
        ("assistant", "Happy birthday to the only person I know who can make a mole joke *and* mean it. May your reactions be exothermic and your reviewers be kind! 🎂")]


def cmsg(key, sender, blocks, created, attachments=None, text_override=None):
    txt = text_override if text_override is not None else "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid("claude", key),
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": attachments or [],
        "files": [],
    }


def tblock(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


def inventory_export():
    a = [
        cmsg("b0", "human", [tblock(BDAY[0][1], "2025-10-02T08:14:03.100000Z", "2025-10-02T08:14:03.100000Z")], "2025-10-02T08:14:03.100000Z"),
        cmsg("b1", "assistant", [tblock(BDAY[1][1], "2025-10-02T08:14:05.000000Z", "2025-10-02T08:14:07.900000Z")], "2025-10-02T08:14:07.900000Z"),
    ]
    bday = {"uuid": uid("claude", "bday"), "name": "Birthday message for sister", "created_at": "2025-10-02T08:14:03.100000Z",
            "updated_at": "2025-10-02T08:14:07.900000Z", "account": {"uuid": uid("claude", "acct")}, "chat_messages": a}
    h1 = cmsg("h1", "human", [tblock("Can you solve these for me? It's the week 5 sheet (attached). I need 5.2 especially.",
                                      "2025-10-04T19:40:11.000000Z", "2025-10-04T19:40:11.000000Z")],
              "2025-10-04T19:40:11.000000Z",
              attachments=[{"file_name": "week5_exercises.txt", "file_size": len(INV_ATTACH.encode()), "file_type": "txt",
                            "extracted_content": INV_ATTACH}])
    blocks = [
        {"start_timestamp": "2025-10-04T19:40:13.000000Z", "stop_timestamp": "2025-10-04T19:40:29.000000Z", "type": "thinking",
         "thinking": INV_THINK, "summaries": [{"summary": "Computing EOQ and safety stock."}], "cut_off": False},
        {"start_timestamp": "2025-10-04T19:40:29.500000Z", "stop_timestamp": "2025-10-04T19:40:31.000000Z", "type": "tool_use",
         "name": "repl", "input": {"code": INV_CODE}, "message": "Analyzing data", "integration_name": None},
        {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": '{"status":"success","logs":["' + INV_RESULT + '"]}', "uuid": uid("claude", "res")}],
         "is_error": False},
        tblock(INV_TEXT1, "2025-10-04T19:40:32.000000Z", "2025-10-04T19:41:02.000000Z"),
    ]
    a1 = cmsg("a1", "assistant", blocks, "2025-10-04T19:41:02.000000Z")
    h2 = cmsg("h2", "human", [tblock(INV_Q2, "2025-10-04T19:44:50.000000Z", "2025-10-04T19:44:50.000000Z")], "2025-10-04T19:44:50.000000Z")
    a2 = cmsg("a2", "assistant", [tblock(INV_TEXT2, "2025-10-04T19:44:52.000000Z", "2025-10-04T19:44:58.000000Z")], "2025-10-04T19:44:58.000000Z")
    inv = {"uuid": uid("claude", "inv"), "name": "OPM 320 week 5 inventory exercises", "created_at": "2025-10-04T19:40:11.000000Z",
           "updated_at": "2025-10-04T19:44:58.000000Z", "account": {"uuid": uid("claude", "acct")}, "chat_messages": [h1, a1, h2, a2]}
    write("inventory-eoq/transcripts/claude-export.json", [bday, inv], ascii_only=False)


if __name__ == "__main__":
    nuclear_export()
    fluid_export()
    inventory_export()
