#!/usr/bin/env bash
# Fetches the web page's third-party assets from npm at build time into OUT (served from the jar):
# Leaflet (BSD-2-Clause). Skips what is already there.
set -euo pipefail
src=$1; out=$2
mkdir -p "$src" "$out"
cd "$src"
if [ ! -s "$out/leaflet/leaflet.js" ]; then
  tgz=$(npm pack --silent leaflet@1.9.4 | tail -n 1)
  tar xzf "$tgz" package/dist package/LICENSE
  mkdir -p "$out/leaflet"
  cp -r package/dist/leaflet.js package/dist/leaflet.css package/dist/images package/LICENSE "$out/leaflet/"
  rm -rf package "$tgz"
fi
