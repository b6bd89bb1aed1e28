#!/usr/bin/env python3
"""Write the JSON chat exports of the dev12 corpus.

Deterministic: fixed ids and timestamps, so re-running gives byte-identical files.
Run from anywhere: python3 generators/make_exports.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE = "\ue200cite\ue202turn0search1\ue201"
FENCE_MARK = "\ue203"


# ---------------------------------------------------------------- ChatGPT helpers
def cg_msg(mid, role, t, content, recipient="all", name=None, extra_meta=None):
    meta = {"model_slug": "gpt-4o"} if role == "assistant" else {}
    if extra_meta:
        meta.update(extra_meta)
    return {
        "id": mid,
        "author": {"role": role, "name": name, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": True if role == "assistant" and recipient == "all" else None,
        "weight": 1.0,
        "metadata": meta,
        "recipient": recipient,
        "channel": None,
    }


def text(parts):
    return {"content_type": "text", "parts": parts}


class Tree:
    def __init__(self, root_id):
        self.mapping = {root_id: {"id": root_id, "message": None, "parent": None, "children": []}}

    def add(self, nid, parent, message):
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)


def conversation(title, cid, t0, t1, tree, current_node=None, model="gpt-4o"):
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": t1,
        "mapping": tree.mapping,
        "moderation_results": [],
    }
    if current_node is not None:
        conv["current_node"] = current_node
    conv.update({
        "plugin_ids": None,
        "conversation_id": cid,
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": model,
        "id": cid,
    })
    return conv


def write(path, data):
    full = os.path.join(ROOT, path)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ---------------------------------------------------------------- optics: ChatGPT export
def optics_export():
    # unrelated conversation first
    t = Tree("aaaa0000-root")
    t.add("aaaa0001", "aaaa0000-root", cg_msg("aaaa0001", "user", 1741900000.0,
          text(["What can I make with canned tomatoes, garlic and some old parmesan?"])))
    t.add("aaaa0002", "aaaa0001", cg_msg("aaaa0002", "assistant", 1741900008.5,
          text(["A quick marinara: sauté 3 sliced garlic cloves in olive oil, add the tomatoes, "
                "simmer 20 minutes, season, and finish with grated parmesan. Serves 2."])))
    pasta = conversation("Pasta sauce ideas", "aaaa-conv", 1741900000.0, 1741900008.5, t, "aaaa0002")

    problem = (
        "PHYS 2140 Problem Set 5 — please solve all of it.\n\n"
        "1. Thin lenses. An object is placed 30 cm in front of a thin converging lens of focal length f = 20 cm.\n"
        "(a) Find the image distance d_i (in cm).\n(b) Find the lateral magnification m.\n"
        "(c) The image is (A) real and inverted (B) virtual and upright (C) real and upright (D) virtual and inverted\n\n"
        "2. Refraction. n_air = 1.00, n_water = 1.33, n_glass = 1.50.\n"
        "(a) Find the critical angle for light travelling from glass into air.\n"
        "(b) A ray in water strikes a flat water–glass interface at 30.0° to the normal. Find the angle of refraction in the glass.\n\n"
        "3. Young's double slit: slits 0.25 mm apart, 600 nm light, screen 1.5 m away.\n"
        "(a) Fringe spacing in mm. (b) Highest order m of bright fringe that can exist (sin θ ≤ 1).\n\n"
        "4. Biconvex lens, n = 1.50, R1 = +20 cm, R2 = −30 cm. Focal length in cm (lensmaker's equation).\n\n"
        "Give angles to two decimal places."
    )
    old_answer = (
        "**1(a)** 1/d_i = 1/20 − 1/30 → d_i = 60 cm\n\n"
        "**1(b)** m = +2\n\n"
        "**1(c)** B\n\n"
        "**2(a)** 41.8°\n\n**2(b)** 26.3°\n\n**3(a)** 3.6 mm\n\n**3(b)** 417\n\n**4** f = 24 cm"
    )
    answer = (
        "## Problem 1 — Thin lens\n\n"
        "### (a)\n"
        "The thin-lens equation " + CITE + " gives\n\n"
        "\\[\n\\frac{1}{d_i} = \\frac{1}{f} - \\frac{1}{d_o} = \\frac{1}{20} - \\frac{1}{30} = \\frac{1}{60}\n\\]\n\n"
        "**Answer:** \\(d_i = 60\\ \\text{cm}\\) (real image on the far side).\n\n"
        "### (b)\n"
        "\\[\nm = -\\frac{d_i}{d_o} = -\\frac{60}{30}\n\\]\n\n"
        "**Answer:** m = −2\n\n"
        "### (c)\n"
        "Real (d_i > 0) and inverted (m < 0), so the answer is **(A)**.\n\n"
        "## Problem 2 — Refraction\n\n"
        "### (a)\n"
        "\\[\n\\sin\\theta_c = \\frac{n_\\text{air}}{n_\\text{glass}} = \\frac{1}{1.5}\n\\]\n\n"
        "**Answer:** θ_c ≈ 41.81°\n\n"
        "### (b)\n"
        "Snell's law across the water–glass boundary:\n\n"
        "\\[\n\\sin\\theta_g = \\frac{n_\\text{glass}\\sin 30^\\circ}{n_\\text{water}} = \\frac{1.50 \\times 0.5}{1.33} = 0.5639\n\\]\n\n"
        "**Answer:** θ_g ≈ 34.33°\n\n"
        "## Problem 3 — Double slit\n\n"
        "### (a)\n"
        "\\[\n\\Delta y = \\frac{\\lambda L}{d} = \\frac{600\\times10^{-9}\\cdot 1.5}{0.25\\times10^{-3}} = 3.6\\times10^{-3}\\ \\text{m}\n\\]\n\n"
        "**Answer:** Δy = 3.6 mm\n\n"
        "### (b)\n"
        "d sin θ = mλ with sin θ ≤ 1 gives m ≤ d/λ = 416.67.\n\n"
        "**Answer:** m_max = 417\n\n"
        "## Problem 4 — Lensmaker\n\n"
        "\\[\n\\frac1f = (1.50-1)\\left(\\frac1{20} - \\frac1{-30}\\right) = 0.5 \\cdot \\frac{5}{60} = \\frac{1}{24}\n\\]\n\n"
        "**Answer:** f = 24 cm"
    )
    followup = "for 3b, is it really 417? 416.67 isn't an integer and sin θ can't go above 1"
    correction = (
        "Good catch — I rounded the wrong way. The order must satisfy m ≤ d/λ = 416.67, and m has to be an "
        "integer, so we round **down**, not up.\n\n"
        "**Corrected 3(b):** the highest bright-fringe order is m = 416.\n\n"
        "Everything else in my previous answer stands."
    )
    t = Tree("bbbb0000-root")
    t.add("bbbb0001", "bbbb0000-root", cg_msg("bbbb0001", "system", None, text([""]),
          extra_meta={"is_visually_hidden_from_conversation": True}))
    t.add("bbbb0002", "bbbb0001", cg_msg("bbbb0002", "user", 1741975200.0, text([problem])))
    # first (regenerated-away) answer
    t.add("bbbb0003", "bbbb0002", cg_msg("bbbb0003", "assistant", 1741975214.2, text([old_answer])))
    # second attempt: thoughts, recap, answer
    t.add("bbbb0004", "bbbb0002", cg_msg("bbbb0004", "assistant", 1741975290.0, {
        "content_type": "thoughts",
        "thoughts": [{"summary": "Working through the lens and refraction parts",
                      "content": "Thin lens: 1/di = 1/20 - 1/30 = 1/60, di = 60. m = -2. Critical angle arcsin(2/3) = 41.81.",
                      "chunks": [], "finished": True}],
        "source_analysis_msg_id": "bbbb-analysis-1"}, extra_meta={"model_slug": "o4-mini"}))
    t.add("bbbb0005", "bbbb0004", cg_msg("bbbb0005", "assistant", 1741975301.0, {
        "content_type": "reasoning_recap", "content": "Thought for 11 seconds"}, extra_meta={"model_slug": "o4-mini"}))
    t.add("bbbb0006", "bbbb0005", cg_msg("bbbb0006", "assistant", 1741975330.7, text([answer]),
          extra_meta={"model_slug": "o4-mini"}))
    t.add("bbbb0007", "bbbb0006", cg_msg("bbbb0007", "user", 1741975500.0, text([followup])))
    t.add("bbbb0008", "bbbb0007", cg_msg("bbbb0008", "assistant", 1741975509.9, text([correction]),
          extra_meta={"model_slug": "o4-mini"}))
    optics = conversation("Optics PS5 help", "bbbb-conv", 1741975200.0, 1741975509.9, t, "bbbb0008", "o4-mini")
    write("optics-exam/transcripts/chatgpt-export.json", [pasta, optics])


# ---------------------------------------------------------------- finance: ChatGPT export without current_node
def finance_export():
    problem = (
        "Exercise 2.1 You deposit $5,000 in an account paying 6 % per year, compounded monthly.\n"
        "a) What is the balance after 3 years?\nb) What is the effective annual rate (EAR)? Give a percentage.\n\n"
        "Exercise 2.2 A $200,000 mortgage, equal monthly payments over 30 years, nominal 4.5 % per year compounded monthly.\n"
        "a) Find the monthly payment.\nb) Total interest paid over the life of the loan, nearest dollar.\n\n"
        "Exercise 2.3 Continuously compounded rate of 7 % per year: years to double (two decimals)?\n\n"
        "Exercise 2.4 A project costs $1,000 today and returns $300, $400, $500 at the end of years 1, 2, 3.\n"
        "a) NPV at 8 %.\nb) True or false: IRR > 8 %.\nc) Undiscounted payback period in years (cash flows arrive evenly)."
    )
    old = (
        "2.1 a) $5,983.40 b) 6.17%\n2.2 a) $1,013.37 b) $164,813\n2.3 10.24 years\n"
        "2.4 a) $17.63 b) True c) 2.6 years"
    )
    code = (
        "import math\n"
        "fv = 5000*(1+0.06/12)**36\n"
        "ear = (1+0.06/12)**12 - 1\n"
        "r = 0.045/12; n = 360\n"
        "pmt = 200000*r/(1-(1+r)**-n)\n"
        "print(round(fv, 2), round(ear*100, 4))\n"
        "print(round(pmt, 2), round(pmt*n - 200000, 2))\n"
        "print(round(math.log(2)/0.07, 4))"
    )
    output = "5983.4 6.1678\n1013.37 164813.42\n9.9021"
    final = (
        "Here are the results (the money calculations were checked in Python above).\n\n"
        "**Exercise 2.1**\n"
        "- a) Balance after 3 years: **$5,983.40**\n"
        "- b) EAR = (1.005)^12 − 1 = **6.17%**\n\n"
        "**Exercise 2.2**\n"
        "- a) Monthly payment: **$1,013.37**\n"
        "- b) Total interest = 360 × payment − 200,000 ≈ **$164,813**\n\n"
        "**Exercise 2.3**\n"
        "t = ln 2 / 0.07 = **9.90 years**\n\n"
        "**Exercise 2.4**\n"
        "- a) Discounting each cash flow at 8%: 277.78 + 342.94 + 396.92 = 1,017.64, so NPV = **$17.64**\n"
        "- b) **True** — a positive NPV at 8% means the IRR is above 8%.\n"
        "- c) Cumulative: −700 after year 1, −300 after year 2, so payback = 2 + 300/500 = **2.6 years**"
    )
    t = Tree("cccc0000-root")
    t.add("cccc0001", "cccc0000-root", cg_msg("cccc0001", "user", 1742205600.0, text([problem])))
    t.add("cccc0002", "cccc0001", cg_msg("cccc0002", "assistant", 1742205611.0, text([old])))
    t.add("cccc0003", "cccc0001", cg_msg("cccc0003", "assistant", 1742205700.0,
          {"content_type": "code", "language": "unknown", "response_format_name": None, "text": code},
          recipient="python"))
    t.add("cccc0004", "cccc0003", cg_msg("cccc0004", "tool", 1742205702.3,
          {"content_type": "execution_output", "text": output}, name="python",
          extra_meta={"aggregate_result": {"status": "success", "code": code, "final_expression_output": None}}))
    t.add("cccc0005", "cccc0004", cg_msg("cccc0005", "assistant", 1742205718.8, text([final])))
    conv = conversation("Module 2 TVM exercises", "cccc-conv", 1742205600.0, 1742205718.8, t, None)
    write("finance-tvm/transcripts/conversations.json", [conv])


# ---------------------------------------------------------------- finance: Claude export
def claude_msg(uid, sender, ts, blocks, attachments=None):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid,
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": ts,
        "updated_at": ts,
        "attachments": attachments or [],
        "files": [],
    }


def tb(s, ts):
    return {"start_timestamp": ts, "stop_timestamp": ts, "type": "text", "text": s, "citations": []}


def finance_claude():
    ts = "2025-03-18T19:40:%02d.000000Z"
    other = {
        "uuid": "d1d1d1d1-0000-4000-8000-000000000001",
        "name": "Birthday message for grandma",
        "created_at": "2025-03-10T08:00:00.000000Z",
        "updated_at": "2025-03-10T08:00:09.000000Z",
        "account": {"uuid": "acc00000-0000-4000-8000-000000000000"},
        "chat_messages": [
            claude_msg("d1d1-m1", "human", "2025-03-10T08:00:00.000000Z",
                       [tb("Write a short birthday message for my grandma who turns 80", "2025-03-10T08:00:00.000000Z")]),
            claude_msg("d1d1-m2", "assistant", "2025-03-10T08:00:09.000000Z",
                       [tb("Happy 80th birthday, Grandma! Eighty years of kindness, stories and the best apple pie — "
                           "we love you and can't wait to celebrate with you.", "2025-03-10T08:00:09.000000Z")]),
        ],
    }
    with open(os.path.join(ROOT, "finance-tvm", "problems.md"), encoding="utf-8") as fh:
        extracted = fh.read()
    attach = [{"file_name": "module2_exercises.pdf", "file_size": len(extracted.encode("utf-8")),
               "file_type": "pdf", "extracted_content": extracted}]
    code = (
        "const fv = 5000 * Math.pow(1 + 0.06/12, 36);\n"
        "const ear = Math.pow(1 + 0.06/12, 12) - 1;\n"
        "const r = 0.045/12, n = 360;\n"
        "const pmt = 200000 * r / (1 - Math.pow(1 + r, -n));\n"
        "const npv = -1000 + 300/1.08 + 400/1.08**2 + 500/1.08**3;\n"
        "console.log(fv.toFixed(2), (ear*100).toFixed(3), pmt.toFixed(2), npv.toFixed(2));"
    )
    answer = (
        "## Exercise 2.1\n\n"
        "**a)** Monthly rate 0.5 %, 36 months: FV = 5000 × 1.005³⁶ = **$5,983.40**\n\n"
        "**b)** EAR = 1.005¹² − 1 = **6.168%**\n\n"
        "## Exercise 2.2\n\n"
        "**a)** PMT = 200,000 × 0.00375 / (1 − 1.00375⁻³⁶⁰) = **$1,013.37** per month\n\n"
        "**b)** Total interest: 360 × $1,013.37 = **$364,813**\n\n"
        "## Exercise 2.3\n\n"
        "Doubling requires (1.07)^t = 2, so t = ln 2 / ln 1.07 = **10.24 years**.\n\n"
        "## Exercise 2.4\n\n"
        "**a)** NPV = −1,000 + 300/1.08 + 400/1.08² + 500/1.08³ = **$17.63**\n\n"
        "**b)** **True** — since NPV > 0 at 8 %, the rate that makes NPV zero must be higher.\n\n"
        "**c)** Would you like me to work out the payback period as well? It depends on whether your course "
        "uses the discounted or the simple version."
    )
    thinking = ("The user attached the module 2 exercises. Compute FV with monthly compounding, EAR, mortgage "
                "payment, interest, doubling time, NPV. Let me run the numbers.")
    graded = {
        "uuid": "e2e2e2e2-0000-4000-8000-000000000002",
        "name": "FIN 201 module 2 exercises",
        "created_at": ts % 0,
        "updated_at": "2025-03-18T19:43:30.000000Z",
        "account": {"uuid": "acc00000-0000-4000-8000-000000000000"},
        "chat_messages": [
            claude_msg("e2e2-m1", "human", ts % 0,
                       [tb("Can you solve the exercises in the attached file? Show the main steps.", ts % 0)], attach),
            claude_msg("e2e2-m2", "assistant", ts % 31, [
                {"start_timestamp": ts % 2, "stop_timestamp": ts % 5, "type": "thinking", "thinking": thinking,
                 "summaries": [{"summary": "Planning the time-value calculations."}], "cut_off": False},
                tb("I'll compute the values first.", ts % 6),
                {"start_timestamp": ts % 6, "stop_timestamp": ts % 9, "type": "tool_use", "name": "repl",
                 "input": {"code": code}, "message": "Running the calculations", "integration_name": None},
                {"start_timestamp": ts % 10, "stop_timestamp": ts % 10, "type": "tool_result", "name": "repl",
                 "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"5983.40 6.168 1013.37 17.63\"]}",
                              "uuid": "e2e2-tr1"}], "is_error": False},
                tb(answer, ts % 31),
            ]),
            claude_msg("e2e2-m3", "human", "2025-03-18T19:43:00.000000Z",
                       [tb("thanks. out of curiosity what would the NPV in 2.4 be at 10% instead?", "2025-03-18T19:43:00.000000Z")]),
            claude_msg("e2e2-m4", "assistant", "2025-03-18T19:43:30.000000Z", [
                tb("At 10 %: 300/1.1 + 400/1.21 + 500/1.331 = 272.73 + 330.58 + 375.66 = 978.96, so the NPV would be "
                   "about **−$21.04**. The IRR therefore lies between 8 % and 10 %.", "2025-03-18T19:43:30.000000Z")]),
        ],
    }
    write("finance-tvm/transcripts/claude_export.json", [other, graded])


# ---------------------------------------------------------------- OS: ChatGPT export
def os_export():
    problem = (
        "Four processes arrive at a single CPU (ms): P1 arrival 0 burst 8; P2 arrival 1 burst 4; "
        "P3 arrival 2 burst 9; P4 arrival 3 burst 5. Ignore context switches. When a process arrives at the same "
        "instant another is preempted, the arriving process enters the ready queue first.\n\n"
        "Problem 1\n(a) FCFS: (i) average waiting time (ii) average turnaround time\n"
        "(b) Non-preemptive SJF: average waiting time\n(c) SRTF: average waiting time\n"
        "(d) Round robin, q = 4 ms: average waiting time\n\n"
        "Problem 2\n(a) Which of the following can cause starvation of a long job? A. FCFS B. Round robin "
        "C. Shortest-job-first D. None of the above\n"
        "(b) True or false: in round robin, increasing the time quantum always decreases the average waiting time."
    )
    regen_old = (
        "1a) (i) 8.75 (ii) 15.25\n1b) 7.75\n1c) 6.5\n1d) 12.0\n2a) C\n2b) True"
    )
    answer = (
        "### Problem 1\n\n"
        "**1(a) FCFS** — order P1, P2, P3, P4; completions 8, 12, 21, 26.\n\n"
        "- (i) waits 0, 7, 10, 18 → average waiting time = **8.75 ms**\n"
        "- (ii) turnarounds 8, 11, 19, 23 → average turnaround time = **15.25 ms**\n\n"
        "**1(b) SJF (non-preemptive)** — P1 0–8, P2 8–12, P4 12–17, P3 17–26; waits 0, 7, 15, 9 → **7.75 ms**\n\n"
        "**1(c) SRTF** — P1 0–1, P2 1–5, P4 5–10, P1 10–17, P3 17–26; waits 9, 0, 15, 2 → **6.5 ms**\n\n"
        "**1(d) RR, q = 4** — Gantt chart:\n\n" + FENCE_MARK +
        "```\n| P1 | P2 | P3 | P1 | P4 | P3 | P4 | P3 |\n0    4    8    12   16   20   24   25   26\n```\n\n"
        "Completion: P1 16, P2 8, P3 26, P4 25 → waits 8, 3, 15, 17 → average = 43/4 = **10.75 ms**\n\n"
        "### Problem 2\n\n"
        "**2(a)** **C** (shortest-job-first)\n\n"
        "**2(b)** **False** — e.g. a quantum larger than every burst turns RR into FCFS, which is worse for some workloads."
    )
    followup = ("For 1(d) I got 11.75. At t=4 P1 goes to the back of the queue, but P3 and P4 already arrived, "
                "so shouldn't P4 run before P1's second slice?")
    correction = (
        "You're right — I put P1 back in the queue ahead of P4, but P4 arrived at t = 3, before P1 was preempted at t = 4.\n\n"
        "Corrected timeline: P1 0–4, P2 4–8, P3 8–12, P4 12–16, P1 16–20, P3 20–24, P4 24–25, P3 25–26.\n\n"
        "Waits: P1 = 20 − 8 = 12, P2 = 3, P3 = 15, P4 = 17, so\n\n"
        "$$\\bar W_{RR} = \\frac{12+3+15+17}{4} = 11.75\\ \\text{ms}$$\n\n"
        "The other answers are unchanged."
    )
    t = Tree("dddd0000-root")
    t.add("dddd0001", "dddd0000-root", cg_msg("dddd0001", "system", None, text([""]),
          extra_meta={"is_visually_hidden_from_conversation": True}))
    t.add("dddd0002", "dddd0001", cg_msg("dddd0002", "user", 1743001200.0, text([problem])))
    t.add("dddd0003", "dddd0002", cg_msg("dddd0003", "assistant", 1743001222.0, text([regen_old])))
    t.add("dddd0004", "dddd0002", cg_msg("dddd0004", "assistant", 1743001260.0, {
        "content_type": "thoughts",
        "thoughts": [{"summary": "Simulating the schedules",
                      "content": "FCFS waits 0,7,10,18 avg 8.75. SJF avg 7.75. SRTF avg 6.5. RR q=4 needs care with queue order.",
                      "chunks": [], "finished": True}],
        "source_analysis_msg_id": "dddd-analysis-1"}))
    t.add("dddd0005", "dddd0004", cg_msg("dddd0005", "assistant", 1743001271.0,
          {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}))
    t.add("dddd0006", "dddd0005", cg_msg("dddd0006", "assistant", 1743001290.5, text([answer])))
    t.add("dddd0007", "dddd0006", cg_msg("dddd0007", "user", 1743001500.0, text([followup])))
    t.add("dddd0008", "dddd0007", cg_msg("dddd0008", "assistant", 1743001512.0, text([correction])))
    sched = conversation("OS HW4 scheduling averages", "dddd-conv", 1743001200.0, 1743001512.0, t, "dddd0008")

    t = Tree("eeee0000-root")
    t.add("eeee0001", "eeee0000-root", cg_msg("eeee0001", "user", 1743100000.0,
          text(["Turn this into a resume bullet: I helped make the scheduler in our OS class project faster"])))
    t.add("eeee0002", "eeee0001", cg_msg("eeee0002", "assistant", 1743100004.0,
          text(["- Optimized a round-robin CPU scheduler in a teaching OS, cutting average waiting time by 18% (C, xv6)"])))
    resume = conversation("Resume bullet points", "eeee-conv", 1743100000.0, 1743100004.0, t, "eeee0002")
    write("os-scheduling/transcripts/chatgpt_conversations.json", [sched, resume])


if __name__ == "__main__":
    optics_export()
    finance_export()
    finance_claude()
    os_export()
