#!/usr/bin/env python3
"""Deterministic generator for the JSON chat exports of this corpus.

Writes (relative to the corpus root):
  heat-engines/transcripts/chatgpt-export.json         ChatGPT export, regenerated branch, thoughts + reasoning_recap
  heat-engines/transcripts/claude-export.json          Claude export, thinking block, attachment, 2 conversations
  microecon/transcripts/chatgpt-export-no-current-node.json  ChatGPT export without current_node, python tool, 2 conversations
  cs-algorithms/transcripts/chatgpt-export.json        ChatGPT export, citation markers, python tool, thoughts, 2 conversations
  cs-algorithms/transcripts/claude-export.json         Claude export, thinking + tool_use/tool_result

No randomness and no clock: ids come from uuid5 of fixed names, times are fixed constants.
Re-running gives byte-identical files.
"""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c0b9e-83a1-4d6e-9c55-0d2b7e4a1f83")
def uid(*names): return str(uuid.uuid5(NS, "/".join(names)))
CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"

# ---------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        rid = uid(key, "root")
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.root = rid
        self.n = 0
    def add(self, parent, role, content, dt, name=None, recipient="all", meta=None, node_name=None):
        self.n += 1
        nid = uid(self.key, node_name or "n%d" % self.n)
        msg = {"id": nid,
               "author": {"role": role, "name": name, "metadata": {}},
               "create_time": round(self.t0 + dt, 3) if dt is not None else None,
               "update_time": None,
               "content": content,
               "status": "finished_successfully",
               "end_turn": True if role == "assistant" and recipient == "all" and content["content_type"] == "text" else None,
               "weight": 1.0,
               "metadata": meta or {},
               "recipient": recipient,
               "channel": None}
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid
    def text(self, parent, role, text, dt, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [text]}, dt, **kw)
    def system(self):
        return self.add(self.root, "system", {"content_type": "text", "parts": [""]}, None,
                        meta={"is_visually_hidden_from_conversation": True})
    def thoughts(self, parent, summary, body, dt, secs):
        t = self.add(parent, "assistant", {"content_type": "thoughts",
                     "thoughts": [{"summary": summary, "content": body}],
                     "source_analysis_msg_id": uid(self.key, "analysis", str(dt))}, dt, recipient="all")
        return self.add(t, "assistant", {"content_type": "reasoning_recap",
                        "content": "Thought for %d seconds" % secs}, dt + secs, recipient="all")
    def code(self, parent, src, out, dt):
        c = self.add(parent, "assistant", {"content_type": "code", "language": "unknown",
                     "response_format_name": None, "text": src}, dt, recipient="python")
        return self.add(c, "tool", {"content_type": "execution_output", "text": out}, dt + 2, name="python",
                        meta={"aggregate_result": {"status": "success", "code": src, "final_expression_output": out}})
    def export(self, current=None, with_current=True):
        d = {"title": self.title, "create_time": self.t0, "update_time": self.t0 + 3600,
             "mapping": self.mapping, "moderation_results": [],
             "conversation_id": uid(self.key, "conv"), "id": uid(self.key, "conv"),
             "default_model_slug": "gpt-4o", "is_archived": False}
        if with_current:
            d["current_node"] = current
        return d

