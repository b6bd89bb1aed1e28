#!/usr/bin/env python3
"""Writes two exports for the gnn-message-passing set:
  gnn-message-passing/transcripts/conversations-regen.json   ChatGPT data export, two
      conversations; the graded one has a regenerated answer (abandoned first branch),
      thoughts + reasoning_recap nodes, a citation marker, and a follow-up turn in which
      the assistant corrects one answer. current_node is set.
  gnn-message-passing/transcripts/claude-two-chats.json   Claude data export with two
      conversations; the graded one has two human turns and thinking blocks."""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_lib import ChatGPTConversation, claude_message, uid, write_json  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TDIR = os.path.join(HERE, "..", "gnn-message-passing", "transcripts")

PASTE = """Graph: undirected, nodes {1,2,3,4}, edges 1–2, 1–3, 2–3, 3–4. Â = A + I, D̂ = diag(Â1), GCN: H' = σ(D̂^{-1/2} Â D̂^{-1/2} H W + 1 bᵀ).

Exercise 5.1 (Normalised adjacency)
(a) What is the degree of node 3 in A (no self-loop)?
(b) Compute the entry (D̂^{-1/2} Â D̂^{-1/2})_{34}. Give four decimal places.

Exercise 5.2 (Aggregation by hand) x = (1, 2, 3, 4)ᵀ
(a) With sum aggregation over neighbours (self excluded), what message does node 3 receive?
(b) Compute the mean over the closed neighbourhood, h = D̂^{-1} Â x, for all four nodes. Give the vector h.

Exercise 5.3 (Counting parameters)
(a) How many trainable parameters does a single GCN layer mapping 64 input features to 32 output features have (weight matrix plus bias)?
(b) The layer in (a) is applied to a graph with N = 100 nodes. What is the shape of H'?
(c) A GAT layer has 4 heads whose outputs are concatenated. Each head has a weight matrix W_k ∈ R^{64×16} and an attention vector a_k ∈ R^{2·16}; there are no biases. How many trainable parameters does the layer have?

Exercise 5.4 (Receptive field)
After stacking two GCN layers on the graph of Exercise 5.1, how many nodes (including node 4 itself) can influence the output representation of node 4?
(A) 1 (B) 2 (C) 3 (D) 4"""

# ================================================================ ChatGPT export
c = ChatGPTConversation("gnn-gpt", "GNN exercises ch5", 1742310000.0, model="o3")
c.text("sys", None, "system", None, "", hidden=True)
c.text("u1", "sys", "user", 2.5, PASTE)

OLD = r"""**5.1** (a) 3  (b) $1/\sqrt{8} \approx 0.3536$
**5.2** (a) 7  (b) $h = (2, 2, 2.5, 3.5)$
**5.3** (a) 2080  (b) $100 \times 32$  (c) 4224
**5.4** (D)"""
c.text("a_old", "u1", "assistant", 15.0, OLD)

c.add("th", "u1", "assistant", 70.0, {
    "content_type": "thoughts",
    "thoughts": [
        {"summary": "Normalising the adjacency",
         "content": "Self-loop degrees: node1 3, node2 3, node3 4, node4 2. Entry 34 = 1/sqrt(4*2)."},
        {"summary": "Counting parameters",
         "content": "GCN 64->32: 64*32 = 2048. GAT: per head 64*16 + 32."},
    ],
    "source_analysis_msg_id": uid("gnn-gpt", "analysis")})
c.add("rr", "th", "assistant", 88.0, {"content_type": "reasoning_recap", "content": "Thought for 18 seconds"})

