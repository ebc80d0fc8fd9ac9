// The suites that mostly wait on other programs — real Neovim, Emacs and Helix, the hooks and the action's scripts —
// and the grammar tests, in one process (test/helpers/loadSuites.ts says why). One after another they run alongside
// the CPU-bound groups instead of after them, filling the time those programs leave the cores idle.
import { loadSuites } from '../helpers/loadSuites';

for (const folder of ['editors', 'grammar', 'integrations', 'nvim']) loadSuites(folder);
