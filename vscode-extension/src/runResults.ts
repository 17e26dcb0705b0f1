/** The answer of the server's `anonscript/runOnSamples` request (issue 5, item 8). */
export interface RunOnSamplesResult {
  readonly files: readonly FileRun[];
}

export interface FileRun {
  readonly path: string;
  /** e.g. "changed", "unchanged", "rejected", "error" — shown as the server says it. */
  readonly outcome: string;
  readonly error?: string | null;
  readonly changes: readonly Change[];
  /** The whole header before and after the script, one line per element (empty when the file was unreadable). */
  readonly beforeDump?: readonly string[];
  readonly afterDump?: readonly string[];
}

export interface Change {
  /** Tag path, e.g. "(0010,0010)" or "(0008,1140)[0]/(0008,1155)". */
  readonly path: string;
  readonly keyword?: string | null;
  /** null when the element did not exist before (added). */
  readonly before?: string | null;
  /** null when the element is gone afterwards (deleted). */
  readonly after?: string | null;
  /** 1-based line of the statement that caused the change. */
  readonly line: number;
}

export const RUN_ON_SAMPLES_METHOD = 'anonscript/runOnSamples';

/** Reads an answer defensively: a malformed answer gives an empty run, never an exception in the view. */
export function parseRunResult(raw: unknown): RunOnSamplesResult {
  const files: FileRun[] = [];
  const rawFiles = raw && typeof raw === 'object' ? (raw as { files?: unknown }).files : undefined;
  if (!Array.isArray(rawFiles)) return { files };
  for (const f of rawFiles) {
    if (!f || typeof f !== 'object' || typeof f.path !== 'string') continue;
    const changes: Change[] = [];
    for (const c of Array.isArray(f.changes) ? f.changes : []) {
      if (!c || typeof c !== 'object' || typeof c.path !== 'string') continue;
      changes.push({
        path: c.path,
        keyword: typeof c.keyword === 'string' ? c.keyword : null,
        before: typeof c.before === 'string' ? c.before : null,
        after: typeof c.after === 'string' ? c.after : null,
        line: typeof c.line === 'number' ? c.line : 0,
      });
    }
    files.push({
      path: f.path,
      outcome: typeof f.outcome === 'string' ? f.outcome : 'unknown',
      error: typeof f.error === 'string' ? f.error : null,
      changes,
      beforeDump: stringList(f.beforeDump),
      afterDump: stringList(f.afterDump),
    });
  }
  return { files };
}

function stringList(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
}

export function baseName(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  return parts[parts.length - 1] || filePath;
}

