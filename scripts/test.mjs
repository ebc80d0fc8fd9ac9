// `npm test`: every stage runs, whatever an earlier one did, and a table at the end says how each went, so one
// failure never hides the others. The Node suites run as one `node --test` over the group files of test/groups,
// three processes at a time (two cores, and some suites wait on child processes); the end-to-end suite last, in a
// real VS Code (code-server), skipping with a message when it cannot run here (see test/e2e/run.ts).
//   node scripts/test.mjs [--no-e2e]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const stages = [
  ['build', 'node scripts/build.mjs'],
  ['typecheck', scripts.typecheck],
  // Unit, protocol, CLI, fault, grammar, editor and integration suites.
  ['node test suites', scripts['test:node']],
];
if (!process.argv.includes('--no-e2e'))
  stages.push(['end-to-end (code-server)', 'node --import tsx test/e2e/run.ts --optional']);

// package.json's commands, run as `npm run` would (its bin folder on the PATH) without an npm process per stage.
const env = { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
const results = [];
for (const [name, command] of stages) {
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const run = spawnSync(command, { stdio: 'inherit', shell: true, env });
  results.push({ name, code: run.status ?? 1, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const { name, code, seconds } of results) {
  console.log(
    `${code === 0 ? 'ok  ' : 'FAIL'}  ${name.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s${code === 0 ? '' : `  (exit ${code})`}`,
  );
}
const failed = results.filter(r => r.code !== 0);
console.log(failed.length === 0 ? 'all stages passed' : `${failed.length} of ${results.length} stages failed`);
process.exit(failed.length === 0 ? 0 : 1);
