// The protocol suites in one process (test/helpers/loadSuites.ts says why); those that wait on timers and slow
// servers first.
import { loadSuites } from '../helpers/loadSuites';

loadSuites('protocol', ['typingHold', 'progress', 'onlineCatalog']);
