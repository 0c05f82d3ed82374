#!/usr/bin/env bash
# Side by side, in one run: the whole `polaris-arb scan --once --json --snapshot DIR` process
# (start to JSON) and tests/bench/python_scanner.py on the same snapshot, REPS times each
# (interleaved), with GNU time's wall clock, user+sys CPU and max RSS. Prints a table and the
# ratios of the medians (docs/benchmarks.md, "Scanner").
#
#   tests/bench/compare-scanners.sh SNAPSHOT_DIR [ARB_BINARY]
#
# REPS (default 3); PY_ARGS extra python_scanner.py arguments (e.g. --decimal). polaris-arb runs
# with --no-db (the Python scanner records nothing either); ARB_ARGS replaces that (e.g.
# ARB_ARGS= to include recording the scan into the default SQLite database).
set -euo pipefail

dir=${1:?usage: compare-scanners.sh SNAPSHOT_DIR [ARB_BINARY]}
here=$(cd "$(dirname "$0")" && pwd)
arb=${2:-$here/../../build/scanbench-release/app/arb/polaris-arb}
reps=${REPS:-3}
[[ -x /usr/bin/time ]] || { echo "needs GNU time (Debian package 'time')" >&2; exit 1; }
[[ -x $arb ]] || { echo "no polaris-arb at $arb" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one command under GNU time; prints "wall_s cpu_s maxrss_mb" and keeps its stdout.
measure() {
    local name=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" "$@" >"$work/$name.json" 2>"$work/$name.err" || {
        echo "$name failed:" >&2
        cat "$work/$name.err" >&2
        exit 1
    }
    awk '{ printf "%.3f %.3f %.1f\n", $1, $2 + $3, $4 / 1024 }' "$work/$name.time"
}

echo "snapshot: $dir ($(du -sh "$dir" | cut -f1)); $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %4s %9s %9s %10s\n' scanner rep wall_s cpu_s maxrss_MB
for rep in $(seq 1 "$reps"); do
    # shellcheck disable=SC2086
    read -r w c m < <(measure cpp "$arb" scan --once --json ${ARB_ARGS---no-db} --snapshot "$dir")
    printf '%-8s %4d %9s %9s %10s\n' polaris "$rep" "$w" "$c" "$m"
    echo "$w $c $m" >>"$work/cpp.all"
    # shellcheck disable=SC2086
    read -r w c m < <(measure py python3 "$here/python_scanner.py" "$dir" ${PY_ARGS:-})
    printf '%-8s %4d %9s %9s %10s\n' python "$rep" "$w" "$c" "$m"
    echo "$w $c $m" >>"$work/py.all"
done

median() { # column of a file
    sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}
cw=$(median "$work/cpp.all" 1) cc=$(median "$work/cpp.all" 2) cm=$(median "$work/cpp.all" 3)
pw=$(median "$work/py.all" 1) pc=$(median "$work/py.all" 2) pm=$(median "$work/py.all" 3)
echo
echo "medians: polaris ${cw} s wall, ${cc} s CPU, ${cm} MB; python ${pw} s wall, ${pc} s CPU, ${pm} MB"
awk -v cw="$cw" -v cc="$cc" -v pw="$pw" -v pc="$pc" \
    'BEGIN { if (cw > 0 && cc > 0) printf "python / polaris: %.1fx wall, %.1fx CPU\n", pw / cw, pc / cc;
            else print "polaris too fast for /usr/bin/time resolution" }'
# What each found (the last run's documents).
python3 - "$work/cpp.json" "$work/py.json" <<'EOF'
import json, sys
from collections import Counter
cpp, py = (json.load(open(p)) for p in sys.argv[1:3])
by = Counter(o["strategy"] for o in cpp["opportunities"])
print("polaris: %d opportunities %s, %d rejected; in-process scan %.1f ms"
      % (len(cpp["opportunities"]), dict(sorted(by.items())), len(cpp["rejected"]), cpp["elapsed_ms"]))
print("python:  %d opportunities %s, %d rejected; load %s ms, scan %s ms (%s)"
      % (py["opportunity_count"], py["by_strategy"], py["rejected_count"],
         round(py["elapsed_ms"]["events"] + py["elapsed_ms"]["books"], 1), py["elapsed_ms"]["scan"], py["numbers"]))
EOF
