#!/usr/bin/env bash
# Ingest throughput into PostgreSQL with 1, 2 and 4 worker processes.
#
#   scripts/bench-workers.sh [ARTICLES]      # default 600
#
# Uses $KRONIEK_DB's server when it names one (postgres://...), else starts a
# throw-away one with scripts/ci/postgres-start.sh. Each run gets a fresh
# database, queues the same generated articles (invented Dutch sentences),
# then times the workers from start until all exit with --exit-when-empty.
# BIN picks the binary (default .build/debug/kroniek; build it first).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-600}
bin=${BIN:-.build/debug/kroniek}
[ -x "$bin" ] || { echo "no $bin: run swift build first" >&2; exit 1; }

started_here=
if [[ "${KRONIEK_DB:-}" != postgres* ]]; then
    KRONIEK_DB=$(scripts/ci/postgres-start.sh)
    started_here=1
fi
server=$KRONIEK_DB
work=$(mktemp -d)
cleanup() { rm -rf "$work"; [ -n "$started_here" ] && scripts/ci/postgres-stop.sh; return 0; }
trap cleanup EXIT

python3 - "$work/articles" "$count" <<'PY'
import os, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
countries = [("Turkije", "Turkse"), ("Syrië", "Syrische"), ("Rusland", "Russische"), ("Irak", "Iraakse"),
             ("Iran", "Iraanse"), ("Libanon", "Libanese"), ("Egypte", "Egyptische"), ("Jordanië", "Jordaanse")]
days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
for i in range(n):
    a = countries[i % 8]; t = countries[(i // 8 + i + 1) % 8]; d = days[i % 7]
    text = (f"{a[0]} valt doelen in {t[0]} aan\n\n"
            f"Het {a[1]} leger heeft {d} doelen in {t[0]} beschoten. Daarbij kwamen {i % 40 + 2} {t[1]} soldaten om het leven.\n\n"
            f"De {t[1]} regering veroordeelde de aanval. Rusland riep beide landen op tot kalmte.\n")
    open(os.path.join(out, f"artikel-{i:05d}.txt"), "w").write(text)
PY

echo "workers  articles  seconds  articles/s  events   ($bin, $count articles, $(nproc) cores)"
for workers in 1 2 4; do
    db="kroniek_bench_${workers}_$$"
    psql -q "$server" -c "CREATE DATABASE $db" >/dev/null
    url="${server%/*}/$db"
    "$bin" enqueue --db "$url" --published 2021-03-04 "$work/articles" 2>/dev/null
    start=$(date +%s.%N)
    pids=()
    for _ in $(seq "$workers"); do
        "$bin" worker --db "$url" --exit-when-empty --poll-seconds 0.2 2>/dev/null &
        pids+=($!)
    done
    wait "${pids[@]}"
    end=$(date +%s.%N)
    events=$(psql -At "$url" -c "SELECT COUNT(*) FROM events")
    done=$(psql -At "$url" -c "SELECT COUNT(*) FROM queue WHERE state = 'done'")
    python3 -c "import sys; w,n,a,b,e=sys.argv[1:]; s=float(b)-float(a); print(f'{w:>7}  {n:>8}  {s:7.1f}  {int(n)/s:10.1f}  {e:>6}')" \
        "$workers" "$done" "$start" "$end" "$events"
    psql -q "$server" -c "DROP DATABASE $db" >/dev/null
done
