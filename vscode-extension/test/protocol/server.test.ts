/*
 * Protocol test: starts the real server jar with exactly the command line the extension builds
 * (buildServerCommand, jarCandidates, discoverJava) and talks JSON-RPC to it from Node.
 * Needs the distribution jar (`mvn -B -q -DskipTests package` at the repository root), Java 17+,
 * dcmtk's dcmdump (the oracle for sample values) and pydicom's test files; it fails naming what is missing.
 */
import assert from 'node:assert/strict';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { discoverJava } from '../../src/javaDiscovery';
import { machineJavaEnvironment } from '../../src/javaEnvironment';
import { parseRunResult, RUN_ON_SAMPLES_METHOD } from '../../src/runResults';
import { buildServerCommand, jarCandidates } from '../../src/serverCommand';
import { readSettings, toServerSettings } from '../../src/settings';

const EXTENSION_ROOT = path.resolve(__dirname, '..', '..', '..');
const TIMEOUT_MS = 60_000;
// The jar Maven just built (or ANONSCRIPT_JAR), given the way the setting anonscript.server.jar gives it.
const JAR_SETTING = process.env.ANONSCRIPT_JAR ?? path.join(EXTENSION_ROOT, '..', 'repl', 'target', 'anonscript.jar');

function sampleFile(name: string): string {
  let file: string;
  try {
    // Debian's python3-pydicom; PYTHON overrides the interpreter (another python3 may come first on PATH).
    file = execFileSync(process.env.PYTHON ?? '/usr/bin/python3', ['-c', `import pydicom.data; print(pydicom.data.get_testdata_file(${JSON.stringify(name)}))`], {
      encoding: 'utf8',
    }).trim();
  } catch (error) {
    throw new Error(`python3 with pydicom is needed to find the sample ${name} (apt-get install python3-pydicom): ${error}`);
  }
  if (!fs.existsSync(file)) throw new Error(`pydicom's sample ${name} was not found (got ${file})`);
  return file;
}

/** The element's value as dcmdump (an independent oracle) prints it. */
function dcmdumpValue(file: string, tag: string): string {
  let out: string;
  try {
    out = execFileSync('dcmdump', ['+P', tag, file], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`dcmdump (Debian package dcmtk) is needed as the oracle for sample values: ${error}`);
  }
  const match = /\[(.*)\]/.exec(out);
  if (!match) throw new Error(`dcmdump printed no value for ${tag} in ${file}: ${out}`);
  return match[1];
}

