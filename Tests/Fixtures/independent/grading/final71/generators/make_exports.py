#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts of this corpus.

    python3 generators/make_exports.py [OUTDIR]

OUTDIR defaults to the corpus root (the parent of generators/). Writes
  photoelectric/transcripts/chatgpt-export.json   ChatGPT conversations.json (current_node set)
  reliability/transcripts/claude-export.json      Claude data export
  boolean-logic/transcripts/conversations.json    ChatGPT conversations.json WITHOUT current_node
No randomness, no clock: ids come from hashing fixed strings, times are fixed.
"""
import hashlib
import json
import os
import sys

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else \
    os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def uid(*parts):
    h = hashlib.sha1("/".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, title, t0):
        self.title = title
        self.t0 = t0
        self.mapping = {}
        self.root = uid(title, "root")
        self.mapping[self.root] = {"id": self.root, "message": None, "parent": None, "children": []}

    def add(self, key, parent, role, content, dt, recipient="all", meta=None, hidden=False):
        nid = uid(self.title, key)
        pid = self.root if parent is None else uid(self.title, parent)
        md = dict(meta or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
            "create_time": None if dt is None else self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        return nid

    def export(self, current=None, with_current=True):
        last = max(n["message"]["create_time"] or 0 for n in self.mapping.values() if n["message"])
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": last,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = uid(self.title, current)
        d["conversation_id"] = uid(self.title, "conversation")
        d["id"] = d["conversation_id"]
        d["default_model_slug"] = "gpt-4o"
        d["is_archived"] = False
        return d


def text(s):
    return {"content_type": "text", "parts": [s]}


def write_json(rel, obj, **kw):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, **kw)
        f.write("\n")


CITE = "\ue200cite\ue202turn0search2\ue201"

# ================================================================ photoelectric (ChatGPT export)
PHOTO_USER = r"""Can you solve this? show steps pls

Homework 7: Photons, the photoelectric effect and matter waves
Use h = 6.626e-34 J s, c = 2.998e8 m/s, e = 1.602e-19 C, m_e = 9.109e-31 kg. 3 sig figs.

1. Ultraviolet light of wavelength 250 nm falls on a clean sodium surface. The work function of sodium is 2.28 eV.
(a) What is the energy of one photon, in electron-volts?
(b) What is the maximum kinetic energy of the emitted photoelectrons? Give it in joules, in scientific notation.
(c) What stopping potential (in volts) is needed to reduce the photocurrent to zero?
(d) What is the threshold (cut-off) wavelength for sodium, in nanometres?

2. A helium-neon laser emits 5.0 mW of light at 632.8 nm.
(a) How many photons per second leave the laser?
(b) In a separate experiment, an electron (starting at rest) is accelerated through a potential difference of 150 V. Find its de Broglie wavelength in nanometres

3. Conceptual questions about the sodium surface of Question 1.
(a) The intensity of the 250 nm light is doubled while its wavelength is kept fixed. Which statement is correct?
A. The maximum kinetic energy of the photoelectrons doubles.
B. The stopping potential doubles.
C. The photocurrent doubles and the maximum kinetic energy is unchanged.
D. The threshold wavelength increases.
E. Nothing measurable changes.
(b) True or false: light of wavelength"""

PHOTO_OLD = r"""Sure! Here are the solutions.

**1(a)** $E = hc/\lambda = (6.626\times10^{-34})(2.998\times10^{8})/(250\times10^{-9}) = 7.95\times10^{-19}$ J $= 4.96$ eV

**1(b)** $K_{max} = 4.96 - 2.28 = 2.68$ eV $= 4.3\times10^{-19}$ J

**1(c)** $V_0 = 2.68$ V

**1(d)** $\lambda_0 = hc/\phi = 544$ nm

**2(a)** $N = P\lambda/(hc) \approx 1.6\times10^{16}$ photons/s

**2(b)** $\lambda = h/\sqrt{2meV} \approx 0.100$ nm

**3(a)** C

**3(b)** The statement seems to be cut off — what wavelength does it give?"""

PHOTO_THOUGHTS = {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Computing photon energy",
         "content": "hc = 1.986e-25 J m. Divide by 250e-9 -> 7.95e-19 J, /1.602e-19 -> 4.96 eV. Kmax = 2.68 eV. Threshold hc/phi ~ 544 nm?",
         "finished": True},
        {"summary": "Checking the laser photon rate",
         "content": "Use python for P*lambda/(h c); 5 mW not 5 W.",
         "finished": True},
    ],
    "source_analysis_msg_id": uid("Photoelectric HW 7", "thoughts-src"),
}

PHOTO_A1 = r"""Let's go through it carefully, keeping three significant figures.

