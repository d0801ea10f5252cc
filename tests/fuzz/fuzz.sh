#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   fuzz.sh run TARGET SECONDS [ARG...]
#                                run one libFuzzer target for SECONDS, with libFuzzer's
#                                ARGs (exit 0: nothing found; else the inputs are listed)
#   fuzz.sh short TARGET SECONDS the same from the seeds alone, as the test suite does: the
#                                corpus that long runs grow would take longer to load
#                                than the run lasts
#   fuzz.sh replay               run every file in tests/fuzz/regressions/ once (TAP)
#
# Called by meson (tests/fuzz/meson.build) and build-aux/dev fuzz, with
# FUZZ_SRCDIR (the source tree) and FUZZ_BUILDDIR (where the targets are)
# in the environment. The growing corpus and any crashing input stay in
# $FUZZ_BUILDDIR/{corpus,artifacts}/TARGET, never in the source tree.
set -uo pipefail

src=${FUZZ_SRCDIR:?}
build=${FUZZ_BUILDDIR:?}
# Stacks with function names and lines (llvm-15 has the symbolizer).
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
  for symbolizer in llvm-symbolizer-15 llvm-symbolizer; do
    if command -v "$symbolizer" >/dev/null; then
      export ASAN_SYMBOLIZER_PATH=$(command -v "$symbolizer")
      break
    fi
  done
fi

# Which target reads a regression file, by the file name's first word.
target_for () {
  case "$(basename "$1")" in
    design-*) echo fuzz-design ;;
    plugin-*) echo fuzz-plugin-info ;;
    merge-*) echo fuzz-merge ;;
    answer-*) echo fuzz-plugin-answer ;;
    *) return 1 ;;
  esac
}

# The seeds: the shipped samples, the tests' designs and plugin files, and
# the regressions (each is an edge someone already found) but the large ones,
# which would slow every run for one known edge.
seeds () {
  case "$1" in
    fuzz-design)
      ls "$src"/data/samples/*.xcprog "$src"/tests/data/*.xcprog "$src"/tests/plugins/*/*.xcprog
      find "$src"/tests/fuzz/regressions -name 'design-*' -size -64k ;;
    fuzz-plugin-info)
      ls "$src"/plugins/*/*.plugin "$src"/tests/plugins/broken/*.plugin
      find "$src"/tests/fuzz/regressions -name 'plugin-*' -size -64k ;;
    fuzz-merge)
      # base NUL mine NUL theirs: each sample against itself with a changed
      # title on one side and a changed unit name on the other.
      mkdir -p "$build/seeds/fuzz-merge"
      for sample in "$src"/data/samples/*.xcprog; do
        seed=$build/seeds/fuzz-merge/$(basename "$sample")
        { cat "$sample"; printf '\0'
          sed '0,/"title": "/s//"title": "A /' "$sample"; printf '\0'
          sed '0,/"name": "/s//"name": "B /' "$sample"; } > "$seed"
        echo "$seed"
      done
      find "$src"/tests/fuzz/regressions -name 'merge-*' -size -64k ;;
    fuzz-plugin-answer)
      ls "$src"/tests/fuzz/answers/*.json
      find "$src"/tests/fuzz/regressions -name 'answer-*' -size -64k ;;
  esac
}

dict_for () {
  case "$1" in
    fuzz-design) echo "$src/tests/fuzz/xcprog.dict" ;;
    fuzz-plugin-info) echo "$src/tests/fuzz/plugin.dict" ;;
    fuzz-merge) echo "$src/tests/fuzz/xcprog.dict" ;;
    fuzz-plugin-answer) echo "$src/tests/fuzz/answer.dict" ;;
  esac
}

case "${1:-}" in
  run|short)
    mode=$1 target=$2 seconds=$3
    shift 3
    corpus=$build/corpus/$target
    if [ "$mode" = short ]; then
      corpus=$build/corpus-short/$target
      rm -rf "$corpus"
    fi
    artifacts=$build/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    # cp -n: a seed already in the corpus keeps its place.
    seeds "$target" | while read -r seed; do cp -n "$seed" "$corpus/"; done
    stamp=$(mktemp)
    # A crash, a leak, a sanitizer report, an input slower than 10 s or
    # over 2 GB: libFuzzer keeps the input in $artifacts and (unless told
    # to go on with -fork=1 -ignore_crashes=1) stops.
    "$build/$target" "$corpus" \
      -dict="$(dict_for "$target")" \
      -max_total_time="$seconds" \
      -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 \
      -artifact_prefix="$artifacts/" \
      "$@"
    status=$?
    found=$(find "$artifacts" -type f -newer "$stamp")
    rm -f "$stamp"
    if [ -n "$found" ]; then
      echo "$target found:"
      sed 's/^/  /' <<<"$found"
      exit 1
    fi
    exit $status
    ;;
  replay)
    shopt -s nullglob
    files=("$src"/tests/fuzz/regressions/*)
    echo "1..${#files[@]}"
    n=0 failed=0
    for file in "${files[@]}"; do
      n=$((n + 1))
      name=$(basename "$file")
      if ! target=$(target_for "$file"); then
        echo "not ok $n $name # its name must start with design-, plugin-, merge- or answer-"
        failed=1
        continue
      fi
      # What the fixed program must do with it: a file named *-accepted.* is a
      # good input that once crashed something; any other must be refused
      # with a message.
      expect=refused
      case "$name" in *-accepted.*) expect=accepted ;; esac
      if output=$(XC_FUZZ_EXPECT=$expect "$build/$target" "$file" 2>&1); then
        echo "ok $n $name ($target, $expect)"
      else
        echo "not ok $n $name ($target, must be $expect)"
        sed 's/^/# /' <<<"$output" | tail -n 40
        failed=1
      fi
    done
    exit $failed
    ;;
  *)
    echo "usage: fuzz.sh run|short TARGET SECONDS [ARG...] | fuzz.sh replay" >&2
    exit 2
    ;;
esac
