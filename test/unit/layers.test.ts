// The server's folders form layers (issue 9): no folder imports another that imports it back, however long the
// path, and none imports the start-up files at the root (server.ts, cli.ts, languageServer.ts, configuration.ts,
// documents.ts, connection.ts), which wire the features together. File-level cycles are dpdm's job (npm run lint);
// this is the level above it, where "features and registryCalls import each other" used to hide. And the CLI's
// bundle takes no LSP connection code.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

const SRC = path.resolve(__dirname, '../../server/src');
const ROOT = '(start-up files)';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The top folder of server/src a file is in, or ROOT for the start-up files. */
function folderOf(file: string): string {
  const relative = path.relative(SRC, file);
  return relative.includes(path.sep) ? relative.split(path.sep)[0] : ROOT;
}

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from |import\(|import )'(\.[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), specifier);
      if (!target.startsWith(SRC + path.sep)) continue; // shared/, package.json
      const to = folderOf(target);
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

test('no folder of server/src imports the start-up files', () => {
  const graph = folderGraph();
  const importers = [...graph].filter(([from, to]) => from !== ROOT && to.has(ROOT)).map(([from]) => from);
  assert.deepEqual(importers, []);
});

test('the folders of server/src import each other without a cycle', () => {
  const graph = folderGraph();
  const state = new Map<string, 'visiting' | 'done'>();
  const cycle: string[] = [];
  const visit = (folder: string, trail: string[]): boolean => {
    if (state.get(folder) === 'done') return false;
    if (state.get(folder) === 'visiting') {
      cycle.push(...trail.slice(trail.indexOf(folder)), folder);
      return true;
    }
    state.set(folder, 'visiting');
    for (const next of graph.get(folder) ?? []) if (visit(next, [...trail, folder])) return true;
    state.set(folder, 'done');
    return false;
  };
  for (const folder of graph.keys()) if (visit(folder, [])) break;
  assert.deepEqual(cycle, [], `a cycle: ${cycle.join(' → ')}`);
  assert.ok(graph.size >= 8, `the folders were read: ${[...graph.keys()].join(', ')}`);
});

// The CLI builds LSP values (diagnostics, code actions) but speaks no LSP: taking them from vscode-languageserver
// instead of vscode-languageserver-types loads the connection library, jsonrpc and all, in every `check` run.
test('the CLI bundle holds no LSP connection library', async () => {
  const built = await esbuild.build({
    entryPoints: [path.join(SRC, 'cli.ts')],
    bundle: true,
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'silent',
    mainFields: ['module', 'main'],
    define: { MODEL_REGISTRY_VERSION: '"0"' },
  });
  const inputs = Object.keys(built.metafile.inputs);
  assert.ok(
    inputs.some(file => file.includes('vscode-languageserver-types/')),
    'the LSP types are in the bundle',
  );
  assert.deepEqual(
    inputs.filter(file =>
      /node_modules\/(vscode-languageserver|vscode-jsonrpc|vscode-languageserver-protocol)\//.test(file),
    ),
    [],
  );
});