## Problem 1 — Sodium surface

### (a) Photon energy

\[
E = \frac{hc}{\lambda} = \frac{(6.626\times10^{-34})(2.998\times10^{8})}{250\times10^{-9}} = 7.946\times10^{-19}\ \text{J}
\]

Converting to electron-volts:

\[
E = \frac{7.946\times10^{-19}}{1.602\times10^{-19}} \approx \boxed{4.96\ \text{eV}}
\]

### (b) Maximum kinetic energy

\[
K_{\max} = E - \phi = 4.96 - 2.28 = 2.68\ \text{eV}
\]

In joules:

\[
K_{\max} = 2.68 \times 1.602\times10^{-19} = \boxed{4.29\times10^{-19}\ \text{J}}
\]

### (c) Stopping potential

Since $eV_0 = K_{\max}$, the stopping potential is numerically the kinetic energy in eV:

**Answer:** $V_0 = 2.68\ \text{V}$

### (d) Threshold wavelength

\[
\lambda_0 = \frac{hc}{\phi} = \frac{1.9865\times10^{-25}}{2.28 \times 1.602\times10^{-19}} = 5.43\times10^{-7}\ \text{m}
\]

So the cut-off wavelength is **λ₀ ≈ 543 nm** (green light). Anything longer than that cannot eject electrons.

## Problem 2

For the photon rate I'll just compute it numerically to avoid slips with the powers of ten."""

PHOTO_CODE = r"""h, c = 6.626e-34, 2.998e8
P, lam = 5.0e-3, 632.8e-9
E_photon = h*c/lam
print(E_photon, P/E_photon)"""

PHOTO_TOOL = "3.1392e-19 1.5927712750244808e+16\n"

PHOTO_A2 = r"""### (a) Photons per second

Each photon carries $E = hc/\lambda = 3.14\times10^{-19}$ J, so

$$
N = \frac{P}{E} = \frac{5.0\times10^{-3}\ \text{W}}{3.14\times10^{-19}\ \text{J}}
$$

$$
N \approx 1.59\times10^{16}\ \text{photons/s}
$$

### (b) de Broglie wavelength

The electron gains kinetic energy $K = eV = 150\ \text{eV} = 2.403\times10^{-17}$ J. Its momentum is $p = \sqrt{mK}$, so

\[
\lambda = \frac{h}{\sqrt{m_e e V}} = \frac{6.626\times10^{-34}}{\sqrt{(9.109\times10^{-31})(2.403\times10^{-17})}} = 1.416\times10^{-10}\ \text{m}
\]

**Final answer:** λ ≈ 0.142 nm

## Problem 3

### (a)

Doubling the intensity doubles the number of photons per second, not the energy of each photon. """ + CITE + r""" The photocurrent therefore doubles while $K_{\max}$ and $V_0$ stay the same.

So the answer is **(C)**.

### (b)

Your paste cuts off in the middle of part (b) ("light of wavelength …"). Could you send the rest of the statement? Then I can tell you whether it's true or false."""

photo_conv = Conv("Photoelectric HW 7", 1741359000.0)
photo_conv.add("sys", None, "system", text(""), None, hidden=True)
photo_conv.add("u1", "sys", "user", text(PHOTO_USER), 12.0)
photo_conv.add("a_old", "u1", "assistant", text(PHOTO_OLD), 31.5)
photo_conv.add("thoughts", "u1", "assistant", PHOTO_THOUGHTS, 140.2)
photo_conv.add("recap", "thoughts", "assistant",
               {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, 140.9)
photo_conv.add("a1", "recap", "assistant", text(PHOTO_A1), 151.0)
photo_conv.add("code", "a1", "assistant",
               {"content_type": "code", "language": "python", "response_format_name": None, "text": PHOTO_CODE},
               152.3, recipient="python")
photo_conv.add("tool", "code", "tool",
               {"content_type": "execution_output", "text": PHOTO_TOOL}, 153.0,
               meta={"aggregate_result": {"status": "success", "code": PHOTO_CODE}})
photo_conv.add("a2", "tool", "assistant", text(PHOTO_A2), 170.4)

pasta = Conv("Quick pasta for two", 1741100000.0)
pasta.add("sys", None, "system", text(""), None, hidden=True)
pasta.add("u1", "sys", "user", text("what can I make with 200 g spaghetti, garlic, chili flakes and half a lemon"), 5.0)
pasta.add("a1", "u1", "assistant", text(
    "Make **aglio, olio e peperoncino** with lemon:\n\n1. Boil 200 g spaghetti in well-salted water (about 1 L per 100 g).\n"
    "2. Gently fry 3 sliced garlic cloves and ½ tsp chili flakes in 4 tbsp olive oil.\n"
    "3. Toss with the pasta, a ladle of pasta water and the zest and juice of half a lemon.\n\nServes 2, about 15 minutes."), 18.0)

write_json("photoelectric/transcripts/chatgpt-export.json",
           [pasta.export("a1"), photo_conv.export("a2")], ensure_ascii=True)

# ================================================================ reliability (Claude export)
REL_ATTACH = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "rel_attachment.txt"),
                  encoding="utf-8").read()

