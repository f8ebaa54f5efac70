#!/usr/bin/env bash
# Cold solve seconds of two revisions of the solver, interleaved: each run is a fresh JVM
# (org.reshore.bench.SolveOne, its fifth field), A and B alternating, so that the machine's load
# falls on both alike. Prints every run's seconds and the median per revision and instance.
# Usage (from the repository root):
#   bash benchmarks/scripts/cold-solve-ab.sh REV_A REV_B REPS INSTANCE...   (e.g. cap41 cap64)
# Each revision's solver is compiled in a temporary git worktree with that revision's pom.
set -euo pipefail
cd "$(dirname "$0")/../.."
A="$1"; B="$2"; REPS="$3"; shift 3
mvn -B -q -o install -DskipTests >/dev/null
mvn -B -q -o dependency:build-classpath -pl benchmarks -Dmdep.outputFile=target/classpath.txt >/dev/null
DEPS="$(cat benchmarks/target/classpath.txt)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/reshore-ab.XXXXXX")"
trap 'git worktree remove --force "$WORK/a" >/dev/null 2>&1 || true; git worktree remove --force "$WORK/b" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
for side in a b; do
  rev=$([ "$side" = a ] && echo "$A" || echo "$B")
  git worktree add --detach "$WORK/$side" "$rev" >/dev/null 2>&1
  (cd "$WORK/$side" && mvn -B -q -o compile -pl solver >/dev/null)
done
for n in "$@"; do
  : > "$WORK/$n.txt"
  for r in $(seq "$REPS"); do
    for side in a b; do
      s=$(java -cp "$WORK/$side/solver/target/classes:benchmarks/target/classes:$DEPS" org.reshore.bench.SolveOne \
          "benchmarks/instances/orlib-cflp/$n.txt" - 60 highs | awk '{print $5}')
      echo "$side $s" >> "$WORK/$n.txt"
    done
  done
  for side in a b; do
    rev=$([ "$side" = a ] && echo "$A" || echo "$B")
    grep "^$side " "$WORK/$n.txt" | cut -d' ' -f2 | sort -n | awk -v n="$n" -v rev="$rev" \
      '{v[NR]=$1; all=all" "$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%s %s median %.4f s:%s\n", n, rev, m, all}'
  done
done
