#!/usr/bin/env bash
# ci-golangci-lint.sh is the golangci-lint step of .ci/run. It builds (or
# takes from the cache) golangci-lint with the leakvet plugin, lints this
# repository with .golangci.yml, which must be clean, and checks the
# plugin's behaviour on the fixture module plugin/testdata/fixture under each
# configuration in plugin/testdata/configs (see scripts/gclcheck).
set -euo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
bin=$(scripts/golangci-lint.sh --path)
echo "golangci-lint with leakvet ready in $((SECONDS - start)) s: $bin"

echo "-- lint this repository (.golangci.yml)"
start=$SECONDS
"$bin" run ./...
echo "clean in $((SECONDS - start)) s"

echo "-- the plugin on the fixture module"
go run ./scripts/gclcheck -bin "$bin" -fixture plugin/testdata/fixture -configs plugin/testdata/configs
