#!/usr/bin/env python3
"""Writes the four JSON chat exports of this corpus (3 ChatGPT, 1 Claude).

Deterministic: fixed ids and timestamps, so re-running gives byte-identical files.
Run from anywhere: python3 generators/make_exports.py
"""
import hashlib, json, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CITE = "\ue200cite\ue202turn0search2\ue201"


def uid(*seed):
    h = hashlib.sha1("/".join(seed).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.root = uid(key, "root")
        self.mapping[self.root] = {"id": self.root, "message": None, "parent": None, "children": []}
        sysid = uid(key, "system")
        self.add(sysid, self.root, {"id": sysid, "author": {"role": "system", "name": None, "metadata": {}},
                                    "create_time": None, "update_time": None,
                                    "content": {"content_type": "text", "parts": [""]},
                                    "status": "finished_successfully", "end_turn": True, "weight": 0.0,
                                    "metadata": {"is_visually_hidden_from_conversation": True},
                                    "recipient": "all", "channel": None})
        self.sys = sysid

    def add(self, nid, parent, message):
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, name, parent, role, t, content, recipient="all", extra_meta=None, author_name=None, end_turn=None):
        nid = uid(self.key, name)
        meta = {"model_slug": "gpt-4o"} if role == "assistant" else {}
        if extra_meta:
            meta.update(extra_meta)
        m = {"id": nid, "author": {"role": role, "name": author_name, "metadata": {}},
             "create_time": self.t0 + t, "update_time": None, "content": content,
             "status": "finished_successfully", "end_turn": end_turn, "weight": 1.0,
             "metadata": meta, "recipient": recipient, "channel": None}
        return self.add(nid, parent, m)

    def text(self, name, parent, role, t, s, **kw):
        return self.msg(name, parent, role, t, {"content_type": "text", "parts": [s]},
                        end_turn=(True if role == "assistant" else None), **kw)

    def dump(self, current=None, drop_current=False):
        d = {"title": self.title, "create_time": self.t0, "update_time": self.t0 + 3600,
             "mapping": self.mapping, "moderation_results": [], "current_node": current,
             "plugin_ids": None, "conversation_id": uid(self.key, "conv"), "conversation_template_id": None,
             "gizmo_id": None, "is_archived": False, "safe_urls": [], "default_model_slug": "gpt-4o",
             "id": uid(self.key, "conv")}
        if drop_current:
            del d["current_node"]
        return d


def write(path, data, indent=None):
    p = ROOT / path
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")


# ======================================================== 1. entropy-bayes-exam / conversations.json
ENTROPY_PROMPT = """HW5, please solve:

Question 1 (Decision trees). 16 training examples, label Y: 10 positive, 6 negative.
X1 = 0: 7 positive, 1 negative; X1 = 1: 3 positive, 5 negative.
X2 = 0: 4 positive, 0 negative; X2 = 1: 6 positive, 6 negative.
Base-2 logarithms, three decimal places.
(a) H(Y) at the root
(b) IG(Y; X1)
(c) IG(Y; X2)
(d) Which split does ID3 choose at the root? (A) X1 (B) X2 (C) Either; the gains are equal (D) Neither
(e) Gini impurity 1 - sum_k p_k^2 of the root node

Question 2 (Bayes). Prevalence 2%, sensitivity 0.95, false-positive rate 0.10.
(a) P(test positive)
(b) P(disease | positive), three decimal places
(c) True or false: after two positive tests that are conditionally independent given disease status, the posterior exceeds 0.5."""

ENTROPY_OLD = """## Question 1

**(a)** $H(Y) = -\\tfrac{10}{16}\\log_2\\tfrac{10}{16} - \\tfrac{6}{16}\\log_2\\tfrac{6}{16} = 0.954$ bits.

**(b)** Children of $X_1$: $H(7/8) = 0.544$ and $H(3/8) = 0.954$, average $0.749$, so $IG(Y;X_1) = 0.205$.

**(c)** Children of $X_2$: $0$ and $1$, weighted $0.75$, so $IG(Y;X_2) = 0.204$.

**(d)** (A)

**(e)** $1 - 0.625^2 - 0.375^2 = 0.469$

## Question 2

**(a)** $P(+) = 0.117$

**(b)** $P(D\\mid +) = 0.95 \\times 0.02 / 0.10 = 0.190$

**(c)** False."""

