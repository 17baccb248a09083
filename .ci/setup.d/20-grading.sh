#!/usr/bin/env bash
# Cohort grading needs: bubblewrap (the sandbox), util-linux's setpriv/prlimit/runuser, an unprivileged user
# for participant code, PostgreSQL's programs (the multi-grader gradebook test starts its own throw-away
# server with them: tests/throwaway_postgres.py), chromium (report screenshots, optional) and poppler-utils
# (tests/test_certificates.py renders a certificate's page with pdftoppm).
# Idempotent: installs only what is missing. It starts no service and creates no database role: test
# servers belong to the tests, and a hub's gradebook database to deploy/gradebook-db.sh (trainers only,
# generated password). Installing the package may let Debian create and start its default cluster
# `main` (peer authentication only, no role with a password); this script never starts it.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v bwrap >/dev/null || missing+=(bubblewrap)
command -v setpriv >/dev/null || missing+=(util-linux)
command -v runuser >/dev/null || missing+=(util-linux)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}"
fi

# The user participant code runs as while graded: no home, no shell, no groups.
if ! id course-sandbox >/dev/null 2>&1; then
  $SUDO useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin course-sandbox
fi

# Older versions of this script started the machine's cluster and created a login role `grader` with
# the password `grader` (and its database social_media_lab_test): anyone on the machine, participants
# included, could log in with it. Remove that role from every RUNNING cluster (only when its password
# really is `grader`). A cluster that is down is not started for this: it keeps the role until this
# script runs while it is up (`make system`). PGHOST/PGPORT, when set, name the one server to check
# instead (tests/test_gradebook_db.py uses its throw-away server).
PY=$(command -v python3 || command -v python3.11 || true)
psql_pg() {  # psql as the postgres superuser (peer authentication); $1: "version/cluster", or "" for PGHOST/PGPORT
  local cluster=$1
  shift
  local args=(-X -q -t -A -v ON_ERROR_STOP=1 -d postgres)
  if [ -n "$cluster" ]; then args=(--cluster "$cluster" "${args[@]}"); fi
  if [ -n "$SUDO" ]; then
    (cd / && sudo --preserve-env=PGHOST,PGPORT -u postgres psql "${args[@]}" "$@")
  else
    (cd / && runuser -u postgres -- psql "${args[@]}" "$@")
  fi
}
has_known_password() {  # stdin: a rolpassword from pg_authid; succeeds when it is the password `grader`
  [ -n "$PY" ] || return 2
  "$PY" -c '
import base64, hashlib, hmac, sys
stored, password = sys.stdin.read().strip(), b"grader"
if stored.startswith("md5"):
    same = stored == "md5" + hashlib.md5(password + b"grader").hexdigest()
elif stored.startswith("SCRAM-SHA-256$"):
    head, keys = stored[len("SCRAM-SHA-256$"):].split("$")
    rounds, salt = head.split(":")
    salted = hashlib.pbkdf2_hmac("sha256", password, base64.b64decode(salt), int(rounds))
    key = hashlib.sha256(hmac.new(salted, b"Client Key", "sha256").digest()).digest()
    same = hmac.compare_digest(base64.b64encode(key).decode(), keys.split(":")[0])
else:
    same = stored == "grader"
sys.exit(0 if same else 1)'
}
remove_old_role() {  # $1: as for psql_pg; $2: the server's name in messages
  local stored status=0
  stored=$(psql_pg "$1" -c "select rolpassword from pg_authid where rolname = 'grader'" 2>/dev/null) || return 0
  [ -n "$stored" ] || return 0
  printf '%s' "$stored" | has_known_password || status=$?
  if [ "$status" = 2 ]; then
    echo "20-grading: $2 has a role grader; without python3 its password cannot be checked. If it is the" \
      "old test role (password grader), drop it: psql -c 'drop role grader'" >&2
    return 0
  fi
  [ "$status" = 0 ] || return 0
  echo "20-grading: removing role grader (password grader, made by an older version of this script) from $2"
  printf '%s\n' "select 'drop database social_media_lab_test with (force)' from pg_database" \
    "where datname = 'social_media_lab_test' and pg_get_userbyid(datdba) = 'grader'" '\gexec' \
    | psql_pg "$1" || echo "20-grading: could not drop database social_media_lab_test in $2" >&2
  if ! psql_pg "$1" -c "drop role grader" 2>/dev/null; then
    # It owns or was granted something else: at least nobody can log in with it any more.
    psql_pg "$1" -c "alter role grader nologin password null" \
      || echo "20-grading: could not disable role grader in $2: do it by hand" >&2
    echo "20-grading: role grader still owns objects in $2: it can no longer log in; drop it by hand" >&2
  fi
}
if [ -n "${PGHOST:-}${PGPORT:-}" ]; then
  remove_old_role "" "the server at ${PGHOST:-the local socket} (port ${PGPORT:-5432})"
elif command -v pg_lsclusters >/dev/null; then
  while read -r version cluster _ status _; do
    if [ "$status" = online ]; then remove_old_role "$version/$cluster" "cluster $version/$cluster"; fi
  done < <(pg_lsclusters -h 2>/dev/null || true)
fi

version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1 || true)
echo "grading: bubblewrap $(bwrap --version | cut -d' ' -f2), user course-sandbox," \
  "PostgreSQL ${version:-?} programs (no server started here)"
