#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts of final79.

Writes:
  traffic-webster/transcripts/conversations.json    ChatGPT export (current_node, regenerated branch,
                                                     thoughts/reasoning_recap, python tool call, citations,
                                                     an unrelated second conversation)
  loan-amortization/transcripts/claude-export.json  Claude export (thinking, tool_use/tool_result,
                                                     attachment with extracted_content, unrelated conversation)
  beer-lambert/transcripts/chatgpt-export.json      ChatGPT export WITHOUT current_node (graded branch = leaf
                                                     with the latest create_time), regenerated branch, tool call
Re-running gives byte-identical files (fixed ids and timestamps, sorted output order).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CITE = "\ue200cite\ue202turn0search3\ue201"


def dump(obj, rel):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


class Tree:
    """Builds a ChatGPT `mapping`."""

    def __init__(self, prefix, t0, with_children=True):
        self.prefix, self.t, self.n = prefix, t0, 0
        self.mapping = {}
        self.with_children = with_children
        rid = self._id()
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.root = rid

    def _id(self):
        self.n += 1
        return "%s-%04d-4c1e-9d2a-%012d" % (self.prefix, self.n, self.n)

    def add(self, parent, role, content, dt=7, recipient="all", hidden=False, extra=None):
        nid = self._id()
        self.t += dt
        meta = {"is_visually_hidden_from_conversation": True} if hidden else {}
        if extra:
            meta.update(extra)
        msg = {
            "id": nid,
            "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content["content_type"] == "text" else None,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def out(self):
        if not self.with_children:
            for node in self.mapping.values():
                del node["children"]
        return self.mapping


def text(s):
    return {"content_type": "text", "parts": [s]}


def chatgpt_conv(title, tree, t0, current=None, cid="0"):
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": tree.t,
        "mapping": tree.out(),
        "moderation_results": [],
        "plugin_ids": None,
        "conversation_id": cid,
        "default_model_slug": "gpt-4o",
        "id": cid,
    }
    if current is not None:
        conv["current_node"] = current
    return conv


