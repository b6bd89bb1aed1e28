#!/bin/sh
# Rebuild problems.pdf and pasted.txt for this set.
# Compiles in a scratch folder outside the fixture folder (pdflatex three times so that
# page/point totals resolve), then runs pdftotext with no options.
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(basename "$HERE")"
BUILD="${BUILD_DIR:-/tmp/indep-s40}/$SET"
rm -rf "$BUILD"
mkdir -p "$BUILD"
cp "$HERE"/problems.tex "$BUILD"/
for f in "$HERE"/*.sty; do [ -e "$f" ] && cp "$f" "$BUILD"/; done
cd "$BUILD"
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null
pdftotext problems.pdf
cp problems.pdf "$HERE"/problems.pdf
cp problems.txt "$HERE"/pasted.txt
echo "wrote $HERE/problems.pdf and $HERE/pasted.txt"
