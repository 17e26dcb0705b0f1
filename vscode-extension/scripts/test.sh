#!/usr/bin/env bash
# Installs the extension's npm dependencies, compiles it, and runs its unit, grammar and protocol tests,
# then packages the .vsix and checks that it holds the server jar.
# Needs Node 20, Java 17+, dcmtk and python3-pydicom; builds repl/target/anonscript.jar when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo_root="$(cd .. && pwd)"

npm ci --no-audit --no-fund
npm run -s compile

echo "== unit tests"
npm run -s test:unit
echo "== grammar tests"
npm run -s test:grammar

if [ ! -f "$repo_root/repl/target/anonscript.jar" ]; then
  echo "== building the server jar"
  (cd "$repo_root" && mvn -B -q -DskipTests package)
fi
echo "== protocol test"
npm run -s test:protocol

echo "== packaging"
bash scripts/package.sh
contents="$(unzip -l anonscript-*.vsix)"
grep -q 'extension/server/anonscript.jar' <<<"$contents" \
  || { echo "the .vsix does not contain extension/server/anonscript.jar" >&2; exit 1; }
echo "vsix ok: $(ls anonscript-*.vsix)"
