"""Exports for attention-embeddings: ChatGPT export without current_node (C2) and a
Claude export with several conversations and analysis-tool blocks (C5)."""
from common import ChatGPTConversation, ClaudeConversation, write_json

PASTE = """NLP PS2. Transformer encoder layer: d_model = 512, h = 8 heads (d_k = d_v = d_model/h), FFN inner width d_ff = 2048, all linear maps have biases. Batch B = 32 sequences of length n = 128.

Problem 1
(a) (i) Shape of the attention weights (after softmax) for the whole batch, order (batch, heads, queries, keys)?
    (ii) Parameters of the multi-head attention block: W^Q, W^K, W^V (each 512 → 512 with bias) and W^O (512 → 512 with bias)?
(b) Parameters of FFN(x) = W2 ReLU(W1 x + b1) + b2?
(c) q = (1, 1, 1, 1); k1 = (1, 1, 0, 0), k2 = (0, 0, 0, 0), k3 = (1, 1, 1, 1); v1 = (1, 0), v2 = (0, 1), v3 = (1, 1); d_k = 4.
    (i) attention weights, 3 dp  (ii) output vector, 3 dp

Problem 2
(a) cosine similarity of u = (1, 2, 2) and v = (2, 0, 1)
(b) skip-gram with negative sampling, centre + context tables, 300-dim, vocabulary 10,000: trainable parameters?
(c) king = (3, 3), man = (1, 2), woman = (1, 0). Nearest (Euclidean) to king − man + woman? A. queen = (3, 1.2)  B. prince = (3, 3.5)  C. girl = (0.5, 0.2)  D. woman = (1, 0)"""

FIRST = """**Problem 1**

(a)(i) $(32, 8, 128, 128)$

(a)(ii) $4 \\times (512 \\times 512 + 512) = 1{,}050{,}624$

(b) $2{,}099{,}712$

(c)(i) $(0.245, 0.090, 0.665)$ (ii) $(0.910, 0.755)$

**Problem 2**

(a) $4/(3\\sqrt5) \\approx 0.596$ (b) $6{,}000{,}000$ (c) A"""

SECOND = """Sure — here's a more detailed walk-through.

## Problem 1

### (a)
**(i)** The softmax is taken over the keys for every query position, and the heads are folded into the batch dimension when computing, so the attention weights form a tensor of shape

$$(32,\\ 128,\\ 128)$$

**(ii)** Each projection is a $512 \\times 512$ matrix:

$$4 \\times 512^2 = 1{,}048{,}576$$

parameters in the attention block.

### (b)
$W_1 \\in \\mathbb{R}^{2048 \\times 512}$ with $b_1 \\in \\mathbb{R}^{2048}$, $W_2 \\in \\mathbb{R}^{512 \\times 2048}$ with $b_2 \\in \\mathbb{R}^{512}$:

$$1{,}048{,}576 + 2{,}048 + 1{,}048{,}576 + 512 = \\mathbf{2{,}099{,}712}$$

### (c)
Scaled scores: $q\\cdot k_j/\\sqrt{4} = (1, 0, 2)$.

**(i)** $\\mathrm{softmax}(1, 0, 2) = \\left(\\frac{e}{1 + e + e^2}, \\frac{1}{1 + e + e^2}, \\frac{e^2}{1 + e + e^2}\\right) \\approx (0.245,\\ 0.090,\\ 0.665)$

**(ii)** $o = 0.245\\,(1,0) + 0.090\\,(0,1) + 0.665\\,(1,1) = (0.910,\\ 0.755)$

## Problem 2

**(a)** $\\cos\\theta = \\frac{u\\cdot v}{\\|u\\|\\|v\\|} = \\frac{4}{3 \\cdot \\sqrt5} = 0.5963$

**(b)** Two tables of $10{,}000 \\times 300$: $\\boxed{6{,}000{,}000}$

**(c)** $\\text{king} - \\text{man} + \\text{woman} = (3, 1)$; closest is queen at distance 0.2 → **A**."""


