#!/usr/bin/env python3
"""Simulate "print chat to PDF, then copy the text" for one PCA chat.

Builds a LaTeX page that looks like a browser print of a ChatGPT conversation
(date/title header, URL + page-number footer on every page, user bubble, assistant
answer).  As in real browser prints, the assistant's display-math blocks did not
render and come out as blank space; inline math survives as text.  The PDF is built
with pdflatex in a scratch directory (default /tmp/indep-g60/pdf) and converted with
`pdftotext`; only the resulting text is kept:

  pca-exam/transcripts/pdf-print-pca.txt
"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = sys.argv[1] if len(sys.argv) > 1 else "/tmp/indep-g60/pdf"

TEX = r"""\documentclass[10pt]{article}
\usepackage[a4paper,margin=18mm,headsep=6mm,footskip=10mm]{geometry}
\usepackage{fancyhdr}
\usepackage{parskip}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\lhead{\small 3/9/25, 9:47 PM}
\chead{\small ChatGPT - PCA hw 5}
\lfoot{\small https://chatgpt.com/c/67ce3b90-5e1c-8003-a7d4-2f0b6c1d93aa}
\rfoot{\small \thepage/2}
\newcommand{\gone}{\par\vspace{2.2em}\par}   % a display-math block that did not print
\begin{document}

\begin{flushright}
\begin{minipage}{0.72\textwidth}
You said:\par
hi! can you solve my PCA homework? data: n = 5 observations, x1 = -1, 1, 2, 3, 5 and x2 = 4, 2, 5, 8, 6.
Sample covariance uses n-1.\par
1(a) mean vector (b) sample covariance matrix S (c) eigenvalues of S largest first
(d) fraction of total variance explained by PC1, as a decimal\par
2. u1 = unit first principal direction, first component positive.
(a) score of observation 5, z5 = u1\^{}T(x5 - xbar), 3 decimal places
(b) reconstruction of x5 from PC1 only
(c) if all data is multiplied by 10, the fraction explained by PC1: A. increases B. decreases C. stays the same D. cannot be determined
(d) true or false: for this data set, standardising each feature before PCA would change the first principal direction
\end{minipage}
\end{flushright}

ChatGPT said:

Let's go step by step.

\textbf{Question 1}

\textbf{(a) Mean vector}

Add each column and divide by 5: the $x_1$ values sum to 10 and the $x_2$ values sum to 25, so the mean is $\bar{x} = (2, 5)$.

\textbf{(b) Sample covariance matrix}

Centered observations: $(-3,-1)$, $(-1,-3)$, $(0,0)$, $(1,3)$, $(3,1)$.

The sums of squares are 20 for each feature and the sum of cross-products is 12. Dividing by $n-1 = 4$:
\gone
The off-diagonal entry is positive because the two features tend to move together.

\textbf{(c) Eigenvalues}

Solve $(5-\lambda)^2 - 9 = 0$, which gives $\lambda - 5 = \pm 3$.
\gone
So the eigenvalues are $\lambda_1 = 8$ and $\lambda_2 = 2$.

\textbf{(d) Fraction of variance}

The first component explains $8/(8+2) = 0.8$ of the total variance, i.e. 80\%.

\textbf{Question 2}

\textbf{(a) Score of observation 5}

The eigenvector for $\lambda_1 = 8$ is $u_1 = (1, 1)/\sqrt{2}$. Observation 5 centered is $(3, 1)$:
\gone
so $z_5 = 4/\sqrt{2} = 2\sqrt{2} \approx 2.828$.

\textbf{(b) Reconstruction}

Move from the mean along $u_1$ by $z_5$:
\gone
This point lies on the first principal axis through the mean.

\textbf{(c)}

Multiplying all data by 10 multiplies $S$ by 100 and every eigenvalue by 100, so the ratio does not change. The answer is \textbf{C}.

\textbf{(d)}

Both features have the same sample variance (5), so standardising divides both coordinates by $\sqrt{5}$. That rescales the data uniformly and does not rotate the axes, so the first principal direction stays $(1, 1)/\sqrt{2}$. The statement is \textbf{false}.

\textbf{Quick summary}

\begin{itemize}
\item 1(a): $(2, 5)$
\item 1(c): $8$ and $2$
\item 1(d): $0.8$
\item 2(a): $2.828$
\item 2(c): C
\item 2(d): True
\end{itemize}

Let me know if you want me to show the eigenvector calculation in more detail.

\vspace{1.5em}
\begin{flushright}
\begin{minipage}{0.72\textwidth}
You said:\par
thanks!!
\end{minipage}
\end{flushright}

ChatGPT said:

You're welcome! Good luck with the homework.

\end{document}
"""


def main():
    os.makedirs(WORK, exist_ok=True)
    tex = os.path.join(WORK, "print.tex")
    with open(tex, "w", encoding="utf-8") as f:
        f.write(TEX)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "print.tex"],
                       cwd=WORK, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(WORK, "print.pdf"), "-"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    dest = os.path.join(ROOT, "pca-exam", "transcripts", "pdf-print-pca.txt")
    with open(dest, "w", encoding="utf-8") as f:
        f.write(out)
    print("wrote", dest)


if __name__ == "__main__":
    main()
