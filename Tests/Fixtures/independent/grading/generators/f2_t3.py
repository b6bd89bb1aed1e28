import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
B = REPO + '/Tests/Fixtures/independent/grading/final/cnn-layers-exam/'

problem = """Midterm practice (Keras conventions: channels-last, every Conv2D/Dense has a bias), 32×32 RGB input.
Network: 1 Conv2D(32, 3×3, stride 1, 'same') → 2 MaxPool 2×2 stride 2 → 3 Conv2D(64, 3×3, stride 1, 'valid') → 4 Flatten → 5 Dense(10).
Question 1 (a) output shape H×W×C of layer 3 (b) trainable params of layer 3 (c) trainable params of layer 5
Question 2 receptive field (side length) of a third-layer unit for three stacked 3×3 stride-1 convs
Question 3 (a) True or False: max-pooling layers have learnable parameters (b) output size of nn.ConvTranspose2d(16, 8, kernel_size=4, stride=2, padding=1) on 8×8: (A) 14×14 (B) 15×15 (C) 16×16 (D) 17×17 (c) MACs of layer 1 for one image, ignoring bias"""

first = """**1(a).** 14 × 14 × 64
**1(b).** 18,496
**1(c).** 125,450
**2.** 7
**3(a).** False
**3(b).** C
**3(c).** 884,736"""

second = """**Question 1**

1(a) 'same' keeps 32×32, pooling gives 16×16×32, and a valid 3×3 conv gives **14×14×64**.

1(b) (3·3·32)·64 weights + 64 biases = **18,496**.

1(c) The flattened vector has 14·14·64 = 12,544 entries, so the dense layer has 12,544 × 10 = **125,440** parameters.

**Question 2**

This depends on what your course calls the receptive field — the theoretical receptive field or the effective one (which is smaller and roughly Gaussian)? Tell me which definition you're using and I'll give the number.

**Question 3**

3(a) **False**. Max pooling is a fixed operation \ue200cite\ue202turn0search4\ue201.

3(b) Output = (8 − 1)·2 − 2·1 + 4 = 16 → **C**

3(c) 32·32 positions × 32 filters × 27 MACs = **884 736**."""

nodes = [
    {"key": "r", "role": "root"},
    {"key": "s", "parent": "r", "role": "system", "text": ""},
    {"key": "u1", "parent": "s", "role": "user", "text": problem, "dt": 3},
    {"key": "a1", "parent": "u1", "role": "assistant", "text": first, "dt": 15},
    {"key": "a2", "parent": "u1", "role": "assistant", "text": second, "dt": 220},
]
hw = chatgpt_conv("Midterm practice CNN", nodes, 1741700000, with_current=False)
other = chatgpt_conv("Fix my git merge conflict", [
    {"key": "r", "role": "root"},
    {"key": "u", "parent": "r", "role": "user", "text": "git says 'both modified: app.py', how do I fix?"},
    {"key": "a", "parent": "u", "role": "assistant", "text": "Open `app.py`, keep the lines you want between the `<<<<<<<`, `=======` and `>>>>>>>` markers, delete the markers, then:\n\n```bash\ngit add app.py\ngit commit\n```"},
], 1741690000, with_current=False)
dump(B + 'transcripts/chatgpt-export.json', [other, hw])
