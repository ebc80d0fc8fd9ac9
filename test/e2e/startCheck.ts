// Checks `npm start` (scripts/start.ts) the way a person tries it: run it, wait for the URL it prints, open that URL
// in headless Chromium, see the workbench on the sample workspace, open its TypeScript file and its Elixir test and
// see the typo (unknown-model) and the registry call (real-registry-call) in the Problems panel, then press Ctrl+C
// (SIGINT to its process group, as a terminal does) and check that it exits 0, that code-server's process group is
// gone and that its temp dir was deleted. Run by test/e2e/run.ts after the suite; also on its own:
//
//   node --import tsx test/e2e/startCheck.ts
//
// Uses the installed code-server (`--no-install`) and any free port (`--port 0`).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { ROOT } from './paths';
import { ProcessGroup } from './processGroup';
import { openFile } from './workbenchChecks';

const UI_TIMEOUT_MS = 30_000;
const URL_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const say = (message: string) => console.log(`[e2e npm start] ${message}`);
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface Started {
  url: string;
  codeServerGroup: number;
  tmp: string;
}

/** Reads the start script's output until it printed the URL, its code-server's group and its temp dir. */
async function waitForUrl(start: ProcessGroup, output: () => string): Promise<Started> {
  for (const deadline = Date.now() + URL_TIMEOUT_MS; ; await sleep(100)) {
    const text = output();
    const url = /Open (http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(text)?.[1];
    const group = /process group (\d+)\) on a copy of samples\/workspace: (.+)/.exec(text);
    if (url && group) return { url, codeServerGroup: Number(group[1]), tmp: path.dirname(group[2].trim()) };
    if (start.exit) throw new Error(`npm start exited (${JSON.stringify(start.exit)}) before printing a URL`);
    if (Date.now() > deadline) throw new Error(`npm start printed no URL within ${URL_TIMEOUT_MS / 1000} s`);
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Where a failed check leaves the page as it was. */
const FAILURE_SCREENSHOT = path.join(os.tmpdir(), 'model-registry-e2e-start-failed.png');

async function checkWorkbench(browser: BrowserContext, url: string): Promise<string> {
  const page = browser.pages()[0] ?? (await browser.newPage());
  try {
    return await checkPage(page, url);
  } catch (error) {
    await page.screenshot({ path: FAILURE_SCREENSHOT }).catch(() => undefined);
    throw new Error(`${error instanceof Error ? error.message : String(error)} (screenshot ${FAILURE_SCREENSHOT})`);
  }
}

async function checkPage(page: Page, url: string): Promise<string> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  const explorer = page.locator('.explorer-folders-view .monaco-list-row');
  await explorer.filter({ hasText: 'proxy' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  const folders = (await explorer.allInnerTexts()).map(t => t.trim());
  for (const expected of ['app', 'lib', 'proxy', 'src', 'test', 'tests'])
    if (!folders.includes(expected)) throw new Error(`the explorer shows ${JSON.stringify(folders)}, not ${expected}`);
  await openFile(page, 'chat.ts');
  await openFile(page, 'assistant_test.exs');
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: 'gpt-4o-mnii' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await rows.filter({ hasText: 'real-registry-call' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  const problems = (await rows.allInnerTexts()).map(r => r.replace(/\s+/g, ' '));
  return `explorer ${JSON.stringify(folders)}; problems ${JSON.stringify(problems)}`;
}

/** Runs the check; true when it passed. Everything it started is stopped, whatever happened. */
export async function checkNpmStart(): Promise<boolean> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-e2e-start-'));
  const dir = (name: string) => {
    const made = path.join(tmp, name);
    fs.mkdirSync(made, { recursive: true });
    return made;
  };
  let output = '';
  say('running node --import tsx scripts/start.ts --port 0 --no-install');
  const start = new ProcessGroup(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts'), '--port', '0', '--no-install'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  start.child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  start.child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let browser: BrowserContext | undefined;
  let started: Started | undefined;
  try {
    started = await waitForUrl(start, () => output);
    say(`it printed ${started.url}`);
    browser = await launchChromium({ profile: dir('chrome-profile'), home: dir('home'), tmp: dir('tmp') });
    say(`workbench: ${await checkWorkbench(browser, started.url)}`);
    await browser.close();
    browser = undefined;

    say('Ctrl+C: SIGINT to its process group');
    process.kill(-(start.child.pid ?? 0), 'SIGINT');
    for (const deadline = Date.now() + STOP_TIMEOUT_MS; !start.exit; await sleep(100))
      if (Date.now() > deadline) throw new Error(`npm start still running ${STOP_TIMEOUT_MS / 1000} s after SIGINT`);
    if (start.exit.code !== 0) throw new Error(`npm start exited with ${JSON.stringify(start.exit)} after SIGINT`);
    if (groupAlive(started.codeServerGroup))
      throw new Error(`code-server's process group ${started.codeServerGroup} is still running after npm start exited`);
    if (fs.existsSync(started.tmp)) throw new Error(`npm start left its temp dir ${started.tmp}`);
    say(`ok: exit 0, code-server's process group ${started.codeServerGroup} is gone, ${started.tmp} deleted`);
    return true;
  } catch (error) {
    say(`FAIL: ${error instanceof Error ? error.message : String(error)}\n--- npm start output ---\n${output}`);
    return false;
  } finally {
    await browser?.close().catch(() => undefined);
    await start.stop();
    if (started && groupAlive(started.codeServerGroup)) process.kill(-started.codeServerGroup, 'SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  checkNpmStart().then(
    ok => process.exit(ok ? 0 : 1),
    error => {
      console.error(error);
      process.exit(1);
    },
  );
}
