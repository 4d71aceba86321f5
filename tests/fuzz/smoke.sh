#!/usr/bin/env bash
# smoke.sh [SECONDS]: builds the libFuzzer harnesses (preset `fuzz`: clang, ASan + UBSan) and
# runs each for SECONDS (default 60) on its seed corpus. Exit 1 when any finds a crash, a leak,
# a sanitizer error or an input over the time or memory limit. Needs clang and
# libclang-rt-14-dev (packaging/install-deps.sh). Prints how long building and running took.
set -euo pipefail
seconds=${1:-60}
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
start=$(date +%s)
cmake --preset fuzz >/dev/null
cmake --build build/fuzz --target fuzz_scenario fuzz_msel fuzz_edgelist fuzz_matrix fuzz_graphml fuzz_wire
built=$(date +%s)
failed=0
for h in scenario msel edgelist matrix graphml wire; do
  tests/fuzz/run.sh "build/fuzz/tests/fuzz/fuzz_$h" "$h" "$seconds" build/fuzz/tests/fuzz/work || failed=1
done
end=$(date +%s)
echo "fuzz smoke: build $((built - start)) s, run $((end - built)) s ($seconds s per harness)"
exit $failed
