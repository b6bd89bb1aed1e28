"""Message texts for the Claude export of the regression set (used by make_exports.py)."""

B1_ATTACH = """STAT 310 - Homework 5: Simple linear regression
Due: Thursday, March 6, 11:59 pm on Gradescope · Points: 40
You may discuss the problems with classmates, but the work you submit must be your own. List
anyone you worked with at the top of your submission.
A small lab study measured the elongation y (mm) of a polymer strip under load x (kN). The data are:
x (kN) 1 2 3 4 5 6
y (mm) 3.1 4.9 7.2 8.8 11.1 12.7
Use the model yi = β0 + β1 xi + εi with independent errors of constant variance σ2. Round every
numerical answer to 4 decimal places.
Problem 1 — Least-squares fit (25 pts)
(a) Compute the least-squares slope β̂1.
(b) Compute the least-squares intercept β̂0.
(c) Compute the coefficient of determination R2.
(d) Compute the residual standard error s = √(SSE/(n − 2)).
(e) Compute the standard error of the slope, SE(β̂1) = s/√Sxx.
Problem 2 — Matrix form (10 pts)
Write the model as y = Xβ + ε, where the first column of the 6 × 2 design matrix X is all ones and
the second column holds the xi.
(a) Compute X⊤X.
(b) A student adds a second predictor (the room temperature during each measurement, which has
nothing to do with elongation) and refits by least squares. The R2 of the new fit compared with the
old one:
1"""

B1_USER = "here's page 1 of my regression hw, can you solve everything on it? round to 4 dp like it says"

B1_THINK = """The data: x = 1..6, y = 3.1, 4.9, 7.2, 8.8, 11.1, 12.7. xbar = 3.5, ybar = 47.8/6 = 7.96667. Sxx = 17.5. Sxy = sum (x - xbar) y = -2.5*3.1 - 1.5*4.9 - 0.5*7.2 + 0.5*8.8 + 1.5*11.1 + 2.5*12.7 = 34.1. Slope 34.1/17.5 = 1.948571. Intercept 7.966667 - 1.948571*3.5 = 1.146667. For R^2 and s I'll compute residuals in the tool to avoid slips. X^T X = [[6, 21], [21, 91]]. Part 2(b) is cut off - the answer options are not on this page, so I should ask for page 2 rather than guess."""

B1_TEXT1 = "I'll run the numbers in the analysis tool so the rounding is reliable."

B1_CODE = """const x = [1, 2, 3, 4, 5, 6];
const y = [3.1, 4.9, 7.2, 8.8, 11.1, 12.7];
const n = x.length;
const mean = a => a.reduce((s, v) => s + v, 0) / a.length;
const xb = mean(x), yb = mean(y);
let Sxx = 0, Sxy = 0, SST = 0;
for (let i = 0; i < n; i++) {
  Sxx += (x[i] - xb) ** 2;
  Sxy += (x[i] - xb) * (y[i] - yb);
  SST += (y[i] - yb) ** 2;
}
const b1 = Sxy / Sxx, b0 = yb - b1 * xb;
const res = y.map((v, i) => v - (b0 + b1 * x[i]));
const SSE = res.reduce((s, e) => s + e * e, 0);
const R2 = 1 - SSE / SST;
// residual standard deviation
const s = Math.sqrt(SSE / (n - 1));
const se_b1 = s / Math.sqrt(Sxx);
console.log(JSON.stringify({Sxx, Sxy, b1, b0, SSE, SST, R2, s, se_b1}));"""

B1_RESULT = ('{"Sxx":17.5,"Sxy":34.1,"b1":1.9485714285714286,"b0":1.1466666666666656,'
             '"SSE":0.14704761904761937,"SST":66.5933333333333,"R2":0.9977918567567181,'
             '"s":0.1714920517386267,"se_b1":0.04099444130229213}')

B1_TEXT2 = """Here are the results for everything on page 1.

## Problem 1

Summary statistics: x̄ = 3.5, ȳ = 7.9667, Sxx = 17.5, Sxy = 34.1, SSE = 0.1470, SST = 66.5933.

**(a) Slope**
β̂₁ = Sxy / Sxx = 34.1 / 17.5 = **1.9486**

**(b) Intercept**
β̂₀ = ȳ − β̂₁x̄ = 7.9667 − 1.9486 × 3.5 = **1.1467**

**(c) Coefficient of determination**
R² = 1 − SSE/SST = 1 − 0.1470/66.5933 = **0.9978**

The load explains about 99.8% of the variation in elongation.

**(d) Residual standard error**
s = √(SSE/(n − 1)) = √(0.1470/5) = **0.1715**

**(e) Standard error of the slope**
SE(β̂₁) = s/√Sxx = 0.1715/√17.5 = **0.0410**

## Problem 2

**(a)** With X = [1 x], the entries are n = 6, Σxᵢ = 21 and Σxᵢ² = 91:

```
XᵀX = [  6   21 ]
      [ 21   91 ]
```

**(b)** The question stem is on this page, but the answer options are cut off at the bottom of page 1. Could you send page 2 (or paste the options)? Then I'll pick the right one — and I can do anything else that's on page 2 as well."""

OTHER_CLAUDE = [
    ("other-1", "human", "2025-03-01T10:15:02.100000Z",
     [("text", "Can you make this sentence shorter: 'I am writing to express my strong interest in the "
               "position of data analyst that was advertised on your website last week.'")]),
    ("other-2", "assistant", "2025-03-01T10:15:09.800000Z",
     [("text", "\"I'm excited to apply for the Data Analyst position advertised on your website.\"")]),
    ("other-3", "human", "2025-03-01T10:17:20.000000Z",
     [("text", "perfect, thanks")]),
    ("other-4", "assistant", "2025-03-01T10:17:30.000000Z",
     [("text", "You're welcome — good luck with the application!")]),
]