ENTROPY_NEW = """Here is a full solution.

## Question 1 — Decision trees

**(a) Root entropy.** With $p_+ = 0.625$ and $p_- = 0.375$:

$$H(Y) = -0.625\\log_2 0.625 - 0.375\\log_2 0.375 \\approx 0.954 \\text{ bits}$$

**(b) Gain of $X_1$.** The children are (7+, 1−) with entropy $0.544$ and (3+, 5−) with entropy $0.954$. Each holds half the data, so the conditional entropy is $0.749$:

$$IG(Y;X_1) = 0.954 - 0.749 \\approx 0.21$$

**(c) Gain of $X_2$.** The (4+, 0−) child is pure and the (6+, 6−) child has entropy $1$ with weight $12/16$:

$$IG(Y;X_2) = 0.954 - 0.750 = 0.204$$

**(d)** $X_1$ has the higher gain, so ID3 chooses **(A)**.

**(e)** $G = 1 - (0.625^2 + 0.375^2) = 1 - 0.531 = \\mathbf{0.469}$

## Question 2 — Bayes

**(a)** $P(+) = 0.02 \\cdot 0.95 + 0.98 \\cdot 0.10 = \\mathbf{0.117}$

**(b)** $P(D \\mid +) = \\dfrac{0.019}{0.117} \\approx \\mathbf{0.162}$

Only about 16% of positives are true positives, the classic base-rate effect """ + CITE + """.

**(c)** This depends on something the problem doesn't pin down for me: are the two tests run on independent samples, and is the false-positive rate the same for the second test? If you can confirm both, I'll finish the calculation."""

ENTROPY_FOLLOW_Q = "what would 2(b) be if the prevalence were 5% instead?"
ENTROPY_FOLLOW_A = """With prevalence $5\\%$: $P(+) = 0.05 \\cdot 0.95 + 0.95 \\cdot 0.10 = 0.0475 + 0.095 = 0.1425$, so

$$P(D \\mid +) = \\frac{0.0475}{0.1425} \\approx 0.333$$

Raising the prior from 2% to 5% roughly doubles the posterior. Your homework value for 2(b) (2% prevalence) stays 0.162."""


def entropy_export():
    c = Conv("entropy-hw5", "Decision tree + Bayes HW5", 1731400000.0)
    u1 = c.text("u1", c.sys, "user", 10, ENTROPY_PROMPT)
    # first generation (regenerated away; not on the current branch)
    c.text("a1-old", u1, "assistant", 30, ENTROPY_OLD)
    # regenerated answer with a reasoning model: thoughts + recap + text
    th = c.msg("a1-thoughts", u1, "assistant", 200,
               {"content_type": "thoughts",
                "thoughts": [{"summary": "Computing entropies",
                              "content": "H(Y)=0.954. IG for X1 maybe 0.21, X2 0.204... Gini could be 0.234 if p(1-p)."}],
                "source_analysis_msg_id": uid("entropy-hw5", "x")},
               extra_meta={"model_slug": "o3"})
    rc = c.msg("a1-recap", th, "assistant", 201,
               {"content_type": "reasoning_recap", "content": "Thought for 14 seconds"},
               extra_meta={"model_slug": "o3"})
    a1 = c.text("a1-new", rc, "assistant", 215, ENTROPY_NEW, extra_meta={"model_slug": "o3"})
    u2 = c.text("u2", a1, "user", 400, ENTROPY_FOLLOW_Q)
    a2 = c.text("a2", u2, "assistant", 410, ENTROPY_FOLLOW_A, extra_meta={"model_slug": "o3"})
    write("entropy-bayes-exam/transcripts/conversations.json", [c.dump(current=a2)])


# ======================================================== 2. softmax-backprop-course / chatgpt-export.json
SOFTMAX_PROMPT = """Week 4 exercises:

Exercise 4.1 — A three-class classifier outputs logits z = (2, 1, 0) for one example whose true class is the first class.
(a) softmax probabilities p (three decimals each)
(b) cross-entropy loss L = -log p_y with the natural log
(c) gradient dL/dz (three decimals each)

Exercise 4.2 — f(x, y, z) = (xy + z)^2 via a = x*y, b = a + z, f = b^2, at x = 2, y = -3, z = 3.
(a) forward pass: value of f
(b) backward pass: (i) df/dx (ii) df/dy

Exercise 4.3 — nn.Linear(512, 256) (default bias) applied to a batch of 32 inputs.
(a) number of trainable parameters
(b) FLOPs of the forward matrix multiplication for the whole batch; each multiplication and each addition is one FLOP (one MAC = 2 FLOPs); ignore the bias."""

SOFTMAX_CODE = """import numpy as np
z = np.array([2.0, 1.0, 0.0])
p = np.exp(z) / np.exp(z).sum()
L = -np.log(p[0])
g = p - np.array([1.0, 0.0, 0.0])
print(p.round(4), round(L, 4), g.round(4))"""