# ---------------------------------------------------------------- Claude
def claude_conv(key, name, t0, messages):
    out = []
    for i, m in enumerate(messages):
        ts = "2025-03-%02dT%s.%03dZ" % (t0[0], t0[1], i * 7)
        blocks = []
        for b in m["blocks"]:
            kind = b[0]
            base = {"start_timestamp": ts, "stop_timestamp": ts}
            if kind == "text":
                blocks.append({**base, "type": "text", "text": b[1], "citations": []})
            elif kind == "thinking":
                blocks.append({**base, "type": "thinking", "thinking": b[1],
                               "summaries": [{"summary": b[2]}], "cut_off": False})
            elif kind == "tool_use":
                blocks.append({**base, "type": "tool_use", "name": "repl", "input": {"code": b[1]}})
            elif kind == "tool_result":
                blocks.append({**base, "type": "tool_result", "name": "repl",
                               "content": [{"type": "text", "text": b[1]}], "is_error": False})
        text = "\n\n".join(b[1] for b in m["blocks"] if b[0] == "text")
        out.append({"uuid": uid(key, "msg", str(i)), "text": text, "content": blocks,
                    "sender": m["sender"], "created_at": ts, "updated_at": ts,
                    "attachments": m.get("attachments", []), "files": []})
    ts0 = "2025-03-%02dT%s.000Z" % t0
    return {"uuid": uid(key, "conv"), "name": name, "created_at": ts0, "updated_at": ts0,
            "account": {"uuid": uid("account")}, "chat_messages": out}

def write(rel, obj):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

# ======================================================= heat-engines / ChatGPT
HE_PROBLEM = """Thermal Physics HW 7, please solve:

1. A Carnot engine operates between a hot reservoir at 527°C and a cold reservoir at 27°C. In each cycle it absorbs 2000 J of heat from the hot reservoir.
(a) What is the efficiency of the engine?
(b) How much work does the engine do per cycle (in J)?
(c) The engine completes 5 cycles per second. What is its power output in kW?

2. An ideal Otto cycle has compression ratio r = 8 and uses air with γ = 1.4.
(a) Find the thermal efficiency of the cycle (three significant figures).
(b) At the start of the adiabatic compression the air is at 300 K and 100 kPa.
  (i) Find the temperature at the end of the compression, to the nearest kelvin.
  (ii) Find the pressure at the end of the compression in kPa, to three significant figures.

3. A refrigerator keeps its interior at −13°C while the kitchen is at 27°C.
(a) What is the maximum (Carnot) coefficient of performance of the refrigerator?
(b) True or false: a heat engine operating between these same two temperatures could have an efficiency of 15%."""

HE_OLD = r"""Here are the solutions.

**1.** $T_H = 800$ K, $T_C = 300$ K.
- (a) $\eta = 1 - 300/800 = 0.625$
- (b) $W = 0.625 \times 2000 = 1250$ J
- (c) $P = 1250 \times 5 = 6250$ W $= 6.25$ kW

**2.**
- (a) $\eta = 1 - 8^{-0.4} = 0.565$
- (b)(i) $T_2 = 300 \cdot 8^{0.4} = 689$ K
- (b)(ii) $P_2 = 100 \cdot 8^{1.4} = 1838$ kPa

**3.**
- (a) $\text{COP} = 260/40 = 6.5$
- (b) False — the Carnot limit is 13.3 %."""

HE_NEW = r"""Let's go problem by problem. All temperatures must be in kelvin: $T_H = 527 + 273 = 800$ K, $T_C = 27 + 273 = 300$ K.

### Problem 1 — Carnot engine

**(a)** 
$$\eta = 1 - \frac{T_C}{T_H} = 1 - \frac{300}{800}$$
**η = 0.625** (62.5 %)

**(b)** $W = \eta\,Q_H = 0.625 \times 2000\ \text{J}$, so **W = 1250 J** per cycle.

**(c)** $P = W f = 1250\ \text{J} \times 5\ \text{s}^{-1} = 6250\ \text{W}$, i.e. **P = 6.25 kW**.

### Problem 2 — Otto cycle

**(a)** 
$$\eta = 1 - \frac{1}{r^{\gamma-1}} = 1 - \frac{1}{8^{0.4}} = 1 - \frac{1}{2.2974} = 0.5647$$
**η ≈ 0.565**

**(b)**
- **(i)** $T_2 = T_1 r^{\gamma - 1} = 300 \times 2.2974 = 689.2$ K → **T₂ ≈ 689 K**
- **(ii)** The compression is fast, so the gas is compressed by the same factor as the volume shrinks: $P_2 = P_1 r = 100\ \text{kPa} \times 8$ → **P₂ = 800 kPa**

### Problem 3 — Refrigerator

$T_C = 260$ K (inside), $T_H = 300$ K (kitchen).

**(a)** The Carnot COP uses the heat delivered relative to the work:
$$\text{COP} = \frac{T_H}{T_H - T_C} = \frac{300}{40}$$
**COP = 7.5**

**(b)** The best possible engine between 300 K and 260 K has $\eta_C = 1 - 260/300 = 0.133$ (13.3 %). An engine at 15 % would beat the Carnot limit, so the statement is **False**."""

