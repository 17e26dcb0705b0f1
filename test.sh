#!/usr/bin/env bash
# All tests: the Java reactor (unit, oracle, protocol, terminal tests), the launcher's start-up archives
# (with the default JDK and a JDK 25+), the README's Neovim and Emacs configurations against the real server (headless nvim, emacs --batch), then the VS Code extension's unit,
# grammar and protocol tests and its end-to-end test in code-server + headless Chromium.
# Needs the Debian packages listed in README.md ("Run all tests"); .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B verify
bash repl/src/test/launcher/archives.sh
bash server/src/test/editors/neovim.sh
bash server/src/test/editors/emacs.sh
bash vscode-extension/scripts/test.sh
bash vscode-extension/scripts/e2e.sh
