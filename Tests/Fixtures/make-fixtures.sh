#!/usr/bin/env bash
# Regenerates the committed binary test fixtures.
#   encrypted.pdf            the cnn-basics sample, AES-256 encrypted, user password "secret"
#   screenshot-110dpi.png/.jpg  page 1 at 110 dpi, like a screenshot
#   page1-top-300dpi.png     the top half of page 1 at 300 dpi
#   layout/table-columns.pdf a booktabs table that poppler's text layer reads column by column
#   layout/table-beside-prose.pdf a table in a minipage beside a part's prose
# Needs qpdf, poppler-utils and pdflatex (texlive-latex-recommended for booktabs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
qpdf --encrypt secret owner-secret 256 -- \
    "$root/samples/cnn-basics/homework.pdf" "$here/encrypted.pdf"
echo "wrote $here/encrypted.pdf"

# Screenshot-like inputs for OCR tests: page 1 of the sample at 110 dpi (PNG, JPEG),
# and the top of page 1 at 300 dpi.
pdftoppm -r 110 -f 1 -l 1 -png -singlefile "$root/samples/cnn-basics/homework.pdf" "$here/screenshot-110dpi"
pdftoppm -r 110 -f 1 -l 1 -jpeg -jpegopt quality=90 -singlefile "$root/samples/cnn-basics/homework.pdf" "$here/screenshot-110dpi"
pdftoppm -r 300 -f 1 -l 1 -x 0 -y 0 -W 2550 -H 1300 -png -singlefile "$root/samples/cnn-basics/homework.pdf" "$here/page1-top-300dpi"
echo "wrote screenshot fixtures"

# A table whose text-layer lines run through its columns.
scratch="$(mktemp -d)"
for name in table-columns table-beside-prose; do
    cp "$here/layout/$name.tex" "$scratch/"
    (cd "$scratch" && pdflatex -interaction=nonstopmode "$name.tex" >/dev/null)
    cp "$scratch/$name.pdf" "$here/layout/$name.pdf"
done
rm -rf "$scratch"
echo "wrote layout fixtures"
