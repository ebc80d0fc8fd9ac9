// Starts code-server (the real VS Code server, extension host and web workbench) on a workspace with extensions
// linked in, isolated in a temp dir, in its own process group. Shared by the end-to-end run (runCodeServer.ts) and
// `npm start` (scripts/start.ts), so both open the same VS Code the same way.
//
// CODE_SERVER [$HARNESS_HOME/code-server/bin/code-server, HARNESS_HOME = ~/.cache/model-registry-harness]
//             (install: test/e2e/install-code-server.sh)
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProcessGroup } from './processGroup';
import { writeUserSettings } from './userSettings';

export const HARNESS_HOME = process.env.HARNESS_HOME || path.join(os.homedir(), '.cache', 'model-registry-harness');
export const CODE_SERVER = process.env.CODE_SERVER || path.join(HARNESS_HOME, 'code-server', 'bin', 'code-server');

export interface CodeServerLaunch {
  /** A temp dir of the caller's: user data, extensions, XDG_* dirs, TMPDIR and the log go under it. */
  tmp: string;
  /** The folder the workbench opens. */
  workspace: string;
  /** Extension folders (holding package.json and their bundles), linked into the extensions dir. */
  extensions: readonly string[];
  /** Listen on this port; 0 or absent: any free one. */
  port?: number;
  /** Added to code-server's environment. */
  env?: NodeJS.ProcessEnv;
  /** How long to wait for /healthz. */
  startTimeoutMs?: number;
}

export interface RunningCodeServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** The workbench on the workspace. */
  url: string;
  group: ProcessGroup;
  logFile: string;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Starts code-server and resolves once it answers /healthz; the caller stops `group`. */
export async function startCodeServer(launch: CodeServerLaunch): Promise<RunningCodeServer> {
  const dir = (name: string) => {
    const made = path.join(launch.tmp, name);
    fs.mkdirSync(made, { recursive: true });
    return made;
  };
  const userData = dir('user-data');
  writeUserSettings(userData);
  const extensionsDir = dir('extensions');
  // Linked, not packaged: a folder named publisher.name-version holding package.json (+ the bundles) is enough.
  for (const extension of launch.extensions) {
    fs.symlinkSync(extension, path.join(extensionsDir, extensionFolderName(extension)));
  }
  const port = launch.port || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(launch.tmp, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Without these code-server writes ~/.config/code-server and ~/.local/share/code-server, and leaves
    // vscode-ipc-*.sock in the system temp dir.
    XDG_CONFIG_HOME: dir('xdg-config'),
    XDG_DATA_HOME: dir('xdg-data'),
    XDG_CACHE_HOME: dir('xdg-cache'),
    XDG_STATE_HOME: dir('xdg-state'),
    TMPDIR: dir('tmp'),
    ...launch.env,
  };
  delete env.VSCODE_IPC_HOOK_CLI; // run from a VS Code terminal, do not talk to that VS Code
  const group = new ProcessGroup(
    CODE_SERVER,
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      launch.workspace,
    ],
    { stdio: ['ignore', log, log], env },
  );
  fs.closeSync(log);
  const timeoutMs = launch.startTimeoutMs ?? 60_000;
  for (const deadline = Date.now() + timeoutMs; !(await httpOk(`${base}/healthz`));) {
    if (group.exit) {
      await group.stop();
      throw new Error(`code-server exited early (${JSON.stringify(group.exit)}); see ${logFile}`);
    }
    if (Date.now() > deadline) {
      await group.stop();
      throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s; see ${logFile}`);
    }
    await sleep(100);
  }
  return { base, url: `${base}/?folder=${encodeURIComponent(launch.workspace)}`, group, logFile };
}

function extensionFolderName(dir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
  };
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`.toLowerCase();
}

/** `preferred` when it is free on 127.0.0.1, else any free port. */
export async function freePort(preferred = 0): Promise<number> {
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer().once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address() as net.AddressInfo;
        server.close(() => resolve(bound));
      });
    });
  if (preferred) {
    try {
      return await listen(preferred);
    } catch {
      // taken: any port will do
    }
  }
  return listen(0);
}

function httpOk(url: string): Promise<boolean> {
  return new Promise(resolve => {
    http
      .get(url, res => {
        res.resume();
        resolve(res.statusCode === 200);
      })
      .on('error', () => resolve(false));
  });
}
