#!/usr/bin/env python3
"""Write the five JSON chat exports of the final55 corpus.

ChatGPT data exports (conversations.json shape):
  normlayers/transcripts/conversations.json   one conversation, regenerated branch, thoughts +
                                              reasoning_recap, later user turn correcting 2(a)
  kmeans/transcripts/conversations.json       three conversations, NO current_node (graded branch =
                                              leaf with latest create_time), python tool call +
                                              execution_output, regenerated older branch
  attention/transcripts/conversations.json    two conversations, regenerated branch, web-search
                                              citation markers (U+E200..U+E202) in text
Claude data exports:
  kmeans/transcripts/claude-export.json       attachment with extracted_content, thinking,
                                              tool_use / tool_result blocks
  attention/transcripts/claude-export.json    attachment, thinking, follow-up human turn

Deterministic: fixed timestamps and uuid5 ids, so re-running gives byte-identical files.
Usage: python3 make_exports.py   (writes relative to this file's parent folder)
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f2b51c4-55aa-4e0b-9d3e-f1a55f1a5555")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"


# --------------------------------------------------------------------------- ChatGPT helpers
class ChatGPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.root = "client-created-root" if key else uid(key, "root")
        self.mapping[self.root] = {"id": self.root, "message": None, "parent": None, "children": []}
        self.last_time = t0

    def _add(self, nid, parent, message):
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, name, parent, role, content, t, recipient="all", extra_meta=None, author_name=None,
            hidden=False, end_turn=None):
        nid = uid(self.key, name)
        meta = {}
        if role == "assistant" and content.get("content_type") in ("text", "code", "thoughts", "reasoning_recap"):
            meta.update({"model_slug": self.model, "default_model_slug": self.model,
                         "parent_id": parent, "request_id": uid(self.key, name, "req")[:23]})
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if extra_meta:
            meta.update(extra_meta)
        message = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": round(self.t0 + t, 3) if t is not None else None,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 0.0 if hidden else 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        if t is not None:
            self.last_time = max(self.last_time, round(self.t0 + t, 3))
        return self._add(nid, parent, message)

    def system(self):
        return self.msg("system", self.root, "system", {"content_type": "text", "parts": [""]}, None,
                        hidden=True, end_turn=True)

    def user(self, name, parent, text, t):
        return self.msg(name, parent, "user", {"content_type": "text", "parts": [text]}, t)

    def assistant(self, name, parent, text, t, end_turn=True):
        return self.msg(name, parent, "assistant", {"content_type": "text", "parts": [text]}, t, end_turn=end_turn)

    def thoughts(self, name, parent, items, t):
        content = {"content_type": "thoughts",
                   "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
                   "source_analysis_msg_id": uid(self.key, name, "src")}
        return self.msg(name, parent, "assistant", content, t, end_turn=False)

    def recap(self, name, parent, text, t):
        return self.msg(name, parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t,
                        end_turn=False)

    def code(self, name, parent, code, t):
        return self.msg(name, parent, "assistant",
                        {"content_type": "code", "language": "unknown", "response_format_name": None, "text": code},
                        t, recipient="python", end_turn=False)

    def tool_output(self, name, parent, text, t):
        return self.msg(name, parent, "tool", {"content_type": "execution_output", "text": text}, t,
                        author_name="python", extra_meta={"is_complete": True, "aggregate_result": {
                            "status": "success", "run_id": uid(self.key, name, "run"), "code": "",
                            "messages": [], "jupyter_messages": [], "final_expression_output": None}})

    def to_json(self, current_node=True, leaf=None):
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
            "gizmo_id": None,
            "gizmo_type": None,
            "is_archived": False,
            "is_starred": None,
            "safe_urls": [],
            "blocked_urls": [],
            "default_model_slug": self.model,
            "conversation_origin": None,
            "voice": None,
            "async_status": None,
            "disabled_tool_ids": [],
            "is_do_not_remember": False,
            "memory_scope": "global_enabled",
            "id": uid(self.key, "conv"),
        })
        return d


def simple_conv(key, title, t0, turns):
    """An unrelated linear conversation: turns = [(role, text), ...]."""
    c = ChatGPTConv(key, title, t0)
    p = c.system()
    for i, (role, text) in enumerate(turns):
        if role == "user":
            p = c.user("u%d" % i, p, text, 10 * i)
        else:
            p = c.assistant("a%d" % i, p, text, 10 * i + 5)
    return c, p


def write_json(rel, data, indent=None):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        if indent is None:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        else:
            json.dump(data, f, ensure_ascii=False, indent=indent)
        f.write("\n")


# --------------------------------------------------------------------------- normlayers (ChatGPT)
NORM_USER = """HW6 normalization + dropout, please solve and show work.

