"""Exports for bayes-trees-exam: one ChatGPT export, one Claude export."""
from export_lib import (GPTConversation, ClaudeConversation, simple_gpt, claude_text,
                        claude_thinking, attachment, write_json)

PROBLEM_PASTE = """I need help with this, please solve every part and show work:

1. A screening test for a disease that affects 2% of a population has a sensitivity of 95% (it is positive for 95% of people who have the disease) and a specificity of 90% (it is negative for 90% of people who do not have it).
(a) A randomly chosen person tests positive. What is the probability that this person has the disease? Give your answer to three decimal places.
(b) The same person takes a second test of the same kind. Given the disease status, the two test results are independent. The second test is also positive. What is the probability now that the person has the disease? Again give three decimal places.

2. A training set has 14 examples with a binary label Y ∈ {yes, no}: 9 are yes and 5 are no. Wind = weak: 6 yes, 2 no. Wind = strong: 3 yes, 3 no. Use base-2 logarithms throughout.
(a) Compute the entropy H(Y) of the labels at the root, to three decimal places.
(b) Compute the information gain of splitting the root on Wind, to three decimal places.
(c) Compute the Gini impurity of the root node. Give an exact fraction.

3. Short questions.
(a) Two fair six-sided dice are rolled and M is the larger of the two values shown. Find E[M] as an exact fraction.
(b) A coin has unknown bias θ with prior θ ∼ Beta(2, 2). You toss it 10 times and observe 7 heads and 3 tails. The posterior distribution of θ is (A) Beta(7, 3) (B) Beta(9, 5) (C) Beta(9, 3) (D) Beta(8, 4) (E) Beta(5, 9)
(c) True or false: if events A and B are independent, then A and B^c are also independent. Justify briefly."""

# ----------------------------------------------------------------- original (not graded)
ANSWER_ORIGINAL = r"""Here are worked solutions.

### 1. Screening test

Let $D$ = has the disease, $+$ = positive result.

**(a)** $P(+) = 0.95(0.02) + 0.10(0.98) = 0.117$, so

$$P(D\mid +) = \frac{0.019}{0.117} \approx 0.162$$

**(b)** Conditional independence lets us multiply likelihoods:

$$P(D\mid +,+) = \frac{0.95^2(0.02)}{0.95^2(0.02) + 0.10^2(0.98)} = \frac{0.01805}{0.02785} \approx 0.648$$

### 2. Decision tree

**(a)** $H(Y) = -\tfrac{9}{14}\log_2\tfrac{9}{14} - \tfrac{5}{14}\log_2\tfrac{5}{14} \approx 0.940$ bits

**(b)** $H_{\text{weak}} \approx 0.811$, $H_{\text{strong}} = 1$, weighted $= \tfrac{8}{14}(0.811) + \tfrac{6}{14}(1) \approx 0.892$, so $\mathrm{IG} \approx 0.048$ bits.

**(c)** $G = 1 - \tfrac{81}{196} - \tfrac{25}{196} = \tfrac{45}{98}$

### 3. Short questions

**(a)** $P(M = k) = \tfrac{2k-1}{36}$, so $E[M] = \tfrac{161}{36} \approx 4.47$.

**(b)** Conjugate update: $\mathrm{Beta}(2+7, 2+3) = \mathrm{Beta}(9,5)$ → **(B)**

**(c)** **True** — $P(A\cap B^c) = P(A) - P(A)P(B) = P(A)P(B^c)$."""

# ----------------------------------------------------------------- regenerated (graded)
THOUGHTS = [
    ("Applying Bayes' rule",
     "Prior 0.02, sensitivity 0.95, FPR 0.10. P(+) = 0.019 + 0.098 = 0.117, posterior "
     "0.019/0.117 = 0.1624. Second test: 0.95^2*0.02 = 0.01805, 0.1^2*0.98 = 0.0098, "
     "posterior 0.01805/0.02785 = 0.6481."),
    ("Computing entropy and gain",
     "H(9/14) = 0.9403. Weak: H(0.75) = 0.8113, strong: 1. Weighted 0.8922, IG 0.0481. "
     "Gini = 1 - 81/196 - 25/196 = 90/196 = 45/98."),
    ("Working through the dice",
     "Max of two dice: need P(M=k). Then Beta update 9,5 and the complement identity."),
]

