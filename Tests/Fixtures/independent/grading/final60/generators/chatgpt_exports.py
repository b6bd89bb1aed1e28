#!/usr/bin/env python3
"""Write the two ChatGPT data-export transcripts (conversations.json shape).

Deterministic: ids come from uuid5 over fixed names, times are fixed, and json.dumps
uses a fixed key order, so re-running gives byte-identical files.

  pca-exam/transcripts/chatgpt-export-pca.json          (2 conversations; regenerated branch,
                                                         thoughts + reasoning_recap, python tool call)
  poisson-article/transcripts/chatgpt-export-poisson.json (3 conversations; the Poisson one has no
                                                         current_node -> graded leaf = latest create_time)
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a52-1d1e-4c55-9b8e-60a0c0ffee60")


def nid(conv, name):
    return str(uuid.uuid5(NS, conv + "/" + name))


class Conv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.order = []
        root = nid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.root = root

    def add(self, name, parent, role, content, dt, recipient="all", extra_meta=None,
            author_name=None, end_turn=None):
        i = nid(self.key, name)
        p = self.root if parent is None else nid(self.key, parent)
        meta = {"model_slug": self.model} if role == "assistant" else {}
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": i,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[i] = {"id": i, "message": msg, "parent": p, "children": []}
        self.mapping[p]["children"].append(i)
        self.order.append(i)
        return name

    def export(self, current=None, include_current=True, update_dt=0):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.t0 + update_dt,
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
            "plugin_ids": None,
            "conversation_id": nid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "default_model_slug": self.model,
            "id": nid(self.key, "conversation"),
        }
        if include_current:
            d["current_node"] = nid(self.key, current)
        return d


def text(s):
    return {"content_type": "text", "parts": [s]}


def system_hidden():
    return {"content_type": "text", "parts": [""]}


def write(path, convs):
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(convs, ensure_ascii=False, indent=2))
        f.write("\n")


# ---------------------------------------------------------------- PCA export
PCA_PROMPT = r"""Can you help me with this PCA homework? Please show the work for each part.

A small data set has n = 5 observations of two features (x1, x2):
obs: 1, 2, 3, 4, 5
x1: -1, 1, 2, 3, 5
x2: 4, 2, 5, 8, 6
Throughout, the sample covariance uses the denominator n-1.

1. Covariance and spectrum.
(a) [2] Compute the sample mean vector.
(b) [3] Compute the 2x2 sample covariance matrix S.
(c) [3] Find the eigenvalues of S, listed from largest to smallest.
(d) [2] What fraction of the total variance is explained by the first principal component? Give a decimal.

2. Projection and reconstruction. Let u1 be the unit-length first principal direction, with the sign chosen so that its first component is positive.
(a) [3] Compute the score of observation 5, z5 = u1^T (x5 - xbar). Round to three decimal places.
(b) [3] Using only the first principal component, give the reconstruction xhat5 = xbar + z5 u1 in the original coordinates.
(c) [2] Suppose every entry of the data (both features) is multiplied by 10 before PCA. The fraction of variance explained by the first component
A. increases B. decreases C. stays the same D. cannot be determined without recomputing
(d) [2] True or false: for this data set, standardising each feature to unit variance before PCA would change the first principal direction."""

PCA_OLD = r"""Sure! Let's go part by part.

## Question 1

### (a) Mean vector

$$\bar x = \left(\frac{-1+1+2+3+5}{5},\ \frac{4+2+5+8+6}{5}\right) = (2,\ 5)$$

### (b) Covariance matrix

Centered data: $(-3,-1), (-1,-3), (0,0), (1,3), (3,1)$.

$$S = \frac{1}{n}\sum_i (x_i-\bar x)(x_i-\bar x)^\top = \frac{1}{5}\begin{bmatrix}20 & 12\\ 12 & 20\end{bmatrix} = \begin{bmatrix}4 & 2.4\\ 2.4 & 4\end{bmatrix}$$

### (c) Eigenvalues

For a matrix of the form $\begin{bmatrix}a&b\\b&a\end{bmatrix}$ the eigenvalues are $a\pm b$: **6.4 and 1.6**.

### (d) Fraction explained

$6.4/(6.4+1.6) = \mathbf{0.8}$

## Question 2

### (a)
$u_1 = (1,1)/\sqrt2$, $z_5 = (3+1)/\sqrt2 = 2\sqrt2 \approx \mathbf{2.828}$

### (b)
$\hat x_5 = (2,5) + 2\sqrt2\cdot(1,1)/\sqrt2 = \mathbf{(4,\ 7)}$

### (c)
**C** — scaling every feature by the same constant scales all eigenvalues by 100, so the ratio is unchanged.

