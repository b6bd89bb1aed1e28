#!/usr/bin/env python3
"""Deterministic generator for the JSON chat exports in final62.

Writes four files (relative to the output root, default: the folder above this script):
  cofactor-determinants/transcripts/chatgpt-conversations.json   ChatGPT data export
  euler-rk-steps/transcripts/chatgpt-export-no-current-node.json  ChatGPT data export, no current_node
  euler-rk-steps/transcripts/claude-export.json                   Claude data export
  annuities-npv/transcripts/claude-conversations.json             Claude data export

Everything (ids, timestamps) is derived from fixed seeds, so re-running gives byte-identical
files.  Usage:  python3 make_exports.py [OUTPUT_ROOT]
"""
import json
import os
import sys
import uuid
from datetime import datetime, timedelta, timezone

NS = uuid.UUID("6f1d2a8e-3b7c-4e1a-9d0f-62a1b2c3d4e5")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def iso(ts):
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# ----------------------------------------------------------------------------------------
# ChatGPT export helpers
# ----------------------------------------------------------------------------------------

class GPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.order = []
        root = "client-created-root"
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        sysid = self.add(root, "system", "", 0, hidden=True)
        self.last = sysid

    def add(self, parent, role, text, dt, content_type="text", hidden=False, name=None,
            recipient="all", extra_content=None, meta=None, end_turn=None):
        nid = uid(self.key, len(self.order), role, content_type)
        ts = None if role == "system" else round(self.t0 + dt, 3)
        if content_type == "text":
            content = {"content_type": "text", "parts": [text]}
        else:
            content = {"content_type": content_type}
            content.update(extra_content or {})
        metadata = {}
        if hidden:
            metadata["is_visually_hidden_from_conversation"] = True
        if role == "assistant" and content_type == "text":
            metadata.update({"model_slug": self.model, "default_model_slug": self.model,
                             "finish_details": {"type": "stop", "stop_tokens": [200002]}})
        if role == "user":
            metadata.update({"request_id": uid(self.key, "req", len(self.order))[:18],
                             "message_source": None})
        metadata.update(meta or {})
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": ts,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn if end_turn is not None else (True if role == "assistant" and content_type == "text" else None),
            "weight": 0.0 if hidden else 1.0,
            "metadata": metadata,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.order.append(nid)
        return nid

    def export(self, current_node=True, leaf=None):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"]]
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if current_node:
            d["current_node"] = leaf
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conversation"),
        })
        return d


def write_json(root, rel, data):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")


# ----------------------------------------------------------------------------------------
# 1. cofactor-determinants: ChatGPT export, three conversations, regenerated branch,
#    thoughts + reasoning_recap, a later turn that corrects 2(a).
# ----------------------------------------------------------------------------------------

COF_USER = """Linear algebra HW 6, please solve with steps:

1. Let A = [[2, -1, 3], [0, 4, 1], [5, 2, -2]]. M_ij = minor, C_ij = (-1)^(i+j) M_ij.
(a) Compute the cofactor C_13.
(b) Compute det A by cofactor expansion along the first column.
(c) Write down adj(A), the transpose of the matrix of cofactors.
(d) Using A^-1 = adj(A)/det A, give the entry in row 2, column 3 of A^-1 as a fraction.

2. M is a real 3x3 matrix with det M = -4.
(a) det(2M)
(b) det(adj(M))
(c) True or false: det(M^T M) = -16

3. For which k is B_k = [[1, k, 0], [2, 1, k], [0, 1, 1]] singular?
(A) k = -1/3 (B) k = 0 (C) k = 1/3 (D) k = 3 (E) no real k"""

