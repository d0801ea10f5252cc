#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds, installs and runs the Xiachen Flatpak (flatpak/io.github.xiachen.Planner.json)
# and the template plugin extension (flatpak/io.github.xiachen.Planner.Plugin.Template.json)
# against STAND-IN org.gnome.Platform//48 and org.gnome.Sdk//48 runtimes made from
# Debian 12 packages, for machines that cannot download the real GNOME runtime.
#
# Proves: the manifests build, the headless tests run during the build, install
# paths and exports are right, the plugin extension point works and the plugin
# loader finds an extension. Does not prove: compatibility with the real GNOME 48
# runtime (newer GTK, libadwaita, GLib); Flathub linting. See flatpak/README.md.
#
# Run as root on Debian 12:   build-aux/flatpak-standin.sh
# Everything goes under $XC_FLATPAK_WORK (default /var/tmp/xc-flatpak), ~2.4 GB.
# The Debian tree and the runtimes are cached there between runs; the app and
# the extension are rebuilt every time. XC_DEBIAN_MIRROR overrides the mirror
# read from /etc/apt/sources.list*.
set -Eeuo pipefail

WORK=${XC_FLATPAK_WORK:-/var/tmp/xc-flatpak}
SRC=$(cd "$(dirname "$0")/.." && pwd)
APP_ID=io.github.xiachen.Planner
EXT_ID=io.github.xiachen.Planner.Plugin.Template
GNOME_BRANCH=48
APP_BRANCH=stable      # what Flathub publishes; the extension manifest's runtime-version
EXT_BRANCH=2           # the plugin ABI; the extension point's version
REMOTE=xc-standin
SUITE=bookworm

ROOTFS=$WORK/rootfs
REPO=$WORK/repo
LOGS=$WORK/logs
OUT=$WORK/out
export FLATPAK_USER_DIR=$WORK/flatpak-user

# Inside the Debian tree. The first line is what the brief of the GNOME Sdk
# means to this app; the rest make it a usable Platform/Sdk.
CHROOT_PACKAGES="libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsoup-3.0-dev
  meson ninja-build gcc libc6-dev pkg-config gettext
  appstream-util appstream appstream-compose librsvg2-common desktop-file-utils
  shared-mime-info hicolor-icon-theme adwaita-icon-theme fonts-wqy-microhei fonts-cantarell
  libxml2-utils libglib2.0-bin libgtk-4-bin locales libxlsxwriter-dev unzip"
# On the host
HOST_PACKAGES="flatpak flatpak-builder debootstrap ostree elfutils debugedit
  xvfb xauth xdotool x11-utils imagemagick dbus-daemon dbus-bin"

START=$(date +%s)
PASSES=()
pass () { PASSES+=("PASS: $*"); echo "==> PASS: $*"; }
step () { echo; echo "==> [$(( $(date +%s) - START ))s] $*"; }
die () { echo "FAIL: $*" >&2; exit 1; }
trap 'rc=$?; echo "FAIL: line $LINENO: $BASH_COMMAND (exit $rc)" >&2; exit $rc' ERR

