// The state of the `real-registry-call` check for a server or a CLI run: the rules and test-file globs of the
// current settings, and the project's test support code. Hands the pure diagnostic its context.
import type { FileSystemWatcher } from 'vscode-languageserver';
import { defaultSettings, type Settings } from '../utils/settings';
import type { RegistryCallContext } from './diagnose';
import { RuleSet } from './rules';
import { nodeSupportFileSystem, SupportCode, type SupportFileSystem } from './supportCode';
import { testFileMatcher } from './testFiles';

export class TestFileLint {
  private rules = new RuleSet();
  private isTestFile = testFileMatcher(defaultSettings().testFiles, []);
  private applied = '';
  private readonly support: SupportCode;
  private readonly log: (message: string) => void;

  constructor(log?: (message: string) => void, fileSystem: SupportFileSystem = nodeSupportFileSystem) {
    this.log = log ?? (() => undefined);
    this.support = new SupportCode({ fileSystem, log: this.log });
  }

  /**
   * Applies the settings and workspace folders (reading the support code of new folders). Resolves true when
   * the outcome of the check may have changed, so open documents should be checked again.
   * `known` may list every file under the folders when the caller walked them already. The rules and test-file
   * globs apply before it returns (`context()` has them at once: the CLI starts reading while the support code is read).
   */
  async configure(
    settings: Pick<Settings, 'testFiles' | 'realRegistryCalls'>,
    folders: readonly string[],
    known?: readonly string[],
  ): Promise<boolean> {
    const applied = JSON.stringify([settings.testFiles, settings.realRegistryCalls, folders]);
    const changed = applied !== this.applied;
    if (changed) {
      this.applied = applied;
      this.rules = new RuleSet(settings.realRegistryCalls, this.log);
      this.isTestFile = testFileMatcher(settings.testFiles, folders, this.log);
    }
    await this.support.configure(folders, known);
    return changed;
  }

  /** Resolves when the support code has been read. */
  ready(): Promise<void> {
    return this.support.ready();
  }

  context(): RegistryCallContext {
    return { rules: this.rules, isTestFile: this.isTestFile, support: this.support.current };
  }

  isSupportFile(file: string): boolean {
    return this.support.isSupportFile(file);
  }

  /** Re-reads changed support files; resolves true when the watchers must be registered again. */
  filesChanged(files: readonly string[]): Promise<boolean> {
    return this.support.filesChanged(files);
  }

  watchers(relativePatternSupport: boolean): FileSystemWatcher[] {
    return this.support.watchers(relativePatternSupport);
  }
}
