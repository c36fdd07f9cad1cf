#!/usr/bin/env bash
# Seed the fuzz corpora from fixtures/seeds: small line-bounded pieces (about 2 KB) of the
# real reports, so the fuzzers start from report-shaped text (headings, numbers, quotes).
# For the diff target, pairs of pieces are joined with the 0xFF 0x00 split marker.
set -euo pipefail
cd "$(dirname "$0")"
seeds=../fixtures/seeds
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$seeds"/*.txt; do
  split -C 2000 -d -a 3 "$f" "$tmp/$(basename "$f" .txt)-"
done
for t in decode_clean outline quantities diff; do mkdir -p "corpus/$t"; done
for p in "$tmp"/*; do
  cp "$p" corpus/decode_clean/
  cp "$p" corpus/outline/
  cp "$p" corpus/quantities/
done
# Pair piece N of the 2025 report with piece N of the 2026 report.
for old in "$tmp"/taiyuan-2025-government-work-report-*; do
  new="${old/2025/2026}"
  [ -f "$new" ] || continue
  { cat "$old"; printf '\xff\x00'; cat "$new"; } > "corpus/diff/$(basename "$old")"
done
echo "corpus: $(ls corpus/decode_clean | wc -l) pieces, $(ls corpus/diff | wc -l) pairs"
