import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { buildServerCommand, jarCandidates } from '../../src/serverCommand';

test('java, VM arguments, -jar, the jar, then the lsp subcommand', () => {
  assert.deepEqual(buildServerCommand('/usr/bin/java', '/ext/server/anonscript.jar', ['-Xmx512m', ' ', '-Dfile.encoding=UTF-8']), {
    command: '/usr/bin/java',
    args: ['-Xmx512m', '-Dfile.encoding=UTF-8', '-jar', '/ext/server/anonscript.jar', 'lsp'],
  });
});

test('jar candidates: the setting, the bundled jar, then the Maven build next to the extension source', () => {
  const ext = path.resolve('/src/anonscript/vscode-extension');
  assert.deepEqual(jarCandidates(ext, '/tmp/dev.jar'), [
    '/tmp/dev.jar',
    path.join(ext, 'server', 'anonscript.jar'),
    path.resolve('/src/anonscript/repl/target/anonscript.jar'),
  ]);
  assert.equal(jarCandidates(ext, undefined).length, 2);
});
