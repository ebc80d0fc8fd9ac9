// `model-registry fixture` through the bundled CLI (SPEC §7 rev. 2, issue 13): standard output or --out in the four
// formats (from the file's extension), the header's command writing the same bytes again, the registry JSON read back
// by the product's own reader with the catalog's values, usage and input errors (exit 2, with close provider names),
// special files refused without hanging, links followed, nothing left behind; and `check --models` reporting a
// fixture's models that have since left the catalogs or been retired, in every format, even with the fixture loaded
// as a catalog too.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseCatalog } from '../../server/src/catalog/parseCatalog';
import { isFixtureText } from '../../server/src/fixtures/fixtureFiles';
import { CLI, runCli, writeProject } from '../helpers/runCli';

const skip = fs.existsSync(CLI) ? false : `the bundled CLI is missing (${CLI}): run npm run build`;
const SHARED = path.resolve(__dirname, '../../../shared/catalogs');
const MODELS_DEV = path.join(SHARED, 'models-dev-api.json');
const NO_BUNDLED = JSON.stringify({ bundledCatalog: false, discoverCatalogs: false });

interface DevModel {
  id: string;
  name: string;
  status?: string;
  release_date: string;
  cost: { input: number; output: number };
  limit: { context: number; output: number };
  modalities: { input: string[]; output: string[] };
  tool_call?: boolean;
}
const devModel = (id: string, input: number, context: number, extra: Partial<DevModel> = {}): DevModel => ({
  id,
  name: id.toUpperCase(),
  release_date: '2025-01-01',
  cost: { input, output: input * 4 },
  limit: { context, output: 8000 },
  modalities: { input: ['text'], output: ['text'] },
  tool_call: true,
  ...extra,
});
const devCatalog = (models: DevModel[]): string =>
  JSON.stringify({ acme: { id: 'acme', name: 'Acme', models: Object.fromEntries(models.map(m => [m.id, m])) } });

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endColumn: number;
  code: string;
  message: string;
}

