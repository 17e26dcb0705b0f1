import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { discoverJava, JavaEnvironment, javaCandidates, missingJavaMessage, parseJavaVersion } from '../../src/javaDiscovery';

const OPENJDK_17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';
const ORACLE_8 = 'java version "1.8.0_292"\nJava(TM) SE Runtime Environment (build 1.8.0_292-b10)';
const TEMURIN_21 = 'openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment Temurin-21+35';
const OPENJDK_11 = 'openjdk version "11.0.2" 2019-01-15';

/** A machine described by the java executables it has and what `-version` prints for each. */
function machine(
  javas: Record<string, string>,
  options: { settingHome?: string; env?: Record<string, string>; platform?: NodeJS.Platform } = {},
): JavaEnvironment {
  return {
    settingHome: options.settingHome,
    env: options.env ?? {},
    platform: options.platform ?? 'linux',
    versionOutput: async (exe) => javas[exe],
    exists: (file) => file in javas,
  };
}

describe('parseJavaVersion', () => {
  const table: [string, number | undefined][] = [
    [OPENJDK_17, 17],
    [ORACLE_8, 8],
    [TEMURIN_21, 21],
    [OPENJDK_11, 11],
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['bash: java: command not found', undefined],
    ['', undefined],
  ];
  for (const [output, expected] of table) {
    test(`${JSON.stringify(output.split('\n')[0])} → ${expected}`, () => {
      assert.equal(parseJavaVersion(output), expected);
    });
  }
});

describe('javaCandidates', () => {
  test('order is setting, JAVA_HOME, then PATH entries that hold java', () => {
    const env = machine(
      { '/usr/bin/java': OPENJDK_17 },
      { settingHome: '/opt/jdk21', env: { JAVA_HOME: '/opt/jdk11', PATH: '/usr/local/bin:/usr/bin' } },
    );
    assert.deepEqual(javaCandidates(env), [
      { source: 'setting', executable: '/opt/jdk21/bin/java' },
      { source: 'JAVA_HOME', executable: '/opt/jdk11/bin/java' },
      { source: 'PATH', executable: '/usr/bin/java' },
    ]);
  });

  test('Windows: java.exe, semicolon-separated Path', () => {
    const env = machine({ 'C:\\jdk\\bin\\java.exe': OPENJDK_17 }, { platform: 'win32', env: { Path: 'C:\\Windows;C:\\jdk\\bin' } });
    assert.deepEqual(javaCandidates(env), [{ source: 'PATH', executable: 'C:\\jdk\\bin\\java.exe' }]);
  });

  test('a blank setting is ignored', () => {
    assert.deepEqual(javaCandidates(machine({}, { settingHome: '   ' })), []);
  });
});

describe('discoverJava', () => {
  test('the setting wins over JAVA_HOME and PATH', async () => {
    const env = machine(
      { '/opt/jdk21/bin/java': TEMURIN_21, '/opt/jdk17/bin/java': OPENJDK_17, '/usr/bin/java': OPENJDK_17 },
      { settingHome: '/opt/jdk21', env: { JAVA_HOME: '/opt/jdk17', PATH: '/usr/bin' } },
    );
    assert.deepEqual(await discoverJava(env), { kind: 'found', executable: '/opt/jdk21/bin/java', version: 21, source: 'setting' });
  });

  test('JAVA_HOME with Java 8 is skipped for a Java 17 on PATH', async () => {
    const env = machine(
      { '/opt/jdk8/bin/java': ORACLE_8, '/usr/bin/java': OPENJDK_17 },
      { env: { JAVA_HOME: '/opt/jdk8', PATH: '/usr/bin' } },
    );
    assert.deepEqual(await discoverJava(env), { kind: 'found', executable: '/usr/bin/java', version: 17, source: 'PATH' });
  });

  test('a setting pointing at a folder without java falls through to PATH', async () => {
    const env = machine({ '/usr/bin/java': OPENJDK_17 }, { settingHome: '/nowhere', env: { PATH: '/usr/bin' } });
    const found = await discoverJava(env);
    assert.equal(found.kind === 'found' && found.source, 'PATH');
  });

  test('only old Javas: missing, with what was tried', async () => {
    const env = machine(
      { '/opt/jdk11/bin/java': OPENJDK_11, '/usr/bin/java': ORACLE_8 },
      { env: { JAVA_HOME: '/opt/jdk11', PATH: '/usr/bin' } },
    );
    assert.deepEqual(await discoverJava(env), {
      kind: 'missing',
      tried: [
        { source: 'JAVA_HOME', executable: '/opt/jdk11/bin/java', version: 11 },
        { source: 'PATH', executable: '/usr/bin/java', version: 8 },
      ],
    });
  });

  test('nothing at all: missing, nothing tried', async () => {
    assert.deepEqual(await discoverJava(machine({}, { env: { PATH: '/bin' } })), { kind: 'missing', tried: [] });
  });
});

describe('missingJavaMessage', () => {
  test('names each candidate and why it was refused, and the setting to fix it', () => {
    const message = missingJavaMessage([
      { source: 'setting', executable: '/nowhere/bin/java', version: undefined },
      { source: 'PATH', executable: '/usr/bin/java', version: 11 },
    ]);
    assert.match(message, /needs Java 17 or newer/);
    assert.match(message, /\/nowhere\/bin\/java \(setting\): does not run/);
    assert.match(message, /\/usr\/bin\/java \(PATH\): Java 11, too old/);
    assert.match(message, /"anonscript\.java\.home"/);
  });

  test('with no candidates it says where it looked', () => {
    assert.match(missingJavaMessage([]), /No java was configured in "anonscript\.java\.home", JAVA_HOME or PATH/);
  });
});
