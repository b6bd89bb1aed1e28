#!/usr/bin/env python3
"""Write the three JSON data-export transcripts of this corpus.

Deterministic: fixed ids (uuid5 of a name), fixed timestamps, sorted output order.
Re-running gives byte-identical files. Run from anywhere:
    python3 generators/make_exports.py
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c1f0e-4d0b-4e55-9a51-2b7f5d3c8a10")


def uid(name):
    return str(uuid.uuid5(NS, name))


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        root = uid(key + "/root")
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}

    def add(self, name, parent, role, content, t, recipient="all", author_name=None,
            metadata=None, end_turn=None, hidden=False):
        nid = uid(self.key + "/" + name)
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": None if t is None else self.t0 + t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        pid = self.root if parent is None else uid(self.key + "/" + parent)
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        return name

    def export(self, current=None, with_current=True):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"]]
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": self.mapping,
            "moderation_results": [],
            "plugin_ids": None,
            "conversation_id": uid(self.key),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "default_model_slug": "gpt-4o" if with_current else "auto",
            "id": uid(self.key),
        }
        if with_current:
            d["current_node"] = uid(self.key + "/" + current)
        return d


def text(*parts):
    return {"content_type": "text", "parts": list(parts)}


def system(c):
    c.add("system", None, "system", text(""), None, hidden=True)


# ============================================================ set 1: ChatGPT export
def logistic_export():
    USER1 = (
        "Here's my BIOL 341 problem set 3, please solve everything and clearly mark final answers.\n\n"
        "1. A population of meadow voles on an island grows logistically, dN/dt = rN(1 - N/K), with "
        "intrinsic growth rate r = 0.4 per year and carrying capacity K = 5000. At t=0 there are N0 = 200 voles.\n"
        "(a) Using the analytic solution of the logistic equation, find the population after five years. "
        "Round to the nearest individual.\n"
        "(b) How long does it take the population to reach half of its carrying capacity? Give t to two decimal places.\n"
        "(c) Write f(N) = rN(1 - N/K) for the right-hand side. Give the derivative f'(N) in terms of r, N and K.\n\n"
        "2. A fish stock in a lake also follows logistic growth, now with r = 0.5 per year and K = 10 000 fish. "
        "The stock is harvested at a constant rate of H fish per year.\n"
        "(a) What is the maximum sustainable yield?\n"
        "(b) For H = 800 fish per year, find both equilibrium population sizes (smaller, larger).\n"
        "(c) For H = 800, which equilibrium is stable? (A) only the smaller one (B) only the larger one (C) both (D) neither\n\n"
        "3. Three age classes. Class-1 (seedlings) do not reproduce; class-2 individuals produce 1.5 seedlings "
        "and class-3 individuals 1.2 seedlings per year. A fraction 0.6 of seedlings survive into class 2 and 0.4 "
        "of class-2 plants survive into class 3. No plant survives beyond class 3.\n"
        "(a) Write down the 3x3 Leslie matrix L.\n"
        "(b) The current census is n0 = (100, 50, 20). Compute n1 = L n0."
    )
    # First (older) answer, later regenerated; NOT on the graded branch.
    OLD = (
        "Sure! Here are the answers.\n\n"
        "**1(a)** $N(5) = \\dfrac{5000}{1 + 24e^{-2}} \\approx 1180$ voles.\n\n"
        "**1(b)** $t = \\ln(24)/0.4 \\approx 7.95$ years.\n\n"
        "**1(c)** $f'(N) = r(1 - 2N/K)$\n\n"
        "**2(a)** MSY $= rK/4 = 1250$\n\n"
        "**2(b)** $(2000, 8000)$\n\n"
        "**2(c)** (A) only the smaller one\n\n"
        "**3(a)** $L = \\begin{pmatrix}0 & 1.5 & 1.2\\\\ 0.6 & 0 & 0\\\\ 0 & 0.4 & 0\\end{pmatrix}$\n\n"
        "**3(b)** $\\mathbf n_1 = (99, 60, 20)$"
    )
    THOUGHTS = {
        "content_type": "thoughts",
        "thoughts": [
            {"summary": "Setting up the logistic solution",
             "content": "The closed form is N(t) = K/(1 + A e^{-rt}) with A = (K - N0)/N0. I'll evaluate it numerically with the python tool, and get the harvesting equilibria from the quadratic."},
            {"summary": "Checking the harvest model",
             "content": "MSY for logistic growth is the peak of rN(1-N/K), at N = K/2. Stability from the sign of the derivative of the net rate."},
        ],
        "source_analysis_msg_id": uid("logistic/src"),
    }
    CODE = (
        "import numpy as np\n"
        "r, K, N0 = 0.4, 5000, 200\n"
        "A = (K - N0) / N0\n"
        "N5 = K / (1 + A*np.exp(-r*5))\n"
        "print('N(5) =', N5)\n"
        "# harvesting equilibria: -r/K N^2 + r N - H = 0\n"
        "print('roots:', np.roots([-0.5/10000, 0.5, -800]))\n"
    )
    EXEC = "N(5) = 1177.0115156763788\nroots: [8000. 2000.]\n"
    ANSWER = (
        "Here's the full solution. The analytic logistic solution is "
        "$N(t) = K/\\left(1 + \\frac{K-N_0}{N_0}e^{-rt}\\right)$ "
        "\ue200cite\ue202turn0search2\ue201.\n\n"
        "## Problem 1\n\n"
        "With $K = 5000$, $N_0 = 200$: $A = \\frac{K - N_0}{N_0} = 24$.\n\n"
        "**(a)** From the computation above,\n\n"
        "$$N(5) = \\frac{5000}{1 + 24e^{-2}} \\approx 1177.01$$\n\n"
        "**Final answer: 1177 voles.**\n\n"
        "**(b)** At half the carrying capacity, $N = K/2$, so $e^{rt} = 1 + \\frac{K - N_0}{N_0} = 25$ and\n\n"
        "$$t = \\frac{\\ln 25}{0.4} = \\frac{3.2189}{0.4} \\approx 8.05 \\text{ years}$$\n\n"
        "**(c)** $f(N) = rN - rN^2/K$, hence\n\n"
        "$$f'(N) = r\\left(1 - \\frac{2N}{K}\\right)$$\n\n"
        "## Problem 2\n\n"
        "**(a)** The growth curve peaks at $N = K/2$, giving\n\n"
        "$$\\text{MSY} = \\frac{rK}{4} = \\frac{0.5 \\cdot 10000}{4} = 1250 \\text{ fish/year}$$\n\n"
        "**(b)** The quadratic $-0.00005N^2 + 0.5N - 800 = 0$ has roots 2000 and 8000, so the equilibria are "
        "$(2000,\\ 8000)$.\n\n"
        "**(c)** The net rate $g(N) = rN(1-N/K) - H$ has $g'(2000) = 0.3 > 0$ (unstable) and "
        "$g'(8000) = -0.3 < 0$ (stable). **Answer: (B)**\n\n"
        "## Problem 3\n\n"
        "**(a)** Fecundities in the first row, survival probabilities on the sub-diagonal:\n\n"
        "$$L = \\begin{bmatrix} 0 & 1.5 & 1.2 \\\\ 0.6 & 0 & 0 \\\\ 0 & 0.4 & 0 \\end{bmatrix}$$\n\n"
        "**(b)** Multiplying:\n\n"
        "- first entry: $1.5 \\cdot 50 + 1.2 \\cdot 30 = 75 + 36 = 111$\n"
        "- second entry: $0.6 \\cdot 100 = 60$\n"
        "- third entry: $0.4 \\cdot 50 = 20$\n\n"
        "So $\\mathbf{n}_1 = (111, 60, 20)^\\top$."
    )
    USER2 = "thanks! and what would the MSY be if r doubled to 1.0?"
    ANSWER2 = (
        "MSY scales linearly with $r$: with $r = 1.0$ and $K = 10\\,000$,\n\n"
        "$$\\text{MSY} = \\frac{1.0 \\times 10\\,000}{4} = 2500 \\text{ fish per year.}$$\n\n"
        "The population size at which it is achieved is still $K/2 = 5000$. \ue203"
    )
    c = Conv("logistic", "Logistic growth HW", 1741720000.0)
    system(c)
    c.add("u1", "system", "user", text(USER1), 10.0)
    c.add("a_old", "u1", "assistant", text(OLD), 25.0, end_turn=True)
    c.add("thoughts", "u1", "assistant", THOUGHTS, 140.0, recipient="all",
          metadata={"reasoning_status": "is_reasoning"})
    c.add("code", "thoughts", "assistant", {"content_type": "code", "language": "unknown",
                                            "response_format_name": None, "text": CODE}, 146.0,
          recipient="python")
    c.add("exec", "code", "tool", {"content_type": "execution_output", "text": EXEC}, 147.5,
          author_name="python")
    c.add("recap", "exec", "assistant", {"content_type": "reasoning_recap",
                                          "content": "Thought for 14 seconds"}, 151.0)
    c.add("a1", "recap", "assistant", text(ANSWER), 152.0, end_turn=True)
    c.add("u2", "a1", "user", text(USER2), 300.0)
    c.add("a2", "u2", "assistant", text(ANSWER2), 305.0, end_turn=True)
    graded = c.export(current="a2")

    o = Conv("logistic-other", "Cover letter tweaks", 1741630000.0)
    system(o)
    o.add("u1", "system", "user", text("Can you make this sentence less stiff: 'I am writing to express my interest in the field assistant position.'"), 5.0)
    o.add("a1", "u1", "assistant", text("Try: \"I'd love to join your team as a field assistant this summer.\" It's warmer and gets to the point faster."), 9.0, end_turn=True)
    other = o.export(current="a1")

    data = [graded, other]
    path = os.path.join(ROOT, "logistic-ecology", "transcripts", "chatgpt-export.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))


# ============================================================ set 3: ChatGPT export without current_node
def bayes_export():
    USER1 = (
        "Problem 1 (12 points)\nA rare condition affects 2% of a population. A screening test has sensitivity 95% "
        "(it is positive for 95% of people with the condition) and specificity 90% (it is negative for 90% of "
        "people without it).\n(a) A randomly chosen person tests positive. What is the probability that they have "
        "the condition?\n(b) The same person is tested a second time. Assume the two test results are conditionally "
        "independent given the true disease status.\n(i) What is the probability that they have the condition if "
        "the second test is also positive?\n(ii) What is the probability that they have the condition if the second "
        "test is negative?"
    )
    ANSWER1 = (
        "Let $D$ be the event of having the condition.\n\n"
        "**(a)**\n\n"
        "$$P(D\\mid +) = \\frac{0.95 \\times 0.02}{0.95 \\times 0.02 + 0.10 \\times 0.98} = \\frac{0.019}{0.117}$$\n\n"
        "So $P(D \\mid +) = 19/117 \\approx 0.162$.\n\n"
        "**(b)(i)** Under conditional independence the likelihoods multiply:\n\n"
        "$$P(D\\mid +,+) = \\frac{0.02 \\times 0.95^2}{0.02 \\times 0.95^2 + 0.98 \\times 0.10^2} "
        "= \\frac{0.01805}{0.02785} \\approx 0.6481$$\n\n"
        "**(b)(ii)** Before I compute this one: do you want the second test to be treated as conditionally "
        "independent of the first here too, or should the negative result be read as a retest that replaces the "
        "first one? Your course notes \ue200cite\ue202turn0file0\ue201 may use either convention, and the numbers "
        "differ by an order of magnitude."
    )
    USER2 = (
        "skip (ii) for now. Problem 2: prior Beta(2, 2) on θ, 7 heads in 10 flips. (a) posterior (α', β') "
        "(b) posterior mean (c) MAP estimate (d) with the same prior, posterior mean as a formula in h heads out of n flips. "
        "Problem 3: Poisson(λ) with Gamma(α = 3, β = 2) prior, β = rate (prior mean α/β). Observed 4, 2, 5. Posterior mean of λ?"
    )
    ANSWER2_OLD = (
        "**Problem 2**\n\n"
        "(a) $(\\alpha', \\beta') = (9, 5)$\n\n"
        "(b) $9/14 \\approx 0.643$\n\n"
        "(c) $\\hat\\theta_{MAP} = \\frac{8}{12} = \\frac{2}{3}$\n\n"
        "(d) $\\frac{h+2}{n+4}$\n\n"
        "**Problem 3**\n\n"
        "Posterior $\\text{Gamma}(14, 5)$, mean $= 2.8$."
    )
    USER3_OLD = "thanks"
    ANSWER3_OLD = "You're welcome — good luck with the rest of the homework!"
    ANSWER2_NEW = (
        "## Problem 2 — Beta–Binomial\n\n"
        "**(a)** Conjugate update: $\\alpha' = 2 + 7 = 9$, $\\beta' = 2 + 3 = 5$.\n\n"
        "$$(\\alpha', \\beta') = (9,\\ 5)$$\n\n"
        "**(b)** Posterior mean:\n\n"
        "$$E[\\theta\\mid x] = \\frac{9}{14} \\approx 0.6429$$\n\n"
        "**(c)** The MAP estimate maximises the posterior. Since the likelihood is "
        "$\\theta^7(1-\\theta)^3$, setting the derivative of its log to zero gives "
        "$\\frac{7}{\\theta} = \\frac{3}{1-\\theta}$, so\n\n"
        "$$\\hat\\theta_{\\text{MAP}} = \\frac{7}{10} = 0.7$$\n\n"
        "**(d)** With $h$ heads and $n-h$ tails the posterior is $\\text{Beta}(2+h,\\ 2+n-h)$, so\n\n"
        "$$E[\\theta \\mid h, n] = \\frac{h+2}{n+4}$$\n\n"
        "## Problem 3 — Gamma–Poisson\n\n"
        "Shape: $3 + (4 + 2 + 5) = 14$. Rate: $2 + 3 = 5$.\n\n"
        "$$E[\\lambda \\mid x] = \\frac{14}{5} = 2.8 \\text{ emails per minute}$$"
    )
    c = Conv("bayes", "Bayes HW2 screening + beta", 1743600000.0)
    system(c)
    c.add("u1", "system", "user", text(USER1), 12.0)
    c.add("a1", "u1", "assistant", text(ANSWER1), 30.0, end_turn=True)
    c.add("u2", "a1", "user", text(USER2), 240.0)
    c.add("a2_old", "u2", "assistant", text(ANSWER2_OLD), 255.0, end_turn=True)
    c.add("u3_old", "a2_old", "user", text(USER3_OLD), 400.0)
    c.add("a3_old", "u3_old", "assistant", text(ANSWER3_OLD), 402.0, end_turn=True)
    c.add("a2_new", "u2", "assistant", text(ANSWER2_NEW), 610.0, end_turn=True)
    graded = c.export(with_current=False)

    p = Conv("bayes-pasta", "Quick weeknight pasta", 1743500000.0)
    system(p)
    p.add("u1", "system", "user", text("quick pasta with only garlic, lemon and parmesan?"), 3.0)
    p.add("a1", "u1", "assistant", text("Cook 200 g spaghetti; meanwhile warm 3 sliced garlic cloves in olive oil. Toss the pasta with the oil, zest and juice of half a lemon, 40 g grated parmesan and a splash of pasta water."), 8.0, end_turn=True)
    pasta = p.export(with_current=False)

    q = Conv("bayes-latex", "LaTeX enumerate roman labels", 1743700000.0)
    system(q)
    q.add("u1", "system", "user", text("how do I get (i), (ii) labels in a nested enumerate"), 4.0)
    q.add("a1", "u1", "assistant", text("Load `enumitem` and write\n\n```latex\n\\begin{enumerate}[label=(\\roman*)]\n  \\item first\n\\end{enumerate}\n```"), 7.0, end_turn=True)
    latex = q.export(with_current=False)

    data = [latex, graded, pasta]
    path = os.path.join(ROOT, "bayes-inference", "transcripts", "chatgpt-export-nocurrent.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=True, separators=(",", ":"))


# ============================================================ set 2: Claude export
def claude_msg(key, sender, blocks, ts, attachments=()):
    content = []
    for i, b in enumerate(blocks):
        kind = b[0]
        base = {"start_timestamp": ts, "stop_timestamp": ts, "type": kind}
        if kind == "text":
            base.update({"text": b[1], "citations": []})
        elif kind == "thinking":
            base.update({"thinking": b[1], "summaries": [{"summary": b[2]}], "cut_off": False})
        elif kind == "tool_use":
            base.update({"name": "repl", "input": {"code": b[1]}, "id": "toolu_" + uid(key + str(i))[:24].replace("-", "")})
        elif kind == "tool_result":
            base.update({"name": "repl", "content": [{"type": "text", "text": b[1], "uuid": uid(key + "r" + str(i))}],
                         "is_error": False})
        content.append(base)
    txt = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {
        "uuid": uid(key),
        "text": txt,
        "content": content,
        "sender": sender,
        "created_at": ts,
        "updated_at": ts,
        "attachments": list(attachments),
        "files": [],
    }


def electro_export():
    here = os.path.join(ROOT, "nernst-electrochem", "problems.md")
    with open(here, encoding="utf-8") as f:
        problem_text = f.read()
    # what a PDF text extractor makes of the handout: no markdown, math flattened
    extracted = (problem_text.replace("$", "").replace("\\text{", "").replace("\\,", " ")
                 .replace("\\rightarrow", "->").replace("\\|", "||").replace("\\ ", " "))
    attach = {"file_name": "CHEM2150_HW4.pdf", "file_size": len(extracted.encode("utf-8")),
              "file_type": "pdf", "extracted_content": extracted}

    H1 = "Can you solve HW4 (attached)? Please show the working and give each final answer clearly."
    THINK1 = (
        "Daniell cell: E° = 0.34 - (-0.76) = 1.10 V. ΔG° = -nFE°, n = 2. For (c) use the Nernst equation with "
        "Q built from the ion concentrations. log K = nFE°/(RT ln 10). Concentration cell: E° = 0, n = 1, use the "
        "ratio of the two silver concentrations. Electroplating: q = It. Let me check the arithmetic with the tool."
    )
    CODE = (
        "const F = 96485, R = 8.314, T = 298.15;\n"
        "const E0 = 0.34 - (-0.76);\n"
        "console.log('dG0 kJ/mol', -2*F*E0/1000);\n"
        "console.log('log10K', 2*F*E0/(R*T*Math.log(10)));\n"
        "console.log('mass', 2.50*30*60/F*63.55);"
    )
    RESULT = "dG0 kJ/mol -212.26700000000002\nlog10K 37.1896387235993\nmass 2.963932217443126"
    A1_INTRO = "I'll work through the three exercises, using the constants given on the sheet."
    A1_BODY = (
        "## Exercise 4.1 — Daniell cell\n\n"
        "**(a)** Copper is the cathode (higher reduction potential):\n\n"
        "$$E^\\circ_\\text{cell} = 0.34 - (-0.76) = 1.10\\ \\text{V}$$\n\n"
        "**(b)** With $n = 2$:\n\n"
        "$$\\Delta G^\\circ = -nFE^\\circ = -2(96485)(1.10)\\ \\text{J/mol} = -212.3\\ \\text{kJ/mol}$$\n\n"
        "**(c)** The Nernst equation at 298.15 K:\n\n"
        "$$E = E^\\circ - \\frac{RT}{nF}\\ln Q, \\qquad Q = \\frac{[\\text{Cu}^{2+}]}{[\\text{Zn}^{2+}]} = \\frac{0.010}{0.50} = 0.020$$\n\n"
        "$$E = 1.10 - (0.012846)(\\ln 0.020) = 1.10 + 0.0503 = 1.150\\ \\text{V}$$\n\n"
        "**(d)**\n\n"
        "$$\\log_{10} K = \\frac{nFE^\\circ}{RT\\ln 10} = 37.19$$\n\n"
        "so the reaction lies overwhelmingly to the right.\n\n"
        "## Exercise 4.2 — Silver concentration cell\n\n"
        "**(a)** For a concentration cell $E^\\circ = 0$ and $n = 1$:\n\n"
        "$$E = 0.05916\\,\\log_{10}\\frac{0.10}{0.0010} = 0.05916 \\times 1 = 0.0592\\ \\text{V}$$\n\n"
        "EMF = **59.2 mV**.\n\n"
        "**(b)** Oxidation (Ag → Ag⁺) takes place in the dilute solution, so the anode is the electrode in the "
        "0.0010 M solution: **(A)**.\n\n"
        "**(c)** **False.** Only the ratio of the concentrations enters, and it stays at 100.\n\n"
        "## Exercise 4.3 — Electroplating\n\n"
        "$q = It = 2.50 \\times 1800 = 4500$ C, which is $4500/96485 = 0.04664$ mol of electrons. "
        "Taking one copper atom per electron:\n\n"
        "$$m = 0.04664 \\times 63.55 = 2.96\\ \\text{g}$$"
    )
    H2 = "For 4.3, isn't copper 2+ in CuSO4? so wouldn't it need 2 electrons per atom?"
    THINK2 = "Yes, Cu2+ + 2e- -> Cu, so moles of Cu is half the moles of electrons. 0.04664/2 = 0.02332 mol, times 63.55 = 1.482 g."
    A2 = (
        "You're right — I used the wrong electron count. Copper in CuSO₄ is Cu²⁺, and the cathode reaction is "
        "Cu²⁺ + 2e⁻ → Cu, so each copper atom needs two electrons:\n\n"
        "$$n(\\text{Cu}) = \\frac{0.04664}{2} = 0.02332\\ \\text{mol}, \\qquad m = 0.02332 \\times 63.55 = 1.482\\ \\text{g}$$\n\n"
        "**Corrected answer for 4.3: 1.48 g** of copper (three significant figures)."
    )
    graded = {
        "uuid": uid("electro"),
        "name": "Electrochem HW 4",
        "summary": "",
        "created_at": "2025-03-03T18:02:11.513402Z",
        "updated_at": "2025-03-03T18:20:47.100230Z",
        "account": {"uuid": uid("account")},
        "chat_messages": [
            claude_msg("electro/h1", "human", [("text", H1)], "2025-03-03T18:02:12.004117Z", [attach]),
            claude_msg("electro/a1", "assistant",
                       [("thinking", THINK1, "Planning the electrochemistry calculations"),
                        ("text", A1_INTRO), ("tool_use", CODE), ("tool_result", RESULT),
                        ("text", A1_BODY)],
                       "2025-03-03T18:02:40.761954Z"),
            claude_msg("electro/h2", "human", [("text", H2)], "2025-03-03T18:19:55.880021Z"),
            claude_msg("electro/a2", "assistant",
                       [("thinking", THINK2, "Rechecking the electron count"), ("text", A2)],
                       "2025-03-03T18:20:46.932118Z"),
        ],
    }
    other = {
        "uuid": uid("electro-other"),
        "name": "Lab report abstract length",
        "summary": "",
        "created_at": "2025-03-01T09:14:03.000000Z",
        "updated_at": "2025-03-01T09:15:30.000000Z",
        "account": {"uuid": uid("account")},
        "chat_messages": [
            claude_msg("other/h1", "human", [("text", "How long should the abstract of a first-year lab report be?")],
                       "2025-03-01T09:14:04.000000Z"),
            claude_msg("other/a1", "assistant",
                       [("text", "Usually 150–250 words: one or two sentences each for aim, method, key result (with its number and uncertainty) and conclusion.")],
                       "2025-03-01T09:14:09.000000Z"),
        ],
    }
    path = os.path.join(ROOT, "nernst-electrochem", "transcripts", "claude-export.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump([other, graded], f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    logistic_export()
    bayes_export()
    electro_export()
    print("wrote 3 exports")
