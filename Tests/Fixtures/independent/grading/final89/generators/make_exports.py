#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts of this corpus.

Writes
  orbital-mechanics/transcripts/orbit-conversations.json   (ChatGPT export, regenerated branch, thoughts)
  electrochemistry/transcripts/echem-claude-export.json    (Claude export, thinking/tool_use/attachment)
  combinatorics-gf/transcripts/comb-conversations.json     (ChatGPT export without current_node,
                                                            python tool call, citation markers)
No randomness, no clock: re-running gives byte-identical files.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def dump(rel, obj):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, t0):
        self.mapping = {}
        self.t = t0
        self.n = 0

    def node(self, parent, role, content, ctype="text", recipient="all", meta=None, dt=7.0, name=None):
        self.n += 1
        nid = "%08x-4d1c-4a0e-9b7f-%012x" % (0x5a1c0000 + self.n, 0xa11ce0000 + self.n)
        if role is None:
            msg = None
        else:
            self.t += dt
            if ctype == "text":
                c = {"content_type": "text", "parts": [content]}
            elif ctype == "code":
                c = {"content_type": "code", "language": "unknown", "response_format_name": None, "text": content}
            elif ctype == "execution_output":
                c = {"content_type": "execution_output", "text": content}
            elif ctype == "thoughts":
                c = {"content_type": "thoughts", "thoughts": content, "source_analysis_msg_id": "a0" + nid[:6]}
            elif ctype == "reasoning_recap":
                c = {"content_type": "reasoning_recap", "content": content}
            else:
                raise ValueError(ctype)
            msg = {
                "id": nid,
                "author": {"role": role, "name": name, "metadata": {}},
                "create_time": round(self.t, 3),
                "update_time": None,
                "content": c,
                "status": "finished_successfully",
                "end_turn": True if role == "assistant" and ctype == "text" else None,
                "weight": 1.0,
                "metadata": meta or {},
                "recipient": recipient,
                "channel": None,
            }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid


def conv(title, tree, t0, current=None, cid="0"):
    d = {
        "title": title,
        "create_time": t0,
        "update_time": round(tree.t, 3),
        "mapping": tree.mapping,
        "moderation_results": [],
    }
    if current is not None:
        d["current_node"] = current
    d["conversation_id"] = cid
    d["id"] = cid
    d["default_model_slug"] = "gpt-4o"
    return d


def simple_conv(title, t0, turns, cid):
    tr = Tree(t0)
    root = tr.node(None, None, None)
    p = root
    for role, text in turns:
        p = tr.node(p, role, text, dt=30.0)
    return conv(title, tr, t0, current=p, cid=cid)


# ---------------------------------------------------------------- 1. orbital mechanics (ChatGPT)
ORBIT_PROMPT = """Can you solve this problem set? Show work briefly.

Use μ⊕ = GM⊕ = 3.986×10^14 m^3 s^-2 and R⊕ = 6371 km. Give numerical answers to three significant figures unless told otherwise.

1. Launch and low Earth orbit.
(a) [3] Compute the escape velocity from the Earth's surface, in km/s.
(b) [3] A space station moves on a circular orbit at an altitude of 400 km. Find its orbital speed in km/s.
(c) [3] Find the orbital period of the station in part (b), in minutes.
2. Kepler's laws. All orbits around the Sun; distances in AU, times in years.
(a) [2] A dwarf planet has a semi-major axis of 4 AU. What is its orbital period in years? (exact)
(b) [2] A comet has perihelion distance 1 AU and aphelion distance 3 AU. Find the eccentricity.
(c) [3] Find the orbital period of the comet of part (b), in years.
(d) [2] Using conservation of angular momentum, find v_perihelion / v_aphelion for the comet.
3. [2] If the radius of a satellite's circular orbit is quadrupled, its period is multiplied by
A. 2  B. 4  C. 8  D. 16"""

ORBIT_OLD = r"""Sure! Here are the solutions.

**1(a)** $v_{esc}=\sqrt{2\mu/R}=\sqrt{2(3.986\times10^{14})/6.371\times10^6}\approx 11.2$ km/s

**1(b)** $v=\sqrt{\mu/R}= 7.91$ km/s

**1(c)** $T = 2\pi R/v \approx 5060$ s $= 84.3$ min

**2(a)** $T=a^{3/2}=8$ years

**2(b)** $e = 0.5$

**2(c)** $T = 2^{3/2} \approx 2.83$ years

**2(d)** $v_p/v_a = 3$

**3.** Period scales as $r^{3/2}$, so quadrupling gives a factor of 4 — **(B)**."""

