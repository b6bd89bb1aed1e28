"""Message texts for make_exports.py (kept separate so the generator stays readable)."""
CS, CD, CE = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return f"{CS}cite{CD}{ref}{CE}"


# ---------------------------------------------------------------- hydrology (ChatGPT)
HYD_OTHER_USER = "what hydration % is 350 g water in 500 g flour"
HYD_OTHER_ASSIST = "Hydration is water ÷ flour × 100 = 350 / 500 × 100 = **70 %**. That's a medium-high hydration dough — sticky but manageable with stretch-and-folds."

HYD_USER1 = """Please solve my hydrology homework (CIVE 3420 HW4). Give answers to 3 s.f. with units unless the problem says otherwise.

## 1. Rational method [6 pts]
A 36-ha suburban catchment has a runoff coefficient C = 0.45. The design rainfall intensity for a duration equal to the time of concentration is 62 mm/h. Use Qp = C i A / 360 (i in mm/h, A in ha, Qp in m³/s).
(a) Compute the peak discharge Qp in m³/s.
(b) A developer proposes paving 12 ha of the catchment (C = 0.90 on the paved part; the remaining area keeps C = 0.45). What is the area-weighted composite runoff coefficient?

## 2. SCS curve-number method [8 pts]
CN = 78, P = 110 mm. S = 25400/CN − 254 (mm), standard initial abstraction.
(a) S in mm, one decimal place. (b) Direct runoff depth Q in mm, one decimal place.
(c) Which statement is correct? (A) Increasing CN increases S. (B) The standard method takes Ia = 0.2S. (C) Direct runoff occurs for any P > 0. (D) CN = 100 means all rainfall infiltrates.

## 3. Darcy's law [9 pts]
Confined aquifer 18 m thick, 500 m wide; wells 800 m apart, head difference 2.4 m; K = 25 m/day; n_e = 0.30.
(a) discharge in m³/day (b) seepage velocity in m/day (c) tracer travel time between the wells in years (1 year = 365 days)

## 4. Thiessen polygons [4 pts]
Gauges: 42, 55, 38 mm; Thiessen areas 120, 80, 50 km². Mean areal rainfall in mm (2 d.p.)."""

HYD_ASSIST1_OLD = """Here are the solutions.

**1(a)** Qp = 0.45 × 62 × 36 / 360 = **2.79 m³/s**

**1(b)** C = (12·0.90 + 24·0.45)/36 = **0.60**

**2(a)** S = 25400/78 − 254 = **71.6 mm**

**2(b)** Q = P²/(P + S) = 110²/181.6 = **66.6 mm**

**2(c)** **(B)**

**3(a)** Q = KiA = 25 × 0.003 × 9000 = **675 m³/day**

**3(b)** v = Ki/n = **0.25 m/day**

**3(c)** t = 800/0.25 = 3200 d = **8.77 yr**

**4** Arithmetic mean = (42 + 55 + 38)/3 = **45.00 mm**"""

HYD_THOUGHTS = [
    ("Setting up the rational method", "Q = CiA/360 = 0.45*62*36/360. 0.45*62 = 27.9, *36 = 1004.4, /360 = 2.79."),
    ("Checking the SCS numbers", "S = 25400/78 - 254 = 71.64. Ia = 14.33. Q = (110-14.33)^2/(110-14.33+71.64). Maybe 66.6 if Ia ignored — no, standard includes Ia. Let me run it in python."),
    ("Darcy and travel time", "i = 0.003, A = 9000, Q = 675 m3/d, v = 0.25 m/d, t = 3200 d."),
]

HYD_CODE = """S = 25400/78 - 254
Ia = 0.2*S
P = 110
Q = (P-Ia)**2/(P-Ia+S)
Cw = (12*0.90 + 24*0.45)/36
Pbar = (42*120 + 55*80 + 38*50)/250
print(round(S,3), round(Ia,3), round(Q,3), Cw, Pbar)"""

HYD_CODE_OUT = "71.641 14.328 54.706 0.6000000000000001 45.36"

