#!/usr/bin/env python3
"""Write the five JSON data-export transcripts of dev9.

Deterministic: ids come from hashing fixed strings, timestamps are fixed, no randomness.
Re-running gives byte-identical files.  Run from anywhere:  python3 generators/make_exports.py
"""
import hashlib
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def uid(*parts):
    h = hashlib.sha1("/".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ---------------------------------------------------------------- ChatGPT shape
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.root = uid(key, "root")
        self.mapping[self.root] = {"id": self.root, "message": None, "parent": None, "children": []}
        self.n = 0
        self.last_time = t0

    def add(self, parent, role, content, dt, name=None, recipient="all", metadata=None, content_type=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        t = self.t0 + dt
        self.last_time = max(self.last_time, t)
        if isinstance(content, str):
            content = {"content_type": content_type or "text", "parts": [content]}
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and recipient == "all" else None,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": None,
        }
        p = parent or self.root
        self.mapping[nid] = {"id": nid, "message": msg, "parent": p, "children": []}
        self.mapping[p]["children"].append(nid)
        return nid

    def system(self):
        return self.add(self.root, "system", "", 0.0, metadata={"is_visually_hidden_from_conversation": True})

    def dump(self, current_node=True, leaf=None):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_time,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if current_node:
            d["current_node"] = leaf
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "is_archived": False,
            "default_model_slug": "gpt-4o",
            "id": uid(self.key, "conv"),
        })
        return d


def write(path, obj, ensure_ascii):
    full = os.path.join(ROOT, path)
    with open(full, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=ensure_ascii, indent=None if ensure_ascii else 2)
        f.write("\n")


# ---------------------------------------------------------------- RL export
RL_PROMPT = """Please solve my RL quiz, all questions, show the work.

Question 1 (Policy evaluation). A fixed policy acts in an episodic MDP with two non-terminal states A and B and discount factor γ = 0.9. From A the agent always receives reward +2 and moves to B. From B, with probability 0.5 it moves back to A with reward 0, and with probability 0.5 it moves to the terminal state with reward +10.
(a) Compute V(A) to three decimal places.
(b) Compute V(B), also to three decimal places.

Question 2 (TD updates). Q(s,a) = 4.0, r = −1, max_a' Q(s',a') = 6.0, α = 0.1, γ = 0.95.
(a) Updated Q(s,a) after one Q-learning update?
(b) SARSA instead; the next action actually selected has Q(s',a') = 5.0. Updated Q(s,a)?

Question 3 (Bandits).
(a) ε-greedy with ε = 0.2 on a 4-armed bandit; exploring picks uniformly among all arms. Probability of pulling the greedy arm?
(b) UCB with c = 2 at t = 20: Q1 = 1.0, N1 = 4; Q2 = 1.5, N2 = 16. Which arm? A. Arm 1 B. Arm 2 C. Either D. Cannot be determined
(c) True or False: Q-learning is an on-policy control method.

Question 4. Rewards R1 = 1, R2 = 0, R3 = 2, R4 = 5, then termination; γ = 0.5. Compute G0 as an exact fraction."""

RL_OLD = r"""Here are the solutions.

**Question 1**

$V(A) = 2 + 0.9\,V(B)$ and $V(B) = 0.5\,V(A) + 5$, so $0.55\,V(A) = 6.5$.

(a) $V(A) \approx 11.818$

(b) $V(B) \approx 10.909$

**Question 2**

(a) $4.0 + 0.1(-1 + 5.7 - 4.0) = 4.07$

(b) $4.0 + 0.1(-1 + 4.75 - 4.0) = 3.975$

**Question 3**

(a) $0.85$ (b) A (c) False

**Question 4**

$G_0 = 17/8$"""

RL_THOUGHTS = [
    {"summary": "Setting up Bellman equations",
     "content": "V(A)=2+0.9V(B). V(B)=0.5*0.9*V(A)+0.5*10. First try I forgot the 0.9 on the B->A move and got 11.818; with it, 0.595 V(A)=6.5.",
     "chunks": [], "finished": True},
    {"summary": "Checking the bandit and TD parts",
     "content": "Q-learning: 4 + 0.1*(4.7-4)=4.07. SARSA: target 3.75. UCB arm1 2.731 vs arm2 2.365.",
     "chunks": [], "finished": True},
]

