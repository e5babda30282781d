#!/usr/bin/env bash
# Streaming XLSX: the same agency file cleaned as CSV and as an XLSX sheet (written the way Excel
# saves one: every text in the shared-strings table), both with a small heap (HEAP, default -Xmx1g),
# against the same registry. Prints rows/s, peak RSS and accuracy of each, so the sheet's cost is
# read against the CSV baseline of the same run.
# Target (issue 3): a 1M-row sheet must not need gigabytes.
# Usage: bench/xlsx.sh [PEOPLE] [ROWS]   (defaults 1,000,000 and 1,000,000)   env: HEAP (default -Xmx1g)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-1000000}
rows=${2:-1000000}
heap=${HEAP:--Xmx1g}
work=$(mktemp -d /tmp/sachsong-bench-xlsx-XXXX)
trap 'rm -rf "$work"' EXIT
"$root/bin/sachsong" --version >/dev/null
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$java" ] || java=java

echo "== generate $people people, $rows rows"
"$root/bin/sachsong" generate --people "$people" --rows "$rows" --out "$work/gen" --seed "${SEED:-3}" | head -1
echo "== import the registry"
"$root/bin/sachsong" registry import "$work/gen/registry.csv" --data-dir "$work/data" | head -1
echo "== write driving_licences.csv as an XLSX sheet (not timed)"
mkdir -p "$work/xlsx"
"$java" -cp "$root/sachsong-server/target/app/lib/*" "$root/bench/XlsxOf.java" "$work/gen/driving_licences.csv" \
  "$work/xlsx/driving_licences.xlsx" 2>/dev/null
echo "  $(du -h "$work/xlsx/driving_licences.xlsx" | cut -f1) on disk, $(du -h "$work/gen/driving_licences.csv" | cut -f1) as CSV"
for input in "$work/gen/driving_licences.csv" "$work/xlsx/driving_licences.xlsx"; do
  echo "== clean $(basename "$input") ($heap)"
  SACHSONG_JAVA_OPTS="$heap" /usr/bin/time -f "  peak RSS: %M KB, wall %e s" "$root/bin/sachsong" clean "$input" \
    --out "$work/out.csv" --data-dir "$work/data" --truth "$work/gen/truth.csv" 2>&1 \
    | grep -E "rows in|Against the truth|peak RSS|detected|^sachsong"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
