#!/usr/bin/env python3
"""Write every data-export transcript of this corpus (deterministic; re-run gives identical bytes).

Usage: python3 generators/make_exports.py   (from anywhere)
"""
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exportlib import GPTConv, ClaudeConv, write

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE_S, CITE_E, CITE_M = "\ue200", "\ue201", "\ue202"


def out(setname, fname, obj):
    write(os.path.join(ROOT, setname, "transcripts", fname), obj)


# ---------------------------------------------------------------- graph-dp-counts / chatgpt-export-regen.json
def graph_chatgpt():
    c = GPTConv("Algorithms PS3 DP counting", 1742900000.0, "A2")
    u1 = c.user(
        "Problem sheet 3, please answer all with the final number clearly.\n\n"
        "Exercise 3.1 a) paths from (0,0) to (4,3) moving right/up. b) same but (2,1) blocked.\n"
        "Exercise 3.2 a) 10 stairs, steps of 1 or 2, number of ways. b) steps of 1, 2 or 3.\n"
        "Exercise 3.3 Dijkstra from s: s->a 4, s->b 1, b->a 2, a->c 1, b->c 5, c->t 3, b->d 8, a->d 4, d->t 1. Shortest s-t distance?\n"
        "Exercise 3.4 number of topological orderings of the DAG with A→C, B→C, B→D, C→E, D→E, E→F (vertices A–F).\n"
        "Exercise 3.5 Floyd–Warshall runs in (A) O(V^2) (B) O(V^2 log V) (C) O(V^3) (D) O(VE)")
    # first generation (not the one shown)
    old = c.assistant(
        "### 3.1\n(a) $\\binom{7}{3} = 35$\n\n(b) Through $(2,1)$: $3 \\cdot 6 = 18$, so $35 - 18 = 17$.\n\n"
        "### 3.2\n(a) 89\n\n(b) 274\n\n### 3.3\nShortest distance **7** ($s\\to b\\to a\\to c\\to t$).\n\n"
        "### 3.4\n**5** orderings.\n\n### 3.5\n(C)", u1, dt=25)
    # regenerated: thoughts + recap + answer (this is current_node's branch)
    th = c.thoughts(u1, [
        ("Counting lattice paths", "C(7,3)=35. For the blocked point maybe I just need the number of paths through (2,1)? 3*6=18."),
        ("Staircase recurrence", "Fibonacci: 1,1,2,3,5,8,13,21,34,55,89. Tribonacci ... 149 at index 9, 274 at 10. Hmm, which is the top?"),
        ("Topological orderings", "Is the DAG connected? Vertex list says A–F; maybe the user has more vertices. I'll ask."),
    ], dt=90)
    rc = c.recap(th, "Thought for 41 seconds")
    a1 = c.assistant(
        "Here's the full set.\n\n"
        "**Exercise 3.1**\n\n"
        "- (a) Choose the positions of the 3 up-moves among 7 moves: $\\binom{7}{3} = 35$.\n"
        "- (b) The paths that use the blocked point split into $(0,0)\\to(2,1)$ and $(2,1)\\to(4,3)$, "
        "giving $\\binom{3}{1}\\binom{4}{2} = 3\\cdot 6$. So the answer to (b) is **18**.\n\n"
        "**Exercise 3.2**\n\n"
        "- (a) $w_n = w_{n-1} + w_{n-2}$ gives 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, so **89** ways.\n"
        "- (b) With steps up to 3: 1, 1, 2, 4, 7, 13, 24, 44, 81, 149, 274. Since you start standing on step 1 "
        "and need 9 more steps to reach step 10, the count is $t_9$, i.e. **149** ways.\n\n"
        "**Exercise 3.3**\n\n"
        "| popped | dist |\n|---|---|\n| s | 0 |\n| b | 1 |\n| a | 3 |\n| c | 4 |\n| d | 7 |\n| t | 7 |\n\n"
        "$d(s,t) = 7$.\n\n"
        "**Exercise 3.4**\n\n"
        "Before I count: the sheet says the vertices are $A,\\dots,F$ — are there any isolated vertices or extra "
        "edges that were cut off in your paste? An isolated vertex would multiply the count a lot, so could you "
        "confirm the full edge list?\n\n"
        "**Exercise 3.5**\n\n"
        "Three nested loops over $k, i, j$: **(C)** $O(V^3)$.", rc, dt=30)
    conv = c.to_json(current=a1)

    other = GPTConv("Python list comprehension question", 1742800000.0, "A2-other")
    q = other.user("how do I flatten a list of lists in python")
    a = other.assistant("Use a nested comprehension:\n\n```python\nflat = [x for row in rows for x in row]\n```\n\n"
                        "or `itertools.chain.from_iterable(rows)`.", q)
    out("graph-dp-counts", "chatgpt-export-regen.json", [conv, other.to_json(current=a)])


