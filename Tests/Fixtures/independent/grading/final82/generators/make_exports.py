#!/usr/bin/env python3
"""Deterministically write the ChatGPT / Claude data-export transcripts of this corpus.

Re-running gives byte-identical files (fixed ids, fixed timestamps, sorted nothing random).
Usage: python3 generators/make_exports.py   (run from anywhere)
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(rel, obj):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class GPTConv:
    def __init__(self, title, conv_id, t0, with_current=True):
        self.title, self.conv_id, self.t0 = title, conv_id, t0
        self.with_current = with_current
        self.mapping = {}
        self.n = 0
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.last_time = t0

    def _id(self):
        self.n += 1
        return f"{self.conv_id[:8]}-{self.n:04d}-4c1e-9a7b-{self.n:012d}"

    def add(self, parent, role, content, dt=7.0, name=None, recipient="all", metadata=None, end_turn=None):
        nid = self._id()
        self.last_time = round(self.last_time + dt, 3)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.last_time,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, text, dt=7.0, **kw):
        if role == "assistant":
            kw.setdefault("end_turn", True)
        return self.add(parent, role, {"content_type": "text", "parts": [text]}, dt, **kw)

    def system(self):
        return self.add(self.root, "system", {"content_type": "text", "parts": [""]}, 0.0,
                        metadata={"is_visually_hidden_from_conversation": True})

    def thoughts(self, parent, summary, content, dt=3.0):
        return self.add(parent, "assistant", {"content_type": "thoughts", "thoughts": [
            {"summary": summary, "content": content, "chunks": [], "finished": True}],
            "source_analysis_msg_id": "analysis-" + self.conv_id[:6]}, dt, end_turn=False)

    def recap(self, parent, secs, dt=1.0):
        return self.add(parent, "assistant", {"content_type": "reasoning_recap",
                                              "content": f"Thought for {secs} seconds"}, dt, end_turn=False)

    def code(self, parent, src, dt=4.0):
        return self.add(parent, "assistant", {"content_type": "code", "language": "python",
                                              "response_format_name": None, "text": src}, dt,
                        recipient="python", end_turn=False)

    def exec_out(self, parent, out, dt=2.0):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": out}, dt, name="python",
                        metadata={"aggregate_result": {"status": "success", "code": "", "messages": []}})

    def dump(self, current):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_time,
            "mapping": self.mapping,
            "moderation_results": [],
            "plugin_ids": None,
            "conversation_id": self.conv_id,
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "default_model_slug": "gpt-4o",
            "id": self.conv_id,
        }
        if self.with_current:
            d["current_node"] = current
        return d


# ---------------------------------------------------------------- Claude helpers
def iso(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"2025-10-{DAY:02d}T{h:02d}:{m:02d}:{s:02d}.{(sec * 37) % 1000:03d}000Z"


DAY = 1


def cmsg(uuid, sender, sec, blocks, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for i, b in enumerate(blocks):
        b = dict(b)
        b.setdefault("start_timestamp", iso(sec + i))
        b.setdefault("stop_timestamp", iso(sec + i + 1))
        if b["type"] == "text":
            b.setdefault("citations", [])
        content.append(b)
    return {"uuid": uuid, "text": text, "content": content, "sender": sender,
            "created_at": iso(sec), "updated_at": iso(sec + len(blocks) + 1),
            "attachments": list(attachments), "files": []}


def T(s):
    return {"type": "text", "text": s}


def THINK(s):
    return {"type": "thinking", "thinking": s, "summaries": [{"summary": s.split(".")[0] + "."}],
            "cut_off": False}


def TOOL(code, msg):
    return {"type": "tool_use", "name": "repl", "input": {"code": code}, "message": msg,
            "integration_name": None, "display_content": None}


def RESULT(out):
    return {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": out, "uuid": None}],
            "is_error": False, "message": None, "display_content": None}


def cconv(uuid, name, sec, messages):
    return {"uuid": uuid, "name": name, "summary": "", "created_at": iso(sec),
            "updated_at": iso(sec + 900), "account": {"uuid": "a9c3e0d2-5b1f-4e47-8d2a-1f0e6c7b9d31"},
            "chat_messages": messages}


# =============================================================== A1: projectile-energy/chatgpt-export.json
PROJ_PROMPT = """PHYS 1110 HW5. Take g = 9.8 m/s^2, ignore air resistance, 3 sig figs.

