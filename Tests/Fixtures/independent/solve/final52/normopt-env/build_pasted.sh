#!/bin/sh
# Compile problems.tex in a temporary folder and save pdftotext's output as pasted.txt.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
cp "$here"/*.tex "$tmp"/
for f in "$here"/*.sty; do [ -e "$f" ] && cp "$f" "$tmp"/; done
cd "$tmp"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$here/pasted.txt"
rm -rf "$tmp"
