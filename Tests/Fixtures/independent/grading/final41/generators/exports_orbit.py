"""Content of the two orbital-mechanics exports."""

# ---------------------------------------------------------------- Claude export
C_U1 = "Can you go through problems 1, 2 and 3 in the attached homework? Please show the working so I can follow it."

C_THINK1 = """The user wants problems 1-3 of the attached sheet.
P1: T^2 = a^3. a = 4 -> T = 8 yr. T = 27 -> a = 27^(2/3) = 9 AU.
P2: r = 6371 + 500 = 6871 km. v = sqrt(3.986e14/6.871e6) ~ 7.62 km/s. T = 2 pi sqrt(r^3/mu) ~ 94.5 min. Let me confirm numerically.
P3: a_t = (6871 + 42164)/2 = 24517.5 km. dv1 from vis-viva; ~2.37 km/s. But GEO is equatorial and the sheet doesn't say the LEO is equatorial - a plane change would change the first burn if combined. Maybe ask."""

C_CODE = """import math
mu = 3.986e14
r1 = (6371 + 500) * 1e3
r2 = 42164e3
v1 = math.sqrt(mu / r1)
T = 2 * math.pi * math.sqrt(r1**3 / mu)
at = (r1 + r2) / 2
vp = math.sqrt(mu * (2 / r1 - 1 / at))
print(f"v1 = {v1:.3f} m/s, T = {T:.1f} s = {T/60:.3f} min")
print(f"a_t = {at/1e3:.1f} km, v_p = {vp:.3f} m/s, dv1 = {vp - v1:.3f} m/s")"""

C_RESULT = """v1 = 7616.557 m/s, T = 5668.1 s = 94.469 min
a_t = 24517.5 km, v_p = 9988.298 m/s, dv1 = 2371.741 m/s"""

C_A1_INTRO = "Let me check the numbers for Problems 2 and 3 with a quick calculation first."

C_A1 = r"""## Problem 1 — Kepler's third law

With $T$ in years and $a$ in AU, $T^2 = a^3$.

**(a)** $T = a^{3/2} = 4^{3/2} = \sqrt{64} = 8$ years.

**(b)** $a = T^{2/3} = 27^{2/3} = (\sqrt[3]{27})^2 = 3^2 = 9$ AU.

## Problem 2 — Low Earth orbit

The orbital radius is measured from Earth's centre: $r = R_\oplus + h = 6371 + 500 = 6871$ km.

**(a)** For a circular orbit gravity supplies the centripetal force, $v^2/r = \mu/r^2$, so

$$v = \sqrt{\frac{\mu}{r}} = \sqrt{\frac{3.986 \times 10^{14}}{6.871 \times 10^{6}}}\ \text{m/s} = 7616.6\ \text{m/s}$$

To two decimal places: **v ≈ 7.61 km/s**

**(b)** The period is the circumference divided by the speed:

$$T = 2\pi\sqrt{\frac{r^3}{\mu}} = 5668.1\ \text{s}$$

**T ≈ 94.5 minutes** (just over an hour and a half, typical for LEO).

## Problem 3 — Hohmann transfer

**(a)** The transfer ellipse has its perigee on the initial orbit and its apogee on the final one, so its major axis is $r_1 + r_2$:

$$a_t = \frac{r_1 + r_2}{2} = \frac{6871 + 42\,164}{2} = 24\,517.5\ \text{km}$$

**(b)** Before I give you a number for $\Delta v_1$: the sheet says the satellite is raised to *geostationary* orbit, which is equatorial, but it doesn't say the 500 km orbit is equatorial. If the initial orbit is inclined (for example 28.5° from a Florida launch), part of the plane change is usually folded into the burns and $\Delta v_1$ changes. Should I assume both orbits are coplanar?"""

C_U2 = "not sure about the plane thing, the sheet doesn't say anything. can you do 4 and 5 as well"

C_THINK2 = "e = (ra - rp)/(ra + rp) = 7000/21000 = 1/3. P5: v = sqrt(mu/r) decreasing, T ~ r^1.5 increasing -> true."

