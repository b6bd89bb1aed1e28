#!/usr/bin/env python3
"""Deterministic generator of the three data-export transcripts of final92.

Writes:
  hydro-runoff/transcripts/chatgpt-export.json          ChatGPT conversations.json (2 conversations,
                                                        regenerated branch, thoughts + reasoning_recap,
                                                        citation markers, current_node present)
  acct-depreciation-leases/transcripts/conversations.json ChatGPT export WITHOUT current_node, with a
                                                        python tool call + execution_output; graded branch
                                                        = leaf with the latest create_time
  psych-ttests/transcripts/claude-export.json           Claude export (thinking, tool_use, tool_result,
                                                        attachment with extracted_content), 2 conversations
Re-running gives byte-identical files (fixed ids, fixed timestamps, sorted output).
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a1e-92a0-4c1b-9d7e-000000000092")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def cite(n):
    # private-use citation markers as seen in real exports
    return "\ue200cite\ue202turn0search%d\ue201" % n


# ---------------------------------------------------------------- ChatGPT helpers
class Tree:
    def __init__(self, conv):
        self.conv = conv
        self.mapping = {}
        root = uid(conv, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def add(self, key, parent, role, content, t, **extra):
        nid = uid(self.conv, key)
        msg = {
            "id": nid,
            "author": {"role": role, "name": extra.pop("name", None), "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": extra.pop("end_turn", None),
            "weight": 1.0,
            "metadata": extra.pop("metadata", {}),
            "recipient": extra.pop("recipient", "all"),
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def conversation(title, tree, t0, t1, current=None):
    c = {
        "title": title,
        "create_time": t0,
        "update_time": t1,
        "mapping": tree.mapping,
        "moderation_results": [],
        "plugin_ids": None,
        "conversation_id": uid(tree.conv, "conv"),
        "default_model_slug": "gpt-4o",
        "id": uid(tree.conv, "conv"),
    }
    if current is not None:
        c["current_node"] = current
    return c


# ---------------------------------------------------------------- hydro export
HYDRO_PROMPT = """Can you solve this hydrology problem set? Show the steps please.

1. Rational method. A small suburban catchment of 25 ha drains to a single culvert. Design storm intensity 60 mm/h.
a) Using C = 0.45, compute the peak discharge with Q = C i A / 360 (Q in m3/s, i in mm/h, A in ha).
b) 10 ha are paved (C = 0.90) and the remaining 15 ha are lawns (C = 0.20). What is the area-weighted composite runoff coefficient?

2. Manning's equation. Rectangular concrete channel 3.0 m wide, uniform flow depth 1.0 m, n = 0.015, S = 0.001.
a) Hydraulic radius R (m).
b) Mean velocity V = (1/n) R^(2/3) S^(1/2), 3 s.f.
c) Discharge Q in m3/s, 3 s.f.

3. SCS curve number. P = 100 mm, CN = 80, S = 25400/CN - 254 (mm), Ia = 0.2 S.
a) Potential maximum retention S (mm).
b) Direct runoff depth Q = (P - Ia)^2 / (P - Ia + S), nearest 0.1 mm.

4. True or false: with R and S unchanged, doubling Manning's n halves the mean velocity."""

HYDRO_V1 = """Sure — here are the solutions.

**1(a)** Q = 0.45 × 60 × 25 / 360 = **1.875 m³/s**

**1(b)** C = (10·0.90 + 15·0.20)/25 = 12/25 = **0.48**

**2(a)** A = 3.0 m², P = 5.0 m, so R = **0.6 m**

**2(b)** V = (1/0.015)(0.6)^{2/3}(0.001)^{1/2} = **1.50 m/s**

**2(c)** Q = AV = **4.50 m³/s**

**3(a)** S = 63.5 mm   **3(b)** Ia = 12.7 mm, Q = 87.3²/150.8 = **50.5 mm**

**4.** True."""

