// The user settings both launchers start VS Code with. Workbench noise (start page, telemetry, updates, trust
// prompts, AI features, git, the secondary side bar) is turned off, and so is the online catalog: it is an
// application setting (no workspace can set it), and the suite must not depend on the network or on what models.dev
// serves today.
import * as fs from 'node:fs';
import * as path from 'node:path';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'modelRegistry.onlineCatalog': false,
};

/** Writes `User/settings.json` under a VS Code `--user-data-dir`. */
export function writeUserSettings(userDataDir: string): void {
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(USER_SETTINGS, null, 1));
}
