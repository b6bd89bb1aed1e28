#!/usr/bin/env python3
"""Deterministic generator for the three JSON chat exports in final67.

  complex-numbers/transcripts/conversations.json   ChatGPT export, 2 conversations,
        regenerated branch, thoughts + reasoning_recap nodes, python tool call.
  quantization/transcripts/conversations.json      ChatGPT export WITHOUT current_node,
        2 conversations, regenerated branch, follow-up correction, citation markers.
  quantization/transcripts/claude-export.json      Claude export, 2 conversations, thinking,
        tool_use/tool_result blocks, attachment with extracted_content.

Re-running produces byte-identical files (fixed ids and timestamps, sorted output).
"""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def dump(obj, rel):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", rel)


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, tag, title, t0):
        self.tag, self.title, self.t0 = tag, title, t0
        self.mapping = {}
        root = uid(tag, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def add(self, parent, role, content, t, name=None, recipient="all", meta=None, key=None):
        self.n += 1
        nid = uid(self.tag, key or "n%d" % self.n)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content["content_type"] == "text" else None,
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, s, t, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, t, **kw)

    def export(self, current_node, update_time, with_current=True):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": update_time,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = current_node
        d["conversation_id"] = uid(self.tag, "conv")
        d["id"] = d["conversation_id"]
        d["is_archived"] = False
        d["default_model_slug"] = "gpt-4o"
        return d


def system_node(c, t):
    return c.add(c.root, "system", {"content_type": "text", "parts": [""]}, t,
                 meta={"is_visually_hidden_from_conversation": True})


# ---------------------------------------------------------------- complex numbers export
COMPLEX_PASTE = r"""Homework 3: Polar form, powers and roots. can you solve all of it and show work

1. Let z = 1 + i√3 and w = 2 − 2i.
(a) Find |zw|.
(b) Give the principal argument of w in degrees, taking the principal value in (−180°, 180°].
(c) Write z/w in the form a + bi with a, b real (exact values).
(d) Compute z^6.

2. Roots of polynomials.
(a) Find the root of p(x) = x^2 − 4x + 13 that has positive imaginary part.
(b) Let r1 and r2 be the roots of x^4 + 16 = 0 lying in the first and second quadrants respectively. Which of the following is r1 r2?
A. 4   B. −4   C. 4i   D. −4i
(c) True or false: for every nonzero complex number z, Arg(z̄) = −Arg(z), where Arg denotes the principal argument in (−π, π]. Justify briefly.

3. Using the principal branch of the logarithm, evaluate i^i. Give an exact expression and a decimal value to four significant figures."""

COMPLEX_BRANCH_A = r"""Sure! Here's a full solution.

## Problem 1

**(a)** $|z| = \sqrt{1+3} = 2$ and $|w| = \sqrt{4+4} = 2\sqrt2$, so $|zw| = |z||w| = 4\sqrt{2}$.

**(b)** $w = 2-2i$ lies in the fourth quadrant, and $\tan\theta = -1$, so $\theta = 315^\circ$.

**(c)** Multiply by the conjugate:
$$\frac{z}{w} = \frac{(1+i\sqrt3)(2+2i)}{8} = \frac{1-\sqrt3}{4} + \frac{1+\sqrt3}{4}i.$$

**(d)** $z = 2e^{i\pi/3}$ so $z^6 = 64e^{2\pi i} = 64$.

## Problem 2

**(a)** $x = 2 \pm 3i$; the one with positive imaginary part is $2+3i$.

**(b)** $r_1 r_2 = 4e^{i\pi} = -4$, option **B**.

**(c)** False: take $z=-1$.

## Problem 3

$i^i = e^{i \log i} = e^{i \cdot i\pi/2} = e^{-\pi/2} \approx 0.2079$."""

