#!/usr/bin/env python3
"""Writes the export-format transcripts. Deterministic: re-running gives byte-identical files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE_S, CITE_M, CITE_E = "\ue200", "\ue202", "\ue201"

def node(nid, parent, children, role=None, parts=None, t=None, ctype="text", extra=None, msg_meta=None, recipient="all"):
    if role is None:
        return {"id": nid, "message": None, "parent": parent, "children": children}
    content = {"content_type": ctype}
    if ctype in ("text", "code"):
        if ctype == "text":
            content["parts"] = parts
        else:
            content["language"] = "python"; content["text"] = parts[0]
    elif ctype == "execution_output":
        content["text"] = parts[0]
    elif ctype == "thoughts":
        content["thoughts"] = [{"summary": s, "content": c} for s, c in parts]
        content["source_analysis_msg_id"] = nid + "-src"
    elif ctype == "reasoning_recap":
        content["content"] = parts[0]
    if extra:
        content.update(extra)
    m = {"id": nid, "author": {"role": role, "name": None, "metadata": {}}, "create_time": t,
         "update_time": None, "content": content, "status": "finished_successfully",
         "end_turn": True if role == "assistant" else None, "weight": 1.0,
         "metadata": msg_meta or {}, "recipient": recipient}
    return {"id": nid, "message": m, "parent": parent, "children": children}

def chain(specs, t0):
    """specs: list of (id, parent, children, role, parts, ctype, kw). returns mapping."""
    mp = {}
    for i, s in enumerate(specs):
        nid, parent, children, role, parts = s[:5]
        ctype = s[5] if len(s) > 5 else "text"
        kw = s[6] if len(s) > 6 else {}
        t = None if role is None else t0 + 37.25 * i + kw.pop("dt", 0)
        mp[nid] = node(nid, parent, children, role, parts, t, ctype, **kw)
    return mp

def conv(title, cid, t0, specs, current):
    mp = chain(specs, t0)
    c = {"title": title, "create_time": t0, "update_time": t0 + 3600, "mapping": mp,
         "moderation_results": [], "conversation_id": cid, "id": cid, "default_model_slug": "gpt-4o"}
    if current is not None:
        c["current_node"] = current
    return c

def dump(path, data):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")

# ---------------- set 1: bayes-entropy / chatgpt-export.json ----------------
U1 = ("Homework 2, CS 3410. Round decimals to three places.\n\n"
      "1. A disease has prevalence 1%. A test has sensitivity 0.95 and a false-positive rate of 8%.\n"
      "(a) What is P(+)?\n(b) What is P(D | +)?\n(c) A second, conditionally independent test is also positive. What is P(D | +,+)?\n\n"
      "2. 16 examples: 6 positive, 10 negative. Feature A: left child 5+/1−, right child 1+/9−. Base-2 logs.\n"
      "(a) Entropy H(Y) of the root.\n(b) Information gain of A.\n(c) Gini impurity of the root (exact fraction).\n"
      "(d) Feature B has information gain 0.30. Which split does ID3 choose first? (A) A (B) B (C) Either; they tie (D) Neither\n"
      "(e) True or false: the information gain of a split is never negative.")
A1_old = ("**1(a)** P(+) = 0.0887\n\n**1(b)** P(D|+) = 0.0095/0.0887 ≈ **0.119**\n\n**1(c)** ≈ 0.60\n\n"
          "**2(a)** 0.954\n\n**2(b)** 0.537\n\n**2(c)** 1/2\n\n**2(d)** (B)\n\n**2(e)** False")
A1 = ("## Problem 1 — Screening test\n\n"
      "### (a)\n\\[\nP(+) = 0.95\\cdot 0.01 + 0.08 \\cdot 0.99 = 0.0095 + 0.0792 = 0.0887\n\\]\n\n"
      "### (b)\n\\[\nP(D\\mid +) = \\frac{0.0095}{0.0887} \\approx 0.1071\n\\]\n"
      "**Answer:** $P(D\\mid +) \\approx 0.107$\n\n"
      "### (c)\nBoth tests are conditionally independent, so the likelihoods square:\n"
      "\\[\nP(D\\mid +,+) = \\frac{0.01\\cdot 0.95^2}{0.01\\cdot 0.95^2 + 0.99\\cdot 0.08^2} = \\frac{0.009025}{0.015361}\n\\]\n"
      "**Answer:** $P(D\\mid +,+) \\approx 0.59$\n\n"
      "## Problem 2 — Decision trees\n\n"
      "### (a)\n$$H(Y) = -\\tfrac{3}{8}\\log_2\\tfrac{3}{8} - \\tfrac{5}{8}\\log_2\\tfrac{5}{8} \\approx \\boxed{0.954}$$\n\n"
      "### (b)\nLeft child: $H(5/6) = 0.650$; right child: $H(1/10) = 0.469$.\n"
      "Weighted child entropy: $\\tfrac{6}{16}(0.650) + \\tfrac{10}{16}(0.469) = 0.537$, so IG = 0.537.\n\n"
      "Wait — 0.537 is the conditional entropy, not the gain. The gain is\n"
      "$$\\text{IG}(A) = 0.954 - 0.537 = \\boxed{0.418}$$\n\n"
      "### (c)\n$$\\text{Gini} = 1 - \\left(\\tfrac{3}{8}\\right)^2 - \\left(\\tfrac{5}{8}\\right)^2 = \\boxed{\\tfrac{15}{32}}$$\n\n"
      "### (d)\nIG(A) = 0.418 > 0.30 = IG(B), so ID3 splits on A first: **(A)**.\n\n"
      "### (e)\n**True.** Conditioning never increases entropy, so $H(Y) - H(Y\\mid A) \\ge 0$.")
c1 = conv("Bayes test + entropy HW", "6729b1e4-80c4-800a-9f3e-21d7aa0c5e11", 1762290000.0, [
    ("root", None, ["sys"], None, None),
    ("sys", "root", ["u1"], "system", [""], "text", {"msg_meta": {"is_visually_hidden_from_conversation": True}}),
    ("u1", "sys", ["a-old", "th"], "user", [U1]),
    ("a-old", "u1", [], "assistant", [A1_old]),
    ("th", "u1", ["a1"], "assistant", [("Bayes", "P(+) then Bayes; second test squares likelihoods. Entropy 6/16..."),
                                     ("Check", "gain = H(Y) − weighted child entropy; 0.537 is the child entropy")], "thoughts"),
    ("a1", "th", ["u2"], "assistant", [A1]),
    ("u2", "a1", ["a2"], "user", ["thanks!! is there a quick way to remember sensitivity vs specificity?"]),
    ("a2", "u2", [], "assistant", ["Sensitivity is the true-positive rate, P(+ | D); specificity is the true-negative rate, P(− | ¬D). "
                                   "Mnemonic: SnNout — a highly *sensitive* test, when *negative*, rules the disease *out*."]),
], "a2")
c0 = conv("Pasta for 4 people", "6729a001-1111-800a-aaaa-000000000001", 1762200000.0, [
    ("r", None, ["q"], None, None),
    ("q", "r", ["a"], "user", ["how much dry pasta for 4 people"]),
    ("a", "q", [], "assistant", ["About 400 g (100 g per person) for a main course; 75 g each as a starter."]),
], "a")
dump("bayes-entropy/transcripts/chatgpt-export.json", [c1, c0])

# ---------------- set 2: linalg-pca / conversations.json (no current_node) ----------------
U2 = ("PS3 — please solve and show steps.\n\nExercise 3.1 (a) eigenvalues of A = [[4,1],[2,3]], decreasing order. "
      "(b) det B, B = [[2,0,1],[1,3,2],[0,1,4]]. (c) orthogonal projection of v = (3,1,2) onto span{u}, u = (1,1,0).\n"
      "Exercise 3.2 points (2,1),(4,3),(0,1),(2,3): (a) covariance matrix with 1/n, (b) largest eigenvalue to 3 d.p., "
      "(c) fraction of total variance explained by PC1 to 3 d.p.\n"
      "Exercise 3.3 data 1,2,4,7,8,10, centroids 2 and 9, one iteration, exact fractions. Exercise 3.4: objective after the update, exact.")
CODE = ("import numpy as np\nA=np.array([[4,1],[2,3]]); B=np.array([[2,0,1],[1,3,2],[0,1,4]])\n"
        "X=np.array([[2,1],[4,3],[0,1],[2,3]],float)\nS=np.cov(X.T)\n"
        "print(np.linalg.eigvals(A), np.linalg.det(B))\nprint(S)\nev=np.linalg.eigvalsh(S); print(ev, ev.max()/ev.sum())")
OUT = ("[5. 2.] 21.000000000000004\n[[2.66666667 1.33333333]\n [1.33333333 1.33333333]]\n[0.50929427 3.49070573] 0.8726779962499649")
A2_old = "I'll compute these numerically first."
A2 = ("### Exercise 3.1\n\n**(a)** $\\lambda^2 - 7\\lambda + 10 = 0$, so the eigenvalues are $\\lambda = 5, 2$.\n\n"
      "**(b)** $\\det B = 21$ (expanding along the first row: $2\\cdot 10 - 0 + 1\\cdot 1$).\n\n"
      "**(c)** $\\operatorname{proj}_u v = \\frac{v^\\top u}{u^\\top u}u = 2u = (2, 2, 0)$.\n\n"
      "### Exercise 3.2\n\nFrom the computation above, the covariance matrix is\n\n"
      "$$\\Sigma = \\begin{bmatrix} 8/3 & 4/3 \\\\ 4/3 & 4/3 \\end{bmatrix}$$\n\n"
      "**(b)** Largest eigenvalue: $\\lambda_1 \\approx 3.491$.\n\n"
      "**(c)** Fraction explained by PC1: $\\approx 0.873$ " + CITE_S + "cite" + CITE_M + "turn0search1" + CITE_E + "\n\n"
      "### Exercise 3.3\n\n{1, 2, 4} → μ₁ = 7/3, {7, 8, 10} → μ₂ = 25/3.\n\n"
      "### Exercise 3.4\n\n$J = \\frac{14}{3} + \\frac{14}{3} = \\frac{28}{3} \\approx 9.33$\n\n"
      "| Exercise | Result |\n|---|---|\n| 3.1 | 5, 2; 21; (2, 2, 0) |\n| 3.2 | Σ above; 3.491; 0.873 |\n| 3.3 | 7/3, 25/3 |\n| 3.4 | 14/3 |")
A2_regen = ("Exercise 3.1: eigenvalues 5 and 2, det 21, projection (2,2,0).\nExercise 3.2: Σ = [[2,1],[1,1]], λ₁ = 2.618, ratio 0.873.\n"
            "Exercise 3.3: (7/3, 25/3). Exercise 3.4: 28/3.")
specs = [
    ("root", None, ["u1"], None, None),
    ("u1", "root", ["a0", "b0"], "user", [U2]),
    # branch b (earlier, regenerated away; its leaf is older)
    ("b0", "u1", [], "assistant", [A2_regen], "text", {"dt": -30}),
    ("a0", "u1", ["code"], "assistant", [A2_old]),
    ("code", "a0", ["out"], "assistant", [CODE], "code", {"recipient": "python"}),
    ("out", "code", ["a1"], "tool", [OUT], "execution_output"),
    ("a1", "out", [], "assistant", [A2], "text", {"dt": 400}),
]
cA = conv("PS3 linear algebra + PCA", "67300c11-2e0f-800a-b3b1-4a56e7d10c02", 1760380000.0, specs, None)
cA["mapping"]["out"]["message"]["author"]["name"] = "python"
cB = conv("Cover letter wording", "67300a00-0000-800a-b3b1-000000000009", 1760300000.0, [
    ("r", None, ["q"], None, None),
    ("q", "r", ["a"], "user", ["is 'I am writing to express my interest' too cliché?"]),
    ("a", "q", [], "assistant", ["A little. Try opening with the specific role and one concrete reason you fit it."]),
], None)
dump("linalg-pca/transcripts/conversations.json", [cB, cA])

# ---------------- set 2: linalg-pca / claude-export.json ----------------
PS3_TEXT = open(os.path.join(ROOT, "linalg-pca", "problems.md"), encoding="utf-8").read()
def cmsg(uuid, sender, t, text, blocks=None, attachments=None):
    blocks = blocks if blocks is not None else [{"type": "text", "text": text}]
    return {"uuid": uuid, "text": text, "content": blocks, "sender": sender, "created_at": t, "updated_at": t,
            "attachments": attachments or [], "files": []}
CT = ("Working from the attached problem set.\n\n"
      "**3.1 (a)** Characteristic polynomial λ² − 7λ + 10 = (λ − 5)(λ − 2) → eigenvalues **5, 2**.\n\n"
      "**3.1 (b)** det B = 2(3·4 − 2·1) − 0 + 1(1·1 − 3·0) = 2·9 + 1 = **19**\n\n"
      "**3.1 (c)** proj = (4/2)·(1, 1, 0) = **(2, 2, 0)**\n\n"
      "**3.2 (a)** Mean (2, 2). With the 1/n normalisation,\n\n"
      "$$\\Sigma = \\begin{pmatrix} 2 & 1 \\\\ 1 & 1 \\end{pmatrix}$$\n\n"
      "**3.2 (b)** λ₁ = (3 + √5)/2 ≈ 2.618 (or ≈ 3.491 if your course uses the n − 1 sample covariance).\n\n"
      "**3.2 (c)** λ₁ / tr Σ = 2.618 / 3 ≈ **0.873**\n\n"
      "**3.3** {1, 2, 4} and {7, 8, 10}, so μ₁ = **7/3**, μ₂ = **25/3**.\n\n"
      "**3.4** Before I compute this — do you want the objective measured with the old centroids (2, 9) or the updated ones? "
      "Courses differ on which one they call \"after the update\".")
THINK = "Eigenvalues 5,2. det: 2*(12-2)=20 plus 1*(1-0)=1 → hmm I'll write it out. Covariance 1/n: [[2,1],[1,1]]."
claude = [
    {"uuid": "c7d2a1e0-0000-4000-8000-000000000001", "name": "Grocery list", "created_at": "2025-10-10T08:00:00Z",
     "updated_at": "2025-10-10T08:01:00Z", "account": {"uuid": "acc-1"},
     "chat_messages": [cmsg("m-g1", "human", "2025-10-10T08:00:00Z", "make a grocery list for tacos"),
                       cmsg("m-g2", "assistant", "2025-10-10T08:00:20Z", "Tortillas, ground beef or beans, onion, cilantro, limes, cheese, salsa, lettuce.")]},
    {"uuid": "c7d2a1e0-0000-4000-8000-000000000002", "name": "PS3 linear algebra", "created_at": "2025-10-13T20:10:00Z",
     "updated_at": "2025-10-13T20:14:00Z", "account": {"uuid": "acc-1"},
     "chat_messages": [
         cmsg("m-1", "human", "2025-10-13T20:10:00Z", "Can you solve all of problem set 3 in the attached file?",
              attachments=[{"file_name": "ps3.md", "file_size": len(PS3_TEXT), "file_type": "text/markdown", "extracted_content": PS3_TEXT}]),
         cmsg("m-2", "assistant", "2025-10-13T20:11:30Z", CT,
              blocks=[{"type": "thinking", "thinking": THINK, "start_timestamp": "2025-10-13T20:10:05Z"},
                      {"type": "text", "text": CT}]),
         cmsg("m-3", "human", "2025-10-13T20:13:00Z", "thanks, I'll ask my TA about 3.4"),
         cmsg("m-4", "assistant", "2025-10-13T20:13:10Z", "Sounds good — good luck with the problem set!"),
     ]},
]
dump("linalg-pca/transcripts/claude-export.json", claude)

# ---------------- set 3: lstm-optim / chatgpt-export.json ----------------
U3 = ("DL-501 Assignment 4\n\nProblem 1. nn.LSTM(input_size=32, hidden_size=64, num_layers=1), PyTorch defaults (bias=True, batch_first=False).\n"
      "(a) How many trainable parameters? (b) Input shape (20, 8, 32): shape of the output tensor? (c) Parameters of nn.GRU(32, 64)?\n\n"
      "Problem 2. f(w) = (w1 − 3)^2 + 2 w2^2, w(0) = (0, 1), η = 0.1.\n(a) (i) ∇f(w(0)) (ii) w(1) after one GD step\n"
      "(b) heavy-ball: v(t+1) = 0.9 v(t) + ∇f(w(t)), w(t+1) = w(t) − η v(t+1), v(0) = 0. Compute w(2).\n"
      "(c) One Adam step with bias correction (β1 = 0.9, β2 = 0.999, ε = 1e-8). Compute w(1).")
A3_old = ("**1(a)** 4·(32·64 + 64·64 + 64) = 24,832\n**1(b)** (8, 20, 64)\n**1(c)** 18,432\n"
          "**2(a)(i)** (−6, 4)  **(ii)** (0.6, 0.6)\n**2(b)** (1.62, 0)\n**2(c)** (0.1, 0.9)")
A3 = ("## Problem 1\n\n"
      "**(a)** PyTorch keeps two bias vectors per gate:\n\n"
      "$$4\\,(64\\cdot 32 + 64\\cdot 64 + 64 + 64) = 4 \\cdot 6272 = 25{,}088$$\n\n"
      "**(b)** The output stacks the last layer's hidden state at every step: $(20, 8, 64)$ — or $(8, 20, 64)$ if the batch dimension comes first.\n\n"
      "**(c)** $3\\,(64\\cdot 32 + 64\\cdot 64 + 128) = \\boxed{18816}$\n\n"
      "## Problem 2\n\n"
      "**(a)(i)** $\\nabla f(w) = \\big(2(w_1-3),\\ 4w_2\\big)$, so $\\nabla f(w^{(0)}) = (-6,\\ 4)$.\n\n"
      "**(a)(ii)** $w^{(1)} = (0,1) - 0.1\\,(-6, 4) = (0.6,\\ 0.6)$\n\n"
      "**(b)** First step as in (a): $w^{(1)} = (0.6, 0.6)$. At $w^{(1)}$ the gradient is $(-4.8,\\ 2.4)$, so\n\n"
      "$$w^{(2)} = (0.6, 0.6) - 0.1\\,(-4.8,\\ 2.4) = (1.08,\\ 0.36)$$\n\n"
      "**(c)** After bias correction $\\hat m = g$, $\\hat v = g^2$, so each coordinate moves by $\\eta$ against the sign of its gradient:\n\n"
      "$$w^{(1)} = (0.1,\\ 0.9)$$\n\n"
      "**Final answers:** 1(a) 25,088 · 1(b) (20, 8, 64) / (8, 20, 64) · 1(c) 18,816 · 2(a) (−6, 4), (0.6, 0.6) · 2(b) (1.08, 0.36) · 2(c) (0.1, 0.9)")
c3 = conv("DL-501 A4 LSTM + optimisers", "6731f0aa-5b0c-800a-9d44-0f1e2a3b4c5d", 1761000000.0, [
    ("root", None, ["u1"], None, None),
    ("u1", "root", ["a-old", "th"], "user", [U3]),
    ("a-old", "u1", [], "assistant", [A3_old]),
    ("th", "u1", ["rr"], "assistant", [("Counting LSTM params", "4 gates; two biases in PyTorch. 4*(2048+4096+128)=25088"),
                                     ("Momentum", "v2 = 0.9*(-6,4) + (-4.8,2.4) = (-10.2,6) so w2=(1.62,0)")], "thoughts"),
    ("rr", "th", ["a1"], "assistant", ["Thought for 14 seconds"], "reasoning_recap"),
    ("a1", "rr", [], "assistant", [A3]),
], "a1")
dump("lstm-optim/transcripts/chatgpt-export.json", [c3])
