#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the test suite and print its URL.
# Needs Debian's `postgresql` package (.ci/run installs it) and root (the server runs as `postgres`).
# Usage: export CROSSREACH_TEST_PG_URL="$(scripts/start_postgres.sh [PORT])"
set -euo pipefail
port="${1:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
dir="$(mktemp -d /tmp/crossreach-pg.XXXXXX)"
chown postgres "$dir"
su postgres -c "$bin/initdb -D '$dir/data' -A trust -U postgres --no-sync" >/dev/null
su postgres -c "$bin/pg_ctl -D '$dir/data' -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off\" -l '$dir/log' -w start" >/dev/null
su postgres -c "$bin/createdb -h 127.0.0.1 -p $port crossreach_test"
echo "$dir" > "/tmp/crossreach-pg-port-$port"  # for scripts/stop_postgres.sh
echo "postgresql+psycopg://postgres@127.0.0.1:$port/crossreach_test"