COMPLEX_THOUGHTS = [
    {"summary": "Computing moduli and arguments",
     "content": "|z| = 2, |w| = 2√2, product 4√2. Arg w = -45°. z/w: multiply by conjugate (2+2i)/8."},
    {"summary": "Checking the quartic roots",
     "content": "x^4 = -16, roots 2e^{i(π/4 + kπ/2)}. First quadrant π/4, second 3π/4, product 4e^{iπ} = -4 → B."},
    {"summary": "Deciding the true/false",
     "content": "Conjugate reflects angle. Need to double-check the negative real axis... will verify i^i numerically with python."},
]

COMPLEX_FINAL = r"""Here's a worked solution to Homework 3.

## Problem 1

Write both numbers in polar form first:
$$z = 1 + i\sqrt3 = 2\left(\cos\tfrac{\pi}{3} + i\sin\tfrac{\pi}{3}\right) = 2e^{i\pi/3}, \qquad w = 2 - 2i = 2\sqrt2\, e^{-i\pi/4}.$$

**(a)** Moduli multiply: $|zw| = |z|\,|w| = 2 \cdot 2\sqrt2 = 4\sqrt2 \approx 5.657$.

**(b)** $w$ is in the fourth quadrant with $\tan\theta = -2/2 = -1$, so the principal argument is
$$\operatorname{Arg}(w) = -45^\circ.$$
(Not $315^\circ$, which is outside $(-180^\circ, 180^\circ]$.)

**(c)** Multiply numerator and denominator by $\bar w = 2+2i$:
$$\frac{z}{w} = \frac{(1+i\sqrt3)(2+2i)}{(2-2i)(2+2i)} = \frac{2 - 2\sqrt3 + (2+2\sqrt3)i}{8}$$
so
$$\boxed{\frac{z}{w} = \frac{1-\sqrt3}{4} + \frac{1+\sqrt3}{4}\,i}\approx -0.183 + 0.683i.$$

**(d)** By De Moivre, $z^6 = 2^6 e^{i\cdot 6\pi/3} = 64e^{2\pi i}$, hence $\boxed{z^6 = 64}$.

## Problem 2

**(a)** Quadratic formula: $x = \dfrac{4 \pm \sqrt{16-52}}{2} = \dfrac{4 \pm 6i}{2} = 2 \pm 3i$. The root with positive imaginary part is $\boxed{2+3i}$.

**(b)** The roots of $x^4 = -16$ are $2e^{i(\pi/4 + k\pi/2)}$, $k=0,1,2,3$. So $r_1 = 2e^{i\pi/4}$ (first quadrant) and $r_2 = 2e^{3i\pi/4}$ (second quadrant). Then
$$r_1r_2 = 4e^{i(\pi/4 + 3\pi/4)} = 4e^{i\pi/2} = 4i,$$
so the answer is **(C) $4i$**.

**(c)** Conjugation reflects $z$ across the real axis, which flips the sign of the angle. Therefore $\operatorname{Arg}(\bar z) = -\operatorname{Arg}(z)$ for every nonzero $z$: **True.**

## Problem 3

With the principal branch, $\log i = \ln 1 + i\pi/2 = i\pi/2$, so
$$i^i = e^{i\log i} = e^{i\cdot i\pi/2} = e^{-\pi/2}.$$
Numerically (checked above): **$i^i = e^{-\pi/2} \approx 0.2079$**.

| Part | Answer |
|---|---|
| 1(a) | $4\sqrt2$ |
| 1(b) | $-45^\circ$ |
| 1(c) | $\frac{1-\sqrt3}{4} + \frac{1+\sqrt3}{4}i$ |
| 1(d) | $64$ |
| 2(a) | $2+3i$ |
| 2(b) | C |
| 2(c) | True |
| 3 | $e^{-\pi/2} \approx 0.2079$ |"""


