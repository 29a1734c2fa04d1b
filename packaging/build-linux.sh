#!/usr/bin/env bash
# Builds the Linux installers from a clean checkout, installs the .deb and smoke-tests the installed app.
#
#   bash packaging/build-linux.sh               build, install with dpkg -i, run the smoke test
#   bash packaging/build-linux.sh --no-install  build dist/*.deb and dist/*.tar.gz only (no root needed)
#
# Makes dist/subtitle-desk_<version>_amd64.deb (installs under /opt/subtitle-desk, a launcher in
# /usr/bin, a desktop entry and icons) and dist/subtitle-desk-<version>-linux-x86_64.tar.gz (the same
# self-contained folder). The version comes from pyproject.toml. Work files go to build/ (git-ignored).
# Needs Debian/Ubuntu; installs what it lacks (binutils, the Qt runtime libraries, .venv with
# PyInstaller) itself, as root or through password-less sudo. Any failure stops it with a non-zero exit.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
trap 'echo "build-linux.sh: FAILED (line $LINENO: $BASH_COMMAND)" >&2' ERR

install_deb=1
for arg in "$@"; do
  case "$arg" in
    --no-install) install_deb=0 ;;
    *) echo "usage: packaging/build-linux.sh [--no-install]" >&2; exit 2 ;;
  esac
done

say() { echo "== $*"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
t_start=$(now)

[ "$(uname -s)" = Linux ] || { echo "build-linux.sh: this builds Linux packages; run it on Linux" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build-linux.sh: dpkg-deb not found (Debian or Ubuntu needed)" >&2; exit 1; }
case "$(dpkg --print-architecture)" in
  amd64) ARCH=amd64; TAR_ARCH=x86_64 ;;
  arm64) ARCH=arm64; TAR_ARCH=aarch64 ;;
  *) echo "build-linux.sh: unsupported architecture $(dpkg --print-architecture)" >&2; exit 1 ;;
esac

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; elif [ "$install_deb" = 1 ]; then
    echo "build-linux.sh: installing the .deb needs root (or password-less sudo); use --no-install to only build" >&2
    exit 1
  fi
fi

# -- tools and libraries this build needs ---------------------------------------------------------
# binutils: PyInstaller's strip and objdump; the rest: the libraries the bundled Qt loads from the
# system (also the .deb's Depends, so installing it can't fail on them).
need=(binutils python3-venv)
while IFS= read -r dep; do need+=("${dep%% *}"); done < <(
  grep -v '^\s*#' packaging/linux/depends.txt | sed 's/|.*//' | sed '/^\s*$/d')
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ] || { echo "build-linux.sh: missing ${missing[*]} and no root to install them" >&2; exit 1; }
  say "installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# -- Python environment -------------------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  say "making .venv (tools/install.sh)"
  bash tools/install.sh
fi
PY=.venv/bin/python
VERSION=$($PY packaging/pkgtool.py version)
DEB_VERSION=$($PY packaging/pkgtool.py deb-version)
# PyInstaller from the 'packaging' extra (pinned in pyproject.toml); reinstall the app when its
# installed metadata (what --version prints) lags behind pyproject.toml.
if ! $PY -c "import PyInstaller" 2>/dev/null; then
  say "installing the packaging extra"
  $PY -m pip install -q -e ".[packaging]"
fi
installed=$($PY -c "from importlib.metadata import version; print(version('subtitle-desk'))" 2>/dev/null || true)
if [ "$installed" != "$VERSION" ]; then
  say "refreshing the app's metadata ($installed -> $VERSION)"
  $PY -m pip install -q --no-deps -e .
fi

# The interface translations (resources/i18n/*.ts -> subtitle_desk/resources/i18n/*.qm), which the
# spec copies with the rest of subtitle_desk/resources.
say "compiling the interface translations"
.venv/bin/python -m subtitle_desk.ui.i18n >/dev/null

setup_seconds=$(elapsed "$t_start")

# -- bundle ---------------------------------------------------------------------------------------
t_build=$(now)
WORK=build/linux
APP=$WORK/pyinstaller/dist/subtitle-desk
rm -rf "$WORK"
mkdir -p "$WORK" dist
say "PyInstaller: Subtitle Desk $VERSION"
t_bundle=$(now)
SUBTITLE_DESK_ICON_DIR="$ROOT/$WORK/icons" QT_QPA_PLATFORM=offscreen \
  $PY -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/pyinstaller/dist" --workpath "$WORK/pyinstaller/work" packaging/subtitle-desk.spec
