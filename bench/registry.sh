#!/usr/bin/env bash
# Registry throughput: generate N people (default 1,000,000), import them into a fresh embedded
# database with the JVM limited to -Xmx512m, import the same file again (idempotent: nothing
# changes), then export. Prints rows/s for each step, as measured by the command itself (the
# import/export work) and wall-clock for the whole command (JVM, Spring and PostgreSQL start).
# Targets (issue 2): import >= 80,000 rows/s, export >= 150,000 rows/s, generate 1M <= 30 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-1000000}
work=$(mktemp -d /tmp/sachsong-bench-registry-XXXX)
trap 'rm -rf "$work"' EXIT
"$root/bin/sachsong" --version >/dev/null   # build first, so no step below pays for it

wall() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); echo "  wall: $(echo "$end - $start" | bc) s"; }
peak_rss() { /usr/bin/time -f "  peak RSS: %M KB" "$@"; }

echo "== generate $people people"
wall "$root/bin/sachsong" generate --people "$people" --out "$work/gen" --seed 1
sync   # the generator's files reach the disk now, not during the import being measured
echo "== import (fresh database, -Xmx512m)"
export SACHSONG_JAVA_OPTS="-Xmx512m"
peak_rss "$root/bin/sachsong" registry import "$work/gen/registry.csv" --data-dir "$work/data"
echo "== import again (idempotent)"
"$root/bin/sachsong" registry import "$work/gen/registry.csv" --data-dir "$work/data"
echo "== export"
peak_rss "$root/bin/sachsong" registry export "$work/export.csv" --data-dir "$work/data"
echo "== round trip: exported people == imported people"
if cmp -s <(tail -n +2 "$work/export.csv" | sort) <(tail -n +2 "$work/gen/registry.csv" | sort); then
  echo "  identical ($(($(wc -l < "$work/export.csv") - 1)) people)"
else
  echo "  DIFFERENT"; exit 1
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
