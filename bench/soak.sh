#!/usr/bin/env bash
# Soak and faults for the exchange API (issue 15). Three phases of MINUTES each at the verify
# ceiling (wrk, CONNECTIONS connections, the requests of bench/verify.sh):
#   steady    nothing else happens
#   db-pause  PostgreSQL is stopped (SIGSTOP, every process) for 10 s in the middle, then resumed
#   jvm-kill  the server's JVM is killed (SIGKILL) in the middle and started again at once
# Prints for each phase: requests answered, of them 200, errors (connect, read/write, timeout,
# non-2xx), p99. At the end: the audit log against the answers (every 200 a client received must
# have its entry, so allowed verify entries >= 200s received; more is possible: an entry committed
# whose answer a killed JVM never sent), the chain's state (`audit verify`), and the server's RSS
# at the start and the end of the one JVM that runs steady and db-pause (growth over 10% fails),
# with its RSS after steady alone and the Java heap in use after a full collection at both ends
# (what separates a leak from a heap the collector has merely grown into).
# Usage: bench/soak.sh [MINUTES] [CONNECTIONS]
#   env: PEOPLE (default 1000000), PORT (default 18090)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-10}
connections=${2:-64}
people=${PEOPLE:-1000000}
port=${PORT:-18090}
seconds=${PHASE_SECONDS:-$(( minutes * 60 ))}   # PHASE_SECONDS: a short trial of the harness itself
half=$(( seconds / 2 ))
work=$(mktemp -d /tmp/sachsong-bench-soak-XXXX)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
source "$root/bench/exchange-load.sh"

need wrk wrk
need psql postgresql-client
"$root/bin/sachsong" --version >/dev/null
export SACHSONG_NO_BUILD=1   # built once; a source edited meanwhile must not rebuild at the restart
jcmd="$(dirname "$(readlink -f "$(command -v "${JAVA_HOME:-/usr}/bin/java")")")/jcmd"
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }

echo "== registry of $people generated people"
"$root/bin/sachsong" generate --people "$people" --rows 10 --out "$work/gen" --seed 5 >/dev/null
sachsong registry import "$work/gen/registry.csv" | head -1
key=$(sachsong agency create SOAK --name "Soak agency" --fields full_name,birth_date --purposes bench \
  --rate 1000000 | tail -1)
verify_lua "$work/gen/registry.csv" "$people" "$key" "$work/verify.lua" counting

serve() {
  "$root/bin/sachsong" serve --port "$port" --data-dir "$work/data" >> "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 240); do curl -sf "http://localhost:$port/api/v1/ping" >/dev/null && return; sleep 0.25; done
  echo "the server did not start; its log:" >&2; tail -20 "$work/serve.log" >&2; exit 1
}
rss() { ps -o rss= -p "$1" | tr -d ' '; }
heap_kb() { # the Java heap in use after a full collection, in KB
  "$jcmd" "$1" GC.run >/dev/null 2>&1
  "$jcmd" "$1" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'
}
postgres_pids() {
  local postmaster; postmaster=$(head -1 "$work/data/pg/postmaster.pid")
  echo "$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
}
phase() { # name: wrk for the phase's length; prints "name requests ok connect read timeout status p99"
  local line; line=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 20s -s "$work/verify.lua" \
    "http://localhost:$port/api/v1/verify" | grep '^RESULT')
  echo "$1 ${line#RESULT }" | tee -a "$work/phases.txt"
}

echo "== serve on port $port; warm-up 30 s"
serve
wrk -t2 -c"$connections" -d30s -s "$work/verify.lua" "http://localhost:$port/api/v1/verify" >/dev/null
rss_start=$(rss "$server")
heap_start=$(heap_kb "$server")
: > "$work/phases.txt"
echo "== columns: phase requests 200s connect-errors read/write-errors timeouts non-2xx p99-ms"
echo "== steady: $minutes min"
phase steady
rss_steady=$(rss "$server")
echo "== db-pause: $minutes min, PostgreSQL stopped for 10 s after $half s"
( sleep "$half"; pids=$(postgres_pids); kill -STOP $pids || true; echo "PostgreSQL stopped at $(date -u +%T)" >> "$work/events.txt"
  sleep 10; kill -CONT $pids || true; echo "PostgreSQL resumed at $(date -u +%T)" >> "$work/events.txt" ) &
pauser=$!
phase db-pause
wait "$pauser" || true
rss_end=$(rss "$server")
heap_end=$(heap_kb "$server")
echo "== jvm-kill: $minutes min, the JVM killed after $half s and started again"
(
  sleep "$half"; kill -9 "$server"; echo "killed $server at $(date -u +%T)" >> "$work/events.txt"
) &
killer=$!
# the restart happens here, in this shell, so that $server names the new JVM for the cleanup
( phase jvm-kill > "$work/kill-phase.txt" ) &
load=$!
wait "$killer" || true
while kill -0 "$server" 2>/dev/null; do sleep 0.1; done
serve
echo "restarted as $server at $(date -u +%T)" >> "$work/events.txt"
wait "$load" || true
cat "$work/kill-phase.txt"
cat "$work/events.txt"

echo "== audit log (the restarted server holds the database; the commands use it)"
sachsong audit verify | tee "$work/audit.txt"
received=$(awk '{ ok += $3 } END { print ok }' "$work/phases.txt")
pgport=$(sed -n 4p "$work/data/pg/postmaster.pid")
allowed=$(PGPASSWORD=$(cat "$work/data/db.password") psql -h localhost -p "$pgport" -U postgres -At -c \
  "select count(*) from audit_entry where endpoint = 'POST /api/v1/verify' and outcome = 'allowed'" sachsong)
kill "$server"; wait "$server" || true; server=""
echo
echo "200s received by the clients: $received; allowed verify entries in the audit log: $allowed"
[ "$allowed" -ge "$received" ] && echo "every 200 has its entry: yes" || echo "every 200 has its entry: NO"
grep -q "intact" "$work/audit.txt" && echo "chain: intact" || echo "chain: BROKEN"
growth=$(echo "scale=1; ($rss_end - $rss_start) * 100 / $rss_start" | bc)
echo "server RSS: $(( rss_start / 1024 )) MB after warm-up, $(( rss_steady / 1024 )) MB after steady," \
  "$(( rss_end / 1024 )) MB after db-pause ($growth%; limit 10%)"
echo "Java heap in use after a full collection: $(( ${heap_start:-0} / 1024 )) MB after warm-up," \
  "$(( ${heap_end:-0} / 1024 )) MB after db-pause"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
