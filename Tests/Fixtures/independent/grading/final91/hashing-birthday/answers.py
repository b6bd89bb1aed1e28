"""Compute the numeric key values for hashing-birthday (python3, stdlib only)."""
import math
k, m = 50, 1000
pairs = k * (k - 1) / (2 * m)
p_none = 1.0
for i in range(k):
    p_none *= 1 - i / m
exact = 1 - p_none
approx = 1 - math.exp(-k * (k - 1) / (2 * m))
k32 = round(math.sqrt(2 * (2 ** 32) * math.log(2)))
empty = 8 * (7 / 8) ** 8
two = math.comb(8, 2) * (1 / 8) ** 2 * (7 / 8) ** 6
values = {"3.1a": "k*(k-1)/(2*m)", "3.1b": pairs, "3.1c": exact, "3.1d": approx,
          "3.2": k32, "3.3a": empty, "3.3b": two, "3.4": "B"}
if __name__ == "__main__":
    for key, v in values.items():
        print(key, v)
