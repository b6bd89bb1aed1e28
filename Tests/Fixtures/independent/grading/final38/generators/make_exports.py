#!/usr/bin/env python3
"""Writes the three JSON exports of this corpus (deterministic: re-running gives byte-identical files).

  graphics-transforms/transcripts/chatgpt-export.json   ChatGPT conversations.json (current_node present)
  optics-waves/transcripts/conversations.json           ChatGPT conversations.json (no current_node)
  optics-waves/transcripts/claude-export.json           Claude data export
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def uid(*names):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "final38/" + "/".join(names)))


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.n = 0
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        sysid = self.add(root, "system", {"content_type": "text", "parts": [""]}, None,
                         metadata={"is_visually_hidden_from_conversation": True})
        self.system = sysid

    def add(self, parent, role, content, t, name=None, recipient="all", metadata=None, end_turn=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, parent, text, t):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, t)

    def assistant(self, parent, text, t, end_turn=True):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]}, t,
                        metadata={"model_slug": "gpt-4o", "finish_details": {"type": "stop"}},
                        end_turn=end_turn)

    def thoughts(self, parent, items, t):
        return self.add(parent, "assistant",
                        {"content_type": "thoughts",
                         "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
                         "source_analysis_msg_id": uid(self.key, "analysis", str(self.n))},
                        t, metadata={"model_slug": "o3"}, end_turn=False)

    def recap(self, parent, text, t):
        return self.add(parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t,
                        metadata={"model_slug": "o3"}, end_turn=False)

    def code(self, parent, code, t):
        return self.add(parent, "assistant", {"content_type": "code", "language": "unknown",
                                              "response_format_name": None, "text": code},
                        t, recipient="python", metadata={"model_slug": "o3"}, end_turn=False)

    def tool_output(self, parent, text, t):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": text}, t,
                        name="python", metadata={"is_complete": True})

    def export(self, current_node=None, t_end=None):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": t_end if t_end is not None else self.t0,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if current_node is not None:
            d["current_node"] = current_node
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "gpt-4o",
            "id": uid(self.key, "conversation"),
        })
        return d


def write_json(rel, data, ascii_only):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=ascii_only, indent=2)
        f.write("\n")


# ================================================================ 1. graphics ChatGPT export
GFX_Q123 = """Homework 2, Linear Algebra for Graphics. Please solve 1-3, show work.

Question 1 (2D homogeneous transforms) Let R be the rotation by 90 degrees counter-clockwise about the origin and let T be the translation by (4,-2). Use 3x3 homogeneous matrices acting on column vectors (x, y, 1)^T.
(a) Write the matrix R. (b) Write the matrix T. (c) Write the composite M that first rotates and then translates. (d) Apply M to the point p = (3, 5). Give the resulting 2D point. (e) Now translate first and then rotate. Where does p = (3,5) go? (f) True or false: TR = RT.

Question 2 (Areas and orientation) Let A = [2 1; 0 3].
(a) Compute det A. (b) The triangle with vertices (0,0), (2,0), (0,4) is mapped by A. What is the area of the image? (c) Which of the following matrices reverses orientation? (A) [0 -1; 1 0] (B) [1 2; 0 1] (C) [0 1; 1 0] (D) [2 0; 0 3] (d) Let B = [1 2; 0 1] (a shear). Write B^-1.

Question 3 (Normals and shading) A triangle has vertices P0 = (1,0,0), P1 = (0,2,0), P2 = (0,0,3).
(a) Compute n = (P1 - P0) x (P2 - P0). (b) Give the unit normal (exact, or decimals to 3 places). (c) What is the area of the triangle? (d) A directional light shines along l = (0,0,1). With Lambertian shading I = max(0, n.l), compute I to three decimal places. (e) A ray with direction d = (2,-3,1) hits the floor plane y=0, normal m = (0,1,0). Compute r = d - 2(d.m)m."""

GFX_V1 = r"""**Question 1**

