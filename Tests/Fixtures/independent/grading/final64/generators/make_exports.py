#!/usr/bin/env python3
"""Deterministically write the three data-export transcripts of final64.

  anova-ci/transcripts/conversations.json     ChatGPT export (current_node, regenerated branch,
                                              thoughts + reasoning_recap, python tool call,
                                              unrelated second conversation)
  acid-base/transcripts/chatgpt-export.json   ChatGPT export WITHOUT current_node (graded branch =
                                              leaf with the latest create_time), citation markers
  acid-base/transcripts/claude-export.json    Claude export (thinking, tool_use/tool_result,
                                              attachment with extracted_content, second conversation)

Re-running gives byte-identical files: no clocks, no randomness; uuids derive from names.
"""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6b1f3c2e-8d7a-4f0e-9c55-1a2b3c4d5e6f")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv, t0):
        self.conv, self.t, self.mapping = conv, t0, {}
        root = uid(conv, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def add(self, parent, role, content, *, name=None, recipient="all", dt=7.0, meta=None, end_turn=None):
        self.n += 1
        self.t += dt
        nid = uid(self.conv, "node", str(self.n))
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conversation(tree, title, current=None, model="gpt-4o"):
    times = [n["message"]["create_time"] for n in tree.mapping.values() if n["message"]]
    conv = {
        "title": title,
        "create_time": min(times) - 1.0,
        "update_time": max(times),
        "mapping": tree.mapping,
        "moderation_results": [],
        "plugin_ids": None,
        "conversation_id": uid(tree.conv),
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": model,
        "id": uid(tree.conv),
    }
    if current is not None:
        conv["current_node"] = current
    return conv


# ---------------------------------------------------------------- anova-ci ChatGPT export
ANOVA_PROMPT = """Please solve this, show steps. STAT 2310 HW 6

1. n = 16 batteries, sample mean 41.2 h, sample sd 3.6 h, lifetimes approx normal.
(a) Compute the estimated standard error of the mean.
(b) Construct a 95% CI for the mean lifetime using the appropriate t quantile. Endpoints to two decimal places.
(c) The engineers want the 95% margin of error to be at most 1.0 hour. Treating sigma = 3.6 as known and using z = 1.96, what is the smallest sample size that achieves this?

2. 132 of 400 randomly selected students said they use the library at least once a week.
(a) 95% Wald confidence interval for p, endpoints to three decimal places.
(b) True or false: "There is a 95% probability that the true proportion p lies in the particular interval computed in (a)."

3. Yields (kg): A: 4 6 5 7 8 | B: 8 9 7 10 11 | C: 5 6 4 7 3
(a) Compute SS_B.
(b) One-way ANOVA F statistic, three decimal places.
(c) Critical value F(0.05; 2, 12) = 3.885. Which conclusion is correct?
 A. Fail to reject H0; the treatment means are not significantly different.
 B. Reject H0; at least one treatment mean differs from the others.
 C. Reject H0; all three treatment means differ from one another.
 D. Reject H0; treatment B has a larger mean than both A and C.
(d) Compute eta^2 = SS_B / SS_T as a fraction in lowest terms."""

ANOVA_OLD = r"""Here are the solutions.

**1(a)** $SE = 3.6/\sqrt{16} = 0.9$

**1(b)** $t_{0.975,15} = 2.131$, so the CI is $41.2 \pm 1.918 = (39.28, 43.12)$.

**1(c)** $n = \lceil (1.96 \cdot 3.6)^2 \rceil = \lceil 49.79 \rceil = 50$

**2(a)** $\hat p = 0.33$, $SE = 0.0235$, CI $= (0.284, 0.376)$

**2(b)** False.

**3(a)** $SS_B = 130/3 \approx 43.33$

**3(b)** $F = 8.667$

**3(c)** B

**3(d)** $\eta^2 = 13/22$"""

ANOVA_THOUGHTS = [
    {"summary": "Working through the confidence intervals",
     "content": "SE = 0.9. t with 15 df is 2.131, margin 1.918. For the sample size, (1.96*3.6)^2 = 49.79. For the proportion, maybe use p = 0.5 for a conservative SE."},
    {"summary": "Setting up the ANOVA",
     "content": "Group means 6, 9, 5; grand mean 20/3. I'll verify SS_B, SS_W and F with a quick script. eta^2 would be 130/220 = 13/22 but the user may only need the test."},
]

ANOVA_PART1 = r"""Sure! Let's work through it.

## Problem 1

**(a)** The estimated standard error of the mean is

$$
SE = \frac{s}{\sqrt{n}} = \frac{3.6}{\sqrt{16}} = 0.9 \text{ h}
$$

**(b)** With $df = 15$, $t_{0.975} = 2.131$. Margin of error $= 2.131 \times 0.9 = 1.918$.

$$
\text{95\% CI} = 41.2 \pm 1.918 = (39.28,\ 43.12)
$$

**(c)** We need $\dfrac{1.96 \times 3.6}{\sqrt{n}} \le 1.0$, so

$$
n \ge (1.96 \times 3.6)^2 = 49.8
$$

**Minimum sample size: n ≈ 49.8**

## Problem 2

**(a)** $\hat p = 132/400 = 0.33$. To be safe I'll use the conservative standard error with $p = 0.5$:

$$
SE = \sqrt{\frac{0.5 \times 0.5}{400}} = 0.025, \qquad 1.96 \times 0.025 = 0.049
$$

**95% CI: (0.281, 0.379)**

**(b)** **False.** The true proportion is fixed; the 95% describes how often the *method* captures $p$ over repeated samples, not the probability for this one interval.

## Problem 3

Let me verify the ANOVA numbers with a quick calculation."""

ANOVA_CODE = """import numpy as np
from scipy import stats
A = [4, 6, 5, 7, 8]; B = [8, 9, 7, 10, 11]; C = [5, 6, 4, 7, 3]
groups = [A, B, C]
allv = np.concatenate(groups); gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in groups)
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in groups)
F = (ssb / 2) / (ssw / 12)
print(ssb, ssw, F, stats.f_oneway(A, B, C).pvalue)"""

ANOVA_OUT = "43.33333333333333 30.0 8.666666666666666 0.004687259216589225"

ANOVA_PART2 = r"""The script confirms the hand calculation.

**(a)** Group means are 6, 9 and 5 with grand mean $20/3$:

$$
SS_B = 5\left[\left(-\tfrac{2}{3}\right)^2 + \left(\tfrac{7}{3}\right)^2 + \left(-\tfrac{5}{3}\right)^2\right] = \frac{130}{3} \approx 43.33
$$

**(b)** $SS_W = 30$, $MS_B = 21.667$, $MS_W = 30/12 = 2.5$:

$$
F = \frac{21.667}{2.5} = 8.667
$$

(p-value ≈ 0.0047.)

**(c)** $8.667 > 3.885$, so reject $H_0$. The F-test is an omnibus test: it tells us the means are not all equal but not which ones differ, so the answer is **B**.

Would you like me to also work out part (d), the effect size, or run Tukey's HSD to see which treatments differ?"""

t = Tree("anova-hw6", 1731178800.0)
u1 = t.add(t.root, "user", text(ANOVA_PROMPT), dt=0.0)
old = t.add(u1, "assistant", text(ANOVA_OLD), dt=21.4, meta={"model_slug": "gpt-4o"}, end_turn=True)
th = t.add(u1, "assistant", {"content_type": "thoughts", "thoughts": ANOVA_THOUGHTS, "source_analysis_msg_id": uid("anova-hw6", "analysis")},
           dt=95.0, meta={"model_slug": "o4-mini"})
rr = t.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, dt=14.0, meta={"model_slug": "o4-mini"})
a1 = t.add(rr, "assistant", text(ANOVA_PART1), dt=9.0, meta={"model_slug": "o4-mini"})
code = t.add(a1, "assistant", {"content_type": "code", "language": "python", "response_format_name": None, "text": ANOVA_CODE},
             dt=2.0, recipient="python", meta={"model_slug": "o4-mini"})
