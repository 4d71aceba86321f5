#!/usr/bin/env bash
# Installs every Debian 12 package CrossDrill needs to build, test, take screenshots and
# run its benchmarks. Idempotent: packages already present are left alone.
# Works as root, or through sudo for an ordinary user.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git lld
  # Qt 6.4 (base, websockets, httpserver, charts, svg, linguist tools)
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6opengl6-dev libgl-dev libxkbcommon-dev
  # engine libraries (libqrencode: the QR codes of the join handouts)
  libsqlite3-dev sqlite3 libboost-graph-dev libqrencode-dev
  # headless GUI runs and screenshots, Japanese text, report PDFs
  xvfb xauth imagemagick xdotool fonts-noto-cjk fonts-dejavu-core poppler-utils
  # reading the handouts' QR codes back in their test
  zbar-tools
  # the browser room's test and screenshots (tests/browser, headless through DevTools)
  chromium
  # benchmarks only (the NumPy reference of the cascade model)
  python3 python3-numpy
  # packaging checks
  appstream desktop-file-utils dpkg-dev file
  # formatting
  clang-format
  # fuzzing (tests/fuzz: clang with libFuzzer and the sanitizer runtimes)
  clang libclang-rt-14-dev
)

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-deps.sh: run as root or install sudo" >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps.sh: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps.sh: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
