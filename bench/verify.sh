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
source "$root/bench/exchange-load.sh"

need wrk wrk
"$root/bin/sachsong" --version >/dev/null   # build first, so no step below pays for it
export SACHSONG_NO_BUILD=1   # built once; a source edited meanwhile must not rebuild at a restart
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

verify_lua "$work/gen/registry.csv" "$people" "$key" "$work/verify.lua"
first=$(head -1 "$work/verify.lua.people" | tr -d '{},' | tr '"' ' ')
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
echo "== warm-up: verify 20 s, ping 10 s (the JIT compiles both paths before anything is measured)"
wrk -t2 -c"$connections" -d20s "${verify_args[@]}" >/dev/null
wrk -t2 -c"$connections" -d10s "${ping_args[@]}" >/dev/null
echo "== $rounds rounds of ping ${seconds}s then verify ${seconds}s, $connections connections, 2 wrk threads"
: > "$work/rounds.txt"
for r in $(seq 1 "$rounds"); do
  run ping "${ping_args[@]}" | tee -a "$work/rounds.txt"
  run verify "${verify_args[@]}" | tee -a "$work/rounds.txt"
done

kill "$server"; wait "$server" || true; server=""
served=$(grep -c '^POST /api/v1/verify ' "$work"/access*.log || true)
non2xx=$(grep '^POST /api/v1/verify ' "$work"/access*.log | grep -vc ' 200$' || true)
audit=$(sachsong audit verify | tee "$work/audit.txt" | sed -n 's/^Checked \([0-9,]*\) audit.*/\1/p' | tr -d ,)
cat "$work/audit.txt"

# columns: name requests req/s p50 p99 errors. Rate over all rounds = requests / time; latencies:
# the median round, and the worst round for p99.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
summary() {
  local rows; rows=$(awk -v n="$1" '$1 == n' "$work/rounds.txt")
  echo "$(awk '{ req += $2; t += $2 / $3; err += $6 } END { printf "%.0f", req / t }' <<<"$rows")" \
    "$(awk '{ print $4 }' <<<"$rows" | median)" "$(awk '{ print $5 }' <<<"$rows" | median)" \
    "$(awk '{ print $5 }' <<<"$rows" | sort -n | tail -1)" "$(awk '{ err += $6 } END { print err + 0 }' <<<"$rows")"
}
read -r ping_rps _ ping_p99 _ _ <<<"$(summary ping)"
read -r verify_rps verify_p50 verify_p99 verify_p99_worst verify_errors <<<"$(summary verify)"
echo
echo "ping:   $(printf '%8.0f' "$ping_rps") req/s (p99 median of rounds $ping_p99 ms)"
echo "verify: $(printf '%8.0f' "$verify_rps") req/s, p50 $verify_p50 ms, p99 $verify_p99 ms (median of rounds; worst round $verify_p99_worst ms), wrk errors/non-2xx $verify_errors"
echo "ratio verify/ping: $(echo "scale=2; $verify_rps / $ping_rps" | bc) (target >= 0.5); p99 target <= 20 ms"
echo "verify requests served (access log): $served (non-200: $non2xx); audit entries: $audit"
[ "$served" = "$audit" ] && echo "audit entries == requests served: yes" || echo "audit entries == requests served: NO"
echo "key cache ttl: ${SACHSONG_EXCHANGE_KEY_CACHE_TTL}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