(a) $R = \begin{bmatrix} 0 & -1 & 0 \\ 1 & 0 & 0 \\ 0 & 0 & 1 \end{bmatrix}$

(b) $T = \begin{bmatrix} 1 & 0 & 4 \\ 0 & 1 & -2 \\ 0 & 0 & 1 \end{bmatrix}$

(c) Rotate first, then translate: $M = RT = \begin{bmatrix} 0 & -1 & 2 \\ 1 & 0 & 4 \\ 0 & 0 & 1 \end{bmatrix}$

(d) $M(3,5,1)^\top = (-3, 7, 1)^\top$, so the point is $(-3, 7)$.

(e) Translating first and then rotating gives $TR\,p = (-1, 1)$.

(f) False.

**Question 2**

(a) $\det A = 6$ (b) $4 \cdot 6 = 24$ (c) (C) (d) $B^{-1} = \begin{bmatrix} 1 & -2 \\ 0 & 1 \end{bmatrix}$

**Question 3**

(a) $n = (6,3,2)$ (b) $\hat n = (6,3,2)/7$ (c) $3.5$ (d) $I = 2/7 \approx 0.286$ (e) $r = (2,3,1)$"""

GFX_V2 = r"""## Question 1 — 2D homogeneous transforms

**(a)** A 90° counter-clockwise rotation maps $(x,y)\mapsto(-y,x)$:
$$
R=\begin{bmatrix}0&-1&0\\1&0&0\\0&0&1\end{bmatrix}
$$

**(b)** The translation sits in the last column:
$$
T=\begin{bmatrix}1&0&4\\0&1&-2\\0&0&1\end{bmatrix}
$$

**(c)** With column vectors the transform applied first is the right-most factor, so "rotate, then translate" is $M = TR$:
$$
M = TR=\begin{bmatrix}0&-1&4\\1&0&-2\\0&0&1\end{bmatrix}
$$

**(d)** $M\,(3,5,1)^\top = (-5+4,\;3-2,\;1)^\top$, so $p \mapsto (-1,\ 1)$.

**(e)** Translate first: $(3,5)\to(7,3)$; then rotate: $(7,3)\to(-3,\ 7)$. So $RT\,p = (-3, 7)$.

**(f)** **False.** $RT$ has last column $(2,4,1)^\top$ while $TR$ has $(4,-2,1)^\top$, so the order matters.

## Question 2 — Areas and orientation

**(a)** $\det A = 2\cdot3-1\cdot0 = \mathbf{6}$

**(b)** The triangle's area is $\tfrac12\cdot2\cdot4 = 4$; linear maps scale area by $|\det A|$, so the image has area $4\cdot 6 = \mathbf{24}$.

**(c)** Determinants: (A) 1, (B) 1, (C) −1, (D) 6. Only a negative determinant flips orientation, so the answer is **(C)**.

**(d)** For $\begin{bmatrix}a&b\\c&d\end{bmatrix}$ the inverse is $\frac{1}{ad-bc}\begin{bmatrix}d&-c\\-b&a\end{bmatrix}$, and here $ad-bc=1$:
$$
B^{-1}=\begin{bmatrix}1&0\\-2&1\end{bmatrix}
$$

## Question 3 — Normals and shading

**(a)** $P_1-P_0=(-1,2,0)$, $P_2-P_0=(-1,0,3)$, so
$$
n=(6,\ 3,\ 2)
$$

**(b)** $\|n\|=\sqrt{49}=7$, hence $\hat n = \left(\frac67,\frac37,\frac27\right)\approx(0.857,\ 0.429,\ 0.286)$.

**(c)** The area of the triangle is $\|n\| = \mathbf{7}$.

**(d)** $I=\max(0,\hat n\cdot\ell)=\frac27\approx \mathbf{0.29}$

**(e)** $d\cdot m=-3$, so $r=(2,-3,1)+6(0,1,0)=\mathbf{(2,\ 3,\ 1)}$ — the vertical component flips, as expected for a mirror bounce off the floor."""

GFX_Q45 = """Thanks! Now 4 and 5:

