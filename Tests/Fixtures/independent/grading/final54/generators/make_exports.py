#!/usr/bin/env python3
"""Writes the six JSON data-export transcripts of corpus final54.

Run from anywhere:  python3 generators/make_exports.py
Output (byte-identical on every run):
  lp-by-hand/transcripts/chatgpt-export.json    ChatGPT export, 3 conversations, regenerated branch, thoughts, python tool
  lp-by-hand/transcripts/claude-export.json     Claude export, 2 conversations, attachment, thinking, tool_use/tool_result
  spring-mass/transcripts/conversations.json    ChatGPT export WITHOUT current_node, edited user turn, citation markers
  spring-mass/transcripts/claude-data.json      Claude export, 2 conversations, question back
  traffic-flow/transcripts/gpt-export-a.json    ChatGPT export, regenerated branch, reasoning_recap
  traffic-flow/transcripts/gpt-export-b.json    ChatGPT export, 3 conversations, python tool
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_lib import GptConv, ClaudeConv, dump  # noqa: E402

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def out(setname, fname):
    return os.path.join(BASE, setname, "transcripts", fname)


# ---------------------------------------------------------------- lp-by-hand / chatgpt-export.json
def lp_chatgpt():
    convs = []
    c0 = GptConv("lp-gpt-pasta", "Pasta for 6 people", 1741100000.0)
    u = c0.user(c0.top, "how much dry pasta for 6 adults, main course")
    c0.assistant(u, "Plan on about **100 g of dry pasta per adult** for a main course, so roughly **600 g** "
                    "(a little over 1¼ lb) for six people. If there are big eaters or no sides, go to 700 g.")
    convs.append(c0.to_json())

    c = GptConv("lp-gpt-main", "LP homework — tables and chairs", 1741712000.0)
    p1 = ("HW4 problem 1. A small workshop builds tables and chairs. x = tables, y = chairs per week. "
          "Profit $30 per table, $20 per chair. Table: 2 h carpentry, 1 h finishing. Chair: 1 h carpentry, "
          "1 h finishing. 100 carpentry hours, 80 finishing hours per week, market takes at most 40 tables.\n"
          "max 30x + 20y s.t. 2x + y <= 100, x + y <= 80, x <= 40, x, y >= 0\n"
          "(a) Solve graphically. Give the optimal plan (x*, y*).\n(b) Max weekly profit?\n"
          "(c) Which constraints are binding? A carpentry and finishing B finishing and market C carpentry and market D finishing only\n"
          "(d) Optimal dual solution (shadow prices) (u1, u2, u3) for carpentry, finishing, market\n"
          "(e) Keeping chair profit at $20, largest profit per table for which the plan in (a) stays optimal?")
    u1 = c.user(c.top, p1)
    # first (older) response, later regenerated: not on the graded branch
    c.assistant(u1, "Checking the corners: (0,0) → 0, (40,0) → 1200, (40,20) → 1600, (0,80) → 1600.\n\n"
                    "**(a)** $(x^*, y^*) = (40, 20)$\n\n**(b)** $1,600\n\n**(c)** (B)\n\n"
                    "**(d)** $(u_1,u_2,u_3) = (0, 20, 10)$\n\n**(e)** $60", dt=20)
    t = c.thoughts(u1, [("Listing vertices", "Intersections: 2x+y=100 with x+y=80 gives x=20, y=60. "
                                              "Market line x=40 with 2x+y=100 gives y=20. Profits 1800 vs 1600."),
                        ("Dual", "Slacks at optimum: 0, 0, 20. Shadow prices... use slacks?")], dt=60)
    r = c.recap(t, "Thought for 14 seconds")
    a1 = c.assistant(r, (
        "Let's find the corner points of the feasible region first.\n\n"
        "| Vertex | How it arises | Profit $30x+20y$ |\n|---|---|---|\n"
        "| (0, 0) | origin | 0 |\n| (40, 0) | $x=40$, $y=0$ | 1200 |\n"
        "| (40, 20) | $x=40$ and $2x+y=100$ | 1600 |\n| (20, 60) | $2x+y=100$ and $x+y=80$ | 1800 |\n"
        "| (0, 80) | $x+y=80$, $x=0$ | 1600 |\n\n"
        "**(a)** The best corner is the intersection of the carpentry and finishing lines:\n\n"
        "$$ (x^*, y^*) = (20,\\ 60) $$\n\n"
        "**(b)** Maximum weekly profit: **$1,800**.\n\n"
        "**(c)** At (20, 60): $2(20)+60 = 100$ (tight), $20+60 = 80$ (tight), $20 < 40$ (slack). "
        "So the binding constraints are carpentry and finishing — **(A)**.\n\n"
        "**(d)** The slack left in each constraint at the optimum is carpentry 0, finishing 0, market $40-20 = 20$. "
        "Reading these off the final tableau,\n\n"
        "**Dual solution:** $(u_1, u_2, u_3) = (0, 0, 20)$\n\n"
        "**(e)** The plan stays optimal while the objective slope $-c/20$ lies between the slopes of the two "
        "binding lines, $-2$ and $-1$, i.e. $20 \\le c \\le 40$. So the largest table profit is **$40**.\n"
        "Strictly speaking, at $c = 40$ the corner (40, 20) ties with (20, 60), so if you want (20, 60) to be the "
        "*unique* optimum, take anything just below that, e.g. **$39.99**."), dt=6)
    p2 = ("ok problem 2: max z = 3x1 + 2x2 s.t. x1 + x2 <= 4, x1 + 3x2 <= 6, x1, x2 >= 0. slacks s1, s2, start from slack basis.\n"
          "(a) Dantzig's rule: which variable enters first?\n"
          "(b) one pivot with ratio test, give the whole tableau after the pivot as a 3x5 matrix: rows constraint 1, constraint 2, "
          "objective row (z-row written as z - 3x1 - 2x2 = 0 initially); columns x1, x2, s1, s2, RHS\n"
          "(c) optimal value z*\n(d) true or false: the optimal solution is unique")
    u2 = c.user(a1, p2, dt=300)
    k = c.code(u2, "import numpy as np\n"
                   "T = np.array([[1,1,1,0,4],[1,3,0,1,6],[3,2,0,0,0]], float)  # objective row z = 3x1 + 2x2\n"
                   "col = 0                                  # x1 has the largest coefficient\n"
                   "ratios = T[:2,4] / T[:2,col]; row = ratios.argmin()\n"
                   "T[row] /= T[row,col]\n"
                   "for r in range(3):\n    if r != row: T[r] -= T[r,col]*T[row]\n"
                   "print(ratios, row); print(T)")
    o = c.tool_output(k, "[4. 6.] 0\n[[  1.   1.   1.   0.   4.]\n [  0.   2.  -1.   1.   2.]\n [  0.  -1.  -3.   0. -12.]]")
    a2 = c.assistant(o, (
        "**(a)** The objective coefficients are 3 for $x_1$ and 2 for $x_2$; the most attractive is $x_1$, so "
        "**$x_1$ enters**.\n\n"
        "**(b)** Ratio test: $4/1 = 4$ (row 1) and $6/1 = 6$ (row 2), so $s_1$ leaves and row 1 is the pivot row. "
        "After the pivot the tableau is\n\n"
        "$$\n\\begin{bmatrix} 1 & 1 & 1 & 0 & 4 \\\\ 0 & 2 & -1 & 1 & 2 \\\\ 0 & -1 & -3 & 0 & -12 \\end{bmatrix}\n$$\n\n"
        "**(c)** No coefficient in the objective row is positive any more, so we are optimal at $x_1 = 4$, $x_2 = 0$ with "
        "$z^* = 12$.\n\n"
        "**(d)** **True** — both nonbasic variables ($x_2$ and $s_1$) have nonzero reduced costs, so no other vertex "
        "attains $z = 12$; the optimum (4, 0) is unique."), dt=9)
    convs.append(c.to_json(current_node=a2))

    c2 = GptConv("lp-gpt-cover", "Cover letter tweak", 1741800000.0)
    u = c2.user(c2.top, "make this sentence less stiff: 'I am writing to express my interest in the position.'")
    c2.assistant(u, "Try: \"I'd love to be considered for the role\" — or, more direct, \"I'm excited to apply for ...\".")
    convs.append(c2.to_json())
    dump(out("lp-by-hand", "chatgpt-export.json"), convs)


# ---------------------------------------------------------------- lp-by-hand / claude-export.json
HW4_TEXT = (
    "OR 210 — Operations Research I    Homework 4: LP by hand    Due Fri 14 Mar, 23:59\n"
    "1. A small workshop builds tables and chairs. Let x be the number of tables and y the number of chairs built per week. "
    "Each table earns $30 profit and each chair $20. A table needs 2 hours of carpentry and 1 hour of finishing; a chair needs "
    "1 hour of carpentry and 1 hour of finishing. There are 100 carpentry hours and 80 finishing hours per week, and the market "
    "absorbs at most 40 tables per week.\n"
    "max 30x + 20y s.t. 2x + y ≤ 100, x + y ≤ 80, x ≤ 40, x, y ≥ 0.\n"
    "(a) (3 points) Solve graphically. Give the optimal production plan as a vector (x*, y*).\n"
    "(b) (1 point) What is the maximum weekly profit?\n"
    "(c) (2 points) Which constraints are binding at the optimum?\n"
    "A. carpentry and finishing\nB. finishing and the market limit x ≤ 40\nC. carpentry and the market limit x ≤ 40\nD. finishing only\n"
    "(d) (3 points) Give the optimal dual solution (shadow prices) (u1, u2, u3) for the carpentry, finishing and market constraints, in that order.\n"
    "(e) (2 points) Keeping the chair profit at $20, what is the largest profit per table for which the plan of part (a) stays optimal?\n"
    "2. Consider max z = 3x1 + 2x2 s.t. x1 + x2 ≤ 4, x1 + 3x2 ≤ 6, x1, x2 ≥ 0.\n"
    "Add slacks s1, s2 and start the simplex method from the slack basis.\n"
    "(a) (1 point) Using Dantzig's rule (most negative reduced cost in the objective row), which variable enters the basis first?\n"
    "(b) (4 points) Perform one pivot (ratio test for the leaving variable). Write the whole tableau after the pivot as a 3 × 5 matrix: "
    "rows are constraint 1, constraint 2, objective row (z-row written as z − 3x1 − 2x2 = 0 initially); columns are x1, x2, s1, s2, RHS.\n"
    "(c) (1 point) What is the optimal value z*?\n"
    "(d) (1 point) True or false: the optimal solution of this LP is unique.\n"
)


def lp_claude():
    convs = []
    c0 = ClaudeConv("lp-claude-regex", "Regex for ISO dates", 86400 * 8 + 3600 * 10)
    c0.human("regex that matches 2025-03-14 style dates only")
    c0.assistant([("text", "`^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$` — it checks the shape and month/day ranges, "
                           "not whether e.g. 2025-02-30 exists.")])
    convs.append(c0.to_json())

    c = ClaudeConv("lp-claude-main", "LP homework help", 86400 * 9 + 3600 * 20)
    c.human("can you solve all of hw4? show work briefly", attachments=[("hw4.pdf", "pdf", HW4_TEXT)])
    c.assistant([
        ("thinking", "Problem 1: vertices (0,0),(40,0),(40,20),(20,60),(0,80). Profits 0,1200,1600,1800,1600. "
                     "Optimum (20,60). Dual: 2u1+u2+u3=30, u1+u2=20, u3=0 -> u1=10,u2=10. Hmm, but sign conventions "
                     "differ between courses; maybe ask. Problem 2: pivot on x1 row 1."),
        ("tool_use", "repl", {"code": "const T=[[1,1,1,0,4],[1,3,0,1,6],[-3,-2,0,0,0]];\n"
                                      "const p=T[0];\nfor (const r of [1,2]) { const f=T[r][0]; T[r]=T[r].map((v,i)=>v-f*p[i]); }\n"
                                      "console.log(JSON.stringify(T));"}),
        ("tool_result", "repl", "{\"status\":\"success\",\"logs\":[\"[[1,1,1,0,4],[0,2,-1,1,2],[0,1,3,0,12]]\"]}"),
        ("text",
         "## Problem 1\n\n"
         "**Corner points.** The feasible region has vertices (0, 0), (40, 0), (40, 20), (20, 60) and (0, 80), with profits "
         "0, 1200, 1600, 1800 and 1600.\n\n"
         "**(a)** Optimal plan: **(x\\*, y\\*) = (20, 60)** — 20 tables and 60 chairs.\n\n"
         "**(b)** Maximum profit = 30·20 + 20·60 = **$1,800** per week.\n\n"
         "**(c)** Carpentry uses 2·20 + 60 = 100 h and finishing 20 + 60 = 80 h, both at capacity; only 20 of the 40 tables the "
         "market allows are built. Answer: **(A)**.\n\n"
         "**(d)** For the shadow prices I'd want to check one thing first: does your course write the dual of a max problem "
         "with ≤ constraints with u ≥ 0, or do you read the prices off the final tableau with its sign convention (negative "
         "entries in the z-row)? Let me know which form you need and I'll give (u₁, u₂, u₃) in that form.\n\n"
         "**(e)** (20, 60) stays optimal while the iso-profit slope −c/20 lies between −2 (carpentry) and −1 (finishing), "
         "i.e. 20 ≤ c ≤ 40. The largest table profit is therefore **$40**.\n\n"
         "## Problem 2\n\n"
         "**(a)** The initial z-row is z − 3x₁ − 2x₂ = 0; the most negative entry is −3, so **x₁** enters.\n\n"
         "**(b)** Ratios 4/1 = 4 and 6/1 = 6 → s₁ leaves, pivot on row 1. New tableau (columns x₁, x₂, s₁, s₂, RHS):\n\n"
         "$$\\begin{bmatrix} 1 & 1 & 1 & 0 & 4 \\\\ 0 & 2 & -1 & 1 & 2 \\\\ 0 & 1 & 3 & 0 & 12 \\end{bmatrix}$$\n\n"
         "**(c)** All z-row entries are now ≥ 0, so the tableau is optimal: x₁ = 4, x₂ = 0, **z\\* = 12**.\n\n"
         "**(d)** **True.** The reduced costs of the nonbasic variables x₂ and s₁ are 1 and 3, both strictly positive, so no "
         "other vertex gives z = 12.\n\n"
         "### Summary\n\n"
         "| Part | Answer |\n|---|---|\n| 1(a) | (20, 60) |\n| 1(b) | $1,800 |\n| 1(c) | A |\n| 1(d) | — (see question above) |\n"
         "| 1(e) | $40 |\n| 2(a) | x₁ |\n| 2(b) | see matrix |\n| 2(c) | 12 |\n| 2(d) | False |"),
    ])
    c.human("for 1e whats the smallest profit per table that keeps it optimal?")
    c.assistant([("text", "The lower end of the range is **$20**: below that the iso-profit line is flatter than the finishing "
                          "constraint and (0, 80) becomes the better corner. So (20, 60) is optimal for 20 ≤ c ≤ 40.")])
    convs.append(c.to_json())
    dump(out("lp-by-hand", "claude-export.json"), convs)


# ---------------------------------------------------------------- spring-mass / conversations.json (no current_node)
def spring_gpt():
    c = GptConv("sm-gpt", "Vibrations PS3", 1741950000.0, with_current_node=False)
    q_old = ("3.1 m = 2 kg, k = 800 N/m, c = 16 Ns/m. a) wn b) zeta c) wd\n"
             "3.2 m=0.5, k=50, x0=0.02, v0=0.3. a) amplitude b) x(t)")
    u_old = c.user(c.top, q_old)
    c.assistant(u_old, "**3.1** (a) ωn = 20 rad/s (b) ζ = 0.2 (c) ωd ≈ 19.6 rad/s\n\n"
                       "**3.2** (a) A = 0.0316 m (b) x(t) = 0.0316 cos(10t − 0.98)", dt=20)
    # the student edits the first message (new sibling, later create_time) -> this branch is the graded one
    q_new = ("ME 340 PS3, please solve with steps, 4 sig figs:\n"
             "Exercise 3.1 — mass m = 2 kg, spring k = 800 N/m, dashpot c = 16 N·s/m. a) undamped natural frequency ωn in rad/s "
             "b) damping ratio ζ c) damped natural frequency ωd in rad/s (4 significant figures)\n"
             "Exercise 3.2 — undamped, m = 0.5 kg, k = 50 N/m, x0 = 0.02 m, v0 = 0.3 m/s. a) amplitude in m (4 s.f.) "
             "b) x(t) in the form A cos ωt + B sin ωt")
    u1 = c.user(c.top, q_new, dt=200)
    a1 = c.assistant(u1, (
        "## Exercise 3.1\n\n"
        "**a)** $\\omega_n = \\sqrt{k/m} = \\sqrt{800/2} = \\sqrt{400} = 20\\ \\text{rad/s}$\n\n"
        "**b)** Critical damping $c_c = 2\\sqrt{km} = 2\\sqrt{1600} = 80\\ \\text{N·s/m}$, so\n"
        "$\\zeta = c/c_c = 16/80 = 0.2$\n\n"
        "**c)** $\\omega_d = \\omega_n\\sqrt{1-\\zeta^2} = 20\\sqrt{0.96} = 19.60\\ \\text{rad/s}$\n\n"
        "## Exercise 3.2\n\n"
        "$\\omega = \\sqrt{50/0.5} = 10$ rad/s.\n\n"
        "**a)** Amplitude $X = \\sqrt{x_0^2 + (v_0/\\omega)^2} = \\sqrt{0.02^2 + 0.03^2} = \\sqrt{0.0013} = 0.03606\\ \\text{m}$\n\n"
        "**b)** With $A = x_0$ and $B = v_0/\\omega$:\n\n"
        "$$x(t) = 0.02\\cos(10t) + 0.03\\sin(10t)$$\n\n"
        "---\n**Summary**\n"
        "- ωn = 20 rad/s\n- ζ = 0.2\n- ωd = 19.60 rad/s\n- X = 0.03606 m\n"
        "- x(t) = 0.02 cos 10t + 0.3 sin 10t"), dt=30)
    u2 = c.user(a1, (
        "thanks. Exercise 3.3: wall - k1 = 300 N/m - m1 - k2 = 600 N/m - m2 (free). "
        "a) 2x2 stiffness matrix K with Kx = F b) F = (0, 60) N on m2 only, find x = (x1, x2) in m\n"
        "Exercise 3.4: system of 3.1 driven by F(t) = 40 cos(20t) N, steady-state amplitude in m?"), dt=400)
    a2 = c.assistant(u2, (
        "### 3.3\n\n"
        "**a)** Spring 1 connects $m_1$ to the wall and spring 2 couples the masses:\n\n"
        "$$K = \\begin{bmatrix} k_1 + k_2 & -k_2 \\\\ -k_2 & k_2 \\end{bmatrix} = "
        "\\begin{bmatrix} 900 & -600 \\\\ -600 & 600 \\end{bmatrix}\\ \\text{N/m}$$\n\n"
        "**b)** $\\det K = 900\\cdot 600 - 600^2 = 180\\,000$, and\n"
        "$K^{-1} = \\frac{1}{180000}\\begin{bmatrix} 600 & 300 \\\\ 600 & 900 \\end{bmatrix}$, so\n\n"
        "$$\\mathbf{x} = K^{-1}\\mathbf{F} = \\frac{1}{180000}\\begin{bmatrix} 300\\cdot 60 \\\\ 900 \\cdot 60\\end{bmatrix} = "
        "\\begin{bmatrix} 0.1 \\\\ 0.3 \\end{bmatrix}\\ \\text{m}$$\n\n"
        "So $x_1 = 0.1$ m and $x_2 = 0.3$ m.\n\n"
        "### 3.4\n\n"
        "For harmonic forcing the steady-state amplitude is the static deflection times the magnification factor "
        f"{CITE_OPEN}cite{CITE_SEP}turn0search2{CITE_CLOSE}:\n\n"
        "$$X = \\frac{F_0/k}{\\sqrt{(1-r^2)^2 + (2\\zeta r)^2}}$$\n\n"
        "Here $F_0/k = 40/800 = 0.05$ m. Taking the frequency ratio relative to the damped natural frequency, "
        "$r = 20/19.60 = 1.0206$, so $1 - r^2 = -0.0417$ and $2\\zeta r = 0.4082$:\n\n"
        "$$X = \\frac{0.05}{\\sqrt{0.00174 + 0.16667}} = \\frac{0.05}{0.4104} \\approx 0.1218\\ \\text{m}$$\n\n"
        f"**Steady-state amplitude ≈ 0.1218 m.** {CITE_OPEN}cite{CITE_SEP}turn0search0{CITE_CLOSE}"), dt=35)
    dump(out("spring-mass", "conversations.json"), [c.to_json()])


# ---------------------------------------------------------------- spring-mass / claude-data.json
PS3_TEXT = (
    "ME 340 Mechanical Vibrations — Problem Set 3\nSingle- and two-degree-of-freedom spring–mass systems\n\n"
    "Exercise 3.1 — Free damped vibration (6 pts)\nA block of mass m = 2 kg hangs from a spring of stiffness k = 800 N/m and a "
    "viscous dashpot with c = 16 N·s/m.\na) Find the undamped natural frequency ωn in rad/s.\nb) Find the damping ratio ζ.\n"
    "c) Find the damped natural frequency ωd in rad/s (4 significant figures).\n\n"
    "Exercise 3.2 — Initial conditions (5 pts)\nAn undamped oscillator has m = 0.5 kg and k = 50 N/m. At t = 0 it is displaced "
    "x0 = 0.02 m and given a velocity v0 = 0.3 m/s.\na) What is the amplitude of the motion in metres (4 significant figures)?\n"
    "b) Write the response x(t) in the form A cos ωt + B sin ωt.\n\n"
    "Exercise 3.3 — Two masses in a chain (6 pts)\nA wall is connected by spring k1 = 300 N/m to mass m1, and m1 is connected by "
    "spring k2 = 600 N/m to mass m2; m2 is otherwise free.\na) Write the 2×2 stiffness matrix K such that Kx = F.\n"
    "b) A static force of 60 N pulls on m2 only, F = (0, 60)^T N. Find the static displacement vector x = (x1, x2) in metres.\n\n"
    "Exercise 3.4 — Forced response at resonance (3 pts)\nThe system of Exercise 3.1 is driven by F(t) = 40 cos(20t) N. Find the "
    "steady-state amplitude of the displacement in metres.\n")


def spring_claude():
    convs = []
    c0 = ClaudeConv("sm-claude-email", "Email to TA about extension", 86400 * 11 + 3600 * 9)
    c0.human("short polite email asking my TA for a 2 day extension on PS3, I was sick")
    c0.assistant([("text", "Subject: PS3 extension request\n\nHi [TA name],\n\nI was ill for most of this week and fell behind on "
                           "Problem Set 3. Would it be possible to have a two-day extension? I can share a doctor's note if needed.\n\n"
                           "Thanks for considering it,\n[Your name]")])
    convs.append(c0.to_json())

    c = ClaudeConv("sm-claude-main", "Spring-mass PS3 check", 86400 * 12 + 3600 * 15)
    c.human("Help me check 3.1 please. (I did 3.2 on my own so skip it)", attachments=[("PS3.md", "text/markdown", PS3_TEXT)])
    c.assistant([
        ("thinking", "wn = sqrt(400) = 20. zeta = 16/(2*sqrt(1600)) = 0.2. wd = 20*sqrt(0.96) = 19.5959. Round to 4 s.f.: 19.60."),
        ("tool_use", "repl", {"code": "const wn=Math.sqrt(800/2), z=16/(2*Math.sqrt(800*2));\n"
                                      "console.log(wn, z, wn*Math.sqrt(1-z*z));"}),
        ("tool_result", "repl", "{\"status\":\"success\",\"logs\":[\"20 0.2 19.595917942265423\"]}"),
        ("text",
         "Here's Exercise 3.1:\n\n"
         "**a)** ωₙ = √(k/m) = √(800/2) = **20 rad/s**\n\n"
         "**b)** ζ = c / (2√(km)) = 16 / (2·40) = **0.2**\n\n"
         "**c)** ω_d = ωₙ√(1 − ζ²) = 20·√0.96 = 19.5959… ≈ **19.60 rad/s**\n\n"
         "If your numbers match these, you're good on 3.1."),
    ])
    c.human("yep matches. now 3.3 and 3.4")
    c.assistant([
        ("thinking", "K = [[k1+k2, -k2], [-k2, k2]] = [[900,-600],[-600,600]]. For (b) the figure might have a third spring; "
                     "the text says free. Ask? 3.4: r = 1, X = (F0/k)/(2 zeta) = 0.05/0.4 = 0.125."),
        ("text",
         "**3.3 (a)** Writing the force balance on each mass:\n\n"
         "$$K = \\begin{pmatrix} k_1 + k_2 & -k_2 \\\\ -k_2 & k_2 \\end{pmatrix} = \\begin{pmatrix} 900 & -600 \\\\ -600 & 600 \\end{pmatrix}\\ \\text{N/m}$$\n\n"
         "**3.3 (b)** One thing before I solve this: in your figure, is m₂ also attached to a second wall on the right? The text "
         "says \"otherwise free\", but many versions of this problem have a third spring k₃ there, which changes K and the answer. "
         "Just confirm and I'll do the solve.\n\n"
         "**3.4** The forcing frequency equals ωₙ = 20 rad/s, so r = 1 and the magnification factor is 1/(2ζ) = 2.5:\n\n"
         "X = (F₀/k) · 1/(2ζ) = 0.05 · 2.5 = **0.125 m**\n\n"
         "(If your instructor means the 40 N as a peak-to-peak force, halve it: **X = 0.0625 m**.)"),
    ])
    convs.append(c.to_json())
    dump(out("spring-mass", "claude-data.json"), convs)


# ---------------------------------------------------------------- traffic-flow / gpt-export-a.json
def traffic_gpt_a():
    c = GptConv("tf-gpt-a", "Greenshields traffic flow HW", 1742300000.0)
    u1 = c.user(c.top, (
        "CE 361 assignment 2, Greenshields model (v = vf(1 - k/kj), q = kv), km/h, veh/km, veh/h.\n"
        "Problem 1. vf = 100 km/h, kj = 120 veh/km.\n(a) capacity qmax\n(b) flow-density relation q(k)\n"
        "(c) observed flow 2250 veh/h, uncongested. (i) density (ii) space-mean speed\n"
        "Problem 2. Traffic in the uncongested state of 1(c) approaches a signal that turns red; stopped vehicles are at jam density.\n"
        "(a) speed of the shock wave at the back of the queue (km/h, direction of traffic positive)\n"
        "(b) red lasts 90 s. queue length in metres when it turns green?\n"
        "(c) on green, vehicles discharge at capacity. at what density? (A) 30 (B) 60 (C) 90 (D) 120 veh/km\n"
        "Problem 3. spot speeds of four vehicles at a point: 40, 60, 80, 120 km/h. estimate the space-mean speed."))
    # older answer (regenerated away)
    c.assistant(u1, "1(a) 3000 veh/h  1(b) q = 100k − (5/6)k²  1(c) 30 veh/km, 75 km/h\n"
                    "2(a) −25 km/h  2(b) 625 m  2(c) B\n3: 64 km/h", dt=15)
    t = c.thoughts(u1, [("Capacity", "qmax = vf*kj/4 = 3000."),
                        ("Shock", "w = (q2 - q1)/(k2 - k1) = (0 - 2250)/(120 - 30) = -25; report magnitude?"),
                        ("Mean speed", "space mean from spot speeds: harmonic mean 64; arithmetic 75.")], dt=90)
    r = c.recap(t, "Thought for 21 seconds")
    a = c.assistant(r, (
        "### Problem 1\n\n"
        "**(a)** Under Greenshields the flow peaks at half the jam density:\n"
        "$q_{\\max} = \\dfrac{v_f k_j}{4} = \\dfrac{100 \\times 120}{4} = 3000$ veh/h.\n\n"
        "**(b)** With $v_f/k_j = 100/120 = 6/5$,\n\n"
        "$$q(k) = 100k - \\tfrac{6}{5}k^2$$\n\n"
        "**(c)** Setting $100k - \\tfrac{5}{6}k^2 = 2250$ gives $k^2 - 120k + 2700 = 0$... let me redo that: "
        "$k^2 - 120k + 2592 = 0$? No — multiplying $2250$ by $6/5$ gives $2700$, so $k^2 - 120k + 2700 = 0$ has roots "
        "$k = 60 \\pm \\sqrt{900} = 30$ or $90$.\n\n"
        "- (i) Uncongested branch: **k = 30 veh/km**\n"
        "- (ii) $v = q/k = 2250/30 =$ **75 km/h**\n\n"
        "### Problem 2\n\n"
        "**(a)** Upstream state A: $(k, q) = (30, 2250)$; queue state B: $(120, 0)$. The shock speed is\n"
        "$w = \\dfrac{q_A - q_B}{k_B - k_A} = \\dfrac{2250 - 0}{120 - 30} = 25$ km/h.\n\n"
        "So **w = 25 km/h**.\n\n"
        "**(b)** In $90\\text{ s} = 0.025$ h the back of the queue travels $25 \\times 0.025 = 0.625$ km, so the queue is "
        "**625 m** long.\n\n"
        "**(c)** Capacity occurs at $k_c = k_j/2 = 60$ veh/km → **(B)**.\n\n"
        "### Problem 3\n\n"
        "The average of the recorded speeds is $(40 + 60 + 80 + 120)/4 = 75$ km/h.\n\n"
        "**Space-mean speed ≈ 75 km/h**"), dt=5)
    dump(out("traffic-flow", "gpt-export-a.json"), [c.to_json(current_node=a)])


# ---------------------------------------------------------------- traffic-flow / gpt-export-b.json
def traffic_gpt_b():
    convs = []
    c0 = GptConv("tf-gpt-b-0", "Excel formula for weekdays", 1742000000.0)
    u = c0.user(c0.top, "excel count weekdays between two dates")
    c0.assistant(u, "Use `=NETWORKDAYS(A2, B2)`; add a holiday range as a third argument if needed.")
    convs.append(c0.to_json())

    c = GptConv("tf-gpt-b-main", "Traffic flow assignment 2", 1742400000.0)
    u1 = c.user(c.top, (
        "Greenshields, vf = 100 km/h, kj = 120 veh/km.\n1(a) capacity\n1(b) q(k)\n"
        "1(c) flow 2250 veh/h uncongested: (i) density (ii) speed"))
    k = c.code(u1, "import numpy as np\nvf, kj = 100, 120\nprint(vf*kj/4)\nprint(np.roots([-vf/kj, vf, -2250]))")
    o = c.tool_output(k, "3000.0\n[90. 30.]")
    a1 = c.assistant(o, (
        "**1(a)** Capacity: $q_{max} = v_f k_j / 4 = \\mathbf{3000}$ **veh/h**.\n\n"
        "**1(b)** $q = k v = k \\cdot 100(1 - k/120)$, i.e.\n\n"
        "$$q(k) = 100k - \\frac{5}{6}k^2$$\n\n"
        "**1(c)** Solving $100k - \\frac{5}{6}k^2 = 2250$:\n\n"
        "(i) The density is **k = 30 veh/km or 90 veh/km** (the two roots of the quadratic).\n\n"
        "(ii) Speed: $v = q/k = 2250/30 =$ **75 km/h**.\n\n"
        "| Part | Result |\n|---|---|\n| 1(a) | 3000 veh/h |\n| 1(b) | q = 100k − k²/12 |\n| 1(c)(i) | 30 or 90 veh/km |\n| 1(c)(ii) | 75 km/h |"))
    u2 = c.user(a1, (
        "Problem 2. traffic from 1(c) approaches a signal that turns red, stopped cars at jam density.\n"
        "(a) shock wave speed at back of queue, direction of traffic positive\n(b) red is 90 s, queue length in metres\n"
        "(c) discharge density on green: (A) 30 (B) 60 (C) 90 (D) 120\n"
        "Problem 3. spot speeds 40, 60, 80, 120 km/h, estimate space-mean speed"), dt=600)
    a2 = c.assistant(u2, (
        "**2(a)** Between the arriving state (30 veh/km, 2250 veh/h) and the queue (120 veh/km, 0 veh/h):\n\n"
        "$$w = \\frac{0 - 2250}{120 - 30} = -25\\ \\text{km/h}$$\n\n"
        "The minus sign means the back of the queue moves upstream.\n\n"
        "**2(b)** $|w| \\cdot t = 25\\ \\text{km/h} \\times \\frac{90}{3600}\\ \\text{h}$, so the queue length is **0.625 km**.\n\n"
        "**2(c)** Vehicles leave at the capacity state, $k = k_j/2 = 60$ veh/km: **B**.\n\n"
        "I'll stop here for now — want me to do Problem 3 too?"))
    u3 = c.user(a2, "nah i got 3, thanks", dt=120)
    a3 = c.assistant(u3, "Great — good luck with the assignment!", dt=4)
    convs.append(c.to_json(current_node=a3))

    c2 = GptConv("tf-gpt-b-2", "Bike commute time", 1742500000.0)
    u = c2.user(c2.top, "12 km at 18 km/h how long")
    c2.assistant(u, "12 / 18 = 0.667 h, i.e. **40 minutes**.")
    convs.append(c2.to_json())
    dump(out("traffic-flow", "gpt-export-b.json"), convs)


if __name__ == "__main__":
    lp_chatgpt()
    lp_claude()
    spring_gpt()
    spring_claude()
    traffic_gpt_a()
    traffic_gpt_b()
    print("wrote 6 export files")
