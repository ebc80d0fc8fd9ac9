// The exit code of a run (SPEC §7) for every severity against --fail-on and --max-warnings, and the text format's
// summary line; the tests that run the bundled CLI cover what a run can produce today (warnings and information).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding, Severity } from '../../server/src/cli/findings';
import { formatText } from '../../server/src/cli/formats/text';
import { exitCodeOf } from '../../server/src/cli/outcome';

const finding = (severity: Severity): Finding => ({
  file: 'a.py',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  code: 'real-registry-call',
  severity,
  message: 'first line\ndetail',
});

describe('exit codes and summary', () => {
  test('each severity against each --fail-on level; a hint never fails a run', () => {
    const code = (severity: Severity, failOn: 'error' | 'warning' | 'information') =>
      exitCodeOf([finding(severity)], [], { failOn });
    assert.deepEqual(
      (['error', 'warning', 'information', 'hint'] as const).map(s => [
        code(s, 'error'),
        code(s, 'warning'),
        code(s, 'information'),
      ]),
      [
        [1, 1, 1],
        [0, 1, 1],
        [0, 0, 1],
        [0, 0, 0],
      ],
    );
    assert.equal(exitCodeOf([], [], { failOn: 'information' }), 0);
  });

  test('--max-warnings counts warnings only; an error entry makes it 2 whatever was found', () => {
    const two = [finding('warning'), finding('warning'), finding('information')];
    assert.equal(exitCodeOf(two, [], { failOn: 'error', maxWarnings: 2 }), 0);
    assert.equal(exitCodeOf(two, [], { failOn: 'error', maxWarnings: 1 }), 1);
    assert.equal(exitCodeOf([], ['cannot read x'], { failOn: 'warning' }), 2);
    assert.equal(exitCodeOf(two, ['cannot read x'], { failOn: 'error', maxWarnings: 5 }), 2);
  });

  test('the summary line: singular and plural, errors, warnings and infos (hints among them)', () => {
    const run = { version: '0', cwd: '/', errors: [], checked: 1 };
    const all = ['error', 'error', 'warning', 'information', 'hint'] as const;
    assert.match(formatText(all.map(finding), run), /\n\n5 problems \(2 errors, 1 warning, 2 infos\) in 1 file\n$/);
    assert.equal(formatText([], { ...run, checked: 0 }), 'no problems in 0 files\n');
    assert.equal(
      formatText([finding('hint')], run),
      'a.py:1:1: hint: first line [real-registry-call]\n  detail\n\n1 problem (0 errors, 0 warnings, 1 info) in 1 file\n',
    );
  });
});
