#!/usr/bin/env python3
"""Simulate "print chat page to PDF, then copy the text back" for one transcript.

The page below is the chat as the browser rendered it.  Display-math blocks
(KaTeX) did not survive printing, so they are empty boxes (DISPLAY), while inline
math that was rendered as plain Unicode text did survive.  The script lays the
page out on A4 with a browser-style header (date, title) and footer (URL, page
x/y) using fpdf2 and DejaVu Sans, writes the PDF to /tmp/indep-g57/, then runs
`pdftotext` (poppler) and stores its output as the transcript.

Needs: python3 with fpdf2 (pip install fpdf2), poppler-utils (pdftotext).
Usage: python3 make_pdf_print.py
"""
import os
import subprocess
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_TXT = os.path.join(HERE, "..", "decision-trees", "transcripts", "dt-pdf-print.txt")
PDF = "/tmp/indep-g57/dt-pdf-print.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TITLE = "Entropy and Gini for loan tree"
STAMP = "3/11/25, 10:47 PM"
URL = "https://chatgpt.com/c/67d0f3a2-81c4-8008-b2e5-1f09c4d7aa31"

DISPLAY = ("display", "")
# (kind, text): user = right-aligned user bubble, sr = screen-reader heading,
# h = bold heading, p = paragraph, li = bullet item, display = vanished math
PAGE = [
    ("sr", "You said:"),
    ("user", "Hi, I need help with parts of my decision tree homework. 12 rows: 8 Approve=Yes, 4 Approve=No. "
             "Split counts: Credit Good 4Y/0N, Fair 3Y/2N, Poor 1Y/2N. Student Yes 5Y/1N, No 3Y/3N. "
             "Income High 4Y/1N, Low 4Y/3N."),
    ("user", "1a entropy of root (bits, 3 decimals) 1b gini of root as fraction 2a IG of Credit 2b weighted gini "
             "of Student split (fraction) 2c which attribute at root: A Income B Student C Credit D tie "
             "3a T/F info gain never negative 3b gini as function of p simplified 4 training error of the Credit "
             "stump, majority vote per leaf, fraction"),
    ("sr", "ChatGPT said:"),
    ("p", "Let's go part by part. I'll use log base 2 everywhere."),
    ("h", "1a) Entropy of the root"),
    ("p", "The root has 8 Yes and 4 No, so p(Yes) = 2/3 and p(No) = 1/3."),
    DISPLAY,
    ("p", "Entropy of the root: H ≈ 0.918 bits."),
    ("h", "1b) Gini impurity of the root"),
    DISPLAY,
    ("p", "So the Gini impurity is 4/9 ≈ 0.444."),
    ("h", "2a) Information gain of Credit"),
    ("p", "Child entropies:"),
    ("li", "Good (4/0): H = 0"),
    ("li", "Fair (3/2): H(0.6) = 0.971"),
    ("li", "Poor (1/2): H(1/3) = 0.918"),
    ("p", "Weighted child entropy:"),
    DISPLAY,
    ("p", "Therefore IG(Credit) = 0.918 − 0.634 = 0.284 bits."),
    ("h", "2b) Weighted Gini after splitting on Student"),
    ("li", "Student = Yes (5Y/1N): Gini = 1 − (5/6)² − (1/6)² = 10/36 = 5/18"),
    ("li", "Student = No (3Y/3N): Gini = 1 − (1/2)² − (1/2)² = 1/2"),
    ("p", "Both children contain 6 of the 12 rows, so each gets weight 1/2. The weighted Gini is"),
    DISPLAY,
    ("h", "2c) Root attribute"),
    ("p", "Gains: Income ≈ 0.043, Student ≈ 0.093, Credit ≈ 0.284. The largest is Credit, so the answer is C."),
    ("h", "3a) True or false"),
    ("p", "True. Information gain is the mutual information between the label and the attribute under the node's "
          "empirical distribution, and mutual information is never negative (it is zero exactly when the split "
          "leaves the class proportions unchanged in every child)."),
    ("h", "3b) Gini as a function of p"),
    DISPLAY,
    ("p", "which simplifies to G(p) = 2p(1 − p). It is maximised at p = 1/2 where G = 1/2."),
    ("h", "4) Training error of the Credit stump"),
    ("p", "Each leaf predicts its majority label:"),
    ("li", "Good → Yes: 0 mistakes"),
    ("li", "Fair → Yes: 2 mistakes"),
    ("li", "Poor → No: 2 mistakes"),
    DISPLAY,
    ("p", "Training error rate = 4/12 = 1/3."),
    ("p", "Let me know if you want the full tree grown below the Credit split!"),
    ("sr", "You said:"),
    ("user", "can you also say what the tree predicts for a low income, non-student with fair credit?"),
    ("sr", "ChatGPT said:"),
    ("p", "With only the stump, the Fair leaf predicts Yes (3 of its 5 training rows are Yes). If you grew the tree "
          "further, the Fair branch would be split again; among Fair rows, Student = No gives rows 7 (Yes) and "
          "8 (No), so it would depend on the next split — with Income, row 7 (Low, No, Fair) is Yes, so the "
          "prediction would still be Yes."),
]


class Page(FPDF):
    def header(self):
        self.set_font("dv", size=8)
        self.set_y(6)
        self.cell(0, 4, STAMP, align="L")
        self.set_x(0)
        self.cell(0, 4, TITLE, align="C")
        self.ln(10)

    def footer(self):
        self.set_y(-10)
        self.set_font("dv", size=8)
        self.cell(0, 4, URL, align="L")
        self.set_x(-30)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")


def build():
    pdf = Page(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 11, 22, 47, 0,
                          tzinfo=__import__("datetime").timezone.utc))
    pdf.alias_nb_pages()
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    for kind, text in PAGE:
        if kind == "sr":
            pdf.set_font("dv", size=1)   # visually hidden screen-reader label
            pdf.multi_cell(0, 1, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "user":
            pdf.set_font("dv", size=10)
            pdf.set_x(60)
            pdf.multi_cell(0, 5.2, text, fill=False, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.set_font("dv", "B", size=11)
            pdf.ln(2)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", size=10)
            pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "li":
            pdf.set_font("dv", size=10)
            pdf.set_x(24)
            pdf.multi_cell(0, 5.2, "•  " + text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "display":
            pdf.ln(9)                    # the empty box where KaTeX used to be
    pdf.output(PDF)


def main():
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    build()
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", PDF, "-"], check=True,
                         capture_output=True, text=True).stdout
    with open(OUT_TXT, "w", encoding="utf-8") as f:
        f.write(txt)
    print("wrote", OUT_TXT)


if __name__ == "__main__":
    main()