COF_FIRST = r"""Here's a full solution.

**1(a)** Deleting row 1 and column 3 gives $M_{13} = \det\begin{pmatrix}0&4\\5&2\end{pmatrix} = -20$, and the sign $(-1)^{4} = +1$, so $C_{13} = -20$.

**1(b)** Along column 1: $\det A = 2C_{11} + 0\cdot C_{21} + 5C_{31} = 2(-10) + 5(-13) = -85$.

**1(c)**
$$\operatorname{adj}(A) = \begin{pmatrix}-10 & 4 & -13\\ 5 & -19 & -2\\ -20 & -9 & 8\end{pmatrix}$$

**1(d)** $(A^{-1})_{23} = \dfrac{C_{32}}{\det A} = \dfrac{-2}{-85} = \dfrac{2}{85}$.

**2(a)** $\det(2M) = 2^3(-4) = -32$

**2(b)** $\det(\operatorname{adj} M) = (\det M)^{n-1} = (-4)^{2}$... with the sign carried through this is $-16$.

**2(c)** False, since $\det(M^TM) = (\det M)^2 = 16$.

**3.** $\det B_k = 1 - 3k = 0 \Rightarrow k = 1/3$, option **(C)**."""

COF_THOUGHTS = [
    {"summary": "Computing cofactors",
     "content": "Minor M13 = det[[0,4],[5,2]] = -20. C11 = -10, C31 = -13, so det = 2(-10)+5(-13) = -85. Maybe check row 1: 2(-10) - (-1)(5) + 3(-20) = -20+5-60 = -75? hmm sign of C12 already included, recheck later."},
    {"summary": "Checking determinant properties",
     "content": "det(cM) for 3x3 ... det(adj M) = (det M)^2 = 16. det(M^T M) = 16 so false. For B_k expand: 1(1-k) - k(2) = 1 - 3k... or 1 + 3k?"},
]

COF_GRADED = r"""## Problem 1

Given
$$A=\begin{bmatrix}2&-1&3\\0&4&1\\5&2&-2\end{bmatrix}$$

### (a)
Remove row 1 and column 3:
$$M_{13}=\det\begin{bmatrix}0&4\\5&2\end{bmatrix}=0\cdot2-4\cdot5=-20$$
Since $(-1)^{1+3}=1$: **$C_{13}=-20$**

### (b)
Expand along the first column $(2,0,5)^T$:
- $C_{11}=\det\begin{bmatrix}4&1\\2&-2\end{bmatrix}=-10$
- $C_{31}=\det\begin{bmatrix}-1&3\\4&1\end{bmatrix}=-13$

$$\det A = 2(-10)+0+5(-13) = \boxed{-85}$$

### (c)
The cofactors are $C_{11}=-10,\ C_{12}=5,\ C_{13}=-20,\ C_{21}=4,\ C_{22}=-19,\ C_{23}=-9,\ C_{31}=-13,\ C_{32}=-2,\ C_{33}=8$. Arranging them:
$$\operatorname{adj}(A)=\begin{bmatrix}-10&5&-20\\4&-19&-9\\-13&-2&8\end{bmatrix}$$

### (d)
For the inverse, $(A^{-1})_{ij} = C_{ji}/\det A$, so
$$(A^{-1})_{23}=\frac{C_{32}}{\det A}=\frac{-2}{-85}=\boxed{\tfrac{2}{85}}$$

## Problem 2

### (a)
Scaling by 2 doubles the determinant: $\det(2M) = 2\det M = \mathbf{-8}$.

### (b)
From $M\,\operatorname{adj}(M)=(\det M)I_3$: $\det M\cdot\det(\operatorname{adj}M)=(\det M)^3$, so
$$\det(\operatorname{adj}M)=(\det M)^2=\mathbf{16}$$

### (c)
$\det(M^TM)=\det(M^T)\det(M)=(\det M)^2=16\neq-16$. **False.**

## Problem 3

$$\det B_k = 1\cdot(1\cdot1-k\cdot1)-k\,(2\cdot1-k\cdot0)+0 = 1+3k$$
This vanishes at $k=-\tfrac13$, so the answer is **(A)**."""

COF_USER2 = "for 2(a) my TA said scaling a 3x3 matrix by 2 multiplies the det by 8, not 2?"

COF_FIX = r"""Your TA is right — I made a mistake in 2(a). Multiplying $M$ by 2 multiplies **each of its 3 rows** by 2, and each row scaling doubles the determinant:

$$\det(2M) = 2^3 \det M = 8\cdot(-4) = -32$$

So the corrected answer for 2(a) is **−32**. The other parts are unaffected."""