Question 4 (Projections) (a) A pinhole camera at the origin looks down the +z axis and has its image plane at z = f = 2. Where does the point X = (4, 6, 8) project? (b) Let v = (3,4,5) and u = (1,1,0). Compute the orthogonal projection of v onto the line spanned by u. (c) Write the 3x3 matrix P that projects onto that line. (d) Compute v - Pv.

Question 5 (3D rotations) (a) Write R_z(60 deg) (decimals to 3 places are fine). (b) What is det R_z(60)? (c) Apply R_z(60) to the point (2, 0, 1). (d) Let Q = [0 0 1; 1 0 0; 0 1 0]. Q is a rotation; by what angle (in degrees)? (e) Q^3 equals (A) Q (B) I (C) Q^T (D) -I"""

GFX_CODE = """import numpy as np
th = np.radians(60)
Rz = np.array([[np.cos(th), -np.sin(th), 0],
               [np.sin(th),  np.cos(th), 0],
               [0, 0, 1]])
print(np.round(Rz, 3))
print(np.linalg.det(Rz))
print(Rz @ np.array([2, 0, 1]))
Q = np.array([[0,0,1],[1,0,0],[0,1,0]])
print(np.trace(Q))"""

GFX_OUT = """[[ 0.5   -0.866  0.   ]
 [ 0.866  0.5    0.   ]
 [ 0.     0.     1.   ]]
1.0
[1.         1.73205081 1.        ]
0"""

GFX_A45 = r"""### Question 4

**(a)** Dividing by depth: $x' = x/z = 4/8 = 0.5$ and $y' = y/z = 6/8 = 0.75$, so the point projects to $(0.5,\ 0.75)$.

**(b)** $\operatorname{proj}_u v=\dfrac{v\cdot u}{u\cdot u}\,u=\dfrac72(1,1,0)=(3.5,\ 3.5,\ 0)$.

**(c)** The projector is the outer product of the direction with itself:
$$
P = uu^\top = \begin{bmatrix}1&1&0\\1&1&0\\0&0&0\end{bmatrix}
$$

**(d)** This is just $v$ minus your answer to (b), so I'll leave the subtraction to you — it should come out perpendicular to $u$.

### Question 5

**(a)** From the computation above,
$$
R_z(60^\circ)=\begin{bmatrix}0.5&-0.866&0\\0.866&0.5&0\\0&0&1\end{bmatrix}
$$

**(b)** $\det R_z(60^\circ) = 1$ (rotations preserve volume and orientation).

**(c)** $R_z(60^\circ)(2,0,1)^\top = (1,\ 1.732,\ 1)$, i.e. $(1, \sqrt3, 1)$.

**(d)** Using $\cos\theta = \frac{\operatorname{tr}Q+1}{2} = \frac12$, the rotation angle is $\theta = 60^\circ$.

| Part | Result |
|---|---|
| 4(a) | (0.5, 0.75) |
| 4(b) | (3.5, 3.5, 0) |
| 4(c) | [[1,1,0],[1,1,0],[0,0,0]] |
| 5(a) | see matrix above |
| 5(b) | 1 |
| 5(c) | (1.732, 1, 1) |
| 5(d) | 60° |"""

GFX_Q3D = "for 3(d) the problem says three decimal places, isn't 0.29 rounded too much?"

GFX_A3D = r"""You're right — 0.29 only has two decimals. Keeping more digits, $\hat n\cdot\ell = 2/7 = 0.285714\ldots$, which rounds to

**I = 0.286**

