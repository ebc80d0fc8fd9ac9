// Runs the end-to-end suite inside code-server (the real VS Code server, extension host and workbench) driven by
// Debian's Chromium through playwright-core, for machines that cannot download VS Code desktop. Then checks the
// workbench through its DOM and saves the README screenshots (workbenchChecks.ts) — to a temp folder, or with
// `--screenshots docs/images` (`npm run screenshots`) to the README's images.
//
//   node --import tsx test/e2e/runCodeServer.ts [--keep] [--verbose] [--timeout SEC] [--screenshots DIR]
//
// CODE_SERVER   [$HARNESS_HOME/code-server/bin/code-server, HARNESS_HOME = ~/.cache/model-registry-harness]
//               (install: test/e2e/install-code-server.sh)
// CHROMIUM_PATH [/usr/bin/chromium] (apt-get install chromium)
// Exit code: 0 all passed, 1 a failure (test, check, timeout), 2 code-server or Chromium missing.
//
// Steps: a temp dir holds user data, extensions, XDG_* dirs, HOME, TMPDIR, the browser profile and a copy of the
// fixture workspace (the checks type into it). The extension, the test-runner helper and the language stand-in are
// linked into the extensions dir. code-server runs in its own process group with VSCODE_HARNESS_TESTS /
// VSCODE_HARNESS_RESULTS; once Chromium opens the workbench the extension host starts, the helper runs the suite,
// and this script prints output.log as it grows until result.json appears. Cleanup closes the browser and kills
// code-server's whole process group, also on failure and on SIGINT/SIGTERM/SIGHUP.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from './browser';
import { buildSuite } from './buildSuite';
import { CODE_SERVER, startCodeServer } from './codeServer';
import { FIXTURE_WORKSPACE, LANGUAGES_EXTENSION, ROOT, SCREENSHOT_DIR, TEST_RUNNER_EXTENSION } from './paths';
import type { ProcessGroup } from './processGroup';
import { runWorkbenchChecks } from './workbenchChecks';

export interface CodeServerOptions {
  timeoutSeconds: number;
  screenshotDir: string;
  keep: boolean;
  verbose: boolean;
}

/** What is missing to run here, or an empty list. */
export function missingPrerequisites(): string[] {
  return [
    ['code-server', CODE_SERVER],
    ['Chromium', CHROMIUM],
  ]
    .filter(([, file]) => !fs.existsSync(file))
    .map(([what, file]) => `${what} (${file})`);
}

