#!/usr/bin/env bash
# The hostile client of issue 15, as a script: each of its nine broken points probed from outside,
# with curl and bash only, against a server on the loopback with a generated registry. Prints one
# line per probe, "OK" or "HOLE", with what was answered, and a count of holes at the end.
# Run it on any checkout to see which holes it has: bench/hostile-probe.sh [CHECKOUT]
#   CHECKOUT  the checkout whose bin/sachsong is probed (default: this one)
#   env: PEOPLE (default 20000), PORT (default 18091), SLOW (slow connections, default 300)
# The tests of each point are in sachsong-server (HostileClientIT, SlowClientsIT, CliIT, ...);
# this is the independent check that the holes are closed for a client that knows nothing of them.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "${1:-$here}" && pwd)
people=${PEOPLE:-20000}
port=${PORT:-18091}
slow=${SLOW:-300}
work=$(mktemp -d /tmp/sachsong-probe-XXXX)
server=""
slowpids=()
cleanup() {
  [ ${#slowpids[@]} -gt 0 ] && kill "${slowpids[@]}" 2>/dev/null
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }
api="http://127.0.0.1:$port/api/v1"
holes=0
report() { # HOLE-CONDITION(0|1) POINT WHAT
  if [ "$1" = 1 ]; then holes=$((holes + 1)); echo "HOLE $2: $3"; else echo "OK   $2: $3"; fi
}
status() { curl -s -o "$work/body" -w '%{http_code} %{content_type}' --max-time 10 "$@"; }

"$root/bin/sachsong" --version >/dev/null || exit 1
echo "== $root ($(git -C "$root" rev-parse --short HEAD 2>/dev/null)), registry of $people people"
"$root/bin/sachsong" generate --people "$people" --rows 10 --out "$work/gen" --seed 7 >/dev/null
sachsong registry import "$work/gen/registry.csv" >/dev/null
key=$(sachsong agency create PROBE --name "Probe" --fields full_name,birth_date --purposes probe --rate 100000 | tail -1)
slowkey=$(sachsong agency create SLOW5 --name "Rate five" --fields full_name,birth_date --purposes probe --rate 5 | tail -1)
sachsong agency create OPS --name "Operator" --fields full_name --purposes audit --operator >/dev/null
pid=$(awk -F, 'NR == 2 { print $1 }' "$work/gen/registry.csv")
name=$(awk -F, 'NR == 2 { print $3 }' "$work/gen/registry.csv")
born=$(awk -F, 'NR == 2 { print $4 }' "$work/gen/registry.csv")
# the probe's agency looks the person up, so the audit log holds something to read about them
curl -s -o /dev/null "$api/people/$pid?fields=full_name&purpose=probe&case_ref=P-1" -H "Authorization: Bearer $key"

"$root/bin/sachsong" serve --port "$port" --data-dir "$work/data" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do curl -sf "$api/ping" >/dev/null && break; sleep 0.25; done
curl -sf "$api/ping" >/dev/null || { echo "the server did not start"; tail -20 "$work/serve.log"; exit 1; }
auth=(-H "Authorization: Bearer $key")
json=(-H "Content-Type: application/json")
verify_body() { printf '{"pid":"%s","purpose":"probe","case_ref":"P-2","claims":{%s}}' "$pid" "$1"; }

echo "== 1. the operator-only audit log, spelled otherwise, with an agency's key"
for path in "/api/v1/audit/people/$pid" "/api/v1/%61udit/people/$pid" "/api/v1/audit;x=y/people/$pid" \
    "/api;/v1/audit/people/$pid" "/api/v1;/audit/people/$pid" "/api/%761/audit/people/$pid" \
    "/api/v1/./audit/people/$pid" "/api/v1//audit/people/$pid" "/API/V1/audit/people/$pid"; do
  got=$(status --path-as-is "${auth[@]}" "http://127.0.0.1:$port$path")
  report "$([ "${got%% *}" = 200 ] && echo 1 || echo 0)" 1 "$path -> ${got%% *}"
done

echo "== 2. $slow slow uploads without a key (Content-Length 1000, a byte every 5 s)"
for _ in $(seq 1 "$slow"); do
  ( exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 0
    printf 'POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{' >&3
    for _ in 1 2 3 4 5 6; do sleep 5; printf ' ' >&3 2>/dev/null || exit 0; done ) 2>/dev/null &
  slowpids+=($!)
done
sleep 4
start=$(date +%s.%N)
ping=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$api/ping")
verify=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${auth[@]}" "${json[@]}" \
  -d "$(verify_body "\"full_name\":\"$name\"")" "$api/verify")
took=$(echo "$(date +%s.%N) - $start" | bc)
report "$([ "$ping" = 200 ] && [ "$verify" = 200 ] && echo 0 || echo 1)" 2 \
  "during them, ping -> $ping, verify -> $verify (both in $(printf '%.2f' "$took") s; 000 is a 10 s timeout)"
kill "${slowpids[@]}" 2>/dev/null; wait "${slowpids[@]}" 2>/dev/null; slowpids=(); sleep 6   # their sleeps hold the sockets up to 5 s
server_alive=$(kill -0 "$server" 2>/dev/null && echo yes || echo no)
[ "$server_alive" = yes ] || { echo "the server died"; exit 1; }

echo "== 3. a sex claim from an agency whose policy opens only full_name, birth_date"
got=$(status "${auth[@]}" "${json[@]}" -d "$(verify_body '"sex":"M"')" "$api/verify")
report "$([ "${got%% *}" = 200 ] && echo 1 || echo 0)" 3 "-> ${got%% *} $(head -c 120 "$work/body")"

echo "== 4. an agency limited to 5/s sends 6 batches of 1,000"
item=$(verify_body "\"full_name\":\"$name\"")
items=$(for _ in $(seq 1 1000); do printf '%s,' "$item"; done)
printf '{"items":[%s]}' "${items%,}" > "$work/batch.json"
answered=0
for _ in 1 2 3 4 5 6; do
  got=$(status -H "Authorization: Bearer $slowkey" "${json[@]}" --data-binary @"$work/batch.json" "$api/verify/batch")
  [ "${got%% *}" = 200 ] && answered=$((answered + 1000))
done
report "$([ "$answered" -gt 10 ] && echo 1 || echo 0)" 4 "verifications answered: $answered (the rate allows about 5)"

echo "== 6. overlong UTF-8 in a JSON body"
printf '{"pid":"\xc0\xb0\xc0\xb0%s","purpose":"probe","case_ref":"P-3","claims":{"full_name":"x"}}' "${pid:2}" > "$work/overlong.json"
got=$(status "${auth[@]}" "${json[@]}" --data-binary @"$work/overlong.json" "$api/verify")
report "$([ "${got%% *}" = 200 ] && echo 1 || echo 0)" 6 "-> ${got%% *} $(grep -o '"code":"[A-Z_]*"' "$work/body")"
got=$(status "${auth[@]}" "${json[@]}" -d "$(printf '{"pid":"%s","purpose":"probe","case_ref":"P\\u0000","claims":{"full_name":"x"}}' "$pid")" "$api/verify")
report "$([ "${got%% *}" = 200 ] && echo 1 || echo 0)" 6 "a NUL in case_ref -> ${got%% *}"

echo "== 7. two Authorization headers, a bogus one and a valid one"
first=$(status -H "Authorization: Bearer ss_live_bogus" "${auth[@]}" "${json[@]}" -d "$(verify_body "\"full_name\":\"$name\"")" "$api/verify")
second=$(status "${auth[@]}" -H "Authorization: Bearer ss_live_bogus" "${json[@]}" -d "$(verify_body "\"full_name\":\"$name\"")" "$api/verify")
report "$([ "${first%% *}" = 200 ] || [ "${second%% *}" = 200 ] && echo 1 || echo 0)" 7 \
  "bogus first -> ${first%% *}, valid first -> ${second%% *}"

echo "== 8. answers outside the contract"
for path in /api/v1/error /error "/api/v1/people/a%2Fb" "/api/v1/people/a%00b" "/api/v1/people/a%5Cb"; do
  got=$(curl -s -D "$work/headers" -o "$work/body" -w '%{http_code} %{content_type}' --max-time 10 --path-as-is \
    "${auth[@]}" "http://127.0.0.1:$port$path")
  problem=$([[ "$got" == *problem+json* ]] && grep -qi '^x-request-id' "$work/headers" && echo yes || echo no)
  bad=$([[ "$path" == /api/* && "$problem" = no ]] || [[ "${got%% *}" = 500 ]] && echo 1 || echo 0)
  report "$bad" 8 "$path -> $got (problem+json with a request id: $problem)"
done
got=$(curl -s -X TRACE -o "$work/body" -w '%{http_code} %{content_type}' "${auth[@]}" "$api/ping")
report "$([[ "$got" == *problem+json* ]] && echo 0 || echo 1)" 8 "TRACE /api/v1/ping -> $got"

echo "== 5. a flood with a made-up key: 2,000 requests"
codes=$(curl -s -H "Authorization: Bearer ss_live_madeupmadeupmadeupmadeup" -o /dev/null -w '%{http_code}\n' \
  -H "Content-Type: application/json" -d '{}' "$api/verify?n=[1-2000]" | sort | uniq -c | awk '{ printf "%s x %s, ", $1, $2 }')
slowed=$(echo "$codes" | grep -c "x 429")
report "$([ "$slowed" = 0 ] && echo 1 || echo 0)" 5 "answers: $codes(the audit's growth is measured by its tests)"
got=$(status "${auth[@]}" "${json[@]}" -d "$(verify_body "\"full_name\":\"$name\"")" "$api/verify")
report "$([ "${got%% *}" = 200 ] && echo 0 || echo 1)" 5 "then a good key from the flooding address -> ${got%% *}"

kill "$server"; wait "$server" 2>/dev/null; server=""
echo "== 9. the CLI's messages"
{ head -c 52428800 /dev/zero | tr '\0' 'a'; printf '\n'; } > "$work/huge.csv"
sachsong registry import "$work/huge.csv" > "$work/out" 2>&1; rc=$?
bytes=$(wc -c < "$work/out")
report "$([ "$bytes" -gt 10000 ] && echo 1 || echo 0)" 9 "a 50 MB one-line file: exit $rc, message of $bytes bytes"
{ head -1 "$work/gen/registry.csv"; sed -n 2p "$work/gen/registry.csv" | sed 's/,/,\x00/2'; } > "$work/nul.csv"
sachsong registry import "$work/nul.csv" > "$work/out" 2>&1; rc=$?
# named with its line and field, in the message or in the rejects file beside the input
named=$(cat "$work/out" "$work/nul.csv.rejects.csv" 2>/dev/null | grep -i 'nul' | grep -c '^2,\|line 2')
report "$([ "$named" -gt 0 ] && echo 0 || echo 1)" 9 "a NUL byte: exit $rc, $(head -c 120 "$work/out" | tr '\n' ' ')$(
  [ -f "$work/nul.csv.rejects.csv" ] && sed -n 2p "$work/nul.csv.rejects.csv" | head -c 120)"

echo
echo "holes: $holes"
