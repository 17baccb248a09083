#!/bin/sh
# Pod entry point: give the hub user a unix account with the uid the hub chose (NB_UID, unique per
# user), join the trainers group if the hub says so, then run deploy/sml_hub/start.py as that user.
# With distinct uids, the exchange on the shared volume keeps the one-machine permissions: inbound
# is write-only, home folders are private, the course folder is the trainers' alone.
set -eu
: "${JUPYTERHUB_USER:?}" "${NB_UID:?}"
name=$(printf '%s' "$JUPYTERHUB_USER" | tr -c 'a-z0-9_-' '-' | cut -c1-32)
home=/home/participant
if ! getent passwd "$NB_UID" >/dev/null; then
  useradd --uid "$NB_UID" --gid 100 --home-dir "$home" --no-create-home --shell /bin/bash "$name"
fi
if [ "${SML_ROLE:-participant}" = trainer ]; then
  usermod -a -G sml-trainers "$name"
fi
chown "$NB_UID:100" "$home" && chmod 0700 "$home"
export HOME="$home" USER="$name"
exec setpriv --reuid="$NB_UID" --regid=100 --init-groups --inh-caps=-all --no-new-privs \
  python /opt/sml/start.py "$@"