C_A2 = r"""**Problem 4**

Periapsis and apoapsis radii are $r_p = a(1-e)$ and $r_a = a(1+e)$. Subtracting and adding:

$$e = \frac{r_a - r_p}{r_a + r_p} = \frac{14\,000 - 7000}{14\,000 + 7000} = \frac{7000}{21\,000} = \frac{1}{3}$$

**e = 1/3** (≈ 0.333)

**Problem 5**

**True.** For a circular orbit $v = \sqrt{\mu/r}$, which decreases as $r$ grows, and $T = 2\pi\sqrt{r^3/\mu}$, which increases as $r$ grows. So the lower satellite is both faster and has the shorter period. (It can seem paradoxical because you *raise* an orbit by speeding up, but the satellite then slows down as it climbs.)"""

E_U = "I have a 1200 mm focal length telescope and a 25 mm eyepiece. What magnification is that, and would a 2x Barlow help for Jupiter?"
E_A = """Magnification is the telescope focal length divided by the eyepiece focal length: 1200 / 25 = **48×**.

A 2× Barlow doubles the effective focal length, giving 96×. For Jupiter that's a good step up: you'll see the two main equatorial belts and the four Galilean moons clearly. Going much beyond about 2× the aperture in millimetres (in good seeing) usually just makes the image dimmer and blurrier."""


def orbit_claude(claude_msg, claude_conv, T, THINK, TOOL_USE, TOOL_RESULT, read):
    day = "2026-02-11"
    att = [{"file_name": "ASTR204_HW3.md", "file_size": len(read("orbital-mechanics/problems.md").encode("utf-8")),
            "file_type": "text/markdown", "extracted_content": read("orbital-mechanics/problems.md")}]
    m1 = claude_msg("5b1e0c7a-0001-4c8e-9a51-2f6d3b7e8a01", "human", day, 60000, [T(C_U1)], att)
    m2 = claude_msg("5b1e0c7a-0002-4c8e-9a51-2f6d3b7e8a02", "assistant", day, 60010, [
        THINK(C_THINK1),
        T(C_A1_INTRO),
        TOOL_USE("toolu_01Hq7vXb3kP2", "repl", {"code": C_CODE}),
        TOOL_RESULT("toolu_01Hq7vXb3kP2", "repl", C_RESULT),
        T(C_A1),
    ])
    m3 = claude_msg("5b1e0c7a-0003-4c8e-9a51-2f6d3b7e8a03", "human", day, 60700, [T(C_U2)])
    m4 = claude_msg("5b1e0c7a-0004-4c8e-9a51-2f6d3b7e8a04", "assistant", day, 60712, [THINK(C_THINK2), T(C_A2)])
    main = claude_conv("9c3f7d21-6a0b-4e55-8b1d-0e2a4c6f8b10", "Orbits homework 3", day, [m1, m2, m3, m4])

    day2 = "2026-02-14"
    e1 = claude_msg("a71d2f90-0001-4b7c-8d2e-6f1a3c5e7b01", "human", day2, 75000, [T(E_U)])
    e2 = claude_msg("a71d2f90-0002-4b7c-8d2e-6f1a3c5e7b02", "assistant", day2, 75008, [T(E_A)])
    other = claude_conv("3e8b5a14-2c6d-4f70-9a3b-1d5e7f9a2c40", "Telescope eyepiece magnification", day2, [e1, e2])
    return [main, other]


# ---------------------------------------------------------------- ChatGPT export, no current_node
G_U1 = """ASTR 204 homework 3, constants μ⊕ = 3.986 × 10^14 m^3 s^-2, R⊕ = 6371 km, heliocentric T^2 = a^3 (years, AU)

Problem 1 — Kepler's third law
a) A minor planet orbits the Sun with semi-major axis a = 4 AU. What is its orbital period, in years?
b) A comet has an orbital period of 27 years. What is the semi-major axis of its orbit, in AU?

Problem 2 — A satellite moves on a circular orbit at an altitude of 500 km above Earth's surface.
a) Find its orbital speed, in km/s, to two decimal places.
b) Find its orbital period, in minutes, to one decimal place.

Problem 3 — The satellite of Problem 2 is to be raised to geostationary orbit, radius r2 = 42 164 km, by a Hohmann transfer.
a) What is the semi-major axis of the transfer ellipse, in km?
b) What is the magnitude of the first burn Δv1 (at perigee of the transfer ellipse), in m/s, rounded to the nearest m/s?

Problem 4 — periapsis radius 7000 km, apoapsis radius 14 000 km. Find the eccentricity (exact fraction, or three significant figures).

Problem 5 — True or false: for two satellites on circular orbits about the same planet, the one on the lower orbit has both the shorter period and the higher orbital speed."""

