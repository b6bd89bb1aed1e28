"""Exports for la-ml-exercises: a ChatGPT export (with current_node) and a Claude export."""
from export_lib import GPTConv, CITE, claude_msg, claude_conv

SHEET = r"""Exercise 2.1. Let A = [[4, 1], [2, 3]].
(a) Find the eigenvalues of A. List them in increasing order.
(b) Compute det(A^{-1}).
(c) Compute A^{-1}.

Exercise 2.2. Let a = (1, 1, 0)^T and b = (2, 3, 4)^T.
(a) Compute the orthogonal projection of b onto the line spanned by a.
(b) Compute the distance from b to that line. Give an exact value or three decimal places.

Exercise 2.3. f(w) = (w1 − 3)^2 + 2(w2 + 1)^2, gradient descent from w(0) = (0, 0).
(a) Compute ∇f(w(0)).
(b) Take one gradient-descent step with learning rate η = 0.1. What is w(1)?
(c) True or false: with the constant learning rate η = 0.5, gradient descent started from w(0) converges to the minimiser of f. Justify briefly."""


def chatgpt():
    other = GPTConv("laml-cover", "Cover letter draft", 1764900000.0)
    u = other.user(other.top, "Make this opening line less stiff: 'I am writing to express my interest in the position of Data Analyst.'", 3)
    a = other.assistant(u, "Try: \"I'd love to bring my SQL and Python experience to the Data Analyst role at Northwind.\"", 9)

    c = GPTConv("laml-sheet2", "Exercise sheet 2 (lin alg + GD)", 1764986400.0)
    u1 = c.user(c.top, "Solve exercise sheet 2, all parts:\n\n" + SHEET, 12)

    # first answer -- regenerated away, NOT graded (and in fact fully correct)
    c.assistant(u1, (
        "**2.1** (a) λ = 2, 5 (b) 1/10 (c) A⁻¹ = [[0.3, −0.1], [−0.2, 0.4]]\n\n"
        "**2.2** (a) (2.5, 2.5, 0) (b) √66/2 ≈ 4.062\n\n"
        "**2.3** (a) (−6, 4) (b) (0.6, −0.4) (c) False — the w₂ coordinate oscillates between −2 and 0."), 40)

    # regenerated answer (current_node branch)
    rc = c.recap(u1, "Thought for 6 seconds", 400)
    code = c.code(rc, "import numpy as np\nA = np.array([[4, 1], [2, 3]])\nprint(np.linalg.eigvals(A))", 401)
    out = c.output(code, "[5. 2.]", 402)
    body = (
        "## Exercise 2.1\n\n"
        "**(a)** The characteristic polynomial is $\\lambda^2 - 7\\lambda + 10 = (\\lambda-2)(\\lambda-5)$, "
        "matching the numerical check above. In increasing order: $\\lambda_1 = 2,\\ \\lambda_2 = 5$.\n\n"
        "**(b)** $\\det(A^{-1}) = 1/\\det(A) = 1/10 = 0.1$\n\n"
        "**(c)** Using the $2\\times2$ inverse formula " + CITE("turn0search1") + ":\n\n"
        "$$A^{-1} = \\begin{bmatrix} 0.3 & -0.2 \\\\ -0.1 & 0.4 \\end{bmatrix}$$\n\n"
        "## Exercise 2.2\n\n"
        "**(a)** $\\mathrm{proj}_a b = \\dfrac{a^\\top b}{a^\\top a}\\,a = \\dfrac{5}{2}(1,1,0)^\\top = (2.5,\\ 2.5,\\ 0)^\\top$\n\n"
        "**(b)** The residual is $r = b - \\mathrm{proj}_a b = (-0.5,\\ 0.5,\\ 4)$, so\n\n"
        "$$\\|r\\| = \\sqrt{0.25 + 0.25 + 16} = \\sqrt{16.25} \\approx 4.031$$\n\n"
        "## Exercise 2.3\n\n"
        "**(a)** $\\nabla f(w) = \\big(2(w_1-3),\\ 4(w_2+1)\\big)$, so $\\nabla f(w^{(0)}) = (-6,\\ 4)$.\n\n"
        "**(b)** $w^{(1)} = w^{(0)} - 0.1\\,(-6, 4) = (0.6,\\ -0.4)$\n\n"
        "**(c)** The largest curvature is $L = 4$, and gradient descent converges for $\\eta \\le 2/L = 0.5$. "
        "Since $\\eta = 0.5$ meets this bound, the statement is **True**."
    )
    a2 = c.assistant(out, body, 430)
    return [c.dump(a2), other.dump(a)]


