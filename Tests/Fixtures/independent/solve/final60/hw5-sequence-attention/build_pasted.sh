#!/bin/sh
# Recreate pasted.txt: compile problems.tex in a temporary folder and extract its text.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/pasted-build.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cp "$here"/problems.tex "$tmp"/
for f in "$here"/*.sty; do [ -e "$f" ] && cp "$f" "$tmp"/; done
cd "$tmp"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.txt "$here"/pasted.txt