[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot and apt-get need it)"
grep -q 'VERSION_CODENAME=bookworm' /etc/os-release || die "made for Debian 12 (bookworm)"
case "$WORK" in "$SRC"|"$SRC"/*) die "XC_FLATPAK_WORK must be outside the repository" ;; esac
mkdir -p "$WORK" "$LOGS" "$OUT"

# ---------------------------------------------------------------- host tools
step "Host packages"
missing=""
for p in $HOST_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi
flatpak --version; flatpak-builder --version

# ---------------------------------------------------------------- mirror
# The first Debian mirror configured for $SUITE main (deb822 .sources files
# and one-line .list files), and the one for $SUITE-security.
find_mirror () {
  local suite=$1 f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk -v want="$suite" '
      function flush() {
        if (uri != "" && types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " want " ") \
            && (" " comps " ") ~ / main /) { print uri; found = 1; exit }
        uri = ""; suites = ""; comps = ""; types = ""
      }
      /^[ \t]*$/ { flush(); next }
      /^#/ { next }
      /^Types:/ { sub(/^Types:[ \t]*/, ""); types = $0 }
      /^URIs:/ { sub(/^URIs:[ \t]*/, ""); split($0, u, /[ \t]+/); uri = u[1] }
      /^Suites:/ { sub(/^Suites:[ \t]*/, ""); suites = $0 }
      /^Components:/ { sub(/^Components:[ \t]*/, ""); comps = $0 }
      END { if (!found) flush() }' "$f"
  done | head -n 1 | grep . && return 0
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -e 's/\[[^]]*\]//' "$f" | awk -v want="$suite" \
      '$1 == "deb" && $3 == want { for (i = 4; i <= NF; i++) if ($i == "main") { print $2; exit } }'
  done | head -n 1 | grep .
}
MIRROR=${XC_DEBIAN_MIRROR:-$(find_mirror "$SUITE" || true)}
[ -n "$MIRROR" ] || die "no Debian mirror for $SUITE main in /etc/apt/sources.list*; set XC_DEBIAN_MIRROR"
SECURITY_MIRROR=$(find_mirror "$SUITE-security" || true)
echo "mirror: $MIRROR  security: ${SECURITY_MIRROR:-none}"

# ---------------------------------------------------------------- Debian tree
CHROOT_MOUNTED=""
umount_chroot () {
  if [ -n "$CHROOT_MOUNTED" ]; then
    umount "$ROOTFS/proc" 2>/dev/null || true
    CHROOT_MOUNTED=""
  fi
}
trap umount_chroot EXIT
in_chroot () {
  if [ -z "$CHROOT_MOUNTED" ]; then
    mount -t proc proc "$ROOTFS/proc"
    CHROOT_MOUNTED=1
  fi
  LC_ALL=C DEBIAN_FRONTEND=noninteractive chroot "$ROOTFS" "$@"
}

step "Debian $SUITE tree ($ROOTFS)"
TREE_LAYOUT="minbase-nodoc-2"   # change it to force a new debootstrap
if [ "$(cat "$ROOTFS/.xc-debootstrap-done" 2>/dev/null)" != "$TREE_LAYOUT" ]; then
  rm -rf "$ROOTFS"
  debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" > "$LOGS/debootstrap.log" 2>&1 \
    || { tail -n 30 "$LOGS/debootstrap.log"; die "debootstrap failed (log: $LOGS/debootstrap.log)"; }
  # No documentation, and translations only for English and Chinese
  cat > "$ROOTFS/etc/dpkg/dpkg.cfg.d/xc-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-include /usr/share/locale/en*
