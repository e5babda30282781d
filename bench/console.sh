#!/usr/bin/env bash
# The console under load (issue 13): a registry of PEOPLE (default 1,000,000), DATASETS (default
# 20) datasets over ten agencies (the generator's four files, ROWS rows each, cleaned into them in
# turn) and DOSSIERS dossiers (default 10,000,000: a year of the generated ministries' and provinces'
# logs, whose rates the dashboard shows), served by `serve` with its fixed heap
# (SACHSONG_SERVER_HEAP, default 1g). Then:
#  1. the dashboard (/) asked REQUESTS times (default 200, after 20 to warm up) by a signed-in
#     analyst, one at a time: p50, p95, max in ms. Target p95 <= 300 ms.
#  2. an upload of UPLOAD_MB (default 200) MB of CSV to /clean, then its cleaning job to the end,
#     while the server's heap is sampled every second (jstat): the largest heap used, against the
#     heap's setting. Target: within the setting, no OutOfMemoryError.
# Data and logs in a temporary folder under /tmp (KEEP=1 keeps it; REUSE=that folder runs the two
# measures again on its data, without generating and cleaning again); ports 19500 or PORT.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${PEOPLE:-1000000}
rows=${ROWS:-50000}
datasets=${DATASETS:-20}
dossiers=${DOSSIERS:-10000000}
requests=${REQUESTS:-200}
upload_mb=${UPLOAD_MB:-200}
port=${PORT:-19500}
heap=${SACHSONG_SERVER_HEAP:-1g}
work=${REUSE:-$(mktemp -d /tmp/console-bench-XXXX)}
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "${KEEP:-}${REUSE:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
"$root/bin/sachsong" --version >/dev/null   # build first (unless SACHSONG_NO_BUILD), so no step below pays for it
export SACHSONG_NO_BUILD=1
export SACHSONG_JAVA_OPTS=${SACHSONG_JAVA_OPTS:--Xmx4g}
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)")")")
[ -x "$java_home/bin/jstat" ] || java_home=/usr/lib/jvm/temurin-25-jdk-amd64

if [ ! -f "$work/ready" ]; then
echo "== $people people; $datasets datasets of $rows rows; $dossiers dossiers"
"$root/bin/sachsong" generate --people "$people" --rows "$rows" --dossiers "$dossiers" --out "$work/gen" --seed "${SEED:-9}" >/dev/null
sachsong registry import "$work/gen/registry.csv" | head -1
if [ "$dossiers" -gt 0 ]; then
  tail -n +2 "$work/gen/agencies.csv" | while IFS=, read -r code name level; do
    sachsong agency create "$code" --name "$name" --level "$level" --fields full_name --purposes bench >/dev/null
  done
  sachsong dossiers import "$work/gen/dossiers.csv" | head -1
  rm -f "$work/gen/dossiers.csv"
fi
files=(driving_licences social_insurance civil_servants household_members)
start=$(date +%s)
for i in $(seq 1 "$datasets"); do
  agency=$(printf "BENCH_%02d" $(( (i - 1) / 2 + 1 )))
  if [ $(( i % 2 )) -eq 1 ]; then
    sachsong agency create "$agency" --name "Bench agency $agency" --fields full_name --purposes bench >/dev/null
  fi
  file=${files[$(( (i - 1) % 4 ))]}
  sachsong dataset create "$agency:d$i" --title "$file $i" --required full_name,birth_date >/dev/null
  sachsong clean "$work/gen/$file.csv" --out "$work/out-$i.csv" --dataset "$agency:d$i" | head -1 | sed "s/^/   $agency:d$i /"
done
echo "   cleaned $datasets datasets in $(( $(date +%s) - start )) s"
sachsong user create bench --role analyst | sed -n 's/^password: //p' > "$work/analyst.password"
sachsong user create bench-op --role operator | sed -n 's/^password: //p' > "$work/operator.password"
touch "$work/ready"
else
  echo "== reusing $work"
fi
password=$(cat "$work/analyst.password")
operator=$(cat "$work/operator.password")