(The other parts of Question 3 are unchanged.)"""


def build_graphics():
    c = Conv("gfx", "Graphics HW2 transforms", 1763040000.0)
    u1 = c.user(c.system, GFX_Q123, 1763040060.0)
    # first attempt (older branch, regenerated away)
    th1 = c.thoughts(u1, [("Setting up matrices", "Homogeneous 3x3 matrices; M = RT for rotate then translate?")], 1763040070.0)
    a1 = c.assistant(th1, GFX_V1, 1763040095.0)
    # regenerated answer (the one shown)
    th2 = c.thoughts(u1, [
        ("Checking composition order", "Column vectors: the first transform is the right-most factor, so M = TR. M(3,5) = (-1,1)."),
        ("Triangle area", "Cross product length 7; triangle area is |n|/2 = 3.5. Lambert term 2/7."),
    ], 1763040400.0)
    rc2 = c.recap(th2, "Thought for 21 seconds", 1763040401.0)
    a2 = c.assistant(rc2, GFX_V2, 1763040430.0)
    u2 = c.user(a2, GFX_Q45, 1763040700.0)
    th3 = c.thoughts(u2, [("Quick numeric check", "Compute Rz(60), its determinant and Rz applied to (2,0,1) with numpy.")], 1763040710.0)
    rc3 = c.recap(th3, "Thought for 9 seconds", 1763040711.0)
    cd = c.code(rc3, GFX_CODE, 1763040715.0)
    to = c.tool_output(cd, GFX_OUT, 1763040716.0)
    a3 = c.assistant(to, GFX_A45, 1763040740.0)
    u3 = c.user(a3, GFX_Q3D, 1763041000.0)
    a4 = c.assistant(u3, GFX_A3D, 1763041012.0)
    graded = c.export(current_node=a4, t_end=1763041012.0)

    o = Conv("gfx-other", "Pasta dough ratio", 1762900000.0)
    ou = o.user(o.system, "how many eggs for 400 g of flour for fresh pasta?", 1762900010.0)
    oa = o.assistant(ou, "A common ratio is 100 g of 00 flour per large egg, so for **400 g** of flour use **4 eggs** "
                         "(about 200 g of egg). If the dough is dry, add 1 tsp of water at a time.", 1762900020.0)
    other = o.export(current_node=oa, t_end=1762900020.0)
    write_json("graphics-transforms/transcripts/chatgpt-export.json", [graded, other], ascii_only=True)


# ================================================================ 2. optics ChatGPT export, no current_node
OPT_Q12 = """PHYS 1320 PS7. Use c = 3.00e8 m/s, n_air = 1.00, n_glass = 1.50, n_water = 1.33. Angles in degrees to one decimal place. We haven't covered polarization yet so skip anything about that.

Problem 1 (Refraction) A beam of light travels in air and strikes a flat glass surface.
a) The angle of incidence is 30.0 degrees. What is the angle of refraction inside the glass?
b) What is the critical angle for light going from glass into air?
c) What is the speed of light in the glass (in m/s)?
d) The glass block is now submerged in water. What is the critical angle for light going from glass into water?
e) At what angle of incidence (from air) is the reflected light completely polarized (Brewster's angle)?

Problem 2 (Thin lenses) A thin converging lens has focal length f = 10.0 cm.
a) An object is placed 30.0 cm in front of the lens. Where is the image?
b) What is the lateral magnification?
c) The image in (a) is: (A) real and inverted (B) real and upright (C) virtual and upright (D) virtual and inverted
d) The object is moved to 5.0 cm in front of the lens. Find the image distance (with its sign).
e) What is the power of the lens in diopters?
f) The lens is placed in contact with a thin diverging lens of focal length -15.0 cm. What is the focal length of the combination?"""

OPT_A_OLD = r"""**1a)** $\sin\theta_2 = \sin 30^\circ/1.5 = 0.333$, so $\theta_2 = 19.5^\circ$.
**1b)** $\theta_c = \arcsin(1/1.5) = 41.8^\circ$
**1c)** $v = c/n = 2.00\times10^8$ m/s
**1d)** $\theta_c = \arcsin(1.33/1.50) = 62.5^\circ$
**1e)** $\theta_B = \arctan(1.50) = 56.3^\circ$
**2a)** 15.0 cm **2b)** −0.50 **2c)** (A) **2d)** −10.0 cm **2e)** 10 D **2f)** 30.0 cm"""

OPT_B = r"""Here are Problems 1 and 2.

