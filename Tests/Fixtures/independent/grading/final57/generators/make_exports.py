#!/usr/bin/env python3
"""Write the three JSON data-export transcripts of this corpus.

  decision-trees/transcripts/dt-chatgpt-export.json        ChatGPT conversations.json
      3 conversations; graded one has a regenerated answer (graded branch =
      current_node's), a thoughts + reasoning_recap pair, and a follow-up turn.
  naive-bayes-knn/transcripts/nbk-chatgpt-export.json      ChatGPT conversations.json
      2 conversations, NO current_node: the graded branch is the leaf with the latest
      create_time.  Python tool call + execution_output, private-use citation markers.
  projections-gram-schmidt/transcripts/pgs-claude-export.json   Claude export
      2 conversations; attachment with extracted_content, thinking, tool_use and
      tool_result blocks, a follow-up turn.

Everything is fixed (uuid5 ids, literal timestamps), so re-running gives
byte-identical files.  Usage: python3 make_exports.py
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
NS = uuid.UUID("6f1c2b9e-5a43-4f0e-9d7e-0c2b8a9e4d11")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ----------------------------------------------------------------- ChatGPT --
def cg_msg(conv, nid, role, t, content, *, name=None, recipient="all", end_turn=None,
           meta=None, status="finished_successfully", channel=None):
    return {
        "id": uid(conv, nid),
        "author": {"role": role, "name": name, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": status,
        "end_turn": end_turn,
        "weight": 1.0,
        "metadata": meta or {},
        "recipient": recipient,
        "channel": channel,
    }


def text(s):
    return {"content_type": "text", "parts": [s]}


def build_chatgpt_conv(conv, title, t0, nodes, current=None, model="gpt-4o"):
    """nodes: list of (nid, parent_nid or None, message-or-None)."""
    mapping = {}
    for nid, parent, msg in nodes:
        mapping[uid(conv, nid)] = {
            "id": uid(conv, nid),
            "message": msg,
            "parent": uid(conv, parent) if parent else None,
            "children": [],
        }
    for nid, parent, _ in nodes:
        if parent:
            mapping[uid(conv, parent)]["children"].append(uid(conv, nid))
    last = max((m["message"]["create_time"] for m in mapping.values()
                if m["message"] and m["message"]["create_time"]), default=t0)
    out = {
        "title": title,
        "create_time": t0,
        "update_time": last,
        "mapping": mapping,
        "moderation_results": [],
    }
    if current is not None:
        out["current_node"] = uid(conv, current)
    out.update({
        "plugin_ids": None,
        "conversation_id": uid(conv, "conversation"),
        "conversation_template_id": None,
        "gizmo_id": None,
        "gizmo_type": None,
        "is_archived": False,
        "is_starred": None,
        "safe_urls": [],
        "blocked_urls": [],
        "default_model_slug": model,
        "conversation_origin": None,
        "voice": None,
        "async_status": None,
        "disabled_tool_ids": [],
        "id": uid(conv, "conversation"),
    })
    return out


def system_root(conv, t):
    return [("root", None, None),
            ("sys", "root", cg_msg(conv, "sys", "system", None, text(""),
                                   meta={"is_visually_hidden_from_conversation": True}))]


# ---- decision trees export -------------------------------------------------
DT_PROMPT = """Homework 5 (decision trees). Data, 12 loan applications (Income, Student, Credit -> Approve):
1 High Yes Good Yes
2 High No Good Yes
3 Low Yes Good Yes
4 Low No Good Yes
5 High Yes Fair Yes
6 Low Yes Fair Yes
7 Low No Fair Yes
8 High No Fair No
9 Low Yes Fair No
10 High Yes Poor Yes
11 Low No Poor No
12 Low No Poor No