HYD_ASSIST1 = f"""Here's a full worked solution. I checked the curve-number arithmetic with a quick calculation.

## Problem 1 — Rational method

**(a)** $Q_p = \\dfrac{{C\\,i\\,A}}{{360}} = \\dfrac{{0.45 \\times 62 \\times 36}}{{360}} = \\dfrac{{1004.4}}{{360}}$

**Answer:** $Q_p = 2.79\\ \\text{{m}}^3/\\text{{s}}$

**(b)** Area-weighted coefficient (12 ha paved, 24 ha unchanged):

$$C_w = \\frac{{12(0.90) + 24(0.45)}}{{36}} = \\frac{{10.8 + 10.8}}{{36}} = \\frac{{21.6}}{{36}}$$

**Answer:** $C_w = 0.60$

## Problem 2 — SCS curve number

**(a)** $S = \\dfrac{{25400}}{{78}} - 254 = 325.64 - 254$

**Answer:** $S = 71.6\\ \\text{{mm}}$

**(b)** With the standard initial abstraction $I_a = 0.2S = 14.33$ mm {cite("turn0search2")}:

$$Q = \\frac{{(P - I_a)^2}}{{P - I_a + S}} = \\frac{{(95.67)^2}}{{167.31}}$$

**Answer:** $Q = 54.7\\ \\text{{mm}}$

**(c)** (A) is reversed — $S$ decreases as CN increases. (C) ignores $I_a$. (D) is backwards: CN = 100 is fully impervious.

**Answer:** (B)

## Problem 3 — Darcy's law

Hydraulic gradient $i = 2.4/800 = 0.003$; flow area $A = 18 \\times 500 = 9000\\ \\text{{m}}^2$.

**(a)** $Q = KiA = 25 \\times 0.003 \\times 9000$

**Answer:** $Q = 675\\ \\text{{m}}^3/\\text{{day}}$

**(b)** $v = \\dfrac{{Ki}}{{n_e}} = \\dfrac{{0.075}}{{0.30}}$

**Answer:** $v = 0.25\\ \\text{{m/day}}$

**(c)** $t = \\dfrac{{800}}{{0.25}} = 3200$ days. Converting with 360 days per year (the usual hydrologic year in these problems):

**Answer:** $t = 3200/360 \\approx 8.89\\ \\text{{years}}$

## Problem 4 — Thiessen polygons

$$\\bar P = \\frac{{42(120) + 55(80) + 38(50)}}{{250}} = \\frac{{11340}}{{250}}$$

**Answer:** $\\bar P = 45.36\\ \\text{{mm}}$"""

HYD_USER2 = "can you put all the final answers in one table so I can copy them"

HYD_ASSIST2 = """| Problem | Part | Answer |
|---|---|---|
| 1 | (a) | 2.79 m³/s |
| 1 | (b) | 0.60 |
| 2 | (a) | 71.6 mm |
| 2 | (b) | 54.7 mm |
| 2 | (c) | B |
| 3 | (a) | 675 m³/day |
| 3 | (b) | 0.25 m/day |
| 3 | (c) | 8.89 years |
| 4 | — | 45.36 mm |"""

# ---------------------------------------------------------------- surveying (Claude)
SV_OTHER_USER = "Can you tighten this opening line: 'I am writing to apply for the GIS internship that I saw on your website and I think I would be a good fit.'"
SV_OTHER_ASSIST = "Try: \"I'm applying for your GIS internship; my coursework in surveying and spatial analysis has prepared me to contribute from day one.\""

