#!/usr/bin/env python3
"""Write the five JSON chat exports of this corpus.

Deterministic: ids come from uuid5 over fixed names and all timestamps are fixed, so
re-running gives byte-identical files. Paths are relative to this script's folder.

  econ-tax-incidence/transcripts/conversations.json   ChatGPT export, 2 conversations,
        regenerated branch, thoughts + reasoning_recap, follow-up on another setting
  econ-tax-incidence/transcripts/claude_export.json   Claude export, attachment, thinking
  decay-dosimetry/transcripts/conversations.json      ChatGPT export WITHOUT current_node,
        python tool call + execution_output, citation markers, older regenerated leaf
  decay-dosimetry/transcripts/claude_export.json      Claude export, 2 conversations,
        thinking, tool_use/tool_result, correction in a later turn
  orbit-transfers/transcripts/conversations.json      ChatGPT export, 3 conversations,
        regenerated branch, thoughts, python tool, citation markers
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6b1f3c2e-9d4a-4e55-8a1b-46f46f46f460")

CITE = "\ue200cite\ue202turn0search{}\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT helpers
class ChatGPTConv:
    def __init__(self, key, title, t0):
        self.key = key
        self.title = title
        self.t = t0
        self.t0 = t0
        self.mapping = {}
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        sysid = uid(key, "system")
        self.mapping[sysid] = {
            "id": sysid,
            "message": {
                "id": sysid,
                "author": {"role": "system", "name": None, "metadata": {}},
                "create_time": None,
                "update_time": None,
                "content": {"content_type": "text", "parts": [""]},
                "status": "finished_successfully",
                "end_turn": True,
                "weight": 0.0,
                "metadata": {"is_visually_hidden_from_conversation": True},
                "recipient": "all",
                "channel": None,
            },
            "parent": root,
            "children": [],
        }
        self.mapping[root]["children"].append(sysid)
        self.last = sysid
        self.n = 0

    def add(self, role, content, parent=None, recipient="all", name=None, dt=7.0, extra_meta=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        parent = parent or self.last
        self.t += dt
        meta = {"model_slug": "gpt-4o"} if role == "assistant" else {}
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": role == "assistant" and recipient == "all" and content["content_type"] == "text",
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.last = nid
        return nid

    def user(self, text, parent=None, dt=30.0):
        return self.add("user", {"content_type": "text", "parts": [text]}, parent=parent, dt=dt)

    def asst(self, text, parent=None, dt=12.0):
        return self.add("assistant", {"content_type": "text", "parts": [text]}, parent=parent, dt=dt)

    def thoughts(self, summary, content, parent=None):
        return self.add("assistant", {"content_type": "thoughts",
                                      "thoughts": [{"summary": summary, "content": content, "finished": True}],
                                      "source_analysis_msg_id": uid(self.key, "analysis", str(self.n))},
                        parent=parent, dt=3.0)

    def recap(self, text, parent=None):
        return self.add("assistant", {"content_type": "reasoning_recap", "content": text}, parent=parent, dt=1.0)

    def code(self, src, parent=None):
        return self.add("assistant", {"content_type": "code", "language": "unknown", "response_format_name": None,
                                      "text": src}, parent=parent, recipient="python", dt=4.0)

    def output(self, text, parent=None):
        return self.add("tool", {"content_type": "execution_output", "text": text}, parent=parent,
                        name="python", dt=2.0)

    def export(self, current_node=True, model="gpt-4o"):
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": round(self.t, 3),
            "mapping": self.mapping,
            "moderation_results": [],
            "current_node": self.last,
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": model,
            "id": uid(self.key, "conv"),
        }
        if not current_node:
            del conv["current_node"]
        return conv


def write(path, obj, indent=None):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent, separators=(",", ":") if indent is None else None)
        f.write("\n")


# ---------------------------------------------------------------- econ: ChatGPT
def econ_chatgpt():
    other = ChatGPTConv("econ-other", "Packing list for Lisbon", 1741880000.0)
    other.user("What should I pack for 4 days in Lisbon in March?")
    other.asst("For four days in Lisbon in March (highs around 17–19 °C, chance of rain):\n\n"
               "- a light waterproof jacket\n- 2–3 layers (sweater or fleece)\n- comfortable shoes with grip — "
               "the calçada pavements get slippery\n- a compact umbrella\n- a power adapter (type F)\n\n"
               "Lisbon is hilly, so leave the heels at home.")

    c = ChatGPTConv("econ-main", "Bread tax and monopoly", 1741967000.0)
    u1 = c.user(
        "Econ PS5, please solve all three questions.\n\n"
        "1. Demand Qd = 120 - 2P, supply Qs = -30 + 3P.\n"
        "(a) Find the equilibrium price and quantity (P*, Q*).\n"
        "(b) Compute the point price elasticity of demand at the equilibrium.\n"
        "(c) Compute the consumer surplus at the equilibrium.\n"
        "(d) A per-unit tax of $5 per loaf is collected from sellers. What price do buyers pay after the tax?\n"
        "(e) Compute the deadweight loss caused by the tax.\n\n"
        "2. Monopolist, inverse demand P = 100 - Q, TC = 20Q.\n"
        "(a) Find the profit-maximising price.\n"
        "(b) Compute the Lerner index (P - MC)/P at the optimum as an exact fraction.\n\n"
        "3. If demand is perfectly inelastic, the burden of a per-unit tax falls "
        "(A) entirely on sellers (B) entirely on buyers (C) equally (D) on whichever side has the more elastic supply")
    # first (regenerated-away) answer
    c.asst(
        "**1(a)** P* = 30, Q* = 60.\n\n**1(b)** ε = −2 · 30/60 = −1.\n\n**1(c)** CS = ½ · 30 · 60 = 900.\n\n"
        "**1(d)** Buyers pay $35.\n\n**1(e)** DWL = ½ · 5 · 6 = 7.5.\n\n**2(a)** P = 60.\n\n**2(b)** L = 1/3.\n\n"
        "**3.** (B)", parent=u1)
    # regenerated branch, shown
    th = c.thoughts("Setting up supply and demand",
                    "Equate Qd and Qs; choke price 60; tax shifts supply; monopoly MR = 100 - 2Q.", parent=u1)
    rc = c.recap("Thought for 9 seconds", parent=th)
    a2 = c.asst(
        "## Question 1\n\n"
        "**(a) Equilibrium.** Setting $120 - 2P = -30 + 3P$ gives $5P = 150$, so\n\n"
        "$$P^* = 30,\\qquad Q^* = 60.$$\n\n"
        "**(b) Point elasticity.** The point elasticity of demand is\n\n"
        "$$\\varepsilon = \\frac{dQ_d}{dP}\\cdot\\frac{P}{Q},$$\n\n"
        "which you evaluate at the equilibrium point from part (a); the slope term is $dQ_d/dP = -2$. "
        "An elasticity with absolute value 1 would mean revenue is maximised there.\n\n"
        "**(c) Consumer surplus.** The choke price is $60$, so\n\n"
        "$$CS = \\tfrac12 (60 - 30)(60) = 900.$$\n\n"
        "**(d) Tax incidence.** With the tax on sellers the supply curve becomes $Q_s = -45 + 3P$. "
        "Equating with demand: $120 - 2P = -45 + 3P \\Rightarrow P_b = 33$. Buyers pay **\\$33**, "
        "sellers receive \\$28, and $Q_t = 54$.\n\n"
        "**(e) Deadweight loss.** The lost trades form a triangle of base $60 - 54 = 6$ and height $5$:\n\n"
        "$$DWL = \\tfrac12 \\cdot 5 \\cdot 6 = 15.$$\n\n"
        "## Question 2\n\n"
        "**(a)** $MR = 100 - 2Q = 20 \\Rightarrow Q_m = 40$, so $P_m = 60$.\n\n"
        "**(b)** $L = \\dfrac{60 - 20}{60} = \\dfrac{2}{3}$.\n\n"
        "## Question 3\n\n"
        "With perfectly inelastic demand, quantity does not respond to price, so sellers can pass on the whole "
        "tax: **(B)**.\n\n"
        "### Summary\n\n"
        "| Part | Answer |\n|---|---|\n| 1(a) | (30, 60) |\n| 1(c) | 900 |\n| 1(d) | 33 |\n"
        "| 1(e) | 30 |\n| 2(a) | 60 |\n| 2(b) | 2/3 |\n| 3 | B |", parent=rc)
    c.user("for question 2, what happens if MC were 40 instead?", parent=a2)
    c.asst("With $MC = 40$: $100 - 2Q = 40 \\Rightarrow Q = 30$, so $P = 70$ and the Lerner index becomes "
           "$L = (70 - 40)/70 = 3/7$.\n\nHigher marginal cost means a higher price but a smaller markup ratio.")
    write("econ-tax-incidence/transcripts/conversations.json", [other.export(), c.export()])


# ---------------------------------------------------------------- econ: Claude
def claude_msg(key, i, sender, blocks, ts, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for j, b in enumerate(blocks):
        b = dict(b)
        b.setdefault("start_timestamp", ts)
        b.setdefault("stop_timestamp", ts)
        if b["type"] == "text":
            b.setdefault("citations", [])
        content.append(b)
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


def claude_conv(key, name, created, msgs):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": created,
        "updated_at": msgs[-1]["updated_at"],
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }


def T(text):
    return {"type": "text", "text": text}


def econ_claude():
    key = "econ-claude"
    tex = open(os.path.join(ROOT, "econ-tax-incidence", "problems.tex"), encoding="utf-8").read()
    # the student's PDF-to-text extraction lost question 2's demand line
    extracted = tex.replace("A monopolist faces inverse demand $P = 100 - Q$ and has total cost $TC = 20Q$.\n",
                            "A monopolist faces inverse demand [unreadable] and has total cost [unreadable].\n")
    assert extracted != tex
    msgs = [
        claude_msg(key, 1, "human", [T("Can you work through this problem set? Show the steps please.")],
                   "2025-03-15T18:02:11.000000Z",
                   attachments=[{"file_name": "ps5.tex", "file_size": len(extracted.encode("utf-8")),
                                 "file_type": "text/x-tex", "extracted_content": extracted}]),
        claude_msg(key, 2, "assistant", [
            {"type": "thinking", "thinking": "Q1: equilibrium 30, 60. Elasticity -2*30/60 = -1. CS 900. "
             "Tax: sellers get P-5... Q2 demand is unreadable in the file, need to ask.",
             "summaries": [{"summary": "Solving the bread market questions."}], "cut_off": False},
            T("I'll go through Question 1 first.\n\n"
              "**Question 1(a).** Setting $Q_d = Q_s$: $120 - 2P = -30 + 3P$, so $P^* = 30$ and $Q^* = 60$. "
              "The equilibrium is $(P^*, Q^*) = (30, 60)$.\n\n"
              "**Question 1(b).** $\\varepsilon = \\frac{dQ}{dP}\\cdot\\frac{P}{Q} = -2 \\cdot \\frac{30}{60} = -1$, "
              "so demand is unit elastic at the equilibrium: **ε = −1**.\n\n"
              "**Question 1(c).** The demand curve meets the price axis at $P = 60$, so consumer surplus is "
              "$\\frac12(60-30)(60) = \\$900$.\n\n"
              "**Question 1(d).** The tax is collected from sellers, so the price that matters to them is the "
              "net-of-tax price. With $P_s = P_b - 5$: $120 - 2P_b = -30 + 3(P_b - 5)$ gives $P_b = 33$, "
              "$P_s = 28$ and $Q = 54$. Since the tax is collected from sellers, the relevant price is the one "
              "sellers get, so the answer is **\\$28**.\n\n"
              "**Question 1(e).** $DWL = \\frac12 \\times 5 \\times (60 - 54) = \\$15$.\n\n"
              "For **Question 2**, the demand curve and cost function came through as \"[unreadable]\" in the "
              "attachment. Could you type them out? Then I'll finish that question."),
        ], "2025-03-15T18:02:40.000000Z"),
        claude_msg(key, 3, "human", [T("oh sorry, it's P = 100 − Q and TC = 20Q")],
                   "2025-03-15T18:05:02.000000Z"),
        claude_msg(key, 4, "assistant", [
            {"type": "thinking", "thinking": "MR = 100 - 2Q = 20, Q = 40, P = 60, L = 40/60.",
             "summaries": [{"summary": "Solving the monopoly problem."}], "cut_off": False},
            T("Thanks! With $P = 100 - Q$ and $MC = 20$:\n\n"
              "**2(a)** Marginal revenue is $MR = 100 - 2Q$. Setting $MR = MC$ gives $Q = 40$, and the "
              "profit-maximising price is **P = 60**.\n\n"
              "**2(b)** Lerner index: $L = \\dfrac{P - MC}{P} = \\dfrac{60 - 20}{60} = \\dfrac{2}{3}$.\n\n"
              "The markup is large because at $Q = 40$ demand is fairly inelastic (|ε| = 1.5, and indeed "
              "$L = 1/|\\varepsilon|$)."),
        ], "2025-03-15T18:05:30.000000Z"),
        claude_msg(key, 5, "human", [T("great, thanks")], "2025-03-15T18:06:10.000000Z"),
        claude_msg(key, 6, "assistant", [T("You're welcome — good luck with the problem set!")],
                   "2025-03-15T18:06:12.000000Z"),
    ]
    write("econ-tax-incidence/transcripts/claude_export.json",
          [claude_conv(key, "Microeconomics problem set 5", "2025-03-15T18:02:11.000000Z", msgs)], indent=2)


# ---------------------------------------------------------------- decay: ChatGPT, no current_node
def decay_chatgpt():
    c = ChatGPTConv("decay-main", "Radioactive decay exercises", 1741000000.0)
    u1 = c.user(
        "Week 4 radiation physics. 3 significant figures unless stated.\n"
        "Exercise 4.1 I-131, half-life 8.02 days, 400 MBq. (a) decay constant in s^-1 (b) activity after 20 days "
        "(MBq) (c) days until activity is 1% of initial\n"
        "Exercise 4.2 pure Mo-99 (66.0 h) -> Tc-99m (6.01 h), ignore branching. (a)(i) time of maximum Tc-99m "
        "activity in hours (ii) A(Tc)/A(Mo) in transient equilibrium, three decimals. (b) true or false: in secular "
        "equilibrium the daughter's activity equals the parent's\n"
        "Exercise 4.3 point source 120 µSv/h at 1 m, technician at 2 m. (a) dose rate there (b) with three HVLs of "
        "lead, hours until 1 mSv (1 dp)")
    # older regenerated leaf (earlier create_time)
    c.asst("**4.1** (a) λ = 1.00 × 10⁻⁶ s⁻¹ (b) A = 70.1 MBq (c) 53.3 d\n\n"
           "**4.2** (a)(i) 22.9 h (ii) 1.100 (b) True\n\n**4.3** (a) 30 µSv/h (b) 266.7 h", parent=u1, dt=10.0)
    # newer branch: regenerated with tool use
    c.t += 300.0
    th = c.thoughts("Computing decay values",
                    "Use python to get λ, A(20 d), t for 1%, tmax, equilibrium ratio, and shielding time.",
                    parent=u1)
    rc = c.recap("Thought for 6 seconds", parent=th)
    cd = c.code(
        "import math\n"
        "T=8.02; lam=math.log(2)/(T*86400)\n"
        "A20=400*2**(-20/T); t1=T*math.log2(100)\n"
        "lp=math.log(2)/66.0; ld=math.log(2)/6.01\n"
        "tmax=math.log(ld/lp)/(ld-lp); ratio=ld/(ld-lp)\n"
        "r2=120/4; rs=r2/8; hours=1000/rs\n"
        "print(lam, A20, t1, tmax, ratio, r2, rs, hours)", parent=rc)
    out = c.output("1.0003163107277312e-06 71.01690605662992 53.28372664199328 22.85822927287661 "
                   "1.1001833638939824 30.0 3.75 266.6666666666667", parent=cd)
    c.asst(
        "Here are the results (computed above and rounded).\n\n"
        "### Exercise 4.1\n"
        "- **(a)** λ = ln 2 / (8.02 × 86 400 s) = **1.000 × 10⁻⁶ s⁻¹**\n"
        "- **(b)** A(20 d) = 400 · 2^(−20/8.02) = **71.02 MBq**\n"
        "- **(c)** t = 8.02 · log₂ 100 = **53.28 days**\n\n"
        "### Exercise 4.2\n"
        "- **(a)(i)** t_max = ln(λ_d/λ_p)/(λ_d − λ_p) = **22.86 h**\n"
        "- **(a)(ii)** A(Tc)/A(Mo) = λ_d/(λ_d − λ_p) = **1.100**\n"
        "- **(b)** True in the idealised limit where the parent's half-life is effectively infinite. "
        "Strictly, though, with any finite parent half-life the daughter activity is always slightly "
        "higher than the parent's, so as a literal statement it is **False**." + CITE.format(2) + "\n\n"
        "### Exercise 4.3\n"
        "- **(a)** Inverse-square law: 120 × (1/2)² = **30 µSv/h** " + CITE.format(0) + "\n"
        "- **(b)** Three half-value layers reduce the dose rate by 2³ = 8. The time until the technician "
        "reaches 1 mSv is the `hours` value in the output above.", parent=out)
    write("decay-dosimetry/transcripts/conversations.json", [c.export(current_node=False)])


# ---------------------------------------------------------------- decay: Claude
def decay_claude():
    k0 = "decay-claude-other"
    other = claude_conv(k0, "Gift ideas for a chemistry teacher", "2025-03-01T09:12:00.000000Z", [
        claude_msg(k0, 1, "human", [T("gift ideas for my chemistry teacher, under $30?")],
                   "2025-03-01T09:12:00.000000Z"),
        claude_msg(k0, 2, "assistant", [T("A few ideas under $30:\n\n1. A periodic-table mug\n"
                                          "2. Molecule-shaped cookie cutters\n3. A framed print of a classic "
                                          "Mendeleev table\n4. A nice lab notebook")],
                   "2025-03-01T09:12:09.000000Z"),
    ])
    key = "decay-claude"
    msgs = [
        claude_msg(key, 1, "human", [T(
            "Exercise 4.1 (Iodine-131): A freshly prepared sample of I-131 (half-life 8.02 days) has an activity "
            "of 400 MBq. (a) Find the decay constant λ in s⁻¹. (b) What is the activity after 20 days, in MBq? "
            "(c) How many days until the activity falls to 1 % of its initial value?\n\n"
            "Exercise 4.2: A technetium generator starts as pure Mo-99 (half-life 66.0 h), which decays to "
            "Tc-99m (half-life 6.01 h). Ignore branching. (a)(i) At what time is the Tc-99m activity largest? "
            "(ii) In transient equilibrium, what is A(Tc)/A(Mo)? Three decimal places. (b) True or false: in "
            "secular equilibrium the daughter's activity equals the parent's activity.\n\n"
            "Exercise 4.3: A point source gives 120 µSv/h at 1 m; a technician works at 2 m. (a) Dose rate at "
            "the technician? (b) With a lead shield of three half-value layers, how many hours before receiving "
            "1 mSv? One decimal place.")], "2025-03-04T20:30:00.000000Z"),
        claude_msg(key, 2, "assistant", [
            {"type": "thinking", "thinking": "λ = ln2/T. For 4.1(c) t = ln(100)... careful with half-life vs "
             "mean life. For 4.2 use Bateman. Let me run numbers.",
             "summaries": [{"summary": "Planning the decay calculations."}], "cut_off": False},
            {"type": "tool_use", "name": "repl", "input": {"code":
             "const T=8.02, lam=Math.LN2/(T*86400);\n"
             "const A20=400*Math.pow(2,-20/T);\n"
             "const lp=Math.LN2/66, ld=Math.LN2/6.01;\n"
             "console.log(lam, A20, Math.log(ld/lp)/(ld-lp), (ld-lp)/ld);"}},
            {"type": "tool_result", "name": "repl", "is_error": False, "content": [
                {"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"0.0000010003163107277312 "
                 "71.01690605662993 22.858229272876613 0.9089393939393939\"]}"}]},
            T("## Exercise 4.1\n\n"
              "**(a)** $\\lambda = \\dfrac{\\ln 2}{T_{1/2}} = \\dfrac{0.6931}{8.02 \\times 86\\,400\\ \\text{s}}"
              " = 1.00 \\times 10^{-6}\\ \\text{s}^{-1}$\n\n"
              "**(b)** $A = 400 \\cdot 2^{-20/8.02} = 71.0$ MBq\n\n"
              "**(c)** Setting $A/A_0 = 0.01$: $t = T_{1/2} \\ln(100) = 8.02 \\times 4.605 \\approx 36.9$ days.\n\n"
              "## Exercise 4.2\n\n"
              "**(a)(i)** The daughter activity peaks at\n"
              "$$t_{\\max} = \\frac{\\ln(\\lambda_d/\\lambda_p)}{\\lambda_d - \\lambda_p} \\approx 22.9\\ \\text{h}$$\n\n"
              "**(a)(ii)** In transient equilibrium,\n"
              "$$\\frac{A_{Tc}}{A_{Mo}} = \\frac{\\lambda_d - \\lambda_p}{\\lambda_d} \\approx 0.909$$\n\n"
              "**(b)** True — for a very long-lived parent the two activities become equal.\n\n"
              "## Exercise 4.3\n\n"
              "**(a)** For a point source the dose rate follows the inverse-square law, so at 2 m it is "
              "120/4 = 30 µSv/h — or 60 µSv/h if the source behaves more like a line source at this distance.\n\n"
              "**(b)** Before I compute this — do you want the time to the 1 mSv public limit, or are you "
              "working to an occupational limit such as 20 mSv per year? Technicians are usually classified "
              "workers, so the answer changes a lot."),
        ], "2025-03-04T20:30:41.000000Z"),
        claude_msg(key, 3, "human", [T("for 4.2(a)(ii), isn't the ratio supposed to be above 1 in transient "
                                       "equilibrium?")], "2025-03-04T20:36:15.000000Z"),
        claude_msg(key, 4, "assistant", [
            {"type": "thinking", "thinking": "Yes, I inverted it: λd/(λd − λp), not (λd − λp)/λd.",
             "summaries": [{"summary": "Checking the equilibrium ratio."}], "cut_off": False},
            T("You're right, I wrote the ratio upside down. The correct ratio is\n\n"
              "$$\\frac{A_{Tc}}{A_{Mo}} = \\frac{\\lambda_d}{\\lambda_d - \\lambda_p} = \\frac{66.0}{66.0 - 6.01}"
              " = 1.100$$\n\n"
              "so the Tc-99m activity slightly exceeds the Mo-99 activity once equilibrium is reached."),
        ], "2025-03-04T20:36:30.000000Z"),
    ]
    main = claude_conv(key, "Radiation physics week 4", "2025-03-04T20:30:00.000000Z", msgs)
    write("decay-dosimetry/transcripts/claude_export.json", [other, main], indent=2)


# ---------------------------------------------------------------- orbit: ChatGPT
def orbit_chatgpt():
    o1 = ChatGPTConv("orbit-other1", "Kepler third law intuition", 1742100000.0)
    o1.user("why does the period go like a^(3/2)?")
    o1.asst("Balancing gravity against the centripetal force for a circular orbit gives v² = μ/r, and the "
            "period is 2πr/v, so T² = 4π² r³/μ. Kepler's third law extends this to ellipses with r → a." +
            CITE.format(1))
    o2 = ChatGPTConv("orbit-main", "HW3 orbital mechanics", 1742200000.0)
    u1 = o2.user(
        "AE 3310 HW3. μ = 3.986e14 m³/s², R_E = 6371 km, 3 s.f. unless stated.\n"
        "Problem 1: circular orbit at 400 km altitude. a) orbital speed in km/s b) period in minutes to one "
        "decimal place c) specific orbital energy in MJ/kg\n"
        "Problem 2: Hohmann transfer from that orbit to GEO, r2 = 42 164 km, r1 = radius from Problem 1. "
        "a) semi-major axis a_t in terms of r1 and r2 b) Δv1 at perigee (km/s) c) Δv2 at apogee (km/s) "
        "d) transfer time in hours\n"
        "Problem 3: r = (7000, 0, 0) km, v = (0, 7.5, 1.0) km/s, compute h = r × v in km²/s")
    # first answer, regenerated away
    o2.asst("1a) 7.67 km/s  1b) 92.4 min  1c) −29.4 MJ/kg\n2a) (r1 + r2)/2  2b) 2.40 km/s  2c) 1.46 km/s  "
            "2d) 10.6 h\n3) (0, −7000, 52500) km²/s", parent=u1)
    th = o2.thoughts("Working through orbit numbers",
                     "Radius r1 = R + 400 km. Vis-viva for transfer speeds. Half period for transfer time.",
                     parent=u1)
    rc = o2.recap("Thought for 14 seconds", parent=th)
    cd = o2.code(
        "import math\nmu=3.986e14; R=6378e3; r1=R+400e3; r2=42164e3\n"
        "v1=math.sqrt(mu/r1); T=2*math.pi*r1/v1/60; eps=-mu/(2*r1)/1e6\n"
        "a=(r1+r2)/2; vp=math.sqrt(mu*(2/r1-1/a)); va=math.sqrt(mu*(2/r2-1/a)); v2=math.sqrt(mu/r2)\n"
        "print(v1/1e3, T, eps, (vp-v1)/1e3, (v2-va)/1e3, math.pi*math.sqrt(a**3/mu)/3600)", parent=rc)
    out = o2.output("7.668631425322557 92.55764957711457 -29.403953968722337 2.397507241284624 "
                    "1.4565000824514009 5.291225862033021", parent=cd)
    o2.asst(
        "Using Earth's equatorial radius R = 6378 km " + CITE.format(4) + " the orbit radius is "
        "r₁ = 6778 km.\n\n"
        "**Problem 1**\n\n"
        "a) $v = \\sqrt{\\mu/r_1} \\approx$ **7.67 km/s**\n\n"
        "b) $T = 2\\pi r_1 / v \\approx$ **92.6 min**\n\n"
        "c) $\\varepsilon = -\\mu/(2r_1) \\approx$ **−29.4 MJ/kg**\n\n"
        "**Problem 2**\n\n"
        "a) $a_t = \\frac{r_1 + r_2}{2}$\n\n"
        "b) $\\Delta v_1 = v_p - v_1 \\approx$ **2.40 km/s**\n\n"
        "c) $\\Delta v_2 = v_2 - v_a \\approx$ **1.46 km/s**\n\n"
        "d) The transfer covers half the ellipse: $t = \\pi\\sqrt{a_t^3/\\mu} \\approx$ **5.29 h**\n\n"
        "**Problem 3**\n\n"
        "$$\\mathbf h = \\mathbf r \\times \\mathbf v = \\begin{pmatrix} 0 \\\\ -7000 \\\\ 52500 \\end{pmatrix}"
        "\\ \\text{km}^2/\\text{s}$$\n\n"
        "---\n\n"
        "**Final answers:** 1a 7.67 km/s · 1b 92.6 min · 1c −29.4 MJ/kg · 2a (r₁+r₂)/2 · 2b 2.40 km/s · "
        "2c 1.46 km/s · 2d 5.29 h · 3: h = (0, 7000, 52500) km²/s", parent=out)
    o3 = ChatGPTConv("orbit-other2", "Study schedule", 1742300000.0)
    o3.user("make me a study schedule for thursday, I have orbital mechanics and a stats quiz")
    o3.asst("- 9:00–10:30 orbital mechanics: redo Hohmann transfer problems\n- 10:45–12:00 stats quiz review\n"
            "- 13:00–14:00 practice problems\n- 14:15 break\n- 15:00–16:00 mixed review")
    write("orbit-transfers/transcripts/conversations.json", [o1.export(), o2.export(), o3.export()])


if __name__ == "__main__":
    econ_chatgpt()
    econ_claude()
    decay_chatgpt()
    decay_claude()
    orbit_chatgpt()
