"""Exports for gradcheck-rnn and probability-kernels (imported by make_exports.py)."""

# ================================================================ set 2: gradcheck-rnn
S2_PASTE = """Please solve these (CS 389 week 4). Three decimals unless stated.

Exercise 4.1 — f(x) = x^3 - 2x, derivative at x = 1.
(a) Centred-difference estimate (f(x+h) - f(x-h))/(2h) with h = 0.1.
(b) Relative error |g_num - g_ana| / (|g_num| + |g_ana|) of (a), three significant figures.

Exercise 4.2 — t = tanh(z).
(a) (i) d/dz tanh(z) in terms of t only. (ii) Evaluate it at z = 0.5.
(b) y_hat = tanh(wx), L = 1/2 (y_hat - y)^2, w = 0.5, x = 1, y = 1. Compute dL/dw.

Exercise 4.3 — linear RNN h_t = W h_{t-1} + U x_t, h_0 = 0, W = [[0.5, 1], [0, 0.5]], U = [1, 2]^T.
(a) x_1 = 1, x_2 = -1. Compute h_2.
(b) Trainable parameters of nn.RNN(input_size=10, hidden_size=20), PyTorch defaults.
(c) Same for nn.LSTM(input_size=10, hidden_size=20)."""

S2_OLD = """**4.1** (a) 1.01 (b) 0.01

**4.2** (a)(i) 1 − t² (ii) 0.786 (b) −0.423

**4.3** (a) h₂ = (2.5, 1) (b) 640 (c) 2480"""

S2_NEW = """## Exercise 4.1

**(a)** f(1.1) = 1.331 − 2.2 = −0.869 and f(0.9) = 0.729 − 1.8 = −1.071, so

$$g_{\\text{num}} = \\frac{-0.869 + 1.071}{0.2} = 1.01$$

**(b)** The analytic derivative is f′(1) = 3 − 2 = 1, and

$$\\frac{|1.01 - 1|}{1.01 + 1} = \\frac{0.01}{2.01} \\approx 0.00498$$

This is the usual relative error used in gradient checkers \ue200cite\ue202turn0search0\ue201; values around 1e-2 are expected here because h = 0.1 is large.

## Exercise 4.2

**(a)(i)** d/dz tanh(z) = sech²(z) = **1 − t²**

**(a)(ii)** t = tanh(0.5) ≈ 0.46212, so 1 − t² ≈ **0.786**

**(b)** Chain rule:

$$\\frac{\\partial L}{\\partial w} = (\\hat y - y)(1 - \\hat y^2)\\,x = (0.46212 - 1)(0.78645)(1) \\approx -0.423$$

## Exercise 4.3

**(a)** h₁ = U x₁ = (1, 2). Then h₂ = W h₁ = (0.5·1 + 1·2, 0.5·2) = (2.5, 1).

Wait — I forgot the input term U x₂. Redoing it:

$$h_2 = W h_1 + U x_2 = \\begin{pmatrix}2.5\\\\1\\end{pmatrix} + \\begin{pmatrix}-1\\\\-2\\end{pmatrix} = \\begin{pmatrix}1.5\\\\-1\\end{pmatrix}$$

**(b)** PyTorch's `nn.RNN` keeps two bias vectors \ue200cite\ue202turn0search3\ue201:

\ue200filecite\ue202turn0file1\ue201```
weight_ih_l0: 20 x 10 = 200
weight_hh_l0: 20 x 20 = 400
bias_ih_l0:   20
bias_hh_l0:   20
total:        640
```

**(c)** The LSTM stacks four gates, so every tensor is 4× taller: 4 × 640 = 2560 — or 2480 if you count a single bias per gate. Both conventions appear in textbooks, so the LSTM has 2560 or 2480 parameters."""

S2_FOLLOW_U = "ok and what if I build the LSTM with bias=False?"
S2_FOLLOW_A = """With `bias=False` only the two weight matrices remain: 4 × (200 + 400) = **2400** parameters."""


def set2(Conv, dump):
    other = Conv("7a0e4c11-2b3d-4e5f-8a9b-0c1d2e3f4a5b", "Spanish subjunctive practice", 1764400000)
    s = other.system(other.root)
    u = other.user(s, "give me 3 sentences using the present subjunctive after 'ojalá'")
    a = other.asst(u, "1. Ojalá que llueva mañana.\n2. Ojalá tengas tiempo.\n3. Ojalá que lleguemos temprano.")
    c_other = other.export(a, with_current=False)

    c = Conv("8b1f5d22-3c4e-4f60-9bac-1d2e3f4a5b6c", "Gradient checking + RNN exercises", 1764510000)
    s = c.system(c.root)
    u1 = c.user(s, S2_PASTE)
    old = c.asst(u1, S2_OLD, dt=18)          # first answer, later regenerated
    new = c.asst(u1, S2_NEW, dt=95)          # regenerated answer (newer)
    u2 = c.user(new, S2_FOLLOW_U, dt=60)
    a2 = c.asst(u2, S2_FOLLOW_A, dt=9)       # latest leaf: graded branch
    conv = c.export(a2, with_current=False)
    dump("gradcheck-rnn/transcripts/conversations.json", [conv, c_other])


