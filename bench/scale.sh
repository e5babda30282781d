#!/usr/bin/env bash
# Issue 14's scaling table: registries of 1M, 2M, 5M and 10M people (SIZES) x a licence file of
# ROWS rows (default 1,000,000), each cleaned by both engines in the same run (bench/spark.sh:
# the in-memory engine, then Spark local[2]); then, with BIG=1, the in-memory engine on 10M x 10M.
# Prints one line per size: wall time, rows/s inside the run and peak RSS of each engine, and
# whether their outputs are identical. Work folders: /tmp/scale-N (kept with KEEP=1).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${ROWS:-1000000}
sizes=${SIZES:-"1000000 2000000 5000000 10000000"}
table=$(mktemp)
for people in $sizes; do
  work=/tmp/scale-$people
  echo "== $people people x $rows rows"
  WORK=$work "$root/bench/spark.sh" "$people" "$rows" | tee "$work.log" | grep -E '^(memory|spark) |^outputs' || true
  {
    printf '| %s x %s |' "$people" "$rows"
    for name in memory spark; do
      wall=$(cat "$work/$name.wall"); rss=$(( $(cat "$work/$name.rss") / 1024 ))
      rate=$(grep -m1 ' rows in ' "$work/$name.txt" | sed -n 's/.*(\([0-9,]*\) rows\/s).*/\1/p')
      bpp=$(grep -m1 ' rows in ' "$work/$name.txt" | sed -n 's/.*index \([0-9]*\) bytes\/person.*/\1/p')
      printf ' %.1f s, %s rows/s, %s MB, %s B/person |' "$wall" "$rate" "$rss" "$bpp"
    done
    if cmp -s "$work/memory.csv" "$work/spark.csv"; then echo ' identical |'; else echo ' DIFFERENT |'; fi
  } >> "$table"
  [ -n "${KEEP:-}" ] || rm -rf "$work"
done
if [ -n "${BIG:-}" ]; then
  work=/tmp/scale-big
  mkdir -p "$work"
  echo "== in-memory engine, 10M people x 10M rows"
  export SACHSONG_NO_BUILD=1
  start=$(date +%s.%N)
  "$root/bin/sachsong" generate --people 10000000 --rows 10000000 --out "$work/gen" --seed 3 --dossiers 0 >/dev/null
  echo "  generated in $(echo "$(date +%s.%N) - $start" | bc) s"
  "$root/bin/sachsong" registry import "$work/gen/registry.csv" --data-dir "$work/data" | head -1
  start=$(date +%s.%N)
  SACHSONG_JAVA_OPTS="-Xmx12g" /usr/bin/time -f "%M" -o "$work/rss" "$root/bin/sachsong" clean "$work/gen/driving_licences.csv" \
    --out "$work/out.csv" --data-dir "$work/data" > "$work/clean.txt"
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  printf '| 10000000 x 10000000, in-memory | %.1f s wall; %s; peak RSS %s MB |\n' "$wall" \
    "$(grep -m1 ' rows in ' "$work/clean.txt")" "$(( $(cat "$work/rss") / 1024 ))" >> "$table"
  [ -n "${KEEP:-}" ] || rm -rf "$work"
fi
echo
echo "| registry x rows | in-memory: wall, rows/s, peak RSS, index | Spark local[2]: wall, rows/s, peak RSS, index | outputs |"
echo "|---|---|---|---|"
cat "$table"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
