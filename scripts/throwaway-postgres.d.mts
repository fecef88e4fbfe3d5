/** Debian's server binaries, newest version first, or `undefined` when the package is missing. */
export function findPostgresBin(): string | undefined;

/** A running throwaway cluster. */
export interface ThrowawayPostgres {
  /** The URL of its empty database. */
  url: string;
  /** Stops the cluster and removes its files. */
  stop(): void;
}

/**
 * Starts a cluster with one empty database and resolves to its URL and a `stop()` that removes it.
 * `settings` are extra server settings (e.g. `{ shared_buffers: '512MB' }`).
 */
export function startThrowawayPostgres(options?: { database?: string; settings?: Record<string, string> }): Promise<ThrowawayPostgres>;