Question 1 [14] Batch normalization by hand. A nn.BatchNorm1d(1) layer is in training mode and receives a mini-batch of four examples of a single feature: x = (1, 3, 4, 8). Take ε = 0 throughout.
(a) Compute the batch mean μ_B.
(b) Compute the batch variance σ_B^2 that batch norm uses to normalize in training mode (the biased estimate, dividing by the batch size).
(c) Compute the normalized value x̂ for the example x = 8.
(d) The layer has scale γ = 2 and shift β = −1. Compute the output y = γ x̂ + β for the example x = 1.
(e) Before this step the running variance was 1. PyTorch updates it as σ²_run ← (1 − m) σ²_run + m s²_B with momentum m = 0.1, where s²_B is the unbiased batch variance (dividing by the batch size minus one). What is the running variance after this step?

Question 2 [8] Dropout. A fully connected layer uses inverted dropout with drop rate p = 0.2 during training.
(a) A unit whose pre-dropout activation is 3.0 survives the mask. What value does it pass to the next layer during training?
(b) At test time, what should be done to this layer's activations?
A. Multiply them by 1 − p.
B. Multiply them by p.
C. Nothing; use them unchanged.
D. Divide them by 1 − p.

Question 3 [2] True or false: for a given example, the mean and variance computed by layer normalization depend on the other examples in the mini-batch."""

NORM_OLD = """Here are the solutions.

**1(a)** μ_B = 16/4 = 4

**1(b)** σ_B² = 26/3 ≈ 8.667

**1(c)** x̂ = 4/√8.667 ≈ 1.359

**1(d)** y = 2·(−3/2.944) − 1 ≈ −3.038

**1(e)** 0.9·1 + 0.1·8.667 ≈ 1.767

**2(a)** 3.0/0.8 = 3.75

**2(b)** C

**3** True"""

NORM_NEW = """## Question 1

**(a)** Batch mean:
\\[
\\mu_B = \\frac{1 + 3 + 4 + 8}{4} = 4
\\]

**(b)** Squared deviations: \\(9, 1, 0, 16\\), sum \\(26\\). Batch norm normalizes with the biased variance:
\\[
\\sigma_B^2 = \\frac{26}{4} = 6.5
\\]

**(c)**
\\[
\\hat{x} = \\frac{8 - 4}{\\sqrt{6.5}} = \\frac{4}{2.5495} \\approx 1.569
\\]

**(d)** For \\(x = 1\\): \\(\\hat{x} = -3/2.5495 = -1.1767\\). Then
\\[
y = \\gamma \\hat{x} + \\beta = 2(-1.1767) + 1 = -1.353
\\]

**(e)** The unbiased batch variance is \\(s_B^2 = 26/3 \\approx 8.667\\):
\\[
\\sigma^2_{\\text{run}} = 0.9 \\cdot 1 + 0.1 \\cdot 8.667 = 1.767
\\]

## Question 2

**(a)** During training the surviving unit is multiplied by the keep probability \\(1 - p = 0.8\\):
\\[
3.0 \\times 0.8 = 2.4
\\]

**(b)** To keep the expected activation consistent, the activations are rescaled at test time by dividing by \\(1-p\\). **Answer: D**

## Question 3

**False** — layer norm's statistics are computed over the features of a single example, independently of the rest of the mini-batch."""

NORM_FOLLOW = "wait for 2(a) isn't it the other way? I thought with inverted dropout the survivors get scaled UP during training"

NORM_FIX = """You're right — I had it backwards. With inverted dropout the surviving activations are divided by the keep probability during training:

\\[
\\frac{3.0}{1 - 0.2} = \\frac{3.0}{0.8} = 3.75
\\]

So the corrected answer to 2(a) is **3.75**. The rest of my answers stand."""


