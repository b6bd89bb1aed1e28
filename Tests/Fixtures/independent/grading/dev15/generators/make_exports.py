#!/usr/bin/env python3
"""Writes the ChatGPT / Claude data-export transcripts of this corpus.

Deterministic: fixed ids and timestamps, sorted nothing, fixed JSON formatting,
so re-running gives byte-identical files.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CITE_START, CITE_SEP, CITE_END = "\ue200", "\ue202", "\ue201"


def dump(path, obj):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv_id, title, t0):
        self.conv_id, self.title, self.t0 = conv_id, title, t0
        self.mapping = {}
        self.n = 0
        root = self._node(None, None)
        self.root = root

    def _node(self, parent, message):
        nid = f"{self.conv_id[:8]}-node-{self.n:03d}"
        self.n += 1
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, parent, role, text=None, *, dt, content_type="text", content=None,
            recipient="all", name=None, metadata=None):
        if content is None:
            content = {"content_type": content_type, "parts": [text]}
        nid_guess = f"{self.conv_id[:8]}-node-{self.n:03d}"
        message = {
            "id": nid_guess,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
        }
        return self._node(parent, message)

    def conversation(self, current_node=None, drop_current=False):
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.t0 + 3600,
            "mapping": self.mapping,
            "moderation_results": [],
            "current_node": current_node,
            "conversation_id": self.conv_id,
            "id": self.conv_id,
        }
        if drop_current:
            del conv["current_node"]
        return conv


def system_root(tree):
    return tree.msg(tree.root, "system", "", dt=0,
                    metadata={"is_visually_hidden_from_conversation": True})


# ---------------------------------------------------------------- orbital export
ORB_USER = r"""Please solve this problem set (AE 352 HW3). Use mu = 398600 km^3/s^2 and R_E = 6378 km, speeds in km/s to three decimals.

1. A small satellite is in a circular orbit at an altitude of 400 km.
 (a) What is its orbital speed? [2]
 (b) What is its orbital period, in minutes (two decimal places)? [2]
 (c) What is the escape speed from that orbital radius? [2]
2. The satellite of Question 1 is moved to geostationary radius r2 = 42164 km with a two-impulse Hohmann transfer.
 (a) Semi-major axis of the transfer ellipse, in km? [2]
 (b) Magnitude of the first burn Δv1 at perigee? [3]
 (c) Magnitude of the circularisation burn Δv2 at apogee? [3]
 (d) How long does the transfer take, in hours (two decimal places)? [2]
3. Which of the following quantities is constant along every Keplerian orbit?
 A. the speed v  B. the flight-path angle  C. the specific angular momentum h  D. the radial velocity  E. the true anomaly rate"""

ORB_FIRST = r"""Here are the solutions.

**1(a)** $r = 6778$ km, so $v = \sqrt{\mu/r} = 7.784$ km/s.

**1(b)** $T = 2\pi r / v = 91.20$ min.

**1(c)** $v_{esc} = \sqrt{2}\,v = 11.008$ km/s.

**2(a)** $a = 24{,}471$ km

**2(b)** $\Delta v_1 = 2.431$ km/s

**2(c)** $\Delta v_2 = 1.476$ km/s

**2(d)** $t = 5.29$ h

**3.** (C)"""

ORB_THOUGHTS = {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Setting up radii",
         "content": "r1 = 6778 km. v = sqrt(398600/6778) ~ 7.67. Maybe 7.784? No, that used 6578."},
        {"summary": "Transfer burns",
         "content": "a = 24471. vp ~ 10.07, va ~ 1.6; dv2 maybe 1.52."},
    ],
    "source_analysis_msg_id": "orbital-thoughts-src",
}

ORB_FINAL = r"""## Problem 1 — circular orbit at 400 km

The orbital radius is $r_1 = 6378 + 400 = 6778$ km.

**(a)** 
\[
v_1 = \sqrt{\frac{\mu}{r_1}} = \sqrt{\frac{398600}{6778}} = 7.669\ \text{km/s}
\]