def he_chatgpt():
    c = GPTConv("he-gpt", "Thermo HW7 Carnot Otto", 1741815000.0)
    s = c.system()
    u1 = c.text(s, "user", HE_PROBLEM, 10)
    c.text(u1, "assistant", HE_OLD, 25)                      # first generation (not shown)
    r = c.thoughts(u1, "Converting temperatures and applying Carnot/Otto formulas",
                   "Convert C to K. Carnot eta = 1 - 300/800 = 0.625. Otto eta = 1 - 8^-0.4. "
                   "Fridge COP... use T_H/(T_H - T_C)? Engine limit 1 - 260/300 = 0.133.", 90, 14)
    a1 = c.text(r, "assistant", HE_NEW, 106)               # regenerated reply (shown)
    u2 = c.text(a1, "user", "thanks. how much heat does the engine in problem 1 dump into the cold reservoir each cycle?", 300)
    a2 = c.text(u2, "assistant", "By energy conservation, $Q_C = Q_H - W = 2000 - 1250 = 750$ J per cycle. "
                "Equivalently $Q_C = Q_H\\,T_C/T_H = 2000 \\times 300/800 = 750$ J.", 310)
    write("heat-engines/transcripts/chatgpt-export.json", [c.export(current=a2)])

# ======================================================= heat-engines / Claude
HE_CLAUDE = r"""I'll work through each problem from the attached homework. Temperatures in kelvin: 527 °C → 800 K, 27 °C → 300 K, −13 °C → 260 K.

## Problem 1

**(a)** η = 1 − T_C/T_H = 1 − 300/800 = **62.5%**

**(b)** W = η·Q_H = 0.625 × 2000 J = **1250 J**

**(c)** P = 1250 J × 5 /s = 6250 W = **6.25 kW**

## Problem 2

**(a)** For the Otto cycle, η = 1 − r^(1−γ) = 1 − 8^(−0.4). Since 8^0.4 ≈ 2.297, η ≈ 1 − 0.435 = **0.565**.

**(b)(i)** T₂ = T₁ · r^(γ−1) = 300 K × 8^0.4. Taking 8^0.4 = (2³)^0.4 = 2^1.2 ≈ 2, this gives **T₂ ≈ 600 K**.

**(b)(ii)** I'll stop at the temperature for now; the pressure follows from the adiabatic relation PV^γ = const in the same way. Let me know if you'd like me to carry that through.

## Problem 3

**(a)** COP_max = T_C/(T_H − T_C) = 260/40 = **6.5**

**(b)** The Carnot efficiency between 300 K and 260 K is 1 − 260/300 ≈ 13.3%, which is below 15%. **False.**

## Summary

| Part | Answer |
|---|---|
| 1(a) | 62.5% |
| 1(b) | 1250 J |
| 1(c) | 6.25 kW |
| 2(a) | 0.435 |
| 2(b)(i) | 600 K |
| 3(a) | 6.5 |
| 3(b) | False |"""

