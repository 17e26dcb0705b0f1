import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';

// Tests run from out/test/unit; the extension folder is three levels up.
const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const languageConfiguration = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));

function words(line: string): string[] {
  return line.match(new RegExp(languageConfiguration.wordPattern, 'g')) ?? [];
}

describe('language configuration', () => {
  test('a tag is one word, as are a private tag, a number and a name', () => {
    assert.deepEqual(words('(0010,0010) := hashUID[(0020, 000D)]'), ['(0010,0010)', 'hashUID', '(0020, 000D)']);
    assert.deepEqual(words('-(2001,{Philips Imaging DD 001}19)'), ['(2001,{Philips Imaging DD 001}19)']);
    assert.deepEqual(words('shiftDateByIncrement[(0008,0020), -30]'), ['shiftDateByIncrement', '(0008,0020)', '-30']);
  });

  test('wildcard tags are one word', () => {
    assert.deepEqual(words('(60X@,3000) ?= ""'), ['(60X@,3000)']);
  });
});

describe('package.json', () => {
  const language = manifest.contributes.languages[0];

  test('language dicomedit for .das and .des', () => {
    assert.equal(language.id, 'dicomedit');
    assert.deepEqual(language.extensions, ['.das', '.des']);
  });

  const firstLine = new RegExp(language.firstLine);
  for (const [line, matches] of [
    ['version "6.6"', true],
    ['version "6.0"', true],
    ['version "4.2"', false],
    ['  version "6.6"', false],
    ['(0010,0010) := "x"', false],
  ] as const) {
    test(`first line ${JSON.stringify(line)} ${matches ? 'is' : 'is not'} DicomEdit`, () => {
      assert.equal(firstLine.test(line), matches);
    });
  }

  test('every contributed command is registered by the extension, and no other', () => {
    const source = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(registered, contributed);
  });

  test('every setting the client reads is contributed', () => {
    const source = fs.readFileSync(path.join(root, 'src', 'settings.ts'), 'utf8');
    const read = [...source.matchAll(/read(?:<\w+>)?\('([^']+)'\)/g)].map((m) => `anonscript.${m[1]}`).sort();
    assert.deepEqual(read, Object.keys(manifest.contributes.configuration.properties).sort());
  });

  test('exact dependency versions (no ranges)', () => {
    for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      assert.match(String(version), /^\d+\.\d+\.\d+$/, name);
    }
  });
});
