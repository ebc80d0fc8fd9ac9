// The faults suites in one process (test/helpers/loadSuites.ts says why); those that wait on slow servers first.
import { loadSuites } from '../helpers/loadSuites';

loadSuites('faults', ['urlHardening', 'urlSources']);