def complex_export():
    # unrelated conversation
    p = Conv("complex-pasta", "Weeknight pasta ideas", 1741600000.0)
    s = system_node(p, 1741600000.0)
    u = p.text(s, "user", "give me 3 quick pasta dinners with stuff i already have: garlic, lemon, parmesan, spinach", 1741600010.5)
    a = p.text(u, "assistant", "1. **Lemon-garlic spinach spaghetti** — 15 minutes.\n2. **Cacio e pepe with wilted spinach.**\n3. **Garlic butter orzo** with parmesan and lemon zest.", 1741600021.25)
    pasta = p.export(a, 1741600021.25)

    c = Conv("complex-hw3", "Complex numbers HW3", 1741780000.0)
    s = system_node(c, 1741780000.0)
    u = c.text(s, "user", COMPLEX_PASTE, 1741780033.125)
    # branch A (older, regenerated away)
    c.text(u, "assistant", COMPLEX_BRANCH_A, 1741780061.5, key="branchA")
    # branch B (current)
    th = c.add(u, "assistant", {"content_type": "thoughts", "thoughts": COMPLEX_THOUGHTS,
                                "source_analysis_msg_id": uid("complex-hw3", "analysis")},
               1741780190.0, key="thoughts")
    rr = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"},
               1741780204.0, key="recap")
    code = c.add(rr, "assistant", {"content_type": "code", "language": "unknown",
                                   "text": "import cmath, math\nprint(1j**1j, math.exp(-math.pi/2))"},
                 1741780205.5, recipient="python", key="code")
    out = c.add(code, "tool", {"content_type": "execution_output",
                               "text": "(0.20787957635076193+0j) 0.20787957635076193"},
                1741780207.0, name="python", key="execout")
    fin = c.text(out, "assistant", COMPLEX_FINAL, 1741780231.75, key="final")
    hw = c.export(fin, 1741780231.75)
    dump([hw, pasta], "complex-numbers/transcripts/conversations.json")


# ---------------------------------------------------------------- quantization ChatGPT export
QUANT_PASTE = """PS5 — quantization. Please solve and give final answers clearly.

1. Asymmetric uint8 quantization. Range [x_min, x_max] = [-1.5, 2.5], codes 0..255,
s = (x_max - x_min)/255, z = round(-x_min/s), q = clamp(round(x/s) + z, 0, 255), x_hat = s(q - z).
(a) Compute s (exact fraction or at least 4 significant figures).
(b) Compute z.
(c) Quantize x = [0.0, -1.5, 0.7, 2.5], codes in the same order as x.
(d) Dequantize the code for the third entry (0.7). Exact or 3 s.f.

2. A model has exactly 7.0e9 parameters. 1 GB = 10^9 bytes.
(a) GB needed in fp16?
(b) 4-bit weights, group-wise: every group of 128 weights shares one fp16 scale (no zero point). GB including scales, 3 s.f.
(c) Compression ratio vs fp32 is closest to: (A) 8 (B) 7.76 (C) 4 (D) 3.88

3. True or false: symmetric signed int8 (codes -127..127, zero point 0) on an all-non-negative tensor leaves roughly half of the codes unused."""

QUANT_V1 = """**1(a)** s = 4/255 ≈ 0.015686

**1(b)** −x_min/s = 95.625, so z = 95.

**1(c)** q = [95, 0, 140, 254]

**1(d)** x̂ = s·(140 − 95) ≈ 0.706

**2(a)** 14 GB  **2(b)** 3.5 GB  **2(c)** (A)

**3** True."""

