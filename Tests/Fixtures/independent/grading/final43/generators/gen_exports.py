#!/usr/bin/env python3
"""Writes the five JSON chat exports of the final43 corpus.

Deterministic: fixed ids and timestamps, no randomness; re-running gives byte-identical files.
Usage: python3 generators/gen_exports.py   (paths are relative to this file's parent folder)
"""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def out(rel, obj, **kw):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, **kw)
        f.write("\n")


# ----------------------------------------------------------------------------------------
# ChatGPT export helpers
# ----------------------------------------------------------------------------------------
class Tree:
    def __init__(self, conv_id, t0):
        self.conv_id = conv_id
        self.t = t0
        self.mapping = {}
        self.n = 0
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return f"{self.conv_id[:8]}-{self.n:04d}-4c1e-9a7b-{self.n * 7919:012d}"

    def add(self, parent, role, content, dt=5.0, name=None, recipient="all", meta=None, end_turn=None):
        self.t += dt
        nid = self._id()
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None if role == "user" else round(self.t, 3),
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

    def system(self):
        return self.add(self.root, "system", {"content_type": "text", "parts": [""]}, dt=0.0,
                        meta={"is_visually_hidden_from_conversation": True})

    def user(self, parent, text, dt=5.0):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, dt=dt)

    def asst(self, parent, text, dt=20.0, model="gpt-4o"):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]}, dt=dt,
                        meta={"model_slug": model, "finish_details": {"type": "stop"}}, end_turn=True)

    def thoughts(self, parent, items, dt=3.0, model="o3"):
        return self.add(parent, "assistant", {"content_type": "thoughts",
                        "thoughts": [{"summary": s, "content": c, "finished": True} for s, c in items],
                        "source_analysis_msg_id": None}, dt=dt, meta={"model_slug": model})

    def recap(self, parent, text, dt=1.0, model="o3"):
        return self.add(parent, "assistant", {"content_type": "reasoning_recap", "content": text}, dt=dt,
                        meta={"model_slug": model})

    def code(self, parent, src, dt=4.0, model="gpt-4o"):
        return self.add(parent, "assistant", {"content_type": "code", "language": "python",
                        "response_format_name": None, "text": src}, dt=dt, recipient="python",
                        meta={"model_slug": model})

    def tool_out(self, parent, text, dt=2.0):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": text}, dt=dt,
                        name="python", meta={"aggregate_result": {"status": "success"}})

    def conv(self, title, current=None, with_current=True):
        nodes = [m for m in self.mapping.values() if m["message"]]
        c = {
            "title": title,
            "create_time": min(m["message"]["create_time"] for m in nodes),
            "update_time": max(m["message"]["create_time"] for m in nodes),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            c["current_node"] = current
        c.update({"plugin_ids": None, "conversation_id": self.conv_id, "conversation_template_id": None,
                  "gizmo_id": None, "is_archived": False, "safe_urls": [], "default_model_slug": "gpt-4o",
                  "id": self.conv_id})
        return c


# ----------------------------------------------------------------------------------------
# 1. stress-strain-exam / chatgpt-conversations.json  (graded: "Mechanics of materials PS3")
# ----------------------------------------------------------------------------------------
PS3_USER = """I need help with Problem Set 3 for MECH 2310. Three sig figs and units unless stated otherwise, tension positive.

Question 1. A solid circular steel rod has diameter d = 10 mm and length L = 2.0 m. It carries an axial tensile load P = 15 kN. Take E = 200 GPa and Poisson's ratio ν = 0.30. The rod stays elastic.
(a) Find the normal stress in the rod, in MPa.
(b) Find the elongation of the rod, in mm.
(c) Find the change in the rod's diameter, in μm. Give a signed value (negative for a decrease).

Question 2. A point in a thin plate is in plane stress with σx = 80 MPa, σy = −40 MPa and τxy = 45 MPa.
(a) Find the principal stresses (σ1, σ2) with σ1 ≥ σ2, in MPa.
(b) Find the maximum in-plane shear stress, in MPa.
(c) Find the angle θp (in degrees, to two decimal places, measured counter-clockwise from the x-axis, 0 ≤ θp < 90°) of the plane on which σ1 acts.

Question 3.
(a) Which of the following does not depend on the size or shape of the test specimen? A. the load at yield B. the elongation at fracture C. Young's modulus D. the axial stiffness k = P/δ
(b) True or false: for a linear-elastic isotropic material with ν = 0.5, the volume does not change under small strains.
(c) An aluminium bar (E = 70 GPa, α = 23e-6 /K) is fixed between two rigid walls with no initial stress and is then heated by 40 K. Find the axial stress in the bar, in MPa (negative for compression)."""

PS3_CODE = """import math
d, L, P, E, nu = 0.010, 2.0, 15e3, 200e9, 0.30
A = math.pi*d**2/4
sigma = P/A
eps = sigma/E
print(sigma/1e6, eps*L*1e3, -nu*eps*d*1e6)
sx, sy, txy = 80, -40, 45
R = math.hypot((sx-sy)/2, txy)
print((sx+sy)/2 + R, (sx+sy)/2 - R, R, math.degrees(math.atan2(2*txy, sx-sy))/2)
print(-70e9*23e-6*40/1e6)"""

PS3_OUT = """190.98593171027438 1.9098593171027438 -2.864788975654116
95.0 -55.0 75.0 18.43494882292201
-64.4"""

PS3_OLD = """Here's a quick pass through all three questions.

**Q1** (a) σ = P/A = 15 000 / (π·0.01²/4) ≈ 191 MPa (b) δ = σL/E ≈ 1.91 mm (c) Δd = −νεd ≈ −2.86 μm

**Q2** (a) σ1 = 95 MPa, σ2 = −55 MPa (b) τmax = 75 MPa (c) tan θp = 2τxy/(σx − σy) = 0.75 → θp = 36.87°

**Q3** (a) C (b) False — real materials always change volume a little (c) σ = −64.4 MPa"""

PS3_NEW = """I ran the numbers in Python to avoid arithmetic slips. Here is the full solution.

## Question 1 — axially loaded rod

**(a)** A = πd²/4 = π(0.010 m)²/4 = 7.854 × 10⁻⁵ m²

σ = P/A = 15 000 N / 7.854 × 10⁻⁵ m² = 190.99 × 10⁶ Pa

**σ ≈ 190 MPa** (tension)

**(b)** ε = σ/E = 9.549 × 10⁻⁴, so δ = εL = 9.549 × 10⁻⁴ × 2000 mm

**δ ≈ 1.91 mm**

**(c)** ε_lat = −νε = −2.865 × 10⁻⁴, so Δd = ε_lat · d = −2.865 × 10⁻⁴ × 10 000 μm

**Δd ≈ −2.86 μm** (the rod gets thinner)

## Question 2 — plane stress

Centre C = (σx + σy)/2 = 20 MPa, radius R = √(60² + 45²) = 75 MPa.

**(a)** **σ1 = 95 MPa, σ2 = −55 MPa**

**(b)** **τ_max,in-plane = R = 75 MPa**

**(c)** tan 2θp = 2τxy/(σx − σy) = 90/120 = 0.75 ⇒ 2θp = 36.87°

**θp = 18.43°** (counter-clockwise from x; substituting back gives σ = 95 MPa, so this is the σ1 plane)

## Question 3 — short questions

**(a)** **C** — Young's modulus is a material property; load at yield, elongation at fracture and stiffness all depend on the specimen's area or length.

**(b)** **True.** ΔV/V = (1 − 2ν)(σx + σy + σz)/E = 0 when ν = 0.5.

**(c)** The walls suppress the free thermal strain αΔT = 9.2 × 10⁻⁴, so

σ = −EαΔT = −(70 000 MPa)(9.2 × 10⁻⁴)

**σ = −64.4 MPa** (compression)

| Part | Answer |
|---|---|
| 1(a) | 190 MPa |
| 1(b) | 1.91 mm |
| 1(c) | −2.86 μm |
| 2(a) | (95, −55) MPa |
| 2(b) | 75 MPa |
| 2(c) | 18.43° |
| 3(a) | C |
| 3(b) | True |
| 3(c) | −64.4 MPa |"""

PS3_FOLLOW_U = "for 3c, what would it be if the bar were steel instead (E = 200 GPa, α = 12e-6 /K)? just curious"
PS3_FOLLOW_A = """For a steel bar under the same conditions:

σ = −EαΔT = −(200 000 MPa)(12 × 10⁻⁶)(40) = **−96 MPa**

Steel is about three times stiffer but expands only about half as much per kelvin, so the stress is about 1.5 times larger than for the aluminium bar in 3(c), which stays at −64.4 MPa."""


def stress_strain():
    # unrelated conversation first
    u = Tree("6a11c0de-0a3b-8005-b1d2-111111111111", 1764700000.0)
    s = u.system()
    q = u.user(s, "scale this recipe from 4 servings to 12: 250 g flour, 2 eggs, 180 ml milk, 1 tbsp sugar")
    a = u.asst(q, "Multiply everything by 3:\n\n- 750 g flour\n- 6 eggs\n- 540 ml milk\n- 3 tbsp sugar")
    other = u.conv("Recipe scaling", a)

    t = Tree("6931b7f2-5c10-8005-a9e4-222222222222", 1764790000.0)
    s = t.system()
    q = t.user(s, PS3_USER)
    # first (regenerated-away) answer
    old = t.asst(q, PS3_OLD, dt=25.0)
    # current branch: regenerated with reasoning + python
    th = t.thoughts(q, [("Plan", "Compute area, stress, strain; Mohr's circle for Q2; check whether tan gives 2θ or θ."),
                        ("Checking Q3(b)", "With ν = 0.5 the volumetric strain factor (1 − 2ν) vanishes, so the statement is true for the model.")], dt=300.0)
    rc = t.recap(th, "Thought for 14 seconds")
    c = t.code(rc, PS3_CODE)
    o = t.tool_out(c, PS3_OUT)
    a = t.asst(o, PS3_NEW)
    q2 = t.user(a, PS3_FOLLOW_U, dt=120.0)
    a2 = t.asst(q2, PS3_FOLLOW_A)
    graded = t.conv("Mechanics of materials PS3", a2)
    out("stress-strain-exam/transcripts/chatgpt-conversations.json", [graded, other], ensure_ascii=False)


# ----------------------------------------------------------------------------------------
# 2. net-throughput-md / chatgpt-export-no-current.json  (no current_node; latest leaf graded)
# ----------------------------------------------------------------------------------------
NET_USER = """CSCI 3510 hw4, please solve all parts. 1 Mbps = 10^6 bit/s, 1 kB = 1000 B. Ignore processing/queueing, headers and ACK transmission time.

Q1 Host A sends 1500-byte packets to host B over one 100 Mbps link, 3000 km long, propagation speed 2 × 10^8 m/s.
a) transmission delay of one packet, microseconds
b) one-way propagation delay, ms
c) taking RTT = twice the propagation delay, bandwidth–delay product in bytes

Q2 Same link. ACK arrives one RTT after the packet's last bit leaves the sender.
a) stop-and-wait: fraction of time the link is busy, decimal to 3 sig figs
b) sliding window: smallest window in packets that keeps the link 100% busy

Q3 throughput ≈ (MSS/RTT)·sqrt(3/(2p))
a) MSS = 1460 bytes, RTT = 80 ms, p = 10^-4: throughput in Mbps (3 s.f.)
b) RTT doubles and p becomes 4x larger → throughput multiplied by (A) 1/2 (B) 1/4 (C) 1/8 (D) 1
c) True/false: upgrading the Q1 link from 100 Mbps to 1 Gbps reduces the one-way propagation delay."""

NET_OLD = """**Q1** a) 1500·8/10⁸ = 1.2 × 10⁻⁴ s = **120 µs** b) 3 × 10⁶/2 × 10⁸ = **15 ms** c) 10⁸ × 0.03 / 8 = **375,000 bytes**

**Q2** a) U = 0.12/(0.12 + 30) = **0.00398** b) W = 30.12/0.12 = **251 packets**

**Q3** a) 146,000 × √15,000 ≈ **17.9 Mbps** b) **B** c) **False** — propagation delay doesn't depend on bandwidth."""

NET_NEW = """## Q1

**a)** Transmission delay = packet bits / link rate:

$$d_t = \\frac{1500 \\times 8}{100 \\times 10^6} = 1.2 \\times 10^{-4}\\,\\text{s}$$

**d_t = 120 µs**

**b)** Propagation delay = distance / speed:

$$d_p = \\frac{3000 \\times 10^3}{2 \\times 10^8} = 0.015\\,\\text{s}$$

**d_p = 15 ms**

**c)** The bandwidth–delay product is how many bits are "in flight" on the link:

$$\\text{BDP} = R \\times d_p = 10^8 \\times 0.015 = 1.5 \\times 10^6\\ \\text{bits}$$

**BDP = 187,500 bytes**

## Q2

**a)** One cycle lasts d_t + RTT = 0.12 ms + 30 ms = 30.12 ms, and the link is busy for only 0.12 ms of it:

$$U = \\frac{0.12}{30.12} = 0.003984$$

**U ≈ 0.398%**

**b)** To stay busy for the whole 30.12 ms cycle the sender needs

$$W = \\frac{30.12}{0.12} = 251$$

**W = 251 packets**

## Q3

**a)** MSS/RTT = 11,680 bit / 0.080 s = 146,000 bit/s and √(3/(2 × 10⁻⁴)) = √15,000 ≈ 122.47:

$$\\text{throughput} \\approx 146{,}000 \\times 122.47 \\approx 1.788 \\times 10^7\\ \\text{bit/s}$$

**≈ 17.9 Mbps**

**b)** Throughput ∝ 1/(RTT·√p): doubling RTT gives ½, and √4 = 2 gives another ½, so the factor is ¼.

**Answer: (B)**

I'll stop here for now — let me know if you want me to go through 3(c) as well."""


def net_no_current():
    t = Tree("67b4e0a9-1d2c-8005-8f3e-333333333333", 1771450000.0)
    s = t.system()
    q = t.user(s, NET_USER)
    old = t.asst(q, NET_OLD, dt=18.0, model="gpt-4o")
    th = t.thoughts(q, [("Bandwidth-delay", "Problem says RTT = 2 × prop, so BDP = R × RTT ... 375,000 B. Keep units straight."),
                        ("Window", "Cycle = d_t + RTT = 30.12 ms; W = 251.")], dt=240.0, model="o4-mini")
    rc = t.recap(th, "Thought for 9 seconds", model="o4-mini")
    new = t.asst(rc, NET_NEW, dt=15.0, model="o4-mini")
    conv = t.conv("Networks HW4 throughput", with_current=False)
    # this export keeps `children` lists and only lacks current_node
    out("net-throughput-md/transcripts/chatgpt-export-no-current.json", [conv], ensure_ascii=False, indent=1)


# ----------------------------------------------------------------------------------------
# 3. star-magnitudes / chatgpt-conversations.json  (graded: "ASTR 201 HW5 magnitudes")
# ----------------------------------------------------------------------------------------
C1, C2, C3 = "\ue200", "\ue202", "\ue201"
AST_USER = """ASTR 201 Homework 5 — Magnitudes and Distances. Use m − M = 5 log10(d/10 pc) + A (A ≥ 0 is the extinction) and F1/F2 = 10^(−0.4(m1 − m2)). At least three significant figures.

Exercise 5.1 Star A has apparent magnitude m_A = 2.5 and star B has m_B = 7.5.
(a) What is the flux ratio F_A/F_B?
(b) Star A is at a distance of 25 pc (no extinction).
(i) Find the absolute magnitude M_A.
(ii) If star B has the same absolute magnitude as star A, how far away is star B, in pc?

Exercise 5.2 A Cepheid variable whose period–luminosity relation gives M = −3.0 is observed at m = 17.0.
(a) Ignoring extinction, find its distance in kpc.
(b) Dust along the line of sight dims it by A = 0.5 mag. Find the corrected distance in kpc.
(c) Write the distance d (in pc) as a formula in m, M and A.

Exercise 5.3 A visual binary that cannot be resolved by eye has components of apparent magnitude 3.0 and 4.0. What is the apparent magnitude of the combined light?"""

AST_CODE = """import math
d = lambda m, M, A=0: 10**((m - M - A + 5)/5)
MA = 2.5 + 5*math.log10(25/10)
print(10**(0.4*5), MA, d(7.5, MA))
print(d(17, -3)/1e3, d(17, -3, -0.5)/1e3)
print(-2.5*math.log10(10**-1.2 + 10**-1.6))"""

AST_OUT = """100.0 4.4897000433601875 40.00000000000001
100.0 125.89254117941675
2.636148842226766"""

AST_ANS = """I checked the arithmetic with a short script. The magnitude system is logarithmic with 5 magnitudes corresponding to a flux factor of exactly 100 (Pogson's definition) @C1@cite@C2@turn0search2@C3@.

### Exercise 5.1

**(a)** F_A/F_B = 10^(−0.4(2.5 − 7.5)) = 10²

**F_A/F_B = 100**

**(b)(i)** For a star at 25 pc the distance term is 5 log₁₀(25/10) = 1.990:

M_A = m_A + 5 log₁₀(d/10) = 2.5 + 1.990

**M_A ≈ 4.49**

**(b)(ii)** Star B has the same absolute magnitude, so m_B − M_A = 3.010:

d_B = 10^((3.010 + 5)/5) pc = 10^1.602 pc

**d_B ≈ 40.0 pc**

### Exercise 5.2

**(a)** m − M = 20.0 ⇒ d = 10^((20 + 5)/5) pc = 10⁵ pc

**d = 100 kpc**

**(b)** Extinction enters the distance modulus as m − M = 5 log₁₀(d/10) − A, so with A = 0.5 mag the effective modulus is 20.5:

d = 10^(25.5/5) pc = 10^5.1 pc ≈ 1.259 × 10⁵ pc

**d ≈ 125.9 kpc**

**(c)** Solving m − M = 5 log₁₀(d/10 pc) + A for d:

$$d = 10^{(m - M - A + 5)/5}\\ \\text{pc}$$

### Exercise 5.3

Convert to fluxes, add, convert back @C1@cite@C2@turn0search5@C3@:

F = 10^(−1.2) + 10^(−1.6) = 0.06310 + 0.02512 = 0.08821

m = −2.5 log₁₀(0.08821)

**m ≈ 2.64**""".replace("@C1@", C1).replace("@C2@", C2).replace("@C3@", C3)


def star_chatgpt():
    u1 = Tree("68f0a2c4-77aa-8005-9d10-444444444444", 1761000000.0)
    s = u1.system()
    q = u1.user(s, "what's a good telescope for a beginner under $300")
    a = u1.asst(q, f"A 6-inch Dobsonian reflector is the usual recommendation {C1}cite{C2}turn0search0{C3}: large aperture for the price, simple to set up, no motorised mount to fiddle with.")
    other1 = u1.conv("Beginner telescope", a)

    t = Tree("6944d1e8-0b7f-8005-a3c2-555555555555", 1765600000.0)
    s = t.system()
    q = t.user(s, AST_USER)
    c = t.code(q, AST_CODE, dt=6.0)
    o = t.tool_out(c, AST_OUT)
    a = t.asst(o, AST_ANS, dt=25.0)
    q2 = t.user(a, "thanks!!", dt=60.0)
    a2 = t.asst(q2, "You're welcome — good luck with the homework! ✨", dt=3.0)
    graded = t.conv("ASTR 201 HW5 magnitudes", a2)

    u2 = Tree("694500aa-3e21-8005-b7b7-666666666666", 1765700000.0)
    s = u2.system()
    q = u2.user(s, "convert 17.0 magnitude to flux relative to Vega")
    a = u2.asst(q, "F/F_Vega = 10^(−0.4 × 17.0) = 10^(−6.8) ≈ 1.58 × 10⁻⁷")
    other2 = u2.conv("Magnitude to flux", a)
    out("star-magnitudes/transcripts/chatgpt-conversations.json", [other2, graded, other1], ensure_ascii=False)


# ----------------------------------------------------------------------------------------
# Claude export helpers
# ----------------------------------------------------------------------------------------
def cmsg(uuid, sender, ts, blocks, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", ts)
        b.setdefault("stop_timestamp", ts)
        b.setdefault("citations", []) if b["type"] == "text" else None
        content.append(b)
    return {"uuid": uuid, "text": text, "content": content, "sender": sender, "created_at": ts,
            "updated_at": ts, "attachments": attachments or [], "files": []}


def T(s):
    return {"type": "text", "text": s}


def THINK(s):
    return {"type": "thinking", "thinking": s, "summaries": [], "cut_off": False}


# ----------------------------------------------------------------------------------------
# 4. net-throughput-md / claude-export.json  (graded: "Networking homework 4")
# ----------------------------------------------------------------------------------------
NET_MD = open(os.path.join(ROOT, "net-throughput-md", "problems.md"), encoding="utf-8").read()

NET_CLAUDE_1 = """I'll go through the homework question by question.

## Question 1

**a)** Transmission delay:
$$d_{trans} = \\frac{1500 \\times 8\\ \\text{bits}}{100 \\times 10^6\\ \\text{bits/s}} = 120\\ \\mu\\text{s}$$

**b)** Propagation delay:
$$d_{prop} = \\frac{3 \\times 10^6\\ \\text{m}}{2 \\times 10^8\\ \\text{m/s}} = 15\\ \\text{ms}$$

**c)** With RTT = 30 ms:
$$\\text{BDP} = 100 \\times 10^6 \\times 0.030 = 3 \\times 10^6\\ \\text{bits} = 375{,}000\\ \\text{bytes}$$"""

NET_CLAUDE_2 = """## Question 2

**a)** The calculation above gives the stop-and-wait utilization:
$$U = \\frac{d_{trans}}{d_{trans} + RTT} = \\frac{0.12}{30.12} \\approx 0.00398$$
So the link is busy only about 0.4% of the time.

**b)** The window has to cover all the data that fits in the pipe during one RTT:
$$W = \\frac{\\text{BDP}}{\\text{packet size}} = \\frac{375{,}000}{1500} = 250$$
**Minimum window: 250 packets.**

## Question 3

**a)** MSS/RTT = 146,000 bit/s and √(3/(2p)) = √15,000 ≈ 122.47, so the throughput is either ≈ **17.9 Mbps** (taking MSS = 1460 bytes as given) or ≈ **18.4 Mbps** if you count the 40 bytes of TCP/IP headers in each segment (1500-byte packets on the wire). Both readings of "MSS" show up in course materials.

**b)** Throughput ∝ 1 / (RTT · √p). Doubling RTT gives a factor of 1/2 and quadrupling p gives 1/√4 = 1/2, so the total factor is 1/4 — **(B)**.

**c)** **False.** Propagation delay is distance divided by signal speed (15 ms here regardless of the bit rate). A faster link only shortens the transmission delay, from 120 µs to 12 µs."""


def net_claude():
    att = [{"file_name": "hw4.md", "file_size": len(NET_MD.encode("utf-8")), "file_type": "text/markdown",
            "extracted_content": NET_MD}]
    msgs = [
        cmsg("0b9d1c52-6f7e-4a31-8e4a-7a1b2c3d4e01", "human", "2026-02-19T18:20:11.402391Z",
             [T("Can you solve this? Show the main steps please.")], att),
        cmsg("0b9d1c52-6f7e-4a31-8e4a-7a1b2c3d4e02", "assistant", "2026-02-19T18:20:39.118205Z",
             [THINK("Q1: 12,000 bits / 1e8 = 120 us. 3e6/2e8 = 15 ms. RTT 30 ms so BDP = 3e6 bits = 375,000 B. "
                    "Q2 a: 0.12/30.12. Window: 30.12/0.12 = 251, or BDP/1500 = 250? I'll compute both with the tool."),
              T(NET_CLAUDE_1),
              {"type": "tool_use", "name": "repl", "id": "toolu_01Xq3TnN4mVfR2aK8bLc9pQe",
               "input": {"code": "const dt = 1500*8/100e6, rtt = 0.030;\nconsole.log(dt/(dt+rtt), (dt+rtt)/dt, 100e6*rtt/8/1500);\nconsole.log(1460*8/0.08*Math.sqrt(3/(2e-4))/1e6, 1500*8/0.08*Math.sqrt(3/(2e-4))/1e6);"}},
              {"type": "tool_result", "name": "repl", "tool_use_id": "toolu_01Xq3TnN4mVfR2aK8bLc9pQe", "is_error": False,
               "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"0.00398406374501992 251.00000000000003 250\",\"17.8812751223172 18.371172704435485\"]}"}]},
              T(NET_CLAUDE_2)]),
        cmsg("0b9d1c52-6f7e-4a31-8e4a-7a1b2c3d4e03", "human", "2026-02-19T18:31:02.771514Z",
             [T("for 1c, would the answer change if they'd said to use one-way delay?")]),
        cmsg("0b9d1c52-6f7e-4a31-8e4a-7a1b2c3d4e04", "assistant", "2026-02-19T18:31:15.030877Z",
             [T("Yes — with the one-way delay you'd get 10⁸ × 0.015 / 8 = 187,500 bytes. But your homework explicitly says "
                "to use RTT = twice the propagation delay, so 375,000 bytes is the answer for 1c.")]),
    ]
    graded = {"uuid": "c4f1e2d3-0a9b-4c8d-9e7f-111122223333", "name": "Networking homework 4",
              "created_at": "2026-02-19T18:20:11.402391Z", "updated_at": "2026-02-19T18:31:15.030877Z",
              "account": {"uuid": "a0a0a0a0-0000-4000-8000-000000000001"}, "chat_messages": msgs}
    other = {"uuid": "d5e6f7a8-1b2c-4d3e-8f9a-444455556666", "name": "Cover letter edits",
             "created_at": "2026-02-17T09:02:44.000001Z", "updated_at": "2026-02-17T09:05:10.500000Z",
             "account": {"uuid": "a0a0a0a0-0000-4000-8000-000000000001"},
             "chat_messages": [
                 cmsg("e1e1e1e1-0000-4000-8000-00000000a001", "human", "2026-02-17T09:02:44.000001Z",
                      [T("Can you make the first paragraph of my cover letter less stiff? 'I am writing to apply for the position of network intern.'")]),
                 cmsg("e1e1e1e1-0000-4000-8000-00000000a002", "assistant", "2026-02-17T09:05:10.500000Z",
                      [T("Try: \"I'd love to join your team as a network intern this summer.\"")]),
             ]}
    out("net-throughput-md/transcripts/claude-export.json", [other, graded], ensure_ascii=False, indent=2)


