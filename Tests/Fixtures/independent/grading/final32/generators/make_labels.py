#!/usr/bin/env python3
"""Write <set>/labels.yaml from the hand labels below (the labels were decided by hand while
reading each transcript; this script only serialises them). Deterministic output."""
import os, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = """# Hand labels for every transcript x every key part of this set.
# verdict rules:
#   correct    the final answer for the part equals the key (decimals: equal to the key rounded to the precision shown, at least 3 significant figures unless the problem asks for fewer)
#   incorrect  a final answer is given and differs from the key
#   missing    no answer of the expected kind (skipped, asked a question back, or only numbers echoed from the question)
#   unclear    two or more different final answers, none withdrawn
# An answer withdrawn by the model ("wait, ...") is not the answer. A later assistant turn on the graded branch that corrects an answer overrides it. User text is never an answer.
#
# answer: plain canonical form (vectors and intervals as [a, b], choices a letter, true/false
# lower case); null when missing; a list of the candidates when unclear.
# evidence: one line (or a substring of one line) quoted verbatim from the graded assistant text;
# null when there is nothing to quote.
"""

def P(verdict, answer, evidence, note=None):
    d = {"verdict": verdict, "answer": answer, "evidence": evidence}
    if note: d["note"] = note
    return d
C = lambda a, e, n=None: P("correct", a, e, n)
I = lambda a, e, n=None: P("incorrect", a, e, n)
M = lambda e=None, n=None: P("missing", None, e, n)
U = lambda a, e, n=None: P("unclear", a, e, n)

LABELS = {}

