#!/usr/bin/env python3
"""Generate the ChatGPT and Claude data-export transcripts of this corpus.

Re-running gives byte-identical files: ids come from uuid5 of fixed names, timestamps are
fixed, and JSON is written with a fixed separator style.

    python3 generators/make_exports.py            # writes next to this folder's parent
"""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a8e-4b7d-4e1a-9c3f-2d5e8a7b9c01")
CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def iso(t):
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# ---------------------------------------------------------------- ChatGPT export
class GPTConv:
    def __init__(self, conv_key, title, t0, with_current=True):
        self.key, self.title, self.t0, self.with_current = conv_key, title, t0, with_current
        self.mapping = {}
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.last_time = t0
        sysid = self.add(root, "system", "", t=None, hidden=True)
        self.top = sysid
        self.current = None

    def _msg(self, nid, role, content, t, name=None, recipient="all", hidden=False, extra_meta=None):
        meta = {"is_visually_hidden_from_conversation": True} if hidden else {}
        if extra_meta:
            meta.update(extra_meta)
        return {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and recipient == "all" else None,
            "weight": 0.0 if hidden else 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }

    def _node(self, parent, msg):
        nid = msg["id"]
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        if msg["create_time"]:
            self.last_time = max(self.last_time, msg["create_time"])
        return nid

    def add(self, parent, role, text, t, hidden=False, name=None, tag=None):
        nid = uid(self.key, tag or f"{role}-{len(self.mapping)}")
        content = {"content_type": "text", "parts": [text]}
        return self._node(parent, self._msg(nid, role, content, t, name=name, hidden=hidden))

    def thoughts(self, parent, items, t, tag):
        nid = uid(self.key, tag)
        content = {"content_type": "thoughts",
                   "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
                   "source_analysis_msg_id": uid(self.key, tag, "src")}
        return self._node(parent, self._msg(nid, "assistant", content, t, recipient="all",
                                            extra_meta={"reasoning_status": "is_reasoning"}))

    def recap(self, parent, text, t, tag):
        nid = uid(self.key, tag)
        content = {"content_type": "reasoning_recap", "content": text}
        return self._node(parent, self._msg(nid, "assistant", content, t,
                                            extra_meta={"reasoning_status": "reasoning_ended"}))

    def code(self, parent, src, t, tag):
        nid = uid(self.key, tag)
        content = {"content_type": "code", "language": "python", "response_format_name": None, "text": src}
        return self._node(parent, self._msg(nid, "assistant", content, t, recipient="python"))

    def output(self, parent, text, t, tag):
        nid = uid(self.key, tag)
        content = {"content_type": "execution_output", "text": text}
        msg = self._msg(nid, "tool", content, t, name="python")
        msg["metadata"] = {"aggregate_result": {"status": "success", "code": "", "final_expression_output": text}}
        return self._node(parent, msg)

    def dump(self):
        d = {"title": self.title, "create_time": self.t0, "update_time": self.last_time,
             "mapping": self.mapping, "moderation_results": []}
        if self.with_current:
            d["current_node"] = self.current
        d.update({"plugin_ids": None, "conversation_id": uid(self.key, "conv"), "conversation_template_id": None,
                  "gizmo_id": None, "is_archived": False, "safe_urls": [], "default_model_slug": "gpt-4o",
                  "id": uid(self.key, "conv")})
        return d