# ----------------------------------------------------------------------------------------
# 5. star-magnitudes / claude-data-export.json  (single conversation)
# ----------------------------------------------------------------------------------------
AST_TEX = open(os.path.join(ROOT, "star-magnitudes", "problems.tex"), encoding="utf-8").read()

STAR_CLAUDE_1 = """Here are the solutions.

**Exercise 5.1**

(a) $F_A/F_B = 10^{-0.4(2.5 - 7.5)} = 10^{2} = 100$

(b)(i) $M_A = m_A - 5\\log_{10}(25/10) = 2.5 - 1.99 = 0.51$

(b)(ii) With $M_B = M_A$, $m_B - M_B = 6.99$, so $d_B = 10^{(6.99 + 5)/5} = 10^{2.398} \\approx 250$ pc.

**Exercise 5.2**

(a) $\\mu = 17.0 - (-3.0) = 20.0 \\Rightarrow d = 10^{(20+5)/5} = 10^5$ pc $= 100$ kpc.

(b) Subtract the extinction before converting: $m - M - A = 19.5$, so $d = 10^{24.5/5} = 10^{4.9} \\approx 79{,}433$ pc $\\approx 79.4$ kpc. Dust makes the star look farther than it is, so the corrected distance is smaller.

(c) Rearranging $m - M = 5\\log_{10}(d/10) + A$:
$$d = 10^{(m - M + 5 - A)/5}\\ \\text{pc}$$

**Exercise 5.3**

The combined magnitude is just the average of the two, $m = 3.5$.

Wait — that's not right: magnitudes are logarithmic, so I have to add the fluxes, not average the magnitudes.

$F_1 + F_2 \\propto 10^{-1.2} + 10^{-1.6} = 0.06310 + 0.02512 = 0.08821$

$m = -2.5\\log_{10}(0.08821) \\approx 2.64$

**Summary**

| Exercise | Answer |
|---|---|
| 5.1(a) | 100 |
| 5.1(b)(i) | 0.51 |
| 5.1(b)(ii) | 250 pc |
| 5.2(a) | 100 kpc |
| 5.2(b) | 79.4 kpc |
| 5.2(c) | $d = 10^{(m - M + 5)/5}$ pc |
| 5.3 | 2.64 |"""


