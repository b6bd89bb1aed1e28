#!/bin/sh
# Recreate pasted.txt: compile problems.tex in a temporary folder and extract its text.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
cp "$HERE"/problems.tex "$TMP"/
(cd "$TMP" && pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null && pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null && pdftotext problems.pdf)
cp "$TMP"/problems.txt "$HERE"/pasted.txt
rm -rf "$TMP"
