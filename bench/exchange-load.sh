# Shared by the exchange benchmarks (bench/verify.sh, bench/soak.sh); sourced, not run.

# need COMMAND PACKAGE: installs the Debian package when the command is missing.
need() {
  if ! command -v "$1" >/dev/null; then
    echo "== installing $2"
    apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; }
  fi
}

# verify_lua REGISTRY PEOPLE KEY OUT [counting]: a wrk script of verifications of 1,000 people spread
# over the registry, claiming their name and birth date (every fourth with a wrong name, so both
# answers are exercised). The requests are built once per wrk thread, so the client spends as
# little CPU per verify as per ping. With "counting", it also counts the 200s the threads
# received and prints "RESULT requests 200s connect read+write timeout non-2xx p99-ms"; without,
# nothing (add a done() of your own).
verify_lua() {
  local registry=$1 people=$2 key=$3 out=$4 counting=${5:-}
  awk -F, -v step=$(( people / 1000 > 0 ? people / 1000 : 1 )) 'NR > 1 && (NR - 2) % step == 0 && n < 1000 {
    printf "{\"%s\",\"%s\",\"%s\"},\n", $1, $3, $4; n++ }' "$registry" > "$out.people"
  {
    echo "local people = {"; cat "$out.people"; echo "}"
    cat <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
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
    if [ "$counting" = counting ]; then
      cat <<'LUA'
local threads = {}
setup = function(thread) table.insert(threads, thread) end
ok = 0
response = function(status, headers, body) if status == 200 then ok = ok + 1 end end
done = function(summary, latency, requests)
  local received = 0
  for _, t in ipairs(threads) do received = received + t:get("ok") end
  io.write(string.format("RESULT %d %d %d %d %d %d %.2f\n", summary.requests, received, summary.errors.connect,
    summary.errors.read + summary.errors.write, summary.errors.timeout, summary.errors.status, latency:percentile(99) / 1000))
end
LUA
    fi
  } > "$out"
}