def build_norm():
    c = ChatGPTConv("norm", "Normalization HW6", 1728934211.512)
    s = c.system()
    u1 = c.user("u1", s, NORM_USER, 3.1)
    old = c.assistant("a_old", u1, NORM_OLD, 19.4)            # first answer, later regenerated
    th = c.thoughts("th", u1, [
        ("Computing batch statistics", "Mean is 4. Variance: 26 over n-1 = 8.667? No, training-mode batch norm divides by n, so 6.5."),
        ("Handling the running estimate", "Running var uses the unbiased 26/3. 0.9 + 0.8667 = 1.7667."),
        ("Dropout scaling", "Drop rate 0.2 so keep 0.8; 3.0 times 0.8 = 2.4."),
    ], 71.0)
    rc = c.recap("recap", th, "Thought for 14 seconds", 85.2)
    new = c.assistant("a_new", rc, NORM_NEW, 97.6)
    u2 = c.user("u2", new, NORM_FOLLOW, 240.0)
    fix = c.assistant("a_fix", u2, NORM_FIX, 251.3)
    write_json("normlayers/transcripts/conversations.json", [c.to_json(leaf=fix)])


# --------------------------------------------------------------------------- kmeans (ChatGPT, no current_node)
KM_USER = """PS4 clustering. Points: A(1,1), B(2,1), C(4,3), D(5,4), E(1,2), F(7,5).

Problem 1 (k = 2, c1 = A = (1,1), c2 = D = (5,4))
a) squared Euclidean distance from C to c1?
b) assign every point to its nearest centroid and recompute, new c1?
c) new c2?
d) inertia (within-cluster sum of squared distances) with the new centroids and the assignments from b
e) one more assignment step, which is true?
A. Point C moves to cluster 1.
B. No point changes cluster; the algorithm has converged.
C. Point B moves to cluster 2.
D. Cluster 1 becomes empty.

Problem 2
a) k-means++ picks A first, probability that F is the second centre (proportional to D(x)^2)?
b) silhouette s(B) = 1 - a(B)/b(B) with clusters {A,B,E} and {C,D,F} (euclidean distance), 3 decimals

Problem 3 1-D data {0,2,3,9,10}, init centroids 0 and 10, final centroids?

I already did problem 3 myself so only 1 and 2 please."""

KM_OLD = """**Problem 1**
a) 13
b) c1 = (4/3, 4/3)
c) c2 = (16/3, 4)
d) inertia = 8
e) B

**Problem 2**
a) 52/92 = 13/23 ≈ 0.565
b) s(B) ≈ 0.731

(Problem 3 for reference: (5/3, 9.5).)"""

KM_CODE = """import numpy as np
P = {'A':(1,1),'B':(2,1),'C':(4,3),'D':(5,4),'E':(1,2),'F':(7,5)}
X = {k: np.array(v, float) for k, v in P.items()}
c1, c2 = X['A'], X['D']
d2 = lambda a, b: float(((a-b)**2).sum())
lab = {k: 1 if d2(v, c1) <= d2(v, c2) else 2 for k, v in X.items()}
g1 = [k for k in X if lab[k] == 1]; g2 = [k for k in X if lab[k] == 2]
m1 = np.mean([X[k] for k in g1], 0); m2 = np.mean([X[k] for k in g2], 0)
inertia = sum(d2(X[k], m1) for k in g1) + sum(d2(X[k], m2) for k in g2)
lab2 = {k: 1 if d2(v, m1) <= d2(v, m2) else 2 for k, v in X.items()}
pF = d2(X['F'], X['A']) / sum(d2(v, X['A']) for v in X.values())
a = np.mean([d2(X['B'], X[k]) for k in ['A','E']])
b = np.mean([d2(X['B'], X[k]) for k in ['C','D','F']])
print(d2(X['C'], c1), g1, g2, m1, m2, inertia, lab == lab2, pF, 1 - a/b)"""

KM_OUT = "13.0 ['A', 'B', 'E'] ['C', 'D', 'F'] [1.33333333 1.33333333] [5.33333333 4.        ] 8.0 True 0.5652173913043478 0.9328358208955224"

