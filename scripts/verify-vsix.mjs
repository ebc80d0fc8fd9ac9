#!/usr/bin/env node
// Installs the packaged extension (.vsix, from `npm run package`) into a real VS Code - code-server, in an isolated
// extensions dir - and checks that it is installed and that its bundled server works from the installed copy.
//
//   node scripts/verify-vsix.mjs [file.vsix] [--require]
//
// code-server: $CODE_SERVER, else $HARNESS_HOME/code-server/bin/code-server (HARNESS_HOME defaults to
// ~/.cache/model-registry-harness; test/e2e/install-code-server.sh installs it there), else `code-server` on PATH.
// Without it the script prints why it skipped and exits 0, or exits 1 with --require.
// Steps: `code-server --install-extension file.vsix`, `--list-extensions --show-versions` must show
// model-registry.model-registry@<version>, the installed folder must hold the bundles, and the installed
// server/dist/server.js must answer initialize, load the bundled catalog and hover a model ID - under this Node and
// under the Node that runs code-server's extension host, when its launcher names one.
// Nothing is written outside a temp dir (HOME, XDG_* and TMPDIR point into it). Exit code: 0 ok or skipped, 1 failed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const ID = `${pkg.publisher}.${pkg.name}`;
const args = process.argv.slice(2);
const requireCodeServer = args.includes('--require');
const vsix = path.resolve(args.find(a => !a.startsWith('--')) ?? path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`));
const say = (...parts) => console.log('[verify-vsix]', ...parts);

class Failure extends Error {}
function fail(message) {
  throw new Failure(message);
}

function findCodeServer() {
  const harnessHome = process.env.HARNESS_HOME || path.join(os.homedir(), '.cache', 'model-registry-harness');
  const candidates = [process.env.CODE_SERVER, path.join(harnessHome, 'code-server', 'bin', 'code-server')].filter(
    Boolean,
  );
  for (const file of candidates) if (fs.existsSync(file)) return { file, looked: candidates };
  const which = spawnSync('sh', ['-c', 'command -v code-server'], { encoding: 'utf8' });
  const onPath = which.status === 0 ? which.stdout.trim() : '';
  return { file: onPath || undefined, looked: [...candidates, 'code-server on PATH'] };
}

if (!fs.existsSync(vsix)) {
  console.error(`[verify-vsix] FAILED: ${vsix} not found: run npm run package first`);
  process.exit(1);
}
const codeServer = findCodeServer();
if (!codeServer.file) {
  const why = `code-server not found (looked at ${codeServer.looked.join(', ')}); install it with test/e2e/install-code-server.sh`;
  if (requireCodeServer) {
    console.error(`[verify-vsix] FAILED: ${why}`);
    process.exit(1);
  }
  say(`skipped: ${why}`);
  process.exit(0);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-vsix-'));
function dir(name) {
  const made = path.join(tmp, name);
  fs.mkdirSync(made, { recursive: true });
  return made;
}
const env = {
  ...process.env,
  HOME: dir('home'),
  TMPDIR: dir('tmp'),
  XDG_CONFIG_HOME: dir('xdg-config'),
  XDG_DATA_HOME: dir('xdg-data'),
  XDG_CACHE_HOME: dir('xdg-cache'),
  XDG_STATE_HOME: dir('xdg-state'),
};
delete env.VSCODE_IPC_HOOK_CLI; // run from a VS Code terminal: do not talk to that VS Code
const extensionsDir = dir('extensions');
const common = ['--extensions-dir', extensionsDir, '--user-data-dir', dir('user-data')];

function codeServerRun(...extra) {
  const result = spawnSync(codeServer.file, [...common, ...extra], { env, encoding: 'utf8', timeout: 180_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error || result.status !== 0)
    fail(`code-server ${extra.join(' ')} exited ${result.status}: ${result.error?.message ?? output}`);
  return output;
}

let ok = false;
try {
  const version =
    codeServerRun('--version')
      .split('\n')
      .find(l => /^\d+\.\d+\.\d+/.test(l)) ?? '?';
  say(`code-server ${version} (${codeServer.file})`);
  say(`installing ${path.relative(process.cwd(), vsix) || vsix}`);
  const installed = codeServerRun('--install-extension', vsix, '--force');
  say(
    installed
      .split('\n')
      .filter(l => /install/i.test(l))
      .join(' | '),
  );
  const listed = codeServerRun('--list-extensions', '--show-versions')
    .split('\n')
    .map(l => l.trim());
  const expected = `${ID}@${pkg.version}`;
  if (!listed.includes(expected)) fail(`--list-extensions shows ${JSON.stringify(listed)}, not ${expected}`);
  say(`--list-extensions shows ${expected}`);

  const folder = fs
    .readdirSync(extensionsDir)
    .map(f => path.join(extensionsDir, f))
    .find(f => fs.existsSync(path.join(f, 'package.json')) && path.basename(f).toLowerCase().startsWith(ID));
  if (!folder) fail(`no ${ID}* folder in ${extensionsDir}: ${fs.readdirSync(extensionsDir).join(', ')}`);
  for (const file of [
    'package.json',
    pkg.main,
    'server/dist/server.js',
    'server/dist/cli.js',
    'server/dist/cliReader.js',
    'server/dist/catalogs/manifest.json',
    pkg.icon,
    ...pkg.contributes.grammars.map(g => g.path),
  ]) {
    if (!fs.existsSync(path.join(folder, file))) fail(`the installed extension has no ${file}`);
  }
  if (fs.existsSync(path.join(folder, 'node_modules'))) fail('the installed extension has a node_modules folder');
  say(`installed at ${folder}: bundles, catalogs, grammar and icon present`);

  const server = path.join(folder, 'server', 'dist', 'server.js');
  const nodes = [process.execPath];
  const launcher = fs.readFileSync(codeServer.file, 'utf8').slice(0, 4096);
  const hostNode = /exec\s+"([^"]*\/node)"/.exec(launcher)?.[1];
  if (hostNode && fs.existsSync(hostNode) && fs.realpathSync(hostNode) !== fs.realpathSync(process.execPath))
    nodes.push(hostNode);
  for (const node of nodes) {
    const found = await checkServer(node, server);
    say(`installed server under ${node}: ${found}`);
  }
  ok = true;
  say('OK');
} catch (error) {
  console.error(`[verify-vsix] FAILED: ${error instanceof Failure ? error.message : (error?.stack ?? error)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);

/** initialize (settings through initializationOptions), wait for the bundled catalog, hover a model ID, shut down. */
async function checkServer(node, server) {
  const child = spawn(node, [server, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...env, NODE_OPTIONS: '' },
  });
  let stderr = '';
  child.stderr.on('data', d => {
    stderr += d;
  });
  const pending = new Map();
  const notifications = [];
  let nextId = 1;
  let buffer = Buffer.alloc(0);
  const send = message => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const request = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ id, method, params });
    });
  child.stdout.on('data', chunk => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.method && message.id !== undefined) {
        // A request from the server (configuration, registrations, progress): answer it as a minimal client would.
        const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
        send({ id: message.id, result });
      } else if (message.method) {
        notifications.push(message);
      } else if (pending.has(message.id)) {
        const { resolve, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(`${message.error.code} ${message.error.message}`));
        else resolve(message.result);
      }
    }
  });
  const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
  const timeout = setTimeout(() => {
    child.kill('SIGKILL');
  }, 60_000);
  try {
    const workspace = dir('workspace');
    const init = await request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
      initializationOptions: { settings: {} },
    });
    if (init?.serverInfo?.name !== 'model-registry') fail(`initialize answered ${JSON.stringify(init?.serverInfo)}`);
    send({ method: 'initialized', params: {} });
    let snapshot;
    for (const deadline = Date.now() + 45_000; !(snapshot?.models > 1000);) {
      if (Date.now() > deadline) fail(`the bundled catalog did not load: ${JSON.stringify(snapshot)}\n${stderr}`);
      snapshot = await request('modelRegistry/inspectCache', null);
      if (!(snapshot?.models > 1000)) await new Promise(r => setTimeout(r, 100));
    }
    const uri = pathToFileURL(path.join(workspace, 'chat.ex')).href;
    const text = 'ReqLLM.generate_text("anthropic:claude-sonnet-4-5", "hi")\n';
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'elixir', version: 1, text } } });
    const hover = await request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 30 } });
    const value = hover?.contents?.value ?? '';
    if (!value.includes('anthropic:claude-sonnet-4-5'))
      fail(`hover on anthropic:claude-sonnet-4-5 answered ${JSON.stringify(hover)}`);
    await request('shutdown', null);
    send({ method: 'exit', params: null });
    const code = await exited;
    if (code !== 0) fail(`the server exited with ${code}: ${stderr}`);
    return `${snapshot.models} models from ${snapshot.sources.map(s => s.source).join(', ')}; hover ok; exit 0`;
  } finally {
    clearTimeout(timeout);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