**(b)** 
\[
T = 2\pi\sqrt{\frac{r_1^3}{\mu}} = 5553.5\ \text{s} = 92.56\ \text{min}
\]

**(c)** At the same radius, $v_{esc} = \sqrt{2}\,v_1$:
\[
v_{esc} = 10.845\ \text{km/s}
\]

## Problem 2 — Hohmann transfer to GEO

**(a)** $a_t = \dfrac{r_1 + r_2}{2} = \dfrac{6778 + 42164}{2} = 24471$ km

**(b)** Vis-viva at perigee: $v_p = \sqrt{\mu\left(\tfrac{2}{r_1} - \tfrac{1}{a_t}\right)} = 10.066$ km/s, hence
\[
\boxed{\Delta v_1 = 2.398\ \text{km/s}}
\]

**(c)** At apogee: $v_a = \sqrt{\mu\left(\tfrac{2}{r_2} - \tfrac{1}{a_t}\right)} = 1.555$ km/s, and $v_{c2} = \sqrt{\mu/r_2} = 3.075$ km/s, so
\[
\boxed{\Delta v_2 = 1.520\ \text{km/s}}
\]

**(d)** The transfer covers half of the ellipse, $t = \pi\sqrt{a_t^3/\mu}$. Depending on whether your course counts the full transfer orbit or only the half that is flown, the answer is either 5.29 h or 10.58 h.

## Problem 3

Gravity is a central force, so $\mathbf r \times \mathbf v$ never changes: **C**."""


def orbital():
    t = Tree("67c1f0a2-3b4d-8004-9e21-aa01b2c3d4e5", "Orbital Mechanics HW3", 1741100000.0)
    s = system_root(t)
    u = t.msg(s, "user", ORB_USER, dt=10)
    a1 = t.msg(u, "assistant", ORB_FIRST, dt=40, metadata={"model_slug": "gpt-4o"})
    th = t.msg(u, "assistant", dt=95, content={"content_type": "thoughts", **{k: v for k, v in ORB_THOUGHTS.items() if k != "content_type"}},
               metadata={"model_slug": "o3"})
    rr = t.msg(th, "assistant", dt=96, content={"content_type": "reasoning_recap", "content": "Thought for 41 seconds"},
               metadata={"model_slug": "o3"})
    a2 = t.msg(rr, "assistant", ORB_FINAL, dt=120, metadata={"model_slug": "o3"})
    dump("orbital-mechanics/transcripts/conversations-orbital.json", [t.conversation(current_node=a2)])


# ---------------------------------------------------------------- finance export
FIN_USER = """FIN 301 PS4. Cash flows: year 0 -1000, year 1 300, year 2 400, year 3 500, year 4 200, cost of capital 10%.
4.1 a) NPV b) IRR (two decimals of a percent) c) simple payback in years, cash flows evenly through the year d) PI = PV(future CFs)/investment, 3 d.p.
4.2 a) dividend 50 next year growing 3% forever, required return 8%: price? b) 5-yr bond, face 1000, 6% annual coupon, YTM 7%: price? c) T/F: if NPV profiles of two mutually exclusive projects cross at a positive rate, IRR ranking can disagree with NPV ranking.
4.3 E = 600m, D = 400m, rE = 12%, rD = 6% pre-tax, tax 25%. after-tax WACC?"""

FIN_CODE = """import numpy as np
cf = np.array([-1000, 300, 400, 500, 200], dtype=float)
r = 0.10
t = np.arange(len(cf))
npv = (cf / (1 + r) ** t).sum()
f = lambda x: (cf / (1 + x) ** t).sum()
lo, hi = 0.0, 1.0
for _ in range(100):
    mid = (lo + hi) / 2
    lo, hi = (mid, hi) if f(mid) > 0 else (lo, mid)
