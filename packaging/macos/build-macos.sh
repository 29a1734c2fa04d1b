#!/usr/bin/env bash
# Builds the macOS app and disk image: dist/subtitle-desk-<version>-macos-<arch>.dmg
#
#   bash packaging/macos/build-macos.sh
#
# Needs macOS 12+ with Python 3.11+ (python3 on the PATH, or PYTHON=...). Makes .venv with the
# 'packaging' extra, builds "Subtitle Desk.app" with PyInstaller (Info.plist: bundle id, version
# from pyproject.toml, subtitle document types), smoke-tests the app's own binary offscreen, signs
# it (ad hoc, or with MACOS_SIGN_IDENTITY="Developer ID Application: ..." and the hardened
# runtime), and packs a compressed .dmg with an /Applications link using hdiutil. The .dmg is
# notarized only when MACOS_NOTARY_PROFILE names a notarytool keychain profile.
# The app is built for the architecture of the Python that runs PyInstaller (arm64 on Apple
# silicon runners, x86_64 on Intel ones).
set -Eeuo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
trap 'echo "build-macos.sh: FAILED (line $LINENO: $BASH_COMMAND)" >&2' ERR
[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh: run this on macOS" >&2; exit 1; }

started=$(date +%s)
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PY=.venv/bin/python
$PY -m pip install -q --upgrade pip
$PY -m pip install -q -e ".[packaging]"
VERSION=$($PY packaging/pkgtool.py version)
ARCH=$($PY -c "import platform; print(platform.machine())")

WORK=build/macos
rm -rf "$WORK"
mkdir -p "$WORK" dist
echo "== PyInstaller: Subtitle Desk $VERSION ($ARCH)"
SUBTITLE_DESK_ICON_DIR="$ROOT/$WORK/icons" QT_QPA_PLATFORM=offscreen \
  $PY -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/pyinstaller/dist" --workpath "$WORK/pyinstaller/work" packaging/subtitle-desk.spec
APP="$WORK/pyinstaller/dist/Subtitle Desk.app"
[ -d "$APP" ] || { echo "build-macos.sh: PyInstaller made no $APP" >&2; exit 1; }

plist="$APP/Contents/Info.plist"
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")" = "$VERSION" ] || {
  echo "build-macos.sh: Info.plist does not say version $VERSION" >&2; exit 1; }
/usr/libexec/PlistBuddy -c 'Print :CFBundleDocumentTypes:0:CFBundleTypeExtensions' "$plist" >/dev/null
CLI="$APP/Contents/MacOS/subtitle-desk-cli"
said=$("$CLI" --version)
[ "$said" = "subtitle-desk $VERSION" ] || { echo "build-macos.sh: the app says '$said', expected $VERSION" >&2; exit 1; }

# Sign before testing, so the test runs what ships: ad hoc by default (Apple silicon refuses
# unsigned code), Developer ID with the hardened runtime when an identity is given.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
else
  codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"

echo "== smoke test: $CLI --demo --smoke-test"
smoke_dir=$(mktemp -d)
smoke_rc=0
env HOME="$smoke_dir" SUBTITLE_DESK_DATA_DIR="$smoke_dir/data" QT_QPA_PLATFORM=offscreen \
  "$CLI" --demo --smoke-test >"$WORK/smoke.log" 2>"$WORK/smoke.stderr" || smoke_rc=$?
rm -rf "$smoke_dir"
cat "$WORK/smoke.log"
if [ "$smoke_rc" -ne 0 ] || ! grep -qx "smoke: OK" "$WORK/smoke.log"; then
  tail -n 40 "$WORK/smoke.stderr" >&2
  echo "build-macos.sh: the app's smoke test failed (exit $smoke_rc)" >&2
  exit 1
fi

echo "== hdiutil: disk image"
DMG="dist/subtitle-desk-$VERSION-macos-$ARCH.dmg"
STAGE="$WORK/dmg"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Subtitle Desk.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Subtitle Desk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --sign "$MACOS_SIGN_IDENTITY" --timestamp "$DMG"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
  fi
fi

bundle_mb=$(du -sm "$APP" | cut -f1)
dmg_mb=$(du -m "$DMG" | cut -f1)
echo "== figures: app ${bundle_mb} MB, dmg ${dmg_mb} MB, build $(( $(date +%s) - started )) s"
echo "== OK: $DMG"