[ -x "$APP/subtitle-desk" ] || { echo "build-linux.sh: PyInstaller made no $APP/subtitle-desk" >&2; exit 1; }
# Debug info out of the few libraries that carry it (libpython from pyenv: 23 MB -> 5 MB). Not the
# Qt tree: binutils' strip corrupts the wheel's FFmpeg libraries.
while IFS= read -r -d '' lib; do
  if readelf -S "$lib" 2>/dev/null | grep '\.debug_info' >/dev/null; then strip --strip-debug "$lib"; fi
done < <(find "$APP/_internal" -path "$APP/_internal/PySide6" -prune -o -type f -name '*.so*' -print0)
bundle_seconds=$(elapsed "$t_bundle")
for part in _internal/resources/demo/subtitle-desk-demo.mp4 _internal/subtitle_desk/resources/subtitle-desk.svg \
            _internal/PySide6/Qt/plugins/multimedia _internal/PySide6/Qt/plugins/platforms/libqxcb.so \
            _internal/PySide6/Qt/translations; do
  [ -e "$APP/$part" ] || { echo "build-linux.sh: the bundle lacks $part" >&2; exit 1; }
done
ls "$APP"/_internal/PySide6/Qt/lib/libavcodec.so.* >/dev/null || { echo "build-linux.sh: the bundle lacks FFmpeg" >&2; exit 1; }
bundled_version=$(QT_QPA_PLATFORM=offscreen "$APP/subtitle-desk" --version)
[ "$bundled_version" = "subtitle-desk $VERSION" ] || {
  echo "build-linux.sh: the bundle says '$bundled_version', pyproject.toml says $VERSION" >&2; exit 1; }

# -- .deb -----------------------------------------------------------------------------------------
say "staging the .deb"
STAGE=$WORK/deb
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/doc/subtitle-desk" \
         "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/DEBIAN"
cp -al "$APP" "$STAGE/opt/subtitle-desk"  # hard links: same files, no second copy
install -m 0755 packaging/linux/subtitle-desk.sh "$STAGE/usr/bin/subtitle-desk"
install -m 0644 packaging/linux/subtitle-desk.desktop "$STAGE/usr/share/applications/subtitle-desk.desktop"
install -m 0644 "$WORK/icons/subtitle-desk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/subtitle-desk.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 0644 "$WORK/icons/subtitle-desk-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/subtitle-desk.png"
done
install -m 0644 packaging/linux/copyright "$STAGE/usr/share/doc/subtitle-desk/copyright"
install -m 0755 packaging/linux/postinst "$STAGE/DEBIAN/postinst"
install -m 0755 packaging/linux/postrm "$STAGE/DEBIAN/postrm"
chmod -R u+rwX,go+rX,go-w "$STAGE/opt" "$STAGE/usr"
$PY packaging/pkgtool.py control "$STAGE" "$ARCH" > "$STAGE/DEBIAN/control"
DEB=dist/subtitle-desk_${DEB_VERSION}_${ARCH}.deb
TARBALL=dist/subtitle-desk-${VERSION}-linux-${TAR_ARCH}.tar.gz
rm -f "$DEB" "$TARBALL"

# -- .tar.gz: the same folder named for its version, compressed while dpkg-deb works ---------------
say "tar: $TARBALL"
TARDIR=$WORK/tar/subtitle-desk-$VERSION
mkdir -p "$WORK/tar"
cp -al "$APP" "$TARDIR"
mkdir -p "$TARDIR/share"
install -m 0644 packaging/linux/subtitle-desk.desktop "$TARDIR/share/subtitle-desk.desktop"
install -m 0644 "$WORK/icons/subtitle-desk-256.png" "$TARDIR/subtitle-desk.png"
install -m 0755 packaging/linux/install-desktop-entry.sh "$TARDIR/install-desktop-entry.sh"
( tar -C "$WORK/tar" --owner=0 --group=0 --numeric-owner -cf - "subtitle-desk-$VERSION" | gzip -5 > "$TARBALL" ) &
tar_pid=$!