QUANT_V2 = """Let's go through it.

### Problem 1

**(a)** The range is 2.5 − (−1.5) = 4, so

s = 4/255 ≈ **0.01569**

**(b)** −x_min/s = 1.5 · 255/4 = 95.625, which rounds to **z = 96**.

**(c)** Compute round(x/s) + z for each entry (x/s = 63.75·x):

| x | x/s | round | + z | clamp |
|---|---|---|---|---|
| 0.0 | 0 | 0 | 96 | 96 |
| −1.5 | −95.625 | −96 | 0 | 0 |
| 0.7 | 44.625 | 45 | 141 | 141 |
| 2.5 | 159.375 | 159 | 255 | 255 |

So **q = [96, 0, 141, 255]**.

**(d)** x̂₃ = s·(141 − 96) = 45 · 4/255 = 12/17 ≈ **0.706** (quantization error ≈ 0.006).

### Problem 2

**(a)** fp16 is 2 bytes/parameter: 7.0×10⁹ × 2 B = 1.4×10¹⁰ B = **14 GB**.

**(b)** At 4 bits per weight, 7.0×10⁹ × 0.5 B = **3.5 GB**. This is the usual "4-bit ≈ a quarter of fp16" rule of thumb used for QLoRA-style NF4 storage\ue200cite\ue202turn0search2\ue201.

**(c)** fp32 would be 28 GB, and 28 / 3.5 = 8, so the answer is **(A) 8**.

### Problem 3

**False.** Symmetric quantization still uses the full range of 255 codes, because the scale is chosen from max|x|; the non-negative values just get mapped onto codes spread across the range.

\ue203\ue200cite\ue202turn0search5\ue201\ue204
```python
s = 4/255; z = 96
q = [max(0, min(255, round(x/s) + z)) for x in [0.0, -1.5, 0.7, 2.5]]
```"""

QUANT_FOLLOWUP = "for 2b didn't you forget the fp16 scales? every 128 weights has one"

QUANT_FIX = """You're right — I dropped the scale overhead. Redoing **2(b)**:

- Number of groups: 7.0×10⁹ / 128 = 54,687,500
- Scale storage: 54,687,500 × 2 B = 109,375,000 B ≈ 0.109 GB
- 4-bit codes: 3.5 GB

Total = 3.5 + 0.109375 = 3.609375 GB, so the corrected answer is **2(b) ≈ 3.61 GB**.

Equivalently, that's 4 + 16/128 = 4.125 bits per weight."""


def quant_gpt_export():
    r = Conv("quant-regex", "Regex for email validation", 1762100000.0)
    s = system_node(r, 1762100000.0)
    u = r.text(s, "user", "simple regex for emails? doesn't need to be RFC perfect", 1762100005.0)
    a = r.text(u, "assistant", "A pragmatic one:\n\n```\n^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$\n```\n\nIt accepts `a@b.co` and rejects strings with spaces or two `@`.", 1762100014.0)
    regex = r.export(a, 1762100014.0, with_current=False)

    c = Conv("quant-ps5", "PS5 quantization", 1762200000.0)
    s = system_node(c, 1762200000.0)
    u = c.text(s, "user", QUANT_PASTE, 1762200044.0)
    c.text(u, "assistant", QUANT_V1, 1762200059.0, key="v1")
    v2 = c.text(u, "assistant", QUANT_V2, 1762200123.0, key="v2")
    f = c.text(v2, "user", QUANT_FOLLOWUP, 1762200410.0, key="follow")
    fix = c.text(f, "assistant", QUANT_FIX, 1762200421.0, key="fix")
    conv = c.export(fix, 1762200421.0, with_current=False)
    dump([regex, conv], "quantization/transcripts/conversations.json")


