#!/bin/sh
# Compile the imitation chat print and extract its text with pdftotext (output saved unedited).
# Usage: sh build.sh   (from this directory). Writes ../../rigid-transforms/transcripts/print-to-pdf.txt
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
cp chat-print.tex "$tmp/"
( cd "$tmp" && pdflatex -interaction=nonstopmode chat-print.tex >/dev/null && pdflatex -interaction=nonstopmode chat-print.tex >/dev/null )
pdftotext "$tmp/chat-print.pdf" ../../rigid-transforms/transcripts/print-to-pdf.txt
rm -rf "$tmp"
