// One line in the output channel per load of the catalogs, from the snapshots of `modelRegistry/cacheChanged`:
// "Loaded 9,652 models from 4 catalogs (models.dev 2026-09-30, …)", a warning when a catalog had a problem.
import type * as vscode from 'vscode';
import type { CacheSnapshot } from '../../shared/protocol';
import { loadLogLine } from './catalogSummary';

export function logLoads(log: vscode.LogOutputChannel): (snapshot: CacheSnapshot) => void {
  let previous: CacheSnapshot | undefined;
  return snapshot => {
    const line = loadLogLine(snapshot, previous);
    previous = snapshot;
    if (line?.warn) log.warn(line.text);
    else if (line) log.info(line.text);
  };
}
