#!/usr/bin/env python3
"""Writes the JSON export transcripts. Deterministic: re-running gives byte-identical files."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def gpt_conv(title, ctime, nodes, current=True):
    """nodes: list of (id, parent, role, ctype, payload, t, extra_meta)."""
    mapping = {"client-root": {"id": "client-root", "message": None, "parent": None, "children": []}}
    for nid, parent, role, ctype, payload, t, meta in nodes:
        content = {"content_type": ctype}
        content.update(payload)
        msg = {"id": nid, "author": {"role": role, "name": meta.pop("author_name", None) if meta else None, "metadata": {}},
               "create_time": t, "update_time": None, "content": content, "status": "finished_successfully",
               "end_turn": True if role == "assistant" and ctype == "text" else None, "weight": 1.0,
               "metadata": meta or {}, "recipient": (meta or {}).pop("recipient", "all")}
        mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        mapping[parent]["children"].append(nid)
    leaf = nodes[-1][0]
    conv = {"title": title, "create_time": ctime, "update_time": nodes[-1][5], "mapping": mapping,
            "moderation_results": [], "conversation_id": "c-" + title.lower().replace(" ", "-")[:24],
            "default_model_slug": "gpt-4o"}
    if current:
        conv["current_node"] = current if isinstance(current, str) else leaf
    return conv

def T(s): return {"parts": [s]}

def dump(path, obj):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

# ---------------------------------------------------------------- electrochem: ChatGPT export with regenerated branch + thoughts
ELECTRO_Q = open(os.path.join(ROOT, "electrochem-nernst", "problems.tex"), encoding="utf-8").read()
u1 = "Can you solve this problem set? Please show the steps and give a final answer for each part.\n\n" + ELECTRO_Q
old_branch = r"""Here are the solutions.

**1(a)** $E^\circ_{cell} = E^\circ_{cathode} - E^\circ_{anode} = 0.34 - (-0.76) = 1.10$ V

**1(b)** $\Delta G^\circ = -nFE^\circ = -2(96485)(1.10) = -212.3$ kJ/mol

**1(c)** $Q = [\mathrm{Zn^{2+}}]/[\mathrm{Cu^{2+}}] = 100$, so $E = E^\circ - \frac{0.0592}{2}\log Q$ … at these concentrations the correction is negligible and **E = 1.100 V**.
"""
thoughts = {"thoughts": [{"summary": "Setting up the Daniell cell", "content": "Cathode copper, anode zinc. n = 2. Q = [Zn2+]/[Cu2+] = 100. Maybe E is 1.159? No, Q>1 lowers E."}], "source_analysis_msg_id": "x"}
new_branch = r"""Let's go through it part by part. Constants: $F = 96485$, $R = 8.314$, $T = 298.15$ K, so $RT/F = 0.025693$ V.

### Question 1

**(a)** Copper is the cathode, zinc the anode:

$$E^\circ_{\text{cell}} = 0.34 - (-0.76) = 1.10\ \text{V}$$

**(b)** Two electrons are transferred:

$$\Delta G^\circ = -nFE^\circ = -(2)(96485)(1.10) = -212{,}267\ \text{J/mol} \approx -212.3\ \text{kJ/mol}$$

**(c)** Reaction quotient $Q = \dfrac{[\mathrm{Zn^{2+}}]}{[\mathrm{Cu^{2+}}]} = \dfrac{0.10}{0.0010} = 100$.

$$E = E^\circ - \frac{RT}{2F}\ln Q = 1.10 - (0.012846)(4.6052) = 1.10 - 0.05916$$

$$\boxed{E_{\text{cell}} = 1.041\ \text{V}}$$

**(d)** Raising $[\mathrm{Cu^{2+}}]$ lowers $Q$, so the log term shrinks and the potential goes up. **Answer: (A) increases.**

### Question 2

**(a)** At equilibrium $E = 0$, so $\ln K = \dfrac{nFE^\circ}{RT} = \dfrac{2(96485)(1.10)}{(8.314)(298.15)} = 85.63$.

