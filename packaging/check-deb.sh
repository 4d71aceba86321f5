#!/usr/bin/env bash
# Builds the release .deb and checks it on this machine (needs root or sudo for apt-get):
# validates the desktop, metainfo and MIME files, builds with packaging/build-deb.sh (release
# preset, `cpack -G DEB`), installs the package with `apt-get install ./FILE.deb` (so the
# declared Depends are resolved from the archive as on a fresh machine), runs the installed
# binary (--version, validate on the bundled scenarios), optionally opens the installed GUI
# under Xvfb for a screenshot (CHECK_DEB_SCREENSHOT=out.png), then removes the package with
# `apt-get remove` (also on failure). Usage: packaging/check-deb.sh [BUILD_DIR] (default build/release)
# Environment: CHECK_DEB_SCREENSHOT=out.png, CHECK_DEB_NO_BUILD=1 (do not build BUILD_DIR first).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}

desktop-file-validate packaging/org.crossdrill.CrossDrill.desktop
appstreamcli validate --no-net packaging/org.crossdrill.CrossDrill.metainfo.xml
xmllint --noout packaging/crossdrill-mime.xml

SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)

# CHECK_DEB_NO_BUILD=1: package the tree as it is built (e.g. the dev tree, see README.md).
deb=$(bash packaging/build-deb.sh --tree "$build" ${CHECK_DEB_NO_BUILD:+--no-build} | tail -1)
echo "== $deb"
dpkg-deb --contents "$deb" | awk '{print $6}'

"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$(realpath "$deb")"
trap '"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y crossdrill >/dev/null' EXIT
test "$(command -v crossdrill)" = /usr/bin/crossdrill
crossdrill --version
crossdrill validate /usr/share/crossdrill/scenarios/*.cxs.json
test -f /usr/share/applications/org.crossdrill.CrossDrill.desktop
test -f /usr/share/metainfo/org.crossdrill.CrossDrill.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/crossdrill.svg
test -f /usr/share/mime/packages/crossdrill.xml
if command -v update-mime-database >/dev/null; then
  "${SUDO[@]}" update-mime-database /usr/share/mime
  if command -v xdg-mime >/dev/null; then
    xdg-mime query filetype /usr/share/crossdrill/scenarios/nisc-2008-cross-sector.cxs.json || true
  fi
fi
if [ -n "${CHECK_DEB_SCREENSHOT:-}" ]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c \
    "/usr/bin/crossdrill /usr/share/crossdrill/scenarios/nisc-2008-cross-sector.cxs.json & sleep 8; import -window root '$CHECK_DEB_SCREENSHOT'; kill %1"
  echo "screenshot: $CHECK_DEB_SCREENSHOT"
fi
trap - EXIT
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y crossdrill
test ! -e /usr/bin/crossdrill
echo "check-deb: OK"
