#!/usr/bin/env bash
# Incremental re-cleaning in the hub's server (issue 11): the data of bench/reclean.sh (a registry of
# PEOPLE, default 1,000,000, and a driving-licence file of ROWS rows, default 1,000,000, keyed by
# "Số GPLX"), cleaned into datasets through the console's upload (/clean), as agencies re-upload
# their files to the server that keeps their datasets. One server, started once:
#  1. a first run into BENCH:warm (the server just started: its JIT compiles as it goes);
#  2. first runs of the same file into BENCH:gplx and BENCH:again (the server now warm; two, as one
#     first run's time moves by a fifth between runs on this machine);
#  3. an incremental run into BENCH:warm (the changed file below; not counted: it warms the
#     incremental path's code as step 1 warms the first run's), then five incremental runs into
#     BENCH:gplx, alternating the file with 1% of its rows changed (the last cell of every 100th row)
#     and the original, so each has 1% of rows changed since the last; the median counted (five: an
#     incremental run lasts 2-3 s, and the JIT's later compilations move the first ones most).
# Prints each run's own time as the run page reports it (the same figure as `clean` prints) and each
# job's whole time as its client sees it (from the upload's start to the job's end as its page gives
# it, to the millisecond: the upload, the run, and storing the members, the scores and the links),
# and the ratios of both. The job is polled once a second, as the console's page polls it. Target: the incremental run >= 5x faster than its first run. bench/reclean.sh measures the
# same with one `clean` command per run (a new JVM each time) and checks the outputs byte for byte.
# Usage: bench/reclean-server.sh   env: PEOPLE, ROWS, SEED, PORT (default 19610), HEAP (default 4g), KEEP=1
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${PEOPLE:-1000000}
rows=${ROWS:-1000000}
port=${PORT:-19610}
work=$(mktemp -d /tmp/sachsong-bench-reclean-server-XXXX)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
"$root/bin/sachsong" --version >/dev/null   # build first, so no step below pays for it
export SACHSONG_NO_BUILD=1
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }

echo "== $people people, $rows licence rows"
"$root/bin/sachsong" generate --people "$people" --rows "$rows" --out "$work/gen" --seed "${SEED:-5}" >/dev/null
sachsong registry import "$work/gen/registry.csv" | head -1
sachsong agency create BENCH --name "Re-clean bench" --fields full_name --purposes bench >/dev/null
for name in warm gplx again; do
  sachsong dataset create "BENCH:$name" --title "Driving licences" --required full_name,birth_date,sex,pid \
    --key "Số GPLX" >/dev/null
done
sachsong user create bench-op --role operator | sed -n 's/^password: //p' > "$work/operator.password"
lic="$work/gen/driving_licences.csv"
awk 'NR > 1 && NR % 100 == 50 { n = split($0, c, ","); c[n] = (c[n] == "B2" ? "C" : "B2"); s = c[1];
  for (i = 2; i <= n; i++) s = s "," c[i]; print s; next } { print }' "$lic" > "$work/changed.csv"
echo "changed rows: $(diff "$lic" "$work/changed.csv" | grep -c '^>')"

echo "== serve on port $port (heap ${HEAP:-4g})"
SACHSONG_SERVER_HEAP=${HEAP:-4g} SACHSONG_JAVA_OPTS="" "$root/bin/sachsong" serve --port "$port" --data-dir "$work/data" \
  > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
base="http://127.0.0.1:$port"
jar="$work/cookies"
curl -s -c "$jar" -b "$jar" "$base/login" > "$work/login.html"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=bench-op" \
  --data-urlencode "password=$(cat "$work/operator.password")" --data-urlencode "_csrf=$token" "$base/login"

