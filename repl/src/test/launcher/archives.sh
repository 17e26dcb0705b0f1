#!/usr/bin/env bash
# The launcher's start-up archives: with the default JDK it makes a class-data archive (an AOT cache when
# that JDK is 25 or later), and with a JDK 25+ (the newest under /usr/lib/jvm, or NEWER_JAVA) an AOT cache
# of its own. Each must be made on the first call and actually used on the next ones: the JVM is told to
# refuse to start without it (-Xshare:on, -XX:AOTMode=on), so an unusable archive fails this test instead
# of silently costing start-up time; and the class log must show the command's classes coming from it. Outputs must not depend on the JDK, and nothing may be printed on
# standard error (the JVM's warnings about archives would go there). Run from ./test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "launcher archives: FAIL: $*" >&2; exit 1; }

# the JDK's feature version as the JVM itself reports it (the launcher reads the JDK's release file instead)
feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }

# check JAVA LABEL: lint and a dry run, first call (makes the archive) and second call (must use it)
check() {
    local java=$1 label=$2 version strict lint_cache run_cache
    version=$(feature "$java")
    if (( version >= 25 )); then
        strict=-XX:AOTMode=on; lint_cache=repl/target/anonscript-jdk$version.aot; run_cache=repl/target/anonscript-run-jdk$version.aot
    else
        strict=-Xshare:on; lint_cache=repl/target/anonscript.jsa; run_cache=repl/target/anonscript-run.jsa
    fi
    rm -f "$lint_cache" "$run_cache"
    for call in first second; do
        local opts=""
        [[ $call == second ]] && opts="$strict -Xlog:class+load=info:file=$work/$label.classes"
        ANONSCRIPT_JAVA=$java ANONSCRIPT_JAVA_OPTS=$opts ./anonscript lint examples/xnat-sitewide.das \
            >"$work/$label.lint.$call" 2>"$work/$label.lint.err" || fail "$label: lint ($call call) exited $?: $(cat "$work/$label.lint.err")"
        ANONSCRIPT_JAVA=$java ANONSCRIPT_JAVA_OPTS=$opts ./anonscript run --script examples/xnat-sitewide.das --dry-run \
            --color never examples/samples >"$work/$label.run.$call" 2>"$work/$label.run.err" \
            || fail "$label: run ($call call) exited $?: $(cat "$work/$label.run.err")"
        [[ ! -s "$work/$label.lint.err" && ! -s "$work/$label.run.err" ]] \
            || fail "$label: standard error is not empty: $(cat "$work/$label.lint.err" "$work/$label.run.err")"
        [[ -f "$lint_cache" && -f "$run_cache" ]] || fail "$label: no $lint_cache or $run_cache after the $call call"
    done
    grep -q "org.anonscript.cli.RunCommand source: shared objects file" "$work/$label.classes" \
        || fail "$label: the second run did not load its classes from $run_cache"
    cmp -s "$work/$label.lint.first" "$work/$label.lint.second" || fail "$label: lint output differs between calls"
    cmp -s "$work/$label.run.first" "$work/$label.run.second" || fail "$label: run output differs between calls"
    grep -q "modified" "$work/$label.run.first" || fail "$label: the dry run modified nothing"
    echo "launcher archives: $label (JDK $version): made $lint_cache and $run_cache, used them with $strict"
}

./anonscript --version >/dev/null  # builds the jar when it is stale, so that the timings above are not a build
check java default
newer=${NEWER_JAVA:-$(ls -d /usr/lib/jvm/*-2[5-9]* 2>/dev/null | sort -V | tail -1)/bin/java}
[[ -x "$newer" ]] || fail "no JDK 25 or later under /usr/lib/jvm (set NEWER_JAVA to one): the AOT-cache path is untested"
check "$newer" newer
cmp -s "$work/default.run.first" "$work/newer.run.first" || fail "run output depends on the JDK"
cmp -s "$work/default.lint.first" "$work/newer.lint.first" || fail "lint output depends on the JDK"
echo "launcher archives: OK"
