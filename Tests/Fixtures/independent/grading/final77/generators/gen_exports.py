#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts of final77.
Re-running gives byte-identical files (fixed ids and timestamps, sorted nothing random)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CITE_A, CITE_B = "\ue200", "\ue201"

def read(p):
    with open(os.path.join(ROOT, p), encoding="utf-8") as f:
        return f.read()

def cg_msg(mid, role, text, t, ctype="text", extra=None, recipient="all", meta=None):
    content = {"content_type": ctype}
    if ctype in ("text", "code", "execution_output"):
        if ctype == "text":
            content["parts"] = [text]
        else:
            content["text"] = text
            if ctype == "code":
                content["language"] = "unknown"
    if extra:
        content.update(extra)
    return {"id": mid, "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
            "create_time": t, "update_time": None, "content": content, "status": "finished_successfully",
            "end_turn": role == "assistant" and ctype == "text", "weight": 1.0,
            "metadata": meta or {}, "recipient": recipient}

def cg_conv(title, nodes, t0, current=True, children=True):
    """nodes: list of (id, parent, message-or-None)"""
    mapping = {}
    for nid, parent, msg in nodes:
        mapping[nid] = {"id": nid, "message": msg, "parent": parent}
        if children:
            mapping[nid]["children"] = [c for c, p, _ in nodes if p == nid]
    conv = {"title": title, "create_time": t0, "update_time": t0 + 900, "mapping": mapping}
    if current:
        # leaf of the last listed node chain
        conv["current_node"] = current
    conv["conversation_id"] = "c-" + title.lower().replace(" ", "-")[:20]
    conv["id"] = conv["conversation_id"]
    return conv

def dump(path, obj):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

# ---------------------------------------------------------------- projectile: ChatGPT export
P = read("projectile/problems.md")
T = 1741000000.0
branch_a = ("Here are the results.\n\n**1(a)** t = 2.34 s\n**1(b)** H = 6.71 m\n**1(c)** R = 40.2 m\n"
            "**1(d)** v = 11.5 m/s\n**2(a)** t = 3.03 s\n**2(b)** x = 36.3 m\n**2(c)** 68.0°\n**2(d)** (B)")
code = ("from math import *\ng=9.81; v=20; th=radians(35)\nT=2*v*sin(th)/g; H=(v*sin(th))**2/(2*g); R=v*v*sin(2*th)/g\n"
        "sp=hypot(v*cos(th), v*sin(th)-g)\nt=sqrt(2*45/g); x=12*t; ang=degrees(atan(12/(g*t)))\n"
        "print(round(T,4), round(H,4), round(R,4), round(sp,4), round(t,4), round(x,4), round(ang,3))")
out = "2.3387 6.7072 38.3157 16.4671 3.0289 36.347 21.992"
final_b = (
"## Problem 1 — Kicked ball\n\n"
"Components: $v_x = 20\\cos 35^\\circ = 16.38$ m/s, $v_y = 20\\sin 35^\\circ = 11.47$ m/s.\n\n"
"### (a)\n$$t = \\frac{2 v_y}{g} = \\frac{2(11.47)}{9.81}$$\n**Answer:** $t \\approx 2.34$ s\n\n"
"### (b)\n$$H = \\frac{v_y^2}{2g} = \\frac{(11.47)^2}{19.62}$$\n**Answer:** $H \\approx 6.71$ m\n\n"
"### (c)\n**Answer:** $R = v_x t \\approx 38.3$ m\n\n"
"### (d)\nAt $t = 1.0$ s, $v_y = 11.47 - 9.81 = 1.66$ m/s, so $v = \\sqrt{16.38^2 + 1.66^2}$.\n**Answer:** $v \\approx 16.5$ m/s\n\n"
"## Problem 2 — Off the cliff\n\n"
"### (a)\n$t = \\sqrt{2h/g} = \\sqrt{90/9.81}$, **Answer:** $t \\approx 3.03$ s\n\n"
"### (b)\n**Answer:** $x = 12 \\times 3.03 \\approx 36.3$ m\n\n"
"### (c)\nThe impact direction satisfies $\\tan\\theta = v_x / v_y = 12/29.7$.\n**Answer:** $\\theta \\approx 22.0^\\circ$\n\n"
"### (d)\nRange $\\propto \\sin 2\\theta$, maximal at $2\\theta = 90^\\circ$, so the answer is **(B) 45°** "
+ CITE_A + "cite" + CITE_B + ".")
nodes = [
    ("root", None, None),
    ("sys", "root", cg_msg("sys", "system", "", None, meta={"is_visually_hidden_from_conversation": True})),
    ("u1", "sys", cg_msg("u1", "user", "Can you solve this HW? Show work briefly.\n\n" + P, T + 10)),
    ("a1", "u1", cg_msg("a1", "assistant", branch_a, T + 40)),
    ("a2", "u1", cg_msg("a2", "assistant", code, T + 80, ctype="code", recipient="python")),
    ("t2", "a2", cg_msg("t2", "tool", out, T + 82, ctype="execution_output")),
    ("a3", "t2", cg_msg("a3", "assistant", final_b, T + 95)),
]
conv1 = cg_conv("Projectile HW 3", nodes, T, current="a3")
other = cg_conv("Quick pasta sauce", [
    ("r", None, None),
    ("q", "r", cg_msg("q", "user", "Simple tomato sauce for 2 people?", T - 5000)),
    ("a", "q", cg_msg("a", "assistant", "Sauté 2 cloves of garlic in olive oil, add 400 g of crushed tomatoes, simmer 20 minutes, salt to taste.", T - 4990)),
], T - 5000, current="a")
dump("projectile/transcripts/conversations.json", [other, conv1])

