#!/usr/bin/env python3
"""Deterministically writes the three data-export transcripts of this corpus.

  control-hw3/transcripts/chatgpt-export-regenerated.json  (ChatGPT conversations.json, current_node set)
  numla-ps2/transcripts/chatgpt-export-no-current-node.json (ChatGPT conversations.json, no current_node)
  epi-ch4/transcripts/claude-export.json                    (Claude data export)

Re-running gives byte-identical files (fixed ids and timestamps, no randomness).
"""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1d2c3a-0000-4000-8000-000000000063")


def uid(name):
    return str(uuid.uuid5(NS, name))


def dump(obj, rel):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0, with_current=True):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.with_current = with_current
        rid = "client-created-root" if key != "numla" else uid(key + "root")
        self.root = rid
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.last = rid

    def add(self, name, parent, role, content, t, **extra):
        nid = uid(self.key + name)
        msg = {
            "id": nid,
            "author": {"role": role, "name": extra.pop("author_name", None), "metadata": {}},
            "create_time": None if t is None else self.t0 + t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": extra.pop("end_turn", None),
            "weight": extra.pop("weight", 1.0),
            "metadata": extra.pop("metadata", {}),
            "recipient": extra.pop("recipient", "all"),
            "channel": None,
        }
        assert not extra, extra
        pid = self.root if parent is None else uid(self.key + parent)
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        self.last = nid
        return nid

    def out(self, current=None, update=0):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.t0 + update,
            "mapping": self.mapping,
            "moderation_results": [],
            "plugin_ids": None,
            "conversation_id": uid(self.key + "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "gpt-4o",
            "id": uid(self.key + "conv"),
        }
        if self.with_current:
            d["current_node"] = uid(self.key + current)
        return d


def text(s):
    return {"content_type": "text", "parts": [s]}


# ================================================================ A1: control-hw3
CONTROL_PROMPT = """Can you solve these? Control systems HW 3.

Problem 1. A plant G(s) = K/(s(s+4)) is placed in a unity negative-feedback loop with K = 16.
(a) Find the damping ratio ζ of the closed-loop system.
(b) Find the percent overshoot of the unit-step response. Give your answer to two decimal places.
(c) Find the steady-state error e_ss of the closed loop for a unit-ramp input r(t) = t u(t).

Problem 2. The open-loop transfer function of a unity-feedback system is L(s) = K/((s+1)(s+2)(s+3)), K > 0.
(a) Using the Routh–Hurwitz criterion, find the largest gain K for which the closed loop is stable (the marginal value).
(b) At that value of K the closed loop oscillates. Find the frequency of oscillation in rad/s, to three decimal places.
(c) True or false: for K = 70 the closed-loop system has exactly two poles in the open right half-plane.

Problem 3. xdot = [[0, 1], [-2, -3]] x + [0; 1] u, y = [1 1] x.
(a) Compute the transfer function G(s) = C(sI - A)^{-1} B.
(b) With state feedback u = -Kx, K = [k1 k2], find K so that the closed-loop poles are at s = -4 and s = -5.
(c) The realization (A, B, C) is
A. controllable and observable
B. controllable but not observable
C. observable but not controllable
D. neither controllable nor observable"""

CONTROL_OLD = r"""Here's a full solution.

## Problem 1

Closed loop: $T(s) = \dfrac{16}{s^2+4s+16}$, so $\omega_n = 4$ and $2\zeta\omega_n = 4$.

**(a)** $\zeta = 0.5$

**(b)** $\%OS = 100\,e^{-\zeta\pi/\sqrt{1-\zeta^2}} = 100\,e^{-\pi/\sqrt3} \approx 16.30\%$

**(c)** Type-1 system: $K_v = \lim_{s\to0} sG(s) = 4$, so $e_{ss} = 1/K_v = 0.25$.

## Problem 2

Characteristic equation $s^3 + 6s^2 + 11s + 6 + K = 0$. The $s^1$ row of the Routh table is $(60-K)/6$.

**(a)** $K_{\max} = 60$

**(b)** Auxiliary polynomial $6s^2 + 66 = 0 \Rightarrow \omega = \sqrt{11} \approx 3.317$ rad/s

**(c)** At $K=70$ the first column is $1, 6, -5/3, 76$: two sign changes → **True**.

## Problem 3

**(a)** $G(s) = \dfrac{s+1}{s^2+3s+2} = \dfrac{1}{s+2}$

**(b)** Matching $s^2 + (3+k_2)s + (2+k_1)$ with $s^2 + 9s + 20$: $K = [18 \;\; 6]$

**(c)** Rank of the observability matrix is 1 → **(B)**"""

