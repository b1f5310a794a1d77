#!/usr/bin/env bash
# bench.sh measures leakvet's speed and memory, side by side with
# bodyclose (github.com/timakin/bodyclose, which checks only HTTP response
# bodies) on the module set of scripts/realmodules.sh:
#
#   scripts/bench.sh [DIR]
#
# DIR (default ${TMPDIR:-/tmp}/leakvet-realmodules) holds the scratch module
# of realmodules.sh; the script runs realmodules.sh first when DIR has no
# go.mod. Only the Go module proxy is needed. It prints, each from
# /usr/bin/time -v (wall time, CPU time as user+system, maximum RSS of the
# largest process):
#
#   1. the module set (-test=false): bodyclose; leakvet with its cache off
#      (LEAKVET_CACHE=off); leakvet with an empty cache (cold), then again
#      (warm), then after a comment is added to one leaf package (the
#      number of cache entries written says how many packages were
#      analyzed again);
#   2. leakvet std, tests included, cache off;
#   3. go vet with leakvet as -vettool against plain go vet, on this
#      repository, each in a copy of one build cache in which everything
#      is compiled and nothing vetted;
#   4. BenchmarkFunctionSize (analyzer/bench_test.go): the pass on a
#      generated function as it doubles, with the ratio of each size to
#      the one before.
#
# Environment:
#   LEAKVET    leakvet binary (default: built from this checkout)
#   BASE       another leakvet binary to measure alongside (e.g. an older
#              build); its runs are labelled "base"
#   SKIP_STD   set to skip step 2 (it takes minutes; an old build needs
#              about 13 GB of memory there)
#
# Measure on an otherwise idle machine, or compare only figures taken in
# the same run: every step runs its commands one after the other.
set -euo pipefail

# Pinned for reproducibility; bodyclose's own go.mod requires an x/tools
# too old for Go 1.26, so it is built with leakvet's x/tools version.
bodyclose_version=v0.0.0-20260723120731-857993a2939c
tools_version=v0.52.0

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:-${TMPDIR:-/tmp}/leakvet-realmodules}
log() { echo "bench.sh: $*" >&2; }
export GOWORK=off
export GOTOOLCHAIN=${GOTOOLCHAIN:-local}

if [ ! -x /usr/bin/time ]; then
	log "needs /usr/bin/time (GNU time)"
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

leakvet=${LEAKVET:-}
if [ -z "$leakvet" ]; then
	(cd "$root" && go build -o "$tmp/leakvet" ./cmd/leakvet)
	leakvet=$tmp/leakvet
fi
leakvet=$(cd "$(dirname "$leakvet")" && pwd)/$(basename "$leakvet")
base=${BASE:-}
if [ -n "$base" ]; then
	base=$(cd "$(dirname "$base")" && pwd)/$(basename "$base")
fi

if [ ! -f "$dir/go.mod" ]; then
	log "preparing the module set in $dir (scripts/realmodules.sh)"
	LEAKVET=$leakvet "$root/scripts/realmodules.sh" "$dir" >/dev/null
fi
dir=$(cd "$dir" && pwd)
# The patterns: every module of the set, with /... appended.
mapfile -t patterns < <(cd "$dir" && go list -m -f '{{if not .Main}}{{.Path}}/...{{end}}' $(sed -n 's/^\t"\([^ ]*\) v.*"$/\1/p' "$root/scripts/realmodules.sh"))

log "building bodyclose $bodyclose_version"
mkdir "$tmp/bc"
(
	cd "$tmp/bc"
	go mod init bcbuild >/dev/null 2>&1
	go get "github.com/timakin/bodyclose@$bodyclose_version" "golang.org/x/tools@$tools_version" >/dev/null 2>&1
	printf '//go:build tools\n\npackage tools\n\nimport _ "github.com/timakin/bodyclose"\n' >tools.go
	go mod tidy >/dev/null 2>&1
	go build -o "$tmp/bodyclose" github.com/timakin/bodyclose
)

# measure LABEL CMD...: runs CMD with its output to files and prints one
# line of figures.
measure() {
	local label=$1
	shift
	local rc=0
	/usr/bin/time -v -o "$tmp/time" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
	awk -v label="$label" -v rc="$rc" -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
		/User time/ { user = $2 }
		/System time/ { sys = $2 }
		/Maximum resident set size/ { rss = $2 }
		END { printf "%-44s wall %7.1f s  cpu %7.1f s  max RSS %6.2f GiB  exit %s\n", label, wall, user + sys, rss / 1048576, rc }
	' "$tmp/time"
}

# entries DIR: the number of entries in a leakvet cache directory.
entries() { find "$1" -type f ! -name '.tmp-*' 2>/dev/null | wc -l; }

echo "== 1. module set: ${#patterns[@]} modules, $(cd "$dir" && go list "${patterns[@]}" | wc -l) packages, -test=false"
cd "$dir"
measure "bodyclose" "$tmp/bodyclose" -test=false "${patterns[@]}"
for which in base leakvet; do
	bin=$leakvet
	if [ "$which" = base ]; then
		[ -n "$base" ] || continue
		bin=$base
	fi
	measure "$which, LEAKVET_CACHE=off" env LEAKVET_CACHE=off "$bin" -test=false "${patterns[@]}"
	sort "$tmp/stderr" >"$tmp/findings.$which"
