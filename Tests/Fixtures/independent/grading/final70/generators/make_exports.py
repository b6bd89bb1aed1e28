#!/usr/bin/env python3
"""Deterministically write the three JSON chat exports of this corpus.

  relativity-exam/transcripts/chatgpt-export.json  ChatGPT conversations.json shape, with current_node,
                                                    a regenerated branch, thoughts / reasoning_recap nodes,
                                                    a python tool call + execution_output, citation markers,
                                                    and an unrelated second conversation.
  fourier-sheet/transcripts/conversations.json     ChatGPT shape WITHOUT current_node (graded branch = leaf
                                                    with the latest create_time), regenerated branch,
                                                    citation markers, an unrelated conversation.
  bandits-course/transcripts/claude-export.json    Claude export shape: chat_messages with thinking /
                                                    tool_use / tool_result / text blocks, an attachment with
                                                    extracted_content, an unrelated conversation.

Re-running gives byte-identical files (fixed ids via uuid5, fixed timestamps, sorted nothing
implicitly, explicit json.dumps options).
Usage: python3 make_exports.py [OUTDIR]   (default: the folder above this script)
"""
import json
import os
import sys
import uuid

NS = uuid.UUID("6f1c2d3e-0a4b-4c5d-9e8f-70a1b2c3d4e5")


def uid(name):
    return str(uuid.uuid5(NS, name))


CITE = "\ue200cite\ue202turn0search2\ue201"
FILECITE = "\ue200filecite\ue202turn0file0\ue201"


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0, with_current_node=True, with_children=True):
        self.key, self.title, self.t0 = key, title, t0
        self.with_current_node, self.with_children = with_current_node, with_children
        self.mapping = {}
        self.order = []
        root = uid(key + "/root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.root = root
        self.n = 0
        self.current = None

    def add(self, parent, role, content, dt, recipient="all", name=None, extra_meta=None, hidden=False):
        self.n += 1
        nid = uid(f"{self.key}/{self.n}")
        meta = {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant":
            meta.update({"model_slug": "gpt-4o", "default_model_slug": "auto", "parent_id": parent})
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": None if role == "system" else round(self.t0 + dt, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if (role == "assistant" and recipient == "all" and content["content_type"] == "text") else None,
            "weight": 0.0 if role == "system" else 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.order.append(nid)
        return nid

    def text(self, parent, role, text, dt, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [text]}, dt, **kw)

    def dump(self):
        mapping = {}
        for k in self.order:
            node = dict(self.mapping[k])
            if not self.with_children:
                node.pop("children")
            mapping[k] = node
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"] is not None]
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": mapping,
        }
        if self.with_current_node:
            d["current_node"] = self.current
        d.update({
            "conversation_id": uid(self.key + "/conv"),
            "id": uid(self.key + "/conv"),
            "is_archived": False,
            "default_model_slug": "auto",
            "moderation_results": [],
            "safe_urls": [],
        })
        return d


# ---------------------------------------------------------------- relativity: chatgpt-export.json
REL_USER = """Check my relativity problem set please, I want to compare with what I got.

PS6 — constants: c = 3.00×10^8 m/s, m_p = 1.673×10^-27 kg, m_p c^2 = 938.3 MeV

1. A muon travels straight down at v = 0.995c; proper mean lifetime τ0 = 2.20 μs.
 (a) Lorentz factor γ to four significant figures.
 (b) Mean lifetime measured on the ground, in microseconds, four significant figures.
 (c) Distance travelled in the ground frame during one dilated lifetime, in km, three significant figures.
2. A proton moves at v = 0.800c.
 (a) Kinetic energy in MeV, one decimal place.
 (b) Magnitude of relativistic momentum in kg·m/s, three significant figures.
3. S' moves at 0.600c in +x relative to S; coordinates (ct, x) in metres.
 (a) 2×2 boost matrix Λ with (ct', x')^T = Λ (ct, x)^T.
 (b) Event E at (ct, x) = (4.00 m, 5.00 m). Find (ct', x').
 (c) The separation between E and the origin is (A) timelike (B) lightlike (C) spacelike (D) frame-dependent"""