ANSWER_REGEN = r"""## Problem 1 — Bayes' rule

Let $D$ = disease and $+$ = positive test, with $P(D)=0.02$, $P(+\mid D)=0.95$, $P(+\mid \neg D)=0.10$.

**(a)**
\[
P(D\mid +)=\frac{0.95\times 0.02}{0.95\times 0.02+0.10\times 0.98}=\frac{0.019}{0.117}\approx 0.162
\]

**(b)** The two results are independent given $D$, so the likelihoods are squared:
\[
P(D\mid +,+)=\frac{0.9025\times 0.02}{0.9025\times 0.02+0.01\times 0.98}=\frac{0.01805}{0.02785}\approx 0.65
\]

## Problem 2 — Entropy and impurity

**(a)** $H(Y) = -\frac{9}{14}\log_2\frac{9}{14}-\frac{5}{14}\log_2\frac{5}{14} \approx 0.940$ bits.

**(b)** $H(\text{weak}) = H(0.75) \approx 0.811$ and $H(\text{strong}) = 1$. The expected entropy after the split is $\frac{8}{14}(0.811)+\frac{6}{14}(1) \approx 0.892$, so

$$\text{IG}(\text{Wind}) = 0.940 - 0.892 = 0.048 \text{ bits}$$

**(c)**
\[
G = 1-\left(\tfrac{9}{14}\right)^2-\left(\tfrac{5}{14}\right)^2 = \frac{90}{196} = \boxed{\tfrac{45}{98}}
\]

## Problem 3 — Short questions

**(a)** The larger value $M$ equals $k$ when one die shows $k$ and the other shows at least $k$, so $P(M=k) = \frac{13-2k}{36}$. Then
\[
E[M] = \sum_{k=1}^{6} k\cdot\frac{13-2k}{36} = \frac{11+18+21+20+15+6}{36} = \frac{91}{36} \approx 2.53
\]

**(b)** Beta prior + binomial data: $\text{Beta}(2+7,\,2+3)=\text{Beta}(9,5)$, option **B**.

**(c)** **True.** $P(A\cap B^c)=P(A)-P(A\cap B)=P(A)-P(A)P(B)=P(A)P(B^c)$.

| Part | Answer |
|---|---|
| 1(a) | 0.162 |
| 1(b) | 0.65 |
| 2(a) | 0.940 bits |
| 2(b) | 0.048 bits |
| 2(c) | 45/98 |
| 3(a) | 91/36 |
| 3(b) | B |
| 3(c) | True |"""

FOLLOWUP_Q = "what would 1(a) be if the prevalence was 5% instead of 2%?"
FOLLOWUP_A = r"""With $P(D) = 0.05$:

\[
P(D\mid +) = \frac{0.95\times 0.05}{0.95\times 0.05 + 0.10\times 0.95} = \frac{0.0475}{0.1425} \approx 0.333
\]

So raising the prevalence from 2% to 5% roughly doubles the posterior, from about 0.162 to about 0.333. The homework's setting (2%) is unchanged, of course."""


def chatgpt_export(out):
    t0 = 1741203000.125
    conv = GPTConversation("bayes-gpt", "Bayes + decision tree HW", t0, model="o3-mini")
    conv.system(t0)
    u1 = conv.user(PROBLEM_PASTE, t0 + 5.5)
    conv.assistant(ANSWER_ORIGINAL, t0 + 31.75, parent=u1)
    # regenerated with a reasoning model: thoughts -> recap -> text
    conv.thoughts(THOUGHTS, t0 + 120.5, parent=u1)
    conv.recap("Thought for 19 seconds", t0 + 139.5)
    conv.assistant(ANSWER_REGEN, t0 + 141.0)
    conv.user(FOLLOWUP_Q, t0 + 400.0)
    conv.assistant(FOLLOWUP_A, t0 + 412.25)

    other1 = simple_gpt("bayes-gpt-pasta", "Quick pasta for two", t0 - 86400 * 2, [
        ("user", "what can I cook with spaghetti, garlic, a lemon and parmesan? 20 minutes max"),
        ("assistant", "Try **spaghetti al limone**: cook 200 g spaghetti; meanwhile warm 3 tbsp "
                      "olive oil with 2 sliced garlic cloves, add the zest and juice of one lemon, "
                      "toss with the pasta, 60 g grated parmesan and a splash of pasta water. "
                      "Season with pepper. About 15 minutes."),
    ])
    other2 = simple_gpt("bayes-gpt-regex", "Regex for email check", t0 + 86400, [
        ("user", "simple regex to check an email in python, doesn't need to be perfect"),
        ("assistant", "```python\nimport re\nEMAIL = re.compile(r\"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$\")\n"
                      "print(bool(EMAIL.match(\"a.b@example.org\")))  # True\n```\n"
                      "It accepts anything of the form `x@y.z` without spaces."),
    ])
    # newest first, as in the real export
    write_json(out / "chatgpt-export.json", [other2, conv.to_json(), other1])


# ----------------------------------------------------------------- Claude
CLAUDE_THINKING = """The user attached HW2. Let me work through it.

Q1: P(D)=0.02, sens 0.95, FPR 0.10. P(+) = 0.019 + 0.098 = 0.117 → 0.019/0.117 = 0.16239. Two positives: 0.01805/(0.01805 + 0.0098) = 0.01805/0.02785 = 0.6481.

Q2: root entropy with 9/14 and 5/14 ≈ 0.940. Weak branch 6/2, strong 3/3.

Q3a: max of two dice. P(M=k) = (2k-1)/36. Sum k(2k-1) = 1+6+15+28+45+66 = 161 → 161/36.

Q3b: Beta(2,2) with 7 heads 3 tails. Standard conjugate update gives Beta(9,5). Hmm, some courses parametrize with pseudo-counts α-1... Beta(8,4) is also in the options. I'll mention both.

Q3c: complement of independent event, true."""

