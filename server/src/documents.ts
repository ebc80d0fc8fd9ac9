// The server's open documents: their text (vscode-languageserver's TextDocuments), the lexical map of each version
// (scanned once, shared by every feature), and when each is diagnosed (at once on open, after a pause on a change,
// again when the catalogs, settings or test support code change).
//
// Squiggles wait until the user stops typing in a string (SPEC §4): the check that follows an edit leaves out the
// model diagnostics of the string holding the edit (a half-typed ID is no typo), and one more check, once the edits
// have paused for QUIET_MS, reports everything. Which check holds them back is decided by order, not by the clock.
import { type Connection, type Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { LexicalMap } from './strings/lexicalMap';
import { literalAt, scanText } from './strings/scanDocument';
import { DEPRECATED_MODEL, UNKNOWN_MODEL } from './utils/diagnosticCodes';
import { runSafeNotification, type Logger } from './utils/runSafe';

const DIAGNOSTICS_DELAY_MS = 150;
/** Past this many characters a document is not analysed (no features, a note in the log): scanning a 50 MB file
 * would hold every request up for seconds. Source files are far smaller; a whole catalog opened as JSON may not be. */
export const MAX_ANALYSED_CHARACTERS = 2_000_000;
/** At most this many diagnostics are published for one document. */
export const MAX_DIAGNOSTICS = 1000;
/** How long the edits in a string must pause before its model diagnostics are shown. */
const QUIET_MS = 800;

/** Diagnoses one document version; null when it can no longer be (closed, or no scanner for its language). */
export type Diagnose = (document: TextDocument, map: LexicalMap) => Promise<Diagnostic[] | null>;

export class DocumentState {
  /** Where each document was last edited (an offset in its current text), until the next check has run. */
  private readonly edits = new Map<string, number>();
  readonly documents = new TextDocuments({
    create: TextDocument.create,
    update: (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
      const updated = TextDocument.update(document, changes, version);
      const edited = editOffset(updated, changes);
      if (edited !== undefined) this.edits.set(document.uri, edited);
      return updated;
    },
  });
  private readonly maps = new Map<string, { version: number; map: LexicalMap }>();
  /** Documents over the size limit, told once in the log. */
  private readonly tooLarge = new Set<string>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly quiet = new Map<string, NodeJS.Timeout>();
  /** Per document: the number of the last check started, and of the last one published (an older one is dropped). */
  private readonly checks = new Map<string, { started: number; published: number }>();

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
    private readonly diagnose: Diagnose,
  ) {
    // TextDocuments tells of an opened document twice: as opened, then as changed. It is checked at once.
    const opening = new Set<string>();
    this.documents.onDidOpen(event => {
      opening.add(event.document.uri);
      this.schedule(event.document.uri, 0);
    });
    this.documents.onDidChangeContent(event => {
      const uri = event.document.uri;
      if (opening.delete(uri)) return;
      this.schedule(uri);
      if (!this.edits.has(uri)) return;
      clearTimeout(this.quiet.get(uri));
      this.quiet.set(
        uri,
        setTimeout(() => {
          this.quiet.delete(uri);
          this.schedule(uri, 0);
        }, QUIET_MS),
      );
    });
    this.documents.onDidClose(event => {
      const uri = event.document.uri;
      for (const timers of [this.pending, this.quiet]) {
        clearTimeout(timers.get(uri));
        timers.delete(uri);
      }
      this.maps.delete(uri);
      this.edits.delete(uri);
      this.checks.delete(uri);
      this.tooLarge.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    });
    this.documents.listen(connection);
  }

  /** The document's strings and comments, scanned once per version; undefined for a language without a scanner. */
  lexicalMap(document: TextDocument): LexicalMap | undefined {
    const cached = this.maps.get(document.uri);
    if (cached?.version === document.version) return cached.map;
    if (document.getText().length > MAX_ANALYSED_CHARACTERS) {
      if (!this.tooLarge.has(document.uri)) {
        this.tooLarge.add(document.uri);
        this.log.error(
          `${document.uri} is not analysed: it is over ${MAX_ANALYSED_CHARACTERS.toLocaleString('en')} characters.`,
        );
      }
      return undefined;
    }
    this.tooLarge.delete(document.uri);
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
    if (!document) return;
    const map = this.lexicalMap(document);
    if (!map) {
      // Grown past the size limit: what was said about an earlier version no longer holds.
      if (this.tooLarge.has(uri))
        await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    // The check right after an edit holds back the edited string's model diagnostics; the quiet timer's does not.
    const edited = this.quiet.has(uri) ? this.edits.get(uri) : undefined;
    if (!this.quiet.has(uri)) this.edits.delete(uri);
    const checks = this.checks.get(uri) ?? { started: 0, published: 0 };
    this.checks.set(uri, checks);
    const check = ++checks.started;
    const diagnostics = await this.diagnose(document, map);
    // A later check already answered (its diagnose was quicker), or the document closed meanwhile.
    if (!diagnostics || check < checks.published || !this.documents.get(uri)) return;
    checks.published = check;
    const shown = (edited === undefined ? diagnostics : withoutTyping(diagnostics, document, map, edited)).slice(
      0,
      MAX_DIAGNOSTICS,
    );
    await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: shown });
  }
}

/**
 * The offset the last of `changes` leaves the cursor at, in the `updated` text (its start is where it was: only text
 * after it moved); undefined for a whole-text change.
 */
function editOffset(updated: TextDocument, changes: readonly TextDocumentContentChangeEvent[]): number | undefined {
  const last = changes.at(-1);
  if (last === undefined || !('range' in last)) return undefined;
  return updated.offsetAt(last.range.start) + last.text.length;
}

/** `diagnostics` but the model ones of the string being typed in (the literal at or just before `offset`). */
function withoutTyping(
  diagnostics: Diagnostic[],
  document: TextDocument,
  map: LexicalMap,
  offset: number,
): Diagnostic[] {
  const literal = literalAt(map, offset) ?? literalAt(map, offset - 1);
  if (!literal) return diagnostics;
  return diagnostics.filter(diagnostic => {
    if (diagnostic.code !== UNKNOWN_MODEL && diagnostic.code !== DEPRECATED_MODEL) return true;
    const start = document.offsetAt(diagnostic.range.start);
    return start < literal.start || start > literal.end;
  });
}