# ----------------------------------------------------------------------------- traffic-webster
def traffic():
    convs = []
    # unrelated conversation
    t0 = 1731300000.0
    tr = Tree("a17e0c2b", t0)
    s = tr.add(tr.root, "system", text(""), hidden=True)
    u = tr.add(s, "user", text("what should I pack for a 2-day hike in november, around 15 km per day?"))
    a = tr.add(u, "assistant", text("For two days and ~15 km/day in November:\n\n- insulated jacket and a warm hat\n- 2 L of water per day\n- headlamp (sunset is early)\n- map plus an offline GPS app\n\nPack about 2 500 kcal of food per day."))
    convs.append(chatgpt_conv("November hike packing", tr, t0, a, "6751a0aa-0000-800b-aaaa-000000000001"))

    t0 = 1731382440.0
    tr = Tree("b5d2f9e1", t0)
    s = tr.add(tr.root, "system", text(""), hidden=True)
    u = tr.add(s, "user", text(
        "Traffic HW 6.\n"
        "Q1. Two-phase fixed-time signal, critical flow ratios y1 = 0.30, y2 = 0.25, lost time 4 s per phase.\n"
        "(a) Y\n(b) Webster optimum cycle C0 = (1.5L+5)/(1-Y), nearest 0.1 s\n"
        "(c) city uses C = 60 s; effective green for phase 1 (proportional to y), nearest 0.1 s\n"
        "(d) same for phase 2\n"
        "Q2. s = 1900 veh/h, g = 25 s, C = 80 s, v = 450 veh/h. (a) capacity, nearest veh/h (b) X, 3 decimals "
        "(c) uniform delay d1 = 0.5C(1-g/C)^2/(1-min(1,X)g/C), nearest 0.1 s\n"
        "Q3. As Y -> 1 the optimum cycle: (A) decreases toward L (B) stays the same (C) grows without bound (D) approaches 1.5L+5"))
    # first (regenerated-away) answer: used L = 4 s
    old = tr.add(u, "assistant", text(
        "**1(a)** Y = 0.30 + 0.25 = 0.55\n\n"
        "**1(b)** C₀ = (1.5·4 + 5)/(1 − 0.55) = 11/0.45 = **24.4 s**\n\n"
        "**1(c)** g₁ = (60 − 4)·0.30/0.55 = **30.5 s**\n\n"
        "**1(d)** g₂ = (60 − 4)·0.25/0.55 = **25.5 s**\n\n"
        "**2(a)** c = 1900·25/80 = **594 veh/h**\n\n"
        "**2(b)** X = **0.758**\n\n"
        "**2(c)** d₁ ≈ **24.8 s**\n\n"
        "**3** **(C)**"))
    # regenerated answer (the one shown)
    th = tr.add(u, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Lost time", "content": "Two phases at 4 s each, so L = 8 s. If I mistakenly used L = 4 the cycle would be 24.4 s."},
        {"summary": "Delay", "content": "X = 0.758 < 1 so min(1, X) = X. d1 about 24.8 s; a rough guess earlier was 26 s."}],
        "source_analysis_msg_id": "x"}, dt=3)
    rr = tr.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 12 seconds"}, dt=1)
    code = tr.add(rr, "assistant", {"content_type": "code", "language": "python", "text":
        "L = 2*4\nY = 0.30 + 0.25\nC0 = (1.5*L + 5)/(1 - Y)\nG = 60 - L\ng1, g2 = G*0.30/Y, G*0.25/Y\n"
        "cap = 1900*25/80\nX = 450/cap\nd1 = 0.5*80*(1 - 25/80)**2/(1 - min(1, X)*25/80)\n"
        "print(Y, C0, g1, g2, cap, X, d1)"}, recipient="python", dt=2)
    out = tr.add(code, "tool", {"content_type": "execution_output", "text":
        "0.55 37.77777777777778 28.36363636363636 23.636363636363633 593.75 0.7578947368421053 24.773706896551726"}, dt=1)
    ans = tr.add(out, "assistant", text(
        "Here's the full solution (numbers checked in Python above).\n\n"
        "### Question 1\n\n"
        "**(a)** Y = y₁ + y₂ = 0.30 + 0.25 = **0.55**\n\n"
        "**(b)** Total lost time L = 2 × 4 = 8 s. Webster's formula " + CITE + " gives\n\n"
        "$$C_0 = \\frac{1.5 \\cdot 8 + 5}{1 - 0.55} = \\frac{17}{0.45} = 37.78$$\n\n"
        "so the optimum cycle is **C₀ ≈ 37.8 s**.\n\n"
        "**(c)** Effective green G = 60 − 8 = 52 s, so phase 1 gets g₁ = 52 × 0.30/0.55 ≈ **28.4 s**.\n\n"
        "**(d)** Phase 2 gets g₂ = 52 × 0.25/0.55 ≈ **23.6 s**.\n\n"
        "### Question 2\n\n"
        "**(a)** Capacity c = s·g/C = 1900 × 25/80 = 593.75 ≈ **594 veh/h**\n\n"
        "**(b)** X = v/c = 450/593.75 ≈ **0.758**\n\n"
        "**(c)** Since X < 1, min(1, X) = X:\n\n"
        "$$d_1 = \\frac{0.5 \\cdot 80 \\cdot (1 - 0.3125)^2}{1 - 0.758 \\cdot 0.3125} = \\frac{18.906}{0.7632} = 24.77$$\n\n"
        "so **d₁ ≈ 24.8 s/veh**.\n\n"
        "### Question 3\n\n"
        "I don't see the answer options for Question 3 in what you pasted — could you send them? Then I'll pick the right one.\n\n"
        "| Part | Value |\n|---|---|\n| 1(a) | 0.55 |\n| 1(b) | 37.8 s |\n| 1(c) | 28.4 s |\n| 1(d) | 23.6 s |\n"
        "| 2(a) | 594 veh/h |\n| 2(b) | 0.758 |\n| 2(c) | 24.2 s |"), dt=9)
    u2 = tr.add(ans, "user", text("what would the delay be if the demand were 600 veh/h instead?"), dt=60)
    a2 = tr.add(u2, "assistant", text(
        "With v = 600 veh/h, X = 600/593.75 ≈ 1.01 > 1, so min(1, X) = 1 and\n\n"
        "d₁ = 0.5 × 80 × 0.4727 / (1 − 0.3125) ≈ 27.5 s\n\n"
        "Note that the lane group is then over capacity, so the overflow delay term would dominate."))
    convs.append(chatgpt_conv("Webster signal timing HW", tr, t0, a2, "6751a2f0-8c4e-800b-93d1-2f0e5b7ac114"))
    dump(convs, "traffic-webster/transcripts/conversations.json")


