#!/usr/bin/env python3
"""Make the 'printed to PDF from the browser' transcript for hydrology-runoff.

A chat page is typeset with pdflatex to look like a browser print (date/title header,
URL + page-number footer on every page). Display math is replaced by blank space, as
happens when a browser prints a page before MathJax/KaTeX display blocks render; inline
math survives as text. The PDF is then turned back into text with pdftotext, which is
what a student pasting from the PDF gets.

Output: hydrology-runoff/transcripts/pdf-print.txt (and generators/hydrology-chat-print.pdf).
Needs pdflatex (fancyhdr) and pdftotext (poppler-utils). Deterministic via SOURCE_DATE_EPOCH.
"""
import os, pathlib, shutil, subprocess, tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
GAP = r"\par\vspace{2.2\baselineskip}\par"  # a vanished display-math block

BODY = r"""
\noindent\textbf{You said:}\\
hydrology hw 4, problems 1--4 are in the attached pdf. can you do all of them with working? 3 s.f. unless it says otherwise

\bigskip
\noindent\textbf{ChatGPT said:}

Below are worked solutions. I use SI units throughout.

\subsection*{1. Rational method}

\textbf{(a)} With $C = 0.45$, $i = 62$ mm/h and $A = 36$ ha:
""" + GAP + r"""
so the peak discharge is $Q_p = 2.79\ \mathrm{m^3/s}$.

\textbf{(b)} Weight each coefficient by its area: 12 ha at 0.90 and the remaining 24 ha at 0.45.
""" + GAP + r"""
The composite coefficient is $C = 0.600$.

\subsection*{2. SCS curve number}

\textbf{(a)} The potential maximum retention is
""" + GAP + r"""
i.e. $S = 71.6$ mm (71.64 before rounding).

\textbf{(b)} The standard initial abstraction is $I_a = 0.2S = 14.33$ mm, so $P - I_a = 95.67$ mm and
""" + GAP + r"""
Direct runoff depth: $Q = 54.7$ mm.

\textbf{(c)} (A) is backwards (higher CN gives smaller $S$), (C) ignores the initial
abstraction, and (D) is the opposite of what CN = 100 means. The correct statement is \textbf{(B)}.

\subsection*{3. Darcy's law}

The hydraulic gradient is $i = 2.4/800 = 0.003$ and the flow area is $A = 18 \times 500 = 9000\ \mathrm{m^2}$.

\textbf{(a)} Darcy's law gives the discharge directly:
""" + GAP + r"""
\textbf{(b)} The seepage velocity is the Darcy flux divided by the effective porosity:
$v = Ki/n_e = 0.075/0.30 = 0.25$ m/day.

\textbf{(c)} The tracer travels 800 m at 0.25 m/day, which takes 3200 days, so
""" + GAP + r"""
about $8.77$ years.

\subsection*{4. Thiessen polygons}

The mean areal rainfall over the basin is
""" + GAP + r"""
Taking the three gauges, $(42 + 55 + 38)/3 = 135/3 = 45.00$ mm. So the mean areal rainfall is $45.00$ mm.

\bigskip
\noindent\textbf{You said:}\\
ok thx

\bigskip
\noindent\textbf{ChatGPT said:}

You're welcome --- good luck with the homework!
"""

DOC = r"""\documentclass[10pt]{article}
\usepackage[a4paper,margin=2.2cm,headsep=0.6cm,footskip=1cm]{geometry}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\lhead{\small 3/14/25, 9:41 PM}
\chead{\small Hydrology HW4 help}
\lfoot{\small https://chatgpt.com/c/67d4a1f2-8b3c-8004-9e61-5a0c2d7e1b44}
\rfoot{\small \thepage/2}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.6em}
\begin{document}
""" + BODY + r"""
\end{document}
"""

def main():
    env = dict(os.environ, SOURCE_DATE_EPOCH="1741988460", FORCE_SOURCE_DATE="1")
    with tempfile.TemporaryDirectory() as td:
        tex = pathlib.Path(td, "chat.tex")
        tex.write_text(DOC)
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "chat.tex"], cwd=td,
                           env=env, check=True, stdout=subprocess.DEVNULL)
        pdf = pathlib.Path(td, "chat.pdf")
        shutil.copy(pdf, HERE / "hydrology-chat-print.pdf")
        out = ROOT / "hydrology-runoff" / "transcripts" / "pdf-print.txt"
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(out)], check=True)
    print("wrote", out)

if __name__ == "__main__":
    main()
