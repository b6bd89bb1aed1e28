#!/usr/bin/env python3
"""Write the five JSON chat exports of the final36 corpus.

Deterministic: fixed ids, fixed timestamps, sorted nothing, stable json.dumps settings.
Re-running gives byte-identical files.  Run from anywhere:
    python3 generators/make_exports.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return f"{CITE_OPEN}cite{CITE_SEP}{ref}{CITE_CLOSE}"


def write(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2))
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv_tag, t0):
        self.tag = conv_tag
        self.t = t0
        self.mapping = {}
        self.n = 0
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return f"{self.tag}-{self.n:04d}-0000-4000-8000-{self.n:012x}"

    def add(self, parent, role, content, *, dt=7.0, recipient="all", name=None,
            metadata=None, hidden=False, end_turn=None, status="finished_successfully"):
        nid = self._id()
        self.t += dt
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": status,
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def conv(tree, title, current, conv_id, create_time):
    d = {
        "title": title,
        "create_time": create_time,
        "update_time": round(tree.t + 30, 3),
        "mapping": tree.mapping,
        "moderation_results": [],
        "current_node": current,
        "plugin_ids": None,
        "conversation_id": conv_id,
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": "gpt-4o",
        "id": conv_id,
    }
    if current is None:
        del d["current_node"]
    return d


# ======================================================================
# 1. chem-stoich-thermo/transcripts/chatgpt-export.json
# ======================================================================
def chem_export():
    convs = []
    # unrelated conversation first
    t = Tree("a1c0ffee", 1741600000.0)
    u = t.add(t.root, "user", text("Can you tighten this cover letter opening? \"I am writing to apply for the summer lab assistant position in the chemistry department.\""))
    a = t.add(u, "assistant", text("Here's a punchier version:\n\n> \"I'd love to bring my two years of general-chemistry lab experience to the department's summer lab assistant role.\"\n\nIt leads with what you offer instead of restating that you are applying."), end_turn=True)
    convs.append(conv(t, "Cover letter opening", a, "67cf0a11-0d2e-8000-a1b2-c0ffee000001", 1741600000.0))

    t = Tree("c3h8c0de", 1741790000.0)
    sys_ = t.add(t.root, "system", text(""), hidden=True)
    problem = (
        "CHEM 1120 Problem Set 5. Use C = 12.01, H = 1.008, O = 16.00.\n\n"
        "1. a C3H8 + b O2 -> c CO2 + d H2O(l)\n"
        "(a) Balance; give (a, b, c, d).\n"
        "(b) 22.0 g propane and 64.0 g O2 in a sealed vessel. Limiting reagent? (A) propane (B) oxygen (C) neither (D) cannot be determined without the temperature\n"
        "(c) Mass of CO2 formed at completion, 3 sig figs.\n"
        "(d) Mass of excess reactant remaining, 3 sig figs.\n\n"
        "2. ΔHf (kJ/mol): C3H8(g) -103.8, CO2(g) -393.5, H2O(l) -285.8, H2O(g) -241.8\n"
        "(a) ΔH°rxn per mole of propane for the reaction in Q1.\n"
        "(b) Heat released (kJ, positive) when the 22.0 g of propane from 1(b) burns completely in excess oxygen, 4 sig figs.\n"
        "(c) 25.0 g metal at 95.0 °C dropped into 100.0 g water at 22.0 °C, final temp 24.1 °C. Specific heat of metal (J/g°C, 3 sf). c_water = 4.184\n"
        "(d) True or false: with H2O(g) instead of H2O(l), ΔH°rxn would be more negative.\n"
        "(e) CaCO3(s) -> CaO(s) + CO2(g): ΔH° = +178.3 kJ, ΔS° = +160.6 J/K. Above what T (K, nearest 10 K) is it spontaneous?"
    )
    u1 = t.add(sys_, "user", text(problem), dt=40)

    # first generation (regenerated away; NOT graded)
    old = (
        "**1(a)** (1, 5, 3, 4)\n\n"
        "**1(b)** Oxygen is limiting → **B**\n\n"
        "**1(c)** 1.200 mol CO₂ × 44.01 g/mol = **52.8 g**\n\n"
        "**1(d)** 22.0 − 17.6 = **4.4 g** propane\n\n"
        "**2(a)** **−2219.9 kJ/mol**\n\n"
        "**2(b)** **1108 kJ**\n\n"
        "**2(c)** 878.6 J / (25.0 g × 73.0 °C) = **0.481 J/(g·°C)**\n\n"
        "**2(d)** **False**\n\n"
        "**2(e)** T = 178.3 / 160.6 = **1.11 K**"
    )
    t.add(u1, "assistant", text(old), dt=20, end_turn=True,
          metadata={"model_slug": "gpt-4o"})

    # regenerated branch (graded)
    th = t.add(u1, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Balancing and limiting reagent",
             "content": "Propane 0.4989 mol needs 2.4947 mol O2, only 2.000 mol. Oxygen limits. CO2 = 1.2 mol -> 52.8 g. Maybe the answer to (e) is 1.11 K? No, units: kJ vs J."},
            {"summary": "Enthalpy arithmetic",
             "content": "3(-393.5)+4(-285.8)+103.8 = -2219.9. For the heat, 0.4989*2219.9 ~ 1107.6."},
        ],
        "source_analysis_msg_id": "c3h8-thoughts-src"}, dt=60, metadata={"model_slug": "o4-mini"})
    rr = t.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 18 seconds"},
               dt=1, metadata={"model_slug": "o4-mini"})
    code = (
        "C, H, O = 12.01, 1.008, 16.00\n"
        "M_p = 3*C + 8*H; M_co2 = C + 2*O\n"
        "n_p, n_o2 = 22.0/M_p, 64.0/32.00\n"
        "print(M_p, n_p, 5*n_p, n_o2)\n"
        "print(3/5*n_o2*M_co2, 22.0 - n_o2/5*M_p)\n"
        "print(100.0*4.184*(24.1-22.0)/(100.0*(95.0-24.1)))"
    )
    cd = t.add(rr, "assistant", {"content_type": "code", "language": "unknown", "text": code},
               dt=3, recipient="python", metadata={"model_slug": "o4-mini"})
    out = t.add(cd, "tool", {"content_type": "execution_output",
                              "text": "44.094 0.49893409534176987 2.4946704767088494 2.0\n52.812 4.362399999999999\n0.12392299012693938"},
                dt=2, name="python", metadata={"aggregate_result": {"status": "success", "code": code}})
    graded = (
        "Here are worked solutions (I checked the arithmetic in Python).\n\n"
        "### Question 1\n\n"
        "**(a)** Carbon gives c = 3, hydrogen gives d = 4, oxygen then needs 2b = 2·3 + 4 = 10, so b = 5.\n\n"
        "$$\\mathrm{C_3H_8 + 5\\,O_2 \\rightarrow 3\\,CO_2 + 4\\,H_2O(l)}$$\n\n"
        "**Answer:** (a, b, c, d) = (1, 5, 3, 4)\n\n"
        "**(b)** n(C₃H₈) = 22.0 / 44.094 = 0.4989 mol; n(O₂) = 64.0 / 32.00 = 2.000 mol. "
        "Complete combustion of the propane would need 5 × 0.4989 = 2.495 mol O₂ > 2.000 mol.\n\n"
        "**Answer: (B)** — oxygen is the limiting reagent.\n\n"
        "**(c)** n(CO₂) = (3/5)(2.000) = 1.200 mol, so\n\n"
        "$$m_{\\mathrm{CO_2}} = 1.200 \\times 44.01 = \\boxed{52.8\\ \\text{g}}$$\n\n"
        "**(d)** Propane consumed = 2.000/5 = 0.4000 mol = 17.64 g.\n\n"
        "$$m_{\\text{left}} = 22.0 - 17.64 = \\boxed{4.36\\ \\text{g of propane}}$$\n\n"
        "### Question 2\n\n"
        f"**(a)** Using Hess's law with the tabulated formation enthalpies {cite('turn0search2')}:\n\n"
        "$$\\Delta H^\\circ_{\\text{rxn}} = 3(-393.5) + 4(-285.8) - (-103.8) = \\boxed{-2219.9\\ \\text{kJ/mol}}$$\n\n"
        "**(b)** q = n × |ΔH°| = 0.4989 mol × 2219.9 kJ/mol, so\n\n"
        "**Heat released ≈ 1.11 × 10³ kJ**\n\n"
        "**(c)** Heat gained by the water: 100.0 × 4.184 × 2.1 = 878.6 J. The metal cools by 70.9 °C:\n\n"
        "$$c = \\frac{878.6}{100.0 \\times 70.9} = \\boxed{0.124\\ \\mathrm{J\\,g^{-1}\\,^\\circ C^{-1}}}$$\n\n"
        "**(d)** **False.** ΔHf(H₂O, g) = −241.8 is 44.0 kJ/mol less negative than the liquid, so ΔH°rxn "
        "would be −2043.9 kJ/mol — *less* negative, not more.\n\n"
        "**(e)** Spontaneous when T > ΔH°/ΔS° = 178 300 J / 160.6 J K⁻¹ = 1110.2 K.\n\n"
        "**Answer: T ≈ 1110 K**"
    )
    g1 = t.add(out, "assistant", text(graded), dt=9, end_turn=True, metadata={"model_slug": "o4-mini"})
    u2 = t.add(g1, "user", text("why is 2d false? I thought gas has more energy so more heat comes out"), dt=300)
    g2 = t.add(u2, "assistant", text(
        "It's the other way round. Making liquid water releases extra heat (the heat of condensation, 44.0 kJ/mol). "
        "If the product stays as vapor, that 4 × 44.0 = 176 kJ is *not* released, so ΔH°rxn goes from −2219.9 to −2043.9 kJ/mol.\n\n"
        "So the statement in 2(d) is **false**."), dt=11, end_turn=True, metadata={"model_slug": "o4-mini"})
    convs.append(conv(t, "Chem PS5 – propane stoichiometry & enthalpy", g2,
                      "67d1c9f2-7a41-8000-b3c4-c3h8c0de0002", 1741790000.0))
    write("chem-stoich-thermo/transcripts/chatgpt-export.json", convs)


# ======================================================================
# 2. stats-hypothesis-tests/transcripts/claude-export.json
# ======================================================================
def claude_msg(uuid, sender, created, blocks, attachments=None):
    content = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", created)
        b.setdefault("stop_timestamp", created)
        content.append(b)
    joined = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uuid,
        "text": joined,
        "content": content,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": attachments or [],
        "files": [],
    }


STATS_PROBLEMS = (
    "STAT 2040 Week 4 exercises: hypothesis tests\n"
    "Unless told otherwise use alpha = 0.05 and two-sided alternatives.\n\n"
    "Exercise 4.1 One-sample t test\n"
    "A machine is supposed to cut bolts to 10.00 mm. n = 16 bolts, sample mean 10.12 mm, s = 0.20 mm. H0: mu = 10.00 vs H1: mu != 10.00.\n"
    "a) Compute the test statistic t.\n"
    "b) Find the two-sided p-value. Report it to four decimal places.\n"
    "c) Decision at alpha = 0.05? A. Reject H0  B. Fail to reject H0  C. Accept H0  D. The test is invalid because sigma is unknown\n\n"
    "Exercise 4.2 Comparing two proportions\n"
    "120 of 400 visitors clicked with layout 1, 150 of 400 with layout 2.\n"
    "a) Under H0: p1 = p2, what is the pooled sample proportion?\n"
    "b) z statistic for H0: p1 = p2 with pooled SE, difference p1hat - p2hat. Two decimals.\n"
    "c) 95% CI for p1 - p2 with the unpooled SE (z* = 1.96), as (lower, upper), three decimals.\n\n"
    "Exercise 4.3 Power\n"
    "One-sided z test of H0: mu = 50 vs H1: mu > 50, n = 25, sigma = 8 known, alpha = 0.05.\n"
    "a) Power when the true mean is 54 (three decimals).\n"
    "b) True or false: keeping alpha and sigma fixed, increasing n to 100 increases the power against mu = 54.\n"
)


def stats_claude():
    convs = []
    convs.append({
        "uuid": "0b9e2f4c-1d3a-4e5f-8a7b-6c5d4e3f2a10",
        "name": "Scaling a pancake recipe",
        "created_at": "2025-02-27T08:12:03.114000Z",
        "updated_at": "2025-02-27T08:13:40.002000Z",
        "account": {"uuid": "5f1e0d2c-3b4a-4968-8776-a5b4c3d2e1f0"},
        "chat_messages": [
            claude_msg("0b9e2f4c-0001-4000-8000-000000000001", "human", "2025-02-27T08:12:03.114000Z",
                       [{"type": "text", "text": "Recipe serves 4 with 1.5 cups flour. How much for 10 people?"}]),
            claude_msg("0b9e2f4c-0002-4000-8000-000000000002", "assistant", "2025-02-27T08:12:09.870000Z",
                       [{"type": "text", "text": "Scale by 10/4 = 2.5: 1.5 × 2.5 = **3.75 cups** of flour (3 ¾ cups)."}]),
        ],
    })

    att = [{"file_name": "week4_exercises.txt", "file_type": "text/plain",
            "file_size": len(STATS_PROBLEMS.encode()), "extracted_content": STATS_PROBLEMS}]
    m1 = claude_msg("7c1a5d2e-0001-4000-8000-000000000001", "human", "2025-03-03T19:40:11.500000Z",
                    [{"type": "text", "text": "Can you work through all of these? I want to compare with my answers before I submit."}],
                    attachments=att)
    thinking = (
        "4.1: SE = 0.20/4 = 0.05, t = 0.12/0.05 = 2.4 with 15 df. p two-sided ~ 0.03, compute precisely.\n"
        "4.2: pooled 270/800 = 0.3375. SE0 = sqrt(0.3375*0.6625*(1/400+1/400)). Difference 0.375 - 0.30.\n"
        "4.3: critical xbar = 50 + 1.645*1.6 = 52.632; power = P(Z > (52.632-54)/1.6)."
    )
    code = (
        "from scipy import stats\nimport math\n"
        "t = 0.12/(0.20/4); print(t, 2*stats.t.sf(t, 15))\n"
        "pp = 270/800; se0 = math.sqrt(pp*(1-pp)*(2/400)); print(pp, (0.375-0.30)/se0)\n"
        "se = math.sqrt(0.3*0.7/400 + 0.375*0.625/400); print(-0.075-1.96*se, -0.075+1.96*se)\n"
        "crit = 50 + 1.645*1.6; print(crit, 1 - stats.norm.cdf((crit-54)/1.6))"
    )
    result = ("2.4 0.029824929464802\n0.3375 2.2430886\n-0.1403290 -0.0096710\n"
              "52.632 0.8037243")
    answer = (
        "Here's everything, with the numbers checked in the analysis tool.\n\n"
        "## Exercise 4.1\n\n"
        "**a)** The standard error is s/√n = 0.20/√16 = 0.05 mm, so\n\n"
        "t = (10.12 − 10.00) / 0.05 = **2.40**\n\n"
        "**b)** With df = 15, the two-sided p-value is 2·P(T₁₅ > 2.40) = **0.0298**.\n\n"
        "**c)** Since p = 0.0298 < 0.05, we reject H₀ — **A**. (Note that C, \"accept H₀\", is never the right phrasing.)\n\n"
        "## Exercise 4.2\n\n"
        "**a)** Pooled proportion: p̂ = (120 + 150)/(400 + 400) = 270/800 = **0.3375**\n\n"
        "**b)** Pooled SE = √(0.3375 · 0.6625 · (1/400 + 1/400)) = 0.03344. The sample proportions are 0.30 and 0.375, so\n\n"
        "z = (0.375 − 0.30)/0.03344 = **2.24**\n\n"
        "**c)** Unpooled SE = √(0.30·0.70/400 + 0.375·0.625/400) = 0.03333, margin = 1.96 × 0.03333 = 0.0653.\n\n"
        "95% CI for p₁ − p₂: **(−0.140, −0.010)**\n\n"
        "## Exercise 4.3\n\n"
        "**a)** Reject when x̄ > 50 + 1.645 · (8/√25) = 52.632. If μ = 54:\n\n"
        "Power = P(Z > (52.632 − 54)/1.6) = P(Z > −0.855) = **0.804**\n\n"
        "**b)** **True** — with n = 100 the standard error halves to 0.8, the critical value moves to 51.316, and the power rises to about 0.9996."
    )
    m2 = claude_msg("7c1a5d2e-0002-4000-8000-000000000002", "assistant", "2025-03-03T19:40:58.031000Z", [
        {"type": "thinking", "thinking": thinking, "summaries": [{"summary": "Computing t, z and power values."}]},
        {"type": "text", "text": "I'll compute the exact values first."},
        {"type": "tool_use", "name": "repl", "input": {"code": code}, "id": "toolu_01Stat4Repl"},
        {"type": "tool_result", "name": "repl", "tool_use_id": "toolu_01Stat4Repl", "is_error": False,
         "content": [{"type": "text", "text": result}]},
        {"type": "text", "text": answer},
    ])
    m3 = claude_msg("7c1a5d2e-0003-4000-8000-000000000003", "human", "2025-03-03T19:44:20.900000Z",
                    [{"type": "text", "text": "thanks! for 4.3, what would the power be against mu = 52 instead?"}])
    m4 = claude_msg("7c1a5d2e-0004-4000-8000-000000000004", "assistant", "2025-03-03T19:44:31.412000Z", [
        {"type": "text", "text": "Against μ = 52 the power drops: P(Z > (52.632 − 52)/1.6) = P(Z > 0.395) ≈ 0.346. "
                                 "Your answer to 4.3(a) for μ = 54 stays 0.804."}])
    convs.append({
        "uuid": "7c1a5d2e-9f8b-4c6d-a5e4-3b2a1c0d9e8f",
        "name": "Week 4 stats exercises",
        "created_at": "2025-03-03T19:40:11.500000Z",
        "updated_at": "2025-03-03T19:44:31.412000Z",
        "account": {"uuid": "5f1e0d2c-3b4a-4968-8776-a5b4c3d2e1f0"},
        "chat_messages": [m1, m2, m3, m4],
    })
    write("stats-hypothesis-tests/transcripts/claude-export.json", convs)


# ======================================================================
# 3. stats-hypothesis-tests/transcripts/conversations.json  (no current_node)
# ======================================================================
def stats_chatgpt_no_current():
    t = Tree("5a7a4e11", 1740990000.0)
    u1 = t.add(t.root, "user", text(
        "Solve these and give final answers clearly:\n\n" + STATS_PROBLEMS), dt=5)
    # older branch: first generation + a follow-up exchange (NOT graded: its leaf is older)
    a_old = t.add(u1, "assistant", text(
        "**4.1** a) t = 0.12/0.05 = **2.4**  b) p = **0.0298**  c) **A**\n\n"
        "**4.2** a) **0.3375**  b) z = **−2.24**  c) **(−0.140, −0.010)**\n\n"
        "**4.3** a) power = **0.804**  b) **True**"), dt=14, end_turn=True)
    u_old = t.add(a_old, "user", text("can you explain 4.2c more"), dt=120)
    t.add(u_old, "assistant", text(
        "The unpooled SE is √(0.3·0.7/400 + 0.375·0.625/400) = 0.0333; the margin is 1.96 × 0.0333 = 0.0653, "
        "so the interval is −0.075 ± 0.0653 = (−0.140, −0.010)."), dt=9, end_turn=True)
    # regenerated branch much later (graded: latest create_time leaf)
    t.t += 3600
    b = t.add(u1, "assistant", text(
        "## Exercise 4.1\n\n"
        "a) The standard error uses n − 1 = 15:\n\n"
        "$$SE = \\frac{0.20}{\\sqrt{15}} = 0.05164, \\qquad t = \\frac{10.12-10.00}{0.05164} = 2.32$$\n\n"
        "**t ≈ 2.32**\n\n"
        "b) Two-sided p-value with 15 df: p = 2 P(T > 2.32) = **0.0346**\n\n"
        "c) 0.0346 < 0.05, so **(A) reject H₀**.\n\n"
        "## Exercise 4.2\n\n"
        "a) p̂ = 270/800 = **27/80 = 0.3375**\n\n"
        "b) SE₀ = √(0.3375 × 0.6625 × 2/400) = 0.03344, z = (0.300 − 0.375)/0.03344 = **−2.24**\n\n"
        "c) Before I build the interval: does your course want the pooled or the unpooled standard error here? "
        "The two give slightly different intervals, so tell me which one and I'll finish it.\n\n"
        "## Exercise 4.3\n\n"
        "a) Critical value: x̄* = 50 + 1.645(1.6) = 52.632. Under μ = 54, z = (52.632 − 54)/1.6 = −0.855, "
        "and Φ(−0.855) = 0.196.\n\n"
        "**Power ≈ 0.196**\n\n"
        "b) **True.** A larger n shrinks the standard error, so the sampling distributions under H₀ and H₁ overlap less."),
        dt=16, end_turn=True)
    convs = [conv(t, "Hypothesis testing HW (week 4)", None, "67c5b8d0-4e2a-8000-9c1d-5a7a4e110003", 1740990000.0)]
    write("stats-hypothesis-tests/transcripts/conversations.json", convs)


# ======================================================================
# 4. circuits-dc-rc/transcripts/chatgpt-conversations.json
# ======================================================================
CIRCUIT_PROBLEMS = (
    "ECE 210 HW3\n"
    "Problem 1. 12 V source (+ at node A) to ground; R1 = 2 ohm from A to node 1; R2 = 4 ohm node 1 to ground; "
    "R3 = 2 ohm node 1 to node 2; R4 = 2 ohm node 2 to ground; 1 A current source from ground into node 2.\n"
    "(a) Nodal equations G v = i with v = (v1, v2)^T.\n"
    "  (i) conductance matrix G (siemens)\n"
    "  (ii) node voltages (v1, v2)\n"
    "(b) power delivered by the 12 V source\n"
    "(c) Thevenin resistance seen between node 2 and ground (sources deactivated, R4 left in place)\n"
    "Problem 2. At t = 0 a 9 V source is switched onto R = 10 kohm in series with an uncharged C = 47 uF.\n"
    "(a) time constant tau in seconds\n"
    "(b) capacitor voltage at t = 1.0 s, 3 s.f.\n"
    "(c) expression for v_C(t) in volts for t >= 0, t in seconds\n"
    "Problem 3. Series circuit, R = 30 ohm, XL = 60 ohm, XC = 20 ohm. Which is correct? "
    "(A) |Z| = 50 ohm, current leads by 53.1 deg (B) |Z| = 50 ohm, current lags by 53.1 deg "
    "(C) |Z| = 110 ohm, current lags by 74.2 deg (D) |Z| = 30 ohm, in phase"
)


def circuits_chatgpt():
    convs = []
    t = Tree("f00dface", 1742300000.0)
    u = t.add(t.root, "user", text("difference between [x for x in a if x] and filter(None, a)?"))
    a = t.add(u, "assistant", text("Both drop falsy items. The comprehension builds a list immediately; `filter(None, a)` returns a lazy iterator, so wrap it in `list()` if you need a list."), end_turn=True)
    convs.append(conv(t, "List comprehension vs filter", a, "67d8e1aa-11bb-8000-8cc0-f00dface0004", 1742300000.0))

    t = Tree("ece210aa", 1742400000.0)
    sys_ = t.add(t.root, "system", text(""), hidden=True)
    u1 = t.add(sys_, "user", text(CIRCUIT_PROBLEMS + "\n\nplease solve all, final answers bold"), dt=30)
    rr = t.add(u1, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"}, dt=9,
               metadata={"model_slug": "o3"})
    code = ("import numpy as np\n"
            "G = np.array([[1/2+1/4+1/2, -1/2], [-1/2, 1/2+1/2]])\n"
            "i = np.array([12/2, 1.0])\n"
            "v = np.linalg.solve(G, i); print(G); print(v)\n"
            "print(12*(12-v[0])/2)\n"
            "import math; tau = 10e3*47e-6; print(tau, 9*(1-math.exp(-1/tau)))")
    cd = t.add(rr, "assistant", {"content_type": "code", "language": "unknown", "text": code}, dt=2,
               recipient="python", metadata={"model_slug": "o3"})
    out = t.add(cd, "tool", {"content_type": "execution_output",
                              "text": "[[ 1.25 -0.5 ]\n [-0.5   1.  ]]\n[6.5  4.25]\n33.0\n0.47 7.927958255271902"},
                dt=2, name="python", metadata={"aggregate_result": {"status": "success", "code": code}})
    ans = (
        "## Problem 1\n\n"
        "**(a)(i)** KCL at node 1: (v₁ − 12)/2 + v₁/4 + (v₁ − v₂)/2 = 0; at node 2: (v₂ − v₁)/2 + v₂/2 = 1. Collecting terms,\n\n"
        "$$G = \\begin{bmatrix} 1.25 & -0.5 \\\\ -0.5 & 1 \\end{bmatrix}\\ \\text{S}, \\qquad \\mathbf{i} = \\begin{bmatrix} 6 \\\\ 1 \\end{bmatrix}\\ \\text{A}$$\n\n"
        "**(a)(ii)** Solving (checked numerically):\n\n"
        "**v₁ = 6.5 V, v₂ = 4.25 V**\n\n"
        "**(b)** Source current = (12 − 6.5)/2 = 2.75 A, so the source delivers **P = 12 × 2.75 = 33 W**.\n\n"
        f"**(c)** Deactivate the sources (short the 12 V, open the 1 A) {cite('turn0search0')}. Looking in from node 2 we see R₃ in series with R₁ ∥ R₂:\n\n"
        "R₁ ∥ R₂ = 4/3 Ω, plus R₃ = 2 Ω gives 10/3 Ω.\n\n"
        "**R_Th = 10/3 Ω ≈ 3.33 Ω**\n\n"
        "## Problem 2\n\n"
        "**(a)** τ = RC = (10 × 10³)(47 × 10⁻⁶) = **0.47 s**\n\n"
        "**(b)** v_C(1.0) = 9(1 − e^{−1/0.47}) = 9(1 − 0.1191) = **7.93 V**\n\n"
        "**(c)** \ue203\n```\nv_C(t) = 9*(1 - exp(-t/0.47))   # volts, t in seconds\n```\n\n"
        "## Problem 3\n\n"
        "Net reactance X = 60 − 20 = +40 Ω (inductive), |Z| = √(30² + 40²) = 50 Ω, θ = arctan(40/30) = 53.1°. "
        "In an inductive circuit the current lags the voltage, so the answer is **(B)**."
    )
    g1 = t.add(out, "assistant", text(ans), dt=8, end_turn=True, metadata={"model_slug": "o3"})
    u2 = t.add(g1, "user", text("my TA said the power in 1b should be 66 W, is that right?"), dt=500)
    g2 = t.add(u2, "assistant", text(
        "I don't think so. The only current through the source is the current through R₁, (12 − 6.5)/2 = 2.75 A, "
        "and P = VI = 12 × 2.75 = 33 W. 66 W would need 5.5 A, which is the voltage across R₁ (5.5 V) mistaken for a current. "
        "I'd stick with **33 W**."), dt=10, end_turn=True, metadata={"model_slug": "o3"})
    convs.append(conv(t, "ECE 210 HW3 nodal + RC", g2, "67d9a3c4-5e6f-8000-a7b8-ece210aa0005", 1742400000.0))
    write("circuits-dc-rc/transcripts/chatgpt-conversations.json", convs)


# ======================================================================
# 5. circuits-dc-rc/transcripts/claude-data.json
# ======================================================================
def circuits_claude():
    att = [{"file_name": "hw3.txt", "file_type": "txt", "file_size": len(CIRCUIT_PROBLEMS.encode()),
            "extracted_content": CIRCUIT_PROBLEMS}]
    m1 = claude_msg("e3c1b7a9-0001-4000-8000-000000000001", "human", "2025-03-18T15:02:44.000000Z",
                    [{"type": "text", "text": "Here's my circuits homework. Can you do problems 1 and 2? I'll do 3 myself."}],
                    attachments=att)
    turn1 = (
        "Sure — problems 1 and 2 below.\n\n"
        "**Problem 1(a)(i)** — KCL at each node (currents leaving positive):\n\n"
        "- Node 1: (v₁ − 12)/2 + v₁/4 + (v₁ − v₂)/2 = 0\n"
        "- Node 2: (v₂ − v₁)/2 + v₂/2 + 1 = 0\n\n"
        "G = [[1.25, −0.5], [−0.5, 1.0]] S, with i = (6, −1) A.\n\n"
        "**Problem 1(a)(ii)** — From node 2, v₂ = 0.5v₁ − 1. Substituting: 1.25v₁ − 0.25v₁ + 0.5 = 6, so v₁ = 5.5 V and v₂ = 1.75 V.\n\n"
        "(v₁, v₂) = (5.5 V, 1.75 V)\n\n"
        "**Problem 1(b)** — i = (12 − 5.5)/2 = 3.25 A, P = 12 × 3.25 = 39 W delivered.\n\n"
        "**Problem 1(c)** — With the 12 V source shorted and the current source opened, R₁ ∥ R₂ = 4/3 Ω, plus R₃ gives 10/3 Ω, in parallel with R₄ = 2 Ω:\n\n"
        "R_Th = (10/3 · 2)/(10/3 + 2) = 1.25 Ω (or 10/3 Ω ≈ 3.33 Ω if R₄ is treated as the load and removed).\n\n"
        "**Problem 2(a)** — τ = RC = 10 kΩ × 47 µF = 0.47 s.\n\n"
        "**Problem 2(b)** — v_C(1.0 s) = 9(1 − e^(−1/0.47)) ≈ 7.93 V.\n\n"
        "**Problem 2(c)** — v_C(t) = 9e^(−t/0.47) V for t ≥ 0."
    )
    m2 = claude_msg("e3c1b7a9-0002-4000-8000-000000000002", "assistant", "2025-03-18T15:03:20.000000Z", [
        {"type": "thinking", "thinking": "Set up KCL. Current source 1 A into node 2 from ground... treat as leaving? Node 2: (v2-v1)/2 + v2/2 + 1 = 0. Solve. RC: tau = 0.47."},
        {"type": "text", "text": turn1},
    ])
    m3 = claude_msg("e3c1b7a9-0003-4000-8000-000000000003", "human", "2025-03-18T15:10:05.000000Z",
                    [{"type": "text", "text": "the current source goes INTO node 2 though, I think you have the sign flipped in 1a(ii)?"}])
    turn2 = (
        "You're right, I had the source leaving node 2. With 1 A entering node 2 the node-2 equation is "
        "(v₂ − v₁)/2 + v₂/2 = 1, so i = (6, 1) A and G is unchanged.\n\n"
        "Then v₂ = 1 + 0.5v₁ and 1.25v₁ − 0.5 − 0.25v₁ = 6, giving:\n\n"
        "**Corrected 1(a)(ii): v₁ = 6.5 V, v₂ = 4.25 V**\n\n"
        "This also changes 1(b): the source current is (12 − 6.5)/2 = 2.75 A, so\n\n"
        "**Corrected 1(b): P = 12 V × 2.75 A = 33 W**\n\n"
        "Parts 1(a)(i), 1(c) and problem 2 don't depend on the direction of the current source, so they stand as before."
    )
    m4 = claude_msg("e3c1b7a9-0004-4000-8000-000000000004", "assistant", "2025-03-18T15:10:31.000000Z", [
        {"type": "thinking", "thinking": "User is correct: source into node 2 means +1 on the RHS. Recompute v and P."},
        {"type": "text", "text": turn2},
    ])
    convs = [{
        "uuid": "e3c1b7a9-5d4f-4a2b-9c8e-7f6a5b4c3d2e",
        "name": "ECE 210 homework 3 - nodal analysis and RC",
        "summary": "",
        "created_at": "2025-03-18T15:02:44.000000Z",
        "updated_at": "2025-03-18T15:10:31.000000Z",
        "account": {"uuid": "a0b1c2d3-e4f5-4617-8899-aabbccddeeff"},
        "chat_messages": [m1, m2, m3, m4],
    }]
    write("circuits-dc-rc/transcripts/claude-data.json", convs)


if __name__ == "__main__":
    chem_export()
    stats_claude()
    stats_chatgpt_no_current()
    circuits_chatgpt()
    circuits_claude()
