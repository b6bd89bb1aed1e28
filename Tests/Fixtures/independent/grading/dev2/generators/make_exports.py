#!/usr/bin/env python3
"""Write the six data-export transcripts of this corpus.

    python3 generators/make_exports.py

Re-running gives byte-identical files (fixed ids, fixed timestamps, no randomness).

  stat-linalg-exam/transcripts/conversations.json          ChatGPT export, regenerated branch;
                                                            current_node is on the OLDER branch
  stat-linalg-exam/transcripts/claude-export.json           Claude export, thinking block, PDF attachment
  cnn-batchnorm-md/transcripts/o4-mini-export.json          ChatGPT export, thoughts + reasoning_recap,
                                                            python tool call + execution_output
  optim-lstm-exercises/transcripts/conversations.json      ChatGPT export, 3 conversations, the graded
                                                            one has NO current_node (latest leaf wins)
  optim-lstm-exercises/transcripts/claude-data-export.json Claude export, 3 conversations, tool_use /
                                                            tool_result, a correcting later turn
  trees-kmeans-pandoc/transcripts/conversations.json       ChatGPT export, 3 conversations, citation
                                                            markers (U+E200..), web tool, regenerated branch
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exportlib import (ChatGPTConversation, ClaudeConversation, cites,  # noqa: E402
                       write_json)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def out(set_name, file_name):
    return os.path.join(ROOT, set_name, "transcripts", file_name)


# =============================================================================
# stat-linalg-exam / conversations.json  (ChatGPT)
# =============================================================================

HW5_PASTE = """Can you solve these? It's for MATH 2270 hw 5

1. A screening test for a rare condition D is applied to a person chosen at random from a population in which 2% have D. The test has sensitivity P(+ | D) = 0.95 and specificity P(− | ¬D) = 0.90.
(a) Compute the probability that a random person tests positive, P(+).
(b) Compute P(D | +). Round to three decimal places.
(c) The person is tested a second time, and the second result is also positive. Assuming the two results are conditionally independent given the disease status, compute P(D | +,+), rounded to three decimal places.

2. Let A = (4 1; 2 3) and B = (2 0 1; 1 3 2; 0 1 1).
(a) Find the eigenvalues of A. List them in decreasing order.
(b) Compute det(2B).
(c) Find an eigenvector of A for its smaller eigenvalue, scaled so that its first component equals 1.
(d) Compute A^2.

3. Let a = (1, 2, 2)^T and b = (4, 3, 4)^T in R^3.
(a) Compute the orthogonal projection p of b onto the line spanned by a.
(b) Compute the distance from b to that line. Give the exact value or round to three decimal places."""

A2_V1 = r"""Here are full solutions.

### 1. Screening test

**(a)** P(+) = 0.95·0.02 + 0.10·0.98 = 0.019 + 0.098 = **0.117**

**(b)** P(D | +) = 0.019 / 0.117 = **0.162**

**(c)** With two conditionally independent positives the likelihoods multiply:

\[
P(D\mid +,+) = \frac{0.02\cdot 0.95^2}{0.02\cdot 0.95^2 + 0.98\cdot 0.10^2} = \frac{0.01805}{0.02785}
\]

**P(D | +,+) ≈ 0.648**

### 2. Matrices

**(a)** det(A − λI) = (4 − λ)(3 − λ) − 2 = λ² − 7λ + 10 = (λ − 5)(λ − 2), so the eigenvalues are **λ₁ = 5, λ₂ = 2**.

**(b)** Expanding along the first row, det B = 2·(3·1 − 2·1) − 0 + 1·(1·1 − 3·0) = 3. Multiplying the matrix by 2 multiplies the determinant by 2:

\[
\det(2B) = 2 \cdot 3 = 6
\]

**(c)** For the smaller eigenvalue λ = 2,

\[
A - 2I = \begin{pmatrix} 2 & 1 \\ 2 & 1 \end{pmatrix},
\]

whose null space is spanned by

\[
v = \begin{pmatrix} 1 \\ 2 \end{pmatrix}.
\]

**(d)** Row-by-column multiplication:

\[
A^2 = \begin{pmatrix} 4\cdot4 + 1\cdot2 & 4\cdot1 + 1\cdot3 \\ 2\cdot4 + 3\cdot2 & 2\cdot1 + 3\cdot3 \end{pmatrix} = \begin{pmatrix} 18 & 7 \\ 14 & 11 \end{pmatrix}
\]

### 3. Projection

**(a)** aᵀb = 18 and aᵀa = 9, so p = (18/9)·a = **(2, 4, 4)**.

**(b)** e = b − p = (2, −1, 0) and ‖e‖ = √5 ≈ **2.236**.

---

| Part | Answer |
|------|--------|
| 1(a) | 0.117 |
| 1(b) | 0.162 |
| 1(c) | 0.648 |
| 2(a) | 5, 2 |
| 2(b) | 6 |
| 2(c) | (1, 2) |
| 2(d) | [[18, 7], [14, 11]] |
| 3(a) | (2, 4, 4) |
| 3(b) | 5 |"""

A2_V2 = r"""**Problem 1**
(a) P(+) = 0.117
(b) P(D|+) = 0.019/0.117 ≈ 0.162
(c) P(D|+,+) = 0.01805/0.02785 ≈ 0.648

**Problem 2**
(a) 5 and 2
(b) det(2B) = 2³·det B = 8·3 = 24
(c) v = (1, −2)
(d) A² = [[18, 7], [14, 11]]

