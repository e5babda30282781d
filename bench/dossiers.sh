#!/usr/bin/env bash
# Dossier logs and the three rates at national scale (issue 12). Generates PEOPLE people (default
# 1,000,000) and DOSSIERS dossiers (default 10,000,000: a year of logs for the generated ministries and
# provinces), imports the registry, creates the agencies, then:
#   1. `dossiers import` of the whole log, timed: rows/s (target >= 50,000);
#   2. the same file again (idempotent: nothing new), timed;
#   3. serves, and times GET /api/v1/kpi/procedures (the whole range, then one month) with curl,
#      ROUNDS times each after a warm-up, printing min / median / max (target <= 200 ms over 10M dossiers);
#      and `kpi --json` end to end (a JVM start included).
# Usage: bench/dossiers.sh   env: PEOPLE, DOSSIERS, ROUNDS (default 20), PORT (default 18120), WORK (default a temp folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${PEOPLE:-1000000}
dossiers=${DOSSIERS:-10000000}
rounds=${ROUNDS:-20}
port=${PORT:-18120}
work=${WORK:-$(mktemp -d /tmp/proc-bench-dossiers-XXXX)}
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
"$root/bin/sachsong" --version >/dev/null   # build first, so no step below pays for it
export SACHSONG_NO_BUILD=1
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }
now() { date +%s.%N; }

echo "== generating $people people and $dossiers dossiers"
t0=$(now)
"$root/bin/sachsong" generate --people "$people" --rows 10 --dossiers "$dossiers" --out "$work/gen" --seed 12 >/dev/null
echo "generated in $(echo "$(now) - $t0" | bc) s; log: $(du -h "$work/gen/dossiers.csv" | cut -f1), $(($(wc -l < "$work/gen/dossiers.csv") - 1)) rows"
sachsong registry import "$work/gen/registry.csv" | head -1
tail -n +2 "$work/gen/agencies.csv" | while IFS=, read -r code name level; do
  sachsong agency create "$code" --name "$name" --level "$level" --fields full_name --purposes bench --rate 1000000 >/dev/null
done
key=$(sachsong agency create BENCH_OPS --name "Bench operator" --fields full_name --purposes bench --rate 1000000 --operator | tail -1)

echo "== 1. dossiers import (first time)"
sachsong dossiers import "$work/gen/dossiers.csv" | tee "$work/import1.txt"
echo "== 2. dossiers import (the same file again)"
sachsong dossiers import "$work/gen/dossiers.csv" | tee "$work/import2.txt"

echo "== 3. the rates: serve on port $port"
"$root/bin/sachsong" serve --port "$port" --data-dir "$work/data" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do curl -sf "http://localhost:$port/api/v1/ping" >/dev/null && break; sleep 0.5; done
stored=$(curl -s -H "Authorization: Bearer $key" "http://localhost:$port/api/v1/kpi/procedures" | tr -d ' \n' \
  | sed -n 's/.*"national":{"dossiers":\([0-9]*\).*/\1/p')
echo "dossiers counted by the rates: $stored"
time_kpi() { # query -> prints ms of each of ROUNDS requests, sorted
  for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $key" "http://localhost:$port/api/v1/kpi/procedures$1"; done
  for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $key" "http://localhost:$port/api/v1/kpi/procedures$1"
  done | awk '{ printf "%.1f\n", $1 * 1000 }' | sort -n
}
summary() { awk '{ v[NR] = $1 } END { printf "min %s ms, median %s ms, max %s ms (%d requests)\n", v[1], v[int((NR + 1) / 2)], v[NR], NR }'; }
echo "GET /api/v1/kpi/procedures (every month): $(time_kpi "" | summary)"
echo "GET /api/v1/kpi/procedures?from=2026-03&to=2026-03: $(time_kpi "?from=2026-03&to=2026-03" | summary)"
kill "$server"; wait "$server" || true; server=""
t0=$(now)
sachsong kpi --json > "$work/kpi.json"
echo "kpi --json (JVM start, context, query): $(echo "($(now) - $t0) * 1000 / 1" | bc) ms"
python3 - "$work/kpi.json" <<'PY'
import json, sys
k = json.load(open(sys.argv[1]))
for name, v in [("national", k["national"])] + list(k["by_level"].items()):
    print(f"  {name:9} dossiers {v['dossiers']:>11,}  digitised {v['digitisation_rate']}%  e-results {v['e_result_rate']}%  reused {v['reuse_rate']}%")
PY
echo
echo "import: $(sed -n 's/^Imported .* in \(.*\)$/\1/p' "$work/import1.txt" | head -1)  (target >= 50,000 rows/s)"
echo "again:  $(sed -n 's/^Imported .* in \(.*\)$/\1/p' "$work/import2.txt" | head -1)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d), load $(cut -d' ' -f1-3 /proc/loadavg)"
