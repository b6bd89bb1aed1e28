#!/bin/sh
# Compile problems.tex in a scratch folder and regenerate problems.pdf and pasted.txt
# (pasted.txt is pdftotext's output with no options, unedited).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
cp "$HERE"/*.tex "$TMP"/
ls "$HERE"/*.sty >/dev/null 2>&1 && cp "$HERE"/*.sty "$TMP"/
cd "$TMP"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.pdf "$HERE"/problems.pdf
cp problems.txt "$HERE"/pasted.txt
rm -rf "$TMP"
