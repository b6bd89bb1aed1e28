"""Exports for the svm-kernels set.

chatgpt_export.json  one conversation, written WITHOUT current_node (graded branch = leaf with the
                     latest create_time, followed up by parent links).
conversations.json   two conversations; the homework one has a regenerated answer, current_node set,
                     and private-use citation markers (U+E200..U+E203) in the text.
"""
import os
from exportlib import ChatGPTConversation, write

Q_ALL = """PS3 — SVMs and kernels. Please solve everything.

Question 1. Training set in R^2. Positive (y=+1): x1 = (2,2), x2 = (3,2), x3 = (4,3). Negative (y=-1): x4 = (0,0), x5 = (-1,0), x6 = (0,-2).
Hard-margin SVM: min ½||w||² subject to y_i(wᵀx_i + b) ≥ 1. Write the solution in canonical form, i.e. y_i(wᵀx_i + b) = 1 holds exactly for the support vectors.
(a) Find the optimal weight vector w.
(b) Find the optimal bias b.
(c) What is the geometric margin, i.e. the distance from the separating hyperplane to the closest training point? Give an exact value or 3 decimal places.
(d) In the dual, w = Σ_i α_i y_i x_i. What is the value of the dual variable α_1 for the point x1 = (2,2)?

Question 2. Kernels. Let x = (1,2) and z = (2,1) unless stated otherwise.
(a) Evaluate the polynomial kernel K(x,z) = (xᵀz + 1)².
(b) Evaluate the RBF kernel K(x,z') = exp(−γ||x − z'||²) with γ = 0.5 for x = (1,2) and z' = (2,0). Give 4 decimal places.
(c) True or False: if K1 and K2 are valid (Mercer) kernels, then K1 − K2 is always a valid kernel.
(d) For the three points a = (1,0), b = (0,1), c = (1,1), write down the 3×3 Gram matrix G_ij = K(p_i, p_j) for the kernel K(u,v) = (uᵀv)², with the points in the order a, b, c."""

B2_V1 = r"""**Question 1**

1(a) $w = (0.5, 0.5)$

1(b) $b = -1$

1(c) margin $= 1/\|w\| = \sqrt{2} \approx 1.414$

1(d) The only support vectors are $x_1$ and $x_4$; $w = \alpha_1 y_1 x_1 + \alpha_4 y_4 x_4 = 2\alpha_1(1,1)$, hence $\alpha_1 = 1/4$.

**Question 2**

2(a) $(4+1)^2 = 25$

2(b) $e^{-2.5} \approx 0.0821$

2(c) False

2(d) $G = \begin{pmatrix}1&0&1\\0&1&1\\1&1&4\end{pmatrix}$"""

B2_V2 = r"""Let me go through both questions carefully.

## Question 1

The positives all lie on or above the line $x_1 + x_2 = 4$ and the negatives on or below $x_1 + x_2 = 0$; the closest cross-class pair is $(2,2)$ and $(0,0)$. So the separating line is $x_1 + x_2 = 2$ and $w \parallel (1,1)$.

**(a)** Canonical scaling: $w^\top(2,2) + b = 1$ and $w^\top(0,0) + b = -1$, so $b = -1$ and $w = (\tfrac12, \tfrac12)$.

$$w = \begin{bmatrix} 0.5 \\ 0.5 \end{bmatrix}$$

**(b)** $b = -1$

**(c)** $\|w\| = \sqrt{0.5^2 + 0.5^2} = 0.7071$, so the margin is $0.707$. Wait — $0.7071$ is $\|w\|$ itself, not the margin. The geometric margin is $1/\|w\|$:

$$\text{margin} = \frac{1}{0.7071} = \sqrt{2} \approx 1.414$$

**(d)** From stationarity, $w = \sum_i \alpha_i y_i x_i$ and the constraint $\sum_i \alpha_i y_i = 0$. The support vectors are $x_1 = (2,2)$ and $x_4 = (0,0)$, so $\alpha_1 = \alpha_4$, and since $\|w\|^2 = \sum_i \alpha_i$ we get $\alpha_1 + \alpha_4 = 0.5 \cdot 2$:

$$\alpha_1 = 0.5$$

## Question 2

**(a)** $x^\top z = 4$, so $K = (4+1)^2 = \mathbf{25}$.

**(b)** $\|x - z'\|^2 = (1-2)^2 + (2-0)^2 = 5$, so $K = e^{-0.5 \cdot 5} = e^{-2.5} \approx \mathbf{0.0821}$.

**(c)** **False** — e.g. $K_2 = 2K_1$ gives $K_1 - K_2 = -K_1$, which is not PSD.

**(d)** The inner products $u^\top v$ for $(a,b,c)$ are

$$G = \begin{bmatrix} 1 & 0 & 1 \\ 0 & 1 & 1 \\ 1 & 1 & 2 \end{bmatrix}$$"""

B2_Q2 = "what's the decision value f(x) = wᵀx + b at the point (1,1)? which side is it on"
B2_A2 = r"""$f(1,1) = 0.5 \cdot 1 + 0.5 \cdot 1 - 1 = 0$.

So $(1,1)$ lies exactly **on** the separating hyperplane $x_1 + x_2 = 2$ — the classifier can't decide between the classes there (it's equidistant from $(2,2)$ and $(0,0)$)."""


