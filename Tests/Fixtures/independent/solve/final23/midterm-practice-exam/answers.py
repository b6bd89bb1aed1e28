"""Recompute every answer of the CSE 447/547 practice midterm (exam class) and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def py(v, nd=4):
    a = np.asarray(v)
    if a.dtype.kind in "iub":
        return a.tolist()
    return (np.round(a.astype(float), nd) + 0.0).tolist()


def pool2d(A, k, s, op):
    oh = (A.shape[0] - k) // s + 1
    ow = (A.shape[1] - k) // s + 1
    return np.array([[op(A[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)], float)


def corr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
                      for j in range(ow)] for i in range(oh)])


LETTERS = "ABCD"
parts = []

# ---------------- Question 1: pooling ----------------
A = np.array([[1, 3, 2, 0], [4, 6, 1, 5], [7, 2, 8, 3], [0, 9, 4, 6]], float)
parts.append(dict(id="1a", computable=True, family="max pooling", answer_kind="matrix",
                  answer=py(pool2d(A, 2, 2, np.max)), tolerance=0.001))
parts.append(dict(id="1b", computable=True, family="average pooling", answer_kind="matrix",
                  answer=py(pool2d(A, 2, 2, np.mean)), tolerance=0.001))
parts.append(dict(id="1c.i", computable=True, family="max pooling (overlapping windows)", answer_kind="matrix",
                  answer=py(pool2d(A, 3, 1, np.max)), tolerance=0.001))
parts.append(dict(id="1c.ii", computable=True, family="average pooling (overlapping windows)",
                  answer_kind="matrix", answer=py(pool2d(A, 3, 1, np.mean)), tolerance=0.001))
parts.append(dict(id="1d", computable=True, family="global average pooling", answer_kind="real",
                  answer=round(float(A.mean()), 4), tolerance=0.001))
# backward of 2x2/2 max pool: gradient routed to the argmax of each window
G = np.zeros_like(A)
for i in range(2):
    for j in range(2):
        win = A[2 * i:2 * i + 2, 2 * j:2 * j + 2]
        assert (win == win.max()).sum() == 1          # no ties
        r, c = np.unravel_index(np.argmax(win), win.shape)
        G[2 * i + r, 2 * j + c] += 1.0
nz = int((G != 0).sum())
parts.append(dict(id="1e", computable=True, family="max pooling backward", answer_kind="choice",
                  answer=LETTERS[[1, 4, 8, 16].index(nz)]))

# ---------------- Question 2: convolution and cost ----------------
X = np.array([[1, 0, 2, 1], [0, 1, 1, 0], [2, 1, 0, 1], [1, 0, 1, 2]], float)
K = np.array([[0, 1, 0], [1, -1, 1], [0, 1, 0]], float)
parts.append(dict(id="2a", computable=True, family="2D cross-correlation, padding and stride",
                  answer_kind="matrix", answer=py(corr2d(X, K, stride=2, pad=1)), tolerance=0.001))
X1 = np.array([[1, 2, 0], [0, 1, 1], [3, 0, 2]], float)
X2 = np.array([[2, 0, 1], [1, 1, 0], [0, 2, 1]], float)
K1 = np.array([[1, 0], [0, 1]], float)
K2 = np.array([[0, 1], [-1, 0]], float)
out2 = corr2d(X1, K1) + corr2d(X2, K2) - 1.0
parts.append(dict(id="2b", computable=True, family="multi-channel convolution with bias",
                  answer_kind="matrix", answer=py(out2), tolerance=0.001))
N, Cin, Cout, H, k = 32, 128, 256, 28, 3
Hout = (H + 2 * 1 - k) // 1 + 1
macs = N * Cout * Hout * Hout * Cin * k * k
parts.append(dict(id="2c", computable=True, family="conv FLOPs", answer_kind="integer", answer=int(2 * macs)))
macs_dws = N * Hout * Hout * (Cin * k * k + Cin * Cout)
ratio = macs / macs_dws
opts = [3, 8.7, 9, 256]
parts.append(dict(id="2d", computable=True, family="depthwise separable MAC reduction", answer_kind="choice",
                  answer=LETTERS[int(np.argmin([abs(o - ratio) for o in opts]))]))

# ---------------- Question 3: activations and receptive fields ----------------
def rf(layers):
    r, j = 1, 1
    for kk, ss in layers:
        r += (kk - 1) * j
        j *= ss
    return r


parts.append(dict(id="3a", computable=True, family="receptive field (true/false)", answer_kind="boolean",
                  answer=bool(rf([(3, 1)] * 3) == rf([(7, 1)]))))
parts.append(dict(id="3b", computable=True, family="receptive field", answer_kind="integer",
                  answer=int(rf([(3, 1), (3, 2), (3, 1), (3, 2)]))))
z = -2.0
leaky_grad = 1.0 if z > 0 else 0.01
parts.append(dict(id="3c", computable=True, family="leaky ReLU derivative", answer_kind="choice",
                  answer=LETTERS[[0, -0.02, 0.01, 1].index(leaky_grad)]))
zz = -1.0
elu = zz if zz > 0 else 1.0 * (np.exp(zz) - 1)
parts.append(dict(id="3d", computable=True, family="ELU activation", answer_kind="real",
                  answer=round(float(elu), 4), tolerance=0.001))
parts.append(dict(id="3e", computable=False,
                  why="ambiguous: ReLU is not differentiable at 0; 'undefined', 0 (PyTorch's choice), 1 or any value in [0, 1] are all defended"))
parts.append(dict(id="3f", computable=False, why="explain in words"))

# ---------------- Question 4: optimizers and schedules ----------------
w, g, lr, wd = 2.0, 0.5, 0.01, 0.1
b1, b2, eps = 0.9, 0.999, 1e-8


def adam_step(w, g, decoupled):
    if decoupled:
        w = w * (1 - lr * wd)          # AdamW: decay applied directly to the weight
    else:
        g = g + wd * w                 # Adam: L2 term added to the gradient
    m = (1 - b1) * g
    v = (1 - b2) * g * g
    mh, vh = m / (1 - b1), v / (1 - b2)
    return w - lr * mh / (np.sqrt(vh) + eps)


parts.append(dict(id="4a.i", computable=True, family="AdamW step (decoupled weight decay)", answer_kind="real",
                  answer=round(float(adam_step(w, g, True)), 5), tolerance=0.0001))
parts.append(dict(id="4a.ii", computable=True, family="Adam step with L2 weight decay", answer_kind="real",
                  answer=round(float(adam_step(w, g, False)), 5), tolerance=0.0001))
eta_max, eta_min, T, t = 0.1, 0.001, 100, 25
eta = eta_min + 0.5 * (eta_max - eta_min) * (1 + np.cos(np.pi * t / T))
parts.append(dict(id="4b", computable=True, family="cosine learning-rate schedule", answer_kind="real",
                  answer=round(float(eta), 5), tolerance=0.0001))
grads = [np.array([3.0, 0.0]), np.array([4.0])]
total = np.sqrt(sum(np.sum(q ** 2) for q in grads))
coef = min(1.0, 1.0 / (total + 1e-6))
parts.append(dict(id="4c", computable=True, family="gradient clipping by global norm", answer_kind="vector",
                  answer=py(grads[0] * coef), tolerance=0.001))
parts.append(dict(id="4d", computable=False, why="sketch"))

doc = {"set": "midterm-practice-exam", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
