// Test-only helper extension: runs the suite entry (test/e2e/out/suite/index.js, the same file
// @vscode/test-electron runs as `extensionTestsPath`) inside code-server's extension host, which has no
// --extensionTestsPath. test/e2e/runCodeServer.ts sets these variables on the code-server process, and the extension
// host inherits them:
//   VSCODE_HARNESS_TESTS    absolute path of the test entry (a module exporting run(): Promise<void>)
//   VSCODE_HARNESS_RESULTS  directory for output.log (everything the suite prints, appended live) and
//                           result.json ({ ok, error, stats, tests[] }, written once at the end, atomically)
// Without them the extension does nothing. Adapted from ../shared/harness/example/test-runner.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');

exports.activate = function activate() {
  const entry = process.env.VSCODE_HARNESS_TESTS;
  const outDir = process.env.VSCODE_HARNESS_RESULTS;
  if (!entry || !outDir) return;
  // Do not block activation. Other extensions keep starting while the suite runs.
  setTimeout(() => {
    runSuite(entry, outDir).catch(e => console.error('[test-runner]', e));
  }, 0);
};
exports.deactivate = function deactivate() {};

async function runSuite(entry, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const append = s => {
    try {
      fs.appendFileSync(path.join(outDir, 'output.log'), s);
    } catch {
      /* ignore */
    }
  };
  const result = { ok: false, error: null, stats: null, tests: [] };
  let restore = () => {};
  try {
    restore = captureOutput(append); // before the suite loads Mocha: its reporters keep a reference to console.log
    hookMocha(entry, result);
    const mod = require(entry);
    const run = mod.run || (mod.default && mod.default.run);
    if (typeof run !== 'function') throw new Error(`${entry} does not export run()`);
    await run();
    result.ok = !result.stats || result.stats.failures === 0;
  } catch (e) {
    result.error = e && e.stack ? e.stack : String(e);
    append(`\n[test-runner] ${result.error}\n`);
  } finally {
    try {
      restore();
    } catch {
      /* ignore */
    }
    const file = path.join(outDir, 'result.json');
    fs.writeFileSync(file + '.tmp', JSON.stringify(result, null, 1));
    fs.renameSync(file + '.tmp', file); // atomic: the poller never sees half a file
  }
}

// Copy console.* and process.stdout/stderr writes into the log file. They still go to their usual place too.
// The extension host defines these as accessors with a no-op setter, so `console.log = f` is silently ignored
// there. Use Object.defineProperty, and put the original descriptors back afterwards.
function captureOutput(append) {
  const targets = [
    ...['log', 'info', 'warn', 'error', 'debug'].map(k => [console, k]),
    [process.stdout, 'write'],
    [process.stderr, 'write'],
  ];
  const saved = [];
  let depth = 0; // console.log may call stream.write and the reverse; record each message once
  for (const [obj, key] of targets) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, key);
    const original = obj[key];
    const isWrite = key === 'write';
    const wrapper = function (...args) {
      if (depth === 0) {
        append(
          isWrite
            ? typeof args[0] === 'string'
              ? args[0]
              : Buffer.from(args[0]).toString()
            : util.format(...args) + '\n',
        );
      }
      depth++;
      try {
        return original.apply(this, args);
      } finally {
        depth--;
      }
    };
    try {
      Object.defineProperty(obj, key, { configurable: true, enumerable: true, writable: true, value: wrapper });
      saved.push([obj, key, descriptor]);
    } catch {
      // process.stdout.write is not configurable in the extension host. That is fine: VS Code's own wrapper
      // passes each line written there to console.log/error, and those are wrapped above.
    }
  }
  return () => {
    for (const [obj, key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(obj, key, descriptor);
      else delete obj[key];
    }
  };
}

// If the suite uses Mocha, collect results per test from the Runner's events, whatever reporter the suite chose.
function hookMocha(entry, result) {
  let Mocha;
  try {
    const m = require(require.resolve('mocha', { paths: [path.dirname(entry)] }));
    Mocha = m.Mocha || (m.default && m.default.Mocha) || m.default || m;
  } catch {
    return;
  } // no mocha next to the suite: only ok/error are reported
  if (!Mocha || !Mocha.prototype || typeof Mocha.prototype.run !== 'function' || Mocha.prototype.run.__harness) return;
  const origRun = Mocha.prototype.run;
  Mocha.prototype.run = function (fn) {
    const runner = origRun.call(this, fn);
    const rec = (state, t, err) =>
      result.tests.push({
        title: typeof t.fullTitle === 'function' ? t.fullTitle() : t.title,
        state,
        duration: t.duration,
        error: err ? err.stack || String(err) : undefined,
      });
    runner.on('pass', t => rec('passed', t));
    runner.on('fail', (t, err) => rec('failed', t, err));
    runner.on('pending', t => rec('pending', t));
    runner.on('end', () => {
      result.stats = { ...runner.stats };
    });
    return runner;
  };
  Mocha.prototype.run.__harness = true;
}
