#!/bin/sh
# Build the printed-chat PDF and convert it to text (the transcript that is graded).
# Needs: texlive-latex-base (pdflatex, fancyhdr) and poppler-utils (pdftotext).
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$tmp" chat-print.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$tmp" chat-print.tex >/dev/null
cp "$tmp/chat-print.pdf" chat-print.pdf
pdftotext -layout chat-print.pdf ../transcripts/printed-chat.txt
rm -rf "$tmp"
echo "wrote ../transcripts/printed-chat.txt"
