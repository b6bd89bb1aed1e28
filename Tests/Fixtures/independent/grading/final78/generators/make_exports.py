#!/usr/bin/env python3
"""Deterministic generator for the three data-export transcripts in this corpus.

    strings-temperament/transcripts/chatgpt-export.json   ChatGPT conversations.json (current_node set)
    mendel-crosses/transcripts/conversations.json         ChatGPT conversations.json WITHOUT current_node
    energy-balance/transcripts/claude-export.json         Claude data export

Everything (ids, timestamps) is fixed, so re-running gives byte-identical files.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE_START, CITE_SEP, CITE_END = "\ue200", "\ue202", "\ue201"


def dump(obj, rel):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv_id, t0):
        self.conv_id, self.t, self.mapping, self.n = conv_id, t0, {}, 0
        self.root = self._add(None, None)

    def _add(self, parent, message):
        self.n += 1
        nid = f"{self.conv_id[:8]}-node-{self.n:03d}"
        if message is not None:
            message["id"] = nid
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, parent, role, content, t, recipient="all", metadata=None, name=None):
        m = {
            "id": None,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content["content_type"] == "text" else None,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
        }
        return self._add(parent, m)

    def text(self, parent, role, s, t, **kw):
        return self.msg(parent, role, {"content_type": "text", "parts": [s]}, t, **kw)


def conversation(tree, title, t_create, t_update, current=None):
    c = {"title": title, "create_time": t_create, "update_time": t_update, "mapping": tree.mapping}
    if current is not None:
        c["current_node"] = current
    c["conversation_id"] = tree.conv_id
    c["id"] = tree.conv_id
    c["default_model_slug"] = "gpt-4o"
    return c


# ---------------------------------------------------------------- set 1: strings-temperament
MUSIC_Q = """Physics of Music HW 4 (12-TET, A4 = 440 Hz)

1. (a) C5 lies three semitones above A4. Find its frequency in Hz, rounded to 0.01 Hz.
(b) Give the frequency ratio of an equal-tempered perfect fifth (7 semitones), rounded to four decimal places.
(c) By how many cents is the just perfect fifth (ratio 3/2) wider than the equal-tempered fifth? Round to 0.01 cent.
(d) Which 12-TET interval has a frequency ratio closest to the just ratio 5/4? (A) minor third (B) major third (C) perfect fourth (D) tritone

2. A steel guitar string has L = 0.65 m, μ = 1.2×10^-3 kg/m, T = 80 N; f1 = (1/2L)√(T/μ).
(a) Find the fundamental frequency, rounded to 0.1 Hz.
(b) What tension would tune the open string to exactly 220 Hz? Round to 0.1 N.
(c) With the tension from (b), the player presses the string at a fret so that the pitch rises by five semitones. How far from the nut is that fret? Give the answer in cm, rounded to 0.1 cm.
(d) True or false: doubling the tension raises the fundamental by exactly one octave."""

MUSIC_OLD = """Here are the answers (first attempt):

1. (a) 523.25 Hz (b) 1.4983 (c) 1.96 cents (d) B
2. (a) 198.6 Hz (b) 98.2 N (c) 16.3 cm from the nut (d) False"""

MUSIC_CODE = """import math
f_C5 = 440 * 2**(3/12)
r5 = 2**(7/12)
cents = 1200*math.log2(1.5) - 700
f1 = math.sqrt(80/1.2e-3)/(2*0.65)
T = 1.2e-3*(2*0.65*220)**2
Lp = 0.65*2**(-5/12)
print(round(f_C5,4), round(r5,6), round(cents,4), round(f1,3), round(T,4), round(Lp,5))"""

MUSIC_ANSWER = f"""## Problem 1 — Equal temperament

**(a)** Three semitones above A4:

$$f_{{C5}} = 440 \\cdot 2^{{3/12}} \\approx 523.25\\ \\text{{Hz}}$$

**(b)** $2^{{7/12}} = 1.498307\\ldots$, so the ratio is **1.4983**.

