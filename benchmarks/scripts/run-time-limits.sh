#!/usr/bin/env bash
# Does `reshore solve --time-limit L` hold, model building included, for every engine and MIP
# backend? Each run is a fresh process (`java -jar` on the app jar); the wall time measured here
# runs from the process start to its exit: JVM start, reading the problem, the greedy warm start,
# the engine, judging and writing the plan. The target: wall ≤ 1.1·L + 2 s.
#
# Usage (from the repository root):
#   bash benchmarks/scripts/run-time-limits.sh [LIMITS] [INSTANCES] [ENGINES]
#     LIMITS     seconds, default "5 20 60"
#     INSTANCES  OR-Library large instances with a capacity, default "capb:5000 capc:5750"
#     ENGINES    default "greedy mip:highs mip:scip mip:cbc search"
# Output: one CSV row per run on stdout and in $OUT (default benchmarks/results/time-limits.csv)
# (limit,engine,backend,instance,wall_s,overshoot_s,within,exit,status,objective).
# Runs are niced (the build machine is shared); pass NICE= to run them at normal priority.
# JAR=path/to/reshore-solver-app.jar measures another build (e.g. the commit before the watchdog).
set -uo pipefail
cd "$(dirname "$0")/../.."
LIMITS="${1:-5 20 60}"
INSTANCES="${2:-capb:5000 capc:5750}"
ENGINES="${3:-greedy mip mip:highs mip:scip mip:cbc search}"   # mip: the engine's own method; mip:BACKEND: the strong method on BACKEND
NICE="${NICE-nice}"
OUT="${OUT:-benchmarks/results/time-limits.csv}"
WORK="${TMPDIR:-/tmp}/reshore-time-limits"
JAR="${JAR:-solver/target/reshore-solver-app.jar}"   # another build's jar to compare with
mkdir -p "$WORK"
[ -f "$JAR" ] || mvn -B -q -o -DskipTests -pl solver -am package >/dev/null
echo "limit,engine,backend,instance,wall_s,overshoot_s,within,exit,status,objective" | tee "$OUT"
for inst in $INSTANCES; do
  name="${inst%%:*}"; cap="${inst##*:}"
  problem="$WORK/${name}_${cap}.json"
  [ -f "$problem" ] || java -jar "$JAR" import orlib-cflp "benchmarks/instances/orlib-cflp/$name.txt" \
      --capacity "$cap" --out "$problem" >/dev/null
  for limit in $LIMITS; do
    for e in $ENGINES; do
      engine="${e%%:*}"; backend=""; args=(--engine "$engine")
      if [ "$e" != "$engine" ]; then backend="${e##*:}"; args+=(--method strong --backend "$backend"); fi
      plan="$WORK/${name}_${cap}-${limit}-${e/:/-}.plan.json"
      rm -f "$plan"
      t0=$(date +%s.%N)
      $NICE java -Xss4m -XX:+UseParallelGC -jar "$JAR" solve "$problem" "${args[@]}" --time-limit "${limit}s" \
          --out "$plan" >"$WORK/out.txt" 2>"$WORK/err.txt"
      rc=$?
      t1=$(date +%s.%N)
      wall=$(echo "$t1 - $t0" | bc -l)
      over=$(echo "$wall - $limit" | bc -l)
      within=$(echo "$wall <= 1.1 * $limit + 2" | bc -l)
      status=$(sed -n 's/.*"status": "\([A-Z_]*\)".*/\1/p' "$plan" 2>/dev/null | head -1)
      objective=$(sed -n 's/.*"objective": \([-0-9.eE+]*\).*/\1/p' "$plan" 2>/dev/null | head -1)
      printf '%s,%s,%s,%s_%s,%.2f,%.2f,%s,%s,%s,%s\n' "$limit" "$engine" "$backend" "$name" "$cap" "$wall" "$over" \
          "$([ "$within" = 1 ] && echo yes || echo NO)" "$rc" "${status:-none}" "${objective:-}" | tee -a "$OUT"
    done
  done
done
