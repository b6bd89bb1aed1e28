import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
OUT = REPO + '/Tests/Fixtures/independent/grading/dev/mlp-softmax-md/transcripts/export.json'
P = open(REPO + '/Tests/Fixtures/independent/grading/dev/mlp-softmax-md/problems.md').read()
P = P.split('---', 2)[2].strip()

regex = chatgpt_conv("Regex for email validation", [
    {"key": "r", "role": "root"},
    {"key": "u", "parent": "r", "role": "user", "text": "simple regex to validate an email in JS?"},
    {"key": "a", "parent": "u", "role": "assistant", "text": "A pragmatic one:\n\n```js\nconst ok = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(email);\n```\n\nIt rejects spaces and requires one `@` and a dot in the domain. Full RFC 5322 validation is much longer."},
], 1741000000, current="a")

code = """import numpy as np
z = np.array([2, 1, 0.1]); p = np.exp(z)/np.exp(z).sum()
print(p, -np.log(p[1]))
W1 = np.array([[1,2],[3,-1],[0,1]]); b1 = np.array([1,0,2]); w2 = np.array([2,-1,4]); x = np.array([1,-2])
h = np.maximum(W1@x + b1, 0); print(h, w2@h + 0.5)
w, v = 2.0, 0.0
for t in range(2):
    v = 0.9*v + 2*w; w = w - 0.1*v; print(t+1, w)"""
output = "[0.65900114 0.24243297 0.09856589] 1.4170300162778335\n[0 5 0] -4.5\n1 1.6\n2 0.9199999999999999"

final = """I ran the numbers in Python (output above). Summary:

**Question 1**

a) Softmax of the logits:
\ue200cite\ue202turn0search1\ue201```
p = [0.659, 0.242, 0.099]
```
b) Cross-entropy for the second class: $-\\ln p_2 = 1.417$.

c) $\\partial L/\\partial z_k = y_k - p_k$

**Question 2**

a) $h = (0, 5, 0)$ — the first and third pre-activations are $-2$ and $0$, which ReLU sends to 0.

b) $\\hat y = -3.5$

c) I'll skip (c) for now — let me know if you also need the gradient with respect to $x$ and I'll derive it.

**Question 3**

a) $w_1 = 1.6$

b) $w_2 = 0.92$ (the printed 0.9199999… is floating-point noise).

c) Adam's bias-corrected first step is $\\eta\\, \\hat m_1/\\sqrt{\\hat v_1} = \\eta\\, g_0/|g_0|$ \ue200cite\ue202turn0search0\ue201, so its magnitude is the learning rate itself: **(B)**."""

nodes = [
    {"key": "r", "role": "root"},
    {"key": "s", "parent": "r", "role": "system", "text": ""},
    {"key": "u1", "parent": "s", "role": "user", "text": "Solve this please:\n\n" + P},
    {"key": "th", "parent": "u1", "role": "assistant", "thoughts": [("Planning the computation", "I'll compute softmax, the MLP and two momentum steps numerically to avoid arithmetic slips. yhat should be -5+0.5.")]},
    {"key": "rc", "parent": "th", "role": "assistant", "recap": "Thought for 6 seconds"},
    {"key": "c1", "parent": "rc", "role": "assistant", "code": code, "recipient": "python"},
    {"key": "o1", "parent": "c1", "role": "tool", "name": "python", "output": output},
    {"key": "a1", "parent": "o1", "role": "assistant", "text": final, "end_turn": True},
]
hw = chatgpt_conv("PS2 softmax MLP momentum", nodes, 1741100000, current="a1")
dump(OUT, [regex, hw])
