#!/usr/bin/env python3
"""Writes the ChatGPT and Claude data-export transcripts of this corpus.

Deterministic: fixed ids and timestamps, sorted output; re-running gives byte-identical files.
Run from anywhere: python3 generators/make_exports.py
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a52-0d7e-4b8e-9a55-3f3a1e0c9b11")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT

def gpt_conversation(title, conv_key, t0, nodes, current=True, with_children=True):
    """nodes: list of dicts with key, parent (key or None), role, ctype, and content fields.

    Returns a conversations.json entry. Node ids are uuid5 of (conv_key, key).
    """
    root_id = "client-created-root"
    mapping = {root_id: {"id": root_id, "message": None, "parent": None, "children": []}}
    sys_id = uid(conv_key, "system")
    mapping[sys_id] = {
        "id": sys_id,
        "message": {
            "id": sys_id,
            "author": {"role": "system", "name": None, "metadata": {}},
            "create_time": None, "update_time": None,
            "content": {"content_type": "text", "parts": [""]},
            "status": "finished_successfully", "end_turn": True, "weight": 0.0,
            "metadata": {"is_visually_hidden_from_conversation": True},
            "recipient": "all", "channel": None,
        },
        "parent": root_id, "children": [],
    }
    mapping[root_id]["children"].append(sys_id)
    last = None
    latest_t = None
    for n in nodes:
        nid = uid(conv_key, n["key"])
        pid = uid(conv_key, n["parent"]) if n["parent"] else sys_id
        ct = t0 + n["dt"]
        role = n["role"]
        author = {"role": role, "name": n.get("name"), "metadata": {}}
        ctype = n.get("ctype", "text")
        if ctype == "text":
            content = {"content_type": "text", "parts": [n["text"]]}
        elif ctype == "code":
            content = {"content_type": "code", "language": "unknown", "response_format_name": None,
                       "text": n["text"]}
        elif ctype == "execution_output":
            content = {"content_type": "execution_output", "text": n["text"]}
        elif ctype == "thoughts":
            content = {"content_type": "thoughts",
                       "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True}
                                    for s, c in n["thoughts"]],
                       "source_analysis_msg_id": uid(conv_key, n["key"], "src")}
        elif ctype == "reasoning_recap":
            content = {"content_type": "reasoning_recap", "content": n["text"]}
        else:
            raise ValueError(ctype)
        meta = {"model_slug": n.get("model", "gpt-4o")} if role != "user" else {}
        if ctype == "execution_output":
            meta["aggregate_result"] = {"status": "success", "code": n.get("code", ""),
                                        "final_expression_output": None, "messages": []}
        msg = {
            "id": nid,
            "author": author,
            "create_time": ct, "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": n.get("end_turn", True if role == "assistant" and ctype == "text" else None),
            "weight": 1.0,
            "metadata": meta,
            "recipient": n.get("recipient", "all"),
            "channel": n.get("channel"),
        }
        mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        mapping[pid]["children"].append(nid)
        if n.get("current"):
            last = nid
        latest_t = ct if latest_t is None else max(latest_t, ct)
    if not with_children:
        for v in mapping.values():
            v.pop("children", None)
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": latest_t,
        "mapping": mapping,
        "moderation_results": [],
        "current_node": last,
        "plugin_ids": None,
        "conversation_id": uid(conv_key, "conversation"),
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": "gpt-4o",
        "id": uid(conv_key, "conversation"),
    }
    if not current:
        del conv["current_node"]
    return conv


def simple_gpt(title, key, t0, turns):
    nodes = []
    parent = None
    for i, (role, text) in enumerate(turns):
        k = "m%d" % i
        nodes.append({"key": k, "parent": parent, "role": role, "text": text, "dt": 20.0 * i + 3.5,
                      "current": i == len(turns) - 1})
        parent = k
    return gpt_conversation(title, key, t0, nodes)


def write_json(path, data, indent=None):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=indent)
        f.write("\n")


CITE = "\ue200cite\ue202turn0search2\ue201"
CITE2 = "\ue200cite\ue202turn0search0\ue202turn0search4\ue201"

# ---------------------------------------------------------------- set 1: ChatGPT export with regenerated branch, thoughts, python
HW5_USER = """HW5 — please solve and give final answers.

Q1. p = (1/2, 1/4, 1/8, 1/8), q = (1/8, 1/8, 1/4, 1/2) on symbols {A,B,C,D}.
 (a) entropy H(p) in bits
 (b) D_KL(p || q) in bits
 (c) True or false: for every q on the same four symbols, H(p,q) >= H(p).

