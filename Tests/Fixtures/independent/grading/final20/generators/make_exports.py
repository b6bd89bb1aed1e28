#!/usr/bin/env python3
"""Writes the JSON export transcripts of the final20 corpus. Deterministic: re-running gives
byte-identical files (fixed ids and timestamps, no randomness)."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, title, prefix, t0):
        self.title, self.prefix, self.t = title, prefix, t0
        self.mapping, self.n = {}, 0
        root = self._id()
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def _id(self):
        self.n += 1
        return "%s-%04d-4a1e-9c2b-%012d" % (self.prefix, self.n, self.n)

    def add(self, parent, role, content, recipient="all", metadata=None, author_name=None, dt=7):
        nid = self._id()
        self.t += dt
        msg = {"id": nid,
               "author": {"role": role, "name": author_name, "metadata": {}},
               "create_time": round(self.t, 3), "update_time": None,
               "content": content, "status": "finished_successfully", "end_turn": None,
               "weight": 1.0, "metadata": metadata or {}, "recipient": recipient, "channel": None}
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, s, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [s]}, **kw)

    def system(self, parent):
        return self.add(parent, "system", {"content_type": "text", "parts": [""]},
                        metadata={"is_visually_hidden_from_conversation": True}, dt=0)

    def out(self, current_node=True, leaf=None):
        d = {"title": self.title, "create_time": round(self.mapping[self.root]["children"] and
                                                       self.t0 if hasattr(self, "t0") else 0, 3),
             "update_time": round(self.t, 3), "mapping": self.mapping}
        if current_node:
            d["current_node"] = leaf
        d["conversation_id"] = self.prefix + "-conv"
        d["default_model_slug"] = "gpt-4o"
        return d


def conv(title, prefix, t0):
    c = Conv(title, prefix, t0)
    c.t0 = t0
    return c


def write(path, data, ensure_ascii=True, indent=None):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=ensure_ascii, indent=indent)
        fh.write("\n")


# ================================================================ A2: waves, regenerated + thoughts
def waves_export():
    c = conv("Waves HW6 solutions", "a2c7f0e1", 1733251200.0)
    s = c.system(c.root)
    u = c.text(s, "user",
               "Waves homework. c = 343 m/s (340 in Q2), I0 = 1e-12 W/m^2.\n"
               "1. (a) wavelength of 440 Hz to 3 s.f. (b) string L = 65 cm, T = 80 N, mu = 1.2 g/m: "
               "fundamental to nearest 0.5 Hz (c) level for I = 3.2e-5 W/m^2, nearest 0.1 dB\n"
               "2. (a) siren 680 Hz on an ambulance moving 20 m/s toward a standing pedestrian "
               "(b) first overtone of a 0.85 m pipe closed at one end (c) closed pipe harmonics: "
               "(A) all (B) odd only (C) even only (D) fundamental only\n"
               "3. (a) T/F: doubling intensity adds 6 dB (b) y = 0.02 sin(5πx) cos(200πt), speed of the travelling waves")
    # first response (regenerated away; not graded)
    old = c.text(u, "assistant",
                 "**1(a)** λ = 343/440 = **0.780 m**\n\n**1(b)** v = √(80/0.0012) = 258.2 m/s, f₁ = v/2L = **198.6 Hz**\n\n"
                 "**1(c)** β = 10 log(3.2×10⁷) = **75.1 dB**\n\n**2(a)** f' = 680·340/320 = **722.5 Hz**\n\n"
                 "**2(b)** 3 × 100 = **300 Hz**\n\n**2(c)** **B**\n\n**3(a)** **False**\n\n**3(b)** v = ω/k = **40 m/s**",
                 metadata={"model_slug": "gpt-4o"})
    # regenerated branch (graded: current_node)
    th = c.add(u, "assistant", {"content_type": "thoughts", "thoughts": [
        {"summary": "Plan", "content": "String: v = sqrt(80/0.0012) ~ 258, f1 = v/L ~ 397? no, f1 = v/2L ~ 199. "
                                        "Pipe closed: fundamental 100 Hz. Level ~ 75.05 dB."}],
        "source_analysis_msg_id": "x"}, metadata={"model_slug": "o3"})
    rr = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"},
               metadata={"model_slug": "o3"})
    a = c.text(rr, "assistant",
               "Here are the solutions, part by part.\n\n"
               "## 1. Strings and levels\n\n"
               "**(a)** At room temperature sound travels at about 343 m/s " + CITE("turn0search0") + ", so\n\n"
               "$$\\lambda = \\frac{343}{440} \\approx 0.78\\ \\text{m}$$\n\n"
               "**(b)** $v = \\sqrt{T/\\mu} = \\sqrt{80/0.0012} \\approx 258.2$ m/s. The fundamental has $\\lambda = 2L = 1.3$ m:\n\n"
               "$$f_1 = \\frac{258.2}{1.3} \\approx 199\\ \\text{Hz}$$\n\n"
               "**(c)** $\\beta = 10\\log_{10}(3.2\\times10^{7})$\n\n"
               "$$\\beta \\approx 75.05\\ \\text{dB}$$\n\n"
               "## 2. Doppler shift and pipes\n\n"
               "**(a)** Moving source, stationary listener " + CITE("turn0search2") + ":\n\n"
               "$$f' = 680\\cdot\\frac{340}{340-20} = 722.5\\ \\text{Hz}$$\n\n"
               "**(b)** For a pipe closed at one end the lowest mode has $L = \\lambda/4$, so the first overtone frequency is\n\n"
               "$$f = \\frac{c}{4L} = \\frac{340}{3.4} = 100\\ \\text{Hz}$$\n\n"
               "**(c)** Only odd harmonics fit a node at the closed end and an antinode at the open end → **(B)**.\n\n"
               "## 3. Standing waves\n\n"
               "**(a)** **False** — doubling the intensity adds $10\\log_{10}2 \\approx 3$ dB.\n\n"
               "**(b)** Reading $k = 5$ rad/m and $\\omega = 200\\pi$ rad/s,\n\n"
               "$$v = \\frac{\\omega}{k} = 40\\pi \\approx 125.7\\ \\text{m/s}$$",
               metadata={"model_slug": "o3", "citations": [
                   {"start_ix": 0, "end_ix": 0, "metadata": {"title": "Speed of sound", "url": "https://en.wikipedia.org/wiki/Speed_of_sound"}}]})
    write("acoustics-waves/transcripts/chatgpt-export-regen.json", [c.out(True, a)])


# ================================================================ B2: micro, python tool, other conversations
def micro_export():
    other1 = conv("Sourdough starter schedule", "b2aa0001", 1739800000.0)
    s = other1.system(other1.root)
    u = other1.text(s, "user", "how often should I feed a sourdough starter kept in the fridge? it's 100% hydration")
    l1 = other1.text(u, "assistant", "Once a week is typical for a refrigerated starter: discard all but about 50 g, "
                     "then feed 50 g flour and 50 g water (1:1:1). Leave it out 2–4 hours before returning it to the fridge.")

    c = conv("Econ PS3 bread market", "b2bb0002", 1739900000.0)
    s = c.system(c.root)
    u1 = c.text(s, "user",
                "ECON 201 PS3\nQ1: Qd = 100 - 2P, Qs = 3P - 30. a) (P*, Q*) b) point price elasticity of demand at "
                "equilibrium, signed, 3 dp c) consumer surplus d) producer surplus\nQ2: $5/unit tax on sellers. "
                "a) deadweight loss b) tax revenue c) fraction borne by consumers (0 to 1)\nQ3: $4 -> $6, 120 -> 80 riders, "
                "midpoint formula: (A) elastic (B) inelastic (C) unit elastic (D) perfectly inelastic")
    code = c.add(u1, "assistant", {"content_type": "code", "language": "unknown", "text":
                 "from fractions import Fraction as F\nP = F(130, 5); Q = 100 - 2*P\nprint(P, Q)\n"
                 "print(F(1,2)*(50-P)*Q, F(1,2)*(P-10)*Q)\nPb = F(145, 5); Qt = 100 - 2*Pb\n"
                 "print(Pb, Qt, F(1,2)*5*(Q-Qt), 5*Qt)"}, recipient="python")
    res = c.add(code, "tool", {"content_type": "execution_output", "text": "26 48\n576 384\n29 42 15 210"},
                author_name="python", metadata={"aggregate_result": {"status": "success", "run_id": "r-0001"}})
    a1 = c.text(res, "assistant",
                "I ran the numbers in Python; here's the write-up.\n\n"
                "**Question 1**\n\n"
                "- **a)** $(P^*, Q^*) = (26, 48)$\n"
                "- **b)** Elasticity magnitude: $|\\varepsilon| = 2 \\cdot \\tfrac{26}{48} = 1.083$\n"
                "- **c)** $CS = \\tfrac12(50-26)(48) = 576$\n"
                "- **d)** $PS = \\tfrac12(26-10)(48) = 384$\n\n"
                "**Question 2** (buyers pay \\$29, sellers keep \\$24, quantity 42)\n\n"
                "- **a)** $DWL = \\tfrac12 \\cdot 5 \\cdot 6 = 15$\n"
                "- **b)** Revenue $= 5 \\times 42 = 210$\n"
                "- **c)** Sellers' price falls by \\$2 of the \\$5, so the share of the tax borne by consumers is $2/5 = 0.4$\n\n"
                "**Question 3**\n\nUsing percentage changes from the starting point, $\\%\\Delta Q = -40/120 = -33\\%$ and "
                "$\\%\\Delta P = 2/4 = 50\\%$, so $|E| \\approx 0.67 < 1$ " + CITE("turn0search3") + ".\n\nSo the answer is (B).")
    u2 = c.text(a1, "user", "thanks! is bread usually elastic in real life?")
    a2 = c.text(u2, "assistant", "Staple bread tends to be price-inelastic overall (estimates are often around −0.2 to −0.5), "
                "but a specific artisanal bakery faces much more elastic demand because close substitutes exist.")

    other2 = conv("pandas merge duplicates rows", "b2cc0003", 1740000000.0)
    s = other2.system(other2.root)
    u = other2.text(s, "user", "my merge turns 120 rows into 480, why")
    l2 = other2.text(u, "assistant", "The key isn't unique on the right side: each of your 120 left rows matched about 4 right rows. "
                     "Check `right['key'].duplicated().sum()` and deduplicate or aggregate before merging; "
                     "`validate='many_to_one'` will raise if it happens again.")
    write("micro-elasticity-surplus/transcripts/chatgpt-export-python.json",
          [other2.out(True, l2), c.out(True, a2), other1.out(True, l1)])


# ================================================================ C1: pgf, no current_node
def pgf_export():
    c = conv("PGF sheet 3", "c1dd0004", 1741000000.0)
    s = c.system(c.root)
    u = c.text(s, "user",
               "Exercise 3.1: G_X(s) = (1+2s)^3/27. (a) P(X=2) (b) E[X] (c) Var(X)\n"
               "Exercise 3.2: Y1, Y2 iid, G(s) = p/(1-(1-p)s), p = 1/4, find P(Y1+Y2=2)\n"
               "Exercise 3.3: Z0 = 1, offspring pgf f(s) = 1/4 + s/4 + s^2/2. (a) mean (b) extinction probability (c) P(Z2=0)")
    # older branch, earlier create_time on its leaf
    old = c.text(u, "assistant",
                 "3.1 (a) 4/9 (b) 2 (c) 2/3\n\n3.2: 27/256\n\n3.3 (a) 5/4 (b) 1/2 (c) 11/32", dt=5)
    c.t += 600  # regenerated ten minutes later
    new = c.text(u, "assistant",
                 "### Exercise 3.1\n\n"
                 "$G_X(s) = \\left(\\tfrac13 + \\tfrac23 s\\right)^3$, i.e. $X \\sim \\mathrm{Bin}(3, \\tfrac23)$.\n\n"
                 "1. $\\mathbb{P}(X=2) = \\binom32\\left(\\tfrac23\\right)^2\\tfrac13 = \\boxed{\\tfrac49}$\n"
                 "2. $\\mathbb{E}[X] = G_X'(1) = \\boxed{2}$\n"
                 "3. $\\operatorname{Var}(X) = G''(1) + G'(1) - G'(1)^2 = \\tfrac83 + 2 - 4 = \\boxed{\\tfrac23}$\n\n"
                 "### Exercise 3.2\n\n"
                 "$G_{Y_1+Y_2}(s) = \\dfrac{p^2}{(1-qs)^2}$ with $q = \\tfrac34$. The $s^2$ coefficient is $p^2 q^2$:\n\n"
                 "$$\\mathbb{P}(Y_1+Y_2=2) = \\frac{1}{16}\\cdot\\frac{9}{16} = \\boxed{\\frac{9}{256}}$$\n\n"
                 "### Exercise 3.3\n\n"
                 "(a) $\\mu = f'(1) = \\tfrac14 + 1 = \\boxed{\\tfrac54}$\n\n"
                 "(b) $f(s) = s \\iff 2s^2 - 3s + 1 = 0 \\iff s \\in \\{\\tfrac12, 1\\}$; since $\\mu > 1$ the extinction "
                 "probability is the smaller root, $q = \\boxed{\\tfrac12}$.\n\n"
                 "(c) $\\mathbb{P}(Z_2 = 0) = f(f(0)) = f(\\tfrac14) = \\tfrac14 + \\tfrac1{16} + \\tfrac1{16} = \\boxed{\\tfrac38}$")
    d = c.out(False)
    # this exporter also omits `children` on the nodes
    for node in d["mapping"].values():
        node.pop("children", None)
    write("pgf-branching/transcripts/chatgpt-export-no-current-node.json", [d])


# ================================================================ B3: micro, Claude export
def micro_claude():
    problems = open(os.path.join(ROOT, "micro-elasticity-surplus/problems.md"), encoding="utf-8").read()
    def msg(uuid, sender, t, content, attachments=()):
        text = "\n\n".join(b["text"] for b in content if b["type"] == "text")
        return {"uuid": uuid, "text": text, "content": content, "sender": sender,
                "created_at": t, "updated_at": t, "attachments": list(attachments), "files": []}
    unrelated = {"uuid": "0b3e0c55-1111-4a00-8000-000000000001", "name": "Cover letter tweaks",
                 "created_at": "2025-02-17T08:00:00.000000Z", "updated_at": "2025-02-17T08:05:00.000000Z",
                 "account": {"uuid": "acc-0001"},
                 "chat_messages": [
                     msg("m-u-1", "human", "2025-02-17T08:00:00.000000Z",
                         [{"type": "text", "text": "make this opening line less stiff: 'I am writing to apply for the position of analyst.'"}]),
                     msg("m-a-1", "assistant", "2025-02-17T08:00:09.000000Z",
                         [{"type": "text", "text": "Try: \"I'd love to bring my data skills to your analyst team.\""}])]}
    t = "2025-02-18T21:30:%02d.000000Z"
    graded = {"uuid": "0b3e0c55-2222-4a00-8000-000000000002", "name": "ECON 201 problem set 3",
              "created_at": t % 0, "updated_at": t % 40, "account": {"uuid": "acc-0001"},
              "chat_messages": [
                  msg("m-u-2", "human", t % 0,
                      [{"type": "text", "text": "Can you solve this problem set? Show the steps briefly."}],
                      attachments=[{"file_name": "problems.md", "file_size": len(problems.encode()),
                                    "file_type": "text/markdown", "extracted_content": problems}]),
                  msg("m-a-2", "assistant", t % 25, [
                      {"type": "thinking", "thinking": "Equilibrium 100-2P = 3P-30 -> P = 26, Q = 48. PS: supply intercept "
                       "P = 10, so 1/2*16*48 = 384. Elasticity -2*26/48. Q3 midpoint gives -1.",
                       "summaries": [{"summary": "Solving the supply and demand system."}]},
                      {"type": "tool_use", "name": "repl", "input": {"code":
                       "const P = 26, Q = 48; console.log(-2*P/Q, 0.5*(50-P)*Q, 0.5*(29-24)*(48-42), 5*42)"}},
                      {"type": "tool_result", "name": "repl", "content": [
                          {"type": "text", "text": "-1.0833333333333333 576 15 210"}], "is_error": False},
                      {"type": "text", "text":
                       "## Question 1\n\n"
                       "**a)** Setting $100 - 2P = 3P - 30$ gives $P^* = 26$ and $Q^* = 48$, i.e. $(26, 48)$.\n\n"
                       "**b)** $\\varepsilon = -2 \\times \\frac{26}{48} = -1.083$\n\n"
                       "**c)** Consumer surplus: $\\frac12 (50 - 26)(48) = 576$.\n\n"
                       "**d)** Producer surplus is the area between the price and the supply curve, from $P = 10$ up to "
                       "$P = 26$ over 48 units: $(26 - 10)(48) = 768$.\n\n"
                       "## Question 2\n\n"
                       "With the tax the supply curve shifts to $Q_s = 3P - 45$; buyers pay \\$29, sellers keep \\$24 and 42 "
                       "loaves trade.\n\n"
                       "**a)** DWL $= \\frac12 \\times 5 \\times 6 = 15$\n\n"
                       "**b)** Revenue $= 5 \\times 42 = 210$\n\n"
                       "**c)** Consumers bear $\\frac{29-26}{5} = 0.6$ of the tax.\n\n"
                       "## Question 3\n\n"
                       "With the midpoint formula, $\\frac{-40/100}{2/5} = -1$, which would make it unit elastic. With simple "
                       "percentage changes from the starting values you get $\\frac{-1/3}{1/2} \\approx -0.67$, i.e. inelastic. "
                       "So the answer is (C) under the midpoint formula or (B) under the simple-percentage formula, "
                       "depending on which definition your course uses."}]),
              ]}
    write("micro-elasticity-surplus/transcripts/claude-export.json", [unrelated, graded], ensure_ascii=False, indent=2)


if __name__ == "__main__":
    waves_export()
    micro_export()
    pgf_export()
    micro_claude()