KM_NEW = """I ran the numbers in Python to avoid arithmetic slips.

### Problem 1

**a)** (4−1)² + (3−1)² = 9 + 4 = **13**

**b)** Cluster 1 = {A, B, E}, cluster 2 = {C, D, F}.
New c₁ = **(1.333, 1.333)**, i.e. (4/3, 4/3).

**c)** New c₂ = **(5.333, 4)**, i.e. (16/3, 4).

**d)** Inertia = **8**

**e)** The second assignment step reproduces the same clusters, so **B** — the algorithm has converged.

### Problem 2

**a)** P(F) = 52/92 = **13/23 ≈ 0.565**

**b)** a(B) = 1.5 and b(B) = 22.333, so s(B) = 1 − 1.5/22.333 ≈ **0.933**

Let me know if you want me to check your Problem 3 as well."""


def build_kmeans():
    recipe, _ = simple_conv("recipe", "Scaling a lasagna recipe", 1741010000.25, [
        ("user", "my lasagna recipe serves 4 and uses 500 g ricotta, how much for 12 people?"),
        ("assistant", "Multiply by 12/4 = 3: you need **1.5 kg** of ricotta (1500 g)."),
    ])
    cover, _ = simple_conv("cover", "Cover letter tweak", 1741500000.0, [
        ("user", "Can you make this sentence sound less stiff: 'I am writing to apply for the position of data analyst.'"),
        ("assistant", "Try: \"I'm excited to apply for the Data Analyst role.\""),
    ])
    c = ChatGPTConv("kmeans", "PS4 clustering", 1741280533.08)
    s = c.system()
    u1 = c.user("u1", s, KM_USER, 2.0)
    c.assistant("a_old", u1, KM_OLD, 15.7)                      # older leaf
    code = c.code("code", u1, KM_CODE, 64.9)                     # regenerated answer (latest leaf)
    out = c.tool_output("out", code, KM_OUT, 66.2)
    c.assistant("a_new", out, KM_NEW, 79.8)
    # Export WITHOUT current_node: graded branch = leaf with the latest create_time.
    write_json("kmeans/transcripts/conversations.json",
               [cover.to_json(current_node=False), c.to_json(current_node=False), recipe.to_json(current_node=False)])


# --------------------------------------------------------------------------- attention (ChatGPT, citations)
AT_USER = """Exercise sheet 5, attention.

5.1 One query q = (1, 2, 0, 1), d_k = 4. Keys: (1,0,1,0), (0,1,0,1), (1,1,1,1). Values: (1,0), (0,1), (2,2).
(a) scaled scores qK^T/sqrt(d_k) (b) attention weights (c) output vector

5.2 nn.MultiheadAttention(embed_dim=256, num_heads=8)
(a) d_k per head
(b) learnable params (i) default bias=True (ii) bias=False

5.3 batch of 16 sequences, length 128, batch_first=True
(a) shape of the per-head attention-weight tensor (batch, heads, query position, key position)
(b) causal mask: how many entries of one head's 128x128 score matrix are not masked?

round to 3 decimals"""

AT_OLD = """Quick answers:

5.1 (a) [0.5, 1.5, 2] (b) [0.122, 0.331, 0.547] (c) [1.215, 1.425]
5.2 (a) 32 (b)(i) 262,144 (ii) 262,144
5.3 (a) (16, 128, 128) (b) 8256"""