REL_OLD_BRANCH = r"""**1.** \(\gamma = 1/\sqrt{1-0.995^2} \approx 10.01\); \(\tau = \gamma\tau_0 \approx 22.03\ \mu\text{s}\); \(d = v\tau \approx 6.58\ \text{km}\).

**2.** \(\gamma = 5/3\). (a) \(K = (\gamma-1)m_pc^2 = 625.5\ \text{MeV}\). (b) \(p = \gamma m_p v \approx 6.69\times10^{-19}\ \text{kg·m/s}\).

**3.** (a) \(\Lambda = \begin{pmatrix}1.25 & -0.75\\ -0.75 & 1.25\end{pmatrix}\). (b) \((ct', x') = (1.25, 3.25)\) m. (c) \(s^2 = -9\ \text{m}^2\), spacelike: **(C)**."""

REL_THOUGHTS = [
    {"summary": "Computing Lorentz factors",
     "content": "For 0.995c, 1 - beta^2 = 0.009975, gamma about 10.01. Dilated lifetime about 22 microseconds, distance about 6.6 km. For the proton gamma = 5/3, energy gamma m c^2 is 1563.8 MeV. Boost with beta 0.6 gives gamma 1.25.",
     "chunks": [], "finished": True},
    {"summary": "Checking with python", "content": "Run the numbers in python to get the significant figures right.",
     "chunks": [], "finished": True},
]

REL_CODE = """import math
c = 3.00e8; mp = 1.673e-27; mc2 = 938.3
b = 0.995; g = 1/math.sqrt(1-b*b); tau = 2.20*g
print('gamma', g); print('tau_us', tau); print('d_km', b*c*tau*1e-6/1000)
g2 = 1/math.sqrt(1-0.8**2)
print('E_MeV', g2*mc2); print('p', g2*mp*0.8*c)
g3 = 1/math.sqrt(1-0.36); print('ct_x_prime', g3*(4-0.6*5), g3*(5-0.6*4))"""

REL_EXEC = """gamma 10.0125234864352
tau_us 22.02755167015744
d_km 6.575224173541995
E_MeV 1563.8333333333333
p 6.692000000000002e-19
ct_x_prime 1.25 3.25"""

REL_ANSWER = r"""Here are the worked answers — I ran the arithmetic through a quick script (output above) so the significant figures are right.

## Problem 1 — Muons

**(a)** \(\gamma = 1/\sqrt{1-0.995^2} = 1/\sqrt{0.009975}\)

\[\gamma = 10.0125\ldots \approx 10.01\]

**(b)** Time dilation, \(\tau = \gamma\tau_0\):

\[\tau = 10.0125 \times 2.20\,\mu\text{s} = \boxed{22.03\,\mu\text{s}}\]

**(c)** \(d = v\tau = 0.995 \times 3.00\times10^{8} \times 22.0276\times10^{-6}\ \text{m} \approx 6575\ \text{m}\), so

\[d \approx \boxed{6.58\ \text{km}}\]

This is the classic Rossi–Hall argument for why so many muons reach sea level.""" + CITE + r"""

## Problem 2 — Proton at 0.800c

\(\gamma = 1/\sqrt{1-0.64} = 5/3\).

**(a)**
\[E = \gamma m_p c^2 = \tfrac{5}{3} \times 938.3\ \text{MeV} = \boxed{1563.8\ \text{MeV}}\]

**(b)**
\[p = \gamma m_p v = \tfrac{5}{3}\,(1.673\times10^{-27})(2.40\times10^{8}) = \boxed{6.69\times10^{-19}\ \text{kg·m/s}}\]

## Problem 3 — Boost with β = 0.600

\(\gamma = 1.25\), \(\gamma\beta = 0.75\).

**(a)**
\[\Lambda = \begin{pmatrix} 1.25 & -0.75 \\ -0.75 & 1.25 \end{pmatrix}\]

**(b)** \((ct', x') = \Lambda\,(4.00,\ 5.00)^T = (1.25\ \text{m},\ 3.25\ \text{m})\)

**(c)** Before I write this one up: does your course define the interval as \(s^2 = (ct)^2 - x^2\) or as \(s^2 = x^2 - (ct)^2\)? I'd like to match the sign convention your grader expects."""

REL_FOLLOW = "what would 2(a) be for an electron at the same speed? m_e c^2 = 0.511 MeV"
REL_FOLLOW_ANS = r"""Same speed means the same \(\gamma = 5/3\), so for the electron

\[E = \gamma m_e c^2 = \tfrac{5}{3}\times 0.511\ \text{MeV} \approx 0.852\ \text{MeV}.\]"""