# ---------------------------------------------------------------- graph-dp-counts / claude-export-tools.json
SHEET3 = open(os.path.join(ROOT, "graph-dp-counts", "problems.md"), encoding="utf-8").read()


def graph_claude():
    c = ClaudeConv("CS341 problem sheet 3", "2025-03-04T19:02:00", "A5")
    c.human("Solve the attached sheet. Give a final answer for each exercise.",
            attachments=[("problem_sheet_3.md", "text/markdown", SHEET3)])
    c.assistant([
        ("thinking", "Lattice: 35 and 35-18=17. Stairs 89 and 274. Dijkstra: maybe 8 via s->a->c->t? Let me be careful, b->a is 2 so a=3, c=4, t=7. "
                     "Topological orders: I think 4, but better to enumerate with code."),
        ("text", "## Exercise 3.1\n\n**(a)** A path is a word with 4 `R`s and 3 `U`s, so there are $\\binom{7}{3} = 35$ paths.\n\n"
                 "**(b)** Paths through $(2,1)$: $\\binom{3}{1}\\cdot\\binom{4}{2} = 18$. Remaining: $35 - 18 = \\mathbf{17}$.\n\n"
                 "## Exercise 3.2\n\n**(a)** Fibonacci-style recurrence, $w_{10} = \\mathbf{89}$.\n\n"
                 "**(b)** Tribonacci-style recurrence $t_n = t_{n-1}+t_{n-2}+t_{n-3}$ with $t_0=1$: $t_{10} = \\mathbf{274}$.\n\n"
                 "## Exercise 3.3\n\nDijkstra settles $s(0), b(1), a(3), c(4), d(7), t(7)$. The shortest $s$–$t$ distance is $7$, "
                 "along $s\\to b\\to a\\to c\\to t$.\n\n## Exercise 3.4\n\nLet me enumerate the orderings to be safe."),
        ("tool_use", "repl", {"code": "import itertools\nE=[('A','C'),('B','C'),('B','D'),('C','E'),('D','E'),('E','F')]\n"
                                      "n=0\nfor p in itertools.permutations('ABCDEF'):\n    pos={v:i for i,v in enumerate(p)}\n"
                                      "    n+=all(pos[u]<pos[v] for u,v in E)\nprint(n)"}),
        ("tool_result", "repl", "{\"status\":\"success\",\"logs\":[\"5\"]}"),
        ("text", "The enumeration confirms **5** topological orderings (ABCDEF, ABDCEF, BACDEF, BADCEF, BDACEF).\n\n"
                 "## Exercise 3.5\n\n**(D)** $O(VE)$ — each of the $V$ rounds relaxes every edge once.\n\n"
                 "## Summary\n\n| Exercise | Answer |\n|---|---|\n| 3.1(a) | 35 |\n| 3.1(b) | 17 |\n| 3.2(a) | 89 |\n"
                 "| 3.2(b) | 274 |\n| 3.3 | 8 |\n| 3.4 | 5 |\n| 3.5 | D |"),
    ])
    c.human("thank you")
    c.assistant([("text", "You're welcome — good luck with the submission!")])
    out("graph-dp-counts", "claude-export-tools.json", [c.to_json()])


