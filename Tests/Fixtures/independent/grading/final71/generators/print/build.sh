#!/bin/sh
# Build the browser-print imitation: compile chat_print.tex in a scratch directory,
# run pdftotext with no options, and store its output unedited as the transcript.
# Only the .tex and this script are kept; the PDF/aux/log stay in /tmp.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS=$(cd "$HERE/../.." && pwd)
WORK=${WORK:-/tmp/indep-g71/print-build}
mkdir -p "$WORK"
cp "$HERE/chat_print.tex" "$WORK/"
cd "$WORK"
pdflatex -interaction=nonstopmode chat_print.tex >/dev/null
pdflatex -interaction=nonstopmode chat_print.tex >/dev/null
pdftotext chat_print.pdf
cp chat_print.txt "$CORPUS/photoelectric/transcripts/browser-print.txt"
echo "wrote $CORPUS/photoelectric/transcripts/browser-print.txt"
