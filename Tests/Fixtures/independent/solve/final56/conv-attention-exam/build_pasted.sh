#!/bin/sh
# Regenerate pasted.txt from problems.tex: compile in a temporary directory, then pdftotext.
set -e
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p /tmp/indep-s56
tmp=$(mktemp -d /tmp/indep-s56/build.XXXXXX)
cp "$here"/problems.tex "$tmp"/
for f in "$here"/*.sty; do [ -e "$f" ] && cp "$f" "$tmp"/; done
(cd "$tmp" && pdflatex -interaction=nonstopmode problems.tex >/dev/null && pdflatex -interaction=nonstopmode problems.tex >/dev/null)
pdftotext "$tmp"/problems.pdf "$here"/pasted.txt
rm -rf "$tmp"