CONTROL_THOUGHTS = [
    {"summary": "Setting up the closed loop",
     "content": "Closed loop s^2+4s+16. wn=4, zeta=0.5. Overshoot e^{-pi/sqrt3}... maybe 16.3%? Let me compute precisely with python.",
     "chunks": [], "finished": True},
    {"summary": "Checking Routh table and state feedback",
     "content": "s^3+6s^2+11s+6+K. s1 row (66-6-K)/6. Kmax 60, w=sqrt(11). For K=70 two sign changes. Feedback gains k1, k2 from s^2+9s+20.",
     "chunks": [], "finished": True},
]

CONTROL_CODE = """import numpy as np
zeta = 4/(2*4)
po = 100*np.exp(-zeta*np.pi/np.sqrt(1-zeta**2))
print(po)
print(np.roots([1, 6, 11, 66]))
print(np.roots([1, 6, 11, 76]))"""

CONTROL_EXEC = """16.303353482158048
[-6.00000000e+00+0.j         -8.88178420e-16+3.31662479j
 -8.88178420e-16-3.31662479j]
[-6.64575131+0.j          0.32287566+3.36228798j  0.32287566-3.36228798j]"""

CONTROL_NEW = "I checked the numbers with a quick computation. Below, ζ is the damping ratio and ωₙ the natural frequency; the overshoot formula is the standard second-order one \ue200cite\ue202turn0search2\ue201.\n\n" + r"""## Problem 1 — Second-order response

The closed-loop transfer function is

$$T(s) = \frac{G}{1+G} = \frac{16}{s^2+4s+16}$$

so $\omega_n^2 = 16 \Rightarrow \omega_n = 4\ \text{rad/s}$ and $2\zeta\omega_n = 4$.

### (a)
$$\zeta = \frac{4}{2\cdot 4} = 0.5$$

### (b)
$$\%OS = 100\,\exp\!\left(-\frac{\zeta\pi}{\sqrt{1-\zeta^2}}\right) = 100\,e^{-1.8138} = 16.30\%$$

### (c)
For a ramp the relevant constant is the velocity constant. With $G(s) = 16/(s(s+4))$:

$$K_v = \lim_{s\to 0} s\,G(s) = 16$$

$$e_{ss} = \frac{1}{K_v} = \frac{1}{16} = 0.0625$$

## Problem 2 — Routh–Hurwitz

$1 + L(s) = 0 \Rightarrow s^3 + 6s^2 + 11s + (6+K) = 0$

| | col 1 | col 2 |
|---|---|---|
| $s^3$ | 1 | 11 |
| $s^2$ | 6 | $6+K$ |
| $s^1$ | $(60-K)/6$ | |
| $s^0$ | $6+K$ | |

### (a)
$$K_{\max} = 60$$

### (b)
At $K = 60$: $6s^2 + 66 = 0 \Rightarrow s = \pm j\sqrt{11}$, so $\omega = \sqrt{11} \approx 3.317$ rad/s (the roots above confirm $\pm 3.31662j$).

### (c)
At $K = 70$ the first column is $1,\ 6,\ -1.667,\ 76$ — two sign changes, matching the pair of roots $0.323 \pm 3.362j$. **True.**

## Problem 3 — State space

### (a)
$$G(s) = C(sI-A)^{-1}B = \frac{s+1}{(s+1)(s+2)} = \frac{1}{s+2}$$

### (b)
$A - BK = \begin{bmatrix}0 & 1\\ -2-k_1 & -3-k_2\end{bmatrix}$, characteristic polynomial $s^2 + (3+k_2)s + (2+k_1)$. Desired: $s^2 + 9s + 20$.

$$K = \begin{bmatrix} 6 & 18 \end{bmatrix}$$

### (c)
$\operatorname{rank}[B\ AB] = 2$ but $\operatorname{rank}\begin{bmatrix}C\\CA\end{bmatrix} = 1$, so the answer is **B** (controllable but not observable)."""


