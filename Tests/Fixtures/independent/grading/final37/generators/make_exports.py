#!/usr/bin/env python3
"""Write the three JSON data exports of the final37 corpus.

Deterministic: fixed ids, fixed timestamps, json.dumps(indent=2, ensure_ascii=False),
so re-running gives byte-identical files.

  mechanics-exam/transcripts/chatgpt-mechanics-export.json   ChatGPT export, regenerated branch,
                                                              thoughts + reasoning_recap, python tool call
  counting-hw/transcripts/claude-counting-export.json         Claude export, attachment, thinking,
                                                              tool_use/tool_result, unrelated conversation
  micro-ps4/transcripts/conversations.json                    ChatGPT export WITHOUT current_node,
                                                              three conversations, citation markers
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(relpath, obj):
    path = os.path.join(ROOT, relpath)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, indent=2, ensure_ascii=False))
        f.write("\n")
    print("wrote", relpath)


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, prefix, t0):
        self.prefix = prefix
        self.t = t0
        self.n = 0
        self.mapping = {}
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return f"{self.prefix}-{self.n:04d}-{self.prefix[::-1]}"

    def add(self, parent, role, content, *, name=None, recipient="all", hidden=False, dt=7.0,
            model="gpt-4o", status="finished_successfully", extra_meta=None):
        nid = self._id()
        self.t = round(self.t + dt, 3)
        meta = {}
        if role == "assistant" or role == "tool":
            meta["model_slug"] = model
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.t,
            "update_time": None,
            "content": content,
            "status": status,
            "end_turn": True if (role == "assistant" and content.get("content_type") == "text") else None,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conv(tree, title, conv_id, current=None, model="gpt-4o"):
    times = [n["message"]["create_time"] for n in tree.mapping.values() if n["message"]]
    c = {
        "title": title,
        "create_time": min(times) - 1.5,
        "update_time": max(times),
        "mapping": tree.mapping,
    }
    if current is not None:
        c["current_node"] = current
    c.update({
        "conversation_id": conv_id,
        "id": conv_id,
        "default_model_slug": model,
        "is_archived": False,
        "moderation_results": [],
    })
    return c


# ================================================================ 1. mechanics (ChatGPT)
def mechanics():
    t = Tree("aa11c0de", 1741093200.0)
    sys_ = t.add(t.root, "system", text(""), hidden=True, dt=0.0)
    u1 = t.add(sys_, "user", text(
        "Practice midterm, g = 9.8 m/s^2, 3 sig figs. Can you solve Q1-Q3 and show steps?\n\n"
        "1. A ball is launched from level ground with speed 20 m/s at an angle of 30° above the horizontal.\n"
        "(a) How long is the ball in the air?\n(b) What maximum height does it reach?\n(c) What is its horizontal range?\n"
        "(d) Give its velocity vector (vx, vy) in m/s one second after launch (take +y upward).\n\n"
        "2. A 4 kg block slides down a rough ramp inclined at 30° to the horizontal. The coefficient of kinetic friction is 0.2.\n"
        "(a) Find the normal force on the block.\n(b) Find the magnitude of the block's acceleration down the ramp.\n"
        "(c) If the block's mass were doubled, its acceleration would (A) double (B) halve (C) stay the same (D) quadruple\n"
        "(d) What is the smallest coefficient of static friction that would let the block rest on this ramp without sliding?\n\n"
        "3. A 2 kg cart moving at 3 m/s runs into a 1 kg cart at rest on a frictionless track.\n"
        "(a) If the carts stick together, what is their common final speed?\n(b) How much kinetic energy is lost?\n"
        "(c) If instead the collision is perfectly elastic, give the final velocities (v1', v2').\n"
        "(d) True or false: in a perfectly elastic collision both total momentum and total kinetic energy are conserved.\n"
        "(e) In the sticking case of part (a), what impulse does the 1 kg cart receive?"), dt=1.0)

    # --- first answer (later regenerated; NOT on the graded branch)
    t.add(u1, "assistant", text(
        "## Problem 1\n\n**(a)** Time to the top is $v_y/g = 10/9.8$, so the flight time is $t \\approx 1.02$ s.\n\n"
        "**(b)** $H = v_y^2/(2g) = 5.10$ m\n\n**(c)** $R = v_x t = 17.32 \\times 1.02 \\approx 17.7$ m\n\n"
        "**(d)** $(17.3, -0.2)$ m/s\n\n## Problem 2\n\n**(a)** $N = mg = 39.2$ N\n\n**(b)** $a = g\\sin 30^\\circ = 4.90$ m/s²\n\n"
        "**(c)** (A)\n\n**(d)** 0.5\n\n## Problem 3\n\n**(a)** 1 m/s\n\n**(b)** 6 J\n\n**(c)** (−1, 2) m/s\n\n**(d)** False\n\n**(e)** 1 N·s"),
        dt=9.0)

    # --- regenerated answer (graded branch)
    th = t.add(u1, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Splitting components", "content": "vx = 17.32, vy = 10. Flight time 2vy/g = 2.04. Height maybe v0^2 sin/(2g)?"},
            {"summary": "Incline numbers", "content": "N = 4*9.8*cos30 = 33.95. a = g(sin - mu cos); use python to be safe."},
        ],
        "source_analysis_msg_id": "x"}, dt=40.0, model="o4-mini")
    rr = t.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, dt=0.5, model="o4-mini")
    code = t.add(rr, "assistant", {
        "content_type": "code", "language": "unknown",
        "text": "import math\ng=9.8\nth=math.radians(30)\nN=4*g*math.cos(th)\na=g*(math.sin(th)-0.2*math.cos(th))\nprint(N, a)"},
        recipient="python", dt=1.0, model="o4-mini")
    out = t.add(code, "tool", {"content_type": "execution_output", "text": "33.94819582835 3.2025902085825"},
                name="python", dt=1.2, model="o4-mini",
                extra_meta={"aggregate_result": {"status": "success", "run_id": "r-0001", "code": "", "final_expression_output": None}})
    a1 = t.add(out, "assistant", text(
        "Here are Problems 1–3.\n\n"
        "## Problem 1 — Projectile\n\n"
        "Components: $v_x = 20\\cos30^\\circ = 17.32$ m/s, $v_y = 20\\sin30^\\circ = 10.0$ m/s.\n\n"
        "**(a)** $t = \\dfrac{2 v_y}{g} = \\dfrac{20}{9.8} \\approx 2.04\\ \\text{s}$\n\n"
        "**(b)** $H = \\dfrac{v_0^2 \\sin\\theta}{2g} = \\dfrac{400 \\times 0.5}{19.6} \\approx 10.2\\ \\text{m}$\n\n"
        "**(c)** $R = \\dfrac{v_0^2 \\sin 2\\theta}{g} = \\dfrac{400 \\times 0.8660}{9.8} \\approx 35.4\\ \\text{m}$\n\n"
        "**(d)** After 1 s, $v_x$ is unchanged and $v_y = 10 - 9.8(1) = 0.2$ m/s, so $\\vec v = (17.3,\\ 0.2)$ m/s.\n\n"
        "## Problem 2 — Incline\n\n"
        "**(a)** $N = mg\\cos30^\\circ = 4(9.8)(0.866) \\approx 33.9\\ \\text{N}$\n\n"
        "**(b)** From the calculation above, $a = g(\\sin30^\\circ - 0.2\\cos30^\\circ) \\approx 3.20\\ \\text{m/s}^2$\n\n"
        "**(c)** Mass cancels from every term, so the answer is **(C)**.\n\n"
        "**(d)** Static friction must supply $mg\\sin\\theta$ with at most $\\mu_s mg\\cos\\theta$, giving "
        "$\\mu_{s,\\min} = 1/\\tan 30^\\circ = \\sqrt{3} \\approx 1.73$\n\n"
        "## Problem 3 — Collisions\n\n"
        "**(a)** $2(3) = 3v \\Rightarrow v = 2\\ \\text{m/s}$\n\n"
        "**(b)** Before: $\\tfrac12(2)(3^2) = 9$ J. After: $\\tfrac12(2)(2^2) = 4$ J, so $\\Delta K = 9 - 4 = 5$ J.\n"
        "Wait — after the collision both carts move together, so the final KE uses 3 kg: $\\tfrac12(3)(2^2) = 6$ J. "
        "The kinetic energy lost is **3 J**.\n\n"
        "**(c)** $v_1' = \\frac{m_1 - m_2}{m_1 + m_2}u_1 = 1$ m/s, $v_2' = \\frac{2m_1}{m_1 + m_2}u_1 = 4$ m/s → $(v_1', v_2') = (1, 4)$ m/s\n\n"
        "**(d)** **True** — elastic means kinetic energy is conserved too, and momentum is conserved in any isolated collision.\n\n"
        "Let me know if you want Problems 4–6 as well!"), dt=3.0, model="o4-mini")

    u2 = t.add(a1, "user", text(
        "yes please, 4-6:\n"
        "4. A uniform solid disk of mass 2 kg and radius 0.5 m spins about its symmetry axis at 10 rad/s.\n"
        "(a) moment of inertia (b) rotational kinetic energy (c) angular momentum (d) constant torque that brings it to rest in 5 s "
        "(e) The same disk is released from rest and rolls without slipping down a slope, dropping a height h. Speed at the bottom in terms of g and h?\n"
        "5. A 0.5 kg mass on a spring of stiffness k = 200 N/m oscillates with amplitude 0.1 m.\n"
        "(a) ω (b) period (c) max speed (d) total mechanical energy (e) Which change doubles the period? "
        "(A) doubling k (B) quadrupling the mass (C) doubling the amplitude (D) halving the mass (f) speed when 0.06 m from equilibrium\n"
        "6. A simple pendulum has length 2.45 m. Find its period for small oscillations."), dt=120.0)
    a2 = t.add(u2, "assistant", text(
        "### Problem 4\n\n"
        "1. **Moment of inertia:** $I = \\tfrac12 MR^2 = \\tfrac12(2)(0.5)^2 = 0.25\\ \\text{kg·m}^2$\n"
        "2. **Rotational KE:** $K = \\tfrac12 I\\omega^2 = \\tfrac12(0.25)(100) = 12.5\\ \\text{J}$\n"
        "3. **Angular momentum:** $L = I\\omega = 2.5\\ \\text{kg·m}^2/\\text{s}$\n"
        "4. **Torque:** $\\tau = \\Delta L/\\Delta t = 2.5/5 = 0.5\\ \\text{N·m}$\n"
        "5. **Rolling speed:** energy conservation with the rolling constraint gives\n\n"
        "$$v = \\sqrt{\\frac{10gh}{7}}$$\n\n"
        "### Problem 5\n\n"
        "- (a) $\\omega = \\sqrt{k/m} = \\sqrt{400} = 20$ rad/s\n"
        "- (b) $T = 2\\pi/\\omega \\approx 0.314$ s\n"
        "- (c) $v_{\\max} = A\\omega = 2$ m/s\n"
        "- (d) $E = \\tfrac12 kA^2 = \\tfrac12(200)(0.01) = 1$ J\n"
        "- (e) $T \\propto \\sqrt{m}$, so quadrupling the mass doubles the period: **B**\n"
        "- (f) $v = \\omega x = 20 \\times 0.06 = 1.2$ m/s\n\n"
        "### Problem 6\n\n"
        "$T = 2\\pi\\sqrt{L/g} = 2\\pi\\sqrt{2.45/9.8} = 2\\pi(0.5) = \\pi$\n\n"
        "So the period is either **3.14 s** (full back-and-forth) or **1.57 s** if your course defines the period as one swing from side to side."),
        dt=25.0, model="o4-mini")
    write("mechanics-exam/transcripts/chatgpt-mechanics-export.json",
          [conv(t, "Physics midterm Q1-6", "67c6f1d0-3a2b-800c-9e41-5d0c2a7b1f11", current=a2, model="o4-mini")])


# ================================================================ 2. counting (Claude)
PROBLEMS_MD = open(os.path.join(ROOT, "counting-hw", "problems.md"), encoding="utf-8").read()


def cmsg(uuid, sender, created, blocks, attachments=(), files=()):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uuid,
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": list(attachments),
        "files": list(files),
    }


def tb(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


def thinking(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "thinking", "thinking": s,
            "summaries": [{"summary": "Working through the counting problems."}], "cut_off": False}


def counting():
    c1 = []
    c1.append(cmsg("5b1e0c70-0001-4c1a-9d2e-01a7f0c3e001", "human", "2025-10-02T18:03:11.204918Z",
                   [tb("Here's my discrete HW. Can you do problems 1-3 first? I want to compare with what I got.",
                       "2025-10-02T18:03:11.204918Z", "2025-10-02T18:03:11.204918Z")],
                   attachments=[{"file_name": "hw5.md", "file_size": len(PROBLEMS_MD.encode("utf-8")),
                                 "file_type": "text/markdown", "extracted_content": PROBLEMS_MD}]))
    r1_text = (
        "Sure — here are Problems 1–3.\n\n"
        "## Problem 1\n\n"
        "**a)** Choose the positions of the three 1s: $\\binom{8}{3} = 56$.\n\n"
        "**b)** All strings minus the all-zero string: $2^8 - 1 = 255$.\n\n"
        "**c)** Four positions, 26 letters each: $26^4 = 456{,}976$ passwords.\n\n"
        "**d)** BANANA has 3 A's and 2 N's: $\\dfrac{6!}{3!\\,2!} = 60$.\n\n"
        "**e)** MISSISSIPPI has 4 I's, 4 S's, 2 P's: $\\dfrac{11!}{4!\\,4!\\,2!} = 34{,}650$.\n\n"
        "## Problem 2\n\n"
        "**a)** $\\lfloor 1000/3 \\rfloor + \\lfloor 1000/5 \\rfloor - \\lceil 1000/15 \\rceil = 333 + 200 - 67 = 466$\n\n"
        "**b)** By inclusion–exclusion, the number divisible by at least one of 2, 3, 5 is\n"
        "$500 + 333 + 200 - 166 - 100 - 66 + 33 = 734$, so the count divisible by none is $1000 - 734 = 266$.\n\n"
        "**c)** This is the derangement number $D_5 = 5!\\left(1 - 1 + \\tfrac12 - \\tfrac16 + \\tfrac1{24} - \\tfrac1{120}\\right) = 44$.\n\n"
        "**d)** With 12 months as pigeonholes, 13 people force two to share a month. Wait — the question asks for three in the same month. "
        "Then we need $2 \\cdot 12 + 1 = 25$ people.\n\n"
        "## Problem 3\n\n"
        "**a)** The $x^3$ term is $\\binom{6}{3}(2x)^3 = 20 \\cdot 8x^3$, coefficient **160**.\n\n"
        "**b)** The term is $\\binom{5}{2}x^2(2y)^3 = 10 \\cdot 8$, so the coefficient is **80**.\n\n"
        "**c)** Stars and bars: $\\binom{10+3}{3} = 286$.\n\n"
        "**d)** Substitute $y_i = x_i - 2 \\ge 0$, so $y_1 + \\dots + y_4 = 2$ and the count is $\\binom{5}{3} = 10$.\n\n"
        "| Part | Answer |\n|---|---|\n| 1a | 56 |\n| 1b | 255 |\n| 1c | 456,976 |\n| 1d | 60 |\n| 1e | 34,560 |\n"
        "| 2a | 466 |\n| 2b | 266 |\n| 2c | 44 |\n| 2d | 25 |\n| 3a | 160 |\n| 3b | 80 |\n| 3c | 286 |\n| 3d | 35 |")
    c1.append(cmsg("5b1e0c70-0002-4c1a-9d2e-01a7f0c3e002", "assistant", "2025-10-02T18:03:19.880411Z",
                   [thinking("Problem 1c: no repetition... 26^4? Let me just write it. 3d: y sum to 2 -> C(5,3)=10.",
                             "2025-10-02T18:03:19.880411Z", "2025-10-02T18:03:27.101003Z"),
                    tb(r1_text, "2025-10-02T18:03:27.101003Z", "2025-10-02T18:04:02.554120Z")]))
    c1.append(cmsg("5b1e0c70-0003-4c1a-9d2e-01a7f0c3e003", "human", "2025-10-02T18:10:45.019772Z",
                   [tb("ok now 4 and 5 pls", "2025-10-02T18:10:45.019772Z", "2025-10-02T18:10:45.019772Z")]))
    r2a = ("## Problem 4\n\n"
           "**a)** Characteristic equation $r^2 - 3r + 2 = 0$ has roots $r = 1, 2$, so $a_n = A + B\\cdot 2^n$. "
           "From $a_0 = 2$ and $a_1 = 3$: $A + B = 2$, $A + 2B = 3$, so $B = 1$, $A = 1$.\n\n"
           "$$a_n = 2^n + 1$$\n\n"
           "**b)** $a_{10} = 2^{10} + 1 = 1025$\n\n"
           "**c)** Let $b_n$ count valid strings of length $n$. Then $b_n = b_{n-1} + b_{n-2}$ with $b_1 = 2$, $b_2 = 3$, "
           "which gives the sequence 2, 3, 5, 8, 13, 21. So $b_7 = 21$.\n\n"
           "**d)** $2^6 - 1 = 63$ moves.\n\n"
           "## Problem 5\n\n"
           "**a)** $\\binom{8}{2} = 28$ edges.\n\n"
           "**b)** By Cayley's formula $n^{n-2} = 5^3$; let me double-check with the matrix-tree theorem.")
    r2b = ("The determinant confirms it: $K_5$ has **125** spanning trees.\n\n"
           "**c)** True. A graph on 6 vertices with no cycle is a forest and has at most 5 edges, so 6 edges force a cycle.\n\n"
           "**d)**\n"
           "- (i) By the handshake lemma the degree sum is $2 \\times 10 = 20$.\n"
           "- (ii) Before I answer this one: does your course allow loops or multiple edges here? "
           "The problem says \"simple\" in (i) but I want to be sure it applies to (ii) too, since the answer depends on it.\n\n"
           "**e)** $C_7$ is a cycle, and cycles can be coloured alternately, so $\\chi(C_7) = 2$.")
    c1.append(cmsg("5b1e0c70-0004-4c1a-9d2e-01a7f0c3e004", "assistant", "2025-10-02T18:10:52.300118Z",
                   [thinking("a_n = A + B 2^n. Fibonacci count for no consecutive ones. Cayley 125; verify with numpy.",
                             "2025-10-02T18:10:52.300118Z", "2025-10-02T18:10:58.760045Z"),
                    tb(r2a, "2025-10-02T18:10:58.760045Z", "2025-10-02T18:11:20.010203Z"),
                    {"start_timestamp": "2025-10-02T18:11:20.010203Z", "stop_timestamp": "2025-10-02T18:11:21.400110Z",
                     "type": "tool_use", "name": "repl",
                     "input": {"code": "import numpy as np\nL = 5*np.eye(5) - np.ones((5,5))\nconsole.log(round(np.linalg.det(L[1:,1:])))"},
                     "message": "Running the matrix-tree check"},
                    {"start_timestamp": "2025-10-02T18:11:21.400110Z", "stop_timestamp": "2025-10-02T18:11:22.950001Z",
                     "type": "tool_result", "name": "repl",
                     "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"125\"]}", "uuid": "d0c4e7a1-77aa-4b19-8c51-3e9f00a1b2c3"}],
                     "is_error": False},
                    tb(r2b, "2025-10-02T18:11:22.950001Z", "2025-10-02T18:11:40.118277Z")]))
    c1.append(cmsg("5b1e0c70-0005-4c1a-9d2e-01a7f0c3e005", "human", "2025-10-02T18:14:03.555555Z",
                   [tb("how many spanning trees would K6 have then?", "2025-10-02T18:14:03.555555Z", "2025-10-02T18:14:03.555555Z")]))
    c1.append(cmsg("5b1e0c70-0006-4c1a-9d2e-01a7f0c3e006", "assistant", "2025-10-02T18:14:08.912034Z",
                   [tb("Same formula: $6^{6-2} = 6^4 = 1296$ spanning trees for $K_6$.",
                       "2025-10-02T18:14:08.912034Z", "2025-10-02T18:14:12.000000Z")]))
    graded = {
        "uuid": "0f3a9c2e-84d1-4b6b-a0c5-7e21d9f4c6aa",
        "name": "Discrete HW5 counting help",
        "summary": "",
        "created_at": "2025-10-02T18:03:10.551230Z",
        "updated_at": "2025-10-02T18:14:12.000000Z",
        "account": {"uuid": "9e8d7c6b-5a49-4382-9170-615243342516"},
        "chat_messages": c1,
    }
    other = {
        "uuid": "71b2d4f0-11aa-4e5c-8d9b-0c1d2e3f4a5b",
        "name": "Weekend hiking packing list",
        "summary": "",
        "created_at": "2025-09-28T09:12:40.000000Z",
        "updated_at": "2025-09-28T09:13:30.000000Z",
        "account": {"uuid": "9e8d7c6b-5a49-4382-9170-615243342516"},
        "chat_messages": [
            cmsg("a0000001-0000-4000-8000-000000000001", "human", "2025-09-28T09:12:40.000000Z",
                 [tb("2 days, 1 night, 12 km each day. What should I pack? keep it short",
                     "2025-09-28T09:12:40.000000Z", "2025-09-28T09:12:40.000000Z")]),
            cmsg("a0000001-0000-4000-8000-000000000002", "assistant", "2025-09-28T09:12:47.000000Z",
                 [tb("- 2 L of water per day (4 L total, or a filter)\n- Rain shell and one warm layer\n- Headlamp, first-aid kit, map\n"
                     "- About 2,500 kcal of food per day\n- Sleeping bag rated ~5 °C below the forecast low",
                     "2025-09-28T09:12:47.000000Z", "2025-09-28T09:13:30.000000Z")]),
        ],
    }
    write("counting-hw/transcripts/claude-counting-export.json", [other, graded])


# ================================================================ 3. micro (ChatGPT, no current_node)
CITE = "\ue200cite\ue202turn0search3\ue201"


def micro():
    # unrelated conversation 1
    s = Tree("bb22d1ef", 1759300000.0)
    s0 = s.add(s.root, "system", text(""), hidden=True, dt=0.0)
    s1 = s.add(s0, "user", text("what hydration should I use for a first sourdough loaf?"), dt=1.0)
    s.add(s1, "assistant", text("Start around 70 % hydration: 500 g flour, 350 g water, 100 g starter, 10 g salt. "
                                 "Higher hydration (75–80 %) gives an opener crumb but is harder to shape." + CITE), dt=8.0)
    sour = conv(s, "Sourdough hydration", "68dc5a10-0b1c-8001-a1b2-c3d4e5f60718")

    t = Tree("cc33e2f0", 1760100000.0)
    t0 = t.add(t.root, "system", text(""), hidden=True, dt=0.0)
    u1 = t.add(t0, "user", text(
        "ECON 201 PS4. Do Exercise 4.1 and 4.2 please, show work briefly.\n\n"
        "Exercise 4.1 In the market for artisanal bread, demand is Qd = 100 - 2P and supply is Qs = -20 + 4P.\n"
        "(a) Find the equilibrium price. (b) Find the equilibrium quantity. (c) Compute consumer surplus at the equilibrium. "
        "(d) Compute producer surplus at the equilibrium. (e) Compute the price elasticity of demand at the equilibrium point. "
        "(f) The government levies a per-unit tax of $6 collected from sellers. What price do buyers pay after the tax? "
        "(g) How much tax revenue is raised? (h) What is the deadweight loss of the tax?\n\n"
        "Exercise 4.2 A consumer has utility U(x, y) = x^{1/2} y^{1/2}, income I = 120, and faces prices px = 2, py = 4.\n"
        "(a) optimal x (b) optimal y (c) MRS = MUx/MUy at the optimum (d) If px rises to 3, new optimal x? "
        "(e) Give the Marshallian demand function x*(px, py, I)."), dt=1.0)
    # first answer: later regenerated, earlier create_time, not graded
    t.add(u1, "assistant", text(
        "**4.1** (a) P* = 30 (b) Q* = 40 (c) CS = 400 (d) PS = 400 (e) −1.5 (f) 33 (g) 204 (h) 18\n\n"
        "**4.2** (a) x* = 60 (b) y* = 30 (c) 1 (d) 40 (e) x* = I/p_x"), dt=11.0)
    th = t.add(u1, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Equilibrium", "content": "100-2P = -20+4P -> P=20, Q=60. Choke price 50, supply intercept 5."}],
        "source_analysis_msg_id": "y"}, dt=95.0, model="o3")
    a1 = t.add(th, "assistant", text(
        "## Exercise 4.1\n\n"
        "**(a)–(b)** Setting $100 - 2P = -20 + 4P$ gives $6P = 120$, so **P\\* = 20** and **Q\\* = 100 − 40 = 60**.\n\n"
        "**(c)** Demand hits zero at $P = 50$, so $CS = \\tfrac12 \\cdot 60 \\cdot (50 - 20) = 900$.\n\n"
        "**(d)** Producer surplus is the triangle under the price: $PS = \\tfrac12 \\cdot 60 \\cdot 20 = 600$.\n\n"
        "**(e)** $\\varepsilon = \\dfrac{dQ}{dP}\\cdot\\dfrac{P}{Q} = -2 \\cdot \\dfrac{20}{60} = -\\dfrac{2}{3} \\approx -0.667$\n\n"
        "**(f)** With the tax the supply curve becomes $Q_s = -20 + 4(P - 6)$. Solving $100 - 2P = -44 + 4P$ gives $P = 24$. "
        "Buyers pay **\\$24** and sellers keep \\$18; the new quantity is 52.\n\n"
        "**(g)** Revenue $= 6 \\times 52 = \\$312$\n\n"
        "**(h)** $DWL = \\tfrac12 \\times 6 \\times (60 - 52) = 24$\n\n"
        "## Exercise 4.2\n\n"
        "With Cobb–Douglas utility and equal exponents the consumer spends half of income on each good " + CITE + ".\n\n"
        "**(a)** $x^* = \\dfrac{0.5 \\cdot 120}{2} = 30$\n\n"
        "**(b)** $y^* = \\dfrac{0.5 \\cdot 120}{4} = 15$\n\n"
        "**(c)** $MRS = \\dfrac{MU_x}{MU_y} = \\dfrac{x}{y} = \\dfrac{30}{15} = 2$\n\n"
        "**(d)** $x^* = 60/3 = 20$\n\n"
        "**(e)** $x^*(p_x, p_y, I) = \\dfrac{I}{2p_x}$\n\n"
        "---\n\n**Summary:** P\\* = 20, Q\\* = 60, CS = 900, PS = 600, ε = −2/3, P_buyers = 24, revenue = 312, DWL = 48; "
        "x\\* = 30, y\\* = 15, MRS = 2, new x\\* = 20."), dt=6.0, model="o3")
    u2 = t.add(a1, "user", text(
        "ok now 4.3 and 4.4\n\n"
        "Exercise 4.3 A firm's total cost is C(q) = 100 + 4q + q^2. (a) MC at q = 10? (b) At what output is ATC minimised? "
        "(c) minimum value of ATC (d) market price is $40, profit-maximising output? (e) profit at that output "
        "(f) If all firms have this cost function and entry is free, the long-run equilibrium price is (A) $4 (B) $10 (C) $24 (D) $40\n\n"
        "Exercise 4.4 A monopolist faces inverse demand P = 60 - Q and constant MC = 12. (a) profit-maximising quantity "
        "(b) monopoly price (c) deadweight loss relative to competition (d) Lerner index (P - MC)/P "
        "(e) True or false: a profit-maximising monopolist with positive marginal cost never produces on the inelastic part of the demand curve."),
        dt=300.0)
    th2 = t.add(u2, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Monopoly", "content": "MR = 60 - 2Q = 12 -> Q = 24, P = 36. Competitive Q = 48. DWL = 0.5*24*24 = 288."}],
        "source_analysis_msg_id": "z"}, dt=60.0, model="o3")
    rr2 = t.add(th2, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 22 seconds"}, dt=0.4, model="o3")
    a2 = t.add(rr2, "assistant", text(
        "## Exercise 4.3\n\n"
        "$MC(q) = C'(q) = 4 + 2q$ and $ATC(q) = \\dfrac{100}{q} + 4 + q$.\n\n"
        "- **(a)** $MC(10) = 4 + 20 = 24$\n"
        "- **(b)** $ATC'(q) = -100/q^2 + 1 = 0 \\Rightarrow q = 10$\n"
        "- **(c)** $ATC_{\\min} = 4 + 10 = 14$\n"
        "- **(d)** Set $P = MC$: $40 = 4 + 2q \\Rightarrow q = 18$\n"
        "- **(e)** $\\pi = 40(18) - (100 + 72 + 324) = 720 - 396 = 324$\n"
        "- **(f)** With free entry, firms enter until profits are driven to zero, so in the long run price settles at the minimum of average total cost.\n\n"
        "## Exercise 4.4\n\n"
        "- **(a)** $MR = 60 - 2Q = 12 \\Rightarrow Q_m = 24$\n"
        "- **(b)** $P_m = 60 - 24 = 36$\n"
        "- **(d)** Lerner index: $\\dfrac{P - MC}{MC} = \\dfrac{36 - 12}{12} = 2$\n"
        "- **(e)** This is *generally true*: at the optimum MR = MC > 0, and MR > 0 only on the elastic part of demand " + CITE + ". "
        "In the knife-edge case of zero marginal cost it would sit exactly at unit elasticity.\n\n"
        "**Answer (e):** True (or False if your instructor counts the unit-elastic edge case)."), dt=5.0, model="o3")
    u3 = t.add(a2, "user", text("I got 224 for 4.3e, can you recheck?"), dt=200.0)
    a3 = t.add(u3, "assistant", text(
        "You're right — I added the costs wrong. $C(18) = 100 + 4(18) + 18^2 = 100 + 72 + 324 = 496$, so\n\n"
        "$$\\pi = 720 - 496 = 224$$\n\n"
        "**4.3(e): profit = \\$224.**"), dt=9.0, model="o3")
    micro_conv = conv(t, "Micro PS4 help", "68e8b7a0-4c5d-8002-b3c4-d5e6f7081929")  # no current_node

    r = Tree("dd44f3a1", 1760500000.0)
    r0 = r.add(r.root, "system", text(""), hidden=True, dt=0.0)
    r1 = r.add(r0, "user", text("turn 'helped customers with returns' into a resume bullet"), dt=1.0)
    r.add(r1, "assistant", text("- Resolved 40+ customer return and exchange requests per shift, keeping a 98 % satisfaction rating."), dt=4.0)
    resume = conv(r, "Resume bullet rewrite", "68f0c1d2-e3f4-8003-9a8b-7c6d5e4f3a2b")

    # the export lists the newest conversation first, as the ChatGPT export does
    write("micro-ps4/transcripts/conversations.json", [resume, micro_conv, sour])


if __name__ == "__main__":
    mechanics()
    counting()
    micro()
