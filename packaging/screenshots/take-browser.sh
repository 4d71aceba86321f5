#!/usr/bin/env bash
# Takes the browser room's screenshots (docs/browser-room.md) at 1366x768, Japanese and English:
# the browser room test (tests/e2e/tst_browser_room.cpp) run with CROSSDRILL_SCREENSHOTS set
# captures them through headless Chromium's DevTools protocol at the moments it checks (mail,
# a call ringing, a call in progress, web, status, the survey).
#   bash packaging/screenshots/take-browser.sh [BUILD_DIR] [OUT_DIR]
# Writes browser-room-*.png. Needs chromium (packaging/install-deps.sh).
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build/dev}
out=${2:-$src/packaging/screenshots}
CROSSDRILL_SCREENSHOTS=$out "$build/tests/tst_browser_room"
ls "$out"/browser-room-*.png
