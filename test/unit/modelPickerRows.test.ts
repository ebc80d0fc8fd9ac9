// The rows of the Insert Model ID… quick pick (client/src/modelPickerRows.ts): provider groups in the server's order,
// what each row says, and catalog text that would otherwise render as an icon.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pickerRows } from '../../client/src/modelPickerRows';
import type { ModelPickerItem } from '../../shared/protocol';

function model(provider: string, id: string, extra: Partial<ModelPickerItem> = {}): ModelPickerItem {
  const providerName = provider === 'anthropic' ? 'Anthropic' : provider;
  return { insertText: `${provider}:${id}`, id, provider, providerName, deprecated: false, ...extra };
}

describe('Insert Model ID… rows', () => {
  test('one separator per provider, named for it; groups and rows keep the server order', () => {
    const rows = pickerRows([
      model('anthropic', 'claude-sonnet-4-5'),
      model('acme', 'rocket-1'),
      model('anthropic', 'claude-3-7-sonnet-20250219', { deprecated: true }),
    ]);
    assert.deepEqual(
      rows.map(row => (row.kind === 'separator' ? `-- ${row.label}` : row.label)),
      [
        '-- Anthropic',
        'anthropic:claude-sonnet-4-5',
        'anthropic:claude-3-7-sonnet-20250219',
        '-- acme',
        'acme:rocket-1',
      ],
    );
  });

  test('a row: the ID as inserted, the name, a deprecation mark, then provider, context, prices, release date', () => {
    const [, row] = pickerRows([
      model('anthropic', 'claude-3-7-sonnet-20250219', {
        name: 'Claude Sonnet 3.7',
        contextWindow: 200_000,
        inputPrice: 3,
        outputPrice: 15,
        releaseDate: '2025-02-19',
        deprecated: true,
      }),
    ]);
    assert.equal(row.kind, 'model');
    assert.deepEqual(
      { label: row.label, description: row.description, detail: row.detail },
      {
        label: 'anthropic:claude-3-7-sonnet-20250219',
        description: 'Claude Sonnet 3.7  $(warning) deprecated',
        detail: 'Anthropic · 200K context · $3 in · $15 out per 1M tokens · released 2025-02-19',
      },
    );
  });

  test('what the catalog lacks is left out', () => {
    const [, bare] = pickerRows([model('acme', 'rocket-1')]);
    assert.deepEqual([bare.kind === 'model' && bare.description, bare.kind === 'model' && bare.detail], ['', 'acme']);
    const [, cheap] = pickerRows([model('acme', 'tiny', { inputPrice: 0.075 })]);
    assert.equal(cheap.kind === 'model' && cheap.detail, 'acme · $0.075 in per 1M tokens');
  });

  test('catalog text is shown as written, never as an icon', () => {
    const [separator, row] = pickerRows([model('acme', 'x', { name: 'Evil $(alert)', providerName: '$(gear) Acme' })]);
    assert.equal(separator.label, '\\$(gear) Acme');
    assert.equal(row.kind === 'model' && row.description, 'Evil \\$(alert)');
  });
});