**Problem 3**
(a) p = (2, 4, 4)
(b) d = √5 ≈ 2.236"""

A2_FOLLOW_Q = "why are the eigenvalues of A real even though A isn't symmetric?"

A2_FOLLOW_A = r"""Good question — symmetry is *sufficient* for real eigenvalues, but not necessary.

For a 2×2 matrix the eigenvalues are the roots of λ² − (tr A)λ + det A, and they are real exactly when the discriminant (tr A)² − 4 det A is non-negative. Here tr A = 7 and det A = 10, so the discriminant is 49 − 40 = 9 > 0, which gives two distinct real roots, 5 and 2.

By contrast, the rotation matrix (0 −1; 1 0) has tr = 0 and det = 1, so its discriminant is −4 and its eigenvalues are ±i."""


def stat_linalg_chatgpt():
    c = ChatGPTConversation("hw5-chatgpt", "Bayes + eigenvalues HW5", 1760470000.218, model="gpt-4o")
    c.system("sys", "root")
    c.user("u1", "sys", 12.4, HW5_PASTE)
    c.assistant("a1", "u1", 38.9, A2_V1)            # original answer (graded branch)
    c.assistant("a1-regen", "u1", 402.7, A2_V2)     # regenerated later, NOT on the graded branch
    c.user("u2", "a1", 915.0, A2_FOLLOW_Q)           # user went back to the first answer and continued
    c.assistant("a2", "u2", 931.6, A2_FOLLOW_A)
    write_json(out("stat-linalg-exam", "conversations.json"), [c.to_json(current_node="a2")])


# =============================================================================
# stat-linalg-exam / claude-export.json  (Claude)
# =============================================================================

HW5_PDF_TEXT = """MATH 2270 / STAT 2110 Homework 5 Due Fri. Oct. 17, 11:59 pm
Homework 5: Bayes' rule, eigenvalues, projections
Total: 23 points
Show your work. You may discuss the problems with classmates, but the write-up must be your own. Answers
without justification receive no credit.
1. A screening test for a rare condition D is applied to a person chosen at random from a population in
which 2% have D. The test has sensitivity P(+ | D) = 0.95 and specificity P(− | ¬D) = 0.90.
(a) (2 points) Compute the probability that a random person tests positive, P(+).
(b) (3 points) Compute P(D | +). Round to three decimal places.
(c) (4 points) The person is tested a second time, and the second result is also
status, compute P(D | +, +), rounded to three decimal places.
2. Let
A = 4 1
2 3
, B =
2 0 1
1 3 2
0 1 1
.
(a) (2 points) Find the eigenvalues of A. List them in decreasing order.
(b) (2 points) Compute det(2B).
(c) (3 points) Find an eigenvector of A for its smaller eigenvalue, scaled so that its first component
equals 1.
(d) (2 points) Compute A2.
3. Let a = (1, 2, 2)⊤ and b = (4, 3, 4)⊤ in R3.
(a) (3 points) Compute the orthogonal projection p of b onto the line spanned by a.
(b) (2 points) Compute the distance from b to that line. Give the exact value or round to three decimal
places.
Page 1 of 1"""

A5_ASK = ("Can you solve problems 1 and 2 fully, and for 3 do (a) and just get me started on (b)? "
          "I want to finish that last one myself.")

A5_THINK = """Let me work through these.

1a: 0.95*0.02 + 0.1*0.98 = 0.019 + 0.098 = 0.117.
1b: 0.019/0.117 = 0.1624 -> 0.162.
1c: the extracted text is missing a line: "the second result is also / status, compute". Probably "positive. Assuming the two results are conditionally independent given the disease status". If independent: 0.02*0.9025 = 0.01805, 0.98*0.01 = 0.0098, 0.01805/0.02785 = 0.6481. But I can't see the assumption, so I should mention both readings.
2a: trace 7, det 10 -> 5 and 2.
2b: det B = 2(3-2) - 0 + 1(1-0) = 3. det(2B) = 2*3 = 6? No - B is 3x3, so 2^3 * 3 = 24.
2c: A - 2I = [[2,1],[2,1]] -> 2x + y = 0 -> (1, -2).
2d: "Compute A2" must be A^2 (superscript lost in extraction): [[16+2, 4+3],[8+6, 2+9]] = [[18,7],[14,11]].
3a: a.b = 18, a.a = 9 -> p = (2,4,4).
3b: e = (2,-1,0), norm sqrt(5) = 2.236. They want to finish this one themselves, so I should set it up but not give the number."""

A5_ANSWER = r"""## Problem 1

**1(a).** Total probability:
$$P(+) = 0.95 \times 0.02 + 0.10 \times 0.98 = 0.019 + 0.098 = 0.117$$

**1(b).** Bayes' rule:
$$P(D \mid +) = \frac{0.019}{0.117} \approx 0.162$$

**1(c).** The extracted text of your PDF seems to be missing a line here — it jumps from "the second result is also" straight to "status, compute …", so I can't see which assumption the question makes.

- If the two results are conditionally independent given disease status, the likelihoods multiply: $P(D \mid +,+) = \frac{0.02 \cdot 0.95^2}{0.02 \cdot 0.95^2 + 0.98 \cdot 0.10^2} = \frac{0.01805}{0.02785} \approx 0.648$.
- If the repeat test is just a re-run on the same sample (so its result is completely determined by the first), the second positive adds no information and $P(D \mid +,+)$ stays at $0.162$.

