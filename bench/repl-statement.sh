#!/usr/bin/env bash
# How long the REPL takes to apply one statement to 20 loaded files and print the diffs, after the first
# statement (which pays for class loading and JIT warm-up). Pipes a session into the built jar with
# :timing on and reports the median and maximum of the per-entry times the REPL prints.
# Usage: bench/repl-statement.sh [FILES=20] [STATEMENTS=30]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
files="${1:-20}"
statements="${2:-30}"
jar="$root/repl/target/anonscript.jar"
[[ -f "$jar" ]] || { echo "bench/repl-statement.sh: build the jar first (mvn -pl repl -am package)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$files"); do
    cp "$root/examples/samples/synthetic-mr.dcm" "$work/mr-$i.dcm"
done

{
    echo ":timing on"
    echo '(0010,0010) := "Warm^Up"'
    for i in $(seq 1 "$statements"); do
        echo "(0010,0010) := \"Patient^$i\""
        echo "(0008,1030) := format[\"Study {0}\", (0010,0020)]"
        echo ":undo"
    done
    echo ":quit"
} | java -jar "$jar" repl --no-history --color never "$work" > "$work/out.txt"

grep -o '^([0-9]* ms)' "$work/out.txt" | tr -d '(ms )' > "$work/times.txt"
tail -n +2 "$work/times.txt" | sort -n > "$work/after-first.txt"
n=$(wc -l < "$work/after-first.txt")
median=$(sed -n "$(( (n + 1) / 2 ))p" "$work/after-first.txt")
p90=$(sed -n "$(( (n * 9 + 9) / 10 ))p" "$work/after-first.txt")
max=$(tail -1 "$work/after-first.txt")
echo "first statement: $(head -1 "$work/times.txt") ms; next $n statements on $files files: median $median ms, 90th percentile $p90 ms, max $max ms"
