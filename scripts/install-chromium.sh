#!/usr/bin/env bash
# Installs Chromium (Debian/Ubuntu) so that HtmlInChromiumTest can render the HTML reports
# headless and check their tables and charts. Without it that test is skipped with a message.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(command -v chromium || echo /usr/bin/chromium)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
