#!/usr/bin/env bash
# Write every output govdiff gives on the seeds and the corpus into DIR (parse JSON of each
# file; diff JSON, Markdown and terminal text of the seed pair and of each consecutive corpus
# pair; trend JSON of the national reports), so a change meant to be speed-only can be shown
# to change nothing:
#
#   scripts/outputs.sh target/release/govdiff-before /tmp/before
#   scripts/outputs.sh target/release/govdiff /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
#
# The corpus (../shared/corpus) is optional; without it only the seeds are run.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:?usage: scripts/outputs.sh BINARY DIR}")
OUT=${2:?usage: scripts/outputs.sh BINARY DIR}
mkdir -p "$OUT"
SEEDS=fixtures/seeds
CORPUS=../shared/corpus

run() { # NAME ARGS… : stdout and the exit code into OUT/NAME
  local name=$1; shift
  "$BIN" "$@" >"$OUT/$name" 2>/dev/null
  echo "exit=$?" >>"$OUT/$name"
}
pair() { # OLD NEW NAME
  run "diff-$3.json" diff "$1" "$2" --format json
  run "diff-$3.md" diff "$1" "$2" --format md
  run "diff-$3.txt" diff "$1" "$2" --format term --color never --width 120
}

for f in "$SEEDS"/*.txt; do run "parse-$(basename "$f" .txt).json" parse "$f" --format json; done
pair "$SEEDS/taiyuan-2025-government-work-report.txt" "$SEEDS/taiyuan-2026-government-work-report.txt" seed
if [[ -d $CORPUS ]]; then
  for f in "$CORPUS"/*.txt; do run "parse-$(basename "$f" .txt).json" parse "$f" --format json; done
  for f in "$CORPUS"/*-2025.txt; do
    p=$(basename "$f" -2025.txt)
    [[ -f $CORPUS/$p-2026.txt ]] && pair "$f" "$CORPUS/$p-2026.txt" "$p"
  done
  for y in 2021 2022 2023 2024; do
    [[ -f $CORPUS/national-$y.txt && -f $CORPUS/national-$((y + 1)).txt ]] &&
      pair "$CORPUS/national-$y.txt" "$CORPUS/national-$((y + 1)).txt" "national-$y"
  done
  [[ -f $CORPUS/national-2024-alt.txt ]] && pair "$CORPUS/national-2024.txt" "$CORPUS/national-2024-alt.txt" national-alt
  ls "$CORPUS"/national-20??.txt >/dev/null 2>&1 && run trend-national.json trend "$CORPUS"/national-20??.txt --format json
else
  echo "outputs.sh: $CORPUS not found; seeds only" >&2
fi
echo "$(ls "$OUT" | wc -l) outputs in $OUT" >&2
