#!/usr/bin/env bash
# The search engine's quality and scale figures (benchmarks/RESULTS-search.md). The default
# configuration's results go to *-default.csv (until issue #4 the default was tabu.json: *-tabu.csv).
# Usage (from the repository root):
#   bash benchmarks/scripts/run-search-bench.sh cflp-large [SECONDS]   # capa/capb/capc variants, default 60 s each
#   bash benchmarks/scripts/run-search-bench.sh cflp-small [SECONDS]   # cap41..cap134, default 10 s each
#   bash benchmarks/scripts/run-search-bench.sh scale [SECONDS]         # generated 2000x500x3x4, default 300 s, -Xmx8g
#   bash benchmarks/scripts/run-search-bench.sh lp [glop|highs]         # LP relaxation bound of the generated problem
#   bash benchmarks/scripts/run-search-bench.sh transport               # transport pricing speed, scratch vs last flows
# Results: benchmarks/results/search-*.csv
set -euo pipefail
cd "$(dirname "$0")/../.."
WHAT="${1:-cflp-large}"
mvn -B -q -o install -DskipTests >/dev/null
mvn -B -q -o dependency:build-classpath -pl benchmarks -Dmdep.outputFile=target/classpath.txt >/dev/null
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
DIR=benchmarks/instances/orlib-cflp
OUT=benchmarks/results
GEN=benchmarks/target/gen-42-2000x500x3x4.json
case "$WHAT" in
  cflp-large)
    S="${2:-60}"
    java -cp "$CP" org.reshore.bench.SearchCflpBenchmark "$DIR" "$S" - large | tee "$OUT/search-orlib-capabc-${S}s-default.csv" ;;
  cflp-small)
    S="${2:-10}"
    java -cp "$CP" org.reshore.bench.SearchCflpBenchmark "$DIR" "$S" - small | tee "$OUT/search-orlib-cap-${S}s-default.csv" ;;
  transport)
    # exact transport pricing along a local-search-like sequence: scratch (limit 0) against the last flows (8)
    for c in "capa 8000" "capb 5000" "capc 5000" "cap134 -"; do set -- $c
      echo "# $1 $2"; java -cp "$CP" org.reshore.bench.TransportFlowsSpeed "$DIR/$1.txt" "$2" 1000 0 8; done ;;
  scale)
    S="${2:-300}"
    java -cp "$CP" org.reshore.cli.Main generate --seed 42 --sites 2000 --markets 500 --products 3 --periods 4 --out "$GEN"
    java -Xmx8g -cp "$CP" org.reshore.bench.ScaleBenchmark "$GEN" "$S" | tee "$OUT/search-scale-2000x500x3x4-${S}s.csv" ;;
  lp)
    B="${2:-glop}"
    java -cp "$CP" org.reshore.cli.Main generate --seed 42 --sites 2000 --markets 500 --products 3 --periods 4 --out "$GEN"
    java -Xmx8g -cp "$CP" org.reshore.bench.LpRelaxation "$GEN" "$B" 420 | tee "$OUT/search-scale-2000x500x3x4-lp-$B.csv" ;;
  *) echo "unknown: $WHAT" >&2; exit 2 ;;
esac
