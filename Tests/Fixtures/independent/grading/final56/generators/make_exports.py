#!/usr/bin/env python3
"""Generate the JSON chat exports of the final56 corpus.

Writes (relative to the final56 folder):
  rnn-lstm/transcripts/conversations.json         ChatGPT export, current_node, regenerated branch,
                                                  thoughts + reasoning_recap, python tool call, citations,
                                                  one unrelated conversation
  rnn-lstm/transcripts/claude_export.json         Claude export, thinking / tool_use / tool_result,
                                                  attachment, one unrelated conversation
  clf-metrics/transcripts/conversations.json      ChatGPT export WITHOUT current_node (graded branch =
                                                  leaf with the latest create_time), regenerated branch,
                                                  follow-up turn that corrects an answer
  svm-kernels/transcripts/chatgpt_export.json     ChatGPT export whose current_node is the OLDER branch
                                                  (user switched back after regenerating), python tool,
                                                  reasoning_recap, citations, unrelated conversation
  svm-kernels/transcripts/claude_conversations.json  Claude export, single conversation, thinking,
                                                  tool_use / tool_result, attachment

Deterministic: ids come from uuid5 of fixed names, timestamps are constants, so re-running gives
byte-identical files. Usage: python3 generators/make_exports.py  (from anywhere)
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2a54-0d7e-4b8e-9a37-5e2f10c0a956")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def cite(n):
    return "\ue200cite\ue202turn0search%d\ue201" % n


# ----------------------------------------------------------------------------------------------
# ChatGPT helpers
# ----------------------------------------------------------------------------------------------

def gpt_msg(conv, name, role, t, content, recipient="all", author_name=None, end_turn=None, extra_meta=None):
    meta = {}
    if role == "assistant":
        meta = {"model_slug": "gpt-4o", "default_model_slug": "auto", "parent_id": None}
    if extra_meta:
        meta.update(extra_meta)
    return {
        "id": uid(conv, name),
        "author": {"role": role, "name": author_name, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": end_turn,
        "weight": 1.0,
        "metadata": meta,
        "recipient": recipient,
        "channel": None,
    }


def text(s):
    return {"content_type": "text", "parts": [s]}


def gpt_conversation(conv, title, t0, nodes, current=None, with_children=True):
    """nodes: list of (name, parent_name_or_None, message_or_None)."""
    mapping = {}
    for name, parent, msg in nodes:
        if msg is not None and msg.get("metadata", {}).get("parent_id", 0) is None:
            msg["metadata"]["parent_id"] = uid(conv, parent) if parent else None
        node = {"id": uid(conv, name), "message": msg, "parent": uid(conv, parent) if parent else None}
        if with_children:
            node["children"] = []
        mapping[node["id"]] = node
    if with_children:
        for name, parent, _ in nodes:
            if parent:
                mapping[uid(conv, parent)]["children"].append(uid(conv, name))
    times = [m["create_time"] for _, _, m in nodes if m is not None and m["create_time"]]
    out = {
        "title": title,
        "create_time": t0,
        "update_time": max(times) if times else t0,
        "mapping": mapping,
    }
    if current is not None:
        out["current_node"] = uid(conv, current)
    out.update({
        "conversation_id": uid(conv),
        "id": uid(conv),
        "is_archived": False,
        "default_model_slug": "auto",
        "moderation_results": [],
        "safe_urls": [],
    })
    return out


def system_node(conv, t):
    return gpt_msg(conv, "system", "system", None, text(""), extra_meta={"is_visually_hidden_from_conversation": True})


# ----------------------------------------------------------------------------------------------
# Claude helpers
# ----------------------------------------------------------------------------------------------

def block_text(s, t):
    return {"start_timestamp": t, "stop_timestamp": t, "type": "text", "text": s, "citations": []}


def block_thinking(s, t):
    return {"start_timestamp": t, "stop_timestamp": t, "type": "thinking", "thinking": s,
            "summaries": [{"summary": "Thinking about the problem set."}], "cut_off": False}


def block_tool_use(code, t):
    return {"start_timestamp": t, "stop_timestamp": t, "type": "tool_use", "name": "repl",
            "input": {"code": code}, "message": "Running analysis", "integration_name": None,
            "integration_icon_url": None, "context": None, "display_content": None}


def block_tool_result(out, t):
    return {"start_timestamp": t, "stop_timestamp": t, "type": "tool_result", "name": "repl",
            "content": [{"type": "text", "text": out, "uuid": uid("tool_result", out)}],
            "is_error": False, "message": None, "display_content": None}


def claude_msg(conv, idx, sender, t, blocks, attachments=()):
    txt = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid(conv, "msg", str(idx)),
        "text": txt,
        "content": blocks,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": list(attachments),
        "files": [],
    }


def claude_conversation(conv, name, t_first, t_last, messages):
    return {
        "uuid": uid(conv),
        "name": name,
        "summary": "",
        "created_at": t_first,
        "updated_at": t_last,
        "account": {"uuid": uid("account")},
        "chat_messages": messages,
    }


def write_json(rel, obj, indent=None, ensure_ascii=False):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = json.dumps(obj, indent=indent, ensure_ascii=ensure_ascii)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data + "\n")
    print("wrote", rel, len(data), "chars")


# ==============================================================================================
# 1. rnn-lstm / ChatGPT export
# ==============================================================================================

RNN_PROBLEM = """Homework 6 — Recurrent Networks. Please solve all four questions.

