#!/bin/sh
# Recreate pasted.txt: compile problems.tex in a temporary folder and extract its text.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
cp "$here"/problems.tex "$tmp"/
cd "$tmp"
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$here"/pasted.txt
cd / && rm -rf "$tmp"