RL_NEW = r"""## Question 1 — Policy evaluation

The Bellman expectation equations (terminal value 0) are

$$
V(A) = 2 + 0.9\,V(B), \qquad V(B) = 0.5\,(0 + 0.9\,V(A)) + 0.5\,(10) = 0.45\,V(A) + 5 .
$$

Substituting, $V(A) = 6.5 + 0.405\,V(A)$, so $0.595\,V(A) = 6.5$.

**(a)** $V(A) = 6.5/0.595 \approx \mathbf{10.924}$

**(b)** $V(B) = 0.45 \times 10.924 + 5 \approx \mathbf{9.916}$

## Question 2 — TD updates

**(a)** Target $= -1 + 0.95 \times 6.0 = 4.7$, so

$$
Q(s,a) \leftarrow 4.0 + 0.1\,(4.7 - 4.0) = \boxed{4.07}
$$

**(b)** SARSA target $= -1 + 0.95 \times 5.0 = 3.75$. The TD error is $4.0 - 3.75 = 0.25$, so

$$
Q(s,a) \leftarrow 4.0 + 0.1 \times 0.25 = \boxed{4.075}
$$

## Question 3 — Bandits

**(a)** The agent exploits with probability $1 - \varepsilon$, so $P(\text{greedy arm}) = 1 - 0.2 = \mathbf{0.8}$.

**(b)** With $\ln 20 \approx 2.996$: arm 1 scores $1.0 + 2\sqrt{2.996/4} \approx 2.731$ and arm 2 scores $1.5 + 2\sqrt{2.996/16} \approx 2.365$. The answer is **(A)**.

**(c)** **False** — Q-learning is off-policy.

## Question 4 — Return

$$
G_0 = R_1 + \gamma R_2 + \gamma^2 R_3 + \gamma^3 R_4 = 1 + 0 + 0.5 + 0.625 = \frac{17}{8}
$$

| Q | Answer |
|---|---|
| 1(a) | 10.924 |
| 1(b) | 9.916 |
| 2(a) | 4.07 |
| 2(b) | 4.075 |
| 3(a) | 0.8 |
| 3(b) | A |
| 3(c) | False |
| 4 | 17/8 |"""

RL_FOLLOW_Q = "what would 2(a) give if gamma were 0.99 instead?"
RL_FOLLOW_A = r"""With $\gamma = 0.99$ the target becomes $-1 + 0.99 \times 6.0 = 4.94$, so

$$
Q(s,a) \leftarrow 4.0 + 0.1\,(4.94 - 4.0) = 4.094 .
$$

The rest of Question 2 is unchanged by this — part (b) still uses $\gamma = 0.95$ in the original problem."""


def rl_export():
    other = GPTConv("rl-other", "Numpy broadcasting error", 1746200000.0)
    s = other.system()
    u = other.add(s, "user", "ValueError: operands could not be broadcast together with shapes (32,10) (32,)", 5.0)
    a = other.add(u, "assistant", "Reshape the second array to a column: `b[:, None]` has shape (32, 1), which broadcasts against (32, 10).", 9.0)

    c = GPTConv("rl-main", "RL quiz 2 – MDPs and bandits", 1746300000.0)
    s = c.system()
    u = c.add(s, "user", RL_PROMPT, 10.0)
    old = c.add(u, "assistant", RL_OLD, 30.0, metadata={"model_slug": "gpt-4o"})
    th = c.add(u, "assistant", {"content_type": "thoughts", "thoughts": RL_THOUGHTS, "source_analysis_msg_id": uid("rl", "a")},
               120.0, recipient="all", metadata={"model_slug": "o3"})
    c.mapping[th]["message"]["end_turn"] = False
    rec = c.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 18 seconds"}, 121.0,
                metadata={"model_slug": "o3"})
    c.mapping[rec]["message"]["end_turn"] = False
    new = c.add(rec, "assistant", RL_NEW, 140.0, metadata={"model_slug": "o3"})
    fu = c.add(new, "user", RL_FOLLOW_Q, 400.0)
    fa = c.add(fu, "assistant", RL_FOLLOW_A, 410.0, metadata={"model_slug": "o3"})
    write("rl-exam/transcripts/rl-export.json",
          [c.dump(leaf=fa), other.dump(leaf=a)], ensure_ascii=False)


