// Where a `model-registry check` run happens and how it reports as it goes.

export interface CheckEnvironment {
  cwd: string;
  /** Folder of the bundled catalogs (`catalogs/` next to the bundle). */
  bundledCatalogDir: string;
  /** Reported as each problem is met (stderr). */
  report(message: string): void;
}
