#!/bin/sh
# Regenerate pasted.txt: compile problems.tex with pdflatex in a temporary
# directory outside this folder, then run pdftotext (no options) on the PDF.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/indep-s57/build.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cp "$here"/problems.tex "$tmp"/
for f in "$here"/*.sty; do [ -e "$f" ] && cp "$f" "$tmp"/; done
cd "$tmp"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$here"/pasted.txt
