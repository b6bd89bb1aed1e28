"""Compute the numeric key values for stoich-yields (python3, stdlib only)."""
C, H, O, N, Fe = 12.011, 1.008, 15.999, 14.007, 55.845
M_propane = 3 * C + 8 * H
M_O2, M_CO2 = 2 * O, C + 2 * O
n_prop = 22.0 / M_propane
n_O2 = 64.0 / M_O2
limiting = "B" if n_O2 / 5 < n_prop else "A"
n_CO2 = 3 * min(n_prop, n_O2 / 5)
y_CO2 = n_CO2 * M_CO2
pct = 45.0 / y_CO2 * 100
coeffs = [1, 3, 2, 3]
# check the balance: Fe, C, O
assert 2 * coeffs[0] == coeffs[2] and coeffs[1] == coeffs[3] and 3 * coeffs[0] + coeffs[1] == 2 * coeffs[3]
M_NH3 = N + 3 * H
n_NH3 = 100.0 / M_NH3
m_H2 = 1.5 * n_NH3 * 2 * H
m_N2 = n_NH3 / 2 / 0.750 * 2 * N
values = {"1a": n_prop, "1b": limiting, "1c": y_CO2, "1d": pct, "2": coeffs,
          "3a": m_H2, "3b": m_N2, "4": "false"}
if __name__ == "__main__":
    for k, v in values.items():
        print(k, v)
