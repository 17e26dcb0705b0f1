#!/usr/bin/env bash
# Builds anonscript-<version>.vsix with the server jar inside (extension/server/anonscript.jar).
# Run after "mvn -B -q -DskipTests package" at the repository root and "npm ci" here.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="../repl/target/anonscript.jar"
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -q -DskipTests package' at the repository root" >&2; exit 1; }
mkdir -p server
cp "$jar" server/anonscript.jar
npm run -s compile
version="$(node -p 'require("./package.json").version')"
rm -f anonscript-*.vsix
npx vsce package --allow-missing-repository --skip-license --no-rewrite-relative-links --out "anonscript-$version.vsix"
# The copy is only for the package: a development host must use the jar Maven builds.
rm -rf server