def relativity_export():
    pasta = Conv("pasta", "Salt in pasta water", 1760120000.0)
    s = pasta.text(pasta.root, "system", "", 0, hidden=True)
    u = pasta.text(s, "user", "how much salt per litre of pasta water", 1)
    a = pasta.text(u, "assistant", "A common rule is about 10 g of salt per litre of water (roughly 1.5–2 teaspoons of table salt). Many cooks go up to 15 g/L.", 5)
    pasta.current = a

    rel = Conv("rel", "Relativity PS6 check", 1760482800.0)
    s = rel.text(rel.root, "system", "", 0, hidden=True)
    u = rel.text(s, "user", REL_USER, 2)
    # first answer, later regenerated away
    rel.text(u, "assistant", REL_OLD_BRANCH, 30)
    # regenerated branch (shown)
    th = rel.add(u, "assistant", {"content_type": "thoughts", "thoughts": REL_THOUGHTS,
                                  "source_analysis_msg_id": uid("rel/analysis")}, 95)
    rr = rel.add(th, "assistant", {"content_type": "reasoning_recap", "content": "Thought for 14s"}, 96)
    code = rel.add(rr, "assistant", {"content_type": "code", "language": "unknown",
                                     "response_format_name": None, "text": REL_CODE}, 97, recipient="python")
    out = rel.add(code, "tool", {"content_type": "execution_output", "text": REL_EXEC}, 99, name="python",
                  extra_meta={"aggregate_result": {"status": "success", "run_id": uid("rel/run")}})
    ans = rel.text(out, "assistant", REL_ANSWER, 120)
    u2 = rel.text(ans, "user", REL_FOLLOW, 600)
    a2 = rel.text(u2, "assistant", REL_FOLLOW_ANS, 612)
    rel.current = a2
    data = [rel.dump(), pasta.dump()]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- fourier: conversations.json (no current_node)
FOU_USER = """Worksheet 4 (Fourier series), conventions: f ~ a0/2 + sum(a_n cos nx + b_n sin nx) on (-pi, pi], c_n = (1/2pi) int f e^{-inx}.

4.1 f(x) = x on (-pi, pi). (a) b_n as a function of n. (b) S_3 = partial sum up to n = 3, evaluate S_3(pi/2) exactly.
4.2 square wave -1 on (-pi,0), +1 on (0,pi). (a) exact b_1 (b) use Parseval to get 1 + 1/9 + 1/25 + 1/49 + ... (c) true/false: the series converges to 0 at x = 0
4.3 f(x) = x^2 on [-pi, pi]: vector (a_1, a_2, a_3)
4.4 f(x) = e^x on (-pi, pi): c_0 exact and to 4 decimal places
4.5 g(x) = |x|: coefficients decay like A. 1/n B. 1/n^2 C. 1/n^3 D. faster than any power"""

FOU_OLD_BRANCH = r"""**4.1** (a) $b_n = \frac{2(-1)^{n+1}}{n}$. (b) $S_3(\pi/2) = 2 - \frac{2}{3} = \frac{4}{3}$.

**4.2** (a) $b_1 = 4/\pi$. (b) $\pi^2/8$. (c) True.

**4.3** $(a_1, a_2, a_3) = (-4, 1, -4/9)$.

**4.4** $c_0 = \sinh(\pi)/\pi \approx 3.6761$.

**4.5** B — the coefficients of $|x|$ are $-\frac{4}{\pi n^2}$ for odd $n$."""

