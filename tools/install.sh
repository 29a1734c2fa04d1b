#!/usr/bin/env bash
# Installs Subtitle Desk into ./.venv on a fresh Debian/Ubuntu machine.
#   tools/install.sh          the app
#   tools/install.sh --dev    the app plus everything the tests and benchmarks need
# System libraries Qt needs (xcb, EGL, PulseAudio client, fonts) are installed with apt-get when
# they are missing and we are root (or sudo works without a password).
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
for arg in "$@"; do
  case "$arg" in
    --dev) extras="[test,packaging]" ;;
    *) echo "usage: tools/install.sh [--dev]" >&2; exit 2 ;;
  esac
done

debs=(libpulse0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core python3-venv)
if [ -n "$extras" ]; then
  debs+=(xvfb xauth imagemagick curl gnome-keyring dbus-daemon dbus-bin ffmpeg)
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extras}"
# The interface translations: resources/i18n/*.ts compiled to the .qm files the app loads
# (subtitle_desk/resources/i18n/).
.venv/bin/python -m subtitle_desk.ui.i18n >/dev/null
echo "Subtitle Desk installed in $(pwd)/.venv"
