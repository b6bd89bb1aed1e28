"""Exports for the nb-logreg set: conversations.json (ChatGPT) and claude_export.json (Claude)."""
import os
from exportlib import (ChatGPTConversation, claude_conversation, claude_message, claude_text,
                       claude_thinking, write)

PASTED = """Homework 5, please solve all parts and show work.

Problem 1. Naive Bayes spam filter
Three binary features: free, meeting, link. Training set (free, meeting, link, class):
1: 1 0 1 spam
2: 1 0 0 spam
3: 0 0 1 spam
4: 1 1 1 spam
5: 0 1 0 ham
6: 0 1 1 ham
7: 1 1 0 ham
8: 0 0 0 ham
9: 0 1 0 ham
10: 0 0 1 ham
(a) What is the maximum-likelihood estimate of the prior P(spam)?
(b) Using Laplace (add-one) smoothing for the class-conditional feature probabilities (each feature is binary), estimate P(free = 1 | ham).
(c) A new email has free = 1, meeting = 0, link = 1. Using the MLE prior from (a) (no smoothing on the prior) and Laplace-smoothed likelihoods as in (b), compute the posterior probability P(spam | x). Give your answer to 3 decimal places.

Problem 2. One step of logistic regression
p = σ(wᵀx + b), L = −[y log p + (1 − y) log(1 − p)]. w = (0.5, −1), b = 0.25, x = (2, 1), y = 0.
(a) Compute the predicted probability p. Give 4 decimal places.
(b) Derive ∂L/∂z, where z = wᵀx + b. Express your answer in terms of p and y.
(c) Compute the gradient ∇_w L for this example (3 decimal places).
(d) Perform one step of gradient descent on w with learning rate η = 0.1. Report the updated w to 3 decimal places."""

V1 = r"""Here are the solutions.

**Problem 1**

**(a)** 4 of the 10 emails are spam, so $\hat P(\text{spam}) = 4/10 = 0.4$.

**(b)** One of the six ham emails contains "free". With add-one smoothing:

$$P(\text{free}=1\mid\text{ham}) = \frac{1+1}{6+1} = \frac{2}{7} \approx 0.286$$

**(c)** Using smoothed likelihoods (spam: 4/6, 4/6, 4/6; ham: 2/7, 3/7, 3/7):

- spam score: $0.4 \cdot (2/3)^3 = 0.1185$
- ham score: $0.6 \cdot (2/7)(3/7)(3/7) = 0.0315$

$$P(\text{spam}\mid x) = \frac{0.1185}{0.1185+0.0315} \approx 0.790$$

**Problem 2**

**(a)** $z = 0.25$, $p = \sigma(0.25) \approx 0.5622$.

**(b)** $\partial L/\partial z = p - y$.

**(c)** $\nabla_w L = (p-y)\,x = (1.124,\ 0.562)$.

**(d)** $w \leftarrow (0.5, -1) - 0.1\,(1.124, 0.562) = (0.388,\ -1.056)$."""

V2 = r"""I checked the arithmetic with a quick script; here is the full write-up.

## Problem 1 — Naive Bayes

**(a)** The MLE of the prior is the fraction of spam emails:

$$\hat P(\text{spam}) = \frac{4}{10} = \mathbf{0.4}$$

**(b)** Among the 6 ham emails only email 7 has free = 1. Laplace smoothing for a binary feature adds 1 to the numerator and 2 to the denominator:

$$P(\text{free}=1 \mid \text{ham}) = \frac{1+1}{6+2} = \frac{1}{4}$$

**(c)** Smoothed likelihoods for $x = (1, 0, 1)$:

| | spam ($n=4$) | ham ($n=6$) |
|---|---|---|
| free = 1 | 4/6 | 2/8 |
| meeting = 0 | 4/6 | 3/8 |
| link = 1 | 4/6 | 3/8 |

Unnormalised posteriors: spam $0.4\cdot(2/3)^3 = 0.11852$, ham $0.6\cdot\tfrac14\cdot(\tfrac38)^2 = 0.02109$.

$$P(\text{spam}\mid x) = \frac{0.11852}{0.11852 + 0.02109} = 0.8489\ldots$$

**Answer (c): 0.849** → classify as spam.

## Problem 2 — Logistic regression

**(a)** $z = 0.5\cdot 2 + (-1)\cdot 1 + 0.25 = 0.25$, so

$$p = \sigma(0.25) = \frac{1}{1+e^{-0.25}} \approx \mathbf{0.5622}$$

**(b)** Chain rule with $\sigma'(z) = p(1-p)$:

$$\frac{\partial L}{\partial z} = \Big(-\frac{y}{p} + \frac{1-y}{1-p}\Big)\,p(1-p) = \boxed{p - y}$$

**(c)** $\nabla_w L = (p - y)\,x = 0.5622\,(2, 1)$, i.e.

$$\nabla_w L = \boxed{(1.124,\ 0.562)}$$

**(d)** Gradient step:

$$w_{\text{new}} = w - \nabla_w L = (0.5 - 1.124,\ -1 - 0.562)$$

**Updated w = (−0.624, −1.562)**"""

