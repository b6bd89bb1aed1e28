#!/usr/bin/env python3
"""Writes the JSON chat exports of this corpus. Deterministic: re-running gives byte-identical files."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(rel, obj):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT
class GPT:
    def __init__(self, conv_id, title, t0):
        self.conv_id, self.title, self.t = conv_id, title, t0
        self.mapping = {}
        self.n = 0
        root = self._new(None, None)
        self.root = root

    def _nid(self):
        self.n += 1
        return f"{self.conv_id[:8]}-{self.n:04d}-4a1b-9c2d-{self.n:012x}"

    def _new(self, parent, message):
        nid = self._nid()
        if message is not None:
            message["id"] = nid
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, parent, role, content, dt=7, recipient="all", name=None, end_turn=None, meta=None):
        self.t += dt
        m = {
            "id": None,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        return self._new(parent, m)

    def user(self, parent, text, dt=20):
        return self.msg(parent, "user", {"content_type": "text", "parts": [text]}, dt)

    def asst(self, parent, text, dt=30):
        return self.msg(parent, "assistant", {"content_type": "text", "parts": [text]}, dt, end_turn=True,
                        meta={"model_slug": "gpt-4o"})

    def thoughts(self, parent, summary, content, secs):
        a = self.msg(parent, "assistant", {"content_type": "thoughts", "thoughts": [
            {"summary": summary, "content": content, "finished": True}], "source_analysis_msg_id": "analysis-0"},
            5, meta={"model_slug": "o4-mini"})
        return self.msg(a, "assistant", {"content_type": "reasoning_recap", "content": f"Thought for {secs} seconds"},
                        secs, meta={"model_slug": "o4-mini"})

    def code(self, parent, src):
        return self.msg(parent, "assistant", {"content_type": "code", "language": "unknown", "response_format_name": None,
                                               "text": src}, 4, recipient="python")

    def output(self, parent, text):
        return self.msg(parent, "tool", {"content_type": "execution_output", "text": text}, 2, name="python")

    def export(self, current=None, with_current=True):
        d = {"title": self.title, "create_time": self.mapping[self.root and list(self.mapping)[1]]["message"]["create_time"] - 1,
             "update_time": self.t, "mapping": self.mapping}
        if with_current:
            d["current_node"] = current
        d["conversation_id"] = self.conv_id
        d["id"] = self.conv_id
        d["is_archived"] = False
        return d


# ------------------------------------------------ pipe-flow: single conversation, regenerated answer
PIPE_Q = """CE 3410 Homework 6: Internal Flow. Use rho_w = 1000 kg/m^3, mu_w = 1.0e-3 Pa s, Re_crit = 2300.
1. Water flows through a smooth pipe of inner diameter D = 5 cm with mean velocity V = 0.4 m/s.
(a) Compute the Reynolds number. (b) True or false: the flow is laminar. (c) Find the volumetric flow rate in L/s, to three significant figures.
2. An oil (rho = 900 kg/m^3, mu = 0.1 Pa s) flows through a horizontal tube with D = 2 cm and length L = 10 m at a mean velocity of half a metre per second.
(a) Find the Darcy friction factor f (three decimal places). (b) Using the Hagen-Poiseuille result, find the pressure drop over the tube, in Pa.
3. Water flows horizontally through a contraction from D1 = 10 cm to D2 = 5 cm. Upstream V1 = 2 m/s. Neglecting losses, find p1 - p2 in kPa.
4. In fully rough turbulent flow (very high Re), the Darcy friction factor depends on
A) Re only  B) the relative roughness eps/D only  C) both Re and eps/D  D) neither; it is constant for all pipes"""

PIPE_OLD = r"""**1(a)** Re = ρVD/μ = 20 000
**1(b)** False
**1(c)** Q = 0.785 L/s
**2(a)** f = 64/90 = 0.711
**2(b)** Δp = 40 000 Pa
**3.** p₁ − p₂ = 30 kPa
**4.** B"""

PIPE_NEW = r"""## Problem 1

