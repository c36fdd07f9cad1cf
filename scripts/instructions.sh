#!/usr/bin/env bash
# Count the instructions `govdiff diff` spends on the seed pair, per thread, with valgrind's
# callgrind: unlike wall time, the count hardly moves when the machine is busy, so it is the
# figure to judge a speed change by (docs/performance.md). Prints the totals and the top N
# inclusive govdiff functions of the whole run.
#
#   scripts/instructions.sh [BINARY] [N]     (default: target/release/govdiff, 40)
#
# Needs valgrind (apt-get install valgrind) and a release build with debug info (the default
# release profile has `debug = 1`).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/govdiff}
N=${2:-40}
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind not found: apt-get install valgrind" >&2; exit 2; }
[[ -x $BIN ]] || { echo "instructions.sh: $BIN not found: cargo build --release" >&2; exit 2; }
OLD=fixtures/seeds/taiyuan-2025-government-work-report.txt
NEW=fixtures/seeds/taiyuan-2026-government-work-report.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$TMP/cg" \
  "$BIN" diff "$OLD" "$NEW" --format md >/dev/null 2>"$TMP/err" || true
echo "total: $(grep -o 'Collected : [0-9]*' "$TMP/err" | grep -o '[0-9]*') instructions"
for f in "$TMP"/cg-*; do
  echo "thread ${f##*-}: $(grep -m1 '^summary' "$f" | cut -d' ' -f2) instructions"
done
echo
echo "top $N inclusive govdiff functions (main thread):"
callgrind_annotate --inclusive=yes "$TMP/cg-01" 2>/dev/null | grep -E 'govdiff::' | grep -v '/rustc/' | head -"$N" | cut -c1-160