# ----------------------------------------------------------------------------- loan-amortization
PROBLEMS_LOAN = open(os.path.join(ROOT, "loan-amortization", "problems.md"), encoding="utf-8").read()


def cmsg(uuid, sender, t, blocks, attachments=()):
    return {
        "uuid": uuid,
        "text": "\n\n".join(b["text"] for b in blocks if b["type"] == "text"),
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": list(attachments),
        "files": [],
    }


def tb(s, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": s, "citations": []}


def loan():
    convs = []
    convs.append({
        "uuid": "0b7c2e4a-1111-4a8e-9c3d-7f1e2d3c4b5a",
        "name": "Cover letter edits",
        "created_at": "2025-02-27T18:02:11.000000Z",
        "updated_at": "2025-02-27T18:05:40.000000Z",
        "account": {"uuid": "5f0e1d2c-0000-4000-8000-000000000001"},
        "chat_messages": [
            cmsg("c1a0-0001", "human", "2025-02-27T18:02:11.000000Z",
                 [tb("Can you tighten this opening line? 'I am writing to express my interest in the analyst role.'",
                     "2025-02-27T18:02:11.000000Z", "2025-02-27T18:02:11.000000Z")]),
            cmsg("c1a0-0002", "assistant", "2025-02-27T18:02:20.000000Z",
                 [tb("Try: \"I'd like to bring three years of credit-risk modelling to your analyst team.\"",
                     "2025-02-27T18:02:14.000000Z", "2025-02-27T18:02:20.000000Z")]),
        ],
    })
    t = "2025-03-04T20:%s.000000Z"
    msgs = [
        cmsg("d2b1-0001", "human", t % "10:05",
             [tb("Please solve the attached problem set, showing the formulas.", t % "10:05", t % "10:05")],
             attachments=[{"file_name": "ps2_amortization.md", "file_type": "text/markdown",
                           "file_size": len(PROBLEMS_LOAN.encode("utf-8")), "extracted_content": PROBLEMS_LOAN}]),
        cmsg("d2b1-0002", "assistant", t % "11:02", [
            {"start_timestamp": t % "10:09", "stop_timestamp": t % "10:20", "type": "thinking",
             "thinking": "Car loan: r = 0.005, n = 60, payment about 347.99. Balance after 12: maybe iterate, "
                         "or use the closed form, 14817.55 vs 14817.54 depending on rounding. Mortgage payment "
                         "1266.71, total interest about 206,016. Payoff at 1500/month: about 262 months.",
             "summaries": [{"summary": "Computing the amortization values."}], "cut_off": False},
            tb("I'll compute the values with a quick script first.", t % "10:21", t % "10:23"),
            {"start_timestamp": t % "10:23", "stop_timestamp": t % "10:30", "type": "tool_use", "name": "repl",
             "input": {"code": "const pmt=(P,r,n)=>P*r/(1-Math.pow(1+r,-n));\n"
                               "const M=pmt(18000,0.005,60);\n"
                               "const B12=18000*Math.pow(1.005,12)-M*(Math.pow(1.005,12)-1)/0.005;\n"
                               "const M2=pmt(250000,0.00375,360);\n"
                               "console.log(M.toFixed(4), B12.toFixed(4), M2.toFixed(4), (M2*360-250000).toFixed(2));\n"
                               "console.log((-Math.log(1-250000*0.00375/1500)/Math.log(1.00375)).toFixed(3));"},
             "message": "Analysing the loan numbers"},
            {"start_timestamp": t % "10:30", "stop_timestamp": t % "10:31", "type": "tool_result", "name": "repl",
             "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"347.9904 14817.5430 1266.7133 206016.78\",\"262.045\"]}",
                          "uuid": "e3c2-0001"}], "is_error": False},
            tb("## Exercise 2.1\n\n"
               "**(a)** With r = 0.06/12 = 0.005 and n = 60,\n\n"
               "M = 18,000 · 0.005 / (1 − 1.005⁻⁶⁰) = **$347.99**\n\n"
               "**(b)** First-month interest = 18,000 × 0.005 = **$90.00**\n\n"
               "**(c)** Using the closed form B₁₂ = P(1+r)¹² − M((1+r)¹² − 1)/r:\n\n"
               "B₁₂ = 19,110.20 − 4,292.66 = **$14,817.54**\n\n"
               "## Exercise 2.2\n\n"
               "**(a)** r = 0.00375, n = 360 → M = **$1,266.71**\n\n"
               "**(b)** Total interest = 360 × 1,266.7133 − 250,000 = 206,016.78, i.e. **$206,017**\n\n"
               "**(c)** n = −ln(1 − 0.625)/ln(1.00375) = 262.045, so **262 payments**.\n\n"
               "## Exercise 2.3\n\n"
               "**(a)** **B** — each payment's principal portion grows because the interest portion shrinks with the balance.\n\n"
               "**(b)** **False.** A 60-year term gives about $1,005.41 per month, far more than half of $1,266.71.",
               t % "10:31", t % "11:02"),
        ]),
        cmsg("d2b1-0003", "human", t % "14:40",
             [tb("For 2.2(c) the sheet says the last payment may be smaller. 262.045 isn't a whole number of payments — is 262 right?",
                 t % "14:40", t % "14:40")]),
        cmsg("d2b1-0004", "assistant", t % "14:52", [
            {"start_timestamp": t % "14:41", "stop_timestamp": t % "14:44", "type": "thinking",
             "thinking": "After 262 payments a small balance remains, so a 263rd partial payment is needed.",
             "summaries": [], "cut_off": False},
            tb("Good catch — I truncated instead of rounding up. After 262 payments of $1,500 there is still about $67 "
               "left, so one more (smaller) payment is needed.\n\n"
               "**Corrected 2.2(c): 263 payments** (262 × $1,500 plus a final payment of about $67).",
               t % "14:45", t % "14:52"),
        ]),
    ]
    convs.append({
        "uuid": "7a4d9c10-2222-4b6f-8e0d-1c2b3a4d5e6f",
        "name": "Amortization problem set",
        "created_at": t % "10:05",
        "updated_at": t % "14:52",
        "account": {"uuid": "5f0e1d2c-0000-4000-8000-000000000001"},
        "chat_messages": msgs,
    })
    dump(convs, "loan-amortization/transcripts/claude-export.json")


