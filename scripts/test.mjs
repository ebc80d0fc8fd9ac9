// `npm test`: every stage runs, whatever an earlier one did, and a table at the end says how each went, so one
// failure never hides the others. The build and the type check run side by side (the type check's output is held
// back until it ends); then the Node suites, as one `node --test` over the group files of test/groups, three
// processes at a time (two cores, and some suites wait on child processes); the end-to-end suite last, in a real
// VS Code (code-server), skipping with a message when it cannot run here (see test/e2e/run.ts).
//   node scripts/test.mjs [--no-e2e]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
/** Each step's stages run side by side; a step starts when the one before has ended. */
const steps = [
  [
    ['build', 'node scripts/build.mjs'],
    ['typecheck', scripts.typecheck, { quiet: true }],
  ],
  // Unit, protocol, CLI, fault, grammar, editor and integration suites.
  [['node test suites', scripts['test:node']]],
];
if (!process.argv.includes('--no-e2e'))
  steps.push([['end-to-end (code-server)', 'node --import tsx test/e2e/run.ts --optional']]);

// package.json's commands, run as `npm run` would (its bin folder on the PATH) without an npm process per stage.
const env = { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}` };

/** Runs a stage's command; a quiet one's output is kept and printed once it has ended. */
function stage(name, command, { quiet = false } = {}) {
  console.log(`\n=== ${name}: ${command}${quiet ? ' (its output when it ends)' : ''}`);
  const started = Date.now();
  const child = spawn(command, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: true, env });
  const output = [];
  child.stdout?.on('data', chunk => output.push(chunk));
  child.stderr?.on('data', chunk => output.push(chunk));
  return new Promise(resolve => {
    child.on('error', error => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', code => {
      if (quiet) {
        console.log(`\n=== ${name}: output`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name, code: code ?? 1, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const results = [];
for (const step of steps) results.push(...(await Promise.all(step.map(args => stage(...args)))));

console.log('\n=== summary');
for (const { name, code, seconds } of results) {
  console.log(
    `${code === 0 ? 'ok  ' : 'FAIL'}  ${name.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s${code === 0 ? '' : `  (exit ${code})`}`,
  );
}
const failed = results.filter(r => r.code !== 0);
console.log(failed.length === 0 ? 'all stages passed' : `${failed.length} of ${results.length} stages failed`);
process.exit(failed.length === 0 ? 0 : 1);