def cofactor_export():
    other1 = GPTConv("bread", "Banana bread without eggs", 1741900000.0)
    u = other1.add(other1.last, "user", "can i make banana bread without eggs? i have 3 bananas", 5)
    a = other1.add(u, "assistant", "Yes! For 3 ripe bananas, replace the 2 eggs with 1/3 cup of yogurt or 2 tablespoons of ground flax mixed with 5 tablespoons of water (let it sit 5 minutes). Bake at 350°F (175°C) for 55–60 minutes.", 12)
    c1 = other1.export(leaf=a)

    g = GPTConv("hw6", "Linear Algebra HW6 Help", 1741990000.0)
    u1 = g.add(g.last, "user", COF_USER, 3)
    a_old = g.add(u1, "assistant", COF_FIRST, 25)
    th = g.add(u1, "assistant", None, 140, content_type="thoughts",
               extra_content={"thoughts": COF_THOUGHTS, "source_analysis_msg_id": uid("hw6", "src")},
               end_turn=False, meta={"reasoning_status": "is_reasoning"})
    rc = g.add(th, "assistant", None, 152, content_type="reasoning_recap",
               extra_content={"content": "Thought for 12 seconds"}, end_turn=False,
               meta={"reasoning_status": "reasoning_ended"})
    a_new = g.add(rc, "assistant", COF_GRADED, 170)
    u2 = g.add(a_new, "user", COF_USER2, 600)
    a_fix = g.add(u2, "assistant", COF_FIX, 612)
    c2 = g.export(leaf=a_fix)

    other2 = GPTConv("landlord", "Email about broken heater", 1742100000.0)
    u = other2.add(other2.last, "user", "write a short polite email to my landlord, heater in unit 3B broken since monday", 2)
    a = other2.add(u, "assistant", "Subject: Heater not working in Unit 3B\n\nHi [Landlord's name],\n\nI wanted to let you know that the heater in Unit 3B has not been working since Monday. Could you arrange for someone to take a look this week? I'm available most days after 4 pm.\n\nThank you,\n[Your name]", 9)
    c3 = other2.export(leaf=a)
    return [c3, c2, c1]   # the export lists newest first


# ----------------------------------------------------------------------------------------
# 2. euler-rk-steps: ChatGPT export WITHOUT current_node; regenerated branch; python tool
#    call + execution_output; citation markers.
# ----------------------------------------------------------------------------------------

EU_USER = """Worksheet 9 (one-step ODE solvers). Throughout 1 and 2: y'(t) = t - 2y, y(0) = 1, exact y(t) = t/2 - 1/4 + (5/4) e^(-2t). Six decimals unless said otherwise.

1. Forward Euler with h = 0.1.
 (a) y_1 ≈ y(0.1)
 (b) y_2 ≈ y(0.2)
 (c) the global error |y(0.2) - y_2| rounded to four decimal places
2. One step h = 0.1 from (0, 1).
 (a) Heun's method y_1
 (b) classical RK4 y_1 to six decimals
 (c) the four stage slopes (k1, k2, k3, k4) of the RK4 step (slopes, not times h)
3. x' = y, y' = -x, (x, y)(0) = (1, 0), u = (x, y)^T, u' = A u.
 (a) two forward Euler steps with h = 0.5, give u_2 = (x_2, y_2)
 (b) Euler is u_{n+1} = G u_n; give the 2x2 matrix G for h = 0.5
4. Forward Euler on y' = λy with λ = -20: largest stable h with |1 + hλ| ≤ 1?
 (A) 0.05 (B) 0.1 (C) 0.2 (D) 20"""

EU_OLD = r"""**1.** (a) $y_1 = 1 + 0.1(-2) = 0.8$  (b) $y_2 = 0.8 + 0.1(0.1-1.6) = 0.65$  (c) $y(0.2) = 0.687900$, error $= 0.0379$

**2.** (a) Heun: $y_1 = 1 + 0.05(-2 - 1.5) = 0.825$  (b) RK4: $y_1 = 0.8234$  (c) $k = (-2, -1.75, -1.775, -1.545)$

**3.** (a) $u_2 = (0.75, -1)$  (b) $G = \begin{pmatrix}1 & 0.5\\ -0.5 & 1\end{pmatrix}$

**4.** (B)"""

