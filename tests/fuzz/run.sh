#!/usr/bin/env bash
# run.sh HARNESS NAME SECONDS WORKDIR
# Runs one libFuzzer harness for SECONDS on a working corpus WORKDIR/NAME/corpus, first filled
# from the seed files bundled in the repository (the repository itself is never written). A crash
# or leak leaves its input in WORKDIR/NAME/artifacts/ and fails (exit 1). Prints libFuzzer's
# final figures (execs, corpus size, peak RSS).
set -euo pipefail
harness=$1
name=$2
seconds=$3
work=$4
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
corpus=$work/$name/corpus
artifacts=$work/$name/artifacts
mkdir -p "$corpus" "$artifacts"

seed() {  # copies each file under a name of its content, so equal names in two folders both stay
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "$corpus/seed-$(sha1sum "$f" | cut -c1-16)"
  done
  return 0
}
# The seeds of this harness (seeds.txt, shared with tst_fuzz_corpus) and the inputs that once
# failed (crashes/NAME/).
grep -q "^$name " "$src/tests/fuzz/seeds.txt" || { echo "run.sh: unknown harness $name" >&2; exit 2; }
while read -r harnessName pattern; do
  if [ "$harnessName" = "$name" ]; then
    # shellcheck disable=SC2086  # the pattern is a glob
    seed "$src"/$pattern
  fi
done < <(grep -v '^#' "$src/tests/fuzz/seeds.txt")
seed "$src/tests/fuzz/crashes/$name"/*

log=$work/$name/last.log
status=0
# -rss_limit_mb: a rejected input must stay small (docs/input-limits.md); -timeout: no input may
# take 10 s. ASan's leak check stays on.
"$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || status=$?
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)|^#[0-9]+.*DONE' "$log" | sed "s/^/$name: /"
echo "$name: corpus $(ls "$corpus" | wc -l) files"
if [ "$status" -ne 0 ]; then
  echo "$name: FAILED (exit $status); see $log and $artifacts" >&2
  grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5 >&2 || true
  exit 1
fi
