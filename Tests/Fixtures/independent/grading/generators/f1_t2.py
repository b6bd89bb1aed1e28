import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
B = REPO + '/Tests/Fixtures/independent/grading/final/conv-by-hand-exercises/'
P = open(B + 'problems.md').read()

answer = r"""**Exercise 2.3**

(a) $y = [1\cdot1 + 0 - 0,\ 2 + 0 + 1,\ 0 + 0 - 3] = [1, 3, -3]$

(b) Padded input $[0, 1, 2, 0, -1, 3, 0]$; windows at 0, 2, 4 give $[-2, 3, -1]$.

**Exercise 2.4**

(a) Each entry is $Y_{ij} = X_{ij} - X_{i+1,j+1}$:

$$
Y = \begin{bmatrix} 0 & -1 & -1 \\ -1 & 1 & 3 \\ 2 & 0 & -2 \end{bmatrix}
$$

(c) With the flipped kernel $\begin{bmatrix} -1 & 0 \\ 0 & 1 \end{bmatrix}$, the top-middle entry is $-X_{01} + X_{12} = -2 + 3 = 1$.

**Exercise 2.5**

Stamping $[1, -1, 2]$ at offset 0 and $2\cdot[1, -1, 2]$ at offset 2 and summing:

$$
[1, -1, 4, -2, 4]
$$

**Exercise 2.6**

(a) $4(20 \cdot 10 + 20 \cdot 20 + 2 \cdot 20) + 4(20 \cdot 20 + 20 \cdot 20 + 2 \cdot 20) = 2560 + 3360 = 5\,920$

(b) a — the GRU has three gate blocks, $3 \cdot 640 = 1920$.

---

**Summary**

- 2.3: (a) [1, 3, −3], (b) [−2, 3, −1]
- 2.4: (a) see matrix above, (c) 1
- 2.5: [1, −1, 3, −2, 4]
- 2.6: (a) 5 920, (b) a"""

hw = claude_conv("Convolution exercises ch. 2", [
    {"sender": "human", "text": "Here are my chapter 2 exercises, can you solve them?\n\n" + P},
    {"sender": "assistant", "content": [
        {"type": "thinking", "thinking": "2.4b pooling of Y: [[1,3],[2,3]]. 2.5 length (2-1)*2+3 = 5.", "summaries": [], "cut_off": False},
        {"type": "text", "text": answer}]},
], 1741600000)
other = claude_conv("Spanish subjunctive", [
    {"sender": "human", "text": "when do I use subjunctive after 'espero que'?"},
    {"sender": "assistant", "text": "Always: *espero que* expresses a wish, so it takes the subjunctive — *Espero que vengas*."},
], 1741610000)
dump(B + 'transcripts/claude-export.json', [other, hw])