SV_ATTACHMENT = """GEOM 2150 Plane Surveying   Problem Set 3   Spring term
Problem Set 3 — Levelling, Coordinates, Areas and Curves
Due at the start of lab, week 7. Give lengths and elevations to the millimetre or centimetre as asked.
1. Differential levelling was run from benchmark BM-12 (elevation 150.000 m) to a new point P through one turning point TP1. The field book reads:
Station BS (m) FS (m)
BM-12 1.432 —
TP1 0.954 2.186
P — 1.613
(a) (3 points) Find the elevation of TP1 (to the millimetre).
(b) (3 points) Find the elevation of P (to the millimetre).
2. Station A has plane coordinates EA = 1000.00 m, NA = 2000.00 m. The line AB has azimuth 52°30′ (measured clockwise from grid north) and a horizontal length of 240.00 m.
(a) (4 points) Compute the coordinates (EB, NB) of B to the centimetre.
(b) (2 points) What is the azimuth of the line BA, in decimal degrees?
3. A parcel has corners, in order, at (E, N) = (0, 0), (120, 10), (140, 90) and (30, 110), all in metres.
(a) (4 points) Use the coordinate (shoelace) method to find the area of the parcel in m2.
(b) (1 point) True or false: if the same corners are listed in clockwise order, the signed shoelace sum ½Σ(Ei Ni+1 − Ei+1 Ni) comes out negative.
4. A simple circular horizontal curve has radius R = 300 m and deflection (intersection) angle ∆ = 40°.
(a) (3 points) Compute the tangent length T to the centimetre.
(b) (3 points) Compute the length of the curve L (arc definition) to the centimetre.
Page 1 of 1"""

SV_C_USER1 = "Here's my surveying problem set (attached). Can you work through all four questions? Show the computations so I can follow."

SV_C_THINK1 = """Levelling first. HI = 151.432, TP1 = 149.246, HI2 = 150.200, P = 148.587. Coordinates: departure = 240 sin 52.5 = 190.40, latitude = 240 cos 52.5 = 146.10. Back azimuth 232.5. Shoelace: 22100/2 = 11050. Maybe 11,500? No — recheck: 0 + 9400 + 12700 + 0 = 22100. Curve: T = 300 tan 20 = 109.19, L = 300 * 0.6981 = 209.43. Let me verify the trig in the analysis tool."""

SV_C_CODE = """const az = 52.5 * Math.PI / 180;
const E = 1000 + 240 * Math.sin(az), N = 2000 + 240 * Math.cos(az);
const T = 300 * Math.tan(20 * Math.PI / 180);
console.log(E.toFixed(3), N.toFixed(3), T.toFixed(3));"""

SV_C_CODE_OUT = "1190.405 2146.103 109.191"

SV_C_ASSIST1 = """I ran the trig through the analysis tool to be safe. Here's everything.

## Question 1 — Differential levelling

Using the height-of-instrument (HI) method:

| Station | BS | HI | FS | Elevation |
|---|---|---|---|---|
| BM-12 | 1.432 | 151.432 | — | 150.000 |
| TP1 | 0.954 | 150.200 | 2.186 | 149.246 |
| P | — | — | 1.613 | 148.587 |

**(a)** Elevation of TP1 = 151.432 − 2.186 = **149.246 m**

**(b)** Elevation of P = 150.200 − 1.613 = **148.587 m**

Check: ΣBS − ΣFS = 2.386 − 3.799 = −1.413 m, and 150.000 − 1.413 = 148.587 m ✓

## Question 2 — Coordinates

Azimuth α = 52°30′ = 52.5°.

- ΔE = 240.00 sin 52.5° = 190.405 m
- ΔN = 240.00 cos 52.5° = 146.103 m

**(a)** $E_B = 1190.40$ m, $N_B = 2146.10$ m → **B = (1190.40, 2146.10)**

**(b)** Back azimuth = 52.5° + 180° = **232.5°**

## Question 3 — Area

2A = Σ(E_i N_{i+1} − E_{i+1} N_i) = 0 + 9400 + 12700 + 0 = 22100

**(a)** A = **11,050 m²**

**(b)** **True.** The corners as listed run anticlockwise (positive sum); reversing the order negates every term.

## Question 4 — Horizontal curve

**(a)** T = R tan(Δ/2) = 300 × tan 20° = **109.19 m**

**(b)** L = R·Δ (radians) with Δ = 40° = 0.6981 rad:

L = 300 × 0.6981 = **209.43 m**"""

SV_C_USER2 = "For 2(b) why do we add 180 and not subtract?"

SV_C_THINK2 = "Back azimuth: add 180 if the forward azimuth is below 180, subtract if above. 52.5 < 180 so add."

SV_C_ASSIST2 = """Either works as long as the result lands in 0°–360°. The rule is: if the forward azimuth is less than 180°, add 180°; if it's 180° or more, subtract 180°. Since 52.5° < 180°, we add, giving 232.5°. Subtracting would give −127.5°, which is the same direction (−127.5° + 360° = 232.5°)."""

