#!/bin/sh
# Regenerate pasted.txt: compile problems.tex in a temporary folder, then pdftotext (no options).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/build_pasted.XXXXXX)
cp "$HERE"/*.tex "$TMP"/
ls "$HERE"/*.sty >/dev/null 2>&1 && cp "$HERE"/*.sty "$TMP"/
cd "$TMP"
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$HERE/pasted.txt"
rm -rf "$TMP"
