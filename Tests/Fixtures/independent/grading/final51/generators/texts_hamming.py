"""Message texts for the two ChatGPT exports of the Hamming-code set (used by make_exports.py)."""

CITE_WIKI = "\ue200cite\ue202turn0search0\ue201"
CITE_NOTES = "\ue200cite\ue202turn0search3\ue202turn0search5\ue201"

C1_USER = """Quiz prep. (7,4) Hamming code, systematic, G = [I4 | P], H = [P^T | I3] with
P =
1 1 0
1 0 1
0 1 1
1 1 1
row vectors, bits numbered 1..7 from the left, c = mG, all mod 2.
Question 1
(a) What is the code rate?
(b) Encode the message m = (1,0,1,1).
(c) The word r = (0,0,1,1,0,0,1) is received. Compute the syndrome s = r H^T.
(d) Assuming at most one bit error, give the corrected codeword.
(e) What is the minimum Hamming distance d_min of the code?"""

C1_OLD = r"""**(a)** Rate $= k/n = 4/7$.

**(b)** $c = mG = (1,0,1,1 \mid p)$ with $p = $ row 1 + row 3 + row 4 of $P$ $= (1,1,0)+(0,1,1)+(1,1,1) = (0,1,0)$, so $c = (1,0,1,1,1,0,0)$.

**(c)** $s = rH^T = (0,1,1)$.

**(d)** $s$ matches column 3 of $H$, so flip bit 3: $(0,0,0,1,0,0,1)$.

**(e)** $d_{\min} = 3$."""

C1_NEW = r"""Let's set up the matrices first. With $G = [I_4 \mid P]$ and $H = [P^{\mathsf T} \mid I_3]$:

$$
H = \begin{pmatrix}
1 & 1 & 0 & 1 & 1 & 0 & 0\\
1 & 0 & 1 & 1 & 0 & 1 & 0\\
0 & 1 & 1 & 1 & 0 & 0 & 1
\end{pmatrix}
$$

Every column of $H$ is a different nonzero 3-bit vector, which is exactly what makes this a Hamming code """ + CITE_WIKI + r""".

### (a) Code rate
$$R = \frac{k}{n} = \frac{4}{7} \approx 0.571$$

### (b) Encoding $m = (1,0,1,1)$
The parity part is $mP$ = row 1 + row 3 + row 4 of $P$:
$(1,1,0) + (0,1,1) + (1,1,1) = (0,1,0)$.

**Codeword:** $\mathbf c = (1,0,1,1,0,1,0)$

### (c) Syndrome of $r = (0,0,1,1,0,0,1)$
$r$ has ones in positions 3, 4 and 7, so $s$ is the sum of those columns of $H$:
$(0,1,1) + (1,1,1) + (0,0,1) = (1,0,1)$.

**Syndrome:** $\mathbf s = (1,0,1)$

### (d) Correction
$(1,0,1)$ is column 2 of $H$, so bit 2 is in error. Flipping it:

**Corrected codeword:** $(0,1,1,1,0,0,1)$ — check: it equals $(0,1,1,1)\,G$, message $0111$.

### (e) Minimum distance
For a linear code $d_{\min}$ is the smallest weight of a nonzero codeword. No two columns of $H$ are equal (so $d_{\min} \ge 3$), and row 1 of $G$, $(1,0,0,0,1,1,0)$, has weight 3 """ + CITE_NOTES + r""", so

$$d_{\min} = 3.$$"""

C1_USER2 = """thanks!! Question 2 now:
(a) A different binary linear code has d_min = 5. How many bit errors per codeword can it always correct?
(b) Codewords of the (7,4) code are sent over a BSC with crossover probability p = 0.01, independently for each bit. A codeword is decoded wrongly exactly when two or more of its seven bits are flipped. What is the probability of a decoding error? Give four significant figures."""

