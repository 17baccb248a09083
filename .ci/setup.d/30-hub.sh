#!/usr/bin/env bash
# The one-machine JupyterHub's test needs (tests/test_hub*.py, tests/test_browser*.py). Idempotent.
#
# 1. Debian's chromium (the browser tests drive it with Playwright; no browser is ever downloaded),
#    fonts for the Devanagari and emoji the notebooks show (without them the browser tests' screenshots
#    show boxes where participants see Hindi), and the tools the tests' throw-away hubs use (runuser, chpasswd).
# 2. The hub environment, through the very script deploy/install.sh runs (deploy/hub-env.sh), so the
#    first hub test does not spend its time budget building it. Everything else a hub needs (the
#    proxy, the hub's files, groups and folders) each test installs with deploy/install.sh itself,
#    exactly as deploy/README.md tells an administrator to.
set -euo pipefail
cd "$(dirname "$0")/../.."
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null || missing+=(npm)
[ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
command -v runuser >/dev/null || missing+=(util-linux)
command -v chpasswd >/dev/null || missing+=(passwd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "30-hub: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
$SUDO bash deploy/hub-env.sh
echo "30-hub: chromium and the hub environment (${SML_HUB_ENV:-/opt/social-media-lab/hub-env}) are ready"