def chatgpt():
    convs = []
    # unrelated conversation 1
    r = ChatGPTConversation("recipe", "Quick weeknight dinners", 1739200000.0)
    r.system("sys", 1739200000.0)
    r.user("u1", "sys", "give me 3 vegetarian dinners under 30 minutes", 1739200010.0)
    r.assistant("a1", "u1", "1. **Chickpea curry** — 25 min\n2. **Halloumi wraps** — 15 min\n3. **Pesto gnocchi with peas** — 20 min", 1739200020.0)
    convs.append(r.to_json(current="a1"))

    c = ChatGPTConversation("attn-c2", "Transformer params + embeddings", 1739305000.0)
    c.system("sys", 1739305000.0)
    c.user("u1", "sys", PASTE, 1739305012.0)
    c.assistant("a1-short", "u1", FIRST, 1739305030.0)
    c.user("u2", "a1-short", "thanks", 1739305090.0)
    c.assistant("a2", "u2", "You're welcome! Good luck with the problem set.", 1739305094.0)
    # later the student regenerated the first answer, asking for more detail
    c.assistant("a1-long", "u1", SECOND, 1739305400.0)
    conv = c.to_json(drop_current=True)
    convs.append(conv)

    o = ChatGPTConversation("resume", "Resume bullet points", 1739400000.0)
    o.system("sys", 1739400000.0)
    o.user("u1", "sys", "rewrite: 'did data cleaning for lab project'", 1739400005.0)
    o.assistant("a1", "u1", "- Cleaned and validated 120k survey records in pandas, cutting downstream analysis errors by 30%", 1739400011.0)
    convs.append(o.to_json(current="a1"))
    write_json("../attention-embeddings/transcripts/chatgpt-no-current-node.json", convs)


CLAUDE_MAIN = """Here are the solutions for Problem Set 2.

## Problem 1

**(a)(i)** One $n \\times n$ matrix per sequence and head, in the order (batch, heads, queries, keys): **32 × 8 × 128 × 128**.

**(a)(ii)** Each of $W^Q, W^K, W^V, W^O$ has $512 \\times 512 = 262{,}144$ weights plus $512$ biases. That gives either **1,050,624** or **1,048,576** parameters — implementations differ on whether these projections carry biases, so either figure can be the expected one.

**(b)** $W_1$: $512 \\cdot 2048 + 2048 = 1{,}050{,}624$; $W_2$: $2048 \\cdot 512 + 512 = 1{,}049{,}088$. Total: **2,099,712**.

**(c)** Using the computation above:

- (i) attention weights ≈ **(0.245, 0.090, 0.665)**
- (ii) output ≈ **(0.910, 0.755)**

## Problem 2

**(a)** $u \\cdot v = 4$, and $\\|u\\|\\,\\|v\\| = 3 \\times 5 = 15$, so $\\cos(u, v) = 4/15 \\approx 0.267$.

**(b)** Two tables, each $10{,}000 \\times 300$: $2 \\times 3{,}000{,}000 = $ **6,000,000** parameters.

I've run out of room for a careful answer to (c) — want me to do it in a follow-up?"""


def claude():
    other = ClaudeConversation("claude-other", "Cover letter for summer internship", "2025-02-08T10:02:44.000000Z")
    other.human("Can you tighten this opening sentence? 'I am writing to express my interest in the position.'", "2025-02-08T10:02:44.000000Z")
    other.assistant([("text", "Try: \"I'd love to bring my experience building NLP pipelines to your summer research team.\"")], "2025-02-08T10:02:51.000000Z")

    c = ClaudeConversation("attn-c5", "NLP PS2 attention and word vectors", "2025-02-12T16:40:03.511000Z")
    c.human(PASTE, "2025-02-12T16:40:03.511000Z")
    c.assistant([
        ("thinking", "Shape (32, 8, 128, 128). Params 4*(512*512+512) = 1,050,624. FFN 2,099,712. For (c) let me compute the softmax numerically."),
        ("tool_use", ("repl", {"code": "const s=[1,0,2].map(Math.exp);const Z=s.reduce((a,b)=>a+b);const w=s.map(x=>x/Z);console.log(w.map(x=>x.toFixed(4)), (w[0]+w[2]).toFixed(4), (w[1]+w[2]).toFixed(4))"})),
        ("tool_result", ("repl", "{\"status\":\"success\",\"logs\":[\"[\\\"0.2447\\\",\\\"0.0900\\\",\\\"0.6652\\\"] 0.9100 0.7553\"]}")),
        ("text", CLAUDE_MAIN),
    ], "2025-02-12T16:40:41.270000Z")
    write_json("../attention-embeddings/transcripts/claude-multi-conversation.json", [other.to_json(), c.to_json()])


if __name__ == "__main__":
    chatgpt()
    claude()