### (d)
**False.** Both features have the same variance, so standardising divides both by the same number and the principal direction stays $(1,1)/\sqrt2$."""

PCA_THOUGHTS = {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Computing covariance",
         "content": "The problem says denominator n-1, so divide the scatter matrix by 4. Centered points (-3,-1),(-1,-3),(0,0),(1,3),(3,1). Let me verify with numpy."},
        {"summary": "Checking projection sign",
         "content": "u1 along (1,1)/sqrt2. Score of obs 5 is 4/sqrt2."},
    ],
    "source_analysis_msg_id": None,
}
PCA_RECAP = {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}
PCA_CODE = {
    "content_type": "code",
    "language": "unknown",
    "text": "import numpy as np\nX = np.array([[-1,4],[1,2],[2,5],[3,8],[5,6]], float)\nprint(X.mean(0))\nS = np.cov(X, rowvar=False)   # ddof=1 by default\nprint(S)\nw, V = np.linalg.eigh(S)\nprint(w[::-1], V[:, ::-1])\nu1 = V[:, -1] * np.sign(V[0, -1])\nz5 = u1 @ (X[4] - X.mean(0))\nprint(z5, X.mean(0) + z5 * u1)",
    "response_format_name": None,
}
PCA_EXEC = {
    "content_type": "execution_output",
    "text": "[2. 5.]\n[[5. 3.]\n [3. 5.]]\n[8. 2.] [[ 0.70710678 -0.70710678]\n [ 0.70710678  0.70710678]]\n2.8284271247461903 [4. 7.]",
}
PCA_ANSWER = r"""I checked the arithmetic with a quick script; here is the worked solution.

**Centered data.** With $\bar x = (2, 5)$ the centered observations are
$(-3,-1),\ (-1,-3),\ (0,0),\ (1,3),\ (3,1)$.

---

### 1(a)
$$\bar{\mathbf x} = (2,\ 5)$$

### 1(b)
Sum of squares for $x_1$: $9+1+0+1+9 = 20$; same for $x_2$; cross-products sum to $3+3+0+3+3 = 12$. Dividing by $n-1 = 4$:

$$S = \begin{bmatrix} 5 & 3 \\ 3 & 5 \end{bmatrix}$$

### 1(c)
$\det(S-\lambda I) = (5-\lambda)^2 - 9 = 0 \Rightarrow \lambda = 5 \pm 3$, so

$$\lambda_1 = 8,\qquad \lambda_2 = 2$$

### 1(d)
$$\frac{\lambda_1}{\lambda_1+\lambda_2} = \frac{8}{10} = 0.8$$

---

### 2(a)
The eigenvector for $\lambda_1 = 8$ is $u_1 = \tfrac{1}{\sqrt2}(1, 1)$. Observation 5 centered is $(3, 1)$, so

$$z_5 = \pm\frac{3 + 1}{\sqrt 2} = \pm 2\sqrt2 \approx \pm 2.828$$

depending on the sign of the eigenvector your software returns (both signs describe the same axis).

### 2(b)
$$\hat{\mathbf x}_5 = (2,5) + 2\sqrt2\cdot\tfrac{1}{\sqrt2}(1,1) = (4,\ 7)$$

### 2(c)
**C. stays the same** — multiplying all data by 10 multiplies $S$ by 100, so every eigenvalue is scaled by the same factor and the ratio $0.8$ does not change.

### 2(d)
**True.** Standardising rescales each feature by its own standard deviation, which in general rotates the principal axes, so the first principal direction changes.

| Part | Answer |
|---|---|
| 1(a) | (2, 5) |
| 1(b) | [[5, 3], [3, 5]] |
| 1(c) | 8, 2 |
| 1(d) | 0.8 |
| 2(a) | ±2.828 |
| 2(b) | (4, 7) |
| 2(c) | C |
| 2(d) | True |"""

PCA_FOLLOW_Q = "Thanks. Out of curiosity, what would S and the eigenvalues be if we divided by n instead of n-1?"
PCA_FOLLOW_A = r"""With denominator $n = 5$ every entry is scaled by $4/5$:

$$S_n = \begin{bmatrix} 4 & 2.4 \\ 2.4 & 4 \end{bmatrix},\qquad \lambda = 6.4,\ 1.6 .$$