C1_ANS2 = r"""**(a)** A code with minimum distance $d$ corrects $t = \lfloor (d-1)/2 \rfloor$ errors, so with $d_{\min} = 5$:

$$t = \left\lfloor \tfrac{5-1}{2} \right\rfloor = 2 \text{ errors.}$$

**(b)** The codeword is affected as soon as any bit flips, so

$$P_{\text{err}} = 1 - (1-p)^7 = 1 - 0.99^7 .$$

""" + "\ue203" + r"""```python
p = 0.01
print(1 - (1 - p)**7)   # 0.0679346520930101
```

$$P_{\text{err}} = 1 - 0.932065 \approx 0.06793$$

So about a **6.793 %** chance, i.e. $P_{\text{err}} \approx 0.06793$ to four significant figures."""

C2_USER = r"""ECE 4450 quiz 2 (practice version). Systematic (7,4) Hamming code, G = [I_4 | P], H = [P^T | I_3],
P = [[1,1,0],[1,0,1],[0,1,1],[1,1,1]]. Row vectors, bits 1..7 from the left, c = mG, mod 2.

Question 1
(a) What is the code rate?
(b) Encode the message m = (1,0,1,1).
(c) The word r = (0,0,1,1,0,0,1) is received. Compute the syndrome s = r H^T.
(d) Assuming at most one bit error, give the corrected codeword.
(e) What is the minimum Hamming distance d_min of the code?

Question 2
(a) A different binary linear code has d_min = 5. How many bit errors per codeword can it always correct?
(b) BSC with p = 0.01, independent bits. A codeword is decoded wrongly exactly when two or more of its seven bits are flipped. Probability of a decoding error, 4 significant figures?"""

C2_FIRST = r"""## Question 1

$H = [P^T \mid I_3] = \begin{bmatrix} 1&1&0&1&1&0&0 \\ 1&0&1&1&0&1&0 \\ 0&1&1&1&0&0&1 \end{bmatrix}$

**1(a)** $R = 4/7$

**1(b)** $mP = (1,1,0) \oplus (0,1,1) \oplus (1,1,1) = (0,1,0)$, so $\mathbf c = (1,0,1,1,0,1,0)$.

**1(c)** $r = (0,0,1,1,0,0,1)$ selects columns 3, 4, 7 of $H$:

$$\mathbf s = (0,1,1) \oplus (1,1,1) \oplus (0,0,1) = (1,1,0)$$

**1(d)** $(1,1,0)$ is column 1 of $H$, so the error is in bit 1:

$$\hat{\mathbf c} = (1,0,1,1,0,0,1)$$

**1(e)** $d_{\min} = 3$ (the smallest nonzero codeword weight; e.g. row 1 of $G$ has weight 3).

## Question 2

**2(a)** $t = \lfloor (5-1)/2 \rfloor = 2$

**2(b)**
$$P_e = 1 - (0.99)^7 - 7(0.01)(0.99)^6 = 1 - 0.932065 - 0.065904 = 0.002031$$

$P_e \approx 2.031 \times 10^{-3}$"""

C2_RECAP = "Thought for 9 seconds"

C2_REGEN = r"""**Setup.** $H = [P^T \mid I_3]$ has columns $h_1,\dots,h_7 = 110, 101, 011, 111, 100, 010, 001$.

1. **(a)** $R = k/n = 4/7 \approx 0.571$
   **(b)** $\mathbf c = (1,0,1,1,0,1,0)$
   **(c)** $\mathbf s = h_3 + h_4 + h_7 = 011 + 111 + 001 = (1,0,1)$
   **(d)** $\mathbf s = h_2 \Rightarrow$ flip bit 2: $\hat{\mathbf c} = (0,1,1,1,0,0,1)$
   **(e)** $d_{\min} = 3$
2. **(a)** $t = 2$
   **(b)** $P_e = 1 - 0.99^7 - 7\cdot 0.01 \cdot 0.99^6 \approx 0.002031$"""

C2_USER_REGEN = "why did the first answer say bit 1?"

C2_REGEN_FOLLOW = r"""The first answer made an addition slip in the last syndrome bit: $1 \oplus 1 \oplus 1 = 1$, not $0$. The correct syndrome is $(1,0,1)$, which points at bit 2, and the corrected codeword is $(0,1,1,1,0,0,1)$."""