# ---------------------------------------------------------------- nn-training-numerics / chatgpt-export-python.json
def nn_chatgpt():
    other1 = GPTConv("Cover letter tweaks", 1741500000.0, "B2-o1")
    q = other1.user("Can you make this sentence less stiff: 'I am writing to express my interest in the position.'")
    a = other1.assistant("Sure: \"I'd love to be considered for the role.\"", q)
    o1 = other1.to_json(current=a)

    c = GPTConv("HW4 dropout batchnorm transformer params", 1741800000.0, "B2")
    u = c.user(
        "HW4 (DS-GA 1008). Please give final numbers.\n"
        "1. w=2.0, dL/dw=0.5, SGD lr 0.1, penalty (λ/2)w² with λ=0.01. w after one step?\n"
        "2. inverted dropout, h=3, drop rate p=0.2. (a) value when kept (b) variance over the mask\n"
        "3. x=(2,4,4,6), nn.BatchNorm1d train mode, eps=0, gamma 1, beta 0, momentum 0.1, running_var starts at 1. "
        "(a) output for x=6, 3 decimals ok (b) running_var after the pass, 4 decimals\n"
        "4. nn.TransformerEncoderLayer(d_model=64, nhead=4, dim_feedforward=256, batch_first=True). "
        "(a) self-attention params (b) whole layer params (c) attention score shape for input (8,10,64) as (batch, heads, query, key)")
    a0 = c.assistant("Let me compute the batch-norm numbers precisely first.", u, dt=12)
    code = c.code(a0, "import torch\nx = torch.tensor([[2.],[4.],[4.],[6.]])\nbn = torch.nn.BatchNorm1d(1, eps=0.0, momentum=0.1)\n"
                      "y = bn(x)\nprint(y.squeeze().tolist())\nprint(bn.running_var.item())\nprint(x.var(unbiased=True).item(), x.var(unbiased=False).item())")
    outp = c.output(code, "[-1.4142135381698608, 0.0, 0.0, 1.4142135381698608]\n1.1666666269302368\n2.6666667461853027 2.0")
    a1 = c.assistant(
        "**1. Weight decay (L2 in the loss).** Gradient $=0.5+\\lambda w = 0.52$, so $w = 2 - 0.1\\cdot 0.52 = 1.948$.\n\n"
        "**2. Inverted dropout.**\n"
        "- (a) Kept value: $3/(1-0.2) = 3.75$\n"
        "- (b) $\\mathrm{Var} = h^2\\,\\frac{p}{1-p} = 9\\cdot 0.25 = 2.25$\n\n"
        "**3. BatchNorm.** The batch statistics are $\\mu=4$, biased $\\sigma^2=2$, unbiased $s^2 = 8/3$.\n"
        "- (a) Depending on which variance is used to normalise, the output for $x=6$ is either $1.414$ (biased, $2/\\sqrt{2}$) "
        "or $1.225$ (unbiased, $2/\\sqrt{8/3}$).\n"
        "- (b) `running_var` is updated with the **unbiased** variance " + CITE_S + "cite" + CITE_M + "turn0search2" + CITE_E +
        ": $0.9\\cdot 1 + 0.1\\cdot 8/3 = 1.1667$.\n\n"
        "**4. TransformerEncoderLayer.**\n"
        "- (a) `in_proj_weight` $3\\cdot64\\cdot64$ + `in_proj_bias` $192$ + `out_proj` $64\\cdot 64+64$ = **16,640**\n"
        "- (b) Attention 16,640 + `linear1` ($64\\cdot256+256 = 16{,}640$) + `linear2` ($256\\cdot 64 + 64 = 16{,}448$) = **49,728**\n"
        "- (c) Scores: $(8, 4, 10, 10)$\n\n"
        "Sources: PyTorch BatchNorm1d docs " + CITE_S + "cite" + CITE_M + "turn0search2" + CITE_E, outp, dt=25)
    u2 = c.user("what's the code to check 4(b) in pytorch?", parent=a1)
    a2 = c.assistant(CITE_S + "cite" + CITE_M + "turn0search5" + CITE_E + "```python\nimport torch.nn as nn\n"
                     "layer = nn.TransformerEncoderLayer(d_model=64, nhead=4, dim_feedforward=256, batch_first=True)\n"
                     "print(sum(p.numel() for p in layer.parameters()))\n```\n\nThis prints the total trainable parameter count of the layer.", u2)
    main = c.to_json(current=a2)

    other2 = GPTConv("HW4 dropout question (older)", 1741700000.0, "B2-o2")
    q = other2.user("quick: inverted dropout h=3, p=0.2 kept value?")
    a = other2.assistant("It's $3 \\times 0.8 = 2.4$.", q)
    out("nn-training-numerics", "chatgpt-export-python.json", [o1, other2.to_json(current=a), main])