ORBIT_NEW = r"""## Problem 1 — Launch and low Earth orbit

### (a) Escape velocity

$$v_{\text{esc}}=\sqrt{\frac{2\mu}{R_\oplus}}=\sqrt{\frac{2(3.986\times10^{14})}{6.371\times10^{6}}}=\sqrt{1.2513\times10^{8}}\ \text{m/s}$$

**Answer:** $v_{\text{esc}} \approx 11.2$ km/s

### (b) Orbital speed at 400 km

The orbit radius is $r = 6371 + 400 = 6771$ km.

$$v=\sqrt{\frac{\mu}{r}}=\sqrt{\frac{3.986\times10^{14}}{6.771\times10^{6}}}\approx 7673\ \text{m/s}$$

**Answer:** $v \approx 7.67$ km/s

### (c) Period

$$T = 2\pi\sqrt{\frac{r^3}{\mu}} = 2\pi\sqrt{\frac{(6.371\times10^{6})^3}{3.986\times10^{14}}} \approx 5061\ \text{s}$$

**Answer:** $T \approx 84.3$ min

## Problem 2 — Kepler's laws

### (a)
With $T^2 = a^3$ (years, AU): $T = 4^{3/2}$.

**Answer:** $T = 8$ years

### (b)
$a = (r_p + r_a)/2 = 2$ AU and $e = \dfrac{r_a - r_p}{r_a + r_p} = \dfrac{2}{4}$.

**Answer:** $e = 0.5$

### (c)
Using Kepler's third law with $a = 3$ AU, $T = 3^{3/2}$.

**Answer:** $T \approx 5.20$ years

### (d)
Angular momentum: $r_p v_p = r_a v_a$, so $v_p/v_a = r_a/r_p$.

**Answer:** $v_p/v_a = 3$

## Problem 3

$T \propto r^{3/2}$, so $T' = 4^{3/2}\,T = 8T$.

**Answer: (C)**"""

ORBIT_THOUGHTS = [
    {"summary": "Setting up escape velocity", "content": "v = sqrt(2 mu / R) = 11186 m/s. Orbit: r = 6771 km, v = 7673 m/s.", "chunks": [], "finished": True},
    {"summary": "Checking the comet orbit", "content": "a = 2 AU, e = 0.5, T = 2^1.5 = 2.83 yr; ratio of speeds 3.", "chunks": [], "finished": True},
]


def orbit_export():
    t0 = 1762941600.0
    other = simple_conv("Pasta sauce without tomatoes", t0 - 86400 * 3, [
        ("user", "I'm out of canned tomatoes. What can I make a pasta sauce from? I have cream, garlic, lemons and parmesan."),
        ("assistant", "Plenty of options! A lemon-garlic cream sauce is quick: sauté 2 cloves of garlic in butter, add 200 ml cream, simmer 3 minutes, then stir in the zest of one lemon and 50 g of parmesan."),
    ], "6a1f00aa-0000-4000-8000-00000000a001")
    tr = Tree(t0)
    root = tr.node(None, None, None)
    sysn = tr.node(root, "system", "", meta={"is_visually_hidden_from_conversation": True}, dt=0.0)
    user = tr.node(sysn, "user", ORBIT_PROMPT, dt=1.0)
    tr.node(user, "assistant", ORBIT_OLD, dt=20.0)                       # first answer, later regenerated
    th = tr.node(user, "assistant", ORBIT_THOUGHTS, ctype="thoughts", dt=60.0)
    rr = tr.node(th, "assistant", "Thought for 14 seconds", ctype="reasoning_recap", dt=1.0)
    new = tr.node(rr, "assistant", ORBIT_NEW, dt=15.0)
    main = conv("Orbital mechanics PS6", tr, t0, current=new, cid="6a1f00aa-0000-4000-8000-00000000b002")
    dump("orbital-mechanics/transcripts/orbit-conversations.json", [main, other])


