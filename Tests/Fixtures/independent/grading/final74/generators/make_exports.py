#!/usr/bin/env python3
"""Deterministic generator for the JSON chat exports of the final74 grading corpus.

Writes five files (re-running gives byte-identical output):
  seismic-magnitudes/transcripts/conversations-seismo.json      ChatGPT export, regenerated branch, thoughts
  clinical-dosage-bac/transcripts/claude-export-dosage.json     Claude export, thinking + tool_use, attachment, 2 conversations
  clinical-dosage-bac/transcripts/conversations-dosage.json     ChatGPT export WITHOUT current_node, 2 conversations
  climate-energy-balance/transcripts/conversations-climate.json ChatGPT export, python tool, citation markers, 3 conversations
  climate-energy-balance/transcripts/claude-export-climate.json Claude export, thinking, attachment
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def uid(*parts):
    h = hashlib.sha1("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def iso(t):
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"


# ---------------------------------------------------------------- ChatGPT helpers
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.order = []
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.root = root

    def add(self, name, parent, role, content, dt, recipient="all", author_name=None,
            status="finished_successfully", end_turn=None, metadata=None, hidden=False):
        nid = uid(self.key, name)
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": None if dt is None else self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": status,
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        pid = self.root if parent is None else uid(self.key, parent)
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        self.order.append(nid)
        return name

    def export(self, current=None, with_current=True, model="gpt-4o"):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"]]
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
        }
        if with_current:
            conv["current_node"] = uid(self.key, current)
        conv.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
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
            "id": uid(self.key, "conv"),
        })
        return conv


def text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def system_node(c):
    return c.add("system", None, "system", text(""), None, end_turn=True, hidden=True)


def thoughts(summary, body):
    return {"content_type": "thoughts",
            "thoughts": [{"summary": summary, "content": body, "chunks": [], "finished": True}],
            "source_analysis_msg_id": "0b7d1c2e-9f4a-4c55-8d0e-5a1f2b3c4d5e"}


def recap(s):
    return {"content_type": "reasoning_recap", "content": s}


def dump_gpt(path, convs, ensure_ascii):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(convs, f, ensure_ascii=ensure_ascii, separators=(", ", ": "))


# ---------------------------------------------------------------- Claude helpers
class ClaudeConv:
    def __init__(self, key, name, t0):
        self.key, self.name, self.t0 = key, name, t0
        self.msgs = []

    def add(self, sender, dt, blocks, attachments=()):
        n = len(self.msgs)
        t = iso(self.t0 + dt)
        content, texts = [], []
        for b in blocks:
            kind = b[0]
            base = {"start_timestamp": t, "stop_timestamp": t, "type": kind}
            if kind == "text":
                base["text"] = b[1]
                base["citations"] = []
                texts.append(b[1])
            elif kind == "thinking":
                base["thinking"] = b[1]
                base["summaries"] = [{"summary": b[2]}]
                base["cut_off"] = False
            elif kind == "tool_use":
                base["name"] = b[1]
                base["input"] = b[2]
                base["message"] = None
                texts.append("```\nThis block is not supported on your current device yet.\n```")
            elif kind == "tool_result":
                base["name"] = b[1]
                base["content"] = [{"type": "text", "text": b[2], "uuid": uid(self.key, str(n), "tr")}]
                base["is_error"] = False
                texts.append("```\nThis block is not supported on your current device yet.\n```")
            content.append(base)
        self.msgs.append({
            "uuid": uid(self.key, "msg", str(n)),
            "text": "\n\n".join(texts),
            "content": content,
            "sender": sender,
            "created_at": t,
            "updated_at": t,
            "attachments": [dict(a) for a in attachments],
            "files": [],
        })

    def export(self):
        return {
            "uuid": uid(self.key, "conv"),
            "name": self.name,
            "created_at": iso(self.t0),
            "updated_at": self.msgs[-1]["updated_at"],
            "account": {"uuid": "5f0c3a9e-2d41-4b7a-9c8e-1e2f3a4b5c6d"},
            "chat_messages": self.msgs,
        }


def attachment(name, body, ftype="txt"):
    return {"file_name": name, "file_size": len(body.encode()), "file_type": ftype,
            "extracted_content": body}


def dump_claude(path, convs):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(convs, f, ensure_ascii=False, indent=2)


# ================================================================ set A: seismology
def seismo():
    c = GPTConv("seismo", "Earthquake magnitude problem set", 1741812000.0)
    system_node(c)
    user = (
        "Problem set 5, GEOL 2150. Please solve all parts and show the steps.\n\n"
        "1. Local magnitude. Wood-Anderson amplitude A = 23 mm, S-P interval 24 s. "
        "M_L = log10 A + 3 log10(8 Δt) - 2.92\n"
        "(a) Compute M_L to two decimal places.\n"
        "(b) Epicentral distance in km for vP = 6.0 km/s and vS = 3.5 km/s.\n\n"
        "2. Rupture 40 km long, 15 km down dip, average slip 1.2 m, μ = 3.0×10^10 Pa.\n"
        "(a) Seismic moment M0 = μAD in N m.\n"
        "(b) Mw = (2/3)(log10 M0 - 9.1), two decimal places.\n"
        "(c) Using log10 E = 1.5M + 4.8, by what factor does an M 7.0 quake's energy exceed an M 5.0 quake's?\n\n"
        "3. log10 N = 5.2 - 1.0 M (N = annual number with magnitude ≥ M).\n"
        "(a) Number per year with M ≥ 4.0 (3 s.f.)\n"
        "(b) Return period in years of M ≥ 6.0 (3 s.f.)\n"
        "(c) Which scale does not saturate? (A) ML (B) mb (C) MS (D) Mw"
    )
    c.add("user", "system", "user", text(user), 5.2)
    # first (regenerated-away) branch
    c.add("th1", "user", "assistant", thoughts(
        "Working through magnitudes",
        "ML: log 23 = 1.3617, 3 log 192 = 6.85, minus 2.92 gives 5.29. Distance: d = Δt vp vs/(vp - vs)."),
        14.0, recipient="all", end_turn=None)
    c.add("rc1", "th1", "assistant", recap("Thought for 9 seconds"), 14.5)
    a1 = (
        "## Problem 1\n\n"
        "**(a)** $M_L = 1.3617 + 6.8500 - 2.92 = 5.29$\n\n"
        "**(b)** $d = 24 \\times \\dfrac{6.0 \\cdot 3.5}{6.0 - 3.5} = 201.6$ km\n\n"
        "## Problem 2\n\n"
        "**(a)** $M_0 = 3.0\\times10^{10} \\cdot 6.0\\times10^{8} \\cdot 1.2 = 2.16\\times10^{19}$ N·m\n\n"
        "**(b)** $M_w = \\tfrac23 \\log_{10} M_0 - 6.07 = 6.82 - 0.07 \\approx 6.75$\n\n"
        "**(c)** $10^{1.5\\cdot 2} = 1000$\n\n"
        "## Problem 3\n\n"
        "**(a)** $10^{1.2} = 15.8$ per year\n\n"
        "**(b)** $1/10^{-0.8} = 6.31$ years\n\n"
        "**(c)** (D)"
    )
    c.add("ans1", "rc1", "assistant", text(a1), 22.0, end_turn=True,
          metadata={"model_slug": "gpt-4o", "finish_details": {"type": "stop"}})
    # second branch (regenerated): the one shown, current_node
    c.add("th2", "user", "assistant", thoughts(
        "Computing moment and recurrence",
        "Moment: area 6.0e8 m^2, M0 = 2.16e19 N m, Mw = (2/3)(19.3345 - 9.1) = 6.823. "
        "Recurrence: 10^1.2 = 15.85; 10^-0.8 = 0.1585 so the return period is about 6.31 years. "
        "Saturation: Mw does not saturate."),
        61.0)
    c.add("rc2", "th2", "assistant", recap("Thought for 17 seconds"), 61.4)
    a2 = (
        "Here's a full worked solution.\n\n"
        "### Problem 1 — Local magnitude\n\n"
        "**1(a)** \\(M_L = \\log_{10} 23 + 3\\log_{10}(8 \\times 24) - 2.92 = 1.3617 + 6.8500 - 2.92\\), so\n\n"
        "\\[ M_L = 5.29 \\]\n\n"
        "**1(b)** The S–P delay is \\(\\Delta t = d/v_S - d/v_P\\), hence\n\n"
        "\\[ d = \\Delta t\\,\\frac{v_P v_S}{v_P - v_S} = 24 \\times \\frac{21}{2.5} = 201.6\\ \\text{km} \\]\n\n"
        "### Problem 2 — Seismic moment\n\n"
        "**2(a)** Fault area \\(A = (4.0\\times10^4\\,\\text{m})(1.5\\times10^4\\,\\text{m}) = 6.0\\times10^8\\,\\text{m}^2\\).\n\n"
        "\\[ M_0 = \\mu A D = (3.0\\times10^{10})(6.0\\times10^{8})(1.2) = 2.16\\times10^{19}\\ \\text{N·m} \\]\n\n"
        "**2(b)** \\(\\log_{10} M_0 = 19.334\\):\n\n"
        "\\[ M_w = \\tfrac{2}{3}(19.334 - 9.1) = 6.82 \\]\n\n"
        "**2(c)** Each magnitude unit multiplies the energy by \\(10^{1.5} \\approx 31.6\\), so two units give\n\n"
        "\\[ \\frac{E_{7.0}}{E_{5.0}} = 10^{3} = 1000 \\]\n\n"
        "### Problem 3 — Gutenberg–Richter\n\n"
        "**3(a)** \\(N = 10^{5.2-4.0} = 10^{1.2} \\approx 15.8\\) earthquakes per year.\n\n"
        "**3(b)** \\(N(M \\ge 6) = 10^{-0.8} \\approx 0.16\\) per year, so the return period is\n\n"
        "\\[ T = \\frac{1}{0.16} = 6.25\\ \\text{years} \\]\n\n"
        "**3(c)** The scales that saturate are \\(M_L\\), \\(m_b\\) and"
    )
    c.add("ans2", "rc2", "assistant", text(a2), 79.0, end_turn=False,
          metadata={"model_slug": "gpt-4o", "finish_details": {"type": "interrupted"}})
    out = [c.export(current="ans2")]
    dump_gpt(os.path.join(ROOT, "seismic-magnitudes/transcripts/conversations-seismo.json"), out, True)


# ================================================================ set B: dosage
WORKSHEET = open(os.path.join(ROOT, "clinical-dosage-bac/problems.md"), encoding="utf-8").read()


def dosage_claude():
    c = ClaudeConv("dosage-claude", "Widmark BAC and dosage worksheet", 1740937200.0)
    c.add("human", 0, [("text", "Can you solve the attached worksheet? Please show the unit conversions.")],
          attachments=[attachment("worksheet6.md", WORKSHEET)])
    thinking = (
        "A = 56 g, W = 80000 g, r = 0.68. Peak = 5600/54400 = 0.10294 %. After 3 h: 0.05794. "
        "Time to 0.05: 0.05294/0.015 = 3.529 h. Amoxicillin 45*18 = 810/day, 405 per dose, 8.1 mL. "
        "Drip 15000/480 = 31.25. CrCl = 70*60/86.4 = 48.6 ... then the female factor."
    )
    c.add("assistant", 40, [
        ("thinking", thinking, "Working through the Widmark and dosage calculations"),
        ("text", "I'll check the arithmetic with a quick calculation first."),
        ("tool_use", "repl", {"code":
            "const A = 4*14, W = 80000, r = 0.68, beta = 0.015;\n"
            "const peak = 100*A/(r*W);\n"
            "console.log(peak, peak - 3*beta, (peak - 0.05)/beta);\n"
            "console.log(45*18/2, 45*18/2/50, 1000*15/480, (140-70)*60/(72*1.2)*0.85);"}),
        ("tool_result", "repl",
         '{"status":"success","logs":["0.10294117647058823 0.05794117647058823 3.529411764705882",'
         '"405 8.1 31.25 41.31944444444444"]}'),
        ("text",
         "## Problem 1 — Widmark\n\n"
         "Total ethanol A = 4 × 14 g = 56 g; body mass W = 80 kg = 80 000 g.\n\n"
         "**(a)** BAC₀ = 100 × 56 / (0.68 × 80 000) = 5 600 / 54 400 = **0.103 %**\n\n"
         "**(b)** BAC(3) = 0.10294 − 0.015 × 3 = **0.0579 %**\n\n"
         "**(c)** 0.10294 − 0.015 t = 0.05 → t = 0.05294 / 0.015 = **3.53 h** after the peak\n\n"
         "**(d)** Setting BAC(t₀) = 0 in the Widmark relation:\n\n"
         "t₀ = 100·A / (r·W·β)\n\n"
         "## Problem 2 — Dosage\n\n"
         "**(a)** 45 mg/kg/day × 18 kg = 810 mg/day, given in two doses → **405 mg per dose**\n\n"
         "**(b)** 405 mg × (5 mL / 250 mg) = **8.1 mL per dose**\n\n"
         "**(c)** (1 000 mL × 15 gtt/mL) / 480 min = 31.25 gtt/min. Drip rates are rounded up so the "
         "bag finishes on schedule: **32 gtt/min**\n\n"
         "**(d)** (140 − 70) × 60 / (72 × 1.2) = 48.61 mL/min; × 0.85 for a woman = **41.3 mL/min**\n\n"
         "### Summary\n\n"
         "| Part | Answer |\n|---|---|\n"
         "| 1(a) | 0.103 % |\n| 1(b) | 0.0579 % |\n| 1(c) | 3.53 h |\n"
         "| 1(d) | t₀ = A/(r W β) |\n"
         "| 2(a) | 405 mg |\n| 2(b) | 8.1 mL |\n| 2(c) | 32 gtt/min |\n| 2(d) | 41.3 mL/min |"),
    ])
    c.add("human", 300, [("text", "perfect, thank you")])
    c.add("assistant", 306, [("text", "You're welcome — good luck with the lab!")])

    other = ClaudeConv("cover-letter", "Cover letter edits", 1740500000.0)
    other.add("human", 0, [("text", "Can you tighten this paragraph? I have 3 years of pharmacy technician experience "
                                      "and I'm applying for a 0.8 FTE role.")])
    other.add("assistant", 12, [("text", "Here's a tighter version: \"With three years as a pharmacy technician, "
                                          "I'm ready to contribute from day one in this 0.8 FTE role.\"")])
    dump_claude(os.path.join(ROOT, "clinical-dosage-bac/transcripts/claude-export-dosage.json"),
                [other.export(), c.export()])


def dosage_gpt():
    c = GPTConv("dosage-gpt", "Widmark and dosage worksheet", 1741005000.0)
    system_node(c)
    user = ("Worksheet 6 for PHAR 210 — can you do all of it? BAC in % to 3 s.f.\n\n" + WORKSHEET)
    c.add("user", "system", "user", text(user), 3.0)
    v1 = (
        "**Problem 1**\n\n"
        "A = 56 g, W = 80,000 g.\n\n"
        "- a) BAC = 100·56/(0.68·80,000) = **0.103 %**\n"
        "- b) 0.10294 − 0.045 = **0.0579 %**\n"
        "- c) (0.10294 − 0.05)/0.015 = **3.53 h**\n"
        "- d) **t₀ = 100A/(rWβ)**\n\n"
        "**Problem 2**\n\n"
        "- a) 45 × 18 / 2 = **405 mg**\n"
        "- b) 405/50 = **8.1 mL**\n"
        "- c) 15,000/480 = 31.25 → **31 gtt/min**\n"
        "- d) 48.61 × 0.85 = **41.3 mL/min**"
    )
    c.add("v1", "user", "assistant", text(v1), 19.0, end_turn=True,
          metadata={"model_slug": "gpt-4o", "finish_details": {"type": "stop"}})
    v2 = (
        "Sure! Let's go step by step.\n\n"
        "## Problem 1 — Widmark estimate\n\n"
        "Ethanol: A = 4 × 14 g = 56 g. Body mass in grams: W = 80 × 1000 = 80,000 g.\n\n"
        "**a)** Peak BAC:\n"
        "$$\\text{BAC}(0) = \\frac{100 \\times 56}{0.68 \\times 80{,}000} = \\frac{5600}{54{,}400} \\approx 0.103\\%$$\n\n"
        "**b)** After 3 hours:\n"
        "$$\\text{BAC}(3) = 0.10294 - 0.015 \\times 3 = 0.0579\\%$$\n\n"
        "**c)** The BAC falls at 0.015 % per hour, so starting from the peak it takes\n"
        "$$t = \\frac{0.10294}{0.015} \\approx 6.86 \\text{ h}$$\n\n"
        "**d)** Rearranging for the time at which the BAC is zero:\n"
        "$$t_0 = \\frac{r\\,W\\,\\beta}{100\\,A}$$\n\n"
        "## Problem 2 — Dosage calculations\n\n"
        "**a)** 45 mg/kg/day × 18 kg = 810 mg/day; q12h means 2 doses → **405 mg per dose**\n\n"
        "**b)** 250 mg/5 mL = 50 mg/mL → 405 ÷ 50 = **8.1 mL**\n\n"
        "**c)** (1000 × 15) ÷ (8 × 60) = 31.25 → **31 gtt/min**\n\n"
        "**d)** Cockcroft–Gault:\n"
        "$$\\text{CrCl} = \\frac{(140-70)\\times 60}{72 \\times 1.2} = \\frac{4200}{86.4} \\approx 48.6 \\text{ mL/min}$$\n\n"
        "**Answer: 48.6 mL/min**"
    )
    c.add("v2", "user", "assistant", text(v2), 140.0, end_turn=True,
          metadata={"model_slug": "gpt-4o", "finish_details": {"type": "stop"}})

    other = GPTConv("sourdough", "Sourdough starter schedule", 1741100000.0)
    system_node(other)
    other.add("user", "system", "user", text("If I feed my starter 1:5:5 at 9pm, when will it peak at 24 °C?"), 1.0)
    other.add("a", "user", "assistant", text("At 1:5:5 and 24 °C most starters peak after roughly 8–10 hours, "
                                              "so expect a peak between 5 and 7 am."), 9.0, end_turn=True)
    convs = [other.export(with_current=False), c.export(with_current=False)]
    dump_gpt(os.path.join(ROOT, "clinical-dosage-bac/transcripts/conversations-dosage.json"), convs, False)


# ================================================================ set C: climate
SHEET = open(os.path.join(ROOT, "climate-energy-balance/problems.md"), encoding="utf-8").read()
CITE_A = "\ue200cite\ue202turn0search2\ue201"
CITE_F = "\ue200filecite\ue202turn0file0\ue201"


def climate_gpt():
    c = GPTConv("climate-gpt", "Energy balance sheet 4", 1742550000.0)
    system_node(c)
    c.add("user", "system", "user", text(
        "Here's my ATOC 1060 sheet (attached). Please do 4.1 to 4.3 and double-check the numbers with python."),
        4.0, metadata={"attachments": [{"id": "file-7Qx2", "name": "sheet4.md", "mime_type": "text/markdown"}]})
    code = (
        "import numpy as np\n"
        "S0, sigma, alpha = 1361, 5.67e-8, 0.30\n"
        "F = S0*(1-alpha)/4\n"
        "Te = (F/sigma)**0.25\n"
        "print(F, Te, 2**0.25*Te)\n"
        "dF = 5.35*np.log(420/280); print(dF, 0.8*dF, 0.8*5.35*np.log(2))\n"
        "print(((S0*0.68/4)/sigma)**0.25)\n"
        "print([3**0.25*Te, 2**0.25*Te, Te])"
    )
    c.add("code", "user", "assistant", {"content_type": "code", "language": "unknown",
                                         "response_format_name": None, "text": code}, 11.0, recipient="python")
    out = ("238.17499999999998 254.58234278554602 302.751133394633\n"
           "2.1692383283786794 1.7353906627029436 2.9666699327965658\n"
           "252.74408289667605\n"
           "[335.0492054966206, 302.751133394633, 254.58234278554602]")
    c.add("out", "code", "tool", {"content_type": "execution_output", "text": out}, 12.5,
          author_name="python", metadata={"aggregate_result": {"status": "success", "run_id": "r-19ac"}})
    ans = (
        "Thanks — working from your sheet " + CITE_F + ", here are the results (the Python check above agrees "
        "with the hand calculations).\n\n"
        "### Exercise 4.1\n\n"
        "- **(a)** Absorbed flux: S₀(1 − α)/4 = 1361 × 0.7 / 4 = **238.2 W m⁻²**\n"
        "- **(b)** T_e = (238.175 / 5.67×10⁻⁸)^(1/4) = **254.6 K**\n"
        "- **(c)** One fully absorbing layer: T_s = 2^(1/4) T_e ≈ **302.7 K**\n\n"
        "### Exercise 4.2\n\n"
        "The simplified expression ΔF = 5.35 ln(C/C₀) comes from Myhre et al. (1998) " + CITE_A + ".\n\n"
        "- **(a)(i)** ΔF = 5.35 ln(1.5) = **2.17 W m⁻²**\n"
        "- **(a)(ii)** ΔT = 0.8 × 2.169 = **1.74 K**\n"
        "- **(b)** ΔT₂ₓ = 0.8 × 5.35 ln 2 = **2.97 K**\n\n"
        "### Exercise 4.3\n\n"
        "- **(a)** **False** — with α = 0.32 the absorbed flux drops to 231.4 W m⁻² and T_e falls to 252.7 K.\n"
        "- **(b)** With two layers, (T_s, T₁, T₂) = **(254.6, 302.8, 335.0) K** — each layer down the stack is "
        "warmer by a factor 2^(1/4) or so relative to the one above."
    )
    c.add("ans", "out", "assistant", text(ans), 31.0, end_turn=True,
          metadata={"model_slug": "gpt-4o", "finish_details": {"type": "stop"},
                    "content_references": [{"matched_text": CITE_A, "type": "webpage",
                                            "url": "https://doi.org/10.1029/98GL01908"}]})
    c.add("user2", "ans", "user", text("why is the forcing logarithmic in CO2?"), 200.0)
    c.add("ans2", "user2", "assistant", text(
        "Because the centre of the 15 µm CO₂ band is already saturated " + CITE_A + ": adding CO₂ mainly "
        "widens the band wings, so each doubling adds about the same forcing (≈ 3.7 W m⁻² in this formula)."),
        214.0, end_turn=True, metadata={"model_slug": "gpt-4o", "finish_details": {"type": "stop"}})

    cite = GPTConv("citations", "APA citation for lab report", 1742400000.0)
    system_node(cite)
    cite.add("user", "system", "user", text("APA 7 reference for the IPCC AR6 WG1 report?"), 2.0)
    cite.add("a", "user", "assistant", text(
        "IPCC. (2021). *Climate change 2021: The physical science basis* " + CITE_A + ". Cambridge University Press."),
        10.0, end_turn=True)

    units = GPTConv("units", "W m-2 to kW", 1742600000.0)
    system_node(units)
    units.add("user", "system", "user", text("is 238 W/m2 the same as 0.238 kW/m2"), 1.0)
    units.add("a", "user", "assistant", text("Yes: 238 W m⁻² = 0.238 kW m⁻²."), 4.0, end_turn=True)

    convs = [units.export(current="a"), c.export(current="ans2"), cite.export(current="a")]
    dump_gpt(os.path.join(ROOT, "climate-energy-balance/transcripts/conversations-climate.json"), convs, True)


def climate_claude():
    c = ClaudeConv("climate-claude", "Planetary energy balance exercises", 1742630000.0)
    c.add("human", 0, [("text", "Please solve exercises 4.1–4.3 from the attached sheet.")],
          attachments=[attachment("ATOC1060_sheet4.pdf", SHEET, "pdf")])
    thinking = (
        "S0/4 = 340.25. Absorbed 238.175, Te = 254.58. One layer 302.75. Forcing 5.35 ln 1.5 = 2.169, times 0.8 "
        "= 1.735. Doubling: 3.708 * 0.8 = 2.967. AR6 gives 3.93 for doubling which would be 3.1. "
        "Albedo up means colder. Two layers: 335.05, 302.75, 254.58 — maybe ask first."
    )
    c.add("assistant", 35, [
        ("thinking", thinking, "Calculating planetary energy balance"),
        ("text",
         "## Exercise 4.1\n\n"
         "**(a)** Averaged over the whole sphere, the solar flux is\n\n"
         "$$\\frac{S_0}{4} = \\frac{1361}{4} = 340.3 \\text{ W m}^{-2}$$\n\n"
         "So the globally averaged flux is **340.3 W m⁻²**.\n\n"
         "**(b)** Of that, a fraction 1 − α = 0.70 is absorbed: 0.70 × 340.25 = 238.2 W m⁻². Setting this equal "
         "to σT_e⁴:\n\n"
         "$$T_e = \\left(\\frac{238.175}{5.67\\times10^{-8}}\\right)^{1/4} = 254.6 \\text{ K}$$\n\n"
         "**(c)** With one fully absorbing layer the surface receives the solar flux plus the layer's downward "
         "emission, so σT_s⁴ = 2σT_e⁴:\n\n"
         "$$T_s = 2^{1/4}\\,T_e = 302.8 \\text{ K}$$\n\n"
         "## Exercise 4.2\n\n"
         "**(a)(i)** ΔF = 5.35 ln(420/280) = 5.35 × 0.4055 = **2.17 W m⁻²**\n\n"
         "**(a)(ii)** ΔT = 0.8 × 2.169 = **1.74 K**\n\n"
         "**(b)** ΔF₂ₓ = 5.35 ln 2 = 3.71 W m⁻², so ΔT₂ₓ ≈ 2.97 K — or about 3.1 K if you use the AR6 forcing "
         "of 3.9 W m⁻² for a doubling; either is defensible.\n\n"
         "## Exercise 4.3\n\n"
         "**(a)** **False.** A brighter planet absorbs less sunlight (231.4 W m⁻² at α = 0.32), so T_e drops to "
         "about 252.7 K.\n\n"
         "**(b)** I'll pause here: the two-layer case needs a small system of balance equations. Would you like "
         "me to set them up and solve them, or would you prefer to try it first and have me check?"),
    ])
    c.add("human", 400, [("text", "I'll try it myself first, thanks")])
    c.add("assistant", 404, [("text", "Sounds good — start from the top of the atmosphere, where the outgoing "
                                       "flux must equal the absorbed solar flux, and work downward.")])
    dump_claude(os.path.join(ROOT, "climate-energy-balance/transcripts/claude-export-climate.json"), [c.export()])


if __name__ == "__main__":
    seismo()
    dosage_claude()
    dosage_gpt()
    climate_gpt()
    climate_claude()
    print("exports written")
