#!/usr/bin/env bash
# Installs the reference solvers the benchmark compares reshore with: CBC (Debian's coinor-cbc) and
# HiGHS from the npm package highs (WebAssembly), pinned in benchmarks/tools/highs-js/package.json
# and package-lock.json and installed there. Idempotent and quick when both are already present.
# Usage: bash benchmarks/scripts/install-reference-solvers.sh   (as root, or with sudo available, for CBC)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if command -v cbc >/dev/null 2>&1; then
  echo "cbc already installed: $(command -v cbc)"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q coinor-cbc
  echo "installed: $(command -v cbc)"
fi

highs="$root/benchmarks/tools/highs-js"
want="$(sed -n 's/.*"highs": *"\([^"]*\)".*/\1/p' "$highs/package.json")"
have="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$highs/node_modules/highs/package.json" 2>/dev/null | head -1 || true)"
if [ -n "$have" ] && [ "$have" = "$want" ]; then
  echo "highs-js already installed: highs $have in benchmarks/tools/highs-js"
elif ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  # the benchmark goes on without it: its highs-js runs are refused with this same hint
  echo "highs-js not installed: no node or npm on PATH (Node.js 18 or later is needed)" >&2
else
  (cd "$highs" && npm ci --no-audit --no-fund --loglevel=error)
  echo "installed: highs $want in benchmarks/tools/highs-js"
fi
