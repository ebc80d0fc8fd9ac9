import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import type { ModelRecord } from '../../server/src/catalog/modelRecord';
import { escapeMarkdown } from '../../server/src/features/markdown';
import {
  formatPrice,
  formatTokens,
  isDeprecated,
  modelMarkdown,
  shortDetail,
} from '../../server/src/features/modelDocs';
import { readTyped, spell } from '../../server/src/catalog/modelSpelling';
import { applySuppressions } from '../../server/src/features/suppression';

describe('escaping catalog text', () => {
  test('links, command URIs, HTML, emphasis and code spans come out as text', () => {
    assert.equal(escapeMarkdown('[x](command:workbench.action.quit)'), '\\[x\\]\\(command:workbench.action.quit\\)');
    assert.equal(escapeMarkdown('<img src=x onerror="alert(1)">'), '&lt;img src=x onerror=&quot;alert\\(1\\)&quot;>');
    assert.equal(escapeMarkdown('*bold* _it_ `code` ~s~ | t'), '\\*bold\\* \\_it\\_ \\`code\\` \\~s\\~ \\| t');
    assert.equal(escapeMarkdown('a\n\n- b\n# c'), 'a - b # c', 'no new blocks from line breaks');
    assert.equal(escapeMarkdown('Claude Sonnet 4.5 (2025-09-29)'), 'Claude Sonnet 4.5 \\(2025-09-29\\)');
  });

  test('a hover built from a hostile record contains no live link or tag', () => {
    const record: ModelRecord = {
      id: 'x',
      provider: 'evil',
      name: '[click](command:workbench.action.quit) <script>',
      sources: ['<b>src</b>'],
    };
    const markdown = modelMarkdown(record, 'evil:x', '2026-01-01');
    assert.ok(!/\]\(command:/.test(markdown));
    assert.ok(!/<script|<b>/.test(markdown));
  });
});

describe('formatting', () => {
  test('prices in USD per 1M tokens', () => {
    assert.deepEqual([3, 15, 0.15, 0.0375, 2.5, 0, 1234.5, undefined].map(formatPrice), [
      '$3',
      '$15',
      '$0.15',
      '$0.0375',
      '$2.5',
      '$0',
      '$1234.5',
      '?',
    ]);
  });
  test('token counts', () => {
    assert.deepEqual([200000, 1000000, 8192, 128000, 1048576].map(formatTokens), [
      '200K',
      '1M',
      '8,192',
      '128K',
      '1,048,576',
    ]);
  });
  test('short detail', () => {
    assert.equal(
      shortDetail({
        id: 'm',
        provider: 'p',
        contextWindow: 200000,
        inputPricePerMTok: 3,
        outputPricePerMTok: 15,
        sources: [],
      }),
      '200K ctx · $3 / $15 per 1M',
    );
    assert.equal(shortDetail({ id: 'm', provider: 'p', sources: [] }), 'p');
  });
  test('deprecated: flagged, retired, or past its deprecation date; a project may overrule', () => {
    const base = { id: 'm', provider: 'p', sources: [] };
    assert.equal(isDeprecated({ ...base, deprecated: true }, '2026-01-01'), true);
    assert.equal(isDeprecated({ ...base, deprecationDate: '2025-12-31' }, '2026-01-01'), true);
    assert.equal(isDeprecated({ ...base, deprecationDate: '2026-06-01' }, '2026-01-01'), false);
    assert.equal(isDeprecated({ ...base, deprecated: false, deprecationDate: '2020-01-01' }, '2026-01-01'), false);
  });
});

describe('spellings', () => {
  const index = new ModelIndex([
    [
      { id: 'claude-3-7-sonnet-20250219', provider: 'anthropic', sources: [] },
      { id: 'openai/gpt-4o', provider: 'openrouter', sources: [] },
      { id: 'gpt-4o', provider: 'openai', sources: [] },
      { id: 'anthropic.claude-v2:1', provider: 'amazon-bedrock', sources: [] },
    ],
  ]);
  test('provider prefixes count only for known providers', () => {
    assert.deepEqual(readTyped('anthropic:cla', index), { provider: 'anthropic', separator: ':', model: 'cla' });
    assert.deepEqual(readTyped('openrouter/openai/gpt', index), {
      provider: 'openrouter',
      separator: '/',
      model: 'openai/gpt',
    });
    assert.deepEqual(readTyped('amazon_bedrock:anthropic.claude-v2:1', index), {
      provider: 'amazon_bedrock',
      separator: ':',
      model: 'anthropic.claude-v2:1',
    });
    assert.deepEqual(readTyped('hello:world', index), { model: 'hello:world' });
    assert.deepEqual(readTyped('gpt-4o@openai', index), { provider: 'openai', separator: '@', model: 'gpt-4o' });
    assert.deepEqual(readTyped('gpt-4o@op', index), { separator: '@', model: 'gpt-4o', providerPrefix: 'op' });
  });
  test('spelled back the same way', () => {
    assert.equal(spell('anthropic', ':', 'claude-x'), 'anthropic:claude-x');
    assert.equal(spell('openai', '@', 'gpt-4o'), 'gpt-4o@openai');
    assert.equal(spell(undefined, undefined, 'gpt-4o'), 'gpt-4o');
  });
});

describe('suppression comments', () => {
  const text = [
    'a = "x" # model-registry-disable-next-line unknown-model',
    'b = "y"',
    'c = "z"',
    '# model-registry-disable-next-line',
    'd = "w"',
  ].join('\n');
  const document = TextDocument.create('file:///t.py', 'python', 1, text);
  const comments: [number, number][] = text.split('\n').flatMap((line, i) => {
    const at = line.indexOf('#');
    const start = text.split('\n').slice(0, i).join('\n').length + (i ? 1 : 0);
    return at < 0 ? [] : [[start + at, start + line.length] as [number, number]];
  });
  const diagnostic = (line: number, code: string) => ({
    range: { start: { line, character: 5 }, end: { line, character: 6 } },
    message: '',
    code,
  });
  const map = { strings: [], comments };

  test('next-line with and without codes', () => {
    const kept = applySuppressions(
      [
        diagnostic(1, 'unknown-model'),
        diagnostic(1, 'deprecated-model'),
        diagnostic(2, 'unknown-model'),
        diagnostic(4, 'real-registry-call'),
      ],
      document,
      map,
    );
    assert.deepEqual(
      kept.map(d => [d.range.start.line, d.code]),
      [
        [1, 'deprecated-model'],
        [2, 'unknown-model'],
      ],
    );
  });

  test('disable-file silences the file', () => {
    const fileText = '# model-registry-disable-file\nx = "y"';
    const fileDocument = TextDocument.create('file:///u.py', 'python', 1, fileText);
    assert.deepEqual(
      applySuppressions([diagnostic(1, 'unknown-model')], fileDocument, { strings: [], comments: [[0, 29]] }),
      [],
    );
  });
});