AT_NEW = """## Exercise 5.1

**(a)** Dot products: \\(q\\cdot k_1 = 1\\), \\(q\\cdot k_2 = 3\\), \\(q\\cdot k_3 = 4\\). Dividing by \\(\\sqrt{4} = 2\\):

$$s = (0.5,\\ 1.5,\\ 2.0)$$

**(b)** \\(e^{0.5} = 1.6487\\), \\(e^{1.5} = 4.4817\\), \\(e^{2} = 7.3891\\); the sum is \\(13.5195\\).

$$\\alpha = (0.122,\\ 0.331,\\ 0.547)$$

**(c)** \\(o = \\sum_j \\alpha_j v_j = (0.122 + 2\\cdot 0.5465,\\ 0.3315 + 2\\cdot 0.5465)\\)

$$o \\approx (1.215,\\ 1.425)$$

## Exercise 5.2

**(a)** \\(d_k = 256/8 = 32\\)

**(b)(i)** PyTorch stores the Q/K/V projections as one packed `in_proj_weight` of shape (3·256, 256) plus `in_proj_bias`, and an `out_proj` linear layer """ + CITE("turn0search1") + """.

Weights: 3·256·256 + 256·256 = 262,144. Adding the output bias gives 262,144 + 256 = 262,400.

Wait — that misses the packed input bias: `in_proj_bias` has 3·256 = 768 entries as well. Recounting:

$$262{,}144 + 768 + 256 = 263{,}168$$

**(b)(ii)** With `bias=False` both `in_proj_bias` and the output bias are gone: **262,144**.

## Exercise 5.3

**(a)** With `need_weights=True, average_attn_weights=False` the module returns weights of shape (N, num_heads, L, S) """ + CITE("turn0search1") + """; by default it averages over heads and returns (N, L, S).

Shape: **(16, 8, 128, 128)** or **(16, 128, 128)**

**(b)** This depends on whether a position may attend to itself: does your course's causal mask include the diagonal (j ≤ i) or only strictly earlier positions (j < i)? Tell me which convention the sheet uses and I'll give the count."""

FLIGHT_USER = "write a short polite email to an airline asking for compensation, flight LH 1234 was delayed 4 hours on 2 March"
FLIGHT_A = """Subject: Compensation request — LH 1234, 2 March (4-hour delay)

Dear Customer Relations team,

My flight LH 1234 on 2 March arrived about 4 hours late. Under EU Regulation 261/2004 """ + CITE("turn0search0") + """ I believe I am entitled to compensation. Please let me know the next steps.

Kind regards,
[Your name]"""


def build_attention():
    flight, _ = simple_conv("flight", "Airline delay compensation email", 1740912000.5,
                            [("user", FLIGHT_USER), ("assistant", FLIGHT_A)])
    c = ChatGPTConv("attn", "Transformer attention exercises", 1741605120.44)
    s = c.system()
    u1 = c.user("u1", s, AT_USER, 1.5)
    c.assistant("a_old", u1, AT_OLD, 9.0)
    srch = c.msg("search", u1, "assistant", {"content_type": "code", "language": "unknown",
                                             "response_format_name": None,
                                             "text": "search(\"torch.nn.MultiheadAttention in_proj_weight in_proj_bias attn_output_weights shape\")"},
                 40.0, recipient="web", end_turn=False)
    res = c.msg("search_res", srch, "tool", {"content_type": "text", "parts": [""]}, 42.5, author_name="web",
                extra_meta={"search_result_groups": [{"type": "search_result_group", "domain": "pytorch.org", "entries": [
                    {"type": "search_result", "url": "https://pytorch.org/docs/stable/generated/torch.nn.MultiheadAttention.html",
                     "title": "MultiheadAttention — PyTorch documentation",
                     "snippet": "attn_output_weights - Only returned when need_weights=True. If average_attn_weights=False, returns attention weights per head of shape (N, num_heads, L, S).",
                     "ref_id": {"turn_index": 0, "ref_type": "search", "ref_index": 1}}]}]})
    new = c.assistant("a_new", res, AT_NEW, 61.3)
    write_json("attention/transcripts/conversations.json", [c.to_json(leaf=new), flight.to_json(leaf=_)])


# --------------------------------------------------------------------------- Claude helpers
def claude_block_text(text, t):
    return {"start_timestamp": t, "stop_timestamp": t, "type": "text", "text": text, "citations": []}


def claude_conv(key, name, created, messages):
    """messages: list of dicts with sender, time, content (blocks), attachments."""
    out = []
    parent = "00000000-0000-4000-8000-000000000000"
    for i, m in enumerate(messages):
        mid = uid(key, "m%d" % i)
        text = "\n\n".join(b["text"] for b in m["content"] if b["type"] == "text")
        out.append({
            "uuid": mid,
            "text": text,
            "content": m["content"],
            "sender": m["sender"],
            "created_at": m["time"],
            "updated_at": m["time"],
            "attachments": m.get("attachments", []),
            "files": [],
            "parent_message_uuid": parent,
        })
        parent = mid
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "summary": "",
        "created_at": created,
        "updated_at": messages[-1]["time"],
        "account": {"uuid": uid("account")},
        "chat_messages": out,
    }


