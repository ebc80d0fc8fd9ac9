// Loads every `*.test.ts` of one test folder into the current process, so `node --test` runs the folder as one
// file. Each file `node --test` starts is a process that boots Node, the TypeScript loader and the modules it
// imports again — about 0.2 s of CPU per file, a third of the Node suites' CPU on two cores. Node 22's
// `--experimental-test-isolation=none` does this; Node 20, which the project supports, does not.
// A single file still runs alone: `node --require tsx/cjs --test test/unit/modelIndex.test.ts`.
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * `waitingFirst`: the suites (by name, without `.test.ts`) that mostly wait — on timers, slow servers — to run before
 * the rest. Run last, their waits left a core idle at the end of their group, before the groups that follow started.
 */
export function loadSuites(folder: string, waitingFirst: readonly string[] = []): void {
  const dir = path.resolve(__dirname, '..', folder);
  const files = fs.readdirSync(dir).filter(name => name.endsWith('.test.ts'));
  // A renamed suite would otherwise lose its place without a word.
  for (const name of waitingFirst)
    if (!files.includes(`${name}.test.ts`)) throw new Error(`loadSuites: test/${folder} has no ${name}.test.ts`);
  const rank = (file: string): number => {
    const at = waitingFirst.indexOf(file.slice(0, -'.test.ts'.length));
    return at < 0 ? waitingFirst.length : at;
  };
  for (const file of files.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)))
    // Loading the files is the point; import() would take the ESM path, which tsx's CommonJS hook does not serve.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(dir, file));
}
