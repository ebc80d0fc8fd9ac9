// The suite's entry, with @vscode/test-electron's `extensionTestsPath` contract: run() resolves when every test
// passed and rejects otherwise. runElectron.ts hands it to VS Code desktop; in code-server the test-runner helper
// extension (../extensions/test-runner) requires it inside the extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function run(): Promise<void> {
  // Mocha 12 is an ES module: require() returns its namespace (Node >= 20.19), so take .Mocha or .default.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const m = require('mocha');
  const Mocha = m.Mocha ?? m.default ?? m;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const files = fs
    .readdirSync(__dirname)
    .filter(f => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${__dirname}`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