Question 1 (a) Compute the entropy H(Approve) of the full training set, in bits. (b) Compute the Gini impurity of the full training set. Give an exact fraction.
Question 2 (a) Compute the information gain of splitting the root on Credit (three-way split). (b) Compute the weighted Gini impurity of the two children obtained by splitting the root on Student. Exact fraction. (c) ID3 picks the attribute with the largest information gain. Which attribute does it put at the root? A Income B Student C Credit D There is a tie between two attributes.
Question 3 (a) True or false: for any split of any node, the information gain is never negative. (b) Gini impurity of a node with fraction p positive, simplified function of p.
Question 4 Decision stump on Credit, each leaf predicts its majority label. Training error rate as a fraction?

log base 2, round to three decimals."""

DT_ANSWER_A = r"""Here's a complete solution.

**Root counts:** 8 Yes, 4 No.

**1(a)** $H = -\frac{2}{3}\log_2\frac{2}{3} - \frac{1}{3}\log_2\frac{1}{3} \approx 0.918$ bits

**1(b)** $G = 1 - \frac{4}{9} - \frac{1}{9} = \frac{4}{9}$

**2(a)** Children: Good 4/0 ($H=0$), Fair 3/2 ($H=0.971$), Poor 1/2 ($H=0.918$). Weighted: $\frac{5}{12}(0.971) + \frac{3}{12}(0.918) = 0.634$, so $IG = 0.918 - 0.634 = 0.284$.

**2(b)** Yes-child $5/18$, No-child $1/2$, weighted $\frac{7}{18}$.

**2(c)** Student separates the classes quite well (5 of 6 students are approved), so ID3 picks **B (Student)**.

**3(a)** True.

**3(b)** $2p(1-p)$

**4)** Errors: 0 + 2 + 1 = 3, so $\frac{3}{12} = \frac{1}{4}$."""

DT_THOUGHTS = [
    {"summary": "Counting labels and impurities",
     "content": "8 yes 4 no. H = 0.918. Gini 4/9. Credit children 4/0, 3/2, 1/2 -> weighted entropy 0.634, IG 0.284. "
                "Student children 5/1 and 3/3, gini 5/18 and 1/2 -> 7/18.",
     "chunks": [], "finished": True},
    {"summary": "Comparing gains",
     "content": "Income 0.043, Student 0.093, Credit 0.284 -> Credit. Stump errors 0+2+1.",
     "chunks": [], "finished": True},
]

DT_ANSWER_B = r"""Let's work through all four questions. The root has **8 Yes** and **4 No** examples.

---

### Question 1

**(a)** With $p_{\text{Yes}} = 2/3$ and $p_{\text{No}} = 1/3$:

\[
H(\text{Approve}) = -\tfrac{2}{3}\log_2\tfrac{2}{3} - \tfrac{1}{3}\log_2\tfrac{1}{3} = 0.390 + 0.528 = 0.918 \text{ bits}
\]

**(b)**

\[
G = 1 - \left(\tfrac{2}{3}\right)^2 - \left(\tfrac{1}{3}\right)^2 = \tfrac{4}{9}
\]

---

### Question 2

**(a)** Splitting on Credit:

| Credit | Yes | No | $H$ |
|---|---|---|---|
| Good | 4 | 0 | 0.000 |
| Fair | 3 | 2 | 0.971 |
| Poor | 1 | 2 | 0.918 |

\[
H_{\text{after}} = \tfrac{4}{12}(0) + \tfrac{5}{12}(0.971) + \tfrac{3}{12}(0.918) = 0.405 + 0.230 = 0.634
\]

\[
IG(\text{Credit}) = 0.918 - 0.634 = 0.284 \text{ bits}
\]

**(b)** Student = Yes has 5 Yes / 1 No:

\[
G_{\text{Yes}} = 1 - \tfrac{25}{36} - \tfrac{1}{36} = \tfrac{5}{36}
\]

Student = No has 3 Yes / 3 No, so $G_{\text{No}} = \tfrac12$. Both children have 6 rows:

\[
G_{\text{split}} = \tfrac12\cdot\tfrac{5}{36} + \tfrac12\cdot\tfrac12 = \tfrac{5}{72} + \tfrac{18}{72} = \tfrac{23}{72} \approx 0.319
\]