# ------------------------------------------------------------------ numerical-methods
LABELS["numerical-methods"] = {
 "chat-copy.md": {"parts": {
  "1a": C("(2x^3 + 5)/(3x^2 - 2)", r"\boxed{g(x) = \frac{2x^3 + 5}{3x^2 - 2}}"),
  "1b": C("2.0946", r"**Answer:** $x_2 \approx 2.0946$"),
  "2a": I("[1.25, 1.5]", r"After three bisection steps the bracket is **[1.25, 1.5]**.",
          "The table stops after two steps; the bracket after two steps is reported as the three-step answer."),
  "2b": C("20", r"$$n = 20$$", "n = 19 is stated first and then withdrawn ('Wait — ... Let me redo that')."),
  "3a": C("1.7272", r"**Answer:** $T_4 \approx 1.7272$"),
  "3b": I("1.71828", r"**Answer:** $S_4 \approx 1.71828$",
          "Look-alike: 1.71828 is e - 1 (the exact integral), not the Simpson value 1.71832."),
  "4": C("[1.65, 1.5]", r"$$\boxed{x^{(2)} = (1.65,\ 1.5)^T}$$"),
  "5": C("true", r"**True.** Strict row diagonal dominance guarantees convergence of both Jacobi and Gauss–Seidel for any initial guess."),
 }},
 "pdf-print.txt": {"parts": {
  "1a": M(None, "Printed to PDF: the display equation holding g(x) vanished, leaving blank lines after 'the iteration function is'. No expression survives."),
  "1b": C("2.0946", "x2 ≈ 2.0946"),
  "2a": C("[1.375, 1.5]", "Bracket after three steps: [1.375, 1.5]"),
  "2b": C("20", "number of steps is n = 20."),
  "3a": C("1.7272", "T4 ≈ 1.7272"),
  "3b": C("1.71832", "S4 ≈ 1.71832"),
  "4": M(None, "The display equation with x^(2) vanished in the PDF print; only x^(1) = (2.25, 2.4) and the exact solution (11/6, 5/3) remain, neither is the asked iterate."),
  "5": I("false", "False. Strict diagonal dominance guarantees convergence of the Jacobi method, but for"),
 }},
 "chatgpt-export.json": {"parts": {
  "1a": C("(2x^3 + 5)/(3x^2 - 2)", r"g(x) = \frac{x(3x^2 - 2) - (x^3 - 2x - 5)}{3x^2 - 2} = \frac{2x^3 + 5}{3x^2 - 2}."),
  "1b": I("2.0945", r"$$x_2 = 2.0945$$",
          "Near miss: 2.094568 truncated instead of rounded (problem says round, do not truncate). Graded branch is current_node's (the regenerated answer with the python run); the original sibling says 2.0946 and is not graded."),
  "2a": C("[1.375, 1.5]", r"the bracket after three steps is $[1.375,\ 1.5]$"),
  "2b": C("20", r"the smallest such integer is $n = 20$"),
  "3a": C("1.7272", r"**(a)** Trapezoid: $T_4 = 1.727222 \approx \mathbf{1.7272}$"),
  "3b": C("1.71832", r"**(b)** Simpson: $S_4 = 1.718319 \approx \mathbf{1.71832}$"),
  "4": I("[1.875, 1.65]", r"**Answer:** $x^{(2)} = (1.875,\ 1.65)^T$",
         "The code sweeps Gauss-Seidel style (uses the fresh x1), so this is the Gauss-Seidel iterate, not Jacobi. The follow-up gives the exact solution (11/6, 5/3), which does not replace x^(2)."),
  "5": C("true", r"**True.** Strict diagonal dominance by rows implies that both Jacobi and Gauss–Seidel converge for any starting vector.",
         "The non-graded original branch says False."),
 }},
 "claude-export.json": {"conversation": "Numerical methods homework 4", "parts": {
  "1a": C("(2x^3 + 5)/(3x^2 - 2)", r"$$g(x) = x - \frac{x^3 - 2x - 5}{3x^2 - 2} = \frac{3x^3 - 2x - x^3 + 2x + 5}{3x^2 - 2} = \frac{2x^3 + 5}{3x^2 - 2}$$"),
  "1b": C("2.0946", r"$$x_2 = 2.1 - \frac{0.061}{11.23} = 2.094568\ldots \approx 2.0946$$"),
  "2a": U(["[1.375, 1.5]", "[1.25, 1.5]"], r"After three steps the bracket is $[1.375, 1.5]$ — or $[1.25, 1.5]$ if your course counts the first midpoint evaluation as step 0.",
          "Two intervals offered, the choice left to the student; neither withdrawn."),
  "2b": C("20", r"so **$n = 20$**"),
  "3a": I("1.7268", r"so $T_4 \approx 1.7268$.",
          "Addition slip: the bracket sums to 6.908887, not 6.907287, so 1.7268 instead of 1.7272. The follow-up turn does not restate a value."),
  "3b": C("1.71832", r"so $S_4 \approx 1.71832$."),
  "4": C("[1.65, 1.5]", r"So $x^{(2)} = (1.65, 1.5)^T$."),
  "5": M("Could you paste the full question? I don't want to guess what it asks.",
         "The attachment's extracted_content is cut off inside question 5, so Claude asks back. The thinking block guesses 'true', but thinking is not answer text. The user then says they will do 5 themselves."),
 }},
 "student-notes.txt": {"parts": {
  "1a": I("(2x^3 - 5)/(3x^2 - 2)", "So g(x) = (2x^3 - 5)/(3x^2 - 2).",
          "Sign slip in the numerator (-5 instead of +5). Q1/A1... are the student's turn labels, not problem numbers (Q1 is about question 3)."),
  "1b": M(None, "The student did 1(b) by hand and never asked; x_2 appears nowhere."),
  "2a": C("[1.375, 1.5]", "(a) After three steps the bracket is [1.375, 1.5]."),
  "2b": I("19", "so the answer is n = 19 steps."),
  "3a": C("1.7272", "so T ≈ 1.7272."),
  "3b": C("1.71832", "so S ≈ 1.71832."),
  "4": C("[1.65, 1.5]", "x^(2) = ((9 - 2.4)/4, (12 - 4.5)/5) = (1.65, 1.5)"),
  "5": C("true", "True. For a strictly row diagonally dominant matrix the Gauss-Seidel iteration matrix has spectral radius less than 1"),
 }},
}