# ---------------------------------------------------------------- linalg-calc-ml / chatgpt-export-nocurrent.json
def la_nocurrent():
    other = GPTConv("Eigen decomposition intuition", 1743300000.0, "C2-o")
    q = other.user("what's the intuition behind eigenvectors?")
    a = other.assistant("An eigenvector is a direction the matrix only stretches (by its eigenvalue) without rotating.", q)

    c = GPTConv("MML assignment 2", 1743400000.0, "C2")
    u = c.user("Assignment 2. A = [[2,1],[1,2]].\n1. eigenvalues of A\n2. a=(1,1,0), b=(1,2,2): (a)(i) projection p of b on span(a), "
               "(ii) ||b-p|| exact, (b) projection matrix P onto span(a)\n3. c=(1,1), f(x)=½xᵀAx − cᵀx: (a) ∇f at (1,0) "
               "(b) minimiser (c) one GD step from (1,0), η=0.25\n4. s=σ(z): d/dz log σ(z) in terms of s")
    v1 = c.assistant(
        "1. $\\lambda \\in \\{1, 3\\}$\n\n2. (a)(i) $p = (1.5, 1.5, 0)$; (ii) $\\|b-p\\| = 3/\\sqrt2$; (b) $P = \\tfrac12\\begin{pmatrix}1&1&0\\\\1&1&0\\\\0&0&0\\end{pmatrix}$\n\n"
        "3. (a) $\\nabla f(1,0) = (1, 0)$ (b) $x^\\star = (1/3, 1/3)$ (c) $x_1 = (0.75, 0)$\n\n4. $1 - s$", u, dt=20)
    v2 = c.assistant(
        "## 1\nThe characteristic polynomial $(2-\\lambda)^2 - 1$ has roots $\\lambda = 1$ and $\\lambda = 3$.\n\n"
        "## 2\n**(a)(i)** $p = \\frac{a^\\top b}{a^\\top a} a = \\frac32 (1,1,0) = (1.5,\\ 1.5,\\ 0)$\n\n"
        "**(a)(ii)** $\\|b - p\\| = \\|(-0.5, 0.5, 2)\\| = \\sqrt{4.5} = \\frac{3\\sqrt{2}}{2}$\n\n"
        "**(b)**\n$$P = \\frac{aa^\\top}{a^\\top a} = \\begin{pmatrix} 0.5 & 0.5 & 0 \\\\ 0.5 & 0.5 & 0 \\\\ 0 & 0 & 0 \\end{pmatrix}$$\n\n"
        "## 3\n**(a)** $\\nabla f(x) = Ax$, so at $(1,0)$ the gradient is $(2, 1)$.\n\n"
        "**(b)** $x^\\star = A^{-1}c = (1/3,\\ 1/3)$\n\n"
        "**(c)** $x_1 = (1,0) - 0.25\\,(2,1) = (0.5,\\ -0.25)$\n\n"
        "## 4\n$\\frac{d}{dz}\\log\\sigma(z) = \\frac{\\sigma'(z)}{\\sigma(z)} = \\frac{s(1-s)}{s} = 1 - s$", u, dt=95)
    main = c.to_json(drop_current=True)
    o = other.to_json(drop_current=True)
    out("linalg-calc-ml", "chatgpt-export-nocurrent.json", [main, o])


