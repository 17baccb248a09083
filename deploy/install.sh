#!/usr/bin/env bash
# Install or update the one-machine hub for Social Media Lab from this checkout. Idempotent: run it
# again after every `git pull`.
#
#   sudo deploy/install.sh
#
# What it does (deploy/README.md explains every choice):
#   1. system packages the hub needs (npm for the proxy, bubblewrap for `course grade`, patchelf);
#   2. the hub environment $SML_HUB_ENV (deploy/hub-env.sh): Python, JupyterHub, nbgrader and the
#      course package installed NON-editable, readable by every account;
#   3. the hub's own files in $SML_HUB_HOME: jupyterhub_config.py, sml_hub/, jupyter/ and the proxy.
#      The hub runs from there, never from the checkout;
#      and the toolkit in $SML_TOOLKIT: the notebooks officers run on their own exports (toolkit/), their
#      example files and the card of the export formats, readable by every account (not graded);
#   4. groups, the exchange and the trainers' course folder, with the modes below; the course's
#      nbgrader_config.py, source/ and release/ are copied (updated) into the course folder;
#   5. the checkout itself is made private to root (mode 0700): it holds source/ with the solutions
#      and the hidden tests, and nothing any account runs needs it any more;
#   6. /etc/profile.d/social-media-lab.sh puts the hub environment on every login shell's PATH (the
#      JupyterLab terminal is one), so trainers type `course grade ...` and `nbgrader ...`;
#   7. with systemd, the unit social-media-lab-hub.service (deploy/systemd/), enabled, not started.
#
# Every path and group can be changed with the same SML_* variables deploy/jupyterhub_config.py
# reads (the tests install throw-away hubs this way, with this script). Modes:
#
#   $SML_HUB_HOME                     root:root         0755  the hub's code and Jupyter settings
#   $SML_TOOLKIT                      root:trainers     0750  the toolkit: trainers read it during the course;
#                                     (root:root 0755 with SML_TOOLKIT_OPEN=1: everyone, after the course)
#   $SML_EXCHANGE                     root:root         0755  nobody but root creates course folders
#   $SML_EXCHANGE/social-media-lab    root:trainers     2775  trainers release here
#     outbound/                       root:trainers     2775  participants read (fetch), trainers write
#     inbound/                        root:trainers     2773  participants may create a submission but
#                                                              not list the folder: names end in a random
#                                                              string, so nobody finds another's work
#     feedback/                       root:trainers     2771  feedback files named by a hash
#   $SML_COURSE_DIR                   root:trainers     2770  source/, gradebook, submissions: trainers only
#     files / folders inside          root:trainers     0660 / 2770
#   $SML_HUB_STATE                    root:root         0700  hub database, cookie secret
#   the checkout                      (root)            0700  solutions and hidden tests: its owner only
set -euo pipefail

TRAINERS=${SML_TRAINERS_GROUP:-sml-trainers}
PARTICIPANTS=${SML_PARTICIPANTS_GROUP:-sml-participants}
EXCHANGE=${SML_EXCHANGE:-/srv/nbgrader/exchange}
COURSE_DIR=${SML_COURSE_DIR:-/srv/nbgrader/social-media-lab}
STATE=${SML_HUB_STATE:-/srv/jupyterhub}
HUB_HOME=${SML_HUB_HOME:-/opt/social-media-lab/hub}
HUB_ENV=${SML_HUB_ENV:-/opt/social-media-lab/hub-env}
TOOLKIT=${SML_TOOLKIT:-$(dirname "$HUB_HOME")/toolkit}
SERVICE=${SML_INSTALL_SERVICE:-1}
COURSE_ID=social-media-lab
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
export DEBIAN_FRONTEND=noninteractive

[ "$(id -u)" = 0 ] || { echo "install.sh: run as root (it creates groups and /srv folders)" >&2; exit 1; }

