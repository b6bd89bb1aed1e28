#!/bin/sh
# Rebuild orbital-mechanics/transcripts/browser-print.txt from generators/browser-print.tex: compile the imitation print
# The .txt is the unedited pdftotext output. Needs pdflatex (TeX Live: fancyhdr, lastpage, xcolor, amsmath) and poppler-utils.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=${TMPDIR:-/tmp}/indep-g69-print
rm -rf "$TMP" && mkdir -p "$TMP"
cp "$HERE/browser-print.tex" "$TMP/"
cd "$TMP"
pdflatex -interaction=nonstopmode browser-print.tex >/dev/null
pdflatex -interaction=nonstopmode browser-print.tex >/dev/null
pdftotext browser-print.pdf
cp browser-print.txt "$HERE/../orbital-mechanics/transcripts/browser-print.txt"
echo "wrote orbital-mechanics/transcripts/browser-print.txt"