1. Parameter counting (PyTorch, two bias vectors per gate: bias_ih and bias_hh).
(a) How many trainable parameters does nn.LSTM(input_size=64, hidden_size=128) have?
(b) How many trainable parameters does nn.GRU(64, 128) have?
(c) rnn = nn.LSTM(64, 128, num_layers=2, bidirectional=True, batch_first=True). How many trainable parameters in total?
(d) A batch x of shape (32, 50, 64) is passed through the model of part (c): out, (h_n, c_n) = rnn(x). What is the shape of out?

2. A scalar Elman RNN computes h_t = tanh(w_x x_t + w_h h_{t-1} + b) with w_x = 0.5, w_h = -1.0, b = 0.1 and h_0 = 0. Inputs x_1 = 1, x_2 = 2. Four decimal places.
(a) Compute h_1. (b) Compute h_2.

3. Single-unit LSTM cell: c_{t-1} = 2.0, f_t = 0.9, i_t = 0.4, o_t = 0.7, g_t = -0.5. Using c_t = f_t c_{t-1} + i_t g_t and h_t = o_t tanh(c_t), compute h_t to four decimal places.

4. Which path lets gradients flow backwards through time mostly through additive updates?
(A) the hidden state h_t, through the output gate (B) the cell state c_t (C) the input gate i_t (D) the candidate g_t (E) none of the above; LSTMs rely on gradient clipping"""

RNN_OLD = r"""Here are the solutions.

**1(a)** Each gate has $W_{ih}$ ($128\times 64$), $W_{hh}$ ($128 \times 128$) and a bias of 128:
$4(8192 + 16384 + 128) = 98{,}816$ parameters.

**1(b)** GRU: $3(8192 + 16384 + 128) = 74{,}112$.

**1(c)** Layer 1: $2 \times 98{,}816 = 197{,}632$; layer 2 (input 256): $2 \times 4(32768 + 16384 + 128) = 394{,}240$. Total $591{,}872$.

**1(d)** $(32, 50, 256)$.

**2(a)** $h_1 = \tanh(0.6) = 0.5370$  **2(b)** $h_2 = \tanh(0.5630) = 0.5102$

**3.** $c_t = 1.6$, $h_t = 0.7\tanh(1.6) = 0.6452$

**4.** (B)"""

RNN_THOUGHTS = ("Count params per gate: W_ih H x I, W_hh H x H, bias... PyTorch has bias_ih and bias_hh, so 2H. "
                "If only one bias it'd be 98,816, but the problem says two. For layer 2 of the stacked model the input size... "
                "maybe 128? Then compute the RNN numbers with python.")

RNN_A1 = (r"""## 1. Parameter counting

PyTorch keeps both `bias_ih` and `bias_hh` for every gate """ + cite(0) + r""", so one gate of a layer with input size $I$ and hidden size $H$ has $HI + H^2 + 2H$ parameters.

**(a)** LSTM, 4 gates, $I = 64$, $H = 128$:

$$4\,(128 \cdot 64 + 128 \cdot 128 + 2 \cdot 128) = 4 \cdot 24{,}832 = 99{,}328$$

**(b)** GRU, 3 gates: $3 \cdot 24{,}832 = \mathbf{74{,}496}$ parameters.

**(c)** Layer 1 has two directions, each identical to (a): $2 \cdot 99{,}328 = 198{,}656$.
Layer 2 receives the hidden state of size $H = 128$ from below, so each of its directions has $4\,(128 \cdot 128 + 128 \cdot 128 + 256) = 132{,}096$ parameters, i.e. $264{,}192$ for both directions.

Total: $198{,}656 + 264{,}192 = \mathbf{462{,}848}$ trainable parameters.

**(d)** With `batch_first=True`, `out` is `(batch, seq, num_directions * hidden)`:

**out.shape = (32, 50, 256)**

## 2. Elman RNN

Let me just run the recurrence numerically: """ + cite(1) + "\n")

RNN_CODE = """import math
wx, wh, b = 0.5, -1.0, 0.1
h0 = 0.0
h1 = math.tanh(wx*1 + wh*h0 + b)
h2 = math.tanh(wx*2 + wh*h1 + b)
print(h1, h2)"""

RNN_OUT = "0.5370495669980353 0.5101632506598709"

RNN_A2 = r"""From the output:

