#!/usr/bin/env python3
"""Writes the four JSON chat exports of this corpus. Deterministic: re-running gives byte-identical files."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(rel, obj):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv_id, t0):
        self.conv_id = conv_id
        self.t = t0
        self.mapping = {}
        self.n = 0
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return "%s-%04d" % (self.conv_id[:8], self.n)

    def add(self, parent, role, content, recipient="all", t=None, meta=None, name=None):
        nid = self._id()
        self.t += 7.5
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t if t is not None else self.t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": role == "assistant" and recipient == "all",
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, parent, text, **kw):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, **kw)

    def asst(self, parent, text, **kw):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]}, **kw)

    def thoughts(self, parent, summary, body):
        return self.add(parent, "assistant", {"content_type": "thoughts",
                        "thoughts": [{"summary": summary, "content": body}], "source_analysis_msg_id": None},
                        meta={"reasoning_status": "is_reasoning"})

    def recap(self, parent, text):
        return self.add(parent, "assistant", {"content_type": "reasoning_recap", "content": text},
                        meta={"reasoning_status": "reasoning_ended"})

    def code(self, parent, src, **kw):
        return self.add(parent, "assistant", {"content_type": "code", "language": "python", "text": src},
                        recipient="python", **kw)

    def output(self, parent, text, **kw):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": text}, name="python", **kw)

    def conv(self, title, current=None, create=None):
        c = {"title": title, "create_time": create, "update_time": self.t, "mapping": self.mapping,
             "moderation_results": [], "current_node": current, "conversation_id": self.conv_id,
             "id": self.conv_id, "default_model_slug": "gpt-4o"}
        if current is None:
            del c["current_node"]
        return c


# ---------------------------------------------------------------- thermo: ChatGPT export
THERMO_Q = """Thermal physics HW 6, all three problems please.

1. A Carnot engine operates between reservoirs at 800 K and 300 K. In each cycle it absorbs Q_H = 2000 J from the hot reservoir.
(a) What is its efficiency? (b) How much work does it do per cycle (in J)? (c) How much heat does it reject to the cold reservoir per cycle (in J)? (d) The same cycle is run backwards as a refrigerator cooling the 300 K reservoir. What is its coefficient of performance?
2. An ideal air-standard Otto cycle has compression ratio r = 8; take γ = 1.4.
(a) Compute the thermal efficiency to three significant figures. (b) T_1 = 300 K. Find T_2 at the end of the adiabatic compression, to the nearest kelvin. (c) True or false: for fixed r and γ, the efficiency of the ideal Otto cycle increases with the peak combustion temperature.
3. Two moles of an ideal gas expand reversibly and isothermally at 400 K from 10 L to 30 L. Find the entropy change of the gas in J/K, to three significant figures."""

THERMO_OLD = r"""Here you go.

**1.** (a) $\eta = 1 - 300/800 = 0.625$ (b) $W = 1250$ J (c) $Q_C = 750$ J (d) $\mathrm{COP} = 300/500 = 0.6$

**2.** (a) $\eta = 1 - 8^{-0.4} \approx 0.565$ (b) $T_2 \approx 689$ K (c) True

**3.** $\Delta S = 2R\ln 3 \approx 18.3$ J/K"""

THERMO_NEW = r"""## Problem 1 — Carnot engine

**(a)** The Carnot efficiency depends only on the reservoir temperatures:
$$\eta = 1 - \frac{T_C}{T_H} = 1 - \frac{300}{800} = 0.625$$

**(b)** $W = \eta\, Q_H = 0.625 \times 2000\ \text{J} = 1250\ \text{J}$

**(c)** Energy conservation over one cycle: $Q_C = Q_H - W = 2000 - 1250 = 750\ \text{J}$.

**(d)** As a refrigerator the useful output is the heat extracted from the cold side:
$$\mathrm{COP}_R = \frac{T_C}{T_H - T_C} = \frac{300}{500} = 0.6$$

## Problem 2 — Otto cycle

**(a)** $\eta_{\text{Otto}} = 1 - r^{1-\gamma}$, and $8^{-0.4} = 0.4353$, so

$$\boxed{\eta = 0.435}$$

**(b)** Along the adiabat $TV^{\gamma-1}$ is constant:
$$T_2 = T_1\, r^{\gamma - 1} = 300 \times 8^{0.4} = 300 \times 2.297 = 689\ \text{K}$$

