#!/usr/bin/env bash
# Wall time of `./anonscript lint` on one small script with a cold JVM (a new process each run),
# measured with hyperfine (Debian package `hyperfine`). Usage: bench/lint-cold.sh [script.das]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
script="${1:-$root/examples/xnat-sitewide.das}"
command -v hyperfine >/dev/null || { echo "bench/lint-cold.sh: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }

# Build the jar and its class-data archive first, so the runs measure start-up, not Maven.
"$root/anonscript" --version >/dev/null
hyperfine --warmup 2 --runs "${RUNS:-20}" -N \
    --command-name "anonscript lint $(basename "$script")" "$root/anonscript lint $script" \
    --command-name "same, without the class-data archive" \
        "env ANONSCRIPT_JAVA_OPTS=-Xshare:off $root/anonscript lint $script"
