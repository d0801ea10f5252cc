#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the program writes JSON past its writer (app/core/json/):
# json-glib's own generator puts U+001F in raw and 0.1 as
# 0.10000000000000001, and what it wrote could not be read back. Exit
# status; the offending lines on standard error.
set -u
cd "$1" || exit 1
if grep -rn --include='*.c' -E 'json_to_string|json_generator_' app plugins \
     | grep -v '^app/core/json/' >&2; then
  echo "JSON written past xc_json_to_data()/xc_json_append_string() (above)" >&2
  exit 1
fi
