#!/usr/bin/env bash
# Regenerates the committed binary test fixtures. Needs qpdf (apt-get install qpdf).
#   encrypted.pdf  the cnn-basics sample, AES-256 encrypted, user password "secret"
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
qpdf --encrypt secret owner-secret 256 -- \
    "$root/samples/cnn-basics/homework.pdf" "$here/encrypted.pdf"
echo "wrote $here/encrypted.pdf"