path-include /usr/share/locale/zh_CN/*
EOF
  echo "$TREE_LAYOUT" > "$ROOTFS/.xc-debootstrap-done"
else
  echo "cached"
fi

pkg_stamp=$(echo "$MIRROR $SECURITY_MIRROR $CHROOT_PACKAGES" | tr -s ' \n' ' ' | sha256sum | cut -c1-16)
if [ "$(cat "$ROOTFS/.xc-packages" 2>/dev/null)" != "$pkg_stamp" ]; then
  {
    echo "deb $MIRROR $SUITE main"
    echo "deb $MIRROR $SUITE-updates main"
    [ -z "$SECURITY_MIRROR" ] || echo "deb $SECURITY_MIRROR $SUITE-security main"
  } > "$ROOTFS/etc/apt/sources.list"
  cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
  printf '#!/bin/sh\nexit 101\n' > "$ROOTFS/usr/sbin/policy-rc.d"
  chmod 755 "$ROOTFS/usr/sbin/policy-rc.d"
  printf 'en_US.UTF-8 UTF-8\nzh_CN.UTF-8 UTF-8\n' > "$ROOTFS/etc/locale.gen"
  step "Packages inside the tree"
  { in_chroot apt-get update \
      && in_chroot apt-get install -y --no-install-recommends $CHROOT_PACKAGES \
      && in_chroot locale-gen \
      && in_chroot apt-get clean \
      && rm -rf "$ROOTFS"/var/lib/apt/lists/*; } > "$LOGS/chroot-apt.log" 2>&1 \
    || { tail -n 30 "$LOGS/chroot-apt.log"; die "apt-get in the tree failed (log: $LOGS/chroot-apt.log)"; }
  umount_chroot
  rm -f "$ROOTFS/usr/sbin/policy-rc.d"
  echo "$pkg_stamp" > "$ROOTFS/.xc-packages"
else
  echo "packages cached ($pkg_stamp)"
fi
umount_chroot

# ---------------------------------------------------------------- runtimes
ARCH=$(flatpak --default-arch)
make_runtime () {  # NAME  -> $WORK/runtimes/NAME/{metadata,files}
  local name=$1 dir=$WORK/runtimes/$1
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -al "$ROOTFS/usr" "$dir/files"        # hard links: no second copy on disk
  cp -a "$ROOTFS/etc" "$dir/files/etc"
  cat > "$dir/metadata" <<EOF
[Runtime]
name=$name
runtime=org.gnome.Platform/$ARCH/$GNOME_BRANCH
sdk=org.gnome.Sdk/$ARCH/$GNOME_BRANCH
EOF
  if [ "$name" = org.gnome.Platform ]; then
    # Closer to a Platform: no headers, no documentation
    rm -rf "$dir/files/include" "$dir/files/share/doc" "$dir/files/share/man" "$dir/files/share/info"
  fi
}

step "Stand-in runtimes org.gnome.Sdk//$GNOME_BRANCH and org.gnome.Platform//$GNOME_BRANCH"
runtime_stamp="$pkg_stamp-$(stat -c %Y "$ROOTFS/.xc-packages")"
have_refs () {
  [ -d "$REPO" ] && ostree refs --repo="$REPO" | grep -qx "runtime/org.gnome.Sdk/$ARCH/$GNOME_BRANCH" \
    && ostree refs --repo="$REPO" | grep -qx "runtime/org.gnome.Platform/$ARCH/$GNOME_BRANCH"
}
if ! have_refs || [ "$(cat "$WORK/.xc-runtimes" 2>/dev/null)" != "$runtime_stamp" ]; then
  for name in org.gnome.Sdk org.gnome.Platform; do
    make_runtime "$name"
    flatpak build-export --runtime --files=files --subject="Stand-in $name from Debian $SUITE" \
      "$REPO" "$WORK/runtimes/$name" "$GNOME_BRANCH" > "$LOGS/export-$name.log" 2>&1 \
      || { cat "$LOGS/export-$name.log"; die "exporting $name failed"; }
    rm -rf "$WORK/runtimes/$name"
  done
  echo "$runtime_stamp" > "$WORK/.xc-runtimes"
else
  echo "cached in $REPO"
fi

step "Private Flatpak installation ($FLATPAK_USER_DIR)"
mkdir -p "$FLATPAK_USER_DIR"
flatpak --user remote-add --if-not-exists --no-gpg-verify "$REMOTE" "file://$REPO"
# Translations of the app come in its .Locale extension: ask for Chinese too.
flatpak --user config --set languages "en;zh" >/dev/null
flatpak --user install --or-update -y --noninteractive "$REMOTE" \
  "runtime/org.gnome.Sdk/$ARCH/$GNOME_BRANCH" "runtime/org.gnome.Platform/$ARCH/$GNOME_BRANCH"
pass "stand-in org.gnome.Platform//$GNOME_BRANCH and org.gnome.Sdk//$GNOME_BRANCH (Debian $SUITE) exported to $REPO and installed"

# ---------------------------------------------------------------- the app
BUILDER_OPTS=(--user --disable-download --disable-rofiles-fuse --force-clean
              --state-dir="$WORK/builder-state" --repo="$REPO")

# The real runtime lacks libxlsxwriter and the manifest builds it from git;
# offline, the stand-in Sdk has Debian's, so that module is left out here.
python3 - "$SRC" "$SRC/flatpak/$APP_ID.json" > "$WORK/$APP_ID.json" <<'PY'
import json, sys
src, path = sys.argv[1], sys.argv[2]
manifest = json.load(open(path))
manifest["modules"] = [m for m in manifest["modules"] if m["name"] != "libxlsxwriter"]
for module in manifest["modules"]:
    for source in module.get("sources", []):
        if source.get("type") == "dir":
            source["path"] = src
json.dump(manifest, sys.stdout, indent=2)
PY

step "Building $APP_ID (log: $LOGS/app-build.log)"
( cd "$WORK" && flatpak-builder "${BUILDER_OPTS[@]}" --default-branch="$APP_BRANCH" \
    "$WORK/build-app" "$WORK/$APP_ID.json" ) > "$LOGS/app-build.log" 2>&1 \
  || { tail -n 60 "$LOGS/app-build.log"; die "building the app failed (log: $LOGS/app-build.log)"; }
grep -q "^Running: meson test --suite headless" "$LOGS/app-build.log" \
  || die "the headless tests did not run during the build"
tests_ok=$(sed -n 's/^Ok:[[:space:]]*\([0-9]*\).*/\1/p' "$LOGS/app-build.log" | tail -n 1)
tests_fail=$(sed -n 's/^Fail:[[:space:]]*\([0-9]*\).*/\1/p' "$LOGS/app-build.log" | tail -n 1)
tests_skip=$(sed -n 's/^Skipped:[[:space:]]*\([0-9]*\).*/\1/p' "$LOGS/app-build.log" | tail -n 1)
[ -n "$tests_ok" ] && [ "$tests_ok" -gt 0 ] && [ "${tests_fail:-1}" = 0 ] \
  || die "headless tests: ok=$tests_ok fail=$tests_fail"