REL_U1 = "Here's my reliability problem set (attached). I already did 1(c) myself so skip that one. Please do everything else and show the formulas."

REL_THINK1 = ("The user wants PS4 except 1(c). Exponential lifetimes. MTBF = 1/λ = 40000 h. "
              "R(8760) = exp(-0.219). Series: product. Parallel: 1-(1/4)^2. Relay bank fails if all four fail. "
              "Availability MTBF/(MTBF+MTTR). Let me run the arithmetic in the analysis tool.")

REL_T1 = r"""I'll work through Problem Set 4, skipping 1(c) as you asked. Let me first check the arithmetic."""

REL_CODE = r"""const lam = 2.5e-5;
console.log("MTBF", 1/lam);
console.log("R1yr", Math.exp(-lam*8760));
console.log("series", 0.95*0.98*0.99);
console.log("avail", 1200/1208);"""

REL_RESULT = "MTBF 40000\nR1yr 0.8033217181536266\nseries 0.92169\navail 0.9933774834437086"

REL_T2 = r"""## Problem 1

**(a)** For a constant failure rate the MTBF is the reciprocal of λ:

MTBF = 1/λ = 1/(2.5 × 10⁻⁵ h⁻¹) = **40,000 hours**

**(b)** Survival probability for one year:

R(8760 h) = e^(−λt) = e^(−2.5×10⁻⁵ × 8760) = e^(−0.219) ≈ 0.8033

**R ≈ 80.3 %**

## Problem 2

**(a)** Series system — multiply the reliabilities:

R_s = 0.95 × 0.98 × 0.99 = 0.92169 ≈ **0.9217**

**(b)** Active parallel — the system fails only if both pumps fail:

R_p = 1 − (1 − 3/4)² = 1 − 1/16 = **15/16**

**(c)** The bank fails only if all four relays fail:

P(bank fails) = q⁴ = (2 × 10⁻³)⁴ = 16 × 10⁻¹³ = **1.6 × 10⁻¹²**

## Problem 3

**(a)** With two redundant units the system lasts as long as both lifetimes together:

MTTF = 2/λ = 2/(1.0 × 10⁻³) = **2000 h**

**(b)** Steady-state availability:

A = MTBF / (MTBF + MTTR) = 1200 / 1208 = 0.99338

**A ≈ 99.34 %**

| Part | Answer |
|---|---|
| 1(a) | 40,000 h |
| 1(b) | 80.3 % |
| 2(a) | 0.9217 |
| 2(b) | 15/16 |
| 2(c) | 1.6 × 10⁻¹² |
| 3(a) | 2000 h |
| 3(b) | 99.34 % |"""

REL_U2 = "thanks! for 3(b), how many hours of downtime per year is that roughly?"

REL_T3 = r"""Unavailability is 1 − A = 8/1208 ≈ 0.00662, so over 8760 h you'd expect about

8760 × 0.00662 ≈ **58 hours of downtime per year** (a bit under 2.5 days).

That doesn't change the 3(b) answer itself — it's just another way to read the 99.34 %."""


def cmsg(conv, key, sender, blocks, t, attachments=()):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid("claude", conv, key),
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": list(attachments),
        "files": [],
    }