describe('model-registry fixture', { skip }, () => {
  let root: string;
  let folder = 0;
  /** A fresh folder holding `files`. */
  const dir = (files: Record<string, string> = {}): string => writeProject(path.join(root, `p${folder++}`), files);
  const ACME = [devModel('acme-nano', 0.05, 32000), devModel('acme-mid', 1, 200000), devModel('acme-max', 20, 1000000)];

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-fixture-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test('--help shows the fixture command and its options', async () => {
    const help = await runCli(['--help'], root);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /\n {7}model-registry fixture \[--provider <id>\]… \[options\]\n/);
    assert.match(help.stdout, /--count <n> +models per provider, 1 to 50 \(default: 3\)/);
    assert.match(help.stdout, /--format registry\|elixir\|python\|ts\n/);
  });

  test("standard output: a registry file of the catalog's models, that the product reads back", async () => {
    const cwd = dir({ 'cfg.json': NO_BUNDLED, 'acme.json': devCatalog(ACME) });
    const run = await runCli(['fixture', '--provider', 'acme', '--config', 'cfg.json', '--source', 'acme.json'], cwd);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.ok(isFixtureText(run.stdout));
    const parsed = parseCatalog(run.stdout, 'auto', 'fixture');
    assert.equal(parsed.format, 'registry');
    assert.deepEqual([...parsed.table.ids].sort(), ACME.map(m => m.id).sort());
  });

  test(
    'the real models.dev catalog: the registry JSON holds its models with its prices and context windows',
    {
      skip: fs.existsSync(MODELS_DEV) ? false : `the real catalogs are missing (${SHARED})`,
    },
    async () => {
      const cwd = dir({ 'cfg.json': NO_BUNDLED });
      const args = ['fixture', '--config', 'cfg.json', '--source', MODELS_DEV, '--count', '4'];
      const run = await runCli(
        [...args, '--provider', 'openai', '--provider', 'anthropic', '--provider', 'google'],
        cwd,
      );
      assert.equal(run.status, 0, run.stderr);
      const catalog = JSON.parse(fs.readFileSync(MODELS_DEV, 'utf8')) as Record<
        string,
        { models: Record<string, DevModel> }
      >;
      const fixture = JSON.parse(run.stdout) as { $comment: string[]; models: Record<string, unknown>[] };
      assert.match(fixture.$comment[2], /^Data: models\.dev \(\d{4}-\d{2}-\d{2}\)\.$/);
      const read = parseCatalog(run.stdout, 'auto', 'fixture').table;
      assert.equal(read.size, 12);
      for (let i = 0; i < read.size; i++) {
        const entry = fixture.models[i];
        const original = catalog[entry.provider as string].models[entry.id as string];
        assert.ok(original, `${String(entry.provider)}/${String(entry.id)} is in the catalog`);
        assert.ok(!['deprecated', 'retired'].includes(original.status ?? ''), `${original.id} is current`);
        assert.deepEqual(
          [entry.name, entry.contextWindow, entry.maxOutput, entry.inputPricePerMTok, entry.outputPricePerMTok],
          [original.name, original.limit.context, original.limit.output, original.cost.input, original.cost.output],
        );
      }
    },
  );

  for (const [file, marker] of [
    ['test/support/model_fixtures.ex', /\ndefmodule ModelFixtures do\n/],
    ['tests/model_fixtures.py', /\nMODELS = \[\n/],
    ['src/__fixtures__/models.ts', /\nexport const models: readonly FixtureModel\[\] = \[\n/],
    ['fixtures/models.json', /^\{\n {2}"\$comment": \[\n/],
  ] as const) {
    test(`--out ${file}: the format from the extension; the header's command writes it again, byte for byte`, async () => {
      const cwd = dir({ 'cfg.json': NO_BUNDLED, 'acme.json': devCatalog(ACME) });
      const run = await runCli(
        ['fixture', '--provider', 'acme', '--config', 'cfg.json', '--source', 'acme.json', '--out', file],
        cwd,
      );
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, `model-registry: wrote 3 models (3 of acme) to ${file}\n`);
      const text = fs.readFileSync(path.join(cwd, file), 'utf8');
      assert.match(text, marker);
      const command = /Regenerate: model-registry (fixture [^\n"]*)/.exec(text)![1];
      fs.rmSync(path.join(cwd, file));
      assert.equal((await runCli(command.split(' '), cwd)).status, 0);
      assert.equal(fs.readFileSync(path.join(cwd, file), 'utf8'), text);
      assert.deepEqual(
        fs.readdirSync(path.dirname(path.join(cwd, file))),
        [path.basename(file)],
        'no temporary file left',
      );
    });
  }

  test('usage errors exit 2 with the message and the usage', async () => {
    const cwd = dir();
    for (const [args, message] of [
      [['--count', '0'], /--count takes a whole number of models per provider from 1 to 50, not "0"/],
      [['--count', 'many'], /--count takes a whole number/],
      [['--count', '51'], /--count takes a whole number/],
      [['--format', 'xml'], /unknown fixture format "xml": use registry, elixir, python, ts/],
      [['--format', 'python', '--out', 'a.json'], /--format python does not fit "a\.json", a registry file's name/],
      [['--out', 'models.txt'], /cannot tell the format from the name "models\.txt"/],
      [['--models'], /--models is an option of "check", not of "fixture"/],
      [['some/path'], /fixture takes no paths, but was given "some\/path"/],
      [['--format', 'elixir', '--module', 'my_app'], /--module: "my_app" is not an Elixir module name/],
      [['--module', 'X'], /--module: a registry file defines no name/],
      [['--provider', ''], /--provider takes a provider ID/],
    ] as const) {
      const run = await runCli(['fixture', ...args], cwd);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: model-registry/);
    }
    const check = await runCli(['check', '--provider', 'openai'], cwd);
    assert.equal(check.status, 2);
    assert.match(check.stderr, /--provider is an option of "fixture", not of "check"/);
  });

  test('an unknown provider, or one with no current model, exits 2 saying so', async () => {
    const retired = ACME.map(m => ({ ...m, status: 'deprecated' }));
    const cwd = dir({ 'cfg.json': NO_BUNDLED, 'acme.json': devCatalog(retired) });
    const unknown = await runCli(
      ['fixture', '--provider', 'acmee', '--config', 'cfg.json', '--source', 'acme.json'],
      cwd,
    );
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stdout, '');
    assert.equal(
      unknown.stderr,
      'model-registry: unknown provider "acmee": no loaded catalog lists it; close names: acme\n',
    );
    const none = await runCli(['fixture', '--provider', 'acme', '--config', 'cfg.json', '--source', 'acme.json'], cwd);
    assert.equal(none.status, 2);
    assert.match(
      none.stderr,
      /no current models for provider "acme" in the loaded catalogs \(it lists 3, none of them current/,
    );
  });

  test('--out refuses a named pipe and a directory at once, and writes through a link to a file; --config a pipe', async t => {
    const cwd = dir({ 'cfg.json': NO_BUNDLED, 'acme.json': devCatalog(ACME), 'real/models.json': '{}' });
    const args = ['fixture', '--provider', 'acme', '--config', 'cfg.json', '--source', 'acme.json', '--out'];
    fs.mkdirSync(path.join(cwd, 'folder.json'));
    const directory = await runCli([...args, 'folder.json'], cwd);
    assert.equal(directory.status, 2);
    assert.match(directory.stderr, /cannot write .*folder\.json: it is not a regular file \(a directory\)/);
    fs.symlinkSync('real/models.json', path.join(cwd, 'link.json'));
    assert.equal((await runCli([...args, 'link.json'], cwd)).status, 0);
    assert.ok(fs.lstatSync(path.join(cwd, 'link.json')).isSymbolicLink(), 'the link stays a link');
    assert.ok(isFixtureText(fs.readFileSync(path.join(cwd, 'real', 'models.json'), 'utf8')));
    fs.symlinkSync('nowhere.json', path.join(cwd, 'dangling.json'));
    assert.match((await runCli([...args, 'dangling.json'], cwd)).stderr, /a symbolic link to nothing/);
    try {
      execFileSync('mkfifo', [path.join(cwd, 'pipe.json')]);
    } catch {
      return t.skip('mkfifo is not available');
    }
    const pipe = await runCli([...args, 'pipe.json'], cwd);
    assert.equal(pipe.status, 2);
    assert.match(pipe.stderr, /cannot write .*pipe\.json: it is not a regular file \(a named pipe\)/);
    assert.ok(fs.lstatSync(path.join(cwd, 'pipe.json')).isFIFO(), 'the pipe is left as it was');
    const config = await runCli(['fixture', '--config', 'pipe.json'], cwd);
    assert.equal(config.status, 2, 'a named pipe as --config is refused, not waited on');
    assert.match(config.stderr, /cannot read the config file pipe\.json: not a regular file \(a named pipe\)/);
  });

  test("check --models: a fixture's models that left the catalogs or were retired, in every format", async () => {
    const files = [
      'test/support/model_fixtures.ex',
      'tests/model_fixtures.py',
      'src/__fixtures__/models.ts',
      'fixtures/models.json',
    ];
    const cwd = dir({ 'cfg.json': NO_BUNDLED, 'then.json': devCatalog(ACME) });
    for (const file of files)
      assert.equal(
        (
          await runCli(
            ['fixture', '--provider', 'acme', '--config', 'cfg.json', '--source', 'then.json', '--out', file],
            cwd,
          )
        ).status,
        0,
      );
    // Later: one model gone, one retired.
    const [gone, retired, kept] = ACME;
    fs.writeFileSync(path.join(cwd, 'now.json'), devCatalog([{ ...retired, status: 'deprecated' }, kept]));
    const check = async (...sources: string[]) => {
      const run = await runCli(
        [
          'check',
          '--models',
          '--format',
          'json',
          '--config',
          'cfg.json',
          ...sources.flatMap(s => ['--source', s]),
          ...files,
        ],
        cwd,
      );
      assert.equal(run.status, 1, run.stderr);
      return (JSON.parse(run.stdout) as JsonFinding[]).map(f => {
        const line = fs.readFileSync(path.join(cwd, f.file), 'utf8').split('\n')[f.line - 1];
        return [f.file, f.code, line.slice(f.column - 1, f.endColumn - 1)];
      });
    };
    const expected = files
      .map(file => [
        [file, 'unknown-model', gone.id],
        [file, 'deprecated-model', retired.id],
      ])
      .flat()
      .sort();
    assert.deepEqual((await check('now.json')).sort(), expected);
    // The JSON fixture loaded as a catalog too vouches for none of the models.
    assert.deepEqual((await check('now.json', 'fixtures/models.json')).sort(), expected);
    const [first] = JSON.parse(
      (
        await runCli(
          ['check', '--models', '--format', 'json', '--config', 'cfg.json', '--source', 'now.json', files[1]],
          cwd,
        )
      ).stdout,
    ) as JsonFinding[];
    assert.ok(
      first.message.endsWith(
        '\nRegenerate the fixture: model-registry fixture --provider acme --count 3 --format python --out tests/model_fixtures.py --config cfg.json --source then.json',
      ),
      first.message,
    );
    const plain = await runCli(['check', '--config', 'cfg.json', ...files], cwd);
    assert.equal(plain.status, 0, 'without --models a fixture is not checked');
  });
});