**(c)** **False.** The ideal Otto efficiency contains only $r$ and $\gamma$; a hotter peak raises the net work but not the efficiency.

## Problem 3 — Isothermal expansion

$$\Delta S = nR\ln\frac{V_2}{V_1} = 2 \times 8.314 \times \ln 3 = 18.27\ \text{J/K}$$

so $\Delta S \approx 18.3\ \text{J/K}$.

---

| Part | Result |
|---|---|
| 1a | η = 0.625 |
| 1b | W = 1250 J |
| 1c | Q_C = 1250 J |
| 1d | COP = 0.6 |
| 2a | η = 0.435 |
| 2b | T₂ = 689 K |
| 2c | False |
| 3 | ΔS = 18.3 J/K |"""


def thermo_export():
    other = Tree("8a1f0c3e-2d44-4b1a-9c5e-7f10a2b3c4d5", 1741900000.0)
    u = other.user(other.root, "quick weeknight pasta with spinach and feta?")
    a = other.asst(u, "Try this: cook 200 g penne, wilt 150 g spinach in olive oil with garlic, toss with the drained pasta and 100 g crumbled feta, finish with lemon zest and black pepper.")
    conv_other = other.conv("Spinach feta pasta", current=a, create=1741900000.0)

    t = Tree("67d4e1a2-5b3c-8004-9e1f-2c7a44d0b1e9", 1741990000.0)
    sys_ = t.add(t.root, "system", {"content_type": "text", "parts": [""]}, meta={"is_visually_hidden_from_conversation": True})
    u = t.user(sys_, THERMO_Q)
    old = t.asst(u, THERMO_OLD)   # first answer, later regenerated: not graded
    th = t.thoughts(u, "Checking Carnot and Otto formulas",
                    "Carnot: eta = 1 - 300/800 = 0.625. W = 1250 J, Q_C = 750 J. Fridge COP = 300/500 = 0.6. "
                    "Otto: 8^0.4 = 2.297, 8^-0.4 = 0.4353, efficiency 0.565. T2 = 689 K. dS = 2R ln3 = 18.27.")
    rc = t.recap(th, "Thought for 9 seconds")
    new = t.asst(rc, THERMO_NEW)
    u2 = t.user(new, "thanks, that's everything")
    a2 = t.asst(u2, "Glad to help — good luck with the homework!")
    conv = t.conv("Thermo HW6 Carnot Otto entropy", current=a2, create=1741990000.0)
    write("thermo-cycles/transcripts/chatgpt-export.json", [conv_other, conv])


# ---------------------------------------------------------------- DFT: ChatGPT export without current_node
DFT_Q = """EE 242 PS5, DFT. Convention X[k] = sum_n x[n] e^{-j 2 pi k n / N}, no normalisation.
1. x = [1, 2, 0, -1]. a) X[0] b) X[1] in the form a + bj c) X[2] d) sum_k |X[k]|^2
2. Sampled at fs = 1000 Hz, N = 8 point DFT. a) spacing between bins in Hz b) which bin k (0 <= k <= N/2) holds a 375 Hz sinusoid c) The DFT of a real, even sequence is (A) real and even (B) purely imaginary and odd (C) real and odd (D) complex, with conjugate symmetry only
3. 3-point circular convolution of x = [1, 2, 3] and h = [1, 0, 1], y[n] = sum_m h[m] x[(n-m) mod 3]. Give y as a vector."""

DFT_OLD = """**1.** a) 2 b) 1 + 3j c) 0 d) 6
**2.** a) 125 Hz b) k = 3 c) (D)
**3.** y = [3, 5, 4]"""

DFT_CODE = """import numpy as np
x = np.array([1, 2, 0, -1])
X = np.fft.fft(x)
print(X)
print(np.sum(np.abs(X)**2))"""

DFT_OUT = """[ 2.+0.j  1.-3.j  0.+0.j  1.+3.j]
24.000000000000004"""

DFT_NEW = r"""Let me verify problem 1 numerically — numpy's `fft` uses exactly your sign convention.

### 1. Four-point DFT

From the computation:

- **a)** $X[0] = 2$
- **b)** $X[1] = 1 - 3j$
- **c)** $X[2] = 0$
- **d)** $\sum_k |X[k]|^2 = 4 + 10 + 0 + 10 = 24$ (Parseval: $N \sum |x[n]|^2 = 4 \cdot 6$)

### 2. Frequency bins

