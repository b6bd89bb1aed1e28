"""Key values for cnn-arithmetic."""
def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

h = conv_out(64, 5, 2, 2)
print("1a", [32, h, h])
print("1b", 32 * 3 * 5 * 5 + 32)
print("1c", 32 * h * h * 3 * 5 * 5)
hp = conv_out(h, 3, 2, 0)
print("1d", [32, hp, hp])
print("2a", 64 * 3 * 3 + 64 * 128)
print("2b", 128 * (64 // 4) * 3 * 3)
# 3a: receptive field of conv3 s1 -> conv3 s2 -> conv3 s1
r, j = 1, 1
for k, s in [(3, 1), (3, 2), (3, 1)]:
    r += (k - 1) * j; j *= s
print("3a", r, "-> choice", {7: "A", 9: "B", 11: "C", 13: "D"}[r])
# 3b: ConvTranspose2d(16, 8, kernel_size=4, stride=2, padding=1) on 32x32
out = (32 - 1) * 2 - 2 * 1 + 4
print("3b", out, "true" if out == 64 else "false")