def tb(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


rel_msgs = [
    cmsg("rel", "h1", "human", [tb(REL_U1, "2025-03-04T19:02:11.000000Z", "2025-03-04T19:02:11.000000Z")],
         "2025-03-04T19:02:11.120934Z",
         attachments=[{"file_name": "PS4_reliability.pdf", "file_size": len(REL_ATTACH),
                       "file_type": "pdf", "extracted_content": REL_ATTACH}]),
    cmsg("rel", "a1", "assistant", [
        {"start_timestamp": "2025-03-04T19:02:14.310000Z", "stop_timestamp": "2025-03-04T19:02:21.004000Z",
         "type": "thinking", "thinking": REL_THINK1,
         "summaries": [{"summary": "Planning the reliability calculations."}], "cut_off": False},
        tb(REL_T1, "2025-03-04T19:02:21.100000Z", "2025-03-04T19:02:22.000000Z"),
        {"start_timestamp": "2025-03-04T19:02:22.100000Z", "stop_timestamp": "2025-03-04T19:02:24.500000Z",
         "type": "tool_use", "name": "repl", "input": {"code": REL_CODE}, "message": "Calculating"},
        {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": json.dumps({"status": "success", "logs": REL_RESULT.split("\n")})}],
         "is_error": False},
        tb(REL_T2, "2025-03-04T19:02:25.000000Z", "2025-03-04T19:02:49.700000Z"),
    ], "2025-03-04T19:02:49.812301Z"),
    cmsg("rel", "h2", "human", [tb(REL_U2, "2025-03-04T19:10:40.000000Z", "2025-03-04T19:10:40.000000Z")],
         "2025-03-04T19:10:40.553210Z"),
    cmsg("rel", "a2", "assistant", [tb(REL_T3, "2025-03-04T19:10:43.000000Z", "2025-03-04T19:10:49.000000Z")],
         "2025-03-04T19:10:49.230117Z"),
]

cover_msgs = [
    cmsg("cover", "h1", "human", [tb("Can you tighten this opening line: 'I am writing to express my interest in the position of maintenance planner that I saw advertised.'",
                                    "2025-03-01T09:00:00.000000Z", "2025-03-01T09:00:00.000000Z")],
         "2025-03-01T09:00:00.410000Z"),
    cmsg("cover", "a1", "assistant", [tb("Try: \"I'm applying for the Maintenance Planner role advertised on your site.\" It's shorter and puts the role first.",
                                        "2025-03-01T09:00:03.000000Z", "2025-03-01T09:00:05.000000Z")],
         "2025-03-01T09:00:05.220000Z"),
]

claude_export = [
    {"uuid": uid("claude", "cover"), "name": "Cover letter opening line", "summary": "",
     "created_at": "2025-03-01T09:00:00.000000Z", "updated_at": "2025-03-01T09:00:05.220000Z",
     "account": {"uuid": uid("claude", "account")}, "chat_messages": cover_msgs},
    {"uuid": uid("claude", "rel"), "name": "Reliability PS4 help", "summary": "",
     "created_at": "2025-03-04T19:02:10.000000Z", "updated_at": "2025-03-04T19:10:49.230117Z",
     "account": {"uuid": uid("claude", "account")}, "chat_messages": rel_msgs},
]
write_json("reliability/transcripts/claude-export.json", claude_export, ensure_ascii=False, indent=2)

# ================================================================ boolean logic (ChatGPT export, no current_node)
BOOL_U1 = r"""Digital logic problem sheet 3, can you do all of it

Exercise 3.1  F(A, B, C) = A'B + AC' + BC'
a) List the minterms of F in increasing order.
b) Fill in the 2 x 4 Karnaugh map of F. Rows are A = 0, 1; columns BC = 00, 01, 11, 10. Give it as a matrix of 0s and 1s.
c) How many prime implicants does F have?
d) A, B, C independent random bits, each 1 with probability 1/3. P(F = 1)? exact fraction

Exercise 3.2  G(A,B,C,D) = sum m(0, 2, 5, 7, 8, 10, 13, 15)
a) Which expression equals G?  A. B XOR D  B. (B XOR D)'  C. (A XOR C)'  D. B'D'  E. A'B'C'D' + ABCD
b) True or false: A'B + AC' + BC' = A'B + AC' for all inputs
c) How many distinct Boolean functions of 6 input variables? sci notation 3 s.f.

Exercise 3.3  The byte 1110 1011 read as 8-bit two's complement — what integer?"""

BOOL_OLD = r"""**3.1 a)** F = 1 for minterms 2, 3, 4, 6.

**b)**
$$\begin{bmatrix} 0 & 0 & 1 & 1 \\ 1 & 0 & 0 & 1 \end{bmatrix}$$

**c)** 3 prime implicants: A'B, AC', BC'.

**d)** P(F=1) = 4/27 + 2/27 + 4/27 + 2/27 = 12/27 = 4/9

**3.2 a)** (B)  **b)** True  **c)** 2^64 ≈ 1.84 × 10^19

**3.3** −21"""

BOOL_A_NEW = r"""Here's the full sheet.

---

## Exercise 3.1

**a)** Expand each product term over the missing variable:

- A'B → A=0, B=1: m2 (010), m3 (011)
- AC' → A=1, C=0: m4 (100), m6 (110)
- BC' → B=1, C=0: m2, m6 (already listed)

Minterms: **[2, 3, 4, 6]**

**b)** Filling the map row by row (A = 0 on top) with the columns BC = 00, 01, 10, 11:

| A \ BC | 00 | 01 | 10 | 11 |
|---|---|---|---|---|
| 0 | 0 | 0 | 1 | 1 |
| 1 | 1 | 0 | 1 | 0 |

As a matrix:

$$
\begin{bmatrix} 0 & 0 & 1 & 1 \\ 1 & 0 & 1 & 0 \end{bmatrix}
$$

**c)** On the map, the 1s are covered by the groups A'B (m2, m3) and AC' (m4, m6). BC' is covered by those two already, so it isn't needed.

Number of prime implicants: **2**

**d)** With P(1) = 1/3 for each bit, add the probabilities of the four minterms:

- m2 = A'BC': (2/3)(1/3)(2/3) = 4/27
- m3 = A'BC: (2/3)(1/3)(1/3) = 2/27
- m4 = AB'C': (1/3)(2/3)(2/3) = 4/27
- m6 = ABC': (1/3)(1/3)(2/3) = 2/27

$$P(F=1) = \frac{12}{27} = \boxed{\frac{4}{9}}$$

---

## Exercise 3.2

**a)** The minterms 0, 2, 8, 10 have B = 0, D = 0 and 5, 7, 13, 15 have B = 1, D = 1. So G = B'D' + BD, which is XNOR of B and D.

Answer: **B**

**b)** BC' is the consensus term of A'B and AC' (consensus on A), so it is redundant. The statement is **true**.

**c)** A function of n variables is a choice of output for each of the 2ⁿ rows, so there are 2^(2ⁿ) of them. For n = 6:

2^64 = 18,446,744,073,709,551,616 ≈ **1.84 × 10¹⁹**

---

I'll do Exercise 3.3 next if you want — just say so."""

BOOL_U2 = "can you explain 3.2 a) a bit more, why not A?"

BOOL_A2 = r"""Sure. B XOR D is 1 exactly when B and D **differ**. But G is 1 on minterms 0, 2, 5, 7, 8, 10, 13, 15, and in every one of those B and D are **equal** (both 0 or both 1). So G is the complement of B XOR D:

G = (B ⊕ D)' — option **B**, not A.

Option A would give exactly the other eight minterms (1, 3, 4, 6, 9, 11, 12, 14)."""

bconv = Conv("Digital logic sheet 3", 1741700000.0)
bconv.add("sys", None, "system", text(""), None, hidden=True)
bconv.add("u1", "sys", "user", text(BOOL_U1), 20.0)
bconv.add("a_old", "u1", "assistant", text(BOOL_OLD), 44.0)
bconv.add("thoughts", "u1", "assistant", {
    "content_type": "thoughts",
    "thoughts": [{"summary": "Mapping minterms",
                  "content": "A'B gives 2,3; AC' gives 4,6; BC' gives 2,6. Two's complement of 11101011 is -21.",
                  "finished": True}],
    "source_analysis_msg_id": uid("Digital logic sheet 3", "src")}, 310.0)
bconv.add("recap", "thoughts", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"}, 310.6)
bconv.add("a_new", "recap", "assistant", text(BOOL_A_NEW), 322.0)
bconv.add("u2", "a_new", "user", text(BOOL_U2), 600.0)
bconv.add("a2", "u2", "assistant", text(BOOL_A2), 611.0)

pyq = Conv("List comprehension with condition", 1741600000.0)
pyq.add("sys", None, "system", text(""), None, hidden=True)
pyq.add("u1", "sys", "user", text("how do i keep only even numbers from a list in one line"), 3.0)
pyq.add("a1", "u1", "assistant", text("Use a list comprehension with a filter:\n\n```python\nevens = [x for x in nums if x % 2 == 0]\n```"), 9.0)

write_json("boolean-logic/transcripts/conversations.json",
           [bconv.export(with_current=False), pyq.export(with_current=False)], ensure_ascii=True)

print("wrote 3 export files under", ROOT)
