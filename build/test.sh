#!/usr/bin/env bash
# The whole test suite, as CI runs it. Installs the browser the web-map test drives (Debian's
# chromium and chromium-driver) when it is missing, then runs every test of every module.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "test: installing chromium and chromium-driver for the browser test" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# install: the core jar lands in ~/.m2 for the modules that build on it (spark/)
mvn -B install
if [ -f spark/pom.xml ]; then
  mvn -B -f spark/pom.xml verify
fi
