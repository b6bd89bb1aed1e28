"""Exports for the stats-inference set.

claude_export.json   two Claude conversations (one unrelated); the homework one has an attachment,
                     a thinking block, and a tool_use / tool_result pair (analysis tool).
chatgpt-export.json  one ChatGPT conversation with thoughts + reasoning_recap nodes, a python call
                     with execution_output, and a follow-up turn; current_node set.
"""
import os
from exportlib import (ChatGPTConversation, claude_conversation, claude_message, claude_text,
                       claude_thinking, claude_tool_result, claude_tool_use, write)

SHEET = """STAT 2110 — Problem Sheet 4: Estimation and Testing
Dr. M. Okonkwo, Week 7

Hand in Exercises 4.1–4.4 at the start of Tuesday's tutorial. Unless told otherwise, round final numerical answers to the number of decimal places requested.

Exercise 4.1
A random sample of n = 16 bolts has mean length x̄ = 52.3 mm and sample standard deviation s = 4.8 mm. Assume the lengths are normally distributed.
(a) Compute the estimated standard error of the mean.
(b) Construct a 95% confidence interval for the population mean μ using the appropriate t distribution. Give the endpoints to 2 decimal places.

Exercise 4.2
A coin is tossed 100 times and shows 60 heads. We test H0: p = 0.5 against H1: p ≠ 0.5, using the normal approximation to the binomial without continuity correction.
(a) (i) Compute the value of the test statistic Z.
    (ii) Compute the two-sided p-value to 4 decimal places.
(b) Which of the following is the correct conclusion at significance level α = 0.01?
    A. Reject H0; the coin is biased.
    B. Fail to reject H0.
    C. Accept H1 because p̂ > 0.5.
    D. The test is invalid because n is too small.

Exercise 4.3
The number of typos per page on six randomly chosen pages of a manuscript were 3, 1, 4, 1, 5, 2. Assuming the counts are i.i.d. Poisson(λ), find the maximum likelihood estimate of the probability that a page has no typos, P(X = 0). Give 4 decimal places.

Exercise 4.4
The waiting times (in minutes) between five consecutive buses were 2, 3, 1, 4, 5. Model them as i.i.d. Exponential with rate λ, density f(x) = λe^(−λx), x > 0.
(a) Find the maximum likelihood estimate λ̂.
(b) Using the Fisher information, give the approximate (asymptotic) standard error of λ̂, evaluated at λ̂. Give 4 decimal places.
"""

JS = """const se = 4.8 / Math.sqrt(16);
const t = 2.1314; // t_{0.975, 15} from the table
console.log("SE", se, "CI", (52.3 - t * se).toFixed(4), (52.3 + t * se).toFixed(4));
// normal CDF via Abramowitz-Stegun 7.1.26 erf approximation
function erf(x) {
  const a1 = 0.254829592, a2 = -0.284496736, a3 = 1.421413741, a4 = -1.453152027, a5 = 1.061405429, p = 0.3275911;
  const s = Math.sign(x); x = Math.abs(x);
  const k = 1 / (1 + p * x);
  return s * (1 - (((((a5 * k + a4) * k) + a3) * k + a2) * k + a1) * k * Math.exp(-x * x));
}
const z = (0.6 - 0.5) / Math.sqrt(0.25 / 100);
console.log("z", z, "p two-sided", (2 * (1 - 0.5 * (1 + erf(z / Math.SQRT2)))).toFixed(5));"""
JS_OUT = """{"status":"success","logs":["SE 1.2 CI 49.7423 54.8577","z 1.9999999999999996 p two-sided 0.04550"]}"""

C2_INTRO = "I'll compute the interval and the p-value numerically to be safe, then write everything up."