### Problem 1 — Refraction

**a)** Snell's law, $n_1\sin\theta_1 = n_2\sin\theta_2$:
$$\sin\theta_2 = \frac{1.00\,\sin 30.0^\circ}{1.50} = 0.3333 \quad\Rightarrow\quad \theta_2 = 19.5^\circ$$

**b)** Total internal reflection starts when the refracted ray grazes the surface:
$$\theta_c = \arcsin\frac{n_\text{air}}{n_\text{glass}} = \arcsin(0.6667) = 41.8^\circ$$

**c)** $v = c/n = (3.00\times 10^8)/1.50 = 2.00\times10^8\ \text{m/s}$

**d)** Now the outside medium is water, so the critical angle uses the water–air ratio:
$$\theta_c = \arcsin\frac{1.00}{1.33} = 48.8^\circ$$

**e)** Skipping this one since it's about polarization, as you asked.

### Problem 2 — Thin lenses

**a)** $\frac1{d_i} = \frac1f - \frac1{d_o} = \frac1{10} - \frac1{30} = \frac{2}{30}$, so $d_i = 15\ \text{cm}$ (on the far side of the lens).

**b)** $m = -d_i/d_o = -15/30 = -0.5$

**c)** $d_i > 0$ and $m < 0$: the image is real and inverted → **(A)**

**d)** $\frac1{d_i} = \frac1{10} - \frac15 = -\frac1{10}$, so $d_i = -10\ \text{cm}$: a virtual image on the same side as the object.

**e)** $P = 1/f = 1/(0.100\ \text{m}) = 10\ \text{D}$

**f)** For lenses in contact the powers add: $\frac1f = \frac1{10} + \frac1{15} = \frac16$, so $f = 6\ \text{cm}$.

| Part | Answer |
|---|---|
| 1a | 19.5° |
| 1b | 41.8° |
| 1c | 2.00 × 10⁸ m/s |
| 1d | 48.8° |
| 2a | 15 cm |
| 2b | −0.5 |
| 2c | A |
| 2d | 10 cm |
| 2e | 10 D |
| 2f | 6 cm |"""

OPT_Q34 = """great, now problems 3 and 4:

Problem 3 (Interference and diffraction) lambda = 600 nm unless stated.
a) Two slits separated by d = 0.20 mm, screen 2.0 m away. Spacing between adjacent bright fringes, in mm?
b) How far from the central maximum is the third-order bright fringe (mm)?
c) A diffraction grating has 500 lines per mm. At what angle is the first-order maximum?
d) What is the highest order maximum that can be observed with this grating?
e) A single slit of width 0.10 mm, 2.0 m from a screen. Full width of the central maximum, in mm?
f) A soap film (n = 1.33) in air, normal incidence, 532 nm light. Smallest non-zero thickness (nm) for which reflected light is brightest?

Problem 4 (Waves) String: mu = 0.020 kg/m, tension 80 N, fixed at both ends 0.80 m apart. v_sound = 340 m/s.
a) Wave speed (m/s, 3 sig figs)? b) Fundamental frequency (Hz, 3 sig figs)? c) Wavelength of the third harmonic (m)?
d) A 440 Hz source moves toward a stationary listener at 20 m/s. What frequency does the listener hear?
e) The listener also hears a stationary 440 Hz tuning fork. What beat frequency is heard?"""

CITE = "\ue200cite\ue202turn0search3\ue201"

OPT_C = ("""### Problem 3 — Interference and diffraction

**a)** Fringe spacing $\\Delta y = \\lambda L/d = (600\\times10^{-9})(2.0)/(0.20\\times10^{-3}) = 6.0\\times10^{-3}$ m, i.e. **6.0 mm**.

**b)** The third bright fringe sits at $3\\Delta y$ = **18 mm** from the center.

