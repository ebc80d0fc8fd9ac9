// The status bar item: follows the cache snapshots, the client's state and the server's crashes, and shows what
// statusBarView.ts makes of them. A click opens the cache inspector, or the output channel when the server is down,
// and marks a restart notice as seen.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { CacheSnapshot } from '../../shared/protocol';
import { INSPECT_CACHE_COMMAND } from './commands/inspectCache';
import type { CrashRecord } from './restartPolicy';
import { statusBarView, type StatusBarState } from './statusBarView';

/** Internal (not in the command palette): what a click on the item runs. */
const CLICK_COMMAND = 'modelRegistry.statusBarClicked';

const BACKGROUNDS = {
  normal: undefined,
  warning: new vscode.ThemeColor('statusBarItem.warningBackground'),
  error: new vscode.ThemeColor('statusBarItem.errorBackground'),
};

export class CacheStatusBarItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'modelRegistry.status',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly clickCommand: vscode.Disposable;
  private state: StatusBarState = { server: 'starting' };

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.item.name = 'Model Registry';
    this.item.command = CLICK_COMMAND;
    this.clickCommand = vscode.commands.registerCommand(CLICK_COMMAND, () => this.clicked());
    this.render();
    this.item.show();
  }

  show(snapshot: CacheSnapshot): void {
    this.update({ snapshot });
  }

  serverStateChanged(state: State): void {
    // After a crash the client goes Running → Stopped → Starting → Running; until it runs again it is restarting.
    const stillRestarting = this.state.server === 'restarting' && (state === State.Stopped || state === State.Starting);
    if (stillRestarting) return;
    const server = state === State.Running ? 'running' : state === State.Starting ? 'starting' : 'stopped';
    this.update({ server });
  }

  serverCrashed(crash: CrashRecord): void {
    this.update({ server: crash.restart ? 'restarting' : 'stopped', lastCrash: crash, crashSeen: false });
  }

  private clicked(): Thenable<unknown> {
    const { click } = statusBarView(this.state);
    if (this.state.lastCrash && !this.state.crashSeen) this.update({ crashSeen: true });
    if (click === 'output') {
      this.log.show(true);
      return Promise.resolve();
    }
    return vscode.commands.executeCommand(INSPECT_CACHE_COMMAND);
  }

  private update(change: Partial<StatusBarState>): void {
    this.state = { ...this.state, ...change };
    this.render();
  }

  private render(): void {
    const view = statusBarView(this.state);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = BACKGROUNDS[view.look];
  }

  dispose(): void {
    this.clickCommand.dispose();
    this.item.dispose();
  }
}
