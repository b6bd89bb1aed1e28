#!/usr/bin/env python3
"""Write the three JSON chat exports of this corpus.

Re-running gives byte-identical files: ids come from uuid5 over fixed names and every
timestamp is a constant.

  popgen/transcripts/chatgpt-export.json   ChatGPT data export (current_node set, regenerated
                                           branch, thoughts + reasoning_recap, python tool call,
                                           citation markers, one unrelated conversation)
  queueing/transcripts/claude-export.json  Claude data export (attachment with extracted_content,
                                           thinking, tool_use/tool_result, unrelated conversation)
  crypto/transcripts/conversations.json    ChatGPT data export WITHOUT current_node (graded branch
                                           = leaf with the latest create_time), regenerated branch,
                                           python tool call, unrelated conversations
"""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a57-39d4-4e0b-9a51-3e2f7c9d0b39")
CITE = "\ue200cite\ue202turn0search2\ue201"
FILECITE = "\ue200filecite\ue202turn0file0\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT helpers
class GPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        rid = uid(key, "root")
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.root = rid
        sys_id = self.add(rid, "system", {"content_type": "text", "parts": [""]}, t=None,
                          name="sys", meta={"is_visually_hidden_from_conversation": True})
        self.top = sys_id

    def add(self, parent, role, content, t, name, recipient="all", author_name=None,
            meta=None, channel=None, end_turn=None):
        nid = uid(self.key, name)
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": dict(meta or {}),
            "recipient": recipient,
            "channel": channel,
        }
        if role == "assistant":
            msg["metadata"].update({"model_slug": self.model, "default_model_slug": self.model})
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, parent, text, t, name):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, t, name)

    def asst(self, parent, text, t, name, end_turn=True):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]}, t, name,
                        end_turn=end_turn)

    def thoughts(self, parent, items, t, name):
        return self.add(parent, "assistant", {
            "content_type": "thoughts",
            "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
            "source_analysis_msg_id": uid(self.key, name, "src")}, t, name, channel="analysis")

    def recap(self, parent, text, t, name):
        return self.add(parent, "assistant", {"content_type": "reasoning_recap", "content": text},
                        t, name, channel="analysis")

    def code(self, parent, src, t, name):
        return self.add(parent, "assistant", {"content_type": "code", "language": "unknown",
                                              "response_format_name": None, "text": src},
                        t, name, recipient="python")

    def tool(self, parent, out, t, name):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": out}, t, name,
                        author_name="python",
                        meta={"aggregate_result": {"status": "success", "code": "", "final_expression_output": None}})

    def dump(self, current_node=None, with_current=True):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"]]
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = current_node
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conv"),
        })
        return d


# ================================================================ popgen export
POP_PASTE = """Can you solve this population genetics problem set? Show the work please.

## 1. Testing Hardy–Weinberg equilibrium
A sample of 1000 individuals was genotyped at a biallelic locus with alleles A and a. The counts were 380 AA, 440 Aa and 180 aa.
(a) Estimate the frequency p of allele A.
(b) How many Aa individuals would you expect in the sample under Hardy–Weinberg equilibrium?
(c) Compute the χ² goodness-of-fit statistic comparing observed and expected genotype counts. Give it to two decimal places.
(d) How many degrees of freedom does this test have?
(e) True or false: Hardy–Weinberg equilibrium is rejected at the 5% level (critical value 3.84).

## 2. A recessive disease
A fully recessive disease affects 1 in 2500 newborns. Assume Hardy–Weinberg proportions.
(a) What is the frequency q of the disease allele?
(b) What fraction of the population are heterozygous carriers?
(c) What fraction of all copies of the disease allele are carried by heterozygotes?

## 3. Selection
(a) The recessive homozygote aa is lethal (fitness 0) and the other genotypes have fitness 1. If q = 0.2 now, what is q in the next generation (zygotes, random mating)?
(b) Same setting as (a): how many generations does it take for q to fall from 0.2 to 0.05?
(c) Now let the fitnesses be w_AA = w_Aa = 1 and w_aa = 0.8, with q = 0.5. Compute the change Δq over one generation, to four decimal places.
(d) For the population in (c), what is the mean fitness w̄?

## 4. Drift and effective size
(a) A captive breeding population consists of 40 males and 10 females. What is its effective size Ne?
(b) Starting from heterozygosity H0 = 0.5, what is the expected heterozygosity after 10 generations in a population with the Ne of part (a)? Give three decimal places.
(c) A population has census sizes 100, 20 and 100 in three successive generations. What is its effective size over these three generations? Two decimal places.
(d) In a diploid Wright–Fisher population of N = 50 individuals, what is the probability that a new neutral mutation eventually becomes fixed?

## 5. Migration and mutation
(a) An island population has q = 0.1. Each generation a fraction m = 0.1 of it is replaced by migrants from a mainland where q = 0.5. What is q on the island after 5 generations? Four decimal places.
(b) A recessive deleterious allele (h = 0) arises by mutation at rate μ = 10^−5 and has selection coefficient s = 0.1. What is its equilibrium frequency?
(c) Repeat (b) for a partially dominant allele with h = 0.5.
(d) Which of the following increases heterozygosity within a subpopulation?
(A) inbreeding (B) genetic drift (C) migration from a genetically differentiated population (D) selection against heterozygotes

## 6. Linkage disequilibrium
Two loci with alleles A/a and B/b have haplotype frequencies AB 0.4, Ab 0.1, aB 0.2, ab 0.3.
(a) Compute the linkage disequilibrium coefficient D.
(b) Compute the normalized D′.
(c) Compute r².
(d) With recombination fraction c = 0.1 and random mating, what is D after 3 generations?
(e) Give the allele frequencies (pA, pB) as a pair."""

