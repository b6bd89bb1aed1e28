"""Computes every numeric answer of the key for cnn-layers-exam (channels-last)."""

def out(n, k, s=1, p=0):
    return (n + 2 * p - k) // s + 1

h1 = 32                      # 'same'
h2 = out(h1, 2, 2)           # pool
h3 = out(h2, 3)              # 'valid'
print("1a", [h3, h3, 64], "HWC")
print("1b", 3 * 3 * 32 * 64 + 64)
print("1c", h3 * h3 * 64 * 10 + 10)
# 2: receptive field of n stacked kxk stride-1 convs: 1 + n(k-1)
print("2", 1 + 3 * (3 - 1))
print("3a", "false")
ht = (8 - 1) * 2 - 2 * 1 + 4
print("3b", ht, "-> C (16x16)")
print("3c", 32 * 32 * 32 * 3 * 3 * 3)