pi = (npv + 1000) / 1000
bond = sum(60 / 1.07 ** k for k in range(1, 6)) + 1000 / 1.07 ** 5
print(round(npv, 4), round(lo * 100, 4), round(pi, 4), round(bond, 4))"""

FIN_OUT = "115.5659 15.3221 1.1156 958.998"

FIN_FINAL = (
    "Here is the full set, using the Python results above.\n\n"
    "### Exercise 4.1\n\n"
    "- **a) NPV** = −1000 + 300/1.1 + 400/1.1² + 500/1.1³ + 200/1.1⁴ = **$115.57**\n"
    "- **b) IRR** ≈ **15.32%** (the rate at which NPV = 0)\n"
    "- **c) Payback:** cumulative cash flows are −700, −300, +200, so the project pays back during year 3; rounding up to whole years, the payback period is **3 years**.\n"
    "- **d) PI** = 1115.57 / 1000 = **1.156**\n\n"
    "### Exercise 4.2\n\n"
    "- **a)** Gordon growth model: P₀ = D₁/(r − g) = 50/(0.08 − 0.03) = **$1,000**\n"
    "- **b)** Bond price = 60 × annuity factor(7%, 5) + 1000/1.07⁵ = 246.01 + 712.99 = **$959.00**\n"
    "- **c)** **True** — crossing NPV profiles are the classic case where IRR and NPV rankings conflict "
    + CITE_START + "cite" + CITE_SEP + "turn0search2" + CITE_END + ".\n\n"
    "### Exercise 4.3\n\n"
    "WACC = (600/1000)(12%) + (400/1000)(6%)(1 − 0.25) = 7.2% + 1.8% = **9.0%**"
)

OTHER_CONV_TEXT = "For a quick weeknight pasta, try aglio e olio: 200 g spaghetti, 4 cloves garlic, 1/2 tsp chili flakes, 60 ml olive oil. Cook 9 minutes."


def finance():
    other = Tree("67b0aa10-0000-8004-8111-0badc0ffee01", "Weeknight pasta ideas", 1740000000.0)
    s = system_root(other)
    u = other.msg(s, "user", "quick pasta recipe with garlic? 2 servings", dt=5)
    a = other.msg(u, "assistant", OTHER_CONV_TEXT, dt=20)
    conv_other = other.conversation(current_node=a)

    t = Tree("67c3b7e9-5a1c-8004-a3f0-22c4d9e8f701", "Capital budgeting PS4", 1741300000.0)
    s = system_root(t)
    u = t.msg(s, "user", FIN_USER, dt=8)
    c = t.msg(u, "assistant", dt=30, content={"content_type": "code", "language": "python", "text": FIN_CODE},
              recipient="python", metadata={"model_slug": "gpt-4o"})
    o = t.msg(c, "tool", dt=33, name="python",
              content={"content_type": "execution_output", "text": FIN_OUT},
              metadata={"aggregate_result": {"status": "success", "code": FIN_CODE}})
    a = t.msg(o, "assistant", FIN_FINAL, dt=60, metadata={"model_slug": "gpt-4o",
              "citations": [{"start_ix": 0, "end_ix": 0, "metadata": {"title": "NPV vs IRR", "url": "https://www.investopedia.com/"}}]})
    u2 = t.msg(a, "user", "what would the NPV be at 12% instead?", dt=300)
    a2 = t.msg(u2, "assistant", "At 12%: NPV = −1000 + 267.86 + 318.88 + 355.89 + 127.10 = **$69.73**. "
               "(That is only a what-if; your assignment's 10% answer stays $115.57.)", dt=320)
    dump("corporate-finance/transcripts/conversations-finance.json", [conv_other, t.conversation(current_node=a2)])


# ---------------------------------------------------------------- enzyme export (no current_node)
ENZ_USER = r"""BIOC 410 sheet 2. Michaelis-Menten enzyme, Vmax = 120 uM/min, Km = 15 uM.
1 (a) v0 at [S] = 5 uM? (b) [S] where v0 = 90% of Vmax? (c) Lineweaver-Burk: (i) slope in min (ii) y-intercept in min/uM, 3 s.f.
2 competitive inhibitor, Ki = 10 uM. (a) apparent Km as a function of inhibitor conc I (b) v0 at [S] = 15 uM, I = 20 uM
3 [E]T = 0.05 uM. kcat in s^-1?"""

ENZ_OLD = r"""1(a) v0 = 120·5/(15+5) = 30 µM/min
1(b) [S] = 9 K_M = 135 µM
1(c)(i) slope = V_max/K_M = 8 min
1(c)(ii) intercept = 1/V_max = 0.00833
2(a) K_M(1 + I/K_i)
2(b) 40 µM/min
3. k_cat = 40 s⁻¹"""

ENZ_NEW = r"""**1(a)** $v_0 = \dfrac{V_{\max}[S]}{K_M + [S]} = \dfrac{120 \times 5}{15 + 5} = 30\ \mu\text{M/min}$

