import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changeNodes, fileNodes, firstChangedLine, headerDump, parseRunResult, statusText } from '../../src/runResults';

/** An answer shaped as issue 5 specifies `anonscript/runOnSamples`. */
const RUN = parseRunResult({
  files: [
    {
      path: '/samples/CT_small.dcm',
      outcome: 'changed',
      changes: [
        { path: '(0010,0010)', keyword: 'PatientName', before: 'CompressedSamples^CT1', after: 'S1', line: 3 },
        { path: '(0008,0020)', keyword: 'StudyDate', before: '20040119', after: '20031220', line: 5 },
        { path: '(0010,0030)', keyword: 'PatientBirthDate', before: '19580101', after: null, line: 6 },
        { path: '(0012,0062)', keyword: 'PatientIdentityRemoved', before: null, after: 'YES', line: 7 },
      ],
    },
    { path: '/samples/MR_small.dcm', outcome: 'unchanged', changes: [] },
    { path: '/samples/broken.dcm', outcome: 'error', error: 'not a DICOM file: no DICM prefix at byte 128', changes: [] },
  ],
});

describe('parseRunResult', () => {
  test('malformed answers give an empty run instead of an exception', () => {
    for (const raw of [null, undefined, 42, 'x', {}, { files: 'no' }]) {
      assert.deepEqual(parseRunResult(raw), { files: [] });
    }
  });

  test('entries without a path are dropped; missing fields get neutral values', () => {
    const result = parseRunResult({ files: [{ outcome: 'changed' }, { path: 'a.dcm', changes: [{ path: '(0010,0010)' }, { before: 'x' }] }] });
    assert.deepEqual(result, {
      files: [
        {
          path: 'a.dcm',
          outcome: 'unknown',
          error: null,
          changes: [{ path: '(0010,0010)', keyword: null, before: null, after: null, line: 0 }],
          beforeDump: [],
          afterDump: [],
        },
      ],
    });
  });
});

describe('Sample Runs tree', () => {
  test('one row per file: name, outcome and change count or error', () => {
    assert.deepEqual(
      fileNodes(RUN).map((n) => [n.label, n.description, n.icon]),
      [
        ['CT_small.dcm', 'changed · 4 changes', 'changed'],
        ['MR_small.dcm', 'unchanged · 0 changes', 'unchanged'],
        ['broken.dcm', 'error: not a DICOM file: no DICM prefix at byte 128', 'error'],
      ],
    );
  });

  test('one row per change: tag, keyword, before → after, added and deleted marked', () => {
    assert.deepEqual(
      changeNodes(RUN, 0).map((n) => [n.label, n.description, n.icon]),
      [
        ['(0010,0010) PatientName', '"CompressedSamples^CT1" → "S1"', 'change-modified'],
        ['(0008,0020) StudyDate', '"20040119" → "20031220"', 'change-modified'],
        ['(0010,0030) PatientBirthDate', '"19580101" → ∅', 'change-deleted'],
        ['(0012,0062) PatientIdentityRemoved', '∅ → "YES"', 'change-added'],
      ],
    );
  });

  test('the change tooltip names the script line', () => {
    assert.match(changeNodes(RUN, 0)[0].tooltip, /script line 3/);
  });

  test('a file index out of range has no children', () => {
    assert.deepEqual(changeNodes(RUN, 9), []);
  });
});

