#!/bin/sh
# Rebuild problems.pdf and pasted.txt: compile in a scratch folder outside this one.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=${TMPDIR:-/tmp}/indep-s41/build-$(basename "$HERE")
rm -rf "$TMP"; mkdir -p "$TMP"
cp "$HERE"/problems.tex "$TMP"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$TMP"/; done
cd "$TMP"
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdftotext problems.pdf
cp problems.pdf "$HERE"/problems.pdf
cp problems.txt "$HERE"/pasted.txt