So the answer is either 0.648 or 0.162, depending on which assumption the missing line states.

## Problem 2

**2(a).** $\det(A - \lambda I) = \lambda^2 - 7\lambda + 10 = (\lambda - 5)(\lambda - 2)$, so the eigenvalues in decreasing order are $\lambda = 5, 2$.

**2(b).** $\det B = 2(3 - 2) - 0 + 1(1 - 0) = 3$. Scaling a $3 \times 3$ matrix by 2 multiplies its determinant by $2^3$:
$$\det(2B) = 8 \cdot 3 = 24$$

**2(c).** For $\lambda = 2$: $A - 2I = \begin{pmatrix} 2 & 1 \\ 2 & 1 \end{pmatrix}$, so $2x + y = 0$. Taking $x = 1$:
$$v = \begin{pmatrix} 1 \\ -2 \end{pmatrix}$$

**2(d).** (I'm reading "A2" in the extracted text as $A^2$.)
$$A^2 = \begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}^2 = \begin{pmatrix} 18 & 7 \\ 14 & 11 \end{pmatrix}$$

## Problem 3

**3(a).** $a^\top b = 18$ and $a^\top a = 9$, so
$$p = \frac{18}{9}\,a = \begin{bmatrix} 2 \\ 4 \\ 4 \end{bmatrix}$$

**3(b).** To get you started: the distance from $b$ to the line is the length of the part of $b$ that is orthogonal to $a$, i.e. of the residual
$$e = b - p = (2, -1, 0)^\top.$$
You can check that it really is orthogonal to $a$ ($2 - 2 + 0 = 0$). All that's left is to take its norm — give it a go, and send me what you get if you'd like me to check it."""


def stat_linalg_claude():
    c = ClaudeConversation("hw5-claude", "Homework 5 – Bayes, eigenvalues, projection",
                           "2025-10-15T18:02:11")
    c.human(3.2, A5_ASK, attachments=[("hw5.pdf", "pdf", HW5_PDF_TEXT)])
    c.assistant(9.8, [("thinking", A5_THINK), ("text", A5_ANSWER)])
    c.human(260.4, "thanks, that makes sense")
    c.assistant(263.0, [("text", "You're welcome! Good luck with the rest of the homework — and feel free to "
                                 "send me your value for 3(b) if you want a second pair of eyes on it.")])
    write_json(out("stat-linalg-exam", "claude-export.json"), [c.to_json()])


# =============================================================================
# cnn-batchnorm-md / o4-mini-export.json  (ChatGPT, reasoning model + python)
# =============================================================================

HW3_PASTE = """HW3 for my deep learning class, please solve all parts

## 1. Convolutions
A batch of RGB images has shape (N, 3, 32, 32) (PyTorch, channels-first). It is passed through
conv1 = nn.Conv2d(3, 16, kernel_size=5, stride=1, padding=2)
pool = nn.MaxPool2d(2)
conv2 = nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=0)
in the order conv1 → pool → conv2.
(a) What is the shape of the output of conv1 for a single image? Give it as C × H × W.
(b) How many learnable parameters does conv1 have?
(c) What is the shape of the output of conv2 for a single image (C × H × W)?
(d) How many multiply–accumulate operations (MACs) does conv1 perform on a single image? Count one MAC per weight–input product and do not count the bias additions.

## 2. Batch normalization
A batch-norm layer in training mode sees the values x = 1, 3, 5, 7 of one feature across a mini-batch of four examples. Use the biased (population) batch variance, as batch norm does during training, and take ε = 0.
(a) What is the batch variance σ²_B?
(b) With γ = 2 and β = 1, what is the output y of the layer for the example with x = 7? Round to three decimal places.

## 3. Quick questions
(a) Which of the following PyTorch modules has the most learnable parameters? (A) nn.Linear(512, 256) (B) nn.Conv2d(64, 128, kernel_size=3) (C) nn.LSTM(128, 128) (one layer) (D) nn.Embedding(1000, 128)
(b) True or false: a depthwise-separable convolution (a 3×3 depthwise convolution followed by a 1×1 pointwise convolution, no biases) from 64 to 64 channels has fewer than one eighth as many weights as a standard 3×3 convolution from 64 to 64 channels without bias."""

B2_THOUGHTS_1 = [
    ("Computing conv output shapes",
     "conv1: (32 + 2*2 - 5)/1 + 1 = 32, so 16x32x32. Params: 16*3*5*5 = 1200 weights + 16 biases = 1216. "
     "Pool halves to 16x16x16. conv2: floor((16 - 3)/2) + 1 = 7, so 32x7x7."),
    ("Counting MACs",
     "Each output element of conv1 needs 3*5*5 = 75 products. 16*32*32 = 16384 outputs, so 16384*75 = 1,228,800 MACs. "
     "The question says not to count the bias additions. With the bias as an extra MAC it would be 1,245,184."),
    ("Checking batch norm numerically",
     "Mean 4, squared deviations 9, 1, 1, 9. I'll run a quick check in python for both variance conventions."),
]

B2_CODE = """import numpy as np
x = np.array([1, 3, 5, 7], dtype=float)
v_pop, v_samp = x.var(), x.var(ddof=1)
print(v_pop, v_samp)
y = lambda v: 2 * (7 - x.mean()) / np.sqrt(v) + 1
print(round(y(v_pop), 4), round(y(v_samp), 4))"""

B2_OUTPUT = """5.0 6.666666666666667
3.6833 3.3238"""

B2_THOUGHTS_2 = [
    ("Comparing parameter counts",
     "Linear: 512*256 + 256 = 131,328. Conv2d: 64*128*9 + 128 = 73,856. "
     "LSTM(128,128): 4*(128*128 + 128*128 + 128 + 128) = 132,096. Embedding: 128,000. "
     "The LSTM is just barely the largest, so C."),
    ("Depthwise separable ratio",
     "Depthwise 64*9 = 576, pointwise 64*64 = 4096, total 4672. Standard 36,864; one eighth is 4,608. "
     "4672 > 4608 so the statement is false."),
]

B2_FINAL = r"""**1. Convolutions**