# ------------------------------------------------------------------ prob-stats
LABELS["prob-stats"] = {
 "user-assistant.txt": {"parts": {
  "2.1a": C("0.117", "P(+) = P(+|D)P(D) + P(+|no D)P(no D) = 0.95 × 0.02 + 0.10 × 0.98 = 0.019 + 0.098 = **0.117**"),
  "2.1b": M(None, "The user's paste left out Exercise 2.1(b); the posterior is never computed."),
  "2.2a": C("2.1", "(a) For a binomial, Var(X) = np(1 − p) = 10 × 0.3 × 0.7 = **2.1**"),
  "2.2b": I("0.23", "(b) P(X = 2) = C(10,2) (0.3)^2 (0.7)^8 = 45 × 0.09 × 0.0576 ≈ **0.23**",
            "Rounded too coarsely: two significant figures where four decimals are asked (key 0.2335); the rule needs at least 3 s.f."),
  "2.3a": C("8", "(a) x̄ = (4 + 7 + 7 + 9 + 13)/5 = 40/5 = **8**"),
  "2.3b": C("11", "(b) With the unbiased estimator, s² = 44/(5 − 1) = 44/4 = **11**.",
            "First turn says 8.8 (divides by n); the second assistant turn corrects it to 11, which overrides."),
  "2.3c": C("[3.883, 12.117]", "**(3.883, 12.117)**",
            "First turn's (4.317, 11.683) is corrected in the later turn."),
  "2.4": C("C", "Var(2X − Y) = 2²Var(X) + (−1)²Var(Y) = 16 + 9 = 25, so the answer is **(C)**."),
 }},
 "you-said.md": {"parts": {
  "2.1a": C("0.117", "$$P(+) = 0.95(0.02) + 0.10(0.98) = 0.019 + 0.098 = 0.117$$"),
  "2.1b": U(["0.1624", "0.0190"], r"$$P(D \mid +) = \frac{P(+\mid D)P(D)}{P(+)} = \frac{0.019}{0.117} \approx 0.1624$$",
            "The closing summary table gives 0.0190 (the joint probability) for 2.1(b); body and summary disagree and neither is withdrawn."),
  "2.2a": I("0.21", r"**(a)** $\operatorname{Var}(X) = np(1-p) = 10 \times 0.3 \times 0.7 = 0.21$",
            "Arithmetic slip (10 x 0.21 = 2.1); the summary table repeats 0.21."),
  "2.2b": C("0.2335", r"$$P(X=2) = \binom{10}{2}(0.3)^2(0.7)^8 = 45 \times 0.09 \times 0.05764801 = 0.23347\ldots \approx 0.2335$$"),
  "2.3a": C("8", r"**(a)** $\bar x = 40/5 = 8$"),
  "2.3b": C("11", "so $s^2 = 44/4 = 11$."),
  "2.3c": I("[5.093, 10.907]", r"$$\text{CI} = (5.093,\ 10.907)$$",
            "Uses the normal 1.96 instead of the t value 2.776 the problem gives."),
  "2.4": C("C", r"= 16 + 9 = 25$ → **(C)**"),
 }},
 "chatgpt-export.json": {"conversation": "Stats sheet 2 Bayes binomial", "parts": {
  "2.1a": C("0.117", r"**(a)** $P(+) = 0.117$",
            "This export has no current_node: the graded branch is the leaf with the latest create_time (the regenerated o3 answer followed by the E[X] question), traced back by parent links. The older sibling answer (11, (3.883, 12.117), C) is not graded."),
  "2.1b": C("19/117", r"**(b)** By Bayes' theorem, $P(D\mid +) = \dfrac{0.019}{0.117} = \dfrac{19}{117} \approx 0.1624$."),
  "2.2a": C("2.1", r"**(a)** $\operatorname{Var}(X) = np(1-p) = 10(0.3)(0.7) = 2.1$"),
  "2.2b": C("0.2335", r"\times 0.09 \times 0.057648 \approx 0.2335$"),
  "2.3a": C("8", r"**(a)** $\bar x = 40/5 = 8$"),
  "2.3b": I("8.8", r"$$s^2 = \frac{44}{5} = 8.8$$", "Biased (divide by n) variance; the problem asks for the n-1 version."),
  "2.3c": I("[4.317, 11.683]", r"giving the interval $(4.317,\ 11.683)$"),
  "2.4": I("B", "so the answer is **(B)**.", "Coefficient not squared: 2 Var(X) + Var(Y) = 17."),
 }},
 "emoji-headings.md": {"parts": {
  "2.1a": C("0.117", r"- (a) $P(+) = 0.02 \times 0.95 + 0.98 \times 0.10 = 0.117$"),
  "2.1b": C("19/117", r"- (b) $P(D \mid +) = \dfrac{0.019}{0.117} = \dfrac{19}{117}$ ✅ (≈ 0.1624)"),
  "2.2a": C("2.1", r"- (a) $\operatorname{Var}(X) = np(1-p) = 2.1$"),
  "2.2b": I("0.3335", r"\times 0.0823543 \approx 0.3335$", "Uses 0.7^7 instead of 0.7^8."),
  "2.3a": C("8", r"**2.3 (a)** The mean is $\bar x = \frac{4+7+7+9+13}{5} = 8$."),
  "2.3b": C("11", r"$$s^2 = \frac{44}{n-1} = \frac{44}{4} = 11.$$"),
  "2.3c": M(r"To finish I need the critical value $t^{*}$ for 4 degrees of freedom",
            "Question back (the user's paste omitted t = 2.776); the standard error is given but no interval, and the user never follows up."),
  "2.4": U(["C", "A"], r"which would give $16 - 9 = 7$, i.e. **(A)**.",
           "Gives (C) and then (A) under a made-up 'convention', telling the student to pick; neither is withdrawn."),
 }},
 "bare-answers.txt": {"parts": {
  "2.1a": C("0.117", "2.1 (a) P(+) = 0.02·0.95 + 0.98·0.10 = 0.117"),
  "2.1b": C("0.162", "(b) P(D|+) = 0.019/0.117 ≈ 0.162",
            "The problem asks for the exact fraction; 0.162 is 19/117 = 0.16239 to 3 s.f., which the rule counts as correct. Reviewers may dispute."),
  "2.2a": C("2.1", "2.2 (a) Var(X) = 10·0.3·0.7 = 2.1"),
  "2.2b": C("0.2335", "(b) P(X=2) = 45·0.3²·0.7⁸ ≈ 0.2335"),
  "2.3a": C("8", "2.3 (a) x̄ = 8"),
  "2.3b": U(["8.8", "11"], "(b) s² = 8.8 or 11 depending on the convention",
            "Two values, no choice made, although the problem fixes the n-1 convention."),
  "2.3c": C("[3.88, 12.12]", "(c) 8 ± 2.776·√(11/5) → (3.88, 12.12)",
            "Two decimals where three are asked; each endpoint equals the key rounded to the precision shown with at least 3 s.f., so correct by the rule. Reviewers may dispute."),
  "2.4": I("A", "2.4 Var(2X − Y) = Var(2X) − Var(Y) = 16 − 9 = 7 → A"),
 }},
}