Q2. logits z = (1000, 1001, 1002).
 (a) softmax(z), each entry to three decimal places
 (b) log sum_i exp(z_i) to three decimal places
 (c) np.exp(z) / np.exp(z).sum() in float64 gives nan. Which change fixes it without changing the math?
   (A) divide z by its norm  (B) subtract max_i z_i  (C) clip logits to [-50, 50]  (D) use float32

Q3. four-class logits z = (1.5, -0.5, 0.0, 2.0), true label = the third class.
 (a) cross-entropy loss -log softmax(z)_y (natural log), 3 d.p.
 (b) gradient of the loss wrt z, 3 d.p."""

HW5_OLD = """Here are the answers.

**Q1**
(a) H(p) = 1.75 bits
(b) D_KL(p‖q) = 0.25 bits
(c) True

**Q2**
(a) (0.090, 0.245, 0.665)
(b) 1002.408
(c) B

**Q3**
(a) 2.601
(b) (0.333, 0.045, −0.926, 0.548)"""

HW5_NEW_1 = """Let's go through it carefully.

## Q1

**(a)** Every term is $-p_i\\log_2 p_i$:

$$H(p) = \\tfrac12(1) + \\tfrac14(2) + \\tfrac18(3) + \\tfrac18(3) = \\boxed{1.75\\text{ bits}}$$

**(b)** The ratios $p_i/q_i$ are $4, 2, \\tfrac12, \\tfrac14$:

$$D_{\\mathrm{KL}}(p\\,\\|\\,q) = \\tfrac12(2) + \\tfrac14(1) + \\tfrac18(-1) + \\tfrac18(-2) = \\boxed{0.875\\text{ bits}}$$