# ----------------------------------------------------------------------------- beer-lambert
def beer():
    convs = []
    t0 = 1741000000.0
    tr = Tree("c9e4a7d3", t0, with_children=True)
    u = tr.add(tr.root, "user", text("quick one: equivalence point of 25.0 mL 0.100 M HCl titrated with 0.125 M NaOH?"))
    a = tr.add(u, "assistant", text("Moles HCl = 2.50 mmol, so V(NaOH) = 2.50/0.125 = 20.0 mL at the equivalence point."))
    convs.append(chatgpt_conv("Titration equivalence point", tr, t0, None, "67c5b0aa-0000-800b-bbbb-000000000002"))

    t0 = 1741210000.0
    tr = Tree("f03b6d18", t0, with_children=False)
    u = tr.add(tr.root, "user", text(
        "CHEM 1120 handout 4\n"
        "Q1. dye eps = 15,200 L mol^-1 cm^-1 at 520 nm, 4.0 x 10^-5 M, 1.00 cm cuvette. 1(a) absorbance 1(b) %T to the nearest 0.1 % 1(c) absorbance in a 0.50 cm cuvette\n"
        "Q2. NADH eps = 6220 at 340 nm, A = 0.452 in a 1.00 cm cell. 2(a) concentration in uM, 3 s.f. 2(b) diluted 1 mL -> 10 mL before measurement; original concentration in uM 2(c) A as an expression in T\n"
        "Q3. %T = 35.0, absorbance to three decimals\n"
        "Q4. at high concentration the A vs c plot (A) curves upward (B) curves downward (C) stays perfectly linear (D) passes through a maximum then falls to 0"))
    # earlier branch (created first)
    tr.add(u, "assistant", text(
        "**1(a)** A = 0.608\n\n**1(b)** %T = 24.7 %\n\n**1(c)** A = 0.304\n\n"
        "**2(a)** 72.7 µM\n\n**2(b)** 727 µM\n\n**2(c)** A = −log₁₀ T\n\n**Q3** 0.456\n\n**Q4** (B)"))
    # regenerated branch (created later; this leaf has the latest create_time)
    th = tr.add(u, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Dilution", "content": "1 mL made up to 10 mL is a factor of 10; A = 0.61 roughly, T about 25 %."}],
        "source_analysis_msg_id": "y"}, dt=40)
    code = tr.add(th, "assistant", {"content_type": "code", "language": "python", "text":
        "import math\nA = 15200*1.00*4.0e-5\nprint(A, 100*10**-A, 15200*0.5*4.0e-5)\n"
        "c = 0.452/6220*1e6\nprint(c)\nprint(-math.log10(0.350))"}, recipient="python", dt=2)
    out = tr.add(code, "tool", {"content_type": "execution_output", "text":
        "0.6080000000000001 24.660393372343385 0.30400000000000005\n72.66881028938907\n0.4559319556497244"}, dt=1)
    tr.add(out, "assistant", text(
        "**Q1**\n\n"
        "1(a) A = εbc = 15,200 × 1.00 × 4.0 × 10⁻⁵ = **0.608**\n\n"
        "1(b) T = 10^(−0.608), so %T = **24.66 %**\n\n"
        "1(c) Half the path length, half the absorbance: **A = 0.304**\n\n"
        "**Q2**\n\n"
        "2(a) c = 0.452/(6220 × 1.00) = 7.267 × 10⁻⁵ M = **72.7 µM**\n\n"
        "2(b) Adding 1 mL of sample to 10 mL of buffer is an 11-fold dilution, so the original sample was "
        "72.67 × 11 = **800 µM**\n\n"
        "2(c) **A = log₁₀(1/T)**\n\n"
        "**Q3**\n\nA = −log₁₀(0.350) = **0.456** " + CITE + "\n\n"
        "**Q4**\n\nSo the answer is (B), or (D) if the detector saturates at high absorbance."), dt=8)
    convs.append(chatgpt_conv("Beer-Lambert prelab", tr, t0, None, "67c8e1f0-5d2a-800b-91c3-4e7f2a6b0d19"))
    dump(convs, "beer-lambert/transcripts/chatgpt-export.json")


if __name__ == "__main__":
    traffic()
    loan()
    beer()