EU_CODE = """import numpy as np, math
f = lambda t, y: t - 2*y
h = 0.1
y1 = 1 + h*f(0, 1); y2 = y1 + h*f(h, y1)
exact = lambda t: t/2 - 0.25 + 1.25*math.exp(-2*t)
print("y1", y1, "y2", y2, "err", abs(exact(0.2) - y2))
k1 = f(0, 1); heun = 1 + h/2*(k1 + f(h, 1 + h*k1))
k2 = f(h/2, 1 + h/2*k1); k3 = f(h/2, 1 + h/2*k2); k4 = f(h, 1 + h*k3)
print("heun", heun, "ks", [k1, k2, k3, k4], "rk4", 1 + h/6*(k1 + 2*k2 + 2*k3 + k4))
A = np.array([[0, 1], [-1, 0]]); G = np.eye(2) + 0.5*A
u = np.array([1.0, 0.0])
for _ in range(2): u = G @ u
print("u2", u); print("G", G)"""

EU_OUT = """y1 0.8 y2 0.65 err 0.03790005754454917
heun 0.825 ks [-2, -1.75, -1.775, -1.545] rk4 0.8234166666666667
u2 [ 0.75 -1.  ]
G [[ 1.   0.5]
 [-0.5  1. ]]"""

EU_GRADED = """I ran the numbers in Python to be safe; here is the worked solution.

## 1. Forward Euler (h = 0.1)

**(a)** y₁ = y₀ + h·f(t₀, y₀) = 1 + 0.1·(0 − 2) = **0.8**

**(b)** y₂ = y₁ + h·f(0.1, 0.8) = 0.8 + 0.1·(0.1 − 1.6) = **0.65**

**(c)** The exact value is y(0.2) = 0.1 − 0.25 + 1.25·e^(−0.4) ≈ 0.687900, so the global error is |0.687900 − 0.65| ≈ **0.04**. Forward Euler is first order, so halving h would roughly halve this error.\ue200cite\ue202turn0search2\ue201

## 2. Heun and RK4 (one step, h = 0.1)

**(a)** Predictor ỹ = 0.8, slopes −2 and f(0.1, 0.8) = −1.5, so y₁ = 1 + 0.05·(−3.5) = **0.825**

**(b)** The classical RK4 weights are 1/6, 1/3, 1/3, 1/6 of the step.\ue200cite\ue202turn0search0\ue201 With the stages below,

y₁ = 1 + (0.1/6)(−2 − 3.5 − 3.55 − 1.545) = 1 − 0.1765833 = **0.823417**

**(c)** Stage slopes:

| stage | evaluated at | slope |
|---|---|---|
| k₁ | (0, 1) | −2 |
| k₂ | (0.05, 0.9) | −1.75 |
| k₃ | (0.05, 0.9125) | −1.775 |
| k₄ | (0.1, 0.8225) | −1.545 |

So (k₁, k₂, k₃, k₄) = (−2, −1.75, −1.775, −1.545).

## 3. The oscillator

**(a)** u₁ = (1, 0) + 0.5·(0, −1) = (1, −0.5); u₂ = (1, −0.5) + 0.5·(−0.5, −1) = **(0.75, −1)**

**(b)** Writing one step as (x, y) ↦ (x + h·y, y − h·x) and reading the coefficients off column by column:\ue200cite\ue202turn0search4\ue201

```
G = [[ 1.0, -0.5],
     [ 0.5,  1.0]]
```

## 4. Stability

|1 − 20h| ≤ 1 ⇔ 0 ≤ h ≤ 0.1, so the answer is **(B)**."""

EU_USER2 = "what would the answer to 4 be if λ = -50 instead?"
EU_FOLLOW = "Then you need |1 − 50h| ≤ 1, i.e. 0 ≤ h ≤ 2/50 = **0.04**. None of the listed options (0.05, 0.1, 0.2, 20) would be stable in that case."


