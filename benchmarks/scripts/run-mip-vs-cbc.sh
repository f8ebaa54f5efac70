#!/usr/bin/env bash
# reshore's mip engine vs CBC on the OR-Library CFLP instances.
# Usage (from the repository root):
#   bash benchmarks/scripts/run-mip-vs-cbc.sh small            # the 37 instances cap41..cap134
#   bash benchmarks/scripts/run-mip-vs-cbc.sh large [LIMIT_S] [NAMES...]  # capa/b/c variants (default: all 12), limit default 120 s
# Environment: BACKEND=highs|scip|cbc (reshore's backend, default highs); WARM=1 starts reshore
# from the greedy plan (results then go to mip-vs-cbc-<set>-warm.*).
# Results: benchmarks/results/mip-vs-cbc-<set>.csv and .json
set -euo pipefail
cd "$(dirname "$0")/../.."
SET="${1:-small}"
LIMIT="${2:-120}"
BACKEND="${BACKEND:-highs}"
mvn -B -q -o install -DskipTests >/dev/null
mvn -B -q -o dependency:build-classpath -pl benchmarks -Dmdep.outputFile=target/classpath.txt >/dev/null
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
DIR=benchmarks/instances/orlib-cflp
if [ "$SET" = small ]; then
  NAMES=$(tail -n +2 "$DIR/optima.csv" | cut -d, -f1 | grep -E '^cap[0-9]+$')
  [ "$#" -ge 2 ] || LIMIT=60
else
  NAMES=$(tail -n +2 "$DIR/optima.csv" | cut -d, -f1 | grep -E '^cap[abc]_')
  if [ "$#" -ge 3 ]; then shift 2; NAMES="$*"; fi
fi
SUFFIX=""
[ "${WARM:-0}" = 1 ] && SUFFIX="-warm"
WARM="${WARM:-0}" java -cp "$CP" org.reshore.bench.MipVsCbc "$DIR" "benchmarks/results/mip-vs-cbc-$SET$SUFFIX" "$LIMIT" "$BACKEND" $NAMES