- **(a)** $h_1 = \tanh(0.6) \approx 0.5370$
- **(b)** $h_2 = \tanh(1.0 - 0.53705 + 0.1) = \tanh(0.56295) \approx 0.5102$

## 3. LSTM cell

$$c_t = 0.9 \cdot 2.0 + 0.4 \cdot (-0.5) = 1.6$$

$$h_t = \tanh(c_t) = \tanh(1.6) \approx \boxed{0.9217}$$

## 4. Gradient flow

**Answer: (B)**, the cell state. Its update $c_t = f_t \odot c_{t-1} + i_t \odot g_t$ is additive, so the Jacobian $\partial c_t/\partial c_{t-1} = \operatorname{diag}(f_t)$ does not shrink the gradient the way repeated $\tanh'$ factors do."""


def rnn_chatgpt():
    c = "rnn-gpt"
    T = 1741989600.0  # 2025-03-14 22:00 UTC
    nodes = [
        ("root", None, None),
        ("system", "root", system_node(c, T)),
        ("u1", "system", gpt_msg(c, "u1", "user", T + 10.5, text(RNN_PROBLEM))),
        # first answer (later regenerated away)
        ("old", "u1", gpt_msg(c, "old", "assistant", T + 31.2, text(RNN_OLD), end_turn=True)),
        # regenerated answer: thoughts, recap, text, python, output, text
        ("th", "u1", gpt_msg(c, "th", "assistant", T + 95.0,
                              {"content_type": "thoughts",
                               "thoughts": [{"summary": "Counting LSTM parameters", "content": RNN_THOUGHTS,
                                             "chunks": [], "finished": True}],
                               "source_analysis_msg_id": uid(c, "analysis")})),
        ("rr", "th", gpt_msg(c, "rr", "assistant", T + 96.0,
                              {"content_type": "reasoning_recap", "content": "Thought for 9 seconds"})),
        ("a1", "rr", gpt_msg(c, "a1", "assistant", T + 97.4, text(RNN_A1))),
        ("code", "a1", gpt_msg(c, "code", "assistant", T + 98.1,
                                {"content_type": "code", "language": "unknown", "response_format_name": None,
                                 "text": RNN_CODE}, recipient="python")),
        ("out", "code", gpt_msg(c, "out", "tool", T + 99.0,
                                 {"content_type": "execution_output", "text": RNN_OUT}, author_name="python",
                                 extra_meta={"aggregate_result": {"status": "success", "run_id": uid(c, "run")}})),
        ("a2", "out", gpt_msg(c, "a2", "assistant", T + 104.6, text(RNN_A2), end_turn=True)),
    ]
    graded = gpt_conversation(c, "HW6 LSTM parameter counts", T, nodes, current="a2")

    c2 = "rnn-gpt-other"
    T2 = 1741899000.0
    other_nodes = [
        ("root", None, None),
        ("u1", "root", gpt_msg(c2, "u1", "user", T2 + 3.0, text("write a short birthday message for my grandma, she's turning 80 and loves gardening"))),
        ("a1", "u1", gpt_msg(c2, "a1", "assistant", T2 + 8.0, text(
            "Happy 80th birthday, Grandma! 🌷 Eighty years of planting seeds — in your garden and in all of us. "
            "May this year bring you sunny mornings, blooming roses and plenty of time among your flowers. "
            "With all my love."), end_turn=True)),
    ]
    other = gpt_conversation(c2, "Birthday message for grandma", T2, other_nodes, current="a1")
    write_json("rnn-lstm/transcripts/conversations.json", [graded, other])


# ==============================================================================================
# 2. rnn-lstm / Claude export
# ==============================================================================================

RNN_ATTACHMENT = """CS 4780 / Deep Learning Homework 6: Recurrent Networks Due Fri 11:59pm
Honour code: you may discuss ideas, but write up your own solutions. All parameter counts refer to PyTorch modules with their default arguments unless stated.
1. Parameter counting. Consider the following PyTorch modules (note that PyTorch's recurrent layers keep two bias vectors per gate, bias_ih and bias_hh).
(a) [2 points] How many trainable parameters does nn.LSTM(input_size=64, hidden_size=128) have?
(b) [2 points] How many trainable parameters does nn.GRU(64, 128) have?
(c) [3 points] Now consider
rnn = nn.LSTM(64, 128, num_layers=2, bidirectional=True, batch_first=True)
How many trainable parameters does rnn have in total?
(d) [2 points] A batch x of shape (32, 50, 64) is passed through the model of part (c): out, (h_n, c_n) = rnn(x). What is the shape of out?
2. A scalar Elman RNN computes
ht = tanh (wx xt + wh ht−1 + b)
with wx = 0.5, wh = −1.0, b = 0.1 and h0 = 0. The input sequence is x1 = 1, x2 = 2. Give answers to four decimal places.
(a) [2 points] Compute h1.
(b) [2 points] Compute h2.
3. (3 points) A single-unit LSTM cell has previous cell state ct−1 = 2.0. At step t its gates take the values forget ft = 0.9, input it = 0.4, output ot = 0.7, and the candidate is gt = −0.5. Using ct = ft ct−1 + it gt and ht = ot tanh(ct), compute ht to four decimal places.
4. (2 points) In an LSTM, which path lets gradients flow backwards through time mostly through additive (rather than repeatedly multiplicative, squashed) updates, which is the main reason LSTMs suffer less from vanishing gradients than vanilla RNNs?
A. the hidden state ht, through the output gate
B. the cell state ct
C. the input gate it
D. the candidate gt
E. none of the above; LSTMs rely on gradient clipping
Page 1 of 1"""