def euler_chatgpt_export():
    o = GPTConv("venv", "Python venv activation", 1744000000.0)
    u = o.add(o.last, "user", "how do i activate a venv on windows powershell", 4)
    a = o.add(u, "assistant", "Run `.\\venv\\Scripts\\Activate.ps1` from the project folder. If PowerShell blocks it, first run `Set-ExecutionPolicy -Scope CurrentUser RemoteSigned`.", 11)
    c_other = o.export(current_node=False)

    g = GPTConv("ws9", "Worksheet 9 ODE solvers", 1744100000.0)
    u1 = g.add(g.last, "user", EU_USER, 2)
    g.add(u1, "assistant", EU_OLD, 30)                                    # older answer
    code = g.add(u1, "assistant", None, 400, content_type="code",
                 extra_content={"language": "python", "response_format_name": None, "text": EU_CODE},
                 recipient="python", end_turn=False)
    tool = g.add(code, "tool", None, 402, content_type="execution_output", name="python",
                 extra_content={"text": EU_OUT},
                 meta={"aggregate_result": {"status": "success", "run_id": uid("ws9", "run"),
                                             "code": EU_CODE, "final_expression_output": None}})
    a_new = g.add(tool, "assistant", EU_GRADED, 420)
    u2 = g.add(a_new, "user", EU_USER2, 900)
    g.add(u2, "assistant", EU_FOLLOW, 908)
    c_graded = g.export(current_node=False)
    return [c_graded, c_other]


# ----------------------------------------------------------------------------------------
# Claude export helpers
# ----------------------------------------------------------------------------------------

def claude_msg(conv, idx, sender, blocks, t, attachments=None):
    content = []
    tt = t
    for b in blocks:
        blk = dict(b)
        blk["start_timestamp"] = iso(tt)
        tt += 4.0
        blk["stop_timestamp"] = iso(tt)
        if blk["type"] == "text":
            blk.setdefault("citations", [])
        content.append(blk)
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid(conv, "msg", idx),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": iso(t),
        "updated_at": iso(tt),
        "attachments": attachments or [],
        "files": [],
    }


def claude_conv(key, name, t0, messages):
    return {
        "uuid": uid(key, "conversation"),
        "name": name,
        "created_at": iso(t0),
        "updated_at": iso(t0 + 3600),
        "account": {"uuid": uid("account")},
        "chat_messages": messages,
    }


def T(text):
    return {"type": "text", "text": text}


# ----------------------------------------------------------------------------------------
# 3. euler-rk-steps: Claude export (thinking, tool_use/tool_result, attachment)
# ----------------------------------------------------------------------------------------

WS9_ATTACH = """Worksheet 9 — Euler, Heun and Runge–Kutta
Unless a part says otherwise, give decimals to six decimal places.
Throughout problems 1 and 2 we use the initial value problem y'(t) = t − 2y, y(0) = 1, whose exact solution is y(t) = t/2 − 1/4 + (5/4)e^{−2t}.
1. Forward Euler (6 pts) Use forward Euler with step size h = 0.1.
(a) Compute y1 ≈ y(0.1).
(b) Compute y2 ≈ y(0.2).
(c) Give the global error |y(0.2) − y2|, rounded to four decimal places.
2. Heun and classical RK4 (8 pts) Same problem, one step of size h = 0.1 from (t0, y0) = (0, 1).
(a) Heun's method (improved Euler: Euler predictor, trapezoidal corrector). Give y1.
(b) Classical fourth-order Runge–Kutta. Give y1 to six decimal places.
(c) List the four stage slopes (k1, k2, k3, k4) of the RK4 step in part (b).
3. A system (5 pts) For the oscillator x' = y, y' = −x with (x, y)(0) = (1, 0), write it as u' = Au.
(a) Take two forward-Euler steps with h = 0.5. Give u2 = (x2, y2).
(b) Forward Euler for this system is u_{n+1} = G u_n. Give the 2×2 matrix G for h = 0.5.
4. Stability (2 pts) Forward Euler is applied to y' = λy with λ = −20. What is the largest step size h for which the method is (absolutely) stable, i.e. |1 + hλ| ≤ 1?
(A) h = 0.05 (B) h = 0.1 (C) h = 0.2 (D) h = 20"""

