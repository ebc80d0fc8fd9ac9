// The model-ID injection grammar (syntaxes/model-id.injection.tmLanguage.json), tested with vscode-tmgrammar-test
// on top of the real TextMate grammars of the ten languages:
// - test/grammar/cases/*.tmtest against the grammars of the npm package tm-grammars (VS Code's own grammars for
//   TypeScript/TSX/JavaScript/JSX/JSON/JSONC/Python, elixir-tmbundle for Elixir, the TextMate bundles for TOML and YAML);
// - test/grammar/vscode-yaml/*.tmtest (YAML plain scalars) against VS Code's own YAML grammar, copied next to it;
// - both again against the grammars of an installed VS Code (code-server, as test/e2e and scripts/verify-vsix.mjs find
//   it) for the eight languages VS Code ships, when there is one.
// The injection comes from package.json `contributes.grammars`, as in VS Code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { LANGUAGES as LANGUAGE_TABLE } from '../../shared/languages';

const ROOT = path.resolve(__dirname, '../..');
const CASES = path.join(__dirname, 'cases');
const VSCODE_YAML = path.join(__dirname, 'vscode-yaml');
const CLI = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const TM_GRAMMARS = path.dirname(require.resolve('tm-grammars/grammars/json.json'));

/** The ten languages (SPEC §4) and the root scope VS Code (or the usual extension) gives each, from the table. */
const LANGUAGES: Record<string, string> = Object.fromEntries(LANGUAGE_TABLE.map(l => [l.id, l.textMateScope]));

/** tm-grammars files: one per language, plus what Elixir embeds (HTML in ~H sigils, with its CSS and JS). */
const BASE_GRAMMARS = [
  'elixir',
  'python',
  'typescript',
  'tsx',
  'javascript',
  'jsx',
  'json',
  'jsonc',
  'yaml',
  'toml',
  'html',
  'css',
].map(name => path.join(TM_GRAMMARS, `${name}.json`));

/** The built-in extensions folder of the code-server that $CODE_SERVER or $HARNESS_HOME/code-server/bin/code-server runs. */
function vscodeExtensionsDir(): string | undefined {
  const harnessHome = process.env.HARNESS_HOME || path.join(os.homedir(), '.cache', 'model-registry-harness');
  const launcher = process.env.CODE_SERVER || path.join(harnessHome, 'code-server', 'bin', 'code-server');
  if (!fs.existsSync(launcher)) return undefined;
  const entry = /"([^"]*\/out\/node\/entry\.js)"/.exec(fs.readFileSync(launcher, 'utf8').slice(0, 4096))?.[1];
  const dir = entry && path.resolve(path.dirname(entry), '../../lib/vscode/extensions');
  return dir && fs.existsSync(dir) ? dir : undefined;
}

/** VS Code's grammar files for its eight languages (no Elixir or TOML in VS Code). */
const VSCODE_GRAMMARS = [
  'typescript-basics/syntaxes/TypeScript.tmLanguage.json',
  'typescript-basics/syntaxes/TypeScriptReact.tmLanguage.json',
  'javascript/syntaxes/JavaScript.tmLanguage.json',
  'javascript/syntaxes/JavaScriptReact.tmLanguage.json',
  'json/syntaxes/JSON.tmLanguage.json',
  'json/syntaxes/JSONC.tmLanguage.json',
  'python/syntaxes/MagicPython.tmLanguage.json',
  'yaml/syntaxes/yaml.tmLanguage.json',
  'yaml/syntaxes/yaml-1.0.tmLanguage.json',
  'yaml/syntaxes/yaml-1.1.tmLanguage.json',
  'yaml/syntaxes/yaml-1.2.tmLanguage.json',
  'yaml/syntaxes/yaml-1.3.tmLanguage.json',
  'yaml/syntaxes/yaml-embedded.tmLanguage.json',
];

interface PackageGrammar {
  scopeName: string;
  path: string;
  injectTo?: string[];
  language?: string;
}
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { grammars?: PackageGrammar[] };
};
const injection = (pkg.contributes.grammars ?? []).find(g => g.path.includes('model-id.injection'));