SOFTMAX_OUT = "[0.6652 0.2447 0.09  ] 0.4076 [-0.3348  0.2447  0.09  ]"

SOFTMAX_ANSWER = """The code confirms the softmax numbers. Here are all three exercises.

### Exercise 4.1

**(a)** $p = \\mathrm{softmax}(2, 1, 0) = (0.665,\\ 0.245,\\ 0.090)$

**(b)** $L = -\\ln 0.665 = 0.408$

**(c)** $\\partial L/\\partial z = p - y = (-0.335,\\ 0.245,\\ 0.090)$

### Exercise 4.2

Forward: $a = -6$, $b = -3$, so

**(a)** $f = 9$

Backward: $\\partial f/\\partial b = 2b = -6$, and the addition passes it to $a$ unchanged.

**(b)(i)** $\\partial f/\\partial x = -6 \\cdot y = 18$

**(b)(ii)** $\\partial f/\\partial y = -6 \\cdot x$, and since both factors are negative this is $+12$.

### Exercise 4.3

**(a)** $512 \\cdot 256 + 256 = 131{,}328$ parameters.

**(b)** The matmul does $32 \\times 512 \\times 256$ multiply–accumulates, i.e. **4,194,304 FLOPs**.

| Part | Answer |
|---|---|
| 4.1a | (0.665, 0.245, 0.090) |
| 4.1b | 0.408 |
| 4.1c | (−0.335, 0.245, 0.090) |
| 4.2a | 9 |
| 4.2b(i) | 18 |
| 4.2b(ii) | 12 |
| 4.3a | 131,328 |
| 4.3b | 4,194,304 |"""


def softmax_export():
    other1 = Conv("pasta", "Quick weeknight pasta ideas", 1728000000.0)
    q = other1.text("u1", other1.sys, "user", 5, "give me 3 quick pasta dinners with 5 ingredients or fewer")
    a = other1.text("a1", q, "assistant", 12,
                    "1. **Aglio e olio** — spaghetti, garlic, olive oil, chilli flakes, parsley.\n"
                    "2. **Cacio e pepe** — tonnarelli, pecorino, black pepper, salt, pasta water.\n"
                    "3. **Pesto pasta** — fusilli, pesto, cherry tomatoes, parmesan, pine nuts.\n\n"
                    "Each takes about 15 minutes " + CITE + ".")
    c = Conv("softmax-wk4", "Week 4 softmax backprop", 1728300000.0)
    u1 = c.text("u1", c.sys, "user", 10, SOFTMAX_PROMPT)
    pre = c.text("a1-pre", u1, "assistant", 20, "Let me check the softmax numbers with a quick computation first.")
    c.mapping[pre]["message"]["end_turn"] = None
    code = c.msg("a1-code", pre, "assistant", 22, {"content_type": "code", "language": "unknown", "text": SOFTMAX_CODE},
                 recipient="python")
    out = c.msg("a1-out", code, "tool", 25, {"content_type": "execution_output", "text": SOFTMAX_OUT},
                author_name="python", extra_meta={"aggregate_result": {"status": "success", "code": SOFTMAX_CODE,
                                                                       "final_expression_output": None}})
    a1 = c.text("a1", out, "assistant", 40, SOFTMAX_ANSWER)
    other2 = Conv("resume", "Resume bullet points", 1729000000.0)
    q2 = other2.text("u1", other2.sys, "user", 5, "rewrite: 'did ML stuff at internship, made model 20% better'")
    a2x = other2.text("a1", q2, "assistant", 9,
                      "- Improved validation accuracy of a churn-prediction model by 20% through feature engineering and hyper-parameter tuning.")
    write("softmax-backprop-course/transcripts/chatgpt-export.json",
          [other2.dump(current=a2x), c.dump(current=a1), other1.dump(current=a)])


# ======================================================== 3. softmax-backprop-course / claude-export.json
SOFTMAX_MD = (ROOT / "softmax-backprop-course/problems.md").read_text(encoding="utf-8")

CLAUDE_THINK = ("The user attached the week 4 sheet. Softmax of (2,1,0): roughly 0.67, 0.24, 0.09. "
                "Loss about 0.41. For 4.2, f = (xy+z)^2 = 9, df/dx = -18? need to check signs. "
                "Linear layer: 512*256 = 131072 weights.")