clean() { # label dataset file: uploads, waits for the job, prints "label seconds" and the run's reuse line
  local label=$1 dataset=$2 file=$3 form location job state run page seconds started wall
  started=$(date +%s.%N)
  form=$(curl -s -b "$jar" -c "$jar" "$base/clean")
  token=$(grep -o 'action="/clean?_csrf=[^"]*"' <<< "$form" | sed 's/.*_csrf=//;s/"$//')
  location=$(curl -s -b "$jar" -o /dev/null -w "%{redirect_url}" -F "dataset=$dataset" -F "file=@$file;type=text/csv" \
    "$base/clean?_csrf=$token")
  job=${location##*/}
  state=""
  local finished=""
  for _ in $(seq 1 3600); do
    # polled once a second, as the console's job page polls: the job's end comes from the page, to the ms
    sleep 1
    progress=$(curl -s -b "$jar" "$base/clean/jobs/$job/progress?lang=en")
    [[ $progress =~ id=\"job-state\"\>([^<]*) ]] && state=${BASH_REMATCH[1]}
    [[ $progress =~ id=\"job-finished\"\ datetime=\"([^\"]*) ]] && finished=${BASH_REMATCH[1]}
    case "$state" in Done|Failed) break ;; esac
  done
  [ -n "$finished" ] || { echo "job $job ($label): no end time on its page"; exit 1; }
  wall=$(echo "$(date -d "$finished" +%s.%N) - $started" | bc | awk '{ printf "%.1f", $1 }')
  [ "$state" = Done ] || { echo "job $job ($label): $state"; grep -i "error\|exception" "$work/serve.log" | tail -5; exit 1; }
  run=$(curl -s -b "$jar" "$base/clean/jobs/$job?lang=en" | grep -o 'href="/datasets/[^"]*/runs/[0-9]*"' | head -1 \
    | sed 's/href="//;s/"$//')
  page=$(curl -s -b "$jar" "$base$run?lang=en" | sed 's/<[^>]*>/ /g' | tr -s ' ')
  seconds=$(grep -o 'took [0-9.,]* s' <<< "$page" | head -1 | sed 's/took //;s/ s$//;s/,//g')
  echo "$label $seconds $wall" >> "$work/times"
  echo "$label: run $seconds s, job $wall s (job $job, $run)"
}

: > "$work/times"
echo "== runs"
clean first-fresh BENCH:warm "$lic"
clean first BENCH:gplx "$lic"
clean first BENCH:again "$lic"
clean incremental-warm BENCH:warm "$work/changed.csv"
clean incremental-1 BENCH:gplx "$work/changed.csv"
clean incremental-2 BENCH:gplx "$lic"
clean incremental-3 BENCH:gplx "$work/changed.csv"
clean incremental-4 BENCH:gplx "$lic"
clean incremental-5 BENCH:gplx "$work/changed.csv"
first=$(awk '$1 == "first" { t += $2; n++ } END { printf "%.1f", t / n }' "$work/times")
firsts=$(awk '$1 == "first" { printf "%s%s", sep, $2; sep = " and " }' "$work/times")
fresh=$(awk '$1 == "first-fresh" { print $2 }' "$work/times")
median=$(awk '$1 ~ /^incremental-[0-9]/ { print $2 }' "$work/times" | sort -n | sed -n 3p)
first_job=$(awk '$1 == "first" { t += $3; n++ } END { printf "%.1f", t / n }' "$work/times")
fresh_job=$(awk '$1 == "first-fresh" { print $3 }' "$work/times")
median_job=$(awk '$1 ~ /^incremental-[0-9]/ { print $3 }' "$work/times" | sort -n | sed -n 3p)
echo
echo "first run, server just started: $fresh s; first runs, server warm: $firsts s (mean $first s); incremental (median of 5): $median s"
echo "speed-up, run time: first (warm, mean)/incremental $(echo "scale=2; $first / $median" | bc)x, first (just started)/incremental $(echo "scale=2; $fresh / $median" | bc)x (target >= 5x)"
echo "whole jobs: first just started $fresh_job s, first warm (mean) $first_job s, incremental (median) $median_job s:" \
  "first (warm)/incremental $(echo "scale=2; $first_job / $median_job" | bc)x, first (just started)/incremental $(echo "scale=2; $fresh_job / $median_job" | bc)x"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d), load $(cut -d' ' -f1-3 /proc/loadavg)"