**c)** Grating spacing $d = 1/500$ mm $= 2.0\\ \\mu$m, so $\\sin\\theta_1 = \\lambda/d = 0.30$ and $\\theta_1 = 17.5^\\circ$.

**d)** Orders satisfy $m \\le d/\\lambda = 3.33$, so the highest order is $m = 3$ (that's 7 maxima in total counting both sides and the center).

**e)** Central maximum full width $= 2\\lambda L/a = 2(600\\times10^{-9})(2.0)/(1.0\\times10^{-4})$ = **24 mm**.

**f)** For a film in air, constructive reflection needs $2nt = m\\lambda$ """ + CITE + """, so the thinnest film is
$$t = \\frac{\\lambda}{2n} = \\frac{532}{2.66} = 200\\ \\text{nm}$$

### Problem 4 — Waves

**a)** $v = \\sqrt{T/\\mu} = \\sqrt{80/0.020} = \\sqrt{4000} = 63.2$ m/s

**b)** $f_1 = v/2L = 63.25/1.60 = 39.5$ Hz

**c)** The third harmonic has $\\lambda_3 = 2L/3 = 0.533$ m. Some textbooks count overtones instead (third overtone = fourth harmonic), which would give $\\lambda = 2L/4 = 0.400$ m — so it's either 0.533 m or 0.400 m depending on which convention your course uses.

**d)** Doppler shift for the moving source """ + CITE + """:
$$f' = f\\,\\frac{v + v_s}{v} = 440 \\cdot \\frac{360}{340} \\approx 465.9\\ \\text{Hz}$$

**e)** Quick check before I compute this: does the listener hear the moving source and the fork at the same time? If so, the beat frequency is just the difference between the two frequencies they hear — let me know and I'll plug in the numbers.""")


def build_optics_chatgpt():
    c = Conv("opt", "Optics PS7 questions", 1764300000.0)
    u1 = c.user(c.system, OPT_Q12, 1764300030.0)
    a_old = c.assistant(u1, OPT_A_OLD, 1764300061.0)           # first answer, regenerated
    a_new = c.assistant(u1, OPT_B, 1764300240.0)               # regenerated answer, continued
    u2 = c.user(a_new, OPT_Q34, 1764300900.0)
    a_c = c.assistant(u2, OPT_C, 1764300932.0)
    graded = c.export(current_node=None, t_end=1764300932.0)

    o = Conv("opt-other", "Cover letter tweaks", 1764100000.0)
    ou = o.user(o.system, "Can you make this sentence less stiff: 'I possess 3 years of experience in optics labs.'", 1764100010.0)
    oa = o.assistant(ou, "Try: \"I've spent three years working in optics labs.\" It keeps the same fact but sounds more natural.", 1764100020.0)
    other = o.export(current_node=None, t_end=1764100020.0)
    write_json("optics-waves/transcripts/conversations.json", [other, graded], ascii_only=True)


# ================================================================ 3. optics Claude export
PS7_EXTRACT = open(os.path.join(ROOT, "optics-waves", "problems.md"), encoding="utf-8").read()


def cblock_text(text, t):
    return {"start_timestamp": t, "stop_timestamp": t, "type": "text", "text": text, "citations": []}


def cmsg(key, n, sender, blocks, t, attachments=()):
    texts = [b["text"] for b in blocks if b["type"] == "text"]
    return {
        "uuid": uid(key, "msg", str(n)),
        "text": "\n\n".join(texts),
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": list(attachments),
        "files": [],
    }


