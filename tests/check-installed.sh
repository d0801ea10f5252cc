#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# After `meson install` into PREFIX: the installed programs find their
# plugins, samples and translations, and a plugin author can build the
# template plugin against the installed SDK with pkg-config and see it
# listed and validating. TAP output.
#   tests/check-installed.sh PREFIX SOURCE_DIR
set -u
prefix=$1
src=$2
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; }
check () { description=$1; shift; if "$@" >/dev/null 2>&1; then ok "$description"; else not_ok "$description"; fi; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Nothing from the build tree: only what was installed.
unset XIACHEN_PLUGIN_PATH XIACHEN_SAMPLES_DIR XIACHEN_LOCALEDIR
export XDG_DATA_HOME="$tmp/data"
cli="$prefix/bin/xiachen-cli"
samples="$prefix/share/xiachen/samples"

check "xiachen-cli is installed" test -x "$cli"
check "xiachen is installed" test -x "$prefix/bin/xiachen"
check "the plugin helper xiachen-validator is installed" test -x "$prefix/libexec/xiachen-validator"
check "the samples are installed" test -f "$samples/huizhou-nkls.xcprog"
check "the desktop file is installed" test -f "$prefix/share/applications/io.github.xiachen.Planner.desktop"
check "the MIME type for .xcprog is installed" test -f "$prefix/share/mime/packages/io.github.xiachen.Planner.xml"
check "the GSettings schema is installed and compiled" \
  gsettings --schemadir "$prefix/share/glib-2.0/schemas" get io.github.xiachen.Planner disabled-plugins

"$cli" schemes > "$tmp/schemes" 2>&1
for scheme in huizhou-studio zibo-station nanan-discipline yunnan-county chaozhou-talent; do
  check "installed CLI loads $scheme" grep -q "^$scheme " "$tmp/schemes"
done

"$cli" validate "$samples/huizhou-nkls.xcprog" > "$tmp/validate" 2>&1
check "installed CLI validates the Huizhou sample" grep -q "HZ-19" "$tmp/validate"
LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN "$cli" validate "$samples/huizhou-nkls.xcprog" > "$tmp/validate-zh" 2>&1
check "installed CLI speaks Chinese under zh_CN" grep -q "项提示" "$tmp/validate-zh"

# The SDK, as a plugin author uses it
pcdir=$(dirname "$(find "$prefix" -name xiachen-1.pc | head -n 1)")
export PKG_CONFIG_PATH="$pcdir"
check "pkg-config finds xiachen-1" pkg-config --exists xiachen-1
check "the plugin ABI is published" test "$(pkg-config --variable=plugin_abi xiachen-1)" = 2
check "pkg-config finds xiachen-ui-1 (charts and form rows)" pkg-config --exists xiachen-ui-1
if meson setup "$tmp/template-build" "$src/examples/template-scheme" > "$tmp/template.log" 2>&1 \
   && meson compile -C "$tmp/template-build" >> "$tmp/template.log" 2>&1 \
   && meson install -C "$tmp/template-build" >> "$tmp/template.log" 2>&1; then
  ok "the template plugin builds against the installed SDK"
else
  not_ok "the template plugin builds against the installed SDK"; sed 's/^/# /' "$tmp/template.log"
fi
check "it installs into the user plugin folder" \
  test -f "$XDG_DATA_HOME/xiachen/plugins/template-scheme/template-scheme.plugin"
"$cli" schemes > "$tmp/schemes2" 2>&1
check "installed CLI lists the template scheme" grep -q "^template-scheme " "$tmp/schemes2"
check "and its rule TPL-01" grep -q "TPL-01" "$tmp/schemes2"

cat > "$tmp/design.xcprog" <<'JSON'
{"format": "xiachen-programme", "version": 1, "scheme": "template-scheme", "id": "t",
 "title": "t", "period": {"start": "2025-01-01", "months": 12},
 "institutions": [], "people": [], "needs": [], "units": [{"id": "u-1", "name": "Unit"}]}
JSON
"$cli" validate "$tmp/design.xcprog" > "$tmp/tpl" 2>&1
status=$?
check "the template's rule fires" grep -q "TPL-01" "$tmp/tpl"
check "and the exit code says error" test "$status" = 1

echo "1..$n"
exit $fail
