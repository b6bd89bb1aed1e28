"""Export for bn-kmeans-pandoc: a ChatGPT export whose current_node points at the OLDER
branch (the user regenerated the answer later, then switched back with the < 1/2 > arrows).
The graded branch has a python tool call, citation markers and a follow-up about another
setting; the newer, non-graded branch differs in Q2 b)."""
from export_lib import GPTConversation, simple_gpt, write_json

CITE0 = "\ue200cite\ue202turn0search0\ue201"
CITE1 = "\ue200cite\ue202turn0search1\ue201"

USER_PASTE = """COMP 4720 A3 — please solve, short explanations are fine

Q1. conv = nn.Conv2d(3, 16, kernel_size=5, padding=2). How many learnable parameters does conv have?

Q2. A nn.BatchNorm1d(1) layer in training mode receives the mini-batch x = (2, 4, 6, 8) for its single feature. Its affine parameters are γ = 2 and β = 0.5; take ε = 0. Its running_var buffer is initialised to 1 and the layer uses PyTorch's default momentum=0.1.
a) What does the layer output for the input element x = 2? Give three decimal places.
b) What is running_var after this forward pass? Give three decimal places.

Q3. Run k-means with k = 2 and Euclidean distance on p1 = (0, 0), p2 = (1, 0), p3 = (0, 1), p4 = (5, 5), p5 = (6, 5), p6 = (5, 6), starting from μ1 = (0, 0) and μ2 = (1, 0).
a) After the first assignment step and the first update step, what is μ1?
b) After the same two steps, what is μ2?
c) In the second assignment step (using the updated centroids), how many points change cluster?

Q4. Inverted dropout with drop probability p = 0.2. At training time, the kept activations are multiplied by (A) 0.2 (B) 0.8 (C) 1.25 (D) 5 (E) 1 (no scaling at training time)"""

CODE = """import numpy as np
x = np.array([2, 4, 6, 8], dtype=float)
mu, var = x.mean(), x.var()
y = 2 * (x - mu) / np.sqrt(var) + 0.5
print(mu, var, y)
print("running_var:", 0.9 * 1 + 0.1 * var)

P = np.array([[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6]], dtype=float)
mu_k = np.array([[0, 0], [1, 0]], dtype=float)
a1 = ((P[:, None] - mu_k[None]) ** 2).sum(-1).argmin(1)
mu_k = np.array([P[a1 == j].mean(0) for j in range(2)])
a2 = ((P[:, None] - mu_k[None]) ** 2).sum(-1).argmin(1)
print(a1, mu_k.tolist(), a2, (a1 != a2).sum())"""

OUTPUT = """5.0 5.0 [-2.18328157 -0.39442719  1.39442719  3.18328157]
running_var: 1.4
[0 1 0 1 1 1] [[0.0, 0.5], [4.25, 4.0]] [0 0 0 1 1 1] 1"""

ANSWER_GRADED = (
    "I ran the batch-norm and k-means numbers in Python to be safe.\n\n"
    "**Q1.** Weights $16 \\times 3 \\times 5 \\times 5 = 1200$, plus 16 biases (`bias=True` is the default):\n\n"
    "$$\\boxed{1216}$$\n\n"
    "**Q2.** Batch mean $\\mu_B = 5$, batch variance $\\sigma_B^2 = 5$ (training-mode BatchNorm normalises with the biased variance " + CITE1 + ").\n\n"
    "a) $y = 2\\cdot\\frac{2-5}{\\sqrt5} + 0.5 = -2.18328\\ldots$, so $y \\approx \\mathbf{-2.183}$.\n\n"
    "b) $\\text{running\\_var} = 0.9 \\times 1 + 0.1 \\times 5 = \\mathbf{1.400}$\n\n"
    "**Q3.** First assignment: $\\{p_1, p_3\\}$ to cluster 1 and $\\{p_2, p_4, p_5, p_6\\}$ to cluster 2.\n\n"
    "a) $\\mu_1 = (0,\\ 0.5)$\n\n"
    "b) $\\mu_2 = (4.25,\\ 4)$\n\n"
    "c) In the second assignment only $p_2 = (1, 0)$ moves (to cluster 1), so **1** point changes.\n\n"
    "**Q4.** Inverted dropout divides the kept activations by the keep probability $1 - p$ during training " + CITE0 + ", i.e. multiplies them by $1/0.8 = 1.25$ → **(C)**."
)

FOLLOWUP_Q = "and for Q4, what would the factor be with p = 0.5?"
FOLLOWUP_A = ("With $p = 0.5$ the keep probability is $0.5$, so the kept activations are multiplied by "
              "$1/0.5 = 2$. (Not one of the listed options — the assignment's $p = 0.2$ gives 1.25, option C.)")

ANSWER_REGEN = (
    "**Q1.** $16\\cdot(3\\cdot 5\\cdot 5) + 16 = 1216$ parameters.\n\n"
    "**Q2.** $\\mu_B = 5$, biased $\\sigma_B^2 = 5$, unbiased $s^2 = 20/3$.\n\n"
    "a) Training mode normalises with the biased variance: $y = 2(-3/\\sqrt5) + 0.5 \\approx -2.183$.\n\n"
    "b) PyTorch updates `running_var` with the *unbiased* variance: $0.9\\cdot 1 + 0.1\\cdot\\tfrac{20}{3} \\approx 1.567$.\n\n"
    "**Q3.** a) $\\mu_1 = (0, 0.5)$  b) $\\mu_2 = (4.25, 4)$  c) 1 point ($p_2$) changes.\n\n"
    "**Q4.** (C) 1.25"
)


def build(root):
    out = root / "bn-kmeans-pandoc" / "transcripts"
    t0 = 1743090000.0
    conv = GPTConversation("bnk-gpt", "COMP4720 A3 batchnorm kmeans", t0, model="gpt-4o")
    conv.system(t0)
    u1 = conv.user(USER_PASTE, t0 + 5.0)
    conv.code(CODE, t0 + 20.0)
    conv.output(OUTPUT, t0 + 21.5)
    conv.assistant(ANSWER_GRADED, t0 + 24.0)
    conv.user(FOLLOWUP_Q, t0 + 600.0)
    graded_leaf = conv.assistant(FOLLOWUP_A, t0 + 606.0)
    # regenerated later (newest leaf), but the user switched back to the first version
    conv.assistant(ANSWER_REGEN, t0 + 900.0, parent=u1)

    others = [
        simple_gpt("bnk-gpt-email", "Email to TA about extension", t0 + 3600, [
            ("user", "write a short polite email to my TA asking for a 2 day extension on A3, I was sick"),
            ("assistant", "Subject: COMP 4720 A3 — extension request\n\nHi Sam,\n\nI was ill earlier this "
                          "week and fell behind on Assignment 3. Would it be possible to have a two-day "
                          "extension? I can provide a medical certificate.\n\nThank you,\nAlex"),
        ]),
        simple_gpt("bnk-gpt-bn", "BatchNorm eval mode question", t0 - 86400, [
            ("user", "why does my model give different outputs in eval mode"),
            ("assistant", "In `eval()` mode BatchNorm uses its running mean and variance instead of the "
                          "batch statistics, and dropout is disabled. If the running statistics were "
                          "estimated from very few batches, eval outputs can differ a lot from training."),
        ]),
    ]
    data = [others[0], conv.to_json(current_node=graded_leaf), others[1]]
    write_json(out / "chatgpt-export.json", data)
