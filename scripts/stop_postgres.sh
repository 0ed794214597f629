#!/usr/bin/env bash
# Stop the throwaway PostgreSQL server scripts/start_postgres.sh started on PORT and remove its files.
# Usage: scripts/stop_postgres.sh [PORT]
set -euo pipefail
port="${1:-55432}"
record="/tmp/crossreach-pg-port-$port"
[ -f "$record" ] || exit 0
dir="$(cat "$record")"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
su postgres -c "$bin/pg_ctl -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
rm -rf "$dir" "$record"