/** One row of the "Sample Runs" tree, independent of VS Code's classes. */
export interface RunNode {
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly icon: 'changed' | 'unchanged' | 'error' | 'rejected' | 'change-added' | 'change-deleted' | 'change-modified';
  /** For file rows: index of the file in the run; for change rows: the file and change indexes. */
  readonly fileIndex: number;
  readonly changeIndex?: number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function fileIcon(file: FileRun): RunNode['icon'] {
  const outcome = file.outcome.toLowerCase();
  if (file.error || outcome.includes('error') || outcome.includes('fail')) return 'error';
  if (outcome.includes('reject')) return 'rejected';
  return file.changes.length > 0 ? 'changed' : 'unchanged';
}

export function fileNodes(result: RunOnSamplesResult): RunNode[] {
  return result.files.map((file, fileIndex) => ({
    label: baseName(file.path),
    description: file.error ? `${file.outcome}: ${file.error}` : `${file.outcome} · ${plural(file.changes.length, 'change')}`,
    tooltip: [file.path, `outcome: ${file.outcome}`, file.error ? `error: ${file.error}` : undefined]
      .filter((line) => line !== undefined)
      .join('\n'),
    icon: fileIcon(file),
    fileIndex,
  }));
}

function shown(value: string | null | undefined): string {
  return value === null || value === undefined ? '∅' : JSON.stringify(value);
}

export function changeNodes(result: RunOnSamplesResult, fileIndex: number): RunNode[] {
  const file = result.files[fileIndex];
  if (!file) return [];
  return file.changes.map((change, changeIndex) => {
    const icon: RunNode['icon'] =
      change.before == null ? 'change-added' : change.after == null ? 'change-deleted' : 'change-modified';
    const name = change.keyword ? `${change.path} ${change.keyword}` : change.path;
    return {
      label: name,
      description: `${shown(change.before)} → ${shown(change.after)}`,
      tooltip: `${name}\nbefore: ${shown(change.before)}\nafter: ${shown(change.after)}\nscript line ${change.line}`,
      icon,
      fileIndex,
      changeIndex,
    };
  });
}

export type DumpSide = 'before' | 'after';

/**
 * The header dump of one side. When the server sent whole-header dumps (beforeDump/afterDump) they are shown
 * as they are, one line per element in dataset order, so the built-in diff editor lines the two sides up and
 * marks only what the script changed. Otherwise (an older server) the dump falls back to one line per element
 * the script touched, in tag-path order; an element absent on a side (added/deleted) has no line there, and
 * when a script changes one element several times, "before" is the first value and "after" the last.
 */
export function headerDump(file: FileRun, side: DumpSide): string {
  const whole = side === 'before' ? file.beforeDump : file.afterDump;
  if (whole && whole.length > 0) {
    const header = `# ${baseName(file.path)} (${file.outcome})\n# ${file.path}\n`;
    const error = file.error && side === 'after' ? `# error: ${file.error}\n` : '';
    return header + error + whole.join('\n') + '\n';
  }
  const byPath = new Map<string, { keyword: string; before: string | null; after: string | null }>();
  for (const change of file.changes) {
    const existing = byPath.get(change.path);
    if (existing) {
      existing.after = change.after ?? null;
    } else {
      byPath.set(change.path, { keyword: change.keyword ?? '', before: change.before ?? null, after: change.after ?? null });
    }
  }
  const paths = [...byPath.keys()].sort(compareTagPaths);
  // The same header on both sides, so that the diff editor marks only what the script changed.
  const header = `# ${baseName(file.path)} (${file.outcome})\n# ${file.path}\n`;
  const lines = paths.flatMap((p) => {
    const element = byPath.get(p)!;
    const value = side === 'before' ? element.before : element.after;
    if (value === null) return [];
    const name = element.keyword ? ` ${element.keyword}` : '';
    return [`${p}${name} = ${JSON.stringify(value)}`];
  });
  const error = file.error && side === 'after' ? `# error: ${file.error}\n` : '';
  return header + error + lines.join('\n') + (lines.length ? '\n' : '');
}

/**
 * The 0-based line of the after side where the two dumps' elements first differ (0 when they are equal).
 * The "# …" header lines are skipped: the after side may carry an error line the before side lacks.
 */
export function firstChangedLine(before: string, after: string): number {
  const a = before.split('\n').filter((l) => !l.startsWith('#'));
  const b = after
    .split('\n')
    .map((text, index) => ({ text, index }))
    .filter((l) => !l.text.startsWith('#'));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]?.text) return b[Math.min(i, b.length - 1)]?.index ?? 0;
  }
  return 0;
}

/** Orders tag paths numerically by group and element, step by step; "(0008,0020)" before "(0010,0010)". */
export function compareTagPaths(a: string, b: string): number {
  const key = (p: string) => p.toLowerCase().replace(/\s+/g, '');
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The status bar text: the sample count and the last run's outcome. Before a run the count is known only
 * when the editor settings list sample files (folders and `.anonscript.json` are the server's to expand).
 */
export function statusText(sampleCount: number | undefined, lastRun: RunOnSamplesResult | undefined): string {
  if (!lastRun) {
    return sampleCount ? `$(beaker) anonscript: ${plural(sampleCount, 'sample')}` : '$(beaker) anonscript: Run on Samples';
  }
  const samples = plural(lastRun.files.length, 'sample');
  const errors = lastRun.files.filter((f) => fileIcon(f) === 'error').length;
  const changed = lastRun.files.filter((f) => fileIcon(f) === 'changed').length;
  const rejected = lastRun.files.filter((f) => fileIcon(f) === 'rejected').length;
  const parts = [`${changed} changed`];
  if (rejected) parts.push(`${rejected} rejected`);
  if (errors) parts.push(`${plural(errors, 'error')}`);
  const icon = errors ? '$(error)' : '$(check)';
  return `${icon} anonscript: ${samples} · last run ${parts.join(', ')}`;
}