CITE = "\ue200cite\ue202turn0search0\ue201"
NEW = (
    "Below I use the symmetric normalisation from Kipf & Welling's GCN paper " + CITE + ".\n\n"
    "## Exercise 5.1\n\n"
    "**(a)** In the GCN we always work with $\\hat A$, so node 3's degree counts its three neighbours plus the self-loop: "
    "**deg(3) = 4**.\n\n"
    "**(b)** $\\hat d_3 = 4$, $\\hat d_4 = 2$ and $\\hat A_{34} = 1$:\n\n"
    "$$\\left(\\hat D^{-1/2}\\hat A\\hat D^{-1/2}\\right)_{34} = \\frac{1}{\\sqrt{4\\cdot 2}} = \\frac{1}{2\\sqrt 2} \\approx 0.3536$$\n\n"
    "## Exercise 5.2\n\n"
    "**(a)** $x_1 + x_2 + x_4 = 1 + 2 + 4 = 7$\n\n"
    "**(b)** Row-normalising $\\hat A$ with $\\hat d = (3,3,4,2)$:\n\n"
    "$$h = \\hat D^{-1}\\hat A x = \\left(\\tfrac{6}{3},\\ \\tfrac{6}{3},\\ \\tfrac{10}{4},\\ \\tfrac{7}{2}\\right) = (2,\\ 2,\\ 2.5,\\ 3.5)$$\n\n"
    "## Exercise 5.3\n\n"
    "**(a)** The weight matrix is $64 \\times 32$, so the layer has **2048** trainable parameters.\n\n"
    "**(b)** $H' \\in \\mathbb{R}^{100 \\times 32}$, i.e. shape **(100, 32)**.\n\n"
    "**(c)** Each head: $64 \\cdot 16 + 2 \\cdot 16 = 1056$. Four heads: **4224**.\n\n"
    "## Exercise 5.4\n\n"
    "Each GCN layer mixes in one more hop. Node 4's only neighbour is node 3, and two layers reach node 3's neighbours, "
    "but only through node 3, so the nodes that influence node 4 are 3, 4 and one more hop from 3 counted once: **(C) 3**."
)
c.text("a_new", "rr", "assistant", 93.4, NEW,
       metadata={"content_references": [{"matched_text": CITE, "type": "grouped_webpages",
                                         "start_idx": NEW.index(CITE), "end_idx": NEW.index(CITE) + len(CITE),
                                         "alt": "([arXiv](https://arxiv.org/abs/1609.02907))"}]})
c.text("u2", "a_new", "user", 300.0,
       "5.4 doesnt look right, from node 4 you reach 3 in one hop and then both 1 and 2 in the second hop. so thats 4 nodes with node 4?")
FIX = r"""You're right, I undercounted. After two layers node 4's representation depends on its 2-hop closed neighbourhood:

- hop 0: node 4
- hop 1: node 3
- hop 2: nodes 1 and 2 (both adjacent to 3)

That is all four nodes, so the corrected answer to Exercise 5.4 is **(D) 4**."""
c.text("a2", "u2", "assistant", 306.8, FIX)

o = ChatGPTConversation("gnn-gpt-other", "Regex for ISO dates", 1742220000.0)
o.text("sys", None, "system", None, "", hidden=True)
o.text("u1", "sys", "user", 1.0, "regex for YYYY-MM-DD")
o.text("a1", "u1", "assistant", 4.0, "A simple version is `^\\d{4}-\\d{2}-\\d{2}$`. To restrict months and days: `^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`.")

write_json(os.path.join(TDIR, "conversations-regen.json"),
           [o.to_json(current="a1"), c.to_json(current="a2")], ensure_ascii=True)

# ================================================================= Claude export
K = "gnn-claude"
other = {
    "uuid": uid(K, "other"),
    "name": "Cover letter edits",
    "created_at": "2025-03-17T09:12:40.000118Z",
    "updated_at": "2025-03-17T09:13:02.771529Z",
    "account": {"uuid": uid(K, "account")},
    "chat_messages": [
        claude_message(K, "o1", "human", "2025-03-17T09:12:40.000118Z",
                       [{"type": "text", "text": "Make this sentence less stiff: 'I am writing to express my interest in the position of Research Intern.'"}]),
        claude_message(K, "o2", "assistant", "2025-03-17T09:13:02.771529Z",
                       [{"type": "text", "text": "Try: \"I'd love to join your team as a Research Intern this summer.\" It's direct and sounds like a person rather than a form."}]),
    ],
}

Q1 = PASTE.split("Exercise 5.3")[0].strip() + "\n\nstarting with 5.1 and 5.2"
A1_THINK = ("Degrees without self loops: 2, 2, 3, 1. With self-loops: 3, 3, 4, 2. Entry (3,4): 1/sqrt(8) = 0.35355. "
            "Sum message to node 3: neighbours 1, 2, 4 -> but the GCN includes the node itself... h = D^-1 Â x: 2, 2, 2.5, 3.5.")