def he_claude():
    c1 = claude_conv("he-claude-other", "Dinner ideas with lentils", (9, "18:02:11"), [
        {"sender": "human", "blocks": [("text", "what can I cook with red lentils, a can of tomatoes and some spinach?")]},
        {"sender": "assistant", "blocks": [("text", "A quick dal: simmer 1 cup of red lentils with the tomatoes and 3 cups of water for 20 minutes, "
                                                     "season with cumin, garlic and salt, then stir in the spinach for the last 2 minutes.")]},
    ])
    c2 = claude_conv("he-claude", "Thermal physics HW7", (12, "21:14:05"), [
        {"sender": "human", "blocks": [("text", "can you solve the attached homework? show the steps")],
         "attachments": [{"file_name": "hw7.pdf", "file_size": 48211, "file_type": "pdf",
                          "extracted_content": HE_PROBLEM.replace("Thermal Physics HW 7, please solve:\n\n",
                                                                  "PHYS 2410 — Thermal Physics    Homework 7    Due Fri 14 March, 5 pm\n")}]},
        {"sender": "assistant", "blocks": [
            ("thinking", "Convert to kelvin first. Carnot 1 - 300/800 = 0.625, W = 1250, P = 6.25 kW. "
                         "Otto 1 - 8^-0.4; 8^0.4 = 2.297 so eta = 0.565. T2 = 300*8^0.4. "
                         "Fridge COP 260/40 = 6.5. Engine limit 13.3% < 15% so false.",
             "Working through Carnot, Otto and refrigerator formulas"),
            ("text", HE_CLAUDE)]},
    ])
    write("heat-engines/transcripts/claude-export.json", [c1, c2])

# ======================================================= microecon / ChatGPT, no current_node
ECON_PROBLEM = """Econ 201 PS4. Demand Qd = 120 − 2P, supply Qs = 3P − 30 (P in $ per loaf, Q loaves per day).
Q1 (a) equilibrium price (b) equilibrium quantity (c) consumer surplus at equilibrium
Q2 (a) point price elasticity of demand at P = 20, as a signed number (b) at P = 20 demand is (A) elastic (B) inelastic (C) unit elastic (D) perfectly inelastic
Q3 The town imposes a $5 per loaf tax collected from sellers. (a) what price do buyers pay (b) tax revenue per day (c) deadweight loss"""

ECON_OLD = r"""**Q1.** $120 - 2P = 3P - 30 \Rightarrow P^* = 30$, $Q^* = 60$. Consumer surplus $= \tfrac12 \cdot 60 \cdot (60-30) = 900$.

**Q2.** (a) $\varepsilon = -2 \cdot 20/80 = -0.5$. (b) B.

**Q3.** (a) $33. (b) $270. (c) $\tfrac12 \cdot 5 \cdot 6 = 15$."""

ECON_NEW = r"""## Question 1 — Equilibrium

Setting $Q_d = Q_s$: $120 - 2P = 3P - 30$, so $5P = 150$.

1. **(a)** $P^* = \$30$
2. **(b)** $Q^* = 120 - 60 = 60$ loaves/day
3. **(c)** Consumer surplus is the area between the demand curve and the price. The demand curve starts at $P = 60$, so the height is $60 - 30 = 30$ and the base is 60:
   $CS = 60 \times 30 = \$1{,}800$ per day.

## Question 2 — Elasticity at P = 20

$Q_d(20) = 80$.

1. **(a)** $\varepsilon = \frac{dQ}{dP}\cdot\frac{P}{Q} = -2 \times \frac{20}{80} = -0.5$
2. **(b)** $|\varepsilon| < 1$ → **B** (inelastic)

## Question 3 — $5 tax on sellers

Supply at buyer price $P$: $Q_s = 3(P - 5) - 30 = 3P - 45$. Then $120 - 2P = 3P - 45 \Rightarrow P_b = 33$, $P_s = 28$, $Q_t = 54$.

1. **(a)** Buyers pay **$33** per loaf.
2. **(b)** Revenue $= 5 \times 54 = \$270$ per day.
3. **(c)** Deadweight loss = tax × lost quantity $= 5 \times (60 - 54) =$ **$30** per day."""

