#!/usr/bin/env python3
"""Deterministic generator for the data-export transcripts of the final88 corpus.

Writes:
  sigproc-sampling-filters/transcripts/chatgpt-export.json     (ChatGPT, current_node, regenerated branch,
                                                                 thoughts + reasoning_recap, python tool call)
  rsa-modular/transcripts/chatgpt-export-nocurrent.json         (ChatGPT, no current_node, regenerated branch,
                                                                 unrelated conversation first, citation markers)
  actuarial-expected-values/transcripts/claude-export.json      (Claude, thinking/tool_use/tool_result, attachment)
Re-running gives byte-identical files (fixed ids, fixed timestamps, sorted output).
"""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("8a1f0c52-5b7e-4c1a-9d8e-000000000088")


def uid(name):
    return str(uuid.uuid5(NS, name))


CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return f"{CITE_OPEN}cite{CITE_SEP}{ref}{CITE_CLOSE}"


class Tree:
    def __init__(self, conv, t0):
        self.conv = conv
        self.mapping = {}
        self.t = t0
        root = uid(conv + "/root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def add(self, key, parent, role, content, *, dt=7.0, recipient="all", name=None, meta=None, hidden=False):
        nid = uid(self.conv + "/" + key)
        self.t += dt
        md = dict(meta or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid


def text(s):
    return {"content_type": "text", "parts": [s]}


def write(path, data):
    full = os.path.join(ROOT, path)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# --------------------------------------------------------------------------- set 1
def sigproc():
    convs = []
    # unrelated conversation
    u = Tree("grandma", 1764500000.0)
    a = u.add("u1", u.root, "user", text("write a short birthday message for my grandma, she's turning 90 and loves gardening"))
    b = u.add("a1", a, "assistant", text("Happy 90th birthday, Grandma! Ninety years of sunshine, rain and patient planting — "
                                          "and everything you've grown, us included, is still blooming. Love you always."))
    convs.append({"title": "Grandma 90th birthday card", "create_time": 1764500000.0, "update_time": u.t,
                  "mapping": u.mapping, "current_node": b, "conversation_id": uid("grandma"), "id": uid("grandma")})

    g = Tree("dsp", 1764620000.0)
    sysm = g.add("sys", g.root, "system", text(""), hidden=True)
    q = g.add("u1", sysm, "user", text(
        "EE 341 HW5. Please answer every part.\n\n"
        "1. x(t) = cos(2π·300t) + sin(2π·1100t).\n"
        "(a) Nyquist rate in Hz?\n(b) Sampled at fs = 1600 Hz: at what frequency does the 1100 Hz component appear?\n"
        "(c) x[n] = [1, 2, 0, -1], 4-point DFT X[k]. |X[1]| to three decimals.\n"
        "(d) 512-point DFT, fs = 8000 Hz: exact bin spacing in Hz.\n\n"
        "2. FIR y[n] = 0.5x[n] + 0.5x[n-1]; IIR w[n] = 0.8w[n-1] + x[n].\n"
        "(a) FIR |H(e^{jω})| at ω = π/2, three decimals.\n(b) The FIR is (A) low-pass (B) high-pass (C) band-pass (D) all-pass.\n"
        "(c) DC gain of the IIR.\n(d) h[3] of the IIR with h[0] = 1."))
    # first (regenerated-away) branch
    g.add("a1-old", q, "assistant", text(
        "**1(a)** Nyquist rate = 2·1100 = **2200 Hz**.\n\n"
        "**1(b)** 1100 Hz is below fs = 1600 Hz, so it is sampled without change: **1100 Hz**.\n\n"
        "**1(c)** X[1] = 1 − 3j, |X[1]| = **3.162**.\n\n"
        "**1(d)** fs/N = **15.625 Hz**.\n\n"
        "**2(a)** |H| = **1.000** (the moving average has unit gain).\n\n"
        "**2(b)** **(B)** high-pass.\n\n**2(c)** **5**\n\n**2(d)** **0.512**"), dt=20.0)
    # regenerated branch (graded)
    th = g.add("thoughts", q, "assistant", {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Checking aliasing", "content": "1100 > 800 so it folds. fs - 1100 = 500. Maybe 2700 for the image, but the baseband alias is what is asked."},
            {"summary": "DFT magnitude", "content": "X[1] = 1 - 2j - j = 1 - 3j, magnitude sqrt(10). Let me run it to be safe."},
        ],
        "source_analysis_msg_id": uid("dsp/srcmsg")}, dt=40.0)
    rc = g.add("recap", th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"}, dt=14.0)
    code = g.add("code", rc, "assistant", {"content_type": "code", "language": "python", "text":
        "import numpy as np\nX = np.fft.fft([1, 2, 0, -1])\nH = 0.5 + 0.5*np.exp(-1j*np.pi/2)\nprint(X, abs(X[1]), abs(H), 8000/512, 0.8**3)"},
        recipient="python")
    out = g.add("exec", code, "tool", {"content_type": "execution_output", "text":
        "[ 2.+0.j  1.-3.j  0.+0.j  1.+3.j] 3.1622776601683795 0.7071067811865476 15.625 0.5120000000000001"},
        name="python", meta={"aggregate_result": {"status": "success", "code": "…"}})
    fin = g.add("a1", out, "assistant", text(
        "## Problem 1\n\n"
        "**(a)** The highest frequency is 1100 Hz, so the Nyquist rate is $2 \\times 1100 = 2200$ Hz.\n\n"
        "**(b)** Since $1100 > f_s/2 = 800$, the tone aliases to $|1100 - 1600| = 500$ Hz " + cite("turn0search2") + ".\n\n"
        "**(c)** From the computation above, $X[1] = 1 - 3j$, so\n\n$$|X[1]| = \\sqrt{10} \\approx 3.162$$\n\n"
        "**(d)** $\\Delta f = f_s/N = 8000/512 = 15.625$ Hz.\n\n"
        "## Problem 2\n\n"
        "**(a)** $|H(e^{j\\pi/2})| = |0.5 - 0.5j| = 0.707$\n\n"
        "**(b)** Gain 1 at DC and 0 at $\\omega=\\pi$: **(A) low-pass**.\n\n"
        "**(c)** The feedback adds at DC: $H(e^{j0}) = \\dfrac{1}{1 + 0.8} \\approx 0.556$\n\n"
        "**(d)** $h[n] = 0.8^n$, so $h[3] = 0.512$.\n\n"
        "| Part | Answer |\n|---|---|\n| 1a | 2200 Hz |\n| 1b | 500 Hz |\n| 1c | 3.162 |\n| 1d | 15.625 Hz |\n"
        "| 2a | 0.707 |\n| 2b | A |\n| 2c | 0.556 |\n| 2d | 0.512 |"),
        meta={"citations": [{"start_ix": 0, "end_ix": 0, "metadata": {"url": "https://en.wikipedia.org/wiki/Aliasing"}}]})
    convs.append({"title": "DSP homework 5", "create_time": 1764620000.0, "update_time": g.t,
                  "mapping": g.mapping, "current_node": fin, "conversation_id": uid("dsp"), "id": uid("dsp")})
    write("sigproc-sampling-filters/transcripts/chatgpt-export.json", convs)


# --------------------------------------------------------------------------- set 2
def rsa():
    convs = []
    p = Tree("pasta", 1764700000.0)
    a = p.add("u1", p.root, "user", text("recipe is for 4 people with 500 g pasta and 3 eggs, how much for 6 people?"))
    p.add("a1", a, "assistant", text("For 6 people scale by 1.5: **750 g** pasta and **4–5 eggs** (4.5 exactly)."))
    c = {"title": "Scaling a pasta recipe", "create_time": 1764700000.0, "update_time": p.t,
         "mapping": p.mapping, "conversation_id": uid("pasta"), "id": uid("pasta")}
    convs.append(c)

    g = Tree("rsa", 1764800000.0)
    q = g.add("u1", g.root, "user", text(
        "Week 9 exercises, can you solve them?\n\n"
        "Exercise 4.1 a) 7^222 mod 11 b) inverse of 17 mod 43 c) phi(360)\n"
        "Exercise 4.2 p = 11, q = 23, e = 3. a) n b) phi(n) c) d d) encrypt m = 10\n"
        "Exercise 4.3 smallest positive x with x ≡ 2 (mod 3), x ≡ 3 (mod 5), x ≡ 2 (mod 7)"))
    g.add("a1-old", q, "assistant", text(
        "**4.1** a) 5  b) 5  c) 96\n\n**4.2** a) 253  b) 220  c) d = 73  d) c = 241\n\n**4.3** x = 23"), dt=15.0)
    b = g.add("a1", q, "assistant", text(
        "### Exercise 4.1\n\n"
        "**a)** By Fermat, $7^{10} \\equiv 1 \\pmod{11}$ " + cite("turn0search0") + ". Since $222 = 22\\cdot 10 + 2$, "
        "$7^{222} \\equiv 7^2 = 49 \\equiv 5 \\pmod{11}$. **Answer: 5**\n\n"
        "**b)** Extended Euclid: $43 = 2\\cdot17 + 9$, $17 = 1\\cdot 9 + 8$, $9 = 1\\cdot 8 + 1$. Back-substituting gives "
        "$1 = 2\\cdot 43 - 5\\cdot 17$, so $17^{-1} \\equiv -5 \\equiv 38 \\pmod{43}$. **Answer: 38**\n\n"
        "**c)** $360 = 2^3\\cdot 3^2\\cdot 5$, so $\\varphi(360) = 360\\cdot\\tfrac12\\cdot\\tfrac23\\cdot\\tfrac45 = 96$. **Answer: 96**\n\n"
        "### Exercise 4.2\n\n"
        "**a)** $n = 11 \\cdot 23 = 253$\n\n"
        "**b)** $\\varphi(n) = 10 \\cdot 22 = 220$\n\n"
        "**c)** Solve $3d \\equiv 1 \\pmod{220}$: $3 \\cdot 147 = 441 = 2\\cdot 220 + 1$, so $d = 147$.\n\n"
        "**d)** $c = 10^3 \\bmod 253 = 1000 - 3\\cdot 253 = 247$\n\n"
        "### Exercise 4.3\n\n"
        "From $x\\equiv 2 \\pmod 3$ and $x \\equiv 2 \\pmod 7$ we get $x \\equiv 2 \\pmod{21}$: candidates 2, 23, 44, … "
        "and $23 \\equiv 3 \\pmod 5$. \\boxed{x = 23}"), dt=60.0)
    f = g.add("u2", b, "user", text("what would d be if e were 7 instead?"), dt=120.0)
    g.add("a2", f, "assistant", text(
        "With $e = 7$: $7 \\cdot 63 = 441 \\equiv 1 \\pmod{220}$, so $d = 63$. "
        "Everything else in 4.2 (n and φ(n)) stays the same."), dt=9.0)
    c2 = {"title": "RSA toy example week 9", "create_time": 1764800000.0, "update_time": g.t,
          "mapping": g.mapping, "conversation_id": uid("rsa"), "id": uid("rsa")}
    convs.append(c2)
    # deliberately no "current_node" in either conversation of this export
    write("rsa-modular/transcripts/chatgpt-export-nocurrent.json", convs)


# --------------------------------------------------------------------------- set 3
PS3 = r"""ACTSC 231 - Problem Set 3: Expected values in insurance
Round monetary answers to the nearest cent.
1. A one-year term policy pays $10,000 if the insured dies during the year. q = 0.02, i = 5%.
(a) What is the expected (undiscounted) payout?
(b) Let Z be the payout.
(i) Find the net single premium if the benefit is paid at the end of the year.
(ii) Find Var(Z) (undiscounted).
2. A ground-up loss X takes the values 0, 1000 and 5000 with probabilities 0.7, 0.2 and 0.1.
(a) Compute E[X].
(b) A policy has an ordinary deductible of 500. Compute the expected payment per loss, E[(X-500)+].
(c) Same deductible, but the insurer's payment (after the deductible) is capped at 3000. Compute the expected payment per loss.
3. A two-year term insurance pays 1000 at the end of the year of death. Death in year 1 with probability 0.1; given survival, death in year 2 with probability 0.2. i = 10%. Compute the EPV of the benefit.
4. True or false: for every non-negative loss X and deductible d > 0, E[(X-d)+] >= E[X] - d.
"""


def cmsg(key, sender, t, blocks, attachments=()):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {"uuid": uid("claude/" + key), "text": txt, "content": list(blocks), "sender": sender,
            "created_at": t, "updated_at": t, "attachments": list(attachments), "files": []}


def tb(s, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": s, "citations": []}


def actuarial():
    other = {"uuid": uid("claude/cover"), "name": "Cover letter edits", "created_at": "2026-11-28T18:02:11.000000Z",
             "updated_at": "2026-11-28T18:05:40.000000Z", "account": {"uuid": uid("acct")},
             "chat_messages": [
                 cmsg("c-h1", "human", "2026-11-28T18:02:11.000000Z",
                      [tb("Can you make this sentence less stiff: 'I am writing to express my interest in the position.'",
                          "2026-11-28T18:02:11.000000Z", "2026-11-28T18:02:11.000000Z")]),
                 cmsg("c-a1", "assistant", "2026-11-28T18:02:19.000000Z",
                      [tb("Try: \"I'd love to be considered for the analyst role — here's why I think I'd be a good fit.\"",
                          "2026-11-28T18:02:15.000000Z", "2026-11-28T18:02:19.000000Z")]),
             ]}
    T = "2026-12-02T20:1{}:{:02d}.000000Z"
    human1 = cmsg("h1", "human", T.format(0, 5),
                  [tb("Here's my problem set (attached). Can you solve every part and give final answers clearly?",
                      T.format(0, 5), T.format(0, 5))],
                  attachments=[{"id": uid("claude/att"), "file_name": "ps3.txt", "file_size": len(PS3.encode()),
                                "file_type": "text/plain", "extracted_content": PS3, "created_at": T.format(0, 5)}])
    thinking = {"start_timestamp": T.format(0, 8), "stop_timestamp": T.format(0, 31), "type": "thinking",
                "thinking": "1(b)(i): 200/1.05 = 190.476..., so about 190.5. Var = 10000^2 * 0.02 * 0.98. "
                            "2(c): cap 3000 - apply cap to X first? min(X,3000) - 500 -> 0.2*500 + 0.1*2500 = 350. "
                            "3: 1000(0.1/1.1 + 0.9*0.2/1.21). Let me compute in the analysis tool.",
                "summaries": [{"summary": "Working through premium and deductible calculations."}], "cut_off": False}
    tool_use = {"start_timestamp": T.format(0, 32), "stop_timestamp": T.format(0, 33), "type": "tool_use",
                "name": "repl", "input": {"code": "const v = 1/1.1;\nconsole.log(200/1.05, 1e8*0.02*0.98, 1000*(0.1*v + 0.18*v*v));"},
                "message": "Computing premium values", "integration_name": None, "context": None, "display_content": None}
    tool_result = {"start_timestamp": T.format(0, 34), "stop_timestamp": T.format(0, 34), "type": "tool_result",
                   "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"190.47619047619048 1960000 239.66942148760327\"]}", "uuid": uid("claude/tr")}],
                   "is_error": False, "message": None, "display_content": None}
    ans = tb(
        "Here are the solutions.\n\n"
        "**Problem 1**\n\n"
        "(a) E[payout] = 10,000 × 0.02 = **$200**\n\n"
        "(b)(i) Paid at year end, so discount one year: NSP = 200 / 1.05 = **$190.48**\n\n"
        "(b)(ii) Z is 10,000 × Bernoulli(0.02), so Var(Z) = 10,000² × 0.02 × 0.98 = **1,960,000**\n\n"
        "**Problem 2**\n\n"
        "(a) E[X] = 0.2 × 1000 + 0.1 × 5000 = **700**\n\n"
        "(b) E[(X − 500)₊] = 0.2 × 500 + 0.1 × 4500 = **550**\n\n"
        "(c) Cap the loss at 3000 first, then subtract the deductible: the 5000 loss pays 3000 − 500 = 2500, so the expected payment is "
        "0.2 × 500 + 0.1 × 2500 = **350**\n\n"
        "**Problem 3**\n\n"
        "EPV = 1000 × (0.1 v + 0.9 × 0.2 v²) with v = 1/1.1, which gives **$239.67**\n\n"
        "**Problem 4**\n\n"
        "**True.** E[(X − d)₊] = E[X] − E[min(X, d)] and E[min(X, d)] ≤ d.",
        T.format(0, 35), T.format(0, 52))
    asst1 = cmsg("a1", "assistant", T.format(0, 52), [thinking, tool_use, tool_result, ans])
    human2 = cmsg("h2", "human", T.format(3, 10),
                  [tb("thanks. what would 1(b)(i) be at 4% interest?", T.format(3, 10), T.format(3, 10))])
    asst2 = cmsg("a2", "assistant", T.format(3, 18),
                 [tb("At i = 4%: 200 / 1.04 = $192.31. (Your problem set uses 5%, so keep $190.48 for the submission.)",
                     T.format(3, 12), T.format(3, 18))])
    graded = {"uuid": uid("claude/ps3"), "name": "Actuarial PS3 expected values", "created_at": T.format(0, 5),
              "updated_at": T.format(3, 18), "account": {"uuid": uid("acct")},
              "chat_messages": [human1, asst1, human2, asst2]}
    write("actuarial-expected-values/transcripts/claude-export.json", [other, graded])


if __name__ == "__main__":
    sigproc()
    rsa()
    actuarial()
