#!/usr/bin/env bash
# The trainers' shared nbgrader gradebook on the hub machine's PostgreSQL (deploy/README.md, "Gradebook
# database"). Run as root, after deploy/install.sh, with the cluster running:
#
#     sudo deploy/gradebook-db.sh
#
# Creates, if missing, a login role and a database (both `social_media_lab`) owned by it, with a random
# password, and writes the SQLAlchemy URL `postgresql+psycopg://...` to a file only root and the
# trainers group can read (0640 root:trainers). deploy/jupyter/trainer/nbgrader_config.py reads that
# file, so trainers' Formgrader, `nbgrader` and `course` grade into this database; participants'
# configuration never mentions it. The password is never printed, never on a command line (`ps`), and
# the server only ever sees its SCRAM-SHA-256 verifier, so not even a server log can hold it.
#
# Idempotent: a second run keeps the password in the file (and sets the role to it again);
# SML_GRADEBOOK_ROTATE=1 makes a new one (restart trainers' servers afterwards).
#
# Settings (environment):
#   SML_TRAINERS_GROUP       group that may read the URL               (sml-trainers)
#   SML_GRADEBOOK_URL_FILE   where the URL goes                        (/etc/social-media-lab/gradebook-url)
#   SML_GRADEBOOK_DB         database, and the role's name             (social_media_lab)
#   SML_GRADEBOOK_ROLE       the role, if it should differ             ($SML_GRADEBOOK_DB)
#   SML_PG_ADMIN             system user that is a PostgreSQL superuser by peer authentication (postgres)
#   PGHOST, PGPORT           how the admin reaches the server          (libpq's default: the local socket)
#   SML_GRADEBOOK_HOST       host in the URL: a name/address, or a socket folder ($PGHOST, else 127.0.0.1)
#   SML_GRADEBOOK_PORT       port in the URL                           ($PGPORT, else 5432)
#   SML_GRADEBOOK_ROTATE     1: a new password                         (0)
set -euo pipefail
umask 077

