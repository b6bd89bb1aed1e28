#!/usr/bin/env python3
"""Computes every key value of bayes-estimators and checks it against key.yaml."""
import os
from fractions import Fraction as F
import yaml

a, b = F(2) + 7, F(3) + 3            # posterior Beta(9, 6)
mean = a / (a + b)
mode = (a - 1) / (a + b - 2)
both = a * (a + 1) / ((a + b) * (a + b + 1))   # E[theta^2]

sigma2, n = F(4), 8
var_mean = sigma2 / n
e_biased = F(n - 1, n) * sigma2

prec = 1 + F(4) / 4                  # prior precision 1 + n / sigma^2
post_var = 1 / prec
post_mean = post_var * (F(4) / 4 * F(5, 2))

print("1a", mean, float(mean)); print("1b", mode, float(mode)); print("1c", both, float(both))
print("2a", var_mean, " 2b", e_biased, " 2c false")
print("3", (post_mean, post_var), (float(post_mean), float(post_var)))

key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
fr = lambda v: F(str(v))
assert fr(key["1a"]["answer"]) == mean and fr(key["1b"]["answer"]) == mode and fr(key["1c"]["answer"]) == both
assert fr(key["2a"]["answer"]) == var_mean and fr(key["2b"]["answer"]) == e_biased
assert key["2c"]["text"] == "false"
assert [fr(v) for v in key["3"]["answer"]] == [post_mean, post_var]
print("key agrees")
