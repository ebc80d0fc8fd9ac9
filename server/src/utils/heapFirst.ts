// The server's first import, for its side effect: the young generation is held at 2 MB before any other module is
// initialised. Their start-up (the protocol library, tables, regular expressions: objects that all live on) grew it
// to 8 MB, which V8 never gives back, before server.ts's own code ran: at 100k models the rounds of
// `npm run bench -- memory` ended at 139–147 MB instead of 133–138 (docs/benchmarks.md).
import { keepHeapSmall } from './garbageCollection';

keepHeapSmall();