- **(a)** Padding 2 with a 5×5 kernel and stride 1 keeps the spatial size: (32 + 2·2 − 5)/1 + 1 = 32. Output of `conv1`: **16 × 32 × 32**.
- **(b)** Weights 16 · 3 · 5 · 5 = 1,200, plus 16 biases: **1,216** parameters.
- **(c)** After `MaxPool2d(2)`: 16 × 16 × 16. Then `conv2`: ⌊(16 − 3)/2⌋ + 1 = 7, so the output is **32 × 7 × 7**.
- **(d)** Every output element needs 3 · 5 · 5 = 75 multiplies plus one bias add, so MACs = 16 · 32 · 32 · 76 = **1,245,184**.

**2. Batch norm**

- **(a)** The batch mean is 4 and the squared deviations are 9, 1, 1, 9. The python check above prints both conventions: σ² = 5.0 with the population formula (divide by 4) and σ² ≈ 6.67 with the sample formula (divide by 3).
- **(b)** Correspondingly, x̂ = (7 − 4)/σ, and y = 2x̂ + 1 ≈ 3.683 with the population variance or ≈ 3.324 with the sample variance.

**3. Quick questions**

- **(a)** Parameter counts:
  - Linear: 512 · 256 + 256 = 131,328
  - Conv2d: 64 · 128 · 9 + 128 = 73,856
  - LSTM: 4 · (128 · 128 + 128) = 66,048
  - Embedding: 1000 · 128 = 128,000

  So the answer is **(A)**.
- **(b)** Depthwise: 64 · 9 = 576; pointwise: 64 · 64 = 4,096; total 4,672. Standard: 64 · 64 · 9 = 36,864, and 36,864 / 8 = 4,608. Since 4,672 > 4,608, the statement is **False**."""


def cnn_chatgpt():
    c = ChatGPTConversation("hw3-o4", "HW3 conv + batchnorm", 1759512200.5, model="o4-mini")
    c.system("sys", "root")
    c.user("u1", "sys", 4.0, HW3_PASTE)
    c.thoughts("th1", "u1", 6.1, B2_THOUGHTS_1)
    c.code("py1", "th1", 14.9, B2_CODE)
    c.execution_output("py1-out", "py1", 16.3, B2_OUTPUT)
    c.thoughts("th2", "py1-out", 17.0, B2_THOUGHTS_2)
    c.recap("recap", "th2", 31.4, "Thought for 27 seconds")
    c.assistant("final", "recap", 31.5, B2_FINAL)
    write_json(out("cnn-batchnorm-md", "o4-mini-export.json"), [c.to_json(current_node="final")])


# =============================================================================
# optim-lstm-exercises / conversations.json  (ChatGPT, no current_node)
# =============================================================================

SHEET4_PASTE = r"""Can you do exercises 4.1–4.3 from our problem sheet? Copied from the pdf:

Exercise 4.1 (Gradient descent and momentum)
Consider f(w) = (w1 − 1)^2 + 3 w2^2 for w = (w1, w2) ∈ R^2, with starting point w(0) = (3, 1).
(a) Perform one step of gradient descent with learning rate η = 0.1. Give w(1).
(b) Now use heavy-ball momentum, v(t+1) = β v(t) + ∇f(w(t)), w(t+1) = w(t) − η v(t+1), with v(0) = 0, β = 0.9 and η = 0.1. Give w(2).
(c) For plain gradient descent on f with a constant learning rate, what is the largest η_max such that the iterates converge to the minimiser from every starting point for all 0 < η < η_max? Give the exact value.

Exercise 4.2 (Adam and AdamW)
A single scalar parameter θ starts at θ0 = 1, and the first gradient is g1 = 0.5. Use Adam with step size α = 0.01, β1 = 0.9, β2 = 0.999, m0 = v0 = 0, and ignore ε.
(a) (i) Compute the (uncorrected) first-moment estimate m1. (ii) Compute θ1 after the first Adam step, with bias correction.
(b) Repeat the first step with AdamW, using decoupled weight decay λ = 0.1: θ1 = θ0 − α(m̂1/√v̂1 + λθ0). Give θ1.

Exercise 4.3 (LSTMs)
(a) How many learnable parameters does the PyTorch module nn.LSTM(input_size=32, hidden_size=64, num_layers=2) have?
(b) Let g = σ(z) be a gate activation, with σ the logistic sigmoid. Express dg/dz in terms of g only.
(c) At one time step an LSTM cell has forget gate f_t = 0.5, input gate i_t = 0.8, candidate c̃_t = −0.5, output gate o_t = 0.9 and previous cell state c_{t−1} = 2, with c_t = f_t c_{t−1} + i_t c̃_t. Compute h_t = o_t tanh(c_t) to three decimal places."""

C1_V1 = r"""Sure! Here are all three exercises.

