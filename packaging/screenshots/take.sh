#!/usr/bin/env bash
# Takes the README / AppStream screenshots on a virtual X server (Xvfb, no window manager):
# the bundled scenario run headless with its player script to +02:15 (a call ringing at NISC),
# then reopened in the GUI at each screen size the console is laid out for (1366x768 and
# 1920x1080; issue 18), every room opened (Ctrl+Shift+O) and the clock resumed (F5): real X
# pixels (`import`), not QWidget::grab. Needs xvfb, imagemagick and xdotool (Debian packages).
#   xvfb-run -a -s "-screen 0 1920x1080x24" bash packaging/screenshots/take.sh [BUILD_DIR] [OUT_DIR]
# Writes console-SIZE-LANG.png and room-SIZE-LANG.png for both sizes and languages, and at
# 1920x1080 room-phone-en.png and room-web-ja.png.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build/dev}
out=${2:-$src/packaging/screenshots}
app=$build/app/crossdrill
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scenario=$src/scenarios/nisc-2008-cross-sector
"$app" run "$scenario.cxs.json" --db "$work/nisc.cxdb" --players "$scenario.players.json" --until +02:15 \
    --speed max >/dev/null

window() {  # window REGEX: the id of the first window whose title matches
    for id in $(xdotool search --name .); do
        if xdotool getwindowname "$id" | grep -Eq "$1"; then
            echo "$id"
            return
        fi
    done
}

shot() {  # shot WINDOW_ID FILE
    import -window "$1" "$work/raw.png"
    convert "$work/raw.png" -strip "$2"
}

show() {  # show WINDOW_ID WIDTH HEIGHT: alone, at that size, focused
    xdotool windowmove "$1" 0 0 windowsize "$1" "$2" "$3" windowraise "$1" windowfocus "$1"
    sleep 2
}

for size in 1366x768 1920x1080; do
    w=${size%x*}
    h=${size#*x}
    for lang in en ja; do
        home=$work/home-$size-$lang
        mkdir -p "$home"
        cp "$work/nisc.cxdb" "$work/nisc-$size-$lang.cxdb"
        if [ "$lang" = ja ]; then locale=ja_JP.UTF-8; else locale=en_US.UTF-8; fi
        HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data LANGUAGE=$lang LANG=$locale \
            "$app" "$work/nisc-$size-$lang.cxdb" &
        pid=$!
        sleep 8
        console=$(window ' — CrossDrill$')
        show "$console" "$w" "$h"
        xdotool key ctrl+shift+o  # open all rooms
        sleep 8
        telecom=$(window '^(東都通信|Toto Telecom) — ')
        show "$telecom" "$w" "$h"
        xdotool mousemove --window "$telecom" 300 172 click 1  # a mail near the top (below the banner's reserved strip)
        sleep 1
        shot "$telecom" "$out/room-$size-$lang.png"
        if [ "$size" = 1920x1080 ] && [ "$lang" = en ]; then
            nisc=$(window '\(NISC\) — ')
            show "$nisc" "$w" "$h"
            shot "$nisc" "$out/room-phone-en.png"
        fi
        if [ "$size" = 1920x1080 ] && [ "$lang" = ja ]; then
            mic=$(window '(総務省|\(MIC\)) — ')
            show "$mic" "$w" "$h"
            xdotool key alt+3  # the Web tab
            sleep 1
            xdotool mousemove --window "$mic" 100 122 click 1  # a page near the top
            sleep 1
            xdotool mousemove --window "$mic" 100 124 click 1
            sleep 1
            shot "$mic" "$out/room-web-ja.png"
        fi
        show "$console" "$w" "$h"
        xdotool key F5  # resume
        sleep 4
        shot "$console" "$out/console-$size-$lang.png"
        kill "$pid"
        wait "$pid" || true
    done
done