**1(b)** Setting $v_0 = 0.9\,V_{\max}$ gives $[S] = 9K_M$, i.e. $[S] = 135\ \mu\text{M}$.

**1(c)** Taking reciprocals, $\dfrac{1}{v_0} = \dfrac{K_M}{V_{\max}}\cdot\dfrac{1}{[S]} + \dfrac{1}{V_{\max}}$.

- (i) slope $= K_M/V_{\max} = 15/120 = 0.125$ min
- (ii) $y$-intercept $= 1/V_{\max} = 8.33 \times 10^{-3}$ min/µM

**2(a)** A competitive inhibitor scales the apparent $K_M$: $K_M^{app} = K_M\left(1 + \dfrac{I}{K_i}\right)$.

**2(b)** With $I = 20$ µM, $K_M^{app} = 45$ µM, so $v_0 = \dfrac{120 \times 15}{45 + 15} = 30\ \mu\text{M/min}$.

**3.** $k_{cat} = V_{\max}/[E]_T = 120 / 0.05 = 2400$, so $k_{cat} = 2400\ \text{s}^{-1}$.

| Part | Result |
|---|---|
| 1(a) | 30 µM/min |
| 1(b) | 135 µM |
| 1(c)(i) | 0.125 min |
| 1(c)(ii) | 0.00833 min/µM |
| 2(a) | K_M(1 + K_i/I) |
| 2(b) | 30 µM/min |
| 3 | 2400 s⁻¹ |"""


def enzyme():
    t = Tree("67d90c11-77aa-8004-b0b0-5e5e5e5e5e00", "Michaelis-Menten problem sheet", 1741900000.0)
    s = system_root(t)
    u = t.msg(s, "user", ENZ_USER, dt=12)
    t.msg(u, "assistant", ENZ_OLD, dt=35, metadata={"model_slug": "gpt-4o-mini"})
    t.msg(u, "assistant", ENZ_NEW, dt=210, metadata={"model_slug": "gpt-4o"})
    # this export has no current_node: the graded branch is the latest leaf
    dump("enzyme-kinetics/transcripts/conversations-enzyme.json", [t.conversation(drop_current=True)])


# ---------------------------------------------------------------- Claude export
CL_ATTACH = open(os.path.join(ROOT, "corporate-finance", "problems.md"), encoding="utf-8").read()

CL_THINK = ("Cash flows -1000, 300, 400, 500, 200. PV at 10%: 272.73 + 330.58 + 375.66 + 136.60 = 1115.57. "
            "NPV 115.57. IRR maybe 15%? check 15%: 260.87+302.46+328.76+114.35 = 1006.44 -> slightly positive, so ~15.3%. "
            "Bond ~ 959. WACC 9.6% pre-tax or 9.0% after tax.")

CL_ANSWER = r"""I read through the attached problem set. Here's my worked solution.

**Exercise 4.1**

(a) Discounting each cash flow at 10%:
PV of inflows = 272.73 + 330.58 + 375.66 + 136.60 = 1,115.57
NPV = 1,115.57 − 1,000 = **$115.57**

(b) Solving NPV(r) = 0 numerically (NPV is +6.44 at 15% and −11.36 at 16%), the IRR is **15.32%**.

