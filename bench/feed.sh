#!/usr/bin/env bash
# The change feed at size (issue 11): a registry of PEOPLE (default 1,000,000), one agency whose
# dataset holds every one of them (a file of their names, dates, sexes and IDs cleaned into it),
# and day files that move CHANGED of them (default 100,000) to a new address.
#  1. a fresh registry import (rows/s as the command reports it);
#  2. the same day imports on two copies of the data folder taken after the dataset's run: in one
#     the dataset holds everyone and a webhook subscriber waits (100,000 events each), in the other
#     the dataset holds no one and no one subscribes (no events); each with its own server running,
#     the imports alternating quiet, held, held, quiet, ... so that both meet the same registry;
#  3. delivery: from the import's end until a local receiver (bench/FeedReceiver.java, checking
#     every signature) has all the events: events/s;
#  4. pull: the subscription ended, another day's 100,000 events read with GET /api/v1/changes in
#     pages of 10,000 by curl, each page acknowledging the one before: events/s;
#  5. the 1M-row dataset run: how long its members and scores took once its rows were written.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${PEOPLE:-1000000}
changed=${CHANGED:-100000}
port=${PORT:-18090}
hook=${HOOK_PORT:-18091}
work=$(mktemp -d /tmp/sachsong-bench-feed-XXXX)
server=""; quiet_server=""; receiver=""
cleanup() {
  for p in $server $quiet_server $receiver; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
"$root/bin/sachsong" --version >/dev/null   # build first, so no step below pays for it
export SACHSONG_NO_BUILD=1
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
sachsong() { "$root/bin/sachsong" "$@" --data-dir "$work/data"; }
seconds_of() { sed -n 's/^Imported .* in \([0-9.]*\) s (\([0-9,]*\) rows\/s)$/\1 s, \2 rows\/s/p'; }

echo "== $people people"
"$root/bin/sachsong" generate --people "$people" --rows 10 --out "$work/gen" --seed 11 >/dev/null
echo "fresh import: $(sachsong registry import "$work/gen/registry.csv" | seconds_of)"

# Day files: the first CHANGED people move (v1, then v2, then v3); fields before the quoted
# address are plain, status and died_on after it.
day() { # version
  awk -v n="$changed" -v v="$1" 'NR == 1 { print; next } NR > n + 1 { exit }
    { i = index($0, ",\""); head = substr($0, 1, i); rest = substr($0, i + 2); j = index(rest, "\","); tail = substr(rest, j + 1);
      printf "%s\"Số %d, Phường Thử %s, Thành phố Hà Nội\"%s\n", head, NR, v, tail }' "$work/gen/registry.csv" > "$work/day-$1.csv"
}
for v in 1 2 3 4 5; do day "v$v"; done

echo "== an agency's dataset holding all $people people"
key=$(sachsong agency create FEEDB --name "Feed bench" --fields full_name,address,status,died_on --purposes bench \
  --rate 1000000 | tail -1)
sachsong dataset create FEEDB:all --title "Everyone" --required full_name,birth_date,pid >/dev/null
awk -F, 'NR == 1 { print "Họ và tên,Ngày sinh,Giới tính,Số CCCD"; next }
  { split($4, d, "-"); printf "%s,%s/%s/%s,%s,%s\n", $3, d[3], d[2], d[1], ($5 == "F" ? "Nữ" : "Nam"), $1 }' \
  "$work/gen/registry.csv" > "$work/everyone.csv"
SACHSONG_JAVA_OPTS=-Xmx4g sachsong clean "$work/everyone.csv" --out "$work/everyone.out.csv" --dataset FEEDB:all \
  | grep -E '^Dataset|rows in|^  matched'

secret=$(sachsong feed subscribe FEEDB --url "http://127.0.0.1:$hook/hook" | sed -n 's/^secret: //p')

# The same registry, dataset and history where the dataset holds no one and no one subscribes.
cp -a "$work/data" "$work/quiet"
quiet() { "$root/bin/sachsong" "$@" --data-dir "$work/quiet"; }
quiet feed unsubscribe FEEDB >/dev/null
head -1 "$work/everyone.csv" > "$work/nobody.csv"
quiet clean "$work/nobody.csv" --out "$work/nobody.out.csv" --dataset FEEDB:all | grep '^Dataset' | sed 's/^/  quiet copy: /'
"$root/bin/sachsong" serve --port $((port + 2)) --data-dir "$work/quiet" > "$work/quiet-serve.log" 2>&1 &
quiet_server=$!
"$java" "$root/bench/FeedReceiver.java" "$hook" "$secret" > "$work/receiver.log" 2>&1 &
receiver=$!
"$root/bin/sachsong" serve --port "$port" --data-dir "$work/data" > "$work/serve.log" 2>&1 &
server=$!
for p in $port $((port + 2)); do
  for _ in $(seq 1 240); do curl -sf "http://localhost:$p/api/v1/ping" >/dev/null && break; sleep 0.5; done
done

wait_for() { # count
  local want=$1 line
  for _ in $(seq 1 3000); do
    line=$(tail -1 "$work/receiver.log" 2>/dev/null || true)
    read -r _ got _ first _ last _ bad <<<"$line"
    if [ "${got:-0}" -ge "$want" ]; then echo "$first $last $bad"; return; fi
    sleep 0.1
  done
  echo "0 0 timeout"
}

committed_ms() { # the last import's commit (its finished_at), epoch ms
  date -d "$(sachsong registry status | sed -n 's/^Last import: .* at \([^ ]*\) (.*/\1/p')" +%s%3N
}
delivered() { # total events the receiver must have: prints the delivery figures
  local first last bad end
  read -r first last bad <<<"$(wait_for "$1")"
  end=$(committed_ms)
  echo "  delivered: $changed events, the last $((last - end)) ms after the import committed;" \
    "from the commit $(( changed * 1000 / (last - end > 0 ? last - end : 1) )) events/s; bad signatures: $bad"
}
millis_of() { sed -n 's/^Imported .* (\([0-9,]*\) rows\/s)$/\1/p' | tr -d , | awk -v n="$changed" '{ printf "%d", n * 1000 / $1 }'; }
echo "== the day's import of $changed changes: quiet (no one holds them, no subscriber) and held (the 1M-member dataset, a subscriber, $changed events)"
quiet_ms=0; held_ms=0
for pair in "1 quiet held" "2 held quiet" "3 quiet held" "4 held quiet"; do
  read -r v a b <<<"$pair"
  for side in $a $b; do
    if [ "$side" = quiet ]; then
      ms=$(quiet registry import "$work/day-v$v.csv" | millis_of); quiet_ms=$((quiet_ms + ms))
      echo "  day v$v quiet: $ms ms"
    else
      ms=$(sachsong registry import "$work/day-v$v.csv" | millis_of); held_ms=$((held_ms + ms))
      echo "  day v$v held:  $ms ms"
      delivered $((v * changed)) | sed 's/^/  /'
    fi
  done
done
echo "  held / quiet: $held_ms / $quiet_ms ms = $(awk -v h="$held_ms" -v q="$quiet_ms" 'BEGIN { printf "%+.1f%%", (h / q - 1) * 100 }')"

echo "== pull: subscription ended, one more day's $changed events read in pages of 10,000"
sachsong feed unsubscribe FEEDB >/dev/null
sachsong registry import "$work/day-v5.csv" | seconds_of | sed 's/^/  import: /'
sleep 1
after=$(curl -s -H "Authorization: Bearer $key" "http://localhost:$port/api/v1/changes?after=0&limit=1" >/dev/null;
  sachsong feed status --json | tr -d ' \n' | sed -n 's/.*"acked":\([0-9]*\).*/\1/p')
start=$(date +%s%3N); got=0
while :; do   # the page goes to a file: bash itself is slow with 1.4 MB strings
  curl -s -o "$work/page.json" -H "Authorization: Bearer $key" "http://localhost:$port/api/v1/changes?after=$after&limit=10000"
  n=$(grep -o '"seq":' "$work/page.json" | wc -l || true)
  [ "$n" -eq 0 ] && break
  got=$((got + n)); after=$(tail -c 40 "$work/page.json" | sed -n 's/.*"next_after":\([0-9]*\).*/\1/p')
done
ms=$(( $(date +%s%3N) - start ))
echo "  pulled $got events in $ms ms: $(( got * 1000 / (ms > 0 ? ms : 1) )) events/s"
sachsong feed status | sed 's/^/  /'
sachsong quality show FEEDB:all | head -1 | sed 's/^/  /'
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
