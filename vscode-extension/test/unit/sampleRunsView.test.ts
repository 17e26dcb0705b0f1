import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import * as vscode from 'vscode';
import { parseRunResult } from '../../src/runResults';
import { SampleRuns } from '../../src/sampleRunsView';

// The stand-in module's extra export: every executeCommand call.
const { executedCommands } = vscode as unknown as { executedCommands: { command: string; args: unknown[] }[] };

const SCRIPT = vscode.Uri.parse('file:///ws/anon.das');
const RUN = parseRunResult({
  files: [
    {
      path: '/samples/CT_small.dcm',
      outcome: 'changed',
      changes: [{ path: '(0010,0010)', keyword: 'PatientName', before: 'CT1', after: 'S1', line: 3 }],
    },
    { path: '/samples/MR_small.dcm', outcome: 'unchanged', changes: [] },
  ],
});

describe('SampleRuns', () => {
  let runs: SampleRuns;
  beforeEach(() => {
    runs = new SampleRuns();
    executedCommands.length = 0;
  });

  test('empty until a run is shown; showing refreshes the tree', () => {
    let refreshed = 0;
    runs.onDidChangeTreeData(() => refreshed++);
    assert.deepEqual(runs.getChildren(), []);
    runs.show(SCRIPT, RUN);
    assert.equal(refreshed, 1);
    assert.deepEqual(runs.getChildren().map((n) => n.label), ['CT_small.dcm', 'MR_small.dcm']);
  });

  test('a file row expands to its changes and opens the diff when clicked', () => {
    runs.show(SCRIPT, RUN);
    const [ct, mr] = runs.getChildren();
    const item = runs.getTreeItem(ct);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.deepEqual(item.command?.command, 'anonscript.openSampleDiff');
    assert.deepEqual(item.command?.arguments, [0]);
    assert.equal(runs.getTreeItem(mr).collapsibleState, vscode.TreeItemCollapsibleState.None);
  });

  test('a change row opens the script at the statement that caused it', () => {
    runs.show(SCRIPT, RUN);
    const change = runs.getChildren(runs.getChildren()[0])[0];
    const item = runs.getTreeItem(change);
    assert.equal(item.command?.command, 'vscode.open');
    const [uri, options] = item.command?.arguments as [vscode.Uri, { selection: { startLine: number } }];
    assert.equal(uri, SCRIPT);
    assert.equal(options.selection.startLine, 2);
  });

  test('openDiff shows the two header dumps in the built-in diff editor', async () => {
    runs.show(SCRIPT, RUN);
    await runs.openDiff(0);
    assert.equal(executedCommands.length, 1);
    const { command, args } = executedCommands[0];
    assert.equal(command, 'vscode.diff');
    const [left, right, title] = args as [vscode.Uri, vscode.Uri, string];
    assert.equal(title, 'CT_small.dcm: before ↔ after');
    assert.match(runs.provideTextDocumentContent(left), /\(0010,0010\) PatientName = "CT1"/);
    assert.match(runs.provideTextDocumentContent(right), /\(0010,0010\) PatientName = "S1"/);
  });

  test('a dump of a cleared run says so instead of failing', () => {
    runs.show(SCRIPT, RUN);
    const uri = runs.dumpUri(0, 'before');
    runs.clear();
    assert.match(runs.provideTextDocumentContent(uri), /no longer available/);
  });
});
