#!/usr/bin/env bash
# Rehearsal at NISC's 2016 scale (docs/domain.md: about 500 organisations, 2,000 people): scales a
# bundled scenario with scenarios/tools/scale_scenario.py, then times the whole `crossdrill run
# --speed max --players` process, counts its events, measures the exercise database, and times
# `crossdrill report` on it. Prints the load average next to every figure (the machine is
# shared); repeat with RUNS=N and take the minimum.
#
# Usage: tests/bench/run_scale_bench.sh [BUILD_DIR] [WORK_DIR]
# Environment: BASE (nisc-present-cross-sector), ROOMS (500), PARTICIPANTS (2000), RUNS (1),
#              REPORT (json: the report's format; html, md or pdf also work), LANG_REPORT (ja).
# Targets (issue 19): the run under 60 s, the report under 10 s, on the 2-core machine.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:-$src/build/dev}
work=${2:-/tmp/crossdrill-scale-bench}
base=${BASE:-nisc-present-cross-sector}
rooms=${ROOMS:-500}
participants=${PARTICIPANTS:-2000}
runs=${RUNS:-1}
format=${REPORT:-json}
lang=${LANG_REPORT:-ja}
crossdrill=$build/app/crossdrill

[ -x "$crossdrill" ] || { echo "build crossdrill first: cmake --build $build --target crossdrill" >&2; exit 2; }
mkdir -p "$work"
prefix=$work/$base-x$rooms
python3 "$src/scenarios/tools/scale_scenario.py" "$src/scenarios/$base.cxs.json" \
  --players "$src/scenarios/$base.players.json" --rooms "$rooms" --participants "$participants" -o "$prefix"
"$crossdrill" validate "$prefix.cxs.json"

load() { cut -d' ' -f1-3 /proc/loadavg; }
# Runs "$@" under /usr/bin/time (the caller redirects its output); `figures` then prints
# "WALL_S CPU_S MAXRSS_MB" of that run.
timed() { /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@"; }
figures() { awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$work/time.txt"; }

echo "== $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; build $build"
for ((i = 1; i <= runs; i++)); do
  db=$work/run-$i.cxdb
  rm -f "$db" "$db"-wal "$db"-shm "$db.lock" "$work/report-$i.$format"
  before=$(load)
  timed "$crossdrill" run "$prefix.cxs.json" --db "$db" --speed max --players "$prefix.players.json" \
    > "$work/run-$i.out" 2> "$work/run-$i.err"
  read -r wall cpu rss < <(figures)
  summary=$(cat "$work/run-$i.out")
  events=$(sed -n 's/.*, \([0-9]*\) events, .*/\1/p' <<< "$summary")
  refused=$(sed -n 's/.*events, \([0-9]*\) refused.*/\1/p' <<< "$summary")
  size=$(stat -c %s "$db")
  [ ! -f "$db-wal" ] || size=$((size + $(stat -c %s "$db-wal")))  # the WAL too, if not yet checkpointed
  echo "run $i: ${wall} s wall, ${cpu} s CPU, peak ${rss} MB; $events events, $refused refused;" \
       "database $((size / 1024)) KiB ($(awk -v s="$size" -v e="$events" 'BEGIN {printf "%.0f", s / e}') B/event);" \
       "load $before -> $(load)"
  grep -q "(ended)" <<< "$summary" || { echo "the run did not end: $summary" >&2; exit 1; }
  before=$(load)
  timed "$crossdrill" report "$db" -o "$work/report-$i.$format" --lang "$lang" 2> "$work/report-$i.err"
  read -r rwall rcpu rrss < <(figures)
  echo "report $i ($format): ${rwall} s wall, ${rcpu} s CPU, peak ${rrss} MB;" \
       "$(du -k "$work/report-$i.$format" | cut -f1) KiB; load $before -> $(load)"
done
