#!/usr/bin/env bash
# Browser check of `kroniek serve`: ingests examples/ and the invented
# articles beside this script into a fresh store, starts the server on a
# loopback port, and has headless Chromium load the timeline, map, network,
# clusters and article views (and the timeline at phone width). Fails when a
# page logs a JavaScript error or console message, or draws nothing (each
# view writes the number of items it drew into <main data-rendered="N">).
# Screenshots land in ${OUT_DIR:-out/browser}.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${OUT_DIR:-out/browser}
mkdir -p "$out"
if ! command -v chromium >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

swift build --product kroniek 2>&1 | grep -E "error|warning:" | grep -v unhandled || true
bin=.build/debug/kroniek
work=$(mktemp -d)
db="$work/browser.sqlite"
"$bin" ingest examples/ scripts/ci/browser-articles.jsonl --db "$db"

"$bin" serve --db "$db" --host 127.0.0.1 --port 0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
base=""
for _ in $(seq 1 100); do
    base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" || true)
    [ -n "$base" ] && break
    sleep 0.2
done
[ -n "$base" ] || { echo "browser check: the server did not start"; cat "$work/serve.log"; exit 1; }
api() { # path, python expression over the JSON answer `j`
    python3 -c 'import json, sys, urllib.request; j = json.load(urllib.request.urlopen(sys.argv[1])); print(eval(sys.argv[2]))' "$base$1" "$2"
}
api /api/health 'j["status"]' >/dev/null
article=$(api "/api/events?limit=1&minKilled=1" 'j["items"][0]["articleID"]')
cluster=$(api "/api/clusters?limit=500" 'max(j["items"], key=lambda i: i["cluster"]["articleCount"])["cluster"]["id"]')

browse() { # name, hash route, window size
    local name=$1 route=$2 size=$3
    local flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --enable-logging=stderr --v=0
        --virtual-time-budget=15000 --window-size="$size")
    chromium "${flags[@]}" --screenshot="$out/$name.png" "$base/#/$route" 2>"$work/$name.shot.log" >/dev/null || true
    chromium "${flags[@]}" --dump-dom "$base/#/$route" 2>"$work/$name.log" >"$work/$name.html" || true
    local rendered errors
    rendered=$(grep -o 'data-rendered="[0-9]*"' "$work/$name.html" | grep -o '[0-9]*' || echo 0)
    errors=$(cat "$work/$name.log" "$work/$name.shot.log" | grep -E 'CONSOLE|Uncaught|SyntaxError|TypeError|ReferenceError' || true)
    if grep -q 'data-js-error' "$work/$name.html"; then errors+=$'\n'"page error: $(grep -o 'data-js-error="[^"]*"' "$work/$name.html")"; fi
    if [ -n "$errors" ]; then
        echo "browser check: $name logged JavaScript errors:"; echo "$errors" | head -n 5; failed=1
    elif [ "${rendered:-0}" -lt 1 ] || [ ! -s "$out/$name.png" ]; then
        echo "browser check: $name rendered nothing (data-rendered=$rendered)"; failed=1
    else
        echo "browser check: $name drew $rendered item(s) -> $out/$name.png"
    fi
}

failed=0
browse timeline timeline 1280,900
browse map map 1280,900
browse network network 1280,900
browse clusters clusters 1280,900
browse cluster "cluster/$cluster" 1280,900
browse article "article/$article" 1280,1100
browse timeline-phone timeline 390,844
browse filtered "timeline?actor=RUS" 1280,900
exit $failed