# ---------------------------------------------------------------- survey: ChatGPT export, no current_node
S = read("survey-moe/problems.md")
T = 1742000000.0
old = ("**4.1** (a) SE = 0.0142 (b) MOE = 0.0279 (c) (0.3921, 0.4479) (d) n = 2401\n"
       "**4.2** (a)(i) 0.8719 (ii) 0.0243 (b) A (c) $z\\sqrt{p(1-p)/n}$")
thoughts = {"thoughts": [{"summary": "Computing the standard error", "content": "SE = sqrt(.42*.58/1200) = 0.01425; maybe n = 2401 or 2400."}], "source_analysis_msg_id": "x"}
final = (
"Sure — here is the worked solution.\n\n"
"### Exercise 4.1\n\n"
"**(a)** $SE = \\sqrt{\\hat p(1-\\hat p)/n} = \\sqrt{0.42 \\cdot 0.58 / 1200} = \\sqrt{0.000203}$\n\n"
"$$SE \\approx 0.0142$$\n\n"
"**(b)** $MOE = 1.96 \\times 0.014248 \\approx \\mathbf{0.0279}$\n\n"
"**(c)** $0.42 \\pm 0.0279$ gives the interval **(0.3921, 0.4479)**.\n\n"
"**(d)** $n = 1.96^2 (0.25) / 0.02^2 = 2401$, which we round to a clean figure:\n\n"
"\\[ n = 2400 \\]\n\n"
"### Exercise 4.2\n\n"
"**(a)(i)** The correction factor is $\\sqrt{(5000-1200)/5000} = \\sqrt{0.76}$, so **FPC ≈ 0.8718**.\n\n"
"**(a)(ii)** Corrected MOE $= 0.0279 \\times 0.8718 \\approx$ **0.0243**\n\n"
"**(b)** MOE scales as $1/\\sqrt{n}$, so quadrupling $n$ halves it: **A** " + CITE_A + "turn0search1" + CITE_B + "\n\n"
"**(c)** $$MOE = z\\sqrt{\\frac{p(1-p)}{n}}$$")
nodes = [
    ("root", None, None),
    ("u1", "root", cg_msg("u1", "user", "stats homework, please solve everything\n\n" + S, T + 5)),
    ("a_old", "u1", cg_msg("a_old", "assistant", old, T + 30)),
    ("th", "u1", cg_msg("th", "assistant", "", T + 60, ctype="thoughts", extra=thoughts)),
    ("rr", "th", cg_msg("rr", "assistant", "", T + 61, ctype="reasoning_recap", extra={"content": "Thought for 12 seconds"})),
    ("a_new", "rr", cg_msg("a_new", "assistant", final, T + 75)),
]
conv2 = cg_conv("Margin of error exercises", nodes, T, current=None, children=False)
other2 = cg_conv("Email to landlord", [
    ("r", None, None),
    ("q", "r", cg_msg("q", "user", "Write a polite email asking to fix the heating.", T + 3000)),
    ("a", "q", cg_msg("a", "assistant", "Dear Ms. Park, the radiator in the bedroom has not worked since 2 March ...", T + 3010)),
], T + 3000, current=None, children=False)
dump("survey-moe/transcripts/conversations.json", [other2, conv2])

