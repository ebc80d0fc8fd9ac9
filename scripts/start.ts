// `npm start`: try the extension in one command. Builds it, installs code-server on first use (the project's own
// test/e2e/install-code-server.sh), and opens a real VS Code in the browser on a copy of samples/workspace with the
// extension (and the Elixir/TOML language ids VS Code does not ship) loaded; prints the URL and keeps running until
// Ctrl+C / SIGTERM / SIGHUP, which stop code-server's whole process group and delete the temp dir.
//
//   node --import tsx scripts/start.ts [--port N] [--no-install] [--keep]
//
//   --port N       listen on 127.0.0.1:N (default 8080, or any free port when 8080 is taken; 0: any free port)
//   --no-install   never install code-server: exit 2 with a message when it is missing
//   --keep         keep the temp dir (the workspace copy, code-server.log) after stopping
// CODE_SERVER, HARNESS_HOME: as for the end-to-end run (test/e2e/codeServer.ts).
// Exit code: 0 stopped by a signal, 1 code-server failed or exited by itself, 2 bad arguments or nothing to run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER, freePort, type RunningCodeServer, startCodeServer } from '../test/e2e/codeServer';
import { LANGUAGES_EXTENSION, ROOT } from '../test/e2e/paths';

const SAMPLE_WORKSPACE = path.join(ROOT, 'samples', 'workspace');
const DEFAULT_PORT = 8080;
const say = (message: string) => console.log(`[start] ${message}`);

interface StartOptions {
  port: number;
  install: boolean;
  keep: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): StartOptions {
  const options: StartOptions = { port: DEFAULT_PORT, install: true, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-install') options.install = false;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--port') {
      const port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs 0-65535`);
      options.port = port;
    } else throw new UsageError(`unknown argument ${arg} (use --port N, --no-install, --keep)`);
  }
  return options;
}

/** Runs a step with inherited output; false when it failed. */
function step(what: string, command: string, args: readonly string[]): boolean {
  say(`${what}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status === 0) return true;
  console.error(`[start] ${what} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
  return false;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (!step('building', process.execPath, ['scripts/build.mjs'])) return 1;
  if (!fs.existsSync(CODE_SERVER)) {
    if (!options.install) {
      console.error(`[start] code-server not found at ${CODE_SERVER}; install it with test/e2e/install-code-server.sh`);
      return 2;
    }
    say('code-server is not installed yet: installing it once (a few minutes; set CODE_SERVER to use your own)');
    if (!step('installing code-server', 'sh', [path.join(ROOT, 'test/e2e/install-code-server.sh')])) return 1;
    if (!fs.existsSync(CODE_SERVER)) {
      console.error(`[start] the install finished but ${CODE_SERVER} is missing (CODE_SERVER points elsewhere?)`);
      return 1;
    }
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-start-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(SAMPLE_WORKSPACE, workspace, { recursive: true });
  let running: RunningCodeServer | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await running?.group.stop();
      if (options.keep) say(`kept ${tmp}`);
      else fs.rmSync(tmp, { recursive: true, force: true });
    })());

  // Until code-server is up a signal just cleans up; afterwards it is the normal way out.
  let signalled: NodeJS.Signals | undefined;
  const done = new Promise<number>(resolve => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        if (signalled) return;
        signalled = signal;
        say(`${signal}: stopping code-server`);
        void stop().then(() => resolve(0));
      });
    }
  });

  try {
    const port = options.port === 0 ? 0 : await freePort(options.port);
    say(`starting ${CODE_SERVER} (log ${path.join(tmp, 'code-server.log')})`);
    running = await startCodeServer({ tmp, workspace, extensions: [ROOT, LANGUAGES_EXTENSION], port });
  } catch (error) {
    if (signalled) return done;
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    options.keep = true;
    await stop();
    return 1;
  }
  if (signalled) return done;
  const group = running.group;
  say(`code-server is running (process group ${group.child.pid}) on a copy of samples/workspace: ${workspace}`);
  console.log(`\n  Open ${running.url}\n`);
  say('Press Ctrl+C to stop.');

  const exited = new Promise<number>(resolve => {
    const onExit = () => {
      if (signalled) return;
      console.error(`[start] code-server exited by itself (${JSON.stringify(group.exit)}); see ${running?.logFile}`);
      options.keep = true;
      void stop().then(() => resolve(1));
    };
    if (group.exit) onExit();
    else group.child.once('exit', onExit);
  });
  return Promise.race([done, exited]);
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  error => {
    console.error(
      `[start] ${error instanceof UsageError ? error.message : error instanceof Error ? error.stack : error}`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