# ---------------------------------------------------------------- stats export (no current_node)
ST_PROMPT = """STAT 2150 PS6 — solve all parts, please use python for the p-values.

Question 1. n = 16, x̄ = 52.3 h, s = 4.8 h. H0: μ = 50 vs H1: μ ≠ 50.
(a) test statistic t  (b) two-sided p-value, 4 decimal places  (c) True or false: at α = 0.05 the null hypothesis is rejected.
Question 2. 10 tosses, 9 heads.
(a) P(X ≥ 9) under p = 1/2, exact fraction  (b) power of the test "reject when X ≥ 9" if p = 0.8, four decimals
Question 3. Known σ = 2, n = 25, x̄ = 10.0.
(a) 95% CI for μ  (b) smallest n with margin of error at most 0.5
Question 4. Die rolled 60 times: 8, 12, 9, 11, 6, 14.
(i) Pearson's χ² statistic  (ii) 5% critical value: A. 9.488  B. 11.070  C. 12.592  D. 3.841"""

ST_OLD = """**1.** (a) t = 1.917 (b) p = 0.0373 (c) True
**2.** (a) 11/1024 (b) 0.3758
**3.** (a) (9.216, 10.784) (b) 62
**4.** (i) 4.2 (ii) B"""

ST_CODE = """from scipy import stats
import math
t = (52.3 - 50) / (4.8 / math.sqrt(16))
p = 2 * stats.t.sf(t, df=15)
power = stats.binom.sf(8, 10, 0.8)
tcrit = stats.t.ppf(0.975, df=24)
print(round(t, 4), round(p, 6), round(power, 6), round(tcrit, 4))"""

ST_OUT = "1.9167 0.074533 0.37581 2.0639"

ST_TEXT = r"""Using the numbers from the run above:

### Question 1
- **(a)** $t = \dfrac{52.3 - 50}{4.8/\sqrt{16}} = \dfrac{2.3}{1.2} \approx 1.917$
- **(b)** two-sided p-value $= 2\,P(T_{15} > 1.917) \approx \mathbf{0.0745}$
- **(c)** $0.0745 > 0.05$, so $H_0$ is **not** rejected → **False**

### Question 2
- **(a)** $P(X \ge 9) = \frac{10 + 1}{2^{10}} = \frac{11}{1024} \approx 0.01074$
- **(b)** power $= P(X \ge 9 \mid p = 0.8) \approx \mathbf{0.3758}$

### Question 3
- **(a)** With $n = 25$ I use the $t$ critical value $t_{0.025,24} \approx 2.064$: $10 \pm 2.064 \times 0.4 = 10 \pm 0.826$, so the interval is $[9.174,\ 10.826]$.
- **(b)** $n \ge (1.96 \cdot 2 / 0.5)^2 = 61.47$, so $n = 61$.

### Question 4
- **(i)** $\chi^2 = \sum (O - E)^2/E = 42/10 = 4.2$
- **(ii)** df $= 5$, critical value $11.070$ → **B**"""


def stats_export():
    c = GPTConv("st-main", "PS6 hypothesis tests", 1759950000.0)
    s = c.system()
    u = c.add(s, "user", ST_PROMPT, 4.0)
    c.add(u, "assistant", ST_OLD, 20.0, metadata={"model_slug": "gpt-4o"})
    code = c.add(u, "assistant", {"content_type": "code", "language": "unknown", "text": ST_CODE, "response_format_name": None},
                 300.0, recipient="python", metadata={"model_slug": "gpt-4o"})
    c.mapping[code]["message"]["end_turn"] = False
    tool = c.add(code, "tool", {"content_type": "execution_output", "text": ST_OUT}, 302.0, name="python",
                 metadata={"aggregate_result": {"status": "success", "code": ST_CODE, "final_expression_output": None,
                                                "messages": [{"message_type": "stream", "stream_name": "stdout", "text": ST_OUT + "\n"}]}})
    c.add(tool, "assistant", ST_TEXT, 310.0, metadata={"model_slug": "gpt-4o"})
    write("hypothesis-tests/transcripts/stats-export.json", [c.dump(current_node=False)], ensure_ascii=False)


# ---------------------------------------------------------------- arch export (citations, several conversations)
E200, E201, E202 = "\ue200", "\ue201", "\ue202"

