// How the Insert Model ID… quick pick shows the server's candidates: one group per provider under a separator with
// its display name, groups and rows in the order the server ranked them; each row shows the ID as it is inserted,
// the model's name, a deprecation mark, and a detail line with the provider (so it can be searched), the context
// window, the prices per 1M tokens and the release date. No `vscode` import, so it is unit-tested
// (test/unit/modelPickerRows.test.ts); commands/insertModel.ts shows the rows.
import type { ModelPickerItem } from '../../shared/protocol';
import { glanceTokens } from '../../shared/tokenCount';

export type PickerRow =
  | { kind: 'separator'; label: string }
  | { kind: 'model'; label: string; description: string; detail: string; model: ModelPickerItem };

/** Groups by provider in the order each provider first appears, keeping the server's order within a group. */
export function pickerRows(items: readonly ModelPickerItem[]): PickerRow[] {
  const groups = new Map<string, ModelPickerItem[]>();
  for (const item of items) {
    const group = groups.get(item.provider);
    if (group) group.push(item);
    else groups.set(item.provider, [item]);
  }
  return [...groups.values()].flatMap((group): PickerRow[] => [
    { kind: 'separator', label: noIcons(group[0].providerName) },
    ...group.map(modelRow),
  ]);
}

function modelRow(model: ModelPickerItem): PickerRow {
  const description = [model.name && noIcons(model.name), model.deprecated ? '$(warning) deprecated' : undefined];
  const detail = [
    noIcons(model.providerName),
    model.contextWindow === undefined ? undefined : `${glanceTokens(model.contextWindow)} context`,
    formatPrices(model),
    model.releaseDate === undefined ? undefined : `released ${model.releaseDate}`,
  ];
  return {
    kind: 'model',
    label: noIcons(model.insertText),
    description: description.filter(present).join('  '),
    detail: detail.filter(present).join(' · '),
    model,
  };
}

/** `$3 in · $15 out per 1M tokens`; either price alone when the catalog has only one. */
function formatPrices({ inputPrice, outputPrice }: ModelPickerItem): string | undefined {
  const prices = [
    inputPrice === undefined ? undefined : `${usd(inputPrice)} in`,
    outputPrice === undefined ? undefined : `${usd(outputPrice)} out`,
  ].filter(present);
  return prices.length ? `${prices.join(' · ')} per 1M tokens` : undefined;
}

function usd(price: number): string {
  return `$${price.toLocaleString('en-US', { maximumFractionDigits: 4 })}`;
}

/** Quick pick rows render `$(name)` as an icon; a catalog's text is shown as written. */
function noIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

function present(part: string | undefined): part is string {
  return part !== undefined && part !== '';
}
