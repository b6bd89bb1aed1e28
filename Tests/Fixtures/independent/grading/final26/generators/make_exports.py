#!/usr/bin/env python3
"""Writes the JSON chat exports of this corpus. Deterministic: re-running gives byte-identical files."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(path, data):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv_id):
        self.conv_id = conv_id
        self.mapping = {}
        self.n = 0

    def node(self, parent, role, content, t, name=None, recipient="all", meta=None):
        self.n += 1
        nid = f"{self.conv_id[:8]}-{self.n:04d}-4c1e-9a7b-{self.n:012x}"
        msg = None
        if role is not None:
            msg = {
                "id": nid,
                "author": {"role": role, "name": name, "metadata": {}},
                "create_time": t,
                "update_time": None,
                "content": content,
                "status": "finished_successfully",
                "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
                "weight": 1.0,
                "metadata": meta or {},
                "recipient": recipient,
                "channel": None,
            }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conv(title, tree, t0, t1, current=None):
    d = {"title": title, "create_time": t0, "update_time": t1, "mapping": tree.mapping}
    if current is not None:
        d["current_node"] = current
    d.update({"conversation_id": tree.conv_id, "default_model_slug": "gpt-4o", "is_archived": False})
    return d


# ================================================================ set 1: projectile, ChatGPT export
P1_USER = r"""Homework 3, please solve. Neglect air resistance, g = 9.8 m/s^2, three significant figures.

1. A stone is thrown from the edge of a cliff 15 m above flat ground. Its initial speed is 25 m/s, directed above the horizontal at an angle θ with tan θ = 3/4.
(a) Write the initial velocity as a vector (v0x, v0y) in m/s.
(b) How long after launch does the stone reach its highest point?
(c) What is the maximum height of the stone above the ground?
(d) How long is the stone in the air before it hits the ground?
(e) How far from the foot of the cliff does it land?
(f) With what speed does it hit the ground?
2. (a) Which quantity stays constant during the flight? A. the speed B. the horizontal component of velocity C. the vertical component of velocity D. the kinetic energy
(b) True or false: the time from launch to the highest point equals the time from the highest point to the ground."""

P1_OLD = r"""Quick answers:
(a) (20, 15) m/s
(b) 1.53 s
(c) 11.5 m
(d) 3.86 s
(e) 77.1 m
(f) 30.3 m/s
2(a) B  2(b) True"""

P1_THOUGHTS = [
    {"summary": "Resolving the velocity", "content": "tan = 3/4 so components 20 and 15. Apex time 15/9.8. Height 15 + 225/19.6 = 26.48."},
    {"summary": "Solving the landing time", "content": "4.9t^2 - 15t - 15 = 0, t = 3.855. Range 77.1. Impact speed maybe 30.3 or 18.2?"},
]

P1_ANSWER = r"""Let me work through this step by step. Because tan θ = 3/4, we have sin θ = 3/5 and cos θ = 4/5.

## Problem 1

### (a)
v₀ = (25·4/5, 25·3/5) = **(20, 15) m/s**

### (b)
The vertical velocity is zero at the top: t = 15/9.8 = **1.53 s**

### (c)
Height gained above the cliff: 15²/(2·9.8) = 11.5 m. So the maximum height is 11.5 m.

Wait — the question asks for the height above the *ground*, not above the launch point. Adding the 15 m cliff:

\[ H = 15 + 11.48 = 26.5\ \text{m} \]

### (d)
With y(t) = 15 + 15t − 4.9t², set y = 0 and keep the positive root:

\[ t = \frac{15 + \sqrt{519}}{9.8} \]

\[ \boxed{t \approx 3.86\ \text{s}} \]

### (e)
R = 20 × 3.8553 = **77.1 m**

### (f)
Energy conservation: v² = v₀² − 2gh = 625 − 294 = 331, so

**v ≈ 18.2 m/s**

## Problem 2
These are conceptual, so I'll leave them for you — hint for (a): ask which forces act horizontally. For (b), compare how far the stone climbs with how far it falls."""

P1_FOLLOW_Q = "what if it were thrown horizontally at 25 m/s from the same cliff?"
P1_FOLLOW_A = r"""Then there is no upward component: the fall time is t = √(2·15/9.8) ≈ 1.75 s, and the stone lands 25 × 1.75 ≈ 43.7 m from the foot of the cliff."""


