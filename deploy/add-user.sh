#!/usr/bin/env bash
# Add (or update) a hub account: a real local user in the trainers or participants group.
#
#   sudo deploy/add-user.sh NAME participant|trainer      # reads the password from stdin
#   echo 'NAME:PASSWORD' | ...  is never needed: the password alone goes to stdin
#
# The home folder is private (0700): participants cannot read each other's work in progress.
set -euo pipefail
NAME=${1:?usage: add-user.sh NAME participant|trainer}
ROLE=${2:?usage: add-user.sh NAME participant|trainer}
case "$ROLE" in
  participant) GROUP=${SML_PARTICIPANTS_GROUP:-sml-participants} ;;
  trainer) GROUP=${SML_TRAINERS_GROUP:-sml-trainers} ;;
  *) echo "add-user.sh: role must be participant or trainer, not $ROLE" >&2; exit 2 ;;
esac
getent group "$GROUP" >/dev/null || { echo "add-user.sh: no group $GROUP: run deploy/install.sh first" >&2; exit 1; }
if id "$NAME" >/dev/null 2>&1; then
  usermod -a -G "$GROUP" "$NAME"
else
  useradd --create-home --shell /bin/bash --groups "$GROUP" "$NAME"
fi
chmod 0700 "$(getent passwd "$NAME" | cut -d: -f6)"
IFS= read -r PASSWORD
printf '%s:%s\n' "$NAME" "$PASSWORD" | chpasswd
echo "add-user.sh: $NAME is a $ROLE"