# ---------------------------------------------------------------- 2. electrochemistry (Claude)
def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def cmsg(uuid, sender, when, blocks, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", when)
        b.setdefault("stop_timestamp", when)
        b.setdefault("citations", []) if b["type"] == "text" else None
        content.append(b)
    return {
        "uuid": uuid,
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": when,
        "updated_at": when,
        "attachments": list(attachments),
        "files": [],
    }


ECHEM_A1 = r"""Here are the solutions to Homework 8.

## Problem 1 — Daniell cell

**(a)** The cathode is Cu²⁺/Cu and the anode is Zn/Zn²⁺:

E°cell = E°cathode − E°anode = 0.34 − (−0.76) = **1.10 V**

**(b)** With n = 2:

ΔG° = nFE° = 2 × 96 485 × 1.10 = 212 267 J/mol, so **ΔG° = 212 kJ/mol**

**(c)** Q = [Zn²⁺]/[Cu²⁺] = 1.0/0.010 = 100.

E = E° − (RT/nF) ln Q = 1.10 − (0.012846)(4.6052) = 1.10 − 0.0592

**E = 1.041 V**

**(d)** ln K = nFE°/RT = 2(1.10)/0.02569 = 85.64, so

**K ≈ 1.6 × 10³⁷**

## Problem 2 — Concentration cell

**(a)** E = (RT/F) ln(0.10/0.0010) = 0.025693 × 4.6052 = **0.118 V**

**(b)** Oxidation happens in the dilute solution, so the anode is the electrode in 0.0010 M Ag⁺: **(A)**.

## Problem 3 — pH dependence

**(a)** At pH 2.00, [H⁺] = 0.010 M.

E = 1.51 − (0.05916/5) log(1/[H⁺]) = 1.51 − 0.011832 × 2 = **1.486 V**

**(b)** **False.** E° is an intensive property; scaling the reaction changes ΔG° and n but not E°."""

ECHEM_A2 = r"""You're right — I dropped the sign. For a spontaneous cell (E° > 0) the Gibbs energy change is negative:

ΔG° = −nFE° = −2 × 96 485 C/mol × 1.10 V = −212 267 J/mol

**Corrected answer for 1(b): ΔG° = −212 kJ/mol**

Everything else stays as I wrote it."""


def echem_export():
    hw = read("electrochemistry/problems.md")
    other = {
        "uuid": "c1a0de00-0000-4000-8000-000000000001",
        "name": "Birthday message for grandma",
        "summary": "",
        "created_at": "2025-11-02T18:20:11.000000Z",
        "updated_at": "2025-11-02T18:21:40.000000Z",
        "account": {"uuid": "acc00000-0000-4000-8000-000000000042"},
        "chat_messages": [
            cmsg("c1a0de00-0000-4000-8000-0000000000a1", "human", "2025-11-02T18:20:11.000000Z",
                 [{"type": "text", "text": "Write a short birthday message for my grandma, she's turning 90."}]),
            cmsg("c1a0de00-0000-4000-8000-0000000000a2", "assistant", "2025-11-02T18:20:19.000000Z",
                 [{"type": "text", "text": "Happy 90th birthday, Grandma! Ninety years of stories, kindness and the best apple pie in the world. We love you!"}]),
        ],
    }
    m1 = cmsg("e1ec0000-0000-4000-8000-0000000000b1", "human", "2025-11-10T21:04:33.000000Z",
              [{"type": "text", "text": "can you do my chem homework (attached)? please show the steps for each part"}],
              attachments=[{"file_name": "hw8.md", "file_type": "text/markdown", "file_size": len(hw.encode("utf-8")),
                            "extracted_content": hw}])
    m2 = cmsg("e1ec0000-0000-4000-8000-0000000000b2", "assistant", "2025-11-10T21:05:12.000000Z", [
        {"type": "thinking", "thinking": "Daniell cell: E = 1.10 V. dG = -nFE = -212 kJ/mol. Nernst with Q = 100 gives 1.041 V. "
                                        "K = exp(2*96485*1.10/(8.314*298.15)) = exp(85.63) ~ 1.5e37. Let me check numbers with the analysis tool.",
         "summaries": [{"summary": "Working through the Daniell cell."}], "cut_off": False},
        {"type": "tool_use", "name": "repl", "input": {"code": "const F=96485,R=8.314,T=298.15;\nconsole.log(R*T/F, 1.10-R*T/(2*F)*Math.log(100), R*T/F*Math.log(100));"}},
        {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"0.025691 1.040844 0.118313\"]}"}], "is_error": False},
        {"type": "text", "text": ECHEM_A1},
    ])
    m3 = cmsg("e1ec0000-0000-4000-8000-0000000000b3", "human", "2025-11-10T21:09:02.000000Z",
              [{"type": "text", "text": "shouldn't delta G in 1b be negative?? the cell is spontaneous"}])
    m4 = cmsg("e1ec0000-0000-4000-8000-0000000000b4", "assistant", "2025-11-10T21:09:15.000000Z",
              [{"type": "text", "text": ECHEM_A2}])
    main = {
        "uuid": "e1ec0000-0000-4000-8000-000000000000",
        "name": "Electrochem HW 8",
        "summary": "",
        "created_at": "2025-11-10T21:04:33.000000Z",
        "updated_at": "2025-11-10T21:09:15.000000Z",
        "account": {"uuid": "acc00000-0000-4000-8000-000000000042"},
        "chat_messages": [m1, m2, m3, m4],
    }
    dump("electrochemistry/transcripts/echem-claude-export.json", [other, main])


