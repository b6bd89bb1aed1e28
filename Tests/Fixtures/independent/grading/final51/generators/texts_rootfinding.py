"""Message texts for the ChatGPT export of the root-finding set (used by make_exports.py)."""

A1_USER = """Please check my sheet 3 answers for 3.1 to 3.3, I already did 3.4 myself (got x2 = 0.1417 for it so skip that one).

Exercise 3.1 Let f(x) = x^3 - 2x - 5. It has exactly one real root, which lies in [2,3].
(a) Apply three steps of the bisection method starting from [a0,b0]=[2,3] (each step evaluates f at the midpoint and keeps the half on which f changes sign). Give the bracketing interval [a3, b3].
(b) What is the smallest number of bisection steps n, starting from [2,3], for which the width of the bracketing interval is at most 10^-6?
(c) Perform two steps of Newton's method starting from x0 = 2. Give x2 to six decimal places.
(d) Perform one step of the secant method with x0 = 2 and x1 = 3. Give x2 exactly.

Exercise 3.2 The same root can be found by the fixed-point iteration x_{k+1} = g(x_k), g(x) = (2x+5)^{1/3}.
(a) Compute g'(r), where r is the root of f from Exercise 3.1. Give three significant figures.
(b) Near r, the iteration (A) converges quadratically; (B) converges linearly, with the error shrinking by a factor of about |g'(r)| per step; (C) diverges, because |g'(r)| > 1; (D) converges sublinearly.

Exercise 3.3 Let h(x) = (x-1)^2(x+2).
(a) True or false: Newton's method applied to h converges quadratically to the root x=1 from any starting point sufficiently close to 1.
(b) The modified Newton iteration for a root of multiplicity m is x_{k+1} = x_k - m h(x_k)/h'(x_k). With m=2 and x0 = 2, compute x1.

Exercise 3.4 Newton's method applied to phi(x) = 1/x - a gives x_{k+1} = x_k(2 - a x_k). With a = 7 and x0 = 0.1, compute x2 exactly."""

A1_OLD = r"""Here are the solutions for 3.1–3.3 (and a quick check of your 3.4).

**3.1 (a)** $f(2)=-1$, $f(3)=16$. Midpoints: $2.5$ ($f>0$), $2.25$ ($f>0$), $2.125$ ($f>0$), so $[a_3,b_3]=[2,\,2.125]$.

**3.1 (b)** The midpoint error after $n$ steps is at most $2^{-(n+1)}$, so $2^{n+1}\ge 10^6$ gives $n = 19$.

**3.1 (c)** $x_1 = 2.1$, $x_2 = 2.1 - 0.061/11.23 = 2.094568$.

**3.1 (d)** $x_2 = 3 - 16/17 = 35/17$.

**3.2 (a)** $g'(r) = \frac{2}{3r^2} \approx 0.152$.

**3.2 (b)** (B).

**3.3 (a)** False — $x=1$ is a double root, so convergence is linear.

**3.3 (b)** $x_1 = 2 - 2\cdot 4/9 = 10/9$.

**3.4** Your $x_2 = 0.1417$ is right: $0.13 \times 1.09 = 0.1417$."""

A1_THOUGHTS = [
    ("Checking bisection count",
     "Width after n halvings is 1/2^n. Need 1/2^n <= 1e-6, so n >= log2(1e6) ~ 19.93, n = 20. "
     "The midpoint-error version would give 19 but the question says width. Let me verify numerically."),
    ("Working Newton and secant steps",
     "f(2) = -1, f'(2) = 10, x1 = 2.1. f(2.1) = 0.061, f'(2.1) = 11.23, x2 ~ 2.0946. "
     "Secant: 3 - 16/17 = 35/17. User asked to skip 3.4."),
]

A1_RECAP = "Thought for 14 seconds"

A1_CODE = """from math import log2, ceil
f = lambda x: x**3 - 2*x - 5
fp = lambda x: 3*x**2 - 2
n = ceil(log2(1e6))
x = 2.0
xs = []
for _ in range(2):
    x = x - f(x)/fp(x)
    xs.append(x)
print(n, 1/2**n <= 1e-6, 1/2**(n-1) <= 1e-6)
print(xs)"""

A1_OUT = """20 True False
[2.1, 2.094568121104185]"""

A1_MAIN = r"""Here's a full check of Exercises 3.1–3.3 (skipping 3.4 as you asked).

## Exercise 3.1

**(a) Bisection.** $f(2) = -1 < 0$ and $f(3) = 16 > 0$.

| $k$ | $[a_{k-1}, b_{k-1}]$ | midpoint | $f(\text{mid})$ | keep |
|---|---|---|---|---|
| 1 | $[2, 3]$ | $2.5$ | $5.625$ | left half |
| 2 | $[2, 2.5]$ | $2.25$ | $1.890625$ | left half |
| 3 | $[2, 2.25]$ | $2.125$ | $0.345703$ | left half |

So $[a_3, b_3] = [2,\ 2.125]$.

**(b) Number of steps.** The bracket width after $n$ steps is $(3-2)/2^n = 2^{-n}$, and we need $2^{-n} \le 10^{-6}$. From the computation above, $n = 19$ is not enough and

$$n = 20.$$

**(c) Newton.** $f'(x) = 3x^2 - 2$.

- $x_1 = 2 - \frac{-1}{10} = 2.1$
- $x_2 = 2.1 - \frac{0.061}{11.23} = 2.0945681\ldots$

**Answer:** $x_2 = 2.094568$ (six decimal places).

**(d) Secant.**
$$x_2 = x_1 - f(x_1)\frac{x_1-x_0}{f(x_1)-f(x_0)} = 3 - \frac{16}{17} = \frac{35}{17}.$$

## Exercise 3.2

**(a)** $g'(x) = \frac{2}{3}(2x+5)^{-2/3}$. At the fixed point $(2r+5)^{1/3} = r$, so $(2r+5)^{2/3} = r$ and

$$g'(r) = \frac{2}{3r} \approx \frac{2}{3(2.09455)} \approx 0.318.$$

**(b)** $0 < g'(r) < 1$, so the iteration converges, and since $g'(r) \ne 0$ it is only linear, with error factor $\approx g'(r)$ per step: **(B)**.

## Exercise 3.3

**(a)** $h(1) = 0$ and $h'(1) = 0$: $x = 1$ is a double root. Plain Newton converges only linearly there (error ratio $\to 1/2$). **False.**

**(b)** $h(2) = 4$, $h'(x) = 2(x-1)(x+2) + (x-1)^2 \Rightarrow h'(2) = 9$.

$$x_1 = 2 - 2\cdot\frac{4}{9} = \frac{10}{9} \approx 1.1111$$

Everything else on your sheet I can check once you paste your own answers for 3.1–3.3."""

A1_USER2 = "can you double check 3.1(c)? my calculator says 2.0946"

A1_FOLLOW = r"""Your calculator value is the same number, just rounded to four decimals. Carrying more digits:

$$x_2 = 2.1 - \frac{0.061}{11.23} = 2.1 - 0.00543188 = 2.09456812\ldots$$

so to **six** decimal places, as the exercise asks, $x_2 = 2.094568$. (For comparison, the true root is $r = 2.0945515\ldots$, so two Newton steps already give five correct digits.)"""
