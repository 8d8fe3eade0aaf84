#!/usr/bin/env bash
# Lints the API description with Redocly's recommended ruleset (the test suite runs this through
# OpenApiLintTest). Redocly CLI comes from npm, pinned, installed once into BUILD/redocly; the
# registry is needed only the first time, like the map's assets (build/fetch-web.sh).
# Usage: build/lint-openapi.sh BUILD_DIR OPENAPI_JSON
set -euo pipefail
build=$1; spec=$2
dir="$build/redocly"
if [ ! -x "$dir/node_modules/.bin/redocly" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --silent --no-save @redocly/cli@2.77.0 >&2
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1
exec "$dir/node_modules/.bin/redocly" lint --extends recommended --format stylish "$spec"
