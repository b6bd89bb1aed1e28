#!/bin/sh
# Rebuild problems.pdf and pasted.txt: compile outside the fixture folder, then pdftotext (no options).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=/tmp/indep-s42/$(basename "$HERE")
rm -rf "$WORK" && mkdir -p "$WORK"
cp "$HERE"/problems.tex "$WORK"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$WORK"/; done
cd "$WORK"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.pdf "$HERE"/problems.pdf
cp problems.txt "$HERE"/pasted.txt
