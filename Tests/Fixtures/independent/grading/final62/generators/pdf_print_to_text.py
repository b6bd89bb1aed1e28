#!/usr/bin/env python3
"""How cofactor-determinants/transcripts/chat-printed-pdf.txt was made (kept for provenance;
validate.py does not re-run it because pdflatex/pdftotext output may vary between versions).

  1. pdf-chat-cofactors.tex is the chat page re-typeset as LaTeX (12pt, wide margins, like a
     browser print).  Display-math blocks that a browser print drops are \\gone (blank space).
  2. pdflatex -interaction=nonstopmode pdf-chat-cofactors.tex     (TeX Live 2023, /tmp)
  3. pdftotext pdf-chat-cofactors.pdf raw.txt                       (poppler-utils)
  4. python3 pdf_print_to_text.py raw.txt chat-printed-pdf.txt
     adds the browser's print header (date, tab title) and footer (URL, page i/n) per page.
"""
import sys

raw = open(sys.argv[1], encoding="utf-8").read()
pages = raw.split("\f")
if pages[-1].strip() == "":
    pages = pages[:-1]
out = []
for i, page in enumerate(pages, 1):
    out.append("3/14/25, 9:42 PM\tCofactor expansion homework\n")
    out.append(page.rstrip("\n") + "\n")
    out.append("https://chatgpt.com/c/67d4e1b2-5a10-800c-9f3e-2b71c0a4d9e8\t%d/%d\n" % (i, len(pages)))
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
