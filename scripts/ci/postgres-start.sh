#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on a loopback port for the tests and
# prints the URL to give them (KRONIEK_TEST_POSTGRES). Installs the Debian
# server package when no initdb is found. initdb refuses to run as root, so
# as root the cluster runs as a user created for it.
#
#   export KRONIEK_TEST_POSTGRES=$(scripts/ci/postgres-start.sh)
#   scripts/ci/postgres-stop.sh        # stops it and removes its files
#
# PORT (default 54329) and PGROOT (default /tmp/kroniek-postgres) may be set.
set -euo pipefail
port=${PORT:-54329}
root=${PGROOT:-/tmp/kroniek-postgres}
owner=kroniekpg

find_bin() {
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    command -v initdb >/dev/null && dirname "$(command -v initdb)"
}
bin=$(find_bin || true)
if [ -z "$bin" ]; then
    echo "postgres-start: installing postgresql from Debian" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2 && apt-get install -y postgresql >&2
    bin=$(find_bin)
fi

as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    as_owner() { runuser -u "$owner" -- "$@"; }
fi

if [ -f "$root/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$root/data" -m immediate stop >&2 || true
fi
rm -rf "$root"
mkdir -p "$root"
[ "$(id -u)" = 0 ] && chown "$owner" "$root"
as_owner "$bin/initdb" -D "$root/data" -U kroniek --auth=trust --locale=C --encoding=UTF8 >"$root/initdb.log" 2>&1 \
    || { cat "$root/initdb.log" >&2; exit 1; }
as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $root -c fsync=off -c max_connections=200" start >&2 \
    || { cat "$root/server.log" >&2; exit 1; }
echo "postgres://kroniek@127.0.0.1:$port/postgres"