**(a)** $Re = \dfrac{\rho V D}{\mu} = \dfrac{1000 \times 0.4 \times 0.05}{10^{-3}} = 2\times10^{4}$

$$\boxed{Re = 20{,}000}$$

**(b)** $Re \gg 2300$, so the flow is turbulent: **False**.

**(c)** $Q = V\,\pi D^2/4 = 0.4 \times 1.9635\times10^{-3} = 7.854\times10^{-4}\ \mathrm{m^3/s}$

$$\boxed{Q \approx 0.785\ \text{L/s}}$$

## Problem 2

**(a)** $Re = 900(0.5)(0.02)/0.1 = 90$, laminar, so $f = 64/Re$:

$$\boxed{f = 0.711}$$

**(b)** For laminar flow the Hagen–Poiseuille law gives

$$\Delta p = \frac{16 \mu L V}{D^2} = \frac{16(0.1)(10)(0.5)}{(0.02)^2} = 20{,}000\ \text{Pa}$$

**Answer:** Δp = 20,000 Pa

## Problem 3

$V_2 = V_1 (D_1/D_2)^2 = 8$ m/s, then

$$p_1 - p_2 = \tfrac12 \rho (V_2^2 - V_1^2) = 500(64-4) = 30\,000\ \text{Pa}$$

**Answer:** 30 kPa

## Problem 4

At high $Re$ the roughness elements poke through the viscous sublayer, and the friction factor is set by the pipe wall *and* the flow, so the answer is **(C)**."""


def pipe():
    g = GPT("6751c0de-0a11-8000-9d2b-pipeflow0001", "Fluid mechanics HW6 internal flow", 1764612000.0)
    u = g.user(g.root, PIPE_Q)
    old = g.asst(u, PIPE_OLD, dt=25)
    r = g.thoughts(u, "Computing Reynolds numbers and pressure drops",
                   "Re = 1000*0.4*0.05/1e-3 = 20000, turbulent. Oil Re = 90 laminar, f = 64/90. "
                   "Hagen-Poiseuille dp = 32 mu L V / D^2 = 40000 Pa. Contraction V2 = 8, dp = 30 kPa. Fully rough: eps/D only, B.",
                   14)
    new = g.asst(r, PIPE_NEW, dt=40)
    u2 = g.user(new, "thanks, can you also give the head loss for problem 2 in metres of oil?")
    last = g.asst(u2, r"""Sure. Head loss $h_f = \Delta p/(\rho g) = 20{,}000/(900 \times 9.81) \approx 2.27$ m of oil.""")
    write("pipe-flow/transcripts/chatgpt-export.json", [g.export(current=last)])


# ------------------------------------------------ bayes-ab: several conversations, python tool, citations
BAYES_Q = """Can you do my STAT 261 PS4? Pasting it:

Question 1 (6 pts) Variant A starts from a uniform prior Beta(1, 1). On day one, 12 of 40 visitors convert.
a) Give the posterior parameters (α, β). b) Give the posterior mean as an exact fraction. c) Give the posterior mode (MAP estimate).
Question 2 (4 pts) For variant B the team uses an informative prior Beta(2, 8) and observes 9 conversions out of 30 visitors.
a) Posterior mean of p_B. b) Posterior variance of p_B, to 4 significant figures.
Question 3 (4 pts) A product manager believes the new checkout converts at either 10% or 20%, with equal prior probability. In a pilot, 2 of 10 users convert. What is the posterior probability that the rate is 20%? Give three decimal places.
Question 4 (4 pts) Suppose the posteriors are p_A ~ Beta(3, 7) and p_B ~ Beta(5, 5), independent. Compute P(p_B > p_A) exactly (closed form or numerical integration, not simulation), to three decimal places.
Question 5 (2 pts) True or false: with a Beta(1,1) prior and binomial data, the posterior mean always lies between the prior mean 1/2 and the sample proportion k/n (inclusive)."""

BAYES_A1 = "Let me compute the numerical parts exactly with Python first."

BAYES_CODE = """from scipy import stats, integrate
a, b = 1 + 12, 1 + 28
print("Q1", a, b, a/(a+b))
A2 = stats.beta(11, 29)
print("Q2", A2.mean(), A2.var())
L1 = stats.binom.pmf(2, 10, 0.1); L2 = stats.binom.pmf(2, 10, 0.2)
print("Q3", L2/(L1+L2))
pA, pB = stats.beta(3, 7), stats.beta(5, 5)
val, err = integrate.quad(lambda x: pB.pdf(x) * pA.cdf(x), 0, 1)
print("Q4", val, err)"""

BAYES_OUT = """Q1 13 29 0.30952380952380953
Q2 0.275 0.004862804878048781
Q3 0.6092188970718099
Q4 0.8325791855203605 1.1e-14"""

BAYES_A2 = """Here are the results (conjugate updating as in the standard Beta–Binomial model \ue200cite\ue202turn0search2\ue201):

