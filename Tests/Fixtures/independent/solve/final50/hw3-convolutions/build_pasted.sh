#!/bin/sh
# Regenerate pasted.txt: compile problems.tex in a temporary folder and run pdftotext (no options).
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/pasted-build.XXXXXX)
cp "$here"/problems.tex "$tmp"/
for f in "$here"/*.sty; do [ -e "$f" ] && cp "$f" "$tmp"/; done
cd "$tmp"
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdflatex -interaction=nonstopmode problems.tex >/dev/null
pdftotext problems.pdf "$here"/pasted.txt
rm -rf "$tmp"