# ------------------------------------------------------------------ signals
LABELS["signals"] = {
 "human-claude.txt": {"parts": {
  "1a": C("[1, 1, 1, -3]", "So y = [1, 1, 1, −3]."),
  "1b": I("[1, 1, -2]", "y_c = [1, 1, 1 + (−3)] = [1, 1, −2]", "The wrapped sample is added to the last index instead of index 0 (key [-2, 1, 1])."),
  "2a.i": C("[0, 2, 0, 2]", "X = [0, 2, 0, 2]"),
  "2a.ii": C("8", "(a)(ii) Σ|X[k]|² = 0 + 4 + 0 + 4 = 8."),
  "2b": M(None, "The user asked to skip 2(b); it is never answered."),
  "3": C("300 Hz", "The 700 Hz component appears at **300 Hz**"),
  "4a": C("4/3", "H(e^{jπ}) = (1 − (−1)) / (1 − 0.5·(−1)) = 2 / 1.5 = **4/3**"),
  "4b": C("B", "so the filter is **(B) high-pass**."),
 }},
 "you-bold.md": {"parts": {
  "1a": I("[-1, -1, -1, 3]", r"$$y = [-1,\ -1,\ -1,\ 3]$$", "Sign error from using the flipped filter as the filter: the negative of the key."),
  "1b": C("[-2, 1, 1]", r"$$y_c = \begin{bmatrix} -2 & 1 & 1 \end{bmatrix}$$"),
  "2a.i": C("[0, 2, 0, 2]", r"$$X = \begin{bmatrix} 0 \\ 2 \\ 0 \\ 2 \end{bmatrix}$$"),
  "2a.ii": U(["8", "2"], r"**2(a)(ii).** $\sum_k |X[k]|^2 = 8$ with the unnormalised DFT above, or $2$ if your course uses the $1/N$-normalised DFT.",
             "Two values offered; the problem defines the unnormalised DFT, but the model does not commit to 8."),
  "2b": C("false", "**2(b).** **False.**"),
  "3": C("300 Hz", "**Answer: 300 Hz**", "The later 500 Hz answers a follow-up with fs = 1200 Hz, a different setting; it does not override."),
  "4a": C("4/3", r"= \dfrac{2}{1.5} = \dfrac{4}{3} \approx 1.333$"),
  "4b": I("A", "so the filter is **(A) low-pass**."),
 }},
 "pdf-print.txt": {"parts": {
  "1a": C("[1, 1, 1, -3]", "y = [1, 1, 1, −3]"),
  "1b": C("[-2, 1, 1]", "y3 = [1 − 3, 1, 1] = [−2, 1, 1]"),
  "2a.i": M(None, "PDF print: the display block with X[k] vanished (blank lines after 'Plugging into the definition with N = 4:'); no DFT values survive."),
  "2a.ii": C("8", "(ii) Summing the squared magnitudes gives ∑ |X[k]|2 = 8"),
  "2b": C("false", "(b) False. For real sequences the DFT is conjugate-symmetric"),
  "3": C("300 Hz", "700 Hz sine therefore folds to 1000 − 700 = 300 Hz. Corrected answer: the 700 Hz component appears",
         "The first answer (700 Hz) is withdrawn ('Wait — that is the wrong criterion'); the answer line wraps across the PDF line break ('... appears / at 300 Hz.')."),
  "4a": C("4/3", "H(e^{jπ}) = 4/3 ."),
  "4b": I("C", "them, so the filter emphasizes a middle band: (C) band-pass."),
 }},
 "chatgpt-export.json": {"conversation": "DSP HW3", "parts": {
  "1a": C("[1, 1, 1, -3]", r"**1(a)** $y = x * h = [1,\ 1,\ 1,\ -3]$",
          "current_node lies on the original answer's branch (continued with the DC-gain question). The regenerated sibling has the latest create_time and all-correct answers but is not the graded branch."),
  "1b": C("[-2, 1, 1]", r"**1(b)** Wrapping $y[3] = -3$ onto $y[0]$: $y_3 = [-2,\ 1,\ 1]$"),
  "2a.i": C("[0, 2, 0, 2]", r"so $X = [0,\ 2,\ 0,\ 2]$."),
  "2a.ii": I("2", r"**2(a)(ii)** By Parseval, $\sum_k |X[k]|^2 = \sum_n |x[n]|^2 = 1 + 1 = 2$.", "Parseval without the factor N."),
  "2b": C("false", r"**2(b)** False — for real $x$ the DFT is conjugate symmetric, $X[N-k] = X^*[k]$."),
  "3": I("700 Hz", "so the 700 Hz sine is captured and reconstructed at **700 Hz**."),
  "4a": I("4", r"**4(a)** $H(e^{j\pi}) = \dfrac{1 - (-1)}{1 - 0.5} = 4$", "Denominator evaluated at z = 1 instead of z = -1."),
  "4b": C("B", r"**4(b)** Zero at DC, largest gain at $\omega = \pi$: **(B)** high-pass."),
 }},
 "claude-export.json": {"parts": {
  "1a": C("[1, 1, 1, -3]", "(a) The linear convolution is $y = [1, 1, 1, -3]$."),
  "1b": I("[1, 1, 1]", r"so $x \circledast_3 h = [1, 1, 1]$.", "Truncates the linear convolution instead of wrapping it; the summary table agrees."),
  "2a.i": C("[0, 2, 0, 2]", "(a)(i) $X = [0, 2, 0, 2]$"),
  "2a.ii": C("8", r"(a)(ii) $\sum_k |X[k]|^2 = 8$"),
  "2b": M("(b) This one is a good one to reason through yourself", "Question back to the student instead of an answer; the summary table has no 2(b) row."),
  "3": C("300 Hz", "After reconstruction it appears at **300 Hz**."),
  "4a": U(["4/3", "3/2"], r"= \frac{2}{1.5} = \frac{4}{3}$.", "Body gives 4/3 (and the tool output 1.3333), the closing summary table gives 3/2; neither is withdrawn."),
  "4b": C("B", "**(B) high-pass**."),
 }},
}

def main():
    for s, labels in LABELS.items():
        body = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=10000, default_flow_style=False)
        with open(os.path.join(ROOT, s, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER + "\n" + body)
    print("wrote labels for", ", ".join(LABELS))

if __name__ == "__main__":
    main()
