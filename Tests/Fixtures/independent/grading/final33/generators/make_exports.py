#!/usr/bin/env python3
"""Writes the five JSON chat exports of the final33 corpus.

Deterministic: fixed ids (uuid5 of readable names), fixed timestamps, sorted output order.
Re-running it gives byte-identical files. Run from anywhere:
    python3 generators/make_exports.py [OUTDIR]
"""
import json
import os
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a0e-3b7d-4c55-9a61-0d2f9e8b7c33")


def uid(name):
    return str(uuid.uuid5(NS, name))


def write(path, data):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ----------------------------------------------------------------------------------------
# ChatGPT conversations.json helpers
# ----------------------------------------------------------------------------------------
class GPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.order = []
        root = uid(key + ":root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.root = root
        sys_id = self.add(root, "system", "", 0, name="sys", hidden=True)
        self.sys = sys_id

    def add(self, parent, role, text, dt, name=None, content_type="text", recipient="all",
            author_name=None, extra_content=None, hidden=False, end_turn=None):
        nid = uid(self.key + ":" + (name or str(len(self.order))))
        if content_type == "text":
            content = {"content_type": "text", "parts": [text]}
        elif content_type == "code":
            content = {"content_type": "code", "language": "unknown", "response_format_name": None,
                       "text": text}
        elif content_type == "execution_output":
            content = {"content_type": "execution_output", "text": text}
        elif content_type == "thoughts":
            content = {"content_type": "thoughts", "thoughts": extra_content, "source_analysis_msg_id": uid(self.key + ":analysis")}
        elif content_type == "reasoning_recap":
            content = {"content_type": "reasoning_recap", "content": text}
        else:
            raise ValueError(content_type)
        meta = {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant":
            meta.update({"model_slug": self.model, "default_model_slug": self.model,
                         "parent_id": parent})
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": None if role == "system" else round(self.t0 + dt, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 0.0 if hidden else 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.order.append(nid)
        return nid

    def export(self, current_node=None, drop_current=False):
        last = max(n["message"]["create_time"] or 0 for n in self.mapping.values() if n["message"])
        conv = {
            "title": self.title,
            "create_time": round(self.t0, 3),
            "update_time": round(last, 3),
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
        }
        if not drop_current:
            conv["current_node"] = current_node
        conv.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key + ":conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key + ":conv"),
        })
        return conv


# ========================================================================================
# 1. thermo-hw5/transcripts/thermo-export.json  (ChatGPT; regenerated reply; thoughts,
#    reasoning_recap, python tool; later turn corrects 2b)
# ========================================================================================
THERMO_USER1 = """Homework 5, thermal physics. R = 8.314 J/(mol K), 3 significant figures.

Question 1. A sample of 2.00 mol of a monatomic ideal gas is initially at 300 K and occupies 10.0 L.
(a) The gas expands reversibly and isothermally to 25.0 L. How much work does the gas do? Give your answer in kJ.
(b) What is the entropy change of the gas in the expansion of part (a), in J/K?
(c) Starting again from the initial state, the gas instead expands reversibly and adiabatically to 25.0 L. What is its final temperature?

Question 2. A Carnot engine operates between a hot reservoir at 500 K and a cold reservoir at 300 K.
(a) What is its efficiency? Give it as an exact fraction.
(b) In each cycle the engine absorbs 1200 J from the hot reservoir. How much heat does it reject to the cold reservoir per cycle?
(c) The engine is run backwards as a refrigerator between the same two reservoirs. Its coefficient of performance is (A) 0.60 (B) 1.50 (C) 2.50 (D) 0.40

Question 3.
(a) True or false: the entropy of an isolated system can decrease during an irreversible process.
(b) An ideal Otto cycle with compression ratio r = Vmax/Vmin uses an ideal gas with constant heat-capacity ratio γ. Derive its efficiency as a function of r and γ."""

THERMO_OLD = r"""Here are the solutions.

**1(a)** $W = nRT\ln(V_2/V_1) = 2.00 \times 8.314 \times 300 \times \ln 2.5 \approx 4.57$ kJ

**1(b)** $\Delta S = nR\ln(V_2/V_1) \approx 15.2$ J/K

**1(c)** With $TV^{\gamma-1}$ constant and $\gamma = 1.4$: $T_2 = 300 \times 0.4^{0.4} \approx 208$ K

**2(a)** $\eta = 1 - 300/500 = 2/5$

**2(b)** $Q_C = 1200 \times 3/5 = 720$ J

**2(c)** $\text{COP} = T_C/(T_H - T_C) = 1.5$ → **(B)**

**3(a)** True — entropy can locally decrease, e.g. when a gas is compressed.

**3(b)** $\eta = 1 - r^{1-\gamma}$"""