AR_PROMPT = """can you do my comp arch HW3? pasting it

Exercise 3.1 [10 points] A 32 KiB direct-mapped data cache uses 64-byte blocks. Physical addresses are 32 bits wide.
a) How many bits are used for the tag, the index and the block offset? Give the triple (tag, index, offset).
b) The cache is reorganised as a 4-way set-associative cache with the same capacity and block size. How many tag bits does each block now need?
Exercise 3.2 [10 points]
a) L1 hit time 1 cycle, miss rate 5%; L2 hit time 10 cycles, local miss rate 20%; memory 100 cycles. AMAT in cycles?
b) An enhancement speeds up 40% of a program's execution time by a factor of 4. Overall speedup? Exact fraction or three significant figures.
Exercise 3.3 [10 points] 5-stage pipeline, ideal CPI 1. 20% loads, 30% of them followed by a dependent instruction (1-cycle stall). 15% branches, 10% mispredicted, 2-cycle penalty.
a) Effective CPI?  b) Time for 10^9 instructions at 2 GHz, in seconds?"""

AR_TEXT = (
    "Here's a worked solution for each exercise.\n\n"
    "## Exercise 3.1\n\n"
    "**(a)** Offset $= \\log_2 64 = 6$ bits; the cache has $32768/64 = 512$ lines, so index $= 9$ bits; tag $= 32 - 9 - 6 = 17$ bits.\n\n"
    "**Answer:** (tag, index, offset) = (17, 9, 6)\n\n"
    "**(b)** A 4-way cache of the same size has $512/4 = 128$ sets, so the index is 7 bits and\n\n"
    "$$\\text{tag} = 32 - 7 - 6 = 19 \\text{ bits}$$\n\n"
    "## Exercise 3.2\n\n"
    "**(a)** With a local L2 miss rate the penalties nest:\n\n"
    "$$\\text{AMAT} = 1 + 0.05\\,(10 + 0.2 \\times 100) = 1 + 0.05 \\times 30 = 2.5 \\text{ cycles}$$\n\n"
    f"**(b)** Amdahl's law {E200}cite{E202}turn0search2{E201} gives\n\n"
    "$$S = \\frac{1}{(1 - 0.4) + 0.4/4} = \\frac{1}{0.7} \\approx 1.43$$\n\n"
    "## Exercise 3.3\n\n"
    "**(a)** Stall cycles per instruction: loads $0.2 \\times 0.3 \\times 1 = 0.06$, branches $0.15 \\times 0.1 \\times 2 = 0.03$.\n\n"
    "$$\\text{CPI} = 1 + 0.06 + 0.03 = 1.09$$\n\n"
    "**(b)** $T = \\dfrac{IC \\times CPI}{f} = \\dfrac{10^9 \\times 1.09}{2 \\times 10^8} = 5.45 \\text{ s}$\n\n"
    f"{E200}cite{E202}turn0search0{E201}\n\n"
    "### Summary\n\n"
    "| Part | Answer |\n|---|---|\n"
    "| 3.1(a) | (17, 9, 6) |\n| 3.1(b) | 19 |\n| 3.2(a) | 2.5 cycles |\n| 3.2(b) | 1.67 |\n| 3.3(a) | 1.09 |\n| 3.3(b) | 5.45 s |"
)

AR_FOLLOW_Q = "what if the cache in 3.1b was 8-way instead"
AR_FOLLOW_A = ("With 8 ways there are $512/8 = 64$ sets, so the index drops to 6 bits and the tag becomes "
               "$32 - 6 - 6 = 20$ bits. (For the 4-way cache actually asked about in 3.1(b) it is still 19.)")


def arch_export():
    a = GPTConv("ar-cover", "Cover letter edits", 1760000000.0)
    s = a.system()
    u = a.add(s, "user", "Can you make this cover letter paragraph sound less stiff? 'I am writing to express my interest...'", 3.0)
    x = a.add(u, "assistant", "Sure! Try: \"I'd love to bring my experience in embedded systems to your team...\"", 8.0)

    c = GPTConv("ar-main", "ECE 3056 HW3 caches", 1760100000.0)
    s2 = c.system()
    u2 = c.add(s2, "user", AR_PROMPT, 6.0)
    srch = c.add(u2, "assistant", {"content_type": "code", "language": "unknown",
                                   "text": "search(\"Amdahl's law overall speedup formula\")", "response_format_name": None},
                 12.0, recipient="web", metadata={"model_slug": "gpt-4o"})
    c.mapping[srch]["message"]["end_turn"] = False
    res = c.add(srch, "tool", {"content_type": "tether_browsing_display", "result": "Amdahl's law: S = 1 / ((1 - p) + p/s)", "summary": None},
                14.0, name="web")
    ans = c.add(res, "assistant", AR_TEXT, 40.0, metadata={"model_slug": "gpt-4o",
                                                           "content_references": [{"matched_text": f"{E200}cite{E202}turn0search2{E201}", "type": "grouped_webpages"}]})
    fu = c.add(ans, "user", AR_FOLLOW_Q, 300.0)
    fa = c.add(fu, "assistant", AR_FOLLOW_A, 305.0, metadata={"model_slug": "gpt-4o"})

    b = GPTConv("ar-later", "Verilog FSM testbench", 1760200000.0)
    s3 = b.system()
    u3 = b.add(s3, "user", "How do I write a testbench that checks my FSM reaches state DONE within 10 cycles?", 2.0)
    y = b.add(u3, "assistant", "Use a `repeat (10) @(posedge clk);` loop and then `assert (state == DONE);` ...", 7.0)
    write("cache-pipeline/transcripts/arch-export.json",
          [b.dump(leaf=y), c.dump(leaf=fa), a.dump(leaf=x)], ensure_ascii=False)