POP_OLD = r"""I'll work through these in order.

### 1. Hardy–Weinberg test

**(a)** $p = \frac{2\cdot 380 + 440}{2000} = 0.6$

**(b)** Expected heterozygotes: $2pq \cdot 1000 = 480$.

**(c)** Using the observed counts in the denominator: $\chi^2 = \frac{20^2}{380} + \frac{40^2}{440} + \frac{20^2}{180} \approx 6.91$

**(d)** df = 1

**(e)** True.

### 2. Recessive disease

**(a)** $q = \sqrt{1/2500} = 0.02$

**(b)** $2pq = 0.0392$

**(c)** $p = 0.98$

### 3. Selection

**(a)** $q_1 = \frac{0.2}{1.2} \approx 0.167$

**(b)** $t = \frac{1}{0.05} - \frac{1}{0.2} = 15$, so it is reached in generation **16**.

I'll continue with 4–6 if you'd like."""

POP_THOUGHTS = [
    ("Planning the calculations",
     "HWE first: p = 1200/2000 = 0.6, expected 360/480/160. Chi-square with expected counts in the "
     "denominator. Recessive lethal: q1 = q0/(1+q0). Generations: 1/qt - 1/q0, maybe 15 or 16 "
     "depending on counting. Drift: Ne = 4NmNf/(Nm+Nf) = 32."),
    ("Checking numbers with Python",
     "Let me run the chi-square and the heterozygosity decay numerically to be safe."),
]

POP_CODE = """import numpy as np
obs = np.array([380, 440, 180])
p = (2*380 + 440) / 2000
exp = 1000*np.array([p*p, 2*p*(1-p), (1-p)**2])
chi2 = ((obs - exp)**2 / exp).sum()
H10 = 0.5*(1 - 1/64)**10
print(p, exp, round(chi2, 4), round(H10, 4))"""

POP_OUT = "0.6 [360. 480. 160.] 6.9444 0.4271"