WS9_THINK = """The user wants worksheet 9 solved. f(t,y) = t - 2y.
Euler: y1 = 0.8, y2 = 0.8 + 0.1(0.1 - 1.6) = 0.65. Exact at 0.2: 0.1 - 0.25 + 1.25 e^{-0.4}. e^{-0.4} ~ 0.67032, times 1.25 is about 0.8412? so y(0.2) ~ 0.6912, error 0.0412.
Heun: 1 + 0.05(-2 + -1.5) = 0.825.
RK4 stages -2, -1.75, -1.775, -1.545 -> y1 = 0.8234167. Let me verify RK4 with the tool.
System: G = I + hA = [[1, .5], [-.5, 1]]. u after one step (1, -0.5), after two (0.75, -1).
Stability h <= 0.1 -> B, but at h = 0.1 the factor is exactly -1 (marginal)."""

WS9_PART1 = r"""Here's the full worked solution for Worksheet 9. Throughout, $f(t, y) = t - 2y$.

## Problem 1 — Forward Euler, $h = 0.1$

**(a)** $y_1 = 1 + 0.1\cdot f(0, 1) = 1 + 0.1(-2) = 0.8$

**(b)** $y_2 = 0.8 + 0.1\cdot f(0.1, 0.8) = 0.8 + 0.1(0.1 - 1.6) = 0.65$

**(c)** The exact solution gives
$$y(0.2) = 0.1 - 0.25 + 1.25\,e^{-0.4} = -0.15 + 0.8412 = 0.6912,$$
so the global error is $|0.6912 - 0.65| = 0.0412$.

## Problem 2 — One step from $(0, 1)$ with $h = 0.1$

**(a) Heun.** Predictor $\tilde y_1 = 0.8$, end slope $f(0.1, 0.8) = -1.5$:
$$y_1 = 1 + \tfrac{0.1}{2}(-2 - 1.5) = 0.825$$

Let me double-check the RK4 arithmetic numerically."""

WS9_CODE = """const f = (t, y) => t - 2*y;
const h = 0.1;
const k1 = f(0, 1);
const k2 = f(h/2, 1 + h/2*k1);
const k3 = f(h/2, 1 + h/2*k2);
const k4 = f(h, 1 + h*k3);
console.log([k1, k2, k3, k4], 1 + h/6*(k1 + 2*k2 + 2*k3 + k4));"""

WS9_PART2 = r"""**(b) RK4.** The stages (computed above) give
$$y_1 = 1 + \frac{0.1}{6}\left(k_1 + 2k_2 + 2k_3 + k_4\right) = 1 + \frac{0.1}{6}(-10.595) = 0.823417$$

**(c)** $(k_1, k_2, k_3, k_4) = (-2,\ -1.75,\ -1.775,\ -1.545)$

## Problem 3 — The oscillator

With $A = \begin{pmatrix} 0 & 1 \\ -1 & 0 \end{pmatrix}$, one Euler step is $\mathbf u_{n+1} = (I + hA)\,\mathbf u_n$.

**(a)** Counting the initial condition as $\mathbf u_1 = (1, 0)$, the next iterate is
$$\mathbf u_2 = (1, 0) + 0.5\,(0, -1) = (1,\ -0.5)$$

**(b)**
$$G = I + 0.5A = \begin{pmatrix} 1 & 0.5 \\ -0.5 & 1 \end{pmatrix}$$

## Problem 4 — Stability

The amplification factor is $1 + h\lambda = 1 - 20h$, and $|1 - 20h| \le 1 \iff 0 \le h \le 0.1$.

**Answer: (B)** — though note that at exactly $h = 0.1$ the factor is $-1$, so the iterates only stay bounded (they oscillate without decaying). If your instructor wants a step at which the numerical solution actually decays, the answer is **(A)** $h = 0.05$."""