function waitFor<T>(what: string, register: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`)), TIMEOUT_MS);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string | number;
  message: string;
}

describe('anonscript lsp, started as the extension starts it', () => {
  let server: ChildProcess;
  let connection: MessageConnection;
  let stderr = '';
  let exitCode: Promise<number | null>;
  const diagnostics = new Map<string, Diagnostic[][]>();
  const diagnosticListeners: (() => void)[] = [];
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'anonscript-protocol-'));
  const ct = sampleFile('CT_small.dcm');
  const scriptPath = path.join(workspace, 'anon.das');
  const scriptUri = pathToFileURL(scriptPath).toString();
  const script = ['version "6.6"', '(0010,0010) := "ANON"', '(0010,0020) := subject', 'label := hashUid[(0020,000D)]', ''].join('\n');

  before(async () => {
    const java = await discoverJava(machineJavaEnvironment(undefined));
    if (java.kind !== 'found') throw new Error('No Java 17+ found on JAVA_HOME or PATH; the server cannot start.');
    const jar = jarCandidates(EXTENSION_ROOT, JAR_SETTING).find((candidate) => fs.existsSync(candidate));
    if (!jar) {
      throw new Error(
        `No anonscript.jar in ${jarCandidates(EXTENSION_ROOT, JAR_SETTING).join(', ')}: build it with "mvn -B -q -DskipTests package" at the repository root.`,
      );
    }
    const settings = readSettings((key) => ({ 'server.vmargs': ['-Xmx256m'], samples: [ct], bindings: { subject: 'S1' } })[key] as never);
    const command = buildServerCommand(java.executable, jar, settings.vmArgs);
    server = spawn(command.command, [...command.args], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr!.on('data', (chunk) => (stderr += chunk));
    exitCode = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      diagnostics.set(params.uri, [...(diagnostics.get(params.uri) ?? []), params.diagnostics]);
      diagnosticListeners.splice(0).forEach((listener) => listener());
    });
    // The server may ask for settings; answer as the extension's middleware does.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => toServerSettings(settings, workspace).anonscript),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    fs.writeFileSync(scriptPath, script);

    const initialize = connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).toString(),
      workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'ws' }],
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: {},
          synchronization: { dynamicRegistration: false },
        },
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      },
      initializationOptions: toServerSettings(settings, workspace),
    });
    const result = (await Promise.race([
      initialize,
      exitCode.then((code) => {
        throw new Error(`the server exited with ${code} before answering initialize; stderr:\n${stderr}`);
      }),
    ])) as { capabilities: Record<string, unknown> };
    assert.ok(result.capabilities, 'initialize answered without capabilities');
    await connection.sendNotification('initialized', {});
  });

  after(async () => {
    fs.rmSync(workspace, { recursive: true, force: true });
    if (server && server.exitCode === null) server.kill();
  });

  test('didOpen → diagnostics: the misspelt hashUid is DE101 at its exact range', async () => {
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: scriptUri, languageId: 'dicomedit', version: 1, text: script },
    });
    const published = await waitFor<Diagnostic[]>('diagnostics for anon.das', (resolve) => {
      const check = () => {
        const latest = diagnostics.get(scriptUri)?.at(-1);
        if (latest && latest.length > 0) resolve(latest);
        else diagnosticListeners.push(check);
      };
      check();
    });
    const unknown = published.find((d) => d.code === 'DE101');
    assert.ok(unknown, `no DE101 among ${JSON.stringify(published)}`);
    assert.deepEqual(unknown.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 16 } });
  });

  test("hover on (0010,0010) names Patient's Name", async () => {
    const hover = (await connection.sendRequest('textDocument/hover', {
      textDocument: { uri: scriptUri },
      position: { line: 1, character: 3 },
    })) as { contents: { value: string } | string } | null;
    assert.ok(hover, 'no hover');
    const text = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    assert.match(text, /Patient's Name/);
    assert.match(text, /PatientName/);
  });

  test('runOnSamples: the change to (0010,0010), before as dcmdump reads it, with the statement line; the runtime error', async () => {
    const result = parseRunResult(await connection.sendRequest(RUN_ON_SAMPLES_METHOD, { uri: scriptUri }));
    assert.equal(result.files.length, 1, JSON.stringify(result));
    const [file] = result.files;
    assert.equal(path.resolve(file.path), path.resolve(ct));
    const name = file.changes.find((c) => c.path === '(0010,0010)');
    assert.deepEqual(name && { before: name.before, after: name.after, line: name.line }, {
      before: dcmdumpValue(ct, '0010,0010'),
      after: 'ANON',
      line: 2,
    });
    // The misspelt function stops the script when it is reached (spec 8.1).
    assert.equal(file.outcome, 'error');
    assert.match(file.error ?? '', /hashUid/);
    // The whole header on both sides, for the side-by-side diff view.
    assert.ok((file.beforeDump ?? []).length > 20, JSON.stringify(file.beforeDump));
    assert.ok(file.beforeDump?.some((l) => l.startsWith('(0010,0010) PN PatientName [')));
    assert.ok(file.afterDump?.includes('(0010,0010) PN PatientName [ANON]'), JSON.stringify(file.afterDump));
  });

  test('a bindings change sent as didChangeConfiguration reaches the running server', async () => {
    const changed = readSettings((key) => ({ samples: [ct], bindings: { subject: 'S2' } })[key] as never);
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: toServerSettings(changed, workspace) });
    const result = parseRunResult(await connection.sendRequest(RUN_ON_SAMPLES_METHOD, { uri: scriptUri }));
    const id = result.files[0]?.changes.find((c) => c.path === '(0010,0020)');
    assert.equal(id?.after, 'S2', JSON.stringify(result));
  });

  test('shutdown and exit end the process with status 0', async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const code = await waitFor<number | null>('the server to exit', (resolve) => void exitCode.then(resolve));
    assert.equal(code, 0, stderr);
    connection.dispose();
  });
});