POP_MAIN = r"""Here are full solutions. I checked the χ² statistic and the heterozygosity decay numerically.

## 1. Testing Hardy–Weinberg equilibrium

**(a)** Allele counting:
$$p = \frac{2(380) + 440}{2000} = \frac{1200}{2000} = 0.6$$
**Answer: p = 0.6**

**(b)** Expected heterozygotes: $2pq \times 1000 = 2(0.6)(0.4)(1000)$.
**Answer: 480 individuals**

**(c)** Expected counts are 360, 480, 160:
$$\chi^2 = \frac{(380-360)^2}{360} + \frac{(440-480)^2}{480} + \frac{(180-160)^2}{160} = 1.111 + 3.333 + 2.5$$
**Answer: χ² ≈ 6.94**

**(d)** 3 classes − 1 − 1 estimated parameter. **Answer: 1 degree of freedom**

**(e)** The 5% critical value for 1 df is 3.841""" + CITE + r""", and 6.94 > 3.84.
**Answer: True** — HWE is rejected.

## 2. A recessive disease

**(a)** $q^2 = 1/2500 \Rightarrow q = 0.02$. **Answer: q = 0.02**

**(b)** For a rare recessive allele, $p \approx 1$, so the carrier frequency is $2pq \approx 2q$.
**Answer: ≈ 0.04** (about 1 in 25)

**(c)** Fraction of disease alleles in heterozygotes $= \frac{2pq}{2pq + 2q^2} = p$.
**Answer: 0.98**

## 3. Selection

**(a)** $q_1 = \frac{q_0}{1 + q_0} = \frac{0.2}{1.2}$
**Answer: q₁ ≈ 0.1667**

**(b)** For a recessive lethal $1/q_t = 1/q_0 + t$:
$$t = \frac{1}{0.05} - \frac{1}{0.2} = 20 - 5$$
**Answer: 15 generations**

**(c)** With $s = 0.2$: $\Delta q = -s q^2 (1 - q) = -(0.2)(0.25)(0.5)$
**Answer: Δq = −0.0250**

**(d)** $\bar w = 1 - s q^2 = 1 - 0.05$. **Answer: w̄ = 0.95**

## 4. Drift and effective size

**(a)** $N_e = \frac{4 N_m N_f}{N_m + N_f} = \frac{4 \cdot 40 \cdot 10}{50}$. **Answer: Nₑ = 32**

**(b)** $H_t = H_0\left(1 - \frac{1}{2N_e}\right)^t = 0.5\,(63/64)^{10}$
**Answer: H₁₀ ≈ 0.427 or ≈ 0.364**, depending on whether your course counts Nₑ in individuals, $(1 - 1/64)^{10}$, or in gene copies, $(1 - 1/32)^{10}$.

**(c)** Averaging the census sizes over the three generations:
$$N_e = \frac{100 + 20 + 100}{3}$$
**Answer: Nₑ ≈ 73.33**

**(d)** A new mutation starts as a single copy among the N individuals, so
**Answer: P(fixation) = 1/N = 1/50 = 0.02**

## 5. Migration and mutation

**(a)** $q_t = q_m + (q_0 - q_m)(1 - m)^t = 0.5 - 0.4(0.9)^5 = 0.5 - 0.236196$
**Answer: q₅ ≈ 0.2638**

**(b)** $\hat q = \sqrt{\mu/s} = \sqrt{10^{-4}}$. **Answer: q̂ = 0.01**

**(c)** For a partially dominant allele, selection acts mainly on heterozygotes:
**Answer: q̂ ≈ μ/s = 1 × 10⁻⁴, or μ/(hs) = 2 × 10⁻⁴ with the h = 0.5 scaling**

**(d)** Inbreeding and drift reduce heterozygosity; selection against heterozygotes removes them.
**Answer: (C)**

## 6. Linkage disequilibrium

**(a)** $D = f_{AB} f_{ab} - f_{Ab} f_{aB} = 0.12 - 0.02$. **Answer: D = 0.1**

**(b)** $D > 0$, so $D_{max} = \min(p_A q_b, q_a p_B) = \min(0.5 \cdot 0.4,\ 0.5 \cdot 0.6) = 0.2$.
**Answer: D′ = 0.5**

**(c)** $r^2 = \frac{D}{\sqrt{p_A p_a p_B p_b}} = \frac{0.1}{\sqrt{0.06}}$
**Answer: r² ≈ 0.408**

I'll stop here for now — do you want me to continue with 6(d) and 6(e)?"""

POP_U2 = "wait for 3(c) shouldn't you divide by the mean fitness? my notes have a denominator"

POP_A2 = r"""Yes — good catch. The general recursion is

$$q' = \frac{q^2 w_{aa} + pq\,w_{Aa}}{\bar w}, \qquad \Delta q = \frac{-s q^2 (1-q)}{1 - s q^2}.$$

I left out the denominator $\bar w$. Redoing 3(c):

$$\Delta q = \frac{-(0.2)(0.25)(0.5)}{0.95} = \frac{-0.025}{0.95}$$

**Corrected answer for 3(c): Δq ≈ −0.0263**

(3(d) is unchanged: w̄ = 0.95.)"""

HIKE_U = "packing list for a 2-day hike in October, sleeping in a hut"
HIKE_A = """Here's a compact list:

- 30–40 L pack, rain cover
- Layers: base layer, fleece, insulated jacket, waterproof shell
- Hut essentials: sleeping-bag liner, earplugs, headlamp, slippers
- Food for 2 days plus an extra 500 kcal, 2 L water capacity
- Map, phone + power bank, first-aid kit, 1 pair spare socks"""


def popgen():
    hike = GPTConv("hike", "Hut hike packing list", 1727600000.0)
    u = hike.user(hike.top, HIKE_U, 1727600005.1, "u1")
    a = hike.asst(u, HIKE_A, 1727600011.7, "a1")
    hike_d = hike.dump(current_node=a)

    c = GPTConv("popgen", "Pop gen PS3 help", 1728486000.0)
    u1 = c.user(c.top, POP_PASTE, 1728486012.4, "u1")
    # first attempt (later regenerated; not on the graded branch)
    c.asst(u1, POP_OLD, 1728486031.9, "a1-old")
    th = c.thoughts(u1, POP_THOUGHTS, 1728486102.2, "thoughts")
    rc = c.recap(th, "Thought for 14 seconds", 1728486103.0, "recap")
    cd = c.code(rc, POP_CODE, 1728486104.6, "code")
    to = c.tool(cd, POP_OUT, 1728486106.1, "tool")
    a1 = c.asst(to, POP_MAIN, 1728486139.8, "a1")
    u2 = c.user(a1, POP_U2, 1728486400.3, "u2")
    a2 = c.asst(u2, POP_A2, 1728486415.0, "a2")
    pop_d = c.dump(current_node=a2)
    return [pop_d, hike_d]