### Question 1
- **a)** Posterior $\\mathrm{Beta}(13, 29)$, so $(\\alpha,\\beta) = (13, 29)$
- **b)** Posterior mean $= \\frac{13}{42}$
- **c)** The MAP estimate is the posterior's central value, $13/42 \\approx 0.3095$

### Question 2
- **a)** $E[p_B] = 11/40 = 0.275$
- **b)** $\\operatorname{Var}[p_B] = \\dfrac{11 \\cdot 29}{40^2 \\cdot 41} \\approx 0.004863$

### Question 3
$$P(p = 0.2 \\mid \\text{data}) = \\frac{0.30199}{0.30199 + 0.19371} \\approx \\mathbf{0.609}$$

### Question 4
Numerical integration of $\\int_0^1 f_B(x)\\,F_A(x)\\,dx$ (error ~1e-14):

$$P(p_B > p_A) \\approx 0.833$$

Let me know if you want the closed-form sum for Q4 too \ue200cite\ue202turn0search5\ue201."""


def bayes():
    c1 = GPT("67480a11-1c2d-8000-aa01-pastadinner01", "Quick weeknight pasta", 1764300000.0)
    u = c1.user(c1.root, "what's a quick pasta with garlic, lemon and spinach, for 2?")
    a = c1.asst(u, "Boil 200 g spaghetti. Meanwhile soften 3 sliced garlic cloves in 3 tbsp olive oil, add 150 g spinach, "
                   "the zest and juice of 1 lemon, toss with the pasta and 1/2 cup pasta water. Finish with parmesan.")
    conv1 = c1.export(current=a)

    c2 = GPT("674c77e0-2b3d-8000-bb02-bayesabtest01", "Bayesian A/B testing PS4", 1764520000.0)
    u = c2.user(c2.root, BAYES_Q)
    a1 = c2.asst(u, BAYES_A1, dt=12)
    cd = c2.code(a1, BAYES_CODE)
    out = c2.output(cd, BAYES_OUT)
    a2 = c2.asst(out, BAYES_A2, dt=20)
    conv2 = c2.export(current=a2)

    c3 = GPT("674d1f00-3c4e-8000-cc03-regexhelp0001", "Regex for ISO dates", 1764600000.0)
    u = c3.user(c3.root, "regex to match 2025-03-02 style dates?")
    a = c3.asst(u, "Use `^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`. It checks the ranges of month and day but not "
                   "month lengths \ue200cite\ue202turn0search0\ue201.")
    conv3 = c3.export(current=a)
    # ChatGPT exports list newest first
    write("bayes-ab/transcripts/conversations.json", [conv3, conv2, conv1])


# ------------------------------------------------ discrete-log: no current_node, two branches
DLOG_Q = """Chapter 5 exercises (discrete logarithms). Work in Z_23^*, g = 5 is a primitive root mod 23.
Exercise 5.1 (a) Compute 5^6 mod 23. (b) Find the discrete logarithm x in {0,...,21} with 5^x ≡ 11 (mod 23). (c) Find the multiplicative order of 2 modulo 23.
Exercise 5.2 (Diffie–Hellman) p = 23, g = 5, Alice's secret a = 7, Bob's b = 15. (a) What value A does Alice send? (b) What is the shared secret K?
Exercise 5.3 (Baby-step giant-step) group order n = 1000. (a) With m = ceil(sqrt(n)), how many baby steps are stored in the table? (b) In terms of a general group order n, give the leading term of the number of group operations BSGS needs (no constants, no O()).
Exercise 5.4 Textbook ElGamal encryption is semantically secure under the assumption that A. factoring RSA moduli is hard B. the decisional Diffie–Hellman problem is hard C. the shortest vector problem is hard D. subset sum is hard"""

DLOG_OLD = r"""**5.1** (a) 8  (b) 9  (c) 11
**5.2** (a) A = 17  (b) K = 15
**5.3** (a) 32  (b) √n
**5.4** B"""

DLOG_NEW = r"""### Exercise 5.1
(a) $5^2 \equiv 2$, so $5^6 \equiv 2^3 = 8$. **Answer: 8**

