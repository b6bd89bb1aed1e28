"""Exports for markov-bayes-tests: a ChatGPT export (A2) and a Claude export (A5)."""
from common import ChatGPTConversation, ClaudeConversation, write_json

PROBLEM_PASTE = """STAT 3410 Homework 4 — Markov chains, Bayes' rule and a first hypothesis test. Give exact fractions where possible.

1. Weather Markov chain on {Sunny, Cloudy, Rainy} (in this order), P = [[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.1, 0.4, 0.5]], P_ij = Pr(X_{t+1} = j | X_t = i).
(a) [3] Today is Sunny. Pr(X_2 = Rainy | X_0 = Sunny)?
(b) [5] Stationary distribution π = (π_S, π_C, π_R) with πP = π.
(c) [5] Starting from Sunny, expected number of days until the first Rainy day?

2. Screening test: sensitivity 0.95, specificity 0.90, prevalence 2%.
(a) [3] A random person tests positive. Probability they have the condition?
(b) [4] Tested again, results conditionally independent given disease status, both positive. Probability now?

3. Classifier claimed accuracy p = 0.80; 332 of n = 400 correct. H0: p = 0.80 vs H1: p > 0.80, one-sample z-test for a proportion (SE under H0).
(a) [2] z statistic
(b) [2] one-sided p-value (four decimal places)
(c) [2] At α = 0.05: (A) Reject H0 (B) Fail to reject H0 (C) Accept H0 (D) invalid because np < 10"""

OLD_BRANCH = """Here are the solutions.

**1(a)** $(P^2)_{S,R} = 0.6(0.1) + 0.3(0.3) + 0.1(0.5) = 0.2$

**1(b)** Solving $\\pi P = \\pi$ gives $\\pi \\approx (0.28, 0.41, 0.30)$.

**1(c)** From Cloudy the expected time is $h_C = 30/7 \\approx 4.29$ days.

**2(a)** $19/117 \\approx 0.162$

**2(b)** $\\approx 0.648$

**3(a)** $z = 1.5$ **3(b)** $p \\approx 0.0668$ **3(c)** (B)"""

NEW_BRANCH = """## Problem 1 — Markov chain

**(a)** Sum over the intermediate day:

$$\\Pr(X_2 = R \\mid X_0 = S) = \\sum_j P_{Sj}P_{jR} = 0.06 + 0.09 + 0.05 = 0.2$$

**(b)** The balance equations are $0.4\\pi_S = 0.2\\pi_C + 0.1\\pi_R$ and $0.5\\pi_C = 0.3\\pi_S + 0.4\\pi_R$. With $\\pi_R = t$ these give $\\pi_S = \\tfrac{13}{14}t$, $\\pi_C = \\tfrac{19}{14}t$, and normalising gives $t = \\tfrac{7}{23}$:

$$\\pi = \\left(\\tfrac{13}{46},\\ \\tfrac{19}{46},\\ \\tfrac{7}{23}\\right) \\approx (0.2826,\\ 0.4130,\\ 0.3043)$$

**(c)** First-step analysis with $h_R = 0$:

$$h_S = 1 + 0.6h_S + 0.3h_C,\\qquad h_C = 1 + 0.2h_S + 0.5h_C$$

so $h_C = 2 + 0.4h_S$ and $0.28h_S = 1.6$:

$$h_S = \\frac{40}{7} \\approx 5.714 \\text{ days}$$

(For comparison, starting from Cloudy it is $h_C = 30/7$.)

## Problem 2 — Bayes

**(a)** $\\Pr(D \\mid +) = \\dfrac{0.95 \\cdot 0.02}{0.95 \\cdot 0.02 + 0.10 \\cdot 0.98} = \\dfrac{0.019}{0.117} = \\dfrac{19}{117} \\approx 0.1624$

**(b)** For the second test the false-positive probability stays $0.10$:

$$\\Pr(D \\mid ++) = \\frac{0.02 \\cdot 0.95^2}{0.02 \\cdot 0.95^2 + 0.98 \\cdot 0.10} = \\frac{0.01805}{0.11605} \\approx 0.1555$$

## Problem 3 — z-test

$\\hat p = 0.83$, $\\mathrm{SE} = \\sqrt{0.8 \\cdot 0.2/400} = 0.02$.

**(a)** $z = (0.83 - 0.80)/0.02 = 1.5$

**(b)** $p = 1 - \\Phi(1.5) \\approx 0.0668$

**(c)** The one-sided critical value is $z_{crit} = 1.282$, and $z = 1.5 > 1.282$, so we reject $H_0$: **(A)**.

| Part | Answer |
|---|---|
| 1(a) | 0.2 |
| 1(b) | (13/46, 19/46, 7/23) |
| 1(c) | 40/7 ≈ 5.714 |
| 2(a) | 19/117 ≈ 0.1624 |
| 2(b) | ≈ 0.1555 |
| 3(a) | 1.5 |
| 3(b) | 0.0668 |
| 3(c) | A |"""

CORRECTION = """You're right to question it — I squared the sensitivity but not the false-positive rate. With two conditionally independent positives, *both* likelihoods are squared:

$$\\Pr(D \\mid ++) = \\frac{0.02 \\cdot 0.95^2}{0.02 \\cdot 0.95^2 + 0.98 \\cdot 0.10^2} = \\frac{0.01805}{0.01805 + 0.0098} = \\frac{0.01805}{0.02785}$$

**Corrected 2(b): $\\Pr(D \\mid ++) = \\dfrac{361}{557} \\approx 0.6481$**

The earlier 0.1555 should be discarded. Everything else stands."""