HYDRO_V2 = """Here's a worked solution for each part.

## Problem 1 — Rational method

### (a)
\\[
Q = \\frac{C\\,i\\,A}{360} = \\frac{0.45 \\times 60 \\times 25}{360} = \\frac{675}{360}
\\]
**Answer:** Q = 1.875 m³/s

### (b)
Area-weighted coefficient:
\\[
C_w = \\frac{10(0.90) + 15(0.20)}{25} = \\frac{9 + 3}{25} = 0.48
\\]
So the composite coefficient is C_w = 0.48.

## Problem 2 — Manning's equation

### (a)
Flow area A = 3.0 × 1.0 = 3.0 m², wetted perimeter P = 3.0 + 2(1.0) = 5.0 m.
**R = A/P = 0.6 m**

### (b)
R^(2/3) = 0.6^(0.667) ≈ 0.7114 and √0.001 ≈ 0.03162, so
\\[
V = \\frac{1}{0.015}(0.7114)(0.03162) \\approx 1.4997
\\]
**V ≈ 1.50 m/s**

### (c)
**Q = A·V = 3.0 × 1.4997 ≈ 4.50 m³/s**

## Problem 3 — SCS curve number

### (a)
S = 25400/80 − 254 = 317.5 − 254 = **63.5 mm**

### (b)
Using the NRCS runoff equation %s
\\[
Q = \\frac{P^2}{P + S} = \\frac{100^2}{100 + 63.5} = \\frac{10000}{163.5}
\\]
**Q ≈ 61.2 mm**

## Problem 4
Since V ∝ 1/n, doubling n halves V. **True.**

---

| Part | Answer |
|---|---|
| 1a | 1.875 m³/s |
| 1b | 0.84 |
| 2a | 0.6 m |
| 2b | 1.50 m/s |
| 2c | 4.50 m³/s |
| 3a | 63.5 mm |
| 3b | 61.2 mm |
| 4 | True |
""" % cite(0)