THERMO_CODE = """import math
R = 8.314
n, T1, V1, V2 = 2.00, 300.0, 10.0, 25.0
W = n*R*T1*math.log(V2/V1)
dS = n*R*math.log(V2/V1)
T2 = T1*(V1/V2)**(5/3 - 1)
print(f"W = {W:.1f} J, dS = {dS:.3f} J/K, T2 = {T2:.2f} K")"""

THERMO_NEW = r"""I checked the arithmetic for Question 1 with a quick script.

## Question 1

**(a)** Reversible isothermal expansion of an ideal gas:

$$W = nRT\ln\frac{V_2}{V_1} = (2.00)(8.314)(300)\ln 2.5 = 4570.8\ \text{J}$$

$$\boxed{W \approx 4.571\ \text{kJ}}$$

**(b)** Because $T$ is constant, $\Delta S = nR\ln(V_2/V_1)$:

$$\boxed{\Delta S \approx 15.24\ \text{J/K}}$$

**(c)** For a monatomic gas $\gamma = 5/3$. Along a reversible adiabat $TV^{\gamma-1}$ is constant, so

$$T_2 = 300 \times (0.4)^{2/3} = 162.87\ \text{K}$$

$$\boxed{T_2 \approx 162.9\ \text{K}}$$

## Question 2

**(a)** $\eta = 1 - \dfrac{T_C}{T_H} = 1 - \dfrac{300}{500} = \boxed{\dfrac{2}{5}}$

**(b)** The engine turns a fraction $\eta$ of the absorbed heat into work, so per cycle

$$\boxed{Q = \tfrac{2}{5} \times 1200 = 480\ \text{J}}$$

**(c)** $\text{COP}_R = \dfrac{T_C}{T_H - T_C} = \dfrac{300}{200} = 1.5$, so the answer is **(B)**.

## Question 3

**(a)** **False.** For an isolated system $\Delta S \ge 0$; an irreversible process strictly increases the entropy.

**(b)** Heat enters along the constant-volume line 2→3 and leaves along 4→1, so $\eta = 1 - \dfrac{T_4 - T_1}{T_3 - T_2}$. On the two adiabats $T_2 = T_1 r^{\gamma - 1}$ and $T_3 = T_4 r^{\gamma-1}$, hence

$$\boxed{\eta = 1 - r^{\gamma - 1}}$$"""

THERMO_USER2 = "For 2(b) the question asks for the heat rejected to the cold reservoir, isn't 480 J the work? Can you double check?"

THERMO_FIX = r"""You're right — I computed the work instead of the rejected heat. The work per cycle is $W = \eta Q_H = 480$ J, and energy conservation gives the heat rejected to the cold reservoir:

$$Q_C = Q_H - W = 1200 - 480 = 720\ \text{J}$$

So the corrected answer to 2(b) is **720 J**. (Check: $Q_C/Q_H = T_C/T_H = 3/5$, and $\tfrac35 \times 1200 = 720$.)"""


def thermo_export():
    c = GPTConv("thermo", "Thermo HW5 entropy & Carnot", 1730712000.0, model="o4-mini")
    u1 = c.add(c.sys, "user", THERMO_USER1, 10, name="u1")
    # first reply (older, regenerated away)
    c.add(u1, "assistant", THERMO_OLD, 25, name="a_old", end_turn=True)
    # regenerated reply: thoughts, recap, code, output, answer
    th = c.add(u1, "assistant", "", 95, name="thoughts", content_type="thoughts", extra_content=[
        {"summary": "Working out isothermal work", "content": "W = nRT ln 2.5. nRT = 4988.4, ln 2.5 = 0.9163, so roughly 4571 J. Maybe use gamma = 7/5 for the adiabat? No - the gas is monatomic, 5/3.", "finished": True},
        {"summary": "Checking Carnot numbers", "content": "eta = 2/5, Q_C might be 480 J; COP refrigerator 1.5 vs heat pump 2.5.", "finished": True},
    ])
    rc = c.add(th, "assistant", "Thought for 14 seconds", 96, name="recap", content_type="reasoning_recap")
    code = c.add(rc, "assistant", THERMO_CODE, 98, name="code", content_type="code", recipient="python")
    out = c.add(code, "tool", "W = 4570.8 J, dS = 15.236 J/K, T2 = 162.87 K", 99, name="exec",
                content_type="execution_output", author_name="python")
    a_new = c.add(out, "assistant", THERMO_NEW, 120, name="a_new", end_turn=True)
    u2 = c.add(a_new, "user", THERMO_USER2, 400, name="u2")
    fix = c.add(u2, "assistant", THERMO_FIX, 410, name="fix", end_turn=True)
    write("thermo-hw5/transcripts/thermo-export.json", [c.export(current_node=fix)])


