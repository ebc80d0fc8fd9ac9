// Memory and tail latency at 100,000 models (issue 11): the product's server and the minimal sorted-array server
// (bench/minimalServer.ts) answer the same random distinct prefixes over stdio in the same run, one request to each
// in turn, so both see the same machine. Resident memory is read from /proc after the completions have run, and the
// product's growth over 20,000 distinct completions without forced collection. Targets: RSS ≤ 150 MB; p99 ≤ 1.5× the
// minimal server's and p50 ≤ 2×; growth ≤ 10 %.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../test/helpers/lspSession';

const LATENCY_REQUESTS = 4_000;
const GROWTH_REQUESTS = Number(process.env.GROWTH_REQUESTS) || 20_000;

export interface MemoryLatencyFigures {
  product: { p50: number; p99: number; rssAfter: number; rssAtStart: number; rssAfterGrowth: number };
  minimal: { p50: number; p99: number; rssAfter: number };
}

function residentMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** Seeded: each prefix is a random model ID cut at a random length; no prefix twice (so no cache answers it). */
export function randomDistinctPrefixes(ids: readonly string[], count: number, seed = 7): string[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const prefixes = new Set<string>();
  for (let guard = 0; prefixes.size < count && guard < count * 20; guard++) {
    const id = ids[Math.floor(random() * ids.length)];
    prefixes.add(id.slice(0, 1 + Math.floor(random() * id.length)));
  }
  return [...prefixes];
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

class Client {
  private version = 0;
  private readonly uri: string;

  constructor(
    readonly session: LspSession,
    workspace: string,
  ) {
    this.uri = pathToFileURL(path.join(workspace, `bench-${Math.random()}.py`)).href;
  }

  /** Times one completion of `prefix` typed into `model = "…"`. */
  async complete(prefix: string): Promise<number> {
    const text = `model = "${prefix}"`;
    this.version++;
    await this.session.notify(
      this.version === 1 ? 'textDocument/didOpen' : 'textDocument/didChange',
      this.version === 1
        ? { textDocument: { uri: this.uri, languageId: 'python', version: this.version, text } }
        : { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ text }] },
    );
    const start = process.hrtime.bigint();
    await this.session.request('textDocument/completion', {
      textDocument: { uri: this.uri },
      position: { line: 0, character: 9 + prefix.length },
    });
    return Number(process.hrtime.bigint() - start) / 1e6;
  }
}

export async function memoryLatencyBenchmark(
  catalogFile: string,
  minimalServer: string,
): Promise<MemoryLatencyFigures> {
  const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8')) as Record<
    string,
    { models: Record<string, unknown> }
  >;
  const ids = Object.values(catalog).flatMap(p => Object.keys(p.models));
  const prefixes = randomDistinctPrefixes(ids, LATENCY_REQUESTS + GROWTH_REQUESTS);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-memory-'));
  const product = new LspSession(
    { sources: [catalogFile], bundledCatalog: false, discoverCatalogs: false },
    process.env.PRODUCT_NODE_OPTIONS ? { NODE_OPTIONS: process.env.PRODUCT_NODE_OPTIONS } : {},
    process.env.PRODUCT_SERVER,
  );
  const minimal = new LspSession({}, { MINIMAL_CATALOG: catalogFile }, minimalServer);
  try {
    await product.initialize(workspace);
    await product.waitForSnapshot(s => s.models >= ids.length, 120_000);
    await minimal.initialize(workspace);
    const ours = new Client(product, workspace);
    const floor = new Client(minimal, workspace);
    const productTimes: number[] = [];
    const minimalTimes: number[] = [];
    const slow: [number, string][] = [];
    for (const prefix of prefixes.slice(0, LATENCY_REQUESTS)) {
      productTimes.push(await ours.complete(prefix));
      minimalTimes.push(await floor.complete(prefix));
      slow.push([productTimes[productTimes.length - 1], prefix]);
    }
    if (process.env.SLOW_TRACE)
      console.log(
        slow
          .sort((a, b) => b[0] - a[0])
          .slice(0, 40)
          .map(([t, p]) => `${t.toFixed(2)} ${JSON.stringify(p)}`)
          .join('\n'),
      );
    const rssAtStart = residentMB(product.pid!);
    const minimalRss = residentMB(minimal.pid!);
    const trace: number[] = [];
    for (const [i, prefix] of prefixes.slice(LATENCY_REQUESTS).entries()) {
      await ours.complete(prefix);
      if (i % 2000 === 1999) trace.push(residentMB(product.pid!));
    }
    if (process.env.MEMORY_TRACE) console.log(`RSS every 2,000 completions: ${trace.map(r => r.toFixed(0)).join(' ')}`);
    const rssAfterGrowth = residentMB(product.pid!);
    productTimes.sort((a, b) => a - b);
    minimalTimes.sort((a, b) => a - b);
    return {
      product: {
        p50: percentile(productTimes, 0.5),
        p99: percentile(productTimes, 0.99),
        rssAfter: rssAtStart,
        rssAtStart,
        rssAfterGrowth,
      },
      minimal: { p50: percentile(minimalTimes, 0.5), p99: percentile(minimalTimes, 0.99), rssAfter: minimalRss },
    };
  } finally {
    await product.close();
    await minimal.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

export function memoryLatencyTable(
  f: MemoryLatencyFigures,
  requests = LATENCY_REQUESTS,
  growthRequests = GROWTH_REQUESTS,
): string {
  const growth = ((f.product.rssAfterGrowth - f.product.rssAtStart) / f.product.rssAtStart) * 100;
  return [
    `\n## Memory and tail latency at 100,000 models (issue 11): ${requests.toLocaleString('en')} random distinct prefixes, each to both servers in turn`,
    '',
    '| server | completion p50 ms | p99 ms | RSS after the completions MB |',
    '|---|---:|---:|---:|',
    `| minimal sorted-array server (floor) | ${f.minimal.p50.toFixed(3)} | ${f.minimal.p99.toFixed(3)} | ${f.minimal.rssAfter.toFixed(0)} |`,
    `| model-registry | ${f.product.p50.toFixed(3)} | ${f.product.p99.toFixed(3)} | ${f.product.rssAfter.toFixed(0)} |`,
    `| ratio to the floor | ${(f.product.p50 / f.minimal.p50).toFixed(2)}× | ${(f.product.p99 / f.minimal.p99).toFixed(2)}× | |`,
    '',
    `RSS growth over ${growthRequests.toLocaleString('en')} more distinct completions (no forced GC): ${f.product.rssAtStart.toFixed(0)} → ${f.product.rssAfterGrowth.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %).`,
  ].join('\n');
}