KM_MD = open(os.path.join(ROOT, "kmeans", "problems.md"), encoding="utf-8").read() if os.path.exists(
    os.path.join(ROOT, "kmeans", "problems.md")) else ""

KC_TEXT1 = """I'll work through the problem set in order.

## Problem 1

**(a)** C = (4, 3), c₁ = (1, 1):

$$\\|C - c_1\\|^2 = 3^2 + 2^2 = 13$$

**(b)** Squared distances to (c₁, c₂): A (0, 25), B (1, 18), C (13, 2), D (25, 0), E (1, 20), F (52, 5). So cluster 1 = {A, B, E} and cluster 2 = {C, D, F}.

$$c_1 = \\left(\\frac{1+2+1}{3}, \\frac{1+1+2}{3}\\right) = \\left(\\frac{4}{3}, \\frac{4}{3}\\right)$$

**(c)**

$$c_2 = \\left(\\frac{4+5+7}{3}, \\frac{3+4+5}{3}\\right) = \\left(\\frac{16}{3}, 4\\right)$$

**(d)** Cluster 1 contributes 2/9 + 5/9 + 5/9 = 4/3 and cluster 2 contributes 25/9 + 1/9 + 34/9 = 20/3, so

$$J = \\frac{4}{3} + \\frac{20}{3} = 8$$

**(e)** Re-assigning with the new centroids leaves every point where it was, so the answer is **B**.

## Problem 2

**(a)** The squared distances from A are 0, 1, 13, 25, 1, 52, summing to 92, so

$$P(F) = \\frac{52}{92} = \\frac{13}{23} \\approx 0.565$$

**(b)** Let me compute the distances for the silhouette."""

KC_CODE = """const d = (p, q) => Math.hypot(p[0]-q[0], p[1]-q[1]);
const P = {A:[1,1], B:[2,1], C:[4,3], D:[5,4], E:[1,2], F:[7,5]};
const a = (d(P.B,P.A) + d(P.B,P.E)) / 2;
const b = (d(P.B,P.C) + d(P.B,P.D) + d(P.B,P.F)) / 3;
console.log(a, b, 1 - a/b);"""

KC_TEXT2 = """So a(B) ≈ 1.207 and b(B) ≈ 4.491, giving

$$s(B) = 1 - \\frac{1.207}{4.491} \\approx 0.73$$

B sits comfortably in its own cluster.

## Problem 3

This is the same procedure as Problem 1 in one dimension — would you like me to work through it as well, or do you want to try it first?"""

AC_ATTACH = open(os.path.join(ROOT, "attention", "problems.tex"), encoding="utf-8").read() if os.path.exists(
    os.path.join(ROOT, "attention", "problems.tex")) else ""

AC_TEXT = """Here are my solutions to Exercise Sheet 5.

### Exercise 5.1

(a) The raw scores are $qK^\\top = (1, 3, 4)$; dividing by $\\sqrt{d_k} = 2$ gives the scaled scores $(0.5, 1.5, 2)$.

(b) Softmax: $e^{0.5} + e^{1.5} + e^{2} \\approx 1.649 + 4.482 + 7.389 = 13.519$, so the weights are approximately

**α ≈ (0.12, 0.33, 0.55)**

(c) Output $= \\sum_j \\alpha_j v_j$, carrying the weights at full precision:

**o ≈ (1.215, 1.425)**

### Exercise 5.2

(a) $d_k = 256 / 8 = 32$.

(b)(i) Four $256 \\times 256$ projection matrices (Q, K, V and output) plus four bias vectors of length 256: $4 \\cdot 65{,}536 + 4 \\cdot 256 = 263{,}168$.

(b)(ii) Only the weight matrices remain: $262{,}144$.

### Exercise 5.3

(a) One weight per (batch, head, query, key): **16 × 8 × 128 × 128**.

(b) The causal mask keeps the lower triangle of the 128 × 128 matrix, i.e. half the entries: $128^2 / 2 = 8{,}192$."""

AC_FOLLOW_USER = "why is the head count not in the parameter formula for 5.2?"
AC_FOLLOW = """Because the heads split the projections rather than adding new ones. Each head uses a 32-dimensional slice of the same 256 × 256 projection matrices, so the total stays 4 · 256² weights (plus biases) whatever the number of heads, as long as it divides 256."""


