import * as path from 'path';

/** Reads one setting below `anonscript.`; matches `vscode.WorkspaceConfiguration.get`. */
export type SettingReader = <T>(key: string) => T | undefined;

export type TraceLevel = 'off' | 'messages' | 'verbose';

/** The extension's settings, read once and passed around as a value. */
export interface ExtensionSettings {
  readonly javaHome: string | undefined;
  readonly serverJar: string | undefined;
  readonly vmArgs: readonly string[];
  readonly samples: readonly string[];
  readonly bindings: Readonly<Record<string, string>>;
  /** undefined: as `.anonscript.json` says (off unless it allows it). */
  readonly allowNetwork: boolean | undefined;
  readonly trace: TraceLevel;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function stringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      // Bindings are text in DicomEdit; numbers and booleans typed in JSON are taken as their text.
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') result[key] = String(v);
    }
  }
  return result;
}

/** Reads the settings, ignoring values of the wrong type instead of failing. */
export function readSettings(read: SettingReader): ExtensionSettings {
  const trace = read<string>('trace.server');
  const network = read<unknown>('network.allow');
  return {
    javaHome: stringOrUndefined(read('java.home')),
    serverJar: stringOrUndefined(read('server.jar')),
    vmArgs: stringList(read('server.vmargs')),
    samples: stringList(read('samples')),
    bindings: stringMap(read('bindings')),
    allowNetwork: typeof network === 'boolean' ? network : undefined,
    trace: trace === 'messages' || trace === 'verbose' ? trace : 'off',
  };
}

/**
 * What the server receives in `initializationOptions` and `workspace/didChangeConfiguration`: the keys of
 * `.anonscript.json`, each present only when the user set it, so that unset settings leave the file's values.
 */
export interface ServerSettings {
  readonly anonscript: {
    readonly samples?: string[];
    readonly bindings?: Record<string, string>;
    readonly network?: boolean;
  };
}

/**
 * Maps the editor settings to the server's settings object. Relative sample paths are resolved against the
 * workspace folder so that the server, whose working directory is unknown, gets absolute paths.
 */
export function toServerSettings(settings: ExtensionSettings, workspaceFolder: string | undefined): ServerSettings {
  const samples = settings.samples.map((sample) =>
    path.isAbsolute(sample) || workspaceFolder === undefined ? sample : path.join(workspaceFolder, sample),
  );
  return {
    anonscript: {
      ...(samples.length > 0 ? { samples } : {}),
      ...(Object.keys(settings.bindings).length > 0 ? { bindings: { ...settings.bindings } } : {}),
      ...(settings.allowNetwork !== undefined ? { network: settings.allowNetwork } : {}),
    },
  };
}

/** Settings whose change needs a new server process (the rest reach the running server). */
export function needsRestart(before: ExtensionSettings, after: ExtensionSettings): boolean {
  return (
    before.javaHome !== after.javaHome ||
    before.serverJar !== after.serverJar ||
    before.vmArgs.join('\u0000') !== after.vmArgs.join('\u0000')
  );
}
