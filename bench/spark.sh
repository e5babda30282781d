#!/usr/bin/env bash
# The Spark engine against the in-memory engine, in the same run: generate a registry of PEOPLE
# (default 1,000,000) and datasets of ROWS rows (default 200,000), import the registry into a fresh
# embedded database, then clean the driving-licence file with each engine (-Xmx4g each) and compare
# the two outputs byte for byte. Prints both wall times (the whole command: JVM, Spring, PostgreSQL,
# the index, and for Spark its JVM and session), each run's own time and rows/s, both peak RSS, and
# whether the outputs are identical.
#   MASTER=local[2] (default) | spark://HOST:PORT     WORK=/tmp/spark-bench (default: a new temp folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-1000000}
rows=${2:-200000}
master=${MASTER:-local[2]}
work=${WORK:-$(mktemp -d /tmp/spark-bench-XXXX)}
mkdir -p "$work"
echo "== build (the server, then the Spark engine)"
"$root/bin/sachsong" --version >/dev/null
"$root/bin/sachsong" clean --help --engine spark >/dev/null
export SACHSONG_NO_BUILD=1

if [ ! -f "$work/gen/driving_licences.csv" ]; then
  echo "== generate $people people, $rows rows per dataset"
  "$root/bin/sachsong" generate --people "$people" --rows "$rows" --out "$work/gen" --seed "${SEED:-3}" | tail -n 1
fi
if [ ! -d "$work/data" ]; then
  echo "== import the registry"
  "$root/bin/sachsong" registry import "$work/gen/registry.csv" --data-dir "$work/data" | head -1
fi
# one untimed run on a few rows: the registry index is built from the database once and kept, so both
# timed runs read the same kept index
head -n 1000 "$work/gen/driving_licences.csv" >"$work/warm.csv"
"$root/bin/sachsong" clean "$work/warm.csv" --out "$work/warm.out.csv" --data-dir "$work/data" >/dev/null

run() { # name, extra args...
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  SACHSONG_JAVA_OPTS="-Xmx4g" SACHSONG_SPARK_OPTS="-Xmx4g -XX:+UseParallelGC" /usr/bin/time -f "%M" -o "$work/$name.rss" \
    "$root/bin/sachsong" clean "$work/gen/driving_licences.csv" --out "$work/$name.csv" --data-dir "$work/data" "$@" \
    >"$work/$name.txt" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc >"$work/$name.wall"
}
echo "== clean driving_licences.csv: in-memory engine"
run memory
echo "== clean driving_licences.csv: Spark engine ($master)"
run spark --engine spark --master "$master"

echo
for name in memory spark; do
  printf '%-7s wall %6.1f s   run: %s   peak RSS %s MB\n' "$name" "$(cat "$work/$name.wall")" \
    "$(grep -m1 ' rows in ' "$work/$name.txt" | sed 's/;.*//')" "$(( $(cat "$work/$name.rss") / 1024 ))"
done
grep -m1 'session started' "$work/spark.txt" || true
if cmp -s "$work/memory.csv" "$work/spark.csv"; then
  echo "outputs: identical ($(wc -l <"$work/memory.csv") lines, $(stat -c %s "$work/memory.csv") bytes each)"
else
  echo "outputs: DIFFERENT: $(cmp "$work/memory.csv" "$work/spark.csv" | head -1)"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
