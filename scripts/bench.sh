#!/usr/bin/env bash
# Measure govdiff's speed in one run and print a report (Markdown) on stdout; raw data goes
# to target/bench/. What it measures and why: docs/performance.md.
#
#   scripts/bench.sh            full run (a few minutes on 2 cores)
#   scripts/bench.sh --quick    fewer repetitions, for checking the script itself
#
# Needs: a Rust toolchain; hyperfine (Debian/Ubuntu: `apt-get install hyperfine`, or
# `cargo install hyperfine`); GNU time at /usr/bin/time (`apt-get install time`); python3 with
# jieba for the peer (`pip install jieba`); git. The corpus at ../shared/corpus is optional:
# without it the largest-pair, batch and memory figures are skipped.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
QUICK=0
[[ "${1:-}" == "--quick" ]] && QUICK=1
OUT=$ROOT/target/bench
mkdir -p "$OUT"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "bench.sh: $1 not found; $2" >&2; exit 2; }
}
need hyperfine "install it: apt-get install hyperfine (or cargo install hyperfine)"
need python3 "install Python 3"
need git "install git"
python3 -c 'import jieba' 2>/dev/null || { echo "bench.sh: the peer needs jieba: pip install jieba" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench.sh: /usr/bin/time not found: apt-get install time" >&2; exit 2; }

OLD=$ROOT/fixtures/seeds/taiyuan-2025-government-work-report.txt
NEW=$ROOT/fixtures/seeds/taiyuan-2026-government-work-report.txt
CORPUS=$ROOT/../shared/corpus
PEER=$ROOT/scripts/peer_jieba_difflib.py

echo "building the release binary and benchmarks…" >&2
cargo build --release --quiet
cargo bench --no-run --quiet --bench stages --bench scaling 2>/dev/null
BIN=$ROOT/target/release/govdiff

# 60 runs of the ~20 ms commands: on a shared VM a 15-run median moved by 20 %.
RUNS=60; PEER_RUNS=5
(( QUICK )) && { RUNS=5; PEER_RUNS=2; }

echo "# govdiff speed measurement"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src benches || echo ' (with uncommitted changes)')"
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
echo "- memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "- load average at start (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- tools: $(hyperfine --version), $(python3 --version), jieba $(python3 -c 'import jieba; print(jieba.__version__)'), $(git --version)"
echo

echo "## 1. Whole command on the seed pair (Taiyuan 2025 → 2026)"
echo
# Exit code 1 means "different", not failure: -i.
hyperfine --shell=none -i --warmup 5 --style none --export-json "$OUT/seed.json" \
  --runs "$RUNS" -n govdiff "$BIN diff $OLD $NEW --format md" \
  -n git "git diff --no-index --word-diff $OLD $NEW" >&2
hyperfine --shell=none -i --warmup 1 --style none --export-json "$OUT/peer.json" \
  --runs "$PEER_RUNS" -n python "python3 $PEER $OLD $NEW" >&2
python3 - "$OUT/seed.json" "$OUT/peer.json" <<'PY'
import json, sys
r = {}
for path in sys.argv[1:]:
    for x in json.load(open(path))["results"]:
        r[x["command"]] = x
g, git, py = r["govdiff"], r["git"], r["python"]
ms = lambda x: x["median"] * 1e3
print("| command | median (ms) | min (ms) | runs |")
print("|---|---|---|---|")
for name, x in (("govdiff diff OLD NEW --format md", g), ("git diff --no-index --word-diff OLD NEW", git), ("python3 scripts/peer_jieba_difflib.py OLD NEW", py)):
    print(f"| `{name}` | {ms(x):.1f} | {x['min']*1e3:.1f} | {len(x['times'])} |")
a = g["median"] / git["median"]
b = py["median"] / g["median"]
print()
print(f"- govdiff / git = **{a:.2f}** (goal ≤ 2: {'met' if a <= 2 else 'NOT met'})")
print(f"- python peer / govdiff = **{b:.0f}** (goal ≥ 50: {'met' if b >= 50 else 'NOT met'})")
PY
echo

echo "## 2. Stage breakdown (cargo bench --bench stages; divan, both files of the pair)"
echo
echo '```'
SAMPLES=30; (( QUICK )) && SAMPLES=5
cargo bench --quiet --bench stages -- --sample-count "$SAMPLES" 2>/dev/null | tee "$OUT/stages.txt"
echo '```'
echo

echo "## 3. Scaling (cargo bench --bench scaling; synthetic 1×/4×/16× seed pairs)"
echo
SCALE_ARGS=(); (( QUICK )) && SCALE_ARGS=(--quick)
cargo bench --quiet --bench scaling -- "${SCALE_ARGS[@]}" 2>/dev/null | tee "$OUT/scaling.txt"
echo

if [[ -d $CORPUS ]]; then
  echo "## 4. Batch: the 10 provincial 2025 → 2026 pairs in one run"
  echo
  LIST=$OUT/provinces.pairs
  echo "# provincial reports, 2025 -> 2026" > "$LIST"
  for old in "$CORPUS"/*-2025.txt; do
    p=$(basename "$old" -2025.txt)
    [[ $p == national ]] && continue
    [[ -f $CORPUS/$p-2026.txt ]] && printf '%s\t%s\n' "$old" "$CORPUS/$p-2026.txt" >> "$LIST"
  done
  NPAIRS=$(grep -vc '^#' "$LIST")
  BRUNS=5; (( QUICK )) && BRUNS=2
  hyperfine --shell=none -i --warmup 1 --style none --runs "$BRUNS" --export-json "$OUT/batch.json" \
    -n "1 thread" "$BIN diff --pairs $LIST --jobs 1 --format json" \
    -n "2 threads" "$BIN diff --pairs $LIST --jobs 2 --format json" >&2
  python3 - "$OUT/batch.json" "$NPAIRS" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
print("| threads | pairs | median (ms) | pairs/second |")
print("|---|---|---|---|")
for x in res:
    print(f"| {x['command']} | {n} | {x['median']*1e3:.0f} | {n / x['median']:.1f} |")
if len(res) == 2:
    print(f"\nspeed-up with 2 threads: {res[0]['median'] / res[1]['median']:.2f}×")
PY
  echo

  echo "## 5. Peak memory (GNU time, max resident set size)"
  echo
  echo "| run | max RSS (MiB) |"
  echo "|---|---|"
  rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident/ {printf "%.1f", $6/1024}'; }
  echo "| govdiff diff seed pair --format md | $(rss "$BIN" diff "$OLD" "$NEW" --format md) |"
  echo "| govdiff diff guangdong-2025 guangdong-2026 --format json (largest pair) | $(rss "$BIN" diff "$CORPUS/guangdong-2025.txt" "$CORPUS/guangdong-2026.txt" --format json) |"
  echo "| govdiff diff --pairs (10 provinces) --jobs 2 --format json | $(rss "$BIN" diff --pairs "$LIST" --jobs 2 --format json) |"
  echo "| python3 peer, largest pair | $(rss python3 "$PEER" "$CORPUS/guangdong-2025.txt" "$CORPUS/guangdong-2026.txt") |"
  echo
else
  echo "(../shared/corpus absent: batch and memory figures skipped)"
fi
echo "- load average at end (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