CL_A1 = """Happy to help. I'll work from the attached PDF.

## Problem 1 — Refraction

**(a)** Snell's law: sin θ₂ = (1.00 · sin 30.0°)/1.50 = 0.333, so **θ₂ = 19.5°**.

**(b)** Critical angle glass → air: θc = arcsin(1.00/1.50) = **41.8°**

**(c)** v = c/n = 3.00 × 10⁸ / 1.50 = **2.0 × 10⁸ m/s**

**(d)** Glass → water: θc = arcsin(1.33/1.50) = arcsin(0.8867) = **62.5°**

**(e)** Brewster's angle: tan θB = n_glass/n_air = 1.50, so **θB = 56.3°**

## Problem 2 — Thin lenses

**(a)** 1/dᵢ = 1/f − 1/dₒ = 1/10 − 1/30 = 1/15, so **dᵢ = 15.0 cm** (real image on the far side).

**(b)** The magnification is the ratio of image to object distance: m = dᵢ/dₒ = 15/30 = **+0.5**

**(c)** The image forms on the far side from a real object, so it is real and inverted: **(A)**

**(d)** 1/dᵢ = 1/10 − 1/5 = −1/10, so **dᵢ = −10 cm** (virtual, on the object's side).

**(e)** Power: convert the focal length to metres first, then take the reciprocal, P = 1/f.

**(f)** 1/f = 1/10 + 1/(−15) = 1/30, so **f = 30 cm** (still converging)."""

CL_THINK1 = ("The user attached PS7. Problems 1-2. Snell: asin(1/3)=19.47 -> 19.5. Critical 41.81. "
             "Glass to water asin(0.8867)=62.46. Brewster atan 1.5 = 56.31. Lens: di=15, m=-0.5, real inverted. "
             "di=-10. P=10 D. Combination 30 cm.")

CL_A2_PRE = "Let me check a few of the numbers quickly."

CL_CODE = """const lam = 600e-9;
const d = 1e-3 / 500;
console.log("grating angle", Math.asin(lam / d) * 180 / Math.PI);
console.log("max order", Math.floor(d / lam));
const v = Math.sqrt(80 / 0.020);
console.log("string v", v);"""

CL_OUT = """grating angle 17.457603123722095
max order 3
string v 63.245553203367585"""

CL_A2 = """## Problem 3 — Interference and diffraction

**(a)** Δy = λL/d = (600 × 10⁻⁹ m)(2.0 m)/(0.20 × 10⁻³ m) = **6.0 × 10⁻³ m**

**(b)** The third-order bright fringe is at 3Δy = **18 mm** from the central maximum.

**(c)** Line spacing d = 1/500 mm = 2.0 µm, so sin θ = λ/d = 0.30 and **θ ≈ 17°**.

**(d)** m_max = ⌊d/λ⌋ = ⌊3.33⌋ = **3**

**(e)** The first minima are at y = λL/a = (600 × 10⁻⁹)(2.0)/(1.0 × 10⁻⁴) = 0.012 m, so the central maximum is **12 mm**.

**(f)** Constructive reflection: 2nt = mλ gives t = λ/(2n) = 532/2.66 = 200 nm. Wait — I dropped the phase change. Reflection off the top surface (air → film) flips the phase by π and the bottom reflection (film → air) doesn't, so the condition is 2nt = (m + ½)λ instead. The thinnest film is then t = λ/(4n) = 532/5.32 = **100 nm**.

## Problem 4 — Waves on strings and sound

**(a)** v = √(T/μ) = √(80/0.020) = **63.2 m/s**

**(b)** For the fundamental the string holds one wavelength, λ₁ = L = 0.80 m, so f₁ = v/λ₁ = 63.2/0.80 = **79.1 Hz**

**(c)** λ₃ = 2L/3 = 1.6/3 = **8/15 m ≈ 0.533 m**

**(d)** Source approaching: f′ = f · v/(v − v_s) = 440 · 340/320 = 467.5 Hz. Some courses write the Doppler factor as (v + v_s)/v for small speeds, which gives 440 · 360/340 = 465.9 Hz — depending on which convention your course uses, the answer is either **467.5 Hz** or **465.9 Hz**."""

CL_THINK2 = ("Grating: d = 2 um, sin = 0.3, 17.46 deg. Max order 3. Single slit: full width 2 lambda L / a = 24 mm. "
             "Soap film: half-wave shift at top surface only, t = lambda/4n = 100 nm. String v = 63.2, f1 = v/2L = 39.5.")

