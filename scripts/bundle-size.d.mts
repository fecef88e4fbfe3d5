/** The peer dependencies: the host provides them, so they are never counted. */
export declare const PEER_EXTERNALS: string[];
/** One entry's size budget (minified + gzipped KiB). */
export interface SizeBudget {
  /** The import specifier, e.g. `react-sync-health/customer`. */
  name: string;
  /** The entry's source file, relative to the repository root. */
  entry: string;
  /** Enforced: the test fails above it. Today's figure where the goal is not met yet (it only shrinks). */
  maxKiB: number;
  /** Where the entry should get to, where a goal is set. */
  goalKiB?: number;
}
/** The size budgets: every public entry (package.json "exports"). */
export declare const BUDGETS: SizeBudget[];
/** What {@link measureBundle} found. */
export interface BundleSize {
  /** The entry, as given. */
  entry: string;
  /** Minified bytes. */
  bytes: number;
  /** Minified and gzipped (level 9) bytes. */
  gzipBytes: number;
  /** `gzipBytes` in KiB. */
  gzipKiB: number;
  /** Every source file that ended up in the bundle, relative to the repository root. */
  inputs: string[];
  /** Minified bytes each source file contributes, largest first (before gzip, which works on the whole). */
  contributions: { input: string; bytes: number }[];
}
/** Bundles one entry with esbuild (minified ESM for the browser, peers external) and measures it. */
export declare function measureBundle(entry: string, options?: { external?: string[] }): Promise<BundleSize>;
/** "5.42 KiB (5,551 B)". */
export declare function describeSize(gzipBytes: number): string;
/** The largest contributors, one per line: "  8.5 kB  src/core/troubleshooting.ts". */
export declare function describeContributions(contributions: BundleSize['contributions'], limit?: number): string;
/** The contributions summed per package (node_modules) or source folder, largest first. */
export declare function groupContributions(contributions: BundleSize['contributions']): BundleSize['contributions'];
/** One line per budget: the figure, the budget and the goal, marked "ok" or "OVER". */
export declare function describeBudget(budget: SizeBudget, gzipBytes: number): string;