out = t.add(code, "tool", {"content_type": "execution_output", "text": ANOVA_OUT}, name="python", dt=1.5,
            meta={"aggregate_result": {"status": "success", "code": ANOVA_CODE, "final_expression_output": None, "messages": []}})
a2 = t.add(out, "assistant", text(ANOVA_PART2), dt=6.0, meta={"model_slug": "o4-mini"}, end_turn=True)
anova_conv = conversation(t, "Stats HW6 CI and ANOVA", current=a2, model="o4-mini")

t2 = Tree("pasta", 1731002400.0)
p1 = t2.add(t2.root, "user", text("how long do I boil dried fusilli, 500 g, for 4 people"), dt=0.0)
p2 = t2.add(p1, "assistant", text("Use about 5 L of water and 1 tbsp salt, boil for 10–12 minutes (check the packet), and taste a piece at 9 minutes for al dente. 500 g is a good amount for 4 people as a main course."), dt=5.0, end_turn=True)
pasta_conv = conversation(t2, "Boiling fusilli", current=p2)

write("anova-ci/transcripts/conversations.json", [anova_conv, pasta_conv])

# ---------------------------------------------------------------- acid-base ChatGPT export (no current_node)
AB_PROMPT = """Chem 212 problem set 7, can you do all of it? 25 °C, Kw = 1.0e-14, pH to two decimals.

Question 1. 0.100 M acetic acid, Ka = 1.8e-5.
a) pH WITHOUT the small-x approximation (solve the quadratic)
b) percent ionization, 3 sig figs
c) with alpha = fraction ionized and C = initial concentration, write Ka as an expression in C and alpha (no approximation)

Question 2. 1.00 L buffer, 0.200 M NH3 and 0.150 M NH4Cl, Kb = 1.8e-5.
a) pH of the buffer
b) 0.0100 mol HCl gas bubbled in, no volume change. new pH?

Question 3. 25.0 mL of 0.100 M HCl titrated with 0.125 M NaOH.
a) volume NaOH to equivalence (mL)
b) pH after 10.0 mL NaOH added

Question 4. Which 0.10 M solution has the highest pH? (A) NaCl (B) NH4Cl (C) NaF (D) NaHSO4"""

