"""Export for ridge-numlinalg: ChatGPT export with a python tool call (B2)."""
from common import ChatGPTConversation, write_json

CITE = "\ue200cite\ue202turn0search3\ue201"
CITE2 = "\ue200cite\ue202turn0search0\ue202turn0search5\ue201"

USER1 = """Worksheet 3 — Regularised regression & numerical linear algebra. Please check with code.

Exercise 3.1 — no intercept, X = [[1, 0], [0, 1], [1, 1]], y = [1, 2, 4]
a) OLS estimate (X^T X)^{-1} X^T y
b) ridge estimate argmin ||Xw − y||² + λ||w||² for λ = 1
c) effective degrees of freedom df(λ) = Σ_j d_j/(d_j + λ), d_j the eigenvalues of X^T X. Compute df(1).

Exercise 3.2 — A = [[4, 1], [2, 3]]
a) eigenvalues in decreasing order
b) κ_2(A) = σ_max/σ_min (exact or ≥ 4 significant figures)
c) True or false: for SPD S, κ_2(S) = λ_max(S)/λ_min(S)

Exercise 3.3 — a = (1, 2, 2), b = (3, 0, 3)
a) projection p of b onto span{a}
b) ||b − p||_2"""

CODE = """import numpy as np
X = np.array([[1,0],[0,1],[1,1]], float); y = np.array([1,2,4], float)
w_ols = np.linalg.solve(X.T@X, X.T@y)
w_ridge = np.linalg.solve(X.T@X + np.eye(2), X.T@y)
d = np.linalg.svd(X, compute_uv=False)   # d_j
df = np.sum(d/(d+1))
A = np.array([[4,1],[2,3]], float)
ev = np.sort(np.linalg.eigvals(A))[::-1]
kappa = np.linalg.cond(A, 2)
a = np.array([1,2,2], float); b = np.array([3,0,3], float)
p = (a@b)/(a@a)*a
print(w_ols, w_ridge, d, df)
print(ev, kappa)
print(p, np.linalg.norm(b-p), np.linalg.norm(b-p)**2)"""

OUTPUT = """[1.33333333 2.33333333] [1.125 1.625] [1.73205081 1.        ] 1.1339745962155612
[5. 2.] 2.6180339887498945
[1. 2. 2.] 3.0 9.0"""

ANSWER = """The code confirms the hand calculations. Here is everything together.

### Exercise 3.1

**(a)** $X^\\top X = \\begin{pmatrix}2&1\\\\1&2\\end{pmatrix}$, $X^\\top y = (5, 6)^\\top$, so

$$\\hat w_{\\text{OLS}} = \\begin{pmatrix}4/3\\\\7/3\\end{pmatrix} \\approx \\begin{pmatrix}1.3333\\\\2.3333\\end{pmatrix}$$

**(b)** $$\\hat w_{\\lambda=1} = (X^\\top X + I)^{-1}X^\\top y = \\begin{pmatrix}9/8\\\\13/8\\end{pmatrix} = \\begin{pmatrix}1.125\\\\1.625\\end{pmatrix}$$

**(c)** The $d_j$ in the degrees-of-freedom formula are the singular values of $X$ {cite}, here $\\sqrt3$ and $1$:

$$\\mathrm{df}(1) = \\frac{\\sqrt3}{\\sqrt3 + 1} + \\frac{1}{2} \\approx 0.634 + 0.5 = 1.134$$

### Exercise 3.2

**(a)** $\\lambda_1 = 5$, $\\lambda_2 = 2$.

**(b)** $\\kappa_2(A) = \\dfrac{3 + \\sqrt5}{2} \\approx 2.6180$ (the square of the golden ratio).

**(c)** **True** — for an SPD matrix the singular values are the eigenvalues {cite2}.

### Exercise 3.3

**(a)** $p = \\frac{a^\\top b}{a^\\top a}a = (1, 2, 2)^\\top$ — $b$'s component along $a$ is exactly $a$ itself.

**(b)** $\\|b - p\\|_2 = \\|(2, -2, 1)\\| = 3$.

{cite}```text
Summary
3.1 (a) (4/3, 7/3)    (b) (9/8, 13/8)    (c) 1.134
3.2 (a) 5, 2          (b) 2.6180         (c) True
3.3 (a) (1, 2, 2)     (b) 9
```""".replace("{cite}", CITE).replace("{cite2}", CITE2)


def chatgpt():
    c = ChatGPTConversation("ridge-b2", "Ridge regression worksheet check", 1741604400.0)
    c.system("sys", 1741604400.0)
    c.user("u1", "sys", USER1, 1741604452.3)
    c.code("code1", "u1", CODE, 1741604470.9)
    c.exec_output("out1", "code1", OUTPUT, 1741604472.4)
    c.assistant("a1", "out1", ANSWER, 1741604490.6)
    c.user("u2", "a1", "what happens to the ridge estimate as lambda goes to infinity?", 1741604700.0)
    c.assistant("a2", "u2", "As $\\lambda \\to \\infty$ the penalty dominates and $\\hat w_\\lambda = (X^\\top X + \\lambda I)^{-1}X^\\top y \\approx \\lambda^{-1}X^\\top y \\to 0$. For example at $\\lambda = 100$ you get roughly $(0.048, 0.058)$. At the other end, $\\lambda \\to 0$ recovers the OLS solution $(4/3, 7/3)$.", 1741604711.2)
    write_json("../ridge-numlinalg/transcripts/chatgpt-python-tool.json", [c.to_json(current="a2")])


if __name__ == "__main__":
    chatgpt()