def export_without_current(path):
    c = ChatGPTConversation("svm-b2", "SVM problem set 3", 1744050000.5, model="gpt-4o")
    s = c.system("sys", c.root)
    u = c.user("u1", s, 1744050003.1, Q_ALL)
    c.assistant("v1", u, 1744050021.7, B2_V1)
    v2 = c.assistant("v2", u, 1744050140.2, B2_V2)   # regenerated later
    u2 = c.user("u2", v2, 1744050333.9, B2_Q2)
    c.assistant("a2", u2, 1744050340.4, B2_A2)
    write(path, [c.to_json(include_current=False)])


CITE = "\ue200cite\ue202turn0search0\ue201"
CITE2 = "\ue200cite\ue202turn0search2\ue201"

B5_V1 = r"""## Problem 1 — Hard-margin SVM

### (a)
$w = (0.5, 0.5)$

### (b)
$b = -1$

### (c)
$\sqrt{2}$

### (d)
$\alpha_1 = 0.25$

## Problem 2 — Kernels

### (a)
25

### (b)
0.0821

### (c)
False

### (d)
[[1,0,1],[0,1,1],[1,1,4]]"""

B5_V2 = ("I'll solve both problems and cite the kernel closure facts I rely on.\n\n"
         "## Problem 1 — Hard-margin SVM\n\n"
         "### (a)\n"
         "The nearest positive and negative points are $(2,2)$ and $(0,0)$, and the max-margin boundary is the perpendicular bisector of that segment, the line $x_1 + x_2 - 2 = 0$. Reading off the coefficients:\n\n"
         "$$w = (1,\\ 1)$$\n\n"
         "### (b)\n"
         "From the same equation, $b = -2$.\n\n"
         "### (c)\n"
         "The distance from the hyperplane to the closest point $(2,2)$ is\n\n"
         "$$\\frac{|2 + 2 - 2|}{\\sqrt{1^2 + 1^2}} = \\frac{2}{\\sqrt 2} = \\sqrt 2 \\approx 1.414$$\n\n"
         "### (d)\n"
         "Only $x_1$ and $x_4$ are active. Since $x_4 = 0$ contributes nothing, $w = \\alpha_1 (2,2) = (1,1)$ gives\n\n"
         "$$\\alpha_1 = 0.5$$\n\n"
         "## Problem 2 — Kernels\n\n"
         "### (a)\n"
         "$x^\\top z = 2 + 2 = 4 \\Rightarrow K(x,z) = 5^2 = 25$\n\n"
         "### (b)\n"
         "$\\|x - z'\\|^2 = 1 + 4 = 5$, so $K = \\exp(-0.5 \\times 5) = e^{-2.5} \\approx 0.0821$\n\n"
         "### (c)\n"
         "Valid kernels are closed under addition, multiplication by a positive constant and products " + CITE + ", but not under subtraction: the Gram matrix of $K_1 - K_2$ can have negative eigenvalues " + CITE2 + ". So the statement is **false**.\n\n"
         "### (d)\n"
         "Squaring the pairwise dot products gives \ue203\n"
         "```\n[[1, 0, 1],\n [0, 1, 1],\n [1, 1, 4]]\n```\n\n"
         "### Summary\n\n"
         "| Part | Answer |\n|---|---|\n"
         "| 1(a) | w = (1, 1) |\n"
         "| 1(b) | b = −2 |\n"
         "| 1(c) | √2 ≈ 1.414 |\n"
         "| 1(d) | α₁ = 0.5 |\n"
         "| 2(a) | 25 |\n"
         "| 2(b) | 0.0821 |\n"
         "| 2(c) | True |\n"
         "| 2(d) | [[1,0,1],[0,1,1],[1,1,4]] |")


def export_with_citations(path):
    o = ChatGPTConversation("svm-other", "Lisbon 3-day itinerary", 1743900000.25)
    s = o.system("sys", o.root)
    u = o.user("u1", s, 1743900004.0, "3 day itinerary for lisbon in april, not too touristy")
    a = o.assistant("a1", u, 1743900019.8,
                    "**Day 1 — Alfama & Graça.** Walk up to the Miradouro da Senhora do Monte early " + CITE + ", then lunch in Graça.\n\n"
                    "**Day 2 — Belém without the queues.** Go to the Jerónimos cloister right at opening.\n\n"
                    "**Day 3 — Day trip.** Take the train to Cascais and walk the coastal path.")
    other = o.to_json(current_node=a)

    c = ChatGPTConversation("svm-b5", "SVM + kernels PS3", 1744111000.0, model="gpt-4o")
    s = c.system("sys", c.root)
    u = c.user("u1", s, 1744111002.6, Q_ALL + "\n\nanswer format: headings per problem, and a summary table at the end pls")
    c.assistant("v1", u, 1744111015.2, B5_V1)
    v2 = c.assistant("v2", u, 1744111090.7, B5_V2, extra_md={
        "content_references": [
            {"matched_text": CITE, "type": "grouped_webpages", "items": [
                {"title": "Kernel method closure properties", "url": "https://example.edu/ml/kernels#closure"}]},
            {"matched_text": CITE2, "type": "grouped_webpages", "items": [
                {"title": "Positive-definite kernels", "url": "https://example.org/wiki/Positive-definite_kernel"}]}],
        "search_queries": [{"type": "search", "q": "are valid kernels closed under subtraction mercer"}]})
    write(path, [c.to_json(current_node=v2), other])


def main(outdir):
    t = os.path.join(outdir, "svm-kernels", "transcripts")
    export_without_current(os.path.join(t, "chatgpt_export.json"))
    export_with_citations(os.path.join(t, "conversations.json"))
