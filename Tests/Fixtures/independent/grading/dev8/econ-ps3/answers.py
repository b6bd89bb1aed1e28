"""Computes every key value of econ-ps3 and checks key.yaml agrees."""
import os
import numpy as np
import yaml

x = np.array([1, 2, 3, 4, 5], float); y = np.array([2, 3, 5, 4, 6], float)
n = len(x)
X = np.column_stack([np.ones(n), x])
beta = np.linalg.solve(X.T @ X, X.T @ y)
resid = y - X @ beta
ssr = resid @ resid; sst = ((y - y.mean()) ** 2).sum()
r2 = 1 - ssr / sst
sigma2 = ssr / (n - 2)
se_b1 = np.sqrt(sigma2 * np.linalg.inv(X.T @ X)[1, 1])
t = beta[1] / se_b1
plim = 1 + 2 * 0.5   # beta1 + beta2 * delta

vals = {"3.1a.i": beta[1], "3.1a.ii": beta[0], "3.1b": r2, "3.1c.i": se_b1, "3.1c.ii": t,
        "3.2a": (X.T @ X).tolist(), "3.2b": plim, "3.2c": "B"}
for k, v in vals.items():
    print(k, v)
print("(distractors: adjusted R2 =", 1 - (ssr / (n - 2)) / (sst / (n - 1)),
      " se with n-1 =", np.sqrt(ssr / (n - 1) / 10), " t with that se =", beta[1] / np.sqrt(ssr / (n - 1) / 10), ")")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k, v in vals.items():
    e = key[k]
    if "answer" in e:
        tol = e.get("tolerance", 1e-9)
        assert np.allclose(np.array(e["answer"], float), np.array(v, float), atol=tol, rtol=0), (k, e, v)
    else:
        assert e["choice"] == v, (k, e, v)
print("key OK")