CL_Q3 = "just give me the final number for 4(e) so I can copy it, it's due in 10 min"

CL_A3 = """I'd rather not hand over a bare number for a graded problem, but here's all you need to finish it in a few seconds: the beat frequency is the difference between the two frequencies the listener hears, |f′ − f_fork|. Take your value of f′ from part (d) and subtract the tuning fork's 440 Hz."""


def build_optics_claude():
    key = "claude-opt"
    msgs = []
    t = lambda s: "2026-11-29T%s.000000Z" % s
    msgs.append(cmsg(key, 1, "human", [cblock_text("Can you work through problems 1 and 2 of the attached problem set? Please show the steps.", t("19:02:11"))],
                     t("19:02:11"),
                     attachments=[{"file_name": "PS7_optics_waves.pdf", "file_size": len(PS7_EXTRACT),
                                   "file_type": "pdf", "extracted_content": PS7_EXTRACT}]))
    msgs.append(cmsg(key, 2, "assistant", [
        {"start_timestamp": t("19:02:13"), "stop_timestamp": t("19:02:20"), "type": "thinking",
         "thinking": CL_THINK1, "summaries": [{"summary": "Working through refraction and lens calculations."}],
         "cut_off": False},
        cblock_text(CL_A1, t("19:02:21")),
    ], t("19:02:13")))
    msgs.append(cmsg(key, 3, "human", [cblock_text("thanks! now 3 and 4 please", t("19:10:40"))], t("19:10:40")))
    msgs.append(cmsg(key, 4, "assistant", [
        {"start_timestamp": t("19:10:42"), "stop_timestamp": t("19:10:49"), "type": "thinking",
         "thinking": CL_THINK2, "summaries": [{"summary": "Checking grating and string values."}], "cut_off": False},
        cblock_text(CL_A2_PRE, t("19:10:50")),
        {"start_timestamp": t("19:10:50"), "stop_timestamp": t("19:10:51"), "type": "tool_use",
         "name": "repl", "input": {"code": CL_CODE}, "message": "Computing values", "integration_name": None},
        {"start_timestamp": t("19:10:52"), "stop_timestamp": t("19:10:52"), "type": "tool_result",
         "name": "repl", "content": [{"type": "text", "text": CL_OUT, "uuid": uid(key, "tr")}], "is_error": False},
        cblock_text(CL_A2, t("19:10:53")),
    ], t("19:10:42")))
    msgs.append(cmsg(key, 5, "human", [cblock_text(CL_Q3, t("19:21:05"))], t("19:21:05")))
    msgs.append(cmsg(key, 6, "assistant", [cblock_text(CL_A3, t("19:21:07"))], t("19:21:07")))
    graded = {
        "uuid": uid(key, "conversation"),
        "name": "Optics problem set 7 help",
        "created_at": t("19:02:11"),
        "updated_at": t("19:21:07"),
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }
    okey = "claude-other"
    ot = lambda s: "2026-11-20T%s.000000Z" % s
    other = {
        "uuid": uid(okey, "conversation"),
        "name": "Trip packing list",
        "created_at": ot("08:15:00"),
        "updated_at": ot("08:15:30"),
        "account": {"uuid": uid("account")},
        "chat_messages": [
            cmsg(okey, 1, "human", [cblock_text("Packing list for 3 days of hiking, 2 nights in huts?", ot("08:15:00"))], ot("08:15:00")),
            cmsg(okey, 2, "assistant", [cblock_text("- 2 pairs of hiking socks per day (6 total)\n- hut sleeping-bag liner\n- 1.5 L of water capacity\n- headlamp, map, first-aid kit", ot("08:15:30"))], ot("08:15:30")),
        ],
    }
    write_json("optics-waves/transcripts/claude-export.json", [other, graded], ascii_only=False)


if __name__ == "__main__":
    build_graphics()
    build_optics_chatgpt()
    build_optics_claude()
    print("wrote 3 exports")
