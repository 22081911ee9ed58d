#!/usr/bin/env bash
# Draws the app icon with ImageMagick (no SVG support needed) at every size the packages and the
# window use: a database on a desk, white on indigo, with an amber desk top.
#   packaging/icons/make-icons.sh   (writes dynamodesk-<size>.png, dynamodesk.png, dynamodesk.ico)
set -euo pipefail
cd "$(dirname "$0")"
command -v convert >/dev/null || { echo "make-icons.sh: needs ImageMagick (apt-get install imagemagick)" >&2; exit 1; }
convert -size 512x512 gradient:'#6366f1'-'#1e1b4b' \
  \( -size 512x512 xc:none -fill white -draw "roundrectangle 16,16 495,495 104,104" \) \
  -compose DstIn -composite \
  -fill white -draw "rectangle 136,136 376,352" \
  -draw "ellipse 256,352 120,42 0,360" \
  -fill '#c7d2fe' -draw "ellipse 256,136 120,42 0,360" \
  -fill none -stroke '#4338ca' -strokewidth 10 \
  -draw "arc 136,166 376,250 0,180" -draw "arc 136,238 376,322 0,180" \
  -stroke none -fill '#f59e0b' -draw "roundrectangle 88,418 424,454 18,18" \
  -fill '#fbbf24' -draw "rectangle 136,454 156,476" -draw "rectangle 356,454 376,476" \
  dynamodesk-512.png
for size in 256 128 64 48 32 16; do
  convert dynamodesk-512.png -resize ${size}x${size} dynamodesk-$size.png
done
cp dynamodesk-256.png dynamodesk.png
convert dynamodesk-16.png dynamodesk-32.png dynamodesk-48.png dynamodesk-64.png dynamodesk-128.png dynamodesk-256.png dynamodesk.ico
echo "make-icons.sh: wrote $(ls dynamodesk*.png dynamodesk.ico | tr '\n' ' ')"
