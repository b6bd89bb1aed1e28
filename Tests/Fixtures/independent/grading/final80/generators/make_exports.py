#!/usr/bin/env python3
"""Writes the three data-export transcripts of this corpus.

Deterministic: fixed ids and timestamps, no randomness; re-running gives byte-identical files.
  ocean-waves/transcripts/chatgpt-export.json            ChatGPT conversations.json (current_node set)
  radiocarbon/transcripts/claude-export.json             Claude data export
  subnetting/transcripts/chatgpt-export-nocurrent.json   ChatGPT conversations.json without current_node
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CITE = "\ue200cite\ue202turn0search0\ue201"


def write(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2))
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, prefix, t0):
        self.prefix, self.t0, self.n = prefix, t0, 0
        self.mapping = {}
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return f"{self.prefix}-{self.n:04d}-4c1e-9a7b-{self.n * 7919:012d}"

    def add(self, parent, role, content, dt, recipient="all", extra_meta=None, end_turn=None):
        nid = self._id()
        meta = {"model_slug": "gpt-4o"} if role == "assistant" else {}
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": "python" if role == "tool" else None, "metadata": {}},
            "create_time": self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def conversation(title, tree, t_update, current=None, conv_id=None):
    conv = {
        "title": title,
        "create_time": tree.t0,
        "update_time": t_update,
        "mapping": tree.mapping,
    }
    if current is not None:
        conv["current_node"] = current
    conv["conversation_id"] = conv_id
    conv["default_model_slug"] = "gpt-4o"
    conv["is_archived"] = False
    return conv


# ---------------------------------------------------------------- ocean-waves export
OCEAN_Q = """Physical oceanography PS4, g = 9.81 m/s^2. The linear dispersion relation is ω² = g k tanh(kh).

Problem 1 (deep-water swell) A swell arrives at the coast with period T = 12 s. Treat it as a deep-water wave.
(a) Find its wavelength L in metres, rounded to 0.1 m.
(b) Find its phase speed c in m/s, rounded to 0.01 m/s.
(c) Find its group speed c_g in m/s, rounded to 0.01 m/s.

Problem 2 (tsunami) A tsunami crosses an ocean basin of uniform depth h = 4000 m.
(a) Find its speed in m/s, rounded to 0.1 m/s.
(b) How long does it take to travel 1500 km? Give the time in hours, rounded to 0.01 h.

Problem 3 (waves on a shelf) A wave of period T = 8 s propagates over a shelf of depth h = 10 m.
(a) Using h/L (with the true wavelength), classify the wave: (A) deep-water (B) intermediate-depth (C) shallow-water
(b) Solve the full dispersion relation for the wavelength L in metres, rounded to 0.1 m.

Problem 4 Starting from the dispersion relation, write the deep-water phase speed c as a function of the wavenumber k and g only."""

OCEAN_OLD = r"""Here are the solutions.

**1(a)** $L = gT^2/2\pi = 224.8$ m
**1(b)** $c = gT/2\pi = 18.74$ m/s
**1(c)** $c_g = c/2 = 9.37$ m/s
**2(a)** $c = \sqrt{gh} = 198.1$ m/s
**2(b)** $t = 1.5\times10^6/198.1 = 7572$ s $= 2.10$ h
**3(a)** (C) shallow-water, since $h/L_0 = 0.10$ is small.
**3(b)** $L \approx T\sqrt{gh} = 79.2$ m
**4** $c = \sqrt{g/k}$"""

OCEAN_CODE = """import math
g, T, h = 9.81, 8.0, 10.0
L0 = g*T**2/(2*math.pi)
L = L0
for _ in range(200):
    L = L0*math.tanh(2*math.pi*h/L)
print(round(L0, 3), round(L, 3), round(h/L, 4))"""

OCEAN_FINAL = r"""## Problem 1 — Deep-water swell (T = 12 s)

For deep water, $\tanh(kh)\to 1$, so $\omega^2 = gk$ and

$$L = \frac{gT^2}{2\pi},\qquad c = \frac{L}{T} = \frac{gT}{2\pi},\qquad c_g = \frac{c}{2}.$$

**(a)** $L = \dfrac{9.81\times 144}{2\pi} = 224.83$ m, so $\boxed{L = 224.8\ \text{m}}$

