#!/bin/sh
# Build the browser-print imitation and extract its text with pdftotext (output unedited).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../seismic-magnitudes/transcripts/print-seismo.txt"
TMP=$(mktemp -d)
cp "$HERE/print_seismo.tex" "$TMP/"
cd "$TMP"
pdflatex -interaction=batchmode print_seismo.tex >/dev/null
pdflatex -interaction=batchmode print_seismo.tex >/dev/null
pdftotext print_seismo.pdf "$OUT"
rm -rf "$TMP"
echo "wrote $OUT"
