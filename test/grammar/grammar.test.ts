// The model-ID injection grammar (syntaxes/model-id.injection.tmLanguage.json), tested with vscode-tmgrammar-test
// (its runner, the one its command line wraps, in this process) on top of the real TextMate grammars of the ten
// languages:
// - test/grammar/cases/*.tmtest against the grammars of the npm package tm-grammars (VS Code's own grammars for
//   TypeScript/TSX/JavaScript/JSX/JSON/JSONC/Python, elixir-tmbundle for Elixir, the TextMate bundles for TOML and YAML);
// - test/grammar/vscode-yaml/*.tmtest (YAML plain scalars) against VS Code's own YAML grammar, copied next to it;
// - both again against the grammars of an installed VS Code (code-server, as test/e2e and scripts/verify-vsix.mjs find
//   it) for the eight languages VS Code ships, when there is one.
// The injection comes from package.json `contributes.grammars`, as in VS Code.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createRegistry, loadConfiguration } from 'vscode-tmgrammar-test/dist/common/index';
import { parseGrammarTestCase, runGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index';
import { LANGUAGES as LANGUAGE_TABLE } from '../../shared/languages';

const ROOT = path.resolve(__dirname, '../..');
const CASES = path.join(__dirname, 'cases');
const VSCODE_YAML = path.join(__dirname, 'vscode-yaml');
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

/**
 * Each case file's failures (none when it passed), with the grammars given and the injection (and languages) of the
 * package.json `config`, as `vscode-tmgrammar-test --config <config> -g <grammar>… <cases>` runs them.
 */
async function tmGrammarTest(
  grammars: string[],
  cases: string[],
  config = path.join(ROOT, 'package.json'),
): Promise<Map<string, string[]>> {
  const registry = createRegistry(loadConfiguration(config, undefined, grammars).grammars);
  const results = new Map<string, string[]>();
  for (const file of cases) {
    const failures = await runGrammarTestCase(registry, parseGrammarTestCase(fs.readFileSync(file, 'utf8')));
    results.set(
      file,
      failures.map(
        f =>
          `line ${f.srcLine + 1}, columns ${f.start}-${f.end}: missing [${f.missing.join(' ')}], unexpected ` +
          `[${f.unexpected.join(' ')}], actual [${f.actual.join(' ')}]`,
      ),
    );
  }
  return results;
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

async function assertAllPassed(grammars: string[], cases: string[]): Promise<void> {
  const results = await tmGrammarTest(grammars, cases);
  assert.deepEqual(
    Object.fromEntries(cases.map(file => [path.basename(file), results.get(file)])),
    Object.fromEntries(cases.map(file => [path.basename(file), []])),
  );
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

  test('scopes provider:model, provider/model and model@provider in strings of the ten languages, and nothing else', async () => {
    await assertAllPassed(BASE_GRAMMARS, casesIn(CASES));
  });

  test("scopes YAML plain scalars with VS Code's own YAML grammar", async () => {
    const grammars = fs
      .readdirSync(VSCODE_YAML)
      .filter(f => f.endsWith('.tmLanguage.json'))
      .map(f => path.join(VSCODE_YAML, f));
    await assertAllPassed(grammars, casesIn(VSCODE_YAML));
  });

  const extensions = vscodeExtensionsDir();
  test(
    "passes with the grammars of an installed VS Code (code-server's built-in extensions)",
    {
      skip: extensions
        ? false
        : 'no code-server found ($CODE_SERVER, $HARNESS_HOME/code-server/bin/code-server): install it with test/e2e/install-code-server.sh',
    },
    async () => {
      const vscode = VSCODE_GRAMMARS.map(g => path.join(extensions!, g));
      for (const g of vscode) assert.ok(fs.existsSync(g), `${g} missing`);
      const others = ['elixir', 'toml', 'html', 'css'].map(name => path.join(TM_GRAMMARS, `${name}.json`));
      await assertAllPassed([...vscode, ...others], [...casesIn(CASES), ...casesIn(VSCODE_YAML)]);
    },
  );

  test('the cases fail without the injection grammar (they are not vacuous)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-grammar-'));
    try {
      const bare = path.join(dir, 'package.json');
      fs.writeFileSync(bare, '{}');
      const results = await tmGrammarTest(BASE_GRAMMARS, casesIn(CASES), bare);
      for (const file of casesIn(CASES)) assert.notDeepEqual(results.get(file), [], `${file} passes without it`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
