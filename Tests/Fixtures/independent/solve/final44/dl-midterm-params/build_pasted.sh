#!/bin/sh
# Compile problems.tex outside the fixture folder and refresh problems.pdf / pasted.txt.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SET=$(basename "$HERE")
TMP=/tmp/indep-s44/$SET
rm -rf "$TMP"; mkdir -p "$TMP"
cp "$HERE"/problems.tex "$TMP"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$TMP"/; done
cd "$TMP"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf problems.txt
cp problems.pdf "$HERE"/problems.pdf
cp problems.txt "$HERE"/pasted.txt
echo "built $SET"