1. A ball is kicked from level ground with a speed of 20 m/s at an angle of 30° above the horizontal, and lands on the same level ground.
(a) How long is the ball in the air?
(b) What maximum height does the ball reach?
(c) How far from the launch point does it land (the horizontal range)?
(d) Keeping the launch speed fixed, which other launch angle gives the same range? (A) 45° (B) 60° (C) 75° (D) 15°

2. A 2.0 kg block is released from rest at a height of 3.0 m on a frictionless ramp. At the bottom it slides onto a rough horizontal floor with coefficient of kinetic friction μk = 0.25 and eventually stops.
(a) What is the block's speed at the bottom of the ramp?
(b) How far does it slide along the floor before stopping?
(c) On the rough floor: (i) How much work does friction do on the block? (Give the sign.) (ii) How long does it take the block to come to rest?"""

A1_OLD = r"""Here are the solutions.

**1(a)** $t = 2v_0\sin\theta/g = 20/9.8 \approx 2.04$ s
**1(b)** $H = (v_0\sin\theta)^2/(2g) \approx 5.10$ m
**1(c)** $R = v_0^2\sin 2\theta/g \approx 35.3$ m
**1(d)** (B) 60°
**2(a)** $v = \sqrt{2gh} \approx 7.67$ m/s
**2(b)** $d = h/\mu_k = 12$ m
**2(c)(i)** $W = -58.8$ J
**2(c)(ii)** $t = v/(\mu_k g) \approx 3.13$ s"""

A1_CODE = """import math
g = 9.8
v0, th = 20, math.radians(30)
t = 2*v0*math.sin(th)/g
H = (v0*math.sin(th))**2/(2*g)
R = v0**2*math.sin(th)*math.cos(th)/g
print(f"t={t:.4f} H={H:.4f} R={R:.4f}")"""

A1_FINAL = r"""## Problem 1 — Projectile

Using the numbers from the calculation above:

### (a) Time of flight
$$t = \frac{2v_0\sin\theta}{g} = \frac{2(20)(0.5)}{9.8}$$
**Answer:** $t \approx 2.04\ \text{s}$

### (b) Maximum height
$$H = \frac{(v_0\sin\theta)^2}{2g} = \frac{10^2}{19.6}$$
**Answer:** $H \approx 5.10\ \text{m}$

### (c) Range
$$R = \frac{v_0^2 \sin\theta\cos\theta}{g} = \frac{400(0.5)(0.866)}{9.8}$$
**Answer:** $R \approx 17.7\ \text{m}$

### (d) Same range
Because the range depends on $\sin 2\theta$, complementary angles ($\theta$ and $90^\circ-\theta$) give equal ranges. The other angle is $60^\circ$, so the answer is **(B)**.

## Problem 2 — Work and energy

### (a)
At the bottom all of the potential energy has become kinetic energy:
$$v = \sqrt{gh} = \sqrt{9.8 \times 3.0} = \sqrt{29.4}$$
**Answer:** $v \approx 5.42\ \text{m/s}$

### (b)
Friction must remove the energy $mgh$: $\mu_k m g\,d = mgh$, so
$$d = \frac{h}{\mu_k} = \frac{3.0}{0.25}$$
**Answer:** $d = 12\ \text{m}$

### (c)
(i) $W_f = \mu_k m g d = 0.25 \times 2.0 \times 9.8 \times 12$, so **$W_f = 58.8$ J**

(ii) Constant deceleration $a = \mu_k g = 2.45\ \text{m/s}^2$ over the distance $d$: $d = \tfrac12 a t^2$ gives
$$t = \sqrt{\frac{2d}{a}} = \sqrt{\frac{24}{2.45}}$$
**Answer:** $t \approx 3.13\ \text{s}$"""

A1_FOLLOW = r"""At $45^\circ$ the range is the largest possible for this speed:

