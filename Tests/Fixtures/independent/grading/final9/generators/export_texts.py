"""Conversation texts for make_exports.py (one function per export file)."""

S1 = "s1-bayes-linalg/transcripts/"
S2 = "s2-lstm-backprop/transcripts/"
S3 = "s3-trees-kmeans-pca/transcripts/"

HW3_PASTE = """STAT 2410 Homework 3

1. A screening test for a rare condition D is used on a population in which 2% of people have the condition. The test has sensitivity 95% (P(T+ | D) = 0.95) and a false-positive rate of 4% (P(T+ | not D) = 0.04).
(a) What is P(T+)?
(b) A person tests positive. What is P(D | T+)? Three decimal places.
(c) Tested again, positive again; the results are conditionally independent given disease status. P(D | T1+, T2+) to three decimal places.

2. A = [[4, 1], [2, 3]], v = (2, 1, 2), u = (1, 1, 0).
(a) Eigenvalues of A in increasing order.
(b) det(2A).
(c) Orthogonal projection of v onto span{u}.
(d) The 2x2 matrix P projecting R^2 orthogonally onto the line spanned by (1, 2)^T.

3. Which one is positive definite? A. [[1,2],[2,1]] B. [[2,-1],[-1,2]] C. [[0,1],[1,0]] D. [[1,0],[0,-1]]"""


def s1_chatgpt(GPT, uid, CITE):
    c = GPT("s1-gpt", "STAT 2410 HW3 Bayes + linear algebra", 1760468410.512)
    u = c.user(HW3_PASTE + "\n\nsolve all of it pls")
    # first attempt (later regenerated, not on the graded branch)
    c.thoughts([("Setting up Bayes", "P(T+) = 0.0582, posterior 0.019/0.0582 = 0.33 roughly.")], parent=u)
    c.recap("Thought for 6 seconds")
    c.say("""**1(a)** $P(T^+) = 0.0582$

**1(b)** $P(D\\mid T^+) \\approx 0.33$

**1(c)** $\\approx 0.92$

**2(a)** $\\lambda \\in \\{2, 5\\}$  **2(b)** $40$  **2(c)** $(1.5, 1.5, 0)$  **2(d)** $\\tfrac15\\begin{bmatrix}1&2\\\\2&4\\end{bmatrix}$

**3** (B)""")
    # regenerated answer: the graded branch
    c.thoughts([("Computing total probability", "Positive rate: 0.95*0.02 + 0.04*0.98."),
                ("Checking eigenvalues", "trace 7, det 10, roots 2 and 5. det(2A) ... scale by 2.")], parent=u, dt=95.0)
    c.recap("Thought for 14 seconds")
    c.say("""Here's a complete solution.

## Problem 1 — Screening test

Let $D$ = has the condition, $T^+$ = positive test. We know $P(D) = 0.02$, $P(T^+\\mid D) = 0.95$, $P(T^+\\mid \\neg D) = 0.04$.

### (a)

$$P(T^+) = 0.95 \\cdot 0.02 + 0.04 \\cdot 0.98 = 0.019 + 0.0392 = 0.0582$$

So $P(T^+) = 0.0582$.

### (b)

$$P(D \\mid T^+) = \\frac{0.019}{0.0582} \\approx 0.326$$

This is the classic base-rate effect: most positives are false positives when the condition is rare""" + CITE.format(0) + """.

### (c)

Conditional independence means the likelihoods multiply:

$$P(D\\mid T_1^+,T_2^+) = \\frac{0.95^2\\cdot 0.02}{0.95^2 \\cdot 0.02 + 0.04 \\cdot 0.98} = \\frac{0.01805}{0.05725} \\approx 0.315$$

Wait — that denominator uses $0.04$ for the healthy group, but for two positive tests it should be $0.04^2 = 0.0016$. Let me recompute:

$$\\frac{0.01805}{0.01805 + 0.0016\\cdot 0.98} = \\frac{0.01805}{0.019618} \\approx 0.920$$

So $P(D \\mid T_1^+, T_2^+) \\approx 0.920$.

## Problem 2 — Linear algebra

### (a)

$\\det(A - \\lambda I) = (4-\\lambda)(3-\\lambda) - 2 = \\lambda^2 - 7\\lambda + 10 = (\\lambda-2)(\\lambda-5)$

Eigenvalues: **2, 5**

### (b)

Multiplying the matrix by 2 multiplies the determinant by 2:

det(2A) = 2 · det(A) = 2 · 10 = **20**

### (c)

$$\\text{proj}_u v = \\frac{v\\cdot u}{\\|u\\|^2}u = \\frac{3}{2}(1,1,0) = (1.5,\\ 1.5,\\ 0)$$

### (d)

With $w = (1,2)^\\top$, the projection onto the line is the outer product

$$P = w w^\\top = \\begin{bmatrix} 1 & 2 \\\\ 2 & 4 \\end{bmatrix}$$

## Problem 3

Eigenvalues: A → 3, −1; B → 1, 3; C → 1, −1; D → 1, −1. Only **B** has both eigenvalues positive, so the answer is **(B)**.""")
    c.user("why is B positive definite exactly? is there a way without eigenvalues", dt=240.0)
    c.say("""Yes — for a symmetric $2\\times2$ matrix you can use **Sylvester's criterion**: it is positive definite iff the leading principal minors are positive""" + CITE.format(1) + """.

For option B: the top-left entry is $2 > 0$ and $\\det = 2\\cdot 2 - (-1)(-1) = 3 > 0$, so B is positive definite. You can also check directly that $x^\\top B x = 2x_1^2 - 2x_1x_2 + 2x_2^2 = x_1^2 + x_2^2 + (x_1 - x_2)^2 > 0$ for $x \\ne 0$.""")
    return [c.export()]