# --- 1. system packages --------------------------------------------------------------------------
missing=()
command -v npm >/dev/null || missing+=(npm)
command -v bwrap >/dev/null || missing+=(bubblewrap)
command -v patchelf >/dev/null || missing+=(patchelf)
command -v runuser >/dev/null || missing+=(util-linux)
command -v chpasswd >/dev/null || missing+=(passwd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "install.sh: apt-get install ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- 2. the hub environment ----------------------------------------------------------------------
SML_HUB_ENV="$HUB_ENV" bash "$HERE/hub-env.sh"

# --- 3. the hub's files, outside the checkout -----------------------------------------------------
install -d -o root -g root -m 0755 "$HUB_HOME"
staging=$(mktemp -d "$HUB_HOME/.install.XXXXXX")
trap 'rm -rf "$staging"' EXIT
tar -C "$HERE" --exclude=__pycache__ --exclude='*.pyc' \
  -cf - jupyterhub_config.py sml_hub jupyter package.json package-lock.json | tar -C "$staging" -xf -
chown -R root:root "$staging"
chmod -R u=rwX,go=rX "$staging"
for item in jupyterhub_config.py sml_hub jupyter package.json package-lock.json; do
  rm -rf "$HUB_HOME/${item}.old"
  [ -e "$HUB_HOME/$item" ] && mv "$HUB_HOME/$item" "$HUB_HOME/${item}.old"
  mv "$staging/$item" "$HUB_HOME/$item"
  rm -rf "$HUB_HOME/${item}.old"
done
# configurable-http-proxy, pinned by package-lock.json; reinstalled only when the lock changes.
if [ ! -x "$HUB_HOME/node_modules/.bin/configurable-http-proxy" ] \
   || ! cmp -s "$HUB_HOME/package-lock.json" "$HUB_HOME/node_modules/.sml-package-lock.json"; then
  echo "install.sh: npm ci (configurable-http-proxy) in $HUB_HOME"
  (cd "$HUB_HOME" && npm ci --no-audit --no-fund --silent --omit=dev)
  cp "$HUB_HOME/package-lock.json" "$HUB_HOME/node_modules/.sml-package-lock.json"
  chmod -R u=rwX,go=rX "$HUB_HOME/node_modules"
fi


# --- 4. groups, exchange, course folder -----------------------------------------------------------
getent group "$TRAINERS" >/dev/null || groupadd "$TRAINERS"
getent group "$PARTICIPANTS" >/dev/null || groupadd "$PARTICIPANTS"

# The toolkit: toolkit/ with its example files (the export fixtures, without the refused ones and the
# script that writes them) and the formats card. Its notebooks do what several graded exercises ask
# (the weekly report, triage, the access audit), so during the course only trainers read it; after the
# course, SML_TOOLKIT_OPEN=1 makes it readable by every account, and participants copy it into their
# home to run it (deploy/README.md, "The toolkit"). Staged beside it, then swapped in.
install -d -o root -g root -m 0755 "$(dirname "$TOOLKIT")"
toolkit_stage=$(mktemp -d "$(dirname "$TOOLKIT")/.toolkit.XXXXXX")
trap 'rm -rf "$staging" "$toolkit_stage"' EXIT
tar -C "$REPO" --exclude=__pycache__ --exclude='*.pyc' --exclude=.ipynb_checkpoints --exclude=reports \
  -cf - toolkit | tar -C "$toolkit_stage" -xf -
mkdir "$toolkit_stage/toolkit/example-exports"
tar -C "$REPO/tests/fixtures/exports" --exclude=./bad --exclude='*.py' --exclude=__pycache__ -cf - . \
  | tar -C "$toolkit_stage/toolkit/example-exports" -xf -
cp "$REPO/docs/exports.md" "$toolkit_stage/toolkit/export-formats.md"
if [ "${SML_TOOLKIT_OPEN:-0}" = 1 ]; then
  chown -R root:root "$toolkit_stage/toolkit"
  chmod -R u=rwX,go=rX "$toolkit_stage/toolkit"
else
  chown -R root:"$TRAINERS" "$toolkit_stage/toolkit"
  chmod -R u=rwX,g=rX,o= "$toolkit_stage/toolkit"
fi
rm -rf "$TOOLKIT.old"
[ -e "$TOOLKIT" ] && mv "$TOOLKIT" "$TOOLKIT.old"
mv "$toolkit_stage/toolkit" "$TOOLKIT"
rm -rf "$TOOLKIT.old" "$toolkit_stage"

install -d -o root -g root -m 0755 "$(dirname "$EXCHANGE")" "$EXCHANGE"
install -d -o root -g "$TRAINERS" -m 2775 "$EXCHANGE/$COURSE_ID" "$EXCHANGE/$COURSE_ID/outbound"
install -d -o root -g "$TRAINERS" -m 2773 "$EXCHANGE/$COURSE_ID/inbound"
install -d -o root -g "$TRAINERS" -m 2771 "$EXCHANGE/$COURSE_ID/feedback"
# install -d does not change an existing folder's mode or owner: make them right on a re-run too.
chown root:root "$EXCHANGE" && chmod 0755 "$EXCHANGE"
chown root:"$TRAINERS" "$EXCHANGE/$COURSE_ID" "$EXCHANGE/$COURSE_ID"/{outbound,inbound,feedback}
chmod 2775 "$EXCHANGE/$COURSE_ID" "$EXCHANGE/$COURSE_ID/outbound"
chmod 2773 "$EXCHANGE/$COURSE_ID/inbound"
chmod 2771 "$EXCHANGE/$COURSE_ID/feedback"

mkdir -p "$(dirname "$COURSE_DIR")"
install -d -o root -g "$TRAINERS" -m 2770 "$COURSE_DIR"
chown root:"$TRAINERS" "$COURSE_DIR" && chmod 2770 "$COURSE_DIR"
# The course as trainers keep it: nbgrader_config.py, source/ and release/, copied from the checkout
# (an update replaces them; the gradebook, submissions, feedback and reports stay). Staged inside the
# course folder, so no copy is ever readable by others, even for a moment.
course_stage=$(mktemp -d "$COURSE_DIR/.install.XXXXXX")
trap 'rm -rf "$staging" "$course_stage"' EXIT
tar -C "$REPO" --exclude=__pycache__ --exclude='*.pyc' --exclude=.ipynb_checkpoints \
  -cf - nbgrader_config.py source release | tar -C "$course_stage" -xf -
chown -R root:"$TRAINERS" "$course_stage"
find "$course_stage" -type d -exec chmod 2770 {} +
find "$course_stage" -type f -exec chmod 0660 {} +
for item in nbgrader_config.py source release; do
  rm -rf "$COURSE_DIR/${item}.old"
  [ -e "$COURSE_DIR/$item" ] && mv "$COURSE_DIR/$item" "$COURSE_DIR/${item}.old"
  mv "$course_stage/$item" "$COURSE_DIR/$item"
  rm -rf "$COURSE_DIR/${item}.old"
done
# sqlite creates a new database 0644 less the umask: made here, group-writable, so every trainer
# can grade (its journal takes the database file's mode). PostgreSQL: deploy/gradebook-db.sh.
if [ ! -e "$COURSE_DIR/gradebook.db" ]; then
  install -o root -g "$TRAINERS" -m 0660 /dev/null "$COURSE_DIR/gradebook.db"
fi
chgrp "$TRAINERS" "$COURSE_DIR/gradebook.db" && chmod 0660 "$COURSE_DIR/gradebook.db"
install -d -o root -g root -m 0700 "$STATE"

# --- 5. the checkout: root only ------------------------------------------------------------------
if [ "$(stat -c %a "$REPO")" != 700 ]; then
  chmod 0700 "$REPO"
  echo "install.sh: made the checkout $REPO private (mode 0700): it holds the solutions"
fi

# --- 6. the hub environment on login shells' PATH ---------------------------------------------------
profile=/etc/profile.d/social-media-lab.sh
want="# Social Media Lab (deploy/install.sh): course, nbgrader and jupyter of the hub environment.
case \":\$PATH:\" in *\":$HUB_ENV/bin:\"*) ;; *) PATH=\"$HUB_ENV/bin:\$PATH\" ;; esac"
if [ "$(cat "$profile" 2>/dev/null)" != "$want" ]; then
  printf '%s\n' "$want" > "$profile" && chmod 0644 "$profile"
fi

# --- 7. the service --------------------------------------------------------------------------------
if [ "$SERVICE" = 1 ] && [ -d /run/systemd/system ] && [ -f "$HERE/systemd/social-media-lab-hub.service" ]; then
  install -o root -g root -m 0644 "$HERE/systemd/social-media-lab-hub.service" /etc/systemd/system/
  systemctl daemon-reload
  systemctl enable social-media-lab-hub.service >/dev/null
  echo "install.sh: systemctl restart social-media-lab-hub   # to (re)start the hub"
fi
echo "install.sh: hub $HUB_HOME, environment $HUB_ENV, exchange $EXCHANGE, course $COURSE_DIR, state $STATE, toolkit $TOOLKIT: ready"