$$R_{45} = \frac{v_0^2}{g} = \frac{400}{9.8} \approx 40.8\ \text{m}$$

and the time of flight would be $2(20)(0.7071)/9.8 \approx 2.89$ s. So kicking at 45° would send the ball about **40.8 m**."""


def make_a1():
    c = GPTConv("Projectile and ramp homework", "67f3b1c2-0d4e-8000-a5b6-3c2d1e0f9a8b", 1759950000.0)
    s = c.system()
    u = c.text(s, "user", PROJ_PROMPT, dt=10)
    c.text(u, "assistant", A1_OLD, dt=9)                       # regenerated away
    th = c.thoughts(u, "Splitting into components",
                    "Components: vx = 17.32, vy = 10. Time 2vy/g. Ramp: energy conservation then friction.", dt=60)
    rc = c.recap(th, 14)
    cd = c.code(rc, A1_CODE)
    ex = c.exec_out(cd, "t=2.0408 H=5.1020 R=17.6734\n")
    fin = c.text(ex, "assistant", A1_FINAL, dt=12)
    u2 = c.text(fin, "user", "what if I kicked it at 45 degrees instead, how far would it go?", dt=120)
    last = c.text(u2, "assistant", A1_FOLLOW, dt=8)
    write("projectile-energy/transcripts/chatgpt-export.json", [c.dump(last)])


# =============================================================== B1: enzyme-kinetics/claude-export.json
ENZ_TEXT = """BIOC 341 — Problem Set 3: Enzyme Kinetics
Assume Michaelis–Menten kinetics throughout. Units: concentrations in µM, rates in µM/min unless stated otherwise.
Question 1
An enzyme has Vmax = 120 µM/min and Km = 30 µM.
a) What is the initial rate v0 when [S] = 10 µM?
b) At what substrate concentration does v0 reach 80% of Vmax?
c) What fraction of Vmax is reached at [S] = 90 µM?
Question 2
The same enzyme is now assayed in the presence of a competitive inhibitor with Ki = 5 µM, present at [I] = 10 µM.
a) What is the apparent Km?
b) What is v0 at [S] = 60 µM with the inhibitor present?
c) For the Lineweaver–Burk plot (1/v0 against 1/[S]) of the inhibited reaction:
i. What is the slope (give units)?
ii. What is the x-intercept?
Question 3
A different enzyme has kcat = 400 s−1 and Km = 2.0×10−5 M. Calculate its catalytic efficiency kcat/Km in M−1 s−1."""

B1_TEXT1 = """I'll run the Question 1 and 3 numbers first so the arithmetic is solid."""

B1_CODE = """const Vmax = 120, Km = 30;
const v = S => Vmax * S / (Km + S);
console.log("v(10) =", v(10));
console.log("S for 0.8 Vmax =", 0.8 * Km / 0.2);
console.log("v(90)/Vmax =", v(90) / Vmax);
console.log("kcat/Km =", 400 / 2.0e-5);"""

B1_TEXT2 = r"""Here's the full worked set.

## Question 1

**a)** Michaelis–Menten: $v_0 = \dfrac{V_{max}[S]}{K_m + [S]} = \dfrac{120 \times 10}{30 + 10}$

**v₀ = 30 µM/min**

**b)** Set $v_0 = 0.8\,V_{max}$: $0.8 = \dfrac{[S]}{K_m+[S]}$, so $[S] = \dfrac{0.8}{0.2}K_m = 4K_m$.

**[S] = 120 µM**

**c)** $\dfrac{v_0}{V_{max}} = \dfrac{90}{30+90} = \dfrac{3}{4}$, i.e. the enzyme runs at **75% of Vmax**.

## Question 2

**a)** A competitive inhibitor raises the apparent $K_m$ by the factor $\alpha = 1 + [I]/K_i = 1 + 10/5 = 3$:

$K_m^{app} = \alpha K_m = 3 \times 30 =$ **90 µM**

**b)** $V_{max}$ is unchanged, so
$$v_0 = \frac{120 \times 60}{90 + 90} = 40\ \mu\text{M/min}$$
**v₀ = 40 µM/min**

**c)** The Lineweaver–Burk form is $\dfrac{1}{v_0} = \dfrac{K_m}{V_{max}}\cdot\dfrac{1}{[S]} + \dfrac{1}{V_{max}}$.

- (i) Slope $= K_m/V_{max} = 30/120 =$ **0.25 min**
- (ii) x-intercept $= -1/K_m^{app} = -1/90 \approx$ **−0.0111 µM⁻¹**

## Question 3

$$\frac{k_{cat}}{K_m} = \frac{400\ \text{s}^{-1}}{2.0\times10^{-5}\ \text{M}}$$

**k_cat/K_m = 2.0 × 10⁷ M⁻¹ s⁻¹** — close to the diffusion limit, so this is a very efficient enzyme."""

