#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3 server + web workbench; the last release for Node 20) into
# a cache folder outside the clone (so CI on a kept machine installs it once) without its download steps,
# following shared/vscode-e2e.md. Idempotent: does nothing when the install is complete.
# ANONSCRIPT_E2E_TOOLS overrides the folder. Needs the Debian packages build-essential python3 pkg-config libkrb5-dev ripgrep.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${ANONSCRIPT_E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/anonscript/code-server-4.100.3}"
cs="$tools/node_modules/code-server"
[ -f "$tools/.complete" ] && exit 0

for tool in rg make g++ python3 pkg-config krb5-config; do
  command -v "$tool" >/dev/null || {
    echo "install-code-server: '$tool' is missing: apt-get install -y build-essential python3 pkg-config libkrb5-dev ripgrep" >&2
    exit 1
  }
done

mkdir -p "$tools"
[ -f "$tools/package.json" ] || echo '{"name":"anonscript-e2e-tools","private":true}' > "$tools/package.json"
# --ignore-scripts: code-server's postinstall would download ripgrep; we do its other steps below.
(cd "$tools" && npm install --no-audit --no-fund --no-package-lock --ignore-scripts code-server@4.100.3)
(cd "$cs/lib/vscode" && npm install --no-audit --no-fund --omit=dev --ignore-scripts)
mkdir -p "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
# node-pty's install step runs "npx node-gyp"; let npx fetch it without asking.
(cd "$cs/lib/vscode" && npm_config_yes=true npm rebuild kerberos @parcel/watcher @vscode/deviceid @vscode/spdlog native-watchdog node-pty)
# What postinstall.sh would have linked.
(cd "$cs/lib/vscode" && rm -rf node_modules.asar && ln -s node_modules node_modules.asar)
(cd "$cs/lib/vscode/bin/remote-cli" && rm -f code-server && ln -s code-linux.sh code-server)
(cd "$cs/lib/vscode/bin/helpers" && rm -f browser.sh && ln -s browser-linux.sh browser.sh)
(cd "$cs/lib/vscode/extensions" && npm install --no-audit --no-fund --omit=dev)
# argon2 is hoisted next to code-server.
(cd "$tools" && npm_config_yes=true npm rebuild argon2)
touch "$tools/.complete"
echo "code-server installed in $tools"
