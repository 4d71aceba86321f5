#!/usr/bin/env bash
# Builds the CrossDrill .deb with CPack and checks its control fields.
#
#   packaging/build-deb.sh                  release preset: configure build/release if needed,
#                                           build the crossdrill target, cpack -G DEB there
#   packaging/build-deb.sh --tree DIR --no-build --out DIR2
#                                           package an already built tree (CI does this with the
#                                           dev tree: see packaging/README.md) into DIR2
#
# Prints the package path on the last line. Fails when cpack fails, when the declared Depends
# (found by dpkg-shlibdeps from the binary) misses a runtime library the binary links, or when a
# document of docs/ is not in the package.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=build/release
build=1
out=
while [ $# -gt 0 ]; do
  case "$1" in
    --tree) tree=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --out) out=$2; shift 2 ;;
    *) echo "build-deb.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ]; then
  if [ ! -f "$tree/CMakeCache.txt" ]; then
    cmake --preset release -B "$tree"
  fi
  start=$(date +%s)
  cmake --build "$tree" -j"${JOBS:-2}" --target crossdrill
  echo "build-deb.sh: built $tree/app/crossdrill in $(( $(date +%s) - start )) s" >&2
fi
test -x "$tree/app/crossdrill" || { echo "build-deb.sh: $tree/app/crossdrill is not built" >&2; exit 1; }

out=${out:-$tree}
mkdir -p "$out"
start=$(date +%s)
# cpack first brings the tree's `all` up to date (nothing to do once the tree is built: in CI
# the tests have just been built; the release tree's `all` is the app alone).
(cd "$tree" && cpack -G DEB -B "$(realpath "$out")" >&2)
deb=$(ls -t "$out"/crossdrill_*.deb | head -1)
echo "build-deb.sh: packaged in $(( $(date +%s) - start )) s" >&2

dpkg-deb --field "$deb" >&2
depends=$(dpkg-deb --field "$deb" Depends)
missing=()
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6websockets6 libsqlite3-0 libc6; do
  # Debian's Qt packages carry an ABI suffix (libqt6core6t64 on newer releases).
  grep -Eq "(^|, )$lib[a-z0-9]*( |,|$)" <<<"$depends" || missing+=("$lib")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-deb.sh: Depends lacks ${missing[*]}: $depends" >&2
  exit 1
fi
# The documentation is part of the package (crossdrill --help points there).
contents=$(dpkg-deb --contents "$deb")
for doc in docs/*.md; do
  grep -q "\./usr/share/doc/crossdrill/$(basename "$doc")\$" <<<"$contents" || {
    echo "build-deb.sh: the package lacks /usr/share/doc/crossdrill/$(basename "$doc")" >&2
    exit 1
  }
done
echo "$deb"
