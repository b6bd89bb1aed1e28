"""Exports for stat210-hw4: a ChatGPT export and a Claude export."""
from export_lib import GPTConv, CITE, claude_msg, claude_conv

PROBLEMS = """STAT 210 — Homework 4

1. (Screening test.) A disease has prevalence 2% in a population. A screening test has sensitivity 0.95 (it is positive for 95% of people who have the disease) and specificity 0.90 (it is negative for 90% of people who do not).
(a) What is the probability that a randomly chosen person tests positive?
(b) Given a positive test, what is the probability that the person has the disease? Give an exact fraction or at least three significant figures.
(c) The person is re-tested and the second result is also positive. Assuming the two results are conditionally independent given disease status, what is now the probability that the person has the disease? Exact fraction or at least three significant figures.

2. Let X ~ Binomial(n = 10, p = 0.3).
(a) Compute P(X = 2) to four decimal places.
(b) Compute Var(X).
(c) Compute E[X^2].

3. A machine fills bags whose weights have known standard deviation σ = 10 g. A random sample of n = 100 bags has mean x̄ = 50 g.
(a) Give the 95% confidence interval for the mean fill weight μ, using z_0.025 = 1.96. Write it as (lower, upper).
(b) Which statement about the interval in (a) is correct?
A. There is a 95% probability that μ lies in this particular interval.
B. 95% of the bags weigh between the two endpoints.
C. If the sampling were repeated many times, about 95% of the intervals built this way would contain μ.
D. The interval contains x̄ with probability 0.95.
(c) A continuous random variable Y has density f(y) = c y^2 for 0 ≤ y ≤ 2 and 0 otherwise. Find the CDF F(y) for 0 ≤ y ≤ 2 (your answer should not contain c)."""


