#!/bin/sh
# Build the printed-chat PDF and convert it to text (pdftotext, default layout-less mode).
# Output: ../../rc-transients/transcripts/pdf-print.txt
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$tmp" rc-chat-print.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$tmp" rc-chat-print.tex >/dev/null
pdftotext "$tmp/rc-chat-print.pdf" ../../rc-transients/transcripts/pdf-print.txt
echo "wrote rc-transients/transcripts/pdf-print.txt"
