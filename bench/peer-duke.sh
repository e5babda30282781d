#!/usr/bin/env bash
# Peer benchmark (issue 3): Duke 1.2 (no.priv.garshol.duke:duke, Apache-2) against Sạch Sống on
# FEBRL4 and on generated Vietnamese data (a registry and a messy driving-licence file), same
# machine, same run. Prints precision, recall, F1, wall-clock seconds and rows/s per engine.
#
#   bench/peer-duke.sh [--people N] [--rows R] [--seed S] [--threads T] [--vn-data DIR] [--skip-ours]
#
#   --people   registry size for the Vietnamese data (default 200000)
#   --rows     rows of the licence file (default 51000; the issue's comparable list)
#   --seed     generator seed (default 1)
#   --threads  Duke's worker threads (default: all cores, as ours may use them)
#   --vn-data  use this folder (registry.csv, driving_licences.csv, truth.csv) instead of generating
#   --skip-ours  Duke only
# FEBRL files come from $SACHSONG_SHARED_DATA/febrl (default: ../shared/data next to the repo).
#
# How each engine is scored: bench/Eval.java, the same code for both (pairs by FEBRL entity
# number; licence rows by the true pid in truth.csv, only rows marked matched count).
# Timing is wall clock of the engine's commands, JVM start included, builds excluded.
# Duke's time leaves out the reshaping of its inputs (Prepare: title rows dropped, a row-number
# column, copied columns; well under a second) and that reshaping is done for it: both favour Duke.
# Ours is timed as registry import + clean (Duke's time includes indexing the registry).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=200000 rows=51000 seed=1 threads=$(nproc) vn_data="" skip_ours=""
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --vn-data) vn_data=$(cd "$2" && pwd); shift 2 ;;
    --skip-ours) skip_ours=1; shift ;;
    *) echo "peer-duke: unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
shared=${SACHSONG_SHARED_DATA:-$root/../shared/data}
febrl=$shared/febrl
work=$(mktemp -d /tmp/sachsong-peer-duke-XXXX)
trap 'rm -rf "$work"' EXIT

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
  if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then java=$candidate; break; fi
done
[ -n "${java:-}" ] || { echo "peer-duke: needs Java 21 or newer (set JAVA_HOME)" >&2; exit 2; }
export JAVA_HOME=$(dirname "$(dirname "$java")")

results=()   # "dataset|engine|precision|recall|f1|seconds|rows"
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
evaluate() { "$java" "$root/bench/Eval.java" "$@"; }
record() {   # dataset engine "P R F1 ..." seconds rows
  local p r f; read -r p r f _ <<<"$3"
  results+=("$1|$2|$p|$r|$f|$4|$5")
  printf '  %s %s: precision %s recall %s F1 %s in %.1f s\n' "$1" "$2" "$p" "$r" "$f" "$4"
}

echo "== build Duke 1.2 driver (bench/peer-duke)"
(cd "$root" && { ./mvnw -B -q -o -f bench/peer-duke/pom.xml package >"$work/duke-build.log" 2>&1 \
  || ./mvnw -B -q -f bench/peer-duke/pom.xml package >"$work/duke-build.log" 2>&1; }) \
  || { tail -n 30 "$work/duke-build.log" >&2; echo "peer-duke: Duke build failed" >&2; exit 1; }
duke_cp="$root/bench/peer-duke/target/peer-duke-1.jar:$(cat "$root/bench/peer-duke/target/classpath.txt")"
duke() { "$java" ${DUKE_JAVA_OPTS:-} -cp "$duke_cp" "$@"; }

ours=""
if [ -z "$skip_ours" ]; then
  echo "== build ours (bin/sachsong)"
  if "$root/bin/sachsong" --version >"$work/ours-build.log" 2>&1; then ours=1
  else tail -n 5 "$work/ours-build.log" >&2; echo "  ours: bin/sachsong does not build or run here; Duke only" >&2; fi
fi
# Runs one of our commands; on failure says which contract is missing instead of stopping the run.
ours_run() {
  local what=$1; shift
  if ! "$root/bin/sachsong" "$@" >"$work/ours.log" 2>&1; then
    tail -n 5 "$work/ours.log" | sed 's/^/    /' >&2
    echo "  ours: '$what' failed or is not in this checkout (bin/sachsong $*)" >&2
    return 1
  fi
}

