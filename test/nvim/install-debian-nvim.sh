#!/bin/sh
# Installs newer Neovims than Debian 12's 0.7.2 for the recipe tests (test/nvim/recipes.test.ts), from Debian's own
# packages and without touching the system: a private apt state downloads SUITE's neovim and the libraries it needs
# (its own libc included), `dpkg-deb -x` unpacks them into a folder, and a wrapper runs that nvim with the suite's
# own dynamic loader, runtime and Lua modules. Only the Debian mirror is needed.
#
# Usage: install-debian-nvim.sh [SUITE…]   (default: trixie sid — Neovim 0.10.4 and sid's current one, 0.11+)
# Result: $HARNESS_HOME/nvim-debian/SUITE/nvim for each suite (HARNESS_HOME defaults to
# ~/.cache/model-registry-harness), and a last line MODEL_REGISTRY_NVIM=<the wrappers, colon-separated>, so that
#   eval "$(test/nvim/install-debian-nvim.sh | tail -1)"; export MODEL_REGISTRY_NVIM
# Idempotent: a suite whose wrapper runs is not fetched again (delete its folder to refresh it).
set -eu

log() { printf '[install-debian-nvim] %s\n' "$*" >&2; }
die() { printf '[install-debian-nvim] ERROR: %s\n' "$*" >&2; exit 1; }

[ $# -gt 0 ] || set -- trixie sid
HARNESS_HOME=${HARNESS_HOME:-$HOME/.cache/model-registry-harness}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$KEYRING" ] || die "$KEYRING is missing (apt-get install debian-archive-keyring)"
command -v apt-get >/dev/null 2>&1 || die "apt-get is needed"
wrappers=""

for suite in "$@"; do
  case $suite in *[!a-z0-9-]*|'') die "not a Debian suite name: $suite" ;; esac
  dir="$HARNESS_HOME/nvim-debian/$suite"
  if [ -x "$dir/nvim" ] && "$dir/nvim" --version >/dev/null 2>&1; then
    log "$suite: already installed ($("$dir/nvim" --version | head -1))"
  else
    rm -rf "$dir"
    apt="$dir/apt"
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/state" "$dir/root"
    : >"$apt/status"
    echo "deb [signed-by=$KEYRING] http://deb.debian.org/debian $suite main" >"$apt/sources.list"
    # Nothing of the system's apt configuration or state is read or written. (Reusing "$@" is safe: the for list
    # was expanded when the loop started.)
    set -- -o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
      -o "Dir::State=$apt/state" -o "Dir::State::Lists=$apt/lists" -o "Dir::State::status=$apt/status" \
      -o "Dir::Cache=$apt/cache" -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null \
      -o Debug::NoLocking=1 -o APT::Sandbox::User=root -q
    log "$suite: fetching the package list"
    apt-get "$@" update >&2 || die "$suite: apt-get update failed"
    log "$suite: downloading neovim and what it needs"
    apt-get "$@" install --download-only -y --no-install-recommends neovim >&2 || die "$suite: download failed"
    for deb in "$apt"/cache/archives/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
    rm -rf "$apt"
    lib="$dir/root/usr/lib/x86_64-linux-gnu"
    [ -x "$lib/ld-linux-x86-64.so.2" ] && [ -x "$dir/root/usr/bin/nvim" ] || die "$suite: no nvim or loader unpacked"
    cat >"$dir/nvim" <<'WRAPPER'
#!/bin/sh
# Debian's nvim from this folder, run by the loader and libraries unpacked next to it (see install-debian-nvim.sh).
root=$(cd "$(dirname "$0")/root" && pwd)
lib=$root/usr/lib/x86_64-linux-gnu
export VIMRUNTIME="$root/usr/share/nvim/runtime" LUA_CPATH="$lib/lua/5.1/?.so;;"
exec "$lib/ld-linux-x86-64.so.2" --library-path "$lib" "$root/usr/bin/nvim" "$@"
WRAPPER
    chmod +x "$dir/nvim"
    "$dir/nvim" --version >/dev/null 2>&1 || die "$suite: the unpacked nvim does not run"
    log "$suite: installed $("$dir/nvim" --version | head -1) at $dir/nvim"
  fi
  wrappers="${wrappers:+$wrappers:}$dir/nvim"
done
echo "MODEL_REGISTRY_NVIM=$wrappers"