# ========================================================================================
# 2. econ-ols-ps4/transcripts/conversations.json  (ChatGPT; two conversations; the graded
#    one has no current_node -> latest leaf; regenerated reply; python tool)
# ========================================================================================
ECON_USER1 = """ECON 3120 PS4, can you solve everything? Round to three decimals where needed, exact fractions otherwise.

Exercise 4.1. Simple regression y_i = β0 + β1 x_i + u_i, five observations x = 0, 1, 2, 3, 4 and y = 2, 1, 5, 9, 8. X is the 5×2 design matrix whose first column is ones.
a) Compute X'X.
b) Compute the OLS estimate β̂ = (X'X)^{-1} X'y, written as (β̂0, β̂1).
c) Compute the unbiased estimate σ̂² = RSS/(n − k).
d) Compute the adjusted R².

Exercise 4.2. Log wages on schooling, experience and a constant, n = 23 workers, β̂1 = 1.24, se(β̂1) = 0.31. Assuming normal errors, construct a 95% confidence interval for β1. (t_{0.975,20} = 2.086, t_{0.975,22} = 2.074, z_{0.975} = 1.960)

Exercise 4.3. Errors heteroskedastic, other Gauss–Markov assumptions hold. (A) β̂ is biased. (B) β̂ is unbiased, but the usual OLS standard errors are invalid. (C) β̂ is inconsistent. (D) β̂ is still BLUE.

Exercise 4.4. ln y = β0 + β1 ln x + β2 (ln x)² + u. Elasticity of y with respect to x as a function of x.

Exercise 4.5. True model y = β0 + β1 x + β2 z + u with β1 = 2, β2 = −1.5, Cov(x,z)/Var(x) = 0.5. z is omitted. Probability limit of the short-regression slope? Exact fraction."""

ECON_A = r"""**Exercise 4.1**

a) $X'X = \begin{bmatrix} 5 & 10 \\ 10 & 30 \end{bmatrix}$

b) $\hat\beta = (1, 2)$

c) RSS = 10, so $\hat\sigma^2 = 10/3 \approx 3.333$

d) $\bar R^2 = 1 - 0.2 \cdot 4/3 \approx 0.733$

**Exercise 4.2** $1.24 \pm 2.086 \times 0.31 = [0.593,\ 1.887]$

**Exercise 4.3** (B)

**Exercise 4.4** $\beta_1 + 2\beta_2 \ln x$

**Exercise 4.5** $2 + (-1.5)(0.5) = 5/4$"""

ECON_A_USER = "can you explain 4.4 more slowly?"

ECON_A_FOLLOW = r"""Sure. The elasticity is $\frac{\partial \ln y}{\partial \ln x}$. Write $L = \ln x$; the model is $\ln y = \beta_0 + \beta_1 L + \beta_2 L^2 + u$, so $\frac{d \ln y}{dL} = \beta_1 + 2\beta_2 L = \beta_1 + 2\beta_2 \ln x$."""

ECON_CODE = """import numpy as np
x = np.array([0, 1, 2, 3, 4.]); y = np.array([2, 1, 5, 9, 8.])
X = np.column_stack([np.ones(5), x])
XtX = X.T @ X
b = np.linalg.solve(XtX, X.T @ y)
e = y - X @ b
print(XtX); print(b); print(e @ e)"""

ECON_OUT = """[[ 5. 10.]
 [10. 30.]]
[1. 2.]
10.000000000000002"""

