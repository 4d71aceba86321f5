#!/usr/bin/env bash
# Builds the release .deb and checks it on this machine (needs root for dpkg -i / -r):
# validates the desktop, metainfo and MIME files, builds with `cpack -G DEB`, installs the
# package, runs the installed binary (--version, validate on the bundled scenarios), optionally
# opens the installed GUI under Xvfb for a screenshot (CHECK_DEB_SCREENSHOT=out.png), then
# removes the package. Usage: packaging/check-deb.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}

desktop-file-validate packaging/org.crossdrill.CrossDrill.desktop
appstreamcli validate --no-net packaging/org.crossdrill.CrossDrill.metainfo.xml
xmllint --noout packaging/crossdrill-mime.xml

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset release -B "$build"
fi
cmake --build "$build" -j"${JOBS:-2}" --target crossdrill
(cd "$build" && cpack -G DEB)
deb=$(ls -t "$build"/crossdrill_*.deb | head -1)
echo "== $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'

dpkg -i "$deb"
trap 'dpkg -r crossdrill >/dev/null' EXIT
test "$(command -v crossdrill)" = /usr/bin/crossdrill
crossdrill --version
crossdrill validate /usr/share/crossdrill/scenarios/*.cxs.json
test -f /usr/share/applications/org.crossdrill.CrossDrill.desktop
test -f /usr/share/metainfo/org.crossdrill.CrossDrill.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/crossdrill.svg
test -f /usr/share/mime/packages/crossdrill.xml
if command -v update-mime-database >/dev/null; then
  update-mime-database /usr/share/mime
  if command -v xdg-mime >/dev/null; then
    xdg-mime query filetype /usr/share/crossdrill/scenarios/nisc-2008-cross-sector.cxs.json || true
  fi
fi
if [ -n "${CHECK_DEB_SCREENSHOT:-}" ]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c \
    "crossdrill /usr/share/crossdrill/scenarios/nisc-2008-cross-sector.cxs.json & sleep 6; import -window root '$CHECK_DEB_SCREENSHOT'; kill %1"
  echo "screenshot: $CHECK_DEB_SCREENSHOT"
fi
echo "check-deb: OK"