# ---------------------------------------------------------------- linalg-calc-ml / chatgpt-export-branches.json
def la_branches():
    c = GPTConv("Linear algebra + calculus HW", 1743500000.0, "C4")
    u = c.user("Please solve MATH 2270 Assignment 2:\n\n"
               "Let A = [[2, 1], [1, 2]].\n1. Find the eigenvalues of A.\n"
               "2. a = (1,1,0)ᵀ, b = (1,2,2)ᵀ. (a) p = projection of b onto span(a): (i) compute p; (ii) compute ||b − p|| exactly. "
               "(b) the 3×3 matrix P projecting onto span(a).\n"
               "3. c = (1,1)ᵀ, f(x) = ½ xᵀAx − cᵀx. (a) ∇f(1,0) (b) minimiser x* (c) x₁ after one GD step from x₀=(1,0) with η=0.25\n"
               "4. s = σ(z). Express d/dz log σ(z) in terms of s only.")
    # first generation, abandoned
    g1 = c.assistant("1. Eigenvalues: 1, 3\n\n2. (a)(i) (1.5, 1.5, 0) (ii) $3\\sqrt{2}$ (b) $aa^\\top$\n\n3. (a) (1, 0) (b) (1, 1) (c) (0.75, 0)\n\n4. $s(1-s)$", u, dt=18)
    th = c.thoughts(u, [("Working through the projection", "a·b = 3, a·a = 2, p = 1.5a. Residual (-.5,.5,2), norm sqrt(4.5)."),
                        ("Minimiser", "Solve Ax=c. Guess x=(1/2,1/2): A x = (1.5,1.5). Hmm not c. I'll go with it for now.")], dt=60)
    rc = c.recap(th, "Thought for 23 seconds")
    g2 = c.assistant(
        "### 1. Eigenvalues\n$\\lambda_1 = 1,\\ \\lambda_2 = 3$ (eigenvectors $(1,-1)$ and $(1,1)$).\n\n"
        "### 2. Projections\n- **(a)(i)** $p = \\frac{3}{2}a = \\begin{bmatrix}3/2 \\\\ 3/2 \\\\ 0\\end{bmatrix}$\n"
        "- **(a)(ii)** $\\|b-p\\| = \\sqrt{1/4 + 1/4 + 4} = \\sqrt{9/2} = \\dfrac{3}{\\sqrt{2}} \\approx 2.1213$\n"
        "- **(b)** $P = \\dfrac{aa^\\top}{a^\\top a} = \\begin{bmatrix}1/2 & 1/2 & 0\\\\ 1/2 & 1/2 & 0 \\\\ 0 & 0 & 0\\end{bmatrix}$\n\n"
        "### 3. Quadratic\n- **(a)** $\\nabla f(x) = Ax - c$; at $(1,0)$: $\\nabla f = (1, 0)^\\top$\n"
        "- **(b)** $x^\\star = (1/2,\\ 1/2)^\\top$\n"
        "- **(c)** $x_1 = x_0 - \\eta \\nabla f(x_0) = (0.75,\\ 0)^\\top$\n\n"
        "### 4. Log-sigmoid\nDo you want the derivative with respect to $z$ or with respect to $s$? "
        "\"In terms of $s$\" could mean either, so tell me which and I'll write it out.", rc, dt=20)
    u2 = c.user("can you double check 3b? I plugged it in and Ax isn't c", parent=g2)
    v1 = c.assistant("You're right, I made an arithmetic slip. $A(1/2, 1/2)^\\top = (3/2, 3/2)^\\top \\ne c$.\n\n"
                     "Solving properly: $A^{-1} = \\frac13\\begin{bmatrix}2 & -1\\\\ -1 & 2\\end{bmatrix}$, so\n\n"
                     "$$x^\\star = A^{-1}c = \\left(\\tfrac13,\\ \\tfrac13\\right)^\\top$$\n\n"
                     "Check: $A(1/3,1/3)^\\top = (1, 1)^\\top = c$. ✅", u2, dt=25)
    v2 = c.assistant("Let me re-check: $x^\\star$ satisfies $Ax^\\star = c$. With $x^\\star=(1/2,1/2)$ we get "
                     "$(1.5, 1.5)$, which is proportional to $c$, so $(1/2, 1/2)$ is the minimiser.", u2, dt=140)
    main = c.to_json(current=v1)   # the user switched back to the first version of the last reply
    out("linalg-calc-ml", "chatgpt-export-branches.json", [main])