RNN_CL_THINK = ("LSTM: 4*(64*128 + 128*128 + 2*128) = 4*24832 = 99328. GRU has 3 gates; PyTorch GRU... "
                "I think the GRU keeps a single bias on the candidate path, so 3*(8192+16384+128) = 74112? "
                "Stacked bidirectional: layer 2 input is 256. Output of the model: (32, 50, ...). Let me compute the "
                "recurrences with the tool.")

RNN_CL_T1 = r"""Here's how I'd work through Homework 6.

## Problem 1 — Parameter counting

For an LSTM layer each of the four gates has an input matrix $H \times I$, a recurrent matrix $H \times H$, and biases.

**(a)** $4 \times (128 \cdot 64 + 128 \cdot 128 + 128 + 128) = 4 \times 24{,}832 = \mathbf{99{,}328}$ parameters.

**(b)** The GRU has three gate blocks, but the candidate path only carries one bias vector, so

$$3 \times (128 \cdot 64 + 128 \cdot 128 + 128) = 3 \times 24{,}704 = 74{,}112$$

**Answer: 74,112 parameters.**

**(c)** Layer 1: two directions of the LSTM from (a), $2 \times 99{,}328 = 198{,}656$.
Layer 2: each direction reads the 256-dimensional concatenation, $4 \times (128 \cdot 256 + 128 \cdot 128 + 256) = 197{,}632$, so $395{,}264$ for both directions.

**Total: 593,920 parameters.**

**(d)** `out` holds the top layer's hidden state at every time step. With `batch_first=True`, its shape is **(32, 50, 128)**.

## Problem 2 — Elman RNN

Let me compute this precisely."""

RNN_CL_CODE = """import math
h = 0.0
for x in (1, 2):
    h = math.tanh(0.5 * x - 1.0 * h + 0.1)
    print(round(h, 6))
c = 0.9 * 2.0 + 0.4 * -0.5
print(c, round(0.7 * math.tanh(c), 6))"""

RNN_CL_OUT = "0.53705\n0.510163\n1.6 0.645168"

RNN_CL_T2 = r"""**(a)** $h_1 = \tanh(0.5 \cdot 1 + 0.1) = \tanh(0.6) = 0.5370$

**(b)** $h_2 = \tanh(0.5 \cdot 2 - 0.5370 + 0.1) = \tanh(0.5630) = 0.5102$

## Problem 3 — LSTM cell

$c_t = 0.9 \times 2.0 + 0.4 \times (-0.5) = 1.6$, and

$$h_t = 0.7 \times \tanh(1.6) = 0.7 \times 0.92167 = 0.6452$$

## Problem 4 — Gradient path

**Answer: (B) or (A).** The additive path is the cell state, $c_t = f_t c_{t-1} + i_t g_t$, but the loss reaches it only through $h_t = o_t \tanh(c_t)$, so depending on how your course phrases it either could be the intended choice."""

RNN_CL_FOLLOW = "thanks! and h_n for the same model, what shape is that?"

RNN_CL_T3 = r"""`h_n` stacks the final hidden state of every layer and direction: its shape is `(num_layers * num_directions, batch, hidden_size)` = **(4, 32, 128)** — `batch_first` does not apply to `h_n` and `c_n`."""


