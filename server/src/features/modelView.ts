// What the user is told about a model a string names (hover, completion details, diagnostics): the row the string
// resolved to, with the model's own facts taken from its creator's row where the row lacks them (a reseller's row
// never overrides the creator's release date or knowledge cutoff), its lifecycle with the source of each claim, and
// the other providers that offer it.
import type { ModelIndex, Reading, Resolution } from '../catalog/modelIndex';
import type { LifecycleClaim, ModelRecord } from '../catalog/modelRecord';
import type { SourceRef } from '../catalog/modelColumns';

export interface OtherOffering {
  provider: string;
  /** Prices when they differ from the shown row's. */
  inputPrice?: number;
  outputPrice?: number;
}

export interface ModelView {
  record: ModelRecord;
  providerName: string;
  resolution: Resolution;
  /** For a version alias or a fine-tune: the ID of the model it stands for. */
  standsFor?: string;
  /** When the row is a reseller's: the creator's provider ID. */
  creator?: string;
  /** When the provider the text named lacks the ID and another's listing is shown (`elsewhere`): its display name. */
  namedProviderName?: string;
  retired: boolean;
  claims: readonly LifecycleClaim[];
  /** The claim the status names (`retiringClaim`). */
  claim?: LifecycleClaim;
  others: OtherOffering[];
  /** How many other providers offer it in all (`others` may be cut). */
  otherCount: number;
  sources: readonly SourceRef[];
}

/** Model facts that belong to the model, not to one provider's offering of it. */
const INTRINSIC = ['name', 'family', 'releaseDate', 'knowledgeCutoff', 'modalities', 'openWeights'] as const;
const OTHERS_SHOWN = 8;

/** Readings by which the text names another ID than the record's: the hover says which it stands for. */
const STANDS_FOR: ReadonlySet<Reading> = new Set(['latest', 'snapshot', 'version', 'variant', 'fine-tune']);

export function modelView(index: ModelIndex, resolution: Resolution, today: string): ModelView {
  const { row } = resolution;
  const record = index.record(row);
  const creatorRow = index.creatorRow(row);
  if (creatorRow !== row) {
    const creator = index.record(creatorRow);
    for (const field of INTRINSIC)
      if (record[field] === undefined && creator[field] !== undefined)
        Object.assign(record, { [field]: creator[field] });
  }
  const { retired, claims } = index.lifecycleOf(resolution, today);
  // One entry per other provider that still offers it: a provider's regional or tiered listings of the model
  // (Bedrock's `us.`/`eu.` IDs) are one offering, the hovered provider is not "another", and one that stopped
  // listing it (the bundled catalog's delisted records) offers it no more.
  const seen = new Set([index.provider(row)]);
  const otherRows = index
    .otherOfferings(row)
    .filter(other => index.retired[other] === 0 && !seen.has(index.provider(other)) && seen.add(index.provider(other)));
  const others = otherRows.slice(0, OTHERS_SHOWN).map(other => {
    const offering: OtherOffering = { provider: index.provider(other) };
    const input = index.columns.number(other, 'inputPricePerMTok');
    const output = index.columns.number(other, 'outputPricePerMTok');
    if (
      (input !== undefined || output !== undefined) &&
      (input !== record.inputPricePerMTok || output !== record.outputPricePerMTok)
    ) {
      if (input !== undefined) offering.inputPrice = input;
      if (output !== undefined) offering.outputPrice = output;
    }
    return offering;
  });
  const view: ModelView = {
    record,
    providerName: index.providerDisplayName(record.provider),
    resolution,
    retired,
    claims,
    others,
    otherCount: otherRows.length,
    sources: index.columns.sourcesOf(row),
  };
  const claim = retiringClaim(claims, today);
  if (claim !== undefined) view.claim = claim;
  if (STANDS_FOR.has(resolution.reading)) view.standsFor = record.id;
  if (creatorRow !== row) view.creator = index.provider(creatorRow);
  if (resolution.reading === 'elsewhere' && resolution.namedProvider !== undefined)
    view.namedProviderName = index.providerDisplayName(resolution.namedProvider);
  return view;
}

/**
 * The claim a deprecation report names: one that says deprecated or retired, else one with a date that has passed
 * (`today`), else a catalog's mere delisting — the weakest word, named only when no other says as much.
 */
export function retiringClaim(claims: readonly LifecycleClaim[], today: string): LifecycleClaim | undefined {
  const says = (c: LifecycleClaim): boolean =>
    c.deprecated === true || c.status === 'deprecated' || c.status === 'retired';
  return (
    claims.find(c => says(c) && c.delisted !== true) ??
    claims.find(c => c.deprecationDate !== undefined && c.deprecationDate <= today) ??
    claims.find(says) ??
    claims.find(c => c.deprecationDate !== undefined)
  );
}
