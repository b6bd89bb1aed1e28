#!/bin/sh
# Builds the printed chat in a temporary directory and copies only the extracted text back.
# Output: ../transcripts/printed-chat.txt  (no PDF/aux/log is kept in the repository)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/printed-chat.XXXXXX)
cp "$HERE/printed-chat.tex" "$TMP/"
cd "$TMP"
pdflatex -interaction=nonstopmode printed-chat.tex >/dev/null
pdflatex -interaction=nonstopmode printed-chat.tex >/dev/null
pdftotext printed-chat.pdf "$HERE/../transcripts/printed-chat.txt"
rm -rf "$TMP"
