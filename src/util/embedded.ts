// The files kzp carries beside its code, embedded in the single-file build. In the package (and
// under the tests) there is nothing here: they are read from the package folder (assets.ts).
// scripts/bundle.mjs replaces this module with the real files when it builds dist/kzp.mjs.
export interface Embedded {
  /** package-relative path (`package.json`, `templates/…`) → text */
  files: Record<string, string>;
  /** a hash of the code and files the bundle was built from */
  build: string;
}
export const embedded: Embedded | null = null;
