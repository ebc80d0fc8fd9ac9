// Measures the product on the realistic-code corpus (test/corpus, README there) through a real stdio connection to
// the bundled server, with the catalogs a user would have: the bundled one plus the real LiteLLM and OpenRouter files
// of ../shared/catalogs. Shared by the corpus tests (which assert on it) and `npm run bench` (which tabulates it).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cursor } from './cursor';
import { LspSession } from './lspSession';

// From test/helpers, and from bench/.data when the benchmarks bundle this file (both two levels down).
export const CORPUS = path.resolve(__dirname, '../../test/corpus');
export const SHARED_CATALOGS = path.resolve(__dirname, '../../../shared/catalogs');
export const LITELLM = path.join(SHARED_CATALOGS, 'litellm-model_prices_and_context_window.json');
export const OPENROUTER = path.join(SHARED_CATALOGS, 'openrouter-api-v1-models.json');

const EXTENSIONS: Readonly<Record<string, string>> = {
  typescript: 'ts',
  typescriptreact: 'tsx',
  javascript: 'js',
  javascriptreact: 'jsx',
  python: 'py',
  elixir: 'ex',
  yaml: 'yaml',
  json: 'json',
  toml: 'toml',
};

export interface CompletionQuery {
  id: string;
  library: string;
  language: string;
  text: string;
  want: string;
  /** Catalog provider of the wanted model. */
  provider: string;
  maxRank: number;
}
export interface HoverQuery {
  id: string;
  language: string;
  text: string;
  provider: string;
  modelId: string;
}
export interface TypoQuery {
  id: string;
  kind: 'typo' | 'variant';
  language: string;
  text: string;
  want: string;
}

export function corpusFile<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, name), 'utf8')) as T;
}

interface Diagnostic {
  code?: string | number;
  message: string;
  range: { start: { line: number; character: number } };
  data?: { replacements?: string[] };
}

/** A server session over stdio on a scratch workspace, with the user-like catalogs loaded. */
export class CorpusSession {
  private readonly session: LspSession;
  private readonly workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-corpus-'));
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private opened = 0;

  constructor() {
    this.session = new LspSession({
      sources: [{ path: LITELLM, format: 'litellm' }, OPENROUTER],
      completion: { maxItems: 100 },
    });
    this.session.connection.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: Diagnostic[] }) => {
        this.diagnostics.set(p.uri, p.diagnostics);
      },
    );
  }

  async start(): Promise<void> {
    await this.session.initialize(this.workspace);
    await this.session.request('modelRegistry/refreshCache');
  }

  async close(): Promise<void> {
    await this.session.close();
    fs.rmSync(this.workspace, { recursive: true, force: true });
  }

  /** Opens `text` as a document at `relative` in the workspace (test-file globs apply to that path). */
  async open(relative: string, language: string, text: string): Promise<string> {
    const uri = pathToFileURL(path.join(this.workspace, relative)).href;
    await this.session.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: language, version: 1, text },
    });
    return uri;
  }

  async closeDocument(uri: string): Promise<void> {
    await this.session.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The labels a completion at the `|` offers, in order. */
  async complete(language: string, marked: string): Promise<string[]> {
    const { text, position } = cursor(marked);
    const uri = await this.open(`src/query-${this.opened++}.${EXTENSIONS[language]}`, language, text);
    const list = await this.session.request<{ items: { label: string }[] } | null>('textDocument/completion', {
      textDocument: { uri },
      position,
    });
    await this.closeDocument(uri);
    return list?.items.map(i => i.label) ?? [];
  }

  /** The hover's Markdown at the `|`, or null. */
  async hover(language: string, marked: string): Promise<string | null> {
    const { text, position } = cursor(marked);
    const uri = await this.open(`src/query-${this.opened++}.${EXTENSIONS[language]}`, language, text);
    const hover = await this.session.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position,
    });
    await this.closeDocument(uri);
    return hover?.contents.value ?? null;
  }

  /** The diagnostics the server publishes for a document (waiting for them). */
  async diagnose(relative: string, language: string, text: string): Promise<Diagnostic[]> {
    const uri = await this.open(relative, language, text);
    for (let i = 0; i < 500 && !this.diagnostics.has(uri); i++) await new Promise(r => setTimeout(r, 10));
    const found = this.diagnostics.get(uri);
    await this.closeDocument(uri);
    if (!found) throw new Error(`no diagnostics were published for ${relative}`);
    return found;
  }
}