FOLLOW_Q = "can you also do the bias update for the same step?"
FOLLOW_A = r"""Sure. Since $\partial z/\partial b = 1$, the bias gradient is just $p - y = 0.5622$.

With $\eta = 0.1$: $b_{\text{new}} = 0.25 - 0.1 \times 0.5622 = 0.1938$.

So after the step the parameters are $w = (-0.624, -1.562)$ and $b \approx 0.194$."""

CODE = """import numpy as np
prior = 0.4
spam = prior*(2/3)**3
ham = (1-prior)*(1/4)*(3/8)**2
print(spam, ham, spam/(spam+ham))
z = 0.5*2 - 1*1 + 0.25
p = 1/(1+np.exp(-z))
print(z, p, (p-0)*np.array([2,1]))"""
OUT = "0.1185185185185185 0.021093749999999998 0.8489119170984456\n0.25 0.5621765008857981 [1.124353  0.5621765]\n"


def chatgpt_export(path):
    # unrelated conversation first
    o = ChatGPTConversation("nb-other", "Regex for UK postcodes", 1733600000.112)
    s = o.system("sys", o.root)
    u = o.user("u1", s, 1733600001.5, "regex to validate a UK postcode like SW1A 1AA?")
    a = o.assistant("a1", u, 1733600009.25,
                    "A practical (not exhaustive) pattern:\n\n```regex\n^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$\n```\n\n"
                    "Use it case-insensitively and trim whitespace first. It accepts `SW1A 1AA`, `M1 1AE` and `B33 8TH`.")
    other = o.to_json(current_node=a)

    c = ChatGPTConversation("nb-hw5", "Naive Bayes & LR HW5", 1733781000.041)
    s = c.system("sys", c.root)
    u = c.user("u1", s, 1733781002.87, PASTED)
    c.assistant("v1", u, 1733781031.4, V1)                   # first answer (not shown after regenerating)
    t = c.thoughts("v2-thoughts", u, 1733781120.2,
                   [("Checking smoothing", "Binary feature, so Laplace adds 2 to the denominator: ham free=1 is 2/8, not 2/7."),
                    ("Posterior", "Spam score 0.4*(2/3)^3, ham 0.6*(1/4)*(3/8)^2; ratio looks like about 0.85, verify in python.")],
                   14)
    py = c.python("v2-py", t, 1733781136.0, CODE, OUT)
    v2 = c.assistant("v2", py, 1733781150.9, V2)
    u2 = c.user("u2", v2, 1733781302.3, FOLLOW_Q)
    a2 = c.assistant("a2", u2, 1733781309.6, FOLLOW_A)
    hw = c.to_json(current_node=a2)
    write(path, [hw, other])


ATTACH = """DS 3420 Homework 5: Naive Bayes and Logistic Regression

Problem 1. Naive Bayes spam filter (18 pts)
A tiny spam filter uses three binary features: free, meeting and link. The training set is:
Email free meeting link Class
1 1 0 1 spam
2 1 0 0 spam
3 0 0 1 spam
4 1 1 1 spam
5 0 1 0 ham
6 0 1 1 ham
7 1 1 0 ham
8 0 0 0 ham
9 0 1 0 ham
10 0 0 1 ham
(a) [4 pts] What is the maximum-likelihood estimate of the prior P(spam)?
(b) [6 pts] Using Laplace (add-one) smoothing for the class-conditional feature probabilities (each feature is binary), estimate P(free = 1 | ham).
(c) [8 pts] A new email has free = 1, meeting = 0, link = 1. Using the MLE prior from (a) (no smoothing on the prior) and Laplace-smoothed likelihoods as in (b), compute the posterior probability P(spam | x). Give your answer to 3 decimal places.

Problem 2. One step of logistic regression (22 pts)
A logistic-regression model predicts p = σ(wᵀx + b), where σ(z) = 1 / (1 + e^(−z)), and is trained with the binary cross-entropy loss L = −[y log p + (1 − y) log(1 − p)].
Current parameters: w = (0.5, −1), b = 0.25. A single training example has x = (2, 1) and label y = 0.
(a) [4 pts] Compute the predicted probability p. Give 4 decimal places.
(b) [6 pts] Derive ∂L/∂z, where z = wᵀx + b. Express your answer in terms of p and y.
(c) [6 pts] Compute the gradient ∇_w L for this example (3 decimal places).
"""

