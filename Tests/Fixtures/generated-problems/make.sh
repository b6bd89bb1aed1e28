#!/bin/sh
# Regenerates the generated problem sets compiled to PDF: the LaTeX written by the test
# writeGeneratedSources (Tests/ProblemsTests/GeneratedSourceWriter.swift) from fixed seeds,
# then pdflatex (texlive-latex-base, -recommended, -extra). The .tex, .pdf and
# expected.json files are committed; make test only reads them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.."
rm -f "$here"/*.tex "$here"/*.pdf "$here"/expected.json
HWLENS_WRITE_GENERATED="$here" swift test --filter writeGeneratedSources >/dev/null
for tex in "$here"/*.tex; do
  work=$(mktemp -d)
  cp "$tex" "$work/"
  (cd "$work" && SOURCE_DATE_EPOCH=0 FORCE_SOURCE_DATE=1 pdflatex -interaction=nonstopmode -halt-on-error "$(basename "$tex")" >/dev/null) \
    || { echo "pdflatex failed: $tex" >&2; exit 1; }
  cp "$work/$(basename "$tex" .tex).pdf" "$here/"
  rm -rf "$work"
done
ls "$here"