# ---------------------------------------------------------------- linalg-calc-ml / claude-export-multi.json
def la_claude():
    o = ClaudeConv("Gradient of softmax cross-entropy", "2025-03-20T10:15:00", "C5-o")
    o.human("what's the gradient of softmax cross entropy wrt the logits")
    o.assistant([("text", "It's $\\hat{y} - y$: the predicted probabilities minus the one-hot target.")])

    c = ClaudeConv("Assignment 2 linear algebra", "2025-03-21T16:40:00", "C5")
    tex = open(os.path.join(ROOT, "linalg-calc-ml", "problems.tex"), encoding="utf-8").read()
    c.human("Here's my assignment, can you solve it?", attachments=[("assignment2.tex", "text/x-tex", tex)])
    c.assistant([
        ("thinking", "Eigenvalues 1 and 3. Projection 1.5a. Distance sqrt(4.5). Gradient Ax - c. GD step (0.75, 0)... or did I mean (0.5,0)?"),
        ("text", "**Problem 1.** $\\det(A-\\lambda I) = \\lambda^2 - 4\\lambda + 3$, so the eigenvalues are $1$ and $3$.\n\n"
                 "**Problem 2.**\n\n(a)(i) $p = \\tfrac{3}{2}(1, 1, 0) = (3/2, 3/2, 0)$.\n\n"
                 "(a)(ii) $\\|b - p\\| = \\sqrt{9/2} = 3/\\sqrt{2}$.\n\n"
                 "(b) $P = \\dfrac{1}{2}\\begin{pmatrix} 1 & 1 & 0 \\\\ 1 & 1 & 0 \\\\ 0 & 0 & 1 \\end{pmatrix}$\n\n"
                 "**Problem 3.**\n\n(a) and (b): $\\nabla f(x) = Ax - c$, which vanishes at $x^\\star = A^{-1}c = (1/3, 1/3)$.\n\n"
                 "(c) One step from $x_0$: $x_1 = (1, 0) - 0.25\\cdot(1, 0) = (0.75, 0)$.\n\n"
                 "**Problem 4.** $\\frac{d}{dz}\\log\\sigma(z) = \\frac{\\sigma(z)(1-\\sigma(z))}{\\sigma(z)} = 1 - s$.\n\n"
                 "| Problem | Answer |\n|---|---|\n| 1 | 1, 3 |\n| 2(a)(i) | (3/2, 3/2, 0) |\n| 2(a)(ii) | 3/√2 |\n"
                 "| 3(b) | (1/3, 1/3) |\n| 3(c) | (0.5, 0) |\n| 4 | 1 − s |"),
    ])
    write(os.path.join(ROOT, "linalg-calc-ml", "transcripts", "claude-export-multi.json"), [o.to_json(), c.to_json()])


if __name__ == "__main__":
    graph_chatgpt()
    graph_claude()
    nn_chatgpt()
    la_nocurrent()
    la_branches()
    la_claude()
    print("exports written")
