import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
B = REPO + '/Tests/Fixtures/independent/grading/final/attention-misc-md/'
P = open(B + 'problems.md').read().split('\n', 1)[1]

c1 = chatgpt_conv("Plant watering schedule", [
    {"key": "r", "role": "root"},
    {"key": "u", "parent": "r", "role": "user", "text": "how often should I water a snake plant?"},
    {"key": "a", "parent": "u", "role": "assistant", "text": "Every 2–3 weeks, letting the soil dry out completely in between; in winter once a month is enough \ue200cite\ue202turn0search1\ue201."},
], 1741900000, current="a")
c2 = chatgpt_conv("Quiz 6 notes", [
    {"key": "r", "role": "root"},
    {"key": "u", "parent": "r", "role": "user", "text": "what topics are usually in a quiz about attention?"},
    {"key": "a", "parent": "u", "role": "assistant", "text": "Typically: scaled dot-product scores, softmax weights, multi-head parameter counts, masking, and positional encodings."},
], 1741905000, current="a")

first = """**Q1** [a] S = [[0.5, 1], [1, 0]] [b] (0.378, 0.622) [c] 16,640
**Q2** [a] 160 [b] 5√2 ≈ 7.071 [c] C [d] False"""

second = """### Q1. Attention

**[a]** $QK^\\top = \\begin{bmatrix} 1 & 2 \\\\ 2 & 0 \\end{bmatrix}$ and $\\sqrt{d_k} = 2$, so

$$
S = \\begin{bmatrix} 0.5 & 1 \\\\ 1 & 0 \\end{bmatrix}
$$

**[b]** $\\mathrm{softmax}(0.5, 1) = \\left(\\frac{e^{0.5}}{e^{0.5}+e}, \\frac{e}{e^{0.5}+e}\\right) =$ **[0.378, 0.622]**

**[c]** The module has $Q$, $K$, $V$ and output projections, each $64 \\times 64$ \ue200cite\ue202turn0search3\ue201: $4 \\cdot 64^2 =$ **16,384** parameters.

### Q2. Odds and ends

**[a]** $0.125 \\times 1280 =$ **160 images**

**[b]** $\\sqrt{50} = \\sqrt{25 \\cdot 2} = 5\\sqrt{2} \\approx 7.071$

**[d]** **False** — layer norm normalises over the features of each example separately."""

nodes = [
    {"key": "r", "role": "root"},
    {"key": "s", "parent": "r", "role": "system", "text": ""},
    {"key": "u1", "parent": "s", "role": "user", "text": "Quiz 6:\n" + P},
    {"key": "a_old", "parent": "u1", "role": "assistant", "text": first},
    {"key": "rc", "parent": "u1", "role": "assistant", "recap": "Thought for 11 seconds"},
    {"key": "a_new", "parent": "rc", "role": "assistant", "text": second, "end_turn": True},
]
hw = chatgpt_conv("ML Foundations Quiz 6", nodes, 1741910000, current="a_new")
dump(B + 'transcripts/gpt-export.json', [c1, c2, hw])
