"""Export for rl-value-iteration: ChatGPT export with several conversations, a regenerated
branch and reasoning nodes (D1)."""
from common import ChatGPTConversation, write_json

PASTE = """COMP 767 Assignment 2 — please answer everything.

Problem 1 (value iteration). Deterministic MDP, states s1, s2 and terminal s3 (value always 0), γ = 0.9.
state | action | next | reward
s1 | a | s2 | 0
s1 | b | s1 | 1
s2 | a | s3 | 10
s2 | b | s1 | 2
Value iteration V_{k+1}(s) = max_a [r(s,a) + γ V_k(s')] from V_0 ≡ 0; report (V(s1), V(s2), V(s3)).
(a) V_1  (b) V_2  (c) V*  (d) Which policy is optimal? (A) π(s1)=a, π(s2)=a (B) π(s1)=a, π(s2)=b (C) π(s1)=b, π(s2)=a (D) π(s1)=b, π(s2)=b

Problem 2 (TD control). (a) Q-learning, α = 0.1, γ = 0.9, Q(s,a) = 2.0, r = 1, max_a' Q(s',a') = 5: updated Q(s,a)? (b) True or false: Q-learning is an on-policy algorithm.

Problem 3 (policy evaluation). Two-state MRP, P = [[0.5, 0.5], [0.2, 0.8]], R = (1, 0), γ = 0.5. Solve V = R + γPV and report V(s1)."""

BRANCH_OLD = """**Problem 1**

- (a) $V_1 = (1, 10, 0)$
- (b) $V_2 = (9, 10, 0)$
- (c) Staying in $s_1$ forever is worth $1/(1 - 0.9) = 10$, and then $V(s_2) = \\max(10, 2 + 0.9 \\cdot 10) = 11$, so $V^* = (10, 11, 0)$.
- (d) **D**

**Problem 2**: (a) $2.35$ (b) False

**Problem 3**: $V(s_1) = 24/17 \\approx 1.412$"""

BRANCH_NEW = """### Problem 1

**(a)** With $V_0 = 0$, $V_1(s) = \\max_a r(s, a)$:

$$V_1 = (1,\\ 10,\\ 0)$$

**(b)**

$$V_2(s_1) = \\max\\{0 + 0.9 \\cdot 10,\\ 1 + 0.9 \\cdot 1\\} = 9, \\qquad V_2(s_2) = \\max\\{10,\\ 2 + 0.9 \\cdot 1\\} = 10$$

$$V_2 = (9,\\ 10,\\ 0)$$

**(c)** The route $s_1 \\xrightarrow{a} s_2 \\xrightarrow{a} s_3$ collects the big terminal reward, and from $V_2$ on, $V(s_2) = 10$ is fixed because exiting dominates $2 + 0.9V(s_1)$. Then $V(s_1) = 0.9 \\times 10 = 9$. Therefore

$$\\boxed{V^* = (9,\\ 10,\\ 0)}$$

**(d)** Acting greedily with respect to $V^*$: in $s_1$ take $a$ (9 vs $1 + 8.1 = 9.1$... ties broken toward reaching the goal), in $s_2$ take $a$. **Answer: (A)**

### Problem 2

**(a)** $Q(s,a) \\leftarrow 2.0 + 0.1\\,(1 + 0.9 \\cdot 5 - 2.0) = 2.0 + 0.35 = \\mathbf{2.35}$

**(b)** **False** — Q-learning is off-policy; SARSA is the on-policy analogue.

### Problem 3

$(I - \\gamma P)V = R$ with $I - 0.5P = \\begin{pmatrix} 0.75 & -0.25 \\\\ -0.1 & 0.6 \\end{pmatrix}$, determinant $0.425$:

$$V(s_1) = \\frac{0.6}{0.425} = \\frac{24}{17} \\approx 1.4118$$"""


def chatgpt():
    convs = []
    g = ChatGPTConversation("rl-other", "Explain eligibility traces", 1741800000.0)
    g.system("sys", 1741800000.0)
    g.user("u1", "sys", "what does lambda do in TD(lambda), one paragraph", 1741800004.0)
    g.assistant("a1", "u1", "In TD(λ), λ ∈ [0, 1] controls how far credit is spread back along the trajectory: λ = 0 gives one-step TD(0), λ = 1 approaches Monte Carlo returns, and values in between average n-step returns with weights $(1-λ)λ^{n-1}$.", 1741800012.0)
    convs.append(g.to_json(current="a1"))

    c = ChatGPTConversation("rl-d1", "COMP 767 A2 value iteration", 1741860000.0)
    c.system("sys", 1741860000.0)
    c.user("u1", "sys", PASTE, 1741860021.0)
    # original answer (later regenerated away; not the graded branch)
    c.thoughts("th-old", "u1", [("Value iteration", "Self-loop in s1 worth 10 > 9.")], 1741860040.0)
    c.recap("rc-old", "th-old", "Thought for 8 seconds", 1741860041.0)
    c.assistant("a-old", "rc-old", BRANCH_OLD, 1741860055.0, model="o4-mini")
    # regenerated answer: this is the branch current_node points to
    c.thoughts("th-new", "u1", [
        ("Sweeping values", "V1 = (1, 10, 0); V2 = (9, 10, 0). V3(s1) = max(9, 1 + 8.1) = 9.1? maybe the self loop eventually gives 10 and s2 gives 11."),
        ("Finishing", "Going with the goal-reaching path."),
    ], 1741860190.0)
    c.recap("rc-new", "th-new", "Thought for 14 seconds", 1741860191.0)
    c.assistant("a-new", "rc-new", BRANCH_NEW, 1741860210.0, model="o4-mini")
    c.user("u2", "a-new", "thanks!! can you also say what V_3 is, just to check my table?", 1741860400.0)
    c.assistant("a2", "u2", "Sure: $V_3(s_1) = \\max(0.9 \\cdot 10,\\ 1 + 0.9 \\cdot 9) = 9.1$ and $V_3(s_2) = \\max(10,\\ 2 + 0.9 \\cdot 9) = 10.1$, so $V_3 = (9.1, 10.1, 0)$.", 1741860411.0, model="o4-mini")
    convs.append(c.to_json(current="a2"))
    write_json("../rl-value-iteration/transcripts/chatgpt-export-reasoning.json", convs)


if __name__ == "__main__":
    chatgpt()