done
if [ -n "$base" ]; then
	if cmp -s "$tmp/findings.base" "$tmp/findings.leakvet"; then
		echo "findings of base and leakvet: identical ($(grep -vc '^[^:]*:[0-9]*:[0-9]*: 	' "$tmp/findings.leakvet") lines)"
	else
		echo "findings of base and leakvet DIFFER:"
		diff "$tmp/findings.base" "$tmp/findings.leakvet" | head -20
	fi
fi
cache=$tmp/cache
measure "leakvet, empty cache (cold)" env LEAKVET_CACHE="$cache" "$leakvet" -test=false "${patterns[@]}"
n0=$(entries "$cache")
measure "leakvet, same cache (warm)" env LEAKVET_CACHE="$cache" "$leakvet" -test=false "${patterns[@]}"
# The leaf to edit: of the packages of the set that import no other
# package of the set, the one that most packages of the set import.
go list -f '{{.ImportPath}} {{join .Deps " "}}' "${patterns[@]}" >"$tmp/deps"
read -r leafpath importers < <(awk '
	{ inset[$1] = 1; line[NR] = $0 }
	END {
		for (i = 1; i <= NR; i++) {
			k = split(line[i], f, " "); leaf = 1
			for (j = 2; j <= k; j++) if (f[j] in inset) { leaf = 0; n[f[j]]++ }
			if (leaf) leaves[f[1]] = 1
		}
		for (p in leaves) if (n[p] + 0 > best || pick == "") { best = n[p] + 0; pick = p }
		print pick, best
	}' "$tmp/deps")
read -r leafdir leaffile < <(go list -f '{{.Dir}} {{index .GoFiles 0}}' "$leafpath")
chmod u+w "$leafdir" "$leafdir/$leaffile"
cp "$leafdir/$leaffile" "$tmp/leaf.orig"
echo "// edited by bench.sh" >>"$leafdir/$leaffile"
measure "leakvet, after editing $leafpath" env LEAKVET_CACHE="$cache" "$leakvet" -test=false "${patterns[@]}"
cp "$tmp/leaf.orig" "$leafdir/$leaffile"
chmod a-w "$leafdir/$leaffile" "$leafdir"
echo "cache entries: $n0 after the cold run; the edit of $leafpath (imported, directly or not, by $importers packages of the set) wrote $(($(entries "$cache") - n0)) more"

if [ -z "${SKIP_STD:-}" ]; then
	echo "== 2. std, tests included"
	for which in base leakvet; do
		bin=$leakvet
		if [ "$which" = base ]; then
			[ -n "$base" ] || continue
			bin=$base
		fi
		measure "$which std, LEAKVET_CACHE=off" env LEAKVET_CACHE=off "$bin" -json std
		cp "$tmp/stdout" "$tmp/std.$which.json"
	done
	if [ -n "$base" ]; then
		if cmp -s "$tmp/std.base.json" "$tmp/std.leakvet.json"; then
			echo "-json output of base and leakvet on std: identical"
		else
			echo "-json output of base and leakvet on std DIFFERS"
		fi
	fi
fi

echo "== 3. go vet on this repository: plain, then with leakvet as -vettool"
cd "$root"
export GOCACHE=$tmp/gocache
# Compile everything that vet needs (test variants included) without
# vetting: -vet=off, and no test runs.
go test -vet=off -count=1 -run '^$' ./... >/dev/null
for which in plain base leakvet; do
	rm -rf "$tmp/gocache.run" && cp -r "$GOCACHE" "$tmp/gocache.run"
	case $which in
	plain) measure "go vet" env GOCACHE="$tmp/gocache.run" go vet ./... ;;
	base)
		[ -n "$base" ] || continue
		measure "go vet -vettool=base" env GOCACHE="$tmp/gocache.run" go vet -vettool="$base" ./...
		;;
	leakvet) measure "go vet -vettool=leakvet" env GOCACHE="$tmp/gocache.run" go vet -vettool="$leakvet" ./... ;;
	esac
done
unset GOCACHE

echo "== 4. BenchmarkFunctionSize (median of 5 runs per size)"
go test ./analyzer -run '^$' -bench BenchmarkFunctionSize -benchtime=20x -count=5 | awk '
	/^BenchmarkFunctionSize/ {
		size = $1; sub(/-[0-9]+$/, "", size); sub(/.*segments=/, "", size)
		ns[size] = ns[size] " " $3; al[size] = al[size] " " $7
		if (!(size in seen)) { seen[size] = 1; order[++n] = size }
	}
	function median(s,   a, k, i, j, t) {
		k = split(s, a, " ")
		for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
		return a[int((k + 1) / 2)]
	}
	END {
		for (i = 1; i <= n; i++) {
			s = order[i]; t = median(ns[s]); a = median(al[s])
			if (i == 1) printf "segments=%-4s %12d ns/op %8d allocs/op\n", s, t, a
			else printf "segments=%-4s %12d ns/op %8d allocs/op   x%.2f time, x%.2f allocs\n", s, t, a, t / pt, a / pa
			pt = t; pa = a
		}
	}'