def econ_chatgpt():
    other = GPTConv("econ-gpt-other", "Cover letter tweaks", 1740990000.0)
    s = other.system()
    u = other.text(s, "user", "Make this sentence sound less stiff: 'I am writing to express my interest in the position.'", 5)
    a = other.text(u, "assistant", "Try: \"I'd love to be considered for the analyst role — here's why I think I'd be a great fit.\"", 12)
    c = GPTConv("econ-gpt", "Econ PS4 supply demand tax", 1741124000.0)
    s = c.system()
    u1 = c.text(s, "user", ECON_PROBLEM, 8)
    c.text(u1, "assistant", ECON_OLD, 20)                     # older generation
    a1 = c.text(u1, "assistant", ECON_NEW, 95)                # regenerated, later create_time
    u2 = c.text(a1, "user", "can you double check the tax revenue with python?", 400)
    out = c.code(u2, "Pb = (120 + 30 + 3*5) / (2 + 3)\nQt = 120 - 2*Pb\nprint(Pb, Qt, 5*Qt)", "33.0 54.0 270.0", 410)
    c.text(out, "assistant", "Confirmed: buyers pay $33, quantity is 54 loaves, and the tax revenue is **$270 per day**.", 415)
    write("microecon/transcripts/chatgpt-export-no-current-node.json",
          [other.export(current=a), c.export(with_current=False)])

# ======================================================= cs-algorithms / ChatGPT
CS_PROBLEM = """Problem Sheet 3 (CS 2110)

Exercise 3.1: count = 0; for i in range(n): for j in range(i, n): count += 1
 (a) value of count when n = 10  (b) running time (A) O(n) (B) O(n log n) (C) O(n^2) (D) O(2^n)
Exercise 3.2: hash table with m = 64 slots storing n = 48 keys
 (a) load factor α  (b) linear probing; Knuth's approximation for expected probes in an unsuccessful search is ½(1 + 1/(1−α)²). Evaluate it.
Exercise 3.3: binary search on a sorted array, count a probe each time an element is examined
 (a) worst-case probes for n = 1000  (b) worst-case probes for n = 1,000,000
Exercise 3.4: undirected graph, edges A–B 4, A–C 1, B–C 2, B–D 1, C–D 5, C–E 8, D–E 3. Dijkstra from A.
 (a) shortest distance A to E  (b) vector (d(A), d(B), d(C), d(D), d(E))"""

CS_GPT_1 = """Let me check 3.1 by running it first."""

CS_GPT_2 = ("""**Exercise 3.1**

(a) The loop body runs n − i times for each i, and the run above confirms it: `count = 55` for n = 10.

(b) n(n+1)/2 is quadratic, so the answer is **(C) O(n²)**.

**Exercise 3.2**

(a) α = 48/64 = 0.75, i.e. the table is **75%** full.

(b) For linear probing the expected number of probes is """ + CITE("turn0search1") +
"""

$$\\tfrac12\\left(1 + \\frac{1}{1-\\alpha}\\right) = \\tfrac12(1 + 4) = 2.5$$

so about **2.5 probes**.

**Exercise 3.3**

Worst case = ⌊log₂ n⌋ + 1 probes """ + CITE("turn0search4") + """.

(a) ⌊log₂ 1000⌋ + 1 = 9 + 1 = **10**

(b) ⌊log₂ 1,000,000⌋ + 1 = 19 + 1 = **20** probes (21 if your course also counts the final check on the empty range as a probe).

**Exercise 3.4**

Dijkstra from A settles A (0), C (1), B (3, via C), D (4, via B), E (7, via D).

(a) d(A, E) = **7**

(b) **[0, 3, 1, 4, 7]**""")

