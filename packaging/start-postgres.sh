#!/usr/bin/env bash
# Starts the Debian PostgreSQL 15 cluster for the test suite and creates a superuser role for the
# current user plus the database polaris_test. Idempotent. Prints the URL the tests use.
set -euo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
if ! command -v pg_ctlcluster >/dev/null; then
  echo "start-postgres: PostgreSQL is not installed (packaging/install-deps.sh installs it)" >&2
  exit 1
fi
$SUDO pg_ctlcluster 15 main start 2>/dev/null || true
for _ in $(seq 1 30); do
  as_postgres psql -qtAc "select 1" >/dev/null 2>&1 && break
  sleep 0.5
done
user=$(id -un)
as_postgres psql -qtAc "select 1 from pg_roles where rolname='$user'" | grep -q 1 \
  || as_postgres createuser -s "$user"
psql -d postgres -qtAc "select 1 from pg_database where datname='polaris_test'" | grep -q 1 \
  || createdb polaris_test
echo "postgresql:///polaris_test?host=/var/run/postgresql"
