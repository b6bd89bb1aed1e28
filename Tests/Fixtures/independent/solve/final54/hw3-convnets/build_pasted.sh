#!/bin/sh
# Compile problems.tex in a temporary folder outside this directory and save the
# pdftotext output (no options) as pasted.txt. No PDF/aux/log is left here.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/indep-s54/build.XXXXXX)
cp "$HERE"/problems.tex "$HERE"/*.sty "$TMP"/ 2>/dev/null || cp "$HERE"/problems.tex "$TMP"/
cd "$TMP"
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$HERE"/pasted.txt
rm -rf "$TMP"
