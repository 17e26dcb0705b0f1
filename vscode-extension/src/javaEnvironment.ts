import { execFile } from 'child_process';
import * as fs from 'fs';
import { JavaEnvironment } from './javaDiscovery';

/** `java -version` prints to stderr; give up after a few seconds rather than hang activation. */
export function runJavaVersion(executable: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(executable, ['-version'], { timeout: 10000 }, (error, stdout, stderr) => {
      const output = `${stderr}${stdout}`;
      resolve(error && !output ? undefined : output);
    });
  });
}

/** The real machine, for `discoverJava`. */
export function machineJavaEnvironment(settingHome: string | undefined): JavaEnvironment {
  return {
    settingHome,
    env: process.env,
    platform: process.platform,
    versionOutput: runJavaVersion,
    exists: (file) => {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
  };
}
