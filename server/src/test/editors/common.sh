# Shared by neovim.sh and emacs.sh (sourced): the README's configuration block, the project the editor
# opens, and the assertions on what the editor's driver wrote. Expects root, work, fail() to be defined.

# readme_block HEADING FENCE FILE: the first ```FENCE block under the README heading HEADING, verbatim but
# for the launcher path, written to FILE.
readme_block() {
    awk -v heading="$1" -v fence='```'"$2" 'index($0, heading) == 1 {inside=1} inside && $0 == fence {grab=1; next}
        grab && /^```$/ {exit} grab {print}' "$root/README.md" > "$3"
    grep -q '/path/to/anonscript' "$3" || fail "no $2 block with /path/to/anonscript under '$1' in README.md"
    sed -i "s|/path/to/anonscript|$root/anonscript|" "$3"
}

# make_project: the broken example, a tidy script and the bundled samples in $work/project; builds the jar
# (and class-data archive) first, so the editor's wait is for the server, not for Maven.
make_project() {
    mkdir -p "$work/project"
    cp "$root/examples/broken/mistakes.das" "$work/project/"
    printf 'version "6.7"\n(0010,0010) := "ANON"\n' > "$work/project/tidy.das"
    cp -r "$root/examples/samples" "$work/project/samples"
    "$root/anonscript" --version >/dev/null
}

# expect TEXT: the driver's result file ($out) has a line containing TEXT; on failure shows it and $log.
expect() {
    grep -qF -- "$1" "$out" || fail "expected a line containing '$1'; got:
$(cat "$out")
editor log (last lines):
$(tail -5 "$log")"
}