AB_V1 = r"""Here's the whole set.

### Question 1

**a)** Let $x = [\mathrm{H^+}]$. Then $K_a = \dfrac{x^2}{0.100 - x} = 1.8\times10^{-5}$.

Quadratic: $x^2 + 1.8\times10^{-5}x - 1.8\times10^{-6} = 0$

$x = \dfrac{-1.8\times10^{-5} + \sqrt{(1.8\times10^{-5})^2 + 7.2\times10^{-6}}}{2} = 1.333\times10^{-3}$ M

pH = −log(1.333 × 10⁻³) ≈ **2.87** (2.88 if you carry the extra digits through — either is fine at two decimals).

**b)** Percent ionization $= \dfrac{1.333\times10^{-3}}{0.100}\times 100\% = $ **1.33%**

**c)** $[\mathrm{H^+}] = [\mathrm{A^-}] = C\alpha$ and $[\mathrm{HA}] = C(1-\alpha)$, so

$$K_a = \frac{(C\alpha)^2}{C(1-\alpha)} = \frac{C\alpha^2}{1-\alpha}$$

### Question 2

$pK_b = -\log(1.8\times10^{-5}) = 4.745$, so $pK_a(\mathrm{NH_4^+}) = 9.255$.

**a)** Henderson–Hasselbalch: $\mathrm{pH} = 9.255 + \log\dfrac{0.200}{0.150} = 9.255 + 0.125 = $ **9.38**

**b)** HCl converts NH₃ to NH₄⁺: NH₃ = 0.190 mol, NH₄⁺ = 0.160 mol.

$\mathrm{pH} = 9.255 + \log\dfrac{0.190}{0.160} = 9.255 + 0.0746 = $ **9.33**

### Question 3

**a)** mol HCl = 0.0250 L × 0.100 M = 2.50 × 10⁻³ mol. $V = \dfrac{2.50\times10^{-3}}{0.125} = 0.0200$ L = **20.0 mL**

**b)** mol NaOH added = 0.0100 × 0.125 = 1.25 × 10⁻³ mol. Excess H⁺ = 2.50 × 10⁻³ − 1.25 × 10⁻³ = 1.25 × 10⁻³ mol.

$[\mathrm{H^+}] = \dfrac{1.25\times10^{-3}}{0.0250} = 0.0500$ M → pH = **1.30**

### Question 4

NaCl is neutral, NH₄Cl and NaHSO₄ are acidic, and F⁻ is a weak base, so **(C) NaF** has the highest pH."""