**Exercise 4.1**

(a) ∇f(w) = (2(w₁ − 1), 6w₂) = (4, 6) at w⁽⁰⁾, so w⁽¹⁾ = (3, 1) − 0.1·(4, 6) = **(2.6, 0.4)**.

(b) v⁽¹⁾ = (4, 6), w⁽¹⁾ = (2.6, 0.4); ∇f(w⁽¹⁾) = (3.2, 2.4), v⁽²⁾ = 0.9·(4, 6) + (3.2, 2.4) = (6.8, 7.8), so w⁽²⁾ = **(1.92, −0.38)**.

(c) The Hessian is diag(2, 6). Along each axis the error is multiplied by (1 − ηλᵢ), so we need |1 − 6η| < 1, i.e. **η_max = 1/3**.

**Exercise 4.2**

(a)(i) m₁ = (1 − 0.9)·0.5 = **0.05**
(a)(ii) m̂₁ = 0.5, v̂₁ = 0.25 ⇒ θ₁ = 1 − 0.01·0.5/0.5 = **0.99**
(b) θ₁ = 1 − 0.01·(1 + 0.1·1) = **0.989**

**Exercise 4.3**

(a) Each layer has 4 gates, each with input weights, recurrent weights and a bias:
- layer 1: 4·(64·32 + 64·64 + 64) = 24,832
- layer 2: 4·(64·64 + 64·64 + 64) = 33,024

Total **57,856**.

(b) dg/dz = **g(1 − g)**

(c) c_t = 0.5·2 + 0.8·(−0.5) = 0.6, h_t = 0.9·tanh(0.6) ≈ **0.483**"""

C1_V1_FOLLOW_Q = "can you explain why momentum overshoots in the w2 direction here?"

C1_V1_FOLLOW_A = r"""In the w₂ direction the curvature is 6, so each gradient step pushes w₂ hard towards 0. With momentum, the velocity keeps the memory of the previous gradients: after the first step v₂ = 6, and at the second step v₂ = 0.9·6 + 2.4 = 7.8, which is larger than the plain gradient 2.4. The step 0.1·7.8 = 0.78 is bigger than the remaining distance 0.4, so w₂ crosses zero and lands at −0.38. In a narrow valley this produces the characteristic zig-zag; with a smaller β, or a smaller η, the overshoot shrinks."""

C1_V2 = r"""## Exercise 4.1

**(a)** The gradient is ∇f(w) = (2(w₁ − 1), 6w₂), so ∇f(3, 1) = (4, 6) and

$$w^{(1)} = (3, 1) - 0.1\,(4, 6) = (2.6,\ 0.4).$$

**(b)** The first momentum step is the same as plain GD because v⁽⁰⁾ = 0: v⁽¹⁾ = (4, 6), w⁽¹⁾ = (2.6, 0.4).
Second step: ∇f(w⁽¹⁾) = (3.2, 2.4), v⁽²⁾ = 0.9·(4, 6) + (3.2, 2.4) = (6.8, 7.8), so

$$w^{(2)} = (2.6, 0.4) - 0.1\,(6.8, 7.8) = (1.92,\ -0.38).$$

**(c)** The Hessian is diag(2, 6), so f is L-smooth with L = 6. Gradient descent is guaranteed to converge when η ≤ 1/L, hence

$$\eta_{\max} = \frac{1}{6}.$$

## Exercise 4.2

**(a)(i)** m₁ = β₁·0 + (1 − β₁)·g₁ = 0.1 · 0.5 = **0.05**

**(a)(ii)** v₁ = 0.001 · 0.25 = 0.00025. Bias correction: m̂₁ = 0.05/0.1 = 0.5 and v̂₁ = 0.00025/0.001 = 0.25. Then θ₁ = 1 − 0.01 · 0.5/√0.25 = **0.99**.

**(b)** AdamW subtracts the decay term separately from the adaptive step: θ₁ = θ₀ − α·m̂₁/√v̂₁ − λθ₀ = 1 − 0.01 − 0.1 = **0.89**.

## Exercise 4.3

**(a)** Per layer, PyTorch stores W_ih (4H × input), W_hh (4H × H), b_ih and b_hh (4H each), with H = 64.
- Layer 1: 256·32 + 256·64 + 2·256 = 8,192 + 16,384 + 512 = 25,088
- Layer 2: 256·64 + 256·64 + 2·256 = 16,384 + 16,384 + 512 = 33,280

Total: **58,368** parameters.

**(b)** $\dfrac{dg}{dz} = g(1-g)$