**(c)** **True.** $H(p,q) - H(p) = D_{\\mathrm{KL}}(p\\|q) \\ge 0$ for every $q$ (Gibbs' inequality).

## Q2

**(a)** Subtract the maximum, $z - 1002 = (-2, -1, 0)$; the exponentials are $0.1353, 0.3679, 1$ with sum $1.5032$:

$$\\mathrm{softmax}(z) = \\boxed{(0.090,\\ 0.245,\\ 0.665)}$$

**(b)** $\\log\\sum_i e^{z_i} = 1002 + \\log 1.5032 = \\boxed{1002.408}$

**(c)** **(B)** — shifting by the max is exact because softmax is shift-invariant, and no exponent exceeds 0.

## Q3

Let me compute this one numerically to be safe."""

HW5_CODE = """import numpy as np
z = np.array([1.5, -0.5, 0.0, 2.0])
y = 3  # third class
p = np.exp(z - z.max()); p /= p.sum()
loss = -np.log(p[y])
grad = p.copy(); grad[y] -= 1
print(np.round(p, 4)); print(round(loss, 4)); print(np.round(grad, 4))"""

HW5_OUT = """[0.3325 0.045  0.0742 0.5483]
0.601
[ 0.3325  0.045   0.0742 -0.4517]"""

HW5_NEW_2 = """The probabilities are $(0.3325, 0.0450, 0.0742, 0.5483)$.

**(a)** With the true class at index 3:

$$L = -\\log(0.5483) = \\boxed{0.601}$$

**(b)** $\\nabla_z L = \\mathrm{softmax}(z) - e_y$:

$$\\nabla_z L = \\boxed{(0.333,\\ 0.045,\\ 0.074,\\ -0.452)}$$

| Part | Answer |
|---|---|
| 1(a) | 1.75 bits |
| 1(b) | 0.875 bits |
| 1(c) | True |
| 2(a) | (0.090, 0.245, 0.665) |
| 2(b) | 1002.408 |
| 2(c) | B |
| 3(a) | 0.601 |
| 3(b) | (0.333, 0.045, 0.074, −0.452) |"""


def set1_chatgpt():
    t0 = 1764543600.0  # fixed
    graded = gpt_conversation("HW5 entropy and softmax", "s1-hw5", t0, [
        {"key": "u1", "parent": None, "role": "user", "text": HW5_USER, "dt": 1.25},
        {"key": "a_old", "parent": "u1", "role": "assistant", "text": HW5_OLD, "dt": 9.75},
        {"key": "th", "parent": "u1", "role": "assistant", "ctype": "thoughts", "dt": 120.5,
         "model": "o4-mini", "thoughts": [
             ("Checking KL", "The user wants final answers. KL: ratios 4,2,1/2,1/4, log2 gives 2,1,-1,-2, weighted 1+0.25-0.125-0.25 = 0.875. The first answer said 0.25, that's the uniform case."),
             ("Softmax numerics", "Shift by 1002. exp(-2)=0.1353, exp(-1)=0.3679. Sum 1.5032. LSE 1002.4076."),
             ("Q3 index", "Third class... compute with python.")]},
        {"key": "rr", "parent": "th", "role": "assistant", "ctype": "reasoning_recap", "dt": 121.0,
         "model": "o4-mini", "text": "Thought for 19 seconds"},
        {"key": "a1", "parent": "rr", "role": "assistant", "text": HW5_NEW_1, "dt": 126.0, "end_turn": False,
         "model": "o4-mini"},
        {"key": "code", "parent": "a1", "role": "assistant", "ctype": "code", "text": HW5_CODE,
         "recipient": "python", "dt": 127.5, "model": "o4-mini", "end_turn": False},
        {"key": "out", "parent": "code", "role": "tool", "name": "python", "ctype": "execution_output",
         "text": HW5_OUT, "code": HW5_CODE, "dt": 129.0},
        {"key": "a2", "parent": "out", "role": "assistant", "text": HW5_NEW_2, "dt": 131.0, "current": True,
         "model": "o4-mini"},
    ])
    pasta = simple_gpt("Pasta water salt ratio", "s1-pasta", t0 - 86400 * 3, [
        ("user", "how much salt per litre of pasta water"),
        ("assistant", "A common rule is about 10 g of salt per litre of water (roughly 1%). Some cooks go up to 1.5%; taste the water — it should be pleasantly salty, not sea-like."),
    ])
    cover = simple_gpt("Cover letter tweaks", "s1-cover", t0 + 86400, [
        ("user", "Make this sound less stiff: 'I am writing to express my interest in the position.'"),
        ("assistant", "Try: \"I'd love to be considered for this role — here's why I think I'd be a good fit.\""),
    ])
    write_json("info-theory-softmax/transcripts/chatgpt-export-hw5.json", [cover, graded, pasta])


# ---------------------------------------------------------------- set 1: Claude export with attachment and correction
HW5_TEX = open(os.path.join(ROOT, "info-theory-softmax", "problems.tex"), encoding="utf-8").read() \
    if os.path.exists(os.path.join(ROOT, "info-theory-softmax", "problems.tex")) else ""


def claude_msg(conv_key, i, sender, t, blocks, attachments=()):
    ts = "2026-11-%sZ" % t
    content = []
    for b in blocks:
        kind = b[0]
        if kind == "text":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "text", "text": b[1],
                            "citations": []})
        elif kind == "thinking":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "thinking", "thinking": b[1],
                            "summaries": [{"summary": b[2]}], "cut_off": False})
        elif kind == "tool_use":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_use", "name": b[1],
                            "input": b[2], "message": None, "integration_name": None,
                            "integration_icon_url": None, "context": None, "display_content": None})
        elif kind == "tool_result":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_result", "name": b[1],
                            "content": [{"type": "text", "text": b[2], "uuid": uid(conv_key, str(i), "tr")}],
                            "is_error": False, "message": None, "display_content": None})
    text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {
        "uuid": uid(conv_key, "msg", str(i)),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": ts,
        "updated_at": ts,
        "attachments": [{"file_name": n, "file_size": len(c.encode("utf-8")), "file_type": ft,
                         "extracted_content": c} for n, ft, c in attachments],
        "files": [],
    }


def claude_conv(name, key, created, msgs):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": "2026-11-%sZ" % created,
        "updated_at": msgs[-1]["updated_at"],
        "account": {"uuid": "00000000-0000-4000-8000-000000000001"},
        "chat_messages": msgs,
    }


S1C_A1 = """Here's everything except 2(b), as you asked.

## Question 1

**(a)** $H(p) = \\tfrac12\\log_2 2 + \\tfrac14\\log_2 4 + 2\\cdot\\tfrac18\\log_2 8 = 0.5 + 0.5 + 0.75$, so

$$H(p) = 1.75 \\text{ bits}.$$

**(b)** $D_{\\mathrm{KL}}(p\\|q) = \\sum_i p_i \\log_2(p_i/q_i) = \\tfrac12\\cdot 2 + \\tfrac14\\cdot 1 - \\tfrac18\\cdot 1 - \\tfrac18\\cdot 2$

**Answer:** $D_{\\mathrm{KL}}(p\\|q) = \\tfrac78$ bit $= 0.875$ bits.

**(c)** **True** — the gap $H(p,q) - H(p)$ is exactly $D_{\\mathrm{KL}}(p\\|q)$, which is non-negative.

## Question 2

**(a)** Subtracting 1002 from each logit:

$$\\mathrm{softmax}(z) = \\frac{(e^{-2}, e^{-1}, 1)}{1 + e^{-1} + e^{-2}} \\approx (0.090, 0.245, 0.665)$$

**(b)** Skipped — you wanted to try this one yourself. Hint: it reuses the denominator from (a).

**(c)** **B.** Subtracting the max is an identity for softmax and makes every exponent non-positive.

## Question 3

The exponentials are $e^{1.5} = 4.4817$, $e^{-0.5} = 0.6065$, $e^{0} = 1$, $e^{2} = 7.3891$, total $13.4773$. The class with logit 2.0 has probability $0.5483$.

**(a)** $L = -\\ln 0.5483 = 0.601$

**(b)** $\\nabla_z L = (0.333, 0.045, 0.074, -0.452)$"""

S1C_A2 = """You're right — I used the fourth logit. The third class has logit $0.0$, so its probability is $1/13.4773 = 0.0742$.

**3(a), corrected:** $L = -\\ln 0.0742 = 2.601$

**3(b), corrected:** subtract 1 at the third position instead:

$$\\nabla_z L = (0.333,\\ 0.045,\\ -0.926,\\ 0.548)$$

Sorry about the mix-up. Your 2(b) attempt — $\\log\\sum e^{z_i}$ computed as max plus log of the shifted sum — is the right approach."""


def set1_claude():
    key = "s1-claude"
    msgs = [
        claude_msg(key, 0, "human", "28T18:02:11.418000", [
            ("text", "Attached is HW5. Give me answers for everything except 2(b), I want to try that one myself.")],
            attachments=[("problems.tex", "text/x-tex", HW5_TEX)]),
        claude_msg(key, 1, "assistant", "28T18:02:40.902000", [
            ("thinking", "The student wants all answers except 2(b). Q1: H=1.75, KL=0.875, T. Q2a softmax shift. Q3: third class... logits 1.5,-0.5,0.0,2.0, the true class probability is 0.5483? Let me just write it out.",
             "Working through the entropy and softmax questions"),
            ("text", S1C_A1)]),
        claude_msg(key, 2, "human", "28T18:09:55.007000", [
            ("text", "for 3 the true label is the THIRD class, logit 0.0. did you use the wrong one? also my 2b is 1002 + ln(1.5032)")]),
        claude_msg(key, 3, "assistant", "28T18:10:14.660000", [
            ("thinking", "Yes, I used index 3 (the fourth). Recompute with p = 0.0742.", "Correcting the class index"),
            ("text", S1C_A2)]),
    ]
    graded = claude_conv("Info theory HW5", key, "28T18:02:09.000000", msgs)
    other_key = "s1-claude-regex"
    other = claude_conv("Regex for ISO dates", other_key, "26T09:14:00.000000", [
        claude_msg(other_key, 0, "human", "26T09:14:02.000000", [("text", "regex for 2026-11-26 style dates?")]),
        claude_msg(other_key, 1, "assistant", "26T09:14:09.000000", [
            ("text", "`^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$` — it checks the shape, not whether the day exists in that month.")]),
    ])
    write_json("info-theory-softmax/transcripts/claude-export-hw5.json", [other, graded], indent=2)


# ---------------------------------------------------------------- set 2: ChatGPT export WITHOUT current_node
PS3_USER = """Problem set 3, DL practicum. Answers please.

1. x is an RGB 96x96 image (no batch dim).
conv1 = nn.Conv2d(3, 24, kernel_size=5, stride=2, padding=2)
pool  = nn.MaxPool2d(2)
conv2 = nn.Conv2d(24, 48, kernel_size=3, padding=1, dilation=2)
(a) output shape of conv1 (C x H x W)
(b) trainable params of conv1
(c) shape of conv2(pool(conv1(x)))

2. stack: conv3x3 s1, conv3x3 s2, conv3x3 s1, maxpool 2x2 s2, conv3x3 s1 (no padding)
(a)(i) receptive field of one output unit of layer 5
(a)(ii) effective stride between adjacent output units

3. Q = [[1,0],[0,1],[1,1]], K = [[1,0],[1,1],[0,2]], V = [[1,2],[3,0],[0,1]], d_k = 2
(a) QK^T
(b) scaled attention weights for the second token's query, 3 decimals
(c) output vector of the second token, 3 decimals"""

PS3_OLD = """**1.**
- (a) 24 × 48 × 48
- (b) 24·3·5·5 + 24 = 1,824
- (c) pool → 24 × 24 × 24; dilated 3×3 has effective size 5, so 24 + 2 − 5 + 1 = 22 → **48 × 22 × 22**

**2.** (i) 19 (ii) 4

**3.**
(a) [[1,1,0],[0,1,2],[1,2,2]]
(b) (0.140, 0.284, 0.576)
(c) (0.992, 0.856)"""

PS3_NEW = """### 1. Convolution shapes

**(a)** $H_{out} = \\lfloor (96 + 2\\cdot 2 - 5)/2 \\rfloor + 1 = 48$, so the output is $(24, 48, 48)$.

**(b)** Weights $24 \\times 3 \\times 5 \\times 5 = 1800$ plus 24 biases: **1,824** parameters.

**(c)** After `MaxPool2d(2)`: $(24, 24, 24)$. For `conv2`, $H_{out} = 24 + 2\\cdot1 - 3 + 1 = 24$, so

$$\\text{shape} = (48, 24, 24)$$

### 2. Receptive fields

Using $r_\\ell = r_{\\ell-1} + (k_\\ell - 1)\\,j_{\\ell-1}$ and $j_\\ell = j_{\\ell-1} s_\\ell$:

| layer | k | s | j (before) | r |
|---|---|---|---|---|
| conv | 3 | 1 | 1 | 3 |
| conv | 3 | 2 | 1 | 5 |
| conv | 3 | 1 | 2 | 9 |
| pool | 2 | 2 | 2 | 11 |
| conv | 3 | 1 | 4 | 19 |

**(i)** Receptive field: **19 × 19** pixels.
**(ii)** Effective stride: **4** pixels.

### 3. Attention

**(a)**
$$QK^\\top = \\begin{bmatrix} 1 & 1 & 0 \\\\ 0 & 1 & 2 \\\\ 1 & 2 & 2 \\end{bmatrix}$$

**(b)** Row 2 scaled: $(0, 1, 2)/\\sqrt2 = (0, 0.7071, 1.4142)$. Softmax:

$$\\alpha_2 = (0.140,\\ 0.284,\\ 0.576)$$

**(c)** $o_2 = 0.140\\,(1,2) + 0.284\\,(3,0) + 0.576\\,(0,1) = (0.992,\\ 0.856)$"""

PS3_FOLLOW_U = "are you sure about 3c? my friend got (0.824, 0.845)"

PS3_FOLLOW_A = """Both numbers can come out of the same data, depending on the scaling:

- with the $1/\\sqrt{d_k}$ scaling the weights are $(0.140, 0.284, 0.576)$ and the output is $(0.992, 0.856)$;
- without it the weights are $\\mathrm{softmax}(0, 1, 2) = (0.090, 0.245, 0.665)$ and the output is $(0.824, 0.845)$.

So for 3(c) the answer is either **(0.992, 0.856)** or **(0.824, 0.845)** — it depends on which convention your course uses, so check your lecture notes."""


def set2_chatgpt_nocurrent():
    t0 = 1764356400.0
    graded = gpt_conversation("Conv shapes + attention PS3", "s2-ps3", t0, [
        {"key": "u1", "parent": None, "role": "user", "text": PS3_USER, "dt": 2.0},
        {"key": "a_old", "parent": "u1", "role": "assistant", "text": PS3_OLD, "dt": 14.0},
        {"key": "a_new", "parent": "u1", "role": "assistant", "text": PS3_NEW, "dt": 301.0},
        {"key": "u2", "parent": "a_new", "role": "user", "text": PS3_FOLLOW_U, "dt": 640.0},
        {"key": "a3", "parent": "u2", "role": "assistant", "text": PS3_FOLLOW_A, "dt": 655.0},
        # a short follow-up on the OLD branch, earlier than a3: not the latest leaf
        {"key": "u_old2", "parent": "a_old", "role": "user", "text": "can you show the work for 1c", "dt": 60.0},
        {"key": "a_old2", "parent": "u_old2", "role": "assistant",
         "text": "Pool halves 48 → 24. The dilated kernel spans 1 + 2·(3 − 1) = 5 pixels, so 24 + 2 − 5 + 1 = 22: the output is 48 × 22 × 22.",
         "dt": 71.0},
    ], current=False)
    bday = simple_gpt("Birthday message for grandma", "s2-bday", t0 - 86400 * 9, [
        ("user", "short birthday message for my grandma turning 80"),
        ("assistant", "Happy 80th birthday, Grandma! Thank you for every story, every meal and every hug. Here's to many more years together. ❤️"),
    ])
    # graded conversation last in file; neither has current_node
    del bday["current_node"]
    write_json("conv-receptive-attention/transcripts/conversations-no-current-node.json", [bday, graded])


# ---------------------------------------------------------------- set 2: Claude export with thinking + tool use
PS3_MD = open(os.path.join(ROOT, "conv-receptive-attention", "problems.md"), encoding="utf-8").read() \
    if os.path.exists(os.path.join(ROOT, "conv-receptive-attention", "problems.md")) else ""

S2C_A1_PRE = """I'll go problem by problem.

## Problem 1

**(a)** $\\lfloor(96 + 4 - 5)/2\\rfloor + 1 = 48$, so `conv1` outputs **[24, 48, 48]**.

**(b)** $24 \\cdot 3 \\cdot 25 = 1800$ weights $+\\ 24$ biases $=$ **1824** parameters.

**(c)** `MaxPool2d(2)` gives $[24, 24, 24]$. With dilation 2 the 3×3 kernel covers 5 pixels: $24 + 2 - 5 + 1 = 22$. Final shape **[48, 22, 22]**.

## Problem 2

Going layer by layer, each layer adds $(k-1)$ times the current jump to the receptive field:

- conv 3, s1: r = 3, jump 1
- conv 3, s2: r = 5, jump becomes 2
- conv 3, s1: r = 9
- pool 2, s2: r = 11, jump becomes 4
- conv 3, s1: r = 19

**(a)(i)** The receptive field is **19** pixels on a side.

**(a)(ii)** Adjacent output units are 4 input pixels apart.

## Problem 3

Let me compute the attention numbers with the analysis tool."""

S2C_CODE = """const Q=[[1,0],[0,1],[1,1]], K=[[1,0],[1,1],[0,2]], V=[[1,2],[3,0],[0,1]];
const S = Q.map(q => K.map(k => q[0]*k[0] + q[1]*k[1]));
console.log(JSON.stringify(S));
const s = S[1].map(x => x/Math.sqrt(2)); const m = Math.max(...s);
const e = s.map(x => Math.exp(x-m)); const Z = e.reduce((a,b)=>a+b);
const w = e.map(x => x/Z); console.log(w.map(x=>x.toFixed(3)).join(", "));
const o = [0,1].map(c => w.reduce((acc,wi,i)=>acc+wi*V[i][c],0));
console.log(o.map(x=>x.toFixed(3)).join(", "));"""

S2C_RESULT = """[[1,1,0],[0,1,2],[1,2,2]]
0.140, 0.284, 0.576
0.992, 0.856"""

S2C_A1_POST = """**(a)**
$$QK^\\top = \\begin{bmatrix} 1 & 1 & 0 \\\\ 0 & 1 & 2 \\\\ 1 & 2 & 2 \\end{bmatrix}$$

**(b)** The second row scaled by $1/\\sqrt{2}$ is $(0, 0.707, 1.414)$, and its softmax gives the weights **(0.140, 0.284, 0.576)**.

**(c)** The output vector is the weighted sum of the rows of $V$ with these weights — the tool output above has it.

### Summary

| Part | Answer |
|---|---|
| 1(a) | [24, 48, 48] |
| 1(b) | 1824 |
| 1(c) | [48, 22, 22] |
| 2(a)(i) | 19 |
| 2(a)(ii) | 8 |
| 3(a) | see matrix above |
| 3(b) | (0.140, 0.284, 0.576) |"""

S2C_A2 = """With `padding=2` and `dilation=2` the effective kernel is still 5 wide, so $24 + 4 - 5 + 1 = 24$: the output would be **[48, 24, 24]** — a true "same" convolution. (That's a different setting from the problem, where padding is 1.)"""


def set2_claude():
    key = "s2-claude"
    msgs = [
        claude_msg(key, 0, "human", "29T21:40:03.120000", [("text", "PS3 attached, can you solve all three problems")],
                   attachments=[("problems.md", "text/markdown", PS3_MD)]),
        claude_msg(key, 1, "assistant", "29T21:40:51.553000", [
            ("thinking", "Conv shapes: floor((96+4-5)/2)+1 = 48. Params 1824. Pool 24, dilated conv 22. RF 19, jump 4... pooling doubles the jump to 4, then the last conv: jump stays 4. Attention: compute with the tool.",
             "Computing shapes, receptive field and attention"),
            ("text", S2C_A1_PRE),
            ("tool_use", "repl", {"code": S2C_CODE}),
            ("tool_result", "repl", S2C_RESULT),
            ("text", S2C_A1_POST)]),
        claude_msg(key, 2, "human", "29T21:47:30.004000", [("text", "what if conv2 had padding=2 instead?")]),
        claude_msg(key, 3, "assistant", "29T21:47:41.871000", [("text", S2C_A2)]),
    ]
    write_json("conv-receptive-attention/transcripts/claude-export-ps3.json",
               [claude_conv("PS3 conv + attention", key, "29T21:40:01.000000", msgs)])


# ---------------------------------------------------------------- set 3: ChatGPT export with citation markers and reasoning recap
S3_USER = """Exercise sheet 3 (MATH 2207)

Exercise 3.1. Weather chain, states S, R, P = [[0.9, 0.1], [0.5, 0.5]] (rows today, cols tomorrow).
(a) P(X_2 = R | X_0 = S)
(b) stationary distribution pi = (pi_S, pi_R)
(c) starting from a rainy day, expected number of days until the next rainy day

Exercise 3.2. Fit y ≈ b0 + b1 x to (0,1), (1,3), (2,2), (3,6), design matrix with a column of ones.
(a) X^T X
(b) least-squares beta-hat
(c) ridge (X^T X + λI)^{-1} X^T y with λ = 1 (the intercept is penalised too), 3 decimals
(d) residual sum of squares of the fit from (b)"""

S3_A = """**Exercise 3.1**

(a) Two steps: $P^2_{SR} = 0.9\\cdot0.1 + 0.1\\cdot0.5 = 0.09 + 0.05 = 0.14$.

(b) The stationary distribution solves $\\pi P = \\pi$ with $\\pi_S + \\pi_R = 1$ """ + CITE + """. From $\\pi_R = 0.1\\pi_S + 0.5\\pi_R$ we get $\\pi_S = 5\\pi_R$, so

**π ≈ (0.8333, 0.1667)**

(c) By Kac's lemma the expected return time is $1/\\pi_R$ """ + CITE2 + """, so **6 days**.

**Exercise 3.2**

(a) $X^\\top X = \\begin{bmatrix} 4 & 6 \\\\ 6 & 14 \\end{bmatrix}$, and $X^\\top y = (12, 25)^\\top$.

(b) Solving the normal equations: $\\det = 56 - 36 = 20$,

$$\\hat\\beta = \\frac{1}{20}\\begin{bmatrix} 14 & -6 \\\\ -6 & 4\\end{bmatrix}\\begin{bmatrix}12\\\\25\\end{bmatrix} = \\begin{bmatrix}0.9\\\\1.4\\end{bmatrix}$$

(c) For ridge it is standard not to shrink the intercept, so I centre the data: $\\bar x = 1.5$, $\\bar y = 3$, $S_{xy} = 7$, $S_{xx} = 5$.

$$\\hat\\beta_1 = \\frac{S_{xy}}{S_{xx} + \\lambda} = \\frac{7}{6} = 1.167,\\qquad \\hat\\beta_0 = \\bar y - \\hat\\beta_1 \\bar x = 1.250$$

Ridge estimate: **(1.250, 1.167)**.

(d) I can work out the residual sum of squares next if you want — it's $\\sum_i (y_i - \\hat\\beta_0 - \\hat\\beta_1 x_i)^2$ with the values from (b)."""


def set3_chatgpt_cite():
    t0 = 1764630000.0
    graded = gpt_conversation("Markov chain + least squares sheet", "s3-cite", t0, [
        {"key": "u1", "parent": None, "role": "user", "text": S3_USER, "dt": 0.5},
        {"key": "rr", "parent": "u1", "role": "assistant", "ctype": "reasoning_recap", "dt": 30.0,
         "text": "Thought for 27 seconds", "model": "gpt-5-thinking"},
        {"key": "a1", "parent": "rr", "role": "assistant", "text": S3_A, "dt": 31.0, "current": True,
         "model": "gpt-5-thinking"},
    ])
    other = simple_gpt("Train times Leeds to York", "s3-train", t0 - 3600 * 5, [
        ("user", "is the train from leeds to york usually under 30 min"),
        ("assistant", "Yes — fast services take about 23–25 minutes " + CITE + "; stopping services can take closer to 35."),
    ])
    write_json("markov-ols/transcripts/chatgpt-export-sheet3.json", [graded, other])


# ---------------------------------------------------------------- set 3: ChatGPT export with regenerated branch and a later correction
S3R_OLD = """**3.1** (a) 0.14 (b) (5/6, 1/6) (c) 6
**3.2** (a) [[4, 6], [6, 14]] (b) (0.9, 1.4) (c) (0.769, 1.359) (d) 4.2"""

S3R_NEW = """## Exercise 3.1

**(a)** Reading off the transition matrix, $\\Pr(X_2 = R \\mid X_0 = S) = P_{SR} = 0.1$.

**(b)** We need the eigenvector of $P$ for eigenvalue 1. Since each row of $P$ sums to 1, $P\\mathbf 1 = \\mathbf 1$, so the eigenvector is $(1, 1)$; normalising,

$$\\pi = \\left(\\tfrac12, \\tfrac12\\right)$$

**(c)** First-step analysis. Let $h_S$ be the expected time to reach $R$ from $S$: $h_S = 1 + 0.9\\,h_S$, so $h_S = 10$. From $R$, tomorrow is rainy with probability 0.5, otherwise we are in $S$:

$$m_R = 1 + 0.5 \\cdot h_S = 1 + 5 = 6 \\text{ days}$$

## Exercise 3.2

**(a)**
$$X^\\top X = \\begin{pmatrix} 4 & 6 \\\\ 6 & 14 \\end{pmatrix}$$

**(b)** $X^\\top y = (12, 25)$, and $\\hat\\beta = (X^\\top X)^{-1}X^\\top y = (0.9, 1.4)$.

**(c)** $X^\\top X + I = \\begin{pmatrix} 5 & 6 \\\\ 6 & 15\\end{pmatrix}$ with determinant $39$:

$$\\hat\\beta_{\\text{ridge}} = \\tfrac{1}{39}(15\\cdot12 - 6\\cdot25,\\ -6\\cdot12 + 5\\cdot25) = \\tfrac{1}{39}(30, 53) = (0.769,\\ 1.359)$$

**(d)** Fitted values $0.9, 2.3, 3.7, 5.1$; residuals $0.1, 0.7, -1.3, 0.9$:

$$\\text{RSS} = 0.01 + 0.49 + 1.69 + 0.81 = 3.0$$"""

S3R_U2 = "for 3.1(a) isn't that just one step? the question says the day after tomorrow"

S3R_A2 = """Good catch — (a) asks for two steps, so we need the $(S, R)$ entry of $P^2$, not of $P$:

$$\\Pr(X_2 = R \\mid X_0 = S) = 0.9 \\cdot 0.1 + 0.1 \\cdot 0.5 = 0.14$$

So **3.1(a) = 0.14**. The other parts are unaffected."""


def set3_chatgpt_regen():
    t0 = 1764716400.0
    graded = gpt_conversation("Sheet 3 help", "s3-regen", t0, [
        {"key": "u1", "parent": None, "role": "user", "text": S3_USER, "dt": 1.0},
        {"key": "a_old", "parent": "u1", "role": "assistant", "text": S3R_OLD, "dt": 8.0},
        {"key": "a_new", "parent": "u1", "role": "assistant", "text": S3R_NEW, "dt": 95.0},
        {"key": "u2", "parent": "a_new", "role": "user", "text": S3R_U2, "dt": 400.0},
        {"key": "a2", "parent": "u2", "role": "assistant", "text": S3R_A2, "dt": 412.0, "current": True},
    ])
    write_json("markov-ols/transcripts/chatgpt-export-markov.json", [graded], indent=1)


if __name__ == "__main__":
    set1_chatgpt()
    set1_claude()
    set2_chatgpt_nocurrent()
    set2_claude()
    set3_chatgpt_cite()
    set3_chatgpt_regen()
