import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  DidChangeConfigurationNotification,
  vsdiag,
  ErrorAction,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  Trace,
} from 'vscode-languageclient/node';
import { CrashPolicy } from './crashPolicy';
import { discoverJava, missingJavaMessage } from './javaDiscovery';
import { machineJavaEnvironment } from './javaEnvironment';
import { parseRunResult, RUN_ON_SAMPLES_METHOD, RunOnSamplesResult, statusText } from './runResults';
import { DUMP_SCHEME, SampleRuns } from './sampleRunsView';
import { buildServerCommand, jarCandidates } from './serverCommand';
import { ExtensionSettings, needsRestart, readSettings, toServerSettings } from './settings';

/** What the extension hands to other extensions and to its end-to-end test. */
export interface AnonscriptApi {
  readonly sampleRuns: SampleRuns;
  /** Resolves when the server is running (or has failed to start). */
  readonly ready: () => Promise<boolean>;
  readonly runOnSamples: (uri?: vscode.Uri | string) => Promise<RunOnSamplesResult | undefined>;
}

const LANGUAGE_ID = 'dicomedit';

/** Stops the running server on deactivation (VS Code waits for the returned promise). */
let stopServer: (() => Promise<void>) | undefined;

function currentSettings(): ExtensionSettings {
  const config = vscode.workspace.getConfiguration('anonscript');
  return readSettings((key) => config.get(key));
}

