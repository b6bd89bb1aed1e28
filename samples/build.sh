#!/usr/bin/env bash
# Build every samples/*/homework.tex into homework.pdf next to it.
# Compilation happens in a temporary directory, so no aux/log files are left
# in samples/. Timestamps are pinned so rebuilds are byte-identical where
# pdfTeX allows it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v pdflatex >/dev/null 2>&1; then
  echo "build.sh: pdflatex not found; skipping sample PDF build." >&2
  exit 0
fi

export SOURCE_DATE_EPOCH=1700000000
export FORCE_SOURCE_DATE=1
export TZ=UTC

shopt -s nullglob
texfiles=("$here"/*/homework.tex)
if [ ${#texfiles[@]} -eq 0 ]; then
  echo "build.sh: no samples/*/homework.tex found." >&2
  exit 0
fi

status=0
for tex in "${texfiles[@]}"; do
  dir="$(dirname "$tex")"
  name="$(basename "$dir")"
  tmp="$(mktemp -d)"
  cp "$tex" "$tmp/homework.tex"
  ok=1
  for pass in 1 2; do
    # Fixed trailer ID: the default one depends on the temp path.
    if ! (cd "$tmp" && pdflatex -interaction=nonstopmode -halt-on-error \
            -jobname=homework \
            '\pdftrailerid{hwlens-sample}\input{homework.tex}' \
            >"$tmp/pdflatex.out" 2>&1); then
      echo "build.sh: pdflatex failed for $name (pass $pass):" >&2
      tail -n 30 "$tmp/pdflatex.out" >&2 || true
      ok=0
      break
    fi
  done
  if [ "$ok" -eq 1 ] && [ -f "$tmp/homework.pdf" ]; then
    cp "$tmp/homework.pdf" "$dir/homework.pdf"
    echo "build.sh: built $name/homework.pdf"
  else
    status=1
  fi
  rm -rf "$tmp"
done

exit "$status"