# ---------------------------------------------------------------- Claude shape
def ctime(base, sec):
    m, s = divmod(sec, 60)
    return f"{base}T14:{m:02d}:{s:02d}.{(sec * 37) % 1000:03d}000Z"


def cmsg(key, i, sender, blocks, base, sec, attachments=(), text=None):
    if text is None:
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    out_blocks = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", ctime(base, sec))
        b.setdefault("stop_timestamp", ctime(base, sec + 1))
        if b["type"] == "text":
            b.setdefault("citations", [])
        out_blocks.append(b)
    return {
        "uuid": uid(key, "msg", str(i)),
        "text": text,
        "content": out_blocks,
        "sender": sender,
        "created_at": ctime(base, sec),
        "updated_at": ctime(base, sec),
        "attachments": list(attachments),
        "files": [],
    }


def cconv(key, name, base, messages):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": messages[0]["created_at"],
        "updated_at": messages[-1]["updated_at"],
        "account": {"uuid": uid("account")},
        "chat_messages": messages,
    }


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


SC_THINK = ("Let me compute. t = 2.3/1.2 = 1.9167. df 15. Two-sided p: the tool gives 0.07453. "
            "Power: 10*0.8^9*0.2 + 0.8^10 = 0.3758. CI 10 ± 0.784. n = 61.47 so 62. "
            "Chi-square 4.2; df... 6 categories, so 6? The table value for 6 is 12.592.")

SC_CODE = """const t = 2.3 / 1.2;
// two-sided p for t with 15 df via numerical integration of the t density
function pdf(x, v) { return Math.pow(1 + x * x / v, -(v + 1) / 2); }
let num = 0, den = 0; const h = 1e-4;
for (let x = -60; x < 60; x += h) { const y = pdf(x, 15) * h; den += y; if (Math.abs(x) > t) num += y; }
console.log(t.toFixed(4), (num / den).toFixed(5));"""

SC_TEXT1 = "I'll check the t-test p-value numerically first."

SC_TEXT2 = """Here are my solutions.

## Question 1 — One-sample t-test

**(a)** The standard error is 4.8/√16 = 1.2, so t = (52.3 − 50)/1.2 ≈ **1.917**.

**(b)** With 15 degrees of freedom the two-sided p-value is p ≈ **0.075**.

**(c)** Since p > 0.05 we fail to reject H₀, so the statement is **false**.

## Question 2 — Exact binomial test

**(a)** P(X ≥ 9) = (C(10,9) + C(10,10)) / 2¹⁰ = **11/1024** ≈ 0.0107.

**(b)** Power = 10(0.8)⁹(0.2) + (0.8)¹⁰ = 0.2684 + 0.1074 = **0.3758**.

## Question 3 — Confidence intervals

**(a)** 10.0 ± 1.96 × 2/√25 = 10.0 ± 0.784, giving **[9.216, 10.784]**.

**(b)** We need n ≥ (1.96 × 2 / 0.5)² = 61.47. That gives **n = 62** — though if your course rounds to the nearest integer, 61.

## Question 4 — Goodness of fit

**(i)** χ² = (4 + 4 + 1 + 1 + 16 + 16)/10 = **4.2**

**(ii)** With six categories the degrees of freedom are 6, so the 5% critical value is 12.592 — **option C**."""


