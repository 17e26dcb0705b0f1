import * as path from 'path';

/** How the language server process is started: `java <vm args> -jar anonscript.jar lsp`. */
export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
}

/** The one place that builds the server's command line; the protocol test uses it too. */
export function buildServerCommand(javaExecutable: string, jarPath: string, vmArgs: readonly string[]): ServerCommand {
  const cleanVmArgs = vmArgs.map((a) => a.trim()).filter((a) => a.length > 0);
  return { command: javaExecutable, args: [...cleanVmArgs, '-jar', jarPath, 'lsp'] };
}

/**
 * Where the server jar is: the `anonscript.server.jar` setting when given, else the copy bundled in the
 * extension (`server/anonscript.jar`), else the Maven build output next to the extension's source folder.
 */
export function jarCandidates(extensionPath: string, settingJar: string | undefined): string[] {
  const candidates: string[] = [];
  if (settingJar && settingJar.trim()) candidates.push(settingJar.trim());
  candidates.push(path.join(extensionPath, 'server', 'anonscript.jar'));
  candidates.push(path.join(extensionPath, '..', 'repl', 'target', 'anonscript.jar'));
  return candidates;
}
