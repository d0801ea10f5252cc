#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the strict JSON reader alone and `xiachen-cli validate`, beside
# `jq '.units|length'` on the same file, on designs of 340, 3,400 and 34,000
# units. CPU time (user + sys, the least of three runs) and peak memory
# (maximum resident set). Run with: meson test -C _build --benchmark -v json-reader
set -eu
generate=$1
reader=$2
cli=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# prints "CPU_SECONDS PEAK_KB" of the least CPU time of three runs
measure () {
  best=""
  for run in 1 2 3; do
    result=$(/usr/bin/env time -f '%U %S %M' "$@" 2>&1 >/dev/null | tail -n 1 \
             | awk '{ printf "%.2f %d", $1 + $2, $3 }')
    if [ -z "$best" ] || awk -v a="${result% *}" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then
      best=$result
    fi
  done
  echo "$best"
}

has_jq=no
command -v jq >/dev/null && has_jq=yes
[ $has_jq = yes ] || echo "(jq is not installed: no ratios to jq)"

printf '%-8s %-9s %-22s %9s %10s %11s %12s\n' units "file MB" command "CPU s" "peak MiB" "CPU / jq" "peak / file"
for units in 340 3400 34000; do
  file="$dir/design-$units.xcprog"
  "$generate" --units "$units" --people $((units * 3)) "$file"
  bytes=$(wc -c < "$file")
  jq_cpu=""
  if [ $has_jq = yes ]; then
    set -- $(measure jq '.units|length' "$file")
    jq_cpu=$1
    rows="jq|$1|$2"
  else
    rows=""
  fi
  set -- $(measure "$reader" "$file")
  rows="$rows;strict reader alone|$1|$2"
  set +e
  set -- $(measure "$cli" validate "$file")
  set -e
  rows="$rows;xiachen-cli validate|$1|$2"
  echo "$rows" | tr ';' '\n' | grep -v '^$' | while IFS='|' read -r name cpu kb; do
    awk -v u="$units" -v b="$bytes" -v n="$name" -v c="$cpu" -v k="$kb" -v j="$jq_cpu" 'BEGIN {
      ratio = (j != "" && j > 0) ? sprintf("%.2f", c / j) : "-";
      printf "%-8s %-9.1f %-22s %9.2f %10.1f %11s %12.1f\n", u, b / 1048576, n, c, k / 1024, ratio, k * 1024 / b }'
  done
done
