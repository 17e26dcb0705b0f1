import * as vscode from 'vscode';
import { changeNodes, DumpSide, fileNodes, firstChangedLine, headerDump, RunNode, RunOnSamplesResult, baseName } from './runResults';

export const DUMP_SCHEME = 'anonscript-dump';

const ICONS: Record<RunNode['icon'], [string, string | undefined]> = {
  changed: ['diff', 'charts.blue'],
  unchanged: ['pass', 'charts.green'],
  error: ['error', 'errorForeground'],
  rejected: ['circle-slash', 'charts.orange'],
  'change-added': ['diff-added', 'gitDecoration.addedResourceForeground'],
  'change-deleted': ['diff-removed', 'gitDecoration.deletedResourceForeground'],
  'change-modified': ['diff-modified', 'gitDecoration.modifiedResourceForeground'],
};

/** Holds the last run of each script and shows it in the "Sample Runs" tree. */
export class SampleRuns implements vscode.TreeDataProvider<RunNode>, vscode.TextDocumentContentProvider {
  private result: RunOnSamplesResult | undefined;
  private scriptUri: vscode.Uri | undefined;
  private runId = 0;
  private readonly treeChanged = new vscode.EventEmitter<RunNode | undefined>();
  private readonly documentChanged = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  readonly onDidChange = this.documentChanged.event;

  get lastRun(): RunOnSamplesResult | undefined {
    return this.result;
  }

  show(scriptUri: vscode.Uri, result: RunOnSamplesResult): void {
    this.scriptUri = scriptUri;
    this.result = result;
    this.runId++;
    this.treeChanged.fire(undefined);
  }

  clear(): void {
    this.result = undefined;
    this.treeChanged.fire(undefined);
  }

  getChildren(element?: RunNode): RunNode[] {
    if (!this.result) return [];
    if (!element) return fileNodes(this.result);
    if (element.changeIndex === undefined) return changeNodes(this.result, element.fileIndex);
    return [];
  }

  getTreeItem(node: RunNode): vscode.TreeItem {
    const isFile = node.changeIndex === undefined;
    const hasChildren = isFile && (this.result?.files[node.fileIndex]?.changes.length ?? 0) > 0;
    const item = new vscode.TreeItem(
      node.label,
      hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.description = node.description;
    item.tooltip = node.tooltip;
    const [icon, color] = ICONS[node.icon];
    item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
    item.contextValue = isFile ? 'sampleFile' : 'sampleChange';
    if (isFile) {
      item.command = { command: 'anonscript.openSampleDiff', title: 'Open Before/After Diff', arguments: [node.fileIndex] };
    } else if (this.scriptUri) {
      const line = Math.max(0, (this.result?.files[node.fileIndex]?.changes[node.changeIndex!]?.line ?? 1) - 1);
      item.command = {
        command: 'vscode.open',
        title: 'Show Statement',
        arguments: [this.scriptUri, { selection: new vscode.Range(line, 0, line, 0) }],
      };
    }
    return item;
  }

  /** The virtual document of one side of one file's header dump. */
  dumpUri(fileIndex: number, side: DumpSide): vscode.Uri {
    const name = baseName(this.result?.files[fileIndex]?.path ?? 'sample');
    return vscode.Uri.from({
      scheme: DUMP_SCHEME,
      path: `/${name}.${side}.txt`,
      query: `run=${this.runId}&file=${fileIndex}&side=${side}`,
    });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const query = new URLSearchParams(uri.query);
    const file = this.result?.files[Number(query.get('file'))];
    if (!file) return '# This run is no longer available: run "anonscript: Run on Samples" again.\n';
    return headerDump(file, query.get('side') === 'after' ? 'after' : 'before');
  }

  async openDiff(fileIndex: number): Promise<void> {
    const file = this.result?.files[fileIndex];
    if (!file) return;
    // The dumps are whole headers: open the diff at the first changed line rather than at the top.
    const line = firstChangedLine(headerDump(file, 'before'), headerDump(file, 'after'));
    await vscode.commands.executeCommand(
      'vscode.diff',
      this.dumpUri(fileIndex, 'before'),
      this.dumpUri(fileIndex, 'after'),
      `${baseName(file.path)}: before ↔ after`,
      { preview: true, selection: new vscode.Range(line, 0, line, 0) },
    );
  }
}
