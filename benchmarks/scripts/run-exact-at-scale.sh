#!/usr/bin/env bash
# The exact engine at scale: reshore (whole process, method chosen by the engine) against OR-Tools
# HiGHS, OR-Tools SCIP and Debian CBC on the plain strong formulation, same time limit for all,
# on the 12 OR-Library capa/capb/capc variants, one run at a time.
# Usage (from the repository root):
#   bash benchmarks/scripts/run-exact-at-scale.sh [LIMIT_S] [NAMES...]   # default 60 s, all 12
# REFERENCES=0 runs reshore alone (results then go to exact-at-scale-reshore.csv and .json).
# Results: benchmarks/results/exact-at-scale.csv and .json
set -euo pipefail
cd "$(dirname "$0")/../.."
LIMIT="${1:-60}"
command -v cbc >/dev/null || echo "CBC absent: bash benchmarks/scripts/install-reference-solvers.sh installs it" >&2
mvn -B -q -o install -DskipTests >/dev/null
mvn -B -q -o dependency:build-classpath -pl benchmarks -Dmdep.outputFile=target/classpath.txt >/dev/null
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
DIR=benchmarks/instances/orlib-cflp
NAMES=$(tail -n +2 "$DIR/optima.csv" | cut -d, -f1 | grep -E '^cap[abc]_')
if [ "$#" -ge 2 ]; then shift 1; NAMES="$*"; fi
OUT=benchmarks/results/exact-at-scale
[ "${REFERENCES:-1}" = 0 ] && OUT="$OUT-reshore"
java -cp "$CP" org.reshore.bench.ExactAtScale "$DIR" "$OUT" "$LIMIT" $NAMES