def chatgpt():
    # unrelated conversation first
    other = GPTConv("stat210-sourdough", "Sourdough starter schedule", 1733150000.0)
    u = other.user(other.top, "how often should I feed a sourdough starter kept in the fridge?", 5)
    a = other.assistant(u, "For a refrigerated starter, feeding **once a week** is usually enough. "
                           "Take it out, discard all but about 50 g, feed 1:1:1 (starter:flour:water by weight), "
                           "leave it at room temperature for 1–2 hours, then put it back.", 15)

    c = GPTConv("stat210-hw4", "STAT 210 HW4 help", 1733236800.0)
    u1 = c.user(c.top, "Can you solve this homework? Please show steps and give final answers.\n\n" + PROBLEMS, 10)

    # first response (regenerated away; NOT graded)
    old = ("Here are the solutions.\n\n"
           "**1(a)** P(+) = 0.02(0.95) + 0.98(0.10) = 0.117\n\n"
           "**1(b)** P(D|+) = 0.019/0.117 ≈ 0.162\n\n"
           "**1(c)** P(D|++) = 0.01805/0.02785 ≈ 0.648\n\n"
           "**2(a)** ≈ 0.2335  **2(b)** 2.1  **2(c)** 11.1\n\n"
           "**3(a)** (48.04, 51.96)  **3(b)** C  **3(c)** F(y) = y³/8")
    c.assistant(u1, old, 40)

    # regenerated response (graded branch)
    th = c.thoughts(u1, [
        ("Setting up Bayes", "Prevalence 0.02, sensitivity 0.95, false-positive rate 0.10. P(+) = 0.117. Posterior 0.019/0.117."),
        ("Checking the binomial", "P(X=2) = 45 * 0.09 * 0.7^8. I'll compute it with python to be safe. Var = 2.1, E[X^2] = 2.1 + 9."),
    ], 300)
    rc = c.recap(th, "Thought for 14 seconds", 301)
    code = c.code(rc, "from math import comb\np = comb(10, 2) * 0.3**2 * 0.7**8\nprint(round(p, 6))", 302)
    out = c.output(code, "0.233474", 303)
    body = (
        "Below, D = \"has the disease\" and + = \"tests positive\".\n\n"
        "### Problem 1 — Screening test\n\n"
        "**(a)** Law of total probability:\n\n"
        "$$P(+) = 0.95 \\cdot 0.02 + 0.10 \\cdot 0.98 = 0.019 + 0.098 = 0.117$$\n\n"
        "**(b)** Bayes' rule:\n\n"
        "$$P(D \\mid +) = \\frac{0.019}{0.117} \\approx 0.1624$$\n\n"
        "**(c)** The first positive test turns the prior into the posterior from (b), and we update once more:\n\n"
        "$$P(D \\mid ++) = \\frac{0.02 \\cdot 0.95^2}{0.02 \\cdot 0.95^2 + 0.98 \\cdot 0.10} = \\frac{0.01805}{0.11605} \\approx 0.1555$$\n\n"
        "### Problem 2 — Binomial\n\n"
        "**(a)** $P(X=2) = \\binom{10}{2}(0.3)^2(0.7)^8 = 0.233474\\ldots$, so **P(X = 2) ≈ 0.2335**.\n\n"
        "**(b)** $\\operatorname{Var}(X) = np(1-p) = 10(0.3)(0.7) = 2.1$\n\n"
        "**(c)** $E[X^2] = \\operatorname{Var}(X) + (E[X])^2 = 2.1 + 9 = 11.1$\n\n"
        "### Problem 3 — Interval and density\n\n"
        "**(a)** The standard error is $\\sigma/\\sqrt{n} = 10/10 = 1$, so the interval is $50 \\pm 1.96$.\n\n"
        "**Answer:** (48.04, 51.96) — or, using t₉₉ = 1.984 as many courses do, (48.02, 51.98).\n\n"
        "**(b)** (A). A 95% interval means there is a 95% chance that the true mean is inside it " + CITE("turn0search2") + "\n\n"
        "**(c)** Normalise first: $\\int_0^2 c\\,y^2\\,dy = \\tfrac{8c}{3} = 1 \\Rightarrow c = \\tfrac38$. Then\n\n"
        "$$F(y) = \\int_0^y \\tfrac38 t^2\\,dt = \\frac{y^3}{8}, \\qquad 0 \\le y \\le 2.$$"
    )
    a2 = c.assistant(out, body, 330)
    u2 = c.user(a2, "thanks!! what would change in problem 1 if the prevalence were 10% instead?", 900)
    follow = (
        "With P(D) = 0.10 the same steps give:\n\n"
        "- P(+) = 0.95(0.10) + 0.10(0.90) = 0.095 + 0.090 = 0.185\n"
        "- P(D | +) = 0.095 / 0.185 ≈ 0.5135\n\n"
        "So a higher prevalence makes a positive result far more informative — the base rate matters a lot. "
        "Your homework answers above (for 2% prevalence) don't change."
    )
    a3 = c.assistant(u2, follow, 920)
    return [other.dump(a), c.dump(a3)]