**(c)** For comparison, $IG(\text{Income}) \approx 0.043$ and $IG(\text{Student}) \approx 0.093$. Credit has the largest gain, so the answer is **(C) Credit**.

---

### Question 3

**(a)** **True.** The information gain equals the mutual information between the label and the attribute (under the empirical distribution at the node), and mutual information is always $\ge 0$.

**(b)**

\[
G(p) = 1 - p^2 - (1-p)^2 = 2p(1-p)
\]

---

### Question 4

Leaves of the Credit stump and their majority labels:

- Good → Yes (no mistakes)
- Fair → Yes (rows 8 and 9 are misclassified)
- Poor → No

So the stump makes 2 mistakes and the training error rate is

\[
\frac{2}{12} = \frac{1}{6}
\]

---

**Summary**

1. (a) 0.918 bits (b) 4/9
2. (a) 0.284 bits (b) 23/72 (c) C
3. (a) False (b) 2p(1 − p)
4. 1/6"""

DT_FOLLOW_Q = "what would the gain ratio be for Credit?"
DT_FOLLOW_A = r"""The gain ratio divides the information gain by the *split information* (the entropy of the partition sizes 4, 5, 3 out of 12):

\[
\text{SplitInfo} = -\tfrac{4}{12}\log_2\tfrac{4}{12} - \tfrac{5}{12}\log_2\tfrac{5}{12} - \tfrac{3}{12}\log_2\tfrac{3}{12} \approx 0.528 + 0.526 + 0.500 = 1.555
\]

\[
\text{GainRatio}(\text{Credit}) = \frac{0.284}{1.555} \approx 0.183
\]

C4.5 uses this instead of the raw gain to avoid favouring attributes with many values. Credit still wins here, since Student's split information is exactly 1 (a 6/6 split), giving a gain ratio of only about 0.093."""


def dt_export():
    convs = []
    # unrelated conversation 1
    c = "pasta"
    t = 1741700000.123456
    nodes = system_root(c, t) + [
        ("u1", "sys", cg_msg(c, "u1", "user", t + 5, text("quick pasta dinner for 4 with spinach and feta?"))),
        ("a1", "u1", cg_msg(c, "a1", "assistant", t + 9, text(
            "Here's an easy one-pan idea:\n\n1. Cook 400 g penne.\n2. Sauté 2 cloves garlic in olive oil, add 200 g "
            "spinach until wilted.\n3. Toss with the pasta, 150 g crumbled feta, lemon zest and black pepper.\n\n"
            "Serves 4 in about 20 minutes."), end_turn=True)),
    ]
    convs.append(build_chatgpt_conv(c, "Spinach feta pasta", t, nodes, current="a1"))

    # graded conversation
    c = "dt-hw5"
    t = 1741733100.512345
    nodes = system_root(c, t) + [
        ("u1", "sys", cg_msg(c, "u1", "user", t + 2.1, text(DT_PROMPT))),
        # first answer (regenerated away, not graded)
        ("a1", "u1", cg_msg(c, "a1", "assistant", t + 15.4, text(DT_ANSWER_A), end_turn=True,
                            meta={"model_slug": "gpt-4o", "finish_details": {"type": "stop"}})),
        # regenerated answer: thoughts, recap, final text (graded branch)
        ("th", "u1", cg_msg(c, "th", "assistant", t + 61.0,
                            {"content_type": "thoughts", "thoughts": DT_THOUGHTS,
                             "source_analysis_msg_id": uid(c, "analysis")},
                            meta={"model_slug": "o4-mini", "is_visually_hidden_from_conversation": False},
                            channel=None)),
        ("rr", "th", cg_msg(c, "rr", "assistant", t + 74.2,
                            {"content_type": "reasoning_recap", "content": "Thought for 13 seconds"},
                            meta={"model_slug": "o4-mini"})),
        ("a2", "rr", cg_msg(c, "a2", "assistant", t + 75.9, text(DT_ANSWER_B), end_turn=True,
                            meta={"model_slug": "o4-mini", "finish_details": {"type": "stop"}})),
        ("u2", "a2", cg_msg(c, "u2", "user", t + 240.0, text(DT_FOLLOW_Q))),
        ("a3", "u2", cg_msg(c, "a3", "assistant", t + 251.3, text(DT_FOLLOW_A), end_turn=True,
                            meta={"model_slug": "o4-mini", "finish_details": {"type": "stop"}})),
    ]
    convs.append(build_chatgpt_conv(c, "Decision tree HW entropy gini", t, nodes, current="a3",
                                    model="o4-mini"))

    # unrelated conversation 2
    c = "cover"
    t = 1741600000.0
    nodes = system_root(c, t) + [
        ("u1", "sys", cg_msg(c, "u1", "user", t + 3, text(
            "make this sound less stiff: 'I am writing to express my interest in the position of data analyst intern.'"))),
        ("a1", "u1", cg_msg(c, "a1", "assistant", t + 6, text(
            "Try: \"I'm excited to apply for the Data Analyst Intern role.\" It's direct and still professional."),
            end_turn=True)),
    ]
    convs.append(build_chatgpt_conv(c, "Cover letter opening line", t, nodes, current="a1"))
    # exports list the newest conversation first
    convs.sort(key=lambda x: -x["update_time"])
    return convs


