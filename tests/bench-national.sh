#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: generate a national-scale design (34,000 units, 100,000 people),
# then time validate and compare against a 1/10 design, so the ratio shows
# whether cost grows linearly. Run with: meson test -C _build --benchmark -v
set -eu
generate=$1
cli=$2
window=${3:-}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$generate" --units 34000 --people 100000 "$dir/national.xcprog"
"$generate" --units 3400 --people 10000 "$dir/tenth.xcprog"

# Best of three runs: the least disturbed by whatever else the machine does.
measure () {
  best=""
  for run in 1 2 3; do
    result=$(/usr/bin/env time -f '%e %M' "$cli" "$@" 2>&1 >/dev/null | tail -n 1)
    if [ -z "$best" ] || awk -v a="${result% *}" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then
      best=$result
    fi
  done
  echo "$best"
}

set +e
small=$(measure validate "$dir/tenth.xcprog")
large=$(measure validate "$dir/national.xcprog")
set -e
echo "validate 1/10 design:   ${small% *} s, ${small#* } KB peak"
echo "validate full design:   ${large% *} s, ${large#* } KB peak"
awk -v s="${small% *}" -v l="${large% *}" 'BEGIN { if (s > 0) printf "time ratio full / tenth: %.1f (10 means linear)\n", l / s }'

# The window, where there is one and a display to show it (or xvfb-run)
if [ -n "$window" ]; then
  if [ -n "${DISPLAY:-}" ]; then run="" ; elif command -v xvfb-run >/dev/null; then run="xvfb-run -a"; else run=skip; fi
  if [ "$run" != skip ]; then
    # Xvfb has no GPU: GTK's GL renderer runs on llvmpipe, where each frame
    # of the window costs 25-60 ms whatever the design; cairo stands in for
    # a desktop's GPU, so the figures are the program's (GSK_RENDERER=gl to
    # see llvmpipe's)
    export GSK_RENDERER="${GSK_RENDERER:-cairo}"
    echo "1/10 design: $(GDK_BACKEND=x11 $run "$window" "$dir/tenth.xcprog" 2>/dev/null)"
    echo "full design: $(GDK_BACKEND=x11 $run "$window" "$dir/national.xcprog" 2>/dev/null)"
    echo "(an edit after a pause is checked at once; edits closer than 0.1 s wait for a pause)"
  fi
fi