function workspaceFolderPath(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

export async function activate(context: vscode.ExtensionContext): Promise<AnonscriptApi> {
  const output = vscode.window.createOutputChannel('anonscript', { log: true });
  const sampleRuns = new SampleRuns();
  const status = vscode.window.createStatusBarItem('anonscript.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'anonscript';
  status.command = 'anonscript.runOnSamples';
  const crashPolicy = new CrashPolicy();
  let settings = currentSettings();
  let client: LanguageClient | undefined;
  let starting: Promise<boolean> = Promise.resolve(false);

  const refreshStatus = () => {
    status.text = statusText(settings.samples.length, sampleRuns.lastRun);
    status.tooltip = 'anonscript: click to run the active script on its sample files';
    status.show();
  };

  async function startClient(): Promise<boolean> {
    settings = currentSettings();
    const java = await discoverJava(machineJavaEnvironment(settings.javaHome));
    if (java.kind === 'missing') {
      const message = missingJavaMessage(java.tried);
      output.appendLine(message);
      void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then((choice) => {
        if (choice === 'Open Settings') {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'anonscript.java.home');
        } else if (choice === 'Show Output') {
          output.show();
        }
      });
      return false;
    }
    const jar = jarCandidates(context.extensionPath, settings.serverJar).find((candidate) => fs.existsSync(candidate));
    if (!jar) {
      const message = 'anonscript could not find its language server (anonscript.jar). Reinstall the extension or set "anonscript.server.jar".';
      output.appendLine(message);
      void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'anonscript.server.jar');
      });
      return false;
    }
    const command = buildServerCommand(java.executable, jar, settings.vmArgs);
    output.appendLine(`Starting: ${command.command} ${command.args.join(' ')} (Java ${java.version} from ${java.source})`);
    const serverOptions: ServerOptions = { command: command.command, args: [...command.args] };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: LANGUAGE_ID }],
      outputChannel: output,
      initializationOptions: toServerSettings(settings, workspaceFolderPath()),
      errorHandler: {
        error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
        closed: (): CloseHandlerResult => {
          const decision = crashPolicy.onCrash(Date.now());
          output.appendLine(decision.message);
          if (decision.restart) void vscode.window.showWarningMessage(decision.message);
          else void vscode.window.showErrorMessage(decision.message);
          return decision.restart
            ? { action: CloseAction.Restart, handled: true }
            : { action: CloseAction.DoNotRestart, handled: true };
        },
      },
      middleware: {
        // The server both pushes diagnostics (with the runtime errors of the last test-run) and answers
        // pulls (without them). VS Code would show both sets, so each problem twice: use the pushed ones only.
        provideDiagnostics: () => ({ kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] }),
        workspace: {
          // Servers that pull settings get the same object as the push in didChangeConfiguration.
          configuration: (params, token, next) => {
            const mapped = toServerSettings(currentSettings(), workspaceFolderPath());
            if (params.items.every((item) => item.section === 'anonscript')) {
              return params.items.map(() => mapped.anonscript);
            }
            return next(params, token);
          },
        },
      },
    };
    client = new LanguageClient('anonscript', 'anonscript', serverOptions, clientOptions);
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) output.appendLine('Language server running.');
    });
    try {
      await client.start();
      await client.setTrace(Trace.fromString(settings.trace));
      return true;
    } catch (error) {
      const message = `The anonscript language server failed to start: ${error instanceof Error ? error.message : String(error)}`;
      output.appendLine(message);
      void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => choice && output.show());
      return false;
    }
  }

  async function restartClient(): Promise<boolean> {
    const old = client;
    client = undefined;
    if (old) {
      try {
        await old.stop();
      } catch (error) {
        output.appendLine(`Stopping the server failed: ${String(error)}`);
      }
    }
    crashPolicy.reset();
    starting = startClient();
    return starting;
  }

  async function runOnSamples(target?: vscode.Uri | string): Promise<RunOnSamplesResult | undefined> {
    const uri =
      typeof target === 'string' ? vscode.Uri.parse(target) : target ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Open a DicomEdit script (.das) to run it on sample files.');
      return undefined;
    }
    await starting;
    if (!client || !client.isRunning()) {
      void vscode.window.showErrorMessage('The anonscript language server is not running.', 'Show Output').then(
        (choice) => choice && output.show(),
      );
      return undefined;
    }
    const raw = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'anonscript: running on samples' },
      () => client!.sendRequest(RUN_ON_SAMPLES_METHOD, { uri: uri.toString() }),
    );
    const result = parseRunResult(raw);
    sampleRuns.show(uri, result);
    refreshStatus();
    if (result.files.length === 0) {
      void vscode.window.showInformationMessage(
        'No sample files are configured: set "anonscript.samples" or "samples" in .anonscript.json.',
      );
      return result;
    }
    await vscode.commands.executeCommand('anonscript.sampleRuns.focus');
    const first = result.files.findIndex((f) => f.changes.length > 0);
    await sampleRuns.openDiff(first >= 0 ? first : 0);
    return result;
  }

  context.subscriptions.push(
    output,
    status,
    vscode.window.registerTreeDataProvider('anonscript.sampleRuns', sampleRuns),
    vscode.workspace.registerTextDocumentContentProvider(DUMP_SCHEME, sampleRuns),
    vscode.commands.registerCommand('anonscript.runOnSamples', runOnSamples),
    vscode.commands.registerCommand('anonscript.openSampleDiff', (fileIndex: number) => sampleRuns.openDiff(fileIndex)),
    vscode.commands.registerCommand('anonscript.clearSampleRuns', () => {
      sampleRuns.clear();
      refreshStatus();
    }),
    vscode.commands.registerCommand('anonscript.restartServer', async () => {
      if (await restartClient()) void vscode.window.showInformationMessage('anonscript language server restarted.');
    }),
    vscode.commands.registerCommand('anonscript.showOutput', () => output.show()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('anonscript')) return;
      const before = settings;
      settings = currentSettings();
      refreshStatus();
      if (needsRestart(before, settings)) {
        output.appendLine('Java or server settings changed: restarting the language server.');
        await restartClient();
        return;
      }
      if (client?.isRunning()) {
        if (before.trace !== settings.trace) await client.setTrace(Trace.fromString(settings.trace));
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: toServerSettings(settings, workspaceFolderPath()),
        });
      }
    }),
  );
  stopServer = async () => {
    const running = client;
    client = undefined;
    if (running) await running.stop();
  };
  void vscode.commands.executeCommand('setContext', 'anonscript.active', true);
  refreshStatus();
  starting = startClient();

  return { sampleRuns, ready: () => starting, runOnSamples };
}

export function deactivate(): Thenable<void> | undefined {
  return stopServer?.();
}