# ---- naive Bayes / kNN export (no current_node) ---------------------------
NBK_PROMPT = r"""Assignment 4. Problem 1 (Multinomial Naive Bayes). Spam filter trained on five messages over V = {free, win, money, today, meeting, lunch} (|V| = 6):
d1 free win money — spam
d2 win free free — spam
d3 money today — spam
d4 meeting today lunch — ham
d5 lunch meeting free — ham
Multinomial model with word counts, class priors by document frequency, add-one smoothing P(w|c) = (n_wc + α)/(N_c + α|V|) with α = 1.
(a) Compute P(free | spam). Exact fraction.
(b) For x = "free lunch today" compute the posterior P(spam | x). Round to three decimal places.
(c) True or false: the classifier labels x as spam.
(d) An implementation stores log P(w|c) in one array with one row per class and one column per vocabulary word. Shape?
(e) Now let the smoothing constant be a general α > 0. Write P(lunch | spam) as a function of α.

Problem 2 (k-NN). Points: A (1,1) + y=1.0; B (2,3) + y=2.0; C (4,2) − y=3.5; D (5,5) − y=5.0; E (3,4) + y=2.5; F (6,1) − y=4.0. Query q = (4,4), Euclidean distance.
(a) Which class does 3-NN (unweighted majority) predict? (A) + (B) − (C) tie
(b) 3-NN regression, unweighted mean of y, two decimals.

Problem 3. Brute-force k-NN computes squared Euclidean distances from every query to every training point, one subtraction per coordinate. 5,000 training points, d = 20, batch of 200 queries: how many subtractions?"""

NBK_FIRST = r"""**Problem 1**

Counts: spam has 8 tokens (free 3, win 2, money 2, today 1); ham has 6 tokens (meeting 2, lunch 2, today 1, free 1).

(a) P(free | spam) = 4/14 = 2/7

(b) Likelihoods: spam (4/14)(1/14)(2/14) ≈ 0.0029155, ham (2/12)(3/12)(2/12) ≈ 0.0069444. Normalising gives P(spam | x) ≈ 0.296.

(c) False.

(d) (2, 6)

(e) α/(8 + 6α)

**Problem 2**

(a) Nearest three: E (1), C (2), B (√5) → two + and one − → (A).

(b) (2.5 + 3.5 + 2.0)/3 = 2.67

**Problem 3** 200 × 5000 × 20 = 20,000,000."""

NBK_CODE = """from fractions import Fraction as F
spam = F(3,5) * F(4,14) * F(1,14) * F(2,14)
ham  = F(2,5) * F(2,12) * F(3,12) * F(2,12)
post = spam / (spam + ham)
print(spam, float(spam))
print(ham, float(ham))
print(post, float(post))"""

