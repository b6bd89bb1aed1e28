"""Computes every numeric answer of the key for conv-shapes-exam."""

def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

# 1a
h = conv_out(64, 5, 1, 2)
print("1a", [16, h, h])
# 1b
print("1b", 16 * 3 * 5 * 5 + 16)
# 1c
h2 = conv_out(h, 2, 2)          # max pool
h3 = conv_out(h2, 3, 2, 0)
print("1c", [32, h3, h3])
# 2
print("2", conv_out(9, 3, 1, 0, 2))
# 3a
counts = {
    "A": 256 * 128 + 128,
    "B": 64 * 64 * 9 + 64,
    "C": 1000 * 32,
    "D": 4 * (64 * 32 + 64 * 64 + 64 + 64),   # PyTorch LSTM: two bias vectors
}
print("3a", max(counts, key=counts.get), counts)
# 3b: 1x1 conv: Cout*Cin + Cout ; Linear: Cout*Cin + Cout
print("3b", "true")
# 3c
print("3c", 64 * 3 * 3 + 64 * 128)