# ---------------------------------------------------------------- Claude export
QUANT_ATTACHMENT = """CS 4780 · Efficient Deep Learning — Problem Set 5: Quantization
1. Asymmetric (affine) uint8 quantization (12 points)
A weight tensor has observed range [xmin, xmax] = [−1.5, 2.5]. We quantize it to unsigned 8-bit codes q ∈ {0, . . . , 255} with
s = (xmax − xmin)/255, z = round(−xmin/s), q = clamp(round(x/s) + z, 0, 255),
and dequantize with x̂ = s (q − z).
(a) Compute the scale s. Give it as an exact fraction or to at least 4 significant figures. (3 pts)
(b) Compute the zero point z. (2 pts)
(c) Quantize the vector x = [0.0, −1.5, 0.7, 2.5]. Give the codes in the same order as the entries of x. (4 pts)
(d) Dequantize the code you obtained for the third entry (x3 = 0.7). Give the exact value or 3 significant figures. (3 pts)
2. Memory footprint of a 7B model (9 points)
A language model has exactly 7.0 × 10^9 parameters. Use 1 GB = 10^9 bytes (not GiB) throughout this problem.
(a) How many GB are needed to store the weights in fp16? (2 pts)
(b) The weights are instead stored as 4-bit integers with group-wise quantization: every group of 128 consecutive weights shares one fp16 scale (there is no zero point). How many GB does this take, including the scales? Give 3 significant figures. (4 pts)
(c) Relative to storing the weights in fp32, the compression ratio of the scheme in (b) is closest to: (3 pts)
(A) 8 (B) 7.76 (C) 4 (D) 3.88
3. True or false (2 points)
Using symmetric signed int8 quantization (codes −127 . . . 127, zero point 0) on a tensor whose values are all non-negative (e.g. post-ReLU activations) leaves roughly half of the available codes unused."""

CL_THINK = """Range 4, s = 4/255 = 0.0157. z = round(1.5/s) = round(95.625) = 95? no, 95.625 rounds to 96. Let me just run the numbers in the analysis tool to be safe, including the quantized vector."""

CL_TEXT1 = """I'll work through each problem, using a quick script to double-check the arithmetic."""

CL_CODE = """const s = 4/255;
const z = Math.round(1.5/s);
const xs = [0.0, -1.5, 0.7, 2.5];
const q = xs.map(x => Math.min(255, Math.max(0, Math.trunc(x/s) + z)));
console.log(s, z, q, s*(q[2]-z));
const N = 7e9;
console.log(N*2/1e9, N*(4 + 16/128)/8/1e9, 28/(N*(4+16/128)/8/1e9));"""

CL_RESULT = """0.01568627450980392 96 [96,1,140,255] 0.6901960784313725
14 3.609375 7.757575757575758"""

CL_TEXT2 = """One thing to flag before the write-up: the script used `Math.trunc`, which rounds *toward zero*, not to the nearest integer. For −95.625 and 44.625 that gives −95 and 44 instead of −96 and 45, so the `[96, 1, 140, 255]` it printed is wrong. With proper rounding the codes are different — corrected below.

## Problem 1

**(a)** $s = \\dfrac{2.5-(-1.5)}{255} \\approx 0.0157$

**(b)** $-x_{\\min}/s = 1.5 \\cdot 63.75 = 95.625$, so $z = 96$.

**(c)** With nearest rounding, $x/s = [0,\\ -95.625,\\ 44.625,\\ 159.375] \\to [0, -96, 45, 159]$, and adding $z$ then clamping:

$$q = [96,\\ 0,\\ 141,\\ 255]$$

**(d)** $\\hat{x}_3 = s(141 - 96) = \\dfrac{4}{255}\\cdot 45 = \\dfrac{12}{17} \\approx 0.706$

## Problem 2

**(a)** $7.0\\times10^9 \\times 2\\text{ B} = 14\\text{ GB}$ (about 13.04 GiB, but the problem uses decimal GB).

**(b)** Each weight costs 4 bits plus its share of a 16-bit scale: $4 + 16/128 = 4.125$ bits. So the total is
$$7.0\\times10^9 \\times \\frac{4.125}{8}\\text{ B} = 3.609\\times10^9\\text{ B} \\approx 3.61\\text{ GB}.$$

**(c)** fp32 needs 28 GB; $28 / 3.609 \\approx 7.76$, so **(B)**.

## Problem 3

**True.** With a symmetric grid and zero point 0, every non-negative value maps to a code in $0\\ldots127$; the 127 negative codes are never used, which is about half of the 255.

## Summary

| Part | Answer |
|---|---|
| 1(a) | $s \\approx 0.0157$ |
| 1(b) | $z = 96$ |
| 1(c) | $[96, 0, 141, 255]$ |
| 1(d) | $12/17 \\approx 0.706$ |
| 2(a) | 14 GB |
| 2(b) | 3.50 GB |
| 2(c) | (B) |
| 3 | True |"""


