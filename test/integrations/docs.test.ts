// The user docs of issue 13 stay true to the files they describe: every Lua, TOML and Emacs Lisp block of
// docs/editors.md is a verbatim part of a recipe under editors/ (which the editor tests run), every YAML block of
// docs/ci.md parses and uses only inputs action.yml declares and hooks .pre-commit-hooks.yaml defines, and the
// `npm start` options docs/try-it.md shows are the ones scripts/start.ts takes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { readAction, ROOT } from './actionStep';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const blocks = (markdown: string, language: string) =>
  [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(m => m[1]);

test('docs/editors.md: each code block is part of a recipe file', () => {
  const docs = read('docs/editors.md');
  const recipes: Record<string, string[]> = {
    lua: fs.readdirSync(path.join(ROOT, 'editors/nvim')).map(f => read(`editors/nvim/${f}`)),
    toml: [read('editors/helix/languages.toml')],
    elisp: [read('editors/emacs/model-registry-eglot.el')],
  };
  for (const [language, files] of Object.entries(recipes)) {
    const found = blocks(docs, language);
    assert.ok(found.length > 0, `docs/editors.md has ${language} blocks`);
    for (const block of found)
      assert.ok(
        files.some(f => f.includes(block)),
        `not in editors/: ${block}`,
      );
  }
  for (const link of docs.matchAll(/\]\(\.\.\/(editors\/[^)]+)\)/g))
    assert.ok(fs.existsSync(path.join(ROOT, link[1])), `docs/editors.md links ${link[1]}`);
});

test('README.md: its Lua block is part of a recipe, and the recipe files it names exist', () => {
  const readme = read('README.md');
  const recipes = fs.readdirSync(path.join(ROOT, 'editors/nvim')).map(f => read(`editors/nvim/${f}`));
  const lua = blocks(readme, 'lua');
  assert.ok(lua.length > 0, 'the README shows a Neovim recipe');
  for (const block of lua)
    assert.ok(
      recipes.some(f => f.includes(block)),
      `not in editors/nvim: ${block}`,
    );
  const named = [...readme.matchAll(/`(editors\/[^`]+)`/g)].map(m => m[1]);
  assert.ok(named.length >= 5, `the README names the recipe files: ${named}`);
  for (const file of named) assert.ok(fs.existsSync(path.join(ROOT, file)), `the README names ${file}`);
});

test('docs/ci.md: the workflow and pre-commit blocks parse and name real inputs and hooks', () => {
  const inputs = Object.keys(readAction().inputs);
  const hooks = (parse(read('.pre-commit-hooks.yaml')) as { id: string }[]).map(h => h.id);
  const yamlBlocks = blocks(read('docs/ci.md'), 'yaml').map(b => parse(b) as Record<string, unknown>);
  let actionUses = 0;
  let hookUses = 0;
  for (const doc of yamlBlocks) {
    const jobs = (doc.jobs ?? {}) as Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    for (const step of Object.values(jobs).flatMap(j => j.steps ?? [])) {
      if (!step.uses?.startsWith('model-registry/model-registry@')) continue;
      actionUses++;
      for (const key of Object.keys(step.with ?? {})) assert.ok(inputs.includes(key), `action input ${key}`);
    }
    for (const repo of (doc.repos ?? []) as { repo: string; hooks: { id: string }[] }[]) {
      if (repo.repo === 'local') continue;
      for (const h of repo.hooks) {
        hookUses++;
        assert.ok(hooks.includes(h.id), `hook ${h.id}`);
      }
    }
  }
  assert.equal(actionUses, 2, 'two workflow recipes use the action');
  assert.equal(hookUses, 1, 'one pre-commit recipe uses the hooks');
});

test('docs/try-it.md: the npm start options it shows are the ones scripts/start.ts takes', () => {
  const shown = [...read('docs/try-it.md').matchAll(/npm start -- (--[a-z-]+)/g)].map(m => m[1]);
  assert.deepEqual(shown.sort(), ['--keep', '--no-install', '--port']);
  const script = read('scripts/start.ts');
  for (const option of shown) assert.ok(script.includes(`'${option}'`), `scripts/start.ts takes ${option}`);
});