**(c)** The just fifth is $1200\\log_2(3/2) = 701.955$ cents, so it is wider than the 700-cent tempered fifth by **1.96 cents** (the “Pythagorean vs. tempered” gap discussed in most tuning references {CITE_START}cite{CITE_SEP}turn0search1{CITE_END}).

**(d)** $1200\\log_2(5/4) \\approx 386.3$ cents, closest to 400 cents, i.e. the major third → **(B)**.

## Problem 2 — Vibrating strings

**(a)** $v = \\sqrt{{T/\\mu}} = 258.20$ m/s and $f_1 = v/(2L) = 198.61$ Hz, so **$f_1 \\approx 198.6$ Hz**.

**(b)** $T = \\mu(2Lf)^2 = 0.0012 \\times 286^2 = 98.1552$ N $\\approx$ **98.1 N**.

**(c)** For a rise of five semitones the vibrating length becomes $L' = L \\cdot 2^{{-5/12}} = 0.48695$ m. So the fret is **48.7 cm** from the nut.

**(d)** **False.** $f \\propto \\sqrt{{T}}$, so doubling the tension raises the pitch by a factor $\\sqrt2$, i.e. six semitones."""


def music_export():
    conv_id = "67c9a1f0-3b2e-800a-b1d4-5e6f7a8b9c01"
    tr = Tree(conv_id, 0)
    t = 1741280400.0
    sys_ = tr.msg(tr.root, "system", {"content_type": "text", "parts": [""]}, None,
                  metadata={"is_visually_hidden_from_conversation": True})
    u1 = tr.text(sys_, "user", MUSIC_Q, t + 1)
    # branch 1 (older attempt, not shown)
    th1 = tr.msg(u1, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Computing tempered intervals", "content": "C5 = 440·2^(1/4). Fifth 2^(7/12). String: f1 = v/2L."}],
        "source_analysis_msg_id": "x1"}, t + 5, recipient="all")
    a1 = tr.text(th1, "assistant", MUSIC_OLD, t + 20)
    # branch 2 (regenerated, shown)
    th2 = tr.msg(u1, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Checking the fret distance", "content": "Length shrinks by 2^(-5/12); the fret is at L - L' from the nut, so about 16.3 cm. Tension about 98.16 N."}],
        "source_analysis_msg_id": "x2"}, t + 300, recipient="all")
    rr = tr.msg(th2, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"}, t + 301)
    code = tr.msg(rr, "assistant", {"content_type": "code", "language": "unknown", "text": MUSIC_CODE,
                                    "response_format_name": None}, t + 302, recipient="python")
    out = tr.msg(code, "tool", {"content_type": "execution_output",
                                "text": "523.2511 1.498307 1.955 198.615 98.1552 0.48695"}, t + 303,
                 name="python", metadata={"aggregate_result": {"status": "success", "code": MUSIC_CODE}})
    a2 = tr.text(out, "assistant", MUSIC_ANSWER, t + 310,
                 metadata={"content_references": [{"matched_text": f"{CITE_START}cite{CITE_SEP}turn0search1{CITE_END}", "type": "grouped_webpages"}]})
    u2 = tr.text(a2, "user", "what's the frequency of the 2nd harmonic in 2(a)?", t + 400)
    a3 = tr.text(u2, "assistant", "The second harmonic is twice the fundamental: 2 × 198.6 ≈ 397.2 Hz.", t + 405)
    graded = conversation(tr, "Physics of music HW4", t, t + 405, current=a3)

    other = Tree("67c8f2aa-1111-800a-9c3e-0a1b2c3d4e5f", 0)
    ot = 1741190000.0
    o_u = other.text(other.root, "user", "quick tomato pasta sauce with what's in my fridge: tomatoes, garlic, 1 onion, parmesan", ot)
    o_a = other.text(o_u, "assistant", "1. Sweat the chopped onion in olive oil for 8 minutes.\n2. Add 2 cloves of garlic, then 400 g chopped tomatoes.\n3. Simmer 20 minutes, season, and finish with grated parmesan.", ot + 6)
    unrelated = conversation(other, "Quick tomato sauce", ot, ot + 6, current=o_a)
    dump([graded, unrelated], "strings-temperament/transcripts/chatgpt-export.json")


# ---------------------------------------------------------------- set 2: mendel-crosses
MENDEL_Q = """BIOL 2110 PS2. Peas: tall T > dwarf t, round R > wrinkled r, independent assortment.
Problem 1: TtRr × TtRr. (a) fraction tall & wrinkled? (b) fraction homozygous at both loci? (c) 320 offspring: number dwarf wrinkled? (d) among tall round offspring, fraction true-breeding TTRR?
Problem 2: (a) tall round × ttrr → 52 tall round, 48 tall wrinkled, no dwarfs. Parent: (A) TTRR (B) TtRR (C) TTRr (D) TtRr
(b) TtRr × ttrr, 1000 offspring: 290 TR, 210 Tr, 220 tR, 280 tr. χ² vs 1:1:1:1, two decimals.
(c) degrees of freedom for (b)?
(d) Aa × Aa parents: probability exactly one of four children affected, 4 decimals."""

MENDEL_V1 = """**1(a)** 3/4 × 1/4 = **3/16**
**1(b)** 1/2 × 1/2 = **1/4**
**1(c)** 320 × 1/16 = **20**
**1(d)** (1/16)/(9/16) = **1/9**
**2(a)** **C** (TTRr)
**2(b)** χ² = 6.4 + 6.4 + 3.6 + 3.6 = **20.00**
**2(c)** **3**
**2(d)** 4 × (1/4)(3/4)³ = **0.4219**"""

MENDEL_V2 = """### Problem 1