ECON_B = r"""## Exercise 4.1

The script confirms the hand calculation.

**a)**
$$
X'X = \begin{pmatrix} 5 & 10 \\ 10 & 30 \end{pmatrix}
$$

**b)** $X'y = (25, 70)'$ and
$$
\hat\beta = (X'X)^{-1}X'y = \frac{1}{50}\begin{pmatrix} 30 & -10 \\ -10 & 5 \end{pmatrix}\begin{pmatrix} 25 \\ 70 \end{pmatrix} = \begin{pmatrix} 1 \\ 2 \end{pmatrix}
$$
so $\hat\beta_0 = 1$ and $\hat\beta_1 = 2$.

**c)** Residuals $(1, -2, 0, 2, -1)$, RSS $= 10$, $n - k = 3$:
$$
\hat\sigma^2 = \frac{10}{3} \approx 3.333
$$

**d)** Using $\bar R^2 = 1 - \dfrac{\text{RSS}/(n-k)}{\text{TSS}/n}$ with TSS $= 50$:
$$
\bar R^2 = 1 - \frac{10/3}{50/5} = 1 - 0.333 = 0.667
$$

## Exercise 4.2

With $n - k = 23 - 3 = 20$ degrees of freedom, $t_{0.975,20} = 2.086$, so the margin is $2.086 \times 0.31 = 0.647$:

**95% CI for β₁: [0.593, 1.887]**

## Exercise 4.3

**(B)** — heteroskedasticity does not bias OLS, but the conventional standard errors are no longer valid (use robust ones).

## Exercise 4.4

Let $L = \ln x$. Then $\partial \ln y / \partial L = \beta_1 + 2\beta_2 L$, so the elasticity is

$$
\varepsilon = \beta_1 + 2\beta_2 \ln x
$$

## Exercise 4.5

The omitted-variable formula gives $\operatorname{plim}\tilde\beta_1 = \beta_1 + \beta_2\delta$. Plugging in,

$$
\operatorname{plim}\tilde\beta_1 = 2 + (1.5)(0.5) = 2.75 = \frac{11}{4}
$$"""

ECON_USER2 = "what's the t statistic for schooling in 4.2, and is it significant at 1%?"

ECON_B2 = r"""The t statistic is $t = 1.24 / 0.31 = 4.0$. With 20 degrees of freedom the two-sided 1% critical value is about 2.845, so yes — schooling is significant at the 1% level (and the 95% interval from 4.2 excludes zero, consistent with that)."""

DINNER_USER = "I need ideas for a birthday dinner for 6 people, one is vegetarian, budget about 120 dollars"
DINNER_A = """Here are three menus that work for six with one vegetarian guest:

1. **Taco night** — build-your-own tacos with spiced black beans and roasted sweet potato alongside chicken tinga. About $70.
2. **Pasta bar** — two sauces (bolognese and a mushroom ragù), garlic bread, big salad. About $60.
3. **Mezze spread** — hummus, falafel, grilled halloumi, lamb kofta, tabbouleh, pita. About $95.

Add a cake (~$25) and you stay under $120 with any of them."""


def econ_export():
    d = GPTConv("dinner", "Birthday dinner ideas", 1728900000.0)
    du = d.add(d.sys, "user", DINNER_USER, 5, name="u1")
    da = d.add(du, "assistant", DINNER_A, 20, name="a1", end_turn=True)
    dinner = d.export(current_node=da)

    c = GPTConv("econ", "Econometrics PS4 OLS questions", 1728984000.0)
    u1 = c.add(c.sys, "user", ECON_USER1, 10, name="u1")
    a_old = c.add(u1, "assistant", ECON_A, 40, name="a_old", end_turn=True)
    ua = c.add(a_old, "user", ECON_A_USER, 200, name="u_old")
    c.add(ua, "assistant", ECON_A_FOLLOW, 215, name="a_old_follow", end_turn=True)
    # user later went back and regenerated the first reply
    code = c.add(u1, "assistant", ECON_CODE, 600, name="code", content_type="code", recipient="python")
    out = c.add(code, "tool", ECON_OUT, 602, name="exec", content_type="execution_output", author_name="python")
    b = c.add(out, "assistant", ECON_B, 640, name="a_new", end_turn=True)
    u2 = c.add(b, "user", ECON_USER2, 900, name="u2")
    c.add(u2, "assistant", ECON_B2, 910, name="a_new2", end_turn=True)
    econ = c.export(drop_current=True)
    write("econ-ols-ps4/transcripts/conversations.json", [econ, dinner])