def rnn_claude():
    c = "rnn-claude"
    t = lambda mm, ss: "2025-03-15T10:%02d:%02d.%s" % (mm, ss, "412000Z")
    att = {"file_name": "hw6_recurrent.pdf", "file_size": 48213, "file_type": "pdf",
           "extracted_content": RNN_ATTACHMENT}
    msgs = [
        claude_msg(c, 0, "human", t(2, 11), [block_text("Can you solve problems 1–4 from the attached homework? Show the work please.", t(2, 11))], [att]),
        claude_msg(c, 1, "assistant", t(2, 40), [
            block_thinking(RNN_CL_THINK, t(2, 15)),
            block_text(RNN_CL_T1, t(2, 22)),
            block_tool_use(RNN_CL_CODE, t(2, 30)),
            block_tool_result(RNN_CL_OUT, t(2, 31)),
            block_text(RNN_CL_T2, t(2, 40)),
        ]),
        claude_msg(c, 2, "human", t(5, 3), [block_text(RNN_CL_FOLLOW, t(5, 3))]),
        claude_msg(c, 3, "assistant", t(5, 9), [block_text(RNN_CL_T3, t(5, 9))]),
    ]
    graded = claude_conversation(c, "Recurrent nets homework 6", t(2, 10), t(5, 9), msgs)

    c2 = "rnn-claude-other"
    t2 = lambda mm, ss: "2025-03-12T08:%02d:%02d.%s" % (mm, ss, "090000Z")
    other_msgs = [
        claude_msg(c2, 0, "human", t2(40, 0), [block_text("How often should I feed a sourdough starter kept in the fridge?", t2(40, 0))]),
        claude_msg(c2, 1, "assistant", t2(40, 12), [block_text(
            "A refrigerated starter only needs feeding about once a week. Take it out, discard all but ~50 g, feed it "
            "equal weights of flour and water (1:1:1), leave it at room temperature for 1–2 hours, then put it back. "
            "Before baking, give it one or two feedings at room temperature so it's bubbly and doubles within 4–8 hours.",
            t2(40, 12))]),
    ]
    other = claude_conversation(c2, "Sourdough starter schedule", t2(40, 0), t2(40, 12), other_msgs)
    write_json("rnn-lstm/transcripts/claude_export.json", [other, graded], indent=2, ensure_ascii=True)


# ==============================================================================================
# 3. clf-metrics / ChatGPT export without current_node
# ==============================================================================================

CLF_PROBLEM = """STAT 3410 problem set 5 (three decimal places unless stated)

Question 1 — spam filter, 200 held-out emails, spam = positive
actual spam: predicted spam 45 | predicted not spam 5
actual not spam: predicted spam 15 | predicted not spam 135
(a) accuracy (b) precision (c) recall (d) F1 score (three decimal places)

Question 2 — labels + + + + - - - -, scores 0.90 0.80 0.55 0.40 0.70 0.50 0.30 0.20
(a) AUC
(b) A case is predicted positive when its score is >= 0.5. Give the point (FPR, TPR) on the ROC curve.

Question 3 — confusion matrix (rows true, cols predicted)
true A: 8 1 1
true B: 2 6 2
true C: 0 4 11
macro-averaged recall (three decimal places)

Question 4 — True or false: "For any binary classifier evaluated on any test set, the accuracy is at least as large as the F1 score of the positive class." """

CLF_OLD = r"""**Question 1**
TP = 45, FN = 5, FP = 15, TN = 135.
- (a) accuracy = 180/200 = **0.900**
- (b) precision = 45/60 = **0.750**
- (c) recall = 45/50 = **0.900**
- (d) F1 = 9/11 ≈ **0.818**

**Question 2**
- (a) 13 of the 16 positive–negative pairs are ordered correctly: AUC = **0.8125**
- (b) TPR = 3/4, FPR = 2/4 → **(0.5, 0.75)**

**Question 3**
Recalls 0.8, 0.6, 0.733 → macro recall **0.711**

**Question 4**
**False** (e.g. TP = 90, FP = FN = 5, TN = 0: accuracy 0.90 < F1 0.947)."""

CLF_NEW = r"""Sure — let's go question by question.

### Question 1

From the table, $TP = 45$, $FN = 5$, $FP = 15$, $TN = 135$.

**(a)** Accuracy $= \frac{45 + 135}{200} = 90\%$

**(b)** Precision $= \frac{45}{45 + 15} = \frac{3}{4} = 0.75$

**(c)** Recall $= \frac{45}{45 + 5} = 0.9$

**(d)** $F_1 = \frac{2 \cdot 0.75 \cdot 0.9}{0.75 + 0.9} \approx 0.82$

### Question 2

**(a)** The AUC is the fraction of positive/negative pairs ranked correctly. The positives beat 4, 4, 3 and 2 negatives respectively:

$$\text{AUC} = \frac{4 + 4 + 3 + 2}{16} = \frac{13}{16} = 0.8125$$

**(b)** At the threshold 0.5, three of the four positives (0.90, 0.80, 0.55) and two of the four negatives (0.70, 0.50) are flagged. So $TPR = 0.75$ and $FPR = 0.5$, and the ROC point is

$$(0.75,\ 0.5)$$

### Question 3

Row-wise recalls: $8/10 = 0.8$, $6/10 = 0.6$, $11/15 \approx 0.7333$.

Macro-averaged recall $= \frac{0.8 + 0.6 + 0.7333}{3} \approx \mathbf{0.711}$

### Question 4

Before I answer: is the F1 here meant for the positive class only, or a macro-F1 over both classes? The answer to a "for any classifier" statement depends on which one your course means — let me know and I'll go through it."""