**(b)** $c = \dfrac{9.81\times 12}{2\pi} = 18.736$ m/s, so $\boxed{c = 18.74\ \text{m/s}}$

**(c)** $c_g = \tfrac12(18.736) = 9.368$, so $\boxed{c_g = 9.36\ \text{m/s}}$

## Problem 2 — Tsunami (h = 4000 m)

**(a)** Shallow-water waves travel at $c=\sqrt{gh}$:
$$c = \sqrt{9.81\times 4000} = 198.09\ \text{m/s}\ \Rightarrow\ \boxed{198.1\ \text{m/s}}$$

**(b)** $t = \dfrac{1{,}500{,}000\ \text{m}}{198.09\ \text{m/s}} = 7572\ \text{s}$, and $7572/3600$ gives $\boxed{t = 2.10\ \text{h}}$

## Problem 3 — Shelf (T = 8 s, h = 10 m)

Solving $L = L_0\tanh(2\pi h/L)$ numerically (see the calculation above) gives $L_0 = 99.92$ m and $L = 70.90$ m, so $h/L = 0.141$.

**(a)** $1/20 < 0.141 < 1/2$, so the wave is in **(B) intermediate depth**. (A shallow-water estimate $T\sqrt{gh} = 79.2$ m would overestimate $L$ by about 12 %.)

**(b)** $\boxed{L = 70.9\ \text{m}}$

## Problem 4

With $\omega^2 = gk$ and $c = \omega/k$:
$$c = \frac{\sqrt{gk}}{k} = \boxed{\sqrt{\dfrac{g}{k}}}$$

Deep-water waves are therefore dispersive: longer waves (smaller $k$) travel faster """ + CITE + "."


def ocean_export():
    t = Tree("a31f0c2e", 1760001000.0)
    sys_ = t.add(t.root, "system", text(""), 0.0, extra_meta={"is_visually_hidden_from_conversation": True})
    u1 = t.add(sys_, "user", text(OCEAN_Q), 10.0)
    t.add(u1, "assistant", text(OCEAN_OLD), 25.0, end_turn=True)  # first answer, later regenerated
    th = t.add(u1, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Deep-water formulas", "content": "L = gT^2/2pi ~ 224.8 m, c ~ 18.74 m/s, c_g about 9.4."},
            {"summary": "Shelf case", "content": "h/L0 = 0.1 looks shallow but need true L; iterate the dispersion relation; guess ~ 79 m first."},
        ],
        "source_analysis_msg_id": None,
    }, 300.0)
    rr = t.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, 301.0)
    code = t.add(rr, "assistant", {"content_type": "code", "language": "python", "response_format_name": None, "text": OCEAN_CODE},
                 302.0, recipient="python")
    out = t.add(code, "tool", {"content_type": "execution_output", "text": "99.924 70.898 0.141"}, 304.0)
    final = t.add(out, "assistant", text(OCEAN_FINAL), 320.0, end_turn=True)
    graded = conversation("Ocean waves PS4 help", t, 1760001320.0, current=final,
                          conv_id="68e8a1f0-1d2c-8003-9a41-0c5b7e2d44aa")

    o = Tree("b77d9e10", 1759900000.0)
    s = o.add(o.root, "system", text(""), 0.0)
    q = o.add(s, "user", text("how many grams is a cup of flour"), 5.0)
    a = o.add(q, "assistant", text("A US cup of all-purpose flour weighs about **120–125 g** when spooned and levelled."), 8.0,
              end_turn=True)
    other = conversation("Flour cup to grams", o, 1759900008.0, current=a, conv_id="68e6f0aa-5b3e-8003-b2d0-77aa19c03e51")
    write("ocean-waves/transcripts/chatgpt-export.json", [graded, other])


# ---------------------------------------------------------------- subnetting export (no current_node)
SUB_Q1 = """Handout 5 -- IPv4 addressing and subnetting. Work without a subnet calculator. "Usable host addresses" excludes the network and broadcast addresses.

Exercise 5.1  A host is configured as 192.168.37.150/27.
  a) What is the network address of its subnet?
  b) What is the broadcast address of its subnet?
  c) How many usable host addresses does the subnet have?
Exercise 5.2  How many usable host addresses are there in a single /22 network?

start with these two"""

SUB_A1 = """**Exercise 5.1**

