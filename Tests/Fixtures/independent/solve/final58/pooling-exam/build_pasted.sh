#!/bin/sh
# Recreate pasted.txt: compile problems.tex in a temporary folder and extract its text.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pasted.XXXXXX")
cp "$here"/problems.tex "$tmp"/
for f in "$here"/*.sty; do [ -e "$f" ] && cp "$f" "$tmp"/; done
(cd "$tmp" && pdflatex -interaction=nonstopmode problems.tex >/dev/null && pdflatex -interaction=nonstopmode problems.tex >/dev/null)
pdftotext "$tmp"/problems.pdf "$here"/pasted.txt
rm -rf "$tmp"
