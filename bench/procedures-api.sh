#!/usr/bin/env bash
# Procedures over the API (issue 12): POST /api/v1/dossiers (a new dossier each request: checked,
# applicant read, stored with its month counts and audited before the answer) against GET
# /api/v1/ping in the same run, alternating rounds after a joint warm-up, with wrk like
# bench/verify.sh; then issuing signed results (POST /api/v1/dossiers/{code}/result: lock, number,
# ES256 signature, store, month counts, audit) over dossiers imported beforehand.
# Targets: dossiers/ping >= 0.5; signed results >= 2,000/s.
# Usage: bench/procedures-api.sh [ROUND_SECONDS] [CONNECTIONS] [ROUNDS]   env: PEOPLE (default 100000), PORT (default 18130)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-5}
connections=${2:-64}
rounds=${3:-3}
people=${PEOPLE:-100000}
port=${PORT:-18130}
work=$(mktemp -d /tmp/proc-bench-api-XXXX)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
source "$root/bench/exchange-load.sh"
need wrk wrk
"$root/bin/sachsong" --version >/dev/null
export SACHSONG_NO_BUILD=1
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }

echo "== registry of $people generated people"
"$root/bin/sachsong" generate --people "$people" --rows 10 --dossiers 0 --out "$work/gen" --seed 5 >/dev/null
sachsong registry import "$work/gen/registry.csv" | head -1
key=$(sachsong agency create BENCH --name "Bench province" --level province --fields full_name --purposes bench \
  --rate 1000000 | tail -1)
awk -F, 'NR > 1 && NR <= 1001 { print $1 }' "$work/gen/registry.csv" > "$work/pids.txt"
results_dossiers=2000
{ echo "dossier_code,procedure_code,agency,applicant_pid,received_at,channel,digitised,reused_data,evidence_codes,result_code,result_issued_at,result_electronic"
  awk -v n=$results_dossiers '{ p[NR] = $1 } END { for (i = 0; i < n; i++) printf "R-%d,1.001193,BENCH,%s,2025-06-01,online,true,false,,,,\n", i, p[i % NR + 1] }' "$work/pids.txt"
} > "$work/results-dossiers.csv"
sachsong dossiers import "$work/results-dossiers.csv" | head -1

echo "== serve on port $port"
"$root/bin/sachsong" serve --port "$port" --data-dir "$work/data" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/api/v1/ping" >/dev/null && break; sleep 0.5; done

report='
local threads = {}
local nthreads = 0
setup = function(thread) nthreads = nthreads + 1; thread:set("id", nthreads); table.insert(threads, thread) end
created = 0
response = function(status, headers, body) if status == 201 then created = created + 1 end end
done = function(summary, latency, requests)
  local ok = 0
  for _, t in ipairs(threads) do ok = ok + t:get("created") end
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, ok))
end'
{ echo "local pids = {"; sed 's/.*/"&",/' "$work/pids.txt"; echo "}"
  cat <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
local n = 0
local prefix = ""
init = function(args)
  math.randomseed(os.time() * 1000 + (id or 0))
  prefix = "D" .. tostring(id) .. "-" .. os.time() .. "-" .. tostring(math.random(1, 1000000000)) .. "-"
end
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"code":"' .. prefix .. n .. '","procedure":"1.001193","applicant_pid":"' .. pids[n % #pids + 1]
    .. '","received_at":"2025-06-01T09:00:00+07:00","channel":"online","documents":[{"type":"giay_chung_sinh","digitised":true}]}')
end
LUA
  echo "$report"; } > "$work/dossiers.lua"
{ cat <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
wrk.body = '{"decision":{"so":"123/QD","noi_dung":"Chấp thuận"}}'
local n = 0
local paths = {}
init = function(args) for i = 0, $results_dossiers - 1 do paths[i + 1] = "/api/v1/dossiers/R-" .. i .. "/result" end; n = math.random(1, $results_dossiers) end
request = function()
  n = n + 1
  return wrk.format(nil, paths[n % #paths + 1])
end
LUA
  echo "$report"; } > "$work/results.lua"
echo "$report" | sed 's/status == 201/status == 200/' > "$work/ping.lua"
echo "sample dossier answer: $(curl -s -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "{\"code\":\"SAMPLE-1\",\"procedure\":\"1.001193\",\"applicant_pid\":\"$(head -1 "$work/pids.txt")\",\"received_at\":\"2025-06-01\",\"channel\":\"online\",\"documents\":[{\"type\":\"x\",\"digitised\":true}]}" "http://localhost:$port/api/v1/dossiers")"
echo "sample result answer: $(curl -s -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d '{"decision":{}}' "http://localhost:$port/api/v1/dossiers/SAMPLE-1/result" | cut -c1-120)..."

run() { # name script url: one measured round -> "name requests req/s p50 p99 errors 2xx"
  local line; line=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$2" "$3" | grep '^RESULT')
  echo "$1 ${line#RESULT }"
}
base="http://localhost:$port"
echo "== warm-up: dossiers 15 s, ping 10 s, results 10 s"
wrk -t2 -c"$connections" -d15s -s "$work/dossiers.lua" "$base/api/v1/dossiers" >/dev/null
wrk -t2 -c"$connections" -d10s -s "$work/ping.lua" "$base/api/v1/ping" >/dev/null
wrk -t2 -c"$connections" -d10s -s "$work/results.lua" "$base" >/dev/null
echo "== $rounds rounds of ping ${seconds}s then dossiers ${seconds}s, then $rounds rounds of results, $connections connections"
: > "$work/rounds.txt"
for _ in $(seq 1 "$rounds"); do
  run ping "$work/ping.lua" "$base/api/v1/ping" | tee -a "$work/rounds.txt"
  run dossiers "$work/dossiers.lua" "$base/api/v1/dossiers" | tee -a "$work/rounds.txt"
done
for _ in $(seq 1 "$rounds"); do
  run results "$work/results.lua" "$base" | tee -a "$work/rounds.txt"
done
rate() { awk -v n="$1" '$1 == n { req += $7; t += $2 / $3 } END { printf "%.0f", req / t }' "$work/rounds.txt"; }
p99() { awk -v n="$1" '$1 == n { print $5 }' "$work/rounds.txt" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
errors() { awk -v n="$1" '$1 == n { e += $6 } END { print e + 0 }' "$work/rounds.txt"; }
ping=$(rate ping); dossiers=$(rate dossiers); results=$(rate results)
kill "$server"; wait "$server" || true; server=""
stored=$(sachsong kpi --json | tr -d ' \n' | sed -n 's/.*"national":{"dossiers":\([0-9]*\),.*"results":\([0-9]*\),.*/\1 dossiers, \2 results/p')
echo
echo "ping:     $(printf '%8s' "$ping") req/s answered 200 (p99 median of rounds $(p99 ping) ms)"
echo "dossiers: $(printf '%8s' "$dossiers") created/s (p99 median of rounds $(p99 dossiers) ms, wrk errors/non-2xx $(errors dossiers))"
echo "ratio dossiers/ping: $(echo "scale=2; $dossiers / $ping" | bc) (target >= 0.5)"
echo "results:  $(printf '%8s' "$results") signed results issued/s (p99 median of rounds $(p99 results) ms, wrk errors/non-2xx $(errors results)) (target >= 2,000)"
echo "stored (kpi): $stored"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d), load $(cut -d' ' -f1-3 /proc/loadavg)"
