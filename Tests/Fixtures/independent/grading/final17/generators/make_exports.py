#!/usr/bin/env python3
"""Writes the four JSON data exports of this corpus. Deterministic: fixed ids and times,
no randomness, fixed key order, so re-running gives byte-identical files."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def dump(path, obj):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ----------------------------------------------------------------- ChatGPT helpers
class GPTConv:
    def __init__(self, conv_id, title, t0):
        self.conv_id, self.title, self.t0 = conv_id, title, t0
        self.mapping = {}
        root = f"{conv_id}-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.n = 0

    def add(self, parent, role, content, dt, **extra):
        self.n += 1
        nid = f"{self.conv_id[:8]}-{self.n:04d}-aaaa-bbbb-{self.n:012d}"
        msg = {
            "id": nid,
            "author": {"role": role, "name": extra.pop("name", None), "metadata": {}},
            "create_time": self.t0 + dt,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": extra.pop("end_turn", None),
            "weight": 1.0,
            "metadata": extra.pop("metadata", {}),
            "recipient": extra.pop("recipient", "all"),
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, parent, text, dt):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, dt)

    def asst(self, parent, text, dt, **kw):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]}, dt,
                        end_turn=True, **kw)

    def export(self, current_node=None, drop_current=False):
        last = max(m["message"]["create_time"] for m in self.mapping.values() if m["message"])
        d = {"title": self.title, "create_time": self.t0, "update_time": last,
             "mapping": self.mapping}
        if not drop_current:
            d["current_node"] = current_node
        d.update({"conversation_id": self.conv_id, "id": self.conv_id,
                  "default_model_slug": "gpt-4o", "is_archived": False})
        return d


def thoughts(text, summary):
    return {"content_type": "thoughts",
            "thoughts": [{"summary": summary, "content": text}],
            "source_analysis_msg_id": "x"}


# ================================================================= thermo-export.json
def thermo_export():
    other = GPTConv("a11c0e52-0000-4000-8000-000000000001", "Cover letter tips", 1741700000.0)
    u = other.user(other.root, "How long should a cover letter for a summer research internship be?", 1)
    other.asst(u, "Aim for one page — three or four short paragraphs: who you are, why this lab, "
               "what you've done that's relevant (one concrete project), and a polite close.", 8)

    c = GPTConv("67d1f3b8-7c44-8003-b21e-5f0d8a2c6e90", "Thermo PS6", 1741800000.0)
    sysn = c.add(c.root, "system", {"content_type": "text", "parts": [""]}, 0,
                 metadata={"is_visually_hidden_from_conversation": True})
    q = c.user(sysn, (
        "PHYS 2310 Problem Set 6. Use R = 8.314 J/(mol K). 3 s.f.\n\n"
        "1. Two moles of an ideal gas expand reversibly and isothermally at T = 300 K from V1 = 10.0 L to V2 = 30.0 L.\n"
        "(a) Find the work W done by the gas, in joules.\n(b) Find the change in entropy ΔS of the gas, in J/K.\n\n"
        "2. A Carnot engine operates between a hot reservoir at 600 K and a cold reservoir at 300 K.\n"
        "(a) What is its efficiency?\n(b) In one cycle the engine absorbs 1200 J from the hot reservoir. How much work does it deliver per cycle?\n"
        "(c) Which statement about one complete cycle is correct?\n(A) The entropy of the universe increases.\n"
        "(B) The total entropy change of the engine and both reservoirs is zero.\n(C) The entropy of the hot reservoir increases.\n"
        "(D) The working substance loses entropy over the cycle.\n\n"
        "3. A diatomic ideal gas (γ = 7/5) at T1 = 300 K is compressed reversibly and adiabatically to one eighth of its initial volume.\n"
        "(a) Find T2 in kelvin. (b) Find p2/p1. (c) True or false: the entropy of the gas increases during this compression."), 5)
    # first attempt (regenerated away, not graded)
    c.asst(q, (
        "**1(a)** W = nRT ln(V₂/V₁) = 2·8.314·300·ln 3 ≈ **5480 J**\n\n"
        "**1(b)** ΔS = nR ln 3 ≈ **18.27 J/K**\n\n"
        "**2(a)** η = 1 − 300/600 = **0.5**\n\n**2(b)** **600 J**\n\n**2(c)** **(A)**\n\n"
        "**3(a)** T₂ = 300·8^{2/3} = **1200 K**\n\n**3(b)** 8^{5/3} = **32**\n\n**3(c)** **False**"), 40,
        metadata={"model_slug": "gpt-4o"})
    # regenerated answer (graded branch): thoughts, recap, answer
    th = c.add(q, "assistant", thoughts(
        "Isothermal: W = nRT ln 3. Carnot eta = 1/2. Adiabatic T V^(gamma-1) const with gamma = 1.4.",
        "Planning the thermodynamics solutions"), 70, metadata={"model_slug": "o4-mini"})
    rc = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 12 seconds"}, 82,
               metadata={"model_slug": "o4-mini"})
    a = c.asst(rc, (
        "## Problem 1\n\n"
        "**(a)** For a reversible isothermal process the work done *on* the gas is\n\n"
        "$$W_{\\text{on}} = -nRT\\ln\\frac{V_2}{V_1} = -(2)(8.314)(300)\\ln 3 \\approx -5480\\ \\text{J}$$\n\n"
        "so W = −5480 J.\n\n"
        "Wait — the question asks for the work done *by* the gas, which is the negative of that. "
        "The gas expands, so it does positive work:\n\n"
        "$$\\boxed{W_{\\text{by}} = nRT\\ln 3 \\approx 5480\\ \\text{J}}$$\n\n"
        "**(b)** $\\Delta S = nR\\ln 3 = 16.628 \\times 1.0986$, so ΔS ≈ **18 J/K**.\n\n"
        "## Problem 2\n\n"
        "**(a)** $\\eta = 1 - \\tfrac{300}{600} = \\tfrac12$\n\n"
        "**(b)** $W = \\eta Q_H = \\tfrac12 \\cdot 1200 = 600\\ \\text{J}$\n\n"
        "**(c)** For a reversible cycle the entropy of the universe does not change, so the answer is **B**.\n\n"
        "## Problem 3\n\n"
        "**(a)** $T_2 = T_1 (V_1/V_2)^{\\gamma-1} = 300 \\cdot 8^{0.4} \\approx 300 \\cdot 2.297$, so **T₂ ≈ 689 K**.\n\n"
        "**(b)** $p_2/p_1 = 8^{1.4} \\approx 18.12$\n\n"
        "**(c)** **False** — reversible and adiabatic means isentropic (ΔS = 0)."), 95,
        metadata={"model_slug": "o4-mini"})
    u2 = c.user(a, "what would 3(a) be if the gas were monatomic instead?", 300)
    a2 = c.asst(u2, (
        "For a monatomic ideal gas γ = 5/3, so γ − 1 = 2/3:\n\n"
        "$$T_2 = 300 \\cdot 8^{2/3} = 300 \\cdot 4 = 1200\\ \\text{K}$$\n\n"
        "The monatomic gas heats up much more (1200 K vs about 689 K for the diatomic case), "
        "because it has fewer degrees of freedom to share the work done on it."), 320,
        metadata={"model_slug": "o4-mini"})
    dump("thermo-exam/transcripts/thermo-export.json", [other.export(current_node=list(other.mapping)[-1]),
                                                         c.export(current_node=a2)])


# ================================================================= combi-export.json
CITE = "\ue200cite\ue202turn0search1\ue201"


def combi_export():
    c = GPTConv("67c9a0d4-11f2-8003-9e77-3a4b5c6d7e8f", "MATH 240 HW3 counting", 1741200000.0)
    q = c.user(c.root, (
        "Homework 3, please solve everything and use python to double check the counts.\n\n"
        "Problem 1\na) How many 5-card poker hands contain exactly two pairs?\n"
        "b) How many distinct arrangements of the letters of MISSISSIPPI?\n"
        "c) How many derangements of {1,2,3,4,5,6}?\n\n"
        "Problem 2\na) Two fair dice; given at least one die shows a 5, P(sum = 8)? exact fraction\n"
        "b) prevalence 1%, sensitivity 95%, false-positive rate 5%. P(disease | +)? 3 decimal places\n"
        "c) random permutation of {1..10}: expected number of fixed points?\n\n"
        "Problem 3: x1 + x2 + x3 + x4 = 10\n(i) number of non-negative integer solutions\n(ii) number of solutions with every xk >= 1"), 3)
    code = c.add(q, "assistant", {"content_type": "code", "language": "python", "text": (
        "from math import comb, factorial\nfrom itertools import permutations\n"
        "two_pair = comb(13,2)*comb(4,2)**2*comb(11,1)*4\n"
        "miss = factorial(11)//(factorial(4)*factorial(4)*factorial(2))\n"
        "der = sum(all(p[i]!=i for i in range(6)) for p in permutations(range(6)))\n"
        "print(two_pair, miss, der)\nprint(0.01*0.95/(0.01*0.95+0.99*0.05))")}, 20, recipient="python")
    out = c.add(code, "tool", {"content_type": "execution_output", "text": "123552 34650 265\n0.16101694915254236"}, 24,
                name="python", metadata={"aggregate_result": {"status": "success"}})
    a = c.asst(out, (
        "Here are the solutions (the counts in Problem 1 are confirmed by the Python run above).\n\n"
        "### Problem 1\n\n"
        "**a)** Choose the two ranks for the pairs: $\\binom{13}{2} = 78$. Choose 2 suits for each pair: "
        "$\\binom42^2 = 36$. Choose the fifth card from the 44 cards of the other 11 ranks: 44.\n\n"
        "$$78 \\cdot 36 \\cdot 44 = 123{,}552$$\n\n"
        "**Answer: 123,552 hands.**\n\n"
        "**b)** MISSISSIPPI has 11 letters: M×1, I×4, S×4, P×2.\n\n"
        "$$\\frac{11!}{4!\\,4!\\,2!} = \\frac{39916800}{1152} = 34{,}650$$\n\n"
        "**c)** Using $D_n = n!\\sum_{k=0}^n (-1)^k/k!$ " + CITE + " we get $D_6 = 265$ "
        "(and $D_6$ is the nearest integer to $720/e \\approx 264.87$).\n\n"
        "### Problem 2\n\n"
        "**a)** Outcomes with at least one 5: $36 - 25 = 11$. Of those, the sum is 8 for (3,5) and (5,3). "
        "So $P = \\dfrac{2}{11}$.\n\n"
        "**b)** By Bayes' rule,\n\n"
        "$$P(D\\mid +) = \\frac{0.01\\cdot0.95}{0.01\\cdot0.95 + 0.99\\cdot0.05} = \\frac{0.0095}{0.059} \\approx 0.161$$\n\n"
        "**c)** Let $X = \\sum_i \\mathbf 1[\\sigma(i)=i]$. Each indicator has expectation 1/10, so "
        "by linearity $E[X] = 10 \\cdot \\tfrac1{10} = 1$.\n\n"
        "### Problem 3\n\n"
        "**(i)** Stars and bars with 10 stars and 3 bars: $\\binom{13}{3} = 286$.\n\n"
        "**(ii)** Substitute $y_k = x_k - 1 \\ge 0$, so $y_1+\\dots+y_4 = 6$... that gives "
        "$\\binom{10}{3} = 120$.\n\n"
        "| Part | Answer |\n|---|---|\n| 1a | 123,552 |\n| 1b | 34,650 |\n| 1c | 265 |\n"
        "| 2a | 2/11 |\n| 2b | 0.161 |\n| 2c | 1 |\n| 3(i) | 286 |\n| 3(ii) | 120 |"), 60)
    dump("combinatorics-md/transcripts/combi-export.json", [c.export(current_node=a)])


# ================================================================= combi-claude.json
ATTACH = (
    "# Homework 3: Counting and conditional probability\n\n"
    "## Problem 1 — Counting (12 pts)\n\n"
    "a) A poker hand is 5 cards from a standard 52-card deck. How many hands contain exactly two pairs\n"
    "(two cards of one rank, two of another rank, and a fifth card of a third rank)?\n\n"
    "b) How many distinct arrangements are there of the letters of the word MISSISSIPPI?\n\n"
    "c) A derangement is a permutation with no fixed points. How many derangements of {1,2,3,4,5,6} are there?\n\n"
    "## Problem 2 — Conditional probability (12 pts)\n\n"
    "a) Two fair six-sided dice are rolled. Given that at least one die shows a 5, what is the probability\n"
    "that the sum is 8? Give an exact fraction.\n\n"
    "b) A disease has prevalence 1%. A test has sensitivity 95% and a false-positive rate of 5%. A randomly\n"
    "chosen person tests positive. What is the probability that they have the disease? Round to three decimal places.\n\n"
    "c) A permutation of {1,...,10} is chosen uniformly at random. What is the expected number of fixed points?\n\n"
    "## Problem 3 — Stars and bars (6 pts)\n\n"
    "Consider the equation x1 + x2 + x3 + x4 = 10.\n\n"
    "(i) How many solutions are there in non-negative integers?\n\n"
    "(ii) How many solutions are there with every x")


def claude_msg(uuid, sender, blocks, ts, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    full = []
    for b in blocks:
        d = {"start_timestamp": ts, "stop_timestamp": ts, "type": b["type"]}
        d.update({k: v for k, v in b.items() if k != "type"})
        full.append(d)
    return {"uuid": uuid, "text": text, "content": full, "sender": sender,
            "created_at": ts, "updated_at": ts, "attachments": attachments or [], "files": []}


def combi_claude():
    other = {"uuid": "0b7e1c2a-5d4f-4a1e-9c3b-2f6e8d0a1b21", "name": "Spanish verb conjugation drill",
             "created_at": "2025-03-01T18:02:11.000000Z", "updated_at": "2025-03-01T18:05:40.000000Z",
             "account": {"uuid": "acc-0001"},
             "chat_messages": [
                 claude_msg("m-o1", "human", [{"type": "text", "text": "Quiz me on the preterite of 'tener'."}],
                            "2025-03-01T18:02:11.000000Z"),
                 claude_msg("m-o2", "assistant", [{"type": "text", "text": "¡Claro! 1) yo ___ (tener) → ?"}],
                            "2025-03-01T18:02:19.000000Z")]}
    thinking = ("Two pair: C(13,2)*C(4,2)^2*44. Careful not to pick the pair ranks in order. "
                "Derangements of 6: 265. Bayes 0.0095/0.059 = 0.16102. Problem 3 (ii) text is cut off.")
    answer1 = (
        "Thanks for the file! Here's my work on Homework 3.\n\n"
        "## Problem 1\n\n"
        "**a)** Pick the rank of the first pair (13 ways) and of the second pair (12 ways), choose two suits for "
        "each ($\\binom{4}{2}^2 = 36$), then the fifth card (44 ways): $13 \\cdot 12 \\cdot 36 \\cdot 44 = 247{,}104$.\n\n"
        "Wait — that counts each hand twice, because the two pairs are unordered (a pair of kings plus a pair of "
        "fives is the same hand as fives plus kings). Dividing by 2:\n\n"
        "$$\\frac{13 \\cdot 12}{2} \\cdot 36 \\cdot 44 = 78 \\cdot 1584 = 123{,}552$$\n\n"
        "So there are **123,552** two-pair hands.\n\n"
        "**b)** $\\dfrac{11!}{4!\\,4!\\,2!\\,1!} = 34{,}650$ arrangements.")
    answer2 = (
        "**c)** The number of derangements is $!n \\approx n!/e$. For $n = 6$: $720/e \\approx 264.87$, "
        "so there are **264** derangements of a 6-element set.\n\n"
        "## Problem 2\n\n"
        "**a)** 11 outcomes have at least one 5; two of them, (3,5) and (5,3), sum to 8. **P = 2/11 ≈ 0.182.**\n\n"
        "**b)** $P(D\\mid +) = \\dfrac{0.95 \\times 0.01}{0.95 \\times 0.01 + 0.05 \\times 0.99} = \\dfrac{0.0095}{0.059} "
        "\\approx \\mathbf{0.1610}$ — only about 16% despite the positive test, because the disease is rare.\n\n"
        "**c)** By linearity of expectation, each of the 10 positions is fixed with probability 1/10, so the "
        "expected number of fixed points is **1**.\n\n"
        "## Problem 3\n\n"
        "**(i)** $\\binom{10+4-1}{4-1} = \\binom{13}{3} = \\mathbf{286}$.\n\n"
        "**(ii)** The attachment cuts off in the middle of this part (\"with every x\"). Is the condition "
        "$x_k \\ge 1$, or something else like $x_k \\le 3$? Let me know and I'll finish it.")
    graded = {"uuid": "4d2f9a10-83b1-4c55-b0e2-7a9c1d3e5f60", "name": "Discrete prob HW3",
              "created_at": "2025-03-04T20:10:02.000000Z", "updated_at": "2025-03-04T20:12:47.000000Z",
              "account": {"uuid": "acc-0001"},
              "chat_messages": [
                  claude_msg("m-g1", "human", [{"type": "text", "text": "can you solve the attached homework? show work"}],
                             "2025-03-04T20:10:02.000000Z",
                             attachments=[{"file_name": "hw3.md", "file_size": len(ATTACH.encode()),
                                           "file_type": "text/markdown", "extracted_content": ATTACH}]),
                  claude_msg("m-g2", "assistant", [
                      {"type": "thinking", "thinking": thinking, "summaries": [{"summary": "Working through counting problems."}]},
                      {"type": "text", "text": answer1},
                      {"type": "tool_use", "name": "repl", "input": {"code": "console.log(Math.round(720/Math.E), 0.0095/0.059)"}},
                      {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "265 0.16101694915254236"}], "is_error": False},
                      {"type": "text", "text": answer2}],
                      "2025-03-04T20:10:31.000000Z")]}
    dump("combinatorics-md/transcripts/combi-claude.json", [other, graded])


# ================================================================= queue-export-nocurrent.json
def queue_export():
    o1 = GPTConv("67b00111-2222-8003-aaaa-000000000011", "Pasta for 6 people", 1740000000.0)
    u = o1.user(o1.root, "how much dry pasta for 6 adults?", 1)
    o1.asst(u, "Plan on about 85–100 g of dry pasta per person, so roughly 500–600 g total.", 6)

    c = GPTConv("67b11a2b-3c4d-8003-bbbb-0123456789ab", "M/M/1 and graphs", 1740500000.0)
    q = c.user(c.root, (
        "Exercise 5.1 (M/M/1 queue). Customers arrive at a single-server help desk as a Poisson process with rate λ = 4 per hour; "
        "service times are exponential with rate μ = 5 per hour.\n(a) utilisation ρ?\n(b) mean number in system L?\n"
        "(c) mean time in system W, in minutes?\n(d) mean wait in queue Wq, in minutes?\n\n"
        "Exercise 5.2. (a) directed graph s→A (4), s→B (1), B→A (2), A→C (1), B→C (5), C→D (3), B→D (8), D→E (1), C→E (6). "
        "Dijkstra from s, give (d(A), d(B), d(C), d(D), d(E)).\n"
        "(b) undirected graph on P,Q,R,S,T with PQ=2, PR=3, QR=1, QS=4, RS=5, RT=6, ST=2, QT=7. Weight of an MST?\n\n"
        "Exercise 5.3. How many spanning trees does K5 (five labelled vertices) have?"), 2)
    # first response, then a follow-up on it (older branch)
    a1 = c.asst(q, (
        "**5.1** (a) ρ = λ/μ = 0.8 (b) L = ρ/(1−ρ) = 4 (c) W = 1/(μ−λ) = 1 h = 60 min "
        "(d) Wq = ρ/(μ−λ) = 0.8 h = 48 min\n\n"
        "**5.2** (a) (3, 1, 4, 7, 8) (b) 9\n\n**5.3** By Cayley's formula n^n = 5^5 = 3125."), 30)
    u1 = c.user(a1, "isn't Cayley n^(n-2)?", 200)
    c.asst(u1, "You're right — Cayley's formula is n^{n−2}, so K5 has 5³ = **125** spanning trees.", 215)
    # the user later regenerated the first response: this branch ends last in time (graded)
    c.asst(q, (
        "## Exercise 5.1\n\n"
        "With λ = 4/h and μ = 5/h:\n\n"
        "- **(a)** ρ = λ/μ = 4/5 = **0.8**\n"
        "- **(b)** L = ρ/(1 − ρ) = 0.8/0.2 = **4** customers\n"
        "- **(c)** W = L/λ = 4/4 = 1 hour = **60 minutes**\n"
        "- **(d)** Wq = W − 1/μ. The mean service time is 1/μ = 0.2 h, so the time in queue is "
        "**Wq = 12 minutes**.\n\n"
        "## Exercise 5.2\n\n"
        "**(a)** Dijkstra from s:\n\n"
        "| step | settled | d(A) | d(B) | d(C) | d(D) | d(E) |\n|---|---|---|---|---|---|---|\n"
        "| 1 | s | 4 | 1 | ∞ | ∞ | ∞ |\n| 2 | B | 3 | 1 | 6 | 9 | ∞ |\n| 3 | A | 3 | 1 | 4 | 9 | ∞ |\n"
        "| 4 | C | 3 | 1 | 4 | 7 | 10 |\n| 5 | D | 3 | 1 | 4 | 7 | 8 |\n\n"
        "$$d = (3,\\ 1,\\ 4,\\ 7,\\ 8)$$\n\n"
        "**(b)** Kruskal: QR (1), PQ (2), ST (2), skip PR (3, cycle), QS (4). Total weight = 1 + 2 + 2 + 4 = **9**.\n\n"
        "## Exercise 5.3\n\n"
        "Cayley's formula gives n^{n−2} = 5³ = **125** labelled spanning trees — or, if the vertices are treated "
        "as unlabelled and we count trees up to isomorphism, the answer is **3**."), 400)
    dump("queues-graphs/transcripts/queue-export-nocurrent.json",
         [o1.export(current_node=list(o1.mapping)[-1]), c.export(drop_current=True)])


if __name__ == "__main__":
    thermo_export()
    combi_export()
    combi_claude()
    queue_export()