# ================================================================ crypto export (no current_node)
CR_PASTE = """Exercise sheet 7 from my crypto maths module, can you do all of it? Least non-negative residues unless stated.

Exercise 7.1 (a) Compute 3^200 mod 13. (b) Find the inverse of 17 modulo 43. (c) Compute gcd(462, 1071). (d) Compute Euler's totient φ(360).

Exercise 7.2 (Toy RSA) Alice chooses the primes p = 11 and q = 17 and the public exponent e = 7. (a) Compute the modulus n. (b) Compute φ(n). (c) Compute the private exponent d. (d) Encrypt the message m = 5. (e) Decryption with the Chinese remainder theorem uses reduced private exponents. (i) Compute d_p. (ii) Compute d_q.

Exercise 7.3 (Diffie–Hellman) Public parameters p = 23, g = 5. Alice's secret is a = 6, Bob's is b = 15. (a) Compute Alice's public value A. (b) Compute Bob's public value B. (c) Compute the shared secret. (d) The security of the protocol rests mainly on the hardness of (A) integer factorisation (B) the discrete logarithm problem (C) subset sum (D) the shortest vector problem

Exercise 7.4 Find the smallest non-negative integer x with x ≡ 2 (mod 3), x ≡ 3 (mod 5) and x ≡ 2 (mod 7).

Exercise 7.5 (Hill cipher) A=0, ..., Z=25, plaintext pairs are column vectors. Key K = [[3, 3], [2, 5]] mod 26. (a) Compute det K mod 26. (b) Compute K^−1 mod 26. (c) Encrypt the plaintext HI; give the ciphertext as a vector of residues.

Exercise 7.6 (a) True or false: for every n ≥ 2 and every a with gcd(a, n) = 1, a^φ(n) ≡ 1 (mod n). (b) Compute 2^560 mod 561. (c) Give a formula for φ(pq) where p ≠ q are primes. (d) How many keys (a, b) does the affine cipher x ↦ ax + b mod 26 have (count every pair for which encryption is invertible)?"""

CR_OLD = """Sure, here are the answers.

7.1 (a) 9 (b) 38 (c) 21 (d) 96
7.2 (a) 187 (b) 160 (c) 23 (d) 146 (e)(i) 3 (ii) 7
7.3 (a) 8 (b) 19 (c) 2 (d) B
7.4 x = 23
7.5 (a) 9 (b) [[15, 17], [20, 9]] (c) (19, 2), i.e. "TC"
7.6 (a) True (b) 1 (c) (p − 1)(q − 1) (d) 312

Want the working for any of these?"""

CR_THOUGHTS = [
    ("Working through the modular arithmetic",
     "3 has order 3 mod 13, 200 = 3*66 + 2 so 3^200 = 9. Extended Euclid for 17 mod 43. "
     "RSA: n = 187, phi = 160, d = 23. Hill inverse: det 9, 9^-1 = 3 mod 26. Let me verify the "
     "matrix inverse with Python."),
]

CR_CODE = """import numpy as np
K = np.array([[3, 3], [2, 5]])
det = round(np.linalg.det(K)) % 26
inv = pow(det, -1, 26)
adj = np.array([[5, -3], [-2, 3]])
Kinv = (inv * adj) % 26
print(det, inv)
print(Kinv)
print((K @ Kinv) % 26)"""

CR_OUT = "9 3\n[[15 17]\n [20  9]]\n[[1 0]\n [0 1]]"