THINK = """The user attached HW5. Let me go part by part.

1(a) prior = 4/10 = 0.4.
1(b) P(free=1|ham): ham emails 5-10, free=1 only in email 7 -> 1/6. Smoothing -> (1+1)/(6+2) = 0.25. Hmm, or do they mean just the estimate... the question says Laplace, so 0.25? I'll write it up.
1(c) spam: free=1 3/4 -> 4/6, meeting=0: meeting=1 count 1 -> 2/6 so meeting=0 = 4/6, link=1 3 -> 4/6. ham: free 2/8, meeting=1 count 4 -> 5/8 so meeting=0 3/8, link=1 count 2 -> 3/8.
spam 0.4*0.2963 = 0.11852, ham 0.6*0.25*0.140625 = 0.0210938. posterior 0.8489 -> 0.849. At first I thought 0.938 but that was without smoothing.
2(a) z = 1 - 1 + 0.25 = 0.25, sigma = 0.56218.
2(b) p - y.
2(c) (1.1244, 0.5622).
The attachment ends after 2(c); there might be a (d)."""

ANSWER = r"""## Problem 1

**(a)** Four of the ten training emails are spam, so the MLE of the prior is

P(spam) = 4/10 = **0.4**

**(b)** Of the six ham emails, only email 7 contains "free", so

P(free = 1 | ham) = 1/6 ≈ **0.167**

**(c)** With add-one smoothing (denominator $n_c + 2$ since each feature is binary) the likelihoods for $x = (\text{free}=1, \text{meeting}=0, \text{link}=1)$ are:

- spam: $\tfrac{4}{6}, \tfrac{4}{6}, \tfrac{4}{6}$
- ham: $\tfrac{2}{8}, \tfrac{3}{8}, \tfrac{3}{8}$

Scores: spam $= 0.4 \times 0.2963 = 0.11852$, ham $= 0.6 \times 0.03516 = 0.02109$.

$$P(\text{spam} \mid x) = \frac{0.11852}{0.11852 + 0.02109} \approx 0.849$$

**P(spam | x) ≈ 0.849**, so the email would be classified as spam.

## Problem 2

**(a)** $z = (0.5)(2) + (-1)(1) + 0.25 = 0.25$ and $p = \sigma(0.25) = 1/(1 + e^{-0.25})$.

p ≈ **0.5622**

**(b)** Using $\frac{dp}{dz} = p(1-p)$ and $\frac{\partial L}{\partial p} = -\frac{y}{p} + \frac{1-y}{1-p}$:

$$\frac{\partial L}{\partial z} = p - y$$

**(c)** Because $\partial z / \partial w = x$:

∇_w L = (p − y) x = 0.5622 × (2, 1) = **(1.124, 0.562)**

---

The attached PDF seems to end after Problem 2(c). If there's a part (d) (e.g. a gradient-descent update), paste it and I'll work through it too."""


def claude_export(path):
    k = "nb-claude"
    msgs = [
        claude_message(k + "/m1", "human", "2025-12-08T19:02:11.204118Z",
                       [claude_text("can you solve my ML homework? attached. show the steps please",
                                    "2025-12-08T19:02:11.204118Z", "2025-12-08T19:02:11.204118Z")],
                       attachments=[{"file_name": "hw5.pdf", "file_size": 48211, "file_type": "pdf",
                                     "extracted_content": ATTACH}]),
        claude_message(k + "/m2", "assistant", "2025-12-08T19:02:14.880203Z",
                       [claude_thinking(THINK, "2025-12-08T19:02:14.880203Z", "2025-12-08T19:02:39.112840Z",
                                        "Worked through the Naive Bayes counts and the logistic-regression gradient."),
                        claude_text(ANSWER, "2025-12-08T19:02:39.201774Z", "2025-12-08T19:03:05.640019Z")]),
    ]
    conv = claude_conversation(k, "ML homework 5 naive bayes + logistic regression",
                               "2025-12-08T19:02:10.955312Z", "2025-12-08T19:03:05.640019Z", msgs)
    write(path, [conv])


def main(outdir):
    t = os.path.join(outdir, "nb-logreg", "transcripts")
    chatgpt_export(os.path.join(t, "conversations.json"))
    claude_export(os.path.join(t, "claude_export.json"))