NBK_OUT = """3/1715 0.001749271137026239
1/360 0.002777777777777778
216/559 0.38640429338103754"""

NBK_PRE = ("Let me set up the counts and check the posterior exactly with a quick calculation. "
           "Add-one smoothing here is the same as `MultinomialNB(alpha=1.0)` in scikit-learn "
           "\ue200cite\ue202turn0search0\ue201.")

NBK_FINAL = """## Problem 1 — Multinomial Naive Bayes

**Token counts**

| class | free | win | money | today | meeting | lunch | total $N_c$ |
|---|---|---|---|---|---|---|---|
| spam | 3 | 2 | 2 | 1 | 0 | 0 | 8 |
| ham | 1 | 0 | 0 | 1 | 2 | 2 | 6 |

Priors: $P(\\text{spam}) = 3/5$, $P(\\text{ham}) = 2/5$.

**(a)** $\\hat P(\\text{free}\\mid\\text{spam}) = \\dfrac{3 + 1}{8 + 6} = \\dfrac{4}{14} = \\boxed{\\dfrac{2}{7}}$

**(b)** Smoothed likelihoods of the three words of $x$:

- spam: $\\tfrac{4}{14}\\cdot\\tfrac{1}{14}\\cdot\\tfrac{2}{14}$
- ham: $\\tfrac{2}{12}\\cdot\\tfrac{3}{12}\\cdot\\tfrac{2}{12}$

Multiplying by the priors gives scores $3/1715 \\approx 0.001749$ (spam) and $1/360 \\approx 0.002778$ (ham), so

$$P(\\text{spam}\\mid x) = \\frac{216}{559} \\approx \\boxed{0.386}$$

**(c)** **False** — the posterior is below $1/2$, so $x$ is labelled ham.

**(d)** One row per class and one column per word: shape **(2, 6)**. \ue200cite\ue202turn0search0\ue201

**(e)** "lunch" never occurs in spam, so $n_{\\text{lunch},\\text{spam}} = 0$ and

$$\\hat P(\\text{lunch}\\mid\\text{spam}) = \\frac{\\alpha}{8 + \\alpha}$$

## Problem 2 — k-NN

Distances from $q = (4, 4)$: E $= 1$, D $= \\sqrt2 \\approx 1.414$, C $= 2$, B $= \\sqrt5 \\approx 2.236$, F $= \\sqrt{13} \\approx 3.606$, A $= \\sqrt{18} \\approx 4.243$.

**(a)** The three nearest neighbours are E (+), D (−), C (−), so the majority vote is **(B) −**.

**(b)** $\\hat y = \\dfrac{2.5 + 5.0 + 3.5}{3} = \\dfrac{11}{3} \\approx \\mathbf{3.67}$

---

Problem 3 is a one-line count — do you want me to include it as well, or have you already done that one?"""


