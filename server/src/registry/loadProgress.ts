// Reports catalog loads that take longer than a moment as `window/workDoneProgress` (sources done, bytes), so a
// slow URL or a huge file is visible in the editor rather than a silent wait.
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { LoadProgress } from './catalogSources';

const SHOW_AFTER_MS = 400;

export function loadProgressReporter(
  connection: Connection,
  supported: () => boolean,
): (progress: LoadProgress | undefined) => void {
  let startedAt: number | undefined;
  let reporter: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  let latest: LoadProgress | undefined;

  const message = (p: LoadProgress): string =>
    `${p.sourcesDone} of ${p.sourcesTotal} sources${p.bytes === undefined ? '' : `, ${(p.bytes / (1024 * 1024)).toFixed(1)} MB downloaded`}`;

  return progress => {
    if (progress === undefined) {
      const ending = reporter;
      startedAt = reporter = latest = undefined;
      void ending?.then(r => r?.done());
      return;
    }
    latest = progress;
    startedAt ??= Date.now();
    if (!supported() || Date.now() - startedAt < SHOW_AFTER_MS) return;
    reporter ??= connection.window.createWorkDoneProgress().then(
      r => {
        r.begin('Model Registry: loading catalogs', 0, latest ? message(latest) : undefined, false);
        return r;
      },
      () => undefined, // the client refused: carry on without progress
    );
    void reporter.then(r =>
      r?.report(Math.round((100 * progress.sourcesDone) / Math.max(1, progress.sourcesTotal)), message(progress)),
    );
  };
}