CLAUDE_T1 = "I'll verify the softmax and the gradient numerically before writing up."
CLAUDE_CODE = ("import math\nz=[2,1,0]\ne=[math.exp(v) for v in z]\ns=sum(e)\np=[v/s for v in e]\n"
               "print([round(v,4) for v in p], round(-math.log(p[0]),4))")
CLAUDE_RESULT = "[0.6652, 0.2447, 0.09] 0.4076"

CLAUDE_T2 = """Here are the solutions to the week 4 exercises.

**Exercise 4.1**

(a) $p = (0.6652, 0.2447, 0.0900)$

(b) $L = -\\ln p_1 = 0.4076$

(c) $\\nabla_z L = p - y = (-0.3348, 0.2447, 0.0900)$

**Exercise 4.2**

(a) $a = xy = -6$, $b = a + z = -3$, $f = b^2 = 9$.

(b) Going backwards, $\\partial f/\\partial b = 2b = -6$, and $\\partial f/\\partial a = -6$.

  (i) $\\partial f/\\partial x = (\\partial f/\\partial a)\\, y = (-6)(-3) = 18$

  (ii) $\\partial f/\\partial y = (\\partial f/\\partial a)\\, x = (-6)(2) = -12$

**Exercise 4.3**

(a) The weight matrix is $256 \\times 512$, so the layer has **131,072** trainable parameters.

(b) $2 \\times 32 \\times 512 \\times 256 = $ **8,388,608 FLOPs** (counting the multiply and the add of each MAC separately)."""


def claude_export():
    t = "2025-10-07T08:1{}:00.000000Z"
    conv = {
        "uuid": uid("claude-wk4", "conv"), "name": "Week 4 softmax, backprop and FLOPs",
        "created_at": t.format(0), "updated_at": t.format(5),
        "account": {"uuid": uid("claude", "acct")},
        "chat_messages": [
            {"uuid": uid("claude-wk4", "m1"), "text": "Can you solve all three exercises in the attached sheet?",
             "content": [{"type": "text", "text": "Can you solve all three exercises in the attached sheet?",
                          "start_timestamp": t.format(0), "stop_timestamp": t.format(0), "citations": []}],
             "sender": "human", "created_at": t.format(0), "updated_at": t.format(0),
             "attachments": [{"file_name": "week4_exercises.md", "file_size": len(SOFTMAX_MD.encode()),
                              "file_type": "text/markdown", "extracted_content": SOFTMAX_MD,
                              "created_at": t.format(0)}],
             "files": []},
            {"uuid": uid("claude-wk4", "m2"), "text": CLAUDE_T1 + "\n\n" + CLAUDE_T2,
             "content": [
                 {"type": "thinking", "thinking": CLAUDE_THINK, "summaries": [{"summary": "Working through the exercises."}],
                  "start_timestamp": t.format(1), "stop_timestamp": t.format(1), "cut_off": False},
                 {"type": "text", "text": CLAUDE_T1, "start_timestamp": t.format(1), "stop_timestamp": t.format(1),
                  "citations": []},
                 {"type": "tool_use", "name": "repl", "input": {"code": CLAUDE_CODE},
                  "start_timestamp": t.format(2), "stop_timestamp": t.format(2), "message": "Running analysis"},
                 {"type": "tool_result", "name": "repl",
                  "content": [{"type": "text", "text": CLAUDE_RESULT, "uuid": uid("claude-wk4", "tr")}],
                  "is_error": False, "start_timestamp": t.format(2), "stop_timestamp": t.format(2)},
                 {"type": "text", "text": CLAUDE_T2, "start_timestamp": t.format(3), "stop_timestamp": t.format(3),
                  "citations": []}],
             "sender": "assistant", "created_at": t.format(1), "updated_at": t.format(3),
             "attachments": [], "files": []},
        ]}
    other = {
        "uuid": uid("claude-other", "conv"), "name": "Email to landlord about heating",
        "created_at": "2025-09-30T18:00:00.000000Z", "updated_at": "2025-09-30T18:02:00.000000Z",
        "account": {"uuid": uid("claude", "acct")},
        "chat_messages": [
            {"uuid": uid("claude-other", "m1"), "text": "short polite email: heating broken since Monday",
             "content": [{"type": "text", "text": "short polite email: heating broken since Monday", "citations": []}],
             "sender": "human", "created_at": "2025-09-30T18:00:00.000000Z", "updated_at": "2025-09-30T18:00:00.000000Z",
             "attachments": [], "files": []},
            {"uuid": uid("claude-other", "m2"),
             "text": "Subject: Heating not working\n\nHi Sam,\n\nThe heating in my flat has not worked since Monday. Could you arrange a repair this week?\n\nThanks,\nAlex",
             "content": [{"type": "text", "text": "Subject: Heating not working\n\nHi Sam,\n\nThe heating in my flat has not worked since Monday. Could you arrange a repair this week?\n\nThanks,\nAlex", "citations": []}],
             "sender": "assistant", "created_at": "2025-09-30T18:00:09.000000Z", "updated_at": "2025-09-30T18:00:09.000000Z",
             "attachments": [], "files": []}]}
    write("softmax-backprop-course/transcripts/claude-export.json", [other, conv], indent=2)


