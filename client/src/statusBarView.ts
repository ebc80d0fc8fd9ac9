// What the status bar item shows: the model count, a warning look when a source failed or the server was restarted
// after a crash, an error look when the server is not running. No `vscode` import, so it is unit-tested
// (test/unit/statusBarView.test.ts); statusBar.ts applies it to the real item.
import type { CacheSnapshot } from '../../shared/protocol';
import { describeRestartLimit, type CrashRecord } from './restartPolicy';

/** The server as the status bar sees it; `restarting` covers the client's passage through Stopped after a crash. */
export type ServerCondition = 'starting' | 'running' | 'restarting' | 'stopped';

export interface StatusBarState {
  server: ServerCondition;
  /** The latest `modelRegistry/cacheChanged`; kept across a restart until the new server sends its own. */
  snapshot?: CacheSnapshot;
  lastCrash?: CrashRecord;
  /** The user clicked the item since the last crash: the restart is still in the tooltip, no longer in the text. */
  crashSeen?: boolean;
}

export interface StatusBarView {
  text: string;
  tooltip: string;
  look: 'normal' | 'warning' | 'error';
  /** What a click opens: the cache inspector, or the output channel when there is no server to inspect. */
  click: 'inspector' | 'output';
}

const TO_OUTPUT = 'Click to see the "Model Registry" output.';
const TO_INSPECTOR = 'Click to inspect the cache.';

export function statusBarView({ server, snapshot, lastCrash, crashSeen }: StatusBarState): StatusBarView {
  if (server === 'stopped') {
    const why =
      lastCrash && !lastCrash.restart
        ? `the language server crashed ${lastCrash.crashes} times (the last at ${clock(lastCrash.at)}, ` +
          `after ${describeRestartLimit(lastCrash.limit)}) and is not restarted any more; reload the window to start it again.`
        : 'the language server is not running.';
    return {
      text: '$(error) Model Registry',
      tooltip: `Model Registry: ${why} ${TO_OUTPUT}`,
      look: 'error',
      click: 'output',
    };
  }
  if (server === 'restarting' && lastCrash) {
    return {
      text: '$(sync~spin) Model Registry restarting',
      tooltip:
        `Model Registry: the language server crashed at ${clock(lastCrash.at)} and is being restarted ` +
        `(restart ${lastCrash.restartsInWindow} of at most ${describeRestartLimit(lastCrash.limit)}). ${TO_OUTPUT}`,
      look: 'warning',
      click: 'output',
    };
  }
  const restarted = lastCrash
    ? `the language server was restarted after ${crashCount(lastCrash)}, the last at ${clock(lastCrash.at)}. `
    : '';
  const showRestart = lastCrash !== undefined && !crashSeen;
  if (!snapshot) {
    if (!showRestart) {
      return {
        text: '$(sync~spin) Model Registry',
        tooltip: 'Model Registry: loading the model catalogs…',
        look: 'normal',
        click: 'inspector',
      };
    }
    return {
      text: '$(warning) Model Registry restarted after a crash',
      tooltip: `Model Registry: ${restarted}${TO_INSPECTOR}`,
      look: 'warning',
      click: 'inspector',
    };
  }
  const failed = snapshot.sources.filter(s => s.status !== 'ok');
  const models = `${snapshot.models.toLocaleString('en-US')} models`;
  const sources = failed.length
    ? `${models}; ${failed.length} of ${snapshot.sources.length} sources failed (${failed.map(s => s.source).join(', ')}).`
    : `${models} from ${snapshot.sources.length} sources.`;
  const warn = failed.length > 0 || showRestart;
  return {
    text: `${warn ? '$(warning)' : '$(database)'} ${models}${showRestart ? ' · restarted' : ''}`,
    tooltip: `Model Registry: ${restarted}${sources} ${TO_INSPECTOR}`,
    look: warn ? 'warning' : 'normal',
    click: 'inspector',
  };
}

function crashCount({ crashes }: CrashRecord): string {
  return crashes === 1 ? 'a crash' : `${crashes} crashes`;
}

/** Local wall-clock time, HH:MM:SS: what the user compares with the output channel's timestamps. */
function clock(at: Date): string {
  return at.toTimeString().slice(0, 8);
}
