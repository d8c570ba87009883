#!/usr/bin/env bash
# Times Kroniek against the Python tools users would pick for one step of
# its job, on the same generated corpus in one run, and prints the ratios:
#   kroniek extract (release build), the whole pipeline, as a whole process
#     (start-up and pack loading included), one thread;
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

# kroniek: best of 3 whole-process runs.
best=""
for _ in 1 2 3; do
    start=$(date +%s.%N)
    "$kroniek" extract "$corpus" --format json > /dev/null
    end=$(date +%s.%N)
    best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { r = e - s; print (b == "" || r < b) ? r : b }')
done

peers=$("$venv/bin/python" scripts/peers/time_peers.py "$corpus" --dateparser-articles "$dateparser_articles")

python3 - "$count" "$bytes" "$best" "$peers" <<'PY'
import sys
count, size, seconds, peers = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
rate = count / seconds
print(f"corpus: {count} articles, {size / 1e6:.2f} MB")
print("kroniek: whole process (start-up and pack loading included), release build, one thread")
print("peers: inside Python, after imports and set-up (their start-up excluded), one thread")
print(f"{'tool':34} {'articles':>8} {'seconds':>9} {'articles/s':>11} {'MB/s':>7}  kroniek is")
print(f"{'kroniek extract --format json':34} {count:>8} {seconds:>9.3f} {rate:>11.1f} {size / seconds / 1e6:>7.3f}")
for line in peers.strip().splitlines():
    name, n, s, r, mb = line.split("\t")
    ratio = rate / float(r)
    print(f"{name:34} {n:>8} {float(s):>9.3f} {float(r):>11.1f} {float(mb):>7.3f}  {ratio:.1f}x faster" if ratio >= 1
          else f"{name:34} {n:>8} {float(s):>9.3f} {float(r):>11.1f} {float(mb):>7.3f}  {1 / ratio:.1f}x slower")
PY
