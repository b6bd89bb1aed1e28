#!/bin/sh
# Compile problems.tex outside the fixture folder and refresh problems.pdf + pasted.txt.
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(basename "$HERE")"
WORK="/tmp/indep-s45/$SET"
rm -rf "$WORK"
mkdir -p "$WORK"
cp "$HERE"/problems.tex "$WORK"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$WORK"/; done
cd "$WORK"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.pdf "$HERE"/problems.pdf
cp problems.txt "$HERE"/pasted.txt