pass "app built with flatpak-builder; 'meson test --suite headless' ran in the build: $tests_ok ok, $tests_fail failed, ${tests_skip:-0} skipped"

flatpak --user install --or-update -y --noninteractive "$REMOTE" "app/$APP_ID/$ARCH/$APP_BRANCH"
flatpak --user info "$APP_ID//$APP_BRANCH" > /dev/null
pass "$APP_ID//$APP_BRANCH exported to the repo and installed from it"

metadata=$(flatpak --user info --show-metadata "$APP_ID//$APP_BRANCH")
echo "$metadata" > "$OUT/app-metadata.ini"
echo "$metadata" | grep -qx "command=xiachen" || die "metadata: command is not xiachen"
echo "$metadata" | grep -qx "\[Extension $APP_ID.Plugin\]" || die "metadata: no extension point"
echo "$metadata" | grep -qx "merge-dirs=lib/xiachen/plugins" || die "metadata: no merge-dirs"
echo "$metadata" | grep -qx "version=$EXT_BRANCH" || die "metadata: extension version is not $EXT_BRANCH"
echo "$metadata" | grep -qx "shared=network;ipc;" && die "metadata: network is shared"
echo "$metadata" | grep -q "^filesystems=" && die "metadata: filesystem access granted"
pass "metadata: command=xiachen, extension point $APP_ID.Plugin (version $EXT_BRANCH, merge-dirs lib/xiachen/plugins), no network, no filesystem"

deploy=$(flatpak --user info --show-location "$APP_ID//$APP_BRANCH")
for f in files/bin/xiachen files/bin/xiachen-cli files/lib/libxiachen-1.so.0 \
         files/lib/pkgconfig/xiachen-1.pc files/include/xiachen-1/xiachen.h \
         files/lib/xiachen/plugins/huizhou-studio/huizhou-studio.plugin \
         files/share/xiachen/samples/huizhou-nkls.xcprog \
         files/share/glib-2.0/schemas/gschemas.compiled \
         export/share/applications/$APP_ID.desktop \
         export/share/icons/hicolor/scalable/apps/$APP_ID.svg \
         export/share/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg \
         export/share/mime/packages/$APP_ID.xml \
         files/share/app-info/xmls/$APP_ID.xml.gz \
         files/extensions; do
  [ -e "$deploy/$f" ] || die "not installed: $f"
