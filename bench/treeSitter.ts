// The evidence behind hand-written string scanners (issue 3): the same 5,000-line documents parsed with
// tree-sitter (web-tree-sitter and the grammars of tree-sitter-wasms), next to our scanners, in the same run.
// A parser gives a full syntax tree we do not need; the scanners give exactly the strings and comments, and the
// whole 20 ms budget for diagnosing a 5,000-line document must also cover resolving every literal.
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { scanText } from '../server/src/strings/scanDocument';
import { BLOCKS, documentFor, median } from './scanStrings';

const ROOT = process.cwd();
const GRAMMARS: Record<string, string> = {
  elixir: 'elixir',
  python: 'python',
  typescript: 'typescript',
  typescriptreact: 'tsx',
  json: 'json',
  yaml: 'yaml',
  toml: 'toml',
};

export async function treeSitterComparison(): Promise<void> {
  await Parser.init({ locateFile: () => path.join(ROOT, 'node_modules/web-tree-sitter/tree-sitter.wasm') });
  console.log('\n## String scanners against tree-sitter: the same 5,000-line documents (median; ms)\n');
  console.log('| language | our scanner | tree-sitter parse (tree only) | tree-sitter / scanner |');
  console.log('|---|---:|---:|---:|');
  for (const [language, grammar] of Object.entries(GRAMMARS)) {
    const text = documentFor(BLOCKS[language]);
    let sink = 0;
    const scanMs = median(() => {
      sink += scanText(text, language)!.strings.length;
    });
    const parser = new Parser();
    try {
      parser.setLanguage(
        await Language.load(path.join(ROOT, `node_modules/tree-sitter-wasms/out/tree-sitter-${grammar}.wasm`)),
      );
      const parseMs = median(() => {
        const tree = parser.parse(text);
        sink += tree?.rootNode.childCount ?? 0;
        tree?.delete();
      });
      console.log(`| ${language} | ${scanMs.toFixed(2)} | ${parseMs.toFixed(1)} | ${(parseMs / scanMs).toFixed(0)}× |`);
    } catch (error) {
      // Some grammars' external scanners do not run on this web-tree-sitter: one more cost of that road.
      console.log(`| ${language} | ${scanMs.toFixed(2)} | fails: ${String(error).split('\n')[0]} | — |`);
    } finally {
      parser.delete();
    }
    if (sink < 0) console.log(sink);
  }
}