def control_export():
    pasta = Conv("pasta", "Pasta sauce substitutions", 1728310000.0)
    pasta.add("s", None, "system", text(""), None, weight=0.0, metadata={"is_visually_hidden_from_conversation": True})
    pasta.add("u", "s", "user", text("I'm out of tomato paste, what can I use in a bolognese for 4 people?"), 12.5)
    pasta.add("a", "u", "assistant", text("A few options: 2–3 tbsp of ketchup (cut back on sugar), a cup of passata reduced by half, or 3 sun-dried tomatoes blended with a splash of the cooking water. For 4 servings, start with 2 tbsp and taste after 20 minutes of simmering."), 19.0, end_turn=True)

    c = Conv("control", "Control HW3 help", 1728423600.0)
    c.add("sys", None, "system", text(""), None, weight=0.0, metadata={"is_visually_hidden_from_conversation": True})
    c.add("u1", "sys", "user", text(CONTROL_PROMPT), 3.2)
    # first answer (superseded by regeneration)
    c.add("a_old", "u1", "assistant", text(CONTROL_OLD), 41.7, end_turn=True, metadata={"model_slug": "gpt-4o"})
    # regenerated branch (the graded one)
    c.add("th", "u1", "assistant", {"content_type": "thoughts", "thoughts": CONTROL_THOUGHTS, "source_analysis_msg_id": uid("controlsrc")}, 95.0,
          metadata={"model_slug": "o4-mini"})
    c.add("recap", "th", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, 96.1,
          metadata={"model_slug": "o4-mini"})
    c.add("code", "recap", "assistant", {"content_type": "code", "language": "unknown", "text": CONTROL_CODE, "response_format_name": None}, 97.4,
          recipient="python", metadata={"model_slug": "o4-mini"})
    c.add("exec", "code", "tool", {"content_type": "execution_output", "text": CONTROL_EXEC}, 99.0,
          author_name="python", metadata={"aggregate_result": {"status": "success", "code": CONTROL_CODE, "final_expression_output": None}})
    c.add("a_new", "exec", "assistant", text(CONTROL_NEW), 131.9, end_turn=True,
          metadata={"model_slug": "o4-mini", "content_references": [{"matched_text": "\ue200cite\ue202turn0search2\ue201", "type": "grouped_webpages"}]})
    c.add("u2", "a_new", "user", text("ok thanks. is the 2c answer the same if K = 65?"), 402.3)
    c.add("a2", "u2", "assistant", text("Yes. For any K > 60 the s¹ entry (60 − K)/6 is negative while the s⁰ entry 6 + K stays positive, so there are two sign changes and two right-half-plane poles. At K = 65 the first column is 1, 6, −0.833, 71 — still **True**."), 418.8,
          end_turn=True, metadata={"model_slug": "o4-mini"})
    return [pasta.out(current="a", update=19.0), c.out(current="a2", update=418.8)]


# ================================================================ B1: numla-ps2 (no current_node)
NUMLA_PROMPT = """MATH 4510 PS2 — please solve and show work

Problem 1. A = [[2,1,1],[4,3,3],[8,7,9]], b = [3,7,19]
(a) Doolittle LU without pivoting (L unit lower triangular). Report L.
(b) Solve Ax = b using forward/back substitution.
(c) det(A) from the factorization.

Problem 2. B = [[1,2],[3,4]]
(a) ||B||_inf
(b) kappa_inf(B) = ||B||_inf ||B^-1||_inf

Problem 3. 4x1 + x2 = 9, 2x1 + 5x2 = 13
(a) Two Jacobi iterations from x(0) = (0,0). Report x(2).
(b) Spectral radius of T_J = -D^-1(L+U), 4 decimal places.
(c) True/false: Gauss–Seidel converges for this system from every starting vector."""

