#!/bin/sh
# Rebuild relativity-exam/transcripts/printed-chat.txt from printed-chat.tex:
# pdflatex (twice, for LastPage) in a temporary directory, then pdftotext with no options.
# The PDF, .aux and .log are not kept.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-"$HERE/../../relativity-exam/transcripts/printed-chat.txt"}
TMP=$(mktemp -d /tmp/printchat.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cp "$HERE/printed-chat.tex" "$TMP/"
cd "$TMP"
pdflatex -interaction=nonstopmode -halt-on-error printed-chat.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error printed-chat.tex >/dev/null
pdftotext printed-chat.pdf
cp printed-chat.txt "$OUT"
echo "wrote $OUT"