def chatgpt():
    c = ChatGPTConversation("markov-a2", "Markov chains & Bayes HW", 1740913200.123456)
    c.system("sys", 1740913200.123456)
    c.user("u1", "sys", PROBLEM_PASTE, 1740913215.5)
    # first (regenerated-away) answer
    c.assistant("a1-old", "u1", OLD_BRANCH, 1740913241.25, model="gpt-4o")
    # regenerated answer with reasoning
    c.thoughts("th1", "u1", [
        ("Checking the Markov chain", "Two-step probability is row S times column R of P: 0.06 + 0.09 + 0.05 = 0.2. Stationary: solve balance equations, expect 13/46, 19/46, 14/46."),
        ("Hitting time", "h_S = 1 + 0.6 h_S + 0.3 h_C, h_C = 1 + 0.2 h_S + 0.5 h_C. Maybe h_S is about 4.29? No, that is h_C = 30/7; h_S = 40/7."),
        ("Bayes and the test", "Second test: 0.02*0.9025 over ... maybe 0.1555. z = 1.5, p about 0.0668."),
    ], 1740913302.0)
    c.recap("rc1", "th1", "Thought for 19 seconds", 1740913303.0)
    c.assistant("a1-new", "rc1", NEW_BRANCH, 1740913330.75, model="o3-mini")
    c.user("u2", "a1-new", "are you sure about 2b? my friend got something way bigger", 1740913511.0)
    c.assistant("a2", "u2", CORRECTION, 1740913526.5, model="o3-mini")
    write_json("../markov-bayes-tests/transcripts/chatgpt-conversations.json", [c.to_json(current="a2")])


CLAUDE_T1 = """I'll work through all three problems from your attached homework.

## Problem 1: Weather Markov chain

**(a)** Two-step transition Sunny → Rainy: $(P^2)_{SR} = 0.6 \\times 0.1 + 0.3 \\times 0.3 + 0.1 \\times 0.5 = 0.2$.

**(b)** Solving $\\pi P = \\pi$, $\\sum \\pi_i = 1$ gives

$$\\pi = \\left(\\frac{13}{46}, \\frac{19}{46}, \\frac{7}{23}\\right) \\approx (0.283, 0.413, 0.304).$$

**(c)** Let $h_S, h_C$ be expected days to reach Rainy. Then $h_S = 1 + 0.6h_S + 0.3h_C$ and $h_C = 1 + 0.2h_S + 0.5h_C$. Solving gives $h_S = 40/7 \\approx 5.71$ days and $h_C = 30/7$.

## Problem 2: Screening test

**(a)** $P(D \\mid +) = \\frac{0.019}{0.019 + 0.098} = \\frac{19}{117} \\approx 0.162$.

**(b)** After the first positive the prior becomes $19/117$. Updating on the second positive with the same likelihoods:

$$P(D \\mid ++) = \\frac{0.95 \\times 0.1624}{0.95 \\times 0.1624 + 0.10 \\times 0.98} \\approx 0.612$$

So the probability rises to about **0.612**.

## Problem 3: z-test for a proportion

**(a)** $\\hat p = 0.83$, $SE_0 = \\sqrt{0.8 \\cdot 0.2 / 400} = 0.02$, so $z = 1.5$.

**(b)** The p-value is $2(1 - \\Phi(1.5)) = 2 \\times 0.0668 = 0.1336$.

**(c)** Since $0.1336 > 0.05$, we fail to reject $H_0$. The answer is **(B)**. Note that failing to reject is not the same as accepting $H_0$, which rules out (C)."""


def claude():
    tex = open("../markov-bayes-tests/problems.tex", encoding="utf-8").read()
    c = ClaudeConversation("markov-a5", "STAT 3410 HW4 help", "2025-03-03T18:20:11.402113Z")
    c.human("Can you solve all of this? Show the working briefly.", "2025-03-03T18:20:11.402113Z",
            attachments=[{"file_name": "hw4.tex", "file_size": len(tex.encode()), "file_type": "text/x-tex",
                          "extracted_content": tex}])
    c.assistant([
        ("thinking", "The user attached the LaTeX for HW4. Problem 1: P^2 entry is 0.2. Stationary distribution 13/46, 19/46, 7/23. Hitting time 40/7. Problem 2: 19/117; second test... with independence it should be 361/557 ≈ 0.648 if I square both. Problem 3: z = 1.5, one-sided p-value 0.0668."),
        ("text", CLAUDE_T1),
    ], "2025-03-03T18:20:49.118450Z")
    c.human("ok thanks. what would the 2a answer be if prevalence were 10% instead?", "2025-03-03T18:24:02.551002Z")
    c.assistant([
        ("thinking", "Prevalence 0.1: 0.095/(0.095 + 0.09) = 0.5135."),
        ("text", "With a 10% prevalence: $P(D \\mid +) = \\frac{0.95 \\times 0.10}{0.95 \\times 0.10 + 0.10 \\times 0.90} = \\frac{0.095}{0.185} \\approx 0.514$.\n\nThat's a big jump from the 0.162 in your homework setting — the base rate matters a lot for rare conditions."),
    ], "2025-03-03T18:24:10.870221Z")
    write_json("../markov-bayes-tests/transcripts/claude-export.json", [c.to_json()])


if __name__ == "__main__":
    chatgpt()
    claude()