# ========================================================================================
# 3. graphs-week7/transcripts/chatgpt-graphs.json  (ChatGPT; citation markers; regenerated
#    reply; reasoning_recap; later turn corrects problem 4)
# ========================================================================================
CITE = "\ue200cite\ue202turn0search1\ue201"
FILECITE = "\ue200filecite\ue202turn0file0\ue201"

GRAPH_USER1 = """Attached is my week 7 sheet (CS 2410). Please solve problems 1-4.

Problem 1 (Dijkstra). G1 directed, vertices s, a, b, c, d, t, edges s→a:2, s→b:6, a→b:3, a→c:7, b→c:1, b→d:5, c→d:2, c→t:4, d→t:1.
(a) Run Dijkstra's algorithm from s. (i) What is the shortest-path distance from s to t? (ii) Give the set of all vertices v with δ(s,v) ≤ 6.
(b) Give the final distance vector (d[s], d[a], d[b], d[c], d[d], d[t]).
Problem 2 (Max flow). Capacities: s→a 10, s→b 8, a→b 3, a→c 5, b→c 2, b→t 6, c→t 8.
(a) What is the value of a maximum s–t flow? (b) Give the source side S of a minimum s–t cut.
Problem 3. G3 undirected on {1,2,3,4}, edges {1,2},{1,3},{2,3},{2,4},{3,4}; A is its adjacency matrix.
(a) Compute A². (b) True or false: every tree with at least two vertices is bipartite.
Problem 4. How many spanning trees does G3 have?"""

GRAPH_OLD = """**1(a)(i)** 9  **(ii)** {s, a, b, c}  **1(b)** (0, 2, 5, 6, 8, 9)
**2(a)** 13  **2(b)** {s, a, b}
**3(a)** [[2,1,1,2],[1,3,2,1],[1,2,3,1],[2,1,1,2]]  **3(b)** True
**4** 8"""

GRAPH_NEW = ("""### Problem 1

Dijkstra from s (edge weights are non-negative, so the greedy extraction order is safe """ + CITE + """):

| extracted | d[s] | d[a] | d[b] | d[c] | d[d] | d[t] |
|---|---|---|---|---|---|---|
| s | 0 | 2 | 6 | ∞ | ∞ | ∞ |
| a | 0 | 2 | 5 | 9 | ∞ | ∞ |
| b | 0 | 2 | 5 | 6 | 10 | ∞ |
| c | 0 | 2 | 5 | 6 | 8 | 10 |
| d | 0 | 2 | 5 | 6 | 8 | 9 |
| t | 0 | 2 | 5 | 6 | 8 | 9 |

**(a)(i)** δ(s, t) = **9** (s → a → b → c → d → t).

**(a)(ii)** The vertices reached within distance 6 are **{a, b, c}**.

**(b)** d = **(0, 2, 5, 6, 8, 9)**

### Problem 2

**(a)** Augmenting paths: s→b→t (6), s→a→c→t (5), s→b→c→t (2). Total **13**; by the max-flow min-cut theorem """ + CITE + """ this is optimal once we exhibit a cut of capacity 13.

**(b)** After these augmentations the residual graph reaches exactly s, a, b from s, so **S = {s, a, b}** (cut edges a→c, b→c, b→t: 5 + 2 + 6 = 13).

### Problem 3

**(a)** A quick check in code """ + FILECITE + """
```python
A = [[0,1,1,0],[1,0,1,1],[1,1,0,1],[0,1,1,0]]
```
and multiplying out by hand:

$$A^2 = \\begin{bmatrix} 3 & 1 & 1 & 2 \\\\ 1 & 3 & 2 & 1 \\\\ 1 & 2 & 3 & 1 \\\\ 2 & 1 & 1 & 3 \\end{bmatrix}$$

**(b)** **True** — a tree has no cycles, hence no odd cycles, so it is bipartite.

### Problem 4

G3 is a 4-cycle 1–2–4–3–1 plus the chord {2,3}. A 4-cycle has 4 spanning trees, and adding one chord adds 2 more, so G3 has **6** spanning trees.""")

GRAPH_USER2 = "my friend got 8 for problem 4 using the matrix tree theorem. who is right?"

