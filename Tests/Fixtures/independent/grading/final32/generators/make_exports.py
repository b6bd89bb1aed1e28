#!/usr/bin/env python3
"""Write the five JSON chat exports of this corpus (ChatGPT conversations.json shape and
Claude data-export shape). Deterministic: fixed ids and timestamps, so re-running gives
byte-identical files.  Usage: python3 generators/make_exports.py  (from the corpus root)."""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("5b0c6f1e-3a7d-4c2b-9e8f-0d1c2b3a4f50")
def uid(*names): return str(uuid.uuid5(NS, "/".join(names)))

CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"

# ---------------------------------------------------------------- ChatGPT helpers
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        rid = "client-created-root"
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.root = rid
        self.last_t = t0

    def _add(self, name, parent, message):
        nid = uid(self.key, name)
        message["id"] = nid
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, name, parent, role, content, t, recipient="all", author_name=None, meta=None, hidden=False):
        m = {"author": {"role": role, "name": author_name, "metadata": {}},
             "create_time": t, "update_time": None if role != "tool" else t,
             "content": content, "status": "finished_successfully",
             "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
             "weight": 1.0, "metadata": dict(meta or {}), "recipient": recipient, "channel": None}
        if hidden:
            m["metadata"]["is_visually_hidden_from_conversation"] = True
        return self._add(name, parent, m)

    def system(self):
        return self.msg("system", self.root, "system", {"content_type": "text", "parts": [""]}, None, hidden=True)
    def user(self, name, parent, text, t):
        return self.msg(name, parent, "user", {"content_type": "text", "parts": [text]}, t)
    def asst(self, name, parent, text, t, model="gpt-4o"):
        return self.msg(name, parent, "assistant", {"content_type": "text", "parts": [text]}, t,
                        meta={"model_slug": model, "default_model_slug": model})
    def code(self, name, parent, code, t, model="gpt-4o"):
        m = {"author": {"role": "assistant", "name": None, "metadata": {}}, "create_time": t, "update_time": None,
             "content": {"content_type": "code", "language": "unknown", "response_format_name": None, "text": code},
             "status": "finished_successfully", "end_turn": False, "weight": 1.0,
             "metadata": {"model_slug": model}, "recipient": "python", "channel": None}
        return self._add(name, parent, m)
    def tool_out(self, name, parent, text, t):
        return self.msg(name, parent, "tool", {"content_type": "execution_output", "text": text}, t,
                        author_name="python", meta={"aggregate_result": {"status": "success"}})
    def thoughts(self, name, parent, items, t, model="o3"):
        return self.msg(name, parent, "assistant",
                        {"content_type": "thoughts", "thoughts": [{"summary": s, "content": c, "finished": True} for s, c in items],
                         "source_analysis_msg_id": uid(self.key, name, "analysis")}, t, meta={"model_slug": model})
    def recap(self, name, parent, text, t, model="o3"):
        return self.msg(name, parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t,
                        meta={"model_slug": model})

    def export(self, current=None, update_time=None):
        d = {"title": self.title, "create_time": self.t0,
             "update_time": update_time if update_time is not None else self.t0,
             "mapping": self.mapping}
        if current is not None:
            d["current_node"] = uid(self.key, current)
        d.update({"conversation_id": uid(self.key, "conversation"), "id": uid(self.key, "conversation"),
                  "is_archived": False, "default_model_slug": "gpt-4o", "moderation_results": []})
        return d

