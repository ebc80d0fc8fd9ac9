// What the code-server run checks through the workbench's DOM after the suite, saving the screenshots the README
// shows: a hover, the completion list while typing, the Problems panel, the cache inspector; also the status bar item
// (its restart notice after the suite killed the server, and its click), the one-time question about suggestions in
// strings (a notification button), the inspector's page and its Refresh link (a webview, which the extension-host
// suite cannot read), Clear Cache asking nothing, and the load line in the output channel.
// Selectors that hold on VS Code 1.100 and 1.139 (see ../shared/harness/run-extension-tests.md).
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

const UI_TIMEOUT_MS = 20_000;

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

interface Check {
  name: string;
  /** Saved under the screenshot directory when the check passes. */
  screenshot?: string;
  run(page: Page): Promise<string>;
}

/** The fixture file the UI checks use and the lines they touch (test/e2e/fixtures/workspace/lib/agent.ex). */
const AGENT_FILE = 'agent.ex';
const KNOWN_MODEL_LINE = 4; // @model "anthropic:claude-3-7-sonnet-20250219"
const LAST_ATTRIBUTE_LINE = 6; // @house_model "acme:rocket-1"

const CHECKS: Check[] = [
  {
    // The suite's first file of a supported language was an Elixir one (suite/insertModel.test.ts), so the extension
    // asked, once, about Elixir. Answered here, where a click is possible: first, before anything else takes the focus,
    // and before "tidy workbench" closes it.
    name: 'the one-time question turns on suggestions as you type inside Elixir strings',
    async run(page) {
      await runCommand(page, 'Notifications: Show Notifications');
      const question = page
        .locator('.notifications-center .notification-list-item', { hasText: 'inside Elixir strings' })
        .first();
      await question.waitFor({ timeout: UI_TIMEOUT_MS });
      const text = await question.locator('.notification-list-item-message').innerText();
      await question.locator('.monaco-button', { hasText: 'Turn On' }).click();
      await question.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      return `answered "Turn On" to ${JSON.stringify(text)}`;
    },
  },
  {
    // The suite's last test killed the language server (suite/serverCrash.test.ts): the item says it was restarted
    // until it is clicked. Early, so that the screenshots below show the item as users normally see it.
    name: 'status bar shows the model count and the restart; a click opens the inspector',
    async run(page) {
      const item = page.locator('.statusbar-item', { hasText: /\d models/ }).first();
      await item.filter({ hasText: /· restarted/ }).waitFor({ timeout: UI_TIMEOUT_MS });
      const restarted = await item.innerText();
      await item.click();
      await page
        .locator('.tabs-container .tab.active', { hasText: 'Model Registry Cache' })
        .first()
        .waitFor({ timeout: UI_TIMEOUT_MS });
      // Its page loaded: the focus an opened editor takes has moved into it, and will not close the next palette.
      await inspectorFrame(page).locator('h1').waitFor({ timeout: UI_TIMEOUT_MS });
      await item.filter({ hasNotText: /restarted/ }).waitFor({ timeout: UI_TIMEOUT_MS });
      return `status bar: ${JSON.stringify(restarted)}, then after the click ${JSON.stringify(await item.innerText())}`;
    },
  },
  {
    name: 'tidy workbench',
    async run(page) {
      // The suite leaves its editors and notifications behind; the screenshots should show one file.
      await runCommand(page, 'Notifications: Clear All Notifications');
      await runCommand(page, 'View: Close All Editors');
      await page
        .locator('.part.editor .tabs-container .tab')
        .first()
        .waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      return 'no editors open, no notifications';
    },
  },
  {
    name: 'hover on a known model ID',
    screenshot: 'hover.png',
    async run(page) {
      await openFile(page, AGENT_FILE);
      await goTo(page, KNOWN_MODEL_LINE, 24); // inside claude-3-7-sonnet-20250219
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I'); // editor.action.showHover
      const hover = page.locator('.monaco-hover', { hasText: 'Context window' }).first();
      await hover.waitFor({ timeout: UI_TIMEOUT_MS });
      const text = await hover.innerText();
      expect(text.includes('claude-3-7-sonnet-20250219'), `the hover names the model: ${text}`);
      return `hover: ${JSON.stringify(text.split('\n').slice(0, 6).join(' | '))}`;
    },
  },
  {
    name: 'completion list while typing in a string, no trigger character needed',
    screenshot: 'completion.png',
    async run(page) {
      await page.keyboard.press('Escape');
      await goTo(page, LAST_ATTRIBUTE_LINE, 1);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      // No Ctrl+Space, and no trigger character in "anthr": only suggestions as you type inside strings, turned on by
      // the answer above, open the list. Then ':' (a trigger character) asks for Anthropic's models.
      await page.keyboard.type('@draft_model ""');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('anthr', { delay: 50 });
      await page
        .locator('.suggest-widget .monaco-list-row[aria-label^="anthropic:"]')
        .first()
        .waitFor({ timeout: UI_TIMEOUT_MS });
      await page.keyboard.type('opic:', { delay: 50 });
      await page
        .locator('.suggest-widget .monaco-list-row[aria-label^="anthropic:claude"]')
        .first()
        .waitFor({ timeout: UI_TIMEOUT_MS });
      const labels = await attributes(page.locator('.suggest-widget .monaco-list-row'), 'aria-label');
      const foreign = labels.filter(l => !l.startsWith('anthropic:'));
      expect(foreign.length === 0, `only anthropic: IDs are suggested, also got ${JSON.stringify(foreign)}`);
      return `suggest widget rows: ${JSON.stringify(labels.slice(0, 5))}…`;
    },
  },
  {
    name: 'Problems panel lists unknown-model',
    screenshot: 'problems.png',
    async run(page) {
      // Drop the line typed for the completion screenshot (a revert would not do: code-server may have saved it).
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+K'); // editor.action.deleteLines
      await editorLines(page)
        .filter({ hasText: '@draft_model' })
        .waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'unknown-model' }).first();
      await row.waitFor({ timeout: UI_TIMEOUT_MS });
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      expect(
        rows.some(r => r.includes('anthropic:claude-sonet-4-5')),
        `the unknown ID is listed: ${JSON.stringify(rows)}`,
      );
      return `problems: ${JSON.stringify(rows.map(r => r.replace(/\s+/g, ' ')))}`;
    },
  },
  {
    name: 'Insert Model ID… lists models grouped by provider, those of the string at the cursor first',
    screenshot: 'picker.png',
    async run(page) {
      await openFile(page, AGENT_FILE);
      await goTo(page, KNOWN_MODEL_LINE, 20); // inside "anthropic:claude-3-7-sonnet-20250219"
      await runCommand(page, 'Model Registry: Insert Model ID…', 'asks');
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: 'anthropic:claude' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      // Unfiltered, the list keeps the server's order (typing re-sorts it by VS Code's match score).
      const labels = (await rows.allInnerTexts()).map(r => r.replace(/\s+/g, ' '));
      // The first row: spelled as the string is, under its provider's separator (VS Code renders it after the label).
      expect(
        /^anthropic:claude.* Anthropic$/.test(labels[0]),
        `the first row is Anthropic's: ${JSON.stringify(labels[0])}`,
      );
      expect(/\$[\d.]+ in/.test(labels[0]) && /context/.test(labels[0]), `rows show prices and context: ${labels[0]}`);
      return `rows: ${JSON.stringify(labels.slice(0, 3))}…`;
    },
  },
  {
    name: 'the inspector shows the catalogs, and follows a refresh started from its link',
    screenshot: 'inspector.png',
    async run(page) {
      await page.keyboard.press('Escape'); // the picker's list, left open for its screenshot
      await runCommand(page, 'Notifications: Clear All Notifications');
      await runCommand(page, 'Model Registry: Inspect Cache');
      const inspector = inspectorFrame(page);
      await inspector.locator('h2', { hasText: 'Catalogs' }).waitFor({ timeout: UI_TIMEOUT_MS });
      const rows = await inspector.locator('table.catalogs tbody tr').allInnerTexts();
      const row = (source: string) => rows.find(r => r.startsWith(source))?.replace(/\s+/g, ' ') ?? '';
      expect(
        /Workspace file .* 1 Loaded (just now|\d+ minutes? ago)/.test(row('model_registry.json')),
        `rows: ${rows}`,
      );
      expect(/Bundled \d{4}-\d{2}-\d{2} [\d,]+ Loaded/.test(row('models.dev')), `rows: ${rows}`);
      const hover = await inspector.locator('table.catalogs time').first().getAttribute('title');
      expect(
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(hover ?? ''),
        `a time shows the local time on hover: ${hover}`,
      );
      const generation = async () =>
        Number(/Generation\s+(\d+)/.exec(await inspector.locator('body').innerText())?.[1]);
      const before = await generation();
      await inspector.locator('a', { hasText: 'Refresh' }).click();
      const toast = page
        .locator('.notification-toast', { hasText: /Reloaded [\d,]+ models from \d+ catalogs/ })
        .first();
      await toast.waitFor({ timeout: UI_TIMEOUT_MS });
      await inspector
        .locator('table.figures td', { hasText: new RegExp(`^${before + 1}\\b`) })
        .waitFor({ timeout: UI_TIMEOUT_MS });
      // The models per provider, still there after the refresh re-rendered the page.
      const providers = inspector.locator('details summary', { hasText: /[\d,]+ providers; most models: / });
      await providers.waitFor({ timeout: UI_TIMEOUT_MS });
      return `rows: ${JSON.stringify(rows.map(r => r.replace(/\s+/g, ' ')))}; ${JSON.stringify(await providers.innerText())}; the Refresh link reloaded (generation ${before} → ${await generation()}), notification ${JSON.stringify(await toast.innerText())}`;
    },
  },
  {
    name: 'Clear Cache clears without asking',
    async run(page) {
      await runCommand(page, 'Model Registry: Clear Cache');
      const toast = page.locator('.notification-toast', { hasText: 'cache cleared' }).first();
      await toast.waitFor({ timeout: UI_TIMEOUT_MS });
      expect((await page.locator('.monaco-dialog-box').count()) === 0, 'no dialog');
      return `notification: ${JSON.stringify(await toast.innerText())}`;
    },
  },
  {
    name: 'the output channel has a line for each load, with the catalogs and their data dates',
    async run(page) {
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'Output: Show Output Channels...', 'asks');
      await pickFromQuickInput(page, 'Model Registry');
      const line = page
        .locator('.part.panel .monaco-editor .view-line', {
          // The start of the line: the panel wraps it. \s: the editor may render spaces as no-break spaces.
          hasText: /Loaded\s[\d,]+\smodels\sfrom\s\d+\scatalogs\s\(model_registry\.json\s\d{4}-\d\d-\d\d,/,
        })
        .last();
      await line.waitFor({ timeout: UI_TIMEOUT_MS });
      return `log: ${JSON.stringify(await line.innerText())}`;
    },
  },
];

