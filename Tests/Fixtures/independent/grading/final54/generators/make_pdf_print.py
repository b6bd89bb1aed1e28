#!/usr/bin/env python3
"""Makes lp-by-hand/transcripts/pdf-print.txt: a ChatGPT chat 'printed to PDF from the browser', then copied as text.

It writes generators/pdf-print/chat.tex (page header with date and chat title, footer with the chat URL and
page x/y, like a browser print), runs pdflatex twice, then `pdftotext` on the PDF. As in real browser
prints, the display-math blocks did not print (MathJax/KaTeX display blocks come out empty): the .tex
leaves a blank gap where each one was. Inline math survives as plain text.
Needs: pdflatex (fancyhdr, lastpage), pdftotext (poppler-utils).
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
WORK = os.path.join(HERE, "pdf-print")
OUT = os.path.join(BASE, "lp-by-hand", "transcripts", "pdf-print.txt")

GAP = "\n\\par\\vspace{2.2\\baselineskip}\\par\n"   # where a display-math block failed to print

USER1 = r"""Homework 4 (OR 210). Please solve:
Problem 1. Workshop: x tables, y chairs per week. max 30x + 20y s.t. 2x + y \textless= 100 (carpentry),
x + y \textless= 80 (finishing), x \textless= 40 (market), x, y \textgreater= 0.
(a) optimal plan (x*, y*) (b) maximum weekly profit (c) binding constraints: A carpentry and finishing,
B finishing and market, C carpentry and market, D finishing only (d) dual solution (u1, u2, u3)
(e) with chair profit fixed at \$20, largest profit per table for which (a) stays optimal."""

ASSIST1 = r"""Let's work through Problem 1.

\textbf{Step 1 -- Corner points.} The constraint lines intersect the feasible region at

""" + GAP + r"""

Evaluating the profit 30x + 20y at each corner: (0, 0) gives 0, (40, 0) gives 1200, (40, 20) gives 1600,
(20, 60) gives 1800 and (0, 80) gives 1600.

\textbf{(a)} The optimal production plan is (x*, y*) = (20, 60): 20 tables and 60 chairs.

\textbf{(b)} Maximum weekly profit: \$1,800.

\textbf{(c)} Carpentry and finishing are used to capacity, the market limit is not (20 \textless{} 40).
Answer: option A.

\textbf{(d)} By complementary slackness u3 = 0, and the dual constraints for x and y hold with equality:

""" + GAP + r"""

Solving gives u1 = 10 and u2 = 10, so the dual solution is (u1, u2, u3) = (10, 10, 0).

\textbf{(e)} The slope $-c/20$ must stay between $-2$ and $-1$, i.e. $20 \le c \le 40$, so the largest
profit per table is \$40."""

USER2 = r"""Problem 2. max z = 3x1 + 2x2 s.t. x1 + x2 \textless= 4, x1 + 3x2 \textless= 6, x1, x2 \textgreater= 0.
Slack basis. (a) entering variable by Dantzig's rule (b) tableau after one pivot as a 3x5 matrix (rows: constraint 1,
constraint 2, z-row written z - 3x1 - 2x2 = 0 initially; columns x1, x2, s1, s2, RHS) (c) optimal z*
(d) true or false: the optimal solution is unique."""

ASSIST2 = r"""\textbf{(a)} The most negative entry of the z-row is $-3$ (under x1), so x1 enters the basis.

\textbf{(b)} Ratio test: 4/1 = 4 for row 1 and 6/1 = 6 for row 2, so s1 leaves and we pivot on row 1.
Subtracting row 1 from row 2 and adding 3 times row 1 to the z-row gives the tableau

""" + GAP + r"""

\textbf{(c)} The z-row now has no negative entries, so the current basis is optimal: x1 = 4, x2 = 0 and
z* = 12.

\textbf{(d)} False. The vertex (3, 1), where both constraints are tight, also lies on the optimal face, so the
optimum is not unique."""

TEX = r"""\documentclass[12pt]{article}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage{textcomp}
\usepackage[expansion=false,protrusion=false]{microtype}\DisableLigatures[f]{encoding=*}
\usepackage[a5paper,margin=1.6cm,headsep=0.6cm,footskip=1cm]{geometry}
\usepackage{fancyhdr,lastpage,xcolor}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\lhead{\small 3/13/25, 10:42 PM}\chead{\small Graphical LP and simplex}
\lfoot{\small https://chatgpt.com/c/67d2a9f1-03b8-8004-9d6e-5c1f0e2b7a41}\rfoot{\small \thepage/\pageref{LastPage}}
\setlength{\parindent}{0pt}\setlength{\parskip}{0.6em}
\newcommand{\you}[1]{\par\hfill\colorbox{black!6}{\parbox{0.72\textwidth}{\small You said:\\ #1}}\par}
\newcommand{\gpt}[1]{\par\small ChatGPT said:\par #1\par}
\begin{document}
\you{%USER1%}
\gpt{%ASSIST1%}
\you{%USER2%}
\gpt{%ASSIST2%}
\vspace{1em}
{\centering\small ChatGPT can make mistakes. Check important info.\par}
\end{document}
"""


def main():
    os.makedirs(WORK, exist_ok=True)
    tex = (TEX.replace("%USER1%", USER1).replace("%ASSIST1%", ASSIST1)
              .replace("%USER2%", USER2).replace("%ASSIST2%", ASSIST2))
    with open(os.path.join(WORK, "chat.tex"), "w") as f:
        f.write(tex)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1741905720", FORCE_SOURCE_DATE="1")
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "chat.tex"],
                       cwd=WORK, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(WORK, "chat.pdf"), OUT], check=True)
    for ext in ("aux", "log"):
        p = os.path.join(WORK, "chat." + ext)
        if os.path.exists(p):
            os.remove(p)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