- **a)** The bins up to Nyquist cover $f_s/2 = 500$ Hz, so the spacing is $500/8 = 62.5$ Hz.
- **b)** $375 / 62.5 = 6$, so the tone is in bin $k = 6$.
- **c)** **(A)** — real and even.

### 3. Circular convolution

Reading the sum as $y[n] = x[n] + x[(n+2) \bmod 3]$:

$$y = \begin{bmatrix} 4 & 3 & 5 \end{bmatrix}$$"""


def dft_chatgpt_export():
    t = Tree("a3b7c9d1-0e2f-4a6b-8c1d-3e5f7a9b0c2d", 1739900000.0)
    u = t.user(t.root, DFT_Q)
    old = t.asst(u, DFT_OLD, t=1739900010.0)
    # regenerated answer: tool call, tool output, then text (later create_time => graded leaf)
    c = t.code(u, DFT_CODE, t=1739900400.0)
    o = t.output(c, DFT_OUT, t=1739900401.0)
    new = t.asst(o, DFT_NEW, t=1739900420.0)
    conv = t.conv("DFT problem set 5", current=None, create=1739900000.0)
    write("dft-basics/transcripts/conversations.json", [conv])


# ---------------------------------------------------------------- DFT: Claude export
PS5_MD = open(os.path.join(ROOT, "dft-basics", "problems.md"), encoding="utf-8").read()

CLAUDE_ANSWER = r"""I'll take the problems in order, using the conventions from your sheet.

**Problem 1**

a) $X[0] = 1 + 2 + 0 - 1 = 2$

b) The twiddle factor is $e^{j\pi/2} = j$, so
$$X[1] = 1 + 2j + 0 \cdot (-1) + (-1)(-j) = 1 + 3j$$

c) $X[2] = 1 - 2 + 0 + 1 = 0$

d) By Parseval's relation, $\sum_k |X[k]|^2 = N \sum_n |x[n]|^2 = 4 \times 6 = 24$.

**Problem 2**

a) $\Delta f = f_s / N = 1000 / 8 = 125$ Hz

b) $k = 375 / 125 = 3$

c) Both (A) and (D) describe the transform of a real, even sequence — it is real and even, and as the DFT of a real sequence it is conjugate symmetric. So the answer is either (A) or (D), depending on whether your instructor wants the most specific statement.

**Problem 3**

Since $h = [1, 0, 1]$, $y[n] = x[n] + x[(n-2) \bmod 3]$:

| n | terms | y[n] |
|---|---|---|
| 0 | x[0] + x[1] | 3 |
| 1 | x[1] + x[2] | 5 |
| 2 | x[2] + x[0] | 4 |