/**
 * Runs every check in order, reporting each as it ends; a failed one leaves `failed-<n>.png` in `debugDir`
 * instead of its screenshot.
 */
export async function runWorkbenchChecks(
  page: Page,
  screenshotDir: string,
  debugDir: string,
  report: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [index, check] of CHECKS.entries()) {
    let result: CheckResult;
    try {
      const detail = await check.run(page);
      if (check.screenshot) await page.screenshot({ path: path.join(screenshotDir, check.screenshot) });
      result = {
        name: check.name,
        ok: true,
        detail: check.screenshot ? `${detail}; saved ${check.screenshot}` : detail,
      };
    } catch (error) {
      const file = path.join(debugDir, `failed-${index + 1}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
      result = { name: check.name, ok: false, detail: `${firstLine(error)} (screenshot ${file})` };
    }
    report(result);
    results.push(result);
  }
  return results;
}

/** Opens a file of the workspace by name through Quick Open and puts the focus in its editor. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await pickFromQuickInput(page, name);
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await editorLines(page).click();
}

function editorLines(page: Page): Locator {
  return page.locator('.part.editor .editor-instance .monaco-editor .view-lines').first(); // not Chat's editor
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await quickInput(page).waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS }); // or the next keys go to it
}

/** Runs a command from the palette; `asks`: it opens a quick input of its own, left open for the caller. */
async function runCommand(page: Page, title: string, then: 'closes' | 'asks' = 'closes'): Promise<void> {
  // A key pressed while a webview (the inspector) swaps its page is lost: press again until the palette is there.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const opened = await quickInput(page)
      .waitFor({ timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (opened) break;
    if (attempt === 3) throw new Error(`F1 did not open the command palette (for ${title})`);
  }
  await pickFromQuickInput(page, title.replace(/^>/, ''), then);
}

/**
 * Types into the open quick input and clicks the row showing `text` once it is listed (Enter would take whichever
 * row is focused at that moment), then waits for the quick input to close, or for the row to hide when the pick opens
 * another quick input.
 */
async function pickFromQuickInput(page: Page, text: string, then: 'closes' | 'asks' = 'closes'): Promise<void> {
  await quickInput(page).waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.type(text);
  const exactly = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`); // not "… Editors in Group"
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exactly }) })
    .first();
  await row.click({ timeout: UI_TIMEOUT_MS });
  if (then === 'asks') await row.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  else await quickInput(page).waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

/** The document inside the inspector's webview: VS Code nests it in a second iframe. */
function inspectorFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

function quickInput(page: Page): Locator {
  return page.locator('.quick-input-widget input').first();
}

async function attributes(rows: Locator, name: string): Promise<string[]> {
  const values: string[] = [];
  for (let i = 0, n = await rows.count(); i < n; i++) values.push((await rows.nth(i).getAttribute(name)) ?? '');
  return values;
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}
