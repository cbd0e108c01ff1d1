#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server that lives only as long as the command.
# Sets DATABASE_URL for it. Where no server can be started, the command runs on SQLite and
# says so loudly: the concurrency tests then skip themselves.
set -u
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
# A free port unless one is asked for, so that two runs on one machine do not collide.
PORT=${MINT_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

if [ -n "${DATABASE_URL:-}" ] || [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  [ -n "${DATABASE_URL:-}" ] || echo "!!! PostgreSQL not found: running on SQLite; PostgreSQL-only tests will be SKIPPED !!!" >&2
  exec "$@"
fi

DIR=$(mktemp -d)
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres: "$DIR"
cleanup() { as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$DIR"; }
trap cleanup EXIT

if ! as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || ! as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -w start >/dev/null; then
  echo "!!! PostgreSQL could not start: running on SQLite; PostgreSQL-only tests will be SKIPPED !!!" >&2
  cat "$DIR"/*.log >&2 2>/dev/null
  trap - EXIT; cleanup
  exec "$@"
fi
as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE ROLE mint LOGIN PASSWORD 'mint' CREATEDB;" \
  -c "CREATE DATABASE mint OWNER mint;"
export DATABASE_URL="postgres://mint:mint@127.0.0.1:$PORT/mint"
"$@"