def star_claude():
    att = [{"file_name": "astr201_hw5.tex", "file_size": len(AST_TEX.encode("utf-8")), "file_type": "text/x-tex",
            "extracted_content": AST_TEX}]
    msgs = [
        cmsg("7f3a9c10-2b44-4e15-9a6d-5c0e1f2a3b01", "human", "2026-03-03T01:14:55.120033Z",
             [T("hw 5 for astronomy, attached. can you do all of it?")], att),
        cmsg("7f3a9c10-2b44-4e15-9a6d-5c0e1f2a3b02", "assistant", "2026-03-03T01:15:31.884120Z",
             [THINK("Pogson: 5 mag = factor 100. M_A = 2.5 - 5 log10(2.5) = 0.5103. d_B = 25 * 10 = 250 pc. "
                    "Cepheid mu = 20 -> 100 kpc; with A = 0.5, 10^4.9 = 79.43 kpc. Binary: fluxes add."),
              T(STAR_CLAUDE_1)]),
        cmsg("7f3a9c10-2b44-4e15-9a6d-5c0e1f2a3b03", "human", "2026-03-03T01:22:07.410256Z",
             [T("my TA said extinction should make the star closer than 100 kpc, is 79.4 consistent with that?")]),
        cmsg("7f3a9c10-2b44-4e15-9a6d-5c0e1f2a3b04", "assistant", "2026-03-03T01:22:19.002871Z",
             [T("Yes. Without dust we'd attribute all 20 magnitudes of the distance modulus to distance and get 100 kpc. "
                "Half a magnitude of that dimming is really dust, so the true distance is smaller: 79.4 kpc for 5.2(b) is consistent with what your TA said.")]),
    ]
    conv = {"uuid": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "ASTR 201 HW5",
            "created_at": "2026-03-03T01:14:55.120033Z", "updated_at": "2026-03-03T01:22:19.002871Z",
            "account": {"uuid": "b1b1b1b1-0000-4000-8000-000000000002"}, "chat_messages": msgs}
    out("star-magnitudes/transcripts/claude-data-export.json", [conv], ensure_ascii=True, indent=2)


if __name__ == "__main__":
    stress_strain()
    net_no_current()
    star_chatgpt()
    net_claude()
    star_claude()
    print("wrote 5 exports")