def write(relpath, obj):
    path = os.path.join(ROOT, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

# ---------------------------------------------------------------- Claude helpers
def cmsg(conv, i, sender, blocks, t, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", t); b.setdefault("stop_timestamp", t)
        if b["type"] == "text": b.setdefault("citations", [])
        content.append(b)
    return {"uuid": uid(conv, "msg", str(i)), "text": text, "content": content, "sender": sender,
            "created_at": t, "updated_at": t, "attachments": list(attachments), "files": []}

def cconv(key, name, t0, t1, msgs):
    return {"uuid": uid(key), "name": name, "created_at": t0, "updated_at": t1,
            "account": {"uuid": uid("account", "student")}, "chat_messages": msgs}

T = lambda s: {"type": "text", "text": s}
TH = lambda s: {"type": "thinking", "thinking": s, "summaries": [{"summary": "Thinking through the problem."}], "cut_off": False}

# ================================================================ set 1: numerical methods, ChatGPT
NM_PROMPT = """Numerical methods homework 4, please solve. Give x_2 to 4 decimals, trapezoid to 4 and Simpson to 5.

1. f(x) = x^3 - 2x - 5. (a) Write Newton's method as x_{n+1} = g(x_n) with g a single simplified rational function. (b) x_0 = 2, two Newton steps, report x_2.
2. Bisection for p(x) = x^2 - 2 on [1, 2]. (a) bracketing interval after three steps (b) minimum number of steps so the bracket length is below 10^-6
3. I = integral of e^x from 0 to 1. (a) composite trapezoid, n = 4 (b) composite Simpson, n = 4
4. Jacobi for [[4, 1], [2, 5]] x = [9, 12] from x^(0) = (0, 0). Give x^(2).
5. True or false: Gauss-Seidel converges for every starting vector whenever the matrix is strictly diagonally dominant by rows."""

def nm_chatgpt():
    c = GPTConv("nm-gpt", "Numerical Methods HW4", 1770301200.0)
    s = c.system()
    u1 = c.user("u1", s, NM_PROMPT, 1770301201.5)
    # original answer (regenerated away from; not the graded branch)
    c.asst("a1-orig", u1, """Here are the answers.

1. (a) g(x) = x − (x³ − 2x − 5)/(3x² − 2) = (2x³ + 5)/(3x² − 2)
   (b) x₁ = 2.1, x₂ ≈ 2.0946
2. (a) [1.375, 1.5]  (b) 20 steps
3. (a) 1.7272  (b) 1.71832
4. x⁽²⁾ = (1.65, 1.5)
5. False — diagonal dominance is sufficient only for Jacobi.""", 1770301215.2)
    # regenerated branch: graded (current_node)
    a2 = c.asst("a2-intro", u1, "I'll do the algebra by hand and use Python for the iterations and the quadrature sums.", 1770301290.0)
    k = c.code("a2-code", a2, """import numpy as np
f = lambda x: x**3 - 2*x - 5
df = lambda x: 3*x**2 - 2
x = 2.0
for i in range(2):
    x = x - f(x)/df(x)
    print("x", i+1, x)
a, b = 1.0, 2.0
for i in range(3):
    m = (a+b)/2
    if m*m - 2 > 0: b = m
    else: a = m
print("bracket", a, b)
n = 0
while 2.0**-n >= 1e-6: n += 1
print("n", n)
xs = np.linspace(0, 1, 5); y = np.exp(xs); h = 0.25
print("T4", h*(y[0]/2 + y[1:4].sum() + y[4]/2))
print("S4", h/3*(y[0] + 4*y[1] + 2*y[2] + 4*y[3] + y[4]))
A = np.array([[4., 1.], [2., 5.]]); rhs = np.array([9., 12.])
xk = np.zeros(2)
for it in range(2):
    for i in range(2):
        xk[i] = (rhs[i] - A[i, 1-i]*xk[1-i]) / A[i, i]
    print("x^(%d)" % (it+1), xk)""", 1770301291.0)
    o = c.tool_out("a2-out", k, """x 1 2.1
x 2 2.094568121104185
bracket 1.375 1.5
n 20
T4 1.7272219045575166
S4 1.718318841921747
x^(1) [2.25 1.5 ]
x^(2) [1.875 1.65 ]""", 1770301293.4)
    a3 = c.asst("a2-final", o, """## Question 1

**(a)** Newton's step is $x - f(x)/f'(x)$ with $f'(x) = 3x^2 - 2$. Over a common denominator,

$$
g(x) = \\frac{x(3x^2 - 2) - (x^3 - 2x - 5)}{3x^2 - 2} = \\frac{2x^3 + 5}{3x^2 - 2}.
$$

**(b)** From the run: $x_1 = 2.1$, $x_2 = 2.094568\\ldots$, so to four decimal places

$$x_2 = 2.0945$$

## Question 2

**(a)** The midpoints are 1.5, 1.25, 1.375, and the bracket after three steps is $[1.375,\\ 1.5]$.

**(b)** We need $2^{-n} < 10^{-6}$; the smallest such integer is $n = 20$.

## Question 3

**(a)** Trapezoid: $T_4 = 1.727222 \\approx \\mathbf{1.7272}$

**(b)** Simpson: $S_4 = 1.718319 \\approx \\mathbf{1.71832}$

## Question 4

Sweeping through the equations in order:

- $x^{(1)} = (2.25,\\ 1.5)$
- $x^{(2)} = (1.875,\\ 1.65)$

**Answer:** $x^{(2)} = (1.875,\\ 1.65)^T$

## Question 5

**True.** Strict diagonal dominance by rows implies that both Jacobi and Gauss–Seidel converge for any starting vector.""", 1770301310.8)
    u2 = c.user("u2", a3, "what is the exact solution of the system in 4?", 1770301400.0)
    a4 = c.asst("a3", u2, """Solving directly: from the first equation $x_1 = (9 - x_2)/4$; substituting into the second gives $2(9 - x_2)/4 + 5x_2 = 12$, so $4.5x_2 = 7.5$.

The exact solution is $x = (11/6,\\ 5/3) \\approx (1.8333,\\ 1.6667)$, and the iterates above are approaching it.""", 1770301405.1)
    write("numerical-methods/transcripts/chatgpt-export.json", [c.export(current="a3", update_time=1770301405.1)])

# ================================================================ set 1: numerical methods, Claude
NM_ATTACH = r"""\documentclass[11pt,addpoints]{exam}
\begin{document}
\begin{center}\textbf{Homework 4: Root finding, quadrature and iterative solvers}\end{center}
Show your work. Unless a part says otherwise, give exact values; where a part asks for a number of decimal places, round (do not truncate) to that many places.
\begin{questions}
\question Let $f(x) = x^3 - 2x - 5$.
\begin{parts}
\part[3] Newton's method can be written as a fixed-point iteration $x_{n+1} = g(x_n)$. Give $g(x)$ as a single simplified rational function of $x$.
\part[3] Starting from $x_0 = 2$, perform two Newton steps and report $x_2$ rounded to four decimal places.
\end{parts}
\question Apply the bisection method to $p(x) = x^2 - 2$ on the starting bracket $[1, 2]$.
\begin{parts}
\part[3] Give the bracketing interval after three bisection steps.
\part[2] How many bisection steps $n$ are needed (at minimum) so that the length of the bracketing interval is below $10^{-6}$?
\end{parts}
\question Consider $I = \displaystyle\int_0^1 e^x \, dx$.
\begin{parts}
\part[3] Approximate $I$ with the composite trapezoidal rule using $n = 4$ subintervals. Round to four decimal places.
\part[3] Approximate $I$ with the composite Simpson rule using $n = 4$ subintervals. Round to five decimal places.
\end{parts}
\question[4] Solve
\[ \begin{pmatrix} 4 & 1 \\ 2 & 5 \end{pmatrix} \begin{pmatrix} x_1 \\ x_2 \end{pmatrix} = \begin{pmatrix} 9 \\ 12 \end{pmatrix} \]
with the Jacobi method starting from $x^{(0)} = (0, 0)^T$. Give the iterate $x^{(2)}$.
\question[2] True or false: the Gauss--Seidel met"""

def nm_claude():
    k = "nm-claude"
    msgs = [
        cmsg(k, 0, "human", [T("Can you go through my homework (attached)? Please explain the steps, I have the exam next week.")],
             "2026-02-06T18:20:11.402Z",
             attachments=[{"file_name": "hw4.tex", "file_size": len(NM_ATTACH), "file_type": "text/x-tex",
                           "extracted_content": NM_ATTACH}]),
        cmsg(k, 1, "assistant", [
            TH("Newton: g = x - (x^3-2x-5)/(3x^2-2) = (2x^3+5)/(3x^2-2). x1 = 21/10 = 2.1. f(2.1) = 9.261 - 4.2 - 5 = 0.061, f'(2.1) = 13.23 - 2 = 11.23, x2 = 2.1 - 0.005432 = 2.094568.\n"
               "Bisection: [1,1.5], [1.25,1.5], [1.375,1.5]. Some books count the first evaluation as step 0 though.\n"
               "Trapezoid: endpoints halves 0.5 and 1.359141, interior 1.284025 + 1.648721 + 2.117000. Simpson: 1 + 4(1.284025) + 2(1.648721) + 4(2.117000) + 2.718282 = 20.619826.\n"
               "Jacobi: (2.25, 2.4) then (1.65, 1.5). Question 5 is cut off after 'Gauss--Seidel met'. It's probably the diagonal dominance statement, which would be true, but I shouldn't guess."),
            T("""Happy to help — here's each problem with the reasoning spelled out.

## Problem 1 — Newton's method

**(a)** Newton's update is $x_{n+1} = x_n - f(x_n)/f'(x_n)$, and $f'(x) = 3x^2 - 2$. Combining into one fraction:

$$g(x) = x - \\frac{x^3 - 2x - 5}{3x^2 - 2} = \\frac{3x^3 - 2x - x^3 + 2x + 5}{3x^2 - 2} = \\frac{2x^3 + 5}{3x^2 - 2}$$

**(b)** With $x_0 = 2$: $x_1 = g(2) = 21/10 = 2.1$. Then $f(2.1) = 0.061$ and $f'(2.1) = 11.23$, so

$$x_2 = 2.1 - \\frac{0.061}{11.23} = 2.094568\\ldots \\approx 2.0946$$

## Problem 2 — Bisection

**(a)** The midpoints are $1.5$ ($p > 0$), $1.25$ ($p < 0$) and $1.375$ ($p < 0$). After three steps the bracket is $[1.375, 1.5]$ — or $[1.25, 1.5]$ if your course counts the first midpoint evaluation as step 0. Use whichever convention your instructor follows.

**(b)** The bracket halves every step, so its length is $2^{-n}$. We need $2^{-n} < 10^{-6}$, i.e. $n > 19.93$, so **$n = 20$**.

## Problem 3 — Quadrature

Nodes $0, 0.25, 0.5, 0.75, 1$ with $e^x = 1,\\ 1.284025,\\ 1.648721,\\ 2.117000,\\ 2.718282$.

**(a)** Trapezoid:
$$T_4 = 0.25\\,(0.5 + 1.284025 + 1.648721 + 2.117000 + 1.359141) = 0.25 \\times 6.907287 = 1.72682$$
so $T_4 \\approx 1.7268$.

**(b)** Simpson:
$$S_4 = \\frac{0.25}{3}\\,(1 + 5.136101 + 3.297443 + 8.468000 + 2.718282) = \\frac{0.25}{3} \\times 20.619826 = 1.718319$$
so $S_4 \\approx 1.71832$.

## Problem 4 — Jacobi

The updates are $x_1 \\leftarrow (9 - x_2)/4$ and $x_2 \\leftarrow (12 - 2x_1)/5$, both using the previous iterate:

- $x^{(1)} = (2.25,\\ 2.4)$
- $x^{(2)} = (1.65,\\ 1.5)$

So $x^{(2)} = (1.65, 1.5)^T$.

## Problem 5

The statement of question 5 is cut off in the attachment (it ends at "the Gauss--Seidel met…"). Could you paste the full question? I don't want to guess what it asks.""")],
            "2026-02-06T18:20:49.918Z"),
        cmsg(k, 2, "human", [T("nvm I'll do 5 myself. why does the trapezoid come out bigger than the true value?")],
             "2026-02-06T18:24:02.115Z"),
        cmsg(k, 3, "assistant", [
            TH("e^x is convex, chords lie above the curve, so trapezoid overestimates. Error formula -(b-a)h^2/12 f''(xi)."),
            T("""Because $e^x$ is convex: on each subinterval the trapezoid's straight top edge lies *above* the curve, so every panel overestimates its piece of the area. The error formula says the same thing — the trapezoid error is $-\\frac{(b-a)h^2}{12}f''(\\xi)$, and $f'' = e^x > 0$, so the approximation exceeds the exact value $e - 1 \\approx 1.71828$.""")],
            "2026-02-06T18:24:20.603Z"),
    ]
    other = cconv("nm-claude-other", "Cover letter for lab assistant job", "2026-02-04T09:02:10.000Z", "2026-02-04T09:05:44.000Z", [
        cmsg("nm-claude-other", 0, "human", [T("Can you tighten this cover letter opening? 'I am writing to apply for the lab assistant position that I saw posted.'")], "2026-02-04T09:02:10.000Z"),
        cmsg("nm-claude-other", 1, "assistant", [T("Here's a tighter version: \"I'm applying for the lab assistant position in the Applied Mathematics department, where I can put my experience with numerical computing to use.\" It names the role and gives the reader a reason to keep reading.")], "2026-02-04T09:02:31.000Z"),
    ])
    main = cconv(k, "Numerical methods homework 4", "2026-02-06T18:20:11.402Z", "2026-02-06T18:24:20.603Z", msgs)
    write("numerical-methods/transcripts/claude-export.json", [other, main])

# ================================================================ set 2: probability, ChatGPT without current_node
PS_PROMPT = """STAT 2040 problem sheet 2. Round to 4 d.p. unless it says otherwise.

Exercise 2.1 A disease affects 2% of a population. A screening test has sensitivity 95% and specificity 90%.
(a) What is the probability that a randomly chosen person tests positive?
(b) A person tests positive. What is the probability that they have the disease? Give the exact fraction.

Exercise 2.2 X ~ Bin(n = 10, p = 0.3). (a) Var(X) (b) P(X = 2)

Exercise 2.3 Data: 4, 7, 7, 9, 13. (a) sample mean (b) sample variance s^2, unbiased (c) 95% CI for the mean with t_{0.975,4} = 2.776, endpoints to three decimals

Exercise 2.4 X and Y independent, Var(X) = 4, Var(Y) = 9. What is Var(2X − Y)? (A) 7 (B) 17 (C) 25 (D) 1"""

def ps_chatgpt():
    other = GPTConv("ps-gpt-other", "Scaling a pasta recipe", 1770900000.0)
    s = other.system()
    u = other.user("u1", s, "recipe is for 4 people, 350 g pasta, I need it for 7", 1770900003.0)
    other.asst("a1", u, "Multiply by 7/4 = 1.75: 350 g × 1.75 = **612.5 g**, so about 600–625 g of pasta.", 1770900006.0)

    c = GPTConv("ps-gpt", "Stats sheet 2 Bayes binomial", 1770812000.0)
    s = c.system()
    u1 = c.user("u1", s, PS_PROMPT, 1770812004.2)
    # first attempt (older)
    t1 = c.thoughts("t-a", u1, [("Bayes", "P(+) = 0.019 + 0.098 = 0.117; posterior 19/117."),
                                ("Variance", "Unbiased: 44/4 = 11; CI 8 ± 2.776·sqrt(2.2).")], 1770812010.0)
    r1 = c.recap("r-a", t1, "Thought for 9 seconds", 1770812019.0)
    c.asst("a-a", r1, """**2.1** (a) 0.117 (b) 19/117 ≈ 0.1624
**2.2** (a) 2.1 (b) 0.2335
**2.3** (a) 8 (b) 11 (c) (3.883, 12.117)
**2.4** (C)""", 1770812020.5, model="o3")
    # regenerated (newer) — the graded branch, found as the leaf with the latest create_time
    t2 = c.thoughts("t-b", u1, [("Screening test", "Law of total probability then Bayes."),
                                ("Sample", "mean 8, squared deviations sum 44. Divide by n for the sample variance? gives 8.8."),
                                ("Var of combination", "Var(2X - Y) = 2 Var X + Var Y?")], 1770812100.0)
    r2 = c.recap("r-b", t2, "Thought for 14 seconds", 1770812114.0)
    a2 = c.asst("a-b", r2, f"""### Exercise 2.1

Write $D$ for disease and $+$ for a positive test. By the law of total probability {CITE("turn0search0")}

$$P(+) = P(+\\mid D)P(D) + P(+\\mid D^c)P(D^c) = 0.95(0.02) + 0.10(0.98) = 0.117.$$

**(a)** $P(+) = 0.117$

**(b)** By Bayes' theorem, $P(D\\mid +) = \\dfrac{{0.019}}{{0.117}} = \\dfrac{{19}}{{117}} \\approx 0.1624$.

### Exercise 2.2

**(a)** $\\operatorname{{Var}}(X) = np(1-p) = 10(0.3)(0.7) = 2.1$

**(b)** $P(X=2) = \\binom{{10}}{{2}}(0.3)^2(0.7)^8 = 45 \\times 0.09 \\times 0.057648 \\approx 0.2335$

### Exercise 2.3

**(a)** $\\bar x = 40/5 = 8$

**(b)** The squared deviations are $16, 1, 1, 1, 25$, summing to $44$, so

$$s^2 = \\frac{{44}}{{5}} = 8.8$$

**(c)** $SE = \\sqrt{{8.8/5}} = 1.32665$, margin $= 2.776 \\times 1.32665 = 3.68278$, giving the interval $(4.317,\\ 11.683)$.

### Exercise 2.4

$\\operatorname{{Var}}(2X - Y) = 2\\operatorname{{Var}}(X) + \\operatorname{{Var}}(Y) = 8 + 9 = 17$, so the answer is **(B)**. {CITE("turn0search3")}""", 1770812131.7, model="o3")
    u2 = c.user("u2", a2, "and what's E[X] in 2.2?", 1770812300.0)
    c.asst("a-c", u2, "$E[X] = np = 10 \\times 0.3 = 3$.", 1770812303.9, model="o3")
    g = c.export(update_time=1770812303.9)   # this export has no current_node
    o = other.export(update_time=1770900006.0)
    o.pop("current_node", None)
    write("prob-stats/transcripts/chatgpt-export.json", [o, g])

# ================================================================ set 3: signals, ChatGPT (several conversations)
SG_PROMPT = """EE 3410 HW3 — please solve:
1. x = [1, 2, 3], h = [1, -1]. (a) linear convolution x*h (b) pad h to length 3 and give the 3-point circular convolution
2. x = [1, 0, -1, 0]. (a)(i) 4-point DFT X[0..3] (ii) sum_k |X[k]|^2  (b) True/false: for every real x of length N, X[N-k] = X[k] for all k
3. x(t) = cos(2π·300t) + sin(2π·700t), sampled at fs = 1000 Hz, ideal LPF reconstruction with cutoff fs/2. Where does the 700 Hz component appear?
4. H(z) = (1 - z^-1)/(1 - 0.5 z^-1). (a) H(e^{jπ}) exactly (b) (A) low-pass (B) high-pass (C) band-pass (D) all-pass"""

def sg_chatgpt():
    f = GPTConv("sg-gpt-fourier", "Fourier series intuition", 1771000000.0)
    s = f.system()
    u = f.user("u1", s, "why does a square wave only have odd harmonics?", 1771000002.0)
    fa = f.asst("a1", u, "Because a square wave with 50% duty cycle has half-wave symmetry, x(t + T/2) = −x(t). Every even harmonic is unchanged by a half-period shift, so its coefficient must equal its own negative, i.e. zero. Only the odd harmonics 1, 3, 5, … survive, with amplitudes falling like 1/n.", 1771000009.0)

    c = GPTConv("sg-gpt", "DSP HW3", 1771086400.0)
    s = c.system()
    u1 = c.user("u1", s, SG_PROMPT, 1771086405.0)
    # original answer: the user later returned to it, so current_node lies on this branch
    a1 = c.asst("a-orig", u1, f"""**1(a)** $y = x * h = [1,\\ 1,\\ 1,\\ -3]$

**1(b)** Wrapping $y[3] = -3$ onto $y[0]$: $y_3 = [-2,\\ 1,\\ 1]$

**2(a)(i)** $X[k] = 1 - (-1)^k$, so $X = [0,\\ 2,\\ 0,\\ 2]$.

**2(a)(ii)** By Parseval, $\\sum_k |X[k]|^2 = \\sum_n |x[n]|^2 = 1 + 1 = 2$.

**2(b)** False — for real $x$ the DFT is conjugate symmetric, $X[N-k] = X^*[k]$. {CITE("turn0search1")}

**3.** The sampling rate 1000 Hz is above 700 Hz, so the 700 Hz sine is captured and reconstructed at **700 Hz**.

**4(a)** $H(e^{{j\\pi}}) = \\dfrac{{1 - (-1)}}{{1 - 0.5}} = 4$

**4(b)** Zero at DC, largest gain at $\\omega = \\pi$: **(B)** high-pass.""", 1771086420.0)
    # regenerated answer, created last of all, but not the branch the user kept
    c.asst("a-regen", u1, """Answers:

1. (a) [1, 1, 1, −3]  (b) [−2, 1, 1]
2. (a) (i) [0, 2, 0, 2]  (ii) 8   (b) False
3. 300 Hz (700 Hz folds about fs/2 = 500 Hz)
4. (a) 4/3  (b) B""", 1771090000.0)
    u2 = c.user("u2", a1, "what's the DC gain in 4?", 1771086600.0)
    c.asst("a-dc", u2, "At DC, $z = 1$, so $H(1) = \\dfrac{1 - 1}{1 - 0.5} = 0$: the filter completely blocks DC.", 1771086604.0)
    write("signals/transcripts/chatgpt-export.json",
          [f.export(current="a1", update_time=1771000009.0), c.export(current="a-dc", update_time=1771090000.0)])

# ================================================================ set 3: signals, Claude with tool use
def sg_claude():
    k = "sg-claude"
    code = """import numpy as np
x = np.array([1, 2, 3]); h = np.array([1, -1])
print("linear:", np.convolve(x, h))
X = np.fft.fft([1, 0, -1, 0])
print("DFT:", np.round(X, 10))
print("energy:", np.sum(np.abs(X)**2))
z = -1
print("H(-1):", (1 - 1/z) / (1 - 0.5/z))"""
    msgs = [
        cmsg(k, 0, "human", [T(SG_PROMPT)], "2026-02-17T21:03:40.118Z"),
        cmsg(k, 1, "assistant", [
            TH("Check numbers with the analysis tool. Circular convolution: linear has length 4, take length 3. For 2(b) maybe let the student think."),
            T("I'll check the arithmetic with a quick computation first."),
            {"type": "tool_use", "name": "repl", "input": {"code": code}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "linear: [ 1  1  1 -3]\nDFT: [0.+0.j 2.+0.j 0.+0.j 2.+0.j]\nenergy: 8.0\nH(-1): 1.3333333333333333"}], "is_error": False},
            T("""**Problem 1**

(a) The linear convolution is $y = [1, 1, 1, -3]$.

(b) For the 3-point circular convolution I keep the first three samples of the linear result, so $x \\circledast_3 h = [1, 1, 1]$.

**Problem 2**

(a)(i) $X = [0, 2, 0, 2]$ — all four values are real because $x$ is real and even about $n = 0$ (mod 4).

(a)(ii) $\\sum_k |X[k]|^2 = 8$, which equals $N \\sum_n |x[n]|^2 = 4 \\cdot 2$.

(b) This one is a good one to reason through yourself: what symmetry do you know the DFT of a real sequence has — is it $X[N-k] = X[k]$ or something involving a conjugate? Tell me what you think and I'll confirm.

**Problem 3**

The 700 Hz tone is above the Nyquist frequency $f_s/2 = 500$ Hz, so it aliases to $1000 - 700 = 300$ Hz. After reconstruction it appears at **300 Hz**.

**Problem 4**

(a) With $z = e^{j\\pi} = -1$: $H = \\frac{1 - (-1)}{1 - 0.5(-1)} = \\frac{2}{1.5} = \\frac{4}{3}$.

(b) $|H| = 0$ at $\\omega = 0$ and $4/3$ at $\\omega = \\pi$: **(B) high-pass**.

**Summary**

| Part | Answer |
|---|---|
| 1(a) | [1, 1, 1, −3] |
| 1(b) | [1, 1, 1] |
| 2(a)(i) | [0, 2, 0, 2] |
| 2(a)(ii) | 8 |
| 3 | 300 Hz |
| 4(a) | 3/2 |
| 4(b) | B |""")],
            "2026-02-17T21:04:12.770Z"),
    ]
    write("signals/transcripts/claude-export.json",
          [cconv(k, "EE 3410 HW3 convolution and DFT", "2026-02-17T21:03:40.118Z", "2026-02-17T21:04:12.770Z", msgs)])

if __name__ == "__main__":
    nm_chatgpt(); nm_claude(); ps_chatgpt(); sg_chatgpt(); sg_claude()
    print("wrote 5 exports")
