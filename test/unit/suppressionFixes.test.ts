// The suppression quick fixes of every code (SPEC §4 Control): each one, applied, writes a comment that the
// suppression reader then honours, in each language's comment syntax; a file's `#!` line stays first; JSON, with no
// comments, gets none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applySuppressions, suppressionFixes } from '../../server/src/features/suppression';
import { scanText } from '../../server/src/strings/scanDocument';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_SOURCE } from '../../server/src/utils/diagnosticCodes';

/** A diagnostic of `code` on the string `"gpt-5o"` of `text`. */
function diagnosticIn(document: TextDocument, code: string): Diagnostic {
  const at = document.getText().indexOf('gpt-5o');
  const range = { start: document.positionAt(at), end: document.positionAt(at + 6) };
  return { range, message: 'x', code, source: DIAGNOSTIC_SOURCE };
}

/** The document after applying `fix`, and whether the diagnostic (moved down with its line) is still reported. */
function applied(document: TextDocument, diagnostic: Diagnostic, title: string): { text: string; silenced: boolean } {
  const fix = suppressionFixes(document, [diagnostic]).find(action => action.title === title);
  assert.ok(fix, `no fix "${title}"`);
  const text = TextDocument.applyEdits(document, fix.edit!.changes![document.uri]);
  const after = TextDocument.create(document.uri, document.languageId, 2, text);
  const moved = diagnosticIn(after, String(diagnostic.code));
  return { text, silenced: applySuppressions([moved], after, scanText(text, document.languageId)!).length === 0 };
}

const SAMPLES: [languageId: string, text: string][] = [
  ['python', 'def make():\n    return Client(model="gpt-5o")\n'],
  ['typescript', 'export const agent = () =>\n\tgenerateText({ model: openai("gpt-5o") });\n'],
  ['elixir', 'defmodule A do\n  @model "openai:gpt-5o"\nend\n'],
  ['yaml', 'model_list:\n  - model_name: gpt-5o\n'],
  ['toml', '[agent]\nmodel = "gpt-5o"\n'],
];

describe('suppression quick fixes, for every code', () => {
  for (const code of DIAGNOSTIC_CODES) {
    for (const [languageId, source] of SAMPLES) {
      test(`${code} in ${languageId}: the line fix and the file fix each silence it`, () => {
        const document = TextDocument.create(`file:///t.${languageId}`, languageId, 1, source);
        const diagnostic = diagnosticIn(document, code);
        assert.deepEqual(
          suppressionFixes(document, [diagnostic]).map(a => a.title),
          [`Disable ${code} for this line`, `Disable ${code} for this file`],
        );
        const line = applied(document, diagnostic, `Disable ${code} for this line`);
        assert.ok(line.silenced, line.text);
        const lineIndex = diagnostic.range.start.line;
        const indent = /^\s*/.exec(source.split('\n')[lineIndex])![0];
        assert.equal(
          line.text
            .split('\n')
            [lineIndex].startsWith(
              `${indent}${languageId === 'typescript' ? '//' : '#'} model-registry-disable-next-line ${code}`,
            ),
          true,
          line.text,
        );
        const file = applied(document, diagnostic, `Disable ${code} for this file`);
        assert.ok(file.silenced, file.text);
      });
    }
  }

  test('the file comment goes below a #! line; CRLF files get CRLF', () => {
    const document = TextDocument.create(
      'file:///run.py',
      'python',
      1,
      '#!/usr/bin/env python\r\nMODEL = "gpt-5o"\r\n',
    );
    const { text, silenced } = applied(
      document,
      diagnosticIn(document, 'unknown-model'),
      'Disable unknown-model for this file',
    );
    assert.equal(text, '#!/usr/bin/env python\r\n# model-registry-disable-file unknown-model\r\nMODEL = "gpt-5o"\r\n');
    assert.ok(silenced);
  });

  test('an element among JSX children gets the comment in braces; one after `(` or in a tag a line comment', () => {
    const child = 'export const Page = () => (\n  <div>\n    <Chat model="gpt-5o" />\n  </div>\n);\n';
    const document = TextDocument.create('file:///page.tsx', 'typescriptreact', 1, child);
    const line = applied(document, diagnosticIn(document, 'unknown-model'), 'Disable unknown-model for this line');
    assert.equal(line.text.split('\n')[2], '    {/* model-registry-disable-next-line unknown-model */}');
    assert.ok(line.silenced, line.text);
    const first = 'export const Page = () => (\n  <Chat model="gpt-5o" />\n);\n';
    const top = TextDocument.create('file:///top.tsx', 'typescriptreact', 1, first);
    const fixed = applied(top, diagnosticIn(top, 'unknown-model'), 'Disable unknown-model for this line');
    assert.equal(fixed.text.split('\n')[1], '  // model-registry-disable-next-line unknown-model');
    assert.ok(fixed.silenced, fixed.text);
  });

  test('a byte order mark is no indentation; a file of CR line ends gets CR', () => {
    const bom = TextDocument.create('file:///b.py', 'python', 1, '\uFEFFMODEL = "gpt-5o"\n');
    const line = applied(bom, diagnosticIn(bom, 'unknown-model'), 'Disable unknown-model for this line');
    assert.equal(line.text, '\uFEFF# model-registry-disable-next-line unknown-model\nMODEL = "gpt-5o"\n');
    assert.ok(line.silenced, line.text);
    const cr = TextDocument.create('file:///c.py', 'python', 1, 'x = 1\rMODEL = "gpt-5o"\r');
    const crLine = applied(cr, diagnosticIn(cr, 'unknown-model'), 'Disable unknown-model for this line');
    assert.equal(crLine.text, 'x = 1\r# model-registry-disable-next-line unknown-model\rMODEL = "gpt-5o"\r');
  });

  test("no fixes in JSON (no comments) nor for other tools' diagnostics", () => {
    const json = TextDocument.create('file:///c.json', 'json', 1, '{ "model": "gpt-5o" }');
    assert.deepEqual(suppressionFixes(json, [diagnosticIn(json, 'unknown-model')]), []);
    const python = TextDocument.create('file:///t.py', 'python', 1, 'm = "gpt-5o"\n');
    assert.deepEqual(suppressionFixes(python, [{ ...diagnosticIn(python, 'unknown-model'), source: 'pylint' }]), []);
  });
});
