/**
 * The `react-sync-health/queries` entry: what a server needs to prefetch for the components, with no
 * runtime import of React or TanStack Query, so that it loads in a React Server Component.
 *
 * Placeholder until the data layer's `syncHealthQueries` (issue 14 point 1) lands: for now only the
 * query keys.
 */
export * from './query-keys';