So $y = (3, 5, 4)$."""


def claude_export():
    other = {
        "uuid": "0b9d2a44-6c1e-4f3a-8d77-1a2b3c4d5e6f",
        "name": "Cover letter edits",
        "created_at": "2025-02-10T18:02:11.000000Z",
        "updated_at": "2025-02-10T18:05:40.000000Z",
        "account": {"uuid": "5e6f7a8b-0000-4000-8000-111122223333"},
        "chat_messages": [
            {"uuid": "c1", "text": "make this sound less stiff: 'I am writing to express my interest'",
             "content": [{"type": "text", "text": "make this sound less stiff: 'I am writing to express my interest'"}],
             "sender": "human", "created_at": "2025-02-10T18:02:11.000000Z", "updated_at": "2025-02-10T18:02:11.000000Z",
             "attachments": [], "files": []},
            {"uuid": "c2", "text": "How about: 'I was excited to see the opening for…'",
             "content": [{"type": "text", "text": "How about: 'I was excited to see the opening for…'"}],
             "sender": "assistant", "created_at": "2025-02-10T18:02:19.000000Z", "updated_at": "2025-02-10T18:02:19.000000Z",
             "attachments": [], "files": []},
        ],
    }
    thinking = ("Problem 1 with the e^{-j} convention: X[1] = 1 - 2j - j = 1 - 3j. "
                "Hmm, or with e^{+j}... Problem 2: 125 Hz, k = 3. Real even -> real even, A. "
                "Circular conv y = [3, 5, 4].")
    human_text = "Can you solve PS5? The sheet is attached."
    conv = {
        "uuid": "7c2e9f10-4b3a-4d5e-9f60-a1b2c3d4e5f6",
        "name": "EE242 PS5 DFT",
        "created_at": "2025-02-19T15:30:02.000000Z",
        "updated_at": "2025-02-19T15:31:45.000000Z",
        "account": {"uuid": "5e6f7a8b-0000-4000-8000-111122223333"},
        "chat_messages": [
            {"uuid": "m1", "text": human_text,
             "content": [{"type": "text", "text": human_text}],
             "sender": "human", "created_at": "2025-02-19T15:30:02.000000Z", "updated_at": "2025-02-19T15:30:02.000000Z",
             "attachments": [{"file_name": "ps5.md", "file_size": len(PS5_MD.encode("utf-8")), "file_type": "text/markdown",
                              "extracted_content": PS5_MD}],
             "files": []},
            {"uuid": "m2", "text": CLAUDE_ANSWER,
             "content": [
                 {"type": "thinking", "thinking": thinking, "summaries": [{"summary": "Working through the DFT sums."}],
                  "start_timestamp": "2025-02-19T15:30:05.000000Z", "stop_timestamp": "2025-02-19T15:30:20.000000Z"},
                 {"type": "text", "text": CLAUDE_ANSWER,
                  "start_timestamp": "2025-02-19T15:30:20.000000Z", "stop_timestamp": "2025-02-19T15:31:40.000000Z",
                  "citations": []},
             ],
             "sender": "assistant", "created_at": "2025-02-19T15:30:05.000000Z", "updated_at": "2025-02-19T15:31:45.000000Z",
             "attachments": [], "files": []},
        ],
    }
    write("dft-basics/transcripts/claude-export.json", [other, conv])


# ---------------------------------------------------------------- counting: ChatGPT export with citations + correction
CNT_Q = """MATH 2150 worksheet 3:
Exercise 3.1. How many distinct arrangements of the letters of the word BANANA are there?
Exercise 3.2. A committee of 5 people is chosen from a group of 7 women and 6 men. (a) How many different committees are possible? (b) How many committees contain exactly 3 women? (c) Suppose every committee is equally likely. (i) How many committees contain at least one man? (ii) What is the probability that the committee contains exactly 3 women? Give a fraction in lowest terms.
Exercise 3.3. Consider x1 + x2 + x3 + x4 = 10. (a) How many solutions in non-negative integers? (b) How many with every xi >= 1?"""

CITE = "\ue200cite\ue202turn0search2\ue201"

CNT_A1 = ("**Exercise 3.1**\n\nTreat the three A's as identical: 6!/3! = **120** arrangements." + CITE + "\n\n"
          "**Exercise 3.2**\n\n"
          "- (a) Any 5 of 13 people: C(13, 5) = **1287**\n"
          "- (b) C(7, 3) · C(6, 2) = 35 · 15 = **525**\n"
          "- (c)(i) Complement of \"all women\": 1287 − C(7, 5) = 1287 − 21 = **1266**\n"
          "- (c)(ii) 525/1287 ≈ **0.41**\n\n"
          "**Exercise 3.3**\n\n"
          "Stars and bars" + CITE.replace("2", "5") + " gives the formula C(n + k, k):\n\n"
          "(a) C(10 + 4, 4)… that is C(14, 3) = **364**\n\n"
          "(b) Substituting yᵢ = xᵢ − 1 gives y₁ + y₂ + y₃ + y₄ = 6, so C(9, 3) = **84**.\n\n"
          + "\ue200" + "```python\nfrom math import comb\nprint(comb(9, 3))  # 84\n```")

CNT_A2 = ("You're right to question it — I mixed up the stars-and-bars formula. For k = 4 variables summing to n = 10 "
          "the count is C(n + k − 1, k − 1):\n\n"
          "$$\\binom{13}{3} = 286$$\n\n"
          "So **3.3(a) = 286**. Part (b) is unaffected and stays 84.")


def counting_export():
    t = Tree("c0ffee12-3456-4789-8abc-def012345678", 1739300000.0)
    u = t.user(t.root, CNT_Q)
    a1 = t.asst(u, CNT_A1)
    u2 = t.user(a1, "are you sure about 3.3(a)? my friend got 286")
    a2 = t.asst(u2, CNT_A2)
    conv = t.conv("Counting worksheet 3", current=a2, create=1739300000.0)
    write("counting/transcripts/chatgpt-export.json", [conv])


if __name__ == "__main__":
    thermo_export()
    dft_chatgpt_export()
    claude_export()
    counting_export()