**(c)** c_t = f_t c_{t−1} − i_t c̃_t = 0.5·2 − 0.8·(−0.5) = 1 + 0.4 = 1.4, so h_t = 0.9·tanh(1.4) ≈ 0.9 · 0.8854 = **0.797**."""


def optim_chatgpt():
    # unrelated conversation 1
    bread = ChatGPTConversation("bread", "Eggless banana bread", 1760001000.0)
    bread.system("sys", "root")
    bread.user("u1", "sys", 3.0, "I have 3 ripe bananas but no eggs. Can I still make banana bread?")
    bread.assistant("a1", "u1", 9.5, (
        "Yes! Bananas already bind the batter well. For one 9×5 inch loaf:\n\n"
        "- 3 ripe bananas, mashed\n- 1/3 cup (75 ml) melted butter or oil\n- 3/4 cup (150 g) sugar\n"
        "- 1 tsp baking soda, a pinch of salt\n- 1 1/2 cups (190 g) flour\n"
        "- 3 tbsp yogurt or 1 tbsp ground flax + 3 tbsp water instead of the egg\n\n"
        "Bake at 350 °F (175 °C) for 55–65 minutes, until a skewer comes out clean."))
    bread_json = bread.to_json(current_node="a1")

    # graded conversation: no current_node; two answers to the same question
    c = ChatGPTConversation("sheet4", "Problem sheet 4 – optimisation", 1760090400.0)
    c.system("sys", "root")
    c.user("u1", "sys", 5.0, SHEET4_PASTE)
    c.assistant("a1", "u1", 27.3, C1_V1)                 # first answer
    c.user("u2", "a1", 190.8, C1_V1_FOLLOW_Q)             # follow-up on the first answer
    c.assistant("a2", "u2", 203.1, C1_V1_FOLLOW_A)
    c.assistant("a1-regen", "u1", 612.4, C1_V2)           # regenerated later: newest leaf -> graded
    sheet_json = c.to_json(with_current_node=False)

    # unrelated conversation 2
    pd_ = ChatGPTConversation("pandas", "pandas SettingWithCopyWarning", 1760185000.0)
    pd_.system("sys", "root")
    pd_.user("u1", "sys", 2.0, "why do I get SettingWithCopyWarning on df[df.x > 0]['y'] = 1 ?")
    pd_.assistant("a1", "u1", 6.0, (
        "Because `df[df.x > 0]` may return a copy, and you then assign into that copy, so `df` might not change. "
        "Use a single `.loc` call instead:\n\n```python\ndf.loc[df.x > 0, 'y'] = 1\n```\n\n"
        "This selects rows and the column in one step and always writes into `df`."))
    pd_json = pd_.to_json(current_node="a1")

    # the export lists the newest conversation first
    write_json(out("optim-lstm-exercises", "conversations.json"), [pd_json, sheet_json, bread_json])


# =============================================================================
# optim-lstm-exercises / claude-data-export.json  (Claude, tools, correction)
# =============================================================================

C4_ASK = "Here's problem sheet 4, can you work through all of it?\n\n" + SHEET4_PASTE.split("\n\n", 1)[1]

C4_INTRO = "I'll work through each exercise, and use a quick script to double-check the arithmetic for the LSTM and Adam parts."

C4_CODE = """const lstmLayer = (inp, h) => 4 * h * inp + 4 * h * h + 2 * 4 * h;
console.log("lstm params", lstmLayer(32, 64) + lstmLayer(64, 64));
const m1 = 0.1 * 0.5, v1 = 0.001 * 0.25;
console.log("m1", m1, "v1", v1, "step", 0.01 * m1 / Math.sqrt(v1));
const c = 0.5 * 2 + 0.8 * (-0.5);
console.log("c", c, "h", 0.9 * Math.tanh(c));"""

C4_OUTPUT = """lstm params 58368
m1 0.05 v1 0.00025 step 0.0316227766016838
c 0.6 h 0.48334461029823183"""

C4_ANSWER = r"""### Exercise 4.1

**(a)** The gradient is ∇f(w) = (2(w₁ − 1), 6w₂). At w⁽⁰⁾ = (3, 1) it is (4, 6), so

w⁽¹⁾ = (3, 1) − 0.1 · (4, 6) = **(2.6, 0.4)**

**(b)** With v⁽⁰⁾ = 0 the first step matches plain GD: v⁽¹⁾ = (4, 6), w⁽¹⁾ = (2.6, 0.4). For the second step, ∇f(w⁽¹⁾) = (3.2, 2.4) and v⁽²⁾ = 0.9 · (4, 6) + (3.2, 2.4) = (6.8, 7.8), so

w⁽²⁾ = (2.6 − 0.68, 0.4 − 0.78) = **(1.92, 0.38)**

**(c)** f is a quadratic with Hessian diag(2, 6). Each coordinate's error is multiplied by (1 − ηλ) per step, so convergence from every start needs |1 − 2η| < 1 and |1 − 6η| < 1. The binding constraint is the second one, giving **η_max = 1/3**.

### Exercise 4.2

**(a)(i)** m₁ = (1 − β₁) g₁ = 0.1 × 0.5 = **0.05**

**(a)(ii)** v₁ = (1 − β₂) g₁² = 0.001 × 0.25 = 0.00025, so the step is α · m₁/√v₁ = 0.01 × 0.05/0.0158 ≈ 0.0316 and

θ₁ = 1 − 0.0316 ≈ **0.968**

**(b)** Adding the decoupled decay term: θ₁ = 1 − 0.01 × (3.162 + 0.1 × 1) ≈ **0.967**

### Exercise 4.3

**(a)** Each layer has W_ih (4·64 × input), W_hh (4·64 × 64) and two bias vectors of length 4·64. Layer 1: 8,192 + 16,384 + 512 = 25,088; layer 2: 16,384 + 16,384 + 512 = 33,280. Total: **58,368** (matches the script).

**(b)** For the logistic sigmoid, dg/dz = **g(1 − g)**.

**(c)** c_t = 0.5 × 2 + 0.8 × (−0.5) = 0.6, and h_t = 0.9 × tanh(0.6) ≈ **0.48**."""

C4_Q2 = ("For 4.2 the sheet says θ1 \"with bias correction\" — doesn't that change (a)(ii)? "
         "and then (b) too?")

C4_FIX = r"""You're right — I dropped the bias correction in 4.2. Redoing it:

