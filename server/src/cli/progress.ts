// A progress line on stderr for long runs, only when stderr is a terminal (never in CI logs or pipes): shown
// after the first second, updated at most ten times a second, erased when the run ends.
import type { CliOutput } from './environment';

const SHOW_AFTER_MS = 1000;
const EVERY_MS = 100;

export interface Progress {
  tick(done: number): void;
  end(): void;
}

export function progressLine(total: number, stream: CliOutput, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { tick: () => undefined, end: () => undefined };
  const started = now();
  let last = 0;
  let shown = false;
  return {
    tick(done) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      stream.write(
        `\r\x1b[Kmodel-registry: checked ${done.toLocaleString('en')} of ${total.toLocaleString('en')} files`,
      );
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