CLF_FOLLOW = "for 1d the sheet says three decimal places"

CLF_FIX = r"""Right — to three decimal places:

$$F_1 = \frac{2 \cdot 0.75 \cdot 0.9}{1.65} = \frac{1.35}{1.65} = \frac{9}{11} \approx 0.818$$

So **1(d): F1 = 0.818**."""


def clf_chatgpt():
    c = "clf-gpt"
    T = 1744056000.0  # 2025-04-07 20:00 UTC
    nodes = [
        ("root", None, None),
        ("u1", "root", gpt_msg(c, "u1", "user", T + 4.0, text(CLF_PROBLEM))),
        ("old", "u1", gpt_msg(c, "old", "assistant", T + 20.0, text(CLF_OLD), end_turn=True)),
        ("new", "u1", gpt_msg(c, "new", "assistant", T + 75.0, text(CLF_NEW), end_turn=True)),
        ("u2", "new", gpt_msg(c, "u2", "user", T + 140.0, text(CLF_FOLLOW))),
        ("fix", "u2", gpt_msg(c, "fix", "assistant", T + 146.5, text(CLF_FIX), end_turn=True)),
    ]
    conv = gpt_conversation(c, "Classifier metrics PS5", T, nodes, current=None)
    write_json("clf-metrics/transcripts/conversations.json", [conv])


# ==============================================================================================
# 4. svm-kernels / ChatGPT export, current_node on the older branch
# ==============================================================================================

SVM_PROBLEM = """Exercise sheet 5 (SVMs and kernels), can you solve it?

Exercise 5.1  f(x) = w^T x + b with w = (2, -1)^T and b = -1, training set
i | x_i | y_i
1 | (1, 0) | +1
2 | (0, 1) | -1
3 | (1, 2) | +1
4 | (2, 1) | -1
5 | (0.5, -1) | +1
(a) width of the margin (distance between f(x) = +1 and f(x) = -1), exact or four significant figures
(b) total hinge loss sum_i max(0, 1 - y_i f(x_i))
(c) J(w, b) = 1/2 ||w||^2 + C sum_i max(0, 1 - y_i f(x_i)) for C = 0.1
(d) indices i of all training points that lie exactly on the margin (y_i f(x_i) = 1)

Exercise 5.2  x = (1, 2)^T, z = (3, -1)^T
(a) polynomial kernel k(x, z) = (x^T z + 1)^2 on R^2
  (i) compute k(x, z)
  (ii) dimension of the smallest explicit feature map phi with k(x, z) = phi(x)^T phi(z)
(b) Gaussian kernel exp(-gamma ||x - z||^2) for gamma = 0.1, four decimal places

Exercise 5.3  Which is NOT a valid (PSD) kernel on R^d?
(A) (x^T z)^3  (B) exp(-||x - z||^2)  (C) x^T z + 5  (D) -||x - z||^2  (E) 2 x^T z"""

SVM_X1 = (r"""## Exercise 5.1

**(a)** The hyperplanes $f(\mathbf x) = \pm 1$ are $2/\lVert \mathbf w\rVert$ apart """ + cite(0) + r""". With $\lVert \mathbf w \rVert = \sqrt{5}$:

$$\text{width} = \frac{2}{\sqrt 5} \approx 0.8944$$

Let me evaluate the classifier on the five points for (b)–(d).
""")

SVM_CODE = """import numpy as np
w, b = np.array([2, -1]), -1
X = np.array([[1, 0], [0, 1], [1, 2], [2, 1], [0.5, -1]])
y = np.array([1, -1, 1, -1, 1])
m = y * (X @ w + b)
hinge = np.maximum(0, 1 - m)
print(m, hinge, hinge.sum(), 0.5 * w @ w + 0.1 * hinge.sum())
x, z = np.array([1, 2]), np.array([3, -1])
print((x @ z + 1) ** 2, np.exp(-0.1 * np.sum((x - z) ** 2)))"""

SVM_OUT = "[ 1.  2. -1. -2.  1.] [0. 0. 2. 3. 0.] 5.0 3.0\n4 0.2725317930340126"

