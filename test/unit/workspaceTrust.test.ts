// What the VS Code client tells the server about `modelRegistry.sources` in an untrusted workspace
// (client/src/workspaceTrust.ts): the URL items of the workspace settings files, appended as `{ url, untrusted }`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sourcesInSettingsFile, urlSources, withUntrustedUrlSources } from '../../client/src/workspaceTrust';

describe('reading modelRegistry.sources from a workspace settings file', () => {
  test('.vscode/settings.json as VS Code reads it: comments, trailing commas, other settings around', () => {
    const text = `{
      // the team's catalogs
      "editor.tabSize": 2,
      "modelRegistry.sources": [
        "https://models.dev/api.json", /* a URL with // in it is not a comment */
        { "url": "https://openrouter.ai/api/v1/models", "format": "openrouter" },
      ],
    }`;
    assert.deepEqual(sourcesInSettingsFile(text, false), [
      'https://models.dev/api.json',
      { url: 'https://openrouter.ai/api/v1/models', format: 'openrouter' },
    ]);
  });

  test('a .code-workspace file keeps its settings under "settings"', () => {
    const text =
      '{ "folders": [{ "path": "." }], "settings": { "modelRegistry.sources": ["https://example.com/c.json"] } }';
    assert.deepEqual(sourcesInSettingsFile(text, true), ['https://example.com/c.json']);
    assert.equal(
      sourcesInSettingsFile(text, false),
      undefined,
      'a top-level "settings" key of settings.json is no setting',
    );
  });

  test('the nested spelling counts too', () => {
    assert.deepEqual(sourcesInSettingsFile('{ "modelRegistry": { "sources": ["https://a.test/x.json"] } }', false), [
      'https://a.test/x.json',
    ]);
  });

  test('no setting, an empty, a broken or a non-object file: nothing', () => {
    for (const text of ['{ "editor.tabSize": 2 }', '', '[1, 2]', 'null', '{ "modelRegistry.sources": ']) {
      assert.equal(sourcesInSettingsFile(text, false), undefined, JSON.stringify(text));
    }
  });
});

describe('which items are URL sources', () => {
  test('http(s) strings (any case, trimmed) and objects with a url; paths, globs and junk are not', () => {
    assert.deepEqual(
      urlSources([
        'https://models.dev/api.json',
        ' HTTP://127.0.0.1:8080/c.json ',
        { url: ' https://x.test/m.json ', ttlSeconds: 60 },
        'model_registry.json',
        '/abs/catalog.json',
        'deps/**/*.json',
        'file:///etc/passwd',
        'ftp://x.test/c.json',
        { path: 'local.json' },
        { url: '' },
        { url: 42 },
        42,
        null,
        ['https://nested.test'],
      ]),
      ['https://models.dev/api.json', 'HTTP://127.0.0.1:8080/c.json', 'https://x.test/m.json'],
    );
  });

  test('a value that is not an array has none', () => {
    for (const value of [undefined, null, 'https://models.dev/api.json', { url: 'https://x.test' }])
      assert.deepEqual(urlSources(value), []);
  });
});

describe('the modelRegistry section sent in an untrusted workspace', () => {
  const userSection = {
    sources: ['model_registry.json', 'https://user.test/catalog.json'],
    bundledCatalog: true,
    cache: { ttlSeconds: 300 },
  };

  test("appends the workspace's URLs as untrusted after the user's sources; other settings and paths are untouched", () => {
    const workspaceValue = ['https://models.dev/api.json', 'workspace_catalog.json'];
    const folderValue = [{ url: 'https://openrouter.ai/api/v1/models', format: 'openrouter' }];
    assert.deepEqual(withUntrustedUrlSources(userSection, [workspaceValue, folderValue]), {
      sources: [
        'model_registry.json',
        'https://user.test/catalog.json',
        { url: 'https://models.dev/api.json', untrusted: true },
        { url: 'https://openrouter.ai/api/v1/models', untrusted: true },
      ],
      bundledCatalog: true,
      cache: { ttlSeconds: 300 },
    });
    assert.deepEqual(
      userSection.sources,
      ['model_registry.json', 'https://user.test/catalog.json'],
      'the input is not modified',
    );
  });

  test("each URL once, and not when the user names it too (then it is the user's, and fetched)", () => {
    const workspace = ['https://models.dev/api.json', 'https://user.test/catalog.json'];
    const folder = ['https://models.dev/api.json'];
    const section = withUntrustedUrlSources(userSection, [workspace, folder]) as { sources: unknown[] };
    assert.deepEqual(section.sources.slice(2), [{ url: 'https://models.dev/api.json', untrusted: true }]);
  });

  test('no user sources (the defaults): the marked URLs are the only sources; the server keeps its defaults', () => {
    assert.deepEqual(
      withUntrustedUrlSources({ sources: [], bundledCatalog: true }, [['https://models.dev/api.json']]),
      { sources: [{ url: 'https://models.dev/api.json', untrusted: true }], bundledCatalog: true },
    );
  });

  test('no URL in the workspace settings: the section VS Code gave, as it was', () => {
    assert.equal(withUntrustedUrlSources(userSection, []), userSection);
    assert.equal(withUntrustedUrlSources(userSection, [['local.json'], undefined]), userSection);
    assert.equal(withUntrustedUrlSources(null, []), null);
  });

  test('a section that is not an object still carries the marked URLs', () => {
    assert.deepEqual(withUntrustedUrlSources(null, [['https://models.dev/api.json']]), {
      sources: [{ url: 'https://models.dev/api.json', untrusted: true }],
    });
  });
});
