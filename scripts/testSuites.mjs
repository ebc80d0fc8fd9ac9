// The Node suites (package.json's `test:node`): the group files of test/groups (each loads a folder of suites into one
// process, test/helpers/loadSuites.ts) in one test run, three processes at a time on two cores. They start in the
// order below, not by name as `node --test` would start them: the two groups that mostly wait — on language servers,
// editors and other programs — first, with the CPU-bound unit suites beside them to fill the cores they leave idle;
// then the faults (whose waiting suites run first, test/groups/faults.ts) and the CLI suites. A waiting suite at the
// end of its group, or every group waiting at once, leaves a core idle: this order took 0.5 s off the one before it
// (the faults before the unit suites, each group's suites by name), three alternate runs.
// A failing test sets the exit code. Run with `--require tsx/cjs`, which each group process inherits.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const GROUPS = path.resolve('test/groups');
const FIRST = ['protocol', 'editors', 'unit', 'faults'];

const rank = file => {
  const at = FIRST.indexOf(path.basename(file, '.ts'));
  return at < 0 ? FIRST.length : at;
};
const files = fs
  .readdirSync(GROUPS)
  .filter(name => name.endsWith('.ts'))
  .map(name => path.join(GROUPS, name))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

const stream = run({ files, concurrency: 3 });
stream.on('test:fail', () => {
  process.exitCode = 1;
});
stream.compose(spec).pipe(process.stdout);