SVM_X2 = r"""The margins $y_i f(\mathbf x_i)$ are $1, 2, -1, -2, 1$.

**(b)** Hinge terms $0, 0, 2, 3, 0$, so the total hinge loss is **5**.

**(c)** $J = \tfrac12 \cdot 5 + 0.1 \cdot 5 = 2.5 + 0.5 = \mathbf{3.0}$

**(d)** The points on the margin are the support vectors, i.e. every point with $y_i f(\mathbf x_i) \le 1$: **i = 1, 3, 4, 5**.

## Exercise 5.2

**(a)(i)** $\mathbf x^\top \mathbf z = 3 - 2 = 1$, so $k(\mathbf x, \mathbf z) = (1 + 1)^2 = \mathbf{4}$.

**(a)(ii)** The feature map is $\phi(\mathbf x) = (x_1^2,\ \sqrt2\, x_1 x_2,\ x_2^2)$, so its dimension is **3**.

**(b)** $\lVert \mathbf x - \mathbf z \rVert^2 = 13$ and $k = e^{-1.3} \approx \mathbf{0.2725}$ """ + "\n\n" + r"""## Exercise 5.3

**(D)**: $-\lVert \mathbf x - \mathbf z \rVert^2$ gives Gram matrices with zero diagonal and negative off-diagonal entries, which have a negative eigenvalue """ + cite(2) + "."

SVM_Y = r"""**5.1** (a) $2/\sqrt5 \approx 0.8944$ (b) 5 (c) 3 (d) 1 and 5
**5.2** (a)(i) 4 (ii) 6 (b) 0.2725
**5.3** (D)"""


def svm_chatgpt():
    c = "svm-gpt"
    T = 1744617600.0  # 2025-04-14 08:00 UTC
    nodes = [
        ("root", None, None),
        ("system", "root", system_node(c, T)),
        ("u1", "system", gpt_msg(c, "u1", "user", T + 12.0, text(SVM_PROBLEM))),
        # branch X (older, but current_node: the user switched back to it)
        ("rrX", "u1", gpt_msg(c, "rrX", "assistant", T + 30.0,
                               {"content_type": "reasoning_recap", "content": "Thought for 6 seconds"})),
        ("x1", "rrX", gpt_msg(c, "x1", "assistant", T + 31.0, text(SVM_X1))),
        ("code", "x1", gpt_msg(c, "code", "assistant", T + 32.0,
                                {"content_type": "code", "language": "unknown", "response_format_name": None,
                                 "text": SVM_CODE}, recipient="python")),
        ("out", "code", gpt_msg(c, "out", "tool", T + 33.5,
                                 {"content_type": "execution_output", "text": SVM_OUT}, author_name="python")),
        ("x2", "out", gpt_msg(c, "x2", "assistant", T + 40.0, text(SVM_X2), end_turn=True)),
        # branch Y (regenerated later; not the current node)
        ("y1", "u1", gpt_msg(c, "y1", "assistant", T + 300.0, text(SVM_Y), end_turn=True)),
    ]
    graded = gpt_conversation(c, "SVM exercise sheet 5", T, nodes, current="x2")

    c2 = "svm-gpt-other"
    T2 = 1744531200.0
    other_nodes = [
        ("root", None, None),
        ("u1", "root", gpt_msg(c2, "u1", "user", T2 + 2.0, text("regex for a UK postcode?"))),
        ("a1", "u1", gpt_msg(c2, "a1", "assistant", T2 + 6.0, text(
            "A practical pattern (case-insensitive) is:\n\n```regex\n^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$\n```\n\n"
            "It accepts forms like `SW1A 1AA`, `M1 1AE` and `B33 8TH`. It doesn't check that the postcode actually exists."),
            end_turn=True)),
    ]
    other = gpt_conversation(c2, "UK postcode regex", T2, other_nodes, current="a1")
    write_json("svm-kernels/transcripts/chatgpt_export.json", [other, graded], indent=2)


# ==============================================================================================
# 5. svm-kernels / Claude export (single conversation)
# ==============================================================================================

SVM_ATTACHMENT = """Machine Learning I — Exercise Sheet 5
Support Vector Machines and Kernels
Hand in by Monday, 14:00 (box in front of room 2.041)
Exercise 5.1 (8 points)
A linear classifier f(x) = w⊤x + b with w = (2, −1)⊤ and b = −1 is evaluated on the training set
i xi yi
1 (1, 0) +1
2 (0, 1) −1
3 (1, 2) +1
4 (2, 1) −1
5 (0.5, −1) +1
(a) What is the width of the margin, i.e. the distance between the hyperplanes f(x) = +1 and f(x) = −1? Give an exact value or four significant figures.
(b) Compute the total hinge loss ∑ max(0, 1 − yi f(xi)).
(c) Evaluate the soft-margin objective J(w, b) = ½‖w‖² + C ∑ max(0, 1 − yi f(xi)) for C = 0.1.
(d) List the indices i of all training points that lie exactly on the margin (yi f(xi) = 1).
Exercise 5.2 (6 points)
Let x = (1, 2)⊤ and z = (3, −1)⊤.
(a) Consider the polynomial kernel k(x, z) = (x⊤z + 1)² on R².
(i) Compute k(x, z).
(ii) What is the dimension of the (smallest) explicit feature map φ with k(x, z) = φ(x)⊤φ(z)?
(b) Compute the Gaussian (RBF) kernel k(x, z) = exp(−γ‖x − z‖²) for γ = 0.1, to four decimal places.
Exercise 5.3 (2 points)
Which of the following functions is not a valid (positive semi-definite) kernel on Rd?
(A) (x⊤z)³ (B) exp(−‖x − z‖²) (C) x⊤z + 5 (D) −‖x − z‖² (E) 2x⊤z
1"""

