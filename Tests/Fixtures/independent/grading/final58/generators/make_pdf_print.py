#!/usr/bin/env python3
"""Produces dropout-weight-decay/transcripts/pdf-print.txt.

Simulates a ChatGPT conversation printed from the browser to PDF and copied back as text:
the page is typeset with pdflatex (browser-like running header with date/title, footer with
the conversation URL and page "n/N"), display-math blocks are left empty (KaTeX display
blocks that did not survive printing), inline `$...$` source survives literally, then the
PDF is converted with `pdftotext` (poppler). Needs pdflatex and pdftotext; work happens in
a temporary directory. The PDF itself is not kept.
"""
import os, subprocess, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "dropout-weight-decay", "transcripts", "pdf-print.txt")

TEX = r"""
\documentclass[10pt]{article}
\usepackage[a4paper,margin=2cm,headsep=0.6cm,footskip=1cm]{geometry}
\usepackage{fancyhdr,lastpage}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\lhead{\small 3/14/25, 10:42 PM}
\chead{\small Dropout and weight decay HW}
\lfoot{\small https://chatgpt.com/c/67d4e1a2-8b30-8005-a9f1-3c2e5d7b9a10}
\rfoot{\small \thepage/\pageref{LastPage}}
\setlength{\parindent}{0pt}
\setlength{\parskip}{6pt}
\newcommand{\gap}{\par\vspace{2.2em}\par}
\begin{document}
\begin{flushright}
\begin{minipage}{0.75\textwidth}
can you solve this regularisation homework? problem 1: h = (2.0, 0.0, 0.5, 3.0, 1.5) into nn.Dropout(p=0.4).
(a) output for keep-mask m = (1,0,1,1,0), 3 decimals (b) output after model.eval() (c) variance of the
training-time output of unit 4 (d) probability exactly two of the five units are dropped. problem 2:
L(w) = 1/2 (w\textasciicircum T x - y)\textasciicircum 2 + lambda/2 ||w||\textasciicircum 2, x = (1,2), y = 3, lambda = 0.1, w0 = (0.5,-1), eta = 0.2.
(a) gradient at w0 (b) w1 after one GD step (c) true/false: step on L = multiply weights by (1-eta*lambda) then
step along the unregularised gradient at the old weights. problem 3: (a) ridge, rows (1,0),(0,1),(1,1), y = (1,2,3),
lambda = 1 (b) argmin 1/2 (w-2)\textasciicircum 2 + lambda|w|, lambda = 0.5, options A 2, B 1.5, C 4/3, D 2.5
\end{minipage}
\end{flushright}

Let's work through each problem carefully.

{\Large\bfseries Problem 1 --- Dropout}

PyTorch uses \emph{inverted} dropout: with drop rate \$p = 0.4\$ the keep probability is \$q = 0.6\$, and
every surviving unit is divided by \$q\$.

{\large\bfseries (a) Training output}

Multiplying by the mask and rescaling:
\gap
So the output is \$(3.333, 0, 0.833, 5, 0)\$.

{\large\bfseries (b) Eval mode}

After \texttt{model.eval()} dropout is switched off and no rescaling happens (it was already done in
training), so the layer returns \textbf{h unchanged: (2.0, 0.0, 0.5, 3.0, 1.5)}.

{\large\bfseries (c) Variance of unit 4}

Let \$M \textbackslash sim \textbackslash text\{Bernoulli\}(0.6)\$ and \$Y = 3M/0.6 = 5M\$. Then
\gap
so \textbf{Var(Y) = 6}.

{\large\bfseries (d) Exactly two dropped}

We need two units to be in one state and three in the other. Choosing which 2 of the 5:
\gap
\textbf{Probability} \$\textbackslash approx 0.2304\$.

\rule{\textwidth}{0.4pt}

{\Large\bfseries Problem 2 --- Weight decay}

{\large\bfseries (a) Gradient}

The prediction is \$w\_0\textasciicircum\textbackslash top x = -1.5\$, so the residual is \$r = -4.5\$. The data term
contributes \$r x\$ and the penalty contributes \$\textbackslash lambda w\_0 = (0.05, -0.1)\$. Putting it together, the gradient is
\gap
{\large\bfseries (b) One gradient step}
\gap
which gives \$w\_1 = (1.39, 0.82)\$.

{\large\bfseries (c) True or false}

Expanding the update,
\gap
which is exactly ``shrink by \$(1-\textbackslash eta\textbackslash lambda)\$, then step with the unregularised gradient at the
old weights''. \textbf{True.} (With adaptive optimisers like Adam this equivalence breaks, which is why AdamW exists.)

\rule{\textwidth}{0.4pt}

{\Large\bfseries Problem 3 --- Ridge and lasso}

{\large\bfseries (a) Ridge}

Closed form:
\gap
Here \$X\textasciicircum\textbackslash top X + I = \textbackslash begin\{pmatrix\}3 \& 1\textbackslash\textbackslash 1 \& 3\textbackslash end\{pmatrix\}\$ and
\$X\textasciicircum\textbackslash top y = (4, 5)\$. Inverting the \$2\textbackslash times 2\$ matrix (determinant 8):
\gap
\textbf{\^{w} = (0.875, 1.375)}

{\large\bfseries (b) Lasso}

Soft-thresholding: \$w\textasciicircum* = \textbackslash max(2 - 0.5, 0) = 1.5\$.

\textbf{Answer: B}

\rule{\textwidth}{0.4pt}

If you want, I can also show how the variance in 1(c) changes with the drop rate, or check the lasso answer
with a subgradient argument.

\vspace{2em}
\begin{flushright}
\begin{minipage}{0.75\textwidth}
thanks!! what happens in 3(b) if lambda = 3 instead?
\end{minipage}
\end{flushright}

Then the threshold exceeds \$|2|\$, so the soft-thresholding operator returns zero: \$w\textasciicircum* = \textbackslash max(2-3, 0) = 0\$.
With a large enough L1 penalty the weight is set exactly to zero --- that's the sparsity effect of the lasso.

\vspace{1em}
{\small ChatGPT can make mistakes. Check important info.}
\end{document}
"""

def main():
    tmp = tempfile.mkdtemp(prefix="pdfprint-", dir="/tmp")
    try:
        with open(os.path.join(tmp, "chat.tex"), "w") as f:
            f.write(TEX)
        for _ in range(2):  # twice for LastPage
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "chat.tex"], cwd=tmp,
                           check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["pdftotext", "-enc", "UTF-8", "chat.pdf", "chat.txt"], cwd=tmp, check=True)
        txt = open(os.path.join(tmp, "chat.txt"), encoding="utf-8").read()
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(txt)
    finally:
        shutil.rmtree(tmp)

if __name__ == "__main__":
    main()
