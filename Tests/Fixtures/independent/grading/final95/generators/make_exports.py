#!/usr/bin/env python3
"""Deterministically writes the three data-export transcripts of this corpus.

Re-running gives byte-identical files (fixed ids, fixed timestamps, sorted output order
as constructed, json.dumps with fixed separators). Run: python3 generators/make_exports.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(rel, obj):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2))
        f.write("\n")


# ---------------------------------------------------------------- ChatGPT helpers
def msg(mid, role, t, content, *, recipient="all", meta=None, name=None):
    return {
        "id": mid,
        "author": {"role": role, "name": name, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": True if role == "assistant" and recipient == "all" else None,
        "weight": 1.0,
        "metadata": meta or {},
        "recipient": recipient,
        "channel": None,
    }


def text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def build_mapping(nodes, with_children=True):
    """nodes: list of (id, parent, message or None). Children derived in list order."""
    mapping = {}
    for nid, parent, m in nodes:
        mapping[nid] = {"id": nid, "message": m, "parent": parent}
        if with_children:
            mapping[nid]["children"] = []
    if with_children:
        for nid, parent, _ in nodes:
            if parent is not None:
                mapping[parent]["children"].append(nid)
    return mapping


def conversation(title, cid, t0, t1, nodes, current=None, with_children=True):
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": t1,
        "mapping": build_mapping(nodes, with_children),
        "moderation_results": [],
        "conversation_id": cid,
        "id": cid,
        "default_model_slug": "gpt-4o",
        "is_archived": False,
    }
    if current is not None:
        conv["current_node"] = current
    return conv


# ---------------------------------------------------------------- 1. linkage (ChatGPT, regenerated branch, thoughts, python)
LINK_PROMPT = (
    "Genetics PS6, please solve.\n\n"
    "1. Testcross AaBb x aabb (A and B from the same parent), 1000 offspring: AB 412, ab 398, Ab 94, aB 96.\n"
    "(a) recombination frequency r as a proportion\n"
    "(b) map distance in cM using Haldane, d = -1/2 ln(1-2r) Morgans, one decimal place\n\n"
    "2. Trihybrid testcross, 2000 progeny, alleles listed x y z (not necessarily the gene order):\n"
    "x y + 702\n+ + z 688\n+ y + 146\nx + z 154\nx + + 128\n+ y z 132\nx y z 26\n+ + + 24\n"
    "(a) Which gene is in the middle? A. x  B. y  C. z\n"
    "(b) map distance x to the middle gene (cM)\n"
    "(c) middle gene to the remaining gene (cM)\n"
    "(d) outer genes, by adding the intervals (cM)\n"
    "(e) coefficient of coincidence, 3 dp\n"
    "(f) interference, 3 dp"
)

LINK_OLD = (
    "**1(a)** Recombinants are Ab and aB: r = (94 + 96)/1000 = **0.19**\n\n"
    "**1(b)** d = -½ ln(1 - 0.38) = -½ ln 0.62 = 0.2390 M = **23.9 cM**\n\n"
    "**2(a)** Parentals x y + / + + z, DCOs x y z / + + +; only z differs, so **C (z)** is in the middle.\n\n"
    "**2(b)** x–z: (146 + 154 + 50)/2000 = 0.175 → **17.5 cM**\n\n"
    "**2(c)** z–y: (128 + 132 + 50)/2000 = 0.155 → **15.5 cM**\n\n"
    "**2(d)** 17.5 + 15.5 = **33.0 cM**\n\n"
    "**2(e)** expected DCO = 0.175 × 0.155 × 2000 = 54.25, CoC = 50/54.25 = **0.922**\n\n"
    "**2(f)** I = 1 − 0.922 = **0.078**"
)

LINK_CODE = (
    "r1 = (146 + 154 + 26 + 24) / 2000\n"
    "r2 = (128 + 132 + 26 + 24) / 2000\n"
    "exp_dco = r1 * r2 * 2000\n"
    "coc = 50 / exp_dco\n"
    "print(r1, r2, exp_dco, coc, 1 - coc)"
)

LINK_FINAL = (
    "## Problem 1\n\n"
    "**(a)** The rare classes Ab (94) and aB (96) are the recombinants, so\n\n"
    "$$r = \\frac{190}{1000} = 0.19$$\n\n"
    "**(b)** Haldane:\n\n"
    "$$d = -\\tfrac12 \\ln(1 - 2r) = -\\tfrac12 \\ln(0.62) = 0.239\\ \\text{M}$$\n\n"
    "so the map distance is **23.9 cM**.\n\n"
    "## Problem 2\n\n"
    "**(a)** The double-crossover classes (x y z, + + +) differ from the parentals (x y +, + + z) only at z, "
    "so the order is x – z – y. **Answer: C**\n\n"
    "**(b)** x–z interval: singles + y + and x + z plus the DCOs, 350/2000 = 0.175 → **17.5 cM**\n\n"
    "**(c)** z–y interval: singles x + + and + y z plus the DCOs, 310/2000 = 0.155 → **15.5 cM**\n\n"
    "**(d)** x–y = 17.5 + 15.5 = **33 cM**\n\n"
    "**(e)** From the calculation above, expected DCOs = 54.25 and observed = 50, so the coefficient of coincidence "
    "is 50/54.25 ≈ **0.92**\n\n"
    "**(f)** Interference = 1 − CoC ≈ **0.08**, i.e. about 8 % fewer double crossovers than expected."
)

link_nodes = [
    ("c1-root", None, None),
    ("c1-sys", "c1-root", msg("c1-sys", "system", None, text(""), meta={"is_visually_hidden_from_conversation": True})),
    ("c1-u1", "c1-sys", msg("c1-u1", "user", 1731350400.0, text(LINK_PROMPT))),
    ("c1-a1", "c1-u1", msg("c1-a1", "assistant", 1731350431.5, text(LINK_OLD), meta={"model_slug": "gpt-4o"})),
    ("c1-th", "c1-u1", msg("c1-th", "assistant", 1731350502.0,
                           {"content_type": "thoughts",
                            "thoughts": [{"summary": "Checking the DCO count",
                                          "content": "Expected DCO 0.175*0.155*2000 = 54.25, CoC maybe 0.9216, interference 0.0784; "
                                                     "first guess was x in the middle, but the DCO comparison says z."}],
                            "source_analysis_msg_id": "c1-th"},
                           recipient="all", meta={"model_slug": "o3"})),
    ("c1-rr", "c1-th", msg("c1-rr", "assistant", 1731350510.0,
                           {"content_type": "reasoning_recap", "content": "Thought for 8 seconds"},
                           meta={"model_slug": "o3"})),
    ("c1-code", "c1-rr", msg("c1-code", "assistant", 1731350512.0,
                             {"content_type": "code", "language": "python", "text": LINK_CODE},
                             recipient="python", meta={"model_slug": "o3"})),
    ("c1-out", "c1-code", msg("c1-out", "tool", 1731350513.0,
                              {"content_type": "execution_output",
                               "text": "0.175 0.155 54.25 0.9216589861751152 0.07834101382488479"},
                              name="python")),
    ("c1-a2", "c1-out", msg("c1-a2", "assistant", 1731350530.0, text(LINK_FINAL), meta={"model_slug": "o3"})),
]

other_nodes = [
    ("c0-root", None, None),
    ("c0-u1", "c0-root", msg("c0-u1", "user", 1731264000.0, text("what's a good way to memorize the stages of meiosis"))),
    ("c0-a1", "c0-u1", msg("c0-a1", "assistant", 1731264012.0,
                           text("A common mnemonic is **PMAT** twice: Prophase, Metaphase, Anaphase, Telophase for meiosis I, "
                                "then again for meiosis II. For prophase I, remember 'Lazy Zebras Prefer Dark Dens' "
                                "(leptotene, zygotene, pachytene, diplotene, diakinesis)."))),
]

write("linkage-exam/transcripts/chatgpt-export.json", [
    conversation("Linkage mapping HW", "6731d9c0-1a2b-8004-9c11-5e0f7e1a0b01", 1731350400.0, 1731350530.0,
                 link_nodes, current="c1-a2"),
    conversation("Meiosis mnemonic", "6730884f-77aa-8004-8d02-1f2e3d4c5b6a", 1731264000.0, 1731264012.0,
                 other_nodes, current="c0-a1"),
])

# ---------------------------------------------------------------- 2. battery (ChatGPT, no current_node, citations, unrelated conv)
C_OPEN, C_SEP, C_CLOSE = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return C_OPEN + "cite" + C_SEP + ref + C_CLOSE


BAT_PROMPT = (
    "Energy storage ch 7:\n"
    "7.1 twelve Li-ion cells 3.6 V 2.5 Ah in 4S3P: (a) pack voltage V (b) capacity Ah (c) energy Wh (d) 2C current A for the pack\n"
    "7.2 lead-acid 100 Ah at 20 h rate, Peukert k = 1.2, t = H (C/(I H))^k, H = 20 h: (a) runtime at 20 A, h 2dp "
    "(b) effective capacity at 20 A, Ah 1dp (c) 95% charge and 92% discharge efficiency, round trip % 1dp\n"
    "7.3 3000 mAh 3.85 V phone battery 20% -> 80% SoC via 90% efficient charger, wall energy Wh 2dp"
)

BAT_OLD = (
    "7.1: (a) 14.4 V (b) 7.5 Ah (c) 108 Wh (d) 15 A\n"
    "7.2: (a) 5.00 h (b) 100.0 Ah (c) 87.4 %\n"
    "7.3: 7.70 Wh"
)

BAT_NEW = (
    "### Exercise 7.1\n"
    "In a 4S3P pack the series count sets the voltage and the parallel count sets the capacity " + cite("turn0search2") + ".\n\n"
    "- (a) V = 4 × 3.6 = **14.4 V**\n"
    "- (b) Q = 3 × 2.5 = **7.5 Ah**\n"
    "- (c) E = 14.4 × 7.5 = **108 Wh**\n"
    "- (d) 1C = 7.5 A, so 2C = **15 A**\n\n"
    "### Exercise 7.2\n"
    "Peukert's law captures how usable capacity shrinks at high current " + cite("turn0search0") + ".\n\n"
    "(a) t = 20 × (100 / 400)^1.2 = 20 × 0.18946 = **3.79 h**\n\n"
    "(b) The effective capacity is 20 A × 3.789 h = **75.8 Ah**; referenced to the rated 20-hour current instead, "
    "the same battery behaves like a **94.7 Ah** battery, so either figure may be expected.\n\n"
    "(c) η = 0.95 × 0.92 = 0.874 → **87.4 %**\n\n"
    "### Exercise 7.3\n"
    "Charge added: 3.0 Ah × 3.85 V × 0.60 = 6.93 Wh, so the energy drawn from the wall is **6.93 Wh** "
    "(the 90 % figure describes the charger, which is already included in the rated mAh) " + cite("turn0search5") + "."
)

bat_nodes = [
    ("b-root", None, None),
    ("b-u1", "b-root", msg("b-u1", "user", 1760001000.0, text(BAT_PROMPT))),
    ("b-a1", "b-u1", msg("b-a1", "assistant", 1760001020.0, text(BAT_OLD), meta={"model_slug": "gpt-4o"})),
    ("b-a2", "b-u1", msg("b-a2", "assistant", 1760001200.0, text(BAT_NEW),
                         meta={"model_slug": "gpt-4o",
                               "content_references": [{"matched_text": cite("turn0search2"), "type": "grouped_webpages"}]})),
]

unrelated = [
    ("z-root", None, None),
    ("z-u1", "z-root", msg("z-u1", "user", 1759900000.0, text("Rewrite this sentence more formally: the battery died real fast in the cold"))),
    ("z-a1", "z-u1", msg("z-a1", "assistant", 1759900004.0,
                         text("\"The battery discharged considerably faster at low temperatures.\""))),
]

write("battery-storage/transcripts/chatgpt-export-nocurrent.json", [
    conversation("Formal rewrite", "68e0a1b2-0000-8004-aaaa-000000000001", 1759900000.0, 1759900004.0, unrelated,
                 current=None, with_children=False),
    conversation("Battery chapter 7 exercises", "68e1c3d4-0000-8004-bbbb-000000000002", 1760001000.0, 1760001200.0,
                 bat_nodes, current=None, with_children=False),
])

# ---------------------------------------------------------------- 3. navigation (Claude export)
NAV_ATTACH = open(os.path.join(ROOT, "nav-geodesy", "problems.md"), encoding="utf-8").read()

NAV_THINK = (
    "Haversine with R = 6371. Δφ = 11.5°, Δλ = 74°. a = 0.18277, σ = 0.88345 rad = 50.617°. "
    "First I wrote 6378 km for R, which would give 5635 km, but the sheet says 6371. Bearing atan2(0.5984, 0.4890) ≈ 50.73°."
)

NAV_CODE = (
    "import math\n"
    "R=6371; p1,l1,p2,l2=map(math.radians,(40,-74,51.5,0))\n"
    "a=math.sin((p2-p1)/2)**2+math.cos(p1)*math.cos(p2)*math.sin((l2-l1)/2)**2\n"
    "s=2*math.asin(math.sqrt(a))\n"
    "b=math.degrees(math.atan2(math.sin(l2-l1)*math.cos(p2),math.cos(p1)*math.sin(p2)-math.sin(p1)*math.cos(p2)*math.cos(l2-l1)))%360\n"
    "print(math.degrees(s), R*s, b, R*s/1.852)\n"
    "c=299792458; print(c*1e-6, 20200e3/c*1e3, 38e-6*c/1e3)"
)

NAV_RESULT = "50.617454356415756 5628.4041240959505 50.73249592471617 3039.095099403861\n299.792458 67.37994723002672 11.392113404"

NAV_ANSWER = (
    "I worked through the attached homework and checked the numbers in code.\n\n"
    "**Question 1**\n\n"
    "1. **(a)** Central angle: σ = 0.88345 rad = **50.62°**\n"
    "2. **(b)** Distance: 6371 km × 0.88345 ≈ **5628 km**\n"
    "3. **(c)** Initial bearing at A: **50.7°** (true), heading north-east out of New York.\n"
    "4. **(d)** 5628.4 km ÷ 1.852 ≈ **3039 nautical miles**\n\n"
    "**Question 2**\n\n"
    "- **(a)** Range error = c·Δt ≈ **300 m** per microsecond of clock error.\n"
    "- **(b)** Travel time = 20 200 km / c = **67.38 ms**\n"
    "- **(c)** 38 µs/day × c ≈ 11 392 m, i.e. **11.4 km** per day.\n"
    "- **(d)** **True** — a degree of longitude shrinks with cos φ, and cos 60° = 0.5."
)

def cblock(kind, **kw):
    d = {"type": kind, "start_timestamp": "2025-10-07T08:15:03.000000Z", "stop_timestamp": "2025-10-07T08:15:40.000000Z"}
    d.update(kw)
    return d

claude = [
    {
        "uuid": "1f0c6a52-8b1e-4c55-9d0e-6a3f2b7c8d91",
        "name": "Great circle + GPS homework",
        "created_at": "2025-10-07T08:14:55.000000Z",
        "updated_at": "2025-10-07T08:15:41.000000Z",
        "account": {"uuid": "00000000-0000-4000-8000-000000000000"},
        "chat_messages": [
            {
                "uuid": "a1000000-0000-4000-8000-000000000001",
                "sender": "human",
                "text": "Can you do all of HW4? Attached.",
                "content": [cblock("text", text="Can you do all of HW4? Attached.", citations=[])],
                "attachments": [{"file_name": "hw4.md", "file_size": len(NAV_ATTACH.encode("utf-8")),
                                 "file_type": "text/markdown", "extracted_content": NAV_ATTACH}],
                "files": [],
                "created_at": "2025-10-07T08:14:55.000000Z",
                "updated_at": "2025-10-07T08:14:55.000000Z",
            },
            {
                "uuid": "a1000000-0000-4000-8000-000000000002",
                "sender": "assistant",
                "text": NAV_ANSWER,
                "content": [
                    cblock("thinking", thinking=NAV_THINK, summaries=[{"summary": "Computing great-circle values"}]),
                    cblock("tool_use", name="repl", input={"code": NAV_CODE}),
                    cblock("tool_result", name="repl", content=[{"type": "text", "text": NAV_RESULT}], is_error=False),
                    cblock("text", text=NAV_ANSWER, citations=[]),
                ],
                "attachments": [],
                "files": [],
                "created_at": "2025-10-07T08:15:41.000000Z",
                "updated_at": "2025-10-07T08:15:41.000000Z",
            },
        ],
    },
    {
        "uuid": "2e7d8f10-3c4b-4a21-8e9f-0b1c2d3e4f50",
        "name": "Cover letter tweak",
        "created_at": "2025-10-05T17:02:00.000000Z",
        "updated_at": "2025-10-05T17:02:30.000000Z",
        "account": {"uuid": "00000000-0000-4000-8000-000000000000"},
        "chat_messages": [
            {"uuid": "b2000000-0000-4000-8000-000000000001", "sender": "human",
             "text": "make this shorter: I am writing to express my strong interest in the GIS analyst position.",
             "content": [cblock("text", text="make this shorter: I am writing to express my strong interest in the GIS analyst position.", citations=[])],
             "attachments": [], "files": [],
             "created_at": "2025-10-05T17:02:00.000000Z", "updated_at": "2025-10-05T17:02:00.000000Z"},
            {"uuid": "b2000000-0000-4000-8000-000000000002", "sender": "assistant",
             "text": "\"I'm excited to apply for the GIS analyst position.\"",
             "content": [cblock("text", text="\"I'm excited to apply for the GIS analyst position.\"", citations=[])],
             "attachments": [], "files": [],
             "created_at": "2025-10-05T17:02:30.000000Z", "updated_at": "2025-10-05T17:02:30.000000Z"},
        ],
    },
]

write("nav-geodesy/transcripts/claude-export.json", claude)
print("wrote 3 exports")