AB_V2 = r"""**Q1 a)** Solving $x^2/(0.100-x) = 1.8\times10^{-5}$ exactly gives $x = 1.3327\times10^{-3}$, pH = **2.88**

**Q1 b)** **1.33 %**

**Q1 c)** $K_a = C\alpha^2/(1-\alpha)$

**Q2 a)** pH = 9.26 + log(0.200/0.150) = **9.38**

**Q2 b)** pH = 9.26 + log(0.190/0.160) = **9.33**

**Q3 a)** **20.0 mL**

**Q3 b)** excess H⁺ = 1.25 mmol in 35.0 mL → [H⁺] = 0.0357 M, pH = **1.45**

**Q4** **(C)**"""

CITE = "\ue200cite\ue202turn0search2\ue201"
AB_FOLLOW_Q = "thanks. is 1.8e-5 actually the right Ka for acetic acid? my textbook appendix says 1.75e-5"
AB_FOLLOW_A = (
    "Both values are in use. Most general-chemistry texts round to $K_a = 1.8\\times10^{-5}$ (pKₐ ≈ 4.74), while "
    "data tables list $1.75\\times10^{-5}$ (pKₐ = 4.756) at 25 °C " + CITE + ". Your problem set states 1.8 × 10⁻⁵, so use "
    "that value for this assignment; with 1.75 × 10⁻⁵ the pH in Question 1 would only change in the third decimal place."
)

t3 = Tree("chem-ps7", 1731600000.0)
q = t3.add(t3.root, "user", text(AB_PROMPT), dt=0.0)
v1 = t3.add(q, "assistant", text(AB_V1), dt=24.0, end_turn=True)
v2 = t3.add(q, "assistant", text(AB_V2), dt=180.0, end_turn=True)   # regenerated later, then abandoned
fq = t3.add(v1, "user", text(AB_FOLLOW_Q), dt=240.0)                  # user switched back to v1 and continued
fa = t3.add(fq, "assistant", text(AB_FOLLOW_A), dt=11.0, end_turn=True,
            meta={"citations": [{"start_ix": 0, "end_ix": 0, "metadata": {"type": "webpage", "title": "Acetic acid - dissociation constant", "url": "https://en.wikipedia.org/wiki/Acetic_acid"}}]})
chem_conv = conversation(t3, "Acid base PS7")          # no current_node on purpose

t4 = Tree("email", 1731500000.0)
e1 = t4.add(t4.root, "user", text("make this email more polite: 'I need the lab report rubric by tomorrow.'"), dt=0.0)
e2 = t4.add(e1, "assistant", text("\"Hi Dr. Osei, would it be possible to share the lab report rubric before tomorrow? It would really help me plan my write-up. Thank you!\""), dt=4.0, end_turn=True)
email_conv = conversation(t4, "Polite email to TA", current=e2)

write("acid-base/transcripts/chatgpt-export.json", [email_conv, chem_conv])

# ---------------------------------------------------------------- acid-base Claude export
SHEET = """CHEM 212 · Problem Set 7: Acid–Base Equilibria
Due Thursday at the start of lecture. Assume 25 °C and Kw = 1.0 × 10−14 throughout. Report pH values to two decimal places unless told otherwise.
Question 1 — A weak acid
A solution is prepared with an initial acetic acid concentration of 0.100 M (Ka = 1.8 × 10−5).
a) Find the pH without using the small-x approximation (solve the quadratic). (3 pts)
b) What is the percent ionization? Give three significant figures. (2 pts)
c) Let α be the fraction of the acid that ionizes and C its initial concentration. Write Ka as an expression in C and α (no approximation). (2 pts)
Question 2 — A buffer
A 1.00 L buffer contains 0.200 M NH3 and 0.150 M NH4Cl (Kb of NH3 = 1.8 × 10−5).
a) Calculate the pH of the buffer. (3 pts)
b) 0.0100 mol of HCl gas is bubbled into the buffer (assume no volume change). What is the new pH? (3 pts)
Question 3 — Titration
25.0 mL of 0.100 M HCl is titrated with 0.125 M NaOH.
a) What volume of NaOH (mL) is needed to reach the equivalence point? (2 pts)
b) What is the pH after 10.0 mL of NaOH has been added? (3 pts)
1"""

CL_THINK = ("The attachment is page 1 of the set. Q1: exact quadratic. x = (-Ka + sqrt(Ka^2 + 4 Ka C))/2. "
            "Let me compute with the tool. Q2: buffer, pKa of NH4+ = 14 - 4.745 = 9.255. Adding HCl... "
            "HCl reacts with NH3? It's a base, so acid added increases NH4+... I'll write it up. "
            "The sheet might have more questions after Q3; the text ends with a page number.")