$$\boxed{\log K = 85.63}$$

so $K \approx 1.6 \times 10^{37}$.

**(b)** For the concentration cell $E^\circ = 0$ and $n = 1$:

$$E = \frac{RT}{F}\ln\frac{1.0}{0.010} = 0.025693 \times 4.6052 = 0.118\ \text{V}$$

**(c)** **False.** $E^\circ$ is an intensive property; $\Delta G^\circ$ doubles but $n$ doubles too, so $E^\circ = -\Delta G^\circ/(nF)$ is unchanged.

**(d)** $Q = It = 2.50 \times 1800 = 4500$ C, moles of e⁻ $= 4500/96485 = 0.04664$, moles Cu $= 0.02332$.

$$m = 0.02332 \times 63.55 = 1.48\ \text{g}$$

| Part | Answer |
|---|---|
| 1a | 1.10 V |
| 1b | −212.3 kJ/mol |
| 1c | 1.041 V |
| 1d | (A) |
| 2a | 85.63 |
| 2b | 0.118 V |
| 2c | False |
| 2d | 1.48 g |
"""
u2 = "thanks! what would E° be if it were a Zn/Ag cell instead (Ag+/Ag = 0.80)?"
a2 = "For $\\mathrm{Zn}|\\mathrm{Zn^{2+}}\\|\\mathrm{Ag^+}|\\mathrm{Ag}$: $E^\\circ = 0.80 - (-0.76) = 1.56$ V. Note the silver half-reaction is multiplied by 2 to balance electrons, but $E^\\circ$ is not multiplied."
conv = gpt_conv("Electrochemistry PS7", 1731400000.0, [
    ("u1", "client-root", "user", "text", T(u1), 1731400000.0, {}),
    ("a1-old", "u1", "assistant", "text", T(old_branch), 1731400020.0, {}),
    ("th1", "u1", "assistant", "thoughts", thoughts, 1731400100.0, {}),
    ("rr1", "th1", "assistant", "reasoning_recap", {"content": "Thought for 12 seconds"}, 1731400101.0, {}),
    ("a1", "rr1", "assistant", "text", T(new_branch), 1731400140.0, {}),
    ("u2", "a1", "user", "text", T(u2), 1731400300.0, {}),
    ("a2", "u2", "assistant", "text", T(a2), 1731400310.0, {}),
])
dump("electrochem-nernst/transcripts/chatgpt-export.json", [conv])

# ---------------------------------------------------------------- graphs: ChatGPT export with python tool, citations, unrelated conversations
GRAPH_Q = open(os.path.join(ROOT, "graph-paths-flow", "problems.md"), encoding="utf-8").read()
other1 = gpt_conv("Pasta dough ratio", 1730000000.0, [
    ("p1", "client-root", "user", "text", T("how many eggs per 300 g flour for pasta"), 1730000000.0, {}),
    ("p2", "p1", "assistant", "text", T("A common ratio is 100 g flour per egg, so **3 eggs** for 300 g. \ue200cite\ue202turn0search1\ue201"), 1730000010.0, {}),
])
code = """import heapq, networkx as nx
G = nx.DiGraph()
G.add_weighted_edges_from([('s','a',4),('s','b',2),('b','a',1),('a','c',5),('b','c',8),
                           ('b','d',10),('c','d',2),('c','t',6),('d','t',3)])
print(nx.single_source_dijkstra(G, 's'))
F = nx.DiGraph()
for u,v,c in [('s','a',10),('s','b',8),('a','b',5),('a','c',6),('a','d',4),
              ('b','d',9),('c','t',7),('d','t',10),('d','c',3)]:
    F.add_edge(u,v,capacity=c)
val, (S, Tside) = nx.minimum_cut(F, 's', 't')
print(val, sorted(S))"""
out = "({'s': 0, 'b': 2, 'a': 3, 'c': 8, 'd': 10, 't': 13}, {'s': ['s'], 'b': ['s', 'b'], 'a': ['s', 'b', 'a'], 'c': ['s', 'b', 'a', 'c'], 'd': ['s', 'b', 'a', 'c', 'd'], 't': ['s', 'b', 'a', 'c', 'd', 't']})\n17 ['a', 'b', 'c', 'd', 's']\n"
g_ans = """I checked the graph computations with a quick script. \ue203Here's the write-up.