B1_FOLLOW = r"""For a **pure noncompetitive** inhibitor with the same $K_i$ and $[I]$, the picture flips: $K_m$ stays at 30 µM, but $V_{max}$ drops by the same factor of 3, to $V_{max}^{app} = 40$ µM/min. At $[S] = 60$ µM you'd get $v_0 = 40 \times 60/90 \approx 26.7$ µM/min, and on the Lineweaver–Burk plot the lines would cross on the x-axis instead of the y-axis."""


def make_b1():
    global DAY
    DAY = 6
    att = {"file_name": "PS3_enzyme_kinetics.pdf", "file_size": 48213, "file_type": "pdf",
           "extracted_content": ENZ_TEXT}
    msgs = [
        cmsg("7b2f1c9e-0001-4a7e-9d10-5c2b8e3f1a01", "human", 50400,
             [T("Can you work through this problem set? Please show the steps, I have a quiz on this friday.")], [att]),
        cmsg("7b2f1c9e-0002-4a7e-9d10-5c2b8e3f1a02", "assistant", 50412, [
            THINK("The user wants Michaelis-Menten problems solved. Q1 straightforward, Q2 competitive inhibition with alpha = 1 + I/Ki = 3. Q3 kcat/Km."),
            T(B1_TEXT1),
            TOOL(B1_CODE, "Computing the Michaelis–Menten values"),
            RESULT("v(10) = 30\nS for 0.8 Vmax = 120\nv(90)/Vmax = 0.75\nkcat/Km = 20000000"),
            T(B1_TEXT2)]),
        cmsg("7b2f1c9e-0003-4a7e-9d10-5c2b8e3f1a03", "human", 50800,
             [T("ok and what would change if the inhibitor was noncompetitive instead?")]),
        cmsg("7b2f1c9e-0004-4a7e-9d10-5c2b8e3f1a04", "assistant", 50811, [T(B1_FOLLOW)]),
    ]
    write("enzyme-kinetics/transcripts/claude-export.json",
          [cconv("4e8d2a10-3f6b-4c59-b7e1-0a9d8c7b6e51", "Enzyme kinetics problem set 3", 50400, msgs)])


# =============================================================== B4: enzyme-kinetics/chatgpt-export-nocurrent.json
B4_V1 = r"""**Q1** (a) 30 µM/min (b) 120 µM (c) 0.75
**Q2** (a) 90 µM (b) 36 µM/min (c)(i) 0.75 min (ii) −1/90 µM⁻¹
**Q3** 2 × 10⁷ M⁻¹ s⁻¹"""

