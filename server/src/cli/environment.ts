// Where a `model-registry check` or `fixture` run happens and where it reports as it goes.

/** Standard output or error: the process's, or a test's collector. */
export interface CliOutput {
  write(text: string): unknown;
  /** A terminal gets a progress line on long runs. */
  readonly isTTY?: boolean;
}

export interface CheckEnvironment {
  cwd: string;
  /** Folder of the bundled catalogs (`catalogs/` next to the bundle). */
  bundledCatalogDir: string;
  /** Reported as each problem is met (stderr). */
  report(message: string): void;
  /** Where the progress line of a long run goes when it is a terminal (stderr). */
  terminal: CliOutput;
  /** The environment variables of the run (the process's). */
  variables: Readonly<Record<string, string | undefined>>;
}
