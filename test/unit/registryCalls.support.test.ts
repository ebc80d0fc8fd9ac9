// SupportCode: reads the support code of the workspace folders through a file system, re-reads changed files,
// follows runner configs to their setup files, and names the watchers the server registers. Reading always ends:
// a file that never answers, lies outside the folder (links resolved) or names itself as a setup file is left out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import picomatch from 'picomatch';
import { SupportCode, type SupportFileSystem } from '../../server/src/registryCalls/supportCode';

class MemoryFiles implements SupportFileSystem {
  readonly files = new Map<string, string>();
  /** Symbolic links: path → target. */
  readonly links = new Map<string, string>();
  /** Files whose read never answers (a hung network mount). */
  readonly hanging = new Set<string>();
  async readFile(file: string): Promise<string | undefined> {
    if (this.hanging.has(file)) return new Promise<never>(() => undefined);
    return this.files.get(file);
  }
  async realPath(file: string): Promise<string> {
    return this.links.get(file) ?? file;
  }
  async glob(cwd: string, patterns: string[]): Promise<string[]> {
    const isMatch = picomatch(patterns);
    return [...this.files.keys()].filter(
      f => f.startsWith(`${cwd}/`) && isMatch(f.slice(cwd.length + 1)) && !f.includes('/node_modules/'),
    );
  }
}

const HELPER = 'defmodule H do\n  def mock, do: Mimic.stub_with(LLMDB, Fake)\nend\n';
const facts = (uses: string[]) => ({ calls: [], stubs: [], helperUses: uses, moduleUses: [], definitions: [] });

