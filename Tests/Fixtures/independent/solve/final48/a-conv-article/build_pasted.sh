#!/bin/sh
# Compile problems.tex outside this folder and save the PDF's text as pasted.txt.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/indep-s48/build.XXXXXX)
cp "$here"/problems.tex "$here"/*.sty "$tmp"/ 2>/dev/null || cp "$here"/problems.tex "$tmp"/
cd "$tmp"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$here"/pasted.txt
rm -rf "$tmp"
