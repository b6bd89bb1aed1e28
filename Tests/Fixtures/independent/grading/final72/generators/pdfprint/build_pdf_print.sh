#!/bin/sh
# Builds the browser-print imitation: pdflatex, then unedited pdftotext output.
# Usage: sh generators/pdfprint/build_pdf_print.sh   (from OUTDIR or anywhere)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../../radio-link-budget/transcripts/browser-print.txt"
TMP=$(mktemp -d)
cp "$HERE/radio-print.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode -halt-on-error radio-print.tex >/dev/null && pdflatex -interaction=nonstopmode -halt-on-error radio-print.tex >/dev/null)
pdftotext -enc UTF-8 "$TMP/radio-print.pdf" "$OUT"
rm -rf "$TMP"
echo "wrote $OUT"
