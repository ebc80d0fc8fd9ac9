// The progress line: only on a terminal, only for runs longer than a second, at most ten updates a second,
// erased at the end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progressLine } from '../../server/src/cli/progress';

function stream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream & {
    written: string[];
  };
}

test('nothing when stderr is not a terminal', () => {
  const out = stream(false);
  let now = 0;
  const progress = progressLine(10, out, () => now);
  for (let i = 0; i < 10; i++, now += 500) progress.tick(i);
  progress.end();
  assert.deepEqual(out.written, []);
});

test('on a terminal: after the first second, throttled, erased at the end', () => {
  const out = stream(true);
  let now = 0;
  const progress = progressLine(20000, out, () => now);
  progress.tick(1);
  now = 999;
  progress.tick(2);
  assert.deepEqual(out.written, [], 'a short run shows nothing');
  now = 1000;
  progress.tick(5000);
  now = 1050;
  progress.tick(6000);
  now = 1100;
  progress.tick(7000);
  progress.end();
  assert.deepEqual(out.written, [
    '\r\x1b[Kmodel-registry: checked 5,000 of 20,000 files',
    '\r\x1b[Kmodel-registry: checked 7,000 of 20,000 files',
    '\r\x1b[K',
  ]);
});