GRAPH_FIX = r"""Your friend is right — I miscounted. Counting properly: a spanning tree has 3 of the 5 edges, there are $\binom{5}{3} = 10$ triples, and the only triples that contain a cycle are the two triangles {1,2},{1,3},{2,3} and {2,3},{2,4},{3,4}. So $10 - 2 = 8$. The matrix-tree theorem agrees: deleting row/column 1 of the Laplacian gives a $3\times3$ determinant of 8.

**Problem 4: G3 has 8 spanning trees.**"""


def graphs_export():
    c = GPTConv("graphs", "Dijkstra, max flow, spanning trees", 1729500000.0)
    u1 = c.add(c.sys, "user", GRAPH_USER1, 10, name="u1")
    c.add(u1, "assistant", GRAPH_OLD, 30, name="a_old", end_turn=True)
    rc = c.add(u1, "assistant", "Thought for 9 seconds", 300, name="recap", content_type="reasoning_recap")
    a_new = c.add(rc, "assistant", GRAPH_NEW, 330, name="a_new", end_turn=True)
    u2 = c.add(a_new, "user", GRAPH_USER2, 700, name="u2")
    fix = c.add(u2, "assistant", GRAPH_FIX, 720, name="fix", end_turn=True)
    write("graphs-week7/transcripts/chatgpt-graphs.json", [c.export(current_node=fix)])


# ----------------------------------------------------------------------------------------
# Claude export helpers
# ----------------------------------------------------------------------------------------
def iso(t):
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def cmsg(key, sender, t, blocks, attachments=()):
    content = []
    for i, b in enumerate(blocks):
        kind = b[0]
        st, et = iso(t + i), iso(t + i + 1)
        if kind == "text":
            content.append({"start_timestamp": st, "stop_timestamp": et, "type": "text",
                            "text": b[1], "citations": []})
        elif kind == "thinking":
            content.append({"start_timestamp": st, "stop_timestamp": et, "type": "thinking",
                            "thinking": b[1], "summaries": [{"summary": b[2]}], "cut_off": False})
        elif kind == "tool_use":
            content.append({"start_timestamp": st, "stop_timestamp": et, "type": "tool_use",
                            "name": b[1], "input": b[2], "message": None})
        elif kind == "tool_result":
            content.append({"start_timestamp": st, "stop_timestamp": et, "type": "tool_result",
                            "name": b[1], "content": [{"type": "text", "text": b[2], "uuid": uid(key + ":tr")}],
                            "is_error": False, "message": None, "display_content": None})
    text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {
        "uuid": uid(key),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": iso(t),
        "updated_at": iso(t + len(blocks) + 1),
        "attachments": [{"file_name": a[0], "file_size": len(a[1].encode("utf-8")), "file_type": a[2],
                         "extracted_content": a[1]} for a in attachments],
        "files": [],
    }


def cconv(key, name, t, messages, summary=""):
    return {
        "uuid": uid(key),
        "name": name,
        "summary": summary,
        "created_at": iso(t),
        "updated_at": iso(t + 3600),
        "account": {"uuid": uid("account")},
        "chat_messages": messages,
    }


# ========================================================================================
# 4. econ-ols-ps4/transcripts/claude_export.json  (Claude; two conversations; attachment;
#    thinking; analysis-tool call; question back for 4.5)
# ========================================================================================
ECON_PDF = """ECON 3120 Econometrics I — Problem Set 4
Chapter 4: the linear regression model in matrix form
Show your work. Matrix answers should be written out in full. Round to three decimals where rounding is needed; keep exact fractions otherwise.
Exercise 4.1
Consider the simple regression y_i = β0 + β1 x_i + u_i and the five observations
i 1 2 3 4 5
x_i 0 1 2 3 4
y_i 2 1 5 9 8
Let X be the 5 × 2 design matrix whose first column is a column of ones.
a) Compute X'X.
b) Compute the OLS estimate β̂ = (X'X)^{-1}X'y, written as (β̂0, β̂1).
c) Compute the unbiased estimate σ̂² = RSS/(n − k) of the error variance.
d) Compute the adjusted R².
Exercise 4.2
A regression of log wages on schooling, experience and a constant, estimated on n = 23 workers, gives a schooling coefficient of β̂1 = 1.24 with standard error se(β̂1) = 0.31. Assuming normal errors, construct a 95% confidence interval for β1. (You may use t0.975,20 = 2.086, t0.975,22 = 2.074 and z0.975 = 1.960.)
Exercise 4.3
Suppose the errors are heteroskedastic but all other Gauss–Markov assumptions hold. Which statement about OLS is correct?
(A) β̂ is biased.
(B) β̂ is unbiased, but the usual OLS standard errors are invalid.
(C) β̂ is inconsistent.
(D) β̂ is still the best linear unbiased estimator.
Exercise 4.4
In the model ln y = β0 + β1 ln x + β2 (ln x)² + u, give the elasticity of y with respect to x as a function of x.
Exercise 4.5
The true model is y = β0 + β1 x + β2 z + u with β1 = 2 and β2 = −1.5, and"""