CR_MAIN = r"""Let's go exercise by exercise.

---

### Exercise 7.1

**(a)** $3^3 = 27 \equiv 1 \pmod{13}$, and $200 = 3 \cdot 66 + 2$, so
$$3^{200} \equiv 3^2 = 9 \pmod{13}.$$
**Answer:** $9$

**(b)** Extended Euclid: $43 = 2\cdot 17 + 9$, $17 = 9 + 8$, $9 = 8 + 1$. Back-substituting,
$1 = 2\cdot 43 - 5 \cdot 17$, so $17^{-1} \equiv -5 \equiv 38 \pmod{43}$.
**Answer:** $38$

**(c)** $1071 = 2\cdot 462 + 147$, $462 = 3 \cdot 147 + 21$, $147 = 7 \cdot 21$.
**Answer:** $\gcd(462, 1071) = 21$

**(d)** $360 = 2^3 \cdot 3^2 \cdot 5$, so
$$\varphi(360) = 360\left(1 - \tfrac12\right)\left(1 - \tfrac15\right) = 360 \cdot \tfrac12 \cdot \tfrac45 = 144$$
**Answer:** $144$

---

### Exercise 7.2 — Toy RSA

**(a)** $n = 11 \cdot 17 = 187$

**(b)** $\varphi(n) = 10 \cdot 16 = 160$

**(c)** $7d \equiv 1 \pmod{160}$: since $7 \cdot 23 = 161$, $d = 23$.

**(d)** $c = 5^7 \bmod 187$. $5^7 = 78125$, and $78125 \bmod 187 = 158$.

Wait, let me recompute that: $187 \cdot 417 = 77979$ and $78125 - 77979 = 146$.

$$c = 146$$

**(e)**
- (i) $d_p = d \bmod (p-1) = 23 \bmod 10 = 3$
- (ii) $d_q = 7$ or $6$: with $d_q = d \bmod (q-1)$ it is $23 \bmod 16 = 7$, but if your course reduces modulo $q$ it is $23 \bmod 17 = 6$.

---

### Exercise 7.3 — Diffie–Hellman

**(a)** $5^2 = 25 \equiv 2$, $5^4 \equiv 4$, $5^6 \equiv 8$. So $A = 8$.

**(b)** $5^8 \equiv 16$, $5^{15} = 5^8 \cdot 5^4 \cdot 5^2 \cdot 5 \equiv 16 \cdot 4 \cdot 2 \cdot 5 = 640 \equiv 19$. So $B = 19$.

**(c)** Alice computes $B^a = 19^6 \bmod 23$:
$19^2 = 361 = 15\cdot 23 + 16 \equiv 16$, $19^4 \equiv 16^2 = 256 = 11 \cdot 23 + 3 \equiv 3$,
$19^6 = 19^4 \cdot 19^2 \equiv 3 \cdot 16 = 48 = 2 \cdot 23 + 4$.
**Shared secret:** $s = 4$

**(d)** The discrete logarithm problem — option **(B)**.

---

### Exercise 7.4

The moduli 3, 5 and 7 are pairwise coprime, so by the CRT the system
$x \equiv 2 \pmod 3$, $x \equiv 3 \pmod 5$, $x \equiv 2 \pmod 7$
has a unique solution modulo $105$.

---

### Exercise 7.5 — Hill cipher

**(a)** $\det K = 3\cdot 5 - 3 \cdot 2 = 9$, and $\gcd(9, 26) = 1$ so $K$ is invertible.
**Answer:** $\det K \equiv 9$

**(b)** $9^{-1} \equiv 3 \pmod{26}$ since $27 \equiv 1$. Then """ + FILECITE + r"""
```
K^-1 = 3 * [[5, -3], [-2, 3]] mod 26
```
$$K^{-1} \equiv \begin{pmatrix} 15 & 17 \\ 20 & 9 \end{pmatrix} \pmod{26}$$
(verified: $K K^{-1} \equiv I$).

**(c)** HI → $(7, 8)$. Multiplying:
$$(7\ \ 8)\begin{pmatrix} 3 & 3 \\ 2 & 5 \end{pmatrix} = (37,\ 61) \equiv (11,\ 9) \pmod{26}$$
**Ciphertext:** $(11, 9)$, i.e. "LJ".

---

### Exercise 7.6

**(a)** **False** — this congruence is only guaranteed when $n$ is prime; composite moduli can fail it (that is why Carmichael numbers such as 561 are special).

**(b)** 561 = 3 · 11 · 17 is a Carmichael number, so $2^{560} \equiv 1 \pmod{561}$.
**Answer:** $1$

**(c)** $\varphi(pq) = pq - p - q + 1$

**(d)** The multiplier $a$ must be a unit mod 26 and $b$ can be anything. Before I give a number: should the identity map ($a = 1, b = 0$) count as a key? Some courses exclude it."""

CR_U2 = "ok thanks. unrelated but what's 3^100 mod 13 then?"
CR_A2 = r"""Same trick as 7.1(a): $3^3 \equiv 1 \pmod{13}$ and $100 = 3\cdot 33 + 1$, so

$$3^{100} \equiv 3^1 = 3 \pmod{13}.$$

**Answer:** $3$"""

CR_OLD_U2 = "can you show the working for 7.5(c)?"
CR_OLD_A2 = "HI = (7, 8). K·(7, 8)ᵀ = (3·7 + 3·8, 2·7 + 5·8) = (45, 54) ≡ (19, 2) mod 26, i.e. \"TC\"."

REGEX_U = "regex to match dates like 2024-10-09 but not 2024-13-40"
REGEX_A = r"""Use:

```
^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$
```

It checks month 01–12 and day 01–31 (it does not check 30- vs 31-day months)."""

COVER_U = "make this sentence less stiff: 'I am writing to express my interest in the position.'"
COVER_A = "Try: \"I'd love to be considered for the role\" or \"I'm excited to apply for this position.\""


