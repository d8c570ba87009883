#!/usr/bin/env bash
# Stops the cluster scripts/ci/postgres-start.sh started and removes its files.
set -euo pipefail
root=${PGROOT:-/tmp/kroniek-postgres}
[ -d "$root/data" ] || exit 0
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -n 1)
[ -n "$bin" ] || bin=$(dirname "$(command -v pg_ctl)")
if [ "$(id -u)" = 0 ]; then
    runuser -u kroniekpg -- "$bin/pg_ctl" -D "$root/data" -m fast stop >/dev/null || true
else
    "$bin/pg_ctl" -D "$root/data" -m fast stop >/dev/null || true
fi
rm -rf "$root"