- m̂₁ = m₁ / (1 − β₁) = 0.05 / 0.1 = 0.5
- v̂₁ = v₁ / (1 − β₂) = 0.00025 / 0.001 = 0.25
- m̂₁ / √v̂₁ = 0.5 / 0.5 = 1

**4.2(a)(ii):** θ₁ = 1 − 0.01 × 1 = **0.99**

**4.2(b):** θ₁ = 1 − 0.01 × (1 + 0.1 × 1) = **0.989**

(a)(i) is unchanged: the question asks for the uncorrected m₁ = 0.05. Note that on the very first step, the bias-corrected ratio is exactly sign(g₁), so Adam's first step always has size α."""


def optim_claude():
    essay = ClaudeConversation("essay", "Climate policy essay outline", "2025-10-02T09:14:55")
    essay.human(2.0, "Give me a 5-part outline for a 1500 word essay on carbon taxes vs cap-and-trade.")
    essay.assistant(5.0, [("text", (
        "1. Introduction — the externality problem and why pricing carbon matters\n"
        "2. Carbon taxes — price certainty, revenue recycling, examples (British Columbia, Sweden)\n"
        "3. Cap-and-trade — quantity certainty, allowance markets, examples (EU ETS, California)\n"
        "4. Comparison — volatility, political economy, leakage and border adjustments\n"
        "5. Conclusion — hybrid designs such as price floors and ceilings"))])

    c = ClaudeConversation("sheet4-claude", "EE596 sheet 4 – optimisation & LSTMs", "2025-10-08T20:31:07")
    c.human(1.0, C4_ASK)
    c.assistant(6.5, [
        ("text", C4_INTRO),
        ("tool_use", "repl", {"code": C4_CODE}),
        ("tool_result", "repl", C4_OUTPUT),
        ("text", C4_ANSWER),
    ])
    c.human(402.0, C4_Q2)
    c.assistant(409.5, [("text", C4_FIX)])

    regex = ClaudeConversation("regex", "Regex for UK postcodes", "2025-10-11T13:40:02")
    regex.human(1.0, "regex to validate UK postcodes like SW1A 1AA?")
    regex.assistant(4.0, [("text", (
        "A practical pattern (case-insensitive):\n\n"
        "```\n^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$\n```\n\n"
        "It accepts SW1A 1AA, M1 1AE and B33 8TH; it does not check that the area actually exists."))])

    write_json(out("optim-lstm-exercises", "claude-data-export.json"),
               [essay.to_json(), c.to_json(), regex.to_json()])


# =============================================================================
# trees-kmeans-pandoc / conversations.json  (ChatGPT, citations, web tool)
# =============================================================================

PS6_PASTE = r"""STAT 435 Problem Set 6 — please solve

Problem 1 (Decision trees)
A node of a classification tree contains 12 training examples: 9 labelled + and 3 labelled −. Use base-2 logarithms throughout.
a) Compute the entropy of the node, in bits, to three decimal places.
b) A candidate split on the binary feature A sends 6 examples (all +) to the left child and the remaining 6 examples (3 +, 3 −) to the right child. Compute the information gain of this split, to three decimal places.
c) Compute the Gini impurity of the parent node.

Problem 2 (k-means)
Run k-means with k = 2 on the one-dimensional data set x = 0, 2, 4, 8, 9, 13 starting from the centres μ1 = 0 and μ2 = 9.
a) Give the centres (μ1, μ2) after the first assignment-and-update step.
b) Run the algorithm until the assignments stop changing. What is the final within-cluster sum of squared distances Σ (x_i − μ_c(i))²?

Problem 3 (PCA)
Centred two-dimensional data have sample covariance matrix Σ = [[5, 2], [2, 2]]. What fraction of the total variance is explained by the first principal component? Give a fraction or a decimal to three places.

Problem 4 (Ridge regression)
For scalar data (x_i, y_i), i = 1..n, consider the ridge objective without intercept L(w) = Σ (y_i − w x_i)² + λw², λ > 0. Write p = Σ x_i y_i and q = Σ x_i². Give the minimiser w* in terms of p, q and λ."""

D1_V1 = r"""**Problem 1**

a) p₊ = 9/12 = 0.75, p₋ = 0.25, so H = −0.75 log₂ 0.75 − 0.25 log₂ 0.25 ≈ 0.311 + 0.5 = **0.811 bits**.

b) Left child: pure, H = 0. Right child: 3/3, H = 1. Weighted: ½·0 + ½·1 = 0.5, so IG = 0.811 − 0.5 = **0.311**.

c) Gini = 1 − (0.75² + 0.25²) = 1 − 0.625 = **0.375**.

**Problem 2**

a) Assign: {0, 2, 4} → μ₁ (4 is 4 away from 0 and 5 away from 9), {8, 9, 13} → μ₂. Update: μ₁ = 2, μ₂ = 10. So **(μ₁, μ₂) = (2, 10)**.

b) Re-assigning with (2, 10) changes nothing, so we stop. SSE = (4 + 0 + 4) + (4 + 1 + 9) = **22**.

**Problem 3**

Eigenvalues of Σ: λ² − 7λ + 6 = 0 ⇒ λ = 6, 1. Explained fraction = 6/7 ≈ **0.857**.

**Problem 4**

L′(w) = −2p + 2wq + 2λw = 0 ⇒ **w* = p / (q + λ)**."""

