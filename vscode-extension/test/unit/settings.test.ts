import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ExtensionSettings, needsRestart, readSettings, toServerSettings } from '../../src/settings';

function reader(values: Record<string, unknown>) {
  return <T>(key: string) => values[key] as T | undefined;
}

const DEFAULTS: ExtensionSettings = readSettings(reader({}));

describe('readSettings', () => {
  test('nothing set: empty defaults, network as the project file says, trace off', () => {
    assert.deepEqual(DEFAULTS, {
      javaHome: undefined,
      serverJar: undefined,
      vmArgs: [],
      samples: [],
      bindings: {},
      allowNetwork: undefined,
      trace: 'off',
    });
  });

  test('values as a user types them in settings.json', () => {
    const settings = readSettings(
      reader({
        'java.home': ' /opt/jdk21 ',
        'server.vmargs': ['-Xmx1g', ''],
        samples: ['samples/CT_small.dcm', 'more'],
        bindings: { project: 'P1', subject: 'S1', visit: 3, flag: true },
        'network.allow': true,
        'trace.server': 'verbose',
      }),
    );
    assert.deepEqual(settings, {
      javaHome: '/opt/jdk21',
      serverJar: undefined,
      vmArgs: ['-Xmx1g'],
      samples: ['samples/CT_small.dcm', 'more'],
      bindings: { project: 'P1', subject: 'S1', visit: '3', flag: 'true' },
      allowNetwork: true,
      trace: 'verbose',
    });
  });

  test('values of the wrong type are ignored, not fatal', () => {
    const settings = readSettings(
      reader({ samples: 'one.dcm', bindings: ['a'], 'network.allow': 'yes', 'trace.server': 'loud', 'server.vmargs': 5 }),
    );
    assert.deepEqual(settings, DEFAULTS);
  });
});

describe('toServerSettings', () => {
  test('relative sample paths are resolved against the workspace folder; absolute ones kept', () => {
    const workspace = path.resolve('/ws');
    const absolute = path.resolve('/data/MR.dcm');
    const settings = readSettings(reader({ samples: ['samples/CT.dcm', absolute], bindings: { project: 'P1' }, 'network.allow': true }));
    assert.deepEqual(toServerSettings(settings, workspace), {
      anonscript: { samples: [path.join(workspace, 'samples/CT.dcm'), absolute], bindings: { project: 'P1' }, network: true },
    });
  });

  test('unset settings are left out, so the values of .anonscript.json stay in force', () => {
    assert.deepEqual(toServerSettings(DEFAULTS, '/ws'), { anonscript: {} });
  });

  test('network denied explicitly is sent as false', () => {
    assert.deepEqual(toServerSettings(readSettings(reader({ 'network.allow': false })), '/ws'), { anonscript: { network: false } });
  });

  test('without a workspace folder relative paths are passed as given', () => {
    const settings = readSettings(reader({ samples: ['samples/CT.dcm'] }));
    assert.deepEqual(toServerSettings(settings, undefined).anonscript.samples, ['samples/CT.dcm']);
  });
});

describe('needsRestart', () => {
  const table: [string, Record<string, unknown>, boolean][] = [
    ['java.home', { 'java.home': '/opt/jdk21' }, true],
    ['server.jar', { 'server.jar': '/tmp/anonscript.jar' }, true],
    ['server.vmargs', { 'server.vmargs': ['-Xmx2g'] }, true],
    ['samples', { samples: ['a.dcm'] }, false],
    ['bindings', { bindings: { project: 'P' } }, false],
    ['network.allow', { 'network.allow': true }, false],
    ['network.allow', { 'network.allow': false }, false],
    ['trace.server', { 'trace.server': 'messages' }, false],
  ];
  for (const [name, changed, restart] of table) {
    test(`changing ${name} ${restart ? 'restarts the server' : 'reaches the running server'}`, () => {
      assert.equal(needsRestart(DEFAULTS, readSettings(reader(changed))), restart);
    });
  }
});