A1 = r"""**Exercise 5.1**

(a) Node 3 is adjacent to nodes 1, 2 and 4, so its degree in $A$ is $3$.

(b) With self-loops the degrees are $\hat d = (3, 3, 4, 2)$. Since $\hat A_{34} = 1$,

$$\left(\hat D^{-1/2}\hat A\hat D^{-1/2}\right)_{34} = \frac{1}{\sqrt{\hat d_3 \hat d_4}} = \frac{1}{\sqrt{8}} = \frac{1}{2\sqrt{2}} \approx 0.3536$$

**Exercise 5.2**

(a) Node 3 aggregates over its neighbourhood $\{1, 2, 3, 4\}$:

$$m_3 = x_1 + x_2 + x_3 + x_4 = 1 + 2 + 3 + 4 = 10$$

(b) Mean over each closed neighbourhood:

$$h = \hat D^{-1}\hat A x = \begin{bmatrix} 1/3 & 1/3 & 1/3 & 0 \\ 1/3 & 1/3 & 1/3 & 0 \\ 1/4 & 1/4 & 1/4 & 1/4 \\ 0 & 0 & 1/2 & 1/2 \end{bmatrix}\begin{bmatrix} 1 \\ 2 \\ 3 \\ 4 \end{bmatrix} = \begin{bmatrix} 2 \\ 2 \\ 2.5 \\ 3.5 \end{bmatrix}$$"""

Q2 = "Exercise 5.3" + PASTE.split("Exercise 5.3", 1)[1]
A2_THINK = ("GCN: W 64x32 plus bias 32 -> 2080. Output: N x F_out. "
            "GAT: W_k 64*16 = 1024, a_k 32, per head 1056, x4 = 4224. Receptive field 2 hops from node 4: {4,3,1,2}.")
A2 = r"""**Exercise 5.3**

(a) $W \in \mathbb{R}^{64\times 32}$ has 2048 entries and $b \in \mathbb{R}^{32}$ adds 32, for a total of **2080** parameters.

(b) $H' = \hat D^{-1/2}\hat A\hat D^{-1/2} H W$ with $H \in \mathbb{R}^{100\times 64}$ and $W \in \mathbb{R}^{64 \times 32}$. Writing features first, as in the column convention, the output is **32 × 100**.

(c) Per head: $64 \times 16 + 2 \times 16 = 1056$ parameters. With 4 heads: $4 \times 1056 = \mathbf{4224}$.

**Exercise 5.4**

Two layers propagate information two hops. Node 4 reaches node 3 in one hop, and nodes 1 and 2 in two. Including node 4 itself that's 4 nodes, so the answer is **(D)**."""

T1, T2, T3, T4 = ("2025-03-18T21:40:05.119003Z", "2025-03-18T21:40:31.660871Z",
                  "2025-03-18T21:44:12.002915Z", "2025-03-18T21:44:30.587342Z")
graded = {
    "uuid": uid(K, "graded"),
    "name": "Graph neural nets ch5 exercises",
    "created_at": T1,
    "updated_at": T4,
    "account": {"uuid": uid(K, "account")},
    "chat_messages": [
        claude_message(K, "g1", "human", T1, [{"type": "text", "text": Q1}]),
        claude_message(K, "g2", "assistant", T2, [
            {"type": "thinking", "thinking": A1_THINK, "summaries": [{"summary": "Computing normalised adjacency and aggregations."}], "cut_off": False},
            {"type": "text", "text": A1}]),
        claude_message(K, "g3", "human", T3, [{"type": "text", "text": Q2}]),
        claude_message(K, "g4", "assistant", T4, [
            {"type": "thinking", "thinking": A2_THINK, "summaries": [{"summary": "Counting GCN and GAT parameters."}], "cut_off": False},
            {"type": "text", "text": A2}]),
    ],
}
write_json(os.path.join(TDIR, "claude-two-chats.json"), [graded, other], ensure_ascii=False)