# ---------------------------------------------------------------- FEBRL4
if [ -f "$febrl/dataset4a.csv" ]; then
  echo "== FEBRL4: 5,000 originals x 5,000 corrupted copies"
  mkdir -p "$work/febrl"
  for x in a b; do   # Duke's CSV reader keeps the blanks after commas and CRs in its header
    sed 's/\r$//; s/, */,/g' "$febrl/dataset4$x.csv" >"$work/febrl/$x.csv"; echo >>"$work/febrl/$x.csv"
  done
  t0=$(now); (cd "$work/febrl" && duke vn.sachsong.bench.duke.DukeLinks "$root/bench/peer-duke/febrl4.xml" links.csv "$threads" 2>duke.log); t1=$(now)
  grep '^duke:' "$work/febrl/duke.log" | sed 's/^/  /'
  record FEBRL4 "Duke 1.2" "$(evaluate febrl "$work/febrl/links.csv" "$febrl/dataset4a.csv" "$febrl/dataset4b.csv")" "$(secs "$t0" "$t1")" 5000
  if [ -n "$ours" ]; then
    t0=$(now)
    if ours_run link link "$febrl/dataset4a.csv" "$febrl/dataset4b.csv" --profile "$root/examples/profiles/febrl.json" \
         --out "$work/febrl/ours.csv"; then
      t1=$(now)
      record FEBRL4 "Sạch Sống" "$(evaluate febrl "$work/febrl/ours.csv" "$febrl/dataset4a.csv" "$febrl/dataset4b.csv")" "$(secs "$t0" "$t1")" 5000
    fi
  fi
else
  echo "== FEBRL4: $febrl/dataset4a.csv not found (set SACHSONG_SHARED_DATA); skipped" >&2
fi

# ---------------------------------------------------------------- Vietnamese registry + licences
vn=${vn_data:-$work/vn}
if [ -z "$vn_data" ]; then
  echo "== generate $people people, $rows licence rows (seed $seed)"
  if ! "$root/bin/sachsong" generate --people "$people" --out "$vn" --seed "$seed" --rows "$rows" >"$work/gen.log" 2>&1; then
    tail -n 5 "$work/gen.log" >&2
    echo "peer-duke: 'bin/sachsong generate' is not available; pass --vn-data DIR with generated files" >&2
    vn=""
  fi
fi
if [ -n "$vn" ]; then
  n=$(awk -F, '$1 == "driving_licences"' "$vn/truth.csv" | wc -l)
  echo "== Vietnamese: $(($(wc -l <"$vn/registry.csv") - 1)) registry people, $n licence rows"
  mkdir -p "$work/vn-duke"
  (cd "$work/vn-duke" &&
    duke vn.sachsong.bench.duke.Prepare "$vn/registry.csv" registry.csv pid false pid 2>/dev/null &&
    duke vn.sachsong.bench.duke.Prepare "$vn/driving_licences.csv" licences.csv STT true "Số CCCD" 2>/dev/null)
  t0=$(now); (cd "$work/vn-duke" && duke vn.sachsong.bench.duke.DukeLinks "$root/bench/peer-duke/vn.xml" links.csv "$threads" 2>duke.log); t1=$(now)
  grep '^duke:' "$work/vn-duke/duke.log" | sed 's/^/  /'
  record "VN licences" "Duke 1.2" "$(evaluate links "$work/vn-duke/links.csv" "$vn/truth.csv" driving_licences)" "$(secs "$t0" "$t1")" "$n"
  if [ -n "$ours" ]; then
    t0=$(now)
    if ours_run "registry import" registry import "$vn/registry.csv" --data-dir "$work/data" &&
       ours_run clean clean "$vn/driving_licences.csv" --out "$work/ours-licences.csv" --data-dir "$work/data"; then
      t1=$(now)
      record "VN licences" "Sạch Sống" "$(evaluate rows "$work/ours-licences.csv" "$vn/truth.csv" driving_licences)" "$(secs "$t0" "$t1")" "$n"
    fi
  fi
fi

# ---------------------------------------------------------------- table
echo
printf '%-12s | %-10s | %9s | %6s | %6s | %8s | %7s\n' dataset engine precision recall F1 seconds "rows/s"
printf '%s\n' "-------------|------------|-----------|--------|--------|----------|--------"
for line in "${results[@]}"; do
  IFS='|' read -r d e p r f s n <<<"$line"
  printf '%-12s | %-10s | %9s | %6s | %6s | %8.1f | %7.0f\n' "$d" "$e" "$p" "$r" "$f" "$s" "$(echo "$n / $s" | bc -l)"
done
echo
echo "Duke threads: $threads; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%d)"
