// Every diagnostic of one document, for the server and the CLI alike (so the editor and CI always agree): model IDs
// (`unknown-model`, `deprecated-model`) when a registry is given — in a stub fixture, the models it lists
// (fixtureDiagnostics.ts) — calls to the real registry in test files, then
// suppression comments, then the user's control (SPEC §4 Control): per-code severity or `off`, excluded files,
// known models. Each diagnostic links to its README section.
import picomatch from 'picomatch';
import type { Diagnostic, DiagnosticSeverity as LspSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ExtraModelCall } from '../callContexts/modelSlots';
import type { ModelQueries } from '../registry/modelQueries';
import { diagnoseRegistryCalls, type RegistryCallContext } from '../registryCalls/diagnose';
import { testFileMatcher } from '../registryCalls/testFiles';
import type { SeverityLevel, Settings } from '../utils/settings';
import type { LexicalMap } from '../strings/lexicalMap';
import { codeDescription, DIAGNOSTIC_CODES, type DiagnosticCode, UNKNOWN_MODEL } from '../utils/diagnosticCodes';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { isFixtureText } from '../fixtures/fixtureFiles';
import { diagnoseFixture } from './fixtureDiagnostics';
import { diagnoseModelIds } from './modelDiagnostics';
import { applySuppressions } from './suppression';

/** The user's control over model diagnostics, from the settings and workspace folders. */
export interface DiagnosticControl {
  severity: Readonly<Record<DiagnosticCode, SeverityLevel>>;
  isExcluded(file: string | undefined): boolean;
  isKnownModel(text: string): boolean;
  modelCalls: readonly ExtraModelCall[];
}

export interface DocumentDiagnosticsDeps {
  /** The loaded catalogs; without them (a plain `model-registry check`) model IDs are not checked. */
  queries?: ModelQueries;
  registryCalls: RegistryCallContext;
  /** `YYYY-MM-DD`, for deprecation dates. */
  today: string;
  control: DiagnosticControl;
  /** The catalogs can tell a model is unknown: they hold models, and no source failed with no data to show. */
  catalogsComplete: boolean;
}

export function diagnosticControl(
  settings: Pick<Settings, 'diagnostics' | 'knownModels' | 'modelCalls'>,
  folders: readonly string[],
): DiagnosticControl {
  const excluded = settings.diagnostics.exclude.length
    ? testFileMatcher(settings.diagnostics.exclude, folders)
    : () => false;
  const known = settings.knownModels.length
    ? picomatch(settings.knownModels, { dot: true, nocase: true })
    : () => false;
  return {
    severity: settings.diagnostics.severity,
    isExcluded: file => file !== undefined && excluded(file),
    isKnownModel: text => known(text),
    modelCalls: settings.modelCalls,
  };
}

/**
 * `file` is the document's path (undefined for an unsaved one, which is no test file). `lexicalMap` is asked for
 * only when needed: without a registry, most files are settled by one text search.
 */
export function diagnoseDocument(
  document: TextDocument,
  file: string | undefined,
  lexicalMap: () => LexicalMap | undefined,
  deps: DocumentDiagnosticsDeps,
): Diagnostic[] {
  const { control } = deps;
  const diagnostics = diagnoseRegistryCalls(document, file, deps.registryCalls, lexicalMap);
  const modelsWanted = deps.queries !== undefined && !control.isExcluded(file);
  const map = modelsWanted ? lexicalMap() : undefined;
  if (deps.queries && map && isFixtureText(document.getText())) {
    const reportUnknown = deps.catalogsComplete && control.severity[UNKNOWN_MODEL] !== 'off';
    const index = deps.queries.models;
    diagnostics.push(...diagnoseFixture(document, { index, lexicalMap: map, today: deps.today, reportUnknown }));
  } else if (deps.queries && map) {
    const isTestFile = file !== undefined && deps.registryCalls.isTestFile(file);
    diagnostics.push(
      ...diagnoseModelIds(document, {
        queries: deps.queries,
        lexicalMap: map,
        today: deps.today,
        modelCalls: control.modelCalls,
        // Tests use placeholders (`"test:model"`); and an incomplete catalog would call real models unknown.
        reportUnknown: deps.catalogsComplete && !isTestFile && control.severity[UNKNOWN_MODEL] !== 'off',
        isKnownModel: control.isKnownModel,
      }),
    );
  }
  if (diagnostics.length === 0) return diagnostics;
  return applyControl(applySuppressions(diagnostics, document, lexicalMap()!), control);
}

const LSP_SEVERITY: Readonly<Record<Exclude<SeverityLevel, 'off'>, LspSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Each code's severity from the settings (`off` drops it), and its documentation link. */
function applyControl(diagnostics: Diagnostic[], control: DiagnosticControl): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code as DiagnosticCode;
    if (!(DIAGNOSTIC_CODES as readonly unknown[]).includes(code)) {
      out.push(diagnostic);
      continue;
    }
    const level = control.severity[code];
    if (level === 'off') continue;
    out.push({ ...diagnostic, severity: LSP_SEVERITY[level], codeDescription: codeDescription(code) });
  }
  return out;
}
