// The fixture projects through the CLI (`model-registry check --format json`): every file's findings match the
// expectations written in the fixtures — the same ones test/protocol/registryCalls.test.ts checks over stdio.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import { compare, PROJECTS, readProject } from '../helpers/registryCallFixtures';
import { CLI, runCli } from '../helpers/runCli';

const skip = fs.existsSync(CLI) ? false : `the bundled CLI is missing (${CLI}): run npm run build`;

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: string;
  message: string;
}

describe('real-registry-call through the CLI', { skip }, () => {
  for (const name of PROJECTS) {
    test(`${name}: findings match the fixture expectations`, async () => {
      const project = readProject(name);
      const run = await runCli(
        ['check', '--format', 'json', ...(project.config ? ['--config', 'model-registry.json'] : [])],
        project.root,
      );
      assert.equal(run.stderr, '');
      const findings = JSON.parse(run.stdout) as JsonFinding[];
      const expected = project.files.reduce((sum, f) => sum + f.expected.reduce((s, e) => s + e.count, 0), 0);
      assert.ok(expected > 5, 'the fixture expects findings');
      assert.equal(run.status, 1, 'findings: exit code 1');
      for (const finding of findings) {
        assert.equal(finding.code, 'real-registry-call');
        assert.equal(finding.severity, 'warning');
      }
      const problems = project.files.flatMap(file =>
        compare(
          file,
          findings.filter(f => f.file === file.relative),
        ),
      );
      const unknownFiles = findings.filter(f => !project.files.some(file => file.relative === f.file)).map(f => f.file);
      assert.deepEqual([...problems, ...unknownFiles], []);
      assert.equal(findings.length, expected);
    });
  }

  test('reading on reader threads (as large runs do) gives the same findings, in the same order', async () => {
    for (const name of PROJECTS) {
      const project = readProject(name);
      const args = ['check', '--format', 'json', ...(project.config ? ['--config', 'model-registry.json'] : [])];
      const onThisThread = await runCli(args, project.root, { MODEL_REGISTRY_READERS: '0' });
      const onReaders = await runCli(args, project.root, { MODEL_REGISTRY_READERS: '3' });
      assert.equal(onReaders.status, onThisThread.status);
      assert.equal(onReaders.stdout, onThisThread.stdout, name);
    }
  });

  test('a rule message from the config replaces the default one', async () => {
    const project = readProject('elixir');
    const findings = JSON.parse(
      (await runCli(['check', '--format', 'json', '--config', 'model-registry.json'], project.root)).stdout,
    ) as JsonFinding[];
    const custom = findings.find(f => f.file.endsWith('user_rule_test.exs'));
    assert.equal(custom?.message, 'MyApp.Catalog.all/0 loads every model; use MyApp.CatalogStub in tests.');
    const builtIn = findings.find(f => f.file.endsWith('registry_later_test.exs'));
    assert.match(
      builtIn?.message ?? '',
      /^Jido\.AI\.Model\.Registry\.list_models\/0 calls the real model registry\n.*60 GB.*\n.*stub\(Jido\.AI\.Model\.Registry, :list_models, fn -> … end\)/,
    );
  });

  test('without the config the user rules are not applied', async () => {
    const project = readProject('elixir');
    const findings = JSON.parse((await runCli(['check', '--format', 'json'], project.root)).stdout) as JsonFinding[];
    assert.ok(!findings.some(f => f.file.endsWith('user_rule_test.exs')));
  });
});
