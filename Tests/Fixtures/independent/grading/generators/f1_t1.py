import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
B = REPO + '/Tests/Fixtures/independent/grading/final/conv-by-hand-exercises/'
P = open(B + 'problems.md').read()

c1 = chatgpt_conv("Birthday message for grandma", [
    {"key": "r", "role": "root"},
    {"key": "u", "parent": "r", "role": "user", "text": "short sweet birthday message for my grandma turning 90"},
    {"key": "a", "parent": "u", "role": "assistant", "text": "Happy 90th birthday, Grandma! Ninety years of kindness, stories and the best apple pie. We love you more than words can say. 🎂"},
], 1741500000, current="a")
c2 = chatgpt_conv("What is a transposed convolution", [
    {"key": "r", "role": "root"},
    {"key": "u", "parent": "r", "role": "user", "text": "what's a transposed convolution, intuitively?"},
    {"key": "a", "parent": "u", "role": "assistant", "text": "Each input value stamps a scaled copy of the kernel onto the output, with stamps spaced `stride` apart, and overlapping stamps are summed \ue200cite\ue202turn0search2\ue201. For input [1, 1] and kernel [1, 1] with stride 1 you get [1, 2, 1]."},
], 1741510000, current="a")

old = """**2.3** (a) [1, 3, −3] (b) [−2, 3, −1]
**2.4** (a) [[0, −1, −1], [−1, 1, 3], [2, 0, −2]] (b) [[1, 3], [2, 3]] (c) 1
**2.5** [1, −1, 4, −2, 4]
**2.6** (a) 5920 (b) (A)"""

code = """import numpy as np
X = np.array([[1,2,0,1],[0,1,3,1],[2,1,0,0],[1,0,1,2]]); K = np.array([[1,0],[0,-1]])
Y = np.array([[np.sum(X[i:i+2,j:j+2]*K) for j in range(3)] for i in range(3)]); print(Y)
print(np.array([[Y[i:i+2,j:j+2].max() for j in range(2)] for i in range(2)]))
out = np.zeros(5); out[0:3] += 1*np.array([1,-1,2]); out[2:5] += 2*np.array([1,-1,2]); print(out)"""
outp = "[[ 0 -1 -1]\n [-1  1  3]\n [ 2  0 -2]]\n[[1 3]\n [2 3]]\n[ 1. -1.  4. -2.  4.]"

new = """I checked the 2-D parts numerically (see the output above).

### Exercise 2.3

(a) Sliding $w = [1, 0, -1]$ over $x$: $y_i = x_i - x_{i+2}$, giving **[1, 3, −3]**.

(b) With stride 2 the windows start at positions 0 and 2, so the output is **[1, −3]**.

### Exercise 2.4

(a) The output is
\ue200cite\ue202turn0search0\ue201```
Y = [[ 0, -1, -1],
     [-1,  1,  3],
     [ 2,  0, -2]]
```

(b) Max pooling (2 × 2, stride 1): **[[1, 3], [2, 3]]**.

(c) Cross-correlation and convolution coincide for this kernel up to the sign pattern, so $Y[0,1] = 2\\cdot 1 + 0 \\cdot 0 + 1 \\cdot 3 \\cdot (-1) = -1$.

### Exercise 2.5

Each input entry stamps a scaled copy of the kernel, 2 positions apart \ue200cite\ue202turn0search2\ue201: **[1, −1, 4, −2, 4]**.

### Exercise 2.6

(a) PyTorch's LSTM has 4 gates per layer. Layer 1: $4(20\\cdot10 + 20\\cdot20 + 20) = 2480$; layer 2: $4(20\\cdot20 + 20\\cdot20 + 20) = 3280$. Total **5,760** parameters.

(b) A GRU has 3 gates: $3(20\\cdot10 + 20\\cdot20 + 2\\cdot20) = 1920$ → **(A)**."""

nodes = [
    {"key": "r", "role": "root"},
    {"key": "s", "parent": "r", "role": "system", "text": ""},
    {"key": "u1", "parent": "s", "role": "user", "text": "Solve these exercises from ch. 2 please:\n\n" + P},
    {"key": "a_old", "parent": "u1", "role": "assistant", "text": old},
    {"key": "th", "parent": "u1", "role": "assistant", "thoughts": [("Working through the convolutions", "2.3a: 1-0, 2+1, 0-3 -> [1,3,-3]. 2.6a: 4*(200+400+40) + 4*(400+400+40) = 5920.")]},
    {"key": "rc", "parent": "th", "role": "assistant", "recap": "Thought for 9 seconds"},
    {"key": "c1", "parent": "rc", "role": "assistant", "code": code, "recipient": "python"},
    {"key": "o1", "parent": "c1", "role": "tool", "name": "python", "output": outp},
    {"key": "a_new", "parent": "o1", "role": "assistant", "text": new, "end_turn": True},
]
hw = chatgpt_conv("Chapter 2 convolution exercises", nodes, 1741520000, current="a_new")
dump(B + 'transcripts/chatgpt-export.json', [c1, hw, c2])