# ================================================================ set 3: probability-kernels
S3_PASTE = """MATH/CS 3410 PS7, can you solve these?

Problem 1 (Probability)
(a) A disease has prevalence 2%. A test has sensitivity 0.95 (probability of a positive result given disease) and a false-positive rate of 0.10. Given a positive result, what is the probability that the patient has the disease? Give an exact fraction.
(b) X ~ Poisson(lambda = 3). Compute P(X = 2) to three decimal places.
(c) Y ~ Beta(2, 3). Compute Var(Y).

Problem 2 (Kernels) Let x = (1, 2)^T and z = (2, 0)^T.
(a) Evaluate the polynomial kernel k(x, z) = (x^T z + �)^2.
(b) Evaluate the RBF kernel k(x, z) = exp(-gamma ||x - z||^2) with gamma = 0.5, to four decimal places.
(c) Write down the 2x2 Gram matrix K of the linear kernel k(u,v) = u^T v on the ordered data set (x, z).
(d) True or false: k(u, v) = -u^T v is a valid (positive semi-definite) kernel on R^2."""

S3_OLD = """**1(a)** 19/117 ≈ 0.162
**1(b)** 0.224
**1(c)** 0.04
**2(a)** 9
**2(b)** 0.0821
**2(c)** [[5, 2], [2, 4]]
**2(d)** False"""

S3_NEW = """### Problem 1

**(a)** P(+) = P(+|D)P(D) + P(+|¬D) = 0.95 · 0.02 + 0.10 = 0.119, hence

$$P(D \\mid +) = \\frac{0.019}{0.119} = \\frac{19}{119} \\approx 0.1597$$

**(b)** $P(X=2) = \\dfrac{3^2 e^{-3}}{2!} \\approx 0.224$

**(c)** $\\operatorname{Var}(Y) = \\dfrac{\\alpha\\beta}{(\\alpha+\\beta)^2(\\alpha+\\beta+1)} = \\dfrac{6}{25 \\cdot 6} = \\dfrac{1}{25}$

### Problem 2

**(a)** The constant inside the kernel didn't come through in your paste (it shows as `�`). Is it $(x^\\top z + 1)^2$ or $(x^\\top z + c)^2$ with some other $c$? Once you tell me I can plug in $x^\\top z = 2$.

**(b)** $\\lVert x - z\\rVert = \\sqrt{1 + 4} = \\sqrt5$, so

$$k(x, z) = \\exp(-0.5\\sqrt5) = \\exp(-1.1180) \\approx 0.3269$$

**(c)**

$$K = \\begin{pmatrix} x^\\top x & x^\\top z \\\\ z^\\top x & z^\\top z \\end{pmatrix} = \\begin{pmatrix} 5 & 2 \\\\ 2 & 4 \\end{pmatrix}$$

**(d)** It depends on the definition your course uses. If a kernel must satisfy k(u, u) ≥ 0, the answer is **False**; but −K is PSD, so under the "kernel up to sign" reading it is **True**. Either answer can be defended."""

S3_FOLLOW_U = "are you sure about 1a? I think the false positives should be weighted by 0.98, not 1"

S3_FOLLOW_A = """You're right — I forgot to multiply the false-positive rate by P(¬D) = 0.98. Corrected:

$$P(+) = 0.95 \\cdot 0.02 + 0.10 \\cdot 0.98 = 0.019 + 0.098 = 0.117$$

$$P(D \\mid +) = \\frac{0.019}{0.117} = \\boxed{\\frac{19}{117}} \\approx 0.1624$$

So even after a positive test, the chance of disease is only about 16%."""


def set3(Conv, dump):
    other = Conv("9c2a6e33-4d5f-4071-8cbd-2e3f4a5b6c7d", "Essay outline for HIST 210", 1764300000)
    s = other.system(other.root)
    u = other.user(s, "outline a 5 paragraph essay on causes of the 1848 revolutions, 3 causes")
    a = other.asst(u, "1. Introduction and thesis\n2. Economic crisis of 1846–47 (harvest failures, 2 of 3 causes...)\n3. Liberal and nationalist ideas\n4. Weak restored monarchies\n5. Conclusion")
    c_other = other.export(a)

    c = Conv("ad3b7f44-5e60-4182-9dce-3f4a5b6c7d8e", "PS7 Bayes and kernels", 1764590000)
    s = c.system(c.root)
    u1 = c.user(s, S3_PASTE)
    old = c.asst(u1, S3_OLD, dt=15)
    th = c.thoughts(u1, "Bayes rule", "Posterior = 0.019 / (0.019 + 0.098) = 19/117. Kernel 2a: constant garbled.", dt=70)
    rc = c.recap(th, "Thought for 6 seconds")
    new = c.asst(rc, S3_NEW, dt=14)
    u2 = c.user(new, S3_FOLLOW_U, dt=120)
    a2 = c.asst(u2, S3_FOLLOW_A, dt=11)
    conv = c.export(a2)
    dump("probability-kernels/transcripts/gpt-export.json", [c_other, conv])


def main(Conv, dump, root):
    set2(Conv, dump)
    set3(Conv, dump)