CL_CODE = ("const Ka = 1.8e-5, C = 0.100;\n"
           "const x = (-Ka + Math.sqrt(Ka*Ka + 4*Ka*C)) / 2;\n"
           "console.log(x, -Math.log10(x), 100*x/C);\n"
           "const pKa = 14 + Math.log10(1.8e-5);\n"
           "console.log(pKa + Math.log10(0.200/0.150));\n"
           "console.log(-Math.log10(1.25e-3/0.035));")
CL_RESULT = "0.0013326709730779748 2.8752770615501357 1.3326709730779747\n9.380211241711606\n1.4471580313422192"

CL_TEXT1 = "I'll solve the quadratic and the buffer numbers precisely first."
CL_TEXT2 = r"""Here are the worked solutions for the three questions in your attachment.

## Question 1 — Acetic acid

**a)** With $x = [\text{H}^+]$:

$$\frac{x^2}{0.100 - x} = 1.8 \times 10^{-5} \quad\Rightarrow\quad x^2 + 1.8\times10^{-5}\,x - 1.8\times10^{-6} = 0$$

The positive root is $x = 1.3327 \times 10^{-3}$ M, so

$$\text{pH} = -\log(1.3327\times10^{-3}) = 2.875 \approx \boxed{2.88}$$

**b)** Percent ionization $= \frac{1.3327\times10^{-3}}{0.100}\times100\% = \boxed{1.33\%}$

**c)** At equilibrium $[\text{H}^+] = [\text{CH}_3\text{COO}^-] = C\alpha$ and $[\text{CH}_3\text{COOH}] = C(1-\alpha)$:

$$K_a = \frac{(C\alpha)^2}{C(1-\alpha)} = \boxed{\frac{C\alpha^2}{1-\alpha}}$$

## Question 2 — NH₃/NH₄⁺ buffer

$\text{p}K_a(\text{NH}_4^+) = 14 - \text{p}K_b = 14 - 4.745 = 9.255$

**a)** $\text{pH} = 9.255 + \log\frac{0.200}{0.150} = \boxed{9.38}$

**b)** The added acid is neutralised by the buffer, which raises the conjugate base relative to the acid: $[\text{NH}_3] = 0.210$ M, $[\text{NH}_4^+] = 0.140$ M.

$$\text{pH} = 9.255 + \log\frac{0.210}{0.140} = 9.255 + 0.176 = \boxed{9.43}$$

## Question 3 — Titration

**a)** $n(\text{HCl}) = 0.0250 \times 0.100 = 2.50$ mmol, so $V_{eq} = 2.50/0.125 = \boxed{20.0 \text{ mL}}$

**b)** After 10.0 mL NaOH: $1.25$ mmol OH⁻ added, $2.50 - 1.25 = 1.25$ mmol H⁺ left in $35.0$ mL.

$[\text{H}^+] = 0.0357$ M, $\text{pH} = \boxed{1.45}$

---

Your attachment ends after Question 3 (there's a page number "1" at the bottom), so I think the file only contains the first page. Is there a Question 4 on page 2? If you paste it I'll solve it too."""

CL_FOLLOW_H = "no worries I'll do that one myself. thanks!!"
CL_FOLLOW_A = "You're welcome — good luck with the set! If you want, send me your answer for Question 4 and I'll check it."

