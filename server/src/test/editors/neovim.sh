#!/usr/bin/env bash
# Neovim's built-in LSP client with the README's configuration block, against the real `anonscript lsp`:
# diagnostics of examples/broken/mistakes.das, a hover showing a sample value, and a test-run.
# Needs Debian's neovim (0.7.2 in Debian 12) and a JDK; fails, never skips, when nvim is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
here="$root/server/src/test/editors"
# shellcheck source=common.sh
source "$here/common.sh"

fail() { echo "neovim test FAILED: $*" >&2; exit 1; }
command -v nvim >/dev/null || fail "nvim not found: install Debian's neovim (apt-get install neovim)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/xdg"

# The configuration is the README's block, verbatim but for the launcher path.
readme_block '### Neovim' lua "$work/init.lua"

make_project

out="$work/result.txt"
log="$work/nvim.log"
(cd "$work/project" && XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg" XDG_STATE_HOME="$work/xdg" \
    XDG_CACHE_HOME="$work/xdg" ANONSCRIPT_EDITOR_OUT="$out" \
    timeout 90 nvim --headless -n -i NONE -u "$work/init.lua" -c "luafile $here/neovim-driver.lua") \
    >"$log" 2>&1 || fail "nvim exited with $? (log: $(tail -5 "$log"))"
[[ -f "$out" ]] || fail "the driver wrote no result (nvim log: $(tail -5 "$log"))"

expect "filetype dicomedit"
expect "diagnostic DE101 5:16 unknown function isMatch"
expect "diagnostic DE102 8:16"
expect "diagnostic DE203 11:3"
expect "diagnostic DE002 14:16"
expect "diagnostic DE202 17:3"
expect "hover **PatientID** (0010,0020)"
expect '`synthetic-ct.dcm`: `SAMPLE-CT-002`'
expect "run synthetic-ct.dcm modified 1"
expect "run synthetic-mr.dcm modified 1"
expect "status done"
echo "neovim $(nvim --version | head -1 | cut -d' ' -f2): README configuration OK (diagnostics, hover with samples, test-run)"
