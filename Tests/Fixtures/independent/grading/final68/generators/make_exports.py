#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts of final68.

Writes
  interp-newton/transcripts/conversations.json          ChatGPT export (current_node present,
                                                        regenerated branch, thoughts +
                                                        reasoning_recap, python tool call,
                                                        citation markers, unrelated conversation)
  gmm-em/transcripts/claude-conversations.json          Claude export (attachment with
                                                        extracted_content, thinking, tool_use,
                                                        tool_result, unrelated conversation)
  bloom-hashing/transcripts/export-2025-03-conversations.json
                                                        ChatGPT export WITHOUT current_node
                                                        (graded branch = leaf with the latest
                                                        create_time), regenerated branch,
                                                        python tool call, unrelated conversation

No randomness, no clock: ids are uuid5 of fixed names, times are fixed numbers, so
re-running gives byte-identical files.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a4e-9d3b-4c55-8e21-0a7b3c9d4e68")


def uid(name):
    return str(uuid.uuid5(NS, name))


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0):
        self.key = key
        self.title = title
        self.t0 = t0
        self.mapping = {}
        self.order = []
        root = "client-created-root" if key else "root"
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)

    def add(self, name, parent, role, content, t, *, recipient="all", author_name=None,
            metadata=None, end_turn=None, status="finished_successfully"):
        nid = uid(self.key + "/" + name)
        pid = parent if parent == self.root else uid(self.key + "/" + parent)
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": None if t is None else self.t0 + t,
            "update_time": None,
            "content": content,
            "status": status,
            "end_turn": end_turn,
            "weight": 1.0 if role != "system" else 0.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        self.order.append(nid)
        return name

    def text(self, name, parent, role, text, t, **kw):
        return self.add(name, parent, role, {"content_type": "text", "parts": [text]}, t, **kw)

    def system(self, parent):
        return self.add("system", parent, "system", {"content_type": "text", "parts": [""]}, None,
                        metadata={"is_visually_hidden_from_conversation": True})

    def export(self, current=None, with_current=True):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"]]
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = uid(self.key + "/" + current)
        d["plugin_ids"] = None
        d["conversation_id"] = uid(self.key + "/conversation")
        d["conversation_template_id"] = None
        d["gizmo_id"] = None
        d["is_archived"] = False
        d["safe_urls"] = []
        d["default_model_slug"] = "gpt-4o"
        d["id"] = uid(self.key + "/conversation")
        return d


def model_meta(extra=None):
    m = {"model_slug": "gpt-4o", "default_model_slug": "gpt-4o", "finish_details": {"type": "stop", "stop_tokens": [200002]}}
    if extra:
        m.update(extra)
    return m


CITE = "\ue200cite\ue202turn0search1\ue201"

# ================================================================= set 1: interp-newton
INTERP_USER = """Hi, can you do Questions 1 and 3 of my interpolation homework? I already did Q2 myself.

Question 1. A function f is tabulated at the four nodes x = 0, 1, 2, 4 with f(x) = 1, 3, 2, 6. Let p denote the unique polynomial of degree at most 3 that interpolates f at these nodes.
(a) Build the divided-difference table and give the highest-order divided difference f[x0,x1,x2,x3].
(b) Write p in Newton form p(x) = a0 + a1(x-x0) + a2(x-x0)(x-x1) + a3(x-x0)(x-x1)(x-x2) and give the coefficient vector (a0, a1, a2, a3).
(c) Evaluate p(3).

Question 3.
(a) Write down the Vandermonde matrix V for the three nodes 0, 1, 3, where row i is (1, x_i, x_i^2).
(b) Let p2 interpolate f(x) = sin x at the nodes 0, 1/2, 1. Using the standard error formula f(x) - p2(x) = f'''(xi)/3! (x-x0)(x-x1)(x-x2) together with max|f'''| <= 1 on [0,1], give the resulting upper bound on |f(1/4) - p2(1/4)|. Give the exact value.
(c) True or False: for f(x) = 1/(1+25x^2) on [-1,1], the polynomials interpolating f at n+1 equally spaced nodes converge uniformly to f as n -> infinity."""

INTERP_OLD = r"""Here are the solutions.

**Question 1**

(a) The divided differences are 2, −1, 2 (first order), −3/2, 1 (second order), and the third-order one is $f[x_0,x_1,x_2,x_3] = \frac{1 + 3/2}{3} = \frac{5}{6}$... 

(b) $(a_0,a_1,a_2,a_3) = (1, 2, -\tfrac32, \tfrac56)$

(c) $p(3) = 1 + 6 - 9 + 5 = 3$

**Question 3**

(a) $V = \begin{bmatrix}1&0&0\\1&1&1\\1&3&9\end{bmatrix}$

(b) $\frac{1}{6}\cdot\frac{3}{64} = \frac{1}{128}$

(c) False (Runge's phenomenon)."""

