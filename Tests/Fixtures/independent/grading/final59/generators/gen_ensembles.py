#!/usr/bin/env python3
"""Writes two exports for the ensembles set:
  ensembles/transcripts/claude-export.json       Claude data export: two conversations, the
      graded one has the problem set as an attachment, thinking blocks, a repl tool_use /
      tool_result pair.
  ensembles/transcripts/conversations-no-current.json   ChatGPT data export WITHOUT
      current_node: the graded branch is the leaf with the latest create_time. It contains
      an older (abandoned) first answer, a python tool call with execution_output, and
      private-use citation markers in the answer text."""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_lib import ChatGPTConversation, claude_message, uid, write_json  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TDIR = os.path.join(HERE, "..", "ensembles", "transcripts")
PROBLEMS = open(os.path.join(HERE, "..", "ensembles", "problems.md"), encoding="utf-8").read()

# =============================================================== Claude export
K = "ens-claude"
conv_other = {
    "uuid": uid(K, "other"),
    "name": "Random forest vs gradient boosting intuition",
    "created_at": "2025-03-01T18:02:11.402311Z",
    "updated_at": "2025-03-01T18:03:40.118204Z",
    "account": {"uuid": uid(K, "account")},
    "chat_messages": [
        claude_message(K, "o1", "human", "2025-03-01T18:02:11.402311Z",
                       [{"type": "text", "text": "In one paragraph: why does bagging reduce variance but boosting reduces bias?"}]),
        claude_message(K, "o2", "assistant", "2025-03-01T18:03:40.118204Z",
                       [{"type": "text", "text": "Bagging averages many high-variance models trained on bootstrap resamples; averaging B models whose errors are only partly correlated shrinks the variance term roughly by a factor related to 1/B while leaving the bias unchanged. Boosting instead fits a sequence of weak, high-bias learners, each one trained on what the current ensemble still gets wrong, so the additive model gradually becomes more flexible and its bias falls (at the cost of variance if you run it too long)."}]),
    ],
}

THINK = (
    "Let me work through HW6.\n\n1a: (9/10)^10 = 0.3486784401 -> 0.3487.\n"
    "1b: expected distinct = n(1-(1-1/n)^n). For large n this is n(1-1/e).\n"
    "2: Bin(5,0.7), P(X>=3) = 0.83692.\n"
    "3: eps = 0.4, alpha = 0.5 ln 1.5. Let me just run the numbers for 2 and 3.\n"
    "4: F0 = 6, residuals -3,-1,4. F1(x3) = 6 + 0.1*(-4)? no, residual for x3 is +4, so 6.4. "
    "First thought was 5.6 but that has the sign backwards."
)
CODE = """import math
from math import comb
p = 0.7
maj = sum(comb(5, k) * p**k * (1-p)**(5-k) for k in range(3, 6))
eps = 0.4
alpha = 0.5 * math.log((1-eps)/eps)
w = [0.2*math.exp(alpha if i in (1, 4) else -alpha) for i in range(5)]
s = sum(w)
w = [x/s for x in w]
print(round(maj, 5), round(alpha, 4), [round(x, 4) for x in w], round(w[1]+w[4], 4))"""
RESULT = "0.83692 0.2027 [0.1667, 0.25, 0.1667, 0.1667, 0.25] 0.5"