/** `Provider: OpenAI (openai)` → `openai`; the model ID from the title or the Model ID row. */
export function hoverIdentity(markdown: string): { provider?: string; id?: string } {
  // `- Provider: Vertex \(Anthropic\) (google-vertex-anthropic)`: the ID is the last unescaped parenthesis.
  const provider = /- Provider: (?:.*[^\\])?\(([^)\\]+)\)(?:,|$)|- Provider: ([^\s,]+)$/m.exec(markdown);
  const modelId = /- Model ID: ([^\n]+)/.exec(markdown);
  const title = /^\*\*([^*]+)\*\*/.exec(markdown);
  const unescape = (s: string | undefined) => s?.replace(/\\(.)/g, '$1');
  return { provider: unescape(provider?.[1] ?? provider?.[2]), id: unescape(modelId?.[1] ?? title?.[1]) };
}

export interface QualityReport {
  completion: {
    id: string;
    library: string;
    provider: string;
    want: string;
    rank: number;
    maxRank: number;
    top: string[];
  }[];
  hover: { id: string; expected: string; got: string }[];
  typos: { id: string; kind: string; want: string; got: string[]; codes: string[] }[];
  lookalikes: { file: string; lines: number; falseAlarms: { line: number; message: string }[] }[];
}

/** Runs every corpus query and lookalike file through the session. */
export async function measureCorpus(session: CorpusSession): Promise<QualityReport> {
  const report: QualityReport = { completion: [], hover: [], typos: [], lookalikes: [] };
  for (const q of corpusFile<CompletionQuery[]>('completion.json')) {
    const labels = await session.complete(q.language, q.text);
    report.completion.push({
      id: q.id,
      library: q.library,
      provider: q.provider,
      want: q.want,
      rank: labels.indexOf(q.want) + 1,
      maxRank: q.maxRank,
      top: labels.slice(0, 3),
    });
  }
  for (const q of corpusFile<HoverQuery[]>('hover.json')) {
    const markdown = await session.hover(q.language, q.text);
    const got = markdown === null ? 'no hover' : `${hoverIdentity(markdown).provider}|${hoverIdentity(markdown).id}`;
    report.hover.push({ id: q.id, expected: `${q.provider}|${q.modelId}`, got });
  }
  for (const q of corpusFile<TypoQuery[]>('typos.json')) {
    const { text } = cursor(q.text);
    const found = await session.diagnose(`src/typo-${q.id}.${EXTENSIONS[q.language]}`, q.language, text);
    const unknown = found.filter(d => d.code === 'unknown-model');
    report.typos.push({
      id: q.id,
      kind: q.kind,
      want: q.want,
      got: unknown[0]?.data?.replacements ?? [],
      codes: found.map(d => String(d.code)),
    });
  }
  for (const file of listFiles(path.join(CORPUS, 'lookalikes'))) {
    const relative = path.relative(path.join(CORPUS, 'lookalikes'), file);
    const text = fs.readFileSync(file, 'utf8');
    const language =
      Object.entries(EXTENSIONS).find(([, ext]) => file.endsWith(`.${ext}`))?.[0] ??
      (file.endsWith('.exs') ? 'elixir' : undefined);
    if (!language) continue;
    const found = await session.diagnose(relative, language, text);
    const falseAlarms = found
      .filter(d => d.code === 'unknown-model')
      .map(d => ({ line: d.range.start.line + 1, message: d.message.split('\n')[0] }));
    report.lookalikes.push({ file: relative, lines: text.split('\n').length, falseAlarms });
  }
  return report;
}

export function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
