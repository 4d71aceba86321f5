#!/usr/bin/env bash
# Takes the control-team seat screenshots (issue 16): tst_seat_console (helpers in tests/gui/seatfixture.h) joins a white-cell seat,
# an evaluator seat and a controller seat of an exercise served on loopback, in Japanese and
# English, and saves each console at 1366x768 as the X server draws it. Needs xvfb (Debian package).
#   bash packaging/screenshots/take-seats.sh [BUILD_DIR] [OUT_DIR]
# Writes seat-whitecell-ringing-LANG.png (two rooms calling the seat's persona, queued with how
# long each has waited), seat-whitecell-call-LANG.png (answered, a line said as the persona),
# seat-evaluator-LANG.png (its observations), seat-evaluator-judge-LANG.png (its room's
# hypothesis selected, judging enabled), seat-controller-board-LANG.png (a controller seat's
# sector board of the bundled 14-sector scenario, joined at +01:30 after a shock, the shocked
# sector selected; its model the server's) and
# seat-host-dialog-LANG.png (the console's host dialog with a seat added). SEAT_SHOT_SIZE=1920x1080
# takes them (the observer's too) at that size instead.
# tst_seat_observer joins an observer seat of two rooms after they exchanged a mail and a call:
# seat-observer-LANG.png (the read-only view of MIC's mail) and seat-observer-phone-LANG.png
# (operator A's phone: the call from MIC, its transcript, the dial disabled).
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build/dev}
out=${2:-$src/packaging/screenshots}
CROSSDRILL_SEAT_SHOTS="$out" CROSSDRILL_SEAT_SHOT_SIZE="${SEAT_SHOT_SIZE:-1366x768}" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1920x1080x24" "$build/tests/tst_seat_console" >/dev/null
CROSSDRILL_SEAT_SHOTS="$out" CROSSDRILL_SEAT_SHOT_SIZE="${SEAT_SHOT_SIZE:-1366x768}" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1920x1080x24" "$build/tests/tst_seat_observer" >/dev/null
ls "$out"/seat-*.png