## Problem 1

**a)** Shortest distance from $s$ to $t$: **13**.

**b)** The path is s → b → a → c → d → t (2 + 1 + 5 + 2 + 3 = 13).

**c)** Final labels: $(d(s), d(a), d(b), d(c), d(d), d(t)) = (0, 3, 2, 8, 10, 13)$.

**d)** **True.** As long as there is no negative cycle, shortest paths are well defined, and Dijkstra's greedy extraction still finds them.\ue200cite\ue202turn0search3\ue201

## Problem 2

**a)** Max flow value $= 17$. The cut $\\{c \\to t, d \\to t\\}$ has capacity $7 + 10 = 17$, matching the flow.

**b)** $S = \\{s, a, b, c, d\\}$.

**c)** Raising $d \\to t$ to 15 makes that cut $7 + 15 = 22$, so the new max flow is **22**.

## Problem 3

This one is a standard binomial-coefficient count; I'll leave it as a quick exercise — count the sequences of R and U moves.
"""
conv_g = gpt_conv("HW5 shortest paths + flow", 1731500000.0, [
    ("g1", "client-root", "user", "text", T("Solve HW5 please:\n\n" + GRAPH_Q), 1731500000.0, {}),
    ("g2", "g1", "assistant", "code", {"language": "unknown", "text": code}, 1731500010.0, {"recipient": "python"}),
    ("g3", "g2", "tool", "execution_output", {"text": out}, 1731500012.0, {"author_name": "python"}),
    ("g4", "g3", "assistant", "text", T(g_ans), 1731500040.0, {}),
])
other2 = gpt_conv("Bellman-Ford vs Dijkstra", 1731600000.0, [
    ("b1", "client-root", "user", "text", T("quick: does Dijkstra work with negative edges if there are no negative cycles?"), 1731600000.0, {}),
    ("b2", "b1", "assistant", "text", T("No. Dijkstra can fail with any negative edge, even without negative cycles; use Bellman-Ford. So for a true/false question like that the answer is **False**."), 1731600010.0, {}),
])
dump("graph-paths-flow/transcripts/chatgpt-export.json", [other2, conv_g, other1])

# ---------------------------------------------------------------- sampling: ChatGPT export without current_node, two branches
SURV_Q = open(os.path.join(ROOT, "survey-sampling", "problems.tex"), encoding="utf-8").read()
brA = r"""**Exercise 4.1**
(a) $\hat T = N\bar y = 2000 \times 152.4 = 304{,}800$
(b)(i) $SE = \sqrt{(1 - 0.05)\,1600/100} = 3.899$
(b)(ii) $152.4 \pm 7.64 \Rightarrow (144.76, 160.04)$
(c) $n = 219$

**Exercise 4.2**
(a)(i) 30  (a)(ii) 15  (b) 108
"""
brB = r"""## Exercise 4.1

**(a)** Estimated total:
$$\hat{T} = N\bar{y} = 2000 \times 152.4 = 304{,}800 \text{ dollars}$$

**(b)(i)** Standard error of the mean:
$$SE(\bar y) = \frac{s}{\sqrt{n}} = \frac{40}{\sqrt{100}} = 4.000$$

**(b)(ii)** 95% CI: $152.4 \pm 1.96 \times 4.000 = 152.4 \pm 7.84$, i.e. $\mathbf{(144.56,\ 160.24)}$.

**(c)** Planning value: $n_0 = \left(\frac{1.96 \cdot 40}{5}\right)^2 = 245.86$. With the fpc,
$$n = \frac{n_0}{1 + n_0/N} = \frac{245.86}{1.12293} = 218.95 \;\Rightarrow\; n = 219.$$

## Exercise 4.2

**(a)(i)** Proportional: $n_1 = 100 \times 600/2000 = 30$.