describe('headerDump', () => {
  test('before: touched elements in tag order, added ones absent', () => {
    assert.equal(
      headerDump(RUN.files[0], 'before'),
      [
        '# CT_small.dcm (changed)',
        '# /samples/CT_small.dcm',
        '(0008,0020) StudyDate = "20040119"',
        '(0010,0010) PatientName = "CompressedSamples^CT1"',
        '(0010,0030) PatientBirthDate = "19580101"',
        '',
      ].join('\n'),
    );
  });

  test('after: deleted ones absent, added ones present', () => {
    assert.equal(
      headerDump(RUN.files[0], 'after'),
      [
        '# CT_small.dcm (changed)',
        '# /samples/CT_small.dcm',
        '(0008,0020) StudyDate = "20031220"',
        '(0010,0010) PatientName = "S1"',
        '(0012,0062) PatientIdentityRemoved = "YES"',
        '',
      ].join('\n'),
    );
  });

  test('an element changed twice shows its first before and its last after', () => {
    const run = parseRunResult({
      files: [
        {
          path: 'x.dcm',
          outcome: 'changed',
          changes: [
            { path: '(0010,0010)', keyword: 'PatientName', before: 'A', after: 'B', line: 1 },
            { path: '(0010,0010)', keyword: 'PatientName', before: 'B', after: 'C', line: 2 },
          ],
        },
      ],
    });
    assert.match(headerDump(run.files[0], 'before'), /PatientName = "A"\n$/);
    assert.match(headerDump(run.files[0], 'after'), /PatientName = "C"\n$/);
  });

  test('whole-header dumps from the server are shown as they are, on both sides', () => {
    const run = parseRunResult({
      files: [
        {
          path: '/s/x.dcm',
          outcome: 'modified',
          changes: [{ path: '(0010,0010)', keyword: 'PatientName', before: 'A', after: 'B', line: 2 }],
          beforeDump: ['(0008,0060) CS Modality [MR]', '(0010,0010) PN PatientName [A]', '(0010,0020) LO PatientID [7]'],
          afterDump: ['(0008,0060) CS Modality [MR]', '(0010,0010) PN PatientName [B]', 42],
        },
      ],
    });
    assert.equal(
      headerDump(run.files[0], 'before'),
      '# x.dcm (modified)\n# /s/x.dcm\n(0008,0060) CS Modality [MR]\n(0010,0010) PN PatientName [A]\n(0010,0020) LO PatientID [7]\n',
    );
    assert.equal(
      headerDump(run.files[0], 'after'),
      '# x.dcm (modified)\n# /s/x.dcm\n(0008,0060) CS Modality [MR]\n(0010,0010) PN PatientName [B]\n',
    );
  });

  test('the error of a failed file is shown on the after side', () => {
    assert.match(headerDump(RUN.files[2], 'after'), /# error: not a DICOM file: no DICM prefix at byte 128/);
    assert.doesNotMatch(headerDump(RUN.files[2], 'before'), /# error/);
  });
});

describe('firstChangedLine', () => {
  test('the first line where the sides differ, on the after side', () => {
    assert.equal(firstChangedLine('a\nb\nc\n', 'a\nB\nc\n'), 1);
    assert.equal(firstChangedLine('a\nb\nc\n', 'a\nc\n'), 1);
    assert.equal(firstChangedLine('a\nb\n', 'a\nb\nc\n'), 2);
    assert.equal(firstChangedLine('a\nb\n', 'a\nb\n'), 0);
  });

  test('header lines are skipped: an error line on the after side is not the first change', () => {
    assert.equal(firstChangedLine('# x\na\nb\n', '# x\n# error: boom\na\nB\n'), 3);
  });
});

describe('statusText', () => {
  test('before any run: the sample count when the settings list samples', () => {
    assert.equal(statusText(2, undefined), '$(beaker) anonscript: 2 samples');
    assert.equal(statusText(1, undefined), '$(beaker) anonscript: 1 sample');
    assert.equal(statusText(0, undefined), '$(beaker) anonscript: Run on Samples');
  });

  test('after a run with an error', () => {
    assert.equal(statusText(0, RUN), '$(error) anonscript: 3 samples · last run 1 changed, 1 error');
  });

  test('after a clean run', () => {
    const clean = { files: [RUN.files[0], RUN.files[1]] };
    assert.equal(statusText(2, clean), '$(check) anonscript: 2 samples · last run 1 changed');
  });
});