claude_ps7 = {
    "uuid": uid("claude", "ps7"),
    "name": "Acid-base equilibria problem set",
    "created_at": "2025-11-15T18:02:11.402116Z",
    "updated_at": "2025-11-15T18:09:47.913550Z",
    "account": {"uuid": uid("claude", "account")},
    "chat_messages": [
        {
            "uuid": uid("claude", "ps7", "m1"),
            "text": "Can you solve this problem set? Show steps please, pH to 2 decimals.",
            "content": [{"start_timestamp": "2025-11-15T18:02:11.402116Z", "stop_timestamp": "2025-11-15T18:02:11.402116Z",
                         "type": "text", "text": "Can you solve this problem set? Show steps please, pH to 2 decimals.", "citations": []}],
            "sender": "human",
            "created_at": "2025-11-15T18:02:11.402116Z",
            "updated_at": "2025-11-15T18:02:11.402116Z",
            "attachments": [{"file_name": "PS7_acid_base.pdf", "file_size": 2871, "file_type": "pdf", "extracted_content": SHEET}],
            "files": [],
        },
        {
            "uuid": uid("claude", "ps7", "m2"),
            "text": CL_TEXT1 + "\n\n" + CL_TEXT2,
            "content": [
                {"start_timestamp": "2025-11-15T18:02:13.118002Z", "stop_timestamp": "2025-11-15T18:02:21.540713Z",
                 "type": "thinking", "thinking": CL_THINK,
                 "summaries": [{"summary": "Planning the quadratic and buffer calculations."}], "cut_off": False},
                {"start_timestamp": "2025-11-15T18:02:21.700001Z", "stop_timestamp": "2025-11-15T18:02:22.004512Z",
                 "type": "text", "text": CL_TEXT1, "citations": []},
                {"start_timestamp": "2025-11-15T18:02:22.100210Z", "stop_timestamp": "2025-11-15T18:02:25.861190Z",
                 "type": "tool_use", "name": "repl", "input": {"code": CL_CODE}},
                {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
                 "content": [{"type": "text", "text": CL_RESULT, "uuid": uid("claude", "ps7", "res")}], "is_error": False},
                {"start_timestamp": "2025-11-15T18:02:26.004400Z", "stop_timestamp": "2025-11-15T18:02:58.330917Z",
                 "type": "text", "text": CL_TEXT2, "citations": []},
            ],
            "sender": "assistant",
            "created_at": "2025-11-15T18:02:12.990110Z",
            "updated_at": "2025-11-15T18:02:58.330917Z",
            "attachments": [],
            "files": [],
        },
        {
            "uuid": uid("claude", "ps7", "m3"),
            "text": CL_FOLLOW_H,
            "content": [{"start_timestamp": "2025-11-15T18:09:40.001000Z", "stop_timestamp": "2025-11-15T18:09:40.001000Z",
                         "type": "text", "text": CL_FOLLOW_H, "citations": []}],
            "sender": "human",
            "created_at": "2025-11-15T18:09:40.001000Z",
            "updated_at": "2025-11-15T18:09:40.001000Z",
            "attachments": [],
            "files": [],
        },
        {
            "uuid": uid("claude", "ps7", "m4"),
            "text": CL_FOLLOW_A,
            "content": [{"start_timestamp": "2025-11-15T18:09:41.220000Z", "stop_timestamp": "2025-11-15T18:09:47.913550Z",
                         "type": "text", "text": CL_FOLLOW_A, "citations": []}],
            "sender": "assistant",
            "created_at": "2025-11-15T18:09:41.220000Z",
            "updated_at": "2025-11-15T18:09:47.913550Z",
            "attachments": [],
            "files": [],
        },
    ],
}

claude_other = {
    "uuid": uid("claude", "other"),
    "name": "Lab report abstract feedback",
    "created_at": "2025-11-12T09:15:00.000000Z",
    "updated_at": "2025-11-12T09:16:10.000000Z",
    "account": {"uuid": uid("claude", "account")},
    "chat_messages": [
        {"uuid": uid("claude", "other", "m1"), "text": "Is my abstract too long? It's 310 words.",
         "content": [{"type": "text", "text": "Is my abstract too long? It's 310 words.", "citations": [],
                      "start_timestamp": "2025-11-12T09:15:00.000000Z", "stop_timestamp": "2025-11-12T09:15:00.000000Z"}],
         "sender": "human", "created_at": "2025-11-12T09:15:00.000000Z", "updated_at": "2025-11-12T09:15:00.000000Z",
         "attachments": [], "files": []},
        {"uuid": uid("claude", "other", "m2"), "text": "For most lab reports 150–250 words is typical, so 310 is on the long side. Cut background sentences first and keep the key result with its number (e.g. the measured Ka).",
         "content": [{"type": "text", "text": "For most lab reports 150–250 words is typical, so 310 is on the long side. Cut background sentences first and keep the key result with its number (e.g. the measured Ka).", "citations": [],
                      "start_timestamp": "2025-11-12T09:15:02.000000Z", "stop_timestamp": "2025-11-12T09:16:10.000000Z"}],
         "sender": "assistant", "created_at": "2025-11-12T09:15:02.000000Z", "updated_at": "2025-11-12T09:16:10.000000Z",
         "attachments": [], "files": []},
    ],
}

write("acid-base/transcripts/claude-export.json", [claude_other, claude_ps7])
print("wrote 3 exports")