def set1_chatgpt():
    tr = Tree("67c8f1a2-3b4d-8006-9e21-5a7c0d13e4f2")
    t = 1741122000.0
    root = tr.node(None, None, None, None)
    sysn = tr.node(root, "system", text(""), None, meta={"is_visually_hidden_from_conversation": True})
    u = tr.node(sysn, "user", text(P1_USER), t + 1.5)
    tr.node(u, "assistant", text(P1_OLD), t + 9.25)  # regenerated away
    th = tr.node(u, "assistant", {"content_type": "thoughts", "thoughts": P1_THOUGHTS, "source_analysis_msg_id": "a1"}, t + 60.5)
    rr = tr.node(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, t + 61.0)
    a = tr.node(rr, "assistant", text(P1_ANSWER), t + 75.0)
    u2 = tr.node(a, "user", text(P1_FOLLOW_Q), t + 300.0)
    a2 = tr.node(u2, "assistant", text(P1_FOLLOW_A), t + 309.0)
    write("projectile-cliff/transcripts/chatgpt-export.json",
          [conv("Cliff projectile HW3", tr, t, t + 309.0, current=a2)])


# ================================================================ set 1: projectile, Claude export
P1_CLAUDE = r"""I'll use sin θ = 3/5 and cos θ = 4/5 throughout.

**1(a)** $\vec v_0 = \begin{pmatrix}20\\15\end{pmatrix}$ m/s

**1(b)** $t_{top} = 15/9.8 = 1.53$ s

**1(c)** $H = 15 + \frac{15^2}{2(9.8)} = 26.5$ m

**1(d)** Solving $4.9t^2 - 15t - 15 = 0$ and keeping the positive root gives $t = 3.86$ s

**1(e)** $R = 20 \times 3.855 = 77.1$ m

**1(f)** $v = \sqrt{25^2 + 2(9.8)(15)} = \sqrt{919} = 30.3$ m/s

**2(a)** Only the horizontal component of velocity is unchanged — **B**.

**2(b)** **True** — the trajectory is a parabola that is symmetric about its apex, so the ascent and the descent take the same time.

| Part | Answer |
|---|---|
| 1(a) | (20, 15) m/s |
| 1(b) | 1.53 s |
| 1(c) | 26.5 m |
| 1(d) | 3.86 s |
| 1(e) | 77.2 m |
| 1(f) | 30.3 m/s |
| 2(a) | B |
| 2(b) | True |"""

P1_EXTRACT = P1_USER.split("\n", 2)[2]


def cblock(s, ts):
    return {"start_timestamp": ts, "stop_timestamp": ts, "type": "text", "text": s, "citations": []}


def set1_claude():
    human = {
        "uuid": "0d6b1f7e-2a44-4f3e-b1c2-7f0a9e3d5c11",
        "text": "Can you solve the attached homework? Brief working is fine.",
        "content": [cblock("Can you solve the attached homework? Brief working is fine.", "2025-03-05T18:02:11.412000Z")],
        "sender": "human",
        "created_at": "2025-03-05T18:02:11.412000Z",
        "updated_at": "2025-03-05T18:02:11.412000Z",
        "attachments": [{"file_name": "hw3.pdf", "file_size": 48213, "file_type": "pdf", "extracted_content": P1_EXTRACT}],
        "files": [],
    }
    js = "const T = (15 + Math.sqrt(519)) / 9.8;\nconsole.log(T, 20 * T, Math.sqrt(919));"
    assistant = {
        "uuid": "5e8c2b90-7d13-4a6f-8e0b-c4d2a1f39b77",
        "text": P1_CLAUDE,
        "content": [
            {"start_timestamp": "2025-03-05T18:02:13.020000Z", "stop_timestamp": "2025-03-05T18:02:19.880000Z", "type": "thinking",
             "thinking": "Components 20 and 15. Landing: 4.9t^2 - 15t - 15 = 0. Let me check the numbers with the analysis tool. Is 2(b) true? The parabola is symmetric...",
             "summaries": [{"summary": "Checking projectile numbers."}], "cut_off": False},
            {"start_timestamp": "2025-03-05T18:02:20.001000Z", "stop_timestamp": "2025-03-05T18:02:20.900000Z", "type": "tool_use",
             "name": "repl", "input": {"code": js}},
            {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
             "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"3.855262397937657 77.10524795875314 30.315012782448235\"]}"}],
             "is_error": False},
            cblock(P1_CLAUDE, "2025-03-05T18:02:21.300000Z"),
        ],
        "sender": "assistant",
        "created_at": "2025-03-05T18:02:21.300000Z",
        "updated_at": "2025-03-05T18:02:35.640000Z",
        "attachments": [],
        "files": [],
    }
    write("projectile-cliff/transcripts/claude-export.json", [{
        "uuid": "a3f0c6d1-95b2-4e7a-8c33-2b1d0f6e9a45",
        "name": "Projectile motion homework",
        "created_at": "2025-03-05T18:02:10.977000Z",
        "updated_at": "2025-03-05T18:02:35.640000Z",
        "account": {"uuid": "7b2e4c1a-0000-4000-8000-00000000a11c"},
        "chat_messages": [human, assistant],
    }])