C2_ANSWER = r"""Here's the full sheet.

## Exercise 4.1

**(a)** SE = s/√n = 4.8/√16 = **1.2 mm**

**(b)** With df = 15, t₀.₉₇₅ = 2.1314, so the margin of error is 2.1314 × 1.2 = 2.5577:

**95% CI for μ: (49.74, 54.86) mm**

## Exercise 4.2

**(a)(i)** Z = (0.60 − 0.50) / √(0.5 × 0.5 / 100) = 0.10 / 0.05 = **2.00**

**(a)(ii)** Two-sided p-value = 2(1 − Φ(2)) = **0.0455**

**(b)** **B.** The p-value 0.0455 is above α = 0.01, so we fail to reject H₀. (It would be significant at the 5% level, but that isn't the level asked about.)

## Exercise 4.3

λ̂ = x̄ = 16/6 ≈ 2.67. By invariance, the MLE of P(X = 0) = e^(−λ) is

P̂(X = 0) = e^(−2.67) ≈ **0.0693**

## Exercise 4.4

**(a)** ℓ(λ) = n ln λ − λ Σxᵢ, so ℓ′(λ) = n/λ − Σxᵢ = 0 gives λ̂ = n / Σxᵢ = 5/15 = **1/3**.

**(b)** The Fisher information per observation is I(λ) = 1/λ². Using it, the standard error of λ̂ is

SE(λ̂) = λ̂ / n = (1/3)/5 ≈ **0.0667**"""

C2_THINK = """Sheet attached. 4.1 is a t interval with 15 df. 4.2 z = 2, two-sided p about 0.0455, so fail to reject at 1%. 4.3 Poisson: lambda hat = 16/6. 4.4 exponential MLE n/sum = 1/3. Let me run the numbers for 4.1 and 4.2 in the analysis tool."""


def claude_export(path):
    k = "stats-claude"
    hw = claude_conversation(
        k + "/hw", "Stats sheet 4 help", "2025-10-20T16:40:02.118204Z", "2025-10-20T16:41:31.902177Z",
        [
            claude_message(k + "/hw/m1", "human", "2025-10-20T16:40:02.500981Z",
                           [claude_text("Please solve problem sheet 4 (attached). Give final answers clearly.",
                                        "2025-10-20T16:40:02.500981Z", "2025-10-20T16:40:02.500981Z")],
                           attachments=[{"file_name": "sheet4.pdf", "file_size": 61873, "file_type": "pdf",
                                         "extracted_content": SHEET}]),
            claude_message(k + "/hw/m2", "assistant", "2025-10-20T16:40:05.771032Z", [
                claude_thinking(C2_THINK, "2025-10-20T16:40:05.771032Z", "2025-10-20T16:40:12.004551Z",
                                "Planned the tests and estimators; checking numbers with the analysis tool."),
                claude_text(C2_INTRO, "2025-10-20T16:40:12.100333Z", "2025-10-20T16:40:13.480120Z"),
                claude_tool_use("repl", {"code": JS}, "2025-10-20T16:40:13.500000Z", "2025-10-20T16:40:20.116872Z",
                                k + "/tool1"),
                claude_tool_result("repl", JS_OUT, "2025-10-20T16:40:20.200011Z", "2025-10-20T16:40:20.731555Z"),
                claude_text(C2_ANSWER, "2025-10-20T16:40:21.002345Z", "2025-10-20T16:41:31.902177Z"),
            ]),
        ])
    other = claude_conversation(
        k + "/other", "Cover letter for lab assistant job", "2025-10-18T09:12:44.001200Z", "2025-10-18T09:14:02.551900Z",
        [
            claude_message(k + "/other/m1", "human", "2025-10-18T09:12:44.300000Z",
                           [claude_text("write a short cover letter opening for a part-time lab assistant role in a biology dept",
                                        "2025-10-18T09:12:44.300000Z", "2025-10-18T09:12:44.300000Z")]),
            claude_message(k + "/other/m2", "assistant", "2025-10-18T09:12:47.880000Z",
                           [claude_text("Dear Dr. Ferreira,\n\nI am writing to apply for the part-time Laboratory Assistant position in the Department of Biology. "
                                        "As a second-year statistics student who has spent the last year helping in the teaching labs, I would welcome the chance to support your group's work.",
                                        "2025-10-18T09:12:47.880000Z", "2025-10-18T09:14:02.551900Z")]),
        ])
    write(path, [other, hw])


