#!/bin/sh
# Build the "printed chat" PDF in /tmp and extract its text next to the transcripts.
# Only chat.tex, build.sh and the resulting .txt are kept in the repository.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=/tmp/hw-pdf-traffic-webster
mkdir -p "$work"
cp "$here/chat.tex" "$work/"
cd "$work"
rm -f chat.pdf chat.aux chat.log
pdflatex -interaction=nonstopmode chat.tex >/dev/null
pdflatex -interaction=nonstopmode chat.tex >/dev/null
pdftotext chat.pdf "$here/../transcripts/printed-chat.txt"
