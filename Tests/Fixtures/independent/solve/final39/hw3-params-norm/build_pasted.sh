#!/bin/sh
# Compile problems.tex in a scratch folder outside this directory, then save the
# unedited pdftotext output as pasted.txt and keep a copy of the PDF.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/indep-s39/build.XXXXXX)
cp "$HERE"/*.tex "$WORK"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$WORK"/; done
cd "$WORK"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$HERE"/pasted.txt
cp problems.pdf "$HERE"/problems.pdf
