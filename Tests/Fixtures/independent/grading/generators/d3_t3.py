import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
OUT = REPO + '/Tests/Fixtures/independent/grading/dev/lsq-attention-env/transcripts/export.json'

lisbon = chatgpt_conv("Lisbon 3-day itinerary", [
    {"key": "r", "role": "root"},
    {"key": "u", "parent": "r", "role": "user", "text": "3 days in Lisbon in April, what should I see?"},
    {"key": "a", "parent": "u", "role": "assistant", "text": "**Day 1:** Alfama, São Jorge Castle, a fado dinner.\n**Day 2:** Belém — the tower, Jerónimos Monastery, pastéis de nata.\n**Day 3:** Day trip to Sintra (Pena Palace). Take tram 28 early to avoid queues."},
], 1741200000, children=False, with_current=False)

listcomp = chatgpt_conv("list comprehension with condition", [
    {"key": "r", "role": "root"},
    {"key": "u", "parent": "r", "role": "user", "text": "python: squares of even numbers from a list in one line"},
    {"key": "a", "parent": "u", "role": "assistant", "text": "```python\nsquares = [x * x for x in nums if x % 2 == 0]\n```\nFor `nums = [1, 2, 3, 4]` this gives `[4, 16]`."},
], 1741300000, children=False, with_current=False)

problem = """Worksheet 4, please solve. Exact values where possible, otherwise 3 decimals.

Problem 1 (Least squares and ridge). A = [[1, 0], [1, 1], [1, 2]], b = (1, 2, 4).
(a) Compute AᵀA.
(b) Find the least-squares solution x̂.
(c) Add a ridge penalty λ‖x‖² with λ = 1.
  (i) Compute det(AᵀA + λI).
  (ii) Find the ridge solution x̂_λ = (AᵀA + λI)⁻¹Aᵀb.

Problem 2 (Dot-product attention). Query q = (1, 2), keys k₁ = (1, 0), k₂ = (0, 1), k₃ = (1, 1), d_k = 2.
(a) Compute the scaled score s₃ = qᵀk₃/√d_k.
(b) Compute the attention weight α₃ = softmax(s)₃.

Problem 3. Simplify 3/4 + 5/6."""

first = """**Problem 1**
(a) AᵀA = [[3, 3], [3, 5]]
(b) x̂ = (5/6, 3/2)
(c)(i) det = 15
(c)(ii) x̂_λ = (4/5, 19/15)

**Problem 2**
(a) s₃ = 3/√2 ≈ 2.121
(b) α₃ ≈ 0.576

**Problem 3**
19/12"""

second = """## Problem 1 — Least squares and ridge

**(a)** Summing products of columns:

$$A^\\top A = \\begin{bmatrix} 3 & 3 \\\\ 3 & 5 \\end{bmatrix}$$

**(b)** With $A^\\top b = (7, 10)$ and $(A^\\top A)^{-1} = \\tfrac16 \\begin{bmatrix} 5 & -3 \\\\ -3 & 3 \\end{bmatrix}$ we get $\\hat x = (5/6,\\ 3/2)$.

**(c)**
- (i) $A^\\top A + I = \\begin{bmatrix} 4 & 3 \\\\ 3 & 6 \\end{bmatrix}$, so $\\det = 24 - 9 = 15$.
- (ii) $\\hat x_\\lambda = \\tfrac{1}{15}(6\\cdot 7 - 3\\cdot 10,\\ -3\\cdot 7 + 4 \\cdot 10) = (4/5,\\ 19/15)$.

## Problem 2 — Attention

**(a)** $s_3 = 3/\\sqrt{2} \\approx 2.121$.

**(b)** Softmax over the raw dot products $(1, 2, 3)$: $\\alpha_3 = e^3/(e^1 + e^2 + e^3) \\approx 0.665$.

## Problem 3

$\\frac34 + \\frac56 = \\frac{9 + 10}{12} = \\frac{19}{12}$

| Part | Answer |
|---|---|
| 1(a) | [[3, 3], [3, 5]] |
| 1(b) | (0.833, 1.667) |
| 1(c)(i) | 15 |
| 1(c)(ii) | (0.8, 1.267) |
| 2(a) | 2.121 |
| 2(b) | 0.665 |
| 3 | 19/12 |"""

followup_q = "for 1(c)(ii), what would it be with λ = 2 instead?"
followup_a = "With λ = 2, AᵀA + 2I = [[5, 3], [3, 7]] with determinant 26, so x̂_λ = (1/26)(7·7 − 3·10, −3·7 + 5·10) = (19/26, 29/26) ≈ (0.731, 1.115)."

nodes = [
    {"key": "r", "role": "root", "dt": None},
    {"key": "s", "parent": "r", "role": "system", "text": "", "dt": 0},
    {"key": "u1", "parent": "s", "role": "user", "text": problem, "dt": 5},
    # regenerated: the LATER one (by create_time) is the one shown
    {"key": "a2", "parent": "u1", "role": "assistant", "text": second, "dt": 140},
    {"key": "a1", "parent": "u1", "role": "assistant", "text": first, "dt": 20},
    {"key": "u2", "parent": "a2", "role": "user", "text": followup_q, "dt": 400},
    {"key": "a3", "parent": "u2", "role": "assistant", "text": followup_a, "dt": 415},
]
hw = chatgpt_conv("Least squares + attention worksheet", nodes, 1741250000, children=False, with_current=False)
dump(OUT, [lisbon, hw, listcomp])