A /27 leaves 32 − 27 = 5 host bits, so each subnet is a block of 2⁵ = 32 addresses. In the last octet the blocks start at 0, 32, 64, 96, 128, 160, 192, 224 """ + CITE + """.

150 lies in the block 128–159.

a) Network address: **192.168.37.128**
b) Broadcast address: **192.168.37.159**
c) Usable hosts: 32 − 2 = **30**

**Exercise 5.2**

A /22 has 10 host bits: 2¹⁰ = 1024 addresses, minus network and broadcast → **1022 usable hosts**."""

SUB_Q2_OLD = """now 5.3 and 5.4
Exercise 5.3  An organisation owns 10.20.0.0/16 and splits it into equal-sized subnets, each of which must hold at least 500 hosts. Use as many subnets as possible. a) What prefix length should each subnet use? b) How many such subnets are there? c) Write the subnet mask in dotted-decimal notation.
Exercise 5.4  Which address lies in the network 172.16.64.0/18? A. 172.16.63.255 B. 172.16.127.1 C. 172.16.128.0 D. 172.16.0.64"""

SUB_A2_OLD = """**Exercise 5.3**

a) 2⁹ − 2 = 510 ≥ 500, so 9 host bits → **/23**
b) 2^(23−16) = **128** subnets
c) **255.255.254.0**

**Exercise 5.4**

The /18 block starting at 172.16.64.0 ends at 172.16.128.0, so the answer is **C**."""

SUB_Q2_NEW = SUB_Q2_OLD.replace("now 5.3 and 5.4", "now 5.3 and 5.4, and please check the numbers with code")

SUB_CODE = """import ipaddress, math
need = 500
host_bits = need.bit_length() + 1   # +1 for network and broadcast
prefix = 32 - host_bits
print(host_bits, prefix, 2**(prefix-16), ipaddress.ip_network(f"10.20.0.0/{prefix}").netmask)
net = ipaddress.ip_network("172.16.64.0/18")
for a in ["172.16.63.255", "172.16.127.1", "172.16.128.0", "172.16.0.64"]:
    print(a, ipaddress.ip_address(a) in net)"""

SUB_OUT = """10 22 64 255.255.252.0
172.16.63.255 False
172.16.127.1 True
172.16.128.0 False
172.16.0.64 False"""

SUB_A2_NEW = """Here's what the check gives.

**Exercise 5.3**

Each subnet must hold at least 500 hosts, plus the network and broadcast addresses, so we need 10 host bits.

- **a)** Prefix length: **/22**
- **b)** Number of subnets: 2^(22 − 16) = **64**
- **c)** Subnet mask: **255.255.252.0**

Each /22 subnet then has 1022 usable addresses, comfortably above 500.

**Exercise 5.4**