def euler_claude_export():
    other = claude_conv("cover", "Cover letter edits", 1743800000.0, [
        claude_msg("cover", 0, "human", [T("Can you tighten this sentence: 'I have 3 years of experience in working with data and I am very passionate about it.'")], 1743800010.0),
        claude_msg("cover", 1, "assistant", [T("\"I bring three years of hands-on data experience and a genuine passion for the work.\"")], 1743800020.0),
    ])
    msgs = [
        claude_msg("ws9c", 0, "human", [T("can you solve this worksheet? show the steps pls")], 1744200000.0,
                   attachments=[{"file_name": "worksheet9.md", "file_size": len(WS9_ATTACH.encode()),
                                 "file_type": "text/markdown", "extracted_content": WS9_ATTACH}]),
        claude_msg("ws9c", 1, "assistant", [
            {"type": "thinking", "thinking": WS9_THINK,
             "summaries": [{"summary": "Working through Euler, Heun and RK4 steps."}], "cut_off": False},
            T(WS9_PART1),
            {"type": "tool_use", "name": "repl", "input": {"code": WS9_CODE}, "message": "Checking RK4 stages"},
            {"type": "tool_result", "name": "repl", "is_error": False,
             "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"[ -2, -1.75, -1.775, -1.545 ] 0.8234166666666667\"]}", "uuid": uid("ws9c", "tr")}]},
            T(WS9_PART2),
        ], 1744200015.0),
        claude_msg("ws9c", 2, "human", [T("thanks! for 2(b) how many digits should i write")], 1744200400.0),
        claude_msg("ws9c", 3, "assistant", [T("The worksheet asks for six decimal places, so write $y_1 = 0.823417$ (the unrounded value is $0.8234166\\ldots$).")], 1744200410.0),
    ]
    graded = claude_conv("ws9c", "ODE worksheet: Euler, Heun, RK4", 1744200000.0, msgs)
    return [other, graded]


# ----------------------------------------------------------------------------------------
# 4. annuities-npv: Claude export (attachment, thinking, later correction, summary table)
# ----------------------------------------------------------------------------------------

PS5_ATTACH = """FIN 201 Corporate Finance — Problem Set 5
Time value of money: annuities, NPV and IRR
Answers in dollars should be given to the nearest cent; rates as a percentage to two decimal places. Ignore taxes. Cash flows occur at the end of each period unless stated otherwise.
Exercise 5.1 (Level annuities.) A contract pays $1,200 per year for 8 years. The effective annual interest rate is 6%.
a) Find the present value of the payments if they are made at the end of each year (an ordinary annuity).
b) Find the accumulated (future) value of the ordinary annuity of part a) at the end of year 8.
c) Now suppose the payments are made at the beginning of each year (an annuity-due). Find the present value.
Exercise 5.2 (Capital budgeting.) A project requires an outlay of $50,000 today and returns the following end-of-year cash flows:
Year 1 2 3 4
Cash flow ($) 15,000 18,000 20,000 12,000
a) Compute the net present value of the project
(i) at a discount rate of 8% per year;
(ii) at a discount rate of 12% per year.
b) Find the project's internal rate of return (IRR), as a percentage to two decimal places.
c) True or false: a firm whose cost of capital is 10% should accept the project (using the NPV rule).
Exercise 5.3 (Amortisation.) A $200,000 mortgage is repaid by level monthly payments over 30 years at 4.8% per year compounded monthly, first payment one month after the loan is made. Find the monthly payment.
Page 1 of 1"""

PS5_THINK = """Annuity factor a(8, 6%) = 6.209794 -> PV 7451.75. s(8, 6%) = 9.897468 -> 11876.96. Due: x1.06 -> 7898.86.
NPV 8%: 13888.89 + 15432.10 + 15876.64 + 8820.36 - 50000 = 4017.99. At 12%: 49604.17 - 50000 = -395.83.
IRR: interpolate between 10% (+1734.85) and 12% (-395.83): 10 + 2*1734.85/2130.68 = 11.63.
Mortgage: i = 0.004, n = 360, 1.004^-360 ~ 0.2331 -> 800/0.7669."""

