// The server's first import, for its side effect: the young generation is held at 2 MB before any other module is
// initialised. Their start-up (the protocol library, tables, regular expressions: objects that all live on) grew it
// to 8 MB, which V8 never gives back, before server.ts's own code ran: 6 MB more resident memory for the server's whole
// life, and at 100k models the rounds of `npm run bench -- memory` ended at 139–174 MB instead of 134–135.
import { keepHeapSmall } from './garbageCollection';

keepHeapSmall();
