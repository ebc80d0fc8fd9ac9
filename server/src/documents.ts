// The server's open documents: their text (vscode-languageserver's TextDocuments), the lexical map of each version
// (scanned once, shared by every feature), and when each is diagnosed (at once on open, after a pause on a change,
// again when the catalogs, settings or test support code change).
import { type Connection, type Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LexicalMap } from './strings/lexicalMap';
import { scanText } from './strings/scanDocument';
import { runSafeNotification, type Logger } from './utils/runSafe';

const DIAGNOSTICS_DELAY_MS = 150;

/** Diagnoses one document version; null when it can no longer be (closed, or no scanner for its language). */
export type Diagnose = (document: TextDocument, map: LexicalMap) => Promise<Diagnostic[] | null>;

export class DocumentState {
  readonly documents = new TextDocuments(TextDocument);
  private readonly maps = new Map<string, { version: number; map: LexicalMap }>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
    private readonly diagnose: Diagnose,
  ) {
    this.documents.onDidOpen(event => this.schedule(event.document.uri, 0));
    this.documents.onDidChangeContent(event => this.schedule(event.document.uri));
    this.documents.onDidClose(event => {
      const uri = event.document.uri;
      clearTimeout(this.pending.get(uri));
      this.pending.delete(uri);
      this.maps.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    });
    this.documents.listen(connection);
  }

  /** The document's strings and comments, scanned once per version; undefined for a language without a scanner. */
  lexicalMap(document: TextDocument): LexicalMap | undefined {
    const cached = this.maps.get(document.uri);
    if (cached?.version === document.version) return cached.map;
    const map = scanText(document.getText(), document.languageId);
    if (map) this.maps.set(document.uri, { version: document.version, map });
    return map;
  }

  /**
   * Runs `work` on an open document and its lexical map once `ready` resolved (the settings and catalogs are
   * current); null for a document that is not open or not in a supported language.
   */
  async read<T>(
    uri: string,
    ready: () => Promise<void>,
    work: (document: TextDocument, map: LexicalMap) => T | null,
  ): Promise<T | null> {
    const document = this.documents.get(uri);
    const map = document && this.lexicalMap(document);
    if (!document || !map) return null;
    await ready();
    return work(document, map);
  }

  /** Checks every open document again: the catalogs, the settings or the test support code changed. */
  revalidateAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  private schedule(uri: string, delay = DIAGNOSTICS_DELAY_MS): void {
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        runSafeNotification(this.log, 'Diagnostics', () => this.publish(uri));
      }, delay),
    );
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    const map = document && this.lexicalMap(document);
    if (!document || !map) return;
    const diagnostics = await this.diagnose(document, map);
    // Published for the version diagnosed; a newer one is already scheduled.
    if (diagnostics && this.documents.get(uri))
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }
}
