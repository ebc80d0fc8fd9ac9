// The Helix recipe (editors/helix/languages.toml): it parses as TOML, names this package's server bin with the
// server's real flag, adds the server last to Helix's languages of the ones the server reads, and works the way Helix
// runs it: the command and args from the file (the bin on PATH, as `npm install -g` of the package puts it), the
// `config` table as initializationOptions and as the answer to workspace/configuration by section — so an unknown
// model is reported, and listing it in the table's knownModels silences it. Helix itself is not installable here
// (not in Debian 12), so its side is played by this test.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { parse } from 'smol-toml';
import * as rpc from 'vscode-jsonrpc/node';
import { settlesWithin } from '../helpers/boundedWait';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'server/dist/server.js');
const RECIPE = path.join(ROOT, 'editors/helix/languages.toml');
const BINS = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> })
  .bin;
/** Helix's names for the languages the server reads (SPEC §4; jsonc is Helix's json). */
const HELIX_LANGUAGES = ['elixir', 'python', 'typescript', 'tsx', 'javascript', 'jsx', 'json', 'yaml', 'toml'];

interface HelixLanguages {
  'language-server': Record<string, { command: string; args?: string[]; config?: Record<string, unknown> }>;
  'language': { 'name': string; 'language-servers': string[] }[];
}

const recipe = parse(fs.readFileSync(RECIPE, 'utf8')) as unknown as HelixLanguages;
const server = recipe['language-server']['model-registry'];

describe('editors/helix/languages.toml', () => {
  test("defines model-registry as this package's server bin with --stdio, added last to each language", () => {
    assert.ok(server, 'a [language-server.model-registry] table');
    assert.ok(server.command in BINS, `${server.command} is a bin of package.json`);
    assert.equal(BINS[server.command], 'server/dist/server.js');
    assert.deepEqual(server.args, ['--stdio']);
    assert.deepEqual(recipe.language.map(l => l.name).sort(), [...HELIX_LANGUAGES].sort());
    for (const language of recipe.language) {
      const servers = language['language-servers'];
      assert.equal(servers.at(-1), 'model-registry', `${language.name} lists model-registry last`);
      assert.ok(servers.length > 1, `${language.name} keeps Helix's default servers`);
    }
    assert.ok(server.config && 'modelRegistry' in server.config, 'settings under config.modelRegistry');
  });

  describe(
    'run as Helix runs it',
    { skip: fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER})` },
    () => {
      let tmp: string;
      let bin: string;
      before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-helix-'));
        bin = path.join(tmp, 'bin');
        fs.mkdirSync(bin);
        fs.symlinkSync(SERVER, path.join(bin, server.command));
      });
      after(() => fs.rmSync(tmp, { recursive: true, force: true }));

      /** The unknown-model diagnostics for a Python file with two typos, with `config` as Helix would send it. */
      async function diagnose(config: Record<string, unknown>): Promise<string[]> {
        const child = spawn(server.command, server.args ?? [], {
          stdio: ['pipe', 'pipe', 'pipe'],
          env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, HOME: tmp, XDG_CACHE_HOME: tmp },
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const connection = rpc.createMessageConnection(
          new rpc.StreamMessageReader(child.stdout),
          new rpc.StreamMessageWriter(child.stdin),
        );
        // Helix answers each item from `config`, following the section's dots.
        connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
          p.items.map(
            item =>
              (item.section ?? '')
                .split('.')
                .filter(Boolean)
                .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], config) ?? null,
          ),
        );
        connection.onRequest(() => null);
        const uri = pathToFileURL(path.join(tmp, 'llm.py')).href;
        const diagnostics = new Promise<string[]>(resolve =>
          connection.onNotification(
            'textDocument/publishDiagnostics',
            (p: { uri: string; diagnostics: { code: string; message: string }[] }) => {
              if (p.uri === uri)
                resolve(p.diagnostics.filter(d => d.code === 'unknown-model').map(d => d.message.split('\n')[0]));
            },
          ),
        );
        connection.listen();
        try {
          await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: pathToFileURL(tmp).href,
            capabilities: {
              workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
            },
            workspaceFolders: [{ uri: pathToFileURL(tmp).href, name: 'project' }],
            initializationOptions: config,
          });
          await connection.sendNotification('initialized', {});
          await connection.sendNotification('textDocument/didOpen', {
            textDocument: {
              uri,
              languageId: 'python',
              version: 1,
              text: 'from litellm import completion\n\ncompletion(model="gpt-4o-mnii", messages=[])\ncompletion(model="gpt-4.1-mnii", messages=[])\n',
            },
          });
          const found = await settlesWithin(diagnostics, 30_000, `diagnostics (stderr: ${stderr})`);
          await connection.sendRequest('shutdown', null);
          await connection.sendNotification('exit', null);
          return found;
        } finally {
          connection.dispose();
          if (child.exitCode === null) child.kill('SIGKILL');
        }
      }

      test("reports both typos with the recipe's config, and only one once knownModels in that table lists the other", async () => {
        const config = server.config ?? {};
        assert.deepEqual(await diagnose(config), ['Unknown model "gpt-4o-mnii"', 'Unknown model "gpt-4.1-mnii"']);
        const known = {
          ...config,
          modelRegistry: { ...(config.modelRegistry as object), knownModels: ['gpt-4o-mnii'] },
        };
        assert.deepEqual(await diagnose(known), ['Unknown model "gpt-4.1-mnii"']);
      });
    },
  );
});
