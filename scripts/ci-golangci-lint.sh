#!/usr/bin/env bash
# ci-golangci-lint.sh is the golangci-lint step of .ci/run. It builds (or
# takes from the cache) golangci-lint with the leakvet plugin, lints this
# repository with .golangci.yml, which must be clean, and checks the
# plugin's behaviour on the fixture module plugin/testdata/fixture under each
# configuration in plugin/testdata/configs (see scripts/gclcheck).
set -euo pipefail
cd "$(dirname "$0")/.."

# Linters of .golangci.yml left out of the required self-lint while they
# still complain about code of analyzer/ or runtime/ (comma-separated, for
# --disable): revive's redefines-builtin-id in analyzer/summary.go. Their
# issues are printed, not enforced. Empty this once
# `scripts/golangci-lint.sh run ./...` is clean.
pending=${LEAKVET_SELF_LINT_PENDING-}

start=$SECONDS
bin=$(scripts/golangci-lint.sh --path)
echo "golangci-lint with leakvet ready in $((SECONDS - start)) s: $bin"

failed=()

echo "-- .golangci.yml against golangci-lint's schema"
"$bin" config verify || failed+=("config verify")

echo "-- lint this repository (.golangci.yml${pending:+, without $pending})"
start=$SECONDS
if "$bin" run ${pending:+--disable="$pending"} ./...; then
	echo "clean in $((SECONDS - start)) s"
else
	failed+=("self-lint")
fi

if [ -n "$pending" ]; then
	echo "-- not enforced yet: what $pending report on this repository"
	"$bin" run --enable-only="$pending" --uniq-by-line=false ./... || true
fi

echo "-- the plugin on the fixture module"
if ! go run ./scripts/gclcheck -bin "$bin" -fixture plugin/testdata/fixture -configs plugin/testdata/configs; then
	failed+=("fixture")
fi

if [ ${#failed[@]} -gt 0 ]; then
	echo "golangci-lint step failed: ${failed[*]}"
	exit 1
fi
