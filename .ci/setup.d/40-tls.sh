#!/usr/bin/env bash
# The hub as a service behind TLS (deploy/nginx/, deploy/systemd/, tests/test_hub_service.py): Debian's
# nginx, openssl and systemd-analyze. Idempotent: installs only what is missing. nginx is only installed, never started or
# enabled here: the test starts its own nginx (its own config, loopback ports, a throw-away
# certificate) and stops it; a real hub's nginx is the administrator's (deploy/README.md).
set -euo pipefail
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

missing=()
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
# systemd-analyze verifies deploy/systemd/social-media-lab-hub.service (no systemd runs as PID 1 here).
command -v systemd-analyze >/dev/null || missing+=(systemd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "40-tls: installing ${missing[*]}"
  $SUDO apt-get update -qq
  # policy-rc.d 101: Debian's postinst must not start nginx on :80 on a test machine.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "40-tls: nginx $(/usr/sbin/nginx -v 2>&1 | sed 's/.*\///') and openssl are ready"