def cs_chatgpt():
    other = GPTConv("cs-gpt-other", "List comprehension question", 1741300000.0)
    s = other.system()
    u = other.text(s, "user", "how do I flatten a list of lists in python?", 4)
    a = other.text(u, "assistant", "Use a nested comprehension:\n\n```python\nflat = [x for row in rows for x in row]\n```", 9)
    c = GPTConv("cs-gpt", "Algorithms problem sheet 3", 1741390000.0)
    s = c.system()
    u1 = c.text(s, "user", CS_PROBLEM, 6)
    r = c.thoughts(u1, "Checking loop count and probe formulas",
                   "Run the loop to be sure. Look up Knuth linear probing formula. Dijkstra by hand.", 15, 9)
    a0 = c.text(r, "assistant", CS_GPT_1, 25)
    out = c.code(a0, "count = 0\nn = 10\nfor i in range(n):\n    for j in range(i, n):\n        count += 1\nprint(count)", "55", 27)
    a1 = c.text(out, "assistant", CS_GPT_2, 60,
                meta={"content_references": [
                    {"matched_text": CITE("turn0search1"), "type": "grouped_webpages",
                     "items": [{"title": "Linear probing - Wikipedia", "url": "https://en.wikipedia.org/wiki/Linear_probing"}]},
                    {"matched_text": CITE("turn0search4"), "type": "grouped_webpages",
                     "items": [{"title": "Binary search - Wikipedia", "url": "https://en.wikipedia.org/wiki/Binary_search"}]}]})
    write("cs-algorithms/transcripts/chatgpt-export.json", [other.export(current=a), c.export(current=a1)])

# ======================================================= cs-algorithms / Claude
CS_CLAUDE_1 = r"""Here's my working for the sheet.

**3.1 (a)** For each i the inner loop starts one past i, so it runs n − 1 − i times: 9 + 8 + … + 0 = 45. So **count = 45** when n = 10.

**3.1 (b)** The total is Θ(n²) → **C**.

**3.2 (a)** α = 48/64 = **0.75**

**3.2 (b)** ½(1 + 1/(1 − 0.75)²) = ½(1 + 1/0.0625) = ½(1 + 16) = **8.5**

**3.3 (a)** Binary search halves the range each time, so the worst case is log₂ n rounded down: ⌊log₂ 1000⌋ = **9** probes.

**3.3 (b)** ⌊log₂ 10⁶⌋ = **19** probes.

For 3.4 I'll run Dijkstra to be safe."""

CS_CLAUDE_2 = r"""**3.4 (a)** The shortest path is A → C → B → D → E with length 1 + 2 + 1 + 3 = **7**.

**3.4 (b)** Distances from A: (0, 3, 1, 4, 7).

Quick recap of the final answers:
- 3.1: 45, C
- 3.2: 0.75, 8.5
- 3.3: 9, 19
- 3.4: 7, [0, 3, 1, 5, 7]"""

DIJKSTRA = """import heapq
g = {}
for u, v, w in [("A","B",4),("A","C",1),("B","C",2),("B","D",1),("C","D",5),("C","E",8),("D","E",3)]:
    g.setdefault(u, []).append((v, w)); g.setdefault(v, []).append((u, w))
dist = {"A": 0}; pq = [(0, "A")]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist[u]: continue
    for v, w in g[u]:
        if d + w < dist.get(v, float("inf")):
            dist[v] = d + w; heapq.heappush(pq, (d + w, v))
print(sorted(dist.items()))"""

def cs_claude():
    c = claude_conv("cs-claude", "CS2110 problem sheet 3", (8, "15:40:52"), [
        {"sender": "human", "blocks": [("text", "Can you answer every part of the attached sheet? Final answers please.")],
         "attachments": [{"file_name": "sheet3.txt", "file_size": 912, "file_type": "txt", "extracted_content": CS_PROBLEM}]},
        {"sender": "assistant", "blocks": [
            ("thinking", "3.1 sum of n-i... inner from i+1? count. Hash alpha 0.75, Knuth 8.5. Binary search log2. Run Dijkstra in the REPL.",
             "Planning the answers"),
            ("text", CS_CLAUDE_1),
            ("tool_use", DIJKSTRA),
            ("tool_result", "[('A', 0), ('B', 3), ('C', 1), ('D', 4), ('E', 7)]"),
            ("text", CS_CLAUDE_2)]},
    ])
    write("cs-algorithms/transcripts/claude-export.json", [c])

if __name__ == "__main__":
    he_chatgpt(); he_claude(); econ_chatgpt(); cs_chatgpt(); cs_claude()
