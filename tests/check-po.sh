#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a catalogue does not compile, a string is untranslated or fuzzy,
# a msgid of the sources is missing from a catalogue, or a source file with
# translatable strings is missing from po/POTFILES. TAP output.
set -u
src=$1
cd "$src" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; }

grep -v '^#' po/POTFILES | grep -v '^$' > "$tmp/potfiles"
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --files-from="$tmp/potfiles" \
  -o "$tmp/xiachen.pot" 2>"$tmp/xgettext.log" && ok "xgettext reads every file of POTFILES" \
  || { not_ok "xgettext reads every file of POTFILES"; cat "$tmp/xgettext.log"; }

# Sources with strings that POTFILES forgets
git_files=$(find app plugins -name '*.c' -o -name '*.ui' | sort)
missing=""
for f in $git_files; do
  if grep -q -E '(^|[^A-Za-z_])N?_\("|translatable="yes"|ngettext \(|g_dngettext \(' "$f" \
     && ! grep -qx "$f" "$tmp/potfiles"; then
    missing="$missing $f"
  fi
done
[ -z "$missing" ] && ok "POTFILES lists every file with translatable strings" \
  || { not_ok "POTFILES lists every file with translatable strings"; echo "# missing:$missing"; }

for lang in $(cat po/LINGUAS); do
  po="po/$lang.po"
  if stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
    ok "$lang catalogue compiles"
  else
    not_ok "$lang catalogue compiles"; echo "$stats" | sed 's/^/# /'
  fi
  case "$stats" in
    *untranslated*|*fuzzy*) not_ok "$lang has no untranslated or fuzzy string"; echo "# $stats" ;;
    *) ok "$lang has no untranslated or fuzzy string" ;;
  esac
  if LC_ALL=C msgcmp "$po" "$tmp/xiachen.pot" > "$tmp/msgcmp.log" 2>&1; then
    ok "$lang has every msgid of the sources"
  else
    not_ok "$lang has every msgid of the sources"; head -20 "$tmp/msgcmp.log" | sed 's/^/# /'
  fi
done
echo "1..$n"
exit $fail