def crypto():
    r = GPTConv("regex", "Date regex", 1729010000.0)
    u = r.user(r.top, REGEX_U, 1729010004.0, "u1")
    r.asst(u, REGEX_A, 1729010010.5, "a1")

    c = GPTConv("crypto", "Crypto exercise sheet 7", 1729180000.0)
    u1 = c.user(c.top, CR_PASTE, 1729180008.2, "u1")
    # older first attempt, with its own follow-up; not the graded branch
    a_old = c.asst(u1, CR_OLD, 1729180025.6, "a1-old")
    u_old = c.user(a_old, CR_OLD_U2, 1729180090.0, "u2-old")
    c.asst(u_old, CR_OLD_A2, 1729180098.4, "a2-old")
    # regenerated answer (newer) and the conversation continued from it
    th = c.thoughts(u1, CR_THOUGHTS, 1729180301.0, "thoughts")
    rc = c.recap(th, "Thought for 9 seconds", 1729180301.9, "recap")
    cd = c.code(rc, CR_CODE, 1729180303.3, "code")
    to = c.tool(cd, CR_OUT, 1729180304.8, "tool")
    a1 = c.asst(to, CR_MAIN, 1729180352.1, "a1")
    u2 = c.user(a1, CR_U2, 1729180620.7, "u2")
    c.asst(u2, CR_A2, 1729180628.3, "a2")

    v = GPTConv("cover", "Cover letter wording", 1728900000.0)
    u = v.user(v.top, COVER_U, 1728900003.0, "u1")
    v.asst(u, COVER_A, 1728900007.2, "a1")
    # this export has no current_node in any conversation
    return [c.dump(with_current=False), v.dump(with_current=False), r.dump(with_current=False)]


# ================================================================ Claude export
Q_EXTRACT = """IEOR 131 — Stochastic Service Systems Homework 4 Due Thu. Oct. 17
Homework 4: Markovian and M/G/1 queues
Total: 54 points. Exact fractions are fine unless a precision is asked for.
1. (12 points) A single-server help desk receives requests according to a Poisson process with rate λ = 12 per hour. Service times are exponential with rate μ = 15 per hour.
(a) (2 points) What is the server utilization ρ?
(b) (2 points) Find the expected number of requests in the system, L.
(c) (2 points) Find the expected time a request spends in the system, W, in minutes.
(d) (2 points) Find the expected number waiting in queue, Lq.
(e) (2 points) Find the expected waiting time in queue, Wq, in minutes.
(f) (2 points) What is the probability that there are at least three requests in the system?
2. (12 points) A pharmacy has two identical pharmacists (an M/M/2 queue). Customers arrive at rate λ = 6 per hour and each pharmacist serves at rate μ = 4 per hour.
(a) (2 points) Find the utilization per server ρ = λ/(cμ).
(b) (2 points) Find P0, the probability the pharmacy is empty.
(c) (3 points) Find the probability that an arriving customer has to wait (Erlang C).
(d) (3 points) Find Lq.
(e) (2 points) Find Wq in minutes, to two decimal places.
3. (12 points) A single-server car wash has room for at most K = 3 cars in total (one being washed and two waiting); cars that arrive when it is full drive away. Cars arrive at rate λ = 2 per hour and washes take an exponential time with rate μ = 4 per hour.
(a) (2 points) Find P0.
(b) (2 points) Find the probability that an arriving car is turned away.
(c) (2 points) Find the effective arrival rate λeff (cars per hour).
(d) (3 points) Find L, the expected number of cars at the car wash.
(e) (3 points) Give the whole stationary distribution (P0, P1, P2, P3).
IEOR 131 HW 4: Queueing Page 1 of 2
4. (10 points) Jobs arrive at a machine as a Poisson process with rate λ = 0.5 per minute. Processing times are i.i.d. with mean 1.5 minutes and standard deviation 1 minute.
(a) (3 points) Use the Pollaczek–Khinchine formula to find Wq (minutes).
(b) (2 points) Find W (minutes).
(c) (2 points) Find Lq.
(d) (3 points) If processing times were instead constant at 1.5 minutes, what would Wq be?
5. (8 points) Short questions.
(a) (2 points) A bank lobby holds on average
IEOR 131 HW 4: Queueing Page 2 of 2
(b) (2 points) In an M/M/1 queue with ρ < 1, both λ and μ are doubled. Which is true?
A. L is halved. B. L is unchanged and W is halved. C. W is doubled. D. W is unchanged.
(c) (2 points) True or false: in a stable M/M/1 queue the stationary number in the system has a geometric distribution.
(d) (2 points) Give a formula for W in an M/M/1 queue in terms of λ and μ.
"""

CL_H1 = "Can you do this homework? Please label answers by question and part so I can check them against my own."

