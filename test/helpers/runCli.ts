// Runs the bundled CLI (server/dist/cli.js), the file CI runs. Most tests call its `main` in this process
// (`runCli`): the bundle is the same, its argument parsing, checks, reader threads, output and exit code too, without
// a Node start of ~100 ms per run. What only a process shows — the exit status the shell sees, the process's own
// streams and folder, a closed pipe — is tested through `runCliProcess`, in a child process as CI runs it. Either way
// a run that does not end within a bounded wait fails the test with a message saying it hung: the CLI must never hang.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliContext } from '../../server/src/cli';
import { withDeadline } from '../../server/src/registry/sourceState';

export const CLI = path.resolve(__dirname, '../../server/dist/cli.js');

/** Far above any run of the suites; reached only by a CLI that hangs. */
const HANG_MS = 60_000;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

type CliMain = (argv: readonly string[], context: CliContext) => Promise<number>;

/** `model-registry <args>` run in `cwd` by the bundle's `main`, in this process, with `env` added to its environment. */
export async function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require(CLI) as { main: CliMain };
  let stdout = '';
  let stderr = '';
  const status = await withDeadline(
    main(args, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd,
      variables: { ...process.env, ...env },
    }),
    HANG_MS,
    `model-registry ${args.join(' ')} (in ${cwd}) did not end within ${HANG_MS / 1000} s: it hangs`,
  );
  return { status, stdout, stderr };
}

/** `model-registry <args>` as a program in a child process, with `env` added to this process's environment. */
export function runCliProcess(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
    timeout: HANG_MS,
    killSignal: 'SIGKILL',
  });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    throw new Error(`model-registry ${args.join(' ')} (in ${cwd}) did not exit within ${HANG_MS / 1000} s: it hangs`);
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Writes `files` (paths relative to `folder`, sub-folders made as needed) and returns `folder`: a project to check. */
export function writeProject(folder: string, files: Record<string, string | Buffer>): string {
  fs.mkdirSync(folder, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), content);
  }
  return folder;
}
