#!/usr/bin/env bash
# The hub environment, $SML_HUB_ENV (default /opt/social-media-lab/hub-env): a venv with the course
# package installed NON-editable from constraints.txt, readable by every account. Participants'
# servers and kernels run as their own accounts from it, so it must not point into the checkout,
# which holds source/ with the solutions. Called by deploy/install.sh (and .ci/setup.d/30-hub.sh);
# rebuilt only when the pins, the package definition or the course package change.
#
# Its Python is the same 3.11 as the dev .venv (Debian's 3.11.2 is too old for some pins, e.g.
# soupsieve needs >= 3.11.5). When that Python lives where other users cannot reach it (pyenv under
# /root, mode 0700), its standard library is copied to /opt/social-media-lab/python, as The Littlest
# JupyterHub keeps its own Python in /opt/tljh.
set -euo pipefail
cd "$(dirname "$0")/.."
ENV_DIR=${SML_HUB_ENV:-/opt/social-media-lab/hub-env}
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
BASE_DIR=$(dirname "$ENV_DIR")
$SUDO mkdir -p "$BASE_DIR"
# Several installs (and both xdist workers of the test suite) may run this at once: one works.
exec 9>"$BASE_DIR/.hub-env.lock"
flock -w 900 9
command -v patchelf >/dev/null || { $SUDO apt-get update -qq; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq patchelf >/dev/null; }

# Rebuild the hub environment when the pins, the package definition or the course package change.
stamp_of() {
  cat constraints.txt pyproject.toml
  find course -type f ! -name '*.pyc' ! -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum
}
want=$(stamp_of | sha256sum | cut -d' ' -f1)
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
have=$(cat "$ENV_DIR/.sml-stamp" 2>/dev/null || true)
if [ "$want" != "$have" ]; then
  echo "hub-env: building the hub environment in $ENV_DIR"
  prefix=$("$PYTHON" -c 'import sys; print(sys.base_prefix)')
  version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  base_python="$prefix/bin/python$version"
  full=$("$PYTHON" -c 'import platform; print(platform.python_version())')
  if ! runuser -u nobody -- "$base_python" -c pass 2>/dev/null; then
    copy="$BASE_DIR/python"
    # Copy once per Python version; never delete an environment a running hub may be using.
    if [ "$("$copy/bin/python$version" -c 'import platform; print(platform.python_version())' 2>/dev/null)" != "$full" ]; then
      echo "hub-env: $base_python is not reachable by other users: copying it to $copy"
      $SUDO rm -rf "$copy" "$ENV_DIR"
      $SUDO mkdir -p "$copy/bin" "$copy/lib"
      $SUDO cp -a "$prefix/bin/python$version" "$copy/bin/"
      $SUDO cp -a "$prefix"/lib/libpython3*.so* "$copy/lib/" 2>/dev/null || true
      (cd "$prefix/lib" && $SUDO tar --exclude="python$version/site-packages" --exclude="python$version/test" \
        --exclude='__pycache__' -cf - "python$version") | $SUDO tar -xf - -C "$copy/lib"
      $SUDO mkdir -p "$copy/lib/python$version/site-packages"
      $SUDO patchelf --set-rpath '$ORIGIN/../lib' "$copy/bin/python$version"
      $SUDO chmod -R a+rX "$copy"
    fi
    base_python="$copy/bin/python$version"
  fi
  [ -x "$ENV_DIR/bin/python" ] || $SUDO "$base_python" -m venv "$ENV_DIR"
  $SUDO "$ENV_DIR/bin/python" -m pip install --quiet --upgrade pip
  build=$(mktemp -d)
  # Only what the package needs: never the checkout's source/ (solutions) or tests.
  cp -r pyproject.toml README.md course "$build/"
  find "$build" -name __pycache__ -prune -exec rm -rf {} +
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $SUDO "$ENV_DIR/bin/python" -m pip install --quiet \
    -c constraints.txt "$build[hub]"
  # The course package changes more often than the pins: reinstall it even at the same version.
  $SUDO "$ENV_DIR/bin/python" -m pip install --quiet --no-deps --force-reinstall "$build"
  rm -rf "$build"
  $SUDO chmod -R a+rX "$ENV_DIR"
  echo "$want" | $SUDO tee "$ENV_DIR/.sml-stamp" >/dev/null
fi
echo "hub-env: $ENV_DIR is ready"