CL_THINK1 = ("Five questions. Q1 M/M/1 with rho = 0.8. Q2 M/M/2: a = 1.5, P0 = 1/7. "
             "Q3 finite capacity K = 3, rho = 0.5, P0 = 0.5/0.9375. Q4 P-K formula with E[S^2] = 3.25. "
             "Q5(a) looks truncated in the PDF text. I'll verify the M/M/1/3 numbers with a quick computation.")

CL_CODE = """const rho = 0.5, K = 3;
const w = [...Array(K + 1).keys()].map(n => rho ** n);
const Z = w.reduce((a, b) => a + b, 0);
const P = w.map(x => x / Z);
console.log(P.map(x => x.toFixed(4)).join(', '));"""

CL_RESULT = '{"status":"success","logs":["0.5333, 0.2667, 0.1333, 0.0667"]}'

CL_T1 = r"""I'll work through each question, keeping rates per hour and converting to minutes where asked.

## Question 1 — M/M/1 help desk

**1(a)** ρ = λ/μ = 12/15 = **0.8**

**1(b)** L = ρ/(1 − ρ) = 0.8/0.2 = **4**

**1(c)** W = 1/(μ − λ) = 1/3 h = **20 minutes**

**1(d)** L_q = ρ²/(1 − ρ) = 0.64/0.2 = **3.2**

**1(e)** W_q = ρ/(μ − λ) = 0.8/3 h ≈ 0.2667 h = **16 minutes**

**1(f)** The number in system is geometric, P(N = n) = (1 − ρ)ρⁿ, so P(N = 3) = 0.2 × 0.512 = **0.1024**

## Question 2 — M/M/2 pharmacy

Offered load a = λ/μ = 1.5 with c = 2.

**2(a)** ρ = 6/(2·4) = **0.75**

**2(b)** P₀ = [1 + a + a²/(2(1 − ρ))]⁻¹ = [1 + 1.5 + 4.5]⁻¹ = **1/7 ≈ 0.1429**

**2(c)** For a multi-server queue the probability an arrival waits equals the per-server utilization, so P(wait) = **0.75**

**2(d)** L_q = P(wait) · ρ/(1 − ρ) = 0.75 × 3 = **2.25**

**2(e)** W_q = L_q/λ = 2.25/6 h = 0.375 h = **22.5 minutes**

## Question 3 — car wash (M/M/1/3)

With ρ = 0.5, Pₙ ∝ ρⁿ for n = 0, …, 3."""

CL_T2 = r"""**3(a)** P₀ = (1 − ρ)/(1 − ρ⁴) = 0.5/0.9375 = **8/15 ≈ 0.5333**

**3(b)** A car is turned away when the system is full: P₃ = ρ³P₀ = **1/15 ≈ 0.0667**

**3(c)** λ_eff = λ(1 − P₀) = 2 × 7/15 = **14/15 ≈ 0.933 cars/hour**

**3(d)** Using L = ρ/(1 − ρ) = 0.5/0.5, **L = 1**

**3(e)** (P₀, P₁, P₂, P₃) = **(0.5333, 0.2667, 0.1333, 0.0667)**

## Question 4 — M/G/1

ρ = λE[S] = 0.75.

**4(a)** P–K: W_q = λE[S]²/(2(1 − ρ)) = 0.5 × 2.25/0.5 = 2.25 min. Hmm, wait — the formula needs the second moment E[S²], not E[S]². E[S²] = σ² + E[S]² = 1 + 2.25 = 3.25, so

W_q = 0.5 × 3.25 / (2 × 0.25) = **3.25 minutes**

**4(b)** W = W_q + E[S] = 3.25 + 1.5 = **4.75 minutes**

**4(c)** L_q = λW_q = 0.5 × 3.25 = **1.625**

**4(d)** Constant service means σ² = 0, so E[S²] = 2.25 and W_q = 0.5 × 2.25/(2 × 0.25) = **2.25 minutes**.

## Question 5

**5(a)** The text of this part seems to be cut off in the PDF — I can only see "A bank lobby holds on average". Could you paste the full question? It's a Little's-law question, so I'll need the average number in the lobby and the arrival rate.

**5(b)** Doubling both rates leaves ρ (hence L) unchanged, while W = L/λ halves. **Answer: B**

**5(c)** **True** — P(N = n) = (1 − ρ)ρⁿ is geometric.

**5(d)** By Little's law with L = ρ/(1 − ρ):

$$W = \frac{1}{\mu - \lambda}$$

## Summary

| Part | Answer |
|---|---|
| 1(a)–(f) | 0.8, 4, 20 min, 3.2, 16 min, 0.1024 |
| 2(a)–(e) | 0.75, 1/7, 0.75, 2.25, 22.5 min |
| 3(a)–(e) | 8/15, 1/15, 14/15, 1, (0.5333, 0.2667, 0.1333, 0.0667) |
| 4(a) | 3.25 min |
| 4(b) | 4.75 min |
| 4(c) | 1.625 |
| 4(d) | 1.125 min |
| 5(a) | needs the missing numbers |
| 5(b)–(d) | B, True, 1/(μ − λ) |"""