- **(a)** P(T\\_) · P(rr) = 3/4 · 1/4 = **3/16**
- **(b)** Homozygous at each locus has probability 1/2 (TT or tt; RR or rr), so both: **1/4**
- **(c)** ttrr is 1/16 of the offspring: 320/16 = **20** plants
- **(d)** The true-breeding tall round plants are TTRR, which is **1/16**

### Problem 2

- **(a)** No dwarfs ⇒ TT; 1 : 1 round : wrinkled ⇒ Rr. Answer: **(C) TTRr**
- **(b)** With E = 250 per class: χ² = (40² + 40² + 30² + 30²)/250 = **20.00**
- **(c)** df = 4 − 1 = **3**
- **(d)** P(one specific child affected, the other three not) = (1/4)(3/4)³ ≈ **0.1055**"""


def mendel_export():
    convs = []
    # unrelated conversation 1
    a = Tree("67aa0c11-2222-800c-8d2e-111111111111", 0)
    ta = 1739200000.0
    au = a.text(a.root, "user", "Can you tighten this opening line of my cover letter: 'I am writing to apply for the lab technician role.'", ta)
    a.text(au, "assistant", "Try: “I'm excited to apply for the Lab Technician position, where my three years of PCR and cell-culture experience would contribute from day one.”", ta + 4)
    ca = {"title": "Cover letter opener", "create_time": ta, "update_time": ta + 4, "mapping": a.mapping,
          "conversation_id": a.conv_id, "id": a.conv_id, "default_model_slug": "gpt-4o"}
    convs.append(ca)

    # graded conversation — no current_node
    g = Tree("67ab33d2-3333-800c-9f10-222222222222", 0)
    t = 1739300000.0
    u1 = g.text(g.root, "user", MENDEL_Q, t)
    v1 = g.text(u1, "assistant", MENDEL_V1, t + 15)
    fu = g.text(v1, "user", "why is the df 3 and not 4?", t + 120)
    g.text(fu, "assistant", "Because the four expected counts must add up to the fixed total of 1000, only three of them are free to vary: df = k − 1 = 3.", t + 126)
    v2 = g.text(u1, "assistant", MENDEL_V2, t + 900)  # regenerated later: latest leaf
    cg = {"title": "Mendel PS2 crosses", "create_time": t, "update_time": t + 900, "mapping": g.mapping,
          "conversation_id": g.conv_id, "id": g.conv_id, "default_model_slug": "gpt-4o"}
    convs.append(cg)

    # unrelated conversation 2 (also genetics-flavoured, to be a decoy)
    b = Tree("67ab9e77-4444-800c-a0b1-333333333333", 0)
    tb = 1739400000.0
    bu = b.text(b.root, "user", "In a monohybrid cross Aa × Aa what fraction of offspring is heterozygous?", tb)
    b.text(bu, "assistant", "Half of them: the Punnett square gives AA : Aa : aa = 1 : 2 : 1, so **1/2** are Aa.", tb + 3)
    cb = {"title": "Monohybrid quick check", "create_time": tb, "update_time": tb + 3, "mapping": b.mapping,
          "conversation_id": b.conv_id, "id": b.conv_id, "default_model_slug": "gpt-4o-mini"}
    convs.append(cb)
    dump(convs, "mendel-crosses/transcripts/conversations.json")


# ---------------------------------------------------------------- set 3: energy-balance (Claude)
ENERGY_ATTACH = open(os.path.join(ROOT, "energy-balance", "problems.md"), encoding="utf-8").read()


def cmsg(uuid, sender, blocks, t, attachments=None, parent=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {"uuid": uuid, "text": text, "content": blocks, "sender": sender, "index": 0,
            "created_at": t, "updated_at": t, "truncated": False,
            "attachments": attachments or [], "files": [],
            "parent_message_uuid": parent or "00000000-0000-4000-8000-000000000000"}


def tblock(s, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": s, "citations": []}


ENERGY_A1 = """**Exercise 3.1**

