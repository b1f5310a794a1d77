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
#      the one before for wall time, CPU time and allocations.
#
# Environment:
#   LEAKVET    leakvet binary (default: built from this checkout)
#   BASE       another leakvet binary to measure alongside (e.g. an older
#              build); its runs are labelled "base"
#   STEPS      the steps to run (default "1 2 3 4")
#   SKIP_STD   set to skip step 2 (it takes minutes; an old build needs
#              about 13 GB of memory there)
#   ROUNDS     how many times step 3 runs its commands, in turn (default
#              1); with more than one it prints the median wall and CPU
#              time of each and their ratio to plain go vet
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

steps=" ${STEPS:-1 2 3 4} "
step() { [[ $steps == *" $1 "* ]]; }
if [ -n "${SKIP_STD:-}" ]; then
	steps=${steps/ 2 / }
fi

if step 1; then
	if [ ! -f "$dir/go.mod" ]; then
		log "preparing the module set in $dir (scripts/realmodules.sh)"
		LEAKVET=$leakvet "$root/scripts/realmodules.sh" "$dir" >/dev/null
	fi
	dir=$(cd "$dir" && pwd)
	# The patterns: every module of the set, with /... appended.
	mapfile -t patterns < <(cd "$dir" && go list -m -f '{{if not .Main}}{{.Path}}/...{{end}}' $(sed -n '/^modules=(/,/^)/s/^\t"\([^ ]*\) v.*"$/\1/p' "$root/scripts/realmodules.sh"))

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
fi

# measure LABEL CMD...: runs CMD with its output to files and prints one
# line of figures; "wall cpu" go to $tmp/figures too.
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
		END {
			printf "%-44s wall %7.1f s  cpu %7.1f s  max RSS %6.2f GiB  exit %s\n", label, wall, user + sys, rss / 1048576, rc
			printf "%s %s\n", wall, user + sys > "/dev/stderr"
		}
	' "$tmp/time" 2>"$tmp/figures"
}

# entries DIR: the number of entries in a leakvet cache directory.
entries() { find "$1" -type f ! -name '.tmp-*' 2>/dev/null | wc -l; }

if step 1; then
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
fi

if step 2; then
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

if step 3; then
	rounds=${ROUNDS:-1}
	echo "== 3. go vet on this repository: plain, then with leakvet as -vettool ($rounds rounds, in turn)"
	cd "$root"
	export GOCACHE=$tmp/gocache
	# Compile everything that vet needs (test variants included) without
	# vetting: -vet=off, and no test runs.
	go test -vet=off -count=1 -run '^$' ./... >/dev/null
	: >"$tmp/vet.figures"
	for round in $(seq "$rounds"); do
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
			echo "$which $(cat "$tmp/figures")" >>"$tmp/vet.figures"
		done
	done
	if [ "$rounds" -gt 1 ]; then
		echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
		awk '
			{ wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " $3; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
			function median(s,   a, k, i, j, t) {
				k = split(s, a, " ")
				for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
				return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
			}
			END {
				pw = median(wall["plain"]); pc = median(cpu["plain"])
				for (i = 1; i <= n; i++) {
					w = median(wall[order[i]]); c = median(cpu[order[i]])
					printf "median %-8s wall %6.1f s (x%.2f)  cpu %6.1f s (x%.2f)\n", order[i], w, w / pw, c, c / pc
				}
			}' "$tmp/vet.figures"
	fi
	unset GOCACHE
fi

if step 4; then
	cd "$root"
	echo "== 4. BenchmarkFunctionSize (median of 5 runs per size)"
	# Wall time, CPU time of the process and allocations per function, found
	# by their units; the ratios compare each size with the one before.
	go test ./analyzer -run '^$' -bench BenchmarkFunctionSize -benchtime=20x -count=5 | awk '
		/^BenchmarkFunctionSize/ {
			size = $1; sub(/-[0-9]+$/, "", size); sub(/.*segments=/, "", size)
			for (i = 3; i < NF; i++) {
				if ($(i+1) == "ns/op") ns[size] = ns[size] " " $i
				if ($(i+1) == "cpu-sec/op") cpu[size] = cpu[size] " " $i * 1e9
				if ($(i+1) == "allocs/op") al[size] = al[size] " " $i
			}
			if (!(size in seen)) { seen[size] = 1; order[++n] = size }
		}
		function median(s,   a, k, i, j, t) {
			k = split(s, a, " ")
			for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
			return a[int((k + 1) / 2)]
		}
		END {
			for (i = 1; i <= n; i++) {
				s = order[i]; t = median(ns[s]); c = median(cpu[s]); a = median(al[s])
				printf "segments=%-4s %11d ns/op %11d CPU ns/op %7d allocs/op", s, t, c, a
				if (i > 1) printf "   x%.2f time, x%.2f CPU, x%.2f allocs", t / pt, (pc > 0) ? c / pc : 0, a / pa
				printf "\n"
				pt = t; pc = c; pa = a
			}
		}'
fi