CL_H2 = "For 2(c) — isn't that supposed to be the Erlang C formula? P(wait) = ρ is only for one server I think"

CL_THINK2 = "Right, Erlang C: C = a^c/(c!(1-rho)) * P0 = 2.25/(2*0.25) * 1/7 = 4.5/7 = 9/14."

CL_T3 = r"""You're right — P(wait) = ρ holds only for M/M/1. For M/M/c the probability of waiting is the Erlang C formula:

$$C(c, a) = \frac{a^c}{c!\,(1-\rho)}\,P_0 = \frac{2.25}{2 \times 0.25} \cdot \frac{1}{7} = \frac{4.5}{7}$$

Corrected values:

- **2(c)** P(wait) = **9/14 ≈ 0.643**
- **2(d)** L_q = C · ρ/(1 − ρ) = (9/14) × 3 = **27/14 ≈ 1.929**

Sorry for the slip!"""

LANDLORD_H = "Can you make this email to my landlord more polite? 'The heater is broken AGAIN. Fix it this week.'"
LANDLORD_A = ("Here's a more polite version:\n\nHi Mr. Alvarez,\n\nI wanted to let you know that the heater has stopped "
              "working again. Could you arrange a repair sometime this week? Thanks very much for your help.\n\nBest,\nJordan")


def claude_msg(key, sender, t, blocks, attachments=()):
    content, texts = [], []
    for i, b in enumerate(blocks):
        kind = b[0]
        ts = f"2024-10-15T02:{t:02d}:{i:02d}.{100000 + 7 * i:06d}Z"
        if kind == "text":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "text",
                            "text": b[1], "citations": []})
            texts.append(b[1])
        elif kind == "thinking":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "thinking",
                            "thinking": b[1], "summaries": [{"summary": "Thinking about the problem."}],
                            "cut_off": False})
        elif kind == "tool_use":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_use",
                            "name": "repl", "input": {"code": b[1]}, "message": "analysing",
                            "integration_name": None, "integration_icon_url": None,
                            "context": None, "display_content": None})
        elif kind == "tool_result":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_result",
                            "name": "repl", "content": [{"type": "text", "text": b[1], "uuid": uid(key, "tr", str(i))}],
                            "is_error": False, "message": None, "display_content": None})
    when = f"2024-10-15T02:{t:02d}:00.000000Z"
    return {
        "uuid": uid(key),
        "text": "\n\n".join(texts),
        "content": content,
        "sender": sender,
        "created_at": when,
        "updated_at": when,
        "attachments": list(attachments),
        "files": [],
    }


def claude():
    acct = {"uuid": uid("claude-account")}
    att = {"file_name": "hw4.pdf", "file_size": len(Q_EXTRACT.encode()), "file_type": "pdf",
           "extracted_content": Q_EXTRACT}
    msgs = [
        claude_msg("q/h1", "human", 11, [("text", CL_H1)], [att]),
        claude_msg("q/a1", "assistant", 12, [("thinking", CL_THINK1), ("text", CL_T1),
                                             ("tool_use", CL_CODE), ("tool_result", CL_RESULT),
                                             ("text", CL_T2)]),
        claude_msg("q/h2", "human", 25, [("text", CL_H2)]),
        claude_msg("q/a2", "assistant", 26, [("thinking", CL_THINK2), ("text", CL_T3)]),
    ]
    conv = {"uuid": uid("q/conv"), "name": "IEOR 131 HW4 queueing",
            "created_at": "2024-10-15T02:11:00.000000Z", "updated_at": "2024-10-15T02:26:00.000000Z",
            "account": acct, "chat_messages": msgs}
    other = {"uuid": uid("l/conv"), "name": "Polite email to landlord",
             "created_at": "2024-10-15T01:02:00.000000Z", "updated_at": "2024-10-15T01:03:00.000000Z",
             "account": acct, "chat_messages": [
                 claude_msg("l/h1", "human", 2, [("text", LANDLORD_H)]),
                 claude_msg("l/a1", "assistant", 3, [("text", LANDLORD_A)])]}
    return [other, conv]


def write(rel, obj, ensure_ascii, indent):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=ensure_ascii, indent=indent)
        f.write("\n")
    print("wrote", rel)


if __name__ == "__main__":
    write("popgen/transcripts/chatgpt-export.json", popgen(), ensure_ascii=False, indent=None)
    write("crypto/transcripts/conversations.json", crypto(), ensure_ascii=True, indent=None)
    write("queueing/transcripts/claude-export.json", claude(), ensure_ascii=False, indent=2)