B4_V2 = r"""Let's go through it step by step. Throughout, $v_0 = \dfrac{V_{max}[S]}{K_m + [S]}$.

### Question 1

a) With $[S] = 10$ µM and $K_m = 30$ µM, the substrate concentration is a third of $K_m$:
$v_0 = V_{max}\cdot\dfrac{[S]}{K_m} = 120 \times \dfrac{10}{30} = 40$ µM/min

b) $\dfrac{[S]}{K_m + [S]} = 0.8 \Rightarrow [S] = 4K_m = 120$ µM

c) $\dfrac{90}{120} = 0.75$, so **0.75** of $V_{max}$.

### Question 2

a) $K_m^{app} = K_m\left(1 + \dfrac{[I]}{K_i}\right) = 30(1 + 2) = 90$ µM

b) $v_0 = \dfrac{120 \times 60}{90 + 60} = \dfrac{7200}{150} = 48$ µM/min

c) For the inhibited reaction, $\dfrac{1}{v_0} = \dfrac{K_m^{app}}{V_{max}}\dfrac{1}{[S]} + \dfrac{1}{V_{max}}$.

   i. slope $= \dfrac{90}{120} = 0.75$ min

   ii. the line crosses the x-axis at $1/[S] = -1/K_m^{app} = -1/90$ µM⁻¹

### Question 3

$k_{cat}/K_m = 400 / (2.0\times10^{-5}) = 2.0\times10^{7}$ M⁻¹ s⁻¹

### Summary

| Question | Answer |
|---|---|
| 1a | 40 µM/min |
| 1b | 120 µM |
| 1c | 0.75 |
| 2a | 90 µM |
| 2b | 48 µM/min |
| 2c(i) | 0.75 min |
| 2c(ii) | −0.0333 µM⁻¹ |
| 3 | 2.0e7 M⁻¹ s⁻¹ |"""

BREAD_A = r"""To scale the recipe from one loaf to 1.5 loaves, multiply every ingredient by 1.5:

- Flour: 250 g → **375 g**
- Sugar: 100 g → **150 g**
- Bananas: 3 → **4–5** (4.5, round to taste)
- Baking soda: 1 tsp → **1½ tsp**

Bake a little longer — check at 65 minutes."""


def make_b4():
    bread = GPTConv("Banana bread scaling", "68011a2b-9c8d-8000-b7e6-1d2c3b4a5f60", 1759500000.0, with_current=False)
    s = bread.system()
    u = bread.text(s, "user", "I have a banana bread recipe for one loaf (250 g flour, 100 g sugar, 3 bananas, 1 tsp baking soda). How do I make 1.5 loaves?")
    bread.text(u, "assistant", BREAD_A)
    c = GPTConv("Michaelis-Menten PS3", "6803c4d5-e6f7-8000-8a9b-0c1d2e3f4a5b", 1759800000.0, with_current=False)
    s = c.system()
    u = c.text(s, "user", "Solve these (BIOC 341 PS3):\n\n" + ENZ_TEXT, dt=15)
    c.text(u, "assistant", B4_V1, dt=11)
    v2 = c.text(u, "assistant", B4_V2, dt=95)      # regenerated answer, later create_time
    u2 = c.text(v2, "user", "thank you!!", dt=200)
    c.text(u2, "assistant", "You're welcome — good luck on the quiz! If you want, I can make a few practice problems on uncompetitive inhibition too.", dt=5)
    write("enzyme-kinetics/transcripts/chatgpt-export-nocurrent.json", [bread.dump(None), c.dump(None)])


# =============================================================== C1: linalg-eigen-lsq/chatgpt-export.json
LA_PROMPT = r"""MATH 2270 week 9 exercises, exact answers preferred.

Exercise 4.1. Let A = [[4, 1], [2, 3]].
(a) Find the eigenvalues of A. List them in increasing order.
(b) Find an eigenvector for the larger eigenvalue, scaled so that its first component is 1.
(c) Compute det(A^3).

Exercise 4.2. Fit the line y = c0 + c1 x by least squares to the data (0,1), (1,3), (2,4), (3,4). Write X for the 4×2 design matrix whose first column is all ones.
(a) Write down the matrix X^T X of the normal equations.
(b) Find the least-squares coefficients (c0, c1).
(c) Compute the residual sum of squares ||y − X ĉ||^2.

Exercise 4.3. Let u = (1,2,2)^T and let P be the orthogonal projection onto the line spanned by u.
(a) Find the projection of b = (1,1,1)^T onto this line.
(b) True or false: P is invertible."""

C1_OLD = r"""**4.1** (a) λ = 2, 5 (b) (1, 1) (c) 1000
**4.2** (a) [[4, 6], [6, 14]] (b) (3/2, 1) (c) 1
**4.3** (a) (5/9, 10/9, 10/9) (b) False"""