# zstd: about ten times faster than xz here for a 20% larger file; dpkg reads it since Debian 12
# and Ubuntu 21.10 (older releases lack the glibc this bundle needs anyway).
say "dpkg-deb: $DEB"
dpkg-deb --root-owner-group -Zzstd -z6 --build "$STAGE" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'
wait "$tar_pid" || { echo "build-linux.sh: making $TARBALL failed" >&2; exit 1; }
build_seconds=$(elapsed "$t_build")

bundle_mb=$(du -sm "$APP" | cut -f1)
deb_mb=$(du -m "$DEB" | cut -f1)
tar_mb=$(du -m "$TARBALL" | cut -f1)

if [ "$install_deb" = 0 ]; then
  say "built $DEB and $TARBALL (bundle ${bundle_mb} MB, build ${build_seconds} s); not installed (--no-install)"
  exit 0
fi

# -- install with dpkg -i and smoke-test the installed app ---------------------------------------
say "dpkg -i $DEB"
if ! $SUDO dpkg -i "$DEB"; then
  say "dpkg -i left dependencies open: apt-get -f install"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -f -y -qq --no-install-recommends
fi
dpkg-query -W -f='${Status} ${Version}\n' subtitle-desk | grep -q "install ok installed $DEB_VERSION" || {
  echo "build-linux.sh: subtitle-desk $DEB_VERSION is not installed after dpkg -i" >&2; exit 1; }
LAUNCHER=$(command -v subtitle-desk || true)
[ "$LAUNCHER" = /usr/bin/subtitle-desk ] || {
  echo "build-linux.sh: subtitle-desk on the PATH is '${LAUNCHER:-nothing}', not /usr/bin/subtitle-desk" >&2; exit 1; }
installed_version=$(subtitle-desk --version)
[ "$installed_version" = "subtitle-desk $VERSION" ] || {
  echo "build-linux.sh: the installed app says '$installed_version', expected $VERSION" >&2; exit 1; }

say "smoke test: QT_QPA_PLATFORM=offscreen subtitle-desk --demo --smoke-test"
SMOKE_HOME=$(mktemp -d)
SMOKE_LOG=$WORK/smoke.log
t_smoke=$(now)
smoke_rc=0
env -C "$SMOKE_HOME" HOME="$SMOKE_HOME" XDG_CONFIG_HOME="$SMOKE_HOME/.config" \
    XDG_DATA_HOME="$SMOKE_HOME/.local/share" SUBTITLE_DESK_DATA_DIR="$SMOKE_HOME/data" \
    QT_QPA_PLATFORM=offscreen subtitle-desk --demo --smoke-test >"$SMOKE_LOG" 2>"$WORK/smoke.stderr" \
  || smoke_rc=$?
smoke_seconds=$(elapsed "$t_smoke")
rm -rf "$SMOKE_HOME"
cat "$SMOKE_LOG"
if [ "$smoke_rc" -ne 0 ] || ! grep -qx "smoke: OK" "$SMOKE_LOG"; then
  echo "build-linux.sh: the installed app's smoke test failed (exit $smoke_rc); its log:" >&2
  tail -n 40 "$WORK/smoke.stderr" >&2
  exit 1
fi
first_window=$(sed -n 's/^smoke: window shown \([0-9.]*\) s after process start$/\1/p' "$SMOKE_LOG")

FIGURES=$WORK/figures.txt
{
  echo "Subtitle Desk $VERSION, $(. /etc/os-release && echo "$PRETTY_NAME"), $(nproc) CPUs"
  echo "bundle (/opt/subtitle-desk): ${bundle_mb} MB; .deb: ${deb_mb} MB; .tar.gz: ${tar_mb} MB"
  echo "setup (system packages, .venv): ${setup_seconds} s; PyInstaller: ${bundle_seconds} s; build (bundle + .deb + .tar.gz): ${build_seconds} s"
  echo "installed app: first window ${first_window:-?} s after process start; whole smoke test ${smoke_seconds} s"
  echo "build + install + smoke: $(elapsed "$t_start") s"
} > "$FIGURES"
say "figures"
cat "$FIGURES"
say "OK: $DEB installed and smoke-tested; $TARBALL built"
