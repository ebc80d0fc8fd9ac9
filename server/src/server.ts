// The language server's entry point: `node server/dist/server.js --stdio` (or `--node-ipc` from VS Code).
// First, before any other module is initialised (utils/heapFirst.ts).
import './utils/heapFirst';
import * as path from 'node:path';
import { serverConnection } from './connection';
import { IdleCollection } from './utils/garbageCollection';
import { formatError } from './utils/runSafe';
import { startServer } from './languageServer';

declare const MODEL_REGISTRY_VERSION: string;

const idle = new IdleCollection();
const connection = serverConnection(
  process.argv,
  why => {
    process.stderr.write(`model-registry-server: ${why}; exiting so that the client starts a new server.\n`);
    process.exit(1);
  },
  () => idle.touch(),
);
// Last line of defence: whatever escapes a handler is logged, and the server keeps serving.
process.on('uncaughtException', error => connection.console.error(formatError('Uncaught exception', error)));
process.on('unhandledRejection', reason => connection.console.error(formatError('Unhandled rejection', reason)));
startServer(connection, {
  bundledCatalogDir: path.join(__dirname, 'catalogs'),
  onlineCatalogUrl: process.env.MODEL_REGISTRY_ONLINE_CATALOG_URL || undefined,
  version: MODEL_REGISTRY_VERSION,
});
connection.listen();
