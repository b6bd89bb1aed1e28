import numpy as np, yaml, math

def r(x, d=4):
    a = np.round(np.asarray(x, dtype=float), d) + 0.0
    return a.tolist() if a.ndim else float(a)
parts = []
def add(id, family, kind, ans, tol=None, **kw):
    e = dict(id=id, computable=True, family=family, answer_kind=kind, answer=ans)
    if tol is not None: e['tolerance'] = tol
    e.update(kw); parts.append(e)
def nc(id, why): parts.append(dict(id=id, computable=False, why=why))

# Question 1
conv = lambda cin, cout, k, g=1, bias=True: cout*(cin//g)*k*k + (cout if bias else 0)
add('1a', 'conv parameter count', 'integer', conv(64, 128, 3))
add('1b', 'depthwise separable parameter count', 'integer', conv(64, 64, 3, g=64) + conv(64, 128, 1))
add('1c', 'grouped conv parameter count', 'integer', conv(64, 128, 3, g=4))
add('1d', 'linear + embedding parameter count', 'integer', 512*10 + 10000*300)
def rnn(gates, inp, hid, layers=1):
    tot = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        tot += gates*(hid*i + hid*hid + 2*hid)
    return tot
add('1e', 'LSTM parameter count', 'integer', rnn(4, 128, 256, 2))
add('1f', 'GRU parameter count', 'integer', rnn(3, 100, 50))
E = 256
add('1g', 'multi-head attention parameter count', 'integer', 3*E*E + 3*E + E*E + E)

# Question 2
x = np.array([0, 1, 2, 3.0]); y = np.array([1, 3, 4, 8.0])
X = np.stack([np.ones(4), x], 1)
w_ls = np.linalg.solve(X.T@X, X.T@y)
add('2a', 'least squares closed form', 'vector', r(w_ls), 1e-4)
w_r = np.linalg.solve(X.T@X + 1.0*np.eye(2), X.T@y)
add('2b', 'ridge closed form', 'vector', r(w_r), 1e-4)
add('2c', 'ridge prediction', 'real', r(w_r @ [1, 5.0]), 1e-4)
nc('2d', 'explain in words')

# Question 3
Q = np.array([[1, 0], [0, 1.0]]); K = np.array([[1, 1], [0, 1], [1, 0.0]]); V = np.array([[1, 2], [0, 1], [3, 0.0]])
S = Q@K.T/np.sqrt(2)
A = np.exp(S)/np.exp(S).sum(1, keepdims=True)
add('3a', 'attention scores', 'matrix', r(S), 1e-4)
add('3b', 'attention weights', 'matrix', r(A), 1e-4)
add('3c', 'attention output', 'matrix', r(A@V), 1e-4)

# Question 4
g = lambda w: 2*(w - 3)
w = 0.0; lr = 0.1
for t in range(3):
    w -= lr*g(w); lr *= 0.5
add('4a', 'SGD with step-decay schedule, three steps', 'real', r(w), 1e-4)
w = 0.0; lr, b1, b2, wd = 0.1, 0.9, 0.999, 0.1; m = v = 0.0
for t in range(1, 3):
    gr = g(w)
    w = w - lr*wd*w
    m = b1*m + (1 - b1)*gr; v = b2*v + (1 - b2)*gr*gr
    w = w - lr*(m/(1 - b1**t))/math.sqrt(v/(1 - b2**t))
add('4b', 'AdamW, two steps', 'real', r(w), 1e-4)
add('4c', 'cosine annealing learning rate', 'real', r(0 + 0.5*(0.1 - 0)*(1 + math.cos(math.pi*3/10))), 1e-4)

# Question 5
sig = lambda s: 1/(1 + math.exp(-s))
add('5a', 'activation derivatives', 'vector', r([sig(0)*(1 - sig(0)), 1 - math.tanh(1)**2, 0.01]), 1e-4)
xv, yv, zv = 3.0, 2.0, -1.0
u = xv*yv + zv; h = max(0.0, yv - zv); relu_d = 1.0 if yv - zv > 0 else 0.0
add('5b', 'tiny graph forward', 'real', r(u*h), 1e-4)
add('5c', 'backprop through a tiny graph', 'vector', r([h*yv, h*xv + u*relu_d, h - u*relu_d]), 1e-4)

yaml.safe_dump(dict(set='params_attn_txt', source='problems.txt', parts=parts),
               open('expected.yaml', 'w'), sort_keys=False, default_flow_style=None)
