#!/usr/bin/env bash
# Times Kroniek against the Python tools users would pick for one step of
# its job, on the same generated corpus in one run, and prints the ratios:
#   kroniek extract (release build), the whole pipeline, as a whole process
#     (start-up and pack loading included), on one thread (--jobs 1, the
#     figure the ratios use) and on every core;
#   spaCy's blank Dutch tokenizer (spacy.blank("nl")), tokenizing only;
#   dateparser's search_dates(text, languages=["nl"]), dates only;
# the Python peers timed inside Python after their imports and set-up.
#
# Usage: scripts/compare-peers.sh [ARTICLES] [DATEPARSER_ARTICLES]
#   ARTICLES             corpus size (default 1000), generated with a fixed seed
#   DATEPARSER_ARTICLES  dateparser is slow: time it on the first N articles
#                        only and compare per-article rates (default: all)
# Needs python3 with venv; installs spacy and dateparser from PyPI into
# .venv-peers (gitignored) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=${1:-1000}
dateparser_articles=${2:-0}
corpus=${CORPUS_DIR:-/tmp/kroniek-corpus-$articles}
venv=.venv-peers

echo "== building kroniek (release) and the corpus generator" >&2
swift build -c release --product kroniek 2>&1 | grep -E "error|warning:" >&2 || true
kroniek=.build/release/kroniek
[ -x "$kroniek" ] || { echo "no release build at $kroniek" >&2; exit 1; }
if [ ! -d "$corpus" ]; then
    swift build --package-path Benchmarks --product kroniek-corpus 2>&1 | grep -E "error|warning:" >&2 || true
    Benchmarks/.build/debug/kroniek-corpus "$articles" "$corpus" >&2
fi

if [ ! -x "$venv/bin/python" ]; then
    echo "== installing spacy and dateparser into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q spacy dateparser >&2
fi

count=$(find "$corpus" -type f | wc -l)
bytes=$(find "$corpus" -type f -exec cat {} + | wc -c)

# kroniek: best of 3 whole-process runs, on one thread (--jobs 1) and on
# every core (the default).
best_of_3() {
    local best=""
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$kroniek" extract "$corpus" --format json "$@" > /dev/null
        end=$(date +%s.%N)
        best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { r = e - s; print (b == "" || r < b) ? r : b }')
    done
    echo "$best"
}
single=$(best_of_3 --jobs 1)
cores=$(nproc)
multi=$(best_of_3)

peers=$("$venv/bin/python" scripts/peers/time_peers.py "$corpus" --dateparser-articles "$dateparser_articles")

python3 - "$count" "$bytes" "$single" "$multi" "$cores" "$peers" <<'PY'
import sys
count, size, single, multi, cores, peers = (int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]),
                                            float(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
print(f"corpus: {count} articles, {size / 1e6:.2f} MB")
print("kroniek: whole process (start-up and pack loading included), release build")
print("peers: inside Python, after imports and set-up (their start-up excluded), one thread")
print(f"{'tool':38} {'articles':>8} {'seconds':>9} {'articles/s':>11} {'MB/s':>7}  kroniek (1 thread) is")
print(f"{'kroniek extract --format json --jobs 1':38} {count:>8} {single:>9.3f} {count / single:>11.1f} {size / single / 1e6:>7.3f}")
print(f"{'kroniek extract --format json (' + str(cores) + ' jobs)':38} {count:>8} {multi:>9.3f} {count / multi:>11.1f} {size / multi / 1e6:>7.3f}")
rate = count / single
for line in peers.strip().splitlines():
    name, n, s, r, mb = line.split("\t")
    ratio = rate / float(r)
    verdict = f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.1f}x slower"
    print(f"{name:38} {n:>8} {float(s):>9.3f} {float(r):>11.1f} {float(mb):>7.3f}  {verdict}")
PY