def write_json(path, data, indent=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        if indent:
            json.dump(data, f, ensure_ascii=False, indent=indent)
        else:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


# ---------------------------------------------------------------- Claude export
def claude_msg(conv, n, sender, t, blocks, attachments=()):
    content = []
    for i, b in enumerate(blocks):
        kind = b[0]
        st, et = iso(t + i), iso(t + i + 1)
        if kind == "text":
            content.append({"start_timestamp": st, "stop_timestamp": et, "type": "text", "text": b[1], "citations": []})
        elif kind == "thinking":
            content.append({"start_timestamp": st, "stop_timestamp": et, "type": "thinking", "thinking": b[1],
                            "summaries": [{"summary": b[2]}], "cut_off": False})
        elif kind == "tool_use":
            content.append({"start_timestamp": st, "stop_timestamp": et, "type": "tool_use", "name": "repl",
                            "input": {"code": b[1]}, "message": "Analyzing"})
        elif kind == "tool_result":
            content.append({"start_timestamp": st, "stop_timestamp": et, "type": "tool_result", "name": "repl",
                            "content": [{"type": "text", "text": b[1]}], "is_error": False})
    text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {"uuid": uid(conv, "msg", str(n)), "text": text, "content": content, "sender": sender,
            "created_at": iso(t), "updated_at": iso(t + len(blocks) + 1),
            "attachments": [{"file_name": a, "file_size": len(c.encode()), "file_type": "txt", "extracted_content": c}
                            for a, c in attachments],
            "files": []}


def claude_conv(key, name, t0, msgs):
    return {"uuid": uid(key, "conv"), "name": name, "created_at": iso(t0),
            "updated_at": iso(t0 + 60 * len(msgs)), "account": {"uuid": uid("account")},
            "chat_messages": msgs}


# ================================================================ E1 surveying ChatGPT export
def e1():
    hike = GPTConv("e1-hike", "Weekend hiking packing list", 1741700000.0)
    u = hike.add(hike.top, "user", "What should I pack for a two-day hike with one night in a hut? Rain is forecast.", 1741700010.0, tag="u1")
    a = hike.add(u, "assistant", "Here's a compact list for a hut-to-hut overnight in wet weather:\n\n"
                 "1. Waterproof shell jacket and overtrousers\n2. Two merino base layers (one to sleep in)\n"
                 "3. Pack liner or dry bags — 2 × 10 L is plenty\n4. Headtorch with spare batteries\n"
                 "5. 1.5 L water plus a filter\n6. Hut sleeping-bag liner (most huts require one)\n\n"
                 "Total pack weight should stay around 7–8 kg.", 1741700020.0, tag="a1")
    hike.current = a

    c = GPTConv("e1-survey", "Surveying HW3 coordinates", 1741900000.0)
    q = ("Can you solve my surveying homework? Show short working.\n\n"
         "1. Station A is at (E, N) = (1000.00, 2000.00) m. Line AB: azimuth 60°00'00\", horizontal length 250.00 m.\n"
         "(a) coordinates (E_B, N_B) of B to 0.01 m\n(b) azimuth of BA in degrees\n"
         "(c) from B, slope distance 200.00 m at vertical angle +6°: horizontal distance to 0.01 m\n\n"
         "2. Levelling from BM1 (100.000 m): BS 1.425 on BM1, FS 2.310 on TP1, BS 0.985 on TP1, FS 1.640 on P.\n"
         "(a) elevation of P to the mm\n(b) True or false: ΣBS − ΣFS = elev(P) − elev(BM1)\n\n"
         "3. Closed traverse, perimeter 1500 m, Σdep = +0.12 m, Σlat = −0.09 m.\n"
         "(a) linear misclosure (b) relative precision as 1/N\n"
         "(c) which adjustment distributes corrections in proportion to course length? A. transit rule B. compass (Bowditch) rule C. Crandall method D. equal distribution\n\n"
         "4. Area of the parcel with corners (0,0), (120,0), (150,80), (30,100) m, by coordinates.")
    u = c.add(c.top, "user", q, 1741900012.0, tag="u1")
    # first (superseded) response
    old = c.add(u, "assistant",
                "## Problem 1\n\n**(a)** ΔE = 250 sin 60° = 216.51 m, ΔN = 250 cos 60° = 125.00 m, so B = (1216.51, 2125.00).\n\n"
                "**(b)** The azimuth of BA is **60°** (same line).\n\n**(c)** H = 200.00 cos 6° = **198.90 m**\n\n"
                "## Problem 2\n\n**(a)** Elevation of P = **98.460 m**\n\n**(b)** True.\n\n"
                "## Problem 3\n\n**(a)** 0.15 m  **(b)** 1/10,000  **(c)** B\n\n"
                "## Problem 4\n\nArea = **11,100 m²**", 1741900030.0, tag="a-old")
    # regenerated response: thinking, recap, then answer
    th = c.thoughts(u, [("Computing coordinates", "Departure = L sin(az), latitude = L cos(az). sin 60 = 0.866025, so 216.506; cos 60 = 0.5 so 125."),
                        ("Checking the area", "Shoelace terms 0, 9600, 12600, 0; total 22200. Is that already the area? I think the area is 22200.")],
                    1741900101.0, tag="th")
    rc = c.recap(th, "Thought for 19 seconds", 1741900102.0, tag="recap")
    ans = ("Here's a worked solution for each problem.\n\n"
           "## Problem 1 — Coordinates\n\n"
           "### (a)\n\nDeparture and latitude of AB:\n\n"
           "\\[\n\\Delta E = 250.00\\sin 60^\\circ = 216.51\\ \\text{m},\\qquad \\Delta N = 250.00\\cos 60^\\circ = 125.00\\ \\text{m}\n\\]\n\n"
           "\\[\n(E_B, N_B) = (1216.51,\\ 2125.00)\\ \\text{m}\n\\]\n\n"
           "### (b)\n\nThe back azimuth differs by 180°: \\(60^\\circ + 180^\\circ = \\boxed{240^\\circ}\\)\n\n"
           "### (c)\n\nReducing the slope distance with the vertical angle:\n\n"
           "\\[\nH = S\\cos\\alpha = 200.00 \\times \\cos 6^\\circ = 198.91\\ \\text{m}\n\\]\n\n"
           "## Problem 2 — Levelling\n\n"
           "### (a)\n\n| Station | BS | HI | FS | Elevation |\n|---|---|---|---|---|\n"
           "| BM1 | 1.425 | 101.425 | | 100.000 |\n| TP1 | 0.985 | 100.100 | 2.310 | 99.115 |\n| P | | | 1.640 | 98.460 |\n\n"
           "**Elevation of P = 98.460 m**\n\n"
           "### (b)\n\nΣBS − ΣFS = 2.410 − 3.950 = −1.540 m = 98.460 − 100.000, so the statement is **true** (this is the standard arithmetic check).\n\n"
           "## Problem 3 — Traverse closure\n\n"
           "### (a)\n\n\\[\ne = \\sqrt{0.12^2 + 0.09^2} = 0.15\\ \\text{m}\n\\]\n\n"
           "### (b)\n\nRelative precision = 0.15/1500 = **1:10,000**\n\n"
           "### (c)\n\n**B** — the compass (Bowditch) rule distributes the closure in proportion to course length "
           + CITE_OPEN + "cite" + CITE_SEP + "turn0search2" + CITE_CLOSE +
           ", while the transit rule weights by the size of each departure and latitude.\n\n"
           "## Problem 4 — Area\n\n"
           "Shoelace terms for the corners in order: 0, 9600, 12600, 0.\n\n"
           "\\[\nA = \\sum (x_i y_{i+1} - x_{i+1} y_i) = 22{,}200\\ \\text{m}^2\n\\]\n\n"
           "**Area = 22,200 m²** (2.22 ha).")
    new = c.add(rc, "assistant", ans, 1741900130.0, tag="a-new")
    c.current = new
    write_json(os.path.join(ROOT, "surveying-traverse/transcripts/chatgpt-export.json"), [hike.dump(), c.dump()])


# ================================================================ E2 pipe-flow Claude export
PIPE_SHEET = open(os.path.join(ROOT, "pipe-flow/problems.md"), encoding="utf-8").read()


def e2():
    cover = claude_conv("e2-cover", "Cover letter tweaks", 1759900000, [
        claude_msg("e2-cover", 0, "human", 1759900000, [("text", "Can you make this opening line less stiff? \"I am writing to express my interest in the Graduate Engineer position.\"")]),
        claude_msg("e2-cover", 1, "assistant", 1759900010, [("text", "Try: \"I'd love to bring my fluids and modelling background to your Graduate Engineer programme.\" It's direct and says why you fit in one breath.")]),
    ])
    k = "e2-pipe"
    m0 = claude_msg(k, 0, "human", 1759990000,
                    [("text", "Here's my fluids problem sheet. Could you solve it? Please give final answers clearly for each part.")],
                    attachments=[("problem_sheet_4.md", PIPE_SHEET)])
    m1 = claude_msg(k, 1, "assistant", 1759990020, [
        ("thinking", "Q = 0.012, D = 0.1. A = pi*0.1^2 = 0.0314? no, pi D^2/4 = 0.007854. V = 1.528. Re = 1.528*0.1/1.004e-6 ~ 1.52e5. "
                     "Oil: Re = 1.2*0.05/1e-4 = 600, f = 64/600 = 0.1067. h_f = 0.1067*600*1.44/9.81 = 9.39? forgot the 2 in 2g; recompute in the tool. "
                     "4.4: for laminar flow between plates u_max = 1.5 V; pipe... let me just check the numbers with code.",
         "Working through the numbers and checking with code."),
        ("tool_use", "import math\nQ, D, nu = 0.012, 0.100, 1.004e-6\nV = Q/(math.pi*D**2/4)\nRe = V*D/nu\n"
                     "Re2 = 1.2*0.05/1e-4\nf = 64/Re2\nhf = f*(30/0.05)*1.2**2/(2*9.81)\nprint(V, Re, Re2, f, hf, 0.8*(0.2/0.1)**2)"),
        ("tool_result", "1.5278874536821951 152180.0252671509 600.0 0.10666666666666667 4.697247706422018 3.2"),
        ("text", "I checked the arithmetic with a quick script. Here are the solutions.\n\n"
                 "**Exercise 4.1**\n\n"
                 "- **4.1(a)** A = πD²/4 = 7.854 × 10⁻³ m², so V = Q/A = **1.53 m/s**\n"
                 "- **4.1(b)** Re = VD/ν = (1.528)(0.100)/(1.004 × 10⁻⁶) = **1.52 × 10⁵**\n"
                 "- **4.1(c)** Re is well above 4000, so the flow is turbulent: **C**\n\n"
                 "**Exercise 4.2**\n\n"
                 "- **4.2(a)** Re = (1.2)(0.05)/(1.0 × 10⁻⁴) = **600** (laminar)\n"
                 "- **4.2(b)** f = 64/Re = 64/600 = **8/75 ≈ 0.1067**\n"
                 "- **4.2(c)** h_f = 0.1067 × (30/0.05) × 1.2²/(2 × 9.81) = **4.70 m**\n"
                 "- **4.2(d)** Substituting f = 64μ/(ρVD) into Darcy–Weisbach:\n\n"
                 "$$h_f = \\frac{32\\,\\mu L V}{\\rho g D^2}$$\n\n"
                 "**Exercise 4.3**\n\nContinuity with A ∝ D²: V₂ = 0.80 × (200/100)² = **3.2 m/s**\n\n"
                 "**Exercise 4.4**\n\n**False.** For fully developed laminar flow the centreline velocity is 1.5 times the mean velocity, "
                 "so the statement overstates it."),
    ])
    m2 = claude_msg(k, 2, "human", 1759990300, [("text", "For 4.1(b) my TA said to use μ/ρ instead of ν. Does that change anything?")])
    m3 = claude_msg(k, 3, "assistant", 1759990320, [
        ("text", "No — μ/ρ = 1.002 × 10⁻³ / 998 = 1.004 × 10⁻⁶ m²/s, which is exactly the ν on the sheet. "
                 "So Re = ρVD/μ gives the same **1.52 × 10⁵**, and the regime is still turbulent.")])
    write_json(os.path.join(ROOT, "pipe-flow/transcripts/claude-export.json"),
               [cover, claude_conv(k, "Fluids problem sheet 4", 1759990000, [m0, m1, m2, m3])], indent=2)


# ================================================================ E3 pipe-flow ChatGPT export with tool, no current_node
def e3():
    pasta = GPTConv("e3-pasta", "Pasta water ratio", 1759000000.0, with_current=False)
    u = pasta.add(pasta.top, "user", "how much water for 500 g of spaghetti", 1759000005.0, tag="u1")
    pasta.add(u, "assistant", "About 5 litres of water and 1 tablespoon (≈ 15 g) of salt for 500 g of spaghetti.", 1759000012.0, tag="a1")

    c = GPTConv("e3-pipe", "Pipe flow problem sheet 4", 1760100000.0, with_current=False)
    q = ("ENGR 342 sheet 4, please solve with python so the numbers are right. Water: ν = 1.004e-6 m²/s, g = 9.81 m/s², 3 s.f.\n"
         "4.1 Q = 0.012 m³/s in a D = 100 mm pipe: a) mean velocity b) Re c) regime: A laminar B transitional C turbulent D need roughness\n"
         "4.2 oil ν = 1.0e-4, V = 1.2 m/s, D = 50 mm, L = 30 m: a) Re b) Darcy f exact or 4 s.f. c) head loss h_f = f(L/D)V²/2g d) h_f formula in μ, L, V, ρ, g, D\n"
         "4.3 contraction D1 = 200 mm to D2 = 100 mm, V1 = 0.80 m/s, V2 = ?\n"
         "4.4 T/F: in laminar pipe flow the centreline velocity is twice the mean")
    u = c.add(c.top, "user", q, 1760100010.0, tag="u1")
    # first response (older branch)
    c.add(u, "assistant",
          "**4.1** (a) V = 1.53 m/s (b) Re = 1.52 × 10⁵ (c) C\n\n**4.2** (a) 600 (b) f = 0.1067 (c) h_f = 9.39 m "
          "(d) h_f = 32μLV/(ρgD²)\n\n**4.3** V₂ = 3.2 m/s\n\n**4.4** True", 1760100025.0, tag="a-old")
    # regenerated response using the python tool
    a1 = c.add(u, "assistant", "I'll compute everything in Python first.", 1760100102.0, tag="a-new-intro")
    code = c.code(a1, "import math\n\n# 4.1\nQ, D, nu = 0.012, 0.100, 1.004e-6\nA = math.pi*D**2/4\nV = Q/A\nRe = V*D/nu\n"
                      "# 4.2\nnu_o, V2, D2, L, g = 1.0e-4, 1.2, 0.05, 30.0, 9.81\nRe2 = V2*D2/nu_o\nf = 64/Re2\nhf = f*(L/D2)*V2**2/(2*g)\n"
                      "# 4.3\nv_small = 0.80*(0.100/0.200)**2\n"
                      "print(f\"V={V:.4f} Re={Re:.0f} Re2={Re2:.0f} f={f:.5f} hf={hf:.3f} V2={v_small:.3f}\")",
                  1760100104.0, tag="code")
    out = c.output(code, "V=1.5279 Re=152180 Re2=600 f=0.10667 hf=4.697 V2=0.200", 1760100106.0, tag="out")
    final = ("Here are the results (computed above).\n\n"
             "### Exercise 4.1\n"
             "a) V = Q/(πD²/4) = **1.528 m/s**\n"
             "b) Re = VD/ν = **152,180** (≈ 1.52 × 10⁵)\n"
             "c) Re ≫ 4000 → **C** (turbulent)\n\n"
             "### Exercise 4.2\n"
             "a) Re = **600**\n"
             "b) f = 64/Re = **0.10667**\n"
             "c) h_f = **4.697 m**\n"
             "d) Using f = 64/Re with Re = ρVD/μ:\n\n"
             "```\nh_f = (64 μ / (ρ V D)) · (L / D) · V² / (2 g)\n```\n\n"
             "### Exercise 4.3\n"
             "By continuity the velocity scales with the area ratio: **V₂ = 0.200 m/s**\n\n"
             "### Exercise 4.4\n"
             "**True** — Poiseuille flow has u_max = 2V̄.\n\n"
             "| Part | Result |\n|---|---|\n| 4.1a | 1.528 m/s |\n| 4.1b | 152,180 |\n| 4.1c | C |\n"
             "| 4.2a | 600 |\n| 4.2b | 0.02667 |\n| 4.2c | 4.697 m |\n| 4.3 | 0.200 m/s |\n| 4.4 | True |")
    c.add(out, "assistant", final, 1760100130.0, tag="a-new-final")
    write_json(os.path.join(ROOT, "pipe-flow/transcripts/chatgpt-export-tool.json"), [c.dump(), pasta.dump()])


# ================================================================ E4 SIR ChatGPT export, current_node on the older branch
def e4():
    c = GPTConv("e4-sir", "SIR model assignment", 1760780000.0)
    q = ("EPI 615 Assignment 2. SIR: dS/dt = −βSI/N, dI/dt = βSI/N − γI, dR/dt = γI; N = 10,000, β = 0.3/day, γ = 0.1/day.\n\n"
         "Problem 1. (a) R0. (b) Herd-immunity threshold as a fraction. (c) Early on, S ≈ N: (i) mean duration of infectiousness in days; "
         "(ii) doubling time of I(t) in days, two decimals.\n\n"
         "Problem 2. Final-size equation z = 1 − e^(−R0 z): positive root to three decimals.\n\n"
         "Problem 3. With s = S/N, i = I/N: (a) Jacobian of (ṡ, i̇) w.r.t. (s, i) at (1, 0), numbers substituted, rows/columns ordered (s, i). "
         "(b) The disease-free equilibrium is (A) asymptotically stable, all eigenvalues negative; (B) unstable, positive eigenvalue β − γ; "
         "(C) a centre; (D) neutrally stable, one eigenvalue zero.")
    u = c.add(c.top, "user", q, 1760780010.0, tag="u1")
    # branch 1 (graded: current_node points here)
    th1 = c.thoughts(u, [("Setting up", "R0 = beta/gamma = 3. HIT 2/3. r = beta - gamma = 0.2, Td = ln2/0.2."),
                         ("Final size", "Iterate z = 1 - exp(-3z): 0.5 -> 0.777 -> 0.903 -> 0.933 -> 0.939 -> 0.9402 -> 0.9404.")],
                     1760780020.0, tag="th1")
    rc1 = c.recap(th1, "Thought for 24 seconds", 1760780021.0, tag="rc1")
    b1 = ("**Problem 1**\n\n"
          "(a) $R_0 = \\beta/\\gamma = 0.3/0.1 = 3$\n\n"
          "(b) Herd-immunity threshold: $p_c = 1 - 1/R_0 = \\mathbf{2/3}$\n\n"
          "(c)(i) Mean infectious period $= 1/\\gamma = 10$ days.\n\n"
          "(c)(ii) Early growth rate $r = \\beta - \\gamma = 0.2$ day⁻¹, so the doubling time is\n"
          "$$T_d = \\frac{\\ln 2}{0.2} \\approx 3.47 \\text{ days}$$\n\n"
          "**Problem 2**\n\n"
          "Iterating $z \\leftarrow 1 - e^{-3z}$ from $z = 0.5$ converges to\n"
          "$$z \\approx 0.940$$\n\n"
          "**Problem 3**\n\n"
          "(a) With $\\dot s = -\\beta s i$ and $\\dot i = \\beta s i - \\gamma i$, at $(1, 0)$:\n"
          "$$J = \\begin{bmatrix} 0 & 0 \\\\ -0.3 & 0.2 \\end{bmatrix}$$\n\n"
          "(b) The eigenvalues are $0$ and $\\beta - \\gamma = 0.2 > 0$, so the disease-free equilibrium is unstable — **(B)**.\n\n"
          "In words: with $R_0 = 3$, about 94.5% of the population is eventually infected if nothing is done "
          + CITE_OPEN + "cite" + CITE_SEP + "turn0search0" + CITE_CLOSE + ".")
    a1 = c.add(rc1, "assistant", b1, 1760780050.0, tag="a1")
    # branch 2 (regenerated later, NOT the current node)
    th2 = c.thoughts(u, [("Recomputing", "Same quantities; check Jacobian orientation: rows are (s-dot, i-dot), columns (s, i).")],
                     1760780200.0, tag="th2")
    rc2 = c.recap(th2, "Thought for 9 seconds", 1760780201.0, tag="rc2")
    b2 = ("1(a) R₀ = 3\n1(b) 2/3\n1(c)(i) 10 days\n1(c)(ii) 3.47 days\n2: z = 0.940\n"
          "3(a) J = [[0, −0.3], [0, 0.2]]\n3(b) B")
    c.add(rc2, "assistant", b2, 1760780230.0, tag="a2")
    c.current = a1
    write_json(os.path.join(ROOT, "sir-epidemic/transcripts/chatgpt-export.json"), [c.dump()])


# ================================================================ E5 SIR Claude export with a correcting later turn
SIR_PDF_TEXT = (
    "EPI 615 Mathematical Epidemiology\nAssignment 2: The SIR model\nDue 21 October\n"
    "Consider the closed-population SIR model\n"
    "dS/dt = −β S I / N,   dI/dt = β S I / N − γ I,   dR/dt = γ I,\n"
    "with N = 10 000, transmission rate β = 0.3 per day and recovery rate γ = 0.1 per day.\n"
    "Problem 1 (10 points)\n(a) Compute the basic reproduction number R0.\n"
    "(b) What fraction of the population must be immune (e.g. vaccinated) to prevent an epidemic? Give the herd-immunity threshold as a fraction.\n"
    "(c) Early in the outbreak, when S ≈ N:\n(i) What is the mean duration of infectiousness, in days?\n"
    "(ii) The number infected grows like e^{rt}. Find the doubling time of I(t), in days, to two decimal places.\n"
    "Problem 2 (5 points)\nWith no intervention and a single initial case, the final fraction z of the population ever infected satisfies "
    "the final-size equation z = 1 − e^{−R0 z}. Solve it numerically for the positive root and give z to three decimal places.\n"
    "Problem 3 (8 points)\nWrite the model in fractions s = S/N, i = I/N and consider only the (s, i) subsystem.\n"
    "(a) Compute the Jacobian matrix of (ṡ, i̇) with respect to (s, i) at the disease-free equilibrium (s, i) = (1, 0), "
    "with the numerical values of β and γ substituted. Order rows and columns as (s, i).\n"
    "(b) The disease-free equilibrium is\n(A) asymptotically stable, because all eigenvalues are negative;\n"
    "(B) unstable, because the Jacobian has a positive eigenvalue β − γ;\n(C) a centre, because the eigenvalues are purely imaginary;\n"
    "(D) neutrally stable, because one eigenvalue is zero.\n1\n")


def e5():
    k = "e5-sir"
    m0 = claude_msg(k, 0, "human", 1760860000,
                    [("text", "Attached is my epidemiology assignment. Can you work through all of it?")],
                    attachments=[("EPI615_A2.pdf", SIR_PDF_TEXT)])
    m1 = claude_msg(k, 1, "assistant", 1760860030, [
        ("thinking", "R0 = 3. HIT = 2/3. 1/gamma = 10. Doubling: growth rate... beta = 0.3 so ln2/0.3 = 2.31. "
                     "Final size: need root of z = 1 - exp(-3z), use the tool. Jacobian: [[-beta i, -beta s],[beta i, beta s - gamma]].",
         "Planning the SIR calculations."),
        ("tool_use", "import math\nz = 0.5\nfor _ in range(60):\n    z = 1 - math.exp(-3*z)\nprint(round(z, 6))"),
        ("tool_result", "0.94048"),
        ("text", "## Problem 1\n\n"
                 "**(a)** R₀ = β/γ = 0.3/0.1 = **3**\n\n"
                 "**(b)** To stop spread we need R₀ × (susceptible fraction) < 1, so the immune fraction must exceed "
                 "1 − 1/R₀ = **2/3 ≈ 0.67**.\n\n"
                 "**(c)**\n"
                 "- **(i)** Mean infectious period = 1/γ = **10 days**\n"
                 "- **(ii)** Early on I grows at rate r = β = 0.3 per day, so the doubling time is ln 2/0.3 = **2.31 days**\n\n"
                 "## Problem 2\n\n"
                 "Iterating the final-size equation numerically gives **z = 0.940** (the root is 0.94048), so about 94% of the population is infected.\n\n"
                 "## Problem 3\n\n"
                 "**(a)** With ṡ = −βsi and i̇ = βsi − γi:\n\n"
                 "J(1, 0) =\n\n"
                 "```\n[ 0   -0.3 ]\n[ 0    0.2 ]\n```\n\n"
                 "**(b)** The eigenvalues are 0 and β − γ = 0.2. The positive one means an introduced infection grows, so the answer is **(B)**. "
                 "That said, the zero eigenvalue means the equilibrium is not isolated, and some instructors would accept (D) here as well, "
                 "so (D) is also a defensible answer."),
    ])
    m2 = claude_msg(k, 2, "human", 1760860400, [("text", "for 1(c)(ii) isn't r = β − γ, not β? people also recover")])
    m3 = claude_msg(k, 3, "assistant", 1760860420, [
        ("thinking", "Right: dI/dt = (beta S/N - gamma) I, with S ~ N that's 0.2.", "Rechecking the growth rate."),
        ("text", "You're right — I dropped the recovery term. With S ≈ N, dI/dt ≈ (β − γ)I, so r = 0.2 per day and\n\n"
                 "**doubling time = ln 2 / 0.2 = 3.47 days**.\n\nEverything else stands as written."),
    ])
    write_json(os.path.join(ROOT, "sir-epidemic/transcripts/claude-export.json"),
               [claude_conv(k, "SIR assignment walkthrough", 1760860000, [m0, m1, m2, m3])], indent=2)


if __name__ == "__main__":
    e1(); e2(); e3(); e4(); e5()
    print("wrote 5 export files")