def hydro_export():
    tr = Tree("hydro")
    s = tr.add("sys", tr.root, "system", text(""), None,
               metadata={"is_visually_hidden_from_conversation": True})
    u = tr.add("u1", s, "user", text(HYDRO_PROMPT), 1740998400.125)
    a1 = tr.add("a1", u, "assistant", text(HYDRO_V1), 1740998431.5, end_turn=True,
                metadata={"model_slug": "gpt-4o"})
    th = tr.add("th", u, "assistant",
                {"content_type": "thoughts",
                 "thoughts": [{"summary": "Checking the runoff equation",
                               "content": "Ia = 0.2*63.5 = 12.7, so Q would be 87.3^2/150.8 ... or use P^2/(P+S) = 61.2?"}],
                 "source_analysis_msg_id": uid("hydro", "th-src")},
                1740999002.0, metadata={"model_slug": "o3"})
    rr = tr.add("rr", th, "assistant",
                {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"},
                1740999016.0, metadata={"model_slug": "o3"})
    a2 = tr.add("a2", rr, "assistant", text(HYDRO_V2), 1740999040.75, end_turn=True,
                metadata={"model_slug": "o3",
                          "citations": [{"start_ix": 0, "end_ix": 0, "metadata": {"url": "https://www.nrcs.usda.gov/"}}]})
    c1 = conversation("Hydrology PS5 runoff + Manning", tr, 1740998400.0, 1740999040.75, current=a2)

    t2 = Tree("sourdough")
    s2 = t2.add("sys", t2.root, "system", text(""), None)
    u2 = t2.add("u1", s2, "user", text("What's a good feeding ratio for a sourdough starter at 24 °C?"), 1740900000.0)
    a3 = t2.add("a1", u2, "assistant", text("A 1:1:1 ratio (starter:flour:water by weight) every 12 hours works well at 24 °C. "
                                            "If it peaks too early, move to 1:2:2."), 1740900012.0, end_turn=True)
    c2 = conversation("Sourdough starter feeding", t2, 1740900000.0, 1740900012.0, current=a3)
    return [c1, c2]


# ---------------------------------------------------------------- acct export (no current_node)
ACCT_PROMPT = """Exercise 7.1
On 1 January a company buys a machine for $50,000. Useful life five years, salvage value $5,000.
(a) Annual straight-line depreciation expense.
(b) Double-declining-balance (rate 2/5, salvage ignored until book value would fall below it): depreciation expense for year 2.
(c) Sum-of-the-years'-digits: depreciation expense for year 1.
(d) Under DDB, book value at the end of year 3?

Exercise 7.2
Instead of buying, lease the machine for five years at $12,000 per year, incremental borrowing rate 8%.
(a) PV of the lease payments (i) payments at the end of each year; (ii) payments at the beginning of each year.
(b) For the end-of-year schedule of (a)(i), interest expense recognised in year 1.
(c) NPV of leasing relative to buying = purchase price minus PV of the end-of-year lease payments (ignore salvage).
Round to the nearest cent, ignore taxes."""

ACCT_OLD = """**7.1** (a) $9,000 (b) $12,000 (c) $15,000 (d) $10,800

**7.2** (a)(i) $47,912.52 (ii) $51,745.52 (b) $3,833.00 (c) $2,087.48"""

ACCT_CODE = """r, pmt, n = 0.08, 12000, 5
pv = pmt * (1 - (1 + r) ** -n) / r
pv_due = pv / (1 + r)
print(round(pv, 2), round(pv_due, 2), round(pv * r, 2), round(50000 - pv, 2))"""

ACCT_NEW_PRE = """Let me work through both exercises; I'll use Python for the annuity arithmetic."""

ACCT_NEW = """### Exercise 7.1 — Depreciation

Depreciable base = 50,000 − 5,000 = 45,000.

**(a) Straight-line:** 45,000 / 5 = **$9,000 per year**

**(b) Double-declining balance:** rate = 40%%.
- Year 1: 0.40 × 50,000 = 20,000 → book value 30,000
- Year 2: 0.40 × 30,000 = **$12,000**

**(c) Sum-of-the-years'-digits:** SYD = 1+2+3+4+5 = 15, so year 1 = 5/15 × 50,000 = **$16,666.67**

**(d)** Year 3 DDB = 0.40 × 18,000 = 7,200, so the book value at the end of year 3 is 18,000 − 7,200 = **$10,800**

### Exercise 7.2 — Lease

From the calculation above:

- (a)(i) Ordinary annuity: PV = **$47,912.52**
- (a)(ii) Annuity due: PV = **$44,363.44**
- (b) Year-1 interest = 0.08 × 47,912.52 = **$3,833.00**
- (c) NPV of leasing = 50,000 − 47,912.52 = **$2,087.48**, so leasing is slightly cheaper than buying.%s""" % cite(1)


def acct_export():
    tr = Tree("acct")
    s = tr.add("sys", tr.root, "system", text(""), None)
    u = tr.add("u1", s, "user", text(ACCT_PROMPT), 1741600000.0)
    old = tr.add("a-old", u, "assistant", text(ACCT_OLD), 1741600020.0, end_turn=True)
    pre = tr.add("a-pre", u, "assistant", text(ACCT_NEW_PRE), 1741600300.0)
    code = tr.add("a-code", pre, "assistant",
                  {"content_type": "code", "language": "unknown", "text": ACCT_CODE},
                  1741600301.0, recipient="python")
    out = tr.add("tool", code, "tool",
                 {"content_type": "execution_output", "text": "47912.52 44363.44 3833.0 2087.48"},
                 1741600303.0, name="python",
                 metadata={"aggregate_result": {"status": "success", "code": ACCT_CODE}})
    tr.add("a-new", out, "assistant", text(ACCT_NEW), 1741600330.0, end_turn=True)
    c1 = conversation("Depreciation and lease PV (Ch. 7)", tr, 1741600000.0, 1741600330.0, current=None)

    t2 = Tree("email")
    s2 = t2.add("sys", t2.root, "system", text(""), None)
    u2 = t2.add("u1", s2, "user", text("Make this email to my landlord sound more polite: the heater is broken again, fix it."), 1741500000.0)
    t2.add("a1", u2, "assistant", text("Hi Sam, I hope you're well. The heater has stopped working again — "
                                       "could you arrange a repair when convenient? Thanks so much."), 1741500009.0, end_turn=True)
    c2 = conversation("Polite email to landlord", t2, 1741500000.0, 1741500009.0, current=None)
    return [c2, c1]


# ---------------------------------------------------------------- Claude export
PSYCH_ATTACH = """PSYC 2300 Homework 7 - t-tests and effect sizes
Report every numeric answer to three decimal places. Use the unbiased (n-1) standard deviation.
1. Group A (n1 = 10) mean 24.0, SD 4.0; group B (n2 = 12) mean 20.0, SD 5.0. Student's t-test.
(a) pooled SD (b) t statistic (c) degrees of freedom (d) Cohen's d using the pooled SD
2. Differences after - before: 3, 5, -1, 4, 2, 5.
(a) paired t (b) d_z = mean difference / SD of differences (c) 95% CI (lower, upper), t(0.975,5) = 2.571
3. Cohen's benchmarks for 1(d): (A) negligible (B) small (C) large (D) medium"""

PSYCH_A1 = """I'll work through each question.

**Question 1 (independent samples)**

(a) Pooled variance: s_p² = (9·16 + 11·25)/20 = 419/20 = 20.95, so **s_p = 4.577**.

(b) Standard error = 4.577 × √(1/10 + 1/12) = 4.577 × 0.4282 = 1.960, so **t = 4/1.960 = 2.041**.

(c) **df = 10 + 12 − 2 = 20**

(d) Cohen's d = 0.841 (with the small-sample correction factor 1 − 3/(4·20 − 1)).

**Question 2 (paired)**

The code above gives mean difference 3.000, SD of differences 2.280, SE 0.931.

(a) **t = 3/0.931 = 3.223**

(b) d_z = 3/0.931 = **3.223**

(c) 3 ± 2.571 × 0.931 = 3 ± 2.393, so the 95% CI is **(0.607, 5.393)**.

**Question 3**

An effect of about 0.84–0.87 exceeds Cohen's 0.8 benchmark, so the answer is **(C) large**."""

PSYCH_A2 = """Good catch — what I gave in 1(d) was Hedges' g, not Cohen's d. Using the pooled SD directly:

d = (24.0 − 20.0) / 4.577 = **0.874**

That is the value to report for 1(d). It is still a large effect, so Question 3 stays (C)."""


def claude_export():
    def msg(key, sender, t, blocks, attachments=()):
        txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        return {
            "uuid": uid("claude", key),
            "text": txt,
            "content": blocks,
            "sender": sender,
            "created_at": t,
            "updated_at": t,
            "attachments": list(attachments),
            "files": [],
        }

    def tb(s, t0):
        return {"start_timestamp": t0, "stop_timestamp": t0, "type": "text", "text": s, "citations": []}

    m = [
        msg("h1", "human", "2025-03-11T18:02:11.204351Z",
            [tb("Here's my stats homework, can you do all of it? Three decimals.", "2025-03-11T18:02:11.204351Z")],
            [{"file_name": "psyc2300_hw7.txt", "file_size": len(PSYCH_ATTACH), "file_type": "txt",
              "extracted_content": PSYCH_ATTACH}]),
        msg("a1", "assistant", "2025-03-11T18:02:40.881102Z", [
            {"start_timestamp": "2025-03-11T18:02:12.000000Z", "stop_timestamp": "2025-03-11T18:02:20.000000Z",
             "type": "thinking",
             "thinking": "Pooled SD: sqrt(419/20) = 4.577. t = 2.041. d maybe 4/4.5 = 0.889? Use pooled. For paired, compute with python.",
             "summaries": [{"summary": "Planning the t-test calculations."}], "cut_off": False},
            {"start_timestamp": "2025-03-11T18:02:20.000000Z", "stop_timestamp": "2025-03-11T18:02:21.000000Z",
             "type": "tool_use", "name": "repl",
             "input": {"code": "const d=[3,5,-1,4,2,5];const m=d.reduce((a,b)=>a+b)/6;"
                               "const sd=Math.sqrt(d.map(x=>(x-m)**2).reduce((a,b)=>a+b)/5);"
                               "console.log(m, sd, sd/Math.sqrt(6))"}},
            {"start_timestamp": "2025-03-11T18:02:22.000000Z", "stop_timestamp": "2025-03-11T18:02:22.000000Z",
             "type": "tool_result", "name": "repl",
             "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"3 2.280350850198276 0.9309493362512627\"]}"}],
             "is_error": False},
            tb(PSYCH_A1, "2025-03-11T18:02:23.000000Z"),
        ]),
        msg("h2", "human", "2025-03-11T18:05:02.010000Z",
            [tb("For 1(d), isn't Cohen's d just the mean difference over the pooled SD? You used some correction.",
                "2025-03-11T18:05:02.010000Z")]),
        msg("a2", "assistant", "2025-03-11T18:05:15.500000Z", [tb(PSYCH_A2, "2025-03-11T18:05:06.000000Z")]),
    ]
    conv = {"uuid": uid("claude", "conv-psych"), "name": "PSYC 2300 HW7 t-tests",
            "created_at": "2025-03-11T18:02:10.000000Z", "updated_at": "2025-03-11T18:05:15.500000Z",
            "account": {"uuid": uid("claude", "account")}, "chat_messages": m}
    other = {"uuid": uid("claude", "conv-other"), "name": "Citation format for APA 7 tables",
             "created_at": "2025-03-10T09:00:00.000000Z", "updated_at": "2025-03-10T09:00:30.000000Z",
             "account": {"uuid": uid("claude", "account")},
             "chat_messages": [
                 msg("o1", "human", "2025-03-10T09:00:00.000000Z",
                     [tb("How do I number tables in APA 7?", "2025-03-10T09:00:00.000000Z")]),
                 msg("o2", "assistant", "2025-03-10T09:00:30.000000Z",
                     [tb("Number tables in bold (Table 1, Table 2, ...) in the order they are first mentioned, "
                         "with an italic title on the next line.", "2025-03-10T09:00:30.000000Z")])]}
    return [other, conv]


def write(rel, data):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    write("hydro-runoff/transcripts/chatgpt-export.json", hydro_export())
    write("acct-depreciation-leases/transcripts/conversations.json", acct_export())
    write("psych-ttests/transcripts/claude-export.json", claude_export())
