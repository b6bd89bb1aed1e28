#!/bin/sh
# Recreate pasted.txt: compile in a temporary folder outside this directory.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/build_pasted.XXXXXX)
cp "$HERE/problems.tex" "$TMP/"
cd "$TMP"
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdftotext problems.pdf "$HERE/pasted.txt"
rm -rf "$TMP"
