#!/usr/bin/env bash
# Exchange API throughput: POST /api/v1/verify (key check, registry read, audit entry committed
# before the answer) against GET /api/v1/ping (no key, no database, no audit) on the same server
# in the same run, with wrk at 64 connections. Then stops the server and checks the audit log:
# as many entries as verify requests the server answered (its access log), and an intact chain.
# Targets (issue 4): verify/ping >= 0.5, verify p99 <= 20 ms.
# The two are measured in alternating rounds after a joint warm-up, and the ratio is taken over the
# sums, so a change in the machine's speed during the run (a shared host) hits both alike.
# The registry is generated (PEOPLE, default 1,000,000), so a read that scans instead of using the
# key shows; requests cycle through 1,000 of its people, claiming their name and birth date (every
# fourth with a wrong name, so both answers are exercised).
# Usage: bench/verify.sh [ROUND_SECONDS] [CONNECTIONS] [ROUNDS]
#   env: PEOPLE (default 1000000), SACHSONG_KEY_CACHE_TTL (default 5s; 0s = no cache)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-5}
connections=${2:-64}
rounds=${3:-4}
people=${PEOPLE:-1000000}
port=${PORT:-18080}
work=$(mktemp -d /tmp/sachsong-bench-verify-XXXX)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "== installing wrk"
  (apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; })
fi
"$root/bin/sachsong" --version >/dev/null   # build first, so no step below pays for it
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }

echo "== registry of $people generated people"
"$root/bin/sachsong" generate --people "$people" --rows 10 --out "$work/gen" --seed 5 >/dev/null
sachsong registry import "$work/gen/registry.csv" | head -1
key=$(sachsong agency create BENCH --name "Bench agency" --fields full_name,birth_date --purposes bench \
  --rate 1000000 | tail -1)

echo "== serve on port $port"
export SERVER_TOMCAT_ACCESSLOG_ENABLED=true SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$work" \
  SERVER_TOMCAT_ACCESSLOG_PREFIX=access SERVER_TOMCAT_ACCESSLOG_SUFFIX=.log \
  SERVER_TOMCAT_ACCESSLOG_PATTERN='%m %U %s' SERVER_TOMCAT_ACCESSLOG_ROTATE=false SERVER_TOMCAT_ACCESSLOG_BUFFERED=true \
  SACHSONG_EXCHANGE_KEY_CACHE_TTL=${SACHSONG_KEY_CACHE_TTL:-5s}
"$root/bin/sachsong" serve --port "$port" --data-dir "$work/data" > "$work/serve.log" 2>&1 &   # exec: $! is the JVM
server=$!
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/api/v1/ping" >/dev/null && break; sleep 0.5; done

# 1,000 people spread over the registry: pid, name, birth date (names hold no comma or quote).
awk -F, -v step=$(( people / 1000 > 0 ? people / 1000 : 1 )) 'NR > 1 && (NR - 2) % step == 0 && n < 1000 {
  printf "{\"%s\",\"%s\",\"%s\"},\n", $1, $3, $4; n++ }' "$work/gen/registry.csv" > "$work/people.lua"
{
  echo "local people = {"; cat "$work/people.lua"; echo "}"
  cat <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
-- The requests are built once, in each wrk thread's init, so the client spends as little of the
-- machine's two cores per request on verify as on ping.
local requests = {}
local n = 0
init = function(args)
  for i, p in ipairs(people) do
    local name = p[2]
    if i % 4 == 0 then name = "Nguyễn Văn Ai" end
    local body = string.format('{"pid":"%s","purpose":"bench","case_ref":"B-%d","claims":{"full_name":"%s","birth_date":"%s"}}', p[1], i, name, p[3])
    requests[i] = wrk.format(nil, nil, nil, body)
  end
end
request = function()
  n = n + 1
  return requests[n % #requests + 1]
end
LUA
} > "$work/verify.lua"
first=$(head -1 "$work/people.lua" | tr -d '{},' | tr '"' ' ')
read -r pid0 _ <<<"$first"
echo "sample answer: $(curl -s -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d "{\"pid\":\"$pid0\",\"purpose\":\"bench\",\"case_ref\":\"B-0\",\"claims\":{\"full_name\":\"Nguyễn Văn Ai\"}}" \
  "http://localhost:$port/api/v1/verify")"
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
cat "$work/report.lua" >> "$work/verify.lua"

run() { # name, wrk args...: one measured round, prints "name requests req/s p50 p99 errors"
  local name=$1; shift
  local line; line=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" | grep '^RESULT')
  echo "$name ${line#RESULT }"
}
ping_args=(-s "$work/report.lua" "http://localhost:$port/api/v1/ping")
verify_args=(-s "$work/verify.lua" "http://localhost:$port/api/v1/verify")

cpu() { # jiffies user sys of java server, pg total
  local js; js=$(awk '{print $14, $15}' /proc/$server/stat)
  local pg=0; for p in $(pgrep -x postgres); do pg=$((pg + $(awk '{print $14+$15}' /proc/$p/stat))); done
  echo "$js $pg"
}
wrk -t2 -c"$connections" -d20s "${verify_args[@]}" >/dev/null
wrk -t2 -c"$connections" -d10s "${ping_args[@]}" >/dev/null

for kind in ping verify; do
  if [ $kind = ping ]; then args=("${ping_args[@]}"); else args=("${verify_args[@]}"); fi
  wrk -t2 -c"$connections" -d12s "${args[@]}" > "$work/w.txt" &
  sleep 3
  timeout 5 strace -c -f -p $server -o /tmp/strace-$kind.txt || true
  wait
  grep RESULT "$work/w.txt"
done