def claude():
    key = "laml-claude"
    m1 = claude_msg(key, 1, "human", "2025-12-06T20:31:02.114210Z",
                    [("text", "Can you help with my math-for-ML sheet? The questions are in the file.")],
                    attachments=[("sheet2.txt", SHEET, "txt")])
    think = ("2.1: trace 7, det 10, eigenvalues 2 and 5. det(A^-1) = 1/10. Inverse (1/10)[[3,-1],[-2,4]]. "
             "2.2: a.b = 5, a.a = 2. 2.3: gradient (2(w1-3), 4(w2+1)).")
    t1 = ("**Exercise 2.1**\n\n"
          "(a) tr A = 7 and det A = 12 − 2 = 10, so λ² − 7λ + 10 = 0 gives **λ = 2, 5**.\n\n"
          "(b) Since det(A) = 10 and the determinant of the inverse just inverts it, **det(A⁻¹) = 10**.\n\n"
          "(c) Swap the diagonal, negate the off-diagonal, divide by det A:\n\n"
          "A⁻¹ = (1/10) [[3, −1], [−2, 4]] = **[[0.3, −0.1], [−0.2, 0.4]]**\n\n"
          "Let me double-check these numerically.")
    code = "const A=[[4,1],[2,3]];\nconst d=A[0][0]*A[1][1]-A[0][1]*A[1][0];\nconst inv=[[A[1][1]/d,-A[0][1]/d],[-A[1][0]/d,A[0][0]/d]];\nconsole.log(d, JSON.stringify(inv));"
    t2 = ("The check agrees with the inverse above.\n\n"
          "**Exercise 2.2**\n\n"
          "(a) aᵀb = 2 + 3 + 0 = 5 and aᵀa = 2, so proj = (5/2)a = **(2.5, 2.5, 0)**.\n\n"
          "(b) For the distance you need the part of b orthogonal to a: r = b − proj = (−0.5, 0.5, 4). "
          "The distance is the length of that vector — I'll leave the final square root to you.\n\n"
          "**Exercise 2.3**\n\n"
          "(a) ∇f(w) = (2(w₁ − 3), 4(w₂ + 1)), so at the origin **∇f(w⁽⁰⁾) = (−6, 4)**.\n\n"
          "(b) One step with η = 0.1: w⁽¹⁾ = w⁽⁰⁾ + η∇f(w⁽⁰⁾) = 0.1 · (−6, 4) = **(−0.6, 0.4)**.\n\n"
          "(c) **False.** Along w₂ the update is w₂ ← w₂ − 0.5 · 4(w₂ + 1) = −w₂ − 2, so w₂ jumps 0 → −2 → 0 → … "
          "forever and never settles at −1 (w₁ does converge, in a single step).")
    m2 = claude_msg(key, 2, "assistant", "2025-12-06T20:31:40.902331Z",
                    [("thinking", think, "Computing eigenvalues, projection and the GD step."),
                     ("text", t1),
                     ("tool_use", "repl", {"code": code}),
                     ("tool_result", "repl", "10 [[0.3,-0.1],[-0.2,0.4]]"),
                     ("text", t2)])
    conv = claude_conv(key, "Math for ML sheet 2", "2025-12-06T20:31:02.114210Z", "2025-12-06T20:31:40.902331Z", [m1, m2])

    key2 = "laml-claude-latex"
    o1 = claude_msg(key2, 1, "human", "2025-12-05T11:00:00.000000Z",
                    [("text", "how do I make a 2x2 matrix with round brackets in latex")])
    o2 = claude_msg(key2, 2, "assistant", "2025-12-05T11:00:07.000000Z",
                    [("text", "Use the `pmatrix` environment from amsmath:\n\n```latex\n\\begin{pmatrix} 4 & 1 \\\\ 2 & 3 \\end{pmatrix}\n```")])
    conv2 = claude_conv(key2, "LaTeX matrix brackets", "2025-12-05T11:00:00.000000Z", "2025-12-05T11:00:07.000000Z", [o1, o2])
    return [conv, conv2]


def build_laml():
    return [("la-ml-exercises/transcripts/conversations.json", chatgpt()),
            ("la-ml-exercises/transcripts/claude-data.json", claude())]