def s1_claude(Claude, uid):
    c = Claude("s1-claude", "Homework 3 probability and matrices", 24998400.0)
    c.msg("human", [("text", "Can you solve the attached homework? Please show the steps, I want to understand it.")],
          attachments=[("stat2410_hw3.pdf", HW3_PASTE, "pdf")])
    c.msg("assistant", [
        ("thinking", "Bayes first. Prior 0.02, sens 0.95, fpr 0.04. Posterior for one test ~0.33. For two tests, multiply sensitivities. Let me run the numbers in the REPL to avoid slips. Then eigenvalues 2 and 5, det(2A)=4*10.", "Planning the Bayes computations"),
        ("tool_use", "prior, sens, fpr = 0.02, 0.95, 0.04\np_pos = prior*sens + (1-prior)*fpr\npost1 = prior*sens / p_pos\npost2 = prior*sens**2 / (prior*sens**2 + (1-prior)*fpr)\nprint(round(p_pos, 5), round(post1, 5), round(post2, 5))"),
        ("tool_result", "0.0582 0.32646 0.31528"),
        ("text", """I'll work through each question in turn.

## Question 1: Bayes' rule

**(a) Probability of a positive test.** By the law of total probability:

P(T+) = P(T+|D)·P(D) + P(T+|¬D)·P(¬D) = 0.95 × 0.02 + 0.04 × 0.98 = 0.019 + 0.0392 = **0.0582**

**(b) Posterior after one positive.**

P(D|T+) = 0.019 / 0.0582 ≈ **0.326**

So even after a positive result, the chance of actually having the condition is only about 33%.

**(c) Two positive results.** Under conditional independence the sensitivity enters twice:

P(D|T1+, T2+) = (0.95² × 0.02) / (0.95² × 0.02 + 0.04 × 0.98) = 0.01805 / 0.05725 ≈ **0.315**

## Question 2: Linear algebra

**(a)** The characteristic polynomial is λ² − 7λ + 10 = (λ − 2)(λ − 5), so the eigenvalues are **2 and 5**.

**(b)** For a 2 × 2 matrix, det(cA) = c²·det(A), so det(2A) = 4 × 10 = **40**.

**(c)** The projection of v onto u is (v·u / u·u) u. Here v·u = 3 and u·u = 2, so

proj_u(v) = (3/2)(1, 1, 0) = **(1.5, 1.5, 0)**

**(d)** For the line spanned by w = (1, 2)ᵀ, P = wwᵀ / (wᵀw) = (1/5)·[[1, 2], [2, 4]]:

P = [[0.2, 0.4], [0.4, 0.8]]

## Question 3: Positive definiteness

Only **(B)** has both eigenvalues positive (1 and 3); A, C and D each have an eigenvalue of −1.

## Summary

| Part | Answer |
|------|--------|
| 1(a) | 0.0582 |
| 1(b) | 0.326 |
| 1(c) | 0.315 |
| 2(a) | 2, 5 |
| 2(b) | 40 |
| 2(c) | (1.5, 0, 1.5) |
| 2(d) | [[0.2, 0.4], [0.4, 0.8]] |
| 3 | B |"""),
    ])
    return [c.export()]