# ================================================================ set 2: simplex, ChatGPT export with tool call
P2_USER = r"""Exercise 3.1 from our OR course page:
Maximize z = 3x1 + 5x2 subject to x1 <= 4, 2x2 <= 12, 3x1 + 2x2 <= 18, x1, x2 >= 0. Add slack variables s1, s2, s3 and solve with the simplex method.
(a) initial basic feasible solution (x1, x2, s1, s2, s3)
(b) under Dantzig's rule which variable enters first? A. x1 B. x2 C. s1 D. s3
(c) for the first pivot: (i) the minimum ratio (ii) the leaving variable
(d) value of z after the first pivot
(e) optimal (x1, x2)
(f) optimal z
(g) optimal dual solution (y1, y2, y3) (shadow prices)"""

P2_CODE = r"""import numpy as np
T = np.array([[1, 0, 1, 0, 0, 4],
              [0, 2, 0, 1, 0, 12],
              [3, 2, 0, 0, 1, 18]], float)
c = np.array([3, 5, 0, 0, 0], float)
names = ['x1', 'x2', 's1', 's2', 's3']
basis = [2, 3, 4]
for k in range(1, 4):
    cb = c[basis]
    red = c - cb @ T[:, :5]
    j = int(np.argmax(red))
    if red[j] <= 1e-12:
        break
    col = T[:, j]
    ratios = [T[i, 5] / col[i] if col[i] > 0 else np.inf for i in range(3)]
    i = int(np.argmin(ratios))
    T[i] /= T[i, j]
    for r in range(3):
        if r != i:
            T[r] -= T[r, j] * T[i]
    basis[i] = j
    print(f"pivot {k}: enter {names[j]}, leave row {i+1}, min ratio {min(ratios)}, z = {c[basis] @ T[:, 5]}")
x = np.zeros(5); x[basis] = T[:, 5]
print("x =", x[:2])"""

P2_OUT = """pivot 1: enter x2, leave row 2, min ratio 6.0, z = 30.0
pivot 2: enter x1, leave row 3, min ratio 2.0, z = 36.0
x = [2. 6.]"""

P2_ANSWER = "I set up the tableau and checked the pivots in Python (output above).\n\n" + r"""**(a)** Initial BFS: decision variables zero, slacks equal to the right-hand sides:
(x₁, x₂, s₁, s₂, s₃) = (0, 0, 4, 12, 18)

**(b)** The z-row is z − 3x₁ − 5x₂ = 0; the most negative coefficient is −5, so **x₂ enters (B)**.

**(c)** (i) Ratios: row 2 gives 12/2 = 6, row 3 gives 18/2 = 9 (row 1 has no x₂ entry). Minimum ratio = **6**.
(ii) The leaving variable is **s₂**.

**(d)** After the pivot x₂ = 6, so z = 5·6 = **30**.

**(e)** Second pivot: x₁ enters (reduced cost −3), ratios 4/1 = 4 and 6/3 = 2, so s₃ leaves and x₁ = 2. Optimal point **(x₁, x₂) = (2, 6)**.

**(f)** z* = 3·2 + 5·6 = **36**

**(g)** Reading the z-row of the final tableau under the slack columns, the shadow prices are **(y₁, y₂, y₃) = (0, 1, 3/2)**.

""" + "This is the classic Wyndor Glass example \ue200cite\ue202turn0search3\ue201, where the same optimum appears."

P2_FOLLOW_Q = "what if the objective were z = 3x1 + 2x2 instead?"
P2_FOLLOW_A = r"""Then x₁ enters first (−3 is the most negative coefficient). The optimum is z* = 18, but it is not unique: the objective is parallel to the constraint 3x₁ + 2x₂ ≤ 18, so every point on the edge between (2, 6) and (4, 3) is optimal."""