FOU_ANSWER = r"""Sure — here's Worksheet 4, following the conventions on your sheet.""" + FILECITE + r"""

### Exercise 4.1

**(a)** $f(x) = x$ is odd, so every $a_n = 0$ and, integrating by parts,
$$b_n = \frac{2}{\pi}\int_0^{\pi} x\sin(nx)\,dx = \frac{2}{\pi}\left[-\frac{x\cos(nx)}{n}\right]_0^{\pi} = \frac{2(-1)^{n+1}}{n}.$$

**(b)** The first three coefficients are $b_1 = 2$, $b_2 = -1$, $b_3 = \tfrac{2}{3}$, so
$$S_3(\pi/2) = 2\sin\tfrac{\pi}{2} - \sin\pi + \tfrac{2}{3}\sin\tfrac{3\pi}{2} = 2 - 0 + \tfrac{2}{3} = \tfrac{8}{3}.$$

### Exercise 4.2

**(a)** $b_1 = \frac{2}{\pi}\int_0^{\pi}\sin x\,dx = \frac{4}{\pi} \approx 1.2732$.

**(b)** Only odd $n$ survive, with $b_n = \frac{4}{n\pi}$. Parseval gives
$$\frac{1}{\pi}\int_{-\pi}^{\pi} f^2\,dx = 2 = \sum_{n\ \text{odd}} \frac{16}{n^2\pi^2} \quad\Longrightarrow\quad 1 + \frac19 + \frac1{25} + \dots = \frac{\pi^2}{8} \approx 1.2337.$$

**(c)** **True.** At a jump the series converges to the average of the one-sided limits, $\tfrac{(-1) + 1}{2} = 0$.

### Exercise 4.3

For the even function $x^2$, $a_n = \frac{2}{\pi}\int_0^{\pi} x^2\cos(nx)\,dx = \frac{4(-1)^{n+1}}{n^2}$, so
$$(a_1, a_2, a_3) = \left(4,\ -1,\ \tfrac{4}{9}\right).$$

### Exercise 4.4

$$c_0 = \frac{1}{2\pi}\int_{-\pi}^{\pi} e^x\,dx = \frac{e^{\pi} - e^{-\pi}}{2\pi} = \frac{\sinh\pi}{\pi} \approx 3.6761.$$

Quick numerical check:""" + "\ue203" + r"""
```python
import math
print(math.sinh(math.pi) / math.pi)   # 3.676077910374978
```

I stopped at 4.4 — do you want me to do 4.5 as well?"""


def fourier_export():
    fou = Conv("fourier", "Fourier series worksheet", 1762250400.0, with_current_node=False)
    s = fou.text(fou.root, "system", "", 0, hidden=True)
    u = fou.text(s, "user", FOU_USER, 3)
    fou.text(u, "assistant", FOU_OLD_BRANCH, 41)          # older answer, regenerated away
    a = fou.text(u, "assistant", FOU_ANSWER, 260)         # regenerated answer
    u2 = fou.text(a, "user", "no that's fine, I've got 4.5. thanks!", 900)
    fou.text(u2, "assistant", "You're welcome — good luck at the tutorial!", 905)

    cover = Conv("cover", "Cover letter tweaks", 1762163000.0, with_current_node=False)
    s = cover.text(cover.root, "system", "", 0, hidden=True)
    u = cover.text(s, "user", "make this sound less stiff: 'I am writing to express my interest in the position.'", 2)
    cover.text(u, "assistant", "Try: \"I'd love to be considered for the role — here's why I think I'd be a good fit.\"", 8)
    data = [cover.dump(), fou.dump()]
    return json.dumps(data, ensure_ascii=True, indent=1)


# ---------------------------------------------------------------- bandits: Claude export
BANDIT_ATTACHMENT = """COMP 4620 Homework 3: Multi-armed bandits
Three-armed Bernoulli bandit, true means mu = (0.5, 0.7, 0.4) for arms 1, 2, 3. Regret means pseudo-regret.
Problem 1 (a) Over T = 100 rounds a policy pulled the arms n = (30, 60, 10) times. What is its regret?
(b) eps-greedy with eps = 0.1, greedy arm is arm 2, exploration uniform over all three arms. Probability it pulls arm 2 next round? Exact fraction.
(c) Expected regret per round of this agent while the greedy arm stays arm 2? Exact fraction.
Problem 2 After t = 20 rounds: arm 1: 8 pulls, mean 0.625; arm 2: 10 pulls, mean 0.700; arm 3: 2 pulls, mean 0.500. UCB1 index mean + sqrt(2 ln t / n_i), t = 20.
(a) UCB1 index of arm 1 to three decimal places. (b) Which arm is pulled in round 21? (A) arm 1 (B) arm 2 (C) arm 3 (D) tie between arms 1 and 2
Problem 3 (a) Evaluate the Auer et al. bound sum 8 ln T / Delta_i + (1 + pi^2/3) sum Delta_i for T = 10000, nearest integer.
(b) The eps-greedy agent of 1(b) runs T = 1000 rounds, greedy arm 2 throughout. Expected percentage of rounds that pull arm 3? Two decimals.
(c) True or false: with eps fixed at 0.1 the expected regret of eps-greedy grows only logarithmically in T."""

B_THINK = """Gaps: arm 1 is 0.2, arm 2 is 0, arm 3 is 0.3. Regret for n = (30, 60, 10) is 30*0.2 + 10*0.3 = 9. Probability of arm 2 under eps-greedy: 0.9 + 0.1/3. Per-round regret: exploration happens with probability 0.1, times the average gap. UCB indices need ln 20, let me just compute them in the REPL. The bound: 8 ln T over each gap."""