SHEET4 = """DL-201 Problem Sheet 4
Exercise 4.1: lstm = nn.LSTM(input_size=32, hidden_size=64) (PyTorch, two bias vectors per layer)
(a) number of trainable parameters? (b) with num_layers=2? (c) input x of shape (10, 8, 32), batch_first=False: shape of output?
Exercise 4.2: a = x y, b = a + z, L = b^2, x = 2, y = -3, z = 4. (a) dL/dx (b) dL/dz (c) t = tanh(u): (i) dt/du in terms of t only (ii) dt/du at u = ln 2
Exercise 4.3: one Adam step, w0 = 1.0, g1 = 0.5, lr = 0.01, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 (negligible), usual bias correction. w1 to four decimals?"""


def s2_conversations(GPT, uid, CITE):
    a = GPT("s2-other-1", "Cover letter tweaks", 1762090011.0)
    a.user("can you make this sentence sound less stiff: 'I am writing to express my interest in the position of research intern.'")
    a.say("Sure! A few options:\n\n1. \"I'd love to join your team as a research intern.\"\n2. \"I'm excited to apply for the research internship.\"\n3. \"I'm applying for the research intern role because ...\" (then say why in the same sentence).")

    c = GPT("s2-gpt", "LSTM params, backprop, Adam", 1762448811.0)
    c.user(SHEET4)
    c.say("I'll verify the parameter counts with a quick script first.")
    c.code("import torch.nn as nn\nfor L in (1, 2):\n    m = nn.LSTM(input_size=32, hidden_size=64, num_layers=L)\n    print(L, sum(p.numel() for p in m.parameters()))")
    c.output("1 25088\n2 58368")
    c.say("""### Exercise 4.1

Per layer PyTorch stores `weight_ih` $(4h\\times d)$, `weight_hh` $(4h\\times h)$ and two biases of size $4h$.

- **(a)** $4\\cdot64\\cdot32 + 4\\cdot64\\cdot64 + 2\\cdot 4\\cdot 64 = 8192 + 16384 + 512 =$ **25,088**
- **(b)** the second layer adds $4\\cdot64\\cdot64\\cdot 2 + 512 = 33{,}280$, total **58,368** (matches the script above)
- **(c)** `output` has shape `(seq_len, batch, hidden)` = **(10, 8, 64)**

### Exercise 4.2

Forward: $a = -6$, $b = -2$, $L = 4$.

- **(a)** $\\dfrac{\\partial L}{\\partial x} = 2b \\cdot \\dfrac{\\partial b}{\\partial a}\\cdot\\dfrac{\\partial a}{\\partial x} = 2(-2)\\cdot 1 \\cdot 3 = -12$
- **(b)** $\\dfrac{\\partial L}{\\partial z} = 2b = -4$
- **(c)(i)** $\\dfrac{dt}{du} = 1 - t^2$
- **(c)(ii)** $t = \\tanh(\\ln 2) = 0.6 \\Rightarrow \\dfrac{dt}{du} = 1 - 0.36 = 0.64$

### Exercise 4.3

By hand: $\\hat m_1 = g_1 = 0.5$ and $\\hat v_1 = g_1^2 = 0.25$ after bias correction, so the step is $0.01 \\cdot 0.5/0.5 = 0.01$ and

$$w_1 = 0.9900$$

Let me double-check this one numerically too.""")
    c.code("w, g, lr, b1, b2, eps = 1.0, 0.5, 0.01, 0.9, 0.999, 1e-8\nm = (1-b1)*g\nv = (1-b2)*g*g\nw = w - lr*m/((v**0.5)+eps)\nprint(round(w, 6))")
    c.output("0.968377")
    c.say("""Hmm, the script prints **0.9684**, which doesn't match my hand calculation of **0.9900**. The difference is whether the moment estimates are divided by $(1-\\beta_1^t)$ and $(1-\\beta_2^t)$ before the step""" + CITE.format(2) + """ — so depending on that, $w_1$ is either 0.9900 or 0.9684.

Everything else above is unaffected.""")

    b = GPT("s2-other-2", "pandas groupby mean of two columns", 1762521011.0)
    b.user("how do I get the mean of 'loss' and 'acc' per 'epoch' in pandas")
    b.say("```python\ndf.groupby('epoch')[['loss', 'acc']].mean()\n```\n\nAdd `.reset_index()` if you want `epoch` back as a column.")
    return [b.export(), c.export(), a.export()]