172.16.64.0/18 covers 172.16.64.0 – 172.16.127.255, and the membership test confirms it: the answer is **B. 172.16.127.1**."""


def subnet_export():
    t = Tree("c5e2b4a9", 1761300000.0)
    u1 = t.add(t.root, "user", text(SUB_Q1), 0.0)
    a1 = t.add(u1, "assistant", text(SUB_A1), 12.0, end_turn=True)
    u2 = t.add(a1, "user", text(SUB_Q2_OLD), 200.0)
    t.add(u2, "assistant", text(SUB_A2_OLD), 210.0, end_turn=True)
    u2b = t.add(a1, "user", text(SUB_Q2_NEW), 400.0)  # edited message -> new branch
    code = t.add(u2b, "assistant", {"content_type": "code", "language": "python", "response_format_name": None, "text": SUB_CODE},
                 405.0, recipient="python")
    out = t.add(code, "tool", {"content_type": "execution_output", "text": SUB_OUT}, 407.0)
    t.add(out, "assistant", text(SUB_A2_NEW), 420.0, end_turn=True)
    graded = conversation("Subnetting handout 5", t, 1761300420.0, current=None, conv_id="68fb11c0-7a2e-8003-a0f3-5d1c2b9e8f70")

    o = Tree("d0a4f6b1", 1761200000.0)
    q = o.add(o.root, "user", text("what's a good name for a home wifi network"), 0.0)
    o.add(q, "assistant", text("Some fun options: **Pretty Fly for a WiFi**, **Bill Wi the Science Fi**, or **LAN Solo**."), 4.0,
          end_turn=True)
    other = conversation("Wifi name ideas", o, 1761200004.0, current=None, conv_id="68f9d2b0-33c1-8003-8e55-1b0a9c7d6e21")
    write("subnetting/transcripts/chatgpt-export-nocurrent.json", [other, graded])


# ---------------------------------------------------------------- Claude export
RC_ATTACH = """GEOL 3310 --- Geochronology  Homework 6: Radiocarbon dating
Unless a part says otherwise, use the Cambridge half-life T1/2 = 5730 yr. The modern (pre-bomb) specific activity of carbon is A0 = 0.226 Bq per gram of carbon.
Problem 1
(a) Compute the decay constant λ of 14C in yr−1, to three significant figures.
(b) A wooden beam retains 35.0% of the modern 14C activity.
(i) Find its age using the Cambridge half-life, rounded to the nearest 10 years.
(ii) Radiocarbon laboratories report a conventional radiocarbon age, which uses the Libby half-life of 5568 yr. Find this conventional age, rounded to the nearest 10 years.
Problem 2
A 2.00 g carbon sample prepared from charcoal in a hearth has a total activity of 0.120 Bq.
(a) What fraction of the modern specific activity remains? Give three decimal places.
(b) Estimate the age of the hearth, rounded to the nearest 100 years.
(c) The practical upper limit of radiocarbon dating is closest to (A) 5,000 yr (B) 50,000 yr (C) 500,000 yr (D) 5 million yr
Problem 3
(a) Let R = A/A0 be the measured activity ratio and T the half-life. Write the age t as a closed-form expression in R and T.
(b) True or false: a sample that is twice as old has half the activity."""

RC_THINK = """The student wants all of homework 6. λ = ln2/5730. Beam: t = ln(1/0.35)/λ ≈ 8679. Libby: 5568/ln2 × ln(1/0.35) ≈ 8433.
Hearth: activity 0.120 vs 0.226 → ratio 0.120/0.226 ≈ 0.531, age ≈ 5,200 yr. Let me run the numbers to be safe."""

RC_TEXT1 = "I'll compute the numbers first so the rounding is right."

RC_CODE = """const lam = Math.log(2)/5730;
const tBeam = Math.log(1/0.35)/lam;
const tLibby = 5568/Math.log(2)*Math.log(1/0.35);
const F = 0.120/0.226;
const tHearth = Math.log(1/F)/lam;
console.log(lam, tBeam, tLibby, F, tHearth);"""

RC_RESULT = "0.00012096809433855938 8678.504280314515 8433.143426316094 0.5309734513274336 5233.142341802215"

RC_TEXT2 = """## Problem 1

**(a)** λ = ln 2 / 5730 yr = 1.2097 × 10⁻⁴ yr⁻¹ → **λ = 1.21 × 10⁻⁴ yr⁻¹**

**(b)(i)** t = ln(1/0.350) / λ = 1.0498 / 1.2097 × 10⁻⁴ = 8,678.5 yr → **8,680 years**

**(b)(ii)** Using the Libby half-life: t = (5568 / ln 2) × ln(1/0.350) = 8,433 yr → **8,430 years** (conventional radiocarbon age)

## Problem 2

**(a)** A/A₀ = 0.120 / 0.226 = 0.5310 → **0.531**

**(b)** t = ln(1/0.531) / λ = 5,233 yr → **≈ 5,200 years**

**(c)** After about 50,000 years (~9 half-lives) only ~0.2 % of the original ¹⁴C remains, which is at the limit of detection. **(B)**

## Problem 3

**(a)** From R = (½)^(t/T):

t = T · ln(1/R) / ln 2

**(b)** **False.** The activity decays exponentially, A = A₀e^(−λt). Doubling the age multiplies the activity by a further e^(−λt), which equals ½ only when t is exactly one half-life."""

RC_Q2 = "is the 2(b) age in calendar years?"
RC_A2 = """Not quite. 5,200 years is a radiocarbon age computed with the Cambridge half-life. To get calendar years you'd calibrate it against a curve such as IntCal20, which corrects for past variations in atmospheric ¹⁴C. For a sample of this age the calibrated date usually differs from the raw radiocarbon age by a few hundred years."""


