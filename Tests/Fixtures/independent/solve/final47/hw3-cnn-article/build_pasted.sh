#!/bin/sh
# Build problems.pdf in a scratch folder outside this directory and make pasted.txt
# with pdftotext (no options). Leaves no PDF/aux/log in this folder.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/indep-s47/build.XXXXXX)
cp "$here"/problems.tex "$tmp"/
cd "$tmp"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf "$here"/pasted.txt
echo "built in $tmp"
