import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
OUT = REPO + '/Tests/Fixtures/independent/grading/dev/conv-shapes-exam/transcripts/export.json'

pasta = chatgpt_conv("Weeknight pasta ideas", [
    {"key": "r", "role": "root"},
    {"key": "s", "parent": "r", "role": "system", "text": ""},
    {"key": "u1", "parent": "s", "role": "user", "text": "Give me 3 quick pasta dinners, under 20 minutes, for 2 people."},
    {"key": "a1", "parent": "u1", "role": "assistant", "text": "1. **Aglio e olio** — 200 g spaghetti, 4 cloves garlic, chili flakes, parsley. About 15 minutes.\n2. **Pasta al limone** — zest of 1 lemon, 40 g butter, 50 g parmesan.\n3. **Tuna & tomato penne** — 1 can tuna, 1 can chopped tomatoes, capers.\n\nAll three serve 2."},
], 1740650000, current="a1")

problem = r"""Homework 3, can you solve all of it? Show the key steps.

All tensors are channels-first (N × C × H × W). Unless a part says otherwise, PyTorch defaults apply (in particular nn.Conv2d has bias=True).

1. A batch of RGB images of shape (N, 3, 64, 64) is passed through conv1 = nn.Conv2d(3, 16, kernel_size=5, stride=1, padding=2)
(a) Give the shape of the output of conv1 for a single example (C × H × W).
(b) How many learnable parameters does conv1 have?
(c) The output of conv1 is fed to nn.MaxPool2d(kernel_size=2, stride=2) and then to nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=0). Give the shape (C × H × W) of the final output for one example.

2. A convolution with a 3 × 3 kernel, dilation 2, stride 1 and no padding is applied to a single-channel 9 × 9 input. What is the side length of the (square) output?

3. Short answers.
(a) Which of the following layers has the most learnable parameters? (A) nn.Linear(256, 128) (B) nn.Conv2d(64, 64, kernel_size=3) (C) nn.Embedding(1000, 32) (D) nn.LSTM(32, 64)
(b) True or false: a 1 × 1 convolution from C_in to C_out channels (with bias) has exactly as many parameters as nn.Linear(C_in, C_out).
(c) A depthwise separable block applies a depthwise 3 × 3 convolution to 64 channels followed by a pointwise 1 × 1 convolution to 128 channels. Neither convolution has a bias. How many weights does the block have in total?"""

old_branch = r"""## Question 1

**(a)** With padding 2 and a 5×5 kernel the spatial size is preserved: **16 × 64 × 64**.

**(b)** 16 · (3 · 5 · 5) + 16 = **1216** parameters.

**(c)** Pool: 16 × 32 × 32. Conv (k=3, s=2): ⌊29/2⌋ + 1 = 15 → **32 × 15 × 15**.

## Question 2

Effective kernel 2·(3−1)+1 = 5, output 9 − 5 + 1 = **5**.

## Question 3

**(a)** (B) — 36,928 parameters.

**(b)** True.

**(c)** 64·9 + 64·128 = **8,768** weights."""

new_branch = r"""Here's the full solution.

### 1. The first convolution

**(a)** Using $H_{out} = \lfloor (H + 2p - k)/s \rfloor + 1 = (64 + 4 - 5) + 1 = 64$, one example comes out as **16 × 64 × 64**.

**(b)** Each of the 16 filters sees $3 \times 5 \times 5 = 75$ inputs, so the layer has $16 \times 75 =$ **1,200** learnable parameters.

**(c)** After pooling: $16 \times 32 \times 32$. The stride-2 conv gives $\lfloor (32 - 3)/2 \rfloor + 1 = 15$, so the output is **32 × 15 × 15**.

### 2. Dilated convolution

The dilated kernel covers $2 \cdot (3 - 1) + 1 = 5$ pixels, so the output side is $9 - 5 + 1 =$ **5**.

### 3. Short answers

**(a)** Linear: 32,896; Conv2d: 36,928; Embedding: 32,000; LSTM: 25,088 if you count both PyTorch bias vectors. The Linear and the Conv2d counts are close enough that it depends on whether the conv is meant with bias, so the answer is either (A) or (B).

**(b)** **True** — a 1×1 conv is a per-pixel linear map with $C_{out} C_{in} + C_{out}$ parameters.

**(c)** Depthwise $64 \cdot 9 = 576$, pointwise $64 \cdot 128 = 8192$, total **8768 weights**."""

nodes = [
    {"key": "r", "role": "root"},
    {"key": "s", "parent": "r", "role": "system", "text": ""},
    {"key": "u1", "parent": "s", "role": "user", "text": problem, "dt": 10},
    {"key": "a_old", "parent": "u1", "role": "assistant", "text": old_branch, "dt": 30},
    {"key": "th", "parent": "u1", "role": "assistant", "dt": 95,
     "thoughts": [("Computing the conv shapes", "Padding 2 with k=5 keeps 64. Params 16*75 = 1200, bias maybe 1216. Pool -> 32, conv stride 2 -> 15."),
                  ("Comparing layer sizes", "Linear 32896 vs conv 36928 vs LSTM 4*(32*64+64*64+128)=25088. Answer B? Or A if no bias... ")]},
    {"key": "rc", "parent": "th", "role": "assistant", "recap": "Thought for 14 seconds", "dt": 96},
    {"key": "a_new", "parent": "rc", "role": "assistant", "text": new_branch, "dt": 110},
    {"key": "u2", "parent": "a_new", "role": "user", "text": "thanks! quick check, for 1(b) what if bias=False?", "dt": 300},
    {"key": "a2", "parent": "u2", "role": "assistant", "text": "With `bias=False` there are no bias terms, so it would be $16 \\times 75 = 1200$ parameters.", "dt": 310},
]
hw = chatgpt_conv("HW3 conv layers", nodes, 1740730000, current="a2")
dump(OUT, [hw, pasta])
