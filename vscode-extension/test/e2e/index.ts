/*
 * The end-to-end test's half that runs inside VS Code's extension host (loaded through
 * `extensionTestsPath`). It drives the editor through the VS Code API and hands the browser-side driver
 * (driver.ts) the moments to look at the screen through marker files in $ANONSCRIPT_E2E_DIR:
 * it writes `<step>.ready`, the driver answers `<step>.captured` (with what it read). The verdict goes to
 * `verdict.json`, because the workbench never exits by itself.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { AnonscriptApi } from '../../src/extension';

const STEP_TIMEOUT_MS = 180_000;

function markerDir(): string {
  const dir = process.env.ANONSCRIPT_E2E_DIR;
  if (!dir) throw new Error('ANONSCRIPT_E2E_DIR is not set');
  return dir;
}

function log(message: string): void {
  fs.appendFileSync(path.join(markerDir(), 'steps.log'), `${new Date().toISOString()} ${message}\n`);
}

async function poll<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Tells the driver to look at the screen now and waits until it has. */
async function handToDriver(step: string): Promise<string> {
  fs.writeFileSync(path.join(markerDir(), `${step}.ready`), '');
  const captured = path.join(markerDir(), `${step}.captured`);
  return poll(`the driver to capture ${step}`, () => (fs.existsSync(captured) ? fs.readFileSync(captured, 'utf8') : undefined));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

async function scenario(): Promise<Record<string, unknown>> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  const scriptUri = vscode.Uri.joinPath(folder.uri, 'anon.das');

  const document = await vscode.workspace.openTextDocument(scriptUri);
  const editor = await vscode.window.showTextDocument(document);
  if (document.languageId !== 'dicomedit') throw new Error(`anon.das opened as ${document.languageId}, not dicomedit`);
  log('script opened');

  const extension = vscode.extensions.getExtension<AnonscriptApi>('anonscript.anonscript');
  if (!extension) throw new Error('the extension under development is not loaded');
  const api = extension.isActive ? extension.exports : await extension.activate();
  if (!(await api.ready())) throw new Error('the language server did not start (see the anonscript output channel)');
  log('server running');

  const diagnostics = await poll('diagnostics on anon.das', () => {
    const found = vscode.languages.getDiagnostics(scriptUri);
    return found.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'DE101') ? found : undefined;
  });
  const unknownFunction = diagnostics.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'DE101')!;
  log(`diagnostics: ${diagnostics.map((d) => `${d.code} ${d.message}`).join(' | ')}`);

  // The tag (0010,0010) on line 2: the API's hover and the one on screen.
  const tagPosition = new vscode.Position(1, 4);
  const hovers = await poll('a hover on (0010,0010)', async () => {
    const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', scriptUri, tagPosition);
    return result && result.length > 0 ? result : undefined;
  });
  const apiHover = hoverText(hovers);
  if (!/Patient's Name/.test(apiHover)) throw new Error(`hover on (0010,0010) lacks "Patient's Name": ${apiHover}`);
  editor.selection = new vscode.Selection(tagPosition, tagPosition);
  await vscode.commands.executeCommand('editor.action.showHover');
  const screenHover = await handToDriver('hover');
  log(`hover on screen: ${screenHover}`);

  await vscode.commands.executeCommand('anonscript.runOnSamples', scriptUri);
  const run = api.sampleRuns.lastRun;
  if (!run || run.files.length === 0) throw new Error(`Run on Samples gave no files: ${JSON.stringify(run)}`);
  const tab = await poll('the before/after diff editor', () => {
    const active = vscode.window.tabGroups.activeTabGroup.activeTab;
    return active && active.input instanceof vscode.TabInputTextDiff && active.input.original.scheme === 'anonscript-dump'
      ? active
      : undefined;
  });
  // The run's runtime error comes back from the server as a diagnostic on the script.
  const runtimeError = await poll('the runtime error as a diagnostic', () =>
    vscode.languages.getDiagnostics(scriptUri).find((d) => /failed to find function hashUid/.test(d.message)),
  );
  log(`runtime diagnostic: line ${runtimeError.range.start.line + 1}: ${runtimeError.message}`);
  const diffInput = tab.input as vscode.TabInputTextDiff;
  const before = (await vscode.workspace.openTextDocument(diffInput.original)).getText();
  const after = (await vscode.workspace.openTextDocument(diffInput.modified)).getText();
  if (!after.includes('(0010,0010) PN PatientName [ANON]')) throw new Error(`the after side lacks the new PatientName:\n${after}`);
  // Both sides are whole headers (elements the script did not touch appear on both), so the editor lines them up.
  for (const [side, text] of [['before', before], ['after', after]]) {
    if (!text.includes('(0008,0060) CS Modality [CT]')) throw new Error(`the ${side} side is not a whole header:\n${text}`);
  }
  const screenDiff = await handToDriver('diff');
  log(`diff on screen: ${screenDiff}`);

  return {
    diagnostic: { code: String(unknownFunction.code), message: unknownFunction.message, line: unknownFunction.range.start.line + 1 },
    hover: apiHover,
    runtimeError: { line: runtimeError.range.start.line + 1, message: runtimeError.message },
    run: run.files.map((f) => ({ path: f.path, outcome: f.outcome, changes: f.changes.length })),
    diffTitle: tab.label,
    before,
    after,
  };
}

export async function run(): Promise<void> {
  const verdict = path.join(markerDir(), 'verdict.json');
  try {
    const details = await scenario();
    fs.writeFileSync(verdict, JSON.stringify({ ok: true, details }, null, 2));
  } catch (error) {
    fs.writeFileSync(verdict, JSON.stringify({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) }, null, 2));
  }
}