# ======================================================== 4. linalg-ridge-article / conversations-no-current.json
LINALG_PROMPT = """Problem Set 3:
Problem 1. A = [[2, 1], [1, 2]]. (a) det(A) (b) eigenvalues in increasing order (c) A^{-1}
Problem 2. a = (1, 0, 1)^T, b = (1, 2, 3)^T. (a) orthogonal projection p of b onto the line spanned by a (b) distance ||b - p|| (exact or three decimals) (c) the 3x3 projection matrix P onto that line
Problem 3. Fit y = w x (no intercept) to (1, 2), (2, 3), (3, 5) minimising sum (y_i - w x_i)^2 + lambda w^2 with lambda = 1. Give w as an exact fraction."""

LINALG_PROMPT_EDIT = LINALG_PROMPT + "\n\nPlease show the steps for each part."

LINALG_OLD = """**1.** (a) $\\det A = 3$ (b) $\\lambda = 1, 3$ (c) $A^{-1} = \\tfrac13\\begin{bmatrix}2&-1\\\\-1&2\\end{bmatrix}$

**2.** (a) $p = (2,0,2)$ (b) $\\sqrt6$ (c) $P = \\tfrac12 aa^\\top$

**3.** $w = 23/14$"""

LINALG_OLD_FOLLOW_Q = "why is P = 1/2 a a^T?"
LINALG_OLD_FOLLOW_A = "Because $a^\\top a = 1^2 + 0^2 + 1^2 = 2$, and the projection matrix onto a line is $aa^\\top / (a^\\top a)$."

LINALG_NEW = """### Problem 1

**(a)** $\\det A = 2 \\cdot 2 - 1 \\cdot 1 = 3$

**(b)** $\\det(A - \\lambda I) = \\lambda^2 - 4\\lambda + 3 = (\\lambda-1)(\\lambda-3)$, so the eigenvalues are $\\lambda = 1$ and $\\lambda = 3$.

**(c)**
$$A^{-1} = \\frac{1}{3}\\begin{bmatrix} 2 & -1 \\\\ -1 & 2 \\end{bmatrix} = \\begin{bmatrix} 2/3 & -1/3 \\\\ -1/3 & 2/3 \\end{bmatrix}$$

### Problem 2

**(a)** $a^\\top b = 4$, $a^\\top a = 2$, so $p = 2a = (2, 0, 2)^\\top$.

**(b)** $b - p = (-1, 2, 1)^\\top$, so $\\|b - p\\| = \\sqrt{6} \\approx 2.449$.

**(c)** The projection matrix is the outer product of $a$ with itself:
$$P = a a^\\top = \\begin{bmatrix} 1 & 0 & 1 \\\\ 0 & 0 & 0 \\\\ 1 & 0 & 1 \\end{bmatrix}$$

### Problem 3

Setting the derivative to zero: $-2\\sum x_i(y_i - w x_i) + 2\\lambda w = 0$, so
$$w = \\frac{\\sum x_i y_i}{\\sum x_i^2 + \\lambda} = \\frac{23}{14 + 1} = \\boxed{\\tfrac{23}{15}}$$"""


def linalg_export():
    c = Conv("linalg-ps3", "Linear algebra PS3", 1727900000.0)
    u1 = c.text("u1", c.sys, "user", 10, LINALG_PROMPT)
    a1 = c.text("a1", u1, "assistant", 25, LINALG_OLD)
    u2 = c.text("u2", a1, "user", 100, LINALG_OLD_FOLLOW_Q)
    c.text("a2", u2, "assistant", 110, LINALG_OLD_FOLLOW_A)
    # the user then edited the first message: a sibling user node under the system node
    u1b = c.text("u1-edit", c.sys, "user", 300, LINALG_PROMPT_EDIT)
    c.text("a1-edit", u1b, "assistant", 330, LINALG_NEW)
    write("linalg-ridge-article/transcripts/conversations-no-current.json", [c.dump(drop_current=True)])


if __name__ == "__main__":
    entropy_export()
    softmax_export()
    claude_export()
    linalg_export()
