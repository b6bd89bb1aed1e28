import numpy as np, yaml

def r(x, d=4):
    a = np.round(np.asarray(x, dtype=float), d) + 0.0
    return a.tolist() if a.ndim else float(a)

parts = []
def add(id, family, kind, ans, tol=None, **kw):
    e = dict(id=id, computable=True, family=family, answer_kind=kind, answer=ans)
    if tol is not None: e['tolerance'] = tol
    e.update(kw); parts.append(e)
def nc(id, why): parts.append(dict(id=id, computable=False, why=why))

# ---------- Question 1 ----------
grad = lambda w: np.array([4*w[0], w[1]])
f = lambda w: 2*w[0]**2 + 0.5*w[1]**2
w0 = np.array([1.0, 2.0]); eta = 0.1
w = w0.copy()
for _ in range(3): w = w - eta*grad(w)
add('1a', 'gradient descent, three steps', 'vector', r(w), 1e-4)

beta = 0.9
w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    v = beta*v + grad(w); w = w - eta*v
w_hb = w
add('1b', 'heavy-ball momentum, two steps', 'vector', r(w), 1e-4)

w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    v = beta*v + grad(w - eta*beta*v); w = w - eta*v
w_nag = w
add('1c', 'Nesterov momentum, two steps', 'vector', r(w), 1e-4)

b1, b2 = 0.9, 0.999
w = w0.copy(); m = np.zeros(2); s = np.zeros(2)
for t in range(1, 3):
    g = grad(w); m = b1*m + (1-b1)*g; s = b2*s + (1-b2)*g*g
    mh = m/(1-b1**t); sh = s/(1-b2**t)
    w = w - eta*mh/np.sqrt(sh)
add('1d', 'Adam, two steps', 'vector', r(w), 1e-4)

lam = 0.5
w = w0.copy()
for _ in range(2): w = w - eta*(grad(w) + lam*w)
add('1e', 'gradient descent with L2 weight decay, two steps', 'vector', r(w), 1e-4)

fh, fn = f(w_hb), f(w_nag)
add('1f', 'compare momentum variants (multiple choice)', 'choice',
    'A' if fh < fn else ('B' if fn < fh else 'C'))
L = 4.0  # largest curvature
add('1g', 'GD stability bound on learning rate', 'real', r(2/L), 1e-4)
nc('1h', 'explain in words')

# ---------- Question 2 ----------
X = np.array([[1, 4], [3, 0], [5, 2], [7, 2]], dtype=float)
gam = np.array([2.0, 1.0]); bet = np.array([0.0, 0.5])
mu = X.mean(0); var = X.var(0)
add('2a', 'batch norm statistics', 'matrix', r([mu, var]), 1e-4)
Y = gam*(X - mu)/np.sqrt(var) + bet
add('2b', 'batch norm training forward', 'vector', r(Y[2]), 1e-4)
mom = 0.1
rm = (1-mom)*np.zeros(2) + mom*mu
add('2c', 'batch norm running mean update', 'vector', r(rm), 1e-4)
rv = (1-mom)*np.ones(2) + mom*X.var(0, ddof=1)
add('2d', 'batch norm running variance update (unbiased)', 'vector', r(rv), 1e-4)
xe = np.array([1.0, 1.0])
add('2e', 'batch norm eval forward', 'vector', r(gam*(xe - rm)/np.sqrt(rv) + bet), 1e-4)
x1 = X[:, 0]; g1 = 2.0
xh = (x1 - x1.mean())/x1.std(); dy = np.array([1.0, 0, 0, -1])
dx = g1/x1.std()*(dy - dy.mean() - xh*(dy*xh).mean())
add('2f', 'batch norm backward', 'vector', r(dx), 1e-4)
xs = np.array([[3.0, -2.0]]); eps = 1e-5
ys = gam*(xs - xs.mean(0))/np.sqrt(xs.var(0) + eps) + bet
add('2g', 'batch norm with a batch of one', 'vector', r(ys[0]), 1e-4)

# ---------- Question 3 ----------
x = np.array([[1, 3], [2, 6], [0, 0], [4, 8]], dtype=float)
ln = (x - x.mean())/x.std()
add('3a', 'layer norm forward', 'vector', r(ln[0]), 1e-4)
gn = np.zeros_like(x)
for g in range(2):
    blk = x[2*g:2*g+2]; gn[2*g:2*g+2] = (blk - blk.mean())/blk.std()
add('3b', 'group norm forward', 'matrix', r(gn), 1e-4)
c4 = x[3]; inn4 = (c4 - c4.mean())/c4.std()
add('3c', 'instance norm forward', 'vector', r(inn4), 1e-4)
add('3d', 'group norm batch independence (true/false)', 'boolean', False)
add('3e', 'normalization parameter count', 'integer', 2*512 + 2*64)
nc('3f', 'discuss')

yaml.safe_dump(dict(set='optim_norm_exam', source='problems.tex', parts=parts),
               open('expected.yaml', 'w'), sort_keys=False, default_flow_style=None)