# ---------------------------------------------------------------- surveying (ChatGPT, no current_node)
SV_G_USER1 = """Surveying PS3, answer each part please:
1. Levelling: BM-12 elev 150.000. BS 1.432 on BM-12, FS 2.186 on TP1, BS 0.954 on TP1, FS 1.613 on P. (a) elev TP1 (mm) (b) elev P (mm)
2. A = (E 1000.00, N 2000.00); AB azimuth 52°30', horizontal length 240.00 m. (a) (E_B, N_B) to cm (b) azimuth of BA in decimal degrees
3. Parcel (0,0), (120,10), (140,90), (30,110). (a) shoelace area m² (b) T/F: corners listed clockwise -> signed shoelace sum negative
4. Curve R = 300 m, Δ = 40°. (a) tangent length T (cm) (b) arc length L (cm)"""

SV_G_ASSIST1_FIRST = """**1(a)** 151.432 − 2.186 = **149.246 m**
**1(b)** 149.246 + 0.954 − 1.613 = **148.587 m**
**2(a)** B = (1190.40, 2146.10)
**2(b)** 232.5°
**3(a)** 11,050 m²
**3(b)** True
**4(a)** T = 300 tan 20° = **109.19 m**
**4(b)** L = 209.44 m"""

SV_G_USER2_FIRST = "thanks, can you show 2a in more detail"

SV_G_ASSIST2_FIRST = "ΔE = 240 sin 52.5° = 190.40 m and ΔN = 240 cos 52.5° = 146.10 m, so B = (1190.40, 2146.10)."

SV_G_ASSIST1_REGEN = """Sure — here are all the parts.

**Problem 1 (levelling)**

HI₁ = 150.000 + 1.432 = 151.432 m

- **1(a):** Elev TP1 = 151.432 − 2.186 = **149.246 m**
- **1(b):** HI₂ = 149.246 + 0.954 = 150.200 m, Elev P = 150.200 − 1.613 = **148.857 m**

**Problem 2 (coordinates)**

ΔE = 240.00 sin 52.5° = 190.40 m, ΔN = 240.00 cos 52.5° = 146.10 m

- **2(a):** **(E_B, N_B) = (1190.40, 2146.10)**
- **2(b):** back azimuth = 52.5° + 180° = **232.5°**

**Problem 3 (area)**

- **3(a):** 2A = 0 + 9400 + 12700 + 0 = 22100 → **A = 11,050 m²**
- **3(b):** This depends on the axis convention. With E as x and N as y the given order is counter-clockwise, so clockwise gives a negative sum → **True**. But surveyors often write coordinates as (N, E), and with N as the first axis the orientation flips, so the clockwise listing gives a positive sum → **False**. It could be either, depending on your course's convention.

**Problem 4 (curve)**

- **4(a):** T = R tan Δ = 300 × tan 40° = **251.73 m**
- **4(b):** L = πRΔ/180 = π(300)(40)/180 = **209.44 m**"""

SV_G_USER2 = "my notes say the tangent length uses half the deflection angle, is 4a right?"

SV_G_ASSIST2 = """You're right — I used the full angle by mistake. The tangent length is

T = R tan(Δ/2) = 300 × tan 20° = 300 × 0.36397 = **109.19 m**

So the corrected answer for 4(a) is **109.19 m**. The arc length in 4(b), 209.44 m, is unaffected."""

# ---------------------------------------------------------------- kinetics (ChatGPT)
KIN_O1_USER = "If I add more N2 to N2 + 3H2 <-> 2NH3 at equilibrium, which way does it shift?"
KIN_O1_ASSIST = "It shifts to the **right**, toward NH₃, consuming some of the added N₂ (Le Chatelier's principle)."

KIN_EARLY_USER = "half life of N2O5 if k = 5.1e-4 s^-1?"
KIN_EARLY_ASSIST = "For a first-order reaction t½ = ln 2 / k = 0.693 / 5.1 × 10⁻⁴ ≈ **1.4 × 10³ s** (roughly 23 minutes)."