def claude_msg(uuid, sender, t, blocks, attachments=None, file_text=""):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uuid,
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
    }


def tb(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


def claude_export():
    m1 = claude_msg("0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c", "human", "2025-10-20T18:02:11.000000Z",
                    [tb("Can you solve this homework? Show the working briefly.", "2025-10-20T18:02:11.000000Z", "2025-10-20T18:02:11.000000Z")],
                    attachments=[{"file_name": "hw6_radiocarbon.pdf", "file_size": 2381, "file_type": "pdf",
                                  "extracted_content": RC_ATTACH}])
    blocks = [
        {"start_timestamp": "2025-10-20T18:02:13.000000Z", "stop_timestamp": "2025-10-20T18:02:20.000000Z",
         "type": "thinking", "thinking": RC_THINK, "summaries": [{"summary": "Computing radiocarbon ages."}],
         "cut_off": False},
        tb(RC_TEXT1, "2025-10-20T18:02:20.000000Z", "2025-10-20T18:02:21.000000Z"),
        {"start_timestamp": "2025-10-20T18:02:21.000000Z", "stop_timestamp": "2025-10-20T18:02:22.000000Z",
         "type": "tool_use", "name": "repl", "input": {"code": RC_CODE}},
        {"start_timestamp": "2025-10-20T18:02:23.000000Z", "stop_timestamp": "2025-10-20T18:02:23.000000Z",
         "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": json.dumps({"status": "success", "logs": [RC_RESULT]})}],
         "is_error": False},
        tb(RC_TEXT2, "2025-10-20T18:02:24.000000Z", "2025-10-20T18:02:41.000000Z"),
    ]
    m2 = claude_msg("1c0b5d2f-3a4e-4f6b-9c7d-8e9f0a1b2c3d", "assistant", "2025-10-20T18:02:13.000000Z", blocks)
    m3 = claude_msg("2d1c6e3a-4b5f-4a7c-8d8e-9f0a1b2c3d4e", "human", "2025-10-20T18:05:40.000000Z",
                    [tb(RC_Q2, "2025-10-20T18:05:40.000000Z", "2025-10-20T18:05:40.000000Z")])
    m4 = claude_msg("3e2d7f4b-5c6a-4b8d-9e9f-0a1b2c3d4e5f", "assistant", "2025-10-20T18:05:42.000000Z",
                    [tb(RC_A2, "2025-10-20T18:05:42.000000Z", "2025-10-20T18:05:50.000000Z")])
    graded = {
        "uuid": "7f3e8a2b-6d4c-4e1f-a5b9-c0d1e2f3a4b5",
        "name": "Radiocarbon dating homework",
        "created_at": "2025-10-20T18:02:10.000000Z",
        "updated_at": "2025-10-20T18:05:50.000000Z",
        "account": {"uuid": "00000000-0000-4000-8000-000000000001"},
        "chat_messages": [m1, m2, m3, m4],
    }
    o1 = claude_msg("4f3e8a5c-6d7b-4c9e-8f0a-1b2c3d4e5f60", "human", "2025-10-18T09:10:00.000000Z",
                    [tb("packing list for 3 days hiking in october?", "2025-10-18T09:10:00.000000Z", "2025-10-18T09:10:00.000000Z")])
    o2 = claude_msg("5a4f9b6d-7e8c-4dae-9f1b-2c3d4e5f6071", "assistant", "2025-10-18T09:10:03.000000Z",
                    [tb("Layers are key: base layer, fleece, rain shell, warm hat and gloves, 2 pairs of wool socks per day, headlamp, and a water filter.",
                        "2025-10-18T09:10:03.000000Z", "2025-10-18T09:10:09.000000Z")])
    other = {
        "uuid": "8a4f9b3c-7e5d-4f2a-b6c0-d1e2f3a4b5c6",
        "name": "October hiking packing list",
        "created_at": "2025-10-18T09:10:00.000000Z",
        "updated_at": "2025-10-18T09:10:09.000000Z",
        "account": {"uuid": "00000000-0000-4000-8000-000000000001"},
        "chat_messages": [o1, o2],
    }
    write("radiocarbon/transcripts/claude-export.json", [other, graded])


if __name__ == "__main__":
    ocean_export()
    subnet_export()
    claude_export()
