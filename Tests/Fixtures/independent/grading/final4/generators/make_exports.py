#!/usr/bin/env python3
"""Write the ChatGPT and Claude data exports used as transcripts.

Deterministic: fixed ids and timestamps, so re-running gives byte-identical files.
Run from anywhere:  python3 generators/make_exports.py
"""
import json
import os
import sys

sys.dont_write_bytecode = True

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def dump(path, obj):
    full = os.path.join(ROOT, path)
    with open(full, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, cid, title, t0):
        self.cid = cid
        self.title = title
        self.t = t0
        self.t0 = t0
        self.mapping = {}
        self.n = 0
        root = self._node(None, None)
        self.root = root

    def _node(self, parent, message):
        nid = f"{self.cid}-n{self.n:02d}"
        self.n += 1
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, parent, role, content, recipient="all", dt=7, metadata=None, name=None):
        self.t += dt
        nid = f"{self.cid}-n{self.n:02d}"
        author = {"role": role, "name": name, "metadata": {}}
        m = {
            "id": nid,
            "author": author,
            "create_time": float(self.t),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": role == "assistant" and content.get("content_type") == "text",
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
        }
        return self._node(parent, m)

    def user(self, parent, text, dt=7):
        return self.msg(parent, "user", {"content_type": "text", "parts": [text]}, dt=dt)

    def asst(self, parent, text, dt=20):
        return self.msg(parent, "assistant", {"content_type": "text", "parts": [text]}, dt=dt,
                        metadata={"model_slug": "gpt-4o"})

    def thoughts(self, parent, summary, content, dt=5):
        return self.msg(parent, "assistant", {"content_type": "thoughts", "thoughts": [
            {"summary": summary, "content": content}], "source_analysis_msg_id": "x"}, dt=dt,
            metadata={"model_slug": "o3"})

    def recap(self, parent, text, dt=1):
        return self.msg(parent, "assistant", {"content_type": "reasoning_recap", "content": text}, dt=dt,
                        metadata={"model_slug": "o3"})

    def code(self, parent, src, dt=4):
        return self.msg(parent, "assistant", {"content_type": "code", "language": "unknown",
                                              "response_format_name": None, "text": src},
                        recipient="python", dt=dt, metadata={"model_slug": "gpt-4o"})

    def tool_out(self, parent, text, dt=2):
        return self.msg(parent, "tool", {"content_type": "execution_output", "text": text}, dt=dt,
                        name="python")

    def system(self, parent):
        m = self.msg(parent, "system", {"content_type": "text", "parts": [""]}, dt=0,
                     metadata={"is_visually_hidden_from_conversation": True})
        return m

    def export(self, current_node, with_current=True):
        d = {
            "title": self.title,
            "create_time": float(self.t0),
            "update_time": float(self.t),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = current_node
        d["conversation_id"] = self.cid
        d["id"] = self.cid
        return d


# ================================================================ set 1: clustering-pca (ChatGPT)
S1_PASTE = """HW5 STAT 4630, please solve and show work

1. Seven points: A=(1,2), B=(2,1), C=(2,3), D=(6,5), E=(7,7), F=(8,6), G=(4,4). k-means with k=2, squared Euclidean distance, initial centroids mu1=(2,1), mu2=(7,7).
(a) After the first assignment step, how many points belong to cluster 1?
(b) Give the updated centroid mu1 after the first update step.
(c) Using the assignments from (a) and the updated centroids, compute the within-cluster sum of squared distances (summed over both clusters).

2. Centred data, covariance Sigma = [[5, 2], [2, 2]]. u1 = unit eigenvector with positive first component.
(a) Largest eigenvalue of Sigma?
(b) Fraction of total variance explained by the first PC, three decimal places.
(c) Score u1^T x of the centred point x = (1, 3). Exact or three decimals.
(d) Rank-1 reconstruction (u1^T x) u1 as a vector.

3. Features in metres and grams. Which step before PCA? (A) one-hot encode (B) standardise each feature to zero mean/unit variance (C) append a bias feature (D) sort by first feature"""

S1_OLD = """Here's a quick run-through.

**1(a)** Cluster 1 gets A, B, C and G → **4 points**.

**1(b)** μ₁ = (9/4, 10/4) = **(2.25, 2.5)**

**1(c)** Only counting cluster 1 (the one we updated): SSE = **9.75**

**2(a)** **6**

**2(b)** 6/7 ≈ **0.857**

**2(c)** **√5 ≈ 2.236**

**2(d)** **(2, 1)**

**3.** **(B)**"""

S1_NEW_1 = """Let's do the k-means part first.

### Question 1

**(a) Assignment.** Squared distances to μ₁ = (2,1) and μ₂ = (7,7):

| Point | d²(μ₁) | d²(μ₂) | cluster |
|---|---|---|---|
| A | 2 | 61 | 1 |
| B | 0 | 61 | 1 |
| C | 4 | 41 | 1 |
| D | 32 | 5 | 2 |
| E | 61 | 0 | 2 |
| F | 61 | 2 | 2 |
| G | 13 | 18 | 1 |

Cluster 1 = {A, B, C, G}, so **4 points** are in cluster 1.

**(b) Update.**

\\[
\\mu_1 = \\tfrac14\\big((1,2)+(2,1)+(2,3)+(4,4)\\big) = \\tfrac14 (9, 10)
\\]

**Answer:** μ₁ = (2.25, 2.5)  (and μ₂ = (7, 6)).

**(c) SSE.** Let me compute it exactly with Python to avoid arithmetic slips."""

S1_CODE = """import numpy as np
X = np.array([[1,2],[2,1],[2,3],[6,5],[7,7],[8,6],[4,4]], float)
lab = np.array([0,0,0,1,1,1,0])
mu = np.array([X[lab==k].mean(0) for k in range(2)])
print(mu)
print(sum(((X[lab==k]-mu[k])**2).sum() for k in range(2)))"""

S1_OUT = """[[2.25 2.5 ]
 [7.   6.  ]]
13.75"""

S1_NEW_2 = """The within-cluster sum of squares over both clusters is 9.75 (cluster 1) + 4 (cluster 2):

\\[
\\text{SSE} = 13.75
\\]

### Question 2

**(a)** det(Σ − λI) = (5 − λ)(2 − λ) − 4 = λ² − 7λ + 6 = (λ − 6)(λ − 1), so the largest eigenvalue is **λ₁ = 6**.

**(b)** Explained variance ratio: λ₁ / (λ₁ + λ₂) ≈ **0.86**

**(c)** The eigenvector for λ = 6 solves −v₁ + 2v₂ = 0, so u₁ = (2, 1)/√5 \ue200cite\ue202turn0search2\ue201. Then

$$
u_1^\\top x = \\frac{2 + 3}{\\sqrt5} = \\sqrt5 \\approx 2.236
$$

**(d)**

$$
\\hat x = \\sqrt5 \\cdot \\frac{1}{\\sqrt5}\\begin{bmatrix}2\\\\1\\end{bmatrix} = \\begin{bmatrix}2\\\\1\\end{bmatrix}
$$

Let me know if you want me to go through Question 3 as well."""


def set1_chatgpt():
    other = Conv("5f1c2a90-0b7e-4d1e-9a51-3c2d7e0a1b11", "Pasta carbonara without cream", 1764580000)
    s = other.system(other.root)
    u = other.user(s, "how do I make carbonara without cream? I have eggs, pecorino and guanciale")
    a = other.asst(u, "Whisk 3 yolks + 1 whole egg with 60 g pecorino. Render 150 g guanciale, toss 200 g pasta in the fat off the heat, add the egg mix with a splash of pasta water and stir until glossy.")
    c2 = other.export(a)

    c = Conv("6749a1f2-88c0-8007-b3e1-0d2f4c9a7e15", "K-means + PCA HW5", 1764620000)
    s = c.system(c.root)
    u1 = c.user(s, S1_PASTE)
    # first attempt (regenerated away)
    old = c.asst(u1, S1_OLD, dt=25)
    # regenerated branch with reasoning, tool call
    th = c.thoughts(u1, "Assigning points", "G is at distance 13 from (2,1) and 18 from (7,7), so it joins cluster 1. Fraction maybe 0.857.", dt=40)
    rc = c.recap(th, "Thought for 9 seconds")
    a1 = c.asst(rc, S1_NEW_1, dt=10)
    cd = c.code(a1, S1_CODE)
    out = c.tool_out(cd, S1_OUT)
    a2 = c.asst(out, S1_NEW_2, dt=12)
    conv = c.export(a2)
    dump("clustering-pca/transcripts/chatgpt-export.json", [c2, conv])


# ================================================================ set 1: clustering-pca (Claude)
S1_TEX = open(os.path.join(ROOT, "clustering-pca", "problems.tex"), encoding="utf-8").read()

S1_CLAUDE_A1 = """I'll work through each question.

## Question 1: k-means

**(a)** Squared distances from each point to μ₁ = (2,1) and μ₂ = (7,7):

- A(1,2): 2 vs 61 → 1
- B(2,1): 0 vs 61 → 1
- C(2,3): 4 vs 41 → 1
- D(6,5): 32 vs 5 → 2
- E(7,7): 61 vs 0 → 2
- F(8,6): 61 vs 2 → 2
- G(4,4): 13 vs 18 → 1

**Answer: 4 points** in cluster 1.

**(b)** μ₁ = ((1+2+2+4)/4, (2+1+3+4)/4) = (9/4, 5/2)

**Answer: μ₁ = (2.25, 2.5)**

**(c)** With μ₁ = (2.25, 2.5) and μ₂ = (7, 6):

- Cluster 1: 1.8125 + 2.3125 + 0.3125 + 5.3125 = 9.75
- Cluster 2: 2 + 1 + 1 = 4

**Answer: 13.75**

## Question 2: PCA

**(a)** Eigenvalues solve λ² − 7λ + 6 = 0, giving λ = 6 and λ = 1.

**Answer: 6**

**(b)** 6/(6 + 1) = 6/7

**Answer: ≈ 0.857**

**(c)** The eigenvector for λ = 6 is proportional to (2, 1), so u₁ = (1/√5)(2, 1). Projecting x = (1, 3):

u₁ᵀx = (2 + 3)/√5 = √5

So the score is either 2.236 or −2.236 — eigenvectors are only defined up to sign.

**(d)** The sign cancels in the reconstruction: x̂ = (u₁ᵀx)u₁ = √5 · (2, 1)/√5.

**Answer: x̂ = (2, 1)**

## Question 3

Appending a bias feature keeps the units consistent across the data, so the answer is **(C)**."""

S1_CLAUDE_A2 = """You're right to question that — I got Question 3 wrong. A bias feature does nothing about the different units; the gram-valued feature would still dominate the variance. The correct step is to standardise each feature.

**Corrected answer for Question 3: (B)**

The other answers stand."""


def set1_claude():
    def text_block(t, start, stop):
        return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": t, "citations": []}

    msgs = [
        {
            "uuid": "0b9c7e52-1a11-4c6e-9f3a-2d4b8e1f0a01",
            "text": "Can you solve the attached problem set? Show the working for each part.",
            "content": [text_block("Can you solve the attached problem set? Show the working for each part.",
                                   "2026-11-28T16:02:11.000000Z", "2026-11-28T16:02:11.000000Z")],
            "sender": "human",
            "created_at": "2026-11-28T16:02:11.000000Z",
            "updated_at": "2026-11-28T16:02:11.000000Z",
            "attachments": [{"file_name": "hw5.tex", "file_size": len(S1_TEX.encode("utf-8")),
                             "file_type": "text/x-tex", "extracted_content": S1_TEX}],
            "files": [],
        },
        {
            "uuid": "0b9c7e52-1a11-4c6e-9f3a-2d4b8e1f0a02",
            "text": S1_CLAUDE_A1,
            "content": [
                {"start_timestamp": "2026-11-28T16:02:13.000000Z", "stop_timestamp": "2026-11-28T16:02:30.000000Z",
                 "type": "thinking",
                 "thinking": "k-means: G to mu1 is 13, to mu2 18, so cluster 1 has 4 points. SSE maybe 9.75? No, both clusters: 13.75. PCA eigenvalues 6 and 1, ratio 0.857.",
                 "summaries": [{"summary": "Computing k-means assignments."}], "cut_off": False},
                {"start_timestamp": "2026-11-28T16:02:30.000000Z", "stop_timestamp": "2026-11-28T16:02:31.000000Z",
                 "type": "tool_use", "name": "repl",
                 "input": {"code": "const S=[[5,2],[2,2]]; const tr=7, det=6; console.log((tr+Math.sqrt(tr*tr-4*det))/2)"},
                 "message": None, "integration_name": None, "context": None, "display_content": None},
                {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
                 "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"6\"]}", "uuid": "r1"}],
                 "is_error": False, "message": None, "display_content": None},
                text_block(S1_CLAUDE_A1, "2026-11-28T16:02:31.000000Z", "2026-11-28T16:03:05.000000Z"),
            ],
            "sender": "assistant",
            "created_at": "2026-11-28T16:02:13.000000Z",
            "updated_at": "2026-11-28T16:03:05.000000Z",
            "attachments": [],
            "files": [],
        },
        {
            "uuid": "0b9c7e52-1a11-4c6e-9f3a-2d4b8e1f0a03",
            "text": "Are you sure about 3? I thought scaling was the point",
            "content": [text_block("Are you sure about 3? I thought scaling was the point",
                                   "2026-11-28T16:05:40.000000Z", "2026-11-28T16:05:40.000000Z")],
            "sender": "human",
            "created_at": "2026-11-28T16:05:40.000000Z",
            "updated_at": "2026-11-28T16:05:40.000000Z",
            "attachments": [],
            "files": [],
        },
        {
            "uuid": "0b9c7e52-1a11-4c6e-9f3a-2d4b8e1f0a04",
            "text": S1_CLAUDE_A2,
            "content": [text_block(S1_CLAUDE_A2, "2026-11-28T16:05:42.000000Z", "2026-11-28T16:05:50.000000Z")],
            "sender": "assistant",
            "created_at": "2026-11-28T16:05:42.000000Z",
            "updated_at": "2026-11-28T16:05:50.000000Z",
            "attachments": [],
            "files": [],
        },
    ]
    conv = {
        "uuid": "3e8d1c40-7a52-4b9b-8c1e-5f6a7b8c9d0e",
        "name": "STAT 4630 HW5 k-means and PCA",
        "summary": "",
        "created_at": "2026-11-28T16:02:11.000000Z",
        "updated_at": "2026-11-28T16:05:50.000000Z",
        "account": {"uuid": "a0000000-0000-4000-8000-000000000001"},
        "chat_messages": msgs,
    }
    dump("clustering-pca/transcripts/claude-export.json", [conv])


if __name__ == "__main__":
    set1_chatgpt()
    set1_claude()
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import exports_sets23
    exports_sets23.main(Conv, dump, ROOT)