C1_FINAL = "Sure — here are worked solutions.\n\n" + r"""**Exercise 4.1**

(a) The characteristic polynomial is
$$\det(A - \lambda I) = (4-\lambda)(3-\lambda) - 2 = \lambda^2 - 7\lambda + 10 = (\lambda - 2)(\lambda - 5)$$
so the eigenvalues are $\lambda_1 = 2,\ \lambda_2 = 5$.

(b) Solve $(A - \lambda I)v = 0$:
$$A - 2I = \begin{bmatrix} 2 & 1 \\ 2 & 1 \end{bmatrix} \Rightarrow 2v_1 + v_2 = 0$$
Scaling so the first component is 1: $v = \begin{bmatrix} 1 \\ -2 \end{bmatrix}$.

(c) $\det(A^3) = (\det A)^3 = 10^3 = 1000$.

**Exercise 4.2**

Least squares solves the normal equations $X^T X \hat c = X^T y$ """ + "\ue200cite\ue202turn0search2\ue201" + r""".

(a) $$X^T X = \begin{bmatrix} 4 & 6 \\ 6 & 14 \end{bmatrix}$$ since $\sum 1 = 4$, $\sum x_i = 6$, $\sum x_i^2 = 14$.

(b) $X^T y = (12, 23)^T$. Then
$$\hat c = \frac{1}{20}\begin{bmatrix} 14 & -6 \\ -6 & 4 \end{bmatrix}\begin{bmatrix} 12 \\ 23 \end{bmatrix} = \begin{bmatrix} 1.5 \\ 1 \end{bmatrix}$$
so $c_0 = 1.5$, $c_1 = 1$: the fitted line is $y = 1.5 + x$.

(c) Fitted values $1.5, 2.5, 3.5, 4.5$; residuals $-0.5, 0.5, 0.5, -0.5$. RSS $= 4 \times 0.25 = 1$.

**Exercise 4.3**

(a) $\text{proj}_u b = \dfrac{u^T b}{u^T u}\,u = \dfrac{5}{9}(1, 2, 2) = \left(\tfrac59, \tfrac{10}{9}, \tfrac{10}{9}\right)$

(b) $P = \dfrac{uu^T}{u^Tu}$ has rank 1, so it is singular: **False**.

---

| Exercise | Answer |
|---|---|
| 4.1(a) | 2, 5 |
| 4.1(b) | (1, −2) |
| 4.1(c) | 1000 |
| 4.2(a) | [[4, 6], [6, 14]] |
| 4.2(b) | c₀ = 1.5, c₁ = 1 |
| 4.2(c) | 1 |
| 4.3(a) | (5/9, 5/9, 10/9) |
| 4.3(b) | False |"""

PY_A = r"""Use a list comprehension with a condition:

```python
evens = [x for x in nums if x % 2 == 0]
```

""" + "\ue203" + r"""This keeps the order of `nums`; if you want a generator instead, use parentheses."""


def make_c1():
    other = GPTConv("Filter even numbers", "67e0a9b8-c7d6-8000-9e8f-7a6b5c4d3e2f", 1759100000.0)
    s = other.system()
    u = other.text(s, "user", "how do I keep only the even numbers from a list in python")
    last_o = other.text(u, "assistant", PY_A)
    c = GPTConv("Linear algebra week 9", "6805d6e7-f8a9-8000-b1c2-d3e4f5a6b7c8", 1760000000.0)
    s = c.system()
    u = c.text(s, "user", LA_PROMPT, dt=20)
    c.text(u, "assistant", C1_OLD, dt=10)        # first answer, regenerated away
    th = c.thoughts(u, "Eigenvalues and least squares",
                    "Char poly l^2 - 7l + 10. Normal equations sums 4, 6, 14; Xty = (12, 23).", dt=40)
    rc = c.recap(th, 9)
    fin = c.text(rc, "assistant", C1_FINAL, dt=15)
    write("linalg-eigen-lsq/transcripts/chatgpt-export.json", [c.dump(fin), other.dump(last_o)])