echo "== serve (heap $heap)"
SACHSONG_SERVER_HEAP=$heap SACHSONG_JAVA_OPTS="" "$root/bin/sachsong" serve --port "$port" --data-dir "$work/data" \
  > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
pid=$(pgrep -f -n "serve --port $port --data-dir $work/data" || echo "$server")

signin() { # cookie jar, user, password
  curl -s -c "$1" -b "$1" "http://127.0.0.1:$port/login" > "$1.html"
  local token
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$1.html" | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$1" -b "$1" -o /dev/null --data-urlencode "username=$2" --data-urlencode "password=$3" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
}
signin "$work/a.jar" bench "$password"

echo "== the dashboard, $requests requests after 20 to warm up"
for _ in $(seq 1 20); do curl -s -b "$work/a.jar" -o /dev/null "http://127.0.0.1:$port/"; done
: > "$work/times"
for _ in $(seq 1 "$requests"); do
  curl -s -b "$work/a.jar" -o "$work/dash.html" -w "%{http_code} %{time_total}\n" "http://127.0.0.1:$port/" >> "$work/times"
done
bad=$(awk '$1 != 200' "$work/times" | wc -l)
grep -q 'id="registry-people"' "$work/dash.html" || { echo "the dashboard did not render"; exit 1; }
sort -k2 -n "$work/times" | awk -v n="$requests" '{ t[NR] = $2 * 1000 } END {
  printf "   p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", t[int(n * 0.50)], t[int(n * 0.95)], t[n] }'
echo "   non-200 answers: $bad"

echo "== a $upload_mb MB upload and its cleaning job (heap sampled every second)"
big="$work/upload.csv"
head -1 "$work/gen/driving_licences.csv" > "$big"
while [ "$(stat -c %s "$big")" -lt $(( upload_mb * 1024 * 1024 )) ]; do
  tail -n +2 "$work/gen/driving_licences.csv" >> "$big"
done
echo "   file: $(( $(stat -c %s "$big") / 1024 / 1024 )) MB, $(( $(wc -l < "$big") - 1 )) rows"
( while kill -0 "$pid" 2>/dev/null; do "$java_home/bin/jstat" -gc "$pid" | tail -1; sleep 1; done ) > "$work/gc" 2>/dev/null &
sampler=$!
signin "$work/o.jar" bench-op "$operator"
curl -s -b "$work/o.jar" -c "$work/o.jar" "http://127.0.0.1:$port/clean" > "$work/clean.html"
token=$(grep -o 'action="/clean?_csrf=[^"]*"' "$work/clean.html" | sed 's/.*_csrf=//;s/"$//')
up_start=$(date +%s.%N)
location=$(curl -s -b "$work/o.jar" -o /dev/null -w "%{redirect_url}" -F dataset=BENCH_01:d1 -F "file=@$big;type=text/csv" \
  "http://127.0.0.1:$port/clean?_csrf=$token")
echo "   uploaded in $(echo "$(date +%s.%N) - $up_start" | bc | cut -c1-5) s -> $location"
job=${location##*/}
for _ in $(seq 1 3600); do
  state=$(curl -s -b "$work/o.jar" "http://127.0.0.1:$port/clean/jobs/$job/progress" | grep -o 'id="job-state">[^<]*' | sed 's/.*>//')
  case "$state" in Xong|Done|"Thất bại"|Failed) break ;; esac
  sleep 2
done
echo "   job $job: $state after $(echo "$(date +%s.%N) - $up_start" | bc | cut -c1-5) s"
kill "$sampler" 2>/dev/null || true
# jstat -gc: S0U S1U EU OU are columns 3 4 6 8 (KB); heap used = their sum
awk '{ u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "   largest heap used: %.0f MB (setting: '"$heap"')\n", m / 1024 }' "$work/gc"
if grep -q OutOfMemoryError "$work/serve.log"; then echo "   OutOfMemoryError in the server's log"; else echo "   no OutOfMemoryError"; fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
