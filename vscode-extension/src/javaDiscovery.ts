import * as path from 'path';

/** The oldest Java feature release the server runs on. */
export const MINIMUM_JAVA_VERSION = 17;

/** Where a candidate Java executable came from, in the order they are tried. */
export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  readonly source: JavaSource;
  readonly executable: string;
}

/** What running one candidate showed. */
export interface CandidateReport extends JavaCandidate {
  /** Feature release (8, 11, 17, 21 …) or undefined when the executable did not run. */
  readonly version: number | undefined;
}

export type JavaDiscovery =
  | { readonly kind: 'found'; readonly executable: string; readonly version: number; readonly source: JavaSource }
  | { readonly kind: 'missing'; readonly tried: readonly CandidateReport[] };

/** What discovery needs to know about the machine; injected so the logic is testable. */
export interface JavaEnvironment {
  readonly settingHome: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** Runs `<executable> -version` and returns its combined output, or undefined when it cannot be run. */
  readonly versionOutput: (executable: string) => Promise<string | undefined>;
  /** True when a file exists at the path (used to walk PATH without spawning for every folder). */
  readonly exists: (file: string) => boolean;
}

/**
 * Reads the feature release from `java -version` output:
 * `openjdk version "17.0.15"` → 17, `java version "1.8.0_292"` → 8, `openjdk version "21" 2023-09-19` → 21.
 */
export function parseJavaVersion(output: string): number | undefined {
  const match = /version\s+"(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) return undefined;
  const major = Number(match[1]);
  if (major === 1 && match[2] !== undefined) return Number(match[2]);
  return major;
}

function javaExecutableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Candidates in order: the `anonscript.java.home` setting, `JAVA_HOME`, then each `PATH` entry holding java. */
export function javaCandidates(environment: JavaEnvironment): JavaCandidate[] {
  const paths = pathApi(environment.platform);
  const exe = javaExecutableName(environment.platform);
  const candidates: JavaCandidate[] = [];
  const home = environment.settingHome?.trim();
  if (home) candidates.push({ source: 'setting', executable: paths.join(home, 'bin', exe) });
  const javaHome = environment.env['JAVA_HOME']?.trim();
  if (javaHome) candidates.push({ source: 'JAVA_HOME', executable: paths.join(javaHome, 'bin', exe) });
  const pathVariable = environment.env['PATH'] ?? environment.env['Path'] ?? '';
  const separator = environment.platform === 'win32' ? ';' : ':';
  for (const folder of pathVariable.split(separator)) {
    if (!folder) continue;
    const executable = paths.join(folder, exe);
    if (environment.exists(executable) && !candidates.some((c) => c.executable === executable)) {
      candidates.push({ source: 'PATH', executable });
    }
  }
  return candidates;
}

/** Tries the candidates in order and takes the first that runs and is Java 17 or newer. */
export async function discoverJava(environment: JavaEnvironment): Promise<JavaDiscovery> {
  const tried: CandidateReport[] = [];
  for (const candidate of javaCandidates(environment)) {
    const output = await environment.versionOutput(candidate.executable);
    const version = output === undefined ? undefined : parseJavaVersion(output);
    if (version !== undefined && version >= MINIMUM_JAVA_VERSION) {
      return { kind: 'found', executable: candidate.executable, version, source: candidate.source };
    }
    tried.push({ ...candidate, version });
  }
  return { kind: 'missing', tried };
}

/** The notification text when no usable Java was found: what was tried and what to do. */
export function missingJavaMessage(tried: readonly CandidateReport[]): string {
  const intro = `anonscript needs Java ${MINIMUM_JAVA_VERSION} or newer to run its language server, and none was found.`;
  const advice = 'Install a JDK or JRE 17+ and set "anonscript.java.home" to its folder (or set JAVA_HOME).';
  if (tried.length === 0) {
    return `${intro} No java was configured in "anonscript.java.home", JAVA_HOME or PATH. ${advice}`;
  }
  const details = tried
    .map((c) => `${c.executable} (${c.source}): ${c.version === undefined ? 'does not run' : `Java ${c.version}, too old`}`)
    .join('; ');
  return `${intro} Tried ${details}. ${advice}`;
}
