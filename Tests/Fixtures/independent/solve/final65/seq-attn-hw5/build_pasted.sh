#!/bin/sh
# Recreate pasted.txt: compile problems.tex (with its local macro file) in a temporary
# folder outside this directory and extract the PDF's text with pdftotext.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
cp "$here"/problems.tex "$here"/hw5macros.sty "$tmp"/
cd "$tmp"
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$here"/pasted.txt
cd / && rm -rf "$tmp"
