// Debian's Chromium driven by playwright-core, headless, for the end-to-end run and the `npm start` check: the
// flags that work on these machines (no sandbox as root, no GPU, no background traffic) and a profile, HOME and
// TMPDIR of the caller's, since Chromium writes ~/.config/chromium whatever the profile.
//
// CHROMIUM_PATH [/usr/bin/chromium] (apt-get install chromium)
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserDirs {
  profile: string;
  home: string;
  tmp: string;
}

/** A headless Chromium; signal handling is left to the caller, which closes the browser before code-server. */
export function launchChromium(dirs: BrowserDirs): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dirs.profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...process.env, HOME: dirs.home, TMPDIR: dirs.tmp },
    args: CHROMIUM_ARGS,
  });
}
