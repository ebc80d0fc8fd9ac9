// Completion inside the server's code (the feature function, in process): random distinct prefixes of the catalog's
// IDs (no prefix twice: a typing sequence's prefixes would be answered by the cache) in a ReqLLM call, against the
// models.dev catalog and the seeded 100k-model catalog. Over stdio, next to a minimal server, see memoryLatency.ts.
// Also: a 5,000-line document fully diagnosed.
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completeModelId } from '../server/src/features/completion';
import { diagnoseModelIds } from '../server/src/features/modelDiagnostics';
import { CatalogSources } from '../server/src/registry/catalogSources';
import { ModelRegistry } from '../server/src/registry/modelRegistry';
import { scanText } from '../server/src/strings/scanDocument';
import { idsOf } from '../test/helpers/indexIds';
import { randomDistinctPrefixes } from './memoryLatency';

const CACHE = { maxEntries: 10000, maxSizeMB: 64, ttlSeconds: 3600 };
const TODAY = '2026-11-21';

export interface CatalogUnderTest {
  name: string;
  file: string;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const summary = (values: number[]): { p50: number; p99: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
};

async function loadRegistry(file: string): Promise<ModelRegistry> {
  const registry = new ModelRegistry(CACHE, { sources: new CatalogSources() });
  registry.configure(
    [
      {
        name: path.basename(file),
        layer: 'sources',
        format: 'auto',
        files: { cwd: path.dirname(file), patterns: [path.basename(file)] },
      },
    ],
    CACHE,
  );
  await registry.ready();
  return registry;
}

function inProcess(registry: ModelRegistry, prefixes: readonly string[]): number[] {
  const times: number[] = [];
  for (const prefix of prefixes) {
    const document = TextDocument.create('file:///bench.ex', 'elixir', 1, `ReqLLM.generate_text("${prefix}", "hi")`);
    const start = process.hrtime.bigint();
    const map = scanText(document.getText(), 'elixir')!;
    completeModelId(
      document,
      { line: 0, character: 22 + prefix.length },
      { queries: registry.queries, lexicalMap: map, maxItems: 100, today: TODAY },
    );
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** A 5,000-line Elixir module calling models; one ID in `typoEvery` is misspelt (each needs suggestions). */
function diagnoseLargeDocument(
  registry: ModelRegistry,
  typoEvery: number,
): { lines: number; ms: number; diagnostics: number } {
  const index = registry.models;
  const ids = index.providers().flatMap(p =>
    idsOf(index, p)
      .slice(0, 2)
      .map(id => `${p}:${id}`),
  );
  const lines: string[] = ['defmodule Bench do'];
  for (let i = 0; lines.length < 4999; i++) {
    const spec = i % typoEvery === 0 ? `${ids[i % ids.length]}-typo` : ids[i % ids.length];
    lines.push(
      i % 5 === 0
        ? `  # calls ${spec} in a comment`
        : `  def f${i}, do: ReqLLM.generate_text("${spec}", "prompt #{${i}}")`,
    );
  }
  lines.push('end');
  const text = lines.join('\n');
  const runs: number[] = [];
  let count = 0;
  for (let i = 0; i < 15; i++) {
    registry.clear(); // every literal resolved afresh: no help from the cache
    const document = TextDocument.create('file:///big.ex', 'elixir', 1, text);
    const start = process.hrtime.bigint();
    const map = scanText(text, 'elixir')!;
    count = diagnoseModelIds(document, {
      queries: registry.queries,
      lexicalMap: map,
      today: TODAY,
      reportUnknown: true,
    }).length;
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { lines: lines.length, ms: summary(runs).p50, diagnostics: count };
}

export async function completionBenchmark(catalogs: CatalogUnderTest[]): Promise<void> {
  console.log(
    "\n## Completion in the server's code (random distinct `provider:model` prefixes in a ReqLLM call; ms)\n",
  );
  console.log('| catalog | requests | p50 | p90 | p99 |');
  console.log('|---|---:|---:|---:|---:|');
  const diagnosed: string[] = [];
  for (const catalog of catalogs) {
    const registry = await loadRegistry(catalog.file);
    const index = registry.models;
    const specs = Array.from({ length: index.size }, (_, row) => `${index.provider(row)}:${index.id(row)}`);
    const prefixes = randomDistinctPrefixes(specs, 5000);
    inProcess(registry, randomDistinctPrefixes(specs, 500, 99)); // warm-up, other prefixes
    const sorted = inProcess(registry, prefixes).sort((a, b) => a - b);
    const at = (p: number): string => sorted[Math.floor(sorted.length * p)].toFixed(3);
    console.log(`| ${catalog.name} | ${prefixes.length} | ${at(0.5)} | ${at(0.9)} | ${at(0.99)} |`);
    for (const typoEvery of [50, 7]) {
      const big = diagnoseLargeDocument(registry, typoEvery);
      diagnosed.push(
        `| ${catalog.name} | 1 in ${typoEvery} | ${big.lines} | ${big.diagnostics} | ${big.ms.toFixed(1)} |`,
      );
    }
  }
  console.log(
    '\n## A 5,000-line Elixir document fully diagnosed (scan + unknown/deprecated checks, cache cleared before each of 15 runs; median)\n',
  );
  console.log('| catalog | misspelt IDs | lines | diagnostics | ms |');
  console.log('|---|---|---:|---:|---:|');
  for (const row of diagnosed) console.log(row);
}