KIN_USER1 = r"""Chapter 5 exercises, 3 s.f. unless told otherwise. R = 8.314 J/mol/K.

Exercise 5.1 The gas-phase decomposition 2 N2O5 → 4 NO2 + O2 is first order in N2O5 with k = 5.1×10^-4 s^-1 at 318 K.
(a) Calculate the half-life of N2O5 at this temperature, in seconds.
(b) What fraction of the initial N2O5 remains after 30.0 minutes?

Exercise 5.2 A + B → P, initial rates at 298 K:
| Run | [A]0 (M) | [B]0 (M) | rate (M/s) |
| 1 | 0.10 | 0.10 | 2.0e-3 |
| 2 | 0.20 | 0.10 | 8.0e-3 |
| 3 | 0.10 | 0.30 | 6.0e-3 |
(a) rate = k[A]^m[B]^n. (i) Determine the orders (m, n). (ii) Determine k (M^-2 s^-1).
(b) Predict the initial rate when [A]0 = 0.15 M and [B]0 = 0.20 M.

Exercise 5.3 k = 3.0×10^-3 s^-1 at 300 K and 2.4×10^-2 s^-1 at 340 K.
(a) Find Ea in kJ/mol. (b) Using your result from (a), find k at 320 K.

Exercise 5.4 rate = k[NO2]^2, k = 0.54 M^-1 s^-1, [NO2]0 = 0.0200 M. How many seconds until [NO2] = 0.0050 M?"""

KIN_THOUGHTS = [
    ("Planning the approach", "First-order: t1/2 = ln2/k = 1359 s. Fraction = exp(-0.918) = 0.399. Initial rates give m = 2, n = 1, k = 2.0."),
    ("Arrhenius step", "Ea = R ln(k2/k1)/(1/T1 - 1/T2). ln 8 = 2.079 ... I'll compute with log base 10 of 8 = 0.903 in code. Hmm."),
    ("Second-order time", "1/0.005 - 1/0.02 = 150; /0.54 = 277.8 s."),
]

KIN_CODE = """import math
k=5.1e-4
print(math.log(2)/k, math.exp(-k*1800))
Ea = 8.314*math.log10(2.4e-2/3.0e-3)/(1/300-1/340)
print(Ea, 3.0e-3*math.exp(Ea/8.314*(1/300-1/320)))
print((1/0.0050-1/0.0200)/0.54)"""

KIN_CODE_OUT = """1359.1121187449908 0.3993168767363899
19146.139887220084 0.004847091548064918
277.77777777777777"""

KIN_ASSIST1 = f"""I computed everything numerically{cite("turn0calc0")} — the numbers are below.

**Exercise 5.1**

(a) First order, so the half-life does not depend on concentration:

$$t_{{1/2}} = \\frac{{\\ln 2}}{{k}} = \\frac{{0.6931}}{{5.1\\times10^{{-4}}}} \\approx 1359\\ \\text{{s}}$$

(b) After $t = 1800$ s: $[\\mathrm{{A}}]/[\\mathrm{{A}}]_0 = e^{{-kt}} = e^{{-0.918}}$, so the fraction remaining is **0.399**.

**Exercise 5.2**

(a)(i) Run 1→2: rate ×4 when [A] ×2 ⇒ $m = 2$. Run 1→3: rate ×3 when [B] ×3 ⇒ $n = 1$. So $(m, n) = (2, 1)$.

(a)(ii) $k = \\dfrac{{2.0\\times10^{{-3}}}}{{(0.10)^2(0.10)}} = 2.0\\ \\text{{M}}^{{-2}}\\text{{s}}^{{-1}}$

(b) rate $= 2.0 \\times 0.15^2 \\times 0.20 = 9.0\\times10^{{-3}}\\ \\text{{M s}}^{{-1}}$

**Exercise 5.3**

(a) From the two-point Arrhenius form $\\log(k_2/k_1) = \\dfrac{{E_a}}{{R}}\\left(\\dfrac{{1}}{{T_1}} - \\dfrac{{1}}{{T_2}}\\right)$:

$$E_a = \\frac{{8.314 \\times \\log 8}}{{1/300 - 1/340}} = \\frac{{8.314 \\times 0.9031}}{{3.922\\times10^{{-4}}}} = 19.1\\ \\text{{kJ/mol}}$$

(b) $k_{{320}} = k_{{300}}\\exp\\left[\\dfrac{{E_a}}{{R}}\\left(\\dfrac{{1}}{{300}} - \\dfrac{{1}}{{320}}\\right)\\right] = 3.0\\times10^{{-3}} \\times e^{{0.480}} = 4.85\\times10^{{-3}}\\ \\text{{s}}^{{-1}}$

**Exercise 5.4**

Second order: $\\dfrac{{1}}{{[\\mathrm{{NO_2}}]}} - \\dfrac{{1}}{{[\\mathrm{{NO_2}}]_0}} = kt \\Rightarrow t = \\dfrac{{200 - 50}}{{0.54}} = 277.8\\ \\text{{s}}$

**t ≈ 278 s**

If you want to check these yourself, this snippet reproduces them:
{CS}```python
import math
print(math.log(2)/5.1e-4)            # 5.1(a)
print((1/0.0050 - 1/0.0200)/0.54)    # 5.4
```"""