describe('SupportCode', () => {
  test('reads Elixir support, conftest.py and setup files named by configs; ignores other files', async () => {
    const files = new MemoryFiles();
    files.files.set('/ws/test/support/h.ex', HELPER);
    files.files.set(
      '/ws/lib/not_support.ex',
      'defmodule L do\n  def mock, do: Mimic.stub_with(LLMDB.Other, Fake)\nend\n',
    );
    files.files.set(
      '/ws/tests/conftest.py',
      '@pytest.fixture(autouse=True)\ndef f(monkeypatch):\n    monkeypatch.setattr("litellm.model_cost", {})\n',
    );
    files.files.set('/ws/web/package.json', JSON.stringify({ jest: { setupFiles: ['./jest.setup.js'] } }));
    files.files.set('/ws/web/jest.setup.js', "jest.mock('@acme/catalog');\n");
    files.files.set('/ws/node_modules/x/package.json', JSON.stringify({ jest: { setupFiles: ['./s.js'] } }));
    const support = new SupportCode({ fileSystem: files });
    const ready = support.ready();
    await support.configure(['/ws']);
    await ready;
    const index = support.current;
    assert.deepEqual(index.stubsFor('/ws/test/a_test.exs', 'elixir', facts(['H.mock'])), ['LLMDB']);
    assert.deepEqual(index.stubsFor('/ws/test/a_test.exs', 'elixir', facts(['L.mock'])), []);
    assert.deepEqual(index.stubsFor('/ws/tests/test_a.py', 'python', facts([])), ['litellm.model_cost']);
    assert.deepEqual(index.stubsFor('/ws/web/src/a.test.js', 'script', facts([])), ['@acme/catalog']);
    assert.ok(support.isSupportFile('/ws/web/jest.setup.js'));
    assert.ok(support.isSupportFile('/ws/test/support/new/helper.ex'));
    assert.ok(!support.isSupportFile('/ws/node_modules/x/package.json'));
    assert.ok(!support.isSupportFile('/ws/lib/not_support.ex'));

    const watchers = JSON.stringify(support.watchers(true));
    assert.ok(
      watchers.includes('"pattern":"test/support/**/*.ex"') && watchers.includes('"pattern":"jest.setup.js"'),
      watchers,
    );
    assert.ok(JSON.stringify(support.watchers(false)).includes('"globPattern":"/ws/web/jest.setup.js"'));
  });

  test('changed files are re-read: edits, deletions, and configs naming other setup files', async () => {
    const files = new MemoryFiles();
    files.files.set('/ws/test/support/h.ex', HELPER);
    files.files.set('/ws/vitest.config.ts', "export default { test: { setupFiles: ['./a.ts'] } };\n");
    files.files.set('/ws/a.ts', "vi.stubGlobal('fetch', vi.fn());\n");
    files.files.set('/ws/b.ts', "vi.mock('axios');\n");
    const support = new SupportCode({ fileSystem: files });
    await support.configure(['/ws']);
    const stubsOf = () => support.current.stubsFor('/ws/x.test.ts', 'script', facts([]));
    assert.deepEqual(stubsOf(), ['fetch']);

    files.files.set('/ws/test/support/h.ex', 'defmodule H do\n  def mock, do: :ok\nend\n');
    assert.equal(await support.filesChanged(['/ws/test/support/h.ex']), false);
    assert.deepEqual(support.current.stubsFor('/ws/test/a_test.exs', 'elixir', facts(['mock'])), []);

    files.files.set('/ws/vitest.config.ts', "export default { test: { setupFiles: ['./b.ts'] } };\n");
    assert.equal(
      await support.filesChanged(['/ws/vitest.config.ts']),
      true,
      'the watchers must follow the new setup file',
    );
    assert.deepEqual(stubsOf(), ['axios']);
    assert.ok(!support.isSupportFile('/ws/a.ts'));

    files.files.delete('/ws/vitest.config.ts');
    await support.filesChanged(['/ws/vitest.config.ts']);
    assert.deepEqual(stubsOf(), []);
  });

  test('a support file the analyser cannot make sense of is ignored, not fatal', async () => {
    const files = new MemoryFiles();
    files.files.set('/ws/test/support/odd.ex', 'defmodule do do do end end end ) ] } @ & : setup setup [ {');
    const support = new SupportCode({ fileSystem: files });
    await support.configure(['/ws']);
    assert.deepEqual(support.current.stubsFor('/ws/test/a_test.exs', 'elixir', facts(['x'])), []);
  });

  test('a file that never answers is left out after the deadline, with a note; the rest is read', async () => {
    const files = new MemoryFiles();
    files.files.set('/ws/test/support/h.ex', HELPER);
    files.files.set('/ws/test/support/slow.ex', HELPER);
    files.hanging.add('/ws/test/support/slow.ex');
    const notes: string[] = [];
    const support = new SupportCode({ fileSystem: files, log: note => notes.push(note), readTimeoutMs: 20 });
    await support.configure(['/ws']);
    assert.deepEqual(support.current.stubsFor('/ws/test/a_test.exs', 'elixir', facts(['H.mock'])), ['LLMDB']);
    assert.deepEqual(notes, ['Not reading test support file /ws/test/support/slow.ex: no answer after 0.02 s']);
  });

  test('only files inside a workspace folder are read, links resolved; a config naming itself does not loop', async () => {
    const files = new MemoryFiles();
    files.files.set('/ws/test/support/h.ex', HELPER);
    files.files.set('/ws/test/support/out.ex', ''); // listed by the glob, a link to the file below
    files.links.set('/ws/test/support/out.ex', '/etc/out.ex');
    files.files.set('/etc/out.ex', HELPER);
    files.files.set(
      '/ws/package.json',
      JSON.stringify({ jest: { setupFiles: ['/dev/ptmx', '../elsewhere/s.js', './package.json', './s.js'] } }),
    );
    files.files.set('/elsewhere/s.js', "jest.mock('outside');\n");
    files.files.set('/ws/s.js', "jest.mock('inside');\n");
    const notes: string[] = [];
    const support = new SupportCode({ fileSystem: files, log: note => notes.push(note) });
    await support.configure(['/ws']);
    assert.deepEqual(support.current.stubsFor('/ws/a.test.js', 'script', facts([])), ['inside']);
    assert.deepEqual(notes.sort(), [
      'Not reading test support file /dev/ptmx: it is outside the workspace folder',
      'Not reading test support file /elsewhere/s.js: it is outside the workspace folder',
      'Not reading test support file /ws/test/support/out.ex: /etc/out.ex is outside the workspace folder',
    ]);
  });
});