G_OLD = r"""**1a)** $T = 4^{3/2} = 8$ yr  
**1b)** $a = 27^{2/3} = 9$ AU

**2a)** $r = 6871$ km, $v = \sqrt{\mu/r} = 7.62$ km/s  
**2b)** $T = 2\pi\sqrt{r^3/\mu} = 94.5$ min

**3a)** $a_t = (6871 + 42164)/2 = 24\,517.5$ km  
**3b)** $\Delta v_1 = \sqrt{\mu/r_1}\left(\sqrt{2r_2/(r_1+r_2)} - 1\right) = 2372$ m/s

**4)** $e = 7000/21000 = 1/3$

**5)** True"""

G_THOUGHTS = [
    ("Applying Kepler's law", "T^2 = a^3, so a = 4 gives T = 8 years; T = 27 gives a = 9 AU."),
    ("Computing LEO quantities", "r = R + h = 6871 km. v = sqrt(mu/r) about 7.617 km/s, period about 5668 s."),
    ("Working out the Hohmann burn", "Use the closed form for the first burn with r1 and r2; check the arithmetic with the radius."),
]

G_NEW = r"""## Problem 1

**a)** Kepler's third law with $T$ in years and $a$ in AU:
$$T = a^{3/2} = 4^{3/2} = 8\ \text{years}$$

**b)**
$$a = T^{2/3} = 27^{2/3} = 9\ \text{AU}$$

## Problem 2

Orbit radius $r = R_\oplus + h = 6371 + 500 = 6871$ km.

**a)**
$$v = \sqrt{\frac{\mu}{r}} = \sqrt{\frac{3.986\times 10^{14}}{6.871\times 10^{6}}} = 7616.6\ \text{m/s} \approx \mathbf{7.62\ km/s}$$

**b)**
$$T = 2\pi\sqrt{\frac{r^3}{\mu}} = 5668.1\ \text{s} \approx \mathbf{94.5\ min}$$

## Problem 3

**a)** The transfer orbit's apsides are $r_1$ and $r_2$, so
$$a_t = r_1 + r_2 = 6871 + 42\,164 = \mathbf{49\,035\ km}$$

**b)** The first burn takes the satellite from circular speed onto the transfer ellipse:
$$\Delta v_1 = \sqrt{\frac{\mu}{r_1}}\left(\sqrt{\frac{2 r_2}{r_1 + r_2}} - 1\right)$$
With $r_1 = 6371$ km and $r_2 = 42\,164$ km this is $7909.8 \times (1.31813 - 1) = 2516$ m/s.

$$\Delta v_1 \approx \mathbf{2516\ m/s}$$

## Problem 4

$$e = \frac{r_a - r_p}{r_a + r_p} = \frac{7000}{21000} \approx \mathbf{0.33}$$

## Problem 5

**True.** $v = \sqrt{\mu/r}$ falls with $r$ while $T \propto r^{3/2}$ rises, so the lower satellite is faster and has the shorter period."""

G_U2 = "in 3b you plugged in r1 = 6371 km, isn't r1 the orbit radius 6871 km?"

G_FIX = r"""You're right — I mistakenly used Earth's radius instead of the orbital radius for $r_1$. Redoing the calculation with $r_1 = 6871$ km:

$$\sqrt{\frac{\mu}{r_1}} = 7616.6\ \text{m/s}, \qquad \sqrt{\frac{2r_2}{r_1 + r_2}} = \sqrt{\frac{2(42\,164)}{49\,035}} = 1.31139$$

$$\Delta v_1 = 7616.6 \times 0.31139 \approx 2371.7\ \text{m/s}$$

**Corrected answer for 3b: Δv₁ ≈ 2372 m/s.**"""


def orbit_chatgpt(GPTConv):
    conv = GPTConv("Kepler + Hohmann HW", "67ab12e4-88c1-8001-b7a2-3d4e5f607182", 1772310000.0)
    s = conv.system()
    u1 = conv.user(s, 5.0, G_U1)
    conv.assistant(u1, 40.5, G_OLD)                          # first answer; user regenerated it
    th = conv.thoughts(u1, 130.0, G_THOUGHTS)
    rc = conv.recap(th, 150.0, "Thought for 18 seconds")
    a1 = conv.assistant(rc, 151.25, G_NEW)
    u2 = conv.user(a1, 600.0, G_U2)
    conv.assistant(u2, 640.5, G_FIX)
    # this export has no current_node: the graded branch ends at the newest leaf
    return [conv.export(with_current=False)]
