#!/usr/bin/env bash
# Takes the after-action screenshots on a virtual X server (Xvfb, no window manager): the bundled
# 2008 scenario run headless with its player script to its end, then `crossdrill report DB
# --view` in each language at 1366x768 and 1920x1080: the report page, the improvement plan, the
# debrief replay at +01:30 (`--page`, `--at`: without a window manager keys reach no window), and
# the first pages of the PDF export
# (pdftoppm). Real X pixels (`import`), not QWidget::grab. Needs xvfb, imagemagick, xdotool and
# poppler-utils (Debian packages).
#   bash packaging/screenshots/take-report.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build/dev}
out=${2:-$src/packaging/screenshots}
app=$build/app/crossdrill
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scenario=$src/scenarios/nisc-2008-cross-sector
"$app" run "$scenario.cxs.json" --db "$work/nisc.cxdb" --players "$scenario.players.json" --speed max >/dev/null

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

open_view() {  # open_view LANG WIDTH HEIGHT PAGE FILE: one page of the report window, screenshot
    local lang=$1 width=$2 height=$3 page=$4 file=$5 home=$work/home-$1
    mkdir -p "$home"
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$work/cache LANGUAGE=$lang \
        "$app" report "$work/nisc.cxdb" --view --lang "$lang" --page "$page" --at +01:30 &
    local pid=$! id=
    for _ in $(seq 1 120); do  # computing the 2008 report takes a while on a loaded machine
        id=$(window '(After-action report|事後分析報告) — ')
        [ -n "$id" ] && break
        sleep 2
    done
    xdotool windowmove "$id" 0 0 windowsize "$id" "$width" "$height"
    sleep 4
    shot "$id" "$out/$file"
    kill "$pid"
    wait "$pid" || true
}

views() {  # views LANG WIDTH HEIGHT
    open_view "$1" "$2" "$3" report "report-$1-$2.png"
    open_view "$1" "$2" "$3" replay "replay-$1-$2.png"
    [ "$2" = 1366 ] && open_view "$1" "$2" "$3" plan "report-plan-$1.png"
    true
}

for lang in en ja; do
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c "$(declare -f window shot open_view views); work=$work app=$app out=$out; views $lang 1366 768"
    xvfb-run -a -s "-screen 0 1920x1080x24" bash -c "$(declare -f window shot open_view views); work=$work app=$app out=$out; views $lang 1920 1080"
    XDG_CACHE_HOME=$work/cache "$app" report "$work/nisc.cxdb" -o "$work/report-$lang.pdf" --lang "$lang" 2>/dev/null
    pdftoppm -png -r 60 -f 1 -l 3 "$work/report-$lang.pdf" "$work/pdf-$lang"
    for page in 1 2 3; do
        convert "$(ls "$work"/pdf-"$lang"-*"$page".png | head -1)" -strip "$out/report-pdf-$lang-$page.png"
    done
done
