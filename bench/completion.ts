// Completion latency (issue 3): typing real model IDs one character at a time, against the models.dev catalog and
// the seeded 100k-model catalog. Measured inside the server's code (the feature function, in process) and over a
// real stdio connection, next to the same run's round trip of a request that does no work (the floor). Also: a
// 5,000-line document fully diagnosed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completeModelId } from '../server/src/features/completion';
import { diagnoseModelIds } from '../server/src/features/modelDiagnostics';
import { CatalogSources } from '../server/src/registry/catalogSources';
import { ModelRegistry } from '../server/src/registry/modelRegistry';
import { scanText } from '../server/src/strings/scanDocument';
import { idsOf } from '../test/helpers/indexIds';
import { DEFAULT_CAPABILITIES, LspSession } from '../test/helpers/lspSession';

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

/** Every prefix of `provider:model` for a deterministic sample of the catalog's IDs, as an Elixir user types them. */
function typingSequence(registry: ModelRegistry, count: number): string[] {
  const index = registry.models;
  const specs: string[] = [];
  for (const provider of index.providers()) {
    for (const id of idsOf(index, provider).slice(0, 3)) specs.push(`${provider}:${id}`);
  }
  const step = Math.max(1, Math.floor(specs.length / count));
  const chosen = specs.filter((_, i) => i % step === 0).slice(0, count);
  return chosen.flatMap(spec => Array.from({ length: spec.length }, (_, i) => spec.slice(0, i + 1)));
}

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

function inProcess(registry: ModelRegistry, prefixes: string[]): number[] {
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

async function overStdio(file: string, prefixes: string[]): Promise<{ completion: number[]; floor: number[] }> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-bench-'));
  const session = new LspSession({
    sources: [file],
    bundledCatalog: false,
    discoverCatalogs: false,
    cache: { ttlSeconds: 3600 },
  });
  try {
    // What vscode-languageclient announces for completion lists.
    await session.initialize(workspace, {
      ...DEFAULT_CAPABILITIES,
      textDocument: { completion: { completionList: { itemDefaults: ['editRange', 'data'] } } },
    });
    await session.waitForSnapshot(s => s.models > 0, 60_000);
    const uri = pathToFileURL(path.join(workspace, 'bench.ex')).href;
    const completion: number[] = [];
    const floor: number[] = [];
    let version = 1;
    for (const prefix of prefixes) {
      const text = `ReqLLM.generate_text("${prefix}", "hi")`;
      await session.notify(
        version === 1 ? 'textDocument/didOpen' : 'textDocument/didChange',
        version === 1
          ? { textDocument: { uri, languageId: 'elixir', version, text } }
          : { textDocument: { uri, version }, contentChanges: [{ text }] },
      );
      version++;
      let start = process.hrtime.bigint();
      await session.request('textDocument/completion', {
        textDocument: { uri },
        position: { line: 0, character: 22 + prefix.length },
      });
      completion.push(Number(process.hrtime.bigint() - start) / 1e6);
      start = process.hrtime.bigint();
      await session.request('modelRegistry/noWork').catch(() => undefined); // MethodNotFound: the bare round trip
      floor.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return { completion, floor };
  } finally {
    await session.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
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
  console.log('\n## Completion latency (typing `provider:model` one character at a time; ms)\n');
  console.log(
    '| catalog | requests | in server p50 | in server p99 | stdio p50 | stdio p99 | floor p50 | floor p99 | stdio p99 / floor p99 |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const diagnosed: string[] = [];
  for (const catalog of catalogs) {
    const registry = await loadRegistry(catalog.file);
    const prefixes = typingSequence(registry, 150);
    inProcess(registry, prefixes.slice(0, 200)); // warm-up
    registry.clear();
    const server = summary(inProcess(registry, prefixes));
    const { completion, floor } = await overStdio(catalog.file, prefixes);
    const stdio = summary(completion);
    const bare = summary(floor);
    console.log(
      `| ${catalog.name} | ${prefixes.length} | ${server.p50.toFixed(3)} | ${server.p99.toFixed(3)} | ${stdio.p50.toFixed(3)} | ${stdio.p99.toFixed(3)} | ${bare.p50.toFixed(3)} | ${bare.p99.toFixed(3)} | ${(stdio.p99 / bare.p99).toFixed(1)}× |`,
    );
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
