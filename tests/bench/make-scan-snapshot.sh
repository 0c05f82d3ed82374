#!/usr/bin/env bash
# Records the scanner benchmark universe as a snapshot directory (docs/benchmarks.md, "Scanner"):
# starts polaris-sim on a generated ~51,000-book universe (frozen walk), injects a few
# mispricings so that arbitrage exists, records it with `polaris-arb record --duration 0`, stops
# the simulator.
#
#   tests/bench/make-scan-snapshot.sh OUT_DIR [BIN_DIR]
#
# BIN_DIR holds polaris-sim and polaris-arb (default build/scanbench-release/app/{sim,arb}).
# SPEC overrides the universe (default events=2000,outcomes=10,binaries=5000,seed=1);
# MISPRICINGS the number of negRisk and of binary mispricings (default 6 each).
# CLEAN=1 also writes OUT_DIR-clean: books.json with each book once (polaris-arb record stores
# every book twice, see docs/benchmarks.md) and no ws.jsonl, i.e. exactly events + books.
set -euo pipefail

out=${1:?usage: make-scan-snapshot.sh OUT_DIR [BIN_DIR]}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${2:-$root/build/scanbench-release/app}
sim=$bin/sim/polaris-sim
arb=$bin/arb/polaris-arb
[[ -x $sim ]] || sim=$bin/polaris-sim
[[ -x $arb ]] || arb=$bin/polaris-arb
spec=${SPEC:-events=2000,outcomes=10,binaries=5000,seed=1}
mispricings=${MISPRICINGS:-6}

work=$(mktemp -d)
sim_pid=
cleanup() {
    if [[ -n $sim_pid ]] && kill -0 "$sim_pid" 2>/dev/null; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$sim" --generate "$spec" --tick-ms 0 --port 0 >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
# Generating 51k books takes a few seconds; wait for the address lines (bounded).
for _ in $(seq 1 600); do
    grep -q '^ws:' "$work/sim.out" 2>/dev/null && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$work/sim.err" >&2; echo "polaris-sim exited" >&2; exit 1; }
    sleep 0.1
done
grep -q '^ws:' "$work/sim.out" || { echo "polaris-sim did not start within 60 s" >&2; exit 1; }
gamma=$(sed -n 's/^gamma: *//p' "$work/sim.out")
clob=$(sed -n 's/^clob: *//p' "$work/sim.out")
ws=$(sed -n 's/^ws: *//p' "$work/sim.out")
grep '^universe:' "$work/sim.out" >&2 || true

for kind in negrisk binary; do
    for _ in $(seq 1 "$mispricings"); do
        curl -sS --max-time 10 -X POST -H 'Content-Type: application/json' \
            -d "{\"mispricing\":\"$kind\"}" "$gamma/sim/walk" >/dev/null
    done
done
curl -sS --max-time 10 "$gamma/sim/status" >&2 && echo >&2

start=$(date +%s.%N)
timeout 300 "$arb" record --out "$out" --duration 0 --timeout 240 \
    --gamma-url "$gamma" --clob-url "$clob" --ws-url "$ws"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "recorded in %.1f s\n", e - s }' >&2
ls -l "$out" >&2

if [[ ${CLEAN:-0} == 1 ]]; then
    rm -rf "$out-clean"
    mkdir -p "$out-clean"
    cp "$out/meta.json" "$out/events.json" "$out-clean/"
    python3 - "$out/books.json" "$out-clean/books.json" <<'PY'
import json, sys
books = {}
for book in json.load(open(sys.argv[1])):
    books[book["asset_id"]] = book  # the later copy wins, as in the replay
with open(sys.argv[2], "w") as f:
    json.dump(list(books.values()), f, separators=(",", ":"))
PY
    ls -l "$out-clean" >&2
fi
