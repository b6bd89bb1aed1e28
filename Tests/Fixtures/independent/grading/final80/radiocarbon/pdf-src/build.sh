#!/bin/sh
# Builds the printed chat in a scratch dir under /tmp and writes only the extracted text
# next to the transcripts.  Requires pdflatex (with fancyhdr, lastpage) and pdftotext.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/printed-chat.XXXXXX)
cp "$here/printed-chat.tex" "$work/"
cd "$work"
pdflatex -interaction=nonstopmode printed-chat.tex >/dev/null
pdflatex -interaction=nonstopmode printed-chat.tex >/dev/null
pdftotext -layout printed-chat.pdf printed-chat.txt
cp printed-chat.txt "$here/../transcripts/printed-chat.txt"
rm -rf "$work"
echo "wrote $here/../transcripts/printed-chat.txt"