SVM_CL_THINK = ("Margin between f=+1 and f=-1 is 2/||w|| = 2/sqrt(5) ≈ 0.8944. Hinge: margins 1, 2, -1, -2, 1 -> "
                "losses 0,0,2,3,0 = 5. J = 2.5 + 0.5 = 3. On margin: 1 and 5. Kernel: x.z = 1 -> 4; features 6. "
                "RBF: compute exp(-1.3).")

SVM_CL_T1 = r"""I'll go through the sheet exercise by exercise.

### Exercise 5.1

With $\mathbf w = (2, -1)$ we have $\lVert \mathbf w \rVert = \sqrt{5}$.

**(a)** The margin is the distance from the decision boundary to the closest hyperplane $f(\mathbf x) = \pm 1$, which is $1/\lVert \mathbf w \rVert$:

$$\gamma = \frac{1}{\sqrt5} \approx 0.4472$$

**(b)** The values of $f(\mathbf x_i)$ are $1, -2, -1, 2, 1$ and so $y_i f(\mathbf x_i) = 1, 2, -1, -2, 1$. The hinge losses are $0, 0, 2, 3, 0$, giving a total of

$$\sum_i \max(0, 1 - y_i f(\mathbf x_i)) = 5$$

**(c)** This just combines $\lVert \mathbf w \rVert^2$ from (a) with the hinge total from (b), so I'll leave the arithmetic to you.

**(d)** $y_i f(\mathbf x_i) = 1$ holds for $i = 1$ and $i = 5$, so the points on the margin are $\{1, 5\}$.

### Exercise 5.2

**(a)(i)** $\mathbf x^\top \mathbf z = 1 \cdot 3 + 2 \cdot (-1) = 1$, so $k(\mathbf x, \mathbf z) = (1 + 1)^2 = 4$.

**(a)(ii)** Expanding, $\phi(\mathbf x) = (1, \sqrt2 x_1, \sqrt2 x_2, x_1^2, x_2^2, \sqrt2 x_1 x_2)$, which has **6** components.

**(b)** Let me evaluate the exponential numerically."""

SVM_CL_CODE = """import math
d2 = (1 - 3) ** 2 + (2 - (-1)) ** 2
print(d2, math.exp(-0.1 * d2))"""

SVM_CL_OUT = "13 0.2725317930340126"

SVM_CL_T2 = r"""$\lVert \mathbf x - \mathbf z \rVert^2 = 13$, so $k(\mathbf x, \mathbf z) = e^{-1.3} \approx \mathbf{0.2725}$.

### Exercise 5.3

The answer is **(D)**. For any two distinct points the Gram matrix of $-\lVert \mathbf x - \mathbf z \rVert^2$ is $\begin{pmatrix} 0 & -a \\ -a & 0 \end{pmatrix}$ with $a > 0$, whose eigenvalues are $\pm a$ — one is negative, so it is not positive semi-definite. (A), (C) and (E) are built from the linear kernel by products, positive scaling and adding a positive constant, and (B) is the Gaussian kernel."""


def svm_claude():
    c = "svm-claude"
    t = lambda hh, mm, ss: "2025-04-15T%02d:%02d:%02d.%s" % (hh, mm, ss, "201000Z")
    att = {"file_name": "ml1_sheet05.pdf", "file_size": 91544, "file_type": "pdf",
           "extracted_content": SVM_ATTACHMENT}
    msgs = [
        claude_msg(c, 0, "human", t(19, 5, 2), [block_text("Here's this week's sheet, could you solve it?", t(19, 5, 2))], [att]),
        claude_msg(c, 1, "assistant", t(19, 5, 49), [
            block_thinking(SVM_CL_THINK, t(19, 5, 6)),
            block_text(SVM_CL_T1, t(19, 5, 20)),
            block_tool_use(SVM_CL_CODE, t(19, 5, 33)),
            block_tool_result(SVM_CL_OUT, t(19, 5, 34)),
            block_text(SVM_CL_T2, t(19, 5, 49)),
        ]),
    ]
    conv = claude_conversation(c, "ML1 exercise sheet 5 (SVMs)", t(19, 5, 1), t(19, 5, 49), msgs)
    write_json("svm-kernels/transcripts/claude_conversations.json", [conv], indent=2)


if __name__ == "__main__":
    rnn_chatgpt()
    rnn_claude()
    clf_chatgpt()
    svm_chatgpt()
    svm_claude()
