#!/usr/bin/env bash
# One-machine hub for Social Media Lab: groups, exchange, course folder, hub state, proxy. Idempotent.
#
#   sudo deploy/install.sh
#
# Every path and group name can be changed with the same SML_* variables deploy/jupyterhub_config.py
# reads (the tests install throw-away copies this way). Permissions, and why (see deploy/README.md):
#
#   $SML_EXCHANGE                     root:root         0755  nobody but root creates course folders
#   $SML_EXCHANGE/social-media-lab    root:trainers     2775  trainers release here
#     outbound/                       root:trainers     2775  participants read (fetch), trainers write
#     inbound/                        root:trainers     2773  participants may create a submission but
#                                                              not list the folder: names end in a random
#                                                              string, so nobody finds another's work
#     feedback/                       root:trainers     2771  feedback files named by a hash
#   $SML_COURSE_DIR                   root:trainers     2770  source/, gradebook, submissions: trainers only
#   $SML_HUB_STATE                    root:root         0700  hub database, cookie secret
set -euo pipefail

TRAINERS=${SML_TRAINERS_GROUP:-sml-trainers}
PARTICIPANTS=${SML_PARTICIPANTS_GROUP:-sml-participants}
EXCHANGE=${SML_EXCHANGE:-/srv/nbgrader/exchange}
COURSE_DIR=${SML_COURSE_DIR:-/srv/nbgrader/social-media-lab}
STATE=${SML_HUB_STATE:-/srv/jupyterhub}
COURSE_ID=social-media-lab
HERE=$(cd "$(dirname "$0")" && pwd)

[ "$(id -u)" = 0 ] || { echo "install.sh: run as root (it creates groups and /srv folders)" >&2; exit 1; }

getent group "$TRAINERS" >/dev/null || groupadd "$TRAINERS"
getent group "$PARTICIPANTS" >/dev/null || groupadd "$PARTICIPANTS"

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

install -d -o root -g "$TRAINERS" -m 2770 "$COURSE_DIR"
chown root:"$TRAINERS" "$COURSE_DIR" && chmod 2770 "$COURSE_DIR"
install -d -o root -g root -m 0700 "$STATE"

if [ ! -x "$HERE/node_modules/.bin/configurable-http-proxy" ]; then
  (cd "$HERE" && npm ci --no-audit --no-fund --silent)
fi
echo "install.sh: groups $TRAINERS/$PARTICIPANTS, exchange $EXCHANGE, course $COURSE_DIR, state $STATE: ready"
