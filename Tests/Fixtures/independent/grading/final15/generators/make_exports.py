#!/usr/bin/env python3
"""Writes the JSON data exports of this corpus. Deterministic: re-running gives byte-identical files."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def msg(mid, role, t, text=None, ctype="text", name=None, recipient="all", **extra):
    content = {"content_type": ctype}
    if ctype == "text":
        content["parts"] = [text]
    elif ctype in ("code", "execution_output"):
        if ctype == "code":
            content["language"] = "unknown"
        content["text"] = text
    elif ctype == "thoughts":
        content["thoughts"] = extra.pop("thoughts")
        content["source_analysis_msg_id"] = mid + "-src"
    elif ctype == "reasoning_recap":
        content["content"] = text
    m = {
        "id": mid,
        "author": {"role": role, "name": name, "metadata": {}},
        "create_time": t,
        "update_time": None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": True if role == "assistant" and ctype == "text" else None,
        "weight": 1.0,
        "metadata": extra.get("metadata", {}),
        "recipient": recipient,
        "channel": None,
    }
    return m


def conversation(title, conv_id, t0, nodes, current=True):
    """nodes: list of (id, parent_id, message_or_None). Root has parent None."""
    mapping = {}
    for nid, parent, m in nodes:
        mapping[nid] = {"id": nid, "message": m, "parent": parent, "children": []}
    for nid, parent, m in nodes:
        if parent is not None:
            mapping[parent]["children"].append(nid)
    leaves = [n for n in mapping.values() if not n["children"] and n["message"] and n["message"]["create_time"]]
    latest = max(leaves, key=lambda n: n["message"]["create_time"])["id"]
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": max(m["create_time"] for _, _, m in nodes if m and m["create_time"]),
        "mapping": mapping,
    }
    if current:
        conv["current_node"] = latest if current is True else current
    conv.update({
        "conversation_id": conv_id,
        "id": conv_id,
        "is_archived": False,
        "default_model_slug": "gpt-4o",
    })
    return conv


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def root_nodes(prefix, t0):
    return [
        (prefix + "-root", None, None),
        (prefix + "-sys", prefix + "-root",
         msg(prefix + "-sys", "system", None, "", metadata={"is_visually_hidden_from_conversation": True})),
    ]


# ---------------------------------------------------------------- set 1: kmeans-pca
def kmeans_export():
    T = 1741700000.0
    p = "a1"
    user_q = ("HW6 below, please solve everything.\n\n"
              "Question 1 (k-means). Points x1=(1,1), x2=(2,1), x3=(3,1), x4=(4,3), x5=(5,4), x6=(6,5); "
              "k=2, squared Euclidean, initial mu1=(1,1), mu2=(5,4).\n(a) cluster of each point after the first "
              "assignment (b) updated centroids as 2x2 matrix, row1=mu1 (c) k-means objective\n\n"
              "Question 2 (PCA). Sigma = [[5, 2], [2, 2]].\n(a) largest eigenvalue (b) first principal direction, "
              "unit vector, positive first component (c) fraction of variance explained by PC1 (d) score of x=(3,1) "
              "(e) fewest PCs keeping >= 95% variance: (A) 0 (B) 1 (C) 2 (D) cannot be determined")
    old = ("**Question 1**\n\n(a) c = (1, 1, 1, 2, 2, 2)\n\n(b) μ₁ = (2, 1), μ₂ = (5, 4)\n\n(c) J = 6\n\n"
           "**Question 2**\n\n(a) λ₁ = 6\n\n(b) v₁ = (0.894, 0.447)\n\n(c) 6/8 = 0.75\n\n"
           "(d) 7/√5 ≈ 3.131\n\n(e) (C)")
    new = (
        "## Question 1 — k-means\n\n"
        "**(a)** Squared distances to the two centroids:\n\n"
        "| point | to μ₁ | to μ₂ |\n|---|---|---|\n| (1,1) | 0 | 25 |\n| (2,1) | 1 | 18 |\n| (3,1) | 4 | 13 |\n"
        "| (4,3) | 13 | 2 |\n| (5,4) | 25 | 0 |\n| (6,5) | 41 | 2 |\n\n"
        "Assignments: $c = (1,1,1,2,2,2)$.\n\n"
        "**(b)** The new centroids are the cluster means:\n\n"
        "$$\\begin{bmatrix} \\mu_1 \\\\ \\mu_2 \\end{bmatrix} = \\begin{bmatrix} 2 & 1 \\\\ 5 & 4 \\end{bmatrix}$$\n\n"
        "**(c)** $J = (1 + 0 + 1) + (2 + 0 + 2) = 6$.\n\n"
        "## Question 2 — PCA\n\n"
        "**(a)** $\\lambda^2 - 7\\lambda + 6 = 0 \\Rightarrow \\lambda \\in \\{6, 1\\}$, so $\\lambda_{\\max} = 6$.\n\n"
        "**(b)** $(\\Sigma - 6I)v = 0$ gives $v \\propto (2, 1)$, hence\n\n"
        "$$v_1 = \\left(\\tfrac{2}{\\sqrt5}, \\tfrac{1}{\\sqrt5}\\right) \\approx (0.894, 0.447)$$\n\n"
        "**(c)** $\\frac{6}{6+1} \\approx 0.857$\n\n"
        "**(d)** Projecting onto the direction $(2,1)$: $\\frac{x^\\top u}{u^\\top u} = \\frac{7}{5}$, so the score is $\\boxed{1.4}$.\n\n"
        "**(e)** PC1 keeps 85.7 %, which is close to 95 % for most practical purposes, so one component: **(B)**."
    )
    nodes = root_nodes(p, T) + [
        (p + "-u1", p + "-sys", msg(p + "-u1", "user", T + 10, user_q)),
        (p + "-x1", p + "-u1", msg(p + "-x1", "assistant", T + 60, old)),
        (p + "-th", p + "-u1", msg(p + "-th", "assistant", T + 30, ctype="thoughts", thoughts=[
            {"summary": "Computing PCA", "content": "Eigenvalues 6 and 1. Maybe the score is 7/5 = 1.4? or 7/sqrt5 ≈ 3.13. Explained 6/7.", "finished": True}])),
        (p + "-rr", p + "-th", msg(p + "-rr", "assistant", T + 31, "Thought for 9 seconds", ctype="reasoning_recap")),
        (p + "-a2", p + "-rr", msg(p + "-a2", "assistant", T + 40, new)),
    ]
    conv = conversation("k-means + PCA HW6", "67d0c1a4-77e2-8004-a3b1-0c5e2f9d8a11", T, nodes, current=p + "-a2")
    # The other branch (x1) is newer, but the user switched back to a2: current_node decides.
    dump(os.path.join(ROOT, "kmeans-pca", "transcripts", "conversations.json"), [conv])


# ---------------------------------------------------------------- set 2: lstm-batchnorm
def lstm_export():
    T = 1740900000.0
    other = conversation("Quick pasta sauce", "67c1aa00-1111-8000-9000-aaaaaaaaaaaa", T - 86400, root_nodes("o", T) + [
        ("o-u", "o-sys", msg("o-u", "user", T - 86300, "easy tomato sauce for 2, 20 minutes?")),
        ("o-a", "o-u", msg("o-a", "assistant", T - 86290,
                           "Sauté 2 cloves of garlic in olive oil, add 400 g crushed tomatoes, simmer 15 min, season. \ue200cite\ue202turn0search1\ue201")),
    ], current=False)
    p = "b1"
    user_q = ("Exercises 4.1–4.3 from week 4:\n4.1 scalar LSTM, z_i = 0, z_f = ln 3, z_o = ln 4, z_g = ln 2, c_{t-1} = 2. "
              "(a) c_t exactly (b) h_t to 3 dp (c) parameters of nn.LSTM(input_size=32, hidden_size=64)\n"
              "4.2 lstm = nn.LSTM(32, 64, num_layers=2, batch_first=True), x = torch.randn(8, 20, 32): (a) out.shape (b) h_n.shape\n"
              "4.3 batch x = (1, 3, 5, 7), gamma = 2, beta = 1, eps = 0, momentum 0.1. (a) variance used (b) output for x4 = 7, 3 dp "
              "(c) running variance after the update if it was 1 (unbiased in running estimate)")
    first = ("### 4.1\n(a) c_t = 1.8\n(b) h_t ≈ 0.757\n(c) 25,088\n\n### 4.2\n(a) (8, 20, 64)\n(b) (2, 8, 64)\n\n"
             "### 4.3\n(a) 5\n(b) 3.683\n(c) 1.567")
    second = (
        "### Exercise 4.1\n\n"
        "Gate values: $i = 0.5$, $f = 0.75$, $o = 0.8$, $g = \\tanh(\\ln 2) = 0.6$.\n\n"
        "**(a)** $c_t = 0.75 \\cdot 2 + 0.5 \\cdot 0.6 = 1.8$\n\n"
        "**(b)** $h_t = 0.8 \\tanh(1.8) = 0.8 \\cdot 0.9468 \\approx 0.757$\n\n"
        "**(c)** PyTorch's LSTM stacks the four gates\ue200cite\ue202turn0search3\ue201: "
        "$4\\,(H\\cdot I + H\\cdot H + H) = 4\\,(2048 + 4096 + 64) = 24{,}832$ parameters.\n\n"
        "### Exercise 4.2\n\n"
        "**(a)** `out.shape == (8, 20, 64)`\n\n"
        "**(b)** With `batch_first=True` the batch dimension comes first here too: `h_n.shape == (8, 2, 64)`\n\n"
        "### Exercise 4.3\n\n"
        "**(a)** Mean $4$, biased variance $\\frac{9+1+1+9}{4} = 5$. Answer: **5**\n\n"
        "**(b)** $y_4 = 2 \\cdot \\frac{3}{\\sqrt5} + 1 \\approx 3.683$\n\n"
        "**(c)** $0.9 \\cdot 1 + 0.1 \\cdot 5 = 1.4$, so the running variance becomes **1.400**."
    )
    nodes = root_nodes(p, T) + [
        (p + "-u1", p + "-sys", msg(p + "-u1", "user", T + 5, user_q)),
        (p + "-a1", p + "-u1", msg(p + "-a1", "assistant", T + 15, first)),
        (p + "-a2", p + "-u1", msg(p + "-a2", "assistant", T + 95, second)),
    ]
    graded = conversation("LSTM gates & BatchNorm", "67c2f0b2-3c4d-8005-b7e6-1d2e3f4a5b6c", T, nodes, current=False)
    dump(os.path.join(ROOT, "lstm-batchnorm", "transcripts", "conversations.json"), [other, graded])


def claude_export():
    problem = open(os.path.join(ROOT, "lstm-batchnorm", "problems.md"), encoding="utf-8").read()
    body = (
        "Here are all three exercises.\n\n"
        "## Exercise 4.1\n\n"
        "With $i=\\tfrac12$, $f=\\tfrac34$, $o=\\tfrac45$ and $g=\\tanh(\\ln 2)=\\tfrac35$:\n\n"
        "**(a)** $c_t = \\tfrac34\\cdot 2 + \\tfrac12\\cdot\\tfrac35 = \\tfrac95 = 1.8$\n\n"
        "**(b)** $h_t = 0.8\\tanh(1.8) \\approx 0.7574$\n\n"
        "**(c)** `nn.LSTM` has `weight_ih` (256×32), `weight_hh` (256×64), `bias_ih` (256) and `bias_hh` (256):\n\n"
        "$$8192 + 16384 + 256 + 256 = 25{,}088$$\n\n"
        "## Exercise 4.2\n\n"
        "**(a)** `out`: $8 \\times 20 \\times 64$\n\n"
        "**(b)** `h_n`: $2 \\times 8 \\times 64$ — `batch_first` does not apply to the hidden state.\n\n"
        "## Exercise 4.3\n\n"
        "**(a)** The batch mean is 4. BatchNorm estimates the variance without bias, so it normalises with "
        "$\\frac{20}{3} \\approx 6.667$.\n\n"
        "**(b)** $y_4 = 2\\cdot\\frac{3}{\\sqrt{20/3}} + 1 \\approx 3.324$\n\n"
        "**(c)** $0.9\\cdot 1 + 0.1\\cdot\\frac{20}{3} \\approx 1.567$"
    )
    conv = {
        "uuid": "5b0e7c1e-2a9d-4f0b-9e3c-7d1f2a6b8c90",
        "name": "Week 4 LSTM and batchnorm exercises",
        "created_at": "2025-03-03T09:12:44.118233Z",
        "updated_at": "2025-03-03T09:14:02.530911Z",
        "account": {"uuid": "0f0f0f0f-1111-2222-3333-444444444444"},
        "chat_messages": [
            {
                "uuid": "c1-h1", "sender": "human",
                "text": "Please solve the attached exercises 4.1–4.3.",
                "content": [{"type": "text", "text": "Please solve the attached exercises 4.1–4.3."}],
                "created_at": "2025-03-03T09:12:44.118233Z", "updated_at": "2025-03-03T09:12:44.118233Z",
                "attachments": [{"file_name": "week4.md", "file_size": len(problem.encode("utf-8")),
                                 "file_type": "text/markdown", "extracted_content": problem}],
                "files": [],
            },
            {
                "uuid": "c1-a1", "sender": "assistant",
                "text": body,
                "content": [
                    {"type": "thinking", "thinking": "c_t = 1.8. h_t = 0.8*tanh(1.8); tanh(1.8) ≈ 0.9468 → h ≈ 0.757. "
                     "Params 4*(64*32+64*64+64) = 24832? PyTorch has two biases → 25088. Let me check tanh numerically."},
                    {"type": "tool_use", "name": "repl", "input": {"code": "import math\nprint(0.8*math.tanh(1.8))\nprint(4*(64*32+64*64+2*64))"}},
                    {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "0.7574448102770147\n25088"}], "is_error": False},
                    {"type": "text", "text": body},
                ],
                "created_at": "2025-03-03T09:14:02.530911Z", "updated_at": "2025-03-03T09:14:02.530911Z",
                "attachments": [], "files": [],
            },
        ],
    }
    dump(os.path.join(ROOT, "lstm-batchnorm", "transcripts", "claude-export.json"), [conv])


# ---------------------------------------------------------------- set 3: tests-ridge-flops
def stats_export():
    T = 1741900000.0
    p = "c1"
    user_q = ("Problem set 3:\nProblem 1. n = 100 tosses, 60 heads. H0: p = 0.5 vs p != 0.5, normal approximation, no continuity "
              "correction. (a) z (b) two-sided p-value, 4 decimals (c) True or false: H0 rejected at alpha = 0.01.\n"
              "Problem 2. y = wx, x = (1,2,3), y = (2,3,5). (a)(i) least squares w, 4 dp (ii) ridge, lambda = 2, 4 dp "
              "(b) w <- w - eta (g + lambda_wd w) with w = 1.5, g = 0.4, eta = 0.1, lambda_wd = 0.01, exact.\n"
              "Problem 3. MACs of nn.Conv2d(3, 16, kernel_size=3, padding=1) on a 3x32x32 image, ignore bias.")
    draft = ("1(a) z = 2\n1(b) p = 0.0455\n1(c) False\n2(a)(i) 1.6429\n2(a)(ii) 1.4375\n2(b) 1.4585\n3: 442,368 MACs")
    code = ("from scipy.stats import norm\nz = (60 - 50) / (100 * 0.25) ** 0.5\np = 2 * norm.sf(abs(z))\n"
            "print(z, round(p, 4))\nprint(23/14, 23/16)\nprint(16*32*32*27)")
    out = "2.0 0.0455\n1.6428571428571428 1.4375\n442368"
    final = (
        "I checked the numbers with Python. \ue203\n\n"
        "**Problem 1**\n"
        "- (a) $z = \\dfrac{60-50}{5} = 2$\n"
        "- (b) $p = 2\\,\\Pr(Z > 2) = 0.0455$\n"
        "- (c) **False** — $0.0455 > 0.01$, so $H_0$ is not rejected at the 1 % level.\n\n"
        "**Problem 2**\n"
        "- (a)(i) $\\hat w = 23/14 \\approx 1.6429$\n"
        "- (a)(ii) $\\hat w_\\lambda = 23/16 = 1.4375$\n"
        "- (b) The gradient step and the decay step: $w = 1.5 - 0.1\\cdot 0.4 - 0.01\\cdot 1.5 = 1.445$\n\n"
        "**Problem 3**\n\n"
        "Output $16\\times32\\times32$, 27 MACs per output:\n\n"
        "```\n16 * 32 * 32 * 27 = 442,368 MACs\n```"
    )
    nodes = root_nodes(p, T) + [
        (p + "-u1", p + "-sys", msg(p + "-u1", "user", T + 3, user_q)),
        (p + "-d", p + "-u1", msg(p + "-d", "assistant", T + 9, draft)),
        (p + "-rr", p + "-u1", msg(p + "-rr", "assistant", T + 20, "Thought for 14 seconds", ctype="reasoning_recap")),
        (p + "-code", p + "-rr", msg(p + "-code", "assistant", T + 21, code, ctype="code", recipient="python")),
        (p + "-out", p + "-code", msg(p + "-out", "tool", T + 23, out, ctype="execution_output", name="python")),
        (p + "-a", p + "-out", msg(p + "-a", "assistant", T + 30, final)),
    ]
    conv = conversation("PS3 coin test / ridge / MACs", "67d3b9e0-9f1a-8006-8c2d-5e6f7a8b9c0d", T, nodes)
    dump(os.path.join(ROOT, "tests-ridge-flops", "transcripts", "conversations.json"), [conv])


if __name__ == "__main__":
    kmeans_export()
    lstm_export()
    claude_export()
    stats_export()