(b) Successive powers of 5: 5, 2, 10, 4, 20, 8, 17, 16, 11. **Answer: x = 9**

(c) The order divides 22; $2^{11} = 2048 = 89 \cdot 23 + 1$, so **ord(2) = 11**.

### Exercise 5.2
(a) $A = 5^7 \bmod 23 = 17$. **Answer: A = 17**

(b) $B = 5^{15} \bmod 23 = 19$ and $K = B^a = 19^7 \bmod 23$. With $19 \equiv -4$: $(-4)^7 = -16384$, and $-16384 \bmod 23 = 7$.
**Answer: K = 7**

### Exercise 5.3
(a) $m = \sqrt{1000} \approx 31.6$ baby steps. **Answer: ≈ 31.6**

(b) Leading term: $\sqrt{n}$

### Exercise 5.4
**Answer: B** (DDH)."""


def dlog():
    g = GPT("674f2a3b-4d5e-8000-dd04-dlogsheet0009", "Discrete log sheet 9", 1764700000.0)
    u = g.user(g.root, DLOG_Q)
    old = g.asst(u, DLOG_OLD, dt=20)
    r = g.thoughts(u, "Working out powers of 5 mod 23",
                   "5^2=2, 5^4=4, 5^6=8, 5^7=17 ... K = 19^7 mod 23, 19 = -4 mod 23", 9)
    new = g.asst(r, DLOG_NEW, dt=35)
    conv = g.export(with_current=False)
    write("discrete-log/transcripts/chatgpt-export-nocurrent.json", [conv])


# ---------------------------------------------------------------- Claude
def claude():
    def m(uuid, sender, t, blocks, attachments=()):
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        return {"uuid": uuid, "text": text, "content": list(blocks), "sender": sender, "created_at": t,
                "updated_at": t, "attachments": list(attachments), "files": []}

    def tb(s, t0, t1):
        return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": s, "citations": []}

    ps = open(os.path.join(ROOT, "bayes-ab", "problems.md"), encoding="utf-8").read()
    att = {"file_name": "ps4.md", "file_size": len(ps.encode("utf-8")), "file_type": "text/markdown",
           "extracted_content": ps}
    u1 = m("0b1c-0001", "human", "2026-11-29T10:00:05.000000Z",
           [tb("Could you solve all five questions in the attached problem set? Exact values where asked please.",
               "2026-11-29T10:00:05.000000Z", "2026-11-29T10:00:05.000000Z")], [att])
    think = {"start_timestamp": "2026-11-29T10:00:07.000000Z", "stop_timestamp": "2026-11-29T10:00:21.000000Z",
             "type": "thinking", "thinking": "Q1: Beta(13,29). Mean 13/42? Actually alpha+beta = 41? 13+29 = 42... "
             "Q4 I'll estimate by simulation with the analysis tool, should be around 0.83.", "summaries": [
                 {"summary": "Updating Beta priors."}], "cut_off": False}
    tool = {"start_timestamp": "2026-11-29T10:00:22.000000Z", "stop_timestamp": "2026-11-29T10:00:23.000000Z",
            "type": "tool_use", "name": "repl", "input": {"code": "const N=200000;let c=0;\n"
            "// crude beta sampler via order statistics\nfunction beta(a,b){const u=[];for(let i=0;i<a+b-1;i++)u.push(Math.random());"
            "u.sort((x,y)=>x-y);return u[a-1];}\nfor(let i=0;i<N;i++){if(beta(5,5)>beta(3,7))c++;}\nconsole.log(c/N);"}}
    res = {"start_timestamp": "2026-11-29T10:00:31.000000Z", "stop_timestamp": "2026-11-29T10:00:31.000000Z",
           "type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"0.82915\"]}"}],
           "is_error": False}
    ans = r"""**Question 1**