def s2_no_current(GPT, uid, CITE):
    c = GPT("s2-nocur", "Sheet 4 LSTM + Adam", 1762351200.0, model="gpt-4o-mini")
    u = c.user(SHEET4 + "\n\nanswers only is fine but show the key step")
    # older answer (regenerated away)
    c.say("""**4.1 (a)** 4·(64·32 + 64·64 + 2·64) = 25,088
**4.1 (b)** 25,088 + 4·(64·64 + 64·64 + 2·64) = 58,368
**4.1 (c)** (10, 8, 64)
**4.2 (a)** ∂L/∂x = 2b·y = 12
**4.2 (b)** ∂L/∂z = 2b = −4
**4.2 (c)** (i) 1 − t², (ii) 0.64
**4.3** w₁ = 1 − 0.01·(0.5/0.5) = 0.9900""", parent=u)
    # regenerated answer, created later: the branch with the latest leaf
    c.say("""Here are the key steps.

**4.1**
- (a) Four gates, each with input weights, recurrent weights and two biases: 4 × (64·32 + 64·64 + 64 + 64) = 4 × 6272 = **25088**
- (b) Layer 2 sees 64-dim inputs: 4 × (64·64 + 64·64 + 128) = 33280, so the total is 25088 + 33280 = **58368**
- (c) batch_first=False keeps time first: output is **(10, 8, 64)**

**4.2**
- Forward pass: a = −6, b = −2, L = 4
- (a) ∂L/∂x = 2b · y = (−4)(−3) = **12**
- (b) ∂L/∂z = ∂L/∂b · ∂b/∂z = −2·b = **4**
- (c)(i) dt/du = **1 − t²**
- (c)(ii) tanh(ln 2) = 3/5, so dt/du = 1 − 9/25 = **16/25 = 0.64**

**4.3** — I'll do the Adam step in the next message if you'd like; it needs a couple of lines of bias-correction algebra.""", parent=u, dt=140.0)
    return [c.export(current=False)]


WS6 = """COMP 3361 Worksheet 6

Question 1: A node holds 16 training examples, 12 labelled + and 4 labelled −. A binary feature A splits them as follows:
A # + # −
0 7 1
1 5 3
a) entropy (bits) at the node  b) information gain of splitting on A  c) Gini impurity at the node

Question 2: k-means with k = 2 on (1,1), (2,1), (4,3), (5,4), (1,2); initial c1 = (1,1), c2 = (5,4).
a) new c2 after one assignment step and one update step  b) with those assignments, within-cluster sum of squared distances to the updated centroids (exact fraction)

Question 3: zero-mean data with covariance [[3, 1], [1, 3]].
a) fraction of total variance explained by the first principal component (exact)  b) true or false: the first principal direction is (1, −1)/√2

(log base 2, decimals to three places)"""


def s3_chatgpt(GPT, uid, CITE):
    c = GPT("s3-gpt", "Worksheet 6 trees kmeans pca", 1762957355.25)
    u = c.user(WS6)
    c.say("""**1a)** H = 0.811 bits  **1b)** IG = 0.062 bits  **1c)** Gini = 0.375
**2a)** c₂ = (4.5, 3.5)  **2b)** 7/3
**3a)** 2/3  **3b)** False""", parent=u)
    c.say("""Let's go through it.

## Question 1

a) With p₊ = 12/16 = 0.75:

$$H = -0.75\\log_2 0.75 - 0.25\\log_2 0.25 = 0.811\\ \\text{bits}$$

b) The split table came through flattened (`A # + # − 0 7 1 1 5 3`), and I don't want to guess which numbers belong to which branch. Could you confirm the counts for A = 0 and A = 1? Then I'll compute the gain.

c) Gini impurity:

$$G = 1 - 0.75^2 - 0.25^2 = 0.375$$

## Question 2

a) Assignment step: (1,1), (2,1), (1,2) → c₁ and (4,3), (5,4) → c₂. Update:

c₂ = ((4 + 5)/2, (3 + 4)/2) = **(4.5, 3.5)**

b) New c₁ = (4/3, 4/3). Squared distances:

- cluster 1: 2/9 + 5/9 + 5/9 = 12/9 = 4/3
- cluster 2: 0.5 + 0.5 = 1

Within-cluster SSE = 4/3 + 1 = **7/3** ≈ 2.333

## Question 3

a) Eigenvalues of Σ: 4 and 2 (trace 6, determinant 8). Fraction explained by PC1:

$$\\frac{4}{4+2} = \\frac{2}{3}$$

b) The eigenvector for λ = 4 solves (Σ − 4I)x = 0, i.e. −x₁ + x₂ = 0 … hmm, both (1, 1) and (1, −1) are eigenvectors of a matrix with equal diagonal entries""" + CITE.format(4) + """, and the first principal direction is the one normalised with a sign change, (1, −1)/√2.

**Answer: True**""", parent=u, dt=70.0)
    return [c.export()]