const t0 = Date.now();
const say = (...parts: unknown[]) =>
  console.log(`[e2e code-server ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...parts);
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface SuiteResult {
  ok: boolean;
  error: string | null;
  stats: { passes: number; failures: number; pending: number; duration: number } | null;
  tests: { title: string; state: string; error?: string }[];
}

/** One run: resources are released by `close()`, whatever happened. */
class CodeServerRun {
  readonly tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-e2e-'));
  private server: ProcessGroup | undefined;
  private browser: BrowserContext | undefined;
  keep: boolean;

  constructor(private readonly options: CodeServerOptions) {
    this.keep = options.keep;
  }

  dir(name: string): string {
    const dir = path.join(this.tmp, name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  async run(entry: string): Promise<boolean> {
    const workspace = path.join(this.tmp, 'workspace');
    fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
    const results = this.dir('results');
    say(`starting ${CODE_SERVER} (log ${path.join(this.tmp, 'code-server.log')})`);
    const started = await startCodeServer({
      tmp: this.tmp,
      workspace,
      extensions: [ROOT, TEST_RUNNER_EXTENSION, LANGUAGES_EXTENSION],
      env: { VSCODE_HARNESS_TESTS: entry, VSCODE_HARNESS_RESULTS: results },
    });
    this.server = started.group;
    const page = await this.openWorkbench(started.url);
    const suite = await this.waitForSuite(results, page);
    const suiteOk = reportSuite(suite);
    say('suite finished; checking the workbench');

    fs.mkdirSync(this.options.screenshotDir, { recursive: true });
    const checks = await runWorkbenchChecks(page, this.options.screenshotDir, this.tmp, check =>
      say(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`),
    );
    const checksOk = checks.every(c => c.ok);
    if (!checksOk) this.keep = true;
    const s = suite.stats;
    say(
      `${suiteOk && checksOk ? 'PASS' : 'FAIL'}: ${s?.passes ?? '?'} passing, ${s?.failures ?? '?'} failing, ${s?.pending ?? 0} pending` +
        ` in the extension host (${s?.duration ?? '?'} ms); ${checks.filter(c => c.ok).length}/${checks.length} workbench checks`,
    );
    return suiteOk && checksOk;
  }

  private async openWorkbench(url: string): Promise<Page> {
    say('code-server is up; opening the workbench in headless Chromium');
    this.browser = await launchChromium({
      profile: this.dir('chrome-profile'),
      home: this.dir('home'),
      tmp: this.dir('tmp'),
    });
    const page = this.browser.pages()[0] ?? (await this.browser.newPage());
    if (this.options.verbose)
      page.on('console', m => {
        if (m.type() === 'error') console.log('  [browser]', m.text().slice(0, 300));
      });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    say('workbench loaded; the suite runs in the extension host');
    return page;
  }

  private async waitForSuite(results: string, page: Page): Promise<SuiteResult> {
    const outputLog = path.join(results, 'output.log');
    const resultFile = path.join(results, 'result.json');
    let printed = 0;
    const flush = () => {
      if (!fs.existsSync(outputLog)) return;
      const buffer = fs.readFileSync(outputLog);
      if (buffer.length > printed) process.stdout.write(buffer.subarray(printed));
      printed = buffer.length;
    };
    for (const deadline = Date.now() + this.options.timeoutSeconds * 1000; !fs.existsSync(resultFile);) {
      flush();
      if (this.server?.exit) throw new Error(`code-server exited during the run (${JSON.stringify(this.server.exit)})`);
      if (Date.now() > deadline) {
        await page.screenshot({ path: path.join(this.tmp, 'timeout.png') }).catch(() => undefined);
        throw new Error(
          `no suite result after ${this.options.timeoutSeconds} s (is engines.vscode within code-server's version?)`,
        );
      }
      await sleep(250);
    }
    flush();
    return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
  }

  private closing: Promise<void> | undefined;

  /** Idempotent: a signal handler and the failing main path may both call it. */
  close(failed: boolean): Promise<void> {
    this.closing ??= this.release(failed);
    return this.closing;
  }

  private async release(failed: boolean): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
    await this.server?.stop();
    this.server = undefined;
    if (failed) this.keep = true;
    if (this.keep) {
      say(`kept ${this.tmp} (code-server.log, results/, screenshots of failures)`);
      const log = path.join(this.tmp, 'code-server.log');
      if (failed && fs.existsSync(log)) console.error(fs.readFileSync(log, 'utf8').split('\n').slice(-25).join('\n'));
    } else {
      fs.rmSync(this.tmp, { recursive: true, force: true });
    }
  }
}

function reportSuite(result: SuiteResult): boolean {
  const failed = result.tests.filter(t => t.state === 'failed');
  for (const test of failed) console.log(`\n[e2e] FAILED: ${test.title}\n${test.error}`);
  if (result.error && failed.length === 0) console.log(`\n[e2e] error: ${result.error}`);
  const ran = (result.stats?.passes ?? 0) + (result.stats?.failures ?? 0);
  if (ran === 0) console.log('[e2e] no tests ran');
  return result.ok && ran > 0;
}

/** Builds the suite, runs it in code-server and checks the workbench; resolves to the exit code. */
export async function runCodeServer(options: CodeServerOptions): Promise<number> {
  const missing = missingPrerequisites();
  if (missing.length) {
    console.error(
      `[e2e] missing: ${missing.join(', ')}; install with test/e2e/install-code-server.sh and apt-get install chromium`,
    );
    return 2;
  }
  const entry = await buildSuite();
  const run = new CodeServerRun(options);
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals, code: number) => () => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    void run.close(false).finally(() => process.exit(code));
  };
  const handlers = (
    [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const
  ).map(([signal, code]) => {
    const handler = onSignal(signal, code);
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  let ok = false;
  try {
    ok = await run.run(entry);
  } catch (error) {
    // After a signal, the error is only the consequence of the cleanup the handler started.
    if (!stopping) console.error(`[e2e] ERROR: ${error instanceof Error ? error.message : String(error)}`);
    await run.close(!stopping);
    return 1;
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
  await run.close(!ok);
  return ok ? 0 : 1;
}

export function parseCodeServerArgs(argv: readonly string[]): CodeServerOptions {
  const options: CodeServerOptions = {
    timeoutSeconds: 180,
    screenshotDir: SCREENSHOT_DIR,
    keep: false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--timeout') options.timeoutSeconds = Number(argv[++i]);
    else if (arg === '--screenshots') options.screenshotDir = path.resolve(argv[++i] ?? '');
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

if (require.main === module) {
  runCodeServer(parseCodeServerArgs(process.argv.slice(2))).then(
    code => process.exit(code),
    error => {
      console.error(error);
      process.exit(1);
    },
  );
}
