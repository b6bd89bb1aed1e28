import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
B = REPO + '/Tests/Fixtures/independent/grading/final/mlp-adam-sections/'
tex = open(B + 'problems.tex').read()

problem = """HW4 please. Problem 1 (MLPs): z = wx + b, s = σ(z), x = 0.5, w = 2, b = −1. (a) s (b) dσ/dz in terms of s only (c) t = 1, L = (s − t)²: (i) L (ii) ∂L/∂w
Problem 2 (Optimizers): w0 = 1, g = 0.5. (a) Adam (β1 = 0.9, β2 = 0.999, η = 0.01, ε = 1e-8, m0 = v0 = 0): m1 before bias correction (b) w1 after the Adam step (c) SGD, η = 0.1, w1 = w0 − η(g + λw0), λ = 0.01
Problem 3: both roots of x² − 5x + 6 = 0. 3 decimals where not exact."""

draft = "Quick draft: 1(a) 0.5, 1(b) s(1−s), 1(c) 0.25 and −0.125, 2(a) 0.05, 2(b) 0.99, 2(c) 0.949, 3: 2 and 3."

main = """### Problem 1 (MLPs)

(a) $z = 0$, so $s = \\sigma(0) = 0.5$.

(b) $\\dfrac{d\\sigma}{dz} = s(1 + s)$

(c)
  (i) $L = (0.5 - 1)^2 = 0.25$
  (ii) $\\dfrac{\\partial L}{\\partial w} = 2(s-t)\\cdot s(1-s)\\cdot x = -\\frac{1}{8}$

### Problem 2 (Optimizers)

(a) $m_1 = (1 - \\beta_1) g = 0.05$

(b) With bias correction $\\hat m_1 = 0.5$ and $\\hat v_1 = 0.25$, so $w_1 = 1 - 0.01 \\cdot \\frac{0.5}{\\sqrt{0.25}} = 0.99$.

(c) $w_1 = 1 - 0.1\\,(0.5 + 0.01) \\approx 0.95$

### Problem 3

The roots are $\\{2, 3\\}$.

| Part | Answer |
|---|---|
| 1a | 0.5 |
| 1b | s(1 + s) |
| 1c(i) | 0.25 |
| 1c(ii) | −1/8 |
| 2a | 0.05 |
| 2b | 0.999 |
| 2c | 0.95 |
| 3 | {2, 3} |"""

fu_q = "In 1(b), shouldn't it be 1 minus s?"
fu_a = "Yes, sorry — that was a typo. Since $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$, the answer to 1(b) is\n\n$$\\frac{d\\sigma}{dz} = s(1 - s)$$\n\nThe numerical parts were computed with the correct formula, so they are unchanged."

nodes = [
    {"key": "r", "role": "root"},
    {"key": "s", "parent": "r", "role": "system", "text": "", "dt": 0},
    {"key": "u1", "parent": "s", "role": "user", "text": problem, "dt": 4},
    {"key": "a0", "parent": "u1", "role": "assistant", "text": draft, "dt": 12},
    {"key": "a1", "parent": "u1", "role": "assistant", "text": main, "dt": 160},
    {"key": "u2", "parent": "a1", "role": "user", "text": fu_q, "dt": 500},
    {"key": "a2", "parent": "u2", "role": "assistant", "text": fu_a, "dt": 520},
]
hw = chatgpt_conv("HW4 backprop + optimizers", nodes, 1741800000, children=False, with_current=False)
# make the non-graded draft the last entry so a naive 'last entry wins' would pick it
hw["mapping"] = dict(sorted(hw["mapping"].items(), key=lambda kv: (kv[1]["message"] or {}).get("create_time") == 1741800012))
dump(B + 'transcripts/chatgpt-export.json', [hw])

# --- Claude export
answer_intro = "Let me look up the exact Adam update to be sure of the bias-correction convention."
answer = r"""**Problem 1 (MLPs)**

(a) $z = 2(0.5) - 1 = 0$, hence $s = 0.5$.

(c)(i) Using $L = \tfrac12 (s - t)^2$, $L = \tfrac12 \cdot 0.25 = 0.125$.

(c)(ii) $\partial L/\partial w = 2(s - t)\,s(1 - s)\,x = -0.125$.

**Problem 2 (Optimizers)**

(a) $m_1 = 5 \times 10^{-2}$

(b) $\hat m_1 = 0.5$, $\hat v_1 = 0.25$, step $= 0.01$, so $w_1 = 0.99$.

(c) $w_1 = 1 - 0.1 \times 0.51 = 0.949$

**Problem 3**

$(x + 2)(x + 3) = 0$, so $x = -2$ and $x = -3$."""

hw2 = claude_conv("Homework 4 backprop", [
    {"sender": "human", "text": "Solve HW4 (attached). Give final numbers.",
     "attachments": [{"file_name": "hw4.tex", "file_size": len(tex), "file_type": "text/x-tex", "extracted_content": tex}]},
    {"sender": "assistant", "content": [
        {"type": "thinking", "thinking": "1b: sigma' = s(1-s). Should I include it? L=(s-t)^2 = 0.25.", "summaries": [], "cut_off": False},
        {"type": "text", "text": answer_intro},
        {"type": "tool_use", "name": "web_search", "input": {"query": "Adam optimizer bias correction first step"}},
        {"type": "tool_result", "name": "web_search", "content": [{"type": "knowledge", "title": "Adam: A Method for Stochastic Optimization", "url": "https://arxiv.org/abs/1412.6980", "text": "m_t <- beta1 m_{t-1} + (1 - beta1) g_t ... mhat_t <- m_t / (1 - beta1^t)"}], "is_error": False},
        {"type": "text", "text": answer}],
     "text": answer_intro + "\n\n" + answer},
], 1741810000)
other = claude_conv("Email to landlord about heating", [
    {"sender": "human", "text": "write a polite email to my landlord, the heating has been broken for 4 days"},
    {"sender": "assistant", "text": "Subject: Heating not working since Monday\n\nHi Ms. Alvarez,\n\nThe heating in flat 3B has not worked for four days. Could you arrange a repair this week? I'm home after 5 pm.\n\nThanks,\nSam"},
], 1741805000)
dump(B + 'transcripts/claude-export.json', [other, hw2])
