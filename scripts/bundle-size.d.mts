/** The peer dependencies: the host provides them, so they are never counted. */
export declare const PEER_EXTERNALS: string[];
/** The size budgets, one per published entry (minified + gzipped KiB). */
export declare const BUDGETS: { name: string; entry: string; maxKiB: number }[];
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