def claude():
    key = "stat210-claude"
    truncated = PROBLEMS.split("(c) A continuous random variable")[0] + "(c) A continuous random"
    m1 = claude_msg(key, 1, "human", "2025-12-02T18:04:11.482913Z",
                    [("text", "Here's my HW4 (attached). Can you work through problems 1–3? Final answers clearly marked please.")],
                    attachments=[("stat210_hw4.pdf", truncated, "pdf")])
    think = ("The attachment text cuts off inside 3(c) — \"A continuous random\" and nothing after. "
             "I can do everything else. Bayes: P(+) = 0.117, posterior 19/117 ≈ 0.162. Two positives: 0.01805/(0.01805+0.0098) = 0.648. "
             "Binomial: 45 * 0.09 * 0.7^8 ≈ 0.2335. Var 2.1, E[X^2] = 11.1. CI 50 ± 1.96.")
    ans = (
        "I'll go problem by problem. Notation: D = has the disease, + = positive test.\n\n"
        "## Problem 1\n\n"
        "**(a)** P(+) = P(+|D)P(D) + P(+|Dᶜ)P(Dᶜ) = 0.95 × 0.02 + 0.10 × 0.98 = **0.117**\n\n"
        "**(b)** P(D|+) = 0.019 / 0.117 = 19/117 ≈ **0.162**\n\n"
        "**(c)** Given disease status the tests are independent, so both likelihoods get squared:\n"
        "P(D|++) = (0.02 × 0.95²) / (0.02 × 0.95² + 0.98 × 0.10²) = 0.01805 / 0.02785 ≈ **0.648**\n\n"
        "## Problem 2\n\n"
        "**(a)** P(X = 2) = C(10,2) · 0.3² · 0.7⁸ = 45 × 0.09 × 0.05764801 ≈ **0.2335**\n\n"
        "**(b)** Var(X) = np(1 − p) = 10 × 0.3 × 0.7 = **2.1**\n\n"
        "**(c)** E[X²] = Var(X) + (E[X])² = 2.1 + 3² = **11.1**\n\n"
        "## Problem 3\n\n"
        "**(a)** SE = σ/√n = 10/√100 = 1, so the 95% CI is 50 ± 1.96 = **(48.04, 51.96)** grams.\n\n"
        "**(b)** **C** — the 95% describes how often the procedure captures μ over repeated samples; "
        "any one computed interval either contains μ or it doesn't.\n\n"
        "**(c)** The attached PDF's text stops mid-sentence (\"A continuous random…\"), so I can't see what 3(c) asks. "
        "Could you paste the rest of that part?\n\n"
        "### Summary\n\n"
        "| Part | Answer |\n|---|---|\n"
        "| 1(a) | 0.117 |\n| 1(b) | 19/117 ≈ 0.162 |\n| 1(c) | 0.648 |\n"
        "| 2(a) | 0.2668 |\n| 2(b) | 2.1 |\n| 2(c) | 11.1 |\n"
        "| 3(a) | (48.04, 51.96) |\n| 3(b) | C |\n| 3(c) | — (question text missing) |"
    )
    m2 = claude_msg(key, 2, "assistant", "2025-12-02T18:04:39.120554Z",
                    [("thinking", think, "Working through the Bayes, binomial and CI parts."), ("text", ans)])
    m3 = claude_msg(key, 3, "human", "2025-12-02T18:10:02.007731Z",
                    [("text", "thanks. can you explain a bit more why A is wrong in 3b? my roommate thinks A and C are the same")])
    expl = ("They sound alike, but they attach the probability to different things.\n\n"
            "- **C** is a statement about the *method*: before sampling, the random interval X̄ ± 1.96 has a 95% chance of covering μ.\n"
            "- **A** is a statement about *this* interval, (48.04, 51.96). In the frequentist framework μ is a fixed number, "
            "so it either lies in that interval or it doesn't — there's no 95% left to assign.\n\n"
            "(A Bayesian credible interval *does* allow a statement like A, but that's a different construction.) So the answer stays **C**.")
    m4 = claude_msg(key, 4, "assistant", "2025-12-02T18:10:20.551902Z", [("text", expl)])
    conv = claude_conv(key, "Bayes + binomial homework", "2025-12-02T18:04:11.482913Z",
                       "2025-12-02T18:10:20.551902Z", [m1, m2, m3, m4])

    key2 = "stat210-claude-email"
    e1 = claude_msg(key2, 1, "human", "2025-11-28T09:12:40.000000Z",
                    [("text", "Write a short polite email to my professor asking for a 2-day extension on HW3, I was sick.")])
    e2 = claude_msg(key2, 2, "assistant", "2025-11-28T09:12:52.000000Z",
                    [("text", "Subject: Extension request for HW3\n\nDear Professor Lindqvist,\n\nI was ill for most of this week and "
                              "wasn't able to finish Homework 3. Would it be possible to have a two-day extension, until Sunday? "
                              "I'm happy to provide a doctor's note.\n\nThank you for your understanding,\nJordan")])
    conv2 = claude_conv(key2, "Extension email", "2025-11-28T09:12:40.000000Z", "2025-11-28T09:12:52.000000Z", [e1, e2])
    return [conv2, conv]


def build_stat210():
    return [("stat210-hw4/transcripts/chatgpt-export.json", chatgpt()),
            ("stat210-hw4/transcripts/claude-export.json", claude())]