def set2_chatgpt():
    other = Tree("66f0aa31-0c2e-8006-b7d4-19e2c5a0f8d3")
    t = 1740900000.0
    r = other.node(None, None, None, None)
    u = other.node(r, "user", text("Write a short birthday message for my grandma, she's turning 80 and loves gardening"), t + 2.0)
    a = other.node(u, "assistant", text("Happy 80th birthday, Grandma! 🌷 May your year be as full of blooms as your garden — 80 seasons of love, and many more to come."), t + 6.0)
    c_other = conv("Grandma birthday message", other, t, t + 6.0, current=a)

    tr = Tree("67c5b9e0-6d1f-8006-a2c3-8f4b1e7d0c95")
    t = 1741180000.0
    root = tr.node(None, None, None, None)
    u = tr.node(root, "user", text(P2_USER), t + 3.0)
    code = tr.node(u, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None, "text": P2_CODE}, t + 12.0, recipient="python")
    out = tr.node(code, "tool", {"content_type": "execution_output", "text": P2_OUT}, t + 14.5, name="python",
                  meta={"aggregate_result": {"status": "success", "run_id": "3d1e0c7a-55f2-4b9e-a0c1-6e2f8b9d4a10"}})
    a = tr.node(out, "assistant", text(P2_ANSWER), t + 30.0)
    u2 = tr.node(a, "user", text(P2_FOLLOW_Q), t + 240.0)
    a2 = tr.node(u2, "assistant", text(P2_FOLLOW_A), t + 251.0)
    c_main = conv("Simplex exercise 3.1", tr, t, t + 251.0, current=a2)
    write("simplex-wyndor/transcripts/conversations.json", [c_main, c_other])


# ================================================================ set 3: enzyme, ChatGPT export without current_node
P3_USER = r"""Problem 4. An enzyme obeys Michaelis–Menten kinetics with V_max = 120 µM/min and K_m = 8 µM.
(a) Find the initial rate v when [S] = 4 µM.
(b) At what substrate concentration does v = 0.75 V_max?
(c) A competitive inhibitor with dissociation constant K_i is present at concentration [I]. Write the apparent Michaelis constant K_m^app in terms of K_m, [I] and K_i.
(d) Evaluate K_m^app for [I] = 5 µM and K_i = 2 µM.
(e) With the inhibitor of (d) present, find v at [S] = 8 µM. Give your answer to two decimal places.
(f) A pure noncompetitive inhibitor: (A) K_m increases, V_max unchanged (B) V_max decreases, K_m unchanged (C) both decrease by the same factor (D) neither changes
Problem 5. The total enzyme concentration in the experiment of Problem 4 is [E]_t = 0.02 µM. Find k_cat in s⁻¹."""

P3_OLD = r"""**4(a)** v = 120·4/(8+4) = 40 µM/min
**4(b)** [S] = 3K_m = 24 µM
**4(c)** K_m^app = K_m(1 + [I]/K_i)
**4(d)** 28 µM
**4(e)** 960/36 = 26.67 µM/min
**4(f)** B
**5** k_cat = 120/0.02 = 6000 min⁻¹"""

P3_ANSWER = r"""**Problem 4**

(a) $v = \dfrac{V_{max}[S]}{K_m + [S]} = \dfrac{120 \times 4}{8 + 4} = 40$ µM/min

(b) Setting v = 0.75 V_max gives 0.75(K_m + [S]) = [S], so [S] = 3K_m = **24 µM**

(c) A competitive inhibitor raises the apparent K_m by the factor α = 1 + [I]/K_i:
$$K_m^{app} = K_m\left(1 + \frac{[I]}{K_i}\right)$$
or, equivalently, $K_m^{app} = K_m + [I]/K_i$.

(d) α = 1 + 5/2 = 3.5, so $K_m^{app} = 3.5 \times 8 = 28$ µM.

(e) $v = \dfrac{120 \times 8}{28 + 8} = \dfrac{960}{36} \approx 26.7$ µM/min

(f) A pure noncompetitive inhibitor lowers V_max but leaves K_m unchanged → **(B)**

**Problem 5**

$k_{cat} = V_{max}/[E]_t = 120/0.02 = 6000\ \text{min}^{-1}$, i.e. $k_{cat} = 100\ \text{s}^{-1}$."""


def set3_chatgpt_no_current():
    tr = Tree("67d2e4f8-1a9c-8006-b5e0-3c7a2d9f1e68")
    t = 1741600000.0
    root = tr.node(None, None, None, None)
    u = tr.node(root, "user", text(P3_USER), t + 5.0)
    old = tr.node(u, "assistant", text(P3_OLD), t + 100.0)
    fu = tr.node(old, "user", text("thanks!"), t + 200.0)
    tr.node(fu, "assistant", text("You're welcome — good luck with the problem set!"), t + 250.0)
    tr.node(u, "assistant", text(P3_ANSWER), t + 400.0)  # regenerated later: the latest leaf
    write("enzyme-kinetics/transcripts/export-no-current.json",
          [conv("Michaelis-Menten problems", tr, t, t + 400.0, current=None)])


if __name__ == "__main__":
    set1_chatgpt()
    set1_claude()
    set2_chatgpt()
    set3_chatgpt_no_current()