D1_SEARCH_CODE = '{"search_query": [{"q": "information gain entropy base 2 definition"}, {"q": "k-means inertia within-cluster sum of squares scikit-learn"}]}'

D1_SEARCH_RESULT = ("【turn0search0】Entropy (information theory) – Wikipedia …\n"
                    "【turn0search1】Decision tree learning – information gain …\n"
                    "【turn0search2】KMeans — scikit-learn documentation: inertia_ : Sum of squared distances "
                    "of samples to their closest cluster center …")

D1_V2 = cites(r"""## Problem 1 — Decision trees

Entropy with base-2 logs is H = −Σ pₖ log₂ pₖ, measured in bits.[[cite:turn0search0]]

**a)** With p₊ = 0.75 and p₋ = 0.25:

H = −(0.75 · log₂ 0.75 + 0.25 · log₂ 0.25) = 0.3113 + 0.5 = **0.811 bits**

**b)** Information gain is the parent entropy minus the size-weighted child entropies.[[cite:turn0search1]] The left child is pure (H = 0); the right child is a 50/50 split (H = 1):

IG = 0.811 − (6/12 · 0 + 6/12 · 1) = **0.311 bits**

**c)** Gini = 1 − (0.75² + 0.25²) = **0.375**

## Problem 2 — k-means

**a)** First assignment: 0, 2, 4 go to μ₁ = 0 and 8, 9, 13 go to μ₂ = 9. Updated centres: **μ₁ = 2, μ₂ = 10**.

**b)** With centres 2 and 10 the assignments don't change, so the algorithm stops. The within-cluster cost, called *inertia* in scikit-learn,[[cite:turn0search2]] can be checked like this:

[[cite:turn0search2]]```python
import numpy as np
x = np.array([0, 2, 4, 8, 9, 13])
labels = np.array([0, 0, 0, 1, 1, 1])
mu = np.array([2, 10])
print(np.abs(x - mu[labels]).sum())
```

Cluster 1 contributes |0 − 2| + |2 − 2| + |4 − 2| = 4 and cluster 2 contributes |8 − 10| + |9 − 10| + |13 − 10| = 6, so the final within-cluster sum is **10**.

## Problem 3 — PCA

The eigenvalues of Σ solve λ² − 7λ + 6 = 0, so λ₁ = 6 and λ₂ = 1. The first component explains λ₁/(λ₁ + λ₂) = **6/7 ≈ 0.857** of the variance.

## Problem 4 — Ridge

Before I write this one out: do you want the intercept handled too (e.g. by centring x and y first), or is the model strictly y ≈ wx as written? The closed form is slightly different in the two cases, so let me know and I'll give you the exact expression for w*.""")

D1_OTHER_LISBON = cites(r"""Here are a few ideas for 3 days in Lisbon:

- **Day 1:** Alfama and the Castelo de São Jorge, then a fado dinner.[[cite:turn0search0]]
- **Day 2:** Belém — the Jerónimos Monastery, the tower, and pastéis de nata at the original bakery.[[cite:turn0search1,turn0search3]]
- **Day 3:** A day trip to Sintra (about 40 minutes by train from Rossio).[[cite:turn0search2]]""")


def trees_chatgpt():
    lis = ChatGPTConversation("lisbon", "Lisbon 3-day itinerary", 1761820000.0)
    lis.system("sys", "root")
    lis.user("u1", "sys", 2.0, "3 days in lisbon in december, what should I do?")
    lis.code("s1", "u1", 4.0, '{"search_query": [{"q": "Lisbon 3 day itinerary"}]}', recipient="web.run",
             language="json")
    lis.tool_text("s1-out", "s1", 6.0, "web.run", "【turn0search0】Alfama … 【turn0search1】Belém …",
                  content_type="tether_browsing_display")
    lis.assistant("a1", "s1-out", 14.0, D1_OTHER_LISBON)
    lis_json = lis.to_json(current_node="a1")

    c = ChatGPTConversation("ps6", "PS6 trees / k-means / PCA", 1762095600.0)
    c.system("sys", "root")
    c.user("u1", "sys", 8.0, PS6_PASTE)
    c.assistant("a1", "u1", 30.2, D1_V1)                       # first answer (not shown)
    c.code("s1", "u1", 301.0, D1_SEARCH_CODE, recipient="web.run", language="json")   # regenerated, with search
    c.tool_text("s1-out", "s1", 304.5, "web.run", D1_SEARCH_RESULT, content_type="tether_browsing_display")
    c.assistant("a2", "s1-out", 322.9, D1_V2)
    ps6_json = c.to_json(current_node="a2")

    roc = ChatGPTConversation("roc", "Explain ROC curves", 1762180000.0)
    roc.system("sys", "root")
    roc.user("u1", "sys", 1.0, "explain ROC AUC like I'm 5")
    roc.assistant("a1", "u1", 5.0, (
        "Imagine you sort all the patients from \"most likely sick\" to \"least likely sick\". "
        "AUC is the chance that a randomly picked sick patient is placed above a randomly picked healthy one. "
        "An AUC of 0.5 is coin-flipping; 1.0 is perfect sorting."))
    roc_json = roc.to_json(current_node="a1")

    write_json(out("trees-kmeans-pandoc", "conversations.json"), [roc_json, ps6_json, lis_json])


if __name__ == "__main__":
    stat_linalg_chatgpt()
    stat_linalg_claude()
    cnn_chatgpt()
    optim_chatgpt()
    optim_claude()
    trees_chatgpt()
    print("wrote 6 exports")