INTERP_CODE = """import numpy as np
from fractions import Fraction as F
xs = [0, 1, 2, 4]; fs = [F(1), F(3), F(2), F(6)]
col = fs[:]; coef = [col[0]]
for j in range(1, 4):
    col = [(col[i+1] - col[i]) / (xs[i+j] - xs[i]) for i in range(len(col) - 1)]
    coef.append(col[0])
print([float(c) for c in coef])
print(np.array([[1, x, x*x] for x in (0, 1, 3)]))"""

INTERP_OUT = """[1.0, 2.0, -1.5, 0.625]
[[1 0 0]
 [1 1 1]
 [1 3 9]]"""

INTERP_MAIN = r"""I checked the divided differences with a quick script (output above). Here is the write-up.

## Question 1

### (a)
| $x_i$ | $f$ | 1st | 2nd | 3rd |
|---|---|---|---|---|
| 0 | 1 | 2 | −1.5 | 0.625 |
| 1 | 3 | −1 | 1 | |
| 2 | 2 | 2 | | |
| 4 | 6 | | | |

The highest-order divided difference is $f[x_0,x_1,x_2,x_3] = 0.625$ (that is, $5/8$).

### (b)
Reading the top row of the table, the Newton coefficients are

$$
(a_0, a_1, a_2, a_3) = (1,\ 2,\ -1.5,\ 0.625)
$$

### (c)
$$
p(3) = 1 + 2\cdot 3 - 1.5\cdot 3\cdot 2 + 0.625\cdot 3\cdot 2\cdot 1 = 1 + 6 - 9 + 3.75 = 1.75
$$

## Question 3

### (a)
$$
V = \begin{bmatrix} 1 & 0 & 0 \\ 1 & 1 & 1 \\ 1 & 3 & 9 \end{bmatrix}
$$

### (b)
At $x = 1/4$ the node polynomial is $\frac14\left(\frac14-\frac12\right)\left(\frac14-1\right) = \frac{3}{64}$, and with $\max|f'''| \le 1$:

$$
|f(\tfrac14) - p_2(\tfrac14)| \le \left|\tfrac14 \cdot \left(-\tfrac14\right) \cdot \left(-\tfrac34\right)\right| \cdot 1 = \frac{3}{64} = 0.046875
$$

### (c)
**False.** This is the Runge function; with equispaced nodes the maximum error near $x = \pm 1$ grows without bound as $n$ increases """ + CITE + r""". Using Chebyshev nodes instead restores uniform convergence."""

INTERP_USER2 = "ok thanks. actually can you also do 2(b)? L1(x) for the same nodes 0,1,2,4, I think I messed mine up"

INTERP_ANS2 = r"""Sure. $L_1$ is the Lagrange basis polynomial that equals 1 at $x_1 = 1$ and 0 at the other nodes:

$$
L_1(x) = \frac{(x-0)(x-2)(x-4)}{(1-0)(1-2)(1-4)} = \frac{x(x-2)(x-4)}{3}
$$

Expanded, this is

$$
L_1(x) = \frac{x^3 - 6x^2 + 8x}{3}
$$

Quick check: $L_1(1) = (1 - 6 + 8)/3 = 1$ and $L_1(0) = L_1(2) = L_1(4) = 0$. ✅"""