The explained-variance fraction is still $6.4/8 = 0.8$, and the principal directions (and hence $z_5$ and $\hat x_5$) are unchanged. For your homework, keep the $n-1$ version above, since the problem asks for it."""


def pca_export():
    c = Conv("pca", "PCA homework help", 1741351020.118)
    c.add("sys", None, "system", system_hidden(), 0.0, extra_meta={"is_visually_hidden_from_conversation": True})
    c.add("u1", "sys", "user", text(PCA_PROMPT), 12.4)
    # first generation (later regenerated) -- not on the graded branch
    c.add("a1_old", "u1", "assistant", text(PCA_OLD), 31.9, end_turn=True)
    # regenerated branch
    c.add("th", "u1", "assistant", PCA_THOUGHTS, 95.2)
    c.add("rr", "th", "assistant", PCA_RECAP, 109.6)
    c.add("code", "rr", "assistant", PCA_CODE, 111.0, recipient="python")
    c.add("exec", "code", "tool", PCA_EXEC, 112.7, author_name="python")
    c.add("a1", "exec", "assistant", text(PCA_ANSWER), 128.3, end_turn=True)
    c.add("u2", "a1", "user", text(PCA_FOLLOW_Q), 402.5)
    c.add("a2", "u2", "assistant", text(PCA_FOLLOW_A), 409.8, end_turn=True)
    pca = c.export(current="a2", update_dt=409.8)

    o = Conv("spanish", "Spanish preterite vs imperfect", 1741263300.52)
    o.add("sys", None, "system", system_hidden(), 0.0, extra_meta={"is_visually_hidden_from_conversation": True})
    o.add("u1", "sys", "user", text("When do I use preterite vs imperfect? Give me 3 example sentences."), 3.1)
    o.add("a1", "u1", "assistant", text(
        "Use the **preterite** for completed actions with a clear end, and the **imperfect** for background, habits and ongoing states.\n\n"
        "1. *Ayer comí paella.* — Yesterday I ate paella (completed).\n"
        "2. *Cuando era niño, comía paella todos los domingos.* — habit (imperfect).\n"
        "3. *Comía cuando sonó el teléfono.* — ongoing action (imperfect) interrupted by a completed one (preterite)."), 9.6, end_turn=True)
    spanish = o.export(current="a1", update_dt=9.6)
    # exports list newest first
    write(os.path.join(ROOT, "pca-exam", "transcripts", "chatgpt-export-pca.json"), [pca, spanish])


# ------------------------------------------------------------ Poisson export
POI_PROMPT = r"""Problem Set 9: Poisson Processes

Problem 1. (10 points) Calls arrive at a university help desk according to a Poisson process with rate λ = 3 calls per hour.
(a) What is the probability of exactly two calls in a given hour? Round to three decimal places.
(b) What is the probability that no call arrives during a 20-minute coffee break? Round to three decimal places.
(c) Starting from the moment the desk opens, what is the expected waiting time, in minutes, until the fourth call?
(d) Suppose exactly 6 calls arrived during the first two hours.
(i) What is the conditional probability that exactly 2 of them arrived in the first hour? Give an exact fraction.
(ii) What is the conditional expected number of calls in the first hour?

Problem 2. (6 points) At a stop, buses of line A arrive as a Poisson process with rate 2 per hour and, independently, buses of line B with rate 4 per hour.
(a) What is the probability that the next bus to arrive is a line-A bus?
(b) What is the variance of the total number of buses (both lines) arriving in a 30-minute window?

Problem 3. (4 points) An insurer receives claims as a Poisson process with rate 5 per day. Independently of everything else, each claim is large with probability 0.2. Find the probability that no large claim arrives during a two-day period. Round to four decimal places.

solve all pls"""

POI_OLD = r"""Here are the solutions.

**Problem 1**

(a) $P(N=2) = e^{-3}\dfrac{3^2}{2!} = 4.5e^{-3} \approx 0.224$

(b) In 20 minutes the mean is $3 \cdot \tfrac13 = 1$, so $P(N=0) = e^{-1} \approx 0.368$.

(c) The waiting time to the 4th call is Gamma(4, 3), mean $4/3 \approx 1.33$ hours.

(d)(i) $\binom{6}{2}(1/2)^6 = 15/64$. (ii) $3$.

**Problem 2**

(a) $2/(2+4) = 1/3$ (b) $\operatorname{Var} = \lambda t = 6\cdot 0.5 = 3$

**Problem 3**

Large claims: rate $5\cdot0.2 = 1$ per day, so over two days $P = e^{-1\cdot 2}$… actually using the full rate, $P = e^{-10} \approx 0.0000454$."""

CITE = "\ue200cite\ue202turn0search2\ue201"
CITE2 = "\ue200cite\ue202turn0search0\ue202turn0search4\ue201"

POI_NEW = (r"""Let me work through each problem. Two facts do most of the work: counts in an interval of length $t$ are Poisson($\lambda t$), and given the total count in an interval, the arrival times are i.i.d. uniform over it """ + CITE + r""".

## Problem 1

**(a)** $N \sim \text{Poisson}(3)$:
$$P(N = 2) = e^{-3}\frac{3^2}{2!} = 4.5\,e^{-3} \approx 0.224$$

**(b)** 20 minutes is $1/3$ hour, so the count is Poisson(1) and the chance of zero calls is the Poisson(1) mass at 0.
**Answer: ≈ 0.37**

