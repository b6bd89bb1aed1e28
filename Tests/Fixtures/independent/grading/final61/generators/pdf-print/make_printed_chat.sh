#!/bin/sh
# Rebuild gas-thermo/transcripts/printed-chat.txt: the chat is typeset as a browser-print look-alike
# (fancyhdr header = date + page title, footer = URL + page/total; display equations replaced by blank
# space, as they vanish in real prints), compiled with pdflatex and extracted with pdftotext (poppler).
# Form feeds are removed, as when text is copied out of a PDF viewer.
# Usage: sh make_printed_chat.sh [output.txt]     (needs pdflatex + pdftotext)
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../../gas-thermo/transcripts/printed-chat.txt}
tmp=$(mktemp -d)
cp "$here/gas-thermo-chatprint.tex" "$tmp/chatprint.tex"
(cd "$tmp" && pdflatex -interaction=nonstopmode chatprint.tex >/dev/null && pdflatex -interaction=nonstopmode chatprint.tex >/dev/null)
pdftotext "$tmp/chatprint.pdf" - | tr -d '\f' > "$out"
rm -rf "$tmp"
