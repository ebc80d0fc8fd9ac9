// The protocol suites in one process (test/helpers/loadSuites.ts says why).
import { loadSuites } from '../helpers/loadSuites';

loadSuites('protocol');