ECON_C1 = r"""I'll go through the problem set from your PDF.

## Exercise 4.1

**a)** With a column of ones and the x values,

$$X'X = \begin{pmatrix} 5 & 10 \\ 10 & 30 \end{pmatrix}$$

**b)** $X'y = (25, 70)'$ and $(X'X)^{-1} = \frac{1}{50}\begin{pmatrix} 30 & -10 \\ -10 & 5\end{pmatrix}$, giving

$$\hat\beta = (\hat\beta_0, \hat\beta_1) = (1, 2)$$

**c)** The residuals are $(1, -2, 0, 2, -1)$, so RSS $= 10$. The error-variance estimate is

$$\hat\sigma^2 = \frac{\text{RSS}}{n} = \frac{10}{5} = 2$$

**d)** TSS $= 50$ and $R^2 = 0.8$. Adjusting for the two estimated coefficients:

$$\bar R^2 = 1 - (1 - 0.8)\frac{n-1}{n-k} = 1 - 0.2 \times \frac{4}{3} = 0.733$$

## Exercise 4.2

With normal errors, the 95% interval uses the normal critical value 1.960:

$$1.24 \pm 1.960 \times 0.31 = 1.24 \pm 0.608$$

**95% CI: [0.632, 1.848]**

## Exercise 4.3

**(B).** Unbiasedness needs only $E[u \mid X] = 0$, which heteroskedasticity doesn't violate, but $\operatorname{Var}(\hat\beta \mid X) \ne \sigma^2 (X'X)^{-1}$, so the usual standard errors are wrong.

## Exercise 4.4

Differentiating with respect to $\ln x$:

$$\frac{\partial \ln y}{\partial \ln x} = \beta_1 + 2\beta_2 \ln x$$

## Exercise 4.5

The extracted text of your PDF stops in the middle of this exercise — I can see $\beta_1 = 2$ and $\beta_2 = -1.5$, but not the relationship between $x$ and $z$. The answer is $\beta_1 + \beta_2 \delta$ where $\delta$ is the slope from regressing $z$ on $x$; could you paste the rest of the exercise so I can give you the number?"""

ECON_C_USER2 = "thanks! quick one: would robust standard errors change the point estimate in 4.1?"

ECON_C2 = """No. Heteroskedasticity-robust (White) standard errors change only the estimated variance of β̂, not β̂ itself — the coefficients stay (1, 2). Only inference (standard errors, t statistics, confidence intervals) changes."""

COVER_USER = "Can you tighten this opening line of my cover letter: 'I am writing to express my interest in applying for the position of data analyst that was posted on your website.'"
COVER_A = "Try: \"I'm excited to apply for the Data Analyst position advertised on your website.\" It says the same thing in half the words and leads with enthusiasm."


def econ_claude_export():
    t = 1729080000.0
    m1 = cmsg("ec:h1", "human", t, [("text", "Here's PS4 for my econometrics class (pdf attached). Can you do all the exercises?")],
              attachments=[("ECON3120_PS4.pdf", ECON_PDF, "pdf")])
    m2 = cmsg("ec:a1", "assistant", t + 30, [
        ("thinking", "The design matrix has ones and x = 0..4. X'X = [[5,10],[10,30]]. X'y = (25, 70). beta = (1, 2). RSS 10, sigma2 maybe 10/3 or 2 depending on divisor. CI: df = 20, t = 2.086 -> [0.593, 1.887]? Or normal 1.96. Exercise 4.5 text is cut off after beta2 = -1.5.", "Computing OLS quantities"),
        ("tool_use", "repl", {"code": "const x=[0,1,2,3,4], y=[2,1,5,9,8];\nconst fit=x.map(v=>1+2*v);\nconst rss=y.reduce((s,v,i)=>s+(v-fit[i])**2,0);\nconsole.log(rss, 1.24-1.96*0.31, 1.24+1.96*0.31);"}),
        ("tool_result", "repl", "10 0.6324 1.8476"),
        ("text", ECON_C1),
    ])
    m3 = cmsg("ec:h2", "human", t + 600, [("text", ECON_C_USER2)])
    m4 = cmsg("ec:a2", "assistant", t + 610, [("text", ECON_C2)])
    graded = cconv("ec:conv", "Econometrics problem set 4", t, [m1, m2, m3, m4])
    t2 = 1728700000.0
    other = cconv("cover:conv", "Cover letter opening line", t2, [
        cmsg("cv:h1", "human", t2, [("text", COVER_USER)]),
        cmsg("cv:a1", "assistant", t2 + 10, [("text", COVER_A)]),
    ])
    write("econ-ols-ps4/transcripts/claude_export.json", [other, graded])


