#!/usr/bin/env bash
# End-to-end test in a real VS Code (code-server 4.100.3) driven through headless Chromium (playwright-core):
# opens a sample script, waits for diagnostics, hovers a tag and reads the hover, runs "Run on Samples",
# checks the diff editor, and saves images/hover.png and images/diff.png.
# Needs: Node 20, Java 17+, Debian chromium + ripgrep + libkrb5-dev + build-essential, python3-pydicom, and
# repl/target/anonscript.jar (built here when missing). Prints 'e2e: N passed, N failed'.
set -euo pipefail
cd "$(dirname "$0")/.."
ext_dir="$(pwd)"
repo_root="$(cd .. && pwd)"
port="${E2E_PORT:-18473}"
chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
started=$(date +%s)

[ -x "$chromium_bin" ] || { echo "e2e: Chromium not found at $chromium_bin: apt-get install -y chromium" >&2; exit 1; }
export ANONSCRIPT_E2E_TOOLS="${ANONSCRIPT_E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/anonscript/code-server-4.100.3}"
bash scripts/install-code-server.sh
echo "[e2e] code-server ready after $(( $(date +%s) - started )) s"

[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s compile
if [ ! -f "$repo_root/repl/target/anonscript.jar" ]; then
  (cd "$repo_root" && mvn -B -q -DskipTests package)
fi

sample="$("${PYTHON:-/usr/bin/python3}" -c 'import pydicom.data; print(pydicom.data.get_testdata_file("CT_small.dcm"))')" || {
  echo "e2e: python3-pydicom is needed for the sample file CT_small.dcm" >&2; exit 1; }

scratch="$(mktemp -d)"
workspace="$scratch/workspace"
markers="$scratch/markers"
mkdir -p "$workspace" "$markers" "$scratch/config" "$scratch/user-data" "$scratch/extensions"
cat > "$workspace/anon.das" <<'DAS'
version "6.6"
(0010,0010) := "ANON"
(0010,0020) := subject
(0008,0020) := shiftDateByIncrement[(0008,0020), "-30"]
label := hashUid[(0020,000D)]
DAS
printf '{ "samples": [%s], "bindings": { "subject": "S1" } }\n' "$(node -p 'JSON.stringify(process.argv[1])' "$sample")" \
  > "$workspace/.anonscript.json"

server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "${E2E_KEEP:-}" = "" ]; then rm -rf "$scratch"; else echo "[e2e] kept $scratch"; fi
}
trap cleanup EXIT

ANONSCRIPT_E2E_DIR="$markers" XDG_CONFIG_HOME="$scratch/config" \
  node "$ANONSCRIPT_E2E_TOOLS/node_modules/code-server/out/node/entry.js" \
  --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --user-data-dir "$scratch/user-data" --extensions-dir "$scratch/extensions" \
  "$workspace" > "$scratch/code-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$scratch/code-server.log"; echo "e2e: code-server exited" >&2; exit 1; }
  sleep 0.5
done
echo "[e2e] code-server listening after $(( $(date +%s) - started )) s"

url="$(node -e '
  const [port, folder, ext] = process.argv.slice(1);
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [["extensionDevelopmentPath", remote(ext)], ["extensionTestsPath", remote(`${ext}/out/test/e2e/index.js`)]];
  console.log(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
' "$port" "$workspace" "$ext_dir")"

status=0
E2E_URL="$url" ANONSCRIPT_E2E_DIR="$markers" SCREENSHOT_DIR="$ext_dir/images" CHROMIUM="$chromium_bin" \
  node out/test/e2e/driver.js || status=$?
if [ "$status" -ne 0 ]; then
  echo "---- steps"; cat "$markers/steps.log" 2>/dev/null || true
  echo "---- browser errors (last 20)"; tail -n 20 "$markers/browser.log" 2>/dev/null || true
  echo "---- code-server log (last 40)"; tail -n 40 "$scratch/code-server.log" || true
fi
echo "[e2e] total $(( $(date +%s) - started )) s"
exit "$status"
