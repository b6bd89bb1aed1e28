#!/bin/sh
# Recreate pasted.txt: compile problems.tex outside this folder and extract its text.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/pasted-build.XXXXXX)
cp "$HERE"/problems.tex "$HERE"/*.sty "$TMP"/ 2>/dev/null || cp "$HERE"/problems.tex "$TMP"/
cd "$TMP"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf "$HERE"/pasted.txt
cd / && rm -rf "$TMP"