def claude_msg(tag, sender, t, blocks, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid("claude", tag),
        "text": text,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": list(attachments),
        "files": [],
    }


def tb(s, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": s, "citations": []}


def quant_claude_export():
    other = {
        "uuid": uid("claude", "conv-cover"),
        "name": "Cover letter edits",
        "created_at": "2025-11-01T18:02:11.120931Z",
        "updated_at": "2025-11-01T18:05:40.004512Z",
        "account": {"uuid": uid("claude", "account")},
        "chat_messages": [
            claude_msg("cover-h", "human", "2025-11-01T18:02:11.120931Z",
                       [tb("Can you tighten this opening line: 'I am writing to express my strong interest in the position.'",
                           "2025-11-01T18:02:11.120931Z", "2025-11-01T18:02:11.120931Z")]),
            claude_msg("cover-a", "assistant", "2025-11-01T18:02:19.887201Z",
                       [tb("Try: \"I'd like to apply for the ML engineer role — my quantization work at Lumen cut inference cost by 40%.\"",
                           "2025-11-01T18:02:15.100000Z", "2025-11-01T18:02:19.887201Z")]),
        ],
    }
    conv = {
        "uuid": uid("claude", "conv-quant"),
        "name": "Quantization problem set",
        "created_at": "2025-11-05T21:14:03.551203Z",
        "updated_at": "2025-11-05T21:16:47.902211Z",
        "account": {"uuid": uid("claude", "account")},
        "chat_messages": [
            claude_msg("q-h1", "human", "2025-11-05T21:14:03.551203Z",
                       [tb("here's my quantization pset, can you do all the problems? need final answers for each part",
                           "2025-11-05T21:14:03.551203Z", "2025-11-05T21:14:03.551203Z")],
                       attachments=[{"id": uid("claude", "att"), "file_name": "ps5_quantization.pdf",
                                     "file_size": 48213, "file_type": "pdf",
                                     "extracted_content": QUANT_ATTACHMENT,
                                     "created_at": "2025-11-05T21:14:03.551203Z"}]),
            claude_msg("q-a1", "assistant", "2025-11-05T21:14:58.120044Z", [
                {"start_timestamp": "2025-11-05T21:14:05.000000Z", "stop_timestamp": "2025-11-05T21:14:12.000000Z",
                 "type": "thinking", "thinking": CL_THINK, "summaries": [{"summary": "Planning the numeric checks."}],
                 "cut_off": False},
                tb(CL_TEXT1, "2025-11-05T21:14:12.100000Z", "2025-11-05T21:14:13.000000Z"),
                {"start_timestamp": "2025-11-05T21:14:13.200000Z", "stop_timestamp": "2025-11-05T21:14:15.000000Z",
                 "type": "tool_use", "id": "toolu_01Qz7mVnK2pXo8Rc4tLdEw9F", "name": "repl",
                 "input": {"code": CL_CODE}, "message": "Checking the arithmetic"},
                {"start_timestamp": "2025-11-05T21:14:15.500000Z", "stop_timestamp": "2025-11-05T21:14:15.600000Z",
                 "type": "tool_result", "tool_use_id": "toolu_01Qz7mVnK2pXo8Rc4tLdEw9F", "name": "repl",
                 "content": [{"type": "text", "text": CL_RESULT}], "is_error": False},
                tb(CL_TEXT2, "2025-11-05T21:14:16.000000Z", "2025-11-05T21:14:58.120044Z"),
            ]),
        ],
    }
    dump([other, conv], "quantization/transcripts/claude-export.json")


if __name__ == "__main__":
    complex_export()
    quant_gpt_export()
    quant_claude_export()
