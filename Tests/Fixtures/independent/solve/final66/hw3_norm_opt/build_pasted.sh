#!/bin/sh
# Recreate pasted.txt: compile problems.tex outside this folder and extract the text.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/pasted.XXXXXX)
cp "$HERE"/problems.tex "$TMP"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$TMP"/; done
cd "$TMP"
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$HERE"/pasted.txt
cd / && rm -rf "$TMP"