TEXT1 = "I'll go through all four problems. Let me first check the numbers for Problems 2 and 3 with a quick script."
TEXT2 = r"""Here are the solutions.

## Problem 1 — Bootstrap sampling

**(a)** Each of the 10 draws with replacement misses example #7 with probability $9/10$:

$$P(\text{\#7 not in sample}) = \left(\frac{9}{10}\right)^{10} \approx 0.3487$$

**(b)** By linearity of expectation, the number of distinct examples is $n$ times the probability that a given example is included, which for a bootstrap sample is the well-known $1 - 1/e$:

$$E[\text{distinct}] = n\left(1 - \left(1 - \tfrac1n\right)^n\right) \approx 10\,(1 - e^{-1}) \approx 6.3212$$

## Problem 2 — Majority vote

With $X \sim \mathrm{Bin}(5, 0.7)$ correct votes, the majority is right when $X \ge 3$:

$$P(X \ge 3) = 0.30870 + 0.36015 + 0.16807 = 0.83692$$

**Accuracy ≈ 0.8369**

## Problem 3 — AdaBoost, one round

**(a)** $\varepsilon_1 = 0.4$, so $\alpha_1 = \tfrac12 \ln(1.5) \approx 0.2027$.

**(b)** After multiplying by $e^{\pm\alpha_1}$ and normalising:

$$w^{(2)} = \left(\tfrac16, \tfrac14, \tfrac16, \tfrac16, \tfrac14\right)$$

**(c)** **True** — the misclassified points $x_2, x_5$ carry total weight $\tfrac14 + \tfrac14 = \tfrac12$.

## Problem 4 — Gradient boosting

**(a)** $F_0 = \bar y = 6$ and the pseudo-residuals are $r = y - F_0 = (-3, -1, 4)$.

**(b)** The tree predicts $4$ at $x_3$, scaled by $\nu$: $F_1(x_3) = 6 + 0.1 \times 4 = 6.4$.

| Part | Answer |
|---|---|
| 1(a) | 0.3487 |
| 1(b) | 6.3212 |
| 2 | 0.8369 |
| 3(a) | 0.2027 |
| 3(b) | (1/6, 1/4, 1/6, 1/6, 1/4) |
| 3(c) | True |
| 4(a) | (−3, −1, 4) |
| 4(b) | 6.4 |"""

