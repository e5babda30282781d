#!/usr/bin/env bash
# Incremental re-cleaning (issue 11): a registry of PEOPLE (default 1,000,000) and a driving-licence
# file of ROWS rows (default 1,000,000) keyed by "Số GPLX", cleaned into a dataset three times:
#  1. the first run (every row linked);
#  2. the same file with 1% of its rows changed (the last cell, "Hạng", of every 100th row): the
#     rows whose cells and person are unchanged keep the last run's link (and unmatched rows their
#     decision, the registry being unchanged);
#  3. the same changed file with --full, which links every row again (the first run's cost on a
#     dataset that already has members), so the two are compared in one run of the script.
# Prints each run's own time (as the command reports it) and the whole command's wall time, and the
# ratios. Target: the incremental run >= 5x faster than the first run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${PEOPLE:-1000000}
rows=${ROWS:-1000000}
work=$(mktemp -d /tmp/sachsong-bench-reclean-XXXX)
trap 'if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi' EXIT
"$root/bin/sachsong" --version >/dev/null   # build first, so no step below pays for it
export SACHSONG_NO_BUILD=1
export SACHSONG_JAVA_OPTS=${SACHSONG_JAVA_OPTS:--Xmx4g}
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }

echo "== $people people, $rows licence rows"
"$root/bin/sachsong" generate --people "$people" --rows "$rows" --out "$work/gen" --seed "${SEED:-5}" >/dev/null
sachsong registry import "$work/gen/registry.csv" | head -1
sachsong agency create BENCH --name "Re-clean bench" --fields full_name --purposes bench >/dev/null
sachsong dataset create BENCH:gplx --title "Driving licences" --required full_name,birth_date,sex,pid \
  --key "Số GPLX" >/dev/null
lic="$work/gen/driving_licences.csv"
# 1% changed: every 100th data row gets another licence class in its last cell.
awk 'NR > 1 && NR % 100 == 50 { n = split($0, c, ","); c[n] = (c[n] == "B2" ? "C" : "B2"); s = c[1];
  for (i = 2; i <= n; i++) s = s "," c[i]; print s; next } { print }' "$lic" > "$work/changed.csv"
echo "changed rows: $(diff "$lic" "$work/changed.csv" | grep -c '^>')"

run() { # label, file, extra args...
  local label=$1 file=$2; shift 2
  local start end
  start=$(date +%s.%N)
  sachsong clean "$file" --out "$work/$label.out.csv" --dataset BENCH:gplx "$@" > "$work/$label.txt"
  end=$(date +%s.%N)
  local own
  own=$(sed -n 's/.* rows in \([0-9.]*\) s .*/\1/p' "$work/$label.txt" | head -1)
  local wall
  wall=$(echo "$end - $start" | bc)
  echo "$label: run ${own} s, wall ${wall} s; $(grep -E "kept the last run" "$work/$label.txt" | sed 's/^ *//' || echo 'no row reused')"
  eval "${label}_own=$own ${label}_wall=$wall"
}

echo "== runs"
run first "$lic"
run incremental "$work/changed.csv"
run full "$work/changed.csv" --full
# The incremental run decides every changed row as the full run does and keeps every other row.
if cmp -s "$work/incremental.out.csv" "$work/full.out.csv"; then
  echo "incremental output = full output (byte for byte)"
else
  echo "incremental output differs from the full run's in $(diff "$work/incremental.out.csv" "$work/full.out.csv" | grep -c '^>') rows"
fi
echo "speed-up, run time:  first/incremental $(echo "scale=2; $first_own / $incremental_own" | bc)x, full/incremental $(echo "scale=2; $full_own / $incremental_own" | bc)x"
echo "speed-up, wall time: first/incremental $(echo "scale=2; $first_wall / $incremental_wall" | bc)x, full/incremental $(echo "scale=2; $full_wall / $incremental_wall" | bc)x"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
