#!/bin/sh
# Regenerate pasted.txt: compile problems.tex in a temporary directory outside this folder,
# then run pdftotext (no options) on the PDF.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/indep-s55/build.XXXXXX)
cp "$HERE"/problems.tex "$TMP"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$TMP"/; done
cd "$TMP"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf "$HERE"/pasted.txt
cd /
rm -rf "$TMP"