**(c)** The time of the 4th arrival is a sum of 4 independent Exp(3) gaps, i.e. Gamma(4, 3), with mean $4/3$ hour.
**Answer: 80 minutes**

**(d)** Given 6 calls in 2 hours, each call independently falls in the first hour with probability 1/2, so the number in the first hour is Binomial(6, 1/2).

(i) $P = \binom{6}{2}\left(\tfrac12\right)^6 = \dfrac{15}{64}$

(ii) follows from the binomial mean, $n \cdot p$.

## Problem 2

**(a)** Competing exponentials """ + CITE2 + r""": the first arrival is from line A with probability
$$\frac{\lambda_A}{\lambda_A + \lambda_B} = \frac{2}{6} = \frac13$$

**(b)** The merged process is Poisson with rate 6/hour, so in 30 minutes $N \sim \text{Poisson}(3)$ and
$$\sigma_N = \sqrt{3} \approx 1.732$$

## Problem 3

By thinning, large claims form a Poisson process with rate $5 \times 0.2 = 1$ per day. Over two days the mean is 2, so
$$P(\text{no large claim}) = e^{-2} \approx 0.1353$$

""" + "\ue203" + r"""```python
import math
print(round(math.exp(-2), 4))  # 0.1353
```""")

POI_FOLLOW_Q = "can you explain (c) a bit more, why gamma?"
POI_FOLLOW_A = r"""Sure. Let $T_1, T_2, T_3, T_4$ be the gaps between successive calls. In a Poisson process with rate 3/hour these are independent Exp(3) variables, each with mean $1/3$ hour = 20 minutes. The fourth call happens at $S_4 = T_1 + T_2 + T_3 + T_4$, and a sum of $k$ i.i.d. Exp($\lambda$) variables has a Gamma($k$, $\lambda$) distribution. By linearity of expectation you do not even need the distribution:
$$E[S_4] = 4 \times 20 \text{ min} = 80 \text{ min}.$$"""


def poisson_export():
    c = Conv("poisson", "Poisson process homework", 1742548810.771)
    c.add("sys", None, "system", system_hidden(), 0.0, extra_meta={"is_visually_hidden_from_conversation": True})
    c.add("u1", "sys", "user", text(POI_PROMPT), 5.2)
    c.add("a_old", "u1", "assistant", text(POI_OLD), 20.3, end_turn=True)
    c.add("a_new", "u1", "assistant", text(POI_NEW), 141.8, end_turn=True,
          extra_meta={"citations": [], "content_references": [
              {"matched_text": CITE, "type": "grouped_webpages", "items": [
                  {"title": "Poisson point process - Wikipedia", "url": "https://en.wikipedia.org/wiki/Poisson_point_process"}]},
              {"matched_text": CITE2, "type": "grouped_webpages", "items": [
                  {"title": "Competing exponentials", "url": "https://www.probabilitycourse.com/chapter11/11_1_3_merging_and_splitting_poisson_processes.php"}]}]})
    c.add("u2", "a_new", "user", text(POI_FOLLOW_Q), 300.0)
    c.add("a2", "u2", "assistant", text(POI_FOLLOW_A), 309.4, end_turn=True)
    poisson = c.export(include_current=False, update_dt=309.4)

    r = Conv("regex", "Regex for ISO dates", 1742721122.05)
    r.add("sys", None, "system", system_hidden(), 0.0, extra_meta={"is_visually_hidden_from_conversation": True})
    r.add("u1", "sys", "user", text("regex that matches 2025-03-21 style dates but not 2025-13-40"), 2.0)
    r.add("a1", "u1", "assistant", text(
        "```regex\n^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$\n```\n"
        "This checks the month (01–12) and day (01–31) ranges; it does not know that February has 28/29 days."), 7.5, end_turn=True)
    regex = r.export(current="a1", update_dt=7.5)

    k = Conv("dinner", "Quick weeknight dinner ideas", 1742460000.0)
    k.add("sys", None, "system", system_hidden(), 0.0, extra_meta={"is_visually_hidden_from_conversation": True})
    k.add("u1", "sys", "user", text("3 dinner ideas under 30 min, I have rice, eggs, spinach"), 1.0)
    k.add("a1", "u1", "assistant", text(
        "1. **Egg fried rice with spinach** — 15 min.\n2. **Spinach and feta omelette** with rice on the side — 20 min.\n"
        "3. **Garlic spinach rice bowl** topped with a jammy egg — 25 min."), 6.0, end_turn=True)
    dinner = k.export(current="a1", update_dt=6.0)
    write(os.path.join(ROOT, "poisson-article", "transcripts", "chatgpt-export-poisson.json"),
          [regex, poisson, dinner])


if __name__ == "__main__":
    pca_export()
    poisson_export()