def nbk_export():
    convs = []
    c = "nbk-a4"
    t = 1759402211.771002
    nodes = system_root(c, t) + [
        ("u1", "sys", cg_msg(c, "u1", "user", t + 1.3, text(NBK_PROMPT))),
        # first generation, later regenerated (earlier create_time, not graded)
        ("a1", "u1", cg_msg(c, "a1", "assistant", t + 19.8, text(NBK_FIRST), end_turn=True,
                            meta={"model_slug": "gpt-4o"})),
        # regenerated: search-ish preamble, python tool call, output, final text
        ("a2", "u1", cg_msg(c, "a2", "assistant", t + 95.0, text(NBK_PRE), end_turn=False,
                            meta={"model_slug": "gpt-4o",
                                  "content_references": [{"matched_text": "\ue200cite\ue202turn0search0\ue201",
                                                          "type": "grouped_webpages",
                                                          "items": [{"title": "MultinomialNB — scikit-learn documentation",
                                                                     "url": "https://scikit-learn.org/stable/modules/generated/sklearn.naive_bayes.MultinomialNB.html"}]}]})),
        ("code", "a2", cg_msg(c, "code", "assistant", t + 97.4,
                              {"content_type": "code", "language": "unknown", "response_format_name": None,
                               "text": NBK_CODE},
                              recipient="python", end_turn=False, meta={"model_slug": "gpt-4o"})),
        ("out", "code", cg_msg(c, "out", "tool", t + 98.1,
                               {"content_type": "execution_output", "text": NBK_OUT},
                               name="python",
                               meta={"aggregate_result": {"status": "success", "run_id": uid(c, "run"),
                                                          "code": NBK_CODE, "final_expression_output": None,
                                                          "messages": [], "jupyter_messages": []}})),
        ("a3", "out", cg_msg(c, "a3", "assistant", t + 112.6, text(NBK_FINAL), end_turn=True,
                             meta={"model_slug": "gpt-4o", "finish_details": {"type": "stop"}})),
    ]
    conv = build_chatgpt_conv(c, "Naive Bayes and kNN assignment", t, nodes, current=None)
    convs.append(conv)

    c = "flight"
    t = 1759300000.25
    nodes = system_root(c, t) + [
        ("u1", "sys", cg_msg(c, "u1", "user", t + 4, text("is 50 minutes enough for a connection in Frankfurt, Schengen to non-Schengen?"))),
        ("a1", "u1", cg_msg(c, "a1", "assistant", t + 8, text(
            "Frankfurt's official minimum connecting time is 45 minutes, so 50 minutes is legal but tight, "
            "because you must pass passport control when leaving the Schengen area "
            "\ue200cite\ue202turn0search2\ue201. If both flights are on one ticket, the airline "
            "rebooks you if you miss it."), end_turn=True)),
    ]
    convs.append(build_chatgpt_conv(c, "Frankfurt connection time", t, nodes, current=None))
    for cv in convs:
        cv.pop("current_node", None)
    convs.sort(key=lambda x: -x["update_time"])
    return convs


