// The few LSP enum values that diagnostics and hovers need, as plain constants typed against the LSP types.
// Importing them from `vscode-languageserver` pulls the whole library (half of the CLI bundle) into every module
// that builds a diagnostic, and `model-registry check` uses nothing else of it: loading it cost each run ~15 ms.
import type * as lsp from 'vscode-languageserver';

export const DiagnosticSeverity: {
  readonly Error: typeof lsp.DiagnosticSeverity.Error;
  readonly Warning: typeof lsp.DiagnosticSeverity.Warning;
  readonly Information: typeof lsp.DiagnosticSeverity.Information;
  readonly Hint: typeof lsp.DiagnosticSeverity.Hint;
} = { Error: 1, Warning: 2, Information: 3, Hint: 4 };

export const DiagnosticTag: { readonly Deprecated: typeof lsp.DiagnosticTag.Deprecated } = { Deprecated: 2 };

export const MarkupKind: { readonly Markdown: typeof lsp.MarkupKind.Markdown } = { Markdown: 'markdown' };