PS5_ANSWER = """Here are worked solutions for Problem Set 5.

## Exercise 5.1

With i = 6% and n = 8:

- a(8, 6%) = (1 − 1.06⁻⁸)/0.06 = 6.209794
- s(8, 6%) = (1.06⁸ − 1)/0.06 = 9.897468

**a)** PV = 1,200 × 6.209794 = **$7,451.75**

**b)** FV = 1,200 × 9.897468 = **$11,876.96**

**c)** For an annuity-due each payment arrives one period earlier, so PV = 1.06 × 7,451.75 = **$7,898.86**

## Exercise 5.2

Discounting each year's cash flow:

| Year | Cash flow | PV at 8% | PV at 12% |
|---|---|---|---|
| 1 | 15,000 | 13,888.89 | 13,392.86 |
| 2 | 18,000 | 15,432.10 | 14,349.49 |
| 3 | 20,000 | 15,876.64 | 14,235.60 |
| 4 | 12,000 | 8,820.36 | 7,626.22 |
| Total | | 54,017.99 | 49,604.17 |

**a)** (i) NPV at 8% = 54,017.99 − 50,000 = **$4,017.99**
(ii) NPV at 12% = 49,604.17 − 50,000 = **−$395.83**

**b)** The NPV is +$1,734.85 at 10% and −$395.83 at 12%, so by linear interpolation

IRR ≈ 10% + 2% × 1,734.85 / (1,734.85 + 395.83) = 10% + 1.63% = **11.63%**

**c)** At a 10% cost of capital the NPV is +$1,734.85 > 0, so the statement is **True**: accept the project.

## Exercise 5.3

Monthly rate i = 4.8%/12 = 0.4%, n = 360 payments.

1.004⁻³⁶⁰ ≈ 0.2331, so the payment is 200,000 × 0.004 / (1 − 0.2331) = 800 / 0.7669 = **$1,043.16**

## Summary

| Exercise | Answer |
|---|---|
| 5.1 a) | $7,451.75 |
| 5.1 b) | $11,876.96 |
| 5.1 c) | $7,898.86 |
| 5.2 a)(i) | $4,017.99 |
| 5.2 a)(ii) | $395.83 |
| 5.2 b) | 11.63% |
| 5.2 c) | True |
| 5.3 | $1,043.16 |"""

PS5_USER2 = "for 5.3 my calculator gives 1.004^-360 = 0.2376, not 0.2331?"

PS5_FIX = """You're right, I mis-evaluated that power. 1.004⁻³⁶⁰ = 0.237609, so

payment = 800 / (1 − 0.237609) = 800 / 0.762391 = **$1,049.33**

So the monthly payment for Exercise 5.3 is $1,049.33, not $1,043.16. Everything else above is unchanged."""


def annuity_claude_export():
    trip = claude_conv("trip", "Trip budget spreadsheet formula", 1745000000.0, [
        claude_msg("trip", 0, "human", [T("in google sheets how do i split a $1,240 hotel bill 4 ways but one person pays 10% more")], 1745000010.0),
        claude_msg("trip", 1, "assistant", [T("If three people pay x and one pays 1.1x, then 4.1x = 1,240, so x = 1240/4.1 ≈ $302.44 and the fourth person pays ≈ $332.68. In Sheets: `=1240/4.1` and `=1.1*1240/4.1`.")], 1745000025.0),
    ])
    msgs = [
        claude_msg("ps5c", 0, "human", [T("Here's PS5, can you do all of it")], 1745100000.0,
                   attachments=[{"file_name": "PS5.pdf", "file_size": 48213, "file_type": "pdf",
                                 "extracted_content": PS5_ATTACH}]),
        claude_msg("ps5c", 1, "assistant", [
            {"type": "thinking", "thinking": PS5_THINK,
             "summaries": [{"summary": "Computing annuity factors and NPVs."}], "cut_off": False},
            T(PS5_ANSWER),
        ], 1745100020.0),
        claude_msg("ps5c", 2, "human", [T(PS5_USER2)], 1745100600.0),
        claude_msg("ps5c", 3, "assistant", [T(PS5_FIX)], 1745100610.0),
    ]
    graded = claude_conv("ps5c", "FIN 201 problem set 5", 1745100000.0, msgs)
    return [graded, trip]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    write_json(root, "cofactor-determinants/transcripts/chatgpt-conversations.json", cofactor_export())
    write_json(root, "euler-rk-steps/transcripts/chatgpt-export-no-current-node.json", euler_chatgpt_export())
    write_json(root, "euler-rk-steps/transcripts/claude-export.json", euler_claude_export())
    write_json(root, "annuities-npv/transcripts/claude-conversations.json", annuity_claude_export())


if __name__ == "__main__":
    main()
