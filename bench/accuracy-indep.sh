#!/usr/bin/env bash
# Accuracy on the independent generator's files (issue 14, point 5): bench/indep/Gen.java, written
# without the product's code, makes a registry of PEOPLE and eight agency files of ROWS person rows
# each (bench/indep/README.md); the registry is imported into a fresh data folder, each file is
# cleaned with the default settings, and each output is scored with bench/Eval.java (precision,
# recall) and bench/indep/Score.java (review share, absent people linked, figures by noise kind).
#
#   bench/accuracy-indep.sh [PEOPLE] [ROWS]      defaults 1000000 200000
#
# Environment: SEED (generator seed, default 1); KEEP=1 keeps the work folder (printed);
# WORK=DIR uses DIR instead of a new temporary folder; SHOW=N lists N wrong links per file.
# Uses the existing jar (SACHSONG_NO_BUILD=1); builds it once only when it is missing.
# The issue's bars, for the report: precision >= 0.999, absent linked <= 0.05% of absent people,
# recall >= 0.99, review <= 2%.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-1000000}
rows=${2:-200000}
seed=${SEED:-1}

java=""
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
  if [ -x "$candidate" ]; then
    v=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${v:-0}" -ge 22 ] 2>/dev/null; then java=$candidate; break; fi
  fi
done
[ -n "$java" ] || { echo "accuracy-indep: needs a JDK 22 or newer (multi-file source programs); set JAVA_HOME" >&2; exit 2; }

if [ ! -f "$root/sachsong-server/target/sachsong.jar" ]; then
  echo "accuracy-indep: no jar yet, building it once" >&2
  "$root/bin/sachsong" --version >/dev/null
fi
export SACHSONG_NO_BUILD=1

work=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/accuracy-indep.XXXXXX")}
mkdir -p "$work/out"
cleanup() { if [ "${KEEP:-}" = 1 ] || [ -n "${WORK:-}" ]; then echo "work folder kept: $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

start=$(now)
echo "== independent generator: $people people, $rows rows per file, seed $seed"
t=$(now)
"$java" "$root/bench/indep/Gen.java" --people "$people" --rows "$rows" --out "$work/gen" --seed "$seed"
gen_s=$(secs "$t" "$(now)")
echo "generated in $gen_s s"

echo "== registry import"
t=$(now)
"$root/bin/sachsong" registry import "$work/gen/registry.csv" --data-dir "$work/data" | sed 's/^/  /'
import_s=$(secs "$t" "$(now)")
echo "imported in $import_s s"

pairs=()
declare -A took
while read -r f; do
  [ -n "$f" ] || continue
  d=${f%.*}
  echo "== clean $f"
  t=$(now)
  "$root/bin/sachsong" clean "$work/gen/$f" --out "$work/out/$d.csv" --data-dir "$work/data" > "$work/out/$d.log" 2>&1 \
    || { cat "$work/out/$d.log" >&2; echo "accuracy-indep: clean failed on $f" >&2; exit 1; }
  took[$d]=$(secs "$t" "$(now)")
  echo "  $(grep -m1 'rows in' "$work/out/$d.log" || true) [${took[$d]} s for the command]"
  echo "  Eval: $("$java" "$root/bench/Eval.java" rows "$work/out/$d.csv" "$work/gen/truth.csv" "$d") (precision recall f1 predicted correct truth)"
  pairs+=("$work/out/$d.csv=$d")
done < "$work/gen/files.txt"

"$java" "$root/bench/indep/Score.java" "$work/gen/truth.csv" "${pairs[@]}" --kinds --show "${SHOW:-0}" > "$work/score.txt"

echo
echo "== results: registry $people people, $rows rows per file (seed $seed)"
printf '%-18s %9s %9s %8s %8s  %-34s %8s\n' file rows precision recall review "absent people linked" "clean s"
grep '^dataset=' "$work/score.txt" | while read -r line; do
  eval "$(echo "$line" | tr ' ' '\n' | sed 's/^/s_/')"
  ts=${took[$s_dataset]:-$(secs "$start" "$(now)")}
  if [ "$s_dataset" = ALL ]; then ts=$(printf "%s\n" "${took[@]}" | awk "{ s += \$1 } END { printf \"%.1f\", s }"); fi
  printf '%-18s %9s %9s %8s %7.2f%%  %-34s %8s\n' "$s_dataset" "$s_persons" "$s_precision" "$s_recall" \
    "$(awk -v x="$s_review_share" 'BEGIN { print 100 * x }')" \
    "$s_absent_linked of $s_absent ($(awk -v x="$s_absent_linked_share" 'BEGIN { printf "%.3f%%", 100 * x }'))" "$ts"
done
echo
echo "(rows = person rows; precision = right pid / matched rows; recall = right pid / rows whose person is registered;"
echo " review = review rows / person rows; bars: precision >= 0.999, absent linked <= 0.05%, recall >= 0.99, review <= 2%)"
grep '^ceiling' "$work/score.txt" || true
echo
sed -n '/^kind (all files)/,$p' "$work/score.txt" | grep -v '^  ' || true
grep '^  ' "$work/score.txt" || true
echo
echo "times: generate $gen_s s, import $import_s s, whole run $(secs "$start" "$(now)") s"