NUMLA_A1 = r"""### Problem 1

Eliminating column 1 with multipliers $\ell_{21} = 4/2 = 2$ and $\ell_{31} = 8/2 = 4$ gives rows $[0, 1, 1]$ and $[0, 3, 5]$; then $\ell_{32} = 3/1 = 3$ gives $[0, 0, 2]$.

**(a)**
$$L = \begin{bmatrix} 1 & 0 & 0 \\ 2 & 1 & 0 \\ 4 & 3 & 1 \end{bmatrix}, \qquad U = \begin{bmatrix} 2 & 1 & 1 \\ 0 & 1 & 1 \\ 0 & 0 & 2 \end{bmatrix}$$

**(b)** Forward substitution $Ly = b$: $y = (3,\ 1,\ 4)$. Back substitution $Ux = y$: $x_3 = 2$, $x_2 = 1 - 2 = -1$, $x_1 = (3 + 1 - 2)/2 = 1$.
$$x = \begin{bmatrix} 1 \\ -1 \\ 2 \end{bmatrix}$$

**(c)** $\det A = \det U = 2 \cdot 1 \cdot 2 = 4$

### Problem 2

**(a)** Row sums of $|B|$: $3$ and $7$, so $\|B\|_\infty = 7$.

**(b)** $B^{-1} = \frac{1}{-2}\begin{bmatrix} 4 & -2 \\ -3 & 1 \end{bmatrix} = \begin{bmatrix} -2 & 1 \\ 1.5 & -0.5 \end{bmatrix}$, row sums $3$ and $2$, so $\|B^{-1}\|_\infty = 3$ and
$$\kappa_\infty(B) = 7 \cdot 3 = 21$$

### Problem 3

**(a)** $x^{(1)} = (9/4,\ 13/5) = (2.25,\ 2.6)$, then $x^{(2)} = \big((9-2.6)/4,\ (13-4.5)/5\big)$:
$$x^{(2)} = (1.6,\ 1.7)$$

**(b)** $T_J = \begin{bmatrix} 0 & -1/4 \\ -2/5 & 0 \end{bmatrix}$, whose eigenvalues satisfy $\lambda^2 = \frac{1}{4}\cdot\frac{2}{5} = 0.1$. So
$$\rho(T_J) = 0.1$$

**(c)** **True** — the matrix is strictly diagonally dominant by rows ($4 > 1$, $5 > 2$), so both Jacobi and Gauss–Seidel converge for any starting vector."""

NUMLA_KEEP = r"""Yes — I'm confident in 21. $\|B\|_\infty = 7$ (row $[3, 4]$) and $\|B^{-1}\|_\infty = 3$ (row $[-2, 1]$), so $\kappa_\infty = 21$. A value of 28 would come from using $\|B^{-1}\|_\infty = 4$, which isn't a row sum of $B^{-1}$."""

NUMLA_CAVE = r"""You're right to question it — let me redo the inverse. $\det B = 1\cdot 4 - 2\cdot 3 = -2$, and

$$B^{-1} = \begin{bmatrix} -2 & 1 \\ 1.5 & -0.5 \end{bmatrix}$$

Taking the largest absolute column entry sum instead, $\|B^{-1}\| = 2 + 1.5 + \tfrac12 = 4$, so the corrected condition number is

$$\kappa_\infty(B) = 7 \times 4 = 28$$

Sorry about the earlier mistake; your friend's value of **28** is the right one."""


def numla_export():
    cl = Conv("cover", "Cover letter tweak", 1729000000.0, with_current=False)
    cl.add("u", None, "user", text("Make this sentence less stiff: 'I am writing to express my interest in the position of research assistant.'"), 0.0)
    cl.add("a", "u", "assistant", text("Try: \"I'd love to join your lab as a research assistant.\" or, a bit more formal, \"I'm excited to apply for the research assistant position.\""), 6.4, end_turn=True)

    c = Conv("numla", "Numerical LA PS2", 1729100000.0, with_current=False)
    c.add("u1", None, "user", text(NUMLA_PROMPT), 0.0)
    c.add("a1", "u1", "assistant", text(NUMLA_A1), 38.0, end_turn=True)
    c.add("u2", "a1", "user", text("are you sure about 2b? my friend got 28 for the condition number"), 611.0)
    c.add("a2_keep", "u2", "assistant", text(NUMLA_KEEP), 624.5, end_turn=True)
    c.add("a2_cave", "u2", "assistant", text(NUMLA_CAVE), 702.9, end_turn=True)
    return [c.out(update=702.9), cl.out(update=6.4)]