def build_claude():
    km_attach = {"file_name": "PS4_clustering.md", "file_size": len(KM_MD.encode("utf-8")),
                 "file_type": "text/markdown", "extracted_content": KM_MD}
    km = claude_conv("claude-km", "k-means problem set 4", "2025-03-07T16:20:11.402113Z", [
        {"sender": "human", "time": "2025-03-07T16:20:12.118470Z",
         "content": [claude_block_text("Can you solve the attached problem set? Please show the work.", "2025-03-07T16:20:12.118470Z")],
         "attachments": [km_attach]},
        {"sender": "assistant", "time": "2025-03-07T16:20:44.905512Z",
         "content": [
             {"start_timestamp": "2025-03-07T16:20:13.002Z", "stop_timestamp": "2025-03-07T16:20:21.771Z",
              "type": "thinking",
              "thinking": "Six points, k=2, centroids A and D. C is 13 from A (squared) and 2 from D. Cluster 1 mean: (1+2+1)/3, (1+1+2)/3... first guess (4/3, 1) — no, x2 values are 1,1,2 so 4/3. Inertia should come out to 8. k-means++: 52/92. Silhouette needs square roots, use the analysis tool.",
              "summaries": [{"summary": "Working through Lloyd's algorithm by hand."}], "cut_off": False},
             claude_block_text(KC_TEXT1, "2025-03-07T16:20:22.010Z"),
             {"start_timestamp": "2025-03-07T16:20:30.120Z", "stop_timestamp": "2025-03-07T16:20:30.120Z",
              "type": "tool_use", "name": "repl", "input": {"code": KC_CODE}, "message": "Computing silhouette distances"},
             {"start_timestamp": "2025-03-07T16:20:31.004Z", "stop_timestamp": "2025-03-07T16:20:31.004Z",
              "type": "tool_result", "name": "repl",
              "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"1.2071067811865475 4.491397349766108 0.731240260617465\"]}"}],
              "is_error": False},
             claude_block_text(KC_TEXT2, "2025-03-07T16:20:32.550Z"),
         ]},
    ])
    write_json("kmeans/transcripts/claude-export.json", [km], indent=2)

    at_attach = {"file_name": "sheet5.tex", "file_size": len(AC_ATTACH.encode("utf-8")),
                 "file_type": "text/x-tex", "extracted_content": AC_ATTACH}
    at = claude_conv("claude-at", "Attention exercise sheet 5", "2025-03-12T09:03:40.000511Z", [
        {"sender": "human", "time": "2025-03-12T09:03:41.201Z",
         "content": [claude_block_text("Solve all of exercise sheet 5 (attached).", "2025-03-12T09:03:41.201Z")],
         "attachments": [at_attach]},
        {"sender": "assistant", "time": "2025-03-12T09:04:20.874Z",
         "content": [
             {"start_timestamp": "2025-03-12T09:03:42.110Z", "stop_timestamp": "2025-03-12T09:03:55.312Z",
              "type": "thinking",
              "thinking": "Scores 1,3,4 -> /2 -> 0.5,1.5,2. Softmax: 0.1220, 0.3315, 0.5465. Output (1.215, 1.425). MHA params 4*256*256 + 4*256. Causal mask: 128*129/2 = 8256 if diagonal included.",
              "summaries": [{"summary": "Computing attention weights and parameter counts."}], "cut_off": False},
             claude_block_text(AC_TEXT, "2025-03-12T09:03:56.004Z"),
         ]},
        {"sender": "human", "time": "2025-03-12T09:06:02.330Z",
         "content": [claude_block_text(AC_FOLLOW_USER, "2025-03-12T09:06:02.330Z")]},
        {"sender": "assistant", "time": "2025-03-12T09:06:09.775Z",
         "content": [claude_block_text(AC_FOLLOW, "2025-03-12T09:06:03.001Z")]},
    ])
    write_json("attention/transcripts/claude-export.json", [at], indent=2)


if __name__ == "__main__":
    build_norm()
    build_kmeans()
    build_attention()
    build_claude()
    print("wrote 5 exports under", ROOT)
