// Staleness of a stub fixture (issue 13): in a file `model-registry fixture` wrote (known by its header's marker),
// every model the fixture lists — the `id` (and `provider`) of each map, in any of the four formats — is looked up in
// the loaded catalogs, fixtures left out: when a fixture is a loaded catalog too (`model_registry.json`, a `--source`),
// its rows vouch for no ID, its own or another fixture's. A model no other catalog lists is `unknown-model`, one the
// catalogs now call deprecated or retired is `deprecated-model`; both say when the fixture's data is from and the
// command that regenerates it. Unlike other model IDs, a fixture's are checked in test files too: that is where
// fixtures live.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldId } from '../catalog/identity';
import type { ModelIndex } from '../catalog/modelIndex';
import { fixtureHeader } from '../fixtures/fixtureFiles';
import type { LexicalMap, StringLiteral } from '../strings/lexicalMap';
import { DEPRECATED_MODEL, DIAGNOSTIC_SOURCE, UNKNOWN_MODEL } from '../utils/diagnosticCodes';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { describeClaim } from './modelDocs';
import { retiringClaim } from './modelView';
import type { ModelDiagnosticData } from './modelDiagnostics';

export interface FixtureDiagnosticsDeps {
  index: ModelIndex;
  lexicalMap: LexicalMap;
  today: string;
  /** Whether unknown-model may fire: the catalogs hold models and none failed with no data to show. */
  reportUnknown: boolean;
}

/** One model of a fixture: the literals of its map's `id` and `provider` values. */
export interface FixtureEntry {
  id: StringLiteral;
  provider?: StringLiteral;
}

/** A fixture suggests no replacement ID: the other facts of its entry belong to the model it names. */
const NO_REPLACEMENTS: ModelDiagnosticData = { replacements: [] };

export function diagnoseFixture(document: TextDocument, deps: FixtureDiagnosticsDeps): Diagnostic[] {
  const text = document.getText();
  const { data, regenerate } = fixtureHeader(text);
  const written = data === undefined ? '' : ` (the fixture was written from ${data})`;
  const fix = `Regenerate the fixture${regenerate === undefined ? ' with model-registry fixture' : `: ${regenerate}`}`;
  const diagnostics: Diagnostic[] = [];
  for (const entry of fixtureEntries(text, deps.lexicalMap)) {
    const id = text.slice(entry.id.contentStart, entry.id.contentEnd);
    const provider = entry.provider && text.slice(entry.provider.contentStart, entry.provider.contentEnd);
    const range = { start: document.positionAt(entry.id.contentStart), end: document.positionAt(entry.id.contentEnd) };
    const row = vouchedRow(deps.index, provider, id);
    if (row === undefined) {
      if (!deps.reportUnknown) continue;
      const known = provider === undefined ? undefined : deps.index.knownProvider(provider);
      const where =
        provider === undefined
          ? 'No loaded catalog lists it'
          : known === undefined
            ? `No loaded catalog lists the provider "${provider}"`
            : `${deps.index.providerDisplayName(known)} does not offer it in the loaded catalogs`;
      diagnostics.push({
        range,
        severity: DiagnosticSeverity.Warning,
        source: DIAGNOSTIC_SOURCE,
        code: UNKNOWN_MODEL,
        message: `Unknown model "${id}"\n${where} any more${written}.\n${fix}`,
        data: NO_REPLACEMENTS,
      });
      continue;
    }
    const { retired, claims } = deps.index.lifecycle(row, deps.today);
    if (!retired) continue;
    const claim = retiringClaim(claims, deps.today);
    diagnostics.push({
      range,
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: DEPRECATED_MODEL,
      tags: [DiagnosticTag.Deprecated],
      message: `Deprecated model "${id}"${claim ? ` (${describeClaim(claim)})` : ''}\nIt was current when the fixture was written${data === undefined ? '' : ` from ${data}`}.\n${fix}`,
      data: NO_REPLACEMENTS,
    });
  }
  return diagnostics;
}

/**
 * The row of the catalogs, fixtures left out, that names the model: `provider`'s `id` (a bare `id` when the entry has
 * no provider), in the spelling written or another spelling of the same ID.
 */
function vouchedRow(index: ModelIndex, provider: string | undefined, id: string): number | undefined {
  const vouched = (row: number): boolean => index.columns.sourcesOf(row).some(source => !source.fixture);
  const found = provider === undefined ? index.resolve(id) : index.resolveNamed(provider, id);
  if (found && vouched(found.row)) return found.row;
  const canonical = provider === undefined ? undefined : index.knownProvider(provider);
  if (provider !== undefined && canonical === undefined) return undefined;
  const folded = foldId(id);
  const rows = canonical === undefined ? index.sortedRows : index.providerSlice(canonical);
  for (const row of index.prefixRange(rows, folded)) if (index.folded[row] === folded && vouched(row)) return row;
  return undefined;
}

/**
 * The models a fixture lists: each map (the innermost `{…}` outside strings and comments) with a plain string under the
 * key `id`, and the string under `provider` in the same map.
 */
export function fixtureEntries(text: string, map: LexicalMap): FixtureEntry[] {
  const skipped = [...map.strings.map(s => [s.start, s.end] as const), ...map.comments].sort((a, b) => a[0] - b[0]);
  const objectOf = new Map<StringLiteral, number>();
  const open: number[] = [];
  let objects = 0;
  let next = 0; // the next literal of map.strings to place
  let skip = 0;
  for (let i = 0; i < text.length; i++) {
    while (skip < skipped.length && skipped[skip][1] <= i) skip++;
    if (skip < skipped.length && skipped[skip][0] <= i) {
      for (; next < map.strings.length && map.strings[next].start < skipped[skip][1]; next++)
        if (map.strings[next].start === i && open.length > 0) objectOf.set(map.strings[next], open[open.length - 1]);
      i = skipped[skip][1] - 1;
      continue;
    }
    if (text[i] === '{') open.push(objects++);
    else if (text[i] === '}') open.pop();
  }
  const entries = new Map<number, Partial<FixtureEntry>>();
  for (const [literal, object] of objectOf) {
    if (literal.interpolations.length > 0 || (literal.key !== 'id' && literal.key !== 'provider')) continue;
    const entry = entries.get(object) ?? {};
    entry[literal.key] ??= literal;
    entries.set(object, entry);
  }
  return [...entries.values()].filter((e): e is FixtureEntry => e.id !== undefined);
}