C5_CODE = """from scipy import stats
import numpy as np
print(stats.t.ppf(0.975, 15))
print(2*stats.norm.sf(2))
print(np.exp(-16/6))"""
C5_OUT = "2.131449545559776\n0.04550026389635839\n0.06948345122280154\n"

C5_ANSWER = r"""### Exercise 4.1

**(a)** $\mathrm{SE} = s/\sqrt{n} = 4.8/4 = 1.2$

**(b)** $t_{0.975,15} = 2.1314$, so the interval is $52.3 \pm 2.1314 \times 1.2 = 52.3 \pm 2.5577$:

$$\boxed{(49.74,\ 54.86)}$$

### Exercise 4.2

**(a)(i)** $Z = \dfrac{0.6 - 0.5}{\sqrt{0.5 \cdot 0.5/100}} = \dfrac{0.1}{0.05} = \boxed{2}$

**(a)(ii)** $P(Z \ge 2) = 0.0228$, so the p-value is $0.0228$.

Wait — the alternative is two-sided, so I need both tails: $p = 2 \times 0.02275 = 0.0455$.

$$\boxed{p = 0.0455}$$

**(b)** $0.0455 > 0.01$ → **(B) Fail to reject $H_0$.**

### Exercise 4.3

$\hat\lambda = \bar x = 16/6 = 2.6667$, and by invariance

$$\widehat{P(X=0)} = e^{-\hat\lambda} = e^{-8/3} \approx \boxed{0.0695}$$

### Exercise 4.4

**(a)** For the exponential distribution the MLE is the sample mean:

$$\hat\lambda = \bar x = \frac{2+3+1+4+5}{5} = \boxed{3}$$

**(b)** With Fisher information $I_n(\lambda) = n/\lambda^2$, $\mathrm{SE}(\hat\lambda) = \hat\lambda/\sqrt{n} = 3/\sqrt{5}$:

$$\mathrm{SE}(\hat\lambda) \approx \boxed{1.3416}$$"""

C5_Q2 = "how would I phrase the conclusion of 4.2 in words for the write-up?"
C5_A2 = ("Something like: \"At the 1% significance level there is insufficient evidence to conclude that the coin is biased "
         "(Z = 2.00, two-sided p = 0.0455). The data would be significant at the 5% level, so the result is suggestive but not conclusive at α = 0.01.\"\n\n"
         "Avoid saying that H₀ is *true* or that you *accept* H₀ — failing to reject is not the same as proving p = 0.5.")


def chatgpt_export(path):
    c = ChatGPTConversation("stats-c5", "Problem sheet 4 estimation", 1760900000.75, model="o4-mini")
    s = c.system("sys", c.root)
    u = c.user("u1", s, 1760900004.2, "solve this, final answers boxed\n\n" + SHEET)
    t = c.thoughts("th", u, 1760900006.0,
                   [("Planning the calculations", "t critical value with 15 df, normal tail for Z=2, Poisson invariance, exponential MLE."),
                    ("Exponential MLE", "Likelihood prod lambda e^{-lambda x}; derivative n/lambda - sum x ... the MLE is related to the sample mean.")],
                   9)
    py = c.python("py", t, 1760900016.3, C5_CODE, C5_OUT)
    a = c.assistant("a1", py, 1760900030.9, C5_ANSWER)
    u2 = c.user("u2", a, 1760900400.0, C5_Q2)
    a2 = c.assistant("a2", u2, 1760900407.5, C5_A2)
    write(path, [c.to_json(current_node=a2)])


def main(outdir):
    t = os.path.join(outdir, "stats-inference", "transcripts")
    claude_export(os.path.join(t, "claude_export.json"))
    chatgpt_export(os.path.join(t, "chatgpt-export.json"))