KIN_USER2 = "is 5.3 (a) supposed to be that small? my friend got something like 40-something"

KIN_ASSIST2 = """Activation energies for reactions whose rate constant rises eightfold over 40 K are typically a few tens of kJ/mol, so 19.1 kJ/mol is within the normal range. Your friend may have used a different form of the equation or different temperatures; I'd stick with **Eₐ = 19.1 kJ/mol** and **k(320 K) = 4.85 × 10⁻³ s⁻¹**."""

# ---------------------------------------------------------------- kinetics (Claude)
KIN_C_ATTACHMENT = r"""\paragraph{Exercise 5.1} The gas-phase decomposition $2\,\mathrm{N_2O_5} \to 4\,\mathrm{NO_2} + \mathrm{O_2}$ is first order in $\mathrm{N_2O_5}$ with $k = \SI{5.1e-4}{s^{-1}}$ at \SI{318}{K}.
\begin{enumerate}[label=(\alph*)]
  \item Calculate the half-life of $\mathrm{N_2O_5}$ at this temperature, in seconds.
  \item What fraction of the initial $\mathrm{N_2O_5}$ remains after 30.0 minutes?
\end{enumerate}
\paragraph{Exercise 5.2} For the reaction $\mathrm{A} + \mathrm{B} \to \mathrm{P}$ ... Run 1: 0.10, 0.10, $2.0\times10^{-3}$; Run 2: 0.20, 0.10, $8.0\times10^{-3}$; Run 3: 0.10, 0.30, $6.0\times10^{-3}$.
\begin{enumerate}[label=(\alph*)]
  \item The rate law has the form $\text{rate} = k[\mathrm{A}]^m[\mathrm{B}]^n$.
  \begin{enumerate}[label=(\roman*)]
    \item Determine the orders, giving your answer as the pair $(m, n)$.
    \item Determine the rate constant $k$ (in M$^{-2}$\,s$^{-1}$).
  \end{enumerate}
  \item Predict the initial rate, in M\,s$^{-1}$, when $[\mathrm{A}]_0 = \SI{0.15}{M}$ and $[\mathrm{B}]_0 = \SI{0.20}{M}$.
\end{enumerate}
\paragraph{Exercise 5.3} The rate constant of a reaction is $\SI{3.0e-3}{s^{-1}}$ at \SI{300}{K} and $\SI{2.4e-2}{s^{-1}}$ at \SI{340}{K}.
\begin{enumerate}[label=(\alph*)]
  \item Find the activation energy $E_a$ in kJ/mol.
  \item Using your result from (a), find the rate constant at \SI{320}{K}.
\end{enumerate}
\paragraph{Exercise 5.4} ... $\text{rate} = k[\mathrm{NO_2}]^2$ with $k = \SI{0.54}{M^{-1}.s^{-1}}$. Starting from $[\mathrm{NO_2}]_0 = \SI{0.0200}{M}$, how many seconds does it take for the concentration to fall to \SI{0.0050}{M}?"""