B_TEXT1 = """I'll work through each part. Let me compute the UCB indices and the bound numerically first."""

B_CODE = """const ln20 = Math.log(20);
const idx = [[0.625, 8], [0.7, 10], [0.5, 2]].map(([m, n]) => m + Math.sqrt(2 * ln20 / n));
console.log(idx.map(v => v.toFixed(4)));
const lnT = Math.log(10000);
console.log((8 * lnT / 0.2 + 8 * lnT / 0.3).toFixed(2));"""

B_RESULT = """["1.4904","1.4740","2.2308"]
614.02"""

B_TEXT2 = r"""Here's the full set. Gaps: $\Delta_1 = 0.2$, $\Delta_2 = 0$, $\Delta_3 = 0.3$.

## Problem 1

**(a)** $R_{100} = 30(0.2) + 60(0) + 10(0.3) = 6 + 3 = 9$.

**(b)** The agent exploits with probability $0.9$ and explores with probability $0.1$, and exploration also lands on arm 2 one time in three:
$$P(\text{arm 2}) = 0.9 + \frac{0.1}{3} = \frac{14}{15} \approx 0.933$$

**(c)** Regret is incurred only when exploring, so the expected regret per round is $\varepsilon$ times the average gap... more precisely
$$\varepsilon \cdot (\Delta_1 + \Delta_3) = 0.1 \times 0.5 = 0.05$$

## Problem 2

**(a)** $\sqrt{2\ln 20/8} = \sqrt{0.7489} = 0.8654$, so the index is $0.625 + 0.8654 = 1.490$.

**(b)** The indices are 1.490, 1.474 and 2.231 — arm 3's small pull count gives it a large bonus, so UCB1 pulls **arm 3, (C)**.

## Problem 3

**(a)** $8\ln(10^4)\left(\frac{1}{0.2} + \frac{1}{0.3}\right) = 73.68 \times 8.333 \approx 614$. So the bound evaluates to **614**.

**(b)** Arm 3 is pulled only when exploring and then with probability 1/3, i.e. with probability $0.1/3 = 0.0333$ per round. So arm 3 gets **0.0333%** of the rounds (about 33 of the 1000).

**(c)** **False.** With a fixed ε the agent keeps exploring at a constant rate forever, so it pays about $\varepsilon\bar\Delta$ per round and its regret grows linearly in $T$. You need a decaying schedule such as $\varepsilon_t \propto 1/t$ to get logarithmic regret."""

B_HUMAN2 = "for 1(c) i got something smaller — doesn't it explore w.p. 0.1 and then pick each arm w.p. 1/3? so arm 2 gets picked sometimes during exploration too"

B_TEXT3 = r"""You're right, I dropped the 1/3. During exploration each arm is chosen with probability 1/3, and choosing arm 2 costs nothing, so

$$\text{regret per round} = \frac{\varepsilon}{3}\,(\Delta_1 + \Delta_2 + \Delta_3) = \frac{0.1}{3}(0.2 + 0 + 0.3) = \frac{1}{60} \approx 0.0167.$$

So the corrected answer to 1(c) is **1/60**."""

UNSUPPORTED = "\n\n```\nThis block is not supported on your current device yet.\n```\n\n"


