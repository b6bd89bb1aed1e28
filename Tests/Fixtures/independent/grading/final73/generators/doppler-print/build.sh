#!/bin/sh
# Build the browser-print imitation: pdflatex (twice, for LastPage) then unedited pdftotext.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../../doppler/transcripts/browser-print.txt"
TMP=$(mktemp -d)
cp "$HERE/chat-print.tex" "$TMP/"
cd "$TMP"
pdflatex -interaction=nonstopmode chat-print.tex >/dev/null
pdflatex -interaction=nonstopmode chat-print.tex >/dev/null
pdftotext chat-print.pdf "$OUT"
rm -rf "$TMP"
echo "wrote $OUT"