def s3_claude(Claude, uid):
    x = Claude("s3-other-1", "Spanish preterite vs imperfect", 26600000.0)
    x.msg("human", [("text", "quick: 'cuando era niño, jugaba al fútbol' — why imperfect?")])
    x.msg("assistant", [("text", "Both verbs describe ongoing or habitual states in the past (being a child, regularly playing), which is exactly what the imperfect is for. The preterite would make it a single completed event.")])

    c = Claude("s3-claude", "Worksheet 6: entropy, k-means and PCA", 26691500.0)
    c.msg("human", [("text", "Worksheet attached. Please do everything and put a table of final answers at the end.")],
          attachments=[("worksheet6.txt", WS6, "txt")])
    c.msg("assistant", [
        ("thinking", "Entropy H(0.75) = 0.811. Children H(7/8)=0.544, H(5/8)=0.954, average 0.749, gain 0.062. Gini 0.375. k-means: (4,3) is closer to c2. c2 = (4.5,3.5). SSE 4/3 + 1 = 7/3. PCA eigenvalues 4, 2; 2/3. Direction (1,1).", "Working through entropy, k-means, and PCA"),
        ("text", """## Question 1 — Impurity

**a)** With p₊ = 0.75 and p₋ = 0.25:

H = −0.75·log₂(0.75) − 0.25·log₂(0.25) = 0.3113 + 0.5000 = **0.811 bits**

**b)** Child entropies: H(A=0) = H(7/8, 1/8) = 0.5436 and H(A=1) = H(5/8, 3/8) = 0.9544. Each child holds half of the examples, so

IG = 0.8113 − ½(0.5436 + 0.9544) = 0.8113 − 0.7490 = **0.062 bits**

**c)** Gini = 1 − 0.75² − 0.25² = **0.375**

## Question 2 — k-means

**a)** Squared distances to (c₁, c₂): (1,1): (0, 25); (2,1): (1, 18); (4,3): (13, 2); (5,4): (25, 0); (1,2): (1, 20). So {(1,1), (2,1), (1,2)} go to c₁ and {(4,3), (5,4)} go to c₂.

The updated second centroid is the mean of (4,3) and (5,4):

c₂ = **(4.5, 3.5)**

**b)** Updated c₁ = (4/3, 4/3). Cluster 1 contributes 2/9 + 5/9 + 5/9 = 4/3 and cluster 2 contributes 0.5 + 0.5 = 1, so

SSE = 4/3 + 1 = **7/3**

## Question 3 — PCA

**a)** Σ has eigenvalues λ₁ = 4 and λ₂ = 2, so PC1 explains 4/6 = **2/3** of the variance.

**b)** The eigenvector for λ₁ = 4 is (1, 1)/√2; (1, −1)/√2 is the *second* direction. **False.**

## Final answers

| Question | Answer |
|---|---|
| 1a | 0.811 bits |
| 1b | 0.062 bits |
| 1c | 0.375 |
| 2a | c₂ = (3.5, 4.5) |
| 2b | 7/3 |
| 3a | 2/3 |
| 3b | False |"""),
    ])

    y = Claude("s3-other-2", "Regex for ISO dates", 26780000.0)
    y.msg("human", [("text", "regex that matches 2025-11-30 but not 2025-13-01")])
    y.msg("assistant", [("text", "`^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$` — it checks the month range 01–12 and day range 01–31 (not per-month lengths).")])
    return [x.export(), c.export(), y.export()]


def build_all(GPT, Claude, uid, CITE):
    return [
        (S1 + "chatgpt-export.json", s1_chatgpt(GPT, uid, CITE), 2, False),
        (S1 + "claude-export.json", s1_claude(Claude, uid), 2, False),
        (S2 + "conversations.json", s2_conversations(GPT, uid, CITE), None, True),
        (S2 + "export-no-current.json", s2_no_current(GPT, uid, CITE), None, False),
        (S3 + "gpt-export.json", s3_chatgpt(GPT, uid, CITE), None, False),
        (S3 + "claude-export.json", s3_claude(Claude, uid), 2, False),
    ]
