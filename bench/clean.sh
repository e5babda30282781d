#!/usr/bin/env bash
# Cleaning throughput and accuracy: generate a registry of PEOPLE (default 1,000,000) and datasets of
# ROWS rows (default 1,000,000), import the registry into a fresh embedded database, then clean the
# driving-licence file with the JVM at -Xmx4g and score it against the generator's truth.
# Prints the command's own figures (rows/s, index bytes per person, accuracy by noise kind) and the
# wall-clock time of the whole clean command (JVM, Spring, PostgreSQL start and the index load included).
# Targets (issue 3): 1M rows against 1M people in <= 60 s wall (stretch 30 s), <= 200 bytes/person;
# precision >= 0.995, recall >= 0.985, review <= 3%, absent linked <= 0.1%.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-1000000}
rows=${2:-1000000}
dataset=${DATASET:-driving_licences}
work=$(mktemp -d /tmp/sachsong-bench-clean-XXXX)
trap 'rm -rf "$work"' EXIT
"$root/bin/sachsong" --version >/dev/null

echo "== generate $people people, $rows rows per dataset"
"$root/bin/sachsong" generate --people "$people" --rows "$rows" --out "$work/gen" --seed "${SEED:-3}"
echo "== import the registry"
"$root/bin/sachsong" registry import "$work/gen/registry.csv" --data-dir "$work/data" | head -1
echo "== clean $dataset.csv (-Xmx4g)"
start=$(date +%s.%N)
SACHSONG_JAVA_OPTS="-Xmx4g" /usr/bin/time -f "  peak RSS: %M KB" "$root/bin/sachsong" clean "$work/gen/$dataset.csv" \
  --out "$work/out.csv" --data-dir "$work/data" --truth "$work/gen/truth.csv" | tee "$work/clean.txt"
end=$(date +%s.%N)
scoring=$(sed -n 's/.*scoring against the truth took \([0-9.]*\) s.*/\1/p' "$work/clean.txt")
echo "  wall (whole command): $(echo "$end - $start" | bc) s; without the scoring, which is the bench's and not cleaning: $(echo "$end - $start - ${scoring:-0}" | bc) s"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