(a)(i) Mifflin–St Jeor with the female constant:
BMR = 10(68) + 6.25(165) − 5(30) − 161 = 680 + 1031.25 − 150 − 161 = 1400.25 → **1400 kcal/day**

(a)(ii) TDEE = 1400.25 × 1.55 = 2170.39 → **2170 kcal/day**

(b) Revised Harris–Benedict: 447.593 + 628.796 + 511.170 − 129.900 = 1457.66 → **1458 kcal/day**

**Exercise 3.2**

(a) 240 + 100 + 162 = **502 kcal**

(b) Fat energy share = 162/502 → **32.2 %**

(c)(i) $E = 4c + 4p + 9f + 7a$

(c)(ii) Ethanol mass = 500 mL × 0.05 × 0.789 g/mL = 19.725 g, energy = 19.725 × 7 = 138.1 → **138 kcal**"""

ENERGY_A2 = """**Exercise 3.3** — before I give a number, a quick check: do you want the simple static estimate (total deficit ÷ daily deficit, as in the textbook), or should I account for the fact that energy expenditure drops as weight is lost? The two approaches give quite different timelines, so tell me which your instructor expects."""


def energy_export():
    conv = "4b7e2c90-5a1d-4e3f-9b8c-0d1e2f3a4b5c"
    u1 = cmsg("a1000000-0000-4000-8000-000000000001", "human",
              [tblock("Can you solve the chapter 3 exercises in the attached file? Round energies to the nearest kcal.",
                      "2025-03-04T18:02:11.000000Z", "2025-03-04T18:02:11.000000Z")],
              "2025-03-04T18:02:11.000000Z",
              attachments=[{"file_name": "ch3_exercises.txt", "file_size": len(ENERGY_ATTACH.encode()),
                            "file_type": "text/plain", "extracted_content": ENERGY_ATTACH}])
    a1_blocks = [
        {"start_timestamp": "2025-03-04T18:02:14.000000Z", "stop_timestamp": "2025-03-04T18:02:20.000000Z",
         "type": "thinking",
         "thinking": "Woman: BMR = 680 + 1031.25 - 150 - 161 = 1400.25. TDEE 2170.4. HB revised 1457.7. Lunch 502 kcal, fat 162/502 = 32.27%. Beer: 19.725 g ethanol, 138 kcal. 3.3: 38500/500 = 77 days, but maybe check what they want.",
         "summaries": [{"summary": "Working through the BMR and Atwater calculations."}], "cut_off": False},
        {"start_timestamp": "2025-03-04T18:02:20.000000Z", "stop_timestamp": "2025-03-04T18:02:21.000000Z",
         "type": "tool_use", "name": "repl",
         "input": {"code": "const bmr=10*68+6.25*165-5*30-161; console.log(bmr, bmr*1.55, 447.593+9.247*68+3.098*165-4.330*30, 162/502*100, 500*0.05*0.789*7)"}},
        {"start_timestamp": "2025-03-04T18:02:21.000000Z", "stop_timestamp": "2025-03-04T18:02:21.000000Z",
         "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"1400.25 2170.3875 1457.659 32.27091633466136 138.075\"]}", "uuid": "c0ffee00-0000-4000-8000-000000000001"}],
         "is_error": False},
        tblock(ENERGY_A1, "2025-03-04T18:02:22.000000Z", "2025-03-04T18:02:40.000000Z"),
        tblock(ENERGY_A2, "2025-03-04T18:02:40.000000Z", "2025-03-04T18:02:44.000000Z"),
    ]
    a1 = cmsg("a1000000-0000-4000-8000-000000000002", "assistant", a1_blocks, "2025-03-04T18:02:14.000000Z",
              parent=u1["uuid"])
    u2 = cmsg("a1000000-0000-4000-8000-000000000003", "human",
              [tblock("is 1400 kcal a normal BMR for a woman?", "2025-03-04T18:05:00.000000Z", "2025-03-04T18:05:00.000000Z")],
              "2025-03-04T18:05:00.000000Z", parent=a1["uuid"])
    a2 = cmsg("a1000000-0000-4000-8000-000000000004", "assistant",
              [tblock("Yes — for an adult woman of average size a resting metabolic rate of roughly 1,200–1,500 kcal/day is typical, so 1400 kcal/day is right in the normal range.",
                      "2025-03-04T18:05:03.000000Z", "2025-03-04T18:05:08.000000Z")],
              "2025-03-04T18:05:03.000000Z", parent=u2["uuid"])
    for i, m in enumerate([u1, a1, u2, a2]):
        m["index"] = i
    graded = {"uuid": conv, "name": "Energy balance exercises ch. 3", "summary": "",
              "created_at": "2025-03-04T18:02:10.000000Z", "updated_at": "2025-03-04T18:05:08.000000Z",
              "account": {"uuid": "9e9e9e9e-0000-4000-8000-000000000000"}, "chat_messages": [u1, a1, u2, a2]}
    ou = cmsg("b2000000-0000-4000-8000-000000000001", "human",
              [tblock("Give me three names for a running club.", "2025-03-01T09:00:00.000000Z", "2025-03-01T09:00:00.000000Z")],
              "2025-03-01T09:00:00.000000Z")
    oa = cmsg("b2000000-0000-4000-8000-000000000002", "assistant",
              [tblock("1. Pace Makers\n2. The Early Milers\n3. Sole Mates", "2025-03-01T09:00:02.000000Z", "2025-03-01T09:00:03.000000Z")],
              "2025-03-01T09:00:02.000000Z", parent=ou["uuid"])
    oa["index"] = 1
    other = {"uuid": "5c5c5c5c-1111-4000-8000-000000000000", "name": "Running club names", "summary": "",
             "created_at": "2025-03-01T08:59:59.000000Z", "updated_at": "2025-03-01T09:00:03.000000Z",
             "account": {"uuid": "9e9e9e9e-0000-4000-8000-000000000000"}, "chat_messages": [ou, oa]}
    dump([other, graded], "energy-balance/transcripts/claude-export.json")


if __name__ == "__main__":
    music_export()
    mendel_export()
    energy_export()