T = "2025-03-04T20:15:03.551870Z"
T2 = "2025-03-04T20:15:41.903115Z"
conv_graded = {
    "uuid": uid(K, "graded"),
    "name": "Ensemble methods HW6",
    "created_at": T,
    "updated_at": T2,
    "account": {"uuid": uid(K, "account")},
    "chat_messages": [
        claude_message(K, "g1", "human", T,
                       [{"type": "text", "text": "Here's HW6 (attached). Can you solve every part? Use 4 decimal places like it says."}],
                       attachments=[{"file_name": "hw6_ensembles.md", "file_size": len(PROBLEMS.encode("utf-8")),
                                     "file_type": "text/markdown", "extracted_content": PROBLEMS}]),
        claude_message(K, "g2", "assistant", T2, [
            {"type": "thinking", "thinking": THINK, "summaries": [{"summary": "Working through bootstrap, voting, AdaBoost and boosting steps."}], "cut_off": False},
            {"type": "text", "text": TEXT1},
            {"type": "tool_use", "name": "repl", "input": {"code": CODE}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": RESULT}], "is_error": False},
            {"type": "text", "text": TEXT2},
        ]),
    ],
}
write_json(os.path.join(TDIR, "claude-export.json"), [conv_other, conv_graded], ensure_ascii=False)

# ================================================= ChatGPT export, no current_node
c = ChatGPTConversation("ens-gpt", "HW6 ensembles", 1741203000.0)
c.text("sys", None, "system", None, "", hidden=True)
PASTE = PROBLEMS.split("# Homework 6 — Ensemble Methods", 1)[1].strip()
c.text("u1", "sys", "user", 4.0, "solve this please, show the numbers\n\n" + PASTE)

OLD = r"""**1a)** $(0.9)^{10} = 0.3487$
**1b)** $10(1 - 0.9^{10}) = 6.5132$
**2)** $P(X \ge 3) = 0.8369$
**3a)** $\alpha_1 = \tfrac12\ln 1.5 = 0.2027$
**3b)** $(1/6, 1/4, 1/6, 1/6, 1/4)$
**3c)** True
**4a)** $(-3, -1, 4)$
**4b)** $6.4$"""
c.text("a_old", "u1", "assistant", 18.5, OLD)

CODE2 = """import numpy as np
from math import comb
n = 10
p_out = (1 - 1/n)**n
print("1a", p_out, "1b", n*(1 - p_out))
print("2", sum(comb(5,k)*0.7**k*0.3**(5-k) for k in range(3,6)))
w = np.full(5, 0.2); miss = np.array([0,1,0,0,1], bool)
eps = w[miss].sum()
alpha = np.log((1-eps)/eps)
w2 = w*np.exp(np.where(miss, alpha, -alpha)); w2 /= w2.sum()
print("3a", alpha, "3b", w2.round(4))"""
OUT2 = """1a 0.3486784401000001 1b 6.513215598999999
2 0.8369199999999999
3a 0.4054651081081644 3b [0.1333 0.3    0.1333 0.1333 0.3   ]
"""
c.add("code", "u1", "assistant", 61.0,
      {"content_type": "code", "language": "unknown", "response_format_name": None, "text": CODE2},
      recipient="python", end_turn=False)
c.add("exec", "code", "tool", 63.2,
      {"content_type": "execution_output", "text": OUT2}, author_name="python",
      metadata={"aggregate_result": {"status": "success", "run_id": uid("ens-gpt", "run"),
                                     "code": CODE2, "final_expression_output": None,
                                     "messages": [{"message_type": "stream", "text": OUT2, "stream_name": "stdout"}]}})

CITE = "\ue200cite\ue202turn0search1\ue201"
NEW = (
    "Here are the results (computed with the script above).\n\n"
    "### 1. Bootstrap sampling\n"
    "- **(a)** $P(\\text{example not drawn}) = (1 - 1/10)^{10} \\approx 0.3487$\n"
    "- **(b)** $E[\\#\\text{distinct}] = 10\\,(1 - 0.9^{10}) \\approx 6.5132$\n\n"
    "### 2. Majority vote\n"
    "$P(\\text{at least 3 of 5 correct}) = 0.83692$, so the ensemble accuracy is **0.8369**.\n\n"
    "### 3. AdaBoost\n"
    "- **(a)** $\\varepsilon_1 = 0.4$, so $\\alpha_1 = \\ln(0.6/0.4) \\approx 0.4055$\n"
    "- **(b)** $w^{(2)} = (0.1333, 0.3, 0.1333, 0.1333, 0.3)$\n"
    "- **(c)** True. AdaBoost chooses $\\alpha_t$ so that the learner it just added has weighted error exactly 1/2 under the "
    "re-weighted distribution " + CITE + ", which forces the next weak learner to focus on $x_2$ and $x_5$.\n\n"
    "### 4. Gradient boosting (squared loss)\n"
    "- **(a)** $F_0 = 6$, pseudo-residuals $r = (-3, -1, 4)$\n"
    "- **(b)** $F_1(x_3) = F_0 + \\nu \\cdot 4 = 6 + 0.4 = 6.4$"
)
c.text("a_new", "exec", "assistant", 74.9, NEW,
       metadata={"citations": [], "content_references": [
           {"matched_text": CITE, "type": "grouped_webpages", "start_idx": NEW.index(CITE),
            "end_idx": NEW.index(CITE) + len(CITE), "alt": "([Wikipedia](https://en.wikipedia.org/wiki/AdaBoost))"}]})

c2 = ChatGPTConversation("ens-gpt-other", "Python list comprehension question", 1741100000.0)
c2.text("sys", None, "system", None, "", hidden=True)
c2.text("u1", "sys", "user", 2.0, "how do I flatten [[1,2],[3],[4,5,6]] in one line")
c2.text("a1", "u1", "assistant", 6.0, "Use a nested comprehension:\n\n```python\nflat = [x for sub in lists for x in sub]\n```\n\nor `list(itertools.chain.from_iterable(lists))`.")

write_json(os.path.join(TDIR, "conversations-no-current.json"),
           [c.to_json(with_current=False), c2.to_json(with_current=False)], ensure_ascii=True)