def stats_claude():
    base = "2025-10-09"
    att = {"file_name": "ps6.md", "file_size": 2143, "file_type": "text/markdown",
           "extracted_content": read("hypothesis-tests/problems.md")}
    m0 = cmsg("sc", 0, "human", [{"type": "text", "text": "Can you solve the attached problem set? Show the key steps."}],
              base, 0, attachments=[att])
    m1 = cmsg("sc", 1, "assistant", [
        {"type": "thinking", "thinking": SC_THINK, "summaries": [{"summary": "Computing test statistics."}], "cut_off": False},
        {"type": "text", "text": SC_TEXT1},
        {"type": "tool_use", "name": "repl", "input": {"code": SC_CODE}, "id": "toolu_" + uid("sc", "tu")[:20].replace("-", "")},
        {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"1.9167 0.07453\"]}"}], "is_error": False},
        {"type": "text", "text": SC_TEXT2},
    ], base, 20)
    conv = cconv("sc", "Hypothesis testing problem set", base, [m0, m1])
    o0 = cmsg("sc-o", 0, "human", [{"type": "text", "text": "What's the difference between a one-sided and a two-sided test, in one paragraph?"}], "2025-10-02", 0)
    o1 = cmsg("sc-o", 1, "assistant", [{"type": "text", "text": "A one-sided test puts the whole rejection region in one tail (e.g. p-value 0.0373 for t = 1.917 with 15 df); a two-sided test splits it across both tails, doubling the p-value."}], "2025-10-02", 9)
    other = cconv("sc-o", "One vs two sided tests", "2025-10-02", [o0, o1])
    write("hypothesis-tests/transcripts/stats-claude-export.json", [other, conv], ensure_ascii=True)


AC_THINK = ("3.1: 512 lines -> index 9, offset 6, tag 17. 4-way: 128 sets, tag 19. "
            "3.3: loads 0.2*0.3 = 0.06; branches 0.15*0.1 = 0.015 -> 1.075? No, the penalty is 2 cycles: 0.03. CPI = 1.09. "
            "Time = 1.09e9 / 2e9 = 0.545 s.")

AC_TEXT = """Sure — here are 3.1 and 3.3. I've skipped 3.2 since you said you've already done it.

**Exercise 3.1**

a) Block offset = log₂(64) = 6 bits. Lines = 32 KiB / 64 B = 512, so index = log₂(512) = 9 bits. Tag = 32 − 9 − 6 = 17 bits.

Tag / index / offset = 17 / 9 / 6

b) Four ways → 512 / 4 = 128 sets → 7 index bits. Tag = 32 − 7 − 6 = 19 bits.

**Exercise 3.3**

a) Extra cycles per instruction:
- load-use: 0.20 × 0.30 × 1 = 0.06
- mispredictions: 0.15 × 0.10 × 2 = 0.03

Effective CPI = 1 + 0.06 + 0.03 = **1.09**

b) T = (instructions × CPI) / clock rate. How to count depends on the convention: if the 10⁹ instructions are executed at the ideal CPI with the stalls already folded into the instruction count, T = 10⁹ / (2 × 10⁹) = 0.5 s; otherwise T = 1.09 × 10⁹ / (2 × 10⁹) = 0.545 s."""


def arch_claude():
    base = "2025-10-12"
    att = {"file_name": "hw3.txt", "file_size": 1890, "file_type": "txt",
           "extracted_content": read("cache-pipeline/problems.txt")}
    m0 = cmsg("ac", 0, "human", [{"type": "text", "text": "hw3 attached. I already did 3.2 (got 2.5 cycles and 10/7), can you just do 3.1 and 3.3?"}],
              base, 0, attachments=[att])
    m1 = cmsg("ac", 1, "assistant", [
        {"type": "thinking", "thinking": AC_THINK, "summaries": [{"summary": "Working out cache fields and CPI."}], "cut_off": False},
        {"type": "text", "text": AC_TEXT},
    ], base, 15)
    m2 = cmsg("ac", 2, "human", [{"type": "text", "text": "ok cool thanks"}], base, 200)
    m3 = cmsg("ac", 3, "assistant", [{"type": "text", "text": "You're welcome — good luck with the rest of the homework!"}], base, 204)
    conv = cconv("ac", "Cache and pipeline homework", base, [m0, m1, m2, m3])
    write("cache-pipeline/transcripts/arch-claude-export.json", [conv], ensure_ascii=True)


if __name__ == "__main__":
    rl_export()
    stats_export()
    arch_export()
    stats_claude()
    arch_claude()
    print("wrote 5 exports")
