"""Export for phys101-ps6: a ChatGPT export WITHOUT current_node (graded branch = latest leaf)."""
from export_lib import GPTConv, CITE

PROBLEMS = """PHYS 101 — Problem Set 6. Use g = 9.8 m/s^2, k_e = 8.99e9 N·m^2/C^2, R = 8.314 J/(mol·K). Three significant figures with units unless stated otherwise.

Problem 1 (Projectile motion). A ball is launched from level ground with speed v0 = 20 m/s at 30° above the horizontal. Ignore air resistance.
(a) How long is the ball in the air?
(b) What maximum height does it reach above the ground?

Problem 2 (Spring–block system). A 0.50 kg block on a frictionless horizontal surface is pushed against a spring (k = 200 N/m), compressing it by 10 cm, and released from rest.
(a) What is the block's speed when it leaves the spring?
(b) Suppose instead the block is attached to the spring and oscillates. What is the period of the oscillation?

Problem 3 (Two point charges). q1 = +3.0 μC at the origin, q2 = −5.0 μC on the x-axis at x = 0.30 m.
(a) What is the magnitude of the electrostatic force between the charges?
(b) In which direction does the force on q2 point? (A) toward q1 (the −x direction) (B) away from q1 (the +x direction) (C) along +y (D) the force on q2 is zero
(c) What is the electric potential (relative to V = 0 at infinity) at the midpoint x = 0.15 m? Give the sign.

Problem 4 (Ideal gas). A rigid container of volume 50.0 L holds 2.00 mol of an ideal gas at 300 K. What is the pressure of the gas, in pascals?"""


def chatgpt_nocurrent():
    c = GPTConv("phys101-ps6", "Physics PS6 solutions", 1764583200.0)
    # --- branch A: first version of the question and its follow-up (older; NOT graded)
    ua = c.user(c.top, "solve this\n\n" + PROBLEMS, 10)
    aa = c.assistant(ua, (
        "**1(a)** t = v0 sinθ / g = 10/9.8 = 1.02 s\n"
        "**1(b)** H = (v0 sinθ)²/(2g) = 5.10 m\n"
        "**2(a)** v = 2 m/s   **2(b)** T = 0.314 s\n"
        "**3(a)** F = 0.450 N   **3(b)** (A)   **3(c)** V = −1.20 × 10⁵ V\n"
        "**4** p = 99.8 Pa"), 30)
    ua2 = c.user(aa, "isn't 1a the time to the top only?", 200)
    c.assistant(ua2, "Yes — 1.02 s is the time to reach the peak. The full flight time is twice that, **2.04 s**.", 215)

    # --- branch B: the user edited the first message (newer; this leaf is the latest -> graded)
    ub = c.user(c.top, "Please solve PS6 with 3 sig figs and units, and show the formulas you use.\n\n" + PROBLEMS, 600)
    th = c.thoughts(ub, [("Plan", "Projectile: flight time 2 v0 sinθ/g, max height (v0 sinθ)^2/(2g). Spring: energy. Coulomb: r = 0.3, r^2 = 0.09. Gas: convert litres.")], 605, model="o4-mini")
    rc = c.recap(th, "Thought for 9 seconds", 606, model="o4-mini")
    code = c.code(rc, "R=8.314\nn=2.00\nT=300\nV=50.0e-3\nprint(n*R*T/V)", 607, model="o4-mini")
    out = c.output(code, "99768.0", 608)
    body = (
        "## Problem 1 — Projectile motion\n\n"
        "The vertical launch speed is $v_{0y} = 20\\sin 30^\\circ = 10\\ \\text{m/s}$.\n\n"
        "**(a)** Time of flight: $t = \\dfrac{2v_{0y}}{g} = \\dfrac{20}{9.8}$\n\n"
        "$$t \\approx 2.04\\ \\text{s}$$\n\n"
        "**(b)** Maximum height: $H = \\dfrac{v_{0y}^2}{2g} = \\dfrac{100}{19.6} \\approx 5.10\\ \\text{m}$\n\n"
        "## Problem 2 — Spring–block\n\n"
        "**(a)** Energy conservation, $\\tfrac12 kx^2 = \\tfrac12 mv^2$, so $v = x\\sqrt{k/m} = 0.10\\sqrt{400} = 2.00\\ \\text{m/s}$.\n\n"
        "**(b)** $T = 2\\pi\\sqrt{m/k} = 2\\pi\\sqrt{0.0025} = 0.1\\pi \\approx 0.314\\ \\text{s}$\n\n"
        "## Problem 3 — Point charges\n\n"
        "**(a)** Coulomb's law " + CITE("turn0search0") + ": $F = k_e\\dfrac{|q_1 q_2|}{r^2} = 8.99\\times10^9 \\cdot \\dfrac{(3.0\\times10^{-6})(5.0\\times10^{-6})}{0.09} \\approx 1.50\\ \\text{N}$\n\n"
        "**(b)** Opposite charges attract, so the force on $q_2$ points toward $q_1$: **(A)**.\n\n"
        "**(c)** Both charges are $0.15\\ \\text{m}$ from the midpoint, so the potentials add:\n\n"
        "$$V = k_e\\frac{q_1 + q_2}{0.15} = \\frac{8.99\\times10^9 \\cdot 2.0\\times10^{-6}}{0.15}$$\n\n"
        "**V ≈ 1.20 × 10⁵ V**\n\n"
        "## Problem 4 — Ideal gas\n\n"
        "With $V = 50.0\\ \\text{L} = 0.0500\\ \\text{m}^3$: $p = nRT/V = 99{,}768\\ \\text{Pa}$, i.e. **p ≈ 9.98 × 10⁴ Pa**."
    )
    c.assistant(out, body, 640, model="o4-mini")
    return [c.dump(with_current=False)]


def build_phys101():
    return [("phys101-ps6/transcripts/chatgpt-nocurrent.json", chatgpt_nocurrent())]
