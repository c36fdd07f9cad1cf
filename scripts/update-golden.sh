#!/usr/bin/env bash
# Refresh the seed-pair golden files in fixtures/expected/ with `govdiff diff --update`.
# Review the result with `git diff fixtures/expected` before committing: a golden file
# changes only when the output should change.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q
old=fixtures/seeds/taiyuan-2025-government-work-report.txt
new=fixtures/seeds/taiyuan-2026-government-work-report.txt
for pair in md:md json:json term:txt; do
  fmt=${pair%%:*} ext=${pair##*:}
  ./target/debug/govdiff diff "$old" "$new" --format "$fmt" --expect "fixtures/expected/taiyuan-2025-2026.$ext" --update
done