CLAUDE_ANSWER = r"""I'll work through each problem.

## Problem 1: Screening test

Let $D$ = has disease, $+$ = positive test. Given: $P(D) = 0.02$, $P(+|D) = 0.95$, $P(+|\neg D) = 0.10$.

**(a)** Total probability of a positive:
$$P(+) = (0.95)(0.02) + (0.10)(0.98) = 0.019 + 0.098 = 0.117$$

Bayes' rule:
$$P(D|+) = \frac{0.019}{0.117} \approx \mathbf{0.162}$$

**(b)** Conditional independence means $P(+,+|D) = 0.95^2 = 0.9025$ and $P(+,+|\neg D) = 0.10^2 = 0.01$:
$$P(D|+,+) = \frac{(0.9025)(0.02)}{(0.9025)(0.02) + (0.01)(0.98)} = \frac{0.01805}{0.02785} \approx \mathbf{0.648}$$

## Problem 2: Decision tree

**(a)** $$H(Y) = -\frac{9}{14}\log_2\frac{9}{14} - \frac{5}{14}\log_2\frac{5}{14} \approx 0.410 + 0.530 = \mathbf{0.940 \text{ bits}}$$

**(b)** Branch entropies:
- Weak (6 yes, 2 no): $H = -0.75\log_2 0.75 - 0.25\log_2 0.25 \approx 0.811$
- Strong (3 yes, 3 no): $H = 1.000$

Weighted: $(8/14)(0.811) + (6/14)(1.000) = 0.463 + 0.375 = 0.838$

$$\text{IG}(\text{Wind}) = 0.940 - 0.838 = \mathbf{0.102 \text{ bits}}$$

**(c)** For a binary node the Gini impurity is $p(1-p)$:
$$G = \frac{9}{14}\cdot\frac{5}{14} = \frac{45}{196} \approx 0.230$$

## Problem 3: Short questions

**(a)** $P(M \le k) = (k/6)^2$, so $P(M = k) = \frac{2k-1}{36}$ and
$$E[M] = \sum_{k=1}^{6} k\cdot\frac{2k-1}{36} = \frac{161}{36} \approx 4.47$$

**(b)** This depends on how your course parametrizes the prior. With the standard conjugate update $\text{Beta}(\alpha + h, \beta + t)$ the posterior is $\text{Beta}(9, 5)$, which is **(B)**. If the prior's parameters are read as pseudo-counts $\alpha - 1 = 1$ and $\beta - 1 = 1$ added to the data, you get $\text{Beta}(8, 4)$, which is **(D)**. So it's either (B) or (D) depending on the convention your course uses.

**(c)** **True.** $P(A \cap B^c) = P(A) - P(A \cap B) = P(A) - P(A)P(B) = P(A)(1 - P(B)) = P(A)P(B^c)$."""

CLAUDE_FOLLOWUP_Q = "my friend got 0.65 for 1b, which one of us is right?"
CLAUDE_FOLLOWUP_A = r"""You're both describing the same number. The exact value is

$$\frac{0.01805}{0.02785} = 0.64811\ldots$$

Rounded to two decimals that's 0.65, and rounded to three decimals it's 0.648. Since the problem asks for three decimal places, write **0.648**."""


def claude_export(out):
    t0 = 1741290000.0
    cover = ClaudeConversation("bayes-claude-cover", "Cover letter tweaks", t0 - 3600 * 30)
    cover.human("Can you make this opening sentence less stiff? \"I am writing to express my "
                "interest in the Data Analyst Intern position at your company.\"", t0 - 3600 * 30 + 4)
    cover.assistant([claude_text(
        "A few options:\n\n1. \"I'd love to bring my statistics coursework and Python "
        "projects to the Data Analyst Intern role at Northwind.\"\n2. \"Your Data Analyst "
        "Intern posting caught my eye because it combines two things I enjoy: messy data and "
        "clear explanations.\"", t0 - 3600 * 30 + 9)], t0 - 3600 * 30 + 9)

    hw = ClaudeConversation("bayes-claude-hw", "Homework 2 — Bayes, entropy, trees", t0,
                            summary="")
    hw.human("can you solve these? please show work, it's the attached pdf", t0 + 3,
             attachments=[attachment("hw2.pdf", "pdf", PROBLEM_PASTE.split("\n\n", 1)[1])])
    hw.assistant([claude_thinking(CLAUDE_THINKING, t0 + 6, "Working through Bayes, entropy and Beta posterior"),
                  claude_text(CLAUDE_ANSWER, t0 + 15)], t0 + 6)
    hw.human(CLAUDE_FOLLOWUP_Q, t0 + 600)
    hw.assistant([claude_text(CLAUDE_FOLLOWUP_A, t0 + 604)], t0 + 603)
    write_json(out / "claude-export.json", [hw.to_json(), cover.to_json()], indent=2)


def build(root):
    out = root / "bayes-trees-exam" / "transcripts"
    chatgpt_export(out)
    claude_export(out)
