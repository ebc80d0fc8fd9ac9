// `model-registry check --models` on copies of real projects' shape (test/corpus/projects: a Jido/ReqLLM app with
// placeholder models in its tests, an Aider-like LiteLLM agent, a Next.js AI SDK chatbot, a LiteLLM proxy config):
// no unknown-model at all, and a deprecated-model only where the bundled catalog says the model is deprecated or
// delisted. With the real LiteLLM catalog as a source, as such projects have it installed.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { CORPUS, LITELLM, listFiles, SHARED_CATALOGS } from '../helpers/corpusQuality';
import { CLI, runCli } from '../helpers/runCli';

const missing = !fs.existsSync(LITELLM)
  ? `the real catalogs are missing (${SHARED_CATALOGS})`
  : !fs.existsSync(CLI)
    ? `the bundled CLI is missing (${CLI}): run npm run build`
    : false;
const PROJECTS = path.join(CORPUS, 'projects');
const BUNDLED = path.resolve(__dirname, '../../server/catalogs');

interface Finding {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** Model IDs the bundled catalog itself says are deprecated (status) or delisted (the retired file). */
function deprecatedInCatalog(): Set<string> {
  const ids = new Set<string>();
  for (const file of ['models-dev.json', 'models-dev-retired.json']) {
    const catalog = JSON.parse(fs.readFileSync(path.join(BUNDLED, file), 'utf8')) as Record<
      string,
      { models: Record<string, { status?: string }> }
    >;
    for (const provider of Object.values(catalog)) {
      for (const [id, model] of Object.entries(provider.models)) if (model.status === 'deprecated') ids.add(id);
    }
  }
  return ids;
}

describe('check --models on real project shapes', { skip: missing }, () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-projects-'));
  after(() => fs.rmSync(work, { recursive: true, force: true }));
  const deprecated = deprecatedInCatalog();

  for (const project of fs.existsSync(PROJECTS) ? fs.readdirSync(PROJECTS) : []) {
    test(project, async () => {
      const source = path.join(PROJECTS, project);
      const copy = path.join(work, project);
      // The project as its authors have it: without the corpus's own notes.
      for (const file of listFiles(source).filter(f => path.basename(f) !== 'EXPECTED.json')) {
        const target = path.join(copy, path.relative(source, file));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(file, target);
      }
      const run = await runCli(['check', '--models', '--format', 'json', '--source', LITELLM], copy);
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
      const findings = JSON.parse(run.stdout) as Finding[];
      assert.deepEqual(
        findings.filter(f => f.code === 'unknown-model').map(f => `${f.file}:${f.line} ${f.message}`),
        [],
        'no false alarm',
      );
      for (const finding of findings.filter(f => f.code === 'deprecated-model')) {
        const id = /"([^"]+)"/.exec(finding.message)?.[1] ?? '';
        const bare = id.slice(Math.max(id.indexOf(':'), id.indexOf('/')) + 1);
        assert.ok(
          deprecated.has(bare) || deprecated.has(id),
          `${finding.file}:${finding.line}: ${id} is not deprecated in the bundled catalog`,
        );
      }
    });
  }
});
