#!/usr/bin/env bash
# The index file past 2 GiB (issue 14, 100M settings): builds an index of PEOPLE synthetic people
# (default 30,000,000: a file of about 2.24 GiB), writes it with the core's IndexFile, reads it back
# and checks every 997th person; prints the file's size and the build, write and read times.
# Needs about 12 GB of heap (HEAP, default 20g) and the file's size free in TMPDIR.
#   bench/big-index.sh [PEOPLE]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-30000000}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d "${TMPDIR:-/tmp}/big-index-XXXX")
trap 'rm -rf "$work"' EXIT
cd "$root"
./mvnw -B -q -o test-compile -pl sachsong-core >/dev/null 2>&1 || ./mvnw -B -q test-compile -pl sachsong-core
./mvnw -B -q -o dependency:build-classpath -pl sachsong-core -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1 \
  || ./mvnw -B -q dependency:build-classpath -pl sachsong-core -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$root/sachsong-core/target/test-classes:$root/sachsong-core/target/classes:$(cat "$work/cp.txt")"
/usr/bin/time -f "whole run %e s, max RSS %M KB" "$JAVA_HOME/bin/java" -Xmx"${HEAP:-20g}" -cp "$cp" \
  vn.sachsong.linkage.ManualBigIndexRun "$people" "$work"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%Y-%m-%dT%H:%MZ)"