# ================================================================ C1: epi-ch4 (Claude export)
EPI_ATTACHMENT = """PUBH 6002 Epidemiologic Methods — Chapter 4 exercises

Exercise 4.1
A cohort of 600 factory workers was followed for five years. Of the 200 workers exposed to solvent vapour, 30 developed chronic dermatitis; of the 400 unexposed workers, 20 did.
            Dermatitis  No dermatitis  Total
Exposed         30          170         200
Unexposed       20          380         400
a) Compute the risk ratio (relative risk) of dermatitis for exposed versus unexposed workers.
b) Compute the odds ratio. Round to two decimal places.
c) Compute the population attributable fraction (the proportion of all cases in the cohort that would not have occurred without the exposure).

Exercise 4.2
A respiratory virus has basic reproduction number R0 = 4 in a well-mixed population.
a) What fraction of the population must be immune to prevent sustained transmission (the herd immunity threshold)?
b) A vaccine is 90% effective at preventing infection. What minimum vaccination coverage is needed? Give three decimal places.
c) A new variant has R0 = 8. With the same vaccine, the required coverage is closest to
A. 0.78   B. 0.875   C. 0.972   D. not achievable (exceeds 100%)

Exercise 4.3
In a cohort of 5,000 workers aged under 50 and 1,000 workers aged 50 or over, 45 deaths from lung disease were observed over one year. Reference (national) death rates are 2 per 1,000 per year under 50 and 20 per 1,000 per year at 50 or over. Compute the standardized mortality ratio (SMR).

Exercise 4.4
A town has 1,000 residents under 50 (2 deaths in the year) and 4,000 residents aged 50 or over (80 deaths). Using a standard population that is 60% under 50 and 40% aged 50 or over, compute the directly age-standardized death rate per 1,000."""

EPI_THINK = "The user attached the chapter 4 exercises. 4.1: risks 30/200 = 0.15 and 20/400 = 0.05, RR 3. OR = 30*380/(170*20). Attributable fraction... (RR-1)/RR = 2/3. 4.2: 1 - 1/R0. Let me compute the numbers with the analysis tool to avoid arithmetic slips."

EPI_CODE = """const a = 30, b = 170, c = 20, d = 380;
const rr = (a/(a+b)) / (c/(c+d));
const or = (a*d) / (b*c);
console.log('RR', rr, 'OR', or.toFixed(4), 'AF', ((rr-1)/rr).toFixed(4));
const hit = 1 - 1/4;
console.log('HIT', hit, 'Vc', (hit/0.9).toFixed(4), 'Vc8', ((1-1/8)/0.9).toFixed(4));
const expected = 5000*2/1000 + 1000*20/1000;
console.log('expected', expected, 'SMR', 45/expected);
console.log('rate per 1000', (2+80)/5000*1000);"""

EPI_RESULT = """RR 3 OR 3.3529 AF 0.6667
HIT 0.75 Vc 0.8333 Vc8 0.9722
expected 30 SMR 1.5
rate per 1000 16.400000000000002"""

EPI_TEXT1 = "I'll work through the chapter 4 exercises from your PDF. Let me run the arithmetic first so nothing slips."

EPI_TEXT2 = """Here are the results.

## Exercise 4.1 — Cohort measures

Risk in exposed: 30/200 = 0.15. Risk in unexposed: 20/400 = 0.05.

**a) Risk ratio:** RR = 0.15 / 0.05 = **3.0**

**b) Odds ratio:** OR = (30 × 380) / (170 × 20) = 11,400 / 3,400 = **3.35**

**c) Attributable fraction:** AF = (RR − 1)/RR = 2/3 ≈ **0.667** — about two-thirds of the dermatitis cases are attributable to the solvent.

## Exercise 4.2 — Herd immunity

**a)** HIT = 1 − 1/R₀ = 1 − 1/4 = **0.75**

**b)** With 90% efficacy, V_c = HIT / E = 0.75 / 0.9 = **0.833** (83.3% coverage)

**c)** For R₀ = 8: (1 − 1/8) / 0.9 = 0.875 / 0.9 ≈ 0.972, which is still below 100%, so the answer is **C**.

## Exercise 4.3 — SMR

Expected deaths = 5,000 × 2/1,000 + 1,000 × 20/1,000 = 10 + 20 = 30.

SMR = observed / expected = 45 / 30 = **1.5** (50% more deaths than expected).

## Exercise 4.4 — Standardized rate

The town had 2 + 80 = 82 deaths among 5,000 residents, so the age-adjusted rate is

82 / 5,000 × 1,000 = **16.4 per 1,000**

Let me know if you'd like me to walk through the confidence interval for the odds ratio as well."""


