#!/usr/bin/env bash
# Downloads and unpacks an official Vosk model for a real deployment (tests never run this).
# Usage: scripts/get-vosk-model.sh [MODEL_NAME] [DEST_DIR]
#   MODEL_NAME  default vosk-model-small-en-us-0.15 (40 MB); e.g. vosk-model-small-cn-0.22 (42 MB),
#               vosk-model-en-us-0.22 (1.8 GB, more accurate, needs ~6 GB RAM). List: https://alphacephei.com/vosk/models
#   DEST_DIR    default ./models
# Prints the model folder; pass it as: cohost serve --vosk-model en=<folder>
set -euo pipefail
name="${1:-vosk-model-small-en-us-0.15}"
dest="${2:-models}"
url="https://alphacephei.com/vosk/models/${name}.zip"

if [ -f "$dest/$name/am/final.mdl" ]; then
  echo "$dest/$name"
  exit 0
fi
command -v unzip >/dev/null || { echo "get-vosk-model: needs unzip" >&2; exit 1; }
mkdir -p "$dest"
tmp="$(mktemp "$dest/.${name}.XXXXXX.zip")"
trap 'rm -f "$tmp"' EXIT
echo "downloading $url" >&2
if command -v curl >/dev/null; then
  curl -fL --retry 3 -o "$tmp" "$url"
else
  wget -O "$tmp" "$url"
fi
unzip -q -o "$tmp" -d "$dest"
[ -f "$dest/$name/am/final.mdl" ] || { echo "get-vosk-model: $dest/$name has no am/final.mdl after unpacking" >&2; exit 1; }
echo "$dest/$name"