done
pass "install paths: /app/bin, /app/lib/xiachen/plugins, SDK headers and xiachen-1.pc, samples, compiled schema, AppStream; exported desktop file, icons, MIME type; /app/extensions mount point"

# ---------------------------------------------------------------- the extension
step "Building $EXT_ID (log: $LOGS/ext-build.log)"
( cd "$WORK" && flatpak-builder "${BUILDER_OPTS[@]}" \
    "$WORK/build-ext" "$SRC/flatpak/$EXT_ID.json" ) > "$LOGS/ext-build.log" 2>&1 \
  || { tail -n 60 "$LOGS/ext-build.log"; die "building the extension failed (log: $LOGS/ext-build.log)"; }
flatpak --user install --or-update -y --noninteractive "$REMOTE" "runtime/$EXT_ID/$ARCH/$EXT_BRANCH"
ext_deploy=$(flatpak --user info --show-location "$EXT_ID//$EXT_BRANCH")
for f in files/lib/xiachen/plugins/template-scheme/template-scheme.plugin \
         files/lib/xiachen/plugins/template-scheme/libtemplate-scheme.so \
         files/share/app-info/xmls/$EXT_ID.xml.gz; do
  [ -e "$ext_deploy/$f" ] || die "extension: not installed: $f"
done
# flatpak-builder < 1.3 renames share/metainfo/ID.metainfo.xml to share/appdata/ID.appdata.xml
[ -e "$ext_deploy/files/share/metainfo/$EXT_ID.metainfo.xml" ] \
  || [ -e "$ext_deploy/files/share/appdata/$EXT_ID.appdata.xml" ] || die "extension: no metainfo"
zcat "$ext_deploy/files/share/app-info/xmls/$EXT_ID.xml.gz" | grep -q "<extends>$APP_ID</extends>" \
  || die "extension: its AppStream data does not extend $APP_ID"
pass "extension $EXT_ID//$EXT_BRANCH built against the app's SDK (xiachen-1.pc at /app/lib/pkgconfig), exported and installed"

# ---------------------------------------------------------------- running it
export HOME=$WORK/home
export XDG_RUNTIME_DIR=$WORK/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset XIACHEN_PLUGIN_PATH XIACHEN_SAMPLES_DIR XIACHEN_LOCALEDIR
frun () { dbus-run-session -- flatpak run "$@"; }
# The session bus and the portals it starts are chatty: show a log without them.
quiet () { grep -v -e '^dbus-daemon\[' -e '^Ignoring invalid max threads' "$1" || true; }

step "Running xiachen-cli in the sandbox"
frun --command=sh "$APP_ID//$APP_BRANCH" -c 'ls -l /app/extensions /app/extensions/lib/xiachen/plugins' \
  > "$OUT/extensions-ls.txt" 2>&1 || { quiet "$OUT/extensions-ls.txt"; die "listing /app/extensions failed"; }
quiet "$OUT/extensions-ls.txt"
grep -q "template-scheme -> .*Template/lib/xiachen/plugins/template-scheme" "$OUT/extensions-ls.txt" \
  || die "the extension is not merged into /app/extensions/lib/xiachen/plugins"
pass "Flatpak mounts the extension at /app/extensions/Template and merges it into /app/extensions/lib/xiachen/plugins"

frun --command=xiachen-cli "$APP_ID//$APP_BRANCH" schemes > "$OUT/schemes.txt" 2>&1 \
  || { quiet "$OUT/schemes.txt"; die "xiachen-cli schemes failed"; }
quiet "$OUT/schemes.txt"
for s in huizhou-studio zibo-station nanan-discipline yunnan-county chaozhou-talent template-scheme; do
  grep -q "^$s " "$OUT/schemes.txt" || die "xiachen-cli schemes does not list $s"