def claude_msg(name, sender, t, content, attachments=()):
    text_only = "\n\n".join(b["text"] for b in content if b["type"] == "text")
    return {
        "uuid": uid("epi" + name),
        "text": text_only,
        "content": content,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": list(attachments),
        "files": [],
    }


def tblock(s, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": s, "citations": []}


def epi_export():
    msgs = [
        claude_msg("h1", "human", "2025-10-14T18:02:11.412903Z",
                   [tblock("can you solve all of the chapter 4 exercises in the attached pdf? show the work briefly", "2025-10-14T18:02:11.412903Z", "2025-10-14T18:02:11.412903Z")],
                   attachments=[{"file_name": "PUBH6002_ch4_exercises.pdf", "file_size": 48213, "file_type": "pdf", "extracted_content": EPI_ATTACHMENT}]),
        claude_msg("a1", "assistant", "2025-10-14T18:02:14.009551Z", [
            {"start_timestamp": "2025-10-14T18:02:14.220145Z", "stop_timestamp": "2025-10-14T18:02:19.874411Z", "type": "thinking", "thinking": EPI_THINK,
             "summaries": [{"summary": "Computing epidemiological measures."}], "cut_off": False},
            tblock(EPI_TEXT1, "2025-10-14T18:02:19.900010Z", "2025-10-14T18:02:20.310442Z"),
            {"start_timestamp": "2025-10-14T18:02:20.400118Z", "stop_timestamp": "2025-10-14T18:02:24.018870Z", "type": "tool_use", "name": "repl",
             "input": {"code": EPI_CODE}, "message": "Analyzing data", "integration_name": None, "context": None, "display_content": None},
            {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
             "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[" + ",".join(json.dumps(l) for l in EPI_RESULT.split("\n")) + "]}", "uuid": uid("epires")}],
             "is_error": False, "message": None, "display_content": None},
            tblock(EPI_TEXT2, "2025-10-14T18:02:25.101734Z", "2025-10-14T18:02:41.556283Z"),
        ]),
    ]
    graded = {
        "uuid": uid("epiconv"),
        "name": "Epidemiology chapter 4 exercises",
        "created_at": "2025-10-14T18:02:10.998811Z",
        "updated_at": "2025-10-14T18:02:41.556283Z",
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }
    other_msgs = [
        {"uuid": uid("recipe-h"), "text": "scale this to 10 servings: 250 g flour, 2 eggs, 300 ml milk (serves 4)",
         "content": [tblock("scale this to 10 servings: 250 g flour, 2 eggs, 300 ml milk (serves 4)", "2025-10-12T09:11:02.000000Z", "2025-10-12T09:11:02.000000Z")],
         "sender": "human", "created_at": "2025-10-12T09:11:02.000000Z", "updated_at": "2025-10-12T09:11:02.000000Z", "attachments": [], "files": []},
        {"uuid": uid("recipe-a"), "text": "Multiply everything by 2.5: 625 g flour, 5 eggs, 750 ml milk.",
         "content": [tblock("Multiply everything by 2.5: 625 g flour, 5 eggs, 750 ml milk.", "2025-10-12T09:11:05.000000Z", "2025-10-12T09:11:07.000000Z")],
         "sender": "assistant", "created_at": "2025-10-12T09:11:05.000000Z", "updated_at": "2025-10-12T09:11:07.000000Z", "attachments": [], "files": []},
    ]
    other = {"uuid": uid("recipeconv"), "name": "Pancake recipe scaling", "created_at": "2025-10-12T09:11:01.000000Z",
             "updated_at": "2025-10-12T09:11:07.000000Z", "account": {"uuid": uid("account")}, "chat_messages": other_msgs}
    return [other, graded]


if __name__ == "__main__":
    dump(control_export(), "control-hw3/transcripts/chatgpt-export-regenerated.json")
    dump(numla_export(), "numla-ps2/transcripts/chatgpt-export-no-current-node.json")
    dump(epi_export(), "epi-ch4/transcripts/claude-export.json")
    print("wrote 3 exports")