def build_interp():
    other = Conv("interp/other", "Scaling a bread recipe", 1760380000.125)
    s = other.system(other.root)
    u = other.text("u1", s, "user", "My bread recipe uses 500 g flour and 350 g water. How much water for 800 g flour?", 12.5)
    other.text("a1", u, "assistant", "Keep the same hydration (350/500 = 70%): 800 g × 0.70 = **560 g water**.", 15.75,
               metadata=model_meta(), end_turn=True)

    c = Conv("interp/main", "Newton interpolation HW", 1760470000.5)
    s = c.system(c.root)
    u1 = c.text("u1", s, "user", INTERP_USER, 20.0)
    c.text("a_old", u1, "assistant", INTERP_OLD, 41.0, metadata=model_meta(), end_turn=True)
    th = c.add("thoughts", u1, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Computing divided differences",
             "content": "Nodes 0,1,2,4 and values 1,3,2,6. Third-order difference uses x3 - x0 = 4 in the denominator, not 3. Let me verify with python."},
            {"summary": "Error bound",
             "content": "Node polynomial at 1/4 is 3/64; the bound divides by 3!."},
        ],
        "source_analysis_msg_id": uid("interp/main/analysis"),
    }, 95.0, metadata=model_meta({"reasoning_status": "is_reasoning"}))
    rr = c.add("recap", th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, 96.0,
               metadata=model_meta({"reasoning_status": "reasoning_ended"}))
    code = c.add("code", rr, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None,
                                            "text": INTERP_CODE}, 97.0, recipient="python", metadata=model_meta())
    out = c.add("out", code, "tool", {"content_type": "execution_output", "text": INTERP_OUT}, 98.5,
                author_name="python", metadata={"is_complete": True, "aggregate_result": {"status": "success"}})
    a1 = c.text("a1", out, "assistant", INTERP_MAIN, 110.0, metadata=model_meta({
        "content_references": [{"matched_text": CITE, "type": "grouped_webpages",
                                 "items": [{"title": "Runge's phenomenon", "url": "https://en.wikipedia.org/wiki/Runge%27s_phenomenon"}]}]}),
                end_turn=True)
    u2 = c.text("u2", a1, "user", INTERP_USER2, 400.0)
    c.text("a2", u2, "assistant", INTERP_ANS2, 412.0, metadata=model_meta(), end_turn=True)
    data = [c.export("a2"), other.export("a1")]
    path = os.path.join(ROOT, "interp-newton", "transcripts", "conversations.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=True)
    return path


# ================================================================= set 2: gmm-em (Claude)
GMM_ATTACH = open(os.path.join(ROOT, "gmm-em", "problems.md"), encoding="utf-8").read()

GMM_THINK = """The user wants PS9 solved. Equal weights and unit variances, so responsibilities are logistic in the squared-distance difference. x=1: d1^2=1, d2^2=9, gamma = 1/(1+e^-4). x=2 is symmetric, 0.5. x=5: 1/(1+e^12). Let me compute numerically. Free parameters: means 12, covariances 3*10=30, weights... 3. resp shape: points by components."""

GMM_CODE = """const x = [1, 2, 5];
const g = x.map(v => { const a = Math.exp(-(v*v)/2), b = Math.exp(-((v-4)**2)/2); return a/(a+b); });
const N1 = g.reduce((s, v) => s + v, 0);
const mu1 = g.reduce((s, v, i) => s + v*x[i], 0) / N1;
console.log(g.map(v => v.toFixed(6)), N1.toFixed(6), mu1.toFixed(6), (N1/3).toFixed(6));"""

GMM_RESULT = """["0.982014","0.500000","0.000006"] 1.482020 1.337394 0.494007"""

GMM_ANSWER = """Here's the full problem set, using the numbers from the calculation above.

## Problem 1 — One EM iteration

Because both components have weight 0.5 and variance 1, the normalising constants cancel and

γ_n1 = 1 / (1 + exp(−[(x_n − 4)² − x_n²] / 2)).

**(a)** For x₁ = 1: γ₁₁ = 1/(1 + e^{−4}) = **0.9820**

**(b)** γ₂₁ = 0.5 (x₂ = 2 is halfway between the means) and γ₃₁ ≈ 0.000006, so N₁ = 0.982014 + 0.5 + 0.000006 = **1.4820**

**(c)** μ₁_new = (0.982014·1 + 0.5·2 + 0.000006·5) / 1.482020 = **1.3374**

**(d)** π₁_new = N₁ / 3 = **0.4940**

## Problem 2 — Bookkeeping

**(a)** Means: 3 × 4 = 12. Covariances: each symmetric 4×4 matrix has 4·5/2 = 10 free entries, so 30. Mixing weights: 3. Total: **45** free parameters.

**(b)** `resp` is indexed by component and then data point, so `resp.shape == (3, 200)`.

## Problem 3 — Concepts

**(a)** **B.** EM is a minorise–maximise algorithm, so the observed-data log-likelihood is non-decreasing; it can still stop at a local optimum, which rules out A.

**(b)** Before I answer this one — in your course's version, is σ² being re-estimated in each M-step, or is it a fixed hyperparameter that you send to 0 by hand? The intended answer depends on which limit is meant, so let me know and I'll give you a definite answer."""

GMM_USER2 = "for 2(b) the sheet says one row per data point — so shouldn't it be (200, 3)?"

GMM_ANSWER2 = """You're right — I had the axes the wrong way round. With one row per data point and one column per component, the array is

`resp.shape == (200, 3)`

so the answer to 2(b) is **(200, 3)**. Each row sums to 1, since it holds the responsibilities of the K = 3 components for one point."""


def claude_msg(conv, idx, sender, blocks, t, attachments=None):
    texts = [b["text"] for b in blocks if b["type"] == "text"]
    return {
        "uuid": uid(f"{conv}/msg{idx}"),
        "text": "\n\n".join(texts),
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
    }


def tblock(text, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": text, "citations": []}


def build_gmm():
    acct = {"uuid": uid("claude/account")}
    other = {
        "uuid": uid("claude/other"),
        "name": "Cover letter tweaks",
        "created_at": "2025-03-28T18:02:11.204311Z",
        "updated_at": "2025-03-28T18:04:40.981022Z",
        "account": acct,
        "chat_messages": [
            claude_msg("claude/other", 0, "human", [tblock("Can you make this opening line less stiff? 'I am writing to express my interest in the position of data analyst.'",
                                                           "2025-03-28T18:02:11.204311Z", "2025-03-28T18:02:11.204311Z")],
                       "2025-03-28T18:02:11.204311Z"),
            claude_msg("claude/other", 1, "assistant", [tblock("Try: \"I'd love to bring my experience with SQL dashboards to your data analyst role.\" It's direct and leads with what you offer.",
                                                               "2025-03-28T18:04:38.100000Z", "2025-03-28T18:04:40.981022Z")],
                       "2025-03-28T18:04:40.981022Z"),
        ],
    }
    cv = "claude/gmm"
    m0 = claude_msg(cv, 0, "human", [tblock("Can you solve this problem set? Show the work for Problem 1.",
                                             "2025-04-02T01:10:05.000000Z", "2025-04-02T01:10:05.000000Z")],
                    "2025-04-02T01:10:05.000000Z",
                    attachments=[{"file_name": "ps9.md", "file_size": len(GMM_ATTACH.encode("utf-8")),
                                  "file_type": "text/markdown", "extracted_content": GMM_ATTACH}])
    m1 = claude_msg(cv, 1, "assistant", [
        {"start_timestamp": "2025-04-02T01:10:07.000000Z", "stop_timestamp": "2025-04-02T01:10:15.000000Z",
         "type": "thinking", "thinking": GMM_THINK, "summaries": [{"summary": "Computing EM responsibilities."}],
         "cut_off": False},
        tblock("I'll compute the responsibilities numerically first.", "2025-04-02T01:10:15.000000Z", "2025-04-02T01:10:16.000000Z"),
        {"start_timestamp": "2025-04-02T01:10:16.000000Z", "stop_timestamp": "2025-04-02T01:10:18.000000Z",
         "type": "tool_use", "name": "repl", "input": {"code": GMM_CODE}},
        {"start_timestamp": "2025-04-02T01:10:18.000000Z", "stop_timestamp": "2025-04-02T01:10:18.000000Z",
         "type": "tool_result", "name": "repl", "content": [{"type": "text", "text": GMM_RESULT, "uuid": uid(cv + "/toolres")}],
         "is_error": False},
        tblock(GMM_ANSWER, "2025-04-02T01:10:19.000000Z", "2025-04-02T01:10:41.000000Z"),
    ], "2025-04-02T01:10:41.000000Z")
    m2 = claude_msg(cv, 2, "human", [tblock(GMM_USER2, "2025-04-02T01:14:52.000000Z", "2025-04-02T01:14:52.000000Z")],
                    "2025-04-02T01:14:52.000000Z")
    m3 = claude_msg(cv, 3, "assistant", [tblock(GMM_ANSWER2, "2025-04-02T01:14:55.000000Z", "2025-04-02T01:15:01.000000Z")],
                    "2025-04-02T01:15:01.000000Z")
    main = {
        "uuid": uid(cv), "name": "EM problem set 9",
        "created_at": "2025-04-02T01:10:05.000000Z", "updated_at": "2025-04-02T01:15:01.000000Z",
        "account": acct, "chat_messages": [m0, m1, m2, m3],
    }
    path = os.path.join(ROOT, "gmm-em", "transcripts", "claude-conversations.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump([other, main], f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


# ================================================================= set 3: bloom-hashing (no current_node)
BLOOM_USER = open(os.path.join(ROOT, "bloom-hashing", "problems.md"), encoding="utf-8").read()
BLOOM_USER = "Please solve this sheet:\n\n" + BLOOM_USER

BLOOM_V1 = r"""**4.1** (a) $(1-1/1000)^{500} \approx 0.6064$ (b) $\approx 0.0094$ (c) $k = (m/n)\ln 2 \approx 6.93 \Rightarrow k = 6$

**4.2** (a) $\approx 9.6$ million bits (b) $m/n = -\ln p/(\ln 2)^2$

**4.3** (a) $30\cdot 29/100 = 8.7$ (b) $100(0.99)^{30} \approx 74$ (c) C"""

BLOOM_CODE = """import math
m, k, n = 1000, 5, 100
p0 = (1 - 1/m)**(k*n)
print(round(p0, 6))
for kk in (6, 7, 8):
    print(kk, (1 - (1 - 1/m)**(kk*n))**kk)
print(100 * 0.99**30)"""

BLOOM_OUT = """0.606379
6 0.008454706475050328
7 0.008213554634050255
8 0.008477585921006106
73.97003733882802"""

BLOOM_V2 = r"""Here are the solutions (numbers checked with the snippet above).

### Exercise 4.1
**(a)** A particular bit survives all $kn = 500$ hash evaluations with probability
$$\left(1-\tfrac{1}{1000}\right)^{500} = 0.6064$$

**(b)** Using $(1-1/m)^{kn} \approx e^{-kn/m} = e^{-0.5}$:
$$P_{\text{FP}} = \left(1 - e^{-0.5}\right)^5 = 0.393469^5 \approx 0.00943$$

**(c)** From the output, $k = 7$ gives the smallest false-positive rate ($0.008214$), slightly better than $k = 6$ and $k = 8$. **k = 7**.

### Exercise 4.2
**(a)** $m = -\dfrac{10^6 \ln 0.01}{(\ln 2)^2} \approx 9.59 \times 10^6$ bits.

**(b)** $\dfrac{m}{n} = -\dfrac{\ln p}{(\ln 2)^2} \approx 2.08\,\ln(1/p)$

### Exercise 4.3
**(a)** $\binom{30}{2}\cdot\frac{1}{100} = \frac{435}{100} = 4.35$ expected colliding pairs.

**(b)** $100 \cdot 0.99^{30} = 73.97$ expected empty slots.

**(c)** **C** — a standard Bloom filter can't delete; clearing a bit may create false negatives for other keys."""

BLOOM_USER2 = "for 4.2(a) the sheet says round UP to a whole number of bits, can you give the exact integer?"

BLOOM_V3 = r"""Sure:

$$m = \frac{10^6 \times 4.605170186}{0.480453014} = 9\,585\,058.38\ldots$$

Rounding up to whole bits: **m = 9,585,059 bits** (≈ 1.14 MiB)."""


def build_bloom():
    other = Conv("bloom/other", "SQL LEFT JOIN vs INNER JOIN", 1742300000.0)
    s = other.system(other.root)
    u = other.text("u1", s, "user", "Quick one: difference between LEFT JOIN and INNER JOIN?", 3.0)
    other.text("a1", u, "assistant", "INNER JOIN keeps only rows with a match in both tables; LEFT JOIN keeps every row of the left table and fills missing right-side columns with NULL.",
               6.0, metadata=model_meta(), end_turn=True)

    c = Conv("bloom/main", "Bloom filter problem sheet", 1742450000.0)
    s = c.system(c.root)
    u1 = c.text("u1", s, "user", BLOOM_USER, 10.0)
    # first response, later regenerated (an earlier leaf)
    c.text("a_v1", u1, "assistant", BLOOM_V1, 25.0, metadata=model_meta(), end_turn=True)
    code = c.add("code", u1, "assistant", {"content_type": "code", "language": "python", "response_format_name": None,
                                           "text": BLOOM_CODE}, 140.0, recipient="python", metadata=model_meta())
    out = c.add("out", code, "tool", {"content_type": "execution_output", "text": BLOOM_OUT}, 141.5, author_name="python",
                metadata={"is_complete": True, "aggregate_result": {"status": "success"}})
    v2 = c.text("a_v2", out, "assistant", BLOOM_V2, 160.0, metadata=model_meta(), end_turn=True)
    u2 = c.text("u2", v2, "user", BLOOM_USER2, 600.0)
    c.text("a_v3", u2, "assistant", BLOOM_V3, 609.0, metadata=model_meta(), end_turn=True)
    data = [other.export(with_current=False), c.export(with_current=False)]
    path = os.path.join(ROOT, "bloom-hashing", "transcripts", "export-2025-03-conversations.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


if __name__ == "__main__":
    for p in (build_interp(), build_gmm(), build_bloom()):
        print("wrote", os.path.relpath(p, ROOT))
