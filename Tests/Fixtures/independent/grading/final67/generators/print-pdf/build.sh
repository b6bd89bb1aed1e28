#!/bin/sh
# Compile the imitation browser print and extract its text exactly as a student would copy it.
# Output is saved unedited as complex-numbers/transcripts/print-to-pdf.txt.
set -e
cd "$(dirname "$0")"
T=${TMPDIR:-/tmp}/final67-print
mkdir -p "$T"
pdflatex -interaction=nonstopmode -output-directory "$T" chat-print.tex >/dev/null
pdflatex -interaction=nonstopmode -output-directory "$T" chat-print.tex >/dev/null
pdftotext "$T/chat-print.pdf" ../../complex-numbers/transcripts/print-to-pdf.txt
echo "wrote complex-numbers/transcripts/print-to-pdf.txt"