# =============================================================== C2: linalg-eigen-lsq/claude-export.json
C2_ANSWER = r"""Let's work through Exercises 4.1 and 4.2.

## Exercise 4.1

**(a)** $\det(A - \lambda I) = \lambda^2 - 7\lambda + 10 = (\lambda-2)(\lambda-5)$.

Eigenvalues (increasing): **λ = 2, 5**

**(b)** For λ = 5: $A - 5I = \begin{pmatrix} -1 & 1 \\ 2 & -2 \end{pmatrix}$, so $-v_1 + v_2 = 0$ and $v_2 = v_1$.

Eigenvector: **v = (1, 1)ᵀ**

**(c)** $\det(A^3) = 3\det(A) = 3 \times 10 = 30$

**Answer: det(A³) = 30**

## Exercise 4.2

The design matrix is
$$X = \begin{pmatrix} 1 & 0 \\ 1 & 1 \\ 1 & 2 \\ 1 & 3 \end{pmatrix}, \quad y = \begin{pmatrix} 1 \\ 3 \\ 4 \\ 4 \end{pmatrix}$$

**(a)** $X^\top X = \begin{pmatrix} 4 & 6 \\ 6 & 14 \end{pmatrix}$

**(b)** $X^\top y = \begin{pmatrix} \sum y_i \\ \sum x_i y_i \end{pmatrix} = \begin{pmatrix} 12 \\ 26 \end{pmatrix}$

Solving $\begin{pmatrix} 4 & 6 \\ 6 & 14 \end{pmatrix}\hat c = \begin{pmatrix} 12 \\ 26 \end{pmatrix}$ with $\det = 56 - 36 = 20$:

- $c_0 = (14 \cdot 12 - 6 \cdot 26)/20 = 12/20 = 0.6$
- $c_1 = (4 \cdot 26 - 6 \cdot 12)/20 = 32/20 = 1.6$

**(c₀, c₁) = (0.6, 1.6)**

**(c)** Fitted values: 0.6, 2.2, 3.8, 5.4. Residuals: 0.4, 0.8, 0.2, −1.4.

RSS = 0.16 + 0.64 + 0.04 + 1.96 = **2.8**

Would you like me to continue with Exercise 4.3 (the projection onto u)? It's short, but I wanted to check first whether your course writes projections with $P = \frac{uu^\top}{u^\top u}$ or with an orthonormal basis."""

C2_OTHER = "The second derivative of $x^3 - 3x$ is $6x$, which is zero at $x = 0$, so the inflection point is at **(0, 0)**."


def make_c2():
    global DAY
    DAY = 9
    att = {"file_name": "week9_exercises.txt", "file_size": 912, "file_type": "txt", "extracted_content": LA_PROMPT}
    graded = cconv("0c7a5e3d-2b19-4f86-a4d7-93e1b2c0f5aa", "Week 9 linear algebra exercises", 64800, [
        cmsg("5d1e9b7a-1001-4c3b-8f2e-6a7b8c9d0e01", "human", 64800,
             [T("Could you go through these step by step?")], [att]),
        cmsg("5d1e9b7a-1002-4c3b-8f2e-6a7b8c9d0e02", "assistant", 64815, [
            THINK("Three exercises. 4.1 eigenvalues of [[4,1],[2,3]]: trace 7, det 10. 4.2 least squares with four points. 4.3 projection; ask about notation first."),
            T(C2_ANSWER)]),
    ])
    other = cconv("91f0e2d4-6c3b-4a85-b9e7-2d1c0b9a8f77", "Inflection point question", 61200, [
        cmsg("5d1e9b7a-2001-4c3b-8f2e-6a7b8c9d0e11", "human", 61200, [T("where is the inflection point of x^3 - 3x")]),
        cmsg("5d1e9b7a-2002-4c3b-8f2e-6a7b8c9d0e12", "assistant", 61209, [T(C2_OTHER)]),
    ])
    write("linalg-eigen-lsq/transcripts/claude-export.json", [other, graded])


if __name__ == "__main__":
    make_a1()
    make_b1()
    make_b4()
    make_c1()
    make_c2()
    print("wrote 5 export transcripts")
