#!/bin/sh
# Build the simulated printed chat and convert it to text (needs pdflatex and pdftotext).
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
pdflatex -interaction=nonstopmode -output-directory "$TMP" chat-print.tex >/dev/null
pdflatex -interaction=nonstopmode -output-directory "$TMP" chat-print.tex >/dev/null
pdftotext -layout "$TMP/chat-print.pdf" ../transcripts/chat-print.txt
rm -rf "$TMP"
