#!/usr/bin/env bash
# Installs the reference solvers the benchmark compares reshore with (Debian packages).
# Usage: bash benchmarks/scripts/install-reference-solvers.sh   (as root, or with sudo available)
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if command -v cbc >/dev/null 2>&1; then
  echo "cbc already installed: $(command -v cbc)"
  exit 0
fi
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q coinor-cbc
echo "installed: $(command -v cbc)"
