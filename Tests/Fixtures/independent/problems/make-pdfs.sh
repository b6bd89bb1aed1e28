#!/bin/sh
# Compiles every problems.tex of the independent problem-set corpora to problems.pdf with
# pdflatex (texlive-latex-base, -recommended, -extra, -science; run once, the PDFs are
# committed). Usage: Tests/Fixtures/independent/problems/make-pdfs.sh [HALF…]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for half in "${@:-dev final}"; do
  for tex in "$here"/$half/*/problems.tex; do
    dir=$(dirname "$tex")
    work=$(mktemp -d)
    cp "$dir"/* "$work"/
    (cd "$work" && export SOURCE_DATE_EPOCH=0 FORCE_SOURCE_DATE=1 && pdflatex -interaction=nonstopmode -halt-on-error problems.tex >/dev/null && pdflatex -interaction=nonstopmode problems.tex >/dev/null) \
      || { echo "pdflatex failed: $tex" >&2; rm -rf "$work"; exit 1; }
    cp "$work/problems.pdf" "$dir/problems.pdf"
    rm -rf "$work"
    echo "$dir/problems.pdf"
  done
done
