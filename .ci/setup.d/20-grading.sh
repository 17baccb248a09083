#!/usr/bin/env bash
# Cohort grading needs: bubblewrap (the sandbox), util-linux's setpriv/prlimit, an unprivileged user for
# participant code, PostgreSQL (the multi-grader gradebook test) and chromium (report screenshots, optional).
# Idempotent: installs only what is missing, starts only what is not running.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v bwrap >/dev/null || missing+=(bubblewrap)
command -v setpriv >/dev/null || missing+=(util-linux)
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}"
fi

# The user participant code runs as while graded: no home, no shell, no groups.
if ! id course-sandbox >/dev/null 2>&1; then
  $SUDO useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin course-sandbox
fi

# PostgreSQL: start the cluster, make a role and a database for the gradebook test.
version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1 || true)
if [ -z "$version" ]; then
  echo "postgresql installed but no cluster found" >&2
  exit 1
fi
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  $SUDO pg_ctlcluster "$version" main start
fi
psql_as_postgres() { if [ -n "$SUDO" ]; then sudo -u postgres psql -qtA "$@"; else su postgres -c "psql -qtA $(printf '%q ' "$@")"; fi; }
for _ in $(seq 1 30); do
  if psql_as_postgres -c "select 1" >/dev/null 2>&1; then break; fi
  sleep 1
done
if [ "$(psql_as_postgres -c "select 1 from pg_roles where rolname='grader'")" != "1" ]; then
  psql_as_postgres -c "create role grader login password 'grader'"
fi
if [ "$(psql_as_postgres -c "select 1 from pg_database where datname='social_media_lab_test'")" != "1" ]; then
  psql_as_postgres -c "create database social_media_lab_test owner grader"
fi
echo "grading: bubblewrap $(bwrap --version | cut -d' ' -f2), user course-sandbox, PostgreSQL $version running"
