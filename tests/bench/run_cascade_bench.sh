#!/usr/bin/env bash
# Cascade benchmark: `crossdrill analyze dynamic` (whole process, parsing and output included)
# against the NumPy implementation of the same contract (simulation loop alone), on a generated
# random stable graph; checks that both agree to 1e-9 and prints ms per step, the ratio and the
# peak memory of crossdrill.
#
# Usage: tests/bench/run_cascade_bench.sh [BUILD_DIR] [WORK_DIR]
# Environment: NODES (200000), EDGES (1000000), HORIZON (360 one-minute steps), THREADS (1),
#              EVERY (60: rows printed every EVERY steps, both sides), PYTHON (a python3 with numpy).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/dev}
work=${2:-/tmp/crossdrill-cascade-bench}
nodes=${NODES:-200000}
edges=${EDGES:-1000000}
horizon=${HORIZON:-360}
threads=${THREADS:-1}
every=${EVERY:-60}
crossdrill=$build/app/crossdrill

python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import numpy' 2>/dev/null; then python=$candidate; break; fi
  done
fi
[ -n "$python" ] || { echo "no python3 with numpy (apt-get install python3-numpy)" >&2; exit 2; }
[ -x "$crossdrill" ] || { echo "build crossdrill first: cmake --build $build --target crossdrill" >&2; exit 2; }

mkdir -p "$work"
graph=$work/g-$nodes-$edges
if [ ! -f "$graph/edges.csv" ]; then
  echo "generating $nodes nodes, $edges edges in $graph ..."
  "$python" "$here/gen_cascade_graph.py" "$graph" --nodes "$nodes" --edges "$edges"
fi
mapfile -t shock_list < "$graph/shocks.txt"
shock_args=()
for s in "${shock_list[@]}"; do shock_args+=(--shock "$s"); done

echo "== crossdrill analyze dynamic (threads $threads)"
/usr/bin/time -v "$crossdrill" analyze dynamic "$graph/edges.csv" --nodes "$graph/nodes.csv" \
  --horizon "$horizon" --every "$every" --threads "$threads" "${shock_args[@]}" \
  > "$work/crossdrill.csv" 2> "$work/crossdrill.time"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s*1000}' "$work/crossdrill.time")
user=$(awk -F': ' '/User time/ {print $2*1000}' "$work/crossdrill.time")
sys=$(awk -F': ' '/System time/ {print $2*1000}' "$work/crossdrill.time")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$work/crossdrill.time")

echo "== NumPy reference (simulation loop timed alone)"
"$python" "$here/cascade_numpy.py" "$graph/edges.csv" "$graph/nodes.csv" --horizon "$horizon" --every "$every" \
  "${shock_args[@]}" -o "$work/numpy.csv" 2> "$work/numpy.log"
np_wall=$(awk '{print $2}' "$work/numpy.log")
np_cpu=$(awk '{print $4}' "$work/numpy.log")

echo "== agreement"
"$python" "$here/compare_trajectories.py" "$work/crossdrill.csv" "$work/numpy.csv" 1e-9

if [ -x "$build/tests/bench/bench_cascade" ]; then
  echo "== crossdrill phases (bench_cascade)"
  "$build/tests/bench/bench_cascade" "$graph/edges.csv" "$graph/nodes.csv" "$graph/shocks.txt" "$horizon" "$threads"
fi

echo "== results ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v nw="$np_wall" -v nc="$np_cpu" -v h="$horizon" 'BEGIN {
  printf "crossdrill whole process: %.0f ms wall, %.0f ms cpu -> %.2f ms/step wall, %.2f ms/step cpu; peak %.1f MB\n", w, u+s, w/h, (u+s)/h, r
  printf "numpy simulation alone:   %.0f ms wall, %.0f ms cpu -> %.2f ms/step wall, %.2f ms/step cpu\n", nw, nc, nw/h, nc/h
  printf "ratio (numpy sim / crossdrill process): %.2fx wall, %.2fx cpu\n", nw/w, nc/(u+s)
}'
