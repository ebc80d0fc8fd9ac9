// The `real-registry-call` diagnostic (SPEC §4): in a test file, each call that reaches the real model registry
// and is not stubbed by the file or by the support helpers it uses. Shared by the server and the CLI, so the
// editor and CI always agree.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeDescription, DIAGNOSTIC_SOURCE, REAL_REGISTRY_CALL } from '../utils/diagnosticCodes';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { LexicalMap } from '../strings/lexicalMap';
import { analyse, languageFamily } from './analyse';
import type { LanguageFamily } from './facts';
import { registryCallMessage } from './messages';
import type { RuleSet } from './rules';
import { isStubbed } from './stubMatching';
import type { SupportIndex } from './supportIndex';

export interface RegistryCallContext {
  rules: RuleSet;
  isTestFile(file: string): boolean;
  support: SupportIndex;
}

/** Carried on each diagnostic for its code actions. */
export interface RegistryCallData {
  /** What is called (`Jido.AI.Model.Registry.list_models`) or the URL fetched. */
  target: string;
  kind: 'function' | 'module' | 'url';
  arity: number;
  family: LanguageFamily;
}

/**
 * Diagnostics for `document` at `file` (absolute path; undefined for an unsaved document, which is no test file).
 * `lexicalMap` is asked for only when the file may hold a call, so the common case costs one text search.
 */
export function diagnoseRegistryCalls(
  document: TextDocument,
  file: string | undefined,
  context: RegistryCallContext,
  lexicalMap: () => LexicalMap | undefined,
): Diagnostic[] {
  const family = languageFamily(document.languageId);
  if (family === undefined || file === undefined || !context.isTestFile(file)) return [];
  const text = document.getText();
  if (!context.rules.mayCall(text)) return [];
  const map = lexicalMap();
  if (!map) return [];
  const facts = analyse(text, map, family, context.rules);
  if (facts.calls.length === 0) return [];
  const stubs = [...facts.stubs, ...context.support.stubsFor(file, family, facts)];
  const diagnostics: Diagnostic[] = [];
  for (const call of [...facts.calls].sort((a, b) => a.start - b.start)) {
    const rule = context.rules.rules[call.rule];
    if (isStubbed(call, rule, stubs)) continue;
    const data: RegistryCallData = { target: call.name, kind: rule.kind, arity: call.arity, family };
    diagnostics.push({
      range: { start: document.positionAt(call.start), end: document.positionAt(call.end) },
      severity: DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: REAL_REGISTRY_CALL,
      codeDescription: codeDescription(REAL_REGISTRY_CALL),
      message: registryCallMessage(call, rule, family, facts),
      data,
    });
  }
  return diagnostics;
}
