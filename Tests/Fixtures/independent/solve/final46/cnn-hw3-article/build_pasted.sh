#!/bin/sh
# Compile problems.tex in a temporary folder and save pdftotext output as pasted.txt.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/indep-s46/build.XXXXXX)
cp "$here"/*.tex "$tmp"/
ls "$here"/*.sty >/dev/null 2>&1 && cp "$here"/*.sty "$tmp"/
cd "$tmp"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.pdf "$here"/problems.pdf
cp problems.txt "$here"/pasted.txt
rm -rf "$tmp"
