#!/usr/bin/env python3
"""Writes the ChatGPT and Claude data-export transcripts of this corpus.

Deterministic: fixed timestamps and uuid5 ids, so re-running gives byte-identical files.
Run from anywhere:  python3 generators/make_exports.py
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c1a52-3b0e-4c4e-9a57-0d13d13d13d1")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))


CITE = "\ue200cite\ue202turn0search{}\ue201"


# ----------------------------------------------------------------------------- ChatGPT
class ChatGPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.n = 0
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        sysid = self._add(root, "system", "", content={"content_type": "text", "parts": [""]},
                          ts=None, meta={"is_visually_hidden_from_conversation": True})
        self.top = sysid

    def _add(self, parent, role, name, content, ts, meta=None, recipient="all", end_turn=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        msg = {
            "id": nid,
            "author": {"role": role, "name": name or None, "metadata": {}},
            "create_time": ts,
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

    def user(self, parent, text, dt):
        return self._add(parent, "user", None, {"content_type": "text", "parts": [text]},
                         self.t0 + dt, meta={"request_id": uid(self.key, "req", str(dt))})

    def assistant(self, parent, text, dt, model="gpt-4o"):
        return self._add(parent, "assistant", None, {"content_type": "text", "parts": [text]},
                         self.t0 + dt, meta={"model_slug": model, "finish_details": {"type": "stop"}},
                         end_turn=True)

    def thoughts(self, parent, summary, body, dt, model="o3"):
        return self._add(parent, "assistant", None,
                         {"content_type": "thoughts",
                          "thoughts": [{"summary": summary, "content": body}],
                          "source_analysis_msg_id": uid(self.key, "analysis", str(dt))},
                         self.t0 + dt, meta={"model_slug": model})

    def recap(self, parent, text, dt, model="o3"):
        return self._add(parent, "assistant", None,
                         {"content_type": "reasoning_recap", "content": text},
                         self.t0 + dt, meta={"model_slug": model})

    def code(self, parent, src, dt, model="gpt-4o"):
        return self._add(parent, "assistant", None,
                         {"content_type": "code", "language": "unknown", "text": src},
                         self.t0 + dt, meta={"model_slug": model}, recipient="python", end_turn=False)

    def tool_output(self, parent, out, dt):
        return self._add(parent, "tool", "python",
                         {"content_type": "execution_output", "text": out},
                         self.t0 + dt, meta={"aggregate_result": {"status": "success"}})

    def export(self, current_node=None, with_current=True):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.t0 + 3600,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = current_node
        d["conversation_id"] = uid(self.key, "conv")
        d["id"] = d["conversation_id"]
        d["is_archived"] = False
        d["default_model_slug"] = "gpt-4o"
        return d


def write_json(path, obj):
    path = os.path.join(ROOT, path)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ----------------------------------------------------------------------------- Claude
def claude_msg(key, i, sender, ts, blocks, attachments=None):
    content = []
    for b in blocks:
        kind = b[0]
        if kind == "text":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "text",
                            "text": b[1], "citations": []})
        elif kind == "thinking":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "thinking",
                            "thinking": b[1], "summaries": [{"summary": b[2]}],
                            "cut_off": False})
        elif kind == "tool_use":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_use",
                            "name": b[1], "input": b[2], "message": "Analyzing...",
                            "integration_name": None, "context": None, "display_content": None})
        elif kind == "tool_result":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_result",
                            "name": b[1], "content": [{"type": "text", "text": b[2], "uuid": uid(key, "tr", str(i))}],
                            "is_error": False, "message": None, "display_content": None})
    text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {
        "uuid": uid(key, "msg", str(i)),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": ts,
        "updated_at": ts,
        "attachments": attachments or [],
        "files": [],
    }


def claude_conv(key, name, ts0, msgs):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": ts0,
        "updated_at": ts0,
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }


# ============================================================================= fluid-flow
def fluid_chatgpt():
    c = ChatGPTConv("fluid-a1", "Fluid mechanics problem set 3", 1741789200.0)
    q = (
        "Please solve my fluids problem set. Water: rho = 1000 kg/m^3, mu = 1.0e-3 Pa s, g = 9.81 m/s^2.\n\n"
        "1. Water flows through a smooth pipe, D = 5 cm, mean velocity V = 2 m/s.\n"
        "(a) Compute Re = rho V D / mu.\n"
        "(b) With Re < 2300 laminar and 2300-4000 transitional, the flow is (A) laminar (B) transitional (C) turbulent\n"
        "(c) Find Q in L/s to three significant figures.\n\n"
        "2. Horizontal pipe contracts from A1 = 0.02 m^2 to A2 = 0.005 m^2; V1 = 1.5 m/s, p1 = 200 kPa. No losses.\n"
        "(a) V2 in m/s\n(b) p2 in kPa to one decimal place\n\n"
        "3. Open tank, depth h = 5.0 m above a small orifice in the base. Efflux speed (m/s, 3 s.f.)?\n\n"
        "4. Drag F on a sphere depends on rho, V, D, mu.\n"
        "(a) How many independent Pi groups?\n"
        "(b) True or false: if C_D = F/(0.5 rho V^2 pi D^2/4) does not depend on Re, doubling V quadruples F."
    )
    u = c.user(c.top, q, 0)
    # first attempt (regenerated away, not graded)
    old = c.assistant(u, (
        "**1(a)** Re = (1000)(2)(0.05)/0.001 = 100,000\n\n"
        "**1(b)** Between laminar and fully turbulent → **(B) transitional**\n\n"
        "**1(c)** Q = 3.93 L/s\n\n"
        "**2(a)** V₂ = 6 m/s\n\n"
        "**2(b)** p₂ = p₁ + ½ρ(V₂² − V₁²) = **216.9 kPa**\n\n"
        "**3.** v = √(gh) = **7.00 m/s**\n\n"
        "**4(a)** 2\n\n**4(b)** True"
    ), 20, model="gpt-4o")
    th = c.thoughts(u, "Working through pipe-flow numbers",
                    "Re = 1000*2*0.05/1e-3 = 1e5, turbulent. Area = pi*0.0025/4 = 0.0019635. Q = 0.003927 m^3/s. "
                    "Continuity gives 6 m/s. Bernoulli: drop = 500*(36-2.25) = 16875 Pa so p2 = 183.125 kPa. "
                    "Torricelli sqrt(98.1) = 9.9045. Five variables, three dimensions: two groups.", 95, model="o3")
    rc = c.recap(th, "Thought for 14 seconds", 96, model="o3")
    a = c.assistant(rc, (
        "## Problem 1 — Pipe flow\n\n"
        "**(a)**\n\n"
        "\\[\n\\mathrm{Re} = \\frac{\\rho V D}{\\mu} = \\frac{(1000)(2)(0.05)}{1.0\\times10^{-3}}\n\\]\n\n"
        "\\(\\boxed{\\mathrm{Re} = 1.0\\times 10^{5}}\\)\n\n"
        "**(b)** Re ≫ 4000, so the flow is fully turbulent: **(C)**.\n\n"
        "**(c)** The area is \\(A = \\pi D^2/4 = 1.9635\\times10^{-3}\\ \\text{m}^2\\), so\n\n"
        "\\[\nQ = VA = 2 \\times 1.9635\\times10^{-3} = 0.0039269\\ \\text{m}^3/\\text{s}\n\\]\n\n"
        "Keeping three significant figures (dropping the trailing digits), **Q = 3.92 L/s**.\n\n"
        "## Problem 2 — Contraction\n\n"
        "**(a)** Continuity, \\(A_1V_1 = A_2V_2\\): \\(V_2 = 4 \\times 1.5 = 6\\ \\text{m/s}\\).\n\n"
        "**(b)** Bernoulli with \\(z_1 = z_2\\):\n\n"
        "\\[\np_2 = p_1 - \\tfrac12\\rho\\left(V_2^2 - V_1^2\\right) = 200\\,000 - 500(36 - 2.25) = 183\\,125\\ \\text{Pa}\n\\]\n\n"
        "**p₂ = 183.1 kPa**\n\n"
        "## Problem 3 — Orifice\n\n"
        "\\[\nv = \\sqrt{2gh} = \\sqrt{2(9.81)(5.0)} = \\sqrt{98.1} \\approx 9.90\\ \\text{m/s}\n\\]\n\n"
        "## Problem 4 — Dimensional analysis\n\n"
        "**(a)** n = 5 variables (F, ρ, V, D, μ), k = 3 base dimensions (M, L, T) → **2** Π groups.\n\n"
        "**(b)** **True.** With \\(C_D\\) constant, \\(F = C_D \\cdot \\tfrac12\\rho V^2 \\cdot \\pi D^2/4 \\propto V^2\\), so doubling V multiplies F by 4.\n\n"
        "| Part | Answer |\n|---|---|\n| 1(a) | 1.0 × 10⁵ |\n| 1(b) | C |\n| 1(c) | 3.92 L/s |\n"
        "| 2(a) | 6 m/s |\n| 2(b) | 183.1 kPa |\n| 3 | 9.90 m/s |\n| 4(a) | 2 |\n| 4(b) | True |"
    ), 110, model="o3")
    u2 = c.user(a, "perfect, thanks", 400)
    a2 = c.assistant(u2, "You're welcome! Good luck with the problem set.", 405, model="o3")
    write_json("fluid-flow/transcripts/chatgpt-export.json", [c.export(a2)])


# ============================================================================= parsing-lr
def parsing_chatgpt():
    other1 = ChatGPTConv("parse-other1", "Regex for UK postcodes", 1739700000.0)
    u = other1.user(other1.top, "regex for a UK postcode?", 0)
    a = other1.assistant(u, "A commonly used (simplified) pattern is:\n\n```\n^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$\n```\n\n"
                         "It accepts `SW1A 1AA` and `M1 1AE`; the official rules have more exceptions " + CITE.format(0) + ".", 12)
    conv_other1 = other1.export(a)

    c = ChatGPTConv("parse-b1", "LR parsing exercises", 1739810000.0)
    q = (
        "Compilers week 5. G: E → E + T | T ; T → T * F | F ; F → ( E ) | id\n\n"
        "Exercise 2.1 a) Eliminate left recursion in the standard way. How many nonterminals does the result have? "
        "b) True or false: the original G is LL(1). c) How many terminals (count $ if it belongs) are in FOLLOW(T) for G?\n"
        "Exercise 2.2 Augment with E' → E. a) How many states does the canonical LR(0) automaton have? "
        "b) A. G is LR(0). B. G is SLR(1) but not LR(0). C. G is not SLR(1).\n"
        "Exercise 2.3 SLR(1) parse of id + id * id $: a) number of reduce moves (not accept) b) number of shift moves\n"
        "Exercise 2.4 E → E + E | E * E | id: how many parse trees for id + id * id + id?"
    )
    u = c.user(c.top, q, 0)
    cd = c.code(u, (
        "G = [(\"S\",(\"E\",)),(\"E\",(\"E\",\"+\",\"T\")),(\"E\",(\"T\",)),(\"T\",(\"T\",\"*\",\"F\")),\n"
        "     (\"T\",(\"F\",)),(\"F\",(\"(\",\"E\",\")\")),(\"F\",(\"id\",))]\n"
        "NT = {a for a,_ in G}\n"
        "def clo(I):\n    I=set(I)\n    while True:\n        new={(q,0) for (p,d) in I if d<len(G[p][1]) and G[p][1][d] in NT\n"
        "             for q,(a,_) in enumerate(G) if a==G[p][1][d]}\n        if new<=I: return frozenset(I)\n        I|=new\n"
        "states=[clo({(0,0)})]\nfor I in states:\n    for X in {G[p][1][d] for (p,d) in I if d<len(G[p][1])}:\n"
        "        J=clo({(p,d+1) for (p,d) in I if d<len(G[p][1]) and G[p][1][d]==X})\n        if J not in states: states.append(J)\n"
        "print(len(states))\nfrom math import comb\nprint(comb(6,3)//4)"
    ), 30)
    out = c.tool_output(cd, "12\n5", 34)
    ans = c.assistant(out, (
        "I built the automaton programmatically to be safe (output above: 12 states, and 5 for the Catalan count).\n\n"
        "### Exercise 2.1\n\n"
        "**a)** Left-recursion elimination gives\n\n"
        "```\nE  → T E'\nE' → + T E' | ε\nT  → F T'\nT' → * F T' | ε\nF  → ( E ) | id\n```\n\n"
        "Nonterminals: E, E', T, T', F → **5**.\n\n"
        "**b)** **False** — G is left-recursive, and a left-recursive grammar is never LL(1) " + CITE.format(1) + ".\n\n"
        "**c)** From E → E + T, FOLLOW(T) ⊇ FOLLOW(E) = {+, ), $}. So FOLLOW(T) = {+, ), $}, which has **3** terminals.\n\n"
        "### Exercise 2.2\n\n"
        "**a)** The canonical LR(0) collection has **12** states (I₀–I₁₁).\n\n"
        "**b)** I₁ and I₂ (and I₉) mix complete items with shift items, so G is not LR(0); the SLR lookaheads "
        "FOLLOW(E) = {+, ), $} separate them, so the answer is **B**.\n\n"
        "### Exercise 2.3\n\n"
        "Reductions in order: F→id, T→F, E→T, F→id, T→F, F→id, T→T*F, E→E+T.\n\n"
        "**a)** 8 reduce moves\n\n**b)** 5 shift moves (one per token of `id + id * id`)\n\n"
        "### Exercise 2.4\n\n"
        "Each parse tree is a binary bracketing of the 4 operands: C₃ = \\(\\frac{1}{4}\\binom{6}{3}\\) = **5** trees."
    ), 60)
    conv_main = c.export(ans)

    other2 = ChatGPTConv("parse-other2", "Quick pasta dinner", 1739900000.0)
    u = other2.user(other2.top, "quick dinner with pasta, tinned tomatoes and a lemon?", 0)
    a = other2.assistant(u, "Try a lemony tomato pasta: simmer the tomatoes with garlic for 15 minutes, stir in zest and a squeeze of lemon, toss with the pasta and some pasta water.", 8)
    conv_other2 = other2.export(a)
    write_json("parsing-lr/transcripts/chatgpt-conversations.json", [conv_other2, conv_main, conv_other1])


def parsing_claude():
    key = "parse-b2"
    problem_md = open(os.path.join(ROOT, "parsing-lr/problems.md"), encoding="utf-8").read()
    t = "2025-02-18T09:{:02d}:00.000000Z"
    msgs = [
        claude_msg(key, 0, "human", t.format(0),
                   [("text", "Can you solve all four exercises on the attached sheet? Short answers with a bit of justification please.")],
                   attachments=[{"file_name": "week5_parsing.md", "file_size": len(problem_md.encode()),
                                 "file_type": "text/markdown", "extracted_content": problem_md}]),
        claude_msg(key, 1, "assistant", t.format(1), [
            ("thinking", "Expression grammar, standard dragon-book example. LR(0) collection: I0..I11. Let me count: I0, I1 (E'→E.), "
                         "I2 (E→T., T→T.*F), I3 (T→F.), I4 (F→(.E)), I5 (F→id.), I6 (E→E+.T), I7 (T→T*.F), I8 (F→(E.)), I9, I10, I11. "
                         "At first I thought 11 but that's forgetting I0 — it's 12.",
             "Counting LR(0) item sets"),
            ("tool_use", "repl", {"code": "const cat = n => n <= 1 ? 1 : [...Array(n).keys()].reduce((s,k)=>s+cat(k)*cat(n-1-k),0);\nconsole.log(cat(4));"}),
            ("tool_result", "repl", "{\"status\":\"success\",\"logs\":[\"14\"]}"),
            ("text", "**Exercise 2.1**\n\n"
                     "a) Removing left recursion introduces E′ and T′, so the new grammar has **5** nonterminals (E, E′, T, T′, F).\n\n"
                     "b) **False.** E → E + T is left-recursive, which rules out LL(1).\n\n"
                     "c) FOLLOW(T) = { +, *, ), $ } → **4**.\n\n"
                     "**Exercise 2.2**\n\n"
                     "a) **12** states, I₀ through I₁₁.\n\n"
                     "b) **B** — the LR(0) conflicts in I₁, I₂ and I₉ are all resolved by FOLLOW sets.\n\n"
                     "**Exercise 2.3**\n\n"
                     "The moves are: shift id, reduce F→id, reduce T→F, shift +, shift id, reduce F→id, reduce T→F, shift *, shift id, "
                     "reduce F→id, reduce T→T*F, reduce E→E+T, accept.\n\n"
                     "a) **7** reduce moves\n\n"
                     "b) **5** shift moves\n\n"
                     "**Exercise 2.4**\n\n"
                     "The string has four operands, so the number of parse trees is the Catalan number C₄ = **14**."),
        ]),
        claude_msg(key, 2, "human", t.format(7),
                   [("text", "for 2.3a my trace has 8 reductions, I think you're missing one between id and +?")]),
        claude_msg(key, 3, "assistant", t.format(8), [
            ("text", "You're right — after reducing T → F for the first `id` the parser must also reduce E → T before it can shift `+` "
                     "(state I₂ has no shift on `+`). I left that step out.\n\n"
                     "Corrected: **2.3(a) = 8 reduce moves.** The shift count stays at 5."),
        ]),
    ]
    write_json("parsing-lr/transcripts/claude-export.json",
               [claude_conv(key, "Week 5 parsing exercises", t.format(0), msgs)])


# ============================================================================= sir-epidemic
SIR_Q = (
    "EPI 640 homework 2. SIR, N = 10 000, beta = 0.3/day, gamma = 0.1/day.\n"
    "Problem 1 (a) R0. (b)(i) herd-immunity threshold, exact fraction. (b)(ii) doubling time of I while S ≈ N, 2 d.p. "
    "(c) final size: nonzero root of z = 1 - exp(-R0 z), 3 d.p.\n"
    "Problem 2 (a) one forward-Euler step, dt = 1 day, from (S, I, R) = (9990, 10, 0); report (S1, I1, R1). "
    "(b) 70% immunised with a perfect vaccine: R_eff? (c) True/false: a major outbreak can still occur."
)


def sir_no_current():
    c = ChatGPTConv("sir-c1", "SIR homework", 1729000000.0)
    u = c.user(c.top, SIR_Q, 0)
    c.assistant(u, (
        "**1(a)** R₀ = β/γ = 3\n\n**1(b)(i)** 1 − 1/R₀ = 2/3\n\n**1(b)(ii)** ln 2/(β − γ) = 3.47 days\n\n"
        "**1(c)** z ≈ 0.594\n\n**2(a)** (9987.003, 11.997, 1)\n\n**2(b)** R_eff = 2.1\n\n**2(c)** True"
    ), 25)
    a = c.assistant(u, (
        "### Problem 1\n\n"
        "**(a)** $R_0 = \\beta/\\gamma = 0.3/0.1 = 3$.\n\n"
        "**(b)**\n\n"
        "(i) The herd-immunity threshold is $p_c = 1 - 1/R_0$, so **$p_c = 2/3$** (about 66.7 %).\n\n"
        "(ii) I'll skip the doubling time for now — it only needs the early growth rate, which you can read off the linearised $I$ equation.\n\n"
        "**(c)** Iterating $z \\leftarrow 1 - e^{-3z}$ from 0.9: 0.9328, 0.9391, 0.9402, 0.9404, 0.9405.\n\n"
        "$$z \\approx 0.940$$\n\n"
        "### Problem 2\n\n"
        "**(a)** Infections in the step: $\\beta S I/N = 0.3 \\cdot 9990 \\cdot 10/10000 = 2.997$.\n\n"
        "$$S_1 = 9990 - 2.997 = 9987.003,\\quad I_1 = 10 + 2.997 = 12.997,\\quad R_1 = 0$$\n\n"
        "So $(S_1, I_1, R_1) = (9987.003,\\ 12.997,\\ 0)$.\n\n"
        "**(b)** $R_{\\text{eff}} = R_0 (1 - 0.7) = 3 \\times 0.3 = 0.9$\n\n"
        "**(c)** **False** — $R_{\\text{eff}} < 1$, so each case produces fewer than one new case on average and no major outbreak occurs."
    ), 140)
    write_json("sir-epidemic/transcripts/chatgpt-no-current.json", [c.export(with_current=False)])


def sir_regen():
    c = ChatGPTConv("sir-c2", "Epidemiology HW2 – SIR", 1729100000.0)
    u = c.user(c.top, SIR_Q, 0)
    c.assistant(u, "I can help! Before I start — do you want the derivations or only final numbers?", 10)
    th = c.thoughts(u, "Planning SIR calculations",
                    "R0 = 3. HIT = 2/3. Final size equation needs a numerical root; use python. Doubling time from growth rate.", 60, model="o4-mini")
    rc = c.recap(th, "Thought for 9 seconds", 61, model="o4-mini")
    cd = c.code(rc, (
        "import numpy as np\nfrom scipy.optimize import brentq\nR0 = 0.3/0.1\n"
        "z = brentq(lambda z: z - 1 + np.exp(-R0*z), 1e-6, 1)\nprint(round(z, 6))\n"
        "S, I, R, N = 9990, 10, 0, 10000\ninf = 0.3*S*I/N; rec = 0.1*I\nprint(S-inf, I+inf-rec, R+rec)"
    ), 70, model="o4-mini")
    out = c.tool_output(cd, "0.94048\n9987.003 11.997 1.0", 72)
    a = c.assistant(out, (
        "**Problem 1**\n\n"
        "1a) $R_0 = \\beta/\\gamma = 3$\n\n"
        "1b)(i) $1 - 1/R_0 = \\tfrac{2}{3}$\n\n"
        "1b)(ii) Early on each infected person stays infectious for $1/\\gamma = 10$ days, and the doubling time is\n\n"
        "$$T_d = \\frac{\\ln 2}{\\gamma} = \\frac{0.6931}{0.1} \\approx 6.93 \\text{ days}$$\n\n"
        "1c) From the numerical root above: $z = 0.940$ (94.0 % of the population is ever infected).\n\n"
        "**Problem 2**\n\n"
        "2a) $(S_1, I_1, R_1) = (9987.003, 11.997, 1.0)$\n\n"
        "2b) $R_{\\text{eff}} = 3 \\times 0.3 = 0.9$\n\n"
        "2c) False."
    ), 90, model="o4-mini")
    u2 = c.user(a, "what would R0 and the final size be if beta were 0.5 instead?", 300)
    a2 = c.assistant(u2, (
        "With β = 0.5 and γ = 0.1:\n\n"
        "- $R_0 = 5$\n- herd-immunity threshold $1 - 1/5 = 4/5$\n"
        "- final size: root of $z = 1 - e^{-5z}$, $z \\approx 0.993$\n\n"
        "So almost everyone would be infected in an unmitigated epidemic."
    ), 320, model="o4-mini")
    write_json("sir-epidemic/transcripts/chatgpt-regen.json", [c.export(a2)])


def sir_claude():
    key = "sir-c3"
    t = "2024-10-16T18:{:02d}:00.000000Z"
    msgs = [
        claude_msg(key, 0, "human", t.format(0), [("text", SIR_Q)]),
        claude_msg(key, 1, "assistant", t.format(2), [
            ("thinking", "R0 = beta/gamma = 3. HIT = 1 - 1/R0 = 2/3. Growth rate beta - gamma = 0.2, doubling ln2/0.2 = 3.466. "
                         "Final size for R0 = 3 about 0.94.", "Computing SIR quantities"),
            ("text", "## Problem 1\n\n"
                     "**(a)** $R_0 = \\beta / \\gamma = 0.3 / 0.1 = 3$\n\n"
                     "**(b)(i)** The threshold is the immune fraction that brings $R_0 S/N$ below 1: $p_c = 1/R_0 = 1/3$.\n\n"
                     "**(b)(ii)** Early growth rate $r = \\beta - \\gamma = 0.2$ per day, so $T_d = \\ln 2 / 0.2 = 3.47$ days.\n\n"
                     "**(c)** Solving $z = 1 - e^{-3z}$ numerically (Newton, starting at 1):\n\n"
                     "$z_1 = 0.94147$, $z_2 = 0.94048$, $z_3 = 0.94048$\n\n"
                     "so $z = 0.940$.\n\n"
                     "## Problem 2\n\n"
                     "**(a)** Flows in one day: infections $0.3 \\times 9990 \\times 10 / 10\\,000 = 2.997$, recoveries $0.1 \\times 10 = 1$.\n\n"
                     "$(S_1, I_1, R_1) = (9987.003,\\ 11.997,\\ 1)$\n\n"
                     "**(b)** $R_{\\text{eff}} = R_0 (1 - 0.7) = 0.9$\n\n"
                     "I'll stop here for now — let me know if you want me to go on to (c).\n\n"
                     "| Part | Answer |\n|---|---|\n| 1(a) | 3 |\n| 1(b)(i) | 1/3 |\n| 1(b)(ii) | 3.47 days |\n"
                     "| 1(c) | 0.594 |\n| 2(a) | (9987.003, 11.997, 1) |\n| 2(b) | 0.9 |"),
        ]),
    ]
    other = [
        claude_msg("sir-other", 0, "human", "2024-10-14T08:00:00.000000Z", [("text", "What's a good citation style for an epi paper?")]),
        claude_msg("sir-other", 1, "assistant", "2024-10-14T08:00:30.000000Z",
                   [("text", "Most epidemiology journals use Vancouver (numbered) style; the *American Journal of Epidemiology* uses its own AMA-like variant.")]),
    ]
    write_json("sir-epidemic/transcripts/claude-export.json", [
        claude_conv("sir-other", "Citation style question", "2024-10-14T08:00:00.000000Z", other),
        claude_conv(key, "SIR model homework", t.format(0), msgs),
    ])


if __name__ == "__main__":
    fluid_chatgpt()
    parsing_chatgpt()
    parsing_claude()
    sir_no_current()
    sir_regen()
    sir_claude()