# ---------------------------------------------------------------- 3. combinatorics (ChatGPT, no current_node)
COMB_PROMPT = r"""Exercise 4.1. Consider x1 + x2 + x3 + x4 = 10.
(a) How many solutions in non-negative integers?
(b) How many of the solutions in (a) satisfy x_i <= 4 for every i?
Exercise 4.2. (a) coefficient of x^6 in 1/(1-x)^3 (b) coefficient of x^5 in (1+x+x^2)^5 (c) closed form for sum n x^n
Exercise 4.3. (a) a0=0, a1=1, a_n = 5a_{n-1} - 6a_{n-2}. (i) a_5 (ii) closed form
(b) random permutation of {1..6}, probability of no fixed point (exact fraction)"""

COMB_OLD = r"""**4.1 (a)** Stars and bars: $\binom{13}{3} = 286$.
**4.1 (b)** $286 - 4\binom{8}{3} = 62$.
**4.2 (a)** $\binom{8}{2}=28$  **(b)** 51  **(c)** $\frac{1}{(1-x)^2}$
**4.3 (a)(i)** 211 **(ii)** $3^n-2^n$ **(b)** $265/720 = 53/144$"""

COMB_CODE = """import itertools
sum(1 for x in itertools.product(range(5), repeat=4) if sum(x) == 10)"""

COMB_NEW = ("Let's go through Sheet 4. For the bounded count I checked by brute force (see the code output above).\n\n"
            "### Exercise 4.1\n\n"
            "**(a)** By stars and bars the number of non-negative solutions is\n\n"
            "\\[\n\\binom{10+4-1}{4-1}=\\binom{13}{3}=286.\n\\]\n\n"
            "**(b)** Inclusion–exclusion on the events $x_i\\ge 5$: "
            "$286-\\binom41\\binom83+\\binom42\\binom33 = 286-224+6 = 68$. "
            "This matches the enumeration, so the answer is **68**.\n\n"
            "### Exercise 4.2\n\n"
            "**(a)** $\\frac{1}{(1-x)^3}=\\sum_n\\binom{n+2}{2}x^n$, so the coefficient of $x^6$ is $\\binom{8}{2}=\\boxed{28}$.\n\n"
            "**(b)** Write $(1+x+x^2)^5$ as $\\left(\\frac{1-x^3}{1-x}\\right)^5$. The coefficient of $x^5$ is "
            "$\\binom{9}{4}-5\\binom{6}{4}=126-75=\\boxed{45}$.\n\n"
            "**(c)** Differentiate the geometric series and multiply by $x$:\n\n"
            "\\[\n\\sum_{n\\ge0} n x^n = \\frac{x}{(1-x)^2}.\n\\]\n\n"
            "This is the standard identity \ue200cite\ue202turn0search2\ue201.\n\n"
            "### Exercise 4.3\n\n"
            "**(a)(i)** $a_2=5,\\ a_3=19,\\ a_4=65,\\ a_5=5\\cdot65-6\\cdot19=\\boxed{211}$.\n\n"
            "**(a)(ii)** The characteristic equation $r^2-5r+6=0$ has roots $2,3$, and the initial values give\n\n"
            "\\[\na_n = 3^n - 2^n.\n\\]\n\n"
            "**(b)** The number of derangements of 5 objects is $D_5 = 44$, so the probability is "
            "$\\frac{44}{120}=\\boxed{\\tfrac{11}{30}}\\approx 0.367$.")


def comb_export():
    t0 = 1763208000.0
    other = simple_conv("Regex for ISO dates", t0 - 7200, [
        ("user", "regex that matches 2025-11-14 style dates?"),
        ("assistant", "Use `^\\d{4}-\\d{2}-\\d{2}$`. If you want to restrict months to 01–12: `^\\d{4}-(0[1-9]|1[0-2])-\\d{2}$`."),
    ], "7b2e00bb-0000-4000-8000-00000000c001")
    tr = Tree(t0)
    root = tr.node(None, None, None)
    user = tr.node(root, "user", COMB_PROMPT, dt=2.0)
    tr.node(user, "assistant", COMB_OLD, dt=25.0)                       # older branch (earlier create_time)
    code = tr.node(user, "assistant", COMB_CODE, ctype="code", recipient="python", dt=90.0)
    out = tr.node(code, "tool", "68", ctype="execution_output", name="python", dt=2.0)
    new = tr.node(out, "assistant", COMB_NEW, dt=20.0)
    main = conv("Generating functions sheet 4", tr, t0, current=None, cid="7b2e00bb-0000-4000-8000-00000000c002")
    dump("combinatorics-gf/transcripts/comb-conversations.json", [other, main])


if __name__ == "__main__":
    orbit_export()
    echem_export()
    comb_export()
