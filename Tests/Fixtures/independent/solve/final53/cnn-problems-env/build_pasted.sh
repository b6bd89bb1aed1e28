#!/bin/sh
# Compile problems.tex in a temporary folder and save pdftotext's output as pasted.txt.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/indep-s53-build.XXXXXX)
cp "$HERE"/problems.tex "$HERE"/*.sty "$TMP"/
cd "$TMP"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$HERE"/pasted.txt
rm -rf "$TMP"
