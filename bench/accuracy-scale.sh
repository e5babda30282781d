#!/usr/bin/env bash
# Accuracy at a registry size on both generators (issue 14): the product's own generator (a licence
# list of ROWS rows, scored by `clean --truth`) and the independent one written without the product's
# code (bench/indep: eight agency files of ROWS/8 rows each, scored by bench/indep/Score.java).
#
#   bench/accuracy-scale.sh [PEOPLE] [ROWS]      defaults 1000000 200000
#
# Prints one line per generator: precision, recall, review share, absent people linked. Bars
# (issue 14): precision >= 0.999, absent linked <= 0.05% of absent people, recall >= 0.99, review
# <= 2%, and no figure worse at 10M than at 1M by more than 0.002. Uses the built jar as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-1000000}
rows=${2:-200000}
work=$(mktemp -d /tmp/sachsong-accuracy-XXXX)
trap 'rm -rf "$work"' EXIT
"$root/bin/sachsong" --version >/dev/null
export SACHSONG_NO_BUILD=1

echo "== own generator: $people people, a licence list of $rows rows (seed ${SEED:-3})"
"$root/bin/sachsong" generate --people "$people" --rows "$rows" --out "$work/own" --seed "${SEED:-3}" --dossiers 0 >/dev/null
"$root/bin/sachsong" registry import "$work/own/registry.csv" --data-dir "$work/own-data" | head -1
SACHSONG_JAVA_OPTS=${SACHSONG_JAVA_OPTS:--Xmx6g} "$root/bin/sachsong" clean "$work/own/driving_licences.csv" \
  --out "$work/own.out.csv" --data-dir "$work/own-data" --truth "$work/own/truth.csv" > "$work/own.txt"
own=$(grep '^Against the truth' "$work/own.txt" | sed 's/^Against the truth: //')
rm -rf "$work/own" "$work/own-data" "$work/own.out.csv"

echo "== independent generator: $people people, 8 files of $((rows / 8)) rows (seed ${SEED_INDEP:-1})"
WORK="$work/indep" SEED=${SEED_INDEP:-1} "$root/bench/accuracy-indep.sh" "$people" "$((rows / 8))" > "$work/indep.txt"
indep=$(grep '^dataset=ALL' "$work/indep/score.txt" | tr ' ' '\n' | grep -E '^(precision|recall|review_share|absent_linked|absent|absent_linked_share)=' | tr '\n' ' ')

echo
echo "registry $people people, $rows rows ($(date -u +%Y-%m-%d), $(nproc) cores)"
echo "  own generator:         $own"
echo "  independent generator: $indep"
