#!/usr/bin/env bash
# Emacs's Eglot with the README's configuration block, against the real `anonscript lsp`: diagnostics of
# examples/broken/mistakes.das, a hover showing a sample value (samples from eglot-workspace-configuration),
# and a test-run. Needs Debian's emacs-nox and elpa-eglot; fails, never skips, when they are missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
here="$root/server/src/test/editors"
# shellcheck source=common.sh
source "$here/common.sh"

fail() { echo "emacs test FAILED: $*" >&2; exit 1; }
command -v emacs >/dev/null || fail "emacs not found: install Debian's emacs-nox and elpa-eglot (apt-get install emacs-nox elpa-eglot)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
HOME="$work/home" emacs --batch --eval '(progn (package-initialize) (require (quote eglot)))' >/dev/null 2>&1 \
    || fail "Eglot not found: install Debian's elpa-eglot (apt-get install elpa-eglot), or use Emacs 29"

# The configuration is the README's block, verbatim but for the launcher path.
readme_block '### Emacs' elisp "$work/init.el"

make_project

out="$work/result.txt"
log="$work/emacs.log"
# package-initialize: Debian installs Eglot as a system ELPA package; HOME keeps ~/.emacs.d out of it.
(cd "$work/project" && HOME="$work/home" ANONSCRIPT_EDITOR_OUT="$out" \
    timeout 90 emacs --batch --eval '(package-initialize)' -l "$work/init.el" -l "$here/emacs-driver.el") \
    >"$log" 2>&1 || fail "emacs exited with $? (log: $(tail -5 "$log"))"
[[ -f "$out" ]] || fail "the driver wrote no result (emacs log: $(tail -5 "$log"))"

expect "mode dicomedit-mode"
expect "diagnostic 5:16 anonscript [DE101]: unknown function isMatch"
expect "diagnostic 8:16 anonscript [DE102]: substring takes 3 arguments"
expect "diagnostic 11:3 anonscript [DE203]: Private group 2001 needs its creator"
expect "diagnostic 14:16 anonscript [DE002]: This string is not closed"
expect "diagnostic 17:3 anonscript [DE202]: The last character of group 60XX"
expect "hover **PatientID** (0010,0020)"
expect '`synthetic-ct.dcm`: `SAMPLE-CT-002`'
expect "run synthetic-ct.dcm modified 1"
expect "run synthetic-mr.dcm modified 1"
expect "status done"
echo "emacs $(emacs --version | head -1 | cut -d' ' -f3), eglot 1.9: README configuration OK (diagnostics, hover with samples, test-run)"