# ========================================================================================
# 5. graphs-week7/transcripts/claude-graphs.json  (Claude; attachment with the .tex source;
#    thinking; answers over two turns; 3(b) skipped)
# ========================================================================================
def read_problems_tex():
    p = os.path.join(OUT, "graphs-week7", "problems.tex")
    with open(p, encoding="utf-8") as f:
        return f.read()


GC_A1 = r"""Let me take Problems 1 and 2 first.

**Problem 1**

Dijkstra from $s$ extracts $s(0), a(2), b(5), c(6), d(8), t(9)$. The key relaxations are $a\to b$ (6 → 5), $b \to c$ (9 → 6), $c \to d$ (10 → 8) and $d \to t$ (10 → 9).

- (a)(i) $\delta(s,t) = 9$
- (a)(ii) $\{v : \delta(s,v) \le 6\} = \{s, a, b, c\}$
- (b) $d = (0, 2, 5, 6, 8, 9)$

**Problem 2**

Augmenting paths $s\to b\to t$ (6), $s \to a \to c \to t$ (5) and $s \to b \to c \to t$ (2) give a flow of value **13**, and the edges $a\to c$, $b \to c$, $b \to t$ are then saturated.

For (b), the set of vertices reachable from $s$ in the residual graph is $S = \{s, a, b\}$, which gives a cut of capacity $5 + 2 + 6 = 13$. The cut with $S = \{s, a, b, c\}$ is also a minimum cut here, so either set is a valid answer for (b)."""

GC_H2 = "great, now 3 and 4 please"

GC_A2 = r"""**Problem 3**

(a) With rows and columns ordered $1,2,3,4$,

$$A = \begin{pmatrix} 0&1&1&0\\ 1&0&1&1\\ 1&1&0&1\\ 0&1&1&0 \end{pmatrix}, \qquad A^2 = \begin{pmatrix} 2&1&1&1\\ 1&3&2&1\\ 1&2&3&1\\ 1&1&1&2 \end{pmatrix}$$

(b) This one is a standard fact from lecture, so I'll leave it for you — think about 2-colouring a tree by the parity of each vertex's depth.

**Problem 4**

Every spanning tree uses 3 of the 5 edges. Of the $\binom{5}{3} = 10$ triples, exactly two are triangles ($\{12, 13, 23\}$ and $\{23, 24, 34\}$), and every other triple is acyclic and spans all four vertices. So $G_3$ has $10 - 2 = 8$ spanning trees."""


def graphs_claude_export():
    t = 1729600000.0
    msgs = [
        cmsg("gc:h1", "human", t, [("text", "Week 7 sheet attached (tex source). Could you work through problems 1 and 2 first?")],
             attachments=[("week7.tex", read_problems_tex(), "text/x-tex")]),
        cmsg("gc:a1", "assistant", t + 20, [
            ("thinking", "Dijkstra: s0 a2 b5 c6 d8 t9. Max flow 13; min cut {s,a,b}: check {s,a,b,c}: b->t 6 + c->t 8 = 14. Hmm.", "Running Dijkstra and max flow"),
            ("text", GC_A1),
        ]),
        cmsg("gc:h2", "human", t + 300, [("text", GC_H2)]),
        cmsg("gc:a2", "assistant", t + 320, [("text", GC_A2)]),
    ]
    write("graphs-week7/transcripts/claude-graphs.json", [cconv("gc:conv", "CS2410 week 7 graphs", t, msgs)])


if __name__ == "__main__":
    thermo_export()
    econ_export()
    econ_claude_export()
    graphs_export()
    graphs_claude_export()
    print("wrote 5 exports under", OUT)