def cblock_text(text, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": text, "citations": []}


def claude_export():
    acct = {"uuid": uid("claude/account")}
    bid = "bandits"
    msgs = []
    msgs.append({
        "uuid": uid(bid + "/m1"), "text": "can you go through my bandits homework? attached", "content": [
            cblock_text("can you go through my bandits homework? attached", "2025-11-09T18:02:11.402118Z", "2025-11-09T18:02:11.402118Z")],
        "sender": "human", "created_at": "2025-11-09T18:02:11.402118Z", "updated_at": "2025-11-09T18:02:11.402118Z",
        "attachments": [{"file_name": "hw3_bandits.pdf", "file_size": len(BANDIT_ATTACHMENT), "file_type": "pdf",
                          "extracted_content": BANDIT_ATTACHMENT}],
        "files": [],
    })
    a_blocks = [
        {"start_timestamp": "2025-11-09T18:02:13.118402Z", "stop_timestamp": "2025-11-09T18:02:21.771930Z",
         "type": "thinking", "thinking": B_THINK,
         "summaries": [{"summary": "Working out gaps and regret."}, {"summary": "Computing UCB indices."}],
         "cut_off": False},
        cblock_text(B_TEXT1, "2025-11-09T18:02:21.902211Z", "2025-11-09T18:02:22.410032Z"),
        {"start_timestamp": "2025-11-09T18:02:22.512876Z", "stop_timestamp": "2025-11-09T18:02:25.004119Z",
         "type": "tool_use", "name": "repl", "input": {"code": B_CODE}, "message": "Computing indices", "integration_name": None,
         "integration_icon_url": None, "context": None, "display_content": None},
        {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": json.dumps({"status": "success", "logs": B_RESULT.split("\n")}), "uuid": uid(bid + "/tr")}],
         "is_error": False, "message": None, "display_content": None},
        cblock_text(B_TEXT2, "2025-11-09T18:02:25.311540Z", "2025-11-09T18:02:49.660213Z"),
    ]
    msgs.append({
        "uuid": uid(bid + "/m2"), "text": B_TEXT1 + UNSUPPORTED + B_TEXT2, "content": a_blocks,
        "sender": "assistant", "created_at": "2025-11-09T18:02:13.118402Z", "updated_at": "2025-11-09T18:02:49.660213Z",
        "attachments": [], "files": [],
    })
    msgs.append({
        "uuid": uid(bid + "/m3"), "text": B_HUMAN2, "content": [
            cblock_text(B_HUMAN2, "2025-11-09T18:09:40.220871Z", "2025-11-09T18:09:40.220871Z")],
        "sender": "human", "created_at": "2025-11-09T18:09:40.220871Z", "updated_at": "2025-11-09T18:09:40.220871Z",
        "attachments": [], "files": [],
    })
    msgs.append({
        "uuid": uid(bid + "/m4"), "text": B_TEXT3, "content": [
            cblock_text(B_TEXT3, "2025-11-09T18:09:42.007316Z", "2025-11-09T18:09:47.931055Z")],
        "sender": "assistant", "created_at": "2025-11-09T18:09:42.007316Z", "updated_at": "2025-11-09T18:09:47.931055Z",
        "attachments": [], "files": [],
    })
    for i, m in enumerate(msgs):
        m["parent_message_uuid"] = msgs[i - 1]["uuid"] if i else "00000000-0000-4000-8000-000000000000"
    bandits = {"uuid": uid(bid + "/conv"), "name": "Bandits HW3 walkthrough", "summary": "",
               "created_at": "2025-11-09T18:02:10.004511Z", "updated_at": "2025-11-09T18:09:47.931055Z",
               "account": acct, "chat_messages": msgs}

    sd = "sourdough"
    sd_msgs = [
        {"uuid": uid(sd + "/m1"), "text": "feeding schedule for a sourdough starter kept in the fridge?",
         "content": [cblock_text("feeding schedule for a sourdough starter kept in the fridge?", "2025-11-02T09:14:01.000000Z", "2025-11-02T09:14:01.000000Z")],
         "sender": "human", "created_at": "2025-11-02T09:14:01.000000Z", "updated_at": "2025-11-02T09:14:01.000000Z",
         "attachments": [], "files": []},
        {"uuid": uid(sd + "/m2"), "text": "Once a week is usually enough: discard all but about 50 g, feed 1:1:1 by weight, leave it out 1–2 hours, then refrigerate.",
         "content": [cblock_text("Once a week is usually enough: discard all but about 50 g, feed 1:1:1 by weight, leave it out 1–2 hours, then refrigerate.", "2025-11-02T09:14:03.000000Z", "2025-11-02T09:14:08.000000Z")],
         "sender": "assistant", "created_at": "2025-11-02T09:14:03.000000Z", "updated_at": "2025-11-02T09:14:08.000000Z",
         "attachments": [], "files": []},
    ]
    for i, m in enumerate(sd_msgs):
        m["parent_message_uuid"] = sd_msgs[i - 1]["uuid"] if i else "00000000-0000-4000-8000-000000000000"
    sourdough = {"uuid": uid(sd + "/conv"), "name": "Sourdough starter schedule", "summary": "",
                 "created_at": "2025-11-02T09:14:00.000000Z", "updated_at": "2025-11-02T09:14:08.000000Z",
                 "account": acct, "chat_messages": sd_msgs}
    return json.dumps([sourdough, bandits], ensure_ascii=False, indent=2)


OUTPUTS = {
    "relativity-exam/transcripts/chatgpt-export.json": relativity_export,
    "fourier-sheet/transcripts/conversations.json": fourier_export,
    "bandits-course/transcripts/claude-export.json": claude_export,
}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for rel, fn in OUTPUTS.items():
        path = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(fn() + "\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