**(a)(ii)** Neyman: $n_1 = 100 \cdot \dfrac{600 \cdot 20}{600\cdot 20 + 1400 \cdot 50} = 100 \cdot \dfrac{12000}{82000} \approx 14.63$, so **15 apartments** (and 85 houses).

**(b)** $\bar y_{st} = \frac{600}{2000}(80) + \frac{1400}{2000}(120) = 24 + 84 = 108$.
"""
nodes = [
    ("s1", "client-root", "user", "text", T("Week 4 sampling exercises, full solutions please\n\n" + SURV_Q), 1732000000.0, {}),
    ("s2a", "s1", "assistant", "text", T(brA), 1732000030.0, {}),
    ("s2b", "s1", "assistant", "text", T(brB), 1732000500.0, {}),
]
conv_s = gpt_conv("Sampling week 4", 1732000000.0, nodes, current=False)
# older exports of this kind: leaf nodes without a children list
for nid in ("s2a", "s2b"):
    del conv_s["mapping"][nid]["children"]
dump("survey-sampling/transcripts/chatgpt-export.json", [conv_s])

# ---------------------------------------------------------------- graphs: Claude export
claude_ans = """I'll work through each problem.

## Problem 1

Running Dijkstra from s: s=0, then b=2 (via s→b), then a=4 (via s→a), then c = 4 + 5 = 9, d = min(2 + 10, 9 + 2) = 11, t = min(9 + 6, 11 + 3) = 14.

**a)** The shortest s–t distance is **14**.

**b)** Path: **s → a → c → d → t**.

**c)** (d(s), d(a), d(b), d(c), d(d), d(t)) = **(0, 4, 2, 9, 11, 14)**

**d)** **False.** Dijkstra assumes non-negative edge weights; a single negative edge can make it finalize a vertex too early even when no negative cycle exists.

## Problem 2

Augmenting paths (BFS order):
- s→a→c→t: 6
- s→b→d→t: 8
- s→a→d→t: 2 (d→t now saturated at 10)
- s→a→b→d→c→t: 1 (c→t now saturated at 7)

**a)** Maximum flow = **17**.

**b)** In the final residual graph every vertex except t is reachable, so **S = {s, a, b, c, d}**.

**c)** With d→t at 15 the old cut is no longer tight. The source edges give another cut of 10 + 8 = 18, and sending one more unit along s→b→d→t reaches it, so the new maximum flow is **18**.

## Problem 3

Any shortest path uses 4 right moves and 3 up moves, so the count is C(7, 3) = **35**.
"""
claude = [{
    "uuid": "5b0e7d0a-0000-4000-8000-000000000001",
    "name": "Graph homework HW5",
    "created_at": "2025-02-11T19:02:11.000000Z",
    "updated_at": "2025-02-11T19:04:40.000000Z",
    "account": {"uuid": "acct-0001"},
    "chat_messages": [
        {"uuid": "m1", "sender": "human", "text": "Can you do all of the attached homework?",
         "content": [{"type": "text", "text": "Can you do all of the attached homework?"}],
         "attachments": [{"file_name": "hw5.md", "file_size": len(GRAPH_Q), "file_type": "text/markdown", "extracted_content": GRAPH_Q}],
         "files": [], "created_at": "2025-02-11T19:02:11.000000Z"},
        {"uuid": "m2", "sender": "assistant", "text": claude_ans,
         "content": [
             {"type": "thinking", "thinking": "Dijkstra from s. Edges out of s: a 4, b 2. For 2c maybe the answer is 22 since the d->t cut grows by 5... but the source cut is 18, so 18.", "summaries": [{"summary": "Working through Dijkstra and max-flow"}]},
             {"type": "tool_use", "name": "repl", "input": {"code": "console.log(Math.min(10+8, 7+15))"}},
             {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "18"}], "is_error": False},
             {"type": "text", "text": claude_ans}],
         "attachments": [], "files": [], "created_at": "2025-02-11T19:04:40.000000Z"},
    ]}]
dump("graph-paths-flow/transcripts/claude-export.json", claude)
