// Part of `npm run bench` (issue 4): files per second of `model-registry check` on a seeded synthetic repository of
// 20,000 test files (Elixir, Python, TypeScript), next to three references measured in the same run: ripgrep
// searching the same function names (the floor of reading every file once), a plain Node script that walks the
// tree, reads every file and runs one regex (the floor for a Node tool), and ESLint with no-restricted-properties
// on the TypeScript part. Every tool runs as a fresh process, as in CI; the best of RUNS runs is kept, because the
// machine is shared and the slowest runs measure the neighbours.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { syntheticRepo } from './registryCallsRepo';

const RUNS = 5;
const NAMES = [
  'list_models',
  'discover_models',
  'get_model',
  'get_registry_stats',
  'batch_get_models',
  'get_model_info',
  'model_cost',
  'register_model',
  'get_model_cost_map',
  'openrouter.ai/api/v1/models',
  'models.dev/api.json',
];
/** The same regex for ripgrep and Node: only `.` needs escaping in these names. */
const PATTERN = NAMES.map(n => n.replace(/\./g, '\\.')).join('|');

/** The floor for a Node tool: walk, read each file, one regex. */
const PLAIN_NODE_SCRIPT = `const fs = require('fs'), path = require('path');
const re = new RegExp(process.argv[2]);
let files = 0, hits = 0;
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else { files++; if (re.test(fs.readFileSync(full, 'utf8'))) hits++; }
  }
})('.');
console.log(files, hits);
`;

function eslintConfig(root: string): string {
  const resolve = (id: string): string => JSON.stringify(require.resolve(id, { paths: [root] }));
  const restricted = [
    ['Registry', 'listModels'],
    ['Registry', 'getModel'],
    ['litellm', 'getModelInfo'],
    ['litellm', 'modelCost'],
  ]
    .map(([object, property]) => `{ object: '${object}', property: '${property}' }`)
    .join(', ');
  return `// Written by bench/registryCalls.ts: ESLint parsing TypeScript with Babel (typescript-eslint needs TypeScript < 6.1).
const parser = require(${resolve('@babel/eslint-parser')});
module.exports = [{
  files: ['**/*.ts'],
  languageOptions: { parser, parserOptions: { requireConfigFile: false, babelOptions: { babelrc: false, configFile: false, presets: [require(${resolve('@babel/preset-typescript')})] } } },
  rules: { 'no-restricted-properties': ['error', ${restricted}] },
}];
`;
}

interface Timing {
  seconds: number;
  ok: boolean;
  note?: string;
}

/** Best wall time of `runs` runs of a command (after a warm-up run that fills the page cache, unless told not to). */
function time(
  command: string,
  args: string[],
  cwd: string,
  runs: number,
  env: NodeJS.ProcessEnv = process.env,
  warmUp = true,
): Timing {
  const once = (): Timing => {
    const start = process.hrtime.bigint();
    const run = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.error) return { seconds, ok: false, note: String(run.error) };
    return {
      seconds,
      ok: run.status !== null && run.status <= 1,
      ...(run.status !== null && run.status > 1 ? { note: run.stderr.toString().slice(0, 300) } : {}),
    };
  };
  if (warmUp) once();
  const all = Array.from({ length: runs }, once);
  const failed = all.find(r => !r.ok);
  return failed ?? all.reduce((best, r) => (r.seconds < best.seconds ? r : best));
}

function hasCommand(command: string): boolean {
  return !spawnSync(command, ['--version'], { stdio: 'ignore' }).error;
}

export function registryCallsBenchmark(root: string, data: string): void {
  const repo = syntheticRepo(path.join(data, 'registry-calls-repo'));
  const total = repo.files.elixir + repo.files.python + repo.files.typescript;
  const plainScript = path.join(data, 'plain-node-scan.js');
  fs.writeFileSync(plainScript, PLAIN_NODE_SCRIPT);
  const eslintConfigFile = path.join(data, 'registry-calls-eslint.config.cjs');
  fs.writeFileSync(eslintConfigFile, eslintConfig(root));
  const cli = path.join(root, 'server/dist/cli.js');
  const node = process.execPath;

  const rows: { tool: string; files: number; timing: Timing }[] = [];
  const add = (tool: string, files: number, timing: Timing): void => {
    rows.push({ tool, files, timing });
  };
  add('model-registry check --format json', total, time(node, [cli, 'check', '--format', 'json'], repo.root, RUNS));
  add(
    'model-registry check --format json, one thread',
    total,
    time(node, [cli, 'check', '--format', 'json'], repo.root, RUNS, { ...process.env, MODEL_REGISTRY_READERS: '0' }),
  );
  if (hasCommand('rg'))
    add(`rg -c -e '<the ${NAMES.length} names>' .`, total, time('rg', ['-c', '-e', PATTERN, '.'], repo.root, RUNS));
  else console.log('\n(ripgrep skipped: rg not installed)');
  add('plain Node: walk, readFileSync, one regex', total, time(node, [plainScript, PATTERN], repo.root, RUNS));
  const eslint = path.join(path.dirname(require.resolve('eslint/package.json', { paths: [root] })), 'bin/eslint.js');
  add(
    'ESLint 9 + no-restricted-properties (TS part only)',
    repo.files.typescript,
    time(
      node,
      [eslint, '-c', eslintConfigFile, '--no-config-lookup', '--no-warn-ignored', '-f', 'json', 'src'],
      repo.root,
      1,
      process.env,
      false,
    ),
  );

  const perSecond = (row: (typeof rows)[number]): number => row.files / row.timing.seconds;
  console.log(
    `\n## Test-file lint: ${total.toLocaleString('en')} test files (${repo.files.elixir} Elixir, ${repo.files.python} Python, ${repo.files.typescript} TypeScript; seeded), best of ${RUNS} fresh processes (ESLint: 1)\n`,
  );
  console.log('| tool | files | seconds | files/s |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) {
    const figures = row.timing.ok
      ? `${row.timing.seconds.toFixed(2)} | ${Math.round(perSecond(row)).toLocaleString('en')}`
      : `failed: ${row.timing.note ?? ''} | –`;
    console.log(`| ${row.tool} | ${row.files.toLocaleString('en')} | ${figures} |`);
  }
  const check = perSecond(rows[0]);
  const plain = rows.find(r => r.tool.startsWith('plain Node'));
  const eslintRow = rows.find(r => r.tool.startsWith('ESLint'));
  console.log('');
  if (plain) console.log(`- check / plain Node floor: ${(check / perSecond(plain)).toFixed(2)} (target ≥ 0.5)`);
  if (eslintRow?.timing.ok)
    console.log(`- check / ESLint: ${Math.round(check / perSecond(eslintRow))}× (target ≥ 100×)`);
}