KIN_C_USER1 = "I've attached the exercise sheet source. Can you do 5.1 to 5.3 first? 3 sig figs."

KIN_C_THINK1 = """5.1: t1/2 = 0.6931/5.1e-4 = 1359 s; fraction e^-0.918 = 0.399. 5.2: m=2, n=1, k=2.0, rate = 9.0e-3. 5.3: ln 8 = 2.079, 1/300 - 1/340 = 3.92e-4 -> Ea about 44 kJ/mol; maybe I'll first try with 1/T difference 4.2e-4 which would give 41.2. k(320) ≈ 9.06e-3."""

KIN_C_ASSIST1 = """## Exercise 5.1

**(a)** For first-order kinetics, $t_{1/2} = \\ln 2 / k$:

$$t_{1/2} = \\frac{0.6931}{5.1 \\times 10^{-4}\\ \\text{s}^{-1}} = 1359\\ \\text{s}$$

**(b)** With $t = 30.0$ min $= 1800$ s, $kt = 0.918$ and

$$\\frac{[\\mathrm{N_2O_5}]_t}{[\\mathrm{N_2O_5}]_0} = e^{-0.918} = 0.399$$

So **0.399** of the original N₂O₅ (about 39.9 %) remains.

## Exercise 5.2

**(a)(i)** Doubling [A] (run 1 → 2) quadruples the rate, so the order in A is 2; tripling [B] (run 1 → 3) triples the rate, so the order in B is 1: **(m, n) = (2, 1)**.

**(a)(ii)** From run 1, $k = \\dfrac{2.0 \\times 10^{-3}}{(0.10)^2 (0.10)} = \\mathbf{2.0\\ M^{-2}\\,s^{-1}}$.

**(b)** $\\text{rate} = 2.0 \\times (0.15)^2 \\times (0.20) = \\mathbf{9.0 \\times 10^{-3}\\ M\\,s^{-1}}$

## Exercise 5.3

**(a)** Two-point Arrhenius:

$$E_a = \\frac{R \\ln(k_2/k_1)}{1/T_1 - 1/T_2} = \\frac{8.314 \\times 2.079}{4.20 \\times 10^{-4}} = 41.2\\ \\text{kJ/mol}$$

Wait — $1/300 - 1/340 = 0.0033333 - 0.0029412 = 3.92 \\times 10^{-4}$, not $4.20 \\times 10^{-4}$. Redoing the division:

$$E_a = \\frac{17.288}{3.922 \\times 10^{-4}} = 44{,}086\\ \\text{J/mol}$$

**Eₐ = 44.1 kJ/mol**

**(b)** Using $E_a = 44.1$ kJ/mol:

$$\\ln\\frac{k_{320}}{k_{300}} = \\frac{44\\,100}{8.314}\\left(\\frac{1}{300} - \\frac{1}{320}\\right) = 1.105$$

$$k_{320} = 3.0 \\times 10^{-3} \\times e^{1.105} = 9.06 \\times 10^{-3}\\ \\text{s}^{-1}$$

| Exercise | Result |
|---|---|
| 5.1(a) | 1359 s |
| 5.1(b) | 0.399 |
| 5.2(a)(i) | (2, 1) |
| 5.2(a)(ii) | 2.0 M⁻² s⁻¹ |
| 5.2(b) | 9.0 × 10⁻³ M s⁻¹ |
| 5.3(a) | 44.1 kJ/mol |
| 5.3(b) | 6.09 × 10⁻³ s⁻¹ |"""

KIN_C_USER2 = "great, and 5.4?"

KIN_C_ASSIST2 = """For a second-order reaction, $1/[\\mathrm{NO_2}] = 1/[\\mathrm{NO_2}]_0 + kt$, so

$$t = \\frac{1/0.0050 - 1/0.0200}{0.54} = \\frac{200 - 50}{0.54} = 277.8\\ \\text{s}$$

**t ≈ 278 s** (a bit over 4½ minutes)."""

KIN_C_OTHER_USER = "Is 'The rate constant was found to be dependant on temperature' correct?"
KIN_C_OTHER_ASSIST = "Almost — the adjective is spelled *dependent*: \"The rate constant was found to be dependent on temperature.\""