done
grep -q "TPL-01" "$OUT/schemes.txt" || die "the template scheme's rule TPL-01 is not listed"
pass "flatpak run --command=xiachen-cli $APP_ID schemes lists the 5 built-in schemes and template-scheme (rule TPL-01) from the extension"

probe=$WORK/probe
mkdir -p "$probe"
cat > "$probe/template.xcprog" <<'JSON'
{"format": "xiachen-programme", "version": 1, "scheme": "template-scheme", "id": "t",
 "title": "t", "period": {"start": "2025-01-01", "months": 12},
 "institutions": [], "people": [], "needs": [], "units": [{"id": "u-1", "name": "Unit"}]}
JSON
status=0
frun --filesystem="$probe:ro" --command=xiachen-cli "$APP_ID//$APP_BRANCH" validate "$probe/template.xcprog" \
  > "$OUT/validate-template.txt" 2>&1 || status=$?
quiet "$OUT/validate-template.txt"
[ "$status" = 1 ] && grep -q "TPL-01" "$OUT/validate-template.txt" \
  || die "validating a template-scheme design: exit $status, expected 1 with TPL-01"
pass "the extension's rule TPL-01 fires on a template-scheme design (exit 1: error), run with a one-off --filesystem for the test file"

frun --env=LANG=zh_CN.UTF-8 --env=LANGUAGE=zh_CN --command=xiachen-cli "$APP_ID//$APP_BRANCH" \
  validate /app/share/xiachen/samples/huizhou-nkls.xcprog > "$OUT/validate-zh.txt" 2>&1 || true
grep -q "项提示" "$OUT/validate-zh.txt" || { quiet "$OUT/validate-zh.txt"; die "no Chinese output (Locale extension)"; }
pass "translations: $APP_ID.Locale installed, xiachen-cli speaks Chinese under zh_CN"

screenshot () {  # LANG FILE
  local lang=$1 file=$2
  rm -f "$file"
  LANG=$lang LANGUAGE=${lang%%.*} GDK_BACKEND=x11 xvfb-run -a -s "-screen 0 1400x900x24" \
    dbus-run-session -- sh -c '
      flatpak run --env=LANG="$LANG" --env=LANGUAGE="$LANGUAGE" '"$APP_ID//$APP_BRANCH"' > "$0.log" 2>&1 &
      pid=$!
      i=0
      while [ $i -lt 120 ]; do
        if xdotool search --onlyvisible --name . >/dev/null 2>&1; then break; fi
        kill -0 $pid 2>/dev/null || { echo "the app exited"; cat "$0.log"; exit 1; }
        sleep 0.5; i=$((i + 1))
      done
      [ $i -lt 120 ] || { echo "no window after 60 s"; cat "$0.log"; kill $pid; exit 1; }
      sleep 3
      import -window root "$0"
      kill $pid 2>/dev/null; wait $pid 2>/dev/null
      exit 0' "$file"
}

step "Running the app under Xvfb"
screenshot C.UTF-8 "$OUT/xiachen-flatpak.png" || die "running the app under Xvfb failed"
quiet "$OUT/xiachen-flatpak.png.log"
[ -s "$OUT/xiachen-flatpak.png" ] || die "no screenshot"
pass "xvfb-run flatpak run $APP_ID opens its window: $OUT/xiachen-flatpak.png"
screenshot zh_CN.UTF-8 "$OUT/xiachen-flatpak-zh_CN.png" || die "running the app under Xvfb in zh_CN failed"
[ -s "$OUT/xiachen-flatpak-zh_CN.png" ] || die "no zh_CN screenshot"
pass "and in Chinese (zh_CN): $OUT/xiachen-flatpak-zh_CN.png"

end=$(date +%s)
echo
echo "================================================================"
printf '%s\n' "${PASSES[@]}"
echo "Took $((end - START)) s; $WORK uses $(du -sh "$WORK" 2>/dev/null | cut -f1)."
echo "Not proven here: compatibility with the real GNOME $GNOME_BRANCH runtime (newer GTK,"
echo "libadwaita, GLib than Debian 12's); Flathub linting (flatpak-builder-lint)."