# ------------------------------------------------------------------ Claude --
def cl_text_block(s, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": s, "citations": []}


def cl_msg(conv, mid, sender, created, blocks, attachments=None, parent=None):
    return {
        "uuid": uid(conv, mid),
        "text": "\n\n".join(b["text"] for b in blocks if b["type"] == "text"),
        "content": blocks,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": attachments or [],
        "files": [],
    }


PGS_PROBLEMS_PATH = os.path.join(ROOT, "projections-gram-schmidt", "problems.md")

PGS_THINK = ("Exercise 3.1: a.b = 2+14+2 = 18, a.a = 9, p = 2a = (2,4,4), e = (0,3,-3), |e| = sqrt 18 = 3 sqrt 2. "
             "3.2: A^T A = [[2,1],[1,2]], A^T b = (2,4), xhat = (0,2), p = (0,2,2). P = A (A^T A)^-1 A^T, "
             "(A^T A)^-1 = 1/3 [[2,-1],[-1,2]]. M = [[2,1,-1],[1,2,1],[-1,1,2]]. 3.3: q1 = (1,1,0)/sqrt2, "
             "r12 = 1/sqrt2, u2 = (1/2,-1/2,1), r22 = sqrt(3/2). Maybe I first thought r22 = sqrt6/3 but no: "
             "1/4+1/4+1 = 3/2. det P = 0. Let me verify numerically.")

PGS_TEXT1 = "I'll verify the arithmetic numerically as I go, then give exact answers."

PGS_CODE = """import numpy as np
a = np.array([1, 2, 2]); b = np.array([2, 7, 1])
p = (a @ b) / (a @ a) * a
print("p =", p, " dist =", np.linalg.norm(b - p))
A = np.array([[1, 0], [1, 1], [0, 1]], dtype=float)
bb = np.array([2, 0, 4], dtype=float)
xhat = np.linalg.solve(A.T @ A, A.T @ bb)
P = A @ np.linalg.inv(A.T @ A) @ A.T
print("xhat =", xhat, " p =", A @ xhat)
print("3P =\\n", np.round(3 * P, 6))
print("det P =", np.linalg.det(P))
Q, R = np.linalg.qr(np.array([[1, 1], [1, 0], [0, 1]], dtype=float))
print("R =\\n", R)"""

PGS_OUT = """p = [2. 4. 4.]  dist = 4.242640687119285
xhat = [0. 2.]  p = [0. 2. 2.]
3P =
 [[ 2.  1. -1.]
 [ 1.  2.  1.]
 [-1.  1.  2.]]
det P = 0.0
R =
 [[-1.41421356 -0.70710678]
 [ 0.          1.22474487]]"""

PGS_TEXT2 = r"""The numbers check out. Here are the solutions.

## Exercise 3.1

**(a)** $a^\top b = 2 + 14 + 2 = 18$ and $a^\top a = 9$, so

$$p = \frac{18}{9}\,a = (2,\ 4,\ 4).$$

**(b)** $e = b - p = (0, 3, -3)$, so the distance is $\lVert e \rVert = \sqrt{18} = 3\sqrt{2} \approx 4.243$.

## Exercise 3.2

**(a)** $A^\top A = \begin{bmatrix} 2 & 1 \\ 1 & 2\end{bmatrix}$ and $A^\top b = (2, 4)^\top$, giving $\hat x = (0, 2)^\top$ and

$$p = A\hat x = \begin{bmatrix} 0 \\ 2 \\ 2 \end{bmatrix}.$$

**(b)** With $(A^\top A)^{-1} = \tfrac13\begin{bmatrix} 2 & -1 \\ -1 & 2\end{bmatrix}$,

$$M = \begin{bmatrix} 2 & 1 & -1 \\ 1 & 2 & 1 \\ -1 & 1 & 2 \end{bmatrix}.$$

(Sanity check: $\tfrac13 M b = (0, 2, 2)$, matching (a).)

## Exercise 3.3

$q_1 = \tfrac{1}{\sqrt2}(1, 1, 0)$.

**(a)** $u_2 = v_2 - (q_1^\top v_2)\,q_1 = (1, 0, 1) - \tfrac12(1, 1, 0) = \tfrac12(1, -1, 2)$.

**(b)**

- (i) $r_{12} = q_1^\top v_2 = \tfrac{1}{\sqrt2} \approx 0.7071$. Note that NumPy reports $-0.7071$ here, because its Householder-based QR flips the sign of $q_1$; both sign conventions give a valid QR factorisation, so $r_{12} = \pm\tfrac{1}{\sqrt2}$ are both acceptable.
- (ii) $r_{22} = \lVert u_2 \rVert = \sqrt{\tfrac14 + \tfrac14 + 1} = \sqrt{\tfrac32} = \tfrac{\sqrt6}{2} \approx 1.2247$.

## Exercise 3.4

$P$ has rank 2 (its eigenvalues are $1, 1, 0$), so $\det P = 1 \cdot 1 \cdot 0 = 0$: answer **(A)**."""

PGS_FOLLOW_Q = "thanks! what's I − P for 3.2, just out of curiosity?"
PGS_FOLLOW_A = r"""$I - P$ projects onto the orthogonal complement of the column space, which is the line spanned by $n = (1, -1, 1)$:

$$I - P = \frac{n n^\top}{n^\top n} = \frac13\begin{bmatrix} 1 & -1 & 1 \\ -1 & 1 & -1 \\ 1 & -1 & 1 \end{bmatrix}.$$

You can check that $(I - P)\,b = \tfrac13(2 - 0 + 4)(1, -1, 1) = (2, -2, 2)$, and indeed $p + (2, -2, 2) = (2, 0, 4) = b$."""


def pgs_export():
    with open(PGS_PROBLEMS_PATH, encoding="utf-8") as f:
        problems = f.read()
    c = "pgs"
    conv = {
        "uuid": uid(c, "conversation"),
        "name": "Projections and Gram-Schmidt problem set",
        "summary": "",
        "created_at": "2025-02-20T16:02:11.048213Z",
        "updated_at": "2025-02-20T16:09:47.930551Z",
        "account": {"uuid": uid("account")},
        "chat_messages": [
            cl_msg(c, "h1", "human", "2025-02-20T16:02:11.621107Z",
                   [cl_text_block("Can you solve exercises 3.1–3.4 in the attached file? Brief working is fine, "
                                  "I need the final answers to compare.",
                                  "2025-02-20T16:02:11.621107Z", "2025-02-20T16:02:11.621107Z")],
                   attachments=[{"file_name": "pset3.md", "file_size": len(problems.encode("utf-8")),
                                 "file_type": "text/markdown", "extracted_content": problems}]),
            cl_msg(c, "a1", "assistant", "2025-02-20T16:02:14.302977Z", [
                {"start_timestamp": "2025-02-20T16:02:14.302977Z", "stop_timestamp": "2025-02-20T16:02:29.118204Z",
                 "type": "thinking", "thinking": PGS_THINK,
                 "summaries": [{"summary": "Working through projection and Gram-Schmidt computations."}],
                 "cut_off": False},
                cl_text_block(PGS_TEXT1, "2025-02-20T16:02:29.200113Z", "2025-02-20T16:02:30.004512Z"),
                {"start_timestamp": "2025-02-20T16:02:30.101733Z", "stop_timestamp": "2025-02-20T16:02:33.556018Z",
                 "type": "tool_use", "name": "repl", "input": {"code": PGS_CODE}, "message": "Verifying with NumPy",
                 "integration_name": None, "integration_icon_url": None, "context": None, "display_content": None},
                {"start_timestamp": None, "stop_timestamp": None, "type": "tool_result", "name": "repl",
                 "content": [{"type": "text", "text": json.dumps({"status": "success", "logs": PGS_OUT.split("\n")}),
                              "uuid": uid(c, "toolres")}],
                 "is_error": False, "message": None, "display_content": None},
                cl_text_block(PGS_TEXT2, "2025-02-20T16:02:33.901220Z", "2025-02-20T16:02:51.734410Z"),
            ]),
            cl_msg(c, "h2", "human", "2025-02-20T16:09:21.007781Z",
                   [cl_text_block(PGS_FOLLOW_Q, "2025-02-20T16:09:21.007781Z", "2025-02-20T16:09:21.007781Z")]),
            cl_msg(c, "a2", "assistant", "2025-02-20T16:09:24.883190Z",
                   [cl_text_block(PGS_FOLLOW_A, "2025-02-20T16:09:24.883190Z", "2025-02-20T16:09:47.930551Z")]),
        ],
    }
    other = {
        "uuid": uid("gran", "conversation"),
        "name": "Birthday card for grandma",
        "summary": "",
        "created_at": "2025-02-18T09:12:40.117801Z",
        "updated_at": "2025-02-18T09:13:05.550012Z",
        "account": {"uuid": uid("account")},
        "chat_messages": [
            cl_msg("gran", "h1", "human", "2025-02-18T09:12:40.602114Z",
                   [cl_text_block("short birthday card message for my grandma turning 80, she loves gardening",
                                  "2025-02-18T09:12:40.602114Z", "2025-02-18T09:12:40.602114Z")]),
            cl_msg("gran", "a1", "assistant", "2025-02-18T09:12:43.009921Z",
                   [cl_text_block("Happy 80th birthday, Grandma! Thank you for teaching me that good things grow "
                                  "with patience and love — just like your roses. Wishing you a year full of "
                                  "sunshine and blooms. 🌷",
                                  "2025-02-18T09:12:43.009921Z", "2025-02-18T09:13:05.550012Z")]),
        ],
    }
    return [other, conv]


def dump(obj, rel, indent=None):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        if indent:
            f.write("\n")
    print("wrote", rel)


if __name__ == "__main__":
    dump(dt_export(), "decision-trees/transcripts/dt-chatgpt-export.json")
    dump(nbk_export(), "naive-bayes-knn/transcripts/nbk-chatgpt-export.json")
    dump(pgs_export(), "projections-gram-schmidt/transcripts/pgs-claude-export.json", indent=2)