die() { echo "gradebook-db: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root"

DB=${SML_GRADEBOOK_DB:-social_media_lab}
ROLE=${SML_GRADEBOOK_ROLE:-$DB}
ADMIN=${SML_PG_ADMIN:-postgres}
GROUP=${SML_TRAINERS_GROUP:-sml-trainers}
URL_FILE=${SML_GRADEBOOK_URL_FILE:-/etc/social-media-lab/gradebook-url}
URL_HOST=${SML_GRADEBOOK_HOST:-${PGHOST:-127.0.0.1}}
URL_PORT=${SML_GRADEBOOK_PORT:-${PGPORT:-5432}}
ROTATE=${SML_GRADEBOOK_ROTATE:-0}

# Names go into SQL unquoted: allow only plain lower-case identifiers.
for name in "$DB" "$ROLE"; do
  [[ $name =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "not a plain PostgreSQL name: '$name'"
done
[[ $URL_PORT =~ ^[0-9]+$ ]] || die "not a port: '$URL_PORT'"
getent group "$GROUP" >/dev/null || die "no group '$GROUP': run deploy/install.sh first (or set SML_TRAINERS_GROUP)"
id "$ADMIN" >/dev/null 2>&1 || die "no system user '$ADMIN' (SML_PG_ADMIN): is PostgreSQL installed?"
PYTHON=$(command -v python3 || command -v python3.11 || true)
[ -n "$PYTHON" ] || die "python3 is needed (password, SCRAM verifier, URL)"
command -v psql >/dev/null || die "psql is missing: apt-get install postgresql"

# psql as the superuser, SQL on stdin (never on the command line). runuser keeps PGHOST/PGPORT.
psql_admin() { (cd / && runuser -u "$ADMIN" -- psql -X -q -t -A -v ON_ERROR_STOP=1 -d postgres "$@"); }

if ! psql_admin -c 'select 1' >/dev/null 2>&1; then
  die "cannot reach PostgreSQL as '$ADMIN' (${PGHOST:-local socket}, port ${PGPORT:-5432}). Is the cluster
running? See pg_lsclusters; start it with pg_ctlcluster <version> main start (or systemctl start postgresql)."
fi

# The password: the one already in the file (a re-run changes nothing), else a new random one.
password=""
if [ "$ROTATE" != 1 ] && [ -s "$URL_FILE" ]; then
  password=$("$PYTHON" -c 'import sys, urllib.parse as u; print(u.unquote(u.urlsplit(sys.stdin.readline().strip()).password or ""))' \
    <"$URL_FILE" || true)
  [[ $password =~ ^[0-9a-f]{64}$ ]] || password=""  # not one this script made: replace it
fi
if [ -n "$password" ]; then
  what="password kept"
else
  password=$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')
  what="new password"
fi

# The server gets the SCRAM-SHA-256 verifier (what `\password` sends), not the password.
verifier=$(printf '%s' "$password" | "$PYTHON" -c '
import base64, hashlib, hmac, os, sys
password, salt, rounds = sys.stdin.read().encode(), os.urandom(16), 4096
salted = hashlib.pbkdf2_hmac("sha256", password, salt, rounds)
stored = hashlib.sha256(hmac.new(salted, b"Client Key", "sha256").digest()).digest()
server = hmac.new(salted, b"Server Key", "sha256").digest()
b64 = lambda b: base64.b64encode(b).decode()
print(f"SCRAM-SHA-256${rounds}:{b64(salt)}${b64(stored)}:{b64(server)}")')

owner=$(printf '%s\n' \
  "select 'create role $ROLE' where not exists (select from pg_roles where rolname = '$ROLE')" '\gexec' \
  "alter role $ROLE with login nosuperuser nocreatedb nocreaterole noreplication password '$verifier';" \
  "select 'create database $DB owner $ROLE' where not exists (select from pg_database where datname = '$DB')" '\gexec' \
  "revoke all on database $DB from public;" \
  "grant connect, temporary on database $DB to $ROLE;" \
  "select pg_get_userbyid(datdba) from pg_database where datname = '$DB';" \
  | psql_admin)
if [ "$owner" != "$ROLE" ]; then
  echo "gradebook-db: warning: database $DB already existed, owned by '$owner' (not $ROLE): nbgrader may" \
    "be unable to create its tables there" >&2
fi

# The URL: host and port, or a socket folder (then libpq's host= parameter).
url=$(printf '%s' "$password" | ROLE="$ROLE" DB="$DB" HOST="$URL_HOST" PORT="$URL_PORT" "$PYTHON" -c '
import os, sys, urllib.parse as u
role, db, host, port = (os.environ[k] for k in ("ROLE", "DB", "HOST", "PORT"))
if host.startswith("/"):
    where = f"/{db}?host={u.quote(host, safe=str())}&port={port}"
else:
    where = f"{host}:{port}/{db}"
print(f"postgresql+psycopg://{role}:{sys.stdin.read()}@{where}")')

# Written to a 0640 root:trainers file beside the target, then renamed over it: never readable by others.
dir=$(dirname "$URL_FILE")
[ -d "$dir" ] || (umask 022 && mkdir -p "$dir")
tmp=$(mktemp "$dir/.gradebook-url.XXXXXX")
trap 'rm -f "$tmp"' EXIT
chown "root:$GROUP" "$tmp"
chmod 0640 "$tmp"
printf '%s\n' "$url" >"$tmp"
mv -f "$tmp" "$URL_FILE"
trap - EXIT

# Log in the way trainers will (password in the environment, which only root can read).
login="host=$URL_HOST port=$URL_PORT"
if ! (cd / && PGPASSWORD="$password" psql -X -q -t -A -w "$login dbname=$DB user=$ROLE" -c 'select 1' >/dev/null); then
  die "role and database are ready and the URL is in $URL_FILE, but logging in as $ROLE at $URL_HOST:$URL_PORT
failed: pg_hba.conf must allow it with scram-sha-256 (Debian's default: host all all 127.0.0.1/32 scram-sha-256)."
fi
echo "gradebook-db: role and database $DB ready ($what); the URL is in $URL_FILE (0640 root:$GROUP)." \
  "Trainers' servers read it when they start."