# ---------------------------------------------------------------- gas: Claude export
G = read("gas-carnot/problems.tex")
def cl_msg(uuid, sender, t, blocks, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {"uuid": uuid, "sender": sender, "text": text, "content": list(blocks),
            "created_at": t, "updated_at": t, "attachments": list(attachments), "files": []}
def tb(s): return {"type": "text", "text": s}
ans1 = (
"I'll work through both problems.\n\n"
"**Problem 1**\n\n"
"(a) $p_1 = nRT_1/V_1 = (2.00)(8.314)(300)/0.0500$\n\n"
"**p₁ = 99,768 Pa ≈ 9.98 × 10⁴ Pa**\n\n"
"(b) For an isothermal process $W = nRT\\ln(V_2/V_1)$. Using the ratio 2:\n\n"
"$W = 4988.4 \\times \\log(2) = 4988.4 \\times 0.301$\n\n"
"**W ≈ 1502 J**\n\n"
"(c) Boyle's law: $p_2 = p_1/2$ → **p₂ ≈ 49,884 Pa**\n\n"
"(d) $T V^{\\gamma-1}$ is constant: $T_2 = 300 \\cdot 2^{2/3}$ → **T₂ ≈ 476 K**\n\n"
"**Problem 2**\n\n"
"(a) η = 1 − 300/500 = **0.40**\n\n"
"(b) W = 0.40 × 1200 J = **480 J**\n\n"
"(c) Q_C = 1200 − 480 = **720 J**\n\n"
"(d) This depends on what the course means by a \"real\" engine — do you want me to assume irreversibilities are present, or only that it runs between the same two reservoirs?")
ans2 = ("Good question. If the gas were diatomic (γ = 7/5), then T₂ = 300 · 2^{0.4} ≈ 396 K. "
        "But the problem states the gas is monatomic, so for part (d) the answer remains 476 K.")
conv_g = {"uuid": "5b1f0c9e-0000-4000-8000-000000000006", "name": "Thermo problem set 6",
          "created_at": "2025-03-10T18:02:11.000000Z", "updated_at": "2025-03-10T18:20:40.000000Z",
          "account": {"uuid": "acc-0001"},
          "chat_messages": [
    cl_msg("m1", "human", "2025-03-10T18:02:11.000000Z", [tb("Solve the attached problem set please.")],
           [{"file_name": "ps6.tex", "file_type": "text/x-tex", "file_size": len(G), "extracted_content": G}]),
    cl_msg("m2", "assistant", "2025-03-10T18:02:50.000000Z", [
        {"type": "thinking", "thinking": "p1 = 99768. W maybe 3458. For 1d if diatomic 396 K. eta=0.4 so W=480, Qc=720.",
         "summaries": [{"summary": "Working through gas law computations"}]},
        {"type": "tool_use", "name": "repl", "input": {"code": "console.log(2*8.314*300/0.05, 300*Math.pow(2,2/3))"}},
        {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "99768 476.2203155904598"}], "is_error": False},
        tb(ans1)]),
    cl_msg("m3", "human", "2025-03-10T18:15:02.000000Z", [tb("for 1(d), what if the gas is diatomic instead?")]),
    cl_msg("m4", "assistant", "2025-03-10T18:15:20.000000Z", [tb(ans2)]),
]}
conv_o = {"uuid": "5b1f0c9e-0000-4000-8000-000000000001", "name": "Birthday card poem",
          "created_at": "2025-03-01T09:00:00.000000Z", "updated_at": "2025-03-01T09:01:00.000000Z",
          "account": {"uuid": "acc-0001"},
          "chat_messages": [
    cl_msg("o1", "human", "2025-03-01T09:00:00.000000Z", [tb("A four line poem for my sister turning 30")]),
    cl_msg("o2", "assistant", "2025-03-01T09:00:30.000000Z", [tb("Thirty candles, one bright flame,\nstill the laugh I'd know by name ...")]),
]}
dump("gas-carnot/transcripts/claude-export.json", [conv_o, conv_g])
print("ok")
