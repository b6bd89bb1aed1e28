#!/bin/sh
# Compile problems.tex (plus any local .sty) in a scratch folder outside this set,
# copy the PDF back, and save `pdftotext` output (no options, unedited) as pasted.txt.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pasted.XXXXXX")
cp "$HERE"/problems.tex "$TMP"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$TMP"/; done
cd "$TMP"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.pdf "$HERE"/problems.pdf
cp problems.txt "$HERE"/pasted.txt
cd / && rm -rf "$TMP"