(c) Cumulative cash flow: −700 after year 1, −300 after year 2, +200 after year 3. The remaining 300 is recovered 300/500 = 0.6 of the way through year 3, so payback = **2.6 years**.

(d) PI = 1,115.57 / 1,000 = **1.116**

**Exercise 4.2**

(a) Growing perpetuity: P = 50 / (0.08 − 0.03) = **$1,000**

(b) Before I price this one — is the 6% coupon paid once a year or semi-annually? Your sheet's formatting got a bit garbled in the extraction and the convention changes the price, so let me know and I'll finish it.

(c) **True.** When the profiles cross, the project with the higher IRR can have the lower NPV at the firm's cost of capital.

**Exercise 4.3**

Weights are 60% equity and 40% debt. WACC = 0.6 × 12% + 0.4 × 6% × (1 − 0.25) = 9.0%. If your instructor wants the plain (pre-tax) weighted average instead, it's 0.6 × 12% + 0.4 × 6% = 9.6%."""


def claude():
    convs = [
        {
            "uuid": "0b6f7c1e-2d3a-4e5f-8a9b-c0d1e2f3a4b5",
            "name": "Resume bullet points",
            "created_at": "2025-03-01T10:02:11.000000Z",
            "updated_at": "2025-03-01T10:05:40.000000Z",
            "account": {"uuid": "acct-0001"},
            "chat_messages": [
                {"uuid": "m-r1", "text": "make this bullet stronger: helped with data cleaning",
                 "content": [{"type": "text", "text": "make this bullet stronger: helped with data cleaning"}],
                 "sender": "human", "created_at": "2025-03-01T10:02:11.000000Z",
                 "updated_at": "2025-03-01T10:02:11.000000Z", "attachments": [], "files": []},
                {"uuid": "m-r2", "text": "Cleaned and validated 40k-row survey dataset, cutting analysis errors by 30%.",
                 "content": [{"type": "text", "text": "Cleaned and validated 40k-row survey dataset, cutting analysis errors by 30%."}],
                 "sender": "assistant", "created_at": "2025-03-01T10:02:30.000000Z",
                 "updated_at": "2025-03-01T10:02:30.000000Z", "attachments": [], "files": []},
            ],
        },
        {
            "uuid": "5e1d9a77-4c2b-4b8e-9f10-2a3b4c5d6e7f",
            "name": "FIN 301 problem set 4",
            "created_at": "2025-03-11T18:40:02.000000Z",
            "updated_at": "2025-03-11T18:44:57.000000Z",
            "account": {"uuid": "acct-0001"},
            "chat_messages": [
                {"uuid": "m-f1", "text": "can you solve everything in the attached problem set? show working",
                 "content": [{"type": "text", "text": "can you solve everything in the attached problem set? show working"}],
                 "sender": "human", "created_at": "2025-03-11T18:40:02.000000Z",
                 "updated_at": "2025-03-11T18:40:02.000000Z",
                 "attachments": [{"file_name": "ps4.md", "file_size": len(CL_ATTACH.encode()), "file_type": "text/markdown",
                                  "extracted_content": CL_ATTACH}],
                 "files": []},
                {"uuid": "m-f2", "text": CL_ANSWER,
                 "content": [
                     {"type": "thinking", "thinking": CL_THINK,
                      "summaries": [{"summary": "Computing NPV, IRR and bond price."}],
                      "start_timestamp": "2025-03-11T18:40:05.000000Z", "stop_timestamp": "2025-03-11T18:40:31.000000Z"},
                     {"type": "text", "text": CL_ANSWER,
                      "start_timestamp": "2025-03-11T18:40:31.000000Z", "stop_timestamp": "2025-03-11T18:41:10.000000Z",
                      "citations": []},
                 ],
                 "sender": "assistant", "created_at": "2025-03-11T18:40:05.000000Z",
                 "updated_at": "2025-03-11T18:41:10.000000Z", "attachments": [], "files": []},
            ],
        },
    ]
    dump("corporate-finance/transcripts/claude-export.json", convs)


if __name__ == "__main__":
    orbital()
    finance()
    enzyme()
    claude()
