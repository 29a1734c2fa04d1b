#!/bin/sh
# /usr/bin/subtitle-desk: runs the bundled app installed under /opt/subtitle-desk.
exec /opt/subtitle-desk/subtitle-desk "$@"
