// Runs the bundled CLI (server/dist/cli.js) as CI would, in a child process. A run that does not end within a
// bounded wait is killed and fails the test with a message saying it hung: the CLI must never hang.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CLI = path.resolve(__dirname, '../../server/dist/cli.js');

/** Far above any run of the suites; reached only by a CLI that hangs. */
const HANG_MS = 60_000;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
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