a) Conjugate update: $(\alpha, \beta) = (1 + 12,\ 1 + 28) = (13, 29)$.

b) Posterior mean $= \frac{\alpha}{\alpha+\beta} = \frac{13}{41}$.

c) MAP $= \frac{\alpha - 1}{\alpha + \beta - 2} = \frac{12}{40} = 0.3$.

**Question 2**

Posterior $\mathrm{Beta}(11, 29)$.

a) Mean $= 11/40 = 0.275$.

b) Variance $= \frac{11 \cdot 29}{40^2 \cdot 41} = \frac{319}{65600} \approx 0.0049$.

**Question 3**

Posterior odds $= \frac{0.2^2\,0.8^8}{0.1^2\,0.9^8} = 1.559$, so $P(0.2 \mid \text{data}) = \frac{1.559}{2.559} = 0.609$.

**Question 4**

I ran a quick simulation with 200,000 draws:

$P(p_B > p_A) \approx 0.829$

**Question 5**

True. Under a uniform prior the posterior mean is $\frac{k+1}{n+2} = \frac{2}{n+2}\cdot\frac12 + \frac{n}{n+2}\cdot\frac{k}{n}$, a convex combination of the two."""
    a1 = m("0b1c-0002", "assistant", "2026-11-29T10:00:40.000000Z",
           [think, tb("I'll work through each question; for Q4 I'll check numerically.", "2026-11-29T10:00:21.000000Z",
                      "2026-11-29T10:00:22.000000Z"), tool, res,
            tb(ans, "2026-11-29T10:00:32.000000Z", "2026-11-29T10:00:40.000000Z")])
    conv_main = {"uuid": "5e8f0c2a-9b1d-4e7f-8a60-bayesab00ps4", "name": "STAT 261 PS4 Bayesian A/B",
                 "created_at": "2026-11-29T10:00:00.000000Z", "updated_at": "2026-11-29T10:00:40.000000Z",
                 "account": {"uuid": "acc-0000-demo"}, "chat_messages": [u1, a1]}
    o1 = m("0c2d-0001", "human", "2026-11-20T08:00:00.000000Z",
           [tb("Give me a 3-day beginner running plan.", "2026-11-20T08:00:00.000000Z", "2026-11-20T08:00:00.000000Z")])
    o2 = m("0c2d-0002", "assistant", "2026-11-20T08:00:09.000000Z",
           [tb("Day 1: 20 min run/walk (1 min run, 2 min walk). Day 2: rest or 30 min walk. Day 3: 25 min run/walk, "
               "then repeat the week, adding 30 s of running to each interval.", "2026-11-20T08:00:02.000000Z",
               "2026-11-20T08:00:09.000000Z")])
    conv_other = {"uuid": "1a2b3c4d-0000-4e7f-8a60-runplan000001", "name": "Beginner running plan",
                  "created_at": "2026-11-20T07:59:58.000000Z", "updated_at": "2026-11-20T08:00:09.000000Z",
                  "account": {"uuid": "acc-0000-demo"}, "chat_messages": [o1, o2]}
    write("bayes-ab/transcripts/claude-export.json", [conv_other, conv_main])


if __name__ == "__main__":
    pipe()
    bayes()
    dlog()
    claude()
