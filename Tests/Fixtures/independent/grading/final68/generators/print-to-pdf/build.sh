#!/bin/sh
# Compiles chat-print.tex with pdflatex (twice, for the page count), runs
# pdftotext in its default mode, and stores the text unedited as the
# transcript interp-newton/transcripts/print-to-pdf.txt.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../interp-newton/transcripts/print-to-pdf.txt"
tmp=$(mktemp -d)
cp "$here/chat-print.tex" "$tmp/"
cd "$tmp"
pdflatex -interaction=nonstopmode chat-print.tex >/dev/null
pdflatex -interaction=nonstopmode chat-print.tex >/dev/null
pdftotext chat-print.pdf "$out"
cp chat-print.pdf "$here/chat-print.pdf"
rm -rf "$tmp"
echo "wrote $out"