interface Run {
  status: number | null;
  output: string;
}

function tmGrammarTest(grammars: string[], cases: string, config = path.join(ROOT, 'package.json')): Run {
  const args = [CLI, '--config', config, ...grammars.flatMap(g => ['-g', g]), cases];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function casesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.tmtest'))
    .map(f => path.join(dir, f));
}

/** The scope named in a case file's header line: `# SYNTAX TEST "source.elixir" "…"`. */
function headerScope(file: string): string {
  const first = fs.readFileSync(file, 'utf8').split('\n', 1)[0];
  const m = /SYNTAX\s+TEST\s+"([^"]+)"/.exec(first);
  assert.ok(m, `${file}: no SYNTAX TEST header`);
  return m[1];
}

function assertAllPassed(run: Run, files: string[]): void {
  assert.equal(run.status, 0, run.output);
  for (const file of files) {
    assert.match(
      run.output,
      new RegExp(`✓ .*${path.basename(file).replace(/\./g, '\\.')} run successfuly`),
      run.output,
    );
  }
}

describe('model-ID injection grammar', () => {
  test('is contributed for the root scopes of the ten languages', () => {
    assert.ok(injection, 'package.json contributes.grammars has no model-id.injection entry');
    assert.equal(injection.language, undefined, 'an injection grammar has no language');
    assert.deepEqual([...(injection.injectTo ?? [])].sort(), Object.values(LANGUAGES).sort());
    const file = path.join(ROOT, injection.path);
    const grammar = JSON.parse(fs.readFileSync(file, 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(grammar.scopeName, injection.scopeName);
    assert.match(grammar.injectionSelector, /L:string\.quoted -comment/);
  });

  test('every language has a case file', () => {
    const scopes = new Set(casesIn(CASES).map(headerScope));
    for (const [language, scope] of Object.entries(LANGUAGES))
      assert.ok(scopes.has(scope), `no case file for ${language} (${scope})`);
  });

  test('scopes provider:model, provider/model and model@provider in strings of the ten languages, and nothing else', () => {
    assertAllPassed(tmGrammarTest(BASE_GRAMMARS, path.join(CASES, '*.tmtest')), casesIn(CASES));
  });

  test("scopes YAML plain scalars with VS Code's own YAML grammar", () => {
    const grammars = fs
      .readdirSync(VSCODE_YAML)
      .filter(f => f.endsWith('.tmLanguage.json'))
      .map(f => path.join(VSCODE_YAML, f));
    assertAllPassed(tmGrammarTest(grammars, path.join(VSCODE_YAML, '*.tmtest')), casesIn(VSCODE_YAML));
  });

  const extensions = vscodeExtensionsDir();
  test(
    "passes with the grammars of an installed VS Code (code-server's built-in extensions)",
    {
      skip: extensions
        ? false
        : 'no code-server found ($CODE_SERVER, $HARNESS_HOME/code-server/bin/code-server): install it with test/e2e/install-code-server.sh',
    },
    () => {
      const vscode = VSCODE_GRAMMARS.map(g => path.join(extensions!, g));
      for (const g of vscode) assert.ok(fs.existsSync(g), `${g} missing`);
      const others = ['elixir', 'toml', 'html', 'css'].map(name => path.join(TM_GRAMMARS, `${name}.json`));
      const run = tmGrammarTest([...vscode, ...others], `${path.join(__dirname, '{cases,vscode-yaml}')}/*.tmtest`);
      assertAllPassed(run, [...casesIn(CASES), ...casesIn(VSCODE_YAML)]);
    },
  );

  test('the cases fail without the injection grammar (they are not vacuous)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-grammar-'));
    try {
      const bare = path.join(dir, 'package.json');
      fs.writeFileSync(bare, '{}');
      const run = tmGrammarTest(BASE_GRAMMARS, path.join(CASES, '*.tmtest'), bare);
      assert.notEqual(run.status, 0);
      for (const file of casesIn(CASES))
        assert.match(run.output, new RegExp(`✖ .*${path.basename(file).replace(/\./g, '\\.')} failed`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
