#!/bin/sh
# For the .tar.gz: adds Subtitle Desk to your applications menu (no root needed), pointing at this
# folder. Run it again after moving the folder; "--remove" takes the entry away.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/subtitle-desk.desktop"
icon="$data/icons/hicolor/256x256/apps/subtitle-desk.png"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "Removed the Subtitle Desk menu entry."
  exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/subtitle-desk.png" "$icon"
# The packaged entry, with the launcher's absolute path (quoted: the folder may contain spaces).
sed -e "s|^Exec=subtitle-desk |Exec=\"$here/subtitle-desk\" |" -e "s|^TryExec=.*|TryExec=$here/subtitle-desk|" \
  "$here/share/subtitle-desk.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Subtitle Desk is in your applications menu ($entry)."
