// The sample workspace `npm start` opens (samples/workspace) shows what it promises, through the bundled CLI against
// the bundled catalog: exactly one typo (unknown-model), one deprecated model, and one real-registry call in each of
// its two test files (Elixir and Python); the other model IDs — AI SDK, LiteLLM, the proxy config.yaml, ReqLLM and
// the @fallback_model attribute — are known. Fails when a catalog update turns a sample ID deprecated or unknown.
// And its TypeScript type-checks (AI SDK types stand in src/ai-sdk.d.ts), so VS Code adds no errors of its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CLI, runCli } from '../helpers/runCli';

const SAMPLE = path.resolve(__dirname, '../../samples/workspace');
const skip = fs.existsSync(CLI) ? false : `the bundled CLI is missing (${CLI}): run npm run build`;

interface JsonFinding {
  file: string;
  line: number;
  code: string;
  message: string;
}

test(
  'samples/workspace: one typo, one deprecated model, a registry call in each test file, nothing else',
  { skip },
  async () => {
    const run = await runCli(['check', '--models', '--format', 'json', '--fail-on', 'information'], SAMPLE);
    assert.equal(run.status, 1, run.stderr);
    const findings = (JSON.parse(run.stdout) as JsonFinding[]).map(f => ({
      file: f.file,
      line: f.line,
      code: f.code,
      first: f.message.split('\n')[0],
    }));
    assert.deepEqual(findings, [
      {
        file: 'app/llm.py',
        line: 15,
        code: 'deprecated-model',
        first: 'Deprecated model "gpt-3.5-turbo" (models.dev: deprecated)',
      },
      { file: 'src/chat.ts', line: 14, code: 'unknown-model', first: 'Unknown model "gpt-4o-mnii"' },
      {
        file: 'test/assistant_test.exs',
        line: 6,
        code: 'real-registry-call',
        first: 'Jido.AI.Model.Registry.list_models/0 calls the real model registry',
      },
      {
        file: 'tests/test_pricing.py',
        line: 6,
        code: 'real-registry-call',
        first: "litellm.model_cost reads LiteLLM's whole cost map",
      },
    ]);
    const typo = (JSON.parse(run.stdout) as JsonFinding[]).find(f => f.code === 'unknown-model');
    assert.match(typo?.message ?? '', /Did you mean "gpt-4o-mini"/);
    for (const file of ['src/chat.ts', 'app/llm.py', 'proxy/config.yaml', 'lib/assistant.ex'])
      assert.ok(fs.existsSync(path.join(SAMPLE, file)), `${file} is in the sample workspace`);
  },
);

test('samples/workspace: the TypeScript sample type-checks, so the editor shows no errors but ours', () => {
  // TypeScript 7 (the checker `npm run typecheck` uses): the same verdict as tsc 6 in a fifth of the time.
  const tsc = spawnSync(
    process.execPath,
    [path.join(path.dirname(require.resolve('typescript-native/package.json')), 'bin/tsc'), '-p', SAMPLE],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  assert.equal(tsc.status, 0, `${tsc.stdout}${tsc.stderr}`);
});
