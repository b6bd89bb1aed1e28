#!/bin/sh
# Builds a "browser print to PDF" of a ChatGPT conversation for rl-bellman, then extracts
# its text with pdftotext. Display math is left out of the page, as happens when a chat
# page is printed before MathJax/KaTeX display blocks render; inline $...$ is kept as
# literal text. Only the extracted text is committed:
#   rl-bellman/transcripts/pdf-print.txt
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../rl-bellman/transcripts/pdf-print.txt"
WORK=/tmp/indep-g59/pdf
mkdir -p "$WORK"
cat > "$WORK/print.tex" <<'EOF'
\documentclass[10pt]{article}
\usepackage[a5paper,margin=14mm,headsep=6mm,footskip=9mm]{geometry}
\usepackage{fancyhdr}
\usepackage{lastpage}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyhead[L]{\footnotesize 3/16/25, 10:41 PM}
\fancyhead[C]{\footnotesize ChatGPT - RL pset value functions}
\fancyfoot[L]{\footnotesize https://chatgpt.com/c/67d7a912-04b8-8009-b1aa-9e0f57c3d210}
\fancyfoot[R]{\footnotesize \thepage/\pageref{LastPage}}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\begin{document}

\textbf{You said:}

Problem set 7. Discount 0.9 everywhere. Q1 rewards R1..R5 = 2, 0, -1, 3, 4, episode ends after R5,
G\_t = sum\_k gamma\textasciicircum k R\_\{t+k+1\}. (a) G0 (b) G2.
Q2 two-state MDP: A gives +1 and goes to B; B gives 0 and goes to A w.p. 0.5, stays w.p. 0.5.
(a) V(A) (b) V(B).
Q3 Q(s,a)=4, r=1, max Q(s',.)=6, Q(s',a\_next)=3, alpha=0.1. (a) Q-learning update (b) SARSA update.
Q4 (a) eps-greedy, 4 actions, eps=0.2, uniform random over all 4 actions: P(greedy)?
(b) which is off-policy: A. SARSA B. Q-learning C. on-policy MC control D. TD(0) evaluation of pi on pi's data.
3 decimals please.

\textbf{ChatGPT said:}

Here's a worked solution for each question.

\textbf{Q1. Discounted returns}

(a) Write out the sum for \$t = 0\$:

\vspace{2.2em}

The powers of \$\textbackslash gamma\$ are 1, 0.9, 0.81, 0.729, 0.6561, so the terms are 2, 0, \$-0.81\$, 2.187 and 2.6244.

\vspace{2.2em}

So \$G\_0 \textbackslash approx 6.001\$.

(b) For \$t = 2\$ the first reward in the sum is \$R\_3\$. Plugging in:

\vspace{3.2em}

\textbf{Q2. Policy evaluation}

The Bellman expectation equations are

\vspace{3.2em}

(a) From the equation for B, \$0.55\,V(B) = 0.45\,V(A)\$. Substituting into the equation for A and solving,

\vspace{2.2em}

so \$V(A) = 110/29 \textbackslash approx 3.793\$.

(b) Using the relation above, \$V(B) = (9/11)\,V(A)\$, which gives

\vspace{3.2em}

\textbf{Q3. Tabular updates}

(a) Q-learning bootstraps from the greedy next value. Target \$= 1 + 0.9 \textbackslash cdot 6 = 6.4\$, TD error \$= 2.4\$:

\vspace{2.2em}

Updated value: \textbf{4.24}

(b) SARSA bootstraps from the action actually taken next. Target \$= 1 + 0.9 \textbackslash cdot 3 = 3.7\$, TD error \$= 3.7 - 4 = 0.3\$:

\vspace{2.2em}

Updated value: \textbf{4.03}

\textbf{Q4. Exploration}

(a) The greedy action can be picked on the exploit branch or by the random draw:

\vspace{2.2em}

P(greedy) = 0.8 + 0.2/4 = \textbf{0.85}

(b) \textbf{B. Q-learning} is off-policy: its target uses \$\textbackslash max\_\{a'\} Q(s',a')\$ (the greedy policy) while actions come from the \$\textbackslash epsilon\$-greedy behaviour policy. The other three evaluate or improve the same policy that generates the data.

Let me know if you want the value-iteration version of Q2 too.

\vspace{1em}
{\small Is this conversation helpful so far?}

\vspace{1em}
{\footnotesize ChatGPT can make mistakes. Check important info.}

\end{document}
EOF
cd "$WORK"
pdflatex -interaction=nonstopmode print.tex >/dev/null
pdflatex -interaction=nonstopmode print.tex >/dev/null
pdftotext -enc UTF-8 print.pdf "$OUT"
